//! The Responses tab, driven through the whole studio with egui_kittest: entering answers with
//! the picker and with the keyboard, clearing, renaming (and refusing a taken id), deleting and
//! undoing, filtering, and a 10,000 × 200 project that must render a screenful, not the project.

// A test fails by panicking, so unwrapping is how it reports a broken expectation.
#![allow(clippy::unwrap_used)]

use eframe::egui::{self, Key, Modifiers, Pos2, vec2};
use egui_kittest::{
    Harness,
    kittest::{NodeT, Queryable},
};
use kanoscope::app::{Preferences, ScriptedDialogs, StudioApp};
use kanoscope::i18n::Lang;
use kanoscope::kano::{Answer, Category, Importance, Response};
use kanoscope::project::{Feature, Project, Respondent, synthetic_project};
use kanoscope::ui::Tab;
use kanoscope::ui::theme::{GRID_CELL_WIDTH, GRID_ROW_HEIGHT};

const GRID: &str = "Responses grid";

/// Three features, two respondents with nothing answered.
fn small_project() -> Project {
    let features = ["Free Wi-Fi", "Live arrival times", "Quiet carriage"]
        .iter()
        .enumerate()
        .map(|(j, name)| Feature {
            id: format!("f{j}"),
            name: (*name).to_owned(),
            ..Feature::default()
        })
        .collect();
    let respondents = [("r-0001", "Commuter"), ("r-0002", "Tourist")]
        .iter()
        .map(|(id, segment)| Respondent {
            id: (*id).to_owned(),
            segment: (*segment).to_owned(),
            responses: vec![Response::default(); 3],
            ..Respondent::default()
        })
        .collect();
    Project::from_parts("Test".into(), Default::default(), features, respondents).unwrap()
}

fn studio(project: Project) -> Harness<'static, StudioApp> {
    studio_stepping(project, 1.0 / 4.0)
}

fn studio_stepping(project: Project, step_dt: f32) -> Harness<'static, StudioApp> {
    let prefs = Preferences {
        lang: Some(Lang::En),
        ..Preferences::default()
    };
    let mut app =
        StudioApp::new(prefs, Box::new(ScriptedDialogs::default())).with_project(project, None);
    app.view_mut().tab = Tab::Responses;
    // The status bar's unsaved-changes marker "●" is not in egui's default fonts (a box until the
    // studio bundles a font with it), and most tests here make a change.
    // `every_string_of_the_tab_can_be_drawn` checks this tab's own glyphs.
    let mut harness = Harness::builder()
        .with_size(vec2(1400.0, 900.0))
        .allow_missing_glyphs()
        .with_step_dt(step_dt)
        .build_ui_state(|ui, app: &mut StudioApp| app.show(ui), app);
    harness.run();
    harness
}

/// The centre of the answer cell at display row `row`, feature `column`, unscrolled.
fn cell_center(harness: &Harness<'_, StudioApp>, row: usize, column: usize) -> Pos2 {
    let body = harness.get_by_label(GRID).rect();
    body.min
        + vec2(
            (column as f32 + 0.5) * GRID_CELL_WIDTH,
            (row as f32 + 0.5) * GRID_ROW_HEIGHT,
        )
}

fn click_at(harness: &mut Harness<'_, StudioApp>, pos: Pos2) {
    harness.hover_at(pos);
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    harness.run();
}

fn response(harness: &Harness<'_, StudioApp>, respondent: usize, feature: usize) -> Response {
    harness.state().document().project().respondents()[respondent].responses[feature]
}

fn press(harness: &mut Harness<'_, StudioApp>, keys: &[Key]) {
    for key in keys {
        harness.key_press(*key);
        harness.run();
    }
}

fn undo(harness: &mut Harness<'_, StudioApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
}

