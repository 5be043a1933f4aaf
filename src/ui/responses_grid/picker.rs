//! The answer picker: a small popup beside the clicked cell with the five answers for the
//! functional and for the dysfunctional question (in the method's wording), importance 1–9 and
//! "Clear". Each click is one `Edit::SetResponse`, one undo step.
//!
//! Every button has its own accessible name ("Functional: I like it", "Importance 7"), because
//! the same wording appears on both sides and a screen reader must tell them apart.

use super::cells::category_name;
use super::grid_id;
use crate::i18n::fill;
use crate::kano::{Answer, Response, Side};
use crate::project::Edit;
use crate::ui::theme;
use crate::ui::view::Studio;
use eframe::egui::{self, Button, Popup, PopupAnchor, RectAlign, Role, WidgetInfo};

/// Shows the picker for the open cell next to `anchor` (the cell on screen). `just_opened` is
/// true in the frame whose click opened or moved it, which must not count as a click outside.
pub fn show(ui: &egui::Ui, studio: &mut Studio<'_>, anchor: egui::Rect, just_opened: bool) {
    let Some((r, j)) = studio.view.responses.picker else {
        return;
    };
    let t = studio.t;
    let project = studio.project;
    let (Some(respondent), Some(feature)) =
        (project.respondents().get(r), project.features().get(j))
    else {
        studio.view.responses.picker = None;
        return;
    };
    let current = respondent.responses[j];
    let table = project.analysis().table;
    let mut chosen: Option<(Response, &'static str)> = None;
    let mut close = false;

    let popup = Popup::new(
        grid_id().with("picker"),
        ui.ctx().clone(),
        PopupAnchor::ParentRect(anchor),
        ui.layer_id(),
    )
    .align(RectAlign::BOTTOM_START)
    .open(true)
    .show(|ui| {
        let r = &t.responses;
        ui.strong(fill(
            r.cell_name,
            &[("respondent", &respondent.id), ("feature", &feature.name)],
        ));
        ui.add_space(4.0);
        ui.horizontal_top(|ui| {
            for side in [Side::Functional, Side::Dysfunctional] {
                ui.vertical(|ui| {
                    let heading = match side {
                        Side::Functional => t.method.functional_question,
                        Side::Dysfunctional => t.method.dysfunctional_question,
                    };
                    ui.label(heading);
                    for (k, answer) in Answer::ALL.into_iter().enumerate() {
                        let selected = current.answer(side) == Some(answer);
                        let text = format!("{}  {}", k + 1, t.method.answer(answer));
                        let name = fill(
                            r.side_answer,
                            &[("side", &heading), ("answer", &t.method.answer(answer))],
                        );
                        let button = ui.add(
                            Button::selectable(selected, text).min_size(egui::vec2(150.0, 0.0)),
                        );
                        button.widget_info(|| {
                            WidgetInfo::selected(Role::Button, true, selected, &name)
                        });
                        if button.clicked() {
                            let response = match side {
                                Side::Functional => Response {
                                    functional: Some(answer),
                                    ..current
                                },
                                Side::Dysfunctional => Response {
                                    dysfunctional: Some(answer),
                                    ..current
                                },
                            };
                            chosen = Some((response, r.step_set_answer));
                        }
                    }
                });
            }
        });
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(t.method.importance);
            for importance in project.importance_scale().values() {
                let n = importance.get();
                let value = Some(importance);
                let selected = current.importance == value;
                let name = fill(r.importance_value, &[("n", &n)]);
                let button = ui.add(Button::selectable(selected, n.to_string()));
                button.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &name));
                if button.clicked() {
                    chosen = Some((
                        Response {
                            importance: value,
                            ..current
                        },
                        r.step_set_importance,
                    ));
                }
            }
            let none = current.importance.is_none();
            let button = ui.add(Button::selectable(none, r.none));
            button.widget_info(|| WidgetInfo::selected(Role::Button, true, none, r.no_importance));
            if button.clicked() {
                chosen = Some((
                    Response {
                        importance: None,
                        ..current
                    },
                    r.step_set_importance,
                ));
            }
        });
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            match current.answer_pair() {
                Some(p) => {
                    let category = table.classify(p.functional, p.dysfunctional);
                    ui.colored_label(
                        theme::category_color(category),
                        fill(
                            r.category_of_pair,
                            &[("category", &category_name(t, category))],
                        ),
                    );
                }
                None => {
                    ui.weak(r.not_answered);
                }
            }
            if ui
                .add_enabled(!current.is_empty(), Button::new(r.clear_cell))
                .on_hover_text(r.clear_cell_tip)
                .clicked()
            {
                chosen = Some((Response::default(), r.step_clear_answer));
            }
            if ui.button(r.done).clicked() {
                close = true;
            }
        });
    });

    if let Some((response, step)) = chosen
        && response != current
    {
        studio.actions.edit(
            Edit::SetResponse {
                respondent: r,
                feature: j,
                response,
            },
            step,
        );
    }
    let clicked_outside = popup
        .as_ref()
        .is_some_and(|p| p.response.clicked_elsewhere())
        && !just_opened;
    let escape = ui.input(|i| i.key_pressed(egui::Key::Escape));
    if close || clicked_outside || escape {
        studio.view.responses.picker = None;
    }
    if chosen.is_some() || close {
        // Keys go on working in the grid after a click in the picker.
        ui.memory_mut(|m| m.request_focus(grid_id()));
    }
}
