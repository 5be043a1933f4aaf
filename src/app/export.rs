//! File ▸ Export…: the export dialog, the file it asks for, and the export being written.
//!
//! The dialog ([`ui::export_dialog`]) says what to export; here the app asks where (the chosen
//! format decides the extension: a typed name that disagrees gets the right one appended), makes
//! the files' contents, hands them to an [`ExportJob`] on a worker thread, shows that it is
//! working, and says where the file went or why it could not be written. Exports only read the
//! project; a failed export writes nothing. The last choice is kept in the preferences.

use super::StudioApp;
use super::dialogs::FileFilter;
use super::export_job::ExportJob;
use super::modal::{FilePurpose, Modal};
use crate::export::{ExportRequest, FileFormat, Plot, with_extension_for};
use crate::i18n::plural::PluralForm;
use crate::i18n::{ExportTexts, fill};
use crate::ui::export_dialog::{self, DialogAnswer, DialogFrame, ExportDialog};
use eframe::egui;
use std::path::{Path, PathBuf};

/// The export being written, if any (the dialog is a [`Modal`]).
#[derive(Debug, Default)]
pub(super) struct Exporting {
    job: Option<ExportJob>,
    /// The names the running export's picture cuts short in its key, said once it is written.
    cut_key_names: Option<crate::export::CutKeyNames>,
}

impl StudioApp {
    /// The export dialog, while it is open.
    pub fn export_dialog(&self) -> Option<&ExportDialog> {
        match &self.modal {
            Some(Modal::Export(dialog)) => Some(dialog),
            _ => None,
        }
    }

    /// True while an export's files are being written.
    pub fn export_in_progress(&self) -> bool {
        self.exporting.job.is_some()
    }

    /// Waits for the export being written, if any, to finish; the next frame says how it went.
    /// For headless runs and tests, which must not poll a clock.
    pub fn wait_for_export(&mut self) {
        if let Some(job) = &mut self.exporting.job {
            job.wait();
        }
    }

    /// Opens the export dialog with the last choice, about the segment the studio shows, or with
    /// `plot` chosen when a plot's own Export… button asked.
    pub(super) fn open_export_dialog(&mut self, plot: Option<Plot>) {
        let project = self.document.project();
        let dialog = ExportDialog::new(
            self.prefs.export,
            self.view.segment.clone(),
            project.survey().language,
        )
        .comparing(&self.view.compare);
        self.open_modal(Modal::Export(Box::new(match plot {
            Some(plot) => dialog.with_plot(plot),
            None => dialog,
        })));
    }

    /// Draws the export dialog and carries out its answer.
    pub(super) fn show_export_dialog(
        &mut self,
        ctx: &egui::Context,
        mut dialog: Box<ExportDialog>,
    ) {
        let frame = DialogFrame {
            t: self.texts(),
            project: self.document.project(),
            file_stem: &file_stem(self.document.path()),
            busy: self.exporting.job.is_some(),
        };
        match export_dialog::show(ctx, frame, &mut dialog) {
            Some(DialogAnswer::Export(request)) => {
                self.prefs.export = request.choice;
                self.ask_file(ctx, FilePurpose::Export(Box::new(request)));
            }
            Some(DialogAnswer::Cancel) => {}
            None => self.open_modal(Modal::Export(dialog)),
        }
    }

    /// Draws the progress of a running export, and collects a finished one.
    pub(super) fn show_export_progress(&mut self, ctx: &egui::Context) {
        self.collect_finished_export();
        if let Some(job) = &self.exporting.job {
            show_progress(ctx, &self.texts().export, job);
        }
    }

    /// Starts writing `request` to `path` (the chosen format's extension is added when the
    /// typed name lacks it).
    pub(super) fn export_to(
        &mut self,
        ctx: &egui::Context,
        request: &ExportRequest,
        path: PathBuf,
    ) {
        let t = self.texts();
        let path = with_extension_for(path, request.choice.format());
        self.prefs.export_folder = path.parent().map(PathBuf::from);
        let project = self.document.project();
        match request.files(project, &path, self.prefs.category_names) {
            Ok(files) => {
                self.exporting.cut_key_names =
                    request.cut_key_names(project, self.prefs.category_names);
                self.exporting.job = Some(ExportJob::start(files, path, ctx));
            }
            Err(error) => self.notify_error(fill(
                t.export.could_not_export,
                &[
                    ("path", &path.display()),
                    ("error", &crate::ui::error_text::export_error(t, &error)),
                ],
            )),
        }
    }