#[test]
fn answers_entered_with_the_picker_and_with_keys_change_the_results() {
    let mut harness = studio(small_project());

    harness.get_by_label("Add respondent").click();
    harness.run();
    let project = harness.state().document().project();
    assert_eq!(project.respondents().len(), 3);
    assert_eq!(harness.state().view().selected_respondent, Some(2));

    // The picker: click the new respondent's first cell, then one answer on each side.
    let pos = cell_center(&harness, 2, 0);
    click_at(&mut harness, pos);
    assert_eq!(harness.state().view().responses.picker(), Some((2, 0)));
    harness
        .get_by_label("Functional question: I like it")
        .click();
    harness.run();
    harness
        .get_by_label("Dysfunctional question: I can live with it")
        .click();
    harness.run();
    harness.get_by_label("Importance 7").click();
    harness.run();
    assert_eq!(
        response(&harness, 2, 0),
        Response {
            importance: Importance::new(7).ok(),
            ..Response::pair(Answer::Like, Answer::LiveWith)
        }
    );
    let results = harness.state().document().project().current_results();
    assert_eq!(results.features[0].stats.category, Some(Category::A));
    assert_eq!(results.features[0].stats.n, 1);
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().view().responses.picker(), None);

    // Keys only: select another cell, then 1 (like) and 5 (dislike): one-dimensional.
    let pos = cell_center(&harness, 0, 1);
    click_at(&mut harness, pos);
    harness.key_press(Key::Escape); // close the picker the click opened; keys still go to the grid
    harness.run();
    harness.key_press(Key::Num1);
    harness.run();
    assert_eq!(
        harness.state().view().responses.awaiting(),
        kanoscope::ui::responses_grid::Awaiting::Dysfunctional,
        "after the functional answer the dysfunctional one is awaited"
    );
    assert!(
        harness
            .query_by_label_contains("press 1–5 for the dysfunctional answer")
            .is_some(),
        "the awaited side is shown"
    );
    harness.key_press(Key::Num5);
    harness.run();
    assert_eq!(
        response(&harness, 0, 1),
        Response::pair(Answer::Like, Answer::Dislike)
    );
    let results = harness.state().document().project().current_results();
    assert_eq!(results.features[1].stats.category, Some(Category::O));

    // Each answer is its own undo step: undo takes back the dysfunctional answer only.
    undo(&mut harness);
    assert_eq!(
        response(&harness, 0, 1),
        Response {
            functional: Some(Answer::Like),
            ..Response::default()
        }
    );
    press(&mut harness, &[Key::Num5]);

    // Arrow right, then i + 9 sets importance on the next feature; 0 clears the cell again.
    press(
        &mut harness,
        &[Key::ArrowRight, Key::Num2, Key::Num5, Key::I, Key::Num9],
    );
    assert_eq!(
        response(&harness, 0, 2),
        Response {
            importance: Importance::new(9).ok(),
            ..Response::pair(Answer::MustBe, Answer::Dislike)
        }
    );
    assert_eq!(
        harness
            .state()
            .document()
            .project()
            .current_results()
            .features[2]
            .stats
            .category,
        Some(Category::M)
    );
    press(&mut harness, &[Key::Num0]);
    assert_eq!(response(&harness, 0, 2), Response::default());
    assert_eq!(
        harness
            .state()
            .document()
            .project()
            .current_results()
            .features[2]
            .stats
            .n,
        0
    );

    // Delete clears too; Enter moves down.
    press(&mut harness, &[Key::ArrowLeft, Key::Delete]);
    assert_eq!(response(&harness, 0, 1), Response::default());
    press(&mut harness, &[Key::Enter]);
    assert_eq!(harness.state().view().selected_respondent, Some(1));
    assert_eq!(harness.state().view().selected_feature, Some(1));
}

#[test]
fn the_picker_clear_button_empties_a_cell() {
    let mut project = small_project();
    project
        .apply(kanoscope::project::Edit::SetResponse {
            respondent: 1,
            feature: 2,
            response: Response::pair(Answer::Neutral, Answer::Neutral),
        })
        .unwrap();
    let mut harness = studio(project);
    let pos = cell_center(&harness, 1, 2);
    click_at(&mut harness, pos);
    assert!(harness.query_by_label_contains("Indifferent (I)").is_some());
    harness.get_by_label("Clear").click();
    harness.run();
    assert_eq!(response(&harness, 1, 2), Response::default());
    undo(&mut harness);
    assert_eq!(
        response(&harness, 1, 2),
        Response::pair(Answer::Neutral, Answer::Neutral)
    );
}

