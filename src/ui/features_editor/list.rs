//! The list beside the editor: one row per feature with its category chip, its name and a line
//! about its current result. Rows are virtualised, so a project of hundreds of features costs
//! only the rows on screen. Click a row to edit it; drag it to another place in the journey.
//! It draws text with the painter, not with labels, so that each row is one widget with one
//! accessible name.

use super::changes::{Side, drop_destination};
use super::move_feature;
use super::summary::summary;
use crate::i18n::{Texts, fill};
use crate::project::Feature;
use crate::ui::theme::{CHIP_SLOT, Chip, FEATURE_ROW_HEIGHT, truncated_text};
use crate::ui::view::Studio;
use eframe::egui::{
    self, Color32, CursorIcon, FontId, Id, LayerId, Order, Pos2, Rect, Role, ScrollArea, Sense,
    Stroke, TextStyle, Vec2, WidgetInfo,
};

/// The payload of a drag: the position of the feature being dragged.
#[derive(Clone, Copy, Debug)]
struct DraggedFeature(usize);

/// What happened to one row this frame.
#[derive(Clone, Copy, Debug, Default)]
struct RowOutcome {
    clicked: bool,
    /// A feature dropped here: (from, to).
    moved: Option<(usize, usize)>,
}

const SCROLL_SALT: &str = "feature_rows";

/// Shows the list of the `visible` features (those that pass the touchpoint filter).
pub fn show(ui: &mut egui::Ui, studio: &mut Studio<'_>, visible: &[usize]) {
    let t = studio.t;
    if let Some(key) = studio.view.features.group().cloned() {
        ui.horizontal(|ui| {
            let name = crate::ui::group_names::group(t, &key);
            ui.weak(fill(t.features.filtered_to, &[("touchpoint", &name)]));
            if ui
                .small_button(t.features.show_all)
                .on_hover_text(t.features.clear_filter_tip)
                .clicked()
            {
                studio.view.features = crate::project::FeatureFilter::All;
            }
        });
    }
    if visible.is_empty() {
        ui.label(t.features.nothing_under_filter);
        return;
    }
    let row_step = FEATURE_ROW_HEIGHT + ui.spacing().item_spacing.y;
    let mut area = ScrollArea::vertical()
        .id_salt(SCROLL_SALT)
        .auto_shrink(false);
    if std::mem::take(&mut studio.view.feature_editor.reveal_selected)
        && let Some(position) = studio
            .view
            .selected_feature
            .and_then(|s| visible.iter().position(|&v| v == s))
    {
        let top = position as f32 * row_step;
        let viewport = ui.available_height();
        let offset = egui::scroll_area::State::load(ui.ctx(), ui.make_persistent_id(SCROLL_SALT))
            .map_or(0.0, |s| s.clamped_offset().y);
        // Scroll only when the row is not fully in view, and then bring it to the middle, so
        // that clicking through the side panel does not make the list jump needlessly.
        if top < offset || top + FEATURE_ROW_HEIGHT > offset + viewport {
            area =
                area.vertical_scroll_offset((top - (viewport - FEATURE_ROW_HEIGHT) / 2.0).max(0.0));
        }
    }
    let mut outcomes = Vec::new();
    area.show_rows(ui, FEATURE_ROW_HEIGHT, visible.len(), |ui, range| {
        for &index in &visible[range] {
            let outcome = row(ui, studio, index);
            outcomes.push((index, outcome));
        }
    });
    for (index, outcome) in outcomes {
        if outcome.clicked {
            studio.view.selected_feature = Some(index);
        }
        if let Some((from, to)) = outcome.moved {
            move_feature(studio, from, to);
        }
    }
    paint_dragged_name(ui, studio);
}

