//! One survey page (a feature's question pair, or one question of it) and the thank-you
//! screen, in the survey language. Draws and records clicks into the session; never touches
//! the project.

use super::{BODY_SIZE, TITLE_SIZE};
use crate::i18n::{Texts, fill};
use crate::kano::{Answer, Importance, Side};
use crate::project::{ImportanceScale, Project};
use crate::survey::{Page, SurveySession};
use eframe::egui::{self, RichText};

/// Draws the current page; returns true when Next (or Finish) was clicked.
pub fn show(ui: &mut egui::Ui, st: &Texts, project: &Project, session: &mut SurveySession) -> bool {
    progress(ui, st, session);
    let (Some(page), Some(feature)) = (
        session.current(),
        session
            .current()
            .and_then(|p| project.features().get(p.feature)),
    ) else {
        return false;
    };
    ui.add_space(20.0);
    if !feature.touchpoint.trim().is_empty() {
        ui.label(
            RichText::new(&feature.touchpoint)
                .size(BODY_SIZE * 0.85)
                .weak(),
        );
    }
    ui.label(RichText::new(&feature.name).size(TITLE_SIZE).strong());
    ui.add_space(16.0);

    let awaited = session.awaited_side();
    for &side in page.sides() {
        let question = match side {
            Side::Functional => non_empty(&feature.functional, st.survey.functional_fallback),
            Side::Dysfunctional => {
                non_empty(&feature.dysfunctional, st.survey.dysfunctional_fallback)
            }
        };
        if let Some(answer) = question_block(
            ui,
            st,
            question,
            session.response(page.feature).answer(side),
            awaited == Some(side),
        ) {
            session.answer(side, answer);
        }
        ui.add_space(12.0);
    }
    if page.asks_importance(session.asks_importance()) {
        importance_row(ui, st, project.importance_scale(), page, session);
    }
    ui.add_space(16.0);
    navigation(ui, st, project.importance_scale(), session)
}

fn non_empty<'a>(text: &'a str, fallback: &'a str) -> &'a str {
    if text.trim().is_empty() {
        fallback
    } else {
        text
    }
}

/// "Questions 13–14 of 28" and a bar.
fn progress(ui: &mut egui::Ui, st: &Texts, session: &SurveySession) {
    let p = session.progress();
    let text = if p.first == p.last {
        fill(
            st.survey.question_of,
            &[("n", &p.first), ("total", &p.total)],
        )
    } else {
        fill(
            st.survey.questions_of,
            &[("first", &p.first), ("last", &p.last), ("total", &p.total)],
        )
    };
    ui.label(RichText::new(text).size(BODY_SIZE * 0.85));
    ui.add(egui::ProgressBar::new(p.fraction()).desired_height(10.0));
}

/// One question with its five answers as large buttons; the awaited question is framed in the
/// selection colour. Returns the answer clicked.
fn question_block(
    ui: &mut egui::Ui,
    st: &Texts,
    question: &str,
    given: Option<Answer>,
    awaited: bool,
) -> Option<Answer> {
    let visuals = ui.visuals().clone();
    let stroke = if awaited {
        egui::Stroke::new(3.0, visuals.selection.stroke.color)
    } else {
        egui::Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color)
    };
    let mut clicked = None;
    egui::Frame::group(ui.style())
        .stroke(stroke)
        .inner_margin(16.0)
        .corner_radius(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let text = RichText::new(question).size(BODY_SIZE);
            ui.label(if awaited { text.strong() } else { text });
            ui.add_space(10.0);
            let gap = ui.spacing().item_spacing.x;
            let width = ((ui.available_width() - 4.0 * gap) / 5.0).max(80.0);
            ui.horizontal(|ui| {
                for answer in Answer::ALL {
                    let label = format!("{}\n{}", answer.index() + 1, st.method.answer(answer));
                    let button = egui::Button::selectable(
                        given == Some(answer),
                        RichText::new(label).size(BODY_SIZE * 0.9),
                    )
                    .wrap()
                    .min_size(egui::vec2(width, 84.0));
                    if ui.add_sized([width, 84.0], button).clicked() {
                        clicked = Some(answer);
                    }
                }
            });
        });
    clicked
}

