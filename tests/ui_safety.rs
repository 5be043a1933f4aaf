//! Keeping work safe in the studio window, driven with egui_kittest: autosave writes a recovery
//! copy while there are unsaved changes and after each survey respondent, removes it once the
//! work is saved; a crash's copy is offered on start and restores; saving over a file another
//! program changed asks first; a large file opens on a worker thread behind a progress bar.

// A test fails by panicking, so unwrapping is how it reports a broken expectation.
#![allow(clippy::unwrap_used)]

use eframe::egui;
use egui_kittest::{Harness, kittest::Queryable};
use kanoscope::app::loading::ProjectReader;
use kanoscope::app::{ScriptedDialogs, StudioApp};
use kanoscope::i18n::Lang;
use kanoscope::io::recovery::{self, DocumentId, RecoveryMeta};
use kanoscope::io::samples::Sample;
use kanoscope::io::{Limits, Progress};
use kanoscope::project::{Edit, synthetic_project};
use kanoscope::ui::{Action, Command};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, SystemTime};
use support::{command, window};
use tempfile::TempDir;

mod support;

const NOW: Duration = Duration::ZERO;
const LATER: Duration = Duration::from_secs(3600);

fn app(dialogs: ScriptedDialogs) -> StudioApp {
    support::app(Lang::En, dialogs)
}

fn rename(harness: &mut Harness<'_, StudioApp>, title: &str) {
    harness.state_mut().queue(Action::Edit {
        edit: Edit::SetTitle(title.to_owned()),
        label: "Rename project".to_owned(),
        merge: None,
    });
    harness.run();
}

fn copies(dir: &Path) -> Vec<recovery::RecoveryInfo> {
    recovery::find(dir).unwrap()
}

/// Joins the worker reading the file, then runs the frames that take its result.
fn wait_for_open(harness: &mut Harness<'_, StudioApp>) {
    harness.state_mut().wait_for_open();
    harness.run();
    assert!(!harness.state().is_loading(), "the open is over");
}

#[test]
fn autosave_keeps_a_copy_of_unsaved_work_and_removes_it_once_saved() {
    let data = TempDir::new().unwrap();
    let files = TempDir::new().unwrap();
    let target = files.path().join("metro.kano.json");
    let mut dialogs = ScriptedDialogs::default();
    dialogs.save.push_back(Some(target.clone()));
    let mut harness = window(app(dialogs).with_autosave(data.path().to_owned(), NOW));
    // A clean document has no copy.
    assert!(copies(data.path()).is_empty());

    rename(&mut harness, "Workshop in progress");
    let found = copies(data.path());
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].title, "Workshop in progress");
    assert_eq!(found[0].problem, None);
    let restored = recovery::restore(&found[0].file).unwrap();
    assert_eq!(restored, *harness.state().document().project());
    // The person's file is never written by autosave.
    assert!(!target.exists());

    command(&mut harness, Command::Save);
    assert!(!harness.state().document().is_dirty());
    assert!(target.exists());
    assert!(copies(data.path()).is_empty(), "saved work needs no copy");
}

#[test]
fn autosave_waits_for_its_interval_and_undoing_to_the_saved_state_removes_the_copy() {
    let data = TempDir::new().unwrap();
    let mut harness =
        window(app(ScriptedDialogs::default()).with_autosave(data.path().to_owned(), LATER));
    rename(&mut harness, "Not yet copied");
    assert!(
        copies(data.path()).is_empty(),
        "no copy before the interval has passed"
    );

    let data = TempDir::new().unwrap();
    let mut harness = harness_with_copy_written(&data);
    assert_eq!(copies(data.path()).len(), 1);
    command(&mut harness, Command::Undo);
    assert!(!harness.state().document().is_dirty());
    assert!(copies(data.path()).is_empty());
}

fn harness_with_copy_written(data: &TempDir) -> Harness<'static, StudioApp> {
    let mut harness =
        window(app(ScriptedDialogs::default()).with_autosave(data.path().to_owned(), NOW));
    rename(&mut harness, "Copied");
    harness
}

