//! Autosave: while the open project has unsaved changes, the studio keeps a recovery copy of it
//! in the app's data folder (never over the person's own file), every 30 seconds and after each
//! survey respondent. A copy is removed once its work is saved, undone back to the saved state,
//! or knowingly discarded; one left behind by a crash is offered back on the next start.
//!
//! A copy of a large project (more than [`ON_THE_SPOT_PAIRS`] answer pairs) is written on a
//! worker thread from a snapshot of the project, so that a 100,000-respondent workshop does not
//! stall for the second its copy takes; small ones are written on the spot.
//!
//! Must never: write to the project's own file, remove a copy whose work exists nowhere else,
//! remove a copy while a worker may still write it, or offer another running window's live copy
//! as a crash's leftover.

use super::Document;
use crate::io::SystemError;
use crate::io::recovery::{self, CopyFailure, DocumentId, RecoveryInfo, RecoveryMeta};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};

/// Projects up to this many answer pairs (features × respondents) are copied on the spot: their
/// copy takes milliseconds. Larger ones are copied on a worker thread.
pub const ON_THE_SPOT_PAIRS: usize = 200_000;

/// How soon to look again at a copy being written on a worker.
const POLL_WORKER: Duration = Duration::from_millis(100);

/// How often a copy is written while there are unsaved changes.
pub const AUTOSAVE_INTERVAL: Duration = Duration::from_secs(30);

/// The recovery copy of the open document.
#[derive(Debug)]
pub struct Autosave {
    dir: PathBuf,
    interval: Duration,
    document: DocumentId,
    /// The document revision the copy on disk holds; `None` when there is no copy.
    written: Option<u64>,
    /// When the last copy was written (or autosave started), to space copies out.
    last_write: Instant,
    /// The last failure, so that a folder that stays unwritable is reported once, not every 30 s.
    failing: Option<CopyFailure>,
    /// Projects with more answer pairs than this are copied on a worker thread.
    on_the_spot_pairs: usize,
    /// A copy being written on a worker thread.
    in_flight: Option<InFlight>,
}

/// A copy being written on a worker thread: the revision it holds and how it went.
#[derive(Debug)]
struct InFlight {
    revision: u64,
    done: Receiver<std::io::Result<PathBuf>>,
    worker: JoinHandle<()>,
}

/// Where a copy is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Writer {
    /// Small projects on the spot, large ones on a worker thread.
    BySize,
    /// Always on a worker thread: the frame must not wait (the live room streams answers in).
    Worker,
}

/// What one look at the document did.
#[derive(Debug, PartialEq, Eq)]
pub enum Tick {
    /// Nothing to do yet; look again after this long (`None`: only when something changes).
    Wait(Option<Duration>),
    /// A copy was written.
    Wrote,
    /// The copy was removed: the document is saved (or back to its saved state).
    Removed,
    /// Writing the copy failed for the first time since the last success; say so.
    Failed(CopyFailure),
}

impl Autosave {
    /// Autosave into `dir`, writing at most every `interval`.
    pub fn new(dir: PathBuf, interval: Duration) -> Self {
        Self {
            dir,
            interval,
            document: DocumentId::new(),
            written: None,
            last_write: Instant::now(),
            failing: None,
            on_the_spot_pairs: ON_THE_SPOT_PAIRS,
            in_flight: None,
        }
    }

    /// Copies projects of more than `pairs` answer pairs on a worker thread (tests: 0).
    pub fn with_on_the_spot_pairs(mut self, pairs: usize) -> Self {
        self.on_the_spot_pairs = pairs;
        self
    }

    /// Whether a copy is being written on a worker thread.
    pub fn is_writing(&self) -> bool {
        self.in_flight.is_some()
    }

    /// The path of the open document's copy (it may not exist).
    pub fn copy_path(&self) -> PathBuf {
        recovery::copy_path(&self.dir, self.document)
    }

