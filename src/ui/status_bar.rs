//! The status bar: respondents, features, the file and whether it is saved.

use crate::project::Project;
use eframe::egui;
use std::path::Path;

/// Shows the status bar.
pub fn show(ui: &mut egui::Ui, project: &Project, path: Option<&Path>, unsaved: bool) {
    ui.horizontal(|ui| {
        ui.label(format!("{} respondents", project.respondents().len()));
        ui.separator();
        ui.label(format!("{} features", project.features().len()));
        ui.separator();
        ui.label(path.map_or_else(
            || "Not saved to a file yet".to_owned(),
            |p| p.display().to_string(),
        ));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if unsaved {
                ui.colored_label(ui.visuals().warn_fg_color, "● Unsaved changes");
            } else {
                ui.label("Saved");
            }
        });
    });
}
