//! File dialogs through the studio window, driven with egui_kittest: when the system cannot
//! show a file dialog (a desktop without an xdg portal), the studio's own appears instead and
//! Save As, Save, Open and Import go through it; "Save" in the quit question saves, asking
//! where, and then quits; a failed save says so and does not quit; the window keeps drawing
//! while a system dialog is open; File ▸ Open recent opens a listed file and forgets a gone one.

// A test fails by panicking, so unwrapping is how it reports a broken expectation.
#![allow(clippy::unwrap_used)]

use egui_kittest::{Harness, kittest::Queryable};
use kanoscope::app::{
    Asked, FileAnswer, FileDialogs, FileQuestion, FileRequest, ScriptedDialogs, StudioApp,
    SystemDialogs,
};
use kanoscope::i18n::Lang;
use kanoscope::io::samples::Sample;
use kanoscope::project::Edit;
use kanoscope::ui::{Action, Command};
use std::path::{Path, PathBuf};
use support::command;
use tempfile::TempDir;

mod support;

/// The sample, as if opened from `file`, with dialogs the system cannot show.
fn without_system_dialogs(lang: Lang, file: &Path) -> Harness<'static, StudioApp> {
    let dialogs = ScriptedDialogs {
        system: SystemDialogs::Unavailable,
        ..ScriptedDialogs::default()
    };
    let app = support::app(lang, dialogs)
        .with_project(Sample::MetroEnglish.project(), Some(file.to_owned()));
    support::window(app)
}

fn sample_file(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, Sample::MetroEnglish.text()).unwrap();
    path
}

fn rename(harness: &mut Harness<'_, StudioApp>, title: &str) {
    harness.state_mut().queue(Action::Edit {
        edit: Edit::SetTitle(title.to_owned()),
        label: "Rename project".to_owned(),
        merge: None,
    });
    harness.run();
}

#[test]
fn save_as_without_a_system_dialog_asks_in_the_window_and_saves() {
    let dir = TempDir::new().unwrap();
    let file = sample_file(dir.path(), "metro.kano.json");
    let mut harness = without_system_dialogs(Lang::En, &file);
    command(&mut harness, Command::SaveAs);
    let browser = harness
        .state()
        .file_browser()
        .expect("the in-app dialog is open");
    assert_eq!(browser.folder(), dir.path());
    assert_eq!(browser.request().question, FileQuestion::SaveProject);
    harness.get_by_label_contains("could not be shown here");
    // The project's own file is listed; the suggested name is the title's.
    harness.get_by_label("metro.kano.json");
    harness.get_by_label("File name").focus();
    harness.get_by_label("File name").type_text("-copy");
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    assert!(harness.state().file_browser().is_none());
    let saved: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with("-copy"))
        .collect();
    // The typed text went after the suggested name, and the project extension was added.
    assert!(
        harness.state().document().path().is_some_and(
            |p| p.starts_with(dir.path()) && p.to_string_lossy().ends_with("-copy.kano.json")
        ),
        "{:?} {saved:?}",
        harness.state().document().path()
    );
    assert!(harness.state().document().path().unwrap().is_file());
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn open_without_a_system_dialog_lists_projects_and_opens_the_chosen_one() {
    let dir = TempDir::new().unwrap();
    let file = sample_file(dir.path(), "metro.kano.json");
    let other = dir.path().join("other.kano.json");
    let title = Sample::MetroEnglish.project().title().to_owned();
    let text =
        Sample::MetroEnglish
            .text()
            .replacen(&format!("\"{title}\""), "\"The other one\"", 1);
    std::fs::write(&other, text).unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a project").unwrap();
    std::fs::create_dir(dir.path().join("archive")).unwrap();
    let mut harness = without_system_dialogs(Lang::En, &file);
    command(&mut harness, Command::Open);
    let names: Vec<String> = harness
        .state()
        .file_browser()
        .unwrap()
        .entries()
        .iter()
        .map(|e| e.name.clone())
        .collect();
    assert_eq!(names, ["archive", "metro.kano.json", "other.kano.json"]);
    harness.get_by_label("other.kano.json").click();
    harness.run();
    harness.get_by_label("Open").click();
    harness.run();
    assert_eq!(
        harness.state().document().project().title(),
        "The other one"
    );
    assert_eq!(harness.state().document().path(), Some(other.as_path()));
}

