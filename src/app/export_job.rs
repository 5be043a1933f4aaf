//! Writing an export's files on a worker thread, so that a large PNG (seconds of rasterising) or
//! a slow disk never freezes the window. The files' contents are made on the UI thread (tens of
//! milliseconds even for 200 features × 10,000 respondents); only rendering PNGs and writing
//! happen here.
//!
//! Must never: leave half a file, or change any file when one of them fails (a Markdown report's
//! pictures without the report): the files are written all or none
//! ([`io::write_all_atomically`]). Files that were there before are replaced only by whole new
//! ones and never removed.

use crate::export::{Contents, ExportFile};
use crate::io;
use eframe::egui;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::thread::JoinHandle;

/// An export being written.
#[derive(Debug)]
pub(super) struct ExportJob {
    /// The file the person chose.
    pub target: PathBuf,
    /// Files written beside it (a Markdown report's pictures).
    pub extra_files: usize,
    finished: Receiver<Result<(), JobFailure>>,
    worker: Option<JoinHandle<()>>,
}

impl Drop for ExportJob {
    /// Waits for the worker, so that closing the window in the middle of an export does not
    /// cut a file short: the export finishes first (a second or two at most).
    fn drop(&mut self) {
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

impl ExportJob {
    /// Starts writing `files` (the chosen `target` last among them). `ctx` is asked to repaint
    /// when the work is done, so the notice shows at once.
    pub fn start(files: Vec<ExportFile>, target: PathBuf, ctx: &egui::Context) -> Self {
        let (sender, finished) = mpsc::channel();
        let extra_files = files.len().saturating_sub(1);
        let ctx = ctx.clone();
        let work = move || {
            // The receiver is gone only if the app is closing; nobody is left to tell.
            let _ = sender.send(write_files(files));
            ctx.request_repaint();
        };
        match std::thread::Builder::new()
            .name("export".into())
            .spawn(work)
        {
            Ok(worker) => Self {
                target,
                extra_files,
                finished,
                worker: Some(worker),
            },
            Err(error) => {
                // Without a thread (resource limits), say so rather than write on the UI thread.
                let (sender, receiver) = mpsc::channel();
                let _ = sender.send(Err(JobFailure {
                    beside: None,
                    error: JobError::NoThread(error),
                }));
                Self {
                    target,
                    extra_files,
                    finished: receiver,
                    worker: None,
                }
            }
        }
    }

    /// Waits until the worker has written the files or failed (the outcome is then there).
    pub fn wait(&mut self) {
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }

    /// `Some` with the outcome once the files are written or the export failed.
    pub fn outcome(&self) -> Option<Result<(), JobFailure>> {
        match self.finished.try_recv() {
            Ok(outcome) => Some(outcome),
            Err(TryRecvError::Empty) => None,
            // The worker ended without a word: it panicked.
            Err(TryRecvError::Disconnected) => Some(Err(JobFailure {
                beside: None,
                error: JobError::Stopped,
            })),
        }
    }
}

/// Why an export's files could not be written: data, worded by `ui::error_text` in the
/// person's language.
#[derive(Debug)]
pub struct JobFailure {
    /// The file that failed when it is one written beside the chosen one (a report's picture).
    pub beside: Option<String>,
    /// What went wrong.
    pub error: JobError,
}

/// What went wrong in an export's worker.
#[derive(Debug)]
pub enum JobError {
    /// A picture could not be rendered.
    Picture(crate::export::ExportError),
    /// A file could not be written.
    Write(std::io::Error),
    /// No worker thread could be started.
    NoThread(std::io::Error),
    /// The worker stopped without a word.
    Stopped,
}

/// Renders every file, then writes them all or none; on failure says which file and why.
fn write_files(files: Vec<ExportFile>) -> Result<(), JobFailure> {
    let last = files.len().saturating_sub(1);
    let beside = |k: usize, path: &Path| (k != last).then(|| file_name(path));
    let mut rendered: Vec<(PathBuf, Vec<u8>)> = Vec::with_capacity(files.len());
    for (k, file) in files.into_iter().enumerate() {
        let bytes = match file.contents {
            Contents::Bytes(bytes) => bytes,
            Contents::Png(svg) => {
                let fonts = [crate::ui::fonts::BUNDLED_CJK_FONT.to_vec()];
                crate::export::svg_to_png(&svg, &fonts).map_err(|e| JobFailure {
                    beside: beside(k, &file.path),
                    error: JobError::Picture(e),
                })?
            }
        };
        rendered.push((file.path, bytes));
    }
    let all: Vec<(&Path, &[u8])> = rendered
        .iter()
        .map(|(path, bytes)| (path.as_path(), bytes.as_slice()))
        .collect();
    // The chosen file is named by the notice already; a file beside it is not.
    io::write_all_atomically(&all).map_err(|(k, error)| JobFailure {
        beside: all.get(k).and_then(|(path, _)| beside(k, path)),
        error: JobError::Write(error),
    })
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(path: PathBuf, s: &str) -> ExportFile {
        ExportFile {
            path,
            contents: Contents::Bytes(s.as_bytes().to_vec()),
        }
    }

    #[test]
    fn a_failed_file_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("old.svg");
        std::fs::write(&old, "before").unwrap();
        let new = dir.path().join("new.svg");
        let report = dir.path().join("missing").join("r.md");
        let outcome = write_files(vec![
            text(old.clone(), "after"),
            text(new.clone(), "new"),
            text(report.clone(), "report"),
        ]);
        assert!(outcome.is_err());
        assert!(!new.exists(), "no picture without its report");
        assert_eq!(std::fs::read_to_string(&old).unwrap(), "before");
        assert!(!report.exists());
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temp left"
        );
    }

    #[test]
    fn a_failed_picture_beside_the_report_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let outcome = write_files(vec![
            text(dir.path().join("nowhere").join("p.svg"), "p"),
            text(dir.path().join("r.md"), "r"),
        ]);
        assert!(outcome.is_err_and(|e| e.beside.as_deref() == Some("p.svg")));
        assert!(!dir.path().join("r.md").exists());
    }

    #[test]
    fn the_job_reports_when_done() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("r.csv");
        let ctx = egui::Context::default();
        let mut job = ExportJob::start(vec![text(target.clone(), "a,b\n")], target.clone(), &ctx);
        job.wait();
        assert!(job.outcome().is_some_and(|outcome| outcome.is_ok()));
        assert_eq!(std::fs::read_to_string(target).unwrap(), "a,b\n");
    }
}
