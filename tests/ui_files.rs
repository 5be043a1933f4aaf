//! Files through the studio window, driven with egui_kittest and scripted file dialogs: a broken
//! file shows its error and leaves the open project as it was; New with unsaved changes asks
//! Save / Discard / Cancel; Save then Open brings the same project back; import. Export has its
//! own tests in ui_export.rs.

// A test fails by panicking, so unwrapping is how it reports a broken expectation.
#![allow(clippy::unwrap_used)]

use eframe::egui;
use egui_kittest::{Harness, kittest::Queryable};
use kanoscope::app::{ScriptedDialogs, StudioApp};
use kanoscope::i18n::Lang;
use kanoscope::io::samples::Sample;
use kanoscope::project::Edit;
use kanoscope::ui::{Action, Command};
use std::path::PathBuf;
use support::command;
use tempfile::TempDir;

mod support;

fn studio(dialogs: ScriptedDialogs) -> Harness<'static, StudioApp> {
    support::studio(Lang::En, dialogs)
}

fn rename(harness: &mut Harness<'_, StudioApp>, title: &str) {
    harness.state_mut().queue(Action::Edit {
        edit: Edit::SetTitle(title.to_owned()),
        label: "Rename project".to_owned(),
        merge: None,
    });
    harness.run();
}

fn dialogs_opening(path: PathBuf) -> ScriptedDialogs {
    let mut dialogs = ScriptedDialogs::default();
    dialogs.open.push_back(Some(path));
    dialogs
}

#[test]
fn a_broken_file_shows_what_and_where_and_the_project_stays_open() {
    let dir = TempDir::new().unwrap();
    let broken = dir.path().join("broken.kano.json");
    std::fs::write(&broken, &Sample::MetroEnglish.text()[..2000]).unwrap();
    let mut harness = studio(dialogs_opening(broken));
    let before = harness.state().document().project().clone();
    command(&mut harness, Command::Open);
    let notices = harness.state().notices();
    assert_eq!(notices.len(), 1);
    assert!(notices[0].is_error);
    assert!(
        notices[0].text.contains("broken.kano.json"),
        "{}",
        notices[0].text
    );
    assert!(notices[0].text.contains("line"), "{}", notices[0].text);
    assert!(notices[0].text.contains("unchanged"), "{}", notices[0].text);
    // The message is on screen, and the project is the one that was open.
    assert!(
        harness
            .query_by_label_contains("broken.kano.json")
            .is_some()
    );
    assert_eq!(*harness.state().document().project(), before);
}

#[test]
fn new_with_unsaved_changes_asks_and_cancel_keeps_everything() {
    let mut harness = studio(ScriptedDialogs::default());
    rename(&mut harness, "Changed");
    assert!(harness.state().document().is_dirty());
    command(&mut harness, Command::New);
    assert!(harness.state().pending().is_some(), "New asks first");
    harness.get_by_label("Save changes?");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().pending().is_none());
    assert_eq!(harness.state().document().project().title(), "Changed");

    command(&mut harness, Command::New);
    harness.get_by_label("Discard").click();
    harness.run();
    assert_eq!(harness.state().document().project().features().len(), 0);
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn save_from_the_prompt_then_open_brings_the_same_project_back() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("metro");
    let mut dialogs = ScriptedDialogs::default();
    dialogs.save.push_back(Some(path.clone()));
    dialogs
        .open
        .push_back(Some(dir.path().join("metro.kano.json")));
    let mut harness = studio(dialogs);
    rename(&mut harness, "Saved through the prompt");
    let edited = harness.state().document().project().clone();
    command(&mut harness, Command::New);
    harness.get_by_label("Save").click();
    harness.run();
    // Saved with the project extension added, then New went ahead.
    let saved = dir.path().join("metro.kano.json");
    assert!(saved.exists());
    assert_eq!(harness.state().document().project().features().len(), 0);
    command(&mut harness, Command::Open);
    assert_eq!(*harness.state().document().project(), edited);
    assert!(!harness.state().document().is_dirty());
    assert_eq!(harness.state().preferences().recent_files[0], saved);
}

#[test]
fn undo_back_to_the_saved_state_is_clean_again() {
    let dir = TempDir::new().unwrap();
    let mut dialogs = ScriptedDialogs::default();
    dialogs.save.push_back(Some(dir.path().join("a.kano.json")));
    let mut harness = studio(dialogs);
    command(&mut harness, Command::Save);
    assert!(!harness.state().document().is_dirty());
    rename(&mut harness, "Changed");
    assert!(harness.state().document().is_dirty());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(!harness.state().document().is_dirty());
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    harness.run();
    assert_eq!(harness.state().document().project().title(), "Changed");
}

#[test]
fn import_makes_a_new_unsaved_project_and_a_bad_export_changes_nothing() {
    let dir = TempDir::new().unwrap();
    let good = dir.path().join("forms.csv");
    std::fs::write(
        &good,
        "Timestamp,wifi_functional,wifi_dysfunctional\n\
         2026-01-01,I like it,I dislike it\n\
         2026-01-02,I expect it,I dislike it\n",
    )
    .unwrap();
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "").unwrap();
    let mut dialogs = ScriptedDialogs::default();
    dialogs.import.push_back(Some(bad));
    dialogs.import.push_back(Some(good));
    let mut harness = studio(dialogs);
    let before = harness.state().document().project().clone();

    command(&mut harness, Command::Import);
    let error = harness.state().notices().last().unwrap().clone();
    assert!(
        error.is_error && error.text.contains("bad.csv") && error.text.contains("empty"),
        "{}",
        error.text
    );
    assert_eq!(*harness.state().document().project(), before);

    // The import dialog opens on the file; its Import button imports (tests/ui_import.rs has more).
    command(&mut harness, Command::Import);
    harness.get_by_label("Import").click();
    harness.run();
    let project = harness.state().document().project();
    assert_eq!(project.respondents().len(), 2);
    assert_eq!(project.features()[0].id, "wifi");
    assert!(
        harness.state().document().is_dirty(),
        "an import is not saved yet"
    );
}
