//! Opening, saving and the "Save changes?" flow of the studio: everything that reads or writes
//! the project file. A failure never changes the open project and always becomes a notice.

use super::modal::{FilePurpose, Modal};
use super::{Document, Pending, StudioApp, loading};
use crate::i18n::fill;
use crate::io;
use crate::project::Project;
use crate::ui::error_text;
use crate::ui::{Tab, ViewState};
use eframe::egui;
use std::path::PathBuf;

impl StudioApp {
    /// Runs `next` now if the document is saved, or asks "Save changes?" first.
    pub(super) fn ask_unless_clean(&mut self, ctx: &egui::Context, next: Pending) {
        if self.document.is_dirty() {
            self.open_modal(Modal::SaveChanges(next));
        } else {
            self.proceed(ctx, next);
        }
    }

    /// Does what was waiting, now that unsaved changes are saved or may be discarded.
    pub(super) fn proceed(&mut self, ctx: &egui::Context, next: Pending) {
        match next {
            Pending::New => {
                self.forget_recovery_copy();
                let title = self.texts().app.untitled_project;
                // A new project's survey speaks the language of the person making it.
                let survey = crate::project::SurveySettings {
                    language: self.lang(),
                    ..crate::project::SurveySettings::default()
                };
                self.document = Document::new(Project::new(title).with_survey(survey), None);
                self.view = ViewState {
                    tab: Tab::Features,
                    ..ViewState::default()
                };
            }
            Pending::Open => self.ask_file(ctx, FilePurpose::Open),
            Pending::OpenPath(path) => self.open_path(ctx, path),
            Pending::Restore { copy, rest } => {
                self.restore_copy(&copy);
                if let Some(rest) = rest {
                    self.open_modal(Modal::RecoveryOffer(rest));
                }
            }
            Pending::Import(importing) => self.import_new(importing),
            Pending::Quit => {
                self.closing = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Opens a project file: small ones on the spot, large ones on a worker thread with a
    /// progress bar. On failure the open project stays as it was and a notice says why.
    pub(super) fn open_path(&mut self, ctx: &egui::Context, path: PathBuf) {
        if let Some(Modal::Loading(loading, _)) = &self.modal {
            let name = loading.path().display().to_string();
            let t = self.texts();
            self.notify(fill(t.safety.loading_busy, &[("name", &name)]));
            return;
        }
        if loading::opens_in_background(&path, self.open_on_the_spot_up_to) {
            let loading = loading::Loading::start(path, &self.read_project, ctx);
            // The dialog this covers comes back once the file is read.
            let under = self.modal.take().map(Box::new);
            self.open_modal(Modal::Loading(Box::new(loading), under));
        } else {
            let loaded = (self.read_project)(&path, &|_| {});
            self.finish_open(path, loaded);
        }
    }

    /// Takes the worker's project once it is read.
    pub(super) fn poll_loading(&mut self) {
        let Some(Modal::Loading(loading, _)) = &self.modal else {
            return;
        };
        let loading::Polled::Done(result) = loading.poll() else {
            return;
        };
        let Some(Modal::Loading(loading, under)) = self.modal.take() else {
            return;
        };
        self.modal = under.map(|modal| *modal);
        self.finish_open(loading.path().to_owned(), *result);
    }

    fn finish_open(&mut self, path: PathBuf, loaded: Result<io::Loaded, io::LoadError>) {
        match loaded {
            Ok(io::Loaded { project, stamp }) => {
                self.prefs.remember(&path);
                self.forget_recovery_copy();
                self.document = Document::opened(project, path, stamp);
                self.view = ViewState {
                    tab: self.view.tab,
                    ..ViewState::default()
                };
                self.notices.retain(|n| !n.is_error);
            }
            Err(error) => {
                let t = self.texts();
                let error = error_text::load_error(t, &error);
                self.notify_error(fill(t.app.could_not_open, &[("error", &error)]));
                // A recent file that is gone leaves File ▸ Open recent (the notice said why).
                if !path.exists() {
                    self.prefs.forget(&path);
                }
            }
        }
    }

    /// Saves to the document's file, or asks where, then does `then`.
    pub(super) fn save(&mut self, ctx: &egui::Context, then: Option<Pending>) {
        match self.document.path().map(PathBuf::from) {
            Some(path) => self.save_to(ctx, path, Overwrite::AskIfChanged, then),
            None => self.save_as(ctx, then),
        }
    }

    /// Asks where to save; the answer saves there and then does `then`.
    pub(super) fn save_as(&mut self, ctx: &egui::Context, then: Option<Pending>) {
        self.ask_file(ctx, FilePurpose::Save(then));
    }

    /// Saves to `path`. Over the document's own file that another program changed since it was
    /// opened or saved here, asks first (unless `overwrite` says the person already agreed).
    pub(super) fn save_to(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        overwrite: Overwrite,
        then: Option<Pending>,
    ) {
        if overwrite == Overwrite::AskIfChanged
            && let Some(change) = self.change_on_disk(&path)
        {
            self.open_modal(Modal::DiskConflict(DiskConflict { path, change, then }));
            return;
        }
        match io::save_project_with(&path, self.document.project(), &mut io::RealDisk) {
            Ok(saved) => {
                self.prefs.remember(&path);
                self.document.mark_saved(path, saved.stamp);
                if let Some(next) = then {
                    self.proceed(ctx, next);
                }
            }
            Err(error) => {
                let t = self.texts();
                let error = error_text::save_error(t, &error);
                self.notify_error(fill(t.app.could_not_save, &[("error", &error)]));
                // What waited for the save (closing, opening another file) does not happen;
                // a session being imported goes back to its dialog.
                if let Some(Pending::Import(importing)) = then {
                    self.open_modal(Modal::Import(importing));
                }
            }
        }
    }

    /// How the document's own file at `path` differs from when it was opened or saved here;
    /// `None` when it is unchanged, not the document's file, or cannot be checked (then the
    /// save itself reports any problem).
    fn change_on_disk(&self, path: &std::path::Path) -> Option<io::DiskChange> {
        let stamp = self.document.stamp()?;
        if self.document.path() != Some(path) {
            return None;
        }
        match io::disk_change(path, stamp) {
            Ok(io::DiskChange::Unchanged) | Err(_) => None,
            Ok(change) => Some(change),
        }
    }

    /// Asks what to do about a file changed on disk.
    pub(super) fn show_disk_conflict(&mut self, ctx: &egui::Context, conflict: DiskConflict) {
        let t = self.texts();
        let name = conflict
            .path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let text = match conflict.change {
            io::DiskChange::Removed => t.safety.changed_removed,
            io::DiskChange::Modified | io::DiskChange::Unchanged => t.safety.changed_modified,
        };
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("disk_conflict")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(t.safety.changed_title);
            ui.label(fill(text, &[("name", &name)]));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(t.safety.overwrite_button).clicked() {
                    choice = Some(ConflictChoice::Overwrite);
                }
                if ui.button(t.safety.save_elsewhere_button).clicked() {
                    choice = Some(ConflictChoice::SaveAs);
                }
                if ui.button(t.app.cancel_button).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    choice = Some(ConflictChoice::Cancel);
                }
            });
        });
        let Some(choice) = choice else {
            self.open_modal(Modal::DiskConflict(conflict));
            return;
        };
        let DiskConflict { path, then, .. } = conflict;
        match choice {
            ConflictChoice::Overwrite => self.save_to(ctx, path, Overwrite::Yes, then),
            ConflictChoice::SaveAs => self.save_as(ctx, then),
            ConflictChoice::Cancel => {
                if let Some(then) = then {
                    self.cancel_pending(then);
                }
            }
        }
    }
}

/// Whether a save may replace a file that changed on disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Overwrite {
    /// Ask first.
    AskIfChanged,
    /// The person said yes.
    Yes,
}

/// A save waiting for "overwrite the changed file?".
#[derive(Debug)]
pub struct DiskConflict {
    path: PathBuf,
    change: io::DiskChange,
    /// What was to happen after the save (New, Open, Quit...).
    then: Option<Pending>,
}

enum ConflictChoice {
    Overwrite,
    SaveAs,
    Cancel,
}
