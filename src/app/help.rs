//! The Help window as one of the app's modals: drawing is `ui::help`'s; here it stays open
//! until closed. Nothing here changes the project.

use super::StudioApp;
use super::modal::Modal;
use crate::ui::help::{self, HelpPage};
use eframe::egui;

impl StudioApp {
    /// Draws the Help window on `page`, and keeps it open until the person closes it.
    pub(super) fn show_help(&mut self, ctx: &egui::Context, mut page: HelpPage) {
        if help::show(ctx, self.texts(), &mut page) {
            self.open_modal(Modal::Help(page));
        }
    }
}
