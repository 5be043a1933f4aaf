//! Saving over a file while keeping the version before it as `NAME.bak` (for a project,
//! `NAME.kano.json.bak`).
//!
//! The sequence, with NAME the file being saved and T, B hidden temporary names beside it:
//!
//! 0. Refuse at once, writing nothing, when NAME or NAME.bak is a folder.
//! 1. Create T (`.NAME.<pid>.<k>.tmp`), a new file that nothing else uses.
//! 2. Write the new contents to T, give it NAME's permissions, flush it to the disk (fsync).
//! 3. Check that T holds every byte written.
//! 4. If NAME exists, give its contents a second name B (`.NAME.bak.<pid>.<k>.tmp`): a hard link,
//!    or a copy flushed to disk where the file system has no links.
//! 5. Rename T over NAME: the single, atomic switch from the old version to the new one.
//! 6. Rename B over NAME.bak.
//! 7. Flush the folder, so that the renames survive a power cut.
//!
//! At every instant NAME is one complete version: the old one before step 5, the new one after.
//! The old version also lives in B from step 4 and in NAME.bak from step 6; until step 6 NAME.bak
//! still holds the version before that. A failure in steps 0-5 removes T and B and leaves NAME
//! and NAME.bak exactly as they were. Step 6 renames within the same folder onto a name checked
//! in step 0, so it practically cannot fail; if it does, the new file is saved, B is removed and
//! the result says the backup could not be kept. A crash or power cut at any point leaves at
//! most the hidden T and B behind (each a complete version once its step is done), never a
//! damaged NAME.
//!
//! Must never: touch NAME or NAME.bak before the new contents are complete on disk, or leave T or
//! B behind after a failure.

use super::atomic::{
    Leftover, SaveStep, SaveSteps, StepError, hidden_name_beside, next_unique, refuse_folder,
    sync_folder, write_temp_beside,
};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// What happened to the previous version of a file that was saved over.
#[derive(Debug)]
pub enum Backup {
    /// There was no previous file (a first save, or it had been removed).
    NoPreviousFile,
    /// The previous version is kept at this path.
    Kept(PathBuf),
    /// The new file is saved, but the previous version could not be kept as a backup.
    NotKept(std::io::Error),
}

/// The name of the backup of `path`: the same name with `.bak` added.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Replaces the file at `path` with `bytes` as described in the module documentation, keeping
/// the previous version at [`backup_path`]. A symbolic link is followed: the file it points to
/// is replaced and backed up beside it. On error nothing at `path` or its backup has changed.
pub fn replace_keeping_backup(
    path: &Path,
    bytes: &[u8],
    steps: &mut dyn SaveSteps,
) -> Result<Backup, StepError> {
    let real = real_file(path);
    let path = real.as_path();
    let bak = backup_path(path);
    refuse_folder(path)?;
    refuse_folder(&bak)?;
    let temp = write_temp_beside(path, bytes, steps)?;
    let previous = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_file() => Some(keep_second_name(path, &bak, steps)?),
        _ => None,
    };
    steps
        .rename(temp.path(), path)
        .map_err(StepError::at(SaveStep::Replace))?;
    temp.keep();
    let backup = match previous {
        None => Backup::NoPreviousFile,
        Some(second) => match steps.rename(second.path(), &bak) {
            Ok(()) => {
                second.keep();
                Backup::Kept(bak)
            }
            Err(error) => Backup::NotKept(error),
        },
    };
    sync_folder(path);
    Ok(backup)
}

/// The file a save should replace: for a symbolic link, the file it points to (saving through a
/// link updates the linked file, as editors do, instead of replacing the link by a copy).
fn real_file(path: &Path) -> PathBuf {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
        }
        _ => path.to_owned(),
    }
}

/// Step 4: a hidden second name for the current contents of `path`, removed if the save fails.
fn keep_second_name(
    path: &Path,
    bak: &Path,
    steps: &mut dyn SaveSteps,
) -> Result<Leftover, StepError> {
    loop {
        let second = hidden_name_beside(bak, "tmp", next_unique());
        let kept = match steps.hard_link(path, &second) {
            Err(e) if e.kind() != ErrorKind::AlreadyExists => steps.copy(path, &second),
            linked => linked,
        };
        match kept {
            Ok(()) => return Ok(Leftover::new(second)),
            Err(e) if e.kind() == ErrorKind::AlreadyExists => continue,
            Err(source) => {
                // The name is unique to this save, so whatever a failed step left there is ours.
                let _ = std::fs::remove_file(&second);
                return Err(StepError {
                    step: SaveStep::Backup,
                    source,
                });
            }
        }
    }
}
