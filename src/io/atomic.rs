//! Atomic file replacement: write a temporary file in the same folder, flush it to disk, check
//! it, then rename it over the target. A crash or a failed write never leaves half a file behind,
//! and the old file stays as it was until the rename succeeds.
//!
//! Every step that touches the disk goes through [`SaveSteps`], so tests can make any one of them
//! fail (a full disk half-way through the write, a short write the disk does not report, a rename
//! refused, a temporary file removed by another program) without any test-only code here. The
//! steps used in production are [`RealDisk`]'s, which are the trait's defaults.
//!
//! A save killed half-way (power cut, `kill -9`) cannot clean up after itself: its temporary
//! file, `.NAME.<pid>.<k>.tmp`, is named after the target and the process that wrote it, and is
//! removed by [`remove_stale_temps`] at the next open or save of that file once that process is
//! gone.
//!
//! Must never: write into the target file in place, leave a temporary file behind after an
//! error (or a panic in a step), report success before the data has been flushed to disk, or
//! remove a temporary file of a save that may still be running.

use super::system::FileTrouble;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The disk operations a save is made of. Every method has the real implementation as its
/// default; a test overrides one to inject a failure.
pub trait SaveSteps {
    /// Creates a new file at `path`; fails if anything already has that name.
    fn create_new(&mut self, path: &Path) -> std::io::Result<File> {
        open_new(path)
    }

    /// Writes all of `bytes` to the new file.
    fn write(&mut self, file: &mut File, bytes: &[u8]) -> std::io::Result<()> {
        file.write_all(bytes)?;
        file.flush()
    }

    /// Flushes the file's data to the disk itself (fsync).
    fn sync(&mut self, file: &File) -> std::io::Result<()> {
        file.sync_all()
    }

    /// Gives the contents of `from` a second, new name `to` without copying (a hard link).
    fn hard_link(&mut self, from: &Path, to: &Path) -> std::io::Result<()> {
        std::fs::hard_link(from, to)
    }

    /// Copies `from` to the new file `to`, with its permissions, flushed to disk; used where the
    /// file system has no hard links. Leaves nothing at `to` on error.
    fn copy(&mut self, from: &Path, to: &Path) -> std::io::Result<()> {
        let copied = (|| {
            let mut source = File::open(from)?;
            let mut target = open_new(to)?;
            std::io::copy(&mut source, &mut target)?;
            if let Ok(meta) = source.metadata() {
                target.set_permissions(meta.permissions())?;
            }
            target.sync_all()
        })();
        if copied.is_err() {
            let _ = std::fs::remove_file(to);
        }
        copied
    }

    /// Renames `from` to `to`, replacing `to` atomically if it exists.
    fn rename(&mut self, from: &Path, to: &Path) -> std::io::Result<()> {
        std::fs::rename(from, to)
    }
}

/// The real disk: every step as the operating system does it.
#[derive(Clone, Copy, Debug, Default)]
pub struct RealDisk;

impl SaveSteps for RealDisk {}

/// The step of a save that failed, for messages ("the disk is full while writing").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStep {
    /// Looking at what is at the target's name before writing anything.
    Check,
    /// Creating the temporary file beside the target.
    CreateTemp,
    /// Writing the new contents.
    Write,
    /// Flushing them to the disk.
    Sync,
    /// Checking that the disk holds all of them.
    Verify,
    /// Keeping the previous version under a second name.
    Backup,
    /// Renaming the new file over the old one.
    Replace,
}

/// A step of a save that failed, and why.
#[derive(Debug)]
pub struct StepError {
    /// Which step.
    pub step: SaveStep,
    /// What the system said.
    pub source: std::io::Error,
}

impl StepError {
    pub(crate) fn at(step: SaveStep) -> impl FnOnce(std::io::Error) -> Self {
        move |source| Self { step, source }
    }
}

/// Replaces the file at `path` with `bytes`, atomically. On error the old file is untouched and
/// no temporary file is left behind. A new file gets the permissions the user's umask allows;
/// a replaced file keeps its own.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomically_with(path, bytes, &mut RealDisk).map_err(|e| e.source)
}

