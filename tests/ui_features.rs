//! The Features tab and the side panel, driven through the whole studio window with
//! egui_kittest: what a person clicks and types, and what the project holds afterwards.

// A test fails by panicking, so unwrapping is how it reports a broken expectation.
#![allow(clippy::unwrap_used)]

use eframe::egui::{self, Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::{Harness, Node};
use kanoscope::app::{Preferences, ScriptedDialogs, StudioApp};
use kanoscope::i18n::Lang;
use kanoscope::project::Project;
use kanoscope::ui::Tab;

/// The studio on its sample project, showing the Features tab.
fn studio() -> Harness<'static, StudioApp> {
    studio_with(None)
}

/// The studio on `project` (or the sample), showing the Features tab.
fn studio_with(project: Option<Project>) -> Harness<'static, StudioApp> {
    let prefs = Preferences {
        lang: Some(Lang::En),
        ..Preferences::default()
    };
    let mut app = StudioApp::new(prefs, Box::new(ScriptedDialogs::default()));
    if let Some(project) = project {
        app = app.with_project(project, None);
    }
    // The status bar's unsaved-changes marker "●" is not in egui's default fonts (it shows as a
    // box until the studio bundles a font that has it), and every test here makes a change.
    // `every_string_of_the_panels_can_be_drawn` checks this panel's own glyphs.
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .allow_missing_glyphs()
        .build_ui_state(|ui, app: &mut StudioApp| app.show(ui), app);
    harness.run();
    harness.get_by_label("Features").click();
    harness.run();
    harness
}

fn project(harness: &Harness<'_, StudioApp>) -> Project {
    harness.state().document().project().clone()
}

/// Every widget named `label`, left to right (the side panel comes before the Features list).
fn all_named<'a>(harness: &'a Harness<'_, StudioApp>, label: &'a str) -> Vec<Node<'a>> {
    let mut nodes: Vec<Node<'a>> = harness.get_all_by_label(label).collect();
    nodes.sort_by(|a, b| a.rect().left().total_cmp(&b.rect().left()));
    nodes
}

/// The side panel's right edge: it starts 260 points wide.
const SIDE_PANEL_RIGHT: f32 = 270.0;

/// The row of a feature in the side panel.
fn side_panel_row<'a>(harness: &'a Harness<'_, StudioApp>, name: &'a str) -> Node<'a> {
    all_named(harness, name).into_iter().next().unwrap()
}

/// How many rows the side panel shows for a feature (0 or 1).
fn in_side_panel(harness: &Harness<'_, StudioApp>, name: &str) -> usize {
    all_named(harness, name)
        .iter()
        .filter(|n| n.rect().right() < SIDE_PANEL_RIGHT)
        .count()
}

/// The row of a feature in the Features tab's list.
fn list_row<'a>(harness: &'a Harness<'_, StudioApp>, name: &'a str) -> Node<'a> {
    all_named(harness, name).into_iter().last().unwrap()
}

/// Clicks a text field, selects all of its text and types `text` over it.
fn replace_text(harness: &mut Harness<'_, StudioApp>, field: &str, text: &str) {
    harness.get_by_label(field).click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    if text.is_empty() {
        harness.key_press(Key::Backspace);
    } else {
        harness.get_by_label(field).type_text(text);
    }
    harness.run();
}

fn undo(harness: &mut Harness<'_, StudioApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
}

/// Opens the feature named `name` from the side panel.
fn open_feature(harness: &mut Harness<'_, StudioApp>, name: &str) {
    side_panel_row(harness, name).click();
    harness.run();
}