#[test]
fn a_finished_survey_respondent_is_copied_at_once() {
    let data = TempDir::new().unwrap();
    let mut harness =
        window(app(ScriptedDialogs::default()).with_autosave(data.path().to_owned(), LATER));
    let before = harness.state().document().project().respondents().len();
    command(&mut harness, Command::TakeSurvey);
    harness.key_press(egui::Key::Enter);
    harness.run();
    // Answer every page with the keyboard: 1 = "I like it" (functional), 5 = "I dislike it".
    let features = harness.state().document().project().features().len();
    for _ in 0..features {
        for key in [egui::Key::Num1, egui::Key::Num5, egui::Key::Enter] {
            harness.key_press(key);
            harness.run();
        }
    }
    let project = harness.state().document().project().clone();
    assert_eq!(project.respondents().len(), before + 1);
    let found = copies(data.path());
    assert_eq!(
        found.len(),
        1,
        "the respondent is in a copy before 30 s pass"
    );
    assert_eq!(found[0].respondents, before + 1);
    assert_eq!(recovery::restore(&found[0].file).unwrap(), project);
}

/// A copy as a crashed window would have left it.
fn leave_copy(dir: &Path, original: Option<&Path>) -> (kanoscope::project::Project, PathBuf) {
    let mut project = synthetic_project(6, 37);
    project
        .apply(Edit::SetTitle("Ferry survey, Tuesday".to_owned()))
        .unwrap();
    let meta = RecoveryMeta {
        document: DocumentId::new(),
        original,
        saved_at: SystemTime::now() - Duration::from_secs(600),
    };
    let file = recovery::write(dir, &project, &meta).unwrap();
    (project, file)
}

#[test]
fn a_crash_copy_is_offered_on_start_with_when_and_how_many_and_restores() {
    let data = TempDir::new().unwrap();
    let files = TempDir::new().unwrap();
    let original = files.path().join("ferry.kano.json");
    let (project, _) = leave_copy(data.path(), Some(&original));
    let mut harness =
        window(app(ScriptedDialogs::default()).with_autosave(data.path().to_owned(), LATER));

    assert_eq!(harness.state().recovery_offer().map(<[_]>::len), Some(1));
    harness.get_by_label("Restore unsaved work?");
    harness.get_by_label("Ferry survey, Tuesday");
    harness.get_by_label_contains("10 min ago · 6 features · 37 respondents");
    harness.get_by_label_contains("ferry.kano.json");

    harness.get_by_label("Restore").click();
    harness.run();
    let state = harness.state();
    assert!(state.recovery_offer().is_none());
    assert_eq!(*state.document().project(), project);
    assert!(
        state.document().is_dirty(),
        "restored work is unsaved until saved"
    );
    assert_eq!(state.document().path(), Some(original.as_path()));

    // Saving puts it in its file and the copy goes.
    command(&mut harness, Command::Save);
    assert_eq!(kanoscope::io::read_project(&original).unwrap(), project);
    assert!(copies(data.path()).is_empty());
}

#[test]
fn deleting_a_crash_copy_takes_two_clicks_and_decide_later_keeps_it() {
    let data = TempDir::new().unwrap();
    leave_copy(data.path(), None);
    let mut harness =
        window(app(ScriptedDialogs::default()).with_autosave(data.path().to_owned(), LATER));
    harness.get_by_label_contains("never saved to a file");
    harness.get_by_label("Delete…").click();
    harness.run();
    assert_eq!(copies(data.path()).len(), 1, "one click only asks");
    harness.get_by_label("Decide later").click();
    harness.run();
    assert!(harness.state().recovery_offer().is_none());
    assert_eq!(copies(data.path()).len(), 1, "decide later keeps the copy");

    // Next start: offered again; this time deleted for good.
    let mut harness =
        window(app(ScriptedDialogs::default()).with_autosave(data.path().to_owned(), LATER));
    harness.get_by_label("Delete…").click();
    harness.run();
    harness.get_by_label("Delete for good").click();
    harness.run();
    assert!(copies(data.path()).is_empty());
    assert!(harness.state().recovery_offer().is_none());
}