    /// Looks at the document: writes a copy if changes are waiting and the interval has passed,
    /// removes the copy once the document is clean.
    pub fn tick(&mut self, document: &Document, now: Instant) -> Tick {
        match self.collect() {
            Some(Tick::Wait(_)) => return Tick::Wait(Some(POLL_WORKER)),
            Some(done @ Tick::Failed(_)) => return done,
            Some(_) | None => {}
        }
        if !document.is_dirty() {
            return if self.written.is_some() && self.remove_copy().is_ok() {
                Tick::Removed
            } else {
                Tick::Wait(None)
            };
        }
        if self.written == Some(document.revision()) {
            return Tick::Wait(None);
        }
        let since = now.saturating_duration_since(self.last_write);
        if since < self.interval {
            return Tick::Wait(Some(self.interval - since));
        }
        self.write_now(document, now)
    }

    /// Writes the copy now if the document has changes it does not hold yet (a survey
    /// respondent just finished).
    pub fn write_if_changed(&mut self, document: &Document, now: Instant) -> Tick {
        // One copy at a time: the one in flight is waited for (it is about to finish anyway).
        if let Some(Tick::Failed(failure)) = self.finish_in_flight() {
            return Tick::Failed(failure);
        }
        if !document.is_dirty() || self.written == Some(document.revision()) {
            return Tick::Wait(None);
        }
        self.write_now(document, now)
    }

    /// Whether the copy on disk holds the document at `revision` or later.
    pub fn holds(&self, revision: u64) -> bool {
        self.written.is_some_and(|written| written >= revision)
    }

    /// Writes the copy if the document has changes it lacks, without waiting for a copy in
    /// flight (the live room: its phones are answered once [`Self::holds`] their revision).
    pub fn write_soon(&mut self, document: &Document, now: Instant) -> Tick {
        match self.collect() {
            Some(Tick::Wait(_)) => return Tick::Wait(Some(POLL_WORKER)),
            Some(done @ Tick::Failed(_)) => return done,
            Some(_) | None => {}
        }
        if self.written == Some(document.revision()) {
            return Tick::Wait(None);
        }
        self.write_now_on(document, now, Writer::Worker)
    }

    fn write_now(&mut self, document: &Document, now: Instant) -> Tick {
        self.write_now_on(document, now, Writer::BySize)
    }

    fn write_now_on(&mut self, document: &Document, now: Instant, writer: Writer) -> Tick {
        self.last_write = now;
        let project = document.project();
        let original = document.path().map(PathBuf::from);
        let meta = |original| RecoveryMeta {
            document: self.document,
            original,
            saved_at: SystemTime::now(),
        };
        let pairs = project.features().len() * project.respondents().len();
        if writer == Writer::BySize && pairs <= self.on_the_spot_pairs {
            let written = recovery::write(&self.dir, project, &meta(original.as_deref()));
            return self.written_or_failed(document.revision(), written);
        }
        // A snapshot for the worker: the window goes on changing the project meanwhile.
        let snapshot = project.clone();
        let dir = self.dir.clone();
        let document_id = self.document;
        let (send, done) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("recovery copy".to_owned())
            .spawn(move || {
                let meta = RecoveryMeta {
                    document: document_id,
                    original: original.as_deref(),
                    saved_at: SystemTime::now(),
                };
                let _ = send.send(recovery::write(&dir, &snapshot, &meta));
            });
        match spawned {
            Ok(worker) => {
                self.in_flight = Some(InFlight {
                    revision: document.revision(),
                    done,
                    worker,
                });
                Tick::Wait(Some(POLL_WORKER))
            }
            // No thread to be had: write here rather than not at all.
            Err(_) => {
                let written = recovery::write(
                    &self.dir,
                    project,
                    &meta(document.path().map(PathBuf::from).as_deref()),
                );
                self.written_or_failed(document.revision(), written)
            }
        }
    }

