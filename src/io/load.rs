//! Opening a project file defensively: its size is checked before a byte is read, it is read in
//! pieces with progress reported (so the app can run it on a worker thread behind a progress
//! bar), and then it is checked as a whole by [`super::parse_project`].
//!
//! Must never: read a file larger than the limit into memory, block on something that is not a
//! regular file (a pipe, a device), or panic on any input.

use super::project_file::{ParseError, parse_project};
use super::stamp::{ContentHash, FileStamp};
use super::system::FileTrouble;
use crate::project::Project;
use std::io::{ErrorKind, Read};
use std::path::{Path, PathBuf};

/// How much a load may take on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The largest file, in bytes, that is read at all.
    pub max_bytes: u64,
}

impl Limits {
    /// 512 MB: about 350,000 respondents answering 20 features, far beyond any real survey,
    /// and still well within the memory of an ordinary laptop.
    pub const DEFAULT_MAX_BYTES: u64 = 512 * MB;
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_bytes: Self::DEFAULT_MAX_BYTES,
        }
    }
}

const MB: u64 = 1024 * 1024;

/// How far a load has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// `done` of `total` bytes have been read.
    Reading {
        /// Bytes read so far.
        done: u64,
        /// The file's size.
        total: u64,
    },
    /// Everything is read; the contents are being checked and turned into a project.
    Checking,
}

impl Progress {
    /// The fraction done, 0.0 to 1.0, for a progress bar; `None` while checking (an indefinite
    /// phase: show a spinner).
    pub fn fraction(self) -> Option<f32> {
        match self {
            Self::Reading { done, total } if total > 0 => Some((done as f64 / total as f64) as f32),
            Self::Reading { .. } => Some(1.0),
            Self::Checking => None,
        }
    }
}

/// A project just read from a file, with the stamp of the bytes it came from (to tell later
/// whether the file changed on disk).
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The project.
    pub project: Project,
    /// The file as it was read.
    pub stamp: FileStamp,
}

/// A project file that could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The file could not be read at all.
    #[error("{}: cannot read the file: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file was read but is not a valid project.
    #[error("{}: {error}", path.display())]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What and where.
        error: ParseError,
    },
    /// The file is larger than the limit; none of it was read.
    #[error(
        "{}: the file is {} but Kanoscope opens project files of up to {}; it was not opened",
        path.display(), megabytes(*size), megabytes(*limit)
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size in bytes (at least this much, if it grew while being read).
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
}

/// "612.4 MB", "0.1 MB", "512 MB".
pub(crate) fn megabytes(bytes: u64) -> String {
    if bytes % MB == 0 {
        format!("{} MB", bytes / MB)
    } else {
        format!("{:.1} MB", bytes as f64 / MB as f64)
    }
}

/// Reads and checks a project file, with the default [`Limits`].
pub fn read_project(path: &Path) -> Result<Project, LoadError> {
    read_project_with_progress(path, &Limits::default(), &|_| {}).map(|loaded| loaded.project)
}

/// Reads and checks a project file within `limits`, calling `progress` as it goes: a few
/// hundred times at most (every MiB read), then once when checking starts. Everything involved
/// is `Send`, so this can run on a worker thread.
pub fn read_project_with_progress(
    path: &Path,
    limits: &Limits,
    progress: &dyn Fn(Progress),
) -> Result<Loaded, LoadError> {
    let io_error = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    // Look before opening: opening a pipe would block until something writes to it.
    let meta = std::fs::metadata(path).map_err(io_error)?;
    if meta.is_dir() {
        return Err(io_error(
            FileTrouble::Folder.into_io(ErrorKind::IsADirectory),
        ));
    }
    if !meta.is_file() {
        return Err(io_error(
            FileTrouble::NotRegular.into_io(ErrorKind::InvalidInput),
        ));
    }
    let too_large = |size| LoadError::TooLarge {
        path: path.to_owned(),
        size,
        limit: limits.max_bytes,
    };
    if meta.len() > limits.max_bytes {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(io_error)?;
    super::atomic::remove_stale_temps(path);
    let total = meta.len();
    let (bytes, hash) = read_within(file, total, limits.max_bytes, progress).map_err(io_error)?;
    // The file may have grown between the look and the read.
    if bytes.len() as u64 > limits.max_bytes {
        return Err(too_large(bytes.len() as u64));
    }
    progress(Progress::Checking);
    let project = parse_project(&bytes).map_err(|error| LoadError::Invalid {
        path: path.to_owned(),
        error,
    })?;
    // The time from before the read: if the file changed while it was read, the stamp then
    // looks changed and the contents decide.
    let modified = meta.modified().ok();
    Ok(Loaded {
        project,
        stamp: FileStamp {
            len: bytes.len() as u64,
            modified,
            hash,
        },
    })
}

/// Reads at most `max + 1` bytes of `file` in 1 MiB pieces, hashing them on the way.
fn read_within(
    file: std::fs::File,
    expected: u64,
    max: u64,
    progress: &dyn Fn(Progress),
) -> std::io::Result<(Vec<u8>, u64)> {
    const PIECE: usize = 1 << 20;
    let mut reader = file.take(max.saturating_add(1));
    let capacity = usize::try_from(expected.min(max)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    let mut hash = ContentHash::new();
    progress(Progress::Reading {
        done: 0,
        total: expected,
    });
    loop {
        let start = bytes.len();
        let n = (&mut reader).take(PIECE as u64).read_to_end(&mut bytes)?;
        if n == 0 {
            break;
        }
        hash.update(&bytes[start..]);
        progress(Progress::Reading {
            done: bytes.len() as u64,
            total: expected.max(bytes.len() as u64),
        });
    }
    Ok((bytes, hash.finish()))
}