#[test]
fn renaming_refuses_a_taken_id_until_it_is_free() {
    let mut harness = studio(small_project());
    harness.get_by_label("r-0002").click();
    harness.run();
    assert_eq!(harness.state().view().selected_respondent, Some(1));
    harness.get_by_label("Rename respondent").click();
    harness.run();

    // The whole id is selected, so typing replaces it. A taken id is shown, not applied.
    harness.get_by_label("Respondent id").type_text("r-0001");
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Another respondent already has the id “r-0001”")
            .is_some()
    );
    assert_eq!(
        harness.state().document().project().respondents()[1].id,
        "r-0002"
    );
    // One more character makes it free: applied at once.
    harness.get_by_label("Respondent id").type_text("b");
    harness.run();
    assert_eq!(
        harness.state().document().project().respondents()[1].id,
        "r-0001b"
    );
    assert!(
        harness
            .query_by_label_contains("Another respondent already has")
            .is_none()
    );
    harness.key_press(Key::Enter);
    harness.run();
    assert!(
        harness.query_by_label("Respondent id").is_none(),
        "editing ended"
    );

    // Typing was one undo step.
    undo(&mut harness);
    assert_eq!(
        harness.state().document().project().respondents()[1].id,
        "r-0002"
    );
}

#[test]
fn an_empty_id_is_refused_and_escape_gives_the_old_one_back() {
    let mut harness = studio(small_project());
    harness.get_by_label("r-0001").click();
    harness.run();
    harness.key_press(Key::F2);
    harness.run();
    harness.get_by_label("Respondent id").type_text("x");
    harness.run();
    assert_eq!(
        harness.state().document().project().respondents()[0].id,
        "x"
    );
    harness.key_press(Key::Backspace);
    harness.run();
    assert!(harness.query_by_label_contains("cannot be empty").is_some());
    assert_eq!(
        harness.state().document().project().respondents()[0].id,
        "x"
    );
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(
        harness.state().document().project().respondents()[0].id,
        "r-0001"
    );
}

#[test]
fn a_segment_is_edited_in_place_by_double_click() {
    // Frames of 1/60 s, so that two clicks land within egui's double-click delay.
    let mut harness = studio_stepping(small_project(), 1.0 / 60.0);
    let segment = harness.get_by_label("Segment of r-0002: Tourist");
    segment.click();
    segment.click();
    harness.run();
    harness.get_by_label("Segment").type_text("Commuter");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let project = harness.state().document().project();
    assert_eq!(project.respondents()[1].segment, "Commuter");
    assert_eq!(project.segments(), ["Commuter"]);
    assert!(
        harness
            .query_by_label("Segment of r-0002: Commuter")
            .is_some()
    );
    undo(&mut harness);
    assert_eq!(
        harness.state().document().project().respondents()[1].segment,
        "Tourist"
    );
}

#[test]
fn a_feature_header_names_the_feature_and_selects_its_column() {
    let mut harness = studio(small_project());
    // The side panel lists the feature too; the grid's header is the one further right.
    let header = harness
        .query_all_by_label("Live arrival times")
        .max_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .expect("the grid shows the feature's header");
    header.hover();
    harness.run();
    assert!(
        harness.query_by_label_contains("Id: f1").is_some(),
        "the hover tip gives the full name and the id"
    );
    harness
        .query_all_by_label("Live arrival times")
        .max_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .expect("the grid shows the feature's header")
        .click();
    harness.run();
    assert_eq!(harness.state().view().selected_feature, Some(1));
    assert_eq!(harness.state().view().selected_respondent, Some(0));
    // The grid now has the keyboard: 4 then 4 answers that column for the first respondent.
    press(&mut harness, &[Key::Num4, Key::Num4]);
    assert_eq!(
        response(&harness, 0, 1),
        Response::pair(Answer::LiveWith, Answer::LiveWith)
    );
    let grid = harness.get_by_label(GRID);
    assert_eq!(
        grid.value().as_deref(),
        Some(
            "r-0001 · Live arrival times: I can live with it / I can live with it, Indifferent (I)"
        ),
        "a screen reader hears the selected cell"
    );
}

