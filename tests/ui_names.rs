//! The choice of category names (View ▸ Category names), driven through the whole studio window
//! with egui_kittest: switching to plain names renames the categories in the results table and
//! the plots' legend at once, keeps the letters, and is remembered in the preferences.

mod support;

use egui_kittest::{Harness, kittest::Queryable};
use kanoscope::app::{ScriptedDialogs, StudioApp};
use kanoscope::i18n::{CategoryNames, Lang};
use kanoscope::ui::{Action, Tab};

fn open(harness: &mut Harness<'_, StudioApp>, tab: Tab) {
    harness.state_mut().view_mut().tab = tab;
    harness.run();
}

/// Picks a set of names through the View menu, as a person would.
fn choose(harness: &mut Harness<'_, StudioApp>, item: &str) {
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Category names").hover();
    harness.run();
    harness.get_by_label(item).click();
    harness.run();
}

fn shows(harness: &Harness<'_, StudioApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some() || painted(harness, text)
}

/// True when the last frame painted a text containing `text` (the Plots tab's figure paints
/// its legend rather than laying out widgets).
fn painted(harness: &Harness<'_, StudioApp>, text: &str) -> bool {
    fn has(shape: &eframe::egui::Shape, text: &str) -> bool {
        match shape {
            eframe::egui::Shape::Text(t) => t.galley.text().contains(text),
            eframe::egui::Shape::Vec(shapes) => shapes.iter().any(|s| has(s, text)),
            _ => false,
        }
    }
    harness.output().shapes.iter().any(|s| has(&s.shape, text))
}

#[test]
fn plain_names_replace_kano_names_in_the_results_table_and_the_legend() {
    let mut harness = support::studio(Lang::En, ScriptedDialogs::default());
    open(&mut harness, Tab::Results);
    // The sample's air-conditioning is Must-be; its badge reads "M Must-be".
    assert!(shows(&harness, "M Must-be"));
    assert!(!shows(&harness, "M Basic"));

    choose(&mut harness, "Plain names (Excitement, Performance, Basic)");
    assert_eq!(
        harness.state().preferences().category_names,
        CategoryNames::Plain
    );
    // The same letters, the plain words.
    assert!(shows(&harness, "M Basic"));
    assert!(shows(&harness, "O Performance"));
    assert!(!shows(&harness, "M Must-be"));
    assert!(!shows(&harness, "One-dimensional"));

    open(&mut harness, Tab::Plots);
    for name in ["A Excitement", "O Performance", "M Basic"] {
        assert!(shows(&harness, name), "the legend lacks {name:?}");
    }
    assert!(!shows(&harness, "Attractive"));

    // And back: Kano's names everywhere again.
    choose(
        &mut harness,
        "Kano's names (Attractive, One-dimensional, Must-be)",
    );
    assert!(shows(&harness, "A Attractive"));
    assert!(!shows(&harness, "Excitement"));
    open(&mut harness, Tab::Results);
    assert!(shows(&harness, "M Must-be"));
    assert!(!shows(&harness, "M Basic"));
}

#[test]
fn the_plain_set_is_in_chinese_too() {
    let mut harness = support::studio(Lang::Zh, ScriptedDialogs::default());
    open(&mut harness, Tab::Results);
    assert!(shows(&harness, "M 必备"));
    harness
        .state_mut()
        .queue(Action::SetCategoryNames(CategoryNames::Plain));
    harness.run();
    assert!(shows(&harness, "M 基本"));
    assert!(!shows(&harness, "M 必备"));
}
