//! The Results and Plots tabs, driven through the whole studio window with egui_kittest: the
//! table's categories, sorting, the segment filter, undoable analysis settings, the three plots,
//! and plot points that follow an edit in the same frame.

use eframe::egui;
use egui_kittest::{Harness, kittest::Queryable};
use kanoscope::app::{Preferences, ScriptedDialogs, StudioApp};
use kanoscope::i18n::Lang;
use kanoscope::kano::{Answer, Category, Response, Rule};
use kanoscope::project::{Edit, Project, Results};
use kanoscope::ui::plots::{self, FeaturePoint};
use kanoscope::ui::{Action, PlotKind, SortKey, Tab, ViewState};

/// The studio in English (tests never render Chinese: the CJK font is not bundled here).
fn app() -> StudioApp {
    let prefs = Preferences {
        lang: Some(Lang::En),
        ..Preferences::default()
    };
    StudioApp::new(prefs, Box::new(ScriptedDialogs::default()))
}

fn harness(tab: Tab) -> Harness<'static, StudioApp> {
    let app = app();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(|ui, app: &mut StudioApp| app.show(ui), app);
    harness.state_mut().view_mut().tab = tab;
    harness.run();
    harness
}

fn results_of(harness: &Harness<'_, StudioApp>) -> (Project, Results, ViewState) {
    let project = harness.state().document().project().clone();
    let view = harness.state().view().clone();
    let results = project.results(project.analysis(), &view.segment);
    (project, results, view)
}

/// The vertical centre of the table's node with this exact label. Feature names also stand in
/// the side panel; the table's is the one further right.
fn row_y(harness: &Harness<'_, StudioApp>, label: &str) -> f32 {
    table_node(harness, label).rect().center().y
}

fn table_node<'h>(harness: &'h Harness<'_, StudioApp>, label: &'h str) -> egui_kittest::Node<'h> {
    harness
        .query_all_by_label(label)
        .max_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .unwrap_or_else(|| panic!("no node labelled {label:?}"))
}

#[test]
fn the_results_table_shows_every_feature_with_its_category() {
    let harness = harness(Tab::Results);
    let (project, results, _) = results_of(&harness);
    assert_eq!(project.features().len(), 14);
    let mut must_be_seen = false;
    for result in &results.features {
        let feature = &project.features()[result.index];
        let category = result
            .stats
            .category
            .expect("every sample feature has answers");
        // The badge reads "M Must-be": the letter chip and the category's one name.
        let badge = format!(
            "{} {}",
            category.letter(),
            Lang::En.texts().method.category(category)
        );
        let y = row_y(&harness, &feature.name);
        let on_row = harness
            .query_all_by_label_contains(&badge)
            .any(|node| (node.rect().center().y - y).abs() < 4.0);
        assert!(on_row, "{} should show {badge}", feature.name);
        if feature.name == "Working air-conditioning" {
            assert_eq!(category, Category::M);
            assert_eq!(badge, "M Must-be");
            must_be_seen = true;
        }
    }
    assert!(must_be_seen);
}

#[test]
fn clicking_the_better_header_sorts_the_rows_by_better() {
    let mut harness = harness(Tab::Results);
    let (project, results, _) = results_of(&harness);
    let names: Vec<&str> = project.features().iter().map(|f| f.name.as_str()).collect();
    let order_on_screen = |harness: &Harness<'_, StudioApp>| {
        let mut rows: Vec<(f32, usize)> = names
            .iter()
            .enumerate()
            .map(|(i, name)| (row_y(harness, name), i))
            .collect();
        rows.sort_by(|a, b| a.0.total_cmp(&b.0));
        rows.into_iter().map(|(_, i)| i).collect::<Vec<usize>>()
    };
    assert_eq!(order_on_screen(&harness), (0..14).collect::<Vec<_>>());

    harness.get_by_label("Better").click();
    harness.run();
    assert_eq!(harness.state().view().sort, SortKey::Better);
    assert!(harness.state().view().sort_descending);
    let mut expected: Vec<usize> = (0..14).collect();
    let better = |i: usize| results.features[i].stats.coefficients.unwrap().better;
    expected.sort_by(|&a, &b| better(b).total_cmp(&better(a)));
    let shown = order_on_screen(&harness);
    assert_eq!(shown, expected);
    assert_ne!(shown, (0..14).collect::<Vec<_>>());

    // A second click reverses the order.
    harness.get_by_label("Better").click();
    harness.run();
    assert!(!harness.state().view().sort_descending);
    // Equal Better values keep project order both ways, so compare the figures, not positions.
    let figures: Vec<f64> = order_on_screen(&harness).into_iter().map(better).collect();
    assert!(figures.windows(2).all(|w| w[0] <= w[1]), "{figures:?}");
}