#[test]
fn open_with_nothing_chosen_says_what_is_missing_and_cancel_changes_nothing() {
    let dir = TempDir::new().unwrap();
    let file = sample_file(dir.path(), "metro.kano.json");
    let mut harness = without_system_dialogs(Lang::Zh, &file);
    command(&mut harness, Command::Open);
    harness.get_by_label("打开").click();
    harness.run();
    harness.get_by_label("请先在列表中选择一个文件。");
    harness.get_by_label("取消").click();
    harness.run();
    assert!(harness.state().file_browser().is_none());
    assert_eq!(harness.state().document().path(), Some(file.as_path()));
}

#[test]
fn import_without_a_system_dialog_goes_through_the_in_app_dialog() {
    let dir = TempDir::new().unwrap();
    let file = sample_file(dir.path(), "metro.kano.json");
    std::fs::write(
        dir.path().join("forms.csv"),
        "Timestamp,wifi_functional,wifi_dysfunctional\n2026-01-01,I like it,I dislike it\n",
    )
    .unwrap();
    let mut harness = without_system_dialogs(Lang::En, &file);
    command(&mut harness, Command::Import);
    let names: Vec<String> = harness
        .state()
        .file_browser()
        .unwrap()
        .entries()
        .iter()
        .map(|e| e.name.clone())
        .collect();
    assert_eq!(names, ["forms.csv"]);
    harness.get_by_label("forms.csv").click();
    harness.run();
    harness.get_by_label("Open").click();
    harness.run();
    assert!(harness.state().import_session().is_some());
}

#[test]
fn save_in_the_quit_question_asks_where_saves_and_then_quits() {
    let dir = TempDir::new().unwrap();
    let target = dir.path().join("never saved");
    let mut dialogs = ScriptedDialogs::default();
    dialogs.save.push_back(Some(target));
    let mut harness = support::studio(Lang::En, dialogs);
    rename(&mut harness, "Depot survey");
    command(&mut harness, Command::Quit);
    // The question names the project by its title, not "Untitled".
    harness.get_by_label_contains("“Depot survey” has unsaved changes");
    harness.get_by_label("Save").click();
    harness.run();
    assert!(dir.path().join("never saved.kano.json").is_file());
    assert!(harness.state().is_closing(), "saved, then quit");
}

#[test]
fn a_failed_save_from_the_quit_question_says_why_and_does_not_quit() {
    let dir = TempDir::new().unwrap();
    let mut dialogs = ScriptedDialogs::default();
    dialogs
        .save
        .push_back(Some(dir.path().join("no such folder").join("x")));
    let mut harness = support::studio(Lang::En, dialogs);
    rename(&mut harness, "Depot survey");
    command(&mut harness, Command::Quit);
    harness.get_by_label("Save").click();
    harness.run();
    assert!(!harness.state().is_closing());
    let notices = harness.state().notices();
    assert!(notices.iter().any(|n| n.is_error), "{notices:?}");
    assert!(harness.state().document().is_dirty());
}

#[test]
fn cancelling_the_system_dialog_is_not_taken_for_a_missing_one() {
    let mut harness = support::studio(Lang::En, ScriptedDialogs::default());
    command(&mut harness, Command::SaveAs);
    assert!(harness.state().file_browser().is_none());
    assert!(harness.state().modal().is_none());
}

