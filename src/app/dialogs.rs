//! File dialogs, behind a trait so that tests never open one: the app uses [`NativeDialogs`]
//! (rfd), tests use [`ScriptedDialogs`] with answers prepared in advance.

use crate::i18n::Texts;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// A kind of file a save dialog offers: its name and the extensions it may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileFilter<'a> {
    /// What people call such files ("Excel workbook").
    pub name: &'a str,
    /// Extensions without the dot, the usual one first.
    pub extensions: &'a [&'a str],
}

/// The extension of project files.
pub const PROJECT_EXTENSION: &str = "kano.json";

/// Asks the person for files.
pub trait FileDialogs {
    /// The language of the dialogs' titles and filters from now on.
    fn use_texts(&mut self, _t: &'static Texts) {}
    /// A project file to open, or `None` if they cancelled.
    fn pick_project_to_open(&mut self, start_dir: Option<&Path>) -> Option<PathBuf>;
    /// Where to save a project, or `None` if they cancelled.
    fn pick_project_save_path(
        &mut self,
        suggested_name: &str,
        start_dir: Option<&Path>,
    ) -> Option<PathBuf>;
    /// A survey platform's export to import, or `None` if they cancelled.
    fn pick_survey_export(&mut self, start_dir: Option<&Path>) -> Option<PathBuf>;
    /// Where to write an export of the kind `filter` names, or `None` if they cancelled.
    fn pick_export_path(
        &mut self,
        suggested_name: &str,
        filter: FileFilter<'_>,
        start_dir: Option<&Path>,
    ) -> Option<PathBuf>;
}

/// The operating system's dialogs, through rfd.
#[derive(Debug)]
pub struct NativeDialogs {
    t: &'static Texts,
}

impl Default for NativeDialogs {
    fn default() -> Self {
        Self {
            t: crate::i18n::Lang::En.texts(),
        }
    }
}

impl FileDialogs for NativeDialogs {
    fn use_texts(&mut self, t: &'static Texts) {
        self.t = t;
    }

    fn pick_project_to_open(&mut self, start_dir: Option<&Path>) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title(self.t.app.dialog_open)
            .add_filter(self.t.app.filter_project, &["json"]);
        if let Some(dir) = start_dir {
            dialog = dialog.set_directory(dir);
        }
        dialog.pick_file()
    }

    fn pick_project_save_path(
        &mut self,
        suggested_name: &str,
        start_dir: Option<&Path>,
    ) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title(self.t.app.dialog_save)
            .add_filter(self.t.app.filter_project, &["json"])
            .set_file_name(suggested_name);
        if let Some(dir) = start_dir {
            dialog = dialog.set_directory(dir);
        }
        dialog.save_file().map(with_project_extension)
    }

    fn pick_survey_export(&mut self, start_dir: Option<&Path>) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title(self.t.app.dialog_import)
            .add_filter(
                self.t.app.filter_survey_export,
                &["csv", "tsv", "txt", "xlsx", "xls", "ods"],
            );
        if let Some(dir) = start_dir {
            dialog = dialog.set_directory(dir);
        }
        dialog.pick_file()
    }

    fn pick_export_path(
        &mut self,
        suggested_name: &str,
        filter: FileFilter<'_>,
        start_dir: Option<&Path>,
    ) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title(self.t.export.title)
            .add_filter(filter.name, filter.extensions)
            .set_file_name(suggested_name);
        if let Some(dir) = start_dir {
            dialog = dialog.set_directory(dir);
        }
        dialog.save_file()
    }
}

/// Adds `.kano.json` to a chosen name that lacks it: "metro" -> "metro.kano.json",
/// "metro.json" -> "metro.kano.json".
pub fn with_project_extension(path: PathBuf) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.ends_with(".kano.json") {
        return path;
    }
    let stem = name.strip_suffix(".json").unwrap_or(&name);
    path.with_file_name(format!("{stem}.{PROJECT_EXTENSION}"))
}

/// Dialogs that answer from prepared lists, for tests. An empty list answers "cancelled".
#[derive(Debug, Default)]
pub struct ScriptedDialogs {
    /// Answers to "open", in order.
    pub open: VecDeque<Option<PathBuf>>,
    /// Answers to "save as", in order.
    pub save: VecDeque<Option<PathBuf>>,
    /// Answers to "import", in order.
    pub import: VecDeque<Option<PathBuf>>,
    /// Answers to "export", in order.
    pub export: VecDeque<Option<PathBuf>>,
    /// What "export" was asked with, in order; shared, so a test can read it once the dialogs
    /// belong to the app.
    pub export_asked: Arc<Mutex<Vec<ExportAsked>>>,
}

/// What the app suggested when it asked where to export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportAsked {
    /// The suggested file name.
    pub name: String,
    /// The filter's extensions.
    pub extensions: Vec<String>,
}

impl FileDialogs for ScriptedDialogs {
    fn pick_project_to_open(&mut self, _start_dir: Option<&Path>) -> Option<PathBuf> {
        self.open.pop_front().flatten()
    }

    fn pick_project_save_path(
        &mut self,
        _suggested_name: &str,
        _start_dir: Option<&Path>,
    ) -> Option<PathBuf> {
        self.save.pop_front().flatten()
    }

    fn pick_survey_export(&mut self, _start_dir: Option<&Path>) -> Option<PathBuf> {
        self.import.pop_front().flatten()
    }

    fn pick_export_path(
        &mut self,
        suggested_name: &str,
        filter: FileFilter<'_>,
        _start_dir: Option<&Path>,
    ) -> Option<PathBuf> {
        if let Ok(mut asked) = self.export_asked.lock() {
            asked.push(ExportAsked {
                name: suggested_name.to_owned(),
                extensions: filter.extensions.iter().map(|e| (*e).to_owned()).collect(),
            });
        }
        self.export.pop_front().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_paths_get_the_project_extension() {
        for (chosen, expected) in [
            ("a/metro", "a/metro.kano.json"),
            ("a/metro.json", "a/metro.kano.json"),
            ("a/metro.kano.json", "a/metro.kano.json"),
            ("a/metro.v2", "a/metro.v2.kano.json"),
        ] {
            assert_eq!(
                with_project_extension(PathBuf::from(chosen)),
                PathBuf::from(expected)
            );
        }
    }
}
