//! File dialogs, behind a trait so that tests never open one: the app uses [`NativeDialogs`]
//! (the system's, through rfd, on a worker thread), tests use [`ScriptedDialogs`] with answers
//! prepared in advance.
//!
//! A question is asked with [`FileDialogs::ask`] and answered later through [`Asked`]: the
//! window keeps drawing while a system dialog is open. The answer tells "chosen", "cancelled"
//! and "the system could not show a dialog" apart, so that the app can show its own
//! ([`super::file_browser`]) instead of doing nothing. Must never: block the UI thread, or
//! report a dialog that could not be shown as "cancelled".

pub use super::native_dialogs::NativeDialogs;
use eframe::egui;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
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

/// What a file question is for; it decides whether the dialog opens or saves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileQuestion {
    /// A project file to open.
    OpenProject,
    /// Where to save the project.
    SaveProject,
    /// A survey platform's export to import.
    ImportSurvey,
    /// Where to write an export.
    Export,
}

impl FileQuestion {
    /// Whether the person picks an existing file or names one to write.
    pub fn direction(self) -> Direction {
        match self {
            Self::OpenProject | Self::ImportSurvey => Direction::Open,
            Self::SaveProject | Self::Export => Direction::Save,
        }
    }
}

/// Whether a dialog picks an existing file or names one to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Pick an existing file.
    Open,
    /// Name a file to write (it may exist).
    Save,
}

/// Everything a file dialog needs to ask, in the person's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileRequest {
    /// What the file is for.
    pub question: FileQuestion,
    /// The dialog's title.
    pub title: String,
    /// What people call the files it offers ("Kanoscope project").
    pub filter_name: String,
    /// Their extensions without the dot, the usual one first; "kano.json" counts as one.
    pub extensions: Vec<String>,
    /// The name a save dialog starts with.
    pub suggested_name: Option<String>,
    /// The folder the dialog starts in.
    pub start_dir: Option<PathBuf>,
}

impl FileRequest {
    /// Whether `name` has one of the request's extensions (ignoring case).
    pub fn accepts(&self, name: &str) -> bool {
        let name = name.to_lowercase();
        self.extensions
            .iter()
            .any(|e| name.ends_with(&format!(".{}", e.to_lowercase())))
    }
}

/// How a file question ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileAnswer {
    /// The person chose this file.
    Chosen(PathBuf),
    /// The person closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown (no portal, no zenity, no display): ask in the window instead.
    Unavailable,
}

/// A question asked: its answer arrives when the person has answered.
#[derive(Debug)]
pub struct Asked(mpsc::Receiver<FileAnswer>);

impl Asked {
    /// A question answered on the spot (tests, a dialog that could not start).
    pub fn answered(answer: FileAnswer) -> Self {
        let (sender, receiver) = mpsc::channel();
        // The receiver is alive here, so the send cannot fail.
        let _ = sender.send(answer);
        Self(receiver)
    }

    /// A question whose answer `sender`'s owner will send.
    pub fn channel() -> (mpsc::Sender<FileAnswer>, Self) {
        let (sender, receiver) = mpsc::channel();
        (sender, Self(receiver))
    }

    /// The answer, once there is one. A dialog thread that ended without answering (it
    /// panicked) counts as a dialog that could not be shown.
    pub fn poll(&self) -> Option<FileAnswer> {
        match self.0.try_recv() {
            Ok(answer) => Some(answer),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(FileAnswer::Unavailable),
        }
    }
}

/// Asks the person for files.
pub trait FileDialogs {
    /// Asks `request`; `ctx` is repainted when the answer arrives.
    fn ask(&mut self, request: &FileRequest, ctx: &egui::Context) -> Asked;
}

/// Whether a [`ScriptedDialogs`] plays a system whose dialogs can be shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SystemDialogs {
    /// The scripted answers are given.
    #[default]
    Shown,
    /// Every question answers "unavailable", as under a desktop without a file-chooser portal.
    Unavailable,
}

/// Dialogs that answer from prepared lists, for tests. An empty list answers "cancelled".
#[derive(Debug, Default)]
pub struct ScriptedDialogs {
    /// Whether the dialogs can be shown at all.
    pub system: SystemDialogs,
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
    /// Every question asked, in order; shared like `export_asked`.
    pub asked: Arc<Mutex<Vec<FileRequest>>>,
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
    fn ask(&mut self, request: &FileRequest, _ctx: &egui::Context) -> Asked {
        if let Ok(mut asked) = self.asked.lock() {
            asked.push(request.clone());
        }
        if self.system == SystemDialogs::Unavailable {
            return Asked::answered(FileAnswer::Unavailable);
        }
        let answers = match request.question {
            FileQuestion::OpenProject => &mut self.open,
            FileQuestion::SaveProject => &mut self.save,
            FileQuestion::ImportSurvey => &mut self.import,
            FileQuestion::Export => {
                if let Ok(mut asked) = self.export_asked.lock() {
                    asked.push(ExportAsked {
                        name: request.suggested_name.clone().unwrap_or_default(),
                        extensions: request.extensions.clone(),
                    });
                }
                &mut self.export
            }
        };
        Asked::answered(match answers.pop_front().flatten() {
            Some(path) => FileAnswer::Chosen(path),
            None => FileAnswer::Cancelled,
        })
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

/// The folder a dialog starts in when the request names none: the home folder, else the
/// working folder.
pub fn home_folder() -> PathBuf {
    ["HOME", "USERPROFILE"]
        .iter()
        .filter_map(std::env::var_os)
        .map(PathBuf::from)
        .find(|p| p.is_dir())
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| Path::new(".").to_owned())
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

    #[test]
    fn a_request_accepts_its_extensions_in_any_case() {
        let request = FileRequest {
            question: FileQuestion::OpenProject,
            title: String::new(),
            filter_name: String::new(),
            extensions: vec!["kano.json".to_owned(), "json".to_owned()],
            suggested_name: None,
            start_dir: None,
        };
        for (name, expected) in [
            ("metro.kano.json", true),
            ("METRO.JSON", true),
            ("metro.csv", false),
            ("json", false),
        ] {
            assert_eq!(request.accepts(name), expected, "{name}");
        }
    }

    #[test]
    fn a_dialog_thread_that_died_counts_as_unavailable() {
        let (sender, asked) = Asked::channel();
        assert_eq!(asked.poll(), None);
        drop(sender);
        assert_eq!(asked.poll(), Some(FileAnswer::Unavailable));
    }
}