#[test]
fn open_recent_opens_a_listed_file_and_forgets_one_that_is_gone() {
    let dir = TempDir::new().unwrap();
    let file = sample_file(dir.path(), "recent.kano.json");
    let gone = dir.path().join("gone.kano.json");
    let prefs = kanoscope::app::Preferences {
        lang: Some(Lang::En),
        recent_files: vec![gone.clone(), file.clone()],
        ..kanoscope::app::Preferences::default()
    };
    let app = StudioApp::new(prefs, Box::new(ScriptedDialogs::default()));
    let mut harness = support::window(app);
    let open_recent = |harness: &mut Harness<'_, StudioApp>, name: &str| {
        harness.get_by_label("File").click();
        harness.run();
        harness.get_by_label("Open recent").hover();
        harness.run();
        harness.get_by_label(name).click();
        harness.run();
    };
    open_recent(&mut harness, "gone.kano.json");
    assert!(harness.state().notices().iter().any(|n| n.is_error));
    assert_eq!(
        harness.state().preferences().recent_files,
        std::slice::from_ref(&file)
    );
    open_recent(&mut harness, "recent.kano.json");
    assert_eq!(harness.state().document().path(), Some(file.as_path()));
}

/// Dialogs whose answers come later, as the system's do from their own thread.
#[derive(Default)]
struct LateDialogs {
    answer: std::sync::Arc<std::sync::Mutex<Option<std::sync::mpsc::Sender<FileAnswer>>>>,
}

impl FileDialogs for LateDialogs {
    fn ask(&mut self, _request: &FileRequest, _ctx: &eframe::egui::Context) -> Asked {
        let (sender, asked) = Asked::channel();
        if let Ok(mut slot) = self.answer.lock() {
            *slot = Some(sender);
        }
        asked
    }
}

#[test]
fn the_window_keeps_drawing_while_the_system_dialog_is_open() {
    let dir = TempDir::new().unwrap();
    let dialogs = LateDialogs::default();
    let answer = std::sync::Arc::clone(&dialogs.answer);
    let prefs = kanoscope::app::Preferences {
        lang: Some(Lang::En),
        ..kanoscope::app::Preferences::default()
    };
    let mut harness = support::window(StudioApp::new(prefs, Box::new(dialogs)));
    harness.state_mut().queue(Action::Command(Command::SaveAs));
    for _ in 0..3 {
        harness.step();
    }
    // Frames go on; the studio waits behind a note, and nothing is saved yet.
    harness.get_by_label_contains("The system's file dialog is open");
    assert!(harness.state().document().path().is_none());
    let sender = answer.lock().unwrap().take().unwrap();
    sender
        .send(FileAnswer::Chosen(dir.path().join("later")))
        .unwrap();
    harness.step();
    harness.run();
    assert_eq!(
        harness.state().document().path(),
        Some(dir.path().join("later.kano.json").as_path())
    );
    assert!(harness.state().modal().is_none());
}

#[test]
fn cancelling_where_to_save_before_an_import_goes_back_to_the_import_dialog() {
    let dir = TempDir::new().unwrap();
    let export = dir.path().join("forms.csv");
    std::fs::write(
        &export,
        "Timestamp,wifi_functional,wifi_dysfunctional\n2026-01-01,I like it,I dislike it\n",
    )
    .unwrap();
    let mut dialogs = ScriptedDialogs::default();
    dialogs.import.push_back(Some(export));
    // Where to save: cancelled.
    dialogs.save.push_back(None);
    let mut harness = support::studio(Lang::En, dialogs);
    rename(&mut harness, "Changed");
    command(&mut harness, Command::Import);
    harness.get_by_label("Import").click();
    harness.run();
    assert!(
        harness.state().pending().is_some(),
        "Save changes? is asked"
    );
    harness.get_by_label("Save").click();
    harness.run();
    assert!(
        harness.state().import_session().is_some(),
        "the import being checked is not lost"
    );
    assert_eq!(harness.state().document().project().title(), "Changed");
}