/// [`write_atomically`] with the disk operations of `steps`.
pub fn write_atomically_with(
    path: &Path,
    bytes: &[u8],
    steps: &mut dyn SaveSteps,
) -> Result<(), StepError> {
    refuse_folder(path)?;
    let temp = write_temp_beside(path, bytes, steps)?;
    steps
        .rename(temp.path(), path)
        .map_err(StepError::at(SaveStep::Replace))?;
    temp.keep();
    sync_folder(path);
    Ok(())
}

/// Writes several files as one: all of them, or none. Every file is first written to a
/// temporary file beside it (nothing is changed if any of those fails); then each is renamed into
/// place, and should a rename fail, the files already put in place are undone (a file that was
/// there before gets its previous contents back, a new one is removed). On error, says which file
/// (its index in `files`) failed and why.
pub fn write_all_atomically(files: &[(&Path, &[u8])]) -> Result<(), (usize, std::io::Error)> {
    write_all_atomically_with(files, &mut RealDisk).map_err(|(k, e)| (k, e.source))
}

/// [`write_all_atomically`] with the disk operations of `steps`.
pub fn write_all_atomically_with(
    files: &[(&Path, &[u8])],
    steps: &mut dyn SaveSteps,
) -> Result<(), (usize, StepError)> {
    for (k, (path, _)) in files.iter().enumerate() {
        refuse_folder(path).map_err(|e| (k, e))?;
    }
    let mut temps = Vec::with_capacity(files.len());
    for (k, (path, bytes)) in files.iter().enumerate() {
        temps.push(write_temp_beside(path, bytes, steps).map_err(|e| (k, e))?);
    }
    // The previous contents of each file that is there, under a second name, to undo with.
    let mut previous: Vec<Option<Leftover>> = Vec::with_capacity(files.len());
    for (k, (path, _)) in files.iter().enumerate() {
        previous.push(
            if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file()) {
                let second = hidden_name_beside(path, "tmp", next_unique());
                steps
                    .hard_link(path, &second)
                    .or_else(|_| steps.copy(path, &second))
                    .map_err(|e| (k, StepError::at(SaveStep::Backup)(e)))?;
                Some(Leftover::new(second))
            } else {
                None
            },
        );
    }
    for (k, ((path, _), temp)) in files.iter().zip(&temps).enumerate() {
        if let Err(error) = steps.rename(temp.path(), path) {
            for ((done, _), before) in files[..k].iter().zip(&previous) {
                let _ = match before {
                    Some(before) => steps.rename(before.path(), done),
                    None => std::fs::remove_file(done),
                };
            }
            return Err((k, StepError::at(SaveStep::Replace)(error)));
        }
    }
    for temp in temps {
        temp.keep();
    }
    for (path, _) in files {
        sync_folder(path);
    }
    Ok(())
}

/// Fails with "is a directory" when a folder stands at `path`: renaming a file over a folder
/// fails late and differently on each system, so say it before writing anything.
pub(crate) fn refuse_folder(path: &Path) -> Result<(), StepError> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Err(StepError {
            step: SaveStep::Check,
            source: FileTrouble::FolderInTheWay(path.to_owned())
                .into_io(std::io::ErrorKind::IsADirectory),
        }),
        _ => Ok(()),
    }
}

/// A file that is removed when this guard is dropped, unless [`Leftover::keep`] is called: the
/// temporary file of a save that failed (or whose step panicked) never outlives the save.
#[derive(Debug)]
pub(crate) struct Leftover {
    path: PathBuf,
    armed: bool,
}

