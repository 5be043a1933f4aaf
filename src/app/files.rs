//! Opening, saving and the "Save changes?" flow of the studio: everything that reads or writes
//! the project file. A failure never changes the open project and always becomes a notice.

use super::{Document, Pending, StudioApp, with_project_extension};
use crate::i18n::fill;
use crate::io;
use crate::project::Project;
use crate::ui::{Tab, ViewState};
use eframe::egui;
use std::path::PathBuf;

impl StudioApp {
    /// Runs `next` now if the document is saved, or asks "Save changes?" first.
    pub(super) fn ask_unless_clean(&mut self, ctx: &egui::Context, next: Pending) {
        if self.document.is_dirty() {
            self.pending = Some(next);
        } else {
            self.proceed(ctx, next);
        }
    }

    /// Does what was waiting, now that unsaved changes are saved or may be discarded.
    pub(super) fn proceed(&mut self, ctx: &egui::Context, next: Pending) {
        match next {
            Pending::New => {
                let title = self.texts().app.untitled_project;
                self.document = Document::new(Project::new(title), None);
                self.view = ViewState {
                    tab: Tab::Features,
                    ..ViewState::default()
                };
            }
            Pending::Open => {
                let start = self
                    .document
                    .path()
                    .and_then(|p| p.parent())
                    .map(PathBuf::from);
                if let Some(path) = self.dialogs.pick_project_to_open(start.as_deref()) {
                    self.open_path(path);
                }
            }
            Pending::OpenPath(path) => self.open_path(path),
            Pending::Import => self.import_new(),
            Pending::Quit => {
                self.closing = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Opens a project file. On failure the open project stays as it was and a notice says why.
    pub(super) fn open_path(&mut self, path: PathBuf) {
        match io::read_project(&path) {
            Ok(project) => {
                self.prefs.remember(&path);
                self.document = Document::new(project, Some(path));
                self.view = ViewState {
                    tab: self.view.tab,
                    ..ViewState::default()
                };
                self.notices.retain(|n| !n.is_error);
            }
            Err(error) => {
                let t = self.texts();
                self.notify_error(fill(t.app.could_not_open, &[("error", &error)]));
            }
        }
    }

    /// Saves to the document's file, or asks where. Returns true when the project is saved.
    pub(super) fn save(&mut self) -> bool {
        match self.document.path().map(PathBuf::from) {
            Some(path) => self.save_to(path),
            None => self.save_as(),
        }
    }

    pub(super) fn save_as(&mut self) -> bool {
        let suggested = format!(
            "{}.kano.json",
            self.document
                .project()
                .title()
                .chars()
                .filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|'))
                .collect::<String>()
                .trim()
        );
        let start = self
            .document
            .path()
            .and_then(|p| p.parent())
            .map(PathBuf::from);
        match self
            .dialogs
            .pick_project_save_path(&suggested, start.as_deref())
        {
            Some(path) => self.save_to(with_project_extension(path)),
            None => false,
        }
    }

    pub(super) fn save_to(&mut self, path: PathBuf) -> bool {
        match io::save_project(&path, self.document.project()) {
            Ok(()) => {
                self.prefs.remember(&path);
                self.document.mark_saved(path);
                true
            }
            Err(error) => {
                let t = self.texts();
                self.notify_error(fill(t.app.could_not_save, &[("error", &error)]));
                false
            }
        }
    }
}
