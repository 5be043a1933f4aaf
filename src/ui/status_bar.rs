//! The status bar: respondents, features, the file and whether it is saved. It says one thing
//! about saving, and only what is true: a project with no file yet is "not saved to a file yet",
//! never also "Saved".

use crate::i18n::{Texts, plural};
use crate::project::Project;
use eframe::egui;
use std::path::Path;

/// Where the open project stands with its file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveState<'a> {
    /// It has no file yet (a new, imported or sample project).
    NoFile,
    /// Its file holds it as it is.
    Saved(&'a Path),
    /// It has changes its file lacks.
    Unsaved(&'a Path),
}

impl<'a> SaveState<'a> {
    /// The state of a project whose file is `path` (if any) with or without unsaved changes.
    pub fn of(path: Option<&'a Path>, changes: Changes) -> Self {
        match (path, changes) {
            (None, _) => Self::NoFile,
            (Some(path), Changes::None) => Self::Saved(path),
            (Some(path), Changes::Unsaved) => Self::Unsaved(path),
        }
    }
}

/// Whether a document has changes not yet in its file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Changes {
    /// None.
    None,
    /// Some.
    Unsaved,
}

/// Shows the status bar.
pub fn show(ui: &mut egui::Ui, t: &Texts, project: &Project, state: SaveState<'_>) {
    let a = &t.app;
    ui.horizontal(|ui| {
        ui.label(plural::respondents(t, project.respondents().len()));
        ui.separator();
        ui.label(plural::features(t, project.features().len()));
        ui.separator();
        match state {
            SaveState::NoFile => {
                ui.colored_label(ui.visuals().warn_fg_color, a.not_saved_yet);
            }
            SaveState::Saved(path) | SaveState::Unsaved(path) => {
                ui.label(path.display().to_string());
            }
        }
        ui.with_layout(
            egui::Layout::right_to_left(egui::Align::Center),
            |ui| match state {
                SaveState::NoFile => {}
                SaveState::Unsaved(_) => {
                    ui.colored_label(ui.visuals().warn_fg_color, a.unsaved_changes);
                }
                SaveState::Saved(_) => {
                    ui.label(a.saved);
                }
            },
        );
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_project_without_a_file_is_never_called_saved() {
        let path = Path::new("a.kano.json");
        for (file, changes, expected) in [
            (None, Changes::None, SaveState::NoFile),
            (None, Changes::Unsaved, SaveState::NoFile),
            (Some(path), Changes::None, SaveState::Saved(path)),
            (Some(path), Changes::Unsaved, SaveState::Unsaved(path)),
        ] {
            assert_eq!(SaveState::of(file, changes), expected);
        }
    }
}
