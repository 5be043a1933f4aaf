//! One dialog at a time, as a type: [`Modal`] is what the window shows over the studio, if
//! anything, and the only place that knows how to draw each kind and what its answer does.
//!
//! A modal is taken out of the app while it is drawn, and put back if the person has not
//! answered yet; its answer may open the next one (Save changes? → the file dialog → the
//! overwrite question). File questions go through here too: the system's dialog is asked on a
//! worker thread ([`Modal::SystemFileDialog`] waits for it), and when it cannot be shown the
//! studio's own ([`Modal::FileBrowser`]) takes its place.
//!
//! New kinds of dialog (a room's, a kiosk's) join as variants here, with their drawing in their
//! own module. Must never: show two modals at once, or drop a modal holding the person's work
//! (an import session) without their asking.

use super::dialogs::{Asked, FileAnswer, FileQuestion, FileRequest};
use super::export::file_stem;
use super::file_browser::{BrowserAnswer, FileBrowser};
use super::files::DiskConflict;
use super::import::Importing;
use super::loading::Loading;
use super::recovery::Offer;
use super::{Pending, StudioApp, with_project_extension};
use crate::export::ExportRequest;
use crate::ui::export_dialog::ExportDialog;
use crate::ui::help::HelpPage;
use eframe::egui;
use std::path::{Path, PathBuf};

/// The dialog the window shows over the studio.
#[derive(Debug)]
pub enum Modal {
    /// "Save changes?" before `next`; Cancel goes back to the dialog it came from, if any.
    SaveChanges(Pending),
    /// The document's file changed on disk: overwrite it, save elsewhere, or cancel.
    DiskConflict(DiskConflict),
    /// Recovery copies a crash left behind.
    RecoveryOffer(Offer),
    /// File ▸ Import's dialog on a survey export.
    Import(Box<Importing>),
    /// File ▸ Export….
    Export(Box<ExportDialog>),
    /// Help ▸ About.
    About,
    /// Help's primer, shortcuts or wording templates.
    Help(HelpPage),
    /// A system file dialog is open on a worker thread.
    SystemFileDialog(FileWait),
    /// The studio's own file dialog, because the system's could not be shown.
    FileBrowser(Box<FileBrowser>, FilePurpose),
    /// A project file being opened on a worker thread, behind a progress bar with Cancel. The
    /// dialog it covers, if any (the recovery offer on start), shows again once it is done.
    Loading(Box<Loading>, Option<Box<Modal>>),
}

/// What a chosen file is for.
#[derive(Debug)]
pub enum FilePurpose {
    /// Open it as the project (after unsaved changes were dealt with).
    Open,
    /// Save the project there, then do `then`.
    Save(Option<Pending>),
    /// Open the import dialog on it.
    Import,
    /// Write this export there.
    Export(Box<ExportRequest>),
}

impl FilePurpose {
    fn question(&self) -> FileQuestion {
        match self {
            Self::Open => FileQuestion::OpenProject,
            Self::Save(_) => FileQuestion::SaveProject,
            Self::Import => FileQuestion::ImportSurvey,
            Self::Export(_) => FileQuestion::Export,
        }
    }
}

/// A system file dialog being answered.
#[derive(Debug)]
pub struct FileWait {
    asked: Asked,
    request: FileRequest,
    purpose: FilePurpose,
}

impl StudioApp {
    /// The dialog showing, if any.
    pub fn modal(&self) -> Option<&Modal> {
        self.modal.as_ref()
    }

    /// The in-app file dialog, while it is showing.
    pub fn file_browser(&self) -> Option<&FileBrowser> {
        match &self.modal {
            Some(Modal::FileBrowser(browser, _)) => Some(browser),
            _ => None,
        }
    }

    /// Shows `modal`, in place of any other: one dialog shows at a time, and the flows that
    /// go from one to the next take the current one out first.
    pub(super) fn open_modal(&mut self, modal: Modal) {
        self.modal = Some(modal);
    }

    /// Draws the modal and carries out its answer.
    pub(super) fn show_modal(&mut self, ctx: &egui::Context) {
        self.poll_file_dialog(ctx);
        let Some(modal) = self.modal.take() else {
            return;
        };
        match modal {
            Modal::SaveChanges(next) => self.show_prompt(ctx, next),
            Modal::DiskConflict(conflict) => self.show_disk_conflict(ctx, conflict),
            Modal::RecoveryOffer(offer) => self.show_recovery_offer(ctx, offer),
            Modal::Import(importing) => self.show_import(ctx, importing),
            Modal::Export(dialog) => self.show_export_dialog(ctx, dialog),
            Modal::About => self.show_about(ctx),
            Modal::Help(page) => self.show_help(ctx, page),
            Modal::SystemFileDialog(wait) => self.show_waiting(ctx, wait),
            Modal::Loading(loading, under) => self.show_loading(ctx, loading, under),
            Modal::FileBrowser(mut browser, purpose) => match browser.show(ctx, self.texts()) {
                Some(BrowserAnswer::Chosen(path)) => self.file_chosen(ctx, purpose, path),
                Some(BrowserAnswer::Cancelled) => self.file_cancelled(purpose),
                None => self.modal = Some(Modal::FileBrowser(browser, purpose)),
            },
        }
    }

