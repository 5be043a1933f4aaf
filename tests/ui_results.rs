//! The Results and Plots tabs, driven through the whole studio window with egui_kittest: the
//! table's categories, sorting, the segment filter, undoable analysis settings, the three plots,
//! and plot points that follow an edit in the same frame.

use eframe::egui;
use egui_kittest::{Harness, kittest::Queryable};
use kanoscope::app::{Preferences, ScriptedDialogs, StudioApp};
use kanoscope::i18n::Lang;
use kanoscope::kano::{Answer, Category, Response, Rule};
use kanoscope::project::{Edit, FeatureFilter, GroupKey, Project, SegmentFilter};
use kanoscope::results::Results;
use kanoscope::ui::plots::{self, FeaturePoint};
use kanoscope::ui::{Action, PlotKind, SortKey, Tab, ViewState};

mod support;

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
            Lang::En.texts().category(category)
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
        view.features = FeatureFilter::Only(GroupKey::Touchpoint("On the train".into()));
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
fn the_better_worse_diagram_toggles_its_95_percent_intervals() {
    let mut harness = harness(Tab::Plots);
    // The sample has 121 respondents: intervals start hidden, and the box says so.
    assert_eq!(harness.state().view().show_intervals, None);
    assert!(!harness.state().view().intervals_shown(121));
    harness.get_by_label("95% intervals").click();
    harness.run();
    assert_eq!(harness.state().view().show_intervals, Some(true));
    harness.get_by_label("95% intervals").click();
    harness.run();
    assert_eq!(harness.state().view().show_intervals, Some(false));
    // Only the Better–Worse diagram has intervals to show.
    harness.get_by_label("Category shares").click();
    harness.run();
    assert!(harness.query_by_label("95% intervals").is_none());
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
    let numbers = kanoscope::figure::labels::numbers(&marks);
    let named = naming::Named {
        names: &names,
        ids: &names,
        numbers: &numbers,
    };
    let (labels, keyed) = naming::name_points(&marks, named, &tokens, room, &FixedAdvance);
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

fn harness_sized(tab: Tab, width: f32, height: f32) -> Harness<'static, StudioApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(width, height))
        .build_ui_state(|ui, app: &mut StudioApp| app.show(ui), app());
    harness.state_mut().view_mut().tab = tab;
    harness.run();
    harness
}

/// The header button with this exact label (the side panel never shows column titles).
fn header<'h>(harness: &'h Harness<'_, StudioApp>, label: &'h str) -> egui_kittest::Node<'h> {
    harness
        .query_all_by_label(label)
        .find(|n| n.rect().top() < 200.0)
        .unwrap_or_else(|| panic!("no header {label:?}"))
}

#[test]
fn at_1024_wide_the_important_columns_show_without_scrolling() {
    for (width, height) in [(1024.0, 768.0), (1360.0, 860.0)] {
        let harness = harness_sized(Tab::Results, width, height);
        for title in ["Feature", "Category", "Better", "Worse", "n"] {
            let rect = header(&harness, title).rect();
            assert!(
                rect.right() <= width && rect.left() >= 0.0,
                "{title} at {rect:?} in a window {width} wide"
            );
        }
    }
}

#[test]
fn the_feature_column_stays_put_when_the_table_scrolls_sideways() {
    let mut harness = harness_sized(Tab::Results, 1024.0, 768.0);
    let feature_x = header(&harness, "Feature").rect().left();
    let category = header(&harness, "Category").rect();
    let row_x = table_node(&harness, "Working air-conditioning")
        .rect()
        .left();
    // Scroll sideways with the wheel over the figures.
    harness.event(egui::Event::PointerMoved(
        category.center() + egui::vec2(0.0, 80.0),
    ));
    harness.run();
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(-400.0, 0.0),
        modifiers: egui::Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    harness.run();
    let moved = header(&harness, "Category").rect();
    assert!(
        moved.left() < category.left() - 50.0,
        "{moved:?} vs {category:?}"
    );
    assert_eq!(header(&harness, "Feature").rect().left(), feature_x);
    assert_eq!(
        table_node(&harness, "Working air-conditioning")
            .rect()
            .left(),
        row_x
    );
}

