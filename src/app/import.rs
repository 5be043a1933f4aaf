//! File ▸ Import: a survey platform's export is read here (the only place with effects), shown
//! in the import dialog (`ui::import_dialog`) for the person to check and fix, and then becomes
//! a new, unsaved project or more respondents of the open one, as one undo step.
//!
//! Opening or cancelling the dialog changes nothing. A file that cannot be read, or an import
//! that fails, leaves the open project exactly as it was and says which row, column and text.

use super::modal::{FilePurpose, Modal};
use super::{Document, Pending, StudioApp};
use crate::i18n::{fill, plural};
use crate::io::import::{self, BuildOptions, ReadOptions};
use crate::kano::Analysis;
use crate::ui::import_dialog::{self, ImportChoice, ImportSession, Target};
use crate::ui::{Tab, ViewState};
use eframe::egui;
use std::path::{Path, PathBuf};

/// An import dialog that is open: the file and what the person has chosen so far.
#[derive(Debug)]
pub struct Importing {
    path: PathBuf,
    session: ImportSession,
}

impl StudioApp {
    /// The open import dialog's state, if one is open.
    pub fn import_session(&self) -> Option<&ImportSession> {
        match &self.modal {
            Some(Modal::Import(importing)) => Some(&importing.session),
            Some(Modal::SaveChanges(Pending::Import(importing))) => Some(&importing.session),
            _ => None,
        }
    }

    /// Asks for a survey export and opens the import dialog on it.
    pub(super) fn start_import(&mut self, ctx: &egui::Context) {
        self.ask_file(ctx, FilePurpose::Import);
    }

    /// Reads a survey export and opens the import dialog on it; a file that cannot be read
    /// becomes an error notice and no dialog.
    pub fn open_import(&mut self, path: &Path) {
        let read = import::read_file(path, &ReadOptions::default());
        match read {
            Ok(table) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into(),
                );
                let mut session = ImportSession::new(name, table);
                session.recall(&self.prefs.import_wordings);
                self.open_modal(Modal::Import(Box::new(Importing {
                    path: path.to_owned(),
                    session,
                })));
            }
            Err(error) => self.read_failed(path, &error),
        }
    }

    /// Opens the import dialog on a table pasted from a spreadsheet; text that is no table
    /// becomes an error notice and no dialog.
    pub fn open_import_pasted(&mut self, text: &str) {
        let t = self.texts();
        let name = t.import.pasted_name;
        match import::read_table(text.as_bytes(), &ReadOptions::default()) {
            Ok(table) => {
                let mut session = ImportSession::new(name, table);
                session.recall(&self.prefs.import_wordings);
                self.open_modal(Modal::Import(Box::new(Importing {
                    path: PathBuf::from(name),
                    session,
                })));
            }
            Err(error) => self.read_failed(Path::new(name), &error.into()),
        }
    }

    /// Draws the import dialog and carries out what the person chose. Into a new project with
    /// unsaved changes open, "Save changes?" comes first (Cancel comes back here).
    pub(super) fn show_import(&mut self, ctx: &egui::Context, mut importing: Box<Importing>) {
        let t = self.texts();
        let choice = import_dialog::show(ctx, t, &mut importing.session, self.document.project());
        match choice {
            Some(ImportChoice::Cancel) => {}
            Some(ImportChoice::Import) => match importing.session.target {
                Target::NewProject if self.document.is_dirty() => {
                    self.open_modal(Modal::SaveChanges(Pending::Import(importing)));
                }
                Target::NewProject => self.import_new(importing),
                Target::AppendToOpen => self.import_append(importing),
            },
            None => self.open_modal(Modal::Import(importing)),
        }
    }

    /// Replaces the open project with the import, as a new, unsaved project. On failure the
    /// dialog stays open with the error, and the open project is unchanged.
    pub(super) fn import_new(&mut self, importing: Box<Importing>) {
        let session = &importing.session;
        let options = BuildOptions {
            title: session.title().to_owned(),
            analysis: Analysis::default(),
        };
        match import::build_project(session.table(), session.mapping(), &options) {
            Ok(project) => {
                let t = self.texts();
                let text = fill(
                    t.app.imported,
                    &[
                        (
                            "respondents",
                            &plural::respondents(t, project.respondents().len()),
                        ),
                        ("features", &plural::features(t, project.features().len())),
                        ("path", &importing.path.display()),
                    ],
                );
                import::remember(&mut self.prefs.import_wordings, session.remembered());
                self.forget_recovery_copy();
                // Its survey (if run again here) speaks the language of the person importing.
                let survey = crate::project::SurveySettings {
                    language: self.lang(),
                    ..crate::project::SurveySettings::default()
                };
                self.document = Document::unsaved(project.with_survey(survey), None);
                self.view = ViewState {
                    tab: Tab::Results,
                    ..ViewState::default()
                };
                self.notices.retain(|n| !n.is_error);
                self.notify(text);
            }
            Err(error) => self.import_failed(importing, &error),
        }
    }

    /// Adds the file's respondents to the open project as one undo step. On failure the dialog
    /// stays open with the error, and the project is unchanged.
    fn import_append(&mut self, importing: Box<Importing>) {
        let t = self.texts();
        let session = &importing.session;
        let appended = import::append_to(
            self.document.project(),
            session.table(),
            session.mapping(),
            session.collisions,
        );
        let result = appended.and_then(|appended| {
            let label = fill(
                t.import.step_import,
                &[("respondents", &plural::respondents(t, appended.respondents))],
            );
            let respondents = appended.respondents;
            let renumbered = appended.renumbered.len();
            self.document
                .apply(appended.edit, label, None)
                .map(|()| (respondents, renumbered))
                .map_err(|e| import::ImportError::Project(e.to_string()))
        });
        match result {
            Ok((respondents, renumbered)) => {
                import::remember(
                    &mut self.prefs.import_wordings,
                    importing.session.remembered(),
                );
                let mut text = fill(
                    t.import.appended,
                    &[
                        ("respondents", &plural::respondents(t, respondents)),
                        ("path", &importing.path.display()),
                    ],
                );
                if renumbered > 0 {
                    text.push(' ');
                    text.push_str(&fill(t.import.appended_renumbered, &[("n", &renumbered)]));
                }
                self.notices.retain(|n| !n.is_error);
                self.notify(text);
            }
            Err(error) => self.import_failed(importing, &error),
        }
    }

    /// Says why the file could not be read (no dialog opens).
    fn read_failed(&mut self, path: &Path, error: &import::ImportError) {
        let t = self.texts();
        let detail = crate::ui::error_text::import_error(t, error);
        self.notify_error(fill(
            t.app.could_not_import,
            &[("path", &path.display()), ("error", &detail)],
        ));
    }

    /// Says why the import failed, in the dialog (which stays open) and as a notice.
    fn import_failed(&mut self, mut importing: Box<Importing>, error: &import::ImportError) {
        self.read_failed(&importing.path, error);
        importing.session.error = Some(crate::ui::error_text::import_error(self.texts(), error));
        self.open_modal(Modal::Import(importing));
    }
}
