//! What went wrong at the level of the operating system, kept as data so that the app can say it
//! in the person's language: [`FileTrouble`], the reasons Kanoscope itself puts inside an
//! `std::io::Error`, and [`SystemError`], a copy of an `std::io::Error` that can be cloned and
//! compared (for error types that must be both).
//!
//! The `Display` of each is the English the command line has always printed, unchanged.
//!
//! Must never: lose the system's own message or error code (whoever searches for them needs
//! them), or change the English words of an error.

use std::fmt;
use std::io::ErrorKind;
use std::path::PathBuf;

/// A reason Kanoscope gives for a file operation it refuses or finds broken, carried inside an
/// `std::io::Error` (see [`FileTrouble::into_io`] and [`FileTrouble::of`]).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FileTrouble {
    /// A folder stands where a file was asked for.
    #[error("it is a folder, not a file")]
    Folder,
    /// A device, a pipe or a socket stands where a file was asked for.
    #[error("it is not a regular file (a device, a pipe or a socket)")]
    NotRegular,
    /// A folder stands where a file is to be written.
    #[error("{} is a folder", .0.display())]
    FolderInTheWay(PathBuf),
    /// The disk holds less than was written, without having said so.
    #[error("the new file holds {on_disk} bytes instead of {written}")]
    ShortWrite {
        /// What the disk holds.
        on_disk: u64,
        /// What was written.
        written: u64,
    },
    /// A file that is not named like a recovery copy was to be removed as one.
    #[error("{} is not a recovery copy", .0.display())]
    NotARecoveryCopy(PathBuf),
    /// A project too large to open again was not written.
    #[error(
        "the project would be {} but Kanoscope opens project files of up to {}",
        super::megabytes(*size), super::megabytes(*limit)
    )]
    ProjectTooLarge {
        /// The size it would have, in bytes.
        size: u64,
        /// The limit in bytes ([`super::Limits::DEFAULT_MAX_BYTES`]).
        limit: u64,
    },
    /// A file too large to read was not read.
    #[error(
        "the file is {} but Kanoscope reads files of up to {}",
        super::megabytes(*size), super::megabytes(*limit)
    )]
    TooLargeToRead {
        /// Its size in bytes (at least).
        size: u64,
        /// The limit in bytes ([`super::Limits::DEFAULT_MAX_BYTES`]).
        limit: u64,
    },
    /// The worker reading a file stopped without an answer.
    #[error("the reading stopped unexpectedly")]
    ReadingStopped,
}

impl FileTrouble {
    /// This reason as an `std::io::Error` of `kind`; its `Display` is the reason's.
    pub fn into_io(self, kind: ErrorKind) -> std::io::Error {
        std::io::Error::new(kind, self)
    }

    /// The reason inside `error`, if Kanoscope put one there.
    pub fn of(error: &std::io::Error) -> Option<&Self> {
        error.get_ref()?.downcast_ref()
    }
}

/// An `std::io::Error` as data: its kind, the system's error code, Kanoscope's own reason if it
/// gave one, and the message exactly as the error displays it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SystemError {
    /// The kind of failure.
    pub kind: ErrorKind,
    /// The operating system's error number (`errno`, or the Windows error code), if any.
    pub code: Option<i32>,
    /// Kanoscope's own reason, if the error carried one.
    pub trouble: Option<FileTrouble>,
    /// The error's own words (the system's message, in the system's language).
    pub message: String,
}

impl From<&std::io::Error> for SystemError {
    fn from(error: &std::io::Error) -> Self {
        Self {
            kind: error.kind(),
            code: error.raw_os_error(),
            trouble: FileTrouble::of(error).cloned(),
            message: error.to_string(),
        }
    }
}

impl From<std::io::Error> for SystemError {
    fn from(error: std::io::Error) -> Self {
        Self::from(&error)
    }
}

impl fmt::Display for SystemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SystemError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_survives_the_trip_through_an_io_error_with_its_words() {
        let error = FileTrouble::ShortWrite {
            on_disk: 3,
            written: 7,
        }
        .into_io(ErrorKind::Other);
        assert_eq!(error.to_string(), "the new file holds 3 bytes instead of 7");
        assert_eq!(
            FileTrouble::of(&error),
            Some(&FileTrouble::ShortWrite {
                on_disk: 3,
                written: 7
            })
        );
        let copy = SystemError::from(&error);
        assert_eq!(copy.to_string(), error.to_string());
        assert_eq!(copy.trouble, FileTrouble::of(&error).cloned());
    }

    #[test]
    fn a_system_error_keeps_its_kind_code_and_message() {
        let error = std::io::Error::from_raw_os_error(2);
        let copy = SystemError::from(&error);
        assert_eq!(copy.kind, error.kind());
        assert_eq!(copy.code, Some(2));
        assert_eq!(copy.trouble, None);
        assert_eq!(copy.to_string(), error.to_string());
        assert_eq!(FileTrouble::of(&std::io::Error::other("plain")), None);
    }
}