    fn collect_finished_export(&mut self) {
        let Some(outcome) = self.exporting.job.as_ref().and_then(ExportJob::outcome) else {
            return;
        };
        let Some(job) = self.exporting.job.take() else {
            return;
        };
        let cut_key_names = self.exporting.cut_key_names.take();
        let t = self.texts();
        let e = &t.export;
        let path = job.target.display();
        let written = outcome.is_ok();
        match outcome {
            Ok(()) if job.extra_files > 0 => {
                let form = match t.lang.plural_form(job.extra_files as u64) {
                    PluralForm::One => e.exported_with_pictures_if_one,
                    PluralForm::Other => e.exported_with_pictures,
                };
                self.notify(fill(form, &[("path", &path), ("n", &job.extra_files)]));
            }
            Ok(()) => self.notify(fill(e.exported, &[("path", &path)])),
            Err(failure) => {
                let error = job_failure(t, &failure);
                self.notify_error(fill(
                    e.could_not_export,
                    &[("path", &path), ("error", &error)],
                ));
            }
        }
        if let Some(cut) = cut_key_names.filter(|_| written) {
            self.notify(cut_key_names_note(t, cut));
        }
    }
}

/// What the studio says when an exported picture's key cuts names short: how many, and a size
/// that shows them whole where one does (the command line says the same with its `--size`).
fn cut_key_names_note(t: &crate::i18n::Texts, cut: crate::export::CutKeyNames) -> String {
    let e = &t.export;
    let counted = |one, other| crate::i18n::plural::counted(t, one, other, cut.cut);
    match cut.whole_at {
        Some(whole) => fill(
            &counted(
                e.picture_key_cut_whole_at_if_one,
                e.picture_key_cut_whole_at,
            ),
            &[("size", &format!("{} × {}", whole.width, whole.height))],
        ),
        None => counted(e.picture_key_cut_larger_if_one, e.picture_key_cut_larger),
    }
}

/// The start of suggested file names: the project file's name, or "kanoscope" before it has one.
pub(super) fn file_stem(path: Option<&Path>) -> String {
    path.and_then(Path::file_name)
        .map(|n| {
            let name = n.to_string_lossy();
            let stem = name.strip_suffix(".kano.json").unwrap_or(&name);
            stem.strip_suffix(".json").unwrap_or(stem).to_owned()
        })
        .filter(|stem| !stem.is_empty())
        .unwrap_or_else(|| "kanoscope".to_owned())
}

/// The file dialog's filter for `format`.
pub(super) fn filter(e: &'static ExportTexts, format: FileFormat) -> FileFilter<'static> {
    let name = match format {
        FileFormat::Html => e.filter_html,
        FileFormat::Markdown => e.filter_markdown,
        FileFormat::Csv => e.filter_csv,
        FileFormat::Xlsx => e.filter_xlsx,
        FileFormat::Svg => e.filter_svg,
        FileFormat::Png => e.filter_png,
    };
    FileFilter {
        name,
        extensions: format.extensions(),
    }
}

/// A small floating note in the window's bottom-right corner while an export is written: the
/// window stays usable meanwhile.
fn show_progress(ctx: &egui::Context, e: &ExportTexts, job: &ExportJob) {
    let name = job
        .target
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    egui::Area::new(egui::Id::unique("export_progress"))
        .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -36.0))
        .order(egui::Order::Foreground)
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(fill(e.exporting, &[("name", &name)]));
                });
            });
        });
}

/// Why an export's worker failed, in the person's language.
fn job_failure(t: &crate::i18n::Texts, failure: &super::export_job::JobFailure) -> String {
    use super::export_job::JobError;
    use crate::ui::error_text;
    let error = match &failure.error {
        JobError::Picture(error) => error_text::export_error(t, error),
        JobError::Write(error) | JobError::NoThread(error) => error_text::io_error(t, error),
        JobError::Stopped => t.export.export_stopped.to_owned(),
    };
    match &failure.beside {
        Some(file) => fill(t.export.failed_beside, &[("file", file), ("error", &error)]),
        None => error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggested_names_start_with_the_project_files_name() {
        for (path, stem) in [
            (Some("a/metro.kano.json"), "metro"),
            (Some("a/old.json"), "old"),
            (Some("a/v1.2.kano.json"), "v1.2"),
            (None, "kanoscope"),
        ] {
            assert_eq!(file_stem(path.map(Path::new)), stem);
        }
    }
}