#[test]
fn a_new_feature_is_named_asked_about_and_listed_under_its_touchpoint() {
    let mut harness = studio();
    let before = project(&harness).features().len();
    harness.get_by_label("Add feature").click();
    harness.run();
    assert_eq!(harness.state().view().tab, Tab::Features);
    // The new feature's name is selected, so typing replaces it.
    harness
        .get_by_label("Name")
        .type_text("Platform screen doors");
    harness.run();
    // The questions were generated from the name as it was typed; the person words them anew.
    assert_eq!(
        project(&harness).features().last().unwrap().functional,
        "If platform screen doors were available, how would you feel?"
    );
    replace_text(
        &mut harness,
        "Functional question",
        "If the platforms had screen doors, how would you feel?",
    );
    replace_text(
        &mut harness,
        "Dysfunctional question",
        "If the platforms had no screen doors, how would you feel?",
    );
    harness.get_by_label("Touchpoint").click();
    harness.run();
    harness
        .get_by_label("Touchpoint")
        .type_text("Waiting on the platform");
    harness.run();

    let project = project(&harness);
    assert_eq!(project.features().len(), before + 1);
    let feature = project.features().last().unwrap();
    assert_eq!(feature.name, "Platform screen doors");
    assert_eq!(
        feature.functional,
        "If the platforms had screen doors, how would you feel?"
    );
    assert_eq!(
        feature.dysfunctional,
        "If the platforms had no screen doors, how would you feel?"
    );
    assert_eq!(feature.touchpoint, "Waiting on the platform");
    assert_eq!(
        project.touchpoints().last(),
        Some(&"Waiting on the platform")
    );

    // The side panel lists it right under its touchpoint's header, indented.
    let header = harness.get_by_label("Waiting on the platform").rect();
    let row = side_panel_row(&harness, "Platform screen doors").rect();
    assert!(row.top() >= header.bottom() - 1.0 && row.top() < header.bottom() + 8.0);
    assert!(row.left() <= header.left() + 1.0);
    // And the list has it too.
    assert_eq!(all_named(&harness, "Platform screen doors").len(), 2);
}

#[test]
fn generate_questions_fills_the_pair_from_the_name_in_one_step() {
    let mut harness = studio();
    harness.get_by_label("Add feature").click();
    harness.run();
    harness
        .get_by_label("Name")
        .type_text("free Wi-Fi on board");
    harness.run();
    // Reworded by hand, the question no longer follows the name; Generate brings it back.
    replace_text(
        &mut harness,
        "Functional question",
        "Would Wi-Fi please you?",
    );
    harness.get_by_label("Generate questions").click();
    harness.run();
    let project_after = project(&harness);
    let feature = project_after.features().last().unwrap();
    assert_eq!(
        feature.functional,
        "If free Wi-Fi on board were available, how would you feel?"
    );
    assert_eq!(
        feature.dysfunctional,
        "If free Wi-Fi on board were not available, how would you feel?"
    );
    assert_eq!(
        harness.state().document().undo_label(),
        Some("Generate questions")
    );
    undo(&mut harness);
    let feature = project(&harness).features().last().unwrap().clone();
    assert_eq!(feature.name, "free Wi-Fi on board");
    assert_eq!(feature.functional, "Would Wi-Fi please you?");
}

#[test]
fn a_duplicate_id_is_explained_and_never_applied() {
    let mut harness = studio();
    let before = project(&harness);
    open_feature(&mut harness, "Tap-and-go gates (bank card or phone)");
    assert_eq!(harness.state().view().selected_feature, Some(0));
    replace_text(&mut harness, "Id", "fare-capping");
    assert!(
        harness
            .query_by_label_contains(
                "“fare-capping” is already the id of “Daily and weekly fare capping”"
            )
            .is_some()
    );
    assert_eq!(project(&harness), before);
    assert!(harness.state().notices().is_empty());

    // An empty id is refused the same way.
    replace_text(&mut harness, "Id", "");
    assert!(
        harness
            .query_by_label_contains("The id cannot be empty")
            .is_some()
    );
    assert_eq!(project(&harness), before);

    // A free id is applied, and the message goes.
    harness.get_by_label("Id").type_text("gates");
    harness.run();
    assert_eq!(project(&harness).features()[0].id, "gates");
    assert!(harness.query_by_label_contains("already the id").is_none());
    assert!(harness.query_by_label_contains("cannot be empty").is_none());
}