#[test]
fn restoring_over_unsaved_work_asks_to_save_it_first() {
    let data = TempDir::new().unwrap();
    leave_copy(data.path(), None);
    // Unsaved work is open when the offer shows (a file passed on the command line, edited).
    let mut app = app(ScriptedDialogs::default());
    app.queue(Action::Edit {
        edit: Edit::SetTitle("Work of today".to_owned()),
        label: "Rename project".to_owned(),
        merge: None,
    });
    let mut harness = window(app.with_autosave(data.path().to_owned(), LATER));
    harness.get_by_label("Restore").click();
    harness.run();
    assert!(
        harness.state().pending().is_some(),
        "Save changes? comes first"
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(
        harness.state().document().project().title(),
        "Work of today"
    );
}

/// The studio with the English sample opened from a file of its own (the folder lives as long
/// as the first value).
fn sample_opened_from_a_file() -> (TempDir, PathBuf, Harness<'static, StudioApp>) {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("metro.kano.json");
    std::fs::write(&path, Sample::MetroEnglish.text()).unwrap();
    let mut dialogs = ScriptedDialogs::default();
    dialogs.open.push_back(Some(path.clone()));
    let mut harness = window(app(dialogs));
    command(&mut harness, Command::Open);
    assert_eq!(harness.state().document().path(), Some(path.as_path()));
    (dir, path, harness)
}

#[test]
fn saving_over_a_file_another_program_changed_asks_first() {
    let (_dir, path, mut harness) = sample_opened_from_a_file();
    rename(&mut harness, "Mine");

    // A sync folder brings a colleague's version.
    let theirs = Sample::MetroEnglish.text().replace("Metro", "Tram");
    std::fs::write(&path, &theirs).unwrap();
    command(&mut harness, Command::Save);
    harness.get_by_label("The file changed on disk");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
    assert!(harness.state().document().is_dirty());

    command(&mut harness, Command::Save);
    harness.get_by_label("Overwrite").click();
    harness.run();
    assert_eq!(kanoscope::io::read_project(&path).unwrap().title(), "Mine");
    assert!(!harness.state().document().is_dirty());

    // Saved here: the next save does not ask.
    rename(&mut harness, "Mine again");
    command(&mut harness, Command::Save);
    assert!(harness.query_by_label("The file changed on disk").is_none());
    assert_eq!(
        kanoscope::io::read_project(&path).unwrap().title(),
        "Mine again"
    );
}

#[test]
fn saving_after_the_file_was_deleted_asks_and_can_write_it_again() {
    let (_dir, path, mut harness) = sample_opened_from_a_file();
    rename(&mut harness, "Mine");
    std::fs::remove_file(&path).unwrap();
    command(&mut harness, Command::Save);
    harness.get_by_label_contains("was deleted or moved");
    harness.get_by_label("Overwrite").click();
    harness.run();
    assert_eq!(kanoscope::io::read_project(&path).unwrap().title(), "Mine");
}

/// A reader that reports a quarter read and then waits for the test's go before reading the
/// file: the worker is then certainly busy while the test looks at the window.
struct Waiting {
    reader: ProjectReader,
    /// Lets the read go on.
    go: mpsc::Sender<()>,
    /// Hears when the quarter read has been reported.
    reported: mpsc::Receiver<()>,
    /// Hears when the read is over.
    done: mpsc::Receiver<()>,
}

fn waiting_reader() -> Waiting {
    let (go, wait) = mpsc::channel::<()>();
    let (read, done) = mpsc::channel::<()>();
    let (report, reported) = mpsc::channel::<()>();
    let wait = Mutex::new(wait);
    let read = Mutex::new(read);
    let report = Mutex::new(report);
    let reader: ProjectReader = Arc::new(move |path, progress| {
        progress(Progress::Reading {
            done: 25 << 20,
            total: 100 << 20,
        });
        let _ = report.lock().unwrap().send(());
        // A dropped sender (the test is over) lets the read go on as well.
        let _ = wait.lock().unwrap().recv();
        let loaded = kanoscope::io::read_project_with_progress(path, &Limits::default(), progress);
        let _ = read.lock().unwrap().send(());
        loaded
    });
    Waiting {
        reader,
        go,
        reported,
        done,
    }
}

#[test]
fn a_large_file_opens_on_a_worker_thread_behind_a_progress_bar() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("big.kano.json");
    let big = synthetic_project(40, 3000);
    kanoscope::io::save_project(&path, &big).unwrap();
    let mut dialogs = ScriptedDialogs::default();
    dialogs.open.push_back(Some(path.clone()));
    let Waiting {
        reader,
        go,
        reported,
        ..
    } = waiting_reader();
    let mut harness = window(
        app(dialogs)
            .with_background_open_above(1024)
            .with_project_reader(reader),
    );
    harness.state_mut().queue(Action::Command(Command::Open));
    harness.step();
    // The worker has said how far it got; the window goes on drawing frames while it reads.
    reported
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("the worker reports how far it got");
    for _ in 0..3 {
        harness.step();
    }
    assert!(harness.state().is_loading(), "the open runs on a worker");
    harness.get_by_label_contains("Opening big.kano.json");
    harness.get_by_label_contains("Reading… 25.0 MB of 100.0 MB");
    harness.get_by_label("Cancel");

    go.send(()).unwrap();
    wait_for_open(&mut harness);
    assert_eq!(*harness.state().document().project(), big);
    assert_eq!(harness.state().document().path(), Some(path.as_path()));
    assert!(harness.query_by_label_contains("Opening big").is_none());
}