#[test]
fn people_can_hide_a_column_and_bring_it_back() {
    let mut harness = harness(Tab::Results);
    assert!(harness.query_all_by_label("Fong test").next().is_some());
    harness.get_by_label("Columns").click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, "Fong test")
        .click();
    harness.run();
    assert!(
        !harness
            .state()
            .view()
            .results_table
            .shows(SortKey::Significance)
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_all_by_label("Fong test").next().is_none());
    assert!(harness.query_all_by_label("Better").next().is_some());

    harness.get_by_label("Columns").click();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, "Fong test")
        .click();
    harness.run();
    assert!(
        harness
            .state()
            .view()
            .results_table
            .shows(SortKey::Significance)
    );
}

#[test]
fn scrolling_down_moves_the_feature_names_and_the_figures_together() {
    let mut harness = harness_sized(Tab::Results, 1024.0, 768.0);
    let large = kanoscope::project::synthetic_project(60, 50);
    *harness.state_mut() = app().with_project(large, None);
    harness.state_mut().view_mut().tab = Tab::Results;
    harness.run();
    let category = header(&harness, "Category").rect();
    harness.event(egui::Event::PointerMoved(
        category.center() + egui::vec2(0.0, 200.0),
    ));
    harness.run();
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -600.0),
        modifiers: egui::Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    // egui eases a wheel turn over a few frames; then both halves settle at one offset.
    harness.run_steps(12);
    harness.run();
    let offset = harness.state().view().results_table.scroll_y;
    assert!(offset > 100.0, "scrolled {offset}");
    // The first feature's row is gone from both halves; a later one is in both at one height.
    // (The side panel lists every feature too: only the table's nodes, right of it, count.)
    let sidebar_right = table_node(&harness, "Feature 30").rect().left() - 1.0;
    assert!(
        harness
            .query_all_by_label("Feature 0")
            .all(|n| n.rect().left() < sidebar_right - 20.0)
    );
    let name = table_node(&harness, "Feature 30").rect();
    let number = harness
        .query_all_by_label("31")
        .find(|n| n.rect().right() < name.left() + 1.0)
        .expect("row number 31 beside its feature");
    assert!((number.rect().center().y - name.center().y).abs() < 2.0);
}

#[test]
fn results_are_computed_once_per_revision_not_per_frame() {
    let mut harness = harness(Tab::Results);
    let before = harness.state().results_computed();
    for _ in 0..5 {
        harness.run();
    }
    assert_eq!(harness.state().results_computed(), before);
    // An edit makes one new revision: the results are computed once more, and show it.
    let edit = Edit::SetResponse {
        respondent: 0,
        feature: 0,
        response: Response::pair(Answer::Like, Answer::Dislike),
    };
    harness.state_mut().queue(Action::Edit {
        edit,
        label: "Set answer".into(),
        merge: None,
    });
    harness.run();
    harness.run();
    assert_eq!(harness.state().results_computed(), before + 1);
    let (project, _, _) = results_of(&harness);
    let shown = harness.state_mut().results();
    assert_eq!(
        *shown,
        project.results(project.analysis(), &SegmentFilter::All)
    );
    // Another segment is another key.
    harness.state_mut().view_mut().segment = SegmentFilter::Only("Tourist".into());
    harness.run();
    assert_eq!(harness.state().results_computed(), before + 2);
}

