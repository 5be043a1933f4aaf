//! Survey mode: the full-window flow a respondent clicks (or keys) through at a kiosk. Start
//! screen, one feature at a time, a thank-you screen, then the next respondent.
//!
//! Nothing of the editor is visible here, and a respondent cannot leave: Esc opens a
//! confirmation meant for the facilitator. The rules of the flow (pages, keys, what is kept)
//! live in [`crate::survey::SurveySession`]; this module only draws them and forwards input. It
//! never changes the project itself: a finished respondent is ONE pushed edit (one undo step).

mod lock;
mod page;
mod start;

pub use lock::{KioskLock, PIN_LENGTH};

use super::action::{Action, Actions};
use crate::i18n::{Texts, fill, plural};
use crate::kano::{Answer, Importance};
use crate::project::Project;
use crate::survey::SurveySession;
use eframe::egui;

/// Text size of the respondent's body text and answer buttons.
const BODY_SIZE: f32 = 22.0;
/// Text size of the feature name.
const TITLE_SIZE: f32 = 34.0;
/// The widest the survey column grows, so lines stay readable on a wide screen.
const COLUMN_WIDTH: f32 = 1040.0;

/// Where the respondent is.
#[derive(Debug)]
enum Stage {
    /// Name, group, Start.
    Start,
    /// Answering the questions.
    Questions(SurveySession),
    /// Answers recorded; waiting for the next respondent.
    Thanks,
}

/// The survey screen's state.
#[derive(Debug)]
pub struct SurveyScreen {
    stage: Stage,
    /// Orders randomised surveys; a new one for every respondent.
    seed: u64,
    /// The respondent's id as typed on the start screen.
    respondent_id: String,
    /// The respondent's group as typed or picked on the start screen.
    segment: String,
    /// The facilitator's leave confirmation is open.
    confirm_leave: bool,
    /// The facilitator's PIN, if one guards the settings and leaving.
    lock: KioskLock,
    /// The page (its number) where Enter was pressed with the optional importance unanswered:
    /// the note saying so shows, and the next Enter goes on.
    importance_noted: Option<usize>,
}

impl SurveyScreen {
    /// A survey screen for a new respondent; `seed` orders randomised surveys.
    pub fn new(project: &Project, seed: u64) -> Self {
        Self {
            stage: Stage::Start,
            seed,
            respondent_id: project.unused_respondent_id(),
            segment: String::new(),
            confirm_leave: false,
            lock: KioskLock::default(),
            importance_noted: None,
        }
    }

    /// The facilitator's lock.
    pub fn lock(&self) -> &KioskLock {
        &self.lock
    }

    /// The session under way, if the respondent has started.
    pub fn session(&self) -> Option<&SurveySession> {
        match &self.stage {
            Stage::Questions(session) => Some(session),
            _ => None,
        }
    }

    /// True while the facilitator's leave confirmation is open.
    pub fn is_confirming_leave(&self) -> bool {
        self.confirm_leave
    }

    /// True on the thank-you screen.
    pub fn is_thanking(&self) -> bool {
        matches!(self.stage, Stage::Thanks)
    }

