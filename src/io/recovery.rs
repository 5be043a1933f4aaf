//! Recovery copies: the app writes the open project to a recovery folder every so often and after
//! each survey respondent, removes the copy once the work is saved or knowingly discarded, and on
//! start offers to restore whatever copies a crash left behind.
//!
//! A recovery copy is an ordinary project file (`kanoscope-recovery-<document>.kano.json`) whose
//! first line carries one extra field, ignored by the project loader:
//!
//! ```text
//! {"kanoscope-recovery": {"version": 1, "document": "…", "original": "…", "saved_at_ms": …, "title": "…", "features": 20, "respondents": 120, "body_bytes": …},
//!   "format": "kanoscope-project",
//!   … the rest of the project, exactly as a save writes it …
//! }
//! ```
//!
//! so [`find`] reads only that first line of each copy (cheap even for huge projects), and a copy
//! can also be opened by hand like any project. Copies are written atomically: a crash while
//! writing leaves the previous copy whole.
//!
//! Must never: take a copy's time from the clock (it is passed in, so tests are exact), fail on a damaged copy
//! (it is listed with its problem), or remove anything but recovery copies.

use super::atomic::write_atomically;
use super::load::{LoadError, read_project};
use super::project_writer::project_to_json;
use super::system::{FileTrouble, SystemError};
use crate::project::Project;
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

const PREFIX: &str = "kanoscope-recovery-";
const SUFFIX: &str = ".kano.json";
const FIELD: &str = "kanoscope-recovery";
/// The header line is short; more than this is not a recovery header.
const MAX_HEADER: u64 = 64 * 1024;
/// Titles are cut to this many characters in the header (the project keeps the whole title).
const MAX_TITLE: usize = 200;

/// Which open document a copy belongs to: each window's document gets one, so its copies
/// replace each other rather than pile up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DocumentId(pub u64);

impl DocumentId {
    /// A new id, different from every other this process makes and, in practice, from those of
    /// other runs (it mixes the process id with std's randomly keyed hasher).
    pub fn new() -> Self {
        use std::hash::{BuildHasher, Hasher};
        static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u32(std::process::id());
        hasher.write_u64(COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
        Self(hasher.finish())
    }
}

impl Default for DocumentId {
    fn default() -> Self {
        Self::new()
    }
}

/// What to record with a copy.
#[derive(Clone, Copy, Debug)]
pub struct RecoveryMeta<'a> {
    /// The document the copy is of.
    pub document: DocumentId,
    /// The file the project was opened from or last saved to; `None` for a new project.
    pub original: Option<&'a Path>,
    /// When the copy is made.
    pub saved_at: SystemTime,
}

/// A recovery copy found in the folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoveryInfo {
    /// The copy itself (pass it to [`restore`] or [`remove`]).
    pub file: PathBuf,
    /// The document it is of, if the header could be read.
    pub document: Option<DocumentId>,
    /// The project's own file, if it had one.
    pub original: Option<PathBuf>,
    /// When the copy was made.
    pub saved_at: Option<SystemTime>,
    /// The project's title (cut to 200 characters).
    pub title: String,
    /// How many features it has.
    pub features: usize,
    /// How many respondents it has.
    pub respondents: usize,
    /// The process that wrote it, if recorded.
    pub process: Option<u32>,
    /// Why the copy cannot be used, if it is damaged; then the fields above are empty.
    pub problem: Option<RecoveryProblem>,
}

/// Why a recovery copy cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RecoveryProblem {
    /// The file could not be read.
    #[error("cannot read it: {0}")]
    Unreadable(SystemError),
    /// Its first line is not a recovery header.
    #[error("it does not start with a \"{}\" header line", FIELD)]
    NoHeader,
    /// The header line is there but is not valid.
    #[error("its header cannot be read: {0}")]
    BadHeader(String),
    /// A newer Kanoscope wrote it, in a recovery format this one does not know.
    #[error("it was written by a newer Kanoscope (recovery format {0})")]
    NewerFormat(u64),
    /// It is longer or shorter than it was written.
    #[error(
        "it holds {on_disk} bytes, not the {written} it was written with; it was cut off or altered"
    )]
    CutOff {
        /// Its length now.
        on_disk: u64,
        /// Its length as written.
        written: u64,
    },
    /// Its header gives a length that cannot be.
    #[error("its header is altered (an impossible length)")]
    ImpossibleLength,
}

/// A recovery copy that could not be written: where, and what the system said.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}: {error}", copy.display())]
pub struct CopyFailure {
    /// The copy's path.
    pub copy: PathBuf,
    /// Why it could not be written.
    pub error: SystemError,
}

/// The field that starts a recovery copy's first line, as messages quote it.
pub const HEADER_FIELD: &str = FIELD;

#[derive(Serialize, Deserialize)]
struct Header {
    version: u64,
    document: String,
    #[serde(default)]
    original: Option<String>,
    saved_at_ms: u64,
    #[serde(default)]
    title: String,
    features: usize,
    respondents: usize,
    body_bytes: u64,
    /// The process that wrote the copy: a copy whose writer still runs is another window's
    /// live work, not a crash's leftover.
    #[serde(default)]
    process: Option<u32>,
}

#[derive(Serialize, Deserialize)]
struct HeaderLine {
    #[serde(rename = "kanoscope-recovery")]
    header: Header,
}

/// The path of the copy of `document` in `dir`.
pub fn copy_path(dir: &Path, document: DocumentId) -> PathBuf {
    dir.join(format!("{PREFIX}{:016x}{SUFFIX}", document.0))
}

