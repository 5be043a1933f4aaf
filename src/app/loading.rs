//! Opening a project file on a worker thread, so that a file of 100,000 respondents shows a
//! progress bar instead of freezing the window. Small files open at once, on the spot.
//!
//! Must never: touch the open document from the worker (it only sends back the result), or
//! leave the window waiting on a worker that died (a dead worker is reported as a failed open).

use crate::io::{self, Limits, LoadError, Loaded, Progress};
use eframe::egui;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, Mutex, PoisonError};

/// Files up to this size open on the spot: reading them takes a few milliseconds.
pub const OPEN_ON_THE_SPOT_BYTES: u64 = 2 * 1024 * 1024;

/// How a project file is read: [`io::read_project_with_progress`], or in tests one that waits
/// for a signal, to look at the window while the worker is busy.
pub type ProjectReader =
    Arc<dyn Fn(&Path, &dyn Fn(Progress)) -> Result<Loaded, LoadError> + Send + Sync>;

/// The reader the studio uses: the file within the default [`Limits`].
pub fn default_reader() -> ProjectReader {
    Arc::new(|path, progress| io::read_project_with_progress(path, &Limits::default(), progress))
}

/// A project file being read on a worker thread.
#[derive(Debug)]
pub struct Loading {
    path: PathBuf,
    progress: Arc<Mutex<Progress>>,
    result: Receiver<Result<Loaded, LoadError>>,
    worker: Option<std::thread::JoinHandle<()>>,
}

/// What the worker has come to.
#[derive(Debug)]
pub enum Polled {
    /// Still reading or checking.
    Busy,
    /// Done: the project, or why it could not be opened.
    Done(Box<Result<Loaded, LoadError>>),
}

impl Loading {
    /// Starts reading `path` with `read` on a worker thread; `ctx` is asked to repaint as it goes.
    pub fn start(path: PathBuf, read: &ProjectReader, ctx: &egui::Context) -> Self {
        let read = Arc::clone(read);
        let progress = Arc::new(Mutex::new(Progress::Reading { done: 0, total: 0 }));
        let (send, result) = mpsc::channel();
        let worker_path = path.clone();
        let worker_progress = Arc::clone(&progress);
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("open project".to_owned())
            .spawn(move || {
                let report = |p: Progress| {
                    *worker_progress
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner) = p;
                    ctx.request_repaint();
                };
                let loaded = read(&worker_path, &report);
                // The window may have cancelled and dropped the receiver: nothing to do then.
                let _ = send.send(loaded);
                ctx.request_repaint();
            });
        // Without a thread (the system refused one) the sender is gone with the closure, and
        // `poll` reports the open as failed: the open project stays.
        Self {
            path,
            progress,
            result,
            worker: spawned.ok(),
        }
    }

    /// Waits until the worker has finished (its result is then there for [`Self::poll`]): for
    /// whoever must have the file before going on (a headless run, a test), never the window.
    pub fn wait(&mut self) {
        if let Some(worker) = self.worker.take() {
            // A panic shows as a closed channel, which `poll` reports.
            let _ = worker.join();
        }
    }

    /// The file being opened.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How far the worker has come.
    pub fn progress(&self) -> Progress {
        *self.progress.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// How far the worker has come, or its result.
    pub fn poll(&self) -> Polled {
        match self.result.try_recv() {
            Ok(result) => Polled::Done(Box::new(result)),
            Err(TryRecvError::Empty) => Polled::Busy,
            Err(TryRecvError::Disconnected) => Polled::Done(Box::new(Err(LoadError::Io {
                path: self.path.clone(),
                source: io::FileTrouble::ReadingStopped.into_io(std::io::ErrorKind::Other),
            }))),
        }
    }
}

/// Whether `path` is big enough to open on a worker thread. Anything that is not a plain file
/// of known size (a pipe, a device, a network path that will not say) is read there too, as
/// reading it may take any time.
pub fn opens_in_background(path: &Path, on_the_spot_up_to: u64) -> bool {
    std::fs::metadata(path).map_or(true, |m| !m.is_file() || m.len() > on_the_spot_up_to)
}