#[test]
fn clicking_a_row_selects_its_feature() {
    let mut harness = harness(Tab::Results);
    table_node(&harness, "Working air-conditioning").click();
    harness.run();
    assert_eq!(harness.state().view().selected_feature, Some(6));
}

#[test]
fn the_tourist_segment_changes_the_respondent_count_and_the_figures() {
    let mut harness = harness(Tab::Results);
    let (_, everybody, _) = results_of(&harness);
    assert_eq!(everybody.respondents, 120);

    harness.get_by_label("Segment").click();
    harness.run();
    harness.get_by_label("Tourist").click();
    harness.run();

    let (project, tourists, view) = results_of(&harness);
    assert_eq!(
        view.segment,
        kanoscope::project::SegmentFilter::Only("Tourist".into())
    );
    assert_eq!(tourists.respondents, 25);
    harness.get_by_label("25 of 120 respondents (segment “Tourist”)");
    // The table now shows the tourists' answers: n drops to at most 25 for every feature.
    assert!(tourists.features.iter().all(|f| f.stats.n <= 25));
    assert_ne!(tourists.features, everybody.features);
    assert_eq!(project.respondents().len(), 120);
}

#[test]
fn changing_the_rule_in_the_settings_is_one_undoable_step() {
    let mut harness = harness(Tab::Results);
    assert_eq!(
        harness.state().document().project().analysis().rule,
        Rule::Max
    );

    harness.get_by_label("Category rule").click();
    harness.run();
    harness.get_by_label("A+O+M versus I+R+Q (Berger)").click();
    harness.run();
    let document = harness.state().document();
    assert_eq!(document.project().analysis().rule, Rule::Oam);
    assert!(document.is_dirty());
    assert_eq!(document.undo_label(), Some("Change category rule"));

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let document = harness.state().document();
    assert_eq!(document.project().analysis().rule, Rule::Max);
    assert!(!document.is_dirty());
}

#[test]
fn the_plots_tab_shows_all_three_plots() {
    let mut harness = harness(Tab::Plots);
    for (label, kind) in [
        ("Category shares", PlotKind::Shares),
        ("Continuous analysis", PlotKind::Continuous),
        ("Better–Worse diagram", PlotKind::BetterWorse),
    ] {
        harness.get_by_label(label).click();
        harness.run();
        assert_eq!(harness.state().view().plot, kind);
    }
    // Filters and quadrant settings apply to the plots too, without upsetting them.
    for kind in PlotKind::ALL {
        let view = harness.state_mut().view_mut();
        view.plot = kind;
        view.touchpoint = Some("On the train".into());
        view.selected_feature = Some(6);
        harness.run();
    }
    harness.get_by_label("Quadrant lines").click();
    harness.run();
    harness.get_by_label("Quadrant lines at the means").click();
    harness.run();
    assert_eq!(
        harness.state().document().project().analysis().quadrant,
        kanoscope::kano::QuadrantLines::Mean
    );
}

#[test]
fn a_new_answer_moves_the_feature_in_the_plots_at_once() {
    let mut harness = harness(Tab::Plots);
    let air = 6;
    let point = |harness: &Harness<'_, StudioApp>| -> FeaturePoint {
        let (project, results, view) = results_of(harness);
        plots::better_worse_points(&project, &results, &view)
            .into_iter()
            .find(|p| p.feature == air)
            .unwrap()
    };
    let before = point(&harness);
    let (project, _, _) = results_of(&harness);
    // A respondent who found air-conditioning a must-be (it only matters when missing) now
    // finds it attractive (it delights when there): Better rises, |Worse| falls.
    let respondent = project
        .respondents()
        .iter()
        .position(|r| {
            let response = r.responses[air];
            response.functional == Some(Answer::Neutral)
                && response.dysfunctional == Some(Answer::Dislike)
        })
        .unwrap();
    let old = project.respondents()[respondent].responses[air];
    let ctx = harness.ctx.clone();
    harness.state_mut().run_actions(
        &ctx,
        vec![Action::Edit {
            edit: Edit::SetResponse {
                respondent,
                feature: air,
                response: Response {
                    importance: old.importance,
                    ..Response::pair(Answer::Like, Answer::Neutral)
                },
            },
            label: "Set answer".into(),
            merge: None,
        }],
    );
    harness.run();
    let after = point(&harness);
    assert_ne!((before.x, before.y), (after.x, after.y));
    assert!(after.y > before.y, "Better rises: {before:?} -> {after:?}");
    assert!(after.x < before.x, "|Worse| falls: {before:?} -> {after:?}");
    assert_eq!(after.radius, before.radius, "importance is unchanged");

    let (_, results, _) = results_of(&harness);
    let c = results.features[air].stats.coefficients.unwrap();
    assert_eq!((after.x, after.y), (-c.worse, c.better));
}