#[test]
fn deleting_respondents_is_undoable() {
    let mut harness = studio(small_project());
    harness.get_by_label("r-0001").click();
    harness.run();
    harness.get_by_label("Delete respondent").click();
    harness.run();
    let ids: Vec<String> = harness
        .state()
        .document()
        .project()
        .respondents()
        .iter()
        .map(|r| r.id.clone())
        .collect();
    assert_eq!(ids, ["r-0002"]);
    assert!(harness.query_by_label("r-0001").is_none());

    undo(&mut harness);
    let project = harness.state().document().project();
    assert_eq!(project.respondents().len(), 2);
    assert_eq!(project.respondents()[0].id, "r-0001");
    assert!(harness.query_by_label("r-0001").is_some());

    // Ctrl-click marks several rows; one delete removes them all, one undo brings them back.
    harness.get_by_label("r-0001").click();
    harness.run();
    harness
        .get_by_label("r-0002")
        .click_modifiers(Modifiers::COMMAND);
    harness.run();
    harness.get_by_label("Delete 2 respondents").click();
    harness.run();
    assert!(
        harness
            .state()
            .document()
            .project()
            .respondents()
            .is_empty()
    );
    undo(&mut harness);
    assert_eq!(harness.state().document().project().respondents().len(), 2);
}

#[test]
fn the_filter_shows_matching_respondents_only() {
    let mut harness = studio(small_project());
    harness.get_by_label("Filter").click();
    harness.run();
    harness.get_by_label("Filter").type_text("tour");
    harness.run();
    assert!(harness.query_by_label("r-0001").is_none());
    assert!(harness.query_by_label("r-0002").is_some());
    assert!(
        harness
            .query_by_label_contains("1 of 2 respondents")
            .is_some()
    );

    // Display row 0 is now r-0002: a key entered there lands on the right respondent.
    let pos = cell_center(&harness, 0, 0);
    click_at(&mut harness, pos);
    press(&mut harness, &[Key::Escape, Key::Num3, Key::Num3]);
    assert_eq!(
        response(&harness, 1, 0),
        Response::pair(Answer::Neutral, Answer::Neutral)
    );
    assert_eq!(response(&harness, 0, 0), Response::default());
}

#[test]
fn a_huge_project_renders_only_what_is_on_screen() {
    let mut harness = studio(synthetic_project(200, 10_000));
    let shapes = harness.output().shapes.len();
    let nodes = harness.root().children_recursive().count();
    // Two million cells; a screenful is about 600 of them (measured: ~1,800 shapes, ~130 nodes).
    assert!(shapes < 4_000, "{shapes} shapes for one frame");
    assert!(nodes < 300, "{nodes} accessibility nodes");
    assert!(harness.query_by_label("r-000001").is_some());
    assert!(harness.query_by_label("r-010000").is_none());

    // Jump to the last row and the last feature with the keyboard; it scrolls into view.
    let pos = cell_center(&harness, 0, 0);
    click_at(&mut harness, pos);
    harness.key_press(Key::Escape);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::End);
    harness.key_press(Key::End);
    harness.run();
    assert_eq!(harness.state().view().selected_respondent, Some(9_999));
    assert_eq!(harness.state().view().selected_feature, Some(199));
    assert!(harness.query_by_label("r-010000").is_some());
    assert!(harness.query_by_label("Feature 199").is_some());
    assert!(harness.query_by_label("r-000001").is_none());
    let shapes = harness.output().shapes.len();
    assert!(shapes < 4_000, "{shapes} shapes after scrolling");

    // An answer typed there is one edit on the right respondent.
    press(&mut harness, &[Key::Num1, Key::Num5]);
    assert_eq!(
        response(&harness, 9_999, 199),
        Response {
            importance: response(&harness, 9_999, 199).importance,
            ..Response::pair(Answer::Like, Answer::Dislike)
        }
    );
}

#[test]
fn every_string_of_the_tab_can_be_drawn() {
    // Laid out with the policy that panics on a missing glyph, in English (the Chinese font is
    // bundled separately), in both font families the grid uses.
    let ctx = egui::Context::default();
    ctx.set_missing_glyph_policy(egui::MissingGlyphPolicy::Panic);
    let mut strings: Vec<String> = kanoscope::i18n::ResponsesTexts::pairs()
        .into_iter()
        .map(|(_, en, _)| en.to_owned())
        .collect();
    // The grid's own symbols: short answers and categories, the unanswered dot, the ellipsis of
    // truncated names, the clear-filter cross.
    strings.extend(["LENTD/·…×AOMIRQ0123456789".to_owned()]);
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        for text in &strings {
            ui.label(text);
            ui.label(egui::RichText::new(text).monospace());
            ui.label(egui::RichText::new(text).small());
        }
    });
    output.textures_delta.clear();
}
