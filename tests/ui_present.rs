//! The moments-of-truth map and workshop mode, driven through the whole studio window with
//! egui_kittest: cards in their touchpoint's column, the mixed marker, slides moved by keys,
//! blanking, live updates, the distribution overlay and leaving.

use eframe::egui;
use egui_kittest::{Harness, kittest::Queryable};
use kanoscope::app::{Mode, Preferences, ScriptedDialogs, StudioApp};
use kanoscope::i18n::Lang;
use kanoscope::project::Project;
use kanoscope::ui::Tab;

/// The studio in English (tests never render Chinese: the CJK font is not bundled here).
fn harness(tab: Tab) -> Harness<'static, StudioApp> {
    let prefs = Preferences {
        lang: Some(Lang::En),
        ..Preferences::default()
    };
    let app = StudioApp::new(prefs, Box::new(ScriptedDialogs::default()));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_ui_state(|ui, app: &mut StudioApp| app.show(ui), app);
    harness.state_mut().view_mut().tab = tab;
    harness.run();
    harness
}

fn project(harness: &Harness<'_, StudioApp>) -> Project {
    harness.state().document().project().clone()
}

/// The node with this exact label right of `min_x` (the side panel also lists names).
fn node_right_of<'h>(
    harness: &'h Harness<'_, StudioApp>,
    label: &'h str,
    min_x: f32,
) -> egui_kittest::Node<'h> {
    harness
        .query_all_by_value(label)
        .find(|n| n.rect().left() > min_x)
        .unwrap_or_else(|| panic!("no node labelled {label:?} right of {min_x}"))
}

/// Right of the side panel.
const MAP_LEFT: f32 = 265.0;

#[test]
fn the_map_puts_each_feature_in_its_touchpoints_column() {
    let harness = harness(Tab::Map);
    let project = project(&harness);
    let headers: Vec<(String, f32)> = project
        .touchpoints()
        .into_iter()
        .map(|tp| {
            (
                tp.to_owned(),
                node_right_of(&harness, tp, MAP_LEFT).rect().left(),
            )
        })
        .collect();
    // Columns stand left to right in journey order.
    assert!(headers.windows(2).all(|w| w[0].1 < w[1].1), "{headers:?}");
    for feature in project.features() {
        let x = node_right_of(&harness, &feature.name, MAP_LEFT)
            .rect()
            .left();
        let column = headers
            .iter()
            .filter(|(_, left)| *left <= x + 1.0)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(tp, _)| tp.as_str());
        assert_eq!(
            column,
            Some(feature.touchpoint.as_str()),
            "{}",
            feature.name
        );
    }
}

#[test]
fn the_map_marks_the_two_mixed_features() {
    let harness = harness(Tab::Map);
    let project = project(&harness);
    // A label's text run carries the same value: count each place once.
    let mut markers: Vec<egui::Rect> = harness
        .query_all_by_value("Mixed")
        .map(|n| n.rect())
        .collect();
    markers.dedup_by(|a, b| a.left_top().distance(b.left_top()) < 2.0);
    assert_eq!(markers.len(), 2);
    let cards: Vec<(String, egui::Rect)> = project
        .features()
        .iter()
        .map(|f| {
            let rect = node_right_of(&harness, &f.name, MAP_LEFT).rect();
            (f.id.clone(), rect)
        })
        .collect();
    let mut marked: Vec<&str> = markers
        .iter()
        .map(|m| {
            // The card a marker belongs to: the nearest name above it in the same column.
            cards
                .iter()
                .filter(|(_, r)| {
                    (r.left()..r.left() + 220.0).contains(&m.left()) && r.top() < m.top()
                })
                .max_by(|a, b| a.1.top().total_cmp(&b.1.top()))
                .map(|(id, _)| id.as_str())
                .unwrap_or("")
        })
        .collect();
    marked.sort_unstable();
    assert_eq!(marked, ["delay-compensation", "step-free-access"]);
}

#[test]
fn clicking_a_card_on_the_map_selects_its_feature() {
    let mut harness = harness(Tab::Map);
    let project = project(&harness);
    let index = project.feature_index("fare-capping").unwrap();
    node_right_of(&harness, &project.features()[index].name, MAP_LEFT).click();
    harness.run();
    assert_eq!(harness.state().view().selected_feature, Some(index));
    assert!(matches!(harness.state().mode(), Mode::Studio));
}