#[test]
fn the_sample_labels_do_not_overlap_on_a_projected_diagram() {
    use kanoscope::figure::labels::{Mark, Room};
    use kanoscope::figure::{FixedAdvance, Rect, Tokens, naming};
    let harness = harness(Tab::Plots);
    let (project, results, view) = results_of(&harness);
    let points = plots::better_worse_points(&project, &results, &view);
    // The plot area of a 1280 x 720 projector, roughly.
    let frame = Rect::new(80.0, 60.0, 1080.0, 620.0);
    let marks: Vec<Mark> = points
        .iter()
        .map(|p: &FeaturePoint| Mark {
            center: kanoscope::figure::Pos::new(
                frame.min.x + p.x as f32 * frame.width(),
                frame.max.y - p.y as f32 * frame.height(),
            ),
            radius: p.radius,
        })
        .collect();
    let names: Vec<&str> = points
        .iter()
        .map(|p| project.features()[p.feature].name.as_str())
        .collect();
    let tokens = Tokens::for_size(1000.0, 560.0).with_min_label_size(14.0);
    let room = Room {
        frame,
        obstacles: &[],
        gap: tokens.label_gap,
    };
    let (labels, keyed) = naming::name_points(&marks, &names, &names, &tokens, room, &FixedAdvance);
    // Every feature is named on the diagram itself.
    assert!(keyed.is_empty(), "{keyed:?}");
    assert!(labels.iter().all(|l| !l.numbered));
    for (i, a) in labels.iter().enumerate() {
        assert!(frame.contains_rect(&a.rect));
        for b in &labels[i + 1..] {
            assert!(!a.rect.overlaps(&b.rect), "{a:?} {b:?}");
        }
        for m in &marks {
            assert!(a.rect.distance_to(m.center) >= m.radius);
        }
    }
}

#[test]
fn arrow_keys_move_the_selection_in_display_order() {
    let mut harness = harness(Tab::Results);
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().view().selected_feature, Some(0));
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().view().selected_feature, Some(1));

    // Sorted by Better, Down goes to the next-best feature, not the next in the project.
    harness.get_by_label("Better").click();
    harness.run();
    let (project, results, view) = results_of(&harness);
    let rows = kanoscope::ui::results_table::table_rows(&project, &results, &view);
    let at = rows.iter().position(|&r| r == 1).unwrap();
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(
        harness.state().view().selected_feature,
        Some(rows[(at + 1).min(rows.len() - 1)])
    );
}

#[test]
fn two_hundred_features_lay_out_only_the_visible_rows_and_plot_without_trouble() {
    let mut harness = harness(Tab::Results);
    let large = kanoscope::project::synthetic_project(200, 600);
    *harness.state_mut() = app().with_project(large, None);
    harness.state_mut().view_mut().tab = Tab::Results;
    harness.run();
    let laid_out = (0..200)
        .filter(|j| {
            harness
                .query_all_by_label(&format!("Feature {j}"))
                .next()
                .is_some()
        })
        .count();
    assert!(laid_out > 10 && laid_out < 60, "{laid_out} rows laid out");

    // Down from the last visible row scrolls the table to keep the selection in view.
    harness.state_mut().view_mut().selected_feature = Some(120);
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().view().selected_feature, Some(121));
    assert!(harness.query_all_by_label("Feature 121").next().is_some());

    harness.state_mut().view_mut().tab = Tab::Plots;
    for kind in PlotKind::ALL {
        harness.state_mut().view_mut().plot = kind;
        harness.run();
    }
}