#[test]
fn a_small_file_opens_on_the_spot() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("small.kano.json");
    let small = synthetic_project(3, 4);
    kanoscope::io::save_project(&path, &small).unwrap();
    let mut dialogs = ScriptedDialogs::default();
    dialogs.open.push_back(Some(path));
    let mut harness = window(app(dialogs));
    command(&mut harness, Command::Open);
    assert!(!harness.state().is_loading());
    assert_eq!(*harness.state().document().project(), small);
}

#[test]
fn cancelling_an_open_keeps_the_project_that_was_open() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("big.kano.json");
    kanoscope::io::save_project(&path, &synthetic_project(40, 3000)).unwrap();
    let mut dialogs = ScriptedDialogs::default();
    dialogs.open.push_back(Some(path));
    let Waiting {
        reader, go, done, ..
    } = waiting_reader();
    let mut harness = window(
        app(dialogs)
            .with_background_open_above(1024)
            .with_project_reader(reader),
    );
    let before = harness.state().document().project().clone();
    harness.state_mut().queue(Action::Command(Command::Open));
    for _ in 0..3 {
        harness.step();
    }
    harness.get_by_label("Cancel").click();
    harness.step();
    assert!(!harness.state().is_loading());
    // The worker finishes after the cancel; its project is dropped.
    go.send(()).unwrap();
    done.recv().unwrap();
    harness.run();
    assert_eq!(*harness.state().document().project(), before);
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn a_broken_large_file_opened_in_the_background_says_what_and_where() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("broken.kano.json");
    std::fs::write(&path, &Sample::MetroEnglish.text()[..3000]).unwrap();
    let mut dialogs = ScriptedDialogs::default();
    dialogs.open.push_back(Some(path));
    let mut harness = window(app(dialogs).with_background_open_above(0));
    let before = harness.state().document().project().clone();
    harness.state_mut().queue(Action::Command(Command::Open));
    harness.step();
    wait_for_open(&mut harness);
    let notices = harness.state().notices();
    assert!(
        notices
            .iter()
            .any(|n| n.is_error && n.text.contains("broken.kano.json"))
    );
    assert_eq!(*harness.state().document().project(), before);
}

#[test]
fn an_unwritable_recovery_folder_is_reported_once_and_work_goes_on() {
    let dir = TempDir::new().unwrap();
    // A file where the folder should be: every copy fails.
    let blocked = dir.path().join("recovery");
    std::fs::write(&blocked, "not a folder").unwrap();
    let mut harness = window(app(ScriptedDialogs::default()).with_autosave(blocked, NOW));
    rename(&mut harness, "One");
    rename(&mut harness, "Two");
    let errors: Vec<_> = harness
        .state()
        .notices()
        .iter()
        .filter(|n| n.is_error && n.text.contains("Autosave failed"))
        .collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(harness.state().document().project().title(), "Two");
}

#[test]
fn a_clean_exit_removes_the_copy_and_a_crash_keeps_it() {
    let data = TempDir::new().unwrap();
    let mut harness = harness_with_copy_written(&data);
    assert_eq!(copies(data.path()).len(), 1);
    // Closing with unsaved work and no answer yet (the crash case): the copy stays.
    harness.state_mut().exit_cleanly();
    assert_eq!(copies(data.path()).len(), 1);
    // Quit, Discard: the person chose to drop the work, so the copy goes.
    command(&mut harness, Command::Quit);
    harness.get_by_label("Discard").click();
    harness.run();
    harness.state_mut().exit_cleanly();
    assert!(copies(data.path()).is_empty());
}

