//! File ▸ Import through the studio window, driven with egui_kittest and scripted file dialogs:
//! the dialog lists what detection found and lets a person change columns, map unknown texts,
//! choose the order of numeric codes and pair columns of exports that follow no naming
//! convention; Import adds a new project or appends respondents to the open one as one undo
//! step; a broken file, a refused import or Cancel leaves the open project as it was.

// A test fails by panicking, so unwrapping is how it reports a broken expectation.
#![allow(clippy::unwrap_used)]

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kanoscope::app::{Preferences, ScriptedDialogs, StudioApp};
use kanoscope::i18n::Lang;
use kanoscope::kano::{Answer, Response};
use kanoscope::project::{Edit, Project};
use kanoscope::ui::{Action, Command};
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/import")
        .join(name)
}

/// The studio on the sample project, with File ▸ Import answering `files` in turn.
fn studio(files: &[PathBuf]) -> Harness<'static, StudioApp> {
    let mut dialogs = ScriptedDialogs::default();
    for file in files {
        dialogs.import.push_back(Some(file.clone()));
    }
    let prefs = Preferences {
        lang: Some(Lang::En),
        ..Preferences::default()
    };
    let app = StudioApp::new(prefs, Box::new(dialogs));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(|ui, app: &mut StudioApp| app.show(ui), app);
    harness.run();
    harness
}

/// The studio with the import dialog open on `file`.
fn importing(file: &str) -> Harness<'static, StudioApp> {
    let mut harness = studio(&[fixture(file)]);
    command(&mut harness, Command::Import);
    assert!(harness.state().import_session().is_some(), "no dialog");
    harness
}

fn command(harness: &mut Harness<'_, StudioApp>, command: Command) {
    harness.state_mut().queue(Action::Command(command));
    harness.run();
}

fn click(harness: &mut Harness<'_, StudioApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Opens the combo box named `combo` and picks `option` in its list.
fn pick(harness: &mut Harness<'_, StudioApp>, combo: &str, option: &str) {
    click(harness, combo);
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, option)
        .click();
    harness.run();
}

fn import_enabled(harness: &Harness<'_, StudioApp>) -> bool {
    !harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Import")
        .accesskit_node()
        .is_disabled()
}

fn pair(functional: Answer, dysfunctional: Answer) -> Response {
    Response {
        functional: Some(functional),
        dysfunctional: Some(dysfunctional),
        importance: None,
    }
}

/// Each respondent's answers to one feature, functional then dysfunctional.
fn answers(project: &Project, feature: &str) -> Vec<(Option<Answer>, Option<Answer>)> {
    let f = project.feature_index(feature).unwrap();
    project
        .respondents()
        .iter()
        .map(|r| (r.responses[f].functional, r.responses[f].dysfunctional))
        .collect()
}

#[test]
fn the_dialog_lists_detected_features_and_imports_a_changed_column() {
    let mut harness = importing("google_forms.csv");
    let before = harness.state().document().project().clone();
    assert!(
        !harness.state().document().is_dirty(),
        "opening the dialog changes nothing"
    );
    for label in [
        "Functional column of wifi",
        "Dysfunctional column of wifi",
        "Importance column of wifi",
        "Functional column of Seats",
        "Dysfunctional column of Seats",
    ] {
        assert!(harness.query_by_label(label).is_some(), "{label}");
    }
    assert!(
        harness
            .query_by_label_contains(
                "Ready to import into a new project — respondents: 6, features: 2"
            )
            .is_some()
    );

    // Swap wifi's two questions: in between, one column serves both and Import is blocked.
    pick(
        &mut harness,
        "Functional column of wifi",
        "E · wifi_dysfunctional",
    );
    assert!(!import_enabled(&harness));
    assert!(
        harness
            .query_by_label_contains("is chosen for more than one question")
            .is_some()
    );
    pick(
        &mut harness,
        "Dysfunctional column of wifi",
        "D · wifi_functional",
    );
    assert!(import_enabled(&harness));
    assert_eq!(*harness.state().document().project(), before);
    click(&mut harness, "Import");

    assert!(
        harness.state().import_session().is_none(),
        "the dialog closed"
    );
    let document = harness.state().document();
    assert!(document.is_dirty(), "an import is not saved yet");
    let project = document.project();
    assert_eq!(project.title(), "google_forms");
    assert_eq!(project.respondents().len(), 6);
    let ids: Vec<&str> = project.features().iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["wifi", "Seats"]);
    use Answer::*;
    assert_eq!(
        project.respondents()[0].responses[0],
        Response {
            importance: kanoscope::kano::Importance::new(7).ok(),
            ..pair(Dislike, Like)
        }
    );
    assert_eq!(answers(project, "wifi")[2], (Some(LiveWith), Some(Like)));
    assert_eq!(answers(project, "Seats")[0], (Some(MustBe), Some(Dislike)));
    let notice = harness.state().notices().last().unwrap();
    assert!(
        notice.text.contains("6 respondents and 2 features"),
        "{}",
        notice.text
    );
}