    /// Takes the worker's answer if it has one: `None` when nothing is in flight, `Wait` while
    /// it still writes.
    fn collect(&mut self) -> Option<Tick> {
        let in_flight = self.in_flight.as_ref()?;
        let written = match in_flight.done.try_recv() {
            Ok(written) => written,
            Err(TryRecvError::Empty) => return Some(Tick::Wait(Some(POLL_WORKER))),
            Err(TryRecvError::Disconnected) => Err(std::io::Error::other(
                "the recovery copy's worker stopped unexpectedly",
            )),
        };
        let revision = in_flight.revision;
        self.in_flight = None;
        Some(self.written_or_failed(revision, written))
    }

    /// Waits for the copy in flight, if any, and takes its answer (`None`: nothing in flight).
    pub fn finish_in_flight(&mut self) -> Option<Tick> {
        let in_flight = self.in_flight.take()?;
        // The worker always sends before it ends; a panic shows as a closed channel.
        let _ = in_flight.worker.join();
        let written = in_flight.done.try_recv().unwrap_or_else(|_| {
            Err(std::io::Error::other(
                "the recovery copy's worker stopped unexpectedly",
            ))
        });
        Some(self.written_or_failed(in_flight.revision, written))
    }

    fn written_or_failed(&mut self, revision: u64, written: std::io::Result<PathBuf>) -> Tick {
        match written {
            Ok(_) => {
                self.written = Some(revision);
                self.failing = None;
                Tick::Wrote
            }
            Err(error) => {
                let failure = CopyFailure {
                    copy: self.copy_path(),
                    error: SystemError::from(error),
                };
                if self.failing.as_ref() == Some(&failure) {
                    // Said once already; the next change or the next interval tries again.
                    Tick::Wait(None)
                } else {
                    self.failing = Some(failure.clone());
                    Tick::Failed(failure)
                }
            }
        }
    }

    /// The open document is being replaced (New, Open, Import, Restore) after its changes were
    /// saved or knowingly discarded: its copy goes, and the next document gets copies of its own.
    pub fn start_new_document(&mut self) {
        // A copy that cannot be removed stays and is offered on the next start: nothing lost.
        let _ = self.remove_copy();
        self.document = DocumentId::new();
        self.last_write = Instant::now();
        self.failing = None;
    }

    /// The open document was restored from `copy`: later copies replace that file, and saving
    /// removes it.
    pub fn adopt(&mut self, copy: &RecoveryInfo) {
        self.start_new_document();
        if let Some(document) = copy.document {
            self.document = document;
            // A copy exists but matches no revision here: the next change rewrites it, and
            // saving removes it.
            self.written = Some(u64::MAX);
        }
    }

    /// Removes the copy of the open document (the window closes with its work saved or
    /// discarded).
    pub fn remove_copy(&mut self) -> std::io::Result<()> {
        // A worker still writing would put the copy back after it is removed.
        let _ = self.finish_in_flight();
        recovery::remove(&self.copy_path())?;
        self.written = None;
        Ok(())
    }

    /// Copies in the folder that a crash left behind: every copy but this window's own and those
    /// of other Kanoscope windows still running.
    pub fn leftovers(&self) -> Vec<RecoveryInfo> {
        let own = self.copy_path();
        recovery::find(&self.dir)
            .unwrap_or_default()
            .into_iter()
            .filter(|c| c.file != own)
            .filter(|c| !c.process.is_some_and(is_other_process_running))
            .collect()
    }
}

/// Whether another process with this id is running. Known on Linux (through /proc); elsewhere
/// every copy counts as left behind, and restoring a live window's copy merely duplicates work.
fn is_other_process_running(process: u32) -> bool {
    process != std::process::id() && Path::new("/proc").join(process.to_string()).exists()
}

/// The folder for recovery copies: `recovery` inside the app's data folder.
pub fn default_dir() -> Option<PathBuf> {
    eframe::storage_dir("Kanoscope").map(|d| d.join("recovery"))
}