#[test]
fn a_large_project_is_copied_on_a_worker_from_a_snapshot_and_removal_waits_for_it() {
    use kanoscope::app::{Autosave, Document};
    use std::time::Instant;
    let data = TempDir::new().unwrap();
    let mut document = Document::new(synthetic_project(20, 500), None);
    document
        .apply(Edit::SetTitle("Big workshop".to_owned()), "Rename", None)
        .unwrap();
    let snapshot = document.project().clone();
    // Every project counts as large here.
    let mut autosave = Autosave::new(data.path().to_owned(), NOW).with_on_the_spot_pairs(0);
    let first = autosave.tick(&document, Instant::now());
    assert!(
        matches!(first, kanoscope::app::Tick::Wait(Some(_))),
        "{first:?}"
    );
    assert!(autosave.is_writing());
    // The window goes on changing the project while the worker writes its snapshot.
    document
        .apply(
            Edit::SetTitle("Big workshop, later".to_owned()),
            "Rename",
            None,
        )
        .unwrap();
    assert_eq!(
        autosave.finish_in_flight(),
        Some(kanoscope::app::Tick::Wrote)
    );
    assert!(!autosave.is_writing());
    // The copy holds the snapshot or, if the next tick already wrote again, the later state;
    // never anything else.
    let found = copies(data.path());
    assert_eq!(found.len(), 1);
    let copied = recovery::restore(&found[0].file).unwrap();
    assert!(copied == snapshot || copied == *document.project());

    // Another write in flight, then removal: the worker cannot put the copy back afterwards.
    document
        .apply(
            Edit::SetTitle("Big workshop, last".to_owned()),
            "Rename",
            None,
        )
        .unwrap();
    autosave.write_if_changed(&document, Instant::now());
    autosave.tick(&document, Instant::now() + LATER);
    // Removal joins the worker first: once it returns, nothing can write the copy again.
    autosave.remove_copy().unwrap();
    assert!(!autosave.is_writing());
    assert!(copies(data.path()).is_empty());
}

#[test]
fn coming_back_to_the_window_says_once_that_the_file_changed_on_disk() {
    let (_dir, path, mut harness) = sample_opened_from_a_file();
    let changed = |harness: &Harness<'_, StudioApp>| {
        harness
            .state()
            .notices()
            .iter()
            .filter(|n| n.text.contains("was changed on disk by another program"))
            .count()
    };
    let focus = |harness: &mut Harness<'_, StudioApp>| {
        harness
            .input_mut()
            .events
            .push(egui::Event::WindowFocused(true));
        harness.run();
    };
    focus(&mut harness);
    assert_eq!(changed(&harness), 0, "an unchanged file says nothing");
    std::fs::write(&path, Sample::MetroEnglish.text().replace("Metro", "Tram")).unwrap();
    focus(&mut harness);
    assert_eq!(changed(&harness), 1);
    focus(&mut harness);
    assert_eq!(changed(&harness), 1, "the same change is said once");
}

#[test]
fn opening_a_large_file_is_one_modal_that_gives_back_the_dialog_it_covers() {
    let data = TempDir::new().unwrap();
    leave_copy(data.path(), None);
    let files = TempDir::new().unwrap();
    let path = files.path().join("big.kano.json");
    let big = synthetic_project(40, 3000);
    kanoscope::io::save_project(&path, &big).unwrap();
    let Waiting { reader, go, .. } = waiting_reader();
    let mut harness = window(
        app(ScriptedDialogs::default())
            .with_autosave(data.path().to_owned(), LATER)
            .with_background_open_above(1024)
            .with_project_reader(reader)
            .open_on_start(path.clone()),
    );
    // One dialog at a time: the open's progress, over the crash copy's offer.
    assert!(matches!(
        harness.state().modal(),
        Some(kanoscope::app::Modal::Loading(..))
    ));
    assert!(harness.state().recovery_offer().is_none());
    harness.get_by_label_contains("Opening big.kano.json");
    assert!(harness.query_by_label("Restore unsaved work?").is_none());

    go.send(()).unwrap();
    wait_for_open(&mut harness);
    assert_eq!(*harness.state().document().project(), big);
    // The offer comes back once the file is open.
    assert_eq!(harness.state().recovery_offer().map(<[_]>::len), Some(1));
    harness.get_by_label("Restore unsaved work?");
}
