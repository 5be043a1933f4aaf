//! Workshop mode: full-screen slides for a room, updating live. Placeholder until it is built.

use super::action::{Action, Actions};
use crate::i18n::Texts;
use crate::project::{Project, Results};
use eframe::egui;

/// The workshop screen's state.
#[derive(Debug, Default)]
pub struct PresentScreen {
    /// The slide shown.
    pub slide: usize,
}

impl PresentScreen {
    /// Shows the current slide.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        t: &Texts,
        project: &Project,
        results: &Results,
        actions: &mut Actions,
    ) {
        ui.heading(project.title());
        ui.label(format!("{} / {}", self.slide, results.features.len()));
        if ui.button(t.app.close_button).clicked() {
            actions.push(Action::LeaveMode);
        }
    }
}