/// Importance on the project's scale as a row of buttons, each with its label when the scale has
/// labels (optional: the page can be left without it).
fn importance_row(
    ui: &mut egui::Ui,
    st: &Texts,
    scale: &ImportanceScale,
    page: Page,
    session: &mut SurveySession,
) {
    ui.label(RichText::new(st.survey.importance_question).size(BODY_SIZE * 0.9));
    let given = session
        .response(page.feature)
        .importance
        .map(Importance::get);
    let points = scale.points() as f32;
    ui.horizontal_wrapped(|ui| {
        let gap = ui.spacing().item_spacing.x;
        let width = ((ui.available_width() - (points - 1.0) * gap) / points).clamp(40.0, 72.0);
        ui.add_space(
            ((ui.available_width() - points * width - (points - 1.0) * gap) / 2.0).max(0.0),
        );
        for importance in scale.values() {
            let value = importance.get();
            let text = match scale.label(importance) {
                Some(label) => format!("{value}\n{label}"),
                None => value.to_string(),
            };
            let size = if scale.labels().is_empty() {
                BODY_SIZE
            } else {
                BODY_SIZE * 0.6
            };
            let button =
                egui::Button::selectable(given == Some(value), RichText::new(text).size(size))
                    .min_size(egui::vec2(width, 52.0));
            if ui.add(button).clicked() {
                session.set_importance(importance);
            }
        }
    });
}

/// Back and Next/Finish; returns true when Next was clicked on an answered page.
fn navigation(
    ui: &mut egui::Ui,
    st: &Texts,
    scale: &ImportanceScale,
    session: &mut SurveySession,
) -> bool {
    let p = session.progress();
    let last = p.page >= p.pages;
    let mut next = false;
    ui.horizontal(|ui| {
        let size = egui::vec2(200.0, 56.0);
        ui.add_space(
            ((ui.available_width() - 2.0 * size.x - ui.spacing().item_spacing.x) / 2.0).max(0.0),
        );
        let back =
            egui::Button::new(RichText::new(st.survey.back_button).size(BODY_SIZE)).min_size(size);
        if ui.add_enabled(p.page > 1, back).clicked() {
            session.go_back();
        }
        let label = if last {
            st.survey.finish_button
        } else {
            st.survey.next_button
        };
        let forward =
            egui::Button::new(RichText::new(label).size(BODY_SIZE).strong()).min_size(size);
        next = ui
            .add_enabled(session.page_is_answered(), forward)
            .clicked();
    });
    if !session.page_is_answered() {
        ui.weak(RichText::new(st.survey.answer_first).size(BODY_SIZE * 0.7));
    }
    let hint = crate::i18n::fill(
        st.survey.keys_hint,
        &[("min", &scale.min()), ("max", &scale.max())],
    );
    ui.weak(RichText::new(hint).size(BODY_SIZE * 0.7));
    next
}

/// The thank-you screen; returns true when "Next respondent" was clicked.
pub fn show_thanks(ui: &mut egui::Ui, st: &Texts) -> bool {
    ui.add_space(80.0);
    ui.label(
        RichText::new(st.survey.thanks_title)
            .size(TITLE_SIZE * 1.4)
            .strong(),
    );
    ui.add_space(12.0);
    ui.label(RichText::new(st.survey.thanks_text).size(BODY_SIZE));
    ui.add_space(40.0);
    let button = egui::Button::new(
        RichText::new(st.survey.next_respondent)
            .size(BODY_SIZE)
            .strong(),
    )
    .min_size(egui::vec2(320.0, 64.0));
    ui.add(button).clicked()
}
