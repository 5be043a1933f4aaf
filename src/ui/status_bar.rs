//! The status bar: respondents, features, the file and whether it is saved.

use crate::i18n::{Texts, fill};
use crate::project::Project;
use eframe::egui;
use std::path::Path;

/// Shows the status bar.
pub fn show(ui: &mut egui::Ui, t: &Texts, project: &Project, path: Option<&Path>, unsaved: bool) {
    let a = &t.app;
    ui.horizontal(|ui| {
        ui.label(fill(
            a.respondents_count,
            &[("n", &project.respondents().len())],
        ));
        ui.separator();
        ui.label(fill(a.features_count, &[("n", &project.features().len())]));
        ui.separator();
        ui.label(path.map_or_else(|| a.not_saved_yet.to_owned(), |p| p.display().to_string()));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if unsaved {
                ui.colored_label(ui.visuals().warn_fg_color, a.unsaved_changes);
            } else {
                ui.label(a.saved);
            }
        });
    });
}