#[test]
fn texts_mapped_by_hand_let_the_import_through() {
    let mut harness = importing("unknown_texts.csv");
    assert!(!import_enabled(&harness));
    assert!(
        harness
            .query_by_label_contains("Answer texts that match no answer: 2.")
            .is_some()
    );
    // Import while blocked does nothing, by click or by Enter.
    click(&mut harness, "Import");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(harness.state().import_session().is_some());

    pick(&mut harness, "Meaning of “Love it”", "I like it");
    assert!(
        harness
            .query_by_label_contains("Answer texts that match no answer: 1.")
            .is_some()
    );
    pick(&mut harness, "Meaning of “Hate it”", "I dislike it");
    assert!(import_enabled(&harness));
    // Enter imports once nothing blocks it.
    harness.key_press(egui::Key::Enter);
    harness.run();

    assert!(harness.state().import_session().is_none());
    let project = harness.state().document().project();
    use Answer::*;
    assert_eq!(
        answers(project, "wifi"),
        [
            (Some(Like), Some(Dislike)),
            (Some(Like), Some(Dislike)),
            (Some(Like), Some(Neutral)),
        ]
    );
    let ids: Vec<&str> = project
        .respondents()
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(ids, ["n1", "n2", "n3"], "the id column was recognised");
}

#[test]
fn numeric_codes_wait_for_their_order_and_each_order_reads_them_its_way() {
    use Answer::*;
    let orders = [
        (
            "1 = I like it … 5 = I dislike it",
            [(Like, Dislike), (MustBe, Dislike), (Like, Neutral)],
        ),
        (
            "1 = I dislike it … 5 = I like it",
            [(Dislike, Like), (LiveWith, Like), (Dislike, Neutral)],
        ),
    ];
    for (order, expected) in orders {
        let mut harness = importing("numeric_codes.csv");
        assert!(!import_enabled(&harness), "no order is taken silently");
        assert!(
            harness
                .query_by_label_contains("Choose which order the survey used")
                .is_some()
        );
        click(&mut harness, order);
        assert!(import_enabled(&harness), "{order}");
        click(&mut harness, "Import");
        let project = harness.state().document().project();
        let expected: Vec<_> = expected.iter().map(|&(f, d)| (Some(f), Some(d))).collect();
        assert_eq!(answers(project, "wifi"), expected, "{order}");
    }
}

#[test]
fn question_texts_are_paired_on_opening_or_by_hand() {
    // On opening: the same pairing as the command line, by what the questions say (the
    // question about absence is the dysfunctional one, in whichever column it stands).
    let harness = importing("question_texts.csv");
    let session = harness.state().import_session().unwrap();
    let pairs: Vec<_> = session
        .features()
        .iter()
        .map(|f| {
            (
                f.id.as_str(),
                f.name.as_str(),
                f.functional,
                f.dysfunctional,
                f.importance,
            )
        })
        .collect();
    assert_eq!(
        pairs,
        [
            ("offline-maps", "offline maps", Some(2), Some(3), Some(4)),
            ("live-arrivals", "live arrivals", Some(6), Some(5), None)
        ]
    );
    assert!(import_enabled(&harness));

    // By hand: the second feature left out, then added again, named, its two columns picked.
    let mut harness = importing("question_texts.csv");
    click(&mut harness, "Remove live-arrivals");
    click(&mut harness, "Add feature");
    harness.get_by_label("Id of feature 2").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("Id of feature 2")
        .type_text("arrivals");
    harness.run();
    pick(
        &mut harness,
        "Functional column of arrivals",
        "G · If the app showed live arrivals, how would you feel?",
    );
    pick(
        &mut harness,
        "Dysfunctional column of arrivals",
        "F · If the app did not show live arrivals, how would you feel?",
    );
    pick(&mut harness, "Segment column", "B · City");
    click(&mut harness, "Import");
    let project = harness.state().document().project();
    use Answer::*;
    assert_eq!(project.features()[0].name, "offline maps");
    assert_eq!(project.features()[1].id, "arrivals");
    assert_eq!(
        answers(project, "arrivals"),
        [
            (Some(MustBe), Some(Dislike)),
            (Some(Like), Some(Dislike)),
            (Some(MustBe), Some(LiveWith)),
            (Some(MustBe), Some(Dislike)),
        ]
    );
    let respondent = &project.respondents()[1];
    assert_eq!(
        (respondent.id.as_str(), respondent.segment.as_str()),
        ("k2", "York")
    );
}