#[test]
fn better_and_worse_show_with_their_intervals_on_each_row() {
    let harness = harness(Tab::Results);
    let (project, results, _) = results_of(&harness);
    let two = |x: f64| kanoscope::i18n::number::fixed(x, 2);
    for result in &results.features {
        let (c, b, w) = (
            result.stats.coefficients.unwrap(),
            result.better_ci.unwrap(),
            result.worse_ci.unwrap(),
        );
        assert!(b.low <= c.better && c.better <= b.high);
        assert!(w.low <= c.worse && c.worse <= w.high);
        let y = row_y(&harness, &project.features()[result.index].name);
        for text in [
            format!("{} ({}–{})", two(c.better), two(b.low), two(b.high)),
            // Worse's ends are negative: true minus signs, and the dash between them spaced.
            kanoscope::i18n::number::with_interval(Some(c.worse), Some((w.low, w.high))),
        ] {
            let on_row = harness
                .query_all_by_label(&text)
                .any(|n| (n.rect().center().y - y).abs() < 4.0);
            assert!(on_row, "{text} on the row of feature {}", result.index);
        }
    }
}

#[test]
fn the_overview_shows_basics_and_delights_per_touchpoint_and_dimension() {
    use kanoscope::project::Dimension;
    let mut harness = harness(Tab::Map);
    // Working air-conditioning (M, "On the train") serves reliability; Free Wi-Fi (A, same
    // touchpoint) and Tap-and-go gates (O, "Ticketing") serve empathy.
    let project = harness.state().document().project().clone();
    let mut edits = Vec::new();
    for (name, dimension) in [
        ("Working air-conditioning", Dimension::Reliability),
        ("Free Wi-Fi on the train", Dimension::Empathy),
        ("Tap-and-go gates (bank card or phone)", Dimension::Empathy),
    ] {
        let index = project
            .features()
            .iter()
            .position(|f| f.name == name)
            .unwrap();
        let mut feature = project.features()[index].clone();
        feature.dimension = Some(dimension);
        edits.push(Edit::UpdateFeature { index, feature });
    }
    harness.state_mut().queue(Action::Edit {
        edit: Edit::Batch(edits),
        label: "Set dimensions".into(),
        merge: None,
    });
    harness.run();
    harness.get_by_label("Touchpoint × dimension").click();
    harness.run();
    let x = |label: &str| table_node(&harness, label).rect().center().x;
    let y = |label: &str| table_node(&harness, label).rect().center().y;
    // Reliability before Empathy before the features without a dimension.
    assert!(x("Reliability") < x("Empathy") && x("Empathy") < x("No dimension"));
    assert!(y("Ticketing") < y("On the train"));
    // On the train: one basic under reliability, one delight under empathy.
    let chip_at = |label: &str, column: &str, row: &str| {
        harness.query_all_by_label(label).any(|n| {
            (n.rect().center().y - y(row)).abs() < 12.0
                && (n.rect().center().x - x(column)).abs() < 60.0
        })
    };
    assert!(chip_at("M1", "Reliability", "On the train"));
    assert!(chip_at("A1", "Empathy", "On the train"));
    assert!(chip_at("O1", "Empathy", "Ticketing"));
    assert!(!chip_at("M1", "Empathy", "On the train"));
}

#[test]
fn two_segments_compare_side_by_side_and_small_ones_say_so() {
    let mut harness = harness(Tab::Results);
    let project = harness.state().document().project().clone();
    let segments: Vec<String> = project.segments().iter().map(|s| (*s).to_owned()).collect();
    assert!(segments.len() >= 2, "{segments:?}");
    for segment in &segments[..2] {
        harness.get_by_label("Compare segments").click();
        harness.run();
        harness
            .get_by_role_and_label(egui::accesskit::Role::CheckBox, segment)
            .click();
        harness.run();
        harness.key_press(egui::Key::Escape);
        harness.run();
    }
    assert_eq!(harness.state().view().compare, segments[..2]);
    let comparison = harness
        .state_mut()
        .comparison()
        .expect("two segments picked");
    for (s, segment) in segments[..2].iter().enumerate() {
        let n = project.tallies().segment_size(segment);
        assert_eq!(comparison.results[s].respondents, n);
        assert!(
            harness
                .query_by_label(&format!("{segment} (n = {n})"))
                .is_some(),
            "{segment} header"
        );
    }
    // Every row shows either each segment's figure with its interval, or says it is too small.
    let two = |x: f64| kanoscope::i18n::number::fixed(x, 2);
    for feature in &comparison.features {
        let y = row_y(&harness, &project.features()[feature.index].name);
        let on_row = |label: &str| {
            harness
                .query_all_by_label(label)
                .any(|n| (n.rect().center().y - y).abs() < 4.0)
        };
        for (s, result) in feature.by_segment.iter().enumerate() {
            if feature.too_small(s) {
                assert!(on_row("too few to say"));
            } else {
                let (c, ci) = (
                    result.stats.coefficients.unwrap(),
                    result.better_ci.unwrap(),
                );
                let text = format!("{} ({}–{})", two(c.better), two(ci.low), two(ci.high));
                assert!(on_row(&text), "{text}");
            }
        }
    }
    harness.get_by_label("Stop comparing").click();
    harness.run();
    assert!(harness.state().view().compare.is_empty());
    assert!(harness.query_by_label("Fong test").is_some());
}

