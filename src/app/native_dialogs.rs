//! The system's file dialogs, through rfd, each on a worker thread so the window keeps drawing
//! while one is open, and able to say "the dialog could not be shown".
//!
//! Why the log: rfd 0.17 answers `None` both when the person cancels and when no dialog could
//! be shown. On Linux it asks the xdg desktop portal over D-Bus; if that fails (no session bus,
//! no portal, no file-chooser backend) it logs an error, logs a warning that it falls back to
//! zenity, and runs zenity; if zenity cannot run either it logs an error again and answers
//! `None`. A cancel logs nothing. So rfd's failures reach us only as `log` records on the thread
//! that called it, and the rule is: **if the last record rfd logged during the call is an
//! error, the dialog could not be shown** (portal failed and zenity failed, or the portal's
//! answer was unreadable); a fallback warning after an error means zenity took over, and its
//! cancel is a real cancel. [`install_logger`] makes the records visible (it also prints
//! warnings and errors of every crate to stderr, as a minimal logger would).
//!
//! Must never: call rfd on the UI thread, or be used in tests (they use `ScriptedDialogs`).

use super::dialogs::{Asked, Direction, FileAnswer, FileDialogs, FileRequest};
use eframe::egui;
use std::cell::Cell;

/// The operating system's dialogs, through rfd.
#[derive(Debug, Default)]
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn ask(&mut self, request: &FileRequest, ctx: &egui::Context) -> Asked {
        let (sender, asked) = Asked::channel();
        let request = request.clone();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("file dialog".to_owned())
            .spawn(move || {
                let answer = ask_rfd(&request);
                // The app may have gone: then nobody waits for the answer.
                let _ = sender.send(answer);
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => asked,
            Err(_) => Asked::answered(FileAnswer::Unavailable),
        }
    }
}

/// Runs rfd's dialog on this (worker) thread and reads its log to tell a cancel from a failure.
fn ask_rfd(request: &FileRequest) -> FileAnswer {
    let extensions: Vec<&str> = request
        .extensions
        .iter()
        // The portal's globs are "*.ext": "kano.json" files also match "json".
        .map(|e| e.rsplit('.').next().unwrap_or(e))
        .collect();
    let mut dialog = rfd::FileDialog::new()
        .set_title(&request.title)
        .add_filter(&request.filter_name, &extensions);
    if let Some(dir) = &request.start_dir {
        dialog = dialog.set_directory(dir);
    }
    if let Some(name) = &request.suggested_name {
        dialog = dialog.set_file_name(name);
    }
    LAST_RFD_RECORD.set(None);
    let chosen = match request.question.direction() {
        Direction::Open => dialog.pick_file(),
        Direction::Save => dialog.save_file(),
    };
    answer(chosen, LAST_RFD_RECORD.get(), logger_installed())
}

/// What rfd's result and the last level it logged mean (see the module's documentation).
fn answer(
    chosen: Option<std::path::PathBuf>,
    last_record: Option<log::Level>,
    watching: Watching,
) -> FileAnswer {
    match (chosen, last_record, watching) {
        (Some(path), _, _) => FileAnswer::Chosen(path),
        (None, Some(log::Level::Error), Watching::Yes) => FileAnswer::Unavailable,
        (None, _, _) => FileAnswer::Cancelled,
    }
}

/// Whether rfd's log records reach [`LAST_RFD_RECORD`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Watching {
    Yes,
    /// Another logger was installed first: a failure cannot be told from a cancel.
    No,
}

thread_local! {
    /// The level of the last record rfd logged on this thread.
    static LAST_RFD_RECORD: Cell<Option<log::Level>> = const { Cell::new(None) };
}

static LOGGER: Logger = Logger;
static INSTALLED: std::sync::OnceLock<Watching> = std::sync::OnceLock::new();

fn logger_installed() -> Watching {
    INSTALLED.get().copied().unwrap_or(Watching::No)
}

/// Installs the logger that lets [`NativeDialogs`] see rfd's failures (call once, at start-up).
pub fn install_logger() {
    INSTALLED.get_or_init(|| match log::set_logger(&LOGGER) {
        Ok(()) => {
            log::set_max_level(log::LevelFilter::Warn);
            Watching::Yes
        }
        Err(_) => Watching::No,
    });
}

struct Logger;

impl log::Log for Logger {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= log::Level::Warn
    }

    fn log(&self, record: &log::Record<'_>) {
        if record.target().starts_with("rfd") {
            LAST_RFD_RECORD.set(Some(record.level()));
        }
        if self.enabled(record.metadata()) {
            eprintln!(
                "kanoscope: {} {}: {}",
                record.level(),
                record.target(),
                record.args()
            );
        }
    }

    fn flush(&self) {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use log::Level::{Error, Warn};
    use std::path::PathBuf;

    fn check(
        chosen: Option<&str>,
        last: Option<log::Level>,
        watching: Watching,
        expected: FileAnswer,
    ) {
        assert_eq!(
            answer(chosen.map(PathBuf::from), last, watching),
            expected,
            "{chosen:?} {last:?} {watching:?}"
        );
    }

    #[test]
    fn the_last_record_tells_a_failure_from_a_cancel() {
        use FileAnswer::{Cancelled, Chosen, Unavailable};
        // Picked: whatever was logged on the way.
        check(
            Some("a.kano.json"),
            Some(Error),
            Watching::Yes,
            Chosen("a.kano.json".into()),
        );
        // Cancelled in the portal: nothing logged.
        check(None, None, Watching::Yes, Cancelled);
        // Portal failed, zenity shown and cancelled: the fallback warning came last.
        check(None, Some(Warn), Watching::Yes, Cancelled);
        // Portal failed and zenity could not run: an error came last.
        check(None, Some(Error), Watching::Yes, Unavailable);
        // Without our logger a failure cannot be seen: it reads as a cancel.
        check(None, Some(Error), Watching::No, Cancelled);
    }

    #[test]
    fn only_rfds_records_count() {
        LAST_RFD_RECORD.set(None);
        log::Log::log(
            &LOGGER,
            &log::Record::builder()
                .level(Error)
                .target("winit::platform")
                .args(format_args!("not ours"))
                .build(),
        );
        assert_eq!(LAST_RFD_RECORD.get(), None);
        log::Log::log(
            &LOGGER,
            &log::Record::builder()
                .level(Error)
                .target("rfd::backend::xdg_desktop_portal")
                .args(format_args!("Failed to pick file with zenity"))
                .build(),
        );
        assert_eq!(LAST_RFD_RECORD.get(), Some(Error));
    }
}