fn row(ui: &mut egui::Ui, studio: &Studio<'_>, index: usize) -> RowOutcome {
    let (t, project) = (studio.t, studio.project);
    let Some(feature) = project.features().get(index) else {
        return RowOutcome::default();
    };
    let stats = studio.results.features.get(index).map(|r| r.stats);
    let selected = studio.view.selected_feature == Some(index);
    let (_, rect) = ui.allocate_space(Vec2::new(ui.available_width(), FEATURE_ROW_HEIGHT));
    // An id of the feature's position rather than of the row's place on screen, so that a drag
    // survives the list scrolling under it.
    let response = ui.interact(
        rect,
        Id::unique(("feature_list_row", index)),
        Sense::click_and_drag(),
    );
    response.widget_info(|| WidgetInfo::selected(Role::ListItem, true, selected, &feature.name));

    let mut outcome = RowOutcome {
        clicked: response.clicked(),
        moved: None,
    };
    response.dnd_set_drag_payload(DraggedFeature(index));
    let pointer_y = ui
        .ctx()
        .pointer_interact_pos()
        .map_or(rect.center().y, |p| p.y);
    let side = if pointer_y < rect.center().y {
        Side::Before
    } else {
        Side::After
    };
    let hovered_by_drag = response.dnd_hover_payload::<DraggedFeature>().is_some();
    if let Some(dragged) = response.dnd_release_payload::<DraggedFeature>() {
        outcome.moved = drop_destination(dragged.0, index, side).map(|to| (dragged.0, to));
    }

    if ui.is_rect_visible(rect) {
        let visuals = ui.visuals();
        let painter = ui.painter();
        let fill = if selected {
            visuals.selection.bg_fill
        } else if response.hovered() || response.dragged() {
            visuals.widgets.hovered.weak_bg_fill
        } else {
            Color32::TRANSPARENT
        };
        painter.rect_filled(rect, 3.0, fill);
        let text_color = if selected {
            visuals.selection.stroke.color
        } else {
            visuals.strong_text_color()
        };
        let chip = match stats.and_then(|s| s.category) {
            Some(category) => Chip::category(ui, category),
            None => Chip::outlined(ui, "–", visuals.weak_text_color()),
        };
        chip.paint_at(painter, rect.left() + 6.0, rect.center().y);
        let left = rect.left() + 6.0 + CHIP_SLOT + 8.0;
        let width = rect.right() - left - 4.0;
        let body = TextStyle::Body.resolve(ui.style());
        let name = truncated_text(ui, &feature.name, body, text_color, width);
        let name_height = name.size().y;
        painter.galley(Pos2::new(left, rect.top() + 2.0), name, text_color);
        let mut line = stats.map_or_else(|| t.features.no_answers.to_owned(), |s| summary(t, &s));
        if stats.is_some_and(|s| s.is_mixed()) {
            line = format!("{line} · {}", t.method.mixed);
        }
        let weak = if selected {
            text_color.gamma_multiply(0.8)
        } else {
            visuals.weak_text_color()
        };
        let small = truncated_text(ui, &line, FontId::proportional(11.5), weak, width);
        painter.galley(Pos2::new(left, rect.top() + 3.0 + name_height), small, weak);
        if hovered_by_drag {
            let y = match side {
                Side::Before => rect.top(),
                Side::After => rect.bottom(),
            };
            painter.hline(
                rect.x_range(),
                y,
                Stroke::new(2.5, visuals.selection.stroke.color),
            );
        }
    }

    if response.dragged() {
        ui.ctx().set_cursor_icon(CursorIcon::Grabbing);
    } else if response.hovered() {
        ui.ctx().set_cursor_icon(CursorIcon::PointingHand);
        response.on_hover_text(tooltip_for(t, feature));
    }
    outcome
}

/// While a feature is dragged, its name follows the pointer.
fn paint_dragged_name(ui: &egui::Ui, studio: &Studio<'_>) {
    let Some(dragged) = egui::DragAndDrop::payload::<DraggedFeature>(ui.ctx()) else {
        return;
    };
    let (Some(pointer), Some(feature)) = (
        ui.ctx().pointer_interact_pos(),
        studio.project.features().get(dragged.0),
    ) else {
        return;
    };
    let painter = ui
        .ctx()
        .layer_painter(LayerId::new(Order::Tooltip, Id::unique("dragged_feature")));
    let visuals = ui.visuals();
    let galley = truncated_text(
        ui,
        &feature.name,
        TextStyle::Body.resolve(ui.style()),
        visuals.strong_text_color(),
        320.0,
    );
    let rect = Rect::from_min_size(pointer + Vec2::new(12.0, 4.0), galley.size())
        .expand2(Vec2::new(6.0, 3.0));
    painter.rect_filled(rect, 3.0, visuals.window_fill);
    painter.rect_stroke(rect, 3.0, visuals.window_stroke, egui::StrokeKind::Inside);
    painter.galley(
        rect.min + Vec2::new(6.0, 3.0),
        galley,
        visuals.strong_text_color(),
    );
}

/// The hover text of a row: what a click and a drag do, then the question pair.
fn tooltip_for(t: &Texts, feature: &Feature) -> String {
    let mut text = t.features.drag_tip.to_owned();
    for question in [&feature.functional, &feature.dysfunctional] {
        if !question.trim().is_empty() {
            text.push('\n');
            text.push_str(question);
        }
    }
    text
}