/// Writes (or replaces) the recovery copy of `project` in `dir`, creating `dir` if needed.
/// Returns the copy's path.
pub fn write(dir: &Path, project: &Project, meta: &RecoveryMeta<'_>) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let text = project_to_json(project);
    // The project text is an object: keep everything after its opening brace.
    let body = text
        .strip_prefix("{\n")
        .or_else(|| text.strip_prefix('{'))
        .unwrap_or(&text);
    let millis = meta
        .saved_at
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
    let header = HeaderLine {
        header: Header {
            version: 1,
            document: format!("{:016x}", meta.document.0),
            original: meta.original.map(|p| p.to_string_lossy().into_owned()),
            saved_at_ms: millis,
            title: project.title().chars().take(MAX_TITLE).collect(),
            features: project.features().len(),
            respondents: project.respondents().len(),
            body_bytes: body.len() as u64,
            process: Some(std::process::id()),
        },
    };
    let line = serde_json::to_string(&header).map_err(std::io::Error::other)?;
    // `line` is `{"kanoscope-recovery":{…}}`: drop its closing brace and go on with the project.
    let mut out = String::with_capacity(line.len() + 2 + body.len());
    out.push_str(line.strip_suffix('}').unwrap_or(&line));
    out.push_str(",\n");
    let header_len = out.len() as u64;
    out.push_str(body);
    debug_assert_eq!(out.len() as u64, header_len + header.header.body_bytes);
    let path = copy_path(dir, meta.document);
    write_atomically(&path, out.as_bytes())?;
    Ok(path)
}

/// Lists the recovery copies in `dir`, newest first; damaged ones are listed with their problem
/// (last). A folder that does not exist holds none.
pub fn find(dir: &Path) -> std::io::Result<Vec<RecoveryInfo>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut found = Vec::new();
    // An entry that cannot be read (removed meanwhile, say) is skipped, not fatal.
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(PREFIX) && name.ends_with(SUFFIX) {
            found.push(inspect(&entry.path()));
        }
    }
    found.sort_by(|a, b| {
        (a.problem.is_some(), std::cmp::Reverse(a.saved_at), &a.file).cmp(&(
            b.problem.is_some(),
            std::cmp::Reverse(b.saved_at),
            &b.file,
        ))
    });
    Ok(found)
}

/// Reads the project back from a copy.
pub fn restore(file: &Path) -> Result<Project, LoadError> {
    read_project(file)
}

/// Removes a copy (once its work is saved, restored and saved, or knowingly discarded). A copy
/// that is already gone is fine. Refuses to remove anything not named like a recovery copy.
pub fn remove(file: &Path) -> std::io::Result<()> {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !(name.starts_with(PREFIX) && name.ends_with(SUFFIX)) {
        return Err(FileTrouble::NotARecoveryCopy(file.to_owned())
            .into_io(std::io::ErrorKind::InvalidInput));
    }
    match std::fs::remove_file(file) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Reads the header of one copy.
fn inspect(file: &Path) -> RecoveryInfo {
    let damaged = |problem: RecoveryProblem| RecoveryInfo {
        file: file.to_owned(),
        document: None,
        original: None,
        saved_at: None,
        title: String::new(),
        features: 0,
        respondents: 0,
        process: None,
        problem: Some(problem),
    };
    let (line, file_len) = match read_header_line(file) {
        Ok(found) => found,
        Err(e) => return damaged(RecoveryProblem::Unreadable(SystemError::from(e))),
    };
    let header = match parse_header(&line) {
        Ok(header) => header,
        Err(problem) => return damaged(problem),
    };
    // The header is data from disk: its numbers may be anything, so no plain arithmetic.
    let written = (line.len() as u64).checked_add(header.body_bytes);
    if written != Some(file_len) {
        return damaged(match written {
            Some(written) => RecoveryProblem::CutOff {
                on_disk: file_len,
                written,
            },
            None => RecoveryProblem::ImpossibleLength,
        });
    }
    RecoveryInfo {
        file: file.to_owned(),
        document: u64::from_str_radix(&header.document, 16)
            .ok()
            .map(DocumentId),
        original: header.original.map(PathBuf::from),
        saved_at: SystemTime::UNIX_EPOCH.checked_add(Duration::from_millis(header.saved_at_ms)),
        title: header.title,
        features: header.features,
        respondents: header.respondents,
        process: header.process,
        problem: None,
    }
}

/// The first line of the file (with its line break) and the file's length.
fn read_header_line(file: &Path) -> std::io::Result<(Vec<u8>, u64)> {
    let handle = std::fs::File::open(file)?;
    let file_len = handle.metadata()?.len();
    let mut line = Vec::new();
    std::io::BufReader::new(handle.take(MAX_HEADER)).read_until(b'\n', &mut line)?;
    Ok((line, file_len))
}

/// Parses a header line: `{"kanoscope-recovery": {…},` and a line break.
fn parse_header(line: &[u8]) -> Result<Header, RecoveryProblem> {
    let body = line
        .strip_suffix(b"\n")
        .and_then(|l| l.strip_suffix(b","))
        .ok_or(RecoveryProblem::NoHeader)?;
    let mut object = body.to_vec();
    object.push(b'}');
    let HeaderLine { header } =
        serde_json::from_slice(&object).map_err(|e| RecoveryProblem::BadHeader(e.to_string()))?;
    if header.version != 1 {
        return Err(RecoveryProblem::NewerFormat(header.version));
    }
    Ok(header)
}
