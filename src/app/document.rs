//! The open document: the project, its undo history, the file it belongs to, and whether it has
//! changes not yet saved. Every change goes through [`Document::apply`], [`Document::undo`] or
//! [`Document::redo`], so the live statistics and the unsaved marker can never be bypassed.

use crate::i18n::Texts;
use crate::io::FileStamp;
use crate::project::{Edit, EditError, History, MergeKey, Project};
use std::path::{Path, PathBuf};

/// Questions name a project by at most this many characters of its title.
pub const TITLE_IN_QUESTIONS: usize = 80;

/// One open project.
#[derive(Debug, Default)]
pub struct Document {
    project: Project,
    history: History,
    path: Option<PathBuf>,
    /// The history position when the project was last saved or opened.
    saved_position: u64,
    /// Counts every change (edits, undo, redo, typing merged into one step alike), so that
    /// autosave can tell whether its last copy is still current.
    revision: u64,
    /// The file as it was when opened or last saved, to notice another program changing it.
    stamp: Option<FileStamp>,
    /// A number no other document of this run has, so that results cached for one document are
    /// never taken for another's at the same revision.
    serial: u64,
}

/// The next document's serial number.
static NEXT_SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl Document {
    /// A document for a project that is as it was on disk (or, without a path, never saved).
    pub fn new(project: Project, path: Option<PathBuf>) -> Self {
        Self {
            project,
            history: History::default(),
            path,
            saved_position: 0,
            revision: 0,
            stamp: None,
            serial: NEXT_SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// A document for a project just read from `path`, as the stamp says the file was.
    pub fn opened(project: Project, path: PathBuf, stamp: FileStamp) -> Self {
        Self {
            stamp: Some(stamp),
            ..Self::new(project, Some(path))
        }
    }

    /// A document whose project is not in its file yet: an import (no file), or work restored
    /// from a recovery copy (saving goes to the file it was opened from, without the
    /// changed-on-disk question, as the copy is newer). Unsaved from the start.
    pub fn unsaved(project: Project, path: Option<PathBuf>) -> Self {
        Self {
            saved_position: u64::MAX,
            ..Self::new(project, path)
        }
    }

    /// The project.
    pub fn project(&self) -> &Project {
        &self.project
    }

    /// The file the project was opened from or last saved to.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// A name for the title bar: the file's name, or before the first save the project's
    /// title ("Untitled" only when it has none).
    pub fn display_name_in(&self, t: &Texts) -> String {
        self.path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(|| self.title_in(t), |n| n.to_string_lossy().into_owned())
    }

    /// The project's title for questions about it ("“Metro survey” has unsaved changes"),
    /// elided after [`TITLE_IN_QUESTIONS`] characters; "Untitled" only when it has none.
    pub fn title_in(&self, t: &Texts) -> String {
        let title = self.project.title().trim();
        if title.is_empty() {
            return t.app.untitled.to_owned();
        }
        let mut chars = title.chars();
        let shown: String = chars.by_ref().take(TITLE_IN_QUESTIONS).collect();
        if chars.next().is_some() {
            format!("{shown}…")
        } else {
            shown
        }
    }

    /// True when there are changes since the last save or open.
    pub fn is_dirty(&self) -> bool {
        self.history.position() != self.saved_position
    }

    /// Applies an edit and records it for undo.
    pub fn apply(
        &mut self,
        edit: Edit,
        label: impl Into<String>,
        merge: Option<MergeKey>,
    ) -> Result<(), EditError> {
        self.history.apply(&mut self.project, edit, label, merge)?;
        self.revision += 1;
        Ok(())
    }

    /// Ends a run of merged edits.
    pub fn seal(&mut self) {
        self.history.seal();
    }

    /// Undoes the last step; returns its label.
    pub fn undo(&mut self) -> Option<String> {
        let label = self.history.undo(&mut self.project)?;
        self.revision += 1;
        Some(label)
    }

    /// Redoes the last undone step; returns its label.
    pub fn redo(&mut self) -> Option<String> {
        let label = self.history.redo(&mut self.project)?;
        self.revision += 1;
        Some(label)
    }

    /// A number no other document opened in this run has.
    pub fn serial(&self) -> u64 {
        self.serial
    }

    /// A number that changes with every change to the project.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The file as it was when opened or last saved here; `None` when not known.
    pub fn stamp(&self) -> Option<&FileStamp> {
        self.stamp.as_ref()
    }

    /// The label of the step undo would undo.
    pub fn undo_label(&self) -> Option<&str> {
        self.history.undo_label()
    }

    /// The label of the step redo would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.history.redo_label()
    }

    /// Records that the project is now saved at `path`, as `stamp` says the file now is.
    pub fn mark_saved(&mut self, path: PathBuf, stamp: FileStamp) {
        self.stamp = Some(stamp);
        // Sealing makes the next keystroke a new step, so it is seen as an unsaved change.
        self.history.seal();
        self.saved_position = self.history.position();
        self.path = Some(path);
    }
}