#[test]
fn a_segment_with_few_respondents_is_too_small_to_say_anything() {
    let mut harness = harness(Tab::Results);
    let mut project = harness.state().document().project().clone();
    // Move three respondents into a segment of their own.
    for index in 0..3 {
        let id = project.respondents()[index].id.clone();
        let edit = Edit::UpdateRespondent {
            index,
            id,
            segment: "Visitor".into(),
        };
        project.apply(edit).unwrap();
    }
    *harness.state_mut() = app().with_project(project.clone(), None);
    harness.state_mut().view_mut().tab = Tab::Results;
    let other = project
        .segments()
        .into_iter()
        .find(|s| *s != "Visitor")
        .unwrap()
        .to_owned();
    harness.state_mut().view_mut().compare = vec!["Visitor".into(), other];
    harness.run();
    let count = harness.query_all_by_label("too few to say").count();
    assert_eq!(count, project.features().len());
}

#[test]
fn the_better_worse_diagram_zooms_moves_and_resets_by_laying_itself_out_again() {
    use kanoscope::figure::better_worse::{Domain, FULL};
    let mut harness = plots_harness(PlotKind::BetterWorse);
    assert_eq!(harness.state().view().plot, PlotKind::BetterWorse);
    assert_eq!(plots::shown_domain(&harness.ctx), FULL);
    // The figure fills the space under the hint line.
    let hint = harness.get_by_label_contains("Scroll to zoom").rect();
    let inside = egui::pos2(hint.left() + 400.0, hint.bottom() + 300.0);
    harness.hover_at(inside);
    harness.run();
    harness.event(egui::Event::Zoom(2.0));
    harness.run();
    let zoomed = plots::shown_domain(&harness.ctx);
    let span = |d: &Domain| d.x.1 - d.x.0;
    assert!(span(&zoomed) < span(&FULL) * 0.6, "{zoomed:?}");
    // A drag to the right shows what lies to the left.
    drag(&mut harness, inside, egui::vec2(120.0, 0.0));
    let moved = plots::shown_domain(&harness.ctx);
    assert!(moved.x.0 < zoomed.x.0, "{zoomed:?} -> {moved:?}");
    assert!((span(&moved) - span(&zoomed)).abs() < 1e-9);
    // A double-click shows the whole square again.
    double_click(&mut harness, inside);
    assert_eq!(plots::shown_domain(&harness.ctx), FULL);
}