#[test]
fn buttons_and_alt_arrows_reorder_features_with_their_answers() {
    let mut harness = studio();
    let before = project(&harness);
    let answers = |p: &Project, feature: usize| -> Vec<_> {
        p.respondents()
            .iter()
            .map(|r| r.responses[feature])
            .collect()
    };
    open_feature(&mut harness, "Daily and weekly fare capping");
    harness.get_by_label("Move up").click();
    harness.run();
    let moved = project(&harness);
    assert_eq!(moved.features()[0].id, "fare-capping");
    assert_eq!(moved.features()[1].id, "contactless-gates");
    assert_eq!(answers(&moved, 0), answers(&before, 1));
    assert_eq!(harness.state().view().selected_feature, Some(0));
    // At the top, Move up has nowhere to go.
    assert!(
        harness
            .get_by_label("Move up")
            .accesskit_node()
            .is_disabled()
    );

    harness.get_by_label("Move down").click();
    harness.run();
    assert_eq!(project(&harness), before);

    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    harness.run();
    let moved = project(&harness);
    assert_eq!(moved.features()[2].id, "fare-capping");
    assert_eq!(harness.state().view().selected_feature, Some(2));
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    harness.run();
    assert_eq!(project(&harness), before);
}

#[test]
fn dragging_a_row_moves_the_feature() {
    let mut harness = studio();
    let from = list_row(&harness, "Tap-and-go gates (bank card or phone)").rect();
    let onto = list_row(&harness, "Ticket machines that take cash").rect();
    harness.hover_at(from.center());
    harness.run();
    harness.drag_at(from.center());
    harness.run();
    for step in 1..=8 {
        let t = step as f32 / 8.0;
        let target = egui::pos2(from.center().x, onto.bottom() - 4.0);
        harness.hover_at(from.center() + (target - from.center()) * t);
        harness.run();
    }
    harness.drop_at(egui::pos2(from.center().x, onto.bottom() - 4.0));
    harness.run();
    let ids: Vec<String> = project(&harness).features()[..3]
        .iter()
        .map(|f| f.id.clone())
        .collect();
    assert_eq!(
        ids,
        ["fare-capping", "cash-ticket-machines", "contactless-gates"]
    );
    assert_eq!(harness.state().view().selected_feature, Some(2));
}

#[test]
fn delete_then_undo_restores_the_feature_and_its_answers() {
    let mut harness = studio();
    let before = project(&harness);
    open_feature(&mut harness, "Ticket machines that take cash");
    harness.get_by_label("Delete").click();
    harness.run();
    let after = project(&harness);
    assert_eq!(after.features().len(), before.features().len() - 1);
    assert!(after.feature_index("cash-ticket-machines").is_none());
    assert!(after.respondents().iter().all(|r| r.responses.len() == 13));
    // The feature that took its place is selected.
    assert_eq!(harness.state().view().selected_feature, Some(2));

    undo(&mut harness);
    assert_eq!(project(&harness), before);

    // The Delete key does the same when no text field has the keyboard.
    open_feature(&mut harness, "Ticket machines that take cash");
    harness.key_press(Key::Delete);
    harness.run();
    assert!(
        project(&harness)
            .feature_index("cash-ticket-machines")
            .is_none()
    );
    undo(&mut harness);
    assert_eq!(project(&harness), before);
}

#[test]
fn the_delete_key_in_a_text_field_edits_text_not_features() {
    let mut harness = studio();
    open_feature(&mut harness, "Ticket machines that take cash");
    harness.get_by_label("Notes").click();
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();
    assert!(
        project(&harness)
            .feature_index("cash-ticket-machines")
            .is_some()
    );
}

