//! Survey mode: the full-window flow a respondent clicks through. Placeholder until it is built;
//! the rules of the flow live in [`crate::survey`].

use super::action::{Action, Actions};
use crate::i18n::Texts;
use crate::project::Project;
use crate::survey::SurveySession;
use eframe::egui;

/// The survey screen's state.
#[derive(Debug)]
pub struct SurveyScreen {
    session: SurveySession,
}

impl SurveyScreen {
    /// A survey screen for a new respondent; `seed` orders randomised surveys.
    pub fn new(project: &Project, seed: u64) -> Self {
        Self {
            session: SurveySession::new(
                project,
                project.unused_respondent_id(),
                String::new(),
                seed,
            ),
        }
    }

    /// Shows the survey, pushing the finished respondent (one edit) and leaving when asked.
    pub fn show(&mut self, ui: &mut egui::Ui, t: &Texts, project: &Project, actions: &mut Actions) {
        ui.heading(project.title());
        ui.label(format!("{:?}", self.session.progress()));
        if ui.button(t.app.close_button).clicked() {
            actions.push(Action::LeaveMode);
        }
    }
}