    /// Shows the survey, pushing the finished respondent (one edit) and leaving when asked.
    pub fn show(&mut self, ui: &mut egui::Ui, t: &Texts, project: &Project, actions: &mut Actions) {
        // The respondent reads the survey language; the facilitator's bits stay in `t`.
        let st = project.survey().language.texts();
        // Another dialog on top (the app's "Save changes?") gets the keys, not the survey.
        let dialog_open = ui.ctx().memory(|m| m.top_modal_layer()).is_some();
        if !self.confirm_leave && !dialog_open {
            if ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
                self.confirm_leave = true;
            } else {
                self.read_keys(ui, st, project, actions);
            }
        }

        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                // One readable column in the middle of the window, however wide it is.
                let full = ui.available_rect_before_wrap();
                let width = COLUMN_WIDTH.min(full.width());
                let column = egui::Rect::from_min_size(
                    egui::pos2(full.center().x - width / 2.0, full.top()),
                    egui::vec2(width, full.height()),
                );
                let builder = egui::UiBuilder::new()
                    .max_rect(column)
                    .layout(egui::Layout::top_down(egui::Align::Center));
                ui.scope_builder(builder, |ui| self.show_stage(ui, t, st, project, actions));
            });

        if self.confirm_leave {
            self.show_leave_confirmation(ui.ctx(), t, project, actions);
        }
    }

    fn show_stage(
        &mut self,
        ui: &mut egui::Ui,
        t: &Texts,
        st: &Texts,
        project: &Project,
        actions: &mut Actions,
    ) {
        ui.add_space(24.0);
        match &mut self.stage {
            Stage::Start => {
                let form = start::StartForm {
                    respondent_id: &mut self.respondent_id,
                    segment: &mut self.segment,
                    lock: &mut self.lock,
                    asking_to_leave: self.confirm_leave,
                };
                if start::show(ui, t, st, project, form, actions) {
                    self.start(project);
                }
            }
            Stage::Questions(session) => {
                let next = page::show(ui, st, project, session);
                if self.importance_noted == Some(session.progress().page) {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        egui::RichText::new(crate::i18n::fill(
                            st.survey.importance_optional,
                            &[
                                ("min", &project.importance_scale().min()),
                                ("max", &project.importance_scale().max()),
                            ],
                        ))
                        .size(BODY_SIZE * 0.8),
                    );
                }
                if next {
                    self.go_on(st, project, actions);
                }
            }
            Stage::Thanks => {
                if page::show_thanks(ui, st) {
                    self.next_respondent(project);
                }
            }
        }
        ui.add_space(24.0);
        ui.weak(t.survey.facilitator_hint);
    }

    /// Keys: Enter starts and goes on, 1–5 answer, Backspace/← goes back, →/Enter goes on.
    fn read_keys(&mut self, ui: &egui::Ui, st: &Texts, project: &Project, actions: &mut Actions) {
        let pressed = |key| ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, key));
        match &mut self.stage {
            Stage::Start => {
                if pressed(egui::Key::Enter) && start::can_start(project, &self.respondent_id) {
                    self.start(project);
                }
            }
            Stage::Questions(session) => {
                // Typing goes nowhere on these pages, so keys never fight a text field. Once
                // the questions are answered, on a page that asks importance, 1–9 give it.
                let asks_importance = session
                    .current()
                    .is_some_and(|p| p.asks_importance(session.asks_importance()));
                let keys = [
                    egui::Key::Num1,
                    egui::Key::Num2,
                    egui::Key::Num3,
                    egui::Key::Num4,
                    egui::Key::Num5,
                    egui::Key::Num6,
                    egui::Key::Num7,
                    egui::Key::Num8,
                    egui::Key::Num9,
                ];
                for (index, key) in keys.into_iter().enumerate() {
                    if !pressed(key) {
                        continue;
                    }
                    if asks_importance && session.page_is_answered() {
                        // Keys 1..9 give that importance when it is on the project's scale.
                        if let Ok(importance) = Importance::new(index as i64 + 1)
                            && project.importance_scale().contains(importance)
                        {
                            session.set_importance(importance);
                        }
                    } else if let Some(answer) = Answer::from_index(index) {
                        session.answer_by_key(answer);
                    }
                }
                if pressed(egui::Key::Backspace) || pressed(egui::Key::ArrowLeft) {
                    session.go_back();
                }
                if pressed(egui::Key::Enter) || pressed(egui::Key::ArrowRight) {
                    // Importance is optional, but Enter never skips it unsaid: the first Enter
                    // says so, the next one goes on.
                    let page = session.progress().page;
                    let importance_missing = asks_importance
                        && session.page_is_answered()
                        && session
                            .current()
                            .is_some_and(|p| session.response(p.feature).importance.is_none());
                    if importance_missing && self.importance_noted != Some(page) {
                        self.importance_noted = Some(page);
                    } else {
                        self.go_on(st, project, actions);
                    }
                }
            }
            Stage::Thanks => {
                if pressed(egui::Key::Enter) {
                    self.next_respondent(project);
                }
            }
        }
    }

    fn start(&mut self, project: &Project) {
        self.lock.relock();
        self.importance_noted = None;
        let id = self.respondent_id.trim();
        let id = if id.is_empty() {
            project.unused_respondent_id()
        } else {
            id.to_owned()
        };
        self.stage = Stage::Questions(SurveySession::new(
            project,
            id,
            self.segment.trim().to_owned(),
            self.seed,
        ));
    }

    /// Goes to the next page; past the last one, records the respondent as one edit.
    fn go_on(&mut self, st: &Texts, project: &Project, actions: &mut Actions) {
        let Stage::Questions(session) = &mut self.stage else {
            return;
        };
        if session.go_on() && session.is_complete() {
            let label = fill(st.survey.step_respondent, &[("id", &session.respondent_id)]);
            actions.edit(session.finish(project), label);
            // A finished respondent's answers go to the recovery copy at once, not in 30 s.
            actions.push(Action::WriteRecoveryCopy);
            self.stage = Stage::Thanks;
        }
    }

    /// A fresh start screen for the next person, with a new order and the next free id; the
    /// group stays, as respondents at one kiosk usually share it.
    fn next_respondent(&mut self, project: &Project) {
        self.seed = self.seed.wrapping_mul(6364136223846793005).wrapping_add(1);
        self.respondent_id = project.unused_respondent_id();
        self.stage = Stage::Start;
    }

    fn show_leave_confirmation(
        &mut self,
        ctx: &egui::Context,
        t: &Texts,
        project: &Project,
        actions: &mut Actions,
    ) {
        let session = self.session().filter(|s| s.has_answers());
        let kept = session.map_or(0, |s| {
            s.respondent()
                .responses
                .iter()
                .filter(|r| r.answer_pair().is_some())
                .count()
        });
        let mut choice = None;
        let lock = &mut self.lock;
        // In the kiosk's large type: it is read standing, at arm's length.
        let text = |s: &str| egui::RichText::new(s).size(BODY_SIZE);
        let button = |s: &str| egui::Button::new(text(s)).min_size(egui::vec2(160.0, 52.0));
        let response = egui::Modal::new(egui::Id::unique("survey_leave")).show(ctx, |ui| {
            ui.set_max_width(720.0_f32.min(ctx.content_rect().width() - 48.0));
            ui.label(
                egui::RichText::new(t.survey.leave_title)
                    .size(TITLE_SIZE)
                    .strong(),
            );
            ui.label(text(t.survey.leave_text));
            if kept > 0 {
                let note =
                    plural::counted(t, t.survey.partial_note_if_one, t.survey.partial_note, kept);
                ui.label(text(&note));
            }
            // Only a locked kiosk asks for the PIN here; setting one is for the settings.
            if !lock.is_open() {
                ui.add_space(12.0);
                lock.show(ui, t, BODY_SIZE);
            }
            ui.add_space(12.0);
            let may_leave = lock.is_open();
            ui.horizontal_wrapped(|ui| {
                if ui
                    .add_enabled(may_leave, button(t.survey.leave_button))
                    .clicked()
                {
                    choice = Some(LeaveChoice::Leave);
                }
                if kept > 0
                    && ui
                        .add_enabled(may_leave, button(t.survey.keep_and_leave))
                        .clicked()
                {
                    choice = Some(LeaveChoice::KeepAndLeave);
                }
                if ui.add(button(t.survey.continue_button)).clicked() {
                    choice = Some(LeaveChoice::Continue);
                }
            });
        });
        if choice.is_none() && response.should_close() {
            choice = Some(LeaveChoice::Continue);
        }
        match choice {
            Some(LeaveChoice::Leave) => actions.push(Action::LeaveMode),
            Some(LeaveChoice::KeepAndLeave) => {
                if let Some(session) = self.session() {
                    let label = fill(t.survey.step_partial, &[("id", &session.respondent_id)]);
                    actions.edit(session.finish(project), label);
                    actions.push(Action::WriteRecoveryCopy);
                }
                actions.push(Action::LeaveMode);
            }
            Some(LeaveChoice::Continue) => self.confirm_leave = false,
            None => {}
        }
    }
}

enum LeaveChoice {
    Leave,
    KeepAndLeave,
    Continue,
}