#[test]
fn typing_into_one_field_is_one_undo_step() {
    let mut harness = studio();
    let before = project(&harness);
    open_feature(&mut harness, "Clear wayfinding signs");
    harness.get_by_label("Name").click();
    harness.run();
    harness.key_press(Key::End);
    harness.run();
    for ch in [" ", "a", "n", "d", " ", "m", "a", "p", "s"] {
        harness.get_by_label("Name").type_text(ch);
        harness.run();
    }
    let index = before.feature_index("wayfinding-signage").unwrap();
    assert_eq!(
        project(&harness).features()[index].name,
        "Clear wayfinding signs and maps"
    );
    assert_eq!(
        harness.state().document().undo_label(),
        Some("Rename feature")
    );
    undo(&mut harness);
    assert_eq!(project(&harness), before);
}

#[test]
fn leaving_a_field_ends_its_undo_step() {
    let mut harness = studio();
    open_feature(&mut harness, "Clear wayfinding signs");
    let index = project(&harness)
        .feature_index("wayfinding-signage")
        .unwrap();
    harness.get_by_label("Notes").click();
    harness.run();
    harness.get_by_label("Notes").type_text("first");
    harness.run();
    // Another field takes the keyboard, then the notes again: two separate steps.
    harness.get_by_label("Name").click();
    harness.run();
    harness.get_by_label("Notes").click();
    harness.run();
    harness.key_press(Key::End);
    harness.run();
    harness.get_by_label("Notes").type_text(" second");
    harness.run();
    assert_eq!(project(&harness).features()[index].notes, "first second");
    undo(&mut harness);
    assert_eq!(project(&harness).features()[index].notes, "first");
}

#[test]
fn the_side_panel_collapses_filters_and_opens_features() {
    let mut harness = studio();
    let gates = "Tap-and-go gates (bank card or phone)";
    assert_eq!(in_side_panel(&harness, gates), 1);

    harness.get_by_label("Ticketing").click();
    harness.run();
    assert_eq!(in_side_panel(&harness, gates), 0);
    assert_eq!(all_named(&harness, gates).len(), 1, "the list still has it");
    harness.get_by_label("Ticketing").click();
    harness.run();
    assert_eq!(in_side_panel(&harness, gates), 1);

    let filter = "Show only the features of “Ticketing”, here and in the results and plots";
    harness.get_by_label(filter).click();
    harness.run();
    assert_eq!(
        harness.state().view().touchpoint.as_deref(),
        Some("Ticketing")
    );
    // Both the side panel and the list keep to the filter.
    assert!(harness.query_by_label("Clear wayfinding signs").is_none());
    assert_eq!(all_named(&harness, gates).len(), 2);
    harness.get_by_label("Show every touchpoint again").click();
    harness.run();
    assert_eq!(harness.state().view().touchpoint, None);

    // From another tab, a click in the side panel opens the feature in the Features tab.
    harness.get_by_label("Results").click();
    harness.run();
    open_feature(&mut harness, "Clear wayfinding signs");
    let index = project(&harness)
        .feature_index("wayfinding-signage")
        .unwrap();
    assert_eq!(harness.state().view().tab, Tab::Features);
    assert_eq!(harness.state().view().selected_feature, Some(index));
    assert_eq!(
        harness.get_by_label("Name").value().as_deref(),
        Some("Clear wayfinding signs")
    );
}

#[test]
fn the_project_title_is_renamed_in_place_in_one_step() {
    let mut harness = studio();
    let before = project(&harness);
    replace_text(&mut harness, "Project title", "Line 11 study");
    assert_eq!(project(&harness).title(), "Line 11 study");
    assert_eq!(
        harness.state().document().undo_label(),
        Some("Rename project")
    );
    undo(&mut harness);
    assert_eq!(project(&harness), before);
}

