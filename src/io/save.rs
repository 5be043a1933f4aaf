//! Saving a project: its text is written by [`super::project_to_json`] and put in place by
//! [`super::backup::replace_keeping_backup`], which keeps the previous version as
//! `NAME.kano.json.bak`. A failed save says which step failed and why in a person's words
//! ("the disk is full"), and guarantees the previous file and its backup are unchanged.
//!
//! Must never: report a save that did not complete as done, or blame the wrong cause.

use super::atomic::{RealDisk, SaveStep, SaveSteps, StepError};
use super::backup::{Backup, replace_keeping_backup};
use super::load::Limits;
use super::project_writer::project_to_json;
use super::stamp::FileStamp;
use super::system::FileTrouble;
use crate::project::Project;
use std::fmt;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// What a successful save did.
#[derive(Debug)]
pub struct Saved {
    /// The file as written, to tell later whether someone else changed it.
    pub stamp: FileStamp,
    /// What became of the previous version.
    pub backup: Backup,
}

/// A project that could not be saved. The previous file and its backup, if any, are unchanged.
#[derive(Debug)]
pub struct SaveError {
    /// The file.
    pub path: PathBuf,
    /// The step that failed.
    pub step: SaveStep,
    /// What the system said.
    pub source: std::io::Error,
}

/// Why a save failed, in terms a person can act on (the app words it in their language).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// No space left on the disk (or over quota).
    DiskFull,
    /// The disk or share is read-only.
    ReadOnly,
    /// No permission to write in that folder or over that file.
    NoPermission,
    /// There is a folder where the file (or its backup) should go.
    FolderInTheWay,
    /// The folder to save in does not exist (removed, renamed, drive disconnected).
    FolderMissing,
    /// A file disappeared during the save (removed by another program).
    Vanished,
    /// The disk did not keep everything that was written.
    Incomplete,
    /// Anything else; the system's message says what.
    Other,
}

impl SaveError {
    /// The folder the file was to be saved in ("." for a bare file name), as messages name it.
    pub fn folder(&self) -> &Path {
        super::atomic::folder_of(&self.path)
    }

    /// The kind of problem, for the app's message.
    pub fn problem(&self) -> SaveProblem {
        match (self.step, self.source.kind()) {
            (_, ErrorKind::StorageFull | ErrorKind::QuotaExceeded | ErrorKind::FileTooLarge) => {
                SaveProblem::DiskFull
            }
            (_, ErrorKind::ReadOnlyFilesystem) => SaveProblem::ReadOnly,
            (_, ErrorKind::PermissionDenied) => SaveProblem::NoPermission,
            (_, ErrorKind::IsADirectory | ErrorKind::DirectoryNotEmpty) => {
                SaveProblem::FolderInTheWay
            }
            (SaveStep::CreateTemp, ErrorKind::NotFound | ErrorKind::NotADirectory) => {
                SaveProblem::FolderMissing
            }
            (_, ErrorKind::NotFound) => SaveProblem::Vanished,
            (SaveStep::Verify, _) => SaveProblem::Incomplete,
            _ => SaveProblem::Other,
        }
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let folder = self.folder().display();
        write!(f, "{}: could not save: ", self.path.display())?;
        match self.problem() {
            SaveProblem::DiskFull => f.write_str("the disk is full")?,
            SaveProblem::ReadOnly => f.write_str("the disk is read-only")?,
            SaveProblem::NoPermission => write!(
                f,
                "no permission to write in the folder {folder} (it may be read-only or belong to someone else)"
            )?,
            SaveProblem::FolderInTheWay => {
                f.write_str("there is a folder with that name (or with the backup's name)")?
            }
            SaveProblem::FolderMissing => write!(
                f,
                "the folder {folder} does not exist (was it removed or renamed, or the drive disconnected?)"
            )?,
            SaveProblem::Vanished => {
                f.write_str("a file disappeared during the save (removed by another program?)")?
            }
            SaveProblem::Incomplete => f.write_str("the disk did not keep everything written")?,
            SaveProblem::Other => {}
        }
        if self.problem() != SaveProblem::Other {
            f.write_str(" (")?;
        }
        write!(f, "{}", self.source)?;
        if self.problem() != SaveProblem::Other {
            f.write_str(")")?;
        }
        f.write_str("; the previous file is unchanged")
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// Saves a project, keeping the previous version as `NAME.kano.json.bak` (see
/// [`super::backup`] for the order of the steps). On error the previous file is unchanged.
pub fn save_project(path: &Path, project: &Project) -> Result<(), SaveError> {
    save_project_with(path, project, &mut RealDisk).map(|_| ())
}

/// [`save_project`] with the disk operations of `steps`, telling what it did: the stamp of the
/// new file and what became of the previous version.
pub fn save_project_with(
    path: &Path,
    project: &Project,
    steps: &mut dyn SaveSteps,
) -> Result<Saved, SaveError> {
    let text = project_to_json(project);
    refuse_what_cannot_be_opened(path, text.len(), Limits::DEFAULT_MAX_BYTES)?;
    let backup = replace_keeping_backup(path, text.as_bytes(), steps).map_err(
        |StepError { step, source }| SaveError {
            path: path.to_owned(),
            step,
            source,
        },
    )?;
    Ok(Saved {
        stamp: FileStamp::of_bytes(path, text.as_bytes()),
        backup,
    })
}

/// One size limit for writing and opening: a project larger than Kanoscope opens is not written
/// (an import or a save would otherwise leave a file that cannot be opened again).
fn refuse_what_cannot_be_opened(path: &Path, size: usize, limit: u64) -> Result<(), SaveError> {
    let size = size as u64;
    if size <= limit {
        return Ok(());
    }
    Err(SaveError {
        path: path.to_owned(),
        step: SaveStep::Check,
        source: FileTrouble::ProjectTooLarge { size, limit }.into_io(ErrorKind::InvalidInput),
    })
}

#[cfg(test)]
mod size_tests {
    use super::*;

    #[test]
    fn a_project_larger_than_the_open_limit_is_not_written() {
        let error = refuse_what_cannot_be_opened(Path::new("big.kano.json"), 600 << 20, 512 << 20)
            .unwrap_err();
        assert_eq!(error.problem(), SaveProblem::Other);
        let text = error.to_string();
        assert!(
            text.contains("would be 600 MB") && text.contains("up to 512 MB"),
            "{text}"
        );
        assert!(refuse_what_cannot_be_opened(Path::new("x"), 512 << 20, 512 << 20).is_ok());
    }
}
