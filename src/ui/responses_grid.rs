//! TODO(studio): responses_grid — placeholder while the panel is written.

use super::view::Studio;
use eframe::egui;

/// Shows the panel.
pub fn show(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    ui.label(format!("{} features", studio.project.features().len()));
}