#[test]
fn appended_respondents_refuse_or_renumber_taken_ids_and_undo_in_one_step() {
    let mut harness = importing("metro_more.csv");
    let before = harness.state().document().project().clone();
    click(
        &mut harness,
        "the open project “Metro Line 11: passenger services”, as more respondents",
    );
    // Refused by default: the taken id is listed and Import stays off.
    assert!(!import_enabled(&harness));
    assert!(
        harness
            .query_by_label_contains(
                "Respondent ids already in the open project (1): “r-0001” (row 2)"
            )
            .is_some()
    );
    click(&mut harness, "give those respondents new ids");
    assert!(
        harness
            .query_by_label_contains("Respondents who get new ids: 1.")
            .is_some()
    );
    click(&mut harness, "Import");

    let document = harness.state().document();
    let project = document.project();
    assert_eq!(project.respondents().len(), before.respondents().len() + 3);
    assert_eq!(document.undo_label(), Some("Import 3 respondents"));
    let added: Vec<(&str, &str)> = project.respondents()[120..]
        .iter()
        .map(|r| (r.id.as_str(), r.segment.as_str()))
        .collect();
    assert_eq!(
        added,
        [
            ("r-0121", "Commuter"),
            ("r-0501", "Tourist"),
            ("r-0502", "Tourist")
        ]
    );
    let wifi = project.feature_index("onboard-wifi").unwrap();
    let gates = project.feature_index("contactless-gates").unwrap();
    let last = &project.respondents()[122];
    assert_eq!(last.responses[wifi], pair(Answer::Neutral, Answer::Neutral));
    assert_eq!(
        last.responses[gates],
        Response::default(),
        "not in the file"
    );
    let notice = &harness.state().notices().last().unwrap().text;
    assert!(notice.contains("Added 3 respondents"), "{notice}");
    assert!(notice.contains("got new ones: 1"), "{notice}");

    command(&mut harness, Command::Undo);
    assert_eq!(
        *harness.state().document().project(),
        before,
        "one undo takes all out"
    );
}

#[test]
fn appending_features_the_project_lacks_is_refused_in_the_dialog() {
    let mut harness = importing("google_forms.csv");
    click(
        &mut harness,
        "the open project “Metro Line 11: passenger services”, as more respondents",
    );
    assert!(!import_enabled(&harness));
    assert!(
        harness
            .query_by_label_contains("The open project has no feature wifi, Seats")
            .is_some()
    );
    assert!(
        !harness
            .get_all_by_label("Not in the project")
            .collect::<Vec<_>>()
            .is_empty()
    );
}

#[test]
fn a_broken_file_or_bad_ids_change_nothing() {
    let mut harness = studio(&[fixture("empty.csv"), fixture("duplicate_ids.csv")]);
    let before = harness.state().document().project().clone();
    command(&mut harness, Command::Import);
    assert!(
        harness.state().import_session().is_none(),
        "nothing to show"
    );
    let notice = harness.state().notices().last().unwrap().clone();
    assert!(notice.is_error, "{}", notice.text);
    assert!(
        notice.text.contains("empty.csv") && notice.text.contains("empty"),
        "{}",
        notice.text
    );
    assert!(notice.text.contains("unchanged"), "{}", notice.text);
    assert_eq!(*harness.state().document().project(), before);

    // The id column repeats an id: the dialog names the rows, and "None" numbers them instead.
    command(&mut harness, Command::Import);
    assert!(
        import_enabled(&harness),
        "a column with a repeated id is not offered"
    );
    pick(&mut harness, "Respondent id column", "A · id");
    assert!(!import_enabled(&harness));
    assert!(
        harness
            .query_by_label_contains("“a1” is in row 2 and again in row 4")
            .is_some()
    );
    pick(
        &mut harness,
        "Respondent id column",
        "None: number them r-0001, r-0002, …",
    );
    click(&mut harness, "Import");
    let project = harness.state().document().project();
    assert_eq!(project.respondents()[2].id, "r-0003");
}