#[test]
fn the_confidence_column_shows_the_workers_figures_once_they_arrive() {
    let mut harness = harness(Tab::Results);
    let (project, results, _) = results_of(&harness);
    // The worker's own figure, as the cell shows it: "0.82", or "not settled (0.48)".
    let shown = |id: &str, result: &kanoscope::results::FeatureResult| {
        let u = kanoscope::kano::Uncertainty::of(id, &result.stats.counts, project.analysis().rule);
        let value = u
            .confidence
            .unwrap_or_else(|| panic!("{id} has no confidence"));
        let figure = kanoscope::i18n::number::two_decimals(Some(value));
        if kanoscope::kano::confidence::is_settled(value) {
            figure
        } else {
            format!("not settled ({figure})")
        }
    };
    // Without a worker nothing arrives: the column waits with "–".
    assert!(!harness.state().results_pending());
    let before = harness.state_mut().results();
    assert!(
        before
            .features
            .iter()
            .all(|f| f.category_confidence.is_none())
    );
    support::start_results_worker(&mut harness);
    support::finish_results(&mut harness);
    let done = harness.state_mut().results();
    let mut checked = 0;
    for (feature, result) in project.features().iter().zip(&results.features) {
        if result.stats.category.is_none() {
            continue;
        }
        let label = shown(&feature.id, result);
        assert_eq!(
            done.features[result.index].category_confidence,
            kanoscope::kano::Uncertainty::of(
                &feature.id,
                &result.stats.counts,
                project.analysis().rule
            )
            .confidence
        );
        assert!(
            harness.query_all_by_label(&label).next().is_some(),
            "{}: no cell reads {label:?}",
            feature.name
        );
        checked += 1;
    }
    assert!(checked > 0);
}