    /// Asks for a file for `purpose`: the system's dialog on a worker thread, or the studio's
    /// own when the system's cannot be shown.
    pub(super) fn ask_file(&mut self, ctx: &egui::Context, purpose: FilePurpose) {
        let request = self.file_request(&purpose);
        let asked = self.dialogs.ask(&request, ctx);
        self.open_modal(Modal::SystemFileDialog(FileWait {
            asked,
            request,
            purpose,
        }));
        // A scripted or failed dialog has answered already: no frame shows the waiting note.
        self.poll_file_dialog(ctx);
    }

    /// Takes the system dialog's answer, once there is one.
    fn poll_file_dialog(&mut self, ctx: &egui::Context) {
        let Some(Modal::SystemFileDialog(wait)) = &self.modal else {
            return;
        };
        let Some(answer) = wait.asked.poll() else {
            return;
        };
        let Some(Modal::SystemFileDialog(wait)) = self.modal.take() else {
            return;
        };
        match answer {
            FileAnswer::Chosen(path) => self.file_chosen(ctx, wait.purpose, path),
            FileAnswer::Cancelled => self.file_cancelled(wait.purpose),
            FileAnswer::Unavailable => {
                let browser = FileBrowser::new(wait.request, self.texts());
                self.open_modal(Modal::FileBrowser(Box::new(browser), wait.purpose));
            }
        }
    }

    /// No file was chosen: what waited for a save does not happen, and the dialog it came from
    /// (an import being checked, the recovery offer) shows again.
    fn file_cancelled(&mut self, purpose: FilePurpose) {
        if let FilePurpose::Save(Some(then)) = purpose {
            self.cancel_pending(then);
        }
    }

    /// Does what the file was asked for.
    fn file_chosen(&mut self, ctx: &egui::Context, purpose: FilePurpose, path: PathBuf) {
        match purpose {
            FilePurpose::Open => self.open_path(ctx, path),
            FilePurpose::Save(then) => {
                // Saving over the document's own file by Save As still checks it is unchanged.
                self.save_to(
                    ctx,
                    with_project_extension(path),
                    super::files::Overwrite::AskIfChanged,
                    then,
                );
            }
            FilePurpose::Import => self.open_import(&path),
            FilePurpose::Export(request) => self.export_to(ctx, &request, path),
        }
    }

    /// The question for `purpose`, in the person's language, starting where it makes sense.
    fn file_request(&self, purpose: &FilePurpose) -> FileRequest {
        let t = self.texts();
        let beside_document = || {
            self.document
                .path()
                .and_then(Path::parent)
                .map(PathBuf::from)
        };
        let question = purpose.question();
        let strings = |v: &[&str]| v.iter().map(|e| (*e).to_owned()).collect();
        match purpose {
            FilePurpose::Open => FileRequest {
                question,
                title: t.app.dialog_open.to_owned(),
                filter_name: t.app.filter_project.to_owned(),
                extensions: strings(&["kano.json", "json"]),
                suggested_name: None,
                start_dir: beside_document(),
            },
            FilePurpose::Save(_) => FileRequest {
                question,
                title: t.app.dialog_save.to_owned(),
                filter_name: t.app.filter_project.to_owned(),
                extensions: strings(&["kano.json"]),
                suggested_name: Some(self.suggested_project_name()),
                start_dir: beside_document(),
            },
            FilePurpose::Import => FileRequest {
                question,
                title: t.app.dialog_import.to_owned(),
                filter_name: t.app.filter_survey_export.to_owned(),
                extensions: strings(&["csv", "tsv", "txt", "xlsx", "xls", "ods"]),
                suggested_name: None,
                start_dir: beside_document(),
            },
            FilePurpose::Export(request) => {
                let format = request.choice.format();
                let filter = super::export::filter(&t.export, format);
                FileRequest {
                    question,
                    title: t.export.title.to_owned(),
                    filter_name: filter.name.to_owned(),
                    extensions: strings(filter.extensions),
                    suggested_name: Some(
                        request.suggested_file_name(&file_stem(self.document.path())),
                    ),
                    start_dir: self
                        .prefs
                        .export_folder
                        .clone()
                        .filter(|folder| folder.is_dir())
                        .or_else(beside_document),
                }
            }
        }
    }

    /// "Metro survey.kano.json": the title without characters file systems refuse.
    fn suggested_project_name(&self) -> String {
        format!(
            "{}.kano.json",
            self.document
                .project()
                .title()
                .chars()
                .filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|'))
                .filter(|c| !c.is_control())
                .take(120)
                .collect::<String>()
                .trim()
        )
    }

    /// A small note while the system's dialog is open: the window stays drawn, the studio
    /// behind it waits.
    fn show_waiting(&mut self, ctx: &egui::Context, wait: FileWait) {
        let d = &self.texts().dialogs;
        egui::Modal::new(egui::Id::unique("waiting_for_file_dialog")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.heading(d.waiting_title);
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(d.waiting);
            });
        });
        self.modal = Some(Modal::SystemFileDialog(wait));
    }
}