#[test]
fn duplicate_copies_the_texts_next_to_the_original() {
    let mut harness = studio();
    open_feature(&mut harness, "Clear wayfinding signs");
    let index = harness.state().view().selected_feature.unwrap();
    harness.get_by_label("Duplicate").click();
    harness.run();
    let project = project(&harness);
    let (original, copy) = (&project.features()[index], &project.features()[index + 1]);
    assert_eq!(copy.name, "Clear wayfinding signs (copy)");
    assert_eq!(copy.id, "wayfinding-signage-2");
    assert_eq!(copy.functional, original.functional);
    assert_eq!(copy.touchpoint, original.touchpoint);
    assert_eq!(harness.state().view().selected_feature, Some(index + 1));
}

#[test]
fn every_string_of_the_panels_can_be_drawn() {
    // Laid out with the policy that panics on a missing glyph, in English (the Chinese font is
    // bundled separately).
    let ctx = egui::Context::default();
    ctx.set_missing_glyph_policy(egui::MissingGlyphPolicy::Panic);
    let texts = Lang::En.texts();
    let mut strings: Vec<&str> = kanoscope::i18n::FeaturesTexts::pairs()
        .into_iter()
        .map(|(_, en, _)| en)
        .collect();
    strings.extend([
        "≈",
        "–",
        "…",
        texts.method.mixed,
        texts.method.mixed_tooltip,
    ]);
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        for text in &strings {
            ui.label(*text);
        }
    });
    output.textures_delta.clear();
}

#[test]
fn at_scale_the_list_reveals_a_far_feature_and_delete_undo_keeps_every_answer() {
    // 200 features x 10,000 respondents: two million answer pairs.
    let project = kanoscope::project::synthetic_project(200, 10_000);
    let before = project.clone();
    let mut harness = studio_with(Some(project));
    // Rows are virtualised: far rows are not drawn until the list scrolls to them.
    assert!(harness.query_by_label("Feature 180").is_none());
    {
        let view = harness.state_mut().view_mut();
        view.selected_feature = Some(180);
        view.feature_editor.reveal_selected = true;
    }
    harness.run();
    assert_eq!(
        all_named(&harness, "Feature 180").len(),
        1,
        "the list shows it"
    );
    assert_eq!(
        harness.get_by_label("Name").value().as_deref(),
        Some("Feature 180")
    );
    harness.get_by_label("Delete").click();
    harness.run();
    assert_eq!(project_of(&harness).features().len(), 199);
    undo(&mut harness);
    assert!(*harness.state().document().project() == before);
}

fn project_of<'a>(harness: &'a Harness<'_, StudioApp>) -> &'a Project {
    harness.state().document().project()
}

#[test]
fn arrow_keys_walk_the_list_when_no_field_has_the_keyboard() {
    let mut harness = studio();
    list_row(&harness, "Daily and weekly fare capping").click();
    harness.run();
    assert_eq!(harness.state().view().selected_feature, Some(1));
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().view().selected_feature, Some(2));
    harness.key_press(Key::ArrowUp);
    harness.key_press(Key::ArrowUp);
    harness.run();
    assert_eq!(harness.state().view().selected_feature, Some(0));
    // In a text field the arrows move the cursor instead.
    harness.get_by_label("Notes").click();
    harness.run();
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().view().selected_feature, Some(0));
}

#[test]
fn the_servqual_dimension_is_picked_from_a_list_in_one_undo_step() {
    let mut harness = studio();
    open_feature(&mut harness, "Clear wayfinding signs");
    let index = harness.state().view().selected_feature.unwrap();
    let before = project(&harness);
    harness.get_by_label("SERVQUAL dimension").click();
    harness.run();
    harness.get_by_label("Reliability").click();
    harness.run();
    assert_eq!(
        project(&harness).features()[index].dimension,
        Some(kanoscope::project::Dimension::Reliability)
    );
    assert_eq!(
        harness.state().document().undo_label(),
        Some("Change SERVQUAL dimension")
    );
    undo(&mut harness);
    assert_eq!(project(&harness), before);
}