/// Moves the pointer down columns of the window until `found` says a tooltip shows; returns
/// where.
fn hover_until(
    harness: &mut Harness<'_, StudioApp>,
    columns: &[f32],
    found: impl Fn(&Harness<'_, StudioApp>) -> bool,
) -> Option<egui::Pos2> {
    for &x in columns {
        for step in 0..50 {
            let at = egui::pos2(x, 200.0 + step as f32 * 11.0);
            harness.hover_at(at);
            harness.run();
            if found(harness) {
                return Some(at);
            }
        }
    }
    None
}

fn click(harness: &mut Harness<'_, StudioApp>, at: egui::Pos2) {
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run();
}

#[test]
fn a_bar_of_the_shares_chart_explains_itself_and_selects_its_feature() {
    let mut harness = harness_sized(Tab::Plots, 1024.0, 768.0);
    harness.state_mut().view_mut().plot = PlotKind::Shares;
    harness.run();
    let at = hover_until(&mut harness, &[700.0], |h| {
        h.query_by_label_contains("Attractive: ").is_some()
    })
    .expect("a bar's tooltip");
    click(&mut harness, at);
    let feature = harness
        .state()
        .view()
        .selected_feature
        .expect("the click selects the bar's feature");
    // The tooltip is the selected feature's: its share of A with its count.
    let (_, results, _) = results_of(&harness);
    let stats = results.features[feature].stats;
    let a = stats.counts[Category::A];
    let share = format!(
        "Attractive: {:.0}% ({a} of {})",
        stats.counts.share(Category::A).unwrap_or(0.0) * 100.0,
        stats.n
    );
    harness.hover_at(at);
    harness.run();
    assert!(
        harness.query_by_label(&share).is_some(),
        "no tooltip line {share:?}"
    );
}

#[test]
fn a_point_of_the_continuous_scatter_explains_itself_and_selects_its_feature() {
    let mut harness = harness_sized(Tab::Plots, 1024.0, 768.0);
    harness.state_mut().view_mut().plot = PlotKind::Continuous;
    harness.run();
    let at = hover_until(&mut harness, &[520.0, 600.0, 680.0, 440.0], |h| {
        h.query_by_label_contains("Functional ").is_some()
    })
    .expect("a point's tooltip");
    click(&mut harness, at);
    let feature = harness
        .state()
        .view()
        .selected_feature
        .expect("the click selects the point's feature");
    let (_, results, _) = results_of(&harness);
    let c = results.features[feature].stats.continuous.unwrap();
    let line = format!(
        "Functional {} ± {}",
        kanoscope::i18n::number::fixed(c.functional.mean, 2),
        c.functional
            .sd
            .map_or("–".to_owned(), |s| kanoscope::i18n::number::fixed(s, 2))
    );
    harness.hover_at(at);
    harness.run();
    assert!(
        harness.query_by_label(&line).is_some(),
        "no tooltip line {line:?}"
    );
}

#[test]
fn compared_segments_show_as_a_diagram_with_both_segments_in_its_caption() {
    let mut harness = harness(Tab::Results);
    let project = harness.state().document().project().clone();
    let segments: Vec<String> = project.segments().iter().map(|s| (*s).to_owned()).collect();
    harness.state_mut().view_mut().compare = segments[..2].to_vec();
    harness.run();
    let caption = format!(
        "Arrows from Segment “{}” (n = {}) to Segment “{}” (n = {})",
        segments[0],
        project.tallies().segment_size(&segments[0]),
        segments[1],
        project.tallies().segment_size(&segments[1]),
    );
    // The table first; the switch shows the diagram instead.
    assert!(harness.query_by_label(&caption).is_none());
    harness.get_by_label("Diagram").click();
    harness.run();
    assert!(harness.state().view().compare_diagram);
    assert!(harness.query_by_label(&caption).is_some(), "{caption}");
    // The table's column of verdicts is gone.
    assert!(harness.query_by_label("Differs?").is_none());
    harness.state_mut().view_mut().compare_diagram = false;
    harness.run();
    assert!(harness.query_by_label("Differs?").is_some());
    assert!(harness.query_by_label(&caption).is_none());
}

#[test]
fn the_continuous_scatter_zooms_moves_and_resets_and_its_labels_keep_the_rules() {
    use kanoscope::figure::continuous::{Domain, continuous_in, features_of};
    use kanoscope::figure::{ContinuousFeature, ContinuousOptions, ContinuousWords, Size};
    use kanoscope::ui::figure_paint::EguiMeasure;
    let mut harness = plots_harness(PlotKind::Continuous);
    let (project, results, view) = results_of(&harness);
    let points = plots::continuous_points(&project, &results, &view);
    let all: Vec<(usize, ContinuousFeature)> = features_of(&project, &results, |i| {
        points.iter().any(|p| p.feature == i)
    });
    let features: Vec<ContinuousFeature> = all.iter().map(|(_, f)| f.clone()).collect();
    let domain =
        |harness: &Harness<'_, StudioApp>| plots::continuous_domain(&harness.ctx, &features);
    let whole = kanoscope::figure::continuous::limits(&features).whole;
    assert_eq!(domain(&harness), whole);
    let caption = kanoscope::figure::caption::caption(
        Lang::En.texts(),
        &view.segment,
        results.respondents,
        None,
    );
    // The picture the tab paints over `d`, laid out again here with the screen's fonts and
    // size: every point in view has its name or its number, and no label leaves the plot or
    // covers a point, another label or the picture's text.
    let check = |harness: &Harness<'_, StudioApp>, d: Domain, context: &str| {
        let image = harness
            .get_by_role_and_label(egui::accesskit::Role::Image, &caption)
            .rect();
        let shown: Vec<ContinuousFeature> = features
            .iter()
            .filter(|f| d.contains(f.dysfunctional.0, f.functional.0))
            .cloned()
            .collect();
        let figure = continuous_in(
            &shown,
            &ContinuousWords::new(
                Lang::En.texts(),
                caption.clone(),
                project.importance_scale(),
            ),
            Size {
                width: image.width(),
                height: image.height(),
            },
            kanoscope::figure::Theme::Light,
            ContinuousOptions {
                show_spread: true,
                min_label_size: kanoscope::ui::theme::plot::LABEL_SIZE,
            },
            d,
            &EguiMeasure { ctx: &harness.ctx },
        );
        assert_eq!(figure.points.len(), shown.len(), "{context}");
        let mut identified = vec![false; figure.points.len()];
        for (k, label) in figure.labels.iter().enumerate() {
            let r = label.rect;
            assert!(
                figure.plot.contains_rect(&r),
                "{context}: {label:?} leaves the plot"
            );
            for p in &figure.points {
                assert!(
                    r.distance_to(p.center) >= p.radius,
                    "{context}: covers {}",
                    p.id
                );
            }
            for other in &figure.labels[k + 1..] {
                assert!(
                    !r.overlaps(&other.rect),
                    "{context}: {label:?} covers {other:?}"
                );
            }
            for t in &figure.texts {
                assert!(
                    !r.overlaps(&t.rect),
                    "{context}: {label:?} covers {:?}",
                    t.text
                );
            }
            for &i in &label.features {
                identified[i] = true;
            }
        }
        assert!(
            identified.iter().all(|&named| named),
            "{context}: a point without a name"
        );
        // The numbers on the axes are the domain's.
        let ticks: Vec<f64> = figure
            .texts
            .iter()
            .filter(|t| t.role == kanoscope::figure::TextRole::Tick)
            .map(|t| t.text.replace('−', "-").parse::<f64>().unwrap())
            .collect();
        assert!(ticks.len() >= 6, "{context}: {ticks:?}");
        for v in ticks {
            assert!(
                (d.x.0..=d.x.1).contains(&v) || (d.y.0..=d.y.1).contains(&v),
                "{context}: tick {v} outside {d:?}"
            );
        }
        shown.len()
    };
    let everyone = check(&harness, whole, "whole");
    assert_eq!(everyone, features.len());

    // The wheel zooms in around the pointer: a smaller domain, laid out again.
    let hint = harness.get_by_label_contains("Scroll to zoom").rect();
    let inside = egui::pos2(hint.left() + 500.0, hint.bottom() + 300.0);
    harness.hover_at(inside);
    harness.run();
    harness.event(egui::Event::Zoom(2.5));
    harness.run();
    let zoomed = domain(&harness);
    let span = |d: &Domain| (d.x.1 - d.x.0, d.y.1 - d.y.0);
    assert!(span(&zoomed).0 < span(&whole).0 * 0.5, "{zoomed:?}");
    assert!(span(&zoomed).1 < span(&whole).1 * 0.5, "{zoomed:?}");
    let in_view = check(&harness, zoomed, "zoomed");
    assert!(in_view < everyone, "{in_view} of {everyone} in view");

    // A drag up and to the right shows what lies below and to the left.
    drag(&mut harness, inside, egui::vec2(100.0, -80.0));
    let moved = domain(&harness);
    assert!(moved.x.0 < zoomed.x.0, "{zoomed:?} -> {moved:?}");
    assert!(moved.y.0 < zoomed.y.0, "{zoomed:?} -> {moved:?}");
    assert!((span(&moved).0 - span(&zoomed).0).abs() < 1e-9);
    check(&harness, moved, "moved");

    // A double-click shows the whole again.
    double_click(&mut harness, inside);
    assert_eq!(domain(&harness), whole);
    check(&harness, whole, "reset");
}