impl Leftover {
    pub(crate) fn new(path: PathBuf) -> Self {
        Self { path, armed: true }
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// The file now lives under another name (it was renamed): nothing to clean up.
    pub(crate) fn keep(mut self) {
        self.armed = false;
    }
}

impl Drop for Leftover {
    fn drop(&mut self) {
        if self.armed {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Steps 1-3 of a save: a new temporary file beside `path` holding `bytes` (with the
/// permissions of the file at `path`, if any), flushed to disk and checked for length.
pub(crate) fn write_temp_beside(
    path: &Path,
    bytes: &[u8],
    steps: &mut dyn SaveSteps,
) -> Result<Leftover, StepError> {
    remove_stale_temps(path);
    let (temp_path, mut file) =
        create_beside(path, "tmp", steps).map_err(StepError::at(SaveStep::CreateTemp))?;
    let temp = Leftover::new(temp_path);
    steps
        .write(&mut file, bytes)
        .map_err(StepError::at(SaveStep::Write))?;
    if let Ok(meta) = std::fs::metadata(path) {
        file.set_permissions(meta.permissions())
            .map_err(StepError::at(SaveStep::Write))?;
    }
    steps.sync(&file).map_err(StepError::at(SaveStep::Sync))?;
    // A disk or network share may drop the end of a write without an error; never put a file
    // that is shorter than what was written in place of a good one.
    let on_disk = std::fs::metadata(temp.path())
        .map_err(StepError::at(SaveStep::Verify))?
        .len();
    if on_disk != bytes.len() as u64 {
        return Err(StepError {
            step: SaveStep::Verify,
            source: FileTrouble::ShortWrite {
                on_disk,
                written: bytes.len() as u64,
            }
            .into_io(std::io::ErrorKind::Other),
        });
    }
    drop(file);
    Ok(temp)
}

/// A unique, hidden name beside `path`: `.NAME.<pid>.<k>.<suffix>`.
pub(crate) fn hidden_name_beside(path: &Path, suffix: &str, k: u64) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    folder_of(path).join(format!(".{name}.{}.{k}.{suffix}", std::process::id()))
}

/// Removes the temporary files that killed saves of `path` (or of its backup) left beside it:
/// `.NAME.<pid>.<k>.tmp` and `.NAME.bak.<pid>.<k>.tmp` whose process is no longer running.
/// Best effort and quiet: a file that cannot be removed is left for next time.
pub(crate) fn remove_stale_temps(path: &Path) {
    let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(folder_of(path)) else {
        return;
    };
    let prefix = format!(".{name}.");
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = file_name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .map(|middle| middle.strip_prefix("bak.").unwrap_or(middle))
            .and_then(temp_writer)
        else {
            continue;
        };
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if is_file && is_stale(pid, &entry) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The process id in `<pid>.<k>`, if that is what `middle` is.
fn temp_writer(middle: &str) -> Option<u32> {
    let (pid, k) = middle.split_once('.')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(pid) && digits(k))
        .then(|| pid.parse().ok())
        .flatten()
}

/// Whether the save that wrote a temporary file is over: its process is gone (where the system
/// says which processes run), else the file was last written over an hour ago. This process's
/// own temporary files belong to saves that may be under way.
fn is_stale(pid: u32, entry: &std::fs::DirEntry) -> bool {
    if pid == std::process::id() {
        return false;
    }
    let processes = Path::new("/proc/self");
    if processes.exists() {
        return !Path::new("/proc").join(pid.to_string()).exists();
    }
    entry
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age > std::time::Duration::from_secs(3600))
}

/// A new counter value for [`hidden_name_beside`], unique within this process.
pub(crate) fn next_unique() -> u64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    COUNTER.fetch_add(1, Ordering::Relaxed)
}

/// Creates a new, uniquely named hidden file in the folder of `path`.
fn create_beside(
    path: &Path,
    suffix: &str,
    steps: &mut dyn SaveSteps,
) -> std::io::Result<(PathBuf, File)> {
    loop {
        let temp = hidden_name_beside(path, suffix, next_unique());
        match steps.create_new(&temp) {
            Ok(file) => return Ok((temp, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

/// The folder a file lives in ("." for a bare file name).
pub(crate) fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Flushes the folder entry of `path` so that a rename survives a power cut. Best effort: some
/// systems cannot open a folder for this, and the data itself is already on disk.
pub(crate) fn sync_folder(path: &Path) {
    #[cfg(unix)]
    if let Ok(folder) = File::open(folder_of(path)) {
        let _ = folder.sync_all();
    }
    #[cfg(not(unix))]
    let _ = path;
}

#[cfg(unix)]
fn open_new(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // 0o666 before the umask, as any program creating a document would.
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o666)
        .open(path)
}

#[cfg(not(unix))]
fn open_new(path: &Path) -> std::io::Result<File> {
    OpenOptions::new().write(true).create_new(true).open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A process id no system gives out (Linux's largest is 4,194,304).
    const GONE: u32 = 999_999_999;

    #[test]
    fn temp_names_tell_their_writer() {
        assert_eq!(temp_writer("123.4"), Some(123));
        assert_eq!(temp_writer("123"), None);
        assert_eq!(temp_writer("a.4"), None);
        assert_eq!(temp_writer("1.2.3"), None);
        let name = hidden_name_beside(Path::new("/d/x.kano.json"), "tmp", 7);
        let file = name.file_name().unwrap().to_string_lossy().into_owned();
        let middle = file
            .strip_prefix(".x.kano.json.")
            .and_then(|m| m.strip_suffix(".tmp"))
            .unwrap();
        assert_eq!(temp_writer(middle), Some(std::process::id()));
    }

    // Which processes run is read from /proc; elsewhere a temp must be an hour old.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_save_removes_what_a_killed_save_left_and_nothing_else() {
        let dir = tempfile::TempDir::new().unwrap();
        let target = dir.path().join("x.kano.json");
        let stale = dir.path().join(format!(".x.kano.json.{GONE}.0.tmp"));
        let stale_backup = dir.path().join(format!(".x.kano.json.bak.{GONE}.3.tmp"));
        let running = dir
            .path()
            .join(format!(".x.kano.json.{}.9.tmp", std::process::id()));
        let other_file = dir.path().join(format!(".y.kano.json.{GONE}.0.tmp"));
        let not_a_temp = dir.path().join(format!(".x.kano.json.{GONE}.tmp"));
        for path in [&stale, &stale_backup, &running, &other_file, &not_a_temp] {
            std::fs::write(path, b"half a save").unwrap();
        }
        write_atomically(&target, b"{}").unwrap();
        assert!(!stale.exists() && !stale_backup.exists());
        assert!(running.exists() && other_file.exists() && not_a_temp.exists());
        assert_eq!(std::fs::read(&target).unwrap(), b"{}");
    }

    /// Disk steps whose `n`-th rename fails.
    struct RenameFails {
        n: usize,
        seen: usize,
    }

    impl SaveSteps for RenameFails {
        fn rename(&mut self, from: &Path, to: &Path) -> std::io::Result<()> {
            self.seen += 1;
            if self.seen == self.n {
                return Err(std::io::Error::other("refused"));
            }
            std::fs::rename(from, to)
        }
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn several_files_are_written_all_or_none() {
        let dir = tempfile::TempDir::new().unwrap();
        let (old, new, third) = (
            dir.path().join("old.svg"),
            dir.path().join("new.svg"),
            dir.path().join("r.md"),
        );
        std::fs::write(&old, b"before").unwrap();
        let files: [(&Path, &[u8]); 3] = [(&old, b"1"), (&new, b"2"), (&third, b"3")];
        // The third file's rename fails: the first two are undone.
        let failed = write_all_atomically_with(&files, &mut RenameFails { n: 3, seen: 0 });
        assert_eq!(
            failed.map_err(|(k, e)| (k, e.step)),
            Err((2, SaveStep::Replace))
        );
        assert_eq!(std::fs::read(&old).unwrap(), b"before");
        assert_eq!(names(dir.path()), ["old.svg"]);
        // A folder in the way of the last file: nothing is written at all.
        std::fs::create_dir(&third).unwrap();
        assert_eq!(write_all_atomically(&files).map_err(|(k, _)| k), Err(2));
        assert_eq!(names(dir.path()), ["old.svg", "r.md"]);
        std::fs::remove_dir(&third).unwrap();
        write_all_atomically(&files).unwrap();
        assert_eq!(names(dir.path()), ["new.svg", "old.svg", "r.md"]);
        assert_eq!(std::fs::read(&old).unwrap(), b"1");
    }
}
