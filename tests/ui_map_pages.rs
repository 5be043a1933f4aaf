//! The Map tab when the journey does not fit the window: it never scrolls; it shows a page at a
//! time with its number ("1/2") and buttons, and every card is on some page, exactly once.

use eframe::egui;
use egui_kittest::{Harness, kittest::Queryable};
use kanoscope::app::{Preferences, ScriptedDialogs, StudioApp};
use kanoscope::i18n::Lang;
use kanoscope::ui::Tab;

fn map(size: egui::Vec2) -> Harness<'static, StudioApp> {
    let prefs = Preferences {
        lang: Some(Lang::En),
        ..Preferences::default()
    };
    let app = StudioApp::new(prefs, Box::new(ScriptedDialogs::default()));
    let mut harness = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut StudioApp| app.show(ui), app);
    harness.state_mut().view_mut().tab = Tab::Map;
    harness.run();
    harness
}

/// The features whose card is shown: names right of the side panel (which lists them too).
fn cards_shown(harness: &Harness<'_, StudioApp>, names: &[String]) -> Vec<String> {
    names
        .iter()
        .filter(|name| {
            harness
                .query_all_by_value(name.as_str())
                .any(|n| n.rect().left() > 265.0)
        })
        .cloned()
        .collect()
}

#[test]
fn a_small_window_pages_the_map_and_every_card_is_on_one_page() {
    let mut harness = map(egui::vec2(1024.0, 768.0));
    let names: Vec<String> = harness
        .state()
        .document()
        .project()
        .features()
        .iter()
        .map(|f| f.name.clone())
        .collect();
    assert!(
        harness.query_all_by_value("1/2").next().is_some(),
        "a page number"
    );
    let first = cards_shown(&harness, &names);
    assert!(!first.is_empty() && first.len() < names.len(), "{first:?}");
    harness.get_by_label("›").click();
    harness.run();
    assert!(harness.query_all_by_value("2/2").next().is_some());
    let second = cards_shown(&harness, &names);
    let mut all: Vec<String> = first.iter().chain(&second).cloned().collect();
    all.sort();
    let mut expected = names.clone();
    expected.sort();
    assert_eq!(all, expected, "each card once, on one of the pages");
}

#[test]
fn a_large_window_shows_the_whole_map_on_one_page() {
    let harness = map(egui::vec2(1920.0, 1080.0));
    let names: Vec<String> = harness
        .state()
        .document()
        .project()
        .features()
        .iter()
        .map(|f| f.name.clone())
        .collect();
    assert_eq!(cards_shown(&harness, &names).len(), names.len());
    assert!(harness.query_all_by_value("1/1").next().is_none());
    assert!(harness.query_all_by_label("›").next().is_none());
}