#[test]
fn cancel_and_escape_leave_everything_as_it_was() {
    let mut harness = importing("unknown_texts.csv");
    let before = harness.state().document().project().clone();
    pick(&mut harness, "Meaning of “Love it”", "I like it");
    click(&mut harness, "Cancel");
    assert!(harness.state().import_session().is_none());
    assert_eq!(*harness.state().document().project(), before);
    assert!(!harness.state().document().is_dirty());
    assert!(harness.state().document().undo_label().is_none());

    // Esc speaks to the dialog even when a field of the studio had the keyboard before it.
    let mut harness = studio(&[fixture("google_forms.csv")]);
    harness.get_by_label("Project title").click();
    harness.run();
    assert!(harness.get_by_label("Project title").is_focused());
    command(&mut harness, Command::Import);
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().import_session().is_none());
    assert_eq!(*harness.state().document().project(), before);
}

#[test]
fn a_new_project_over_unsaved_changes_asks_first() {
    let mut harness = studio(&[fixture("google_forms.csv")]);
    harness.state_mut().queue(Action::Edit {
        edit: Edit::SetTitle("Changed".to_owned()),
        label: "Rename project".to_owned(),
        merge: None,
    });
    harness.run();
    command(&mut harness, Command::Import);
    // Undo is no shortcut behind the dialog.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().document().project().title(), "Changed");

    click(&mut harness, "Import");
    assert!(
        harness.state().pending().is_some(),
        "Save changes? is asked"
    );
    click(&mut harness, "Cancel");
    assert_eq!(harness.state().document().project().title(), "Changed");
    assert!(
        harness.state().import_session().is_some(),
        "the dialog is back"
    );

    click(&mut harness, "Import");
    click(&mut harness, "Discard");
    assert_eq!(harness.state().document().project().title(), "google_forms");
    assert!(harness.state().import_session().is_none());
}

#[test]
fn the_dialog_draws_in_chinese_with_the_bundled_font() {
    let mut dialogs = ScriptedDialogs::default();
    for file in ["tencent_bom.csv", "numeric_codes.csv", "unpaired.csv"] {
        dialogs.import.push_back(Some(fixture(file)));
    }
    let prefs = Preferences {
        lang: Some(Lang::Zh),
        ..Preferences::default()
    };
    let app = StudioApp::new(prefs, Box::new(dialogs));
    // A glyph the font lacks makes a frame panic: drawing every part is the check.
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_context_setup(kanoscope::ui::fonts::install_bundled)
        .build_ui_state(|ui, app: &mut StudioApp| app.show(ui), app);
    harness.run();
    let t = &Lang::Zh.texts().import;
    let title = harness.state().document().project().title().to_owned();
    let append = kanoscope::i18n::fill(t.into_open_project, &[("title", &title)]);
    for _ in 0..3 {
        command(&mut harness, Command::Import);
        assert!(harness.state().import_session().is_some());
        harness.get_by_label(t.texts_heading);
        click(&mut harness, &append);
        harness.get_by_label(t.blocked_heading);
        click(&mut harness, t.cancel_button);
        assert!(harness.state().import_session().is_none());
    }
}

#[test]
fn dropping_a_survey_export_on_the_window_opens_the_import_dialog() {
    let mut harness = studio(&[]);
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(fixture("google_forms.csv"))));
    harness.run();
    assert!(harness.state().import_session().is_some());
    assert!(!harness.state().document().is_dirty());
    assert!(harness.state().notices().iter().all(|n| !n.is_error));
}

/// A file dropped on the window, as the windowing layer hands it to egui.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}