/// The Plots tab showing `plot`, in frames of 1/60 s so that two clicks land within egui's
/// double-click delay.
fn plots_harness(plot: PlotKind) -> Harness<'static, StudioApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_step_dt(1.0 / 60.0)
        .build_ui_state(|ui, app: &mut StudioApp| app.show(ui), app());
    harness.state_mut().view_mut().tab = Tab::Plots;
    harness.state_mut().view_mut().plot = plot;
    harness.run();
    harness
}

/// Presses at `from`, moves by `by` in four steps and lets go.
fn drag(harness: &mut Harness<'_, StudioApp>, from: egui::Pos2, by: egui::Vec2) {
    let button = |pos, pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    harness.event(button(from, true));
    harness.run();
    for step in 1..=4 {
        harness.hover_at(from + by * (step as f32 / 4.0));
        harness.run();
    }
    harness.event(button(from + by, false));
    harness.run();
}

/// Two clicks at `at` in two frames (the harness's frames must be short enough for egui to
/// take them as a double-click).
fn double_click(harness: &mut Harness<'_, StudioApp>, at: egui::Pos2) {
    harness.hover_at(at);
    harness.run();
    for _ in 0..2 {
        for pressed in [true, false] {
            harness.event(egui::Event::PointerButton {
                pos: at,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            });
        }
        harness.step();
    }
    harness.run();
}
