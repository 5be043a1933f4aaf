//! The comparison diagram (Results ▸ Compare segments ▸ Diagram) through the whole studio
//! window with egui_kittest: hovering a feature's point, or the arrow that leads to it, shows a
//! tooltip naming the feature with its Better and |Worse| in both segments.
#![allow(clippy::expect_used)]

use eframe::egui;
use egui_kittest::{Harness, kittest::Queryable};
use kanoscope::app::{ScriptedDialogs, StudioApp};
use kanoscope::figure::comparison::{self, ComparedFeature, ComparisonWords};
use kanoscope::figure::geometry::segment_touches_disc;
use kanoscope::figure::{Figure, FigureOptions, Pos, Size, Theme};
use kanoscope::i18n::Lang;
use kanoscope::ui::Tab;
use kanoscope::ui::figure_paint::EguiMeasure;

mod support;

/// The studio on the sample with its first two segments compared as a diagram, the results
/// worker done (the arrows know which features differ).
fn diagram() -> (Harness<'static, StudioApp>, Vec<String>) {
    let mut harness = support::studio(Lang::En, ScriptedDialogs::default());
    support::start_results_worker(&mut harness);
    let segments: Vec<String> = harness
        .state()
        .document()
        .project()
        .segments()
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    assert!(segments.len() >= 2, "the sample has segments to compare");
    let view = harness.state_mut().view_mut();
    view.tab = Tab::Results;
    view.compare = segments[..2].to_vec();
    view.compare_diagram = true;
    harness.run();
    support::finish_results(&mut harness);
    (harness, segments[..2].to_vec())
}

/// The diagram as the studio lays it out (same features, words, size and fonts), and where on
/// the screen its origin is.
fn laid_out(harness: &mut Harness<'_, StudioApp>) -> (Figure, Vec<ComparedFeature>, egui::Pos2) {
    let project = harness.state().document().project().clone();
    let comparison = harness.state_mut().comparison().expect("segments compared");
    let (shown, left_out) = comparison::compared_features(&project, &comparison, |_| true);
    let features: Vec<ComparedFeature> = shown.into_iter().map(|(_, f)| f).collect();
    let t = Lang::En.texts();
    let words = ComparisonWords::new(t, &project, &comparison, left_out);
    let node = harness.get_by_label(&words.frame.caption);
    let rect = node.rect();
    let quadrant_lines = comparison
        .results
        .get(1)
        .map_or((0.5, 0.5), |r| r.quadrant_lines);
    let figure = comparison::comparison(
        &features,
        quadrant_lines,
        &words,
        Size {
            width: rect.width(),
            height: rect.height(),
        },
        Theme::Light,
        FigureOptions {
            show_intervals: false,
            min_label_size: 0.0,
        },
        &EguiMeasure { ctx: &harness.ctx },
    );
    (figure, features, rect.min)
}

/// Whether `at` (in the figure) lies clear of every point, ring, label and arrow but those of
/// `feature`, by `margin`.
fn clear_of_others(figure: &Figure, feature: usize, at: Pos, margin: f32) -> bool {
    figure
        .points
        .iter()
        .filter(|p| p.feature != feature)
        .all(|p| at.distance(p.center) > p.radius + margin)
        && figure
            .rings
            .iter()
            .filter(|r| r.feature != Some(feature))
            .all(|r| at.distance(r.center) > r.radius + r.width + margin)
        && figure
            .labels
            .iter()
            .all(|l| l.rect.distance_to(at) > margin)
        && figure
            .arrows
            .iter()
            .filter(|a| a.feature != Some(feature))
            .all(|a| !segment_touches_disc(a.from, a.to, at, a.width + margin))
}

fn hover(harness: &mut Harness<'_, StudioApp>, origin: egui::Pos2, at: Pos) {
    harness.hover_at(origin + egui::vec2(at.x, at.y));
    harness.run();
}

#[test]
fn hovering_a_point_or_its_arrow_names_the_feature_with_both_segments_figures() {
    let (mut harness, segments) = diagram();
    let (figure, features, origin) = laid_out(&mut harness);
    assert_eq!(figure.points.len(), features.len());
    let t = Lang::En.texts();
    let tip = |k: usize| comparison::tooltip(t, (&segments[0], &segments[1]), &features[k]);
    // Nothing under the pointer in a corner of the picture: no tooltip.
    hover(&mut harness, origin, Pos::new(2.0, 2.0));
    for k in 0..features.len() {
        assert!(harness.query_by_label(&tip(k)).is_none(), "{}", tip(k));
    }

    // A point standing clear of the others.
    let point = figure
        .points
        .iter()
        .find(|p| clear_of_others(&figure, p.feature, p.center, 6.0))
        .expect("a point clear of the others");
    let k = point.feature;
    hover(&mut harness, origin, point.center);
    let expected = tip(k);
    assert!(
        harness.query_by_label(&expected).is_some(),
        "hovering {} shows no tooltip {expected:?}",
        features[k].to.name
    );
    // It names the feature and gives its figures in both segments.
    let two = |v: f64| kanoscope::i18n::number::fixed(v, 2);
    let f = &features[k];
    assert!(expected.starts_with(&f.to.name));
    for (segment, figures) in [(&segments[0], &f.from), (&segments[1], &f.to)] {
        let line = format!(
            "{segment}: Better {} · |Worse| {}",
            two(figures.better),
            two(figures.worse)
        );
        assert!(expected.contains(&line), "{expected:?} lacks {line:?}");
    }

    // Half-way along an arrow that runs clear of everything else.
    let (arrow, middle) = figure
        .arrows
        .iter()
        .filter_map(|a| {
            let feature = a.feature?;
            let middle = Pos::new(
                (a.from.x + a.shaft_end.x) / 2.0,
                (a.from.y + a.shaft_end.y) / 2.0,
            );
            clear_of_others(&figure, feature, middle, 6.0).then_some((feature, middle))
        })
        .find(|&(feature, middle)| {
            // Not on its own point or ring either: the arrow alone is under the pointer.
            figure.points[feature].center.distance(middle) > figure.points[feature].radius + 6.0
                && figure
                    .rings
                    .iter()
                    .filter(|r| r.feature == Some(feature))
                    .all(|r| r.center.distance(middle) > r.radius + r.width + 6.0)
        })
        .expect("an arrow clear of the other marks");
    hover(&mut harness, origin, middle);
    assert!(
        harness.query_by_label(&tip(arrow)).is_some(),
        "hovering the arrow of {} shows no tooltip {:?}",
        features[arrow].to.name,
        tip(arrow)
    );
    // Clicking the arrow selects its feature, as clicking the point does.
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: origin + egui::vec2(middle.x, middle.y),
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run();
    let project = harness.state().document().project().clone();
    let selected = harness
        .state()
        .view()
        .selected_feature
        .expect("the click selects the arrow's feature");
    assert_eq!(project.features()[selected].id, features[arrow].to.id);
}
