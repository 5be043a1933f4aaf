//! Hostile input through the studio window (issue 12, item 7): a project whose title is far too
//! long is refused when opened, naming the place, and the open project stays as it was (text
//! layout takes about 420 bytes a character: a 50 MiB title took over 20 GB and crashed).

// A test fails by panicking, so unwrapping is how it reports a broken expectation.
#![allow(clippy::unwrap_used)]

use egui_kittest::kittest::Queryable;
use kanoscope::app::ScriptedDialogs;
use kanoscope::i18n::Lang;
use kanoscope::io::text_limits::MAX_NAME_CHARS;
use kanoscope::ui::Command;
use support::command;
use tempfile::TempDir;

mod support;

#[test]
fn a_project_with_a_title_past_the_limit_is_refused_on_open_and_the_open_one_stays() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("long.kano.json");
    let title = "x".repeat(MAX_NAME_CHARS * 100);
    std::fs::write(
        &path,
        format!(
            r#"{{"format": "kanoscope-project", "version": 1, "title": "{title}", "features": [], "respondents": []}}"#
        ),
    )
    .unwrap();
    let mut dialogs = ScriptedDialogs::default();
    dialogs.open.push_back(Some(path));
    let mut harness = support::studio(Lang::En, dialogs);
    let before = harness.state().document().project().clone();
    command(&mut harness, Command::Open);

    let notice = harness.state().notices().last().unwrap().clone();
    assert!(notice.is_error, "{}", notice.text);
    assert!(notice.text.contains("title"), "{}", notice.text);
    assert!(
        notice.text.contains("100000 characters long") && notice.text.contains("up to 1000"),
        "{}",
        notice.text
    );
    assert_eq!(*harness.state().document().project(), before);
    // The long title is nowhere on screen.
    assert!(harness.query_by_label_contains("xxxxxxxxxx").is_none());
}

// Which processes run is read from /proc; elsewhere a leftover must be an hour old.
#[cfg(target_os = "linux")]
#[test]
fn opening_and_saving_in_the_studio_remove_what_a_killed_save_left() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("metro.kano.json");
    std::fs::write(&path, kanoscope::io::samples::Sample::MetroEnglish.text()).unwrap();
    let leftover = dir.path().join(".metro.kano.json.999999999.4.tmp");
    let mut dialogs = ScriptedDialogs::default();
    dialogs.open.push_back(Some(path.clone()));
    let mut harness = support::studio(Lang::En, dialogs);
    std::fs::write(&leftover, b"half a save").unwrap();
    command(&mut harness, Command::Open);
    assert_eq!(harness.state().document().path(), Some(path.as_path()));
    assert!(!leftover.exists(), "removed on open");

    std::fs::write(&leftover, b"half a save").unwrap();
    command(&mut harness, Command::Save);
    assert!(!leftover.exists(), "removed on save");
    assert!(path.exists());
}

#[test]
fn importing_a_workbook_with_a_cell_at_xfd1048576_is_refused_and_the_project_stays() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("far.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Answers").unwrap();
    sheet.write_string(0, 0, "a_functional").unwrap();
    sheet.write_string(0, 1, "a_dysfunctional").unwrap();
    sheet.write_string(1_048_575, 16_383, "oops").unwrap();
    book.save(&path).unwrap();
    let mut dialogs = ScriptedDialogs::default();
    dialogs.import.push_back(Some(path));
    let mut harness = support::studio(Lang::En, dialogs);
    let before = harness.state().document().project().clone();
    command(&mut harness, Command::Import);

    let notice = harness.state().notices().last().unwrap().clone();
    assert!(notice.is_error, "{}", notice.text);
    for needle in ["\"Answers\"", "A1", "XFD1048576"] {
        assert!(notice.text.contains(needle), "{needle}: {}", notice.text);
    }
    assert_eq!(*harness.state().document().project(), before);
    assert!(
        harness.state().modal().is_none(),
        "no import dialog on a refused file"
    );
}
