//! What the plots draw, computed from the project, its results and the view: pure functions,
//! so the figures behind every mark can be tested without a window.
//!
//! Nothing here is stored between frames: the plots call these every frame, so an edit shows in
//! the same frame it is made. Features hidden by the touchpoint filter are left out; features
//! without the figure a plot needs (nobody answered) are left out of that plot.

use super::super::view::ViewState;
use crate::figure::Tokens;
use crate::kano::{Category, CategoryCounts, FeatureStats};
use crate::project::{ImportanceScale, Project};
use crate::results::Results;

/// One feature as a point of the Better–Worse diagram or the continuous-analysis scatter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FeaturePoint {
    /// Position of the feature in the project.
    pub feature: usize,
    /// Horizontal position: |Worse|, or the mean dysfunctional score.
    pub x: f64,
    /// Vertical position: Better, or the mean functional score.
    pub y: f64,
    /// Standard deviation along x (continuous analysis only; `None` for fewer than two answers).
    pub x_sd: Option<f64>,
    /// Standard deviation along y (continuous analysis only).
    pub y_sd: Option<f64>,
    /// The 95% interval along x, drawn as a whisker when shown (Better–Worse: of |Worse|).
    pub x_interval: Option<(f64, f64)>,
    /// The 95% interval along y (Better–Worse: of Better).
    pub y_interval: Option<(f64, f64)>,
    /// Radius of the mark in points, from the mean importance.
    pub radius: f32,
    /// The feature's category under the rule in force.
    pub category: Option<Category>,
}

/// One feature as a stacked bar of category shares.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ShareBar {
    /// Position of the feature in the project.
    pub feature: usize,
    /// Respondents who answered both questions.
    pub n: u32,
    /// Counts per category, in A, O, M, I, R, Q order.
    pub counts: CategoryCounts,
    /// The feature's category under the rule in force.
    pub category: Option<Category>,
}

impl ShareBar {
    /// The segments of the bar: (category, start, share), left to right in A, O, M, I, R, Q
    /// order, each as a share of n (they add up to 1).
    pub fn segments(&self) -> impl Iterator<Item = (Category, f64, f64)> + '_ {
        let mut start = 0.0;
        Category::ALL.into_iter().map(move |c| {
            let share = self.counts.share(c).unwrap_or(0.0);
            let segment = (c, start, share);
            start += share;
            segment
        })
    }
}

/// The radius of a point on screen for a mean importance on the project's scale (its lowest
/// point gives the smallest mark, its highest the largest): the figure's one rule
/// (`figure::tokens`) at screen scale.
pub fn importance_radius(mean: Option<f64>, on: &ImportanceScale) -> f32 {
    screen_tokens().point_radius(mean.map(|m| on.fraction(m)))
}

/// The tokens of a picture on screen at its usual size.
fn screen_tokens() -> Tokens {
    Tokens::for_size(1280.0, 800.0)
}

/// The shown features with their statistics, in project order.
fn shown<'a>(
    project: &'a Project,
    results: &'a Results,
    view: &'a ViewState,
) -> impl Iterator<Item = (usize, &'a FeatureStats)> + 'a {
    results
        .features
        .iter()
        .filter(|r| view.shows_feature(project, r.index))
        .map(|r| (r.index, &r.stats))
}

/// The points of the Better–Worse diagram: x = |Worse|, y = Better, both in 0..1.
pub fn better_worse_points(
    project: &Project,
    results: &Results,
    view: &ViewState,
) -> Vec<FeaturePoint> {
    let intervals = view.intervals_shown(results.respondents);
    results
        .features
        .iter()
        .filter(|r| view.shows_feature(project, r.index))
        .filter_map(|r| {
            let (feature, s) = (r.index, &r.stats);
            let c = s.coefficients?;
            Some(FeaturePoint {
                feature,
                x: c.worse.abs(),
                y: c.better,
                x_sd: None,
                y_sd: None,
                // Worse is drawn by its size, so its interval is mirrored the same way.
                x_interval: r
                    .worse_ci
                    .filter(|_| intervals)
                    .map(|i| (i.high.abs(), i.low.abs())),
                y_interval: r.better_ci.filter(|_| intervals).map(|i| (i.low, i.high)),
                radius: importance_radius(s.importance.map(|i| i.mean), project.importance_scale()),
                category: s.category,
            })
        })
        .collect()
}

/// The points of the continuous analysis: x = mean dysfunctional score, y = mean functional
/// score, with their standard deviations.
pub fn continuous_points(
    project: &Project,
    results: &Results,
    view: &ViewState,
) -> Vec<FeaturePoint> {
    shown(project, results, view)
        .filter_map(|(feature, s)| {
            let c = s.continuous?;
            Some(FeaturePoint {
                feature,
                x: c.dysfunctional.mean,
                y: c.functional.mean,
                x_sd: c.dysfunctional.sd,
                y_sd: c.functional.sd,
                x_interval: None,
                y_interval: None,
                radius: importance_radius(s.importance.map(|i| i.mean), project.importance_scale()),
                category: s.category,
            })
        })
        .collect()
}

/// The stacked bars of category shares, one per shown feature that somebody answered.
pub fn share_bars(project: &Project, results: &Results, view: &ViewState) -> Vec<ShareBar> {
    shown(project, results, view)
        .filter(|(_, s)| s.n > 0)
        .map(|(feature, s)| ShareBar {
            feature,
            n: s.n,
            counts: s.counts,
            category: s.category,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::samples::Sample;
    use crate::project::SegmentFilter;

    #[test]
    fn intervals_follow_the_toggle_and_hold_their_point() {
        let project = Sample::MetroEnglish.project();
        let results = project.current_results();
        let mut view = ViewState {
            show_intervals: Some(true),
            ..ViewState::default()
        };
        let points = better_worse_points(&project, &results, &view);
        assert!(!points.is_empty());
        for p in &points {
            let (x_low, x_high) = p.x_interval.unwrap();
            let (y_low, y_high) = p.y_interval.unwrap();
            assert!(x_low <= p.x && p.x <= x_high, "{x_low} {} {x_high}", p.x);
            assert!(y_low <= p.y && p.y <= y_high, "{y_low} {} {y_high}", p.y);
            assert!(x_low >= 0.0 && x_high <= 1.0 && y_low >= 0.0 && y_high <= 1.0);
        }
        view.show_intervals = Some(false);
        let points = better_worse_points(&project, &results, &view);
        assert!(
            points
                .iter()
                .all(|p| p.x_interval.is_none() && p.y_interval.is_none())
        );
        // Unset, the figure's default decides: on below 100 respondents.
        view.show_intervals = None;
        assert!(view.intervals_shown(99));
        assert!(!view.intervals_shown(100));
    }

    #[test]
    fn better_worse_points_are_the_coefficients_of_the_shown_features() {
        let project = Sample::MetroEnglish.project();
        let results = project.current_results();
        let view = ViewState::default();
        let points = better_worse_points(&project, &results, &view);
        assert_eq!(points.len(), project.features().len());
        for p in &points {
            let stats = &results.features[p.feature].stats;
            let c = stats.coefficients.unwrap();
            assert_eq!((p.x, p.y), (-c.worse, c.better));
            assert!((0.0..=1.0).contains(&p.x) && (0.0..=1.0).contains(&p.y));
            assert_eq!(p.category, stats.category);
            assert_eq!(
                p.radius,
                importance_radius(stats.importance.map(|i| i.mean), project.importance_scale())
            );
        }
    }

    #[test]
    fn the_touchpoint_filter_and_missing_answers_leave_points_out() {
        let project = Sample::MetroEnglish.project();
        let results = project.current_results();
        let view = ViewState {
            features: crate::project::FeatureFilter::Only(crate::project::GroupKey::Touchpoint(
                "Ticketing".into(),
            )),
            ..ViewState::default()
        };
        let features: Vec<usize> = better_worse_points(&project, &results, &view)
            .iter()
            .map(|p| p.feature)
            .collect();
        assert_eq!(features, [0, 1, 2]);
        assert_eq!(continuous_points(&project, &results, &view).len(), 3);
        assert_eq!(share_bars(&project, &results, &view).len(), 3);

        // A segment nobody belongs to: no answers, so nothing to plot.
        let empty = project.results(project.analysis(), &SegmentFilter::Only("Nobody".into()));
        let all = ViewState::default();
        assert!(better_worse_points(&project, &empty, &all).is_empty());
        assert!(continuous_points(&project, &empty, &all).is_empty());
        assert!(share_bars(&project, &empty, &all).is_empty());
    }

    #[test]
    fn importance_sets_the_radius_within_the_theme_limits() {
        let t = screen_tokens();
        let nine = ImportanceScale::default();
        assert_eq!(importance_radius(Some(1.0), &nine), t.point_radius_min);
        assert_eq!(importance_radius(Some(9.0), &nine), t.point_radius_max);
        assert_eq!(importance_radius(None, &nine), t.point_radius_default);
        assert!(importance_radius(Some(3.0), &nine) < importance_radius(Some(7.0), &nine));
        // On a 1..5 scale, 5 is the largest mark, not a middling one.
        let five = ImportanceScale::new(1, 5, Vec::new()).unwrap();
        assert_eq!(importance_radius(Some(5.0), &five), t.point_radius_max);
        assert_eq!(
            importance_radius(Some(3.0), &five),
            importance_radius(Some(5.0), &nine)
        );
        // Out-of-scale means (never produced by the engine) still give a sane size.
        assert_eq!(importance_radius(Some(40.0), &nine), t.point_radius_max);
    }

    #[test]
    fn continuous_points_carry_means_and_spreads() {
        let project = Sample::MetroEnglish.project();
        let results = project.current_results();
        for p in continuous_points(&project, &results, &ViewState::default()) {
            let c = results.features[p.feature].stats.continuous.unwrap();
            assert_eq!((p.x, p.y), (c.dysfunctional.mean, c.functional.mean));
            assert_eq!((p.x_sd, p.y_sd), (c.dysfunctional.sd, c.functional.sd));
            assert!((-2.0..=4.0).contains(&p.x) && (-2.0..=4.0).contains(&p.y));
        }
    }

    #[test]
    fn share_segments_tile_the_bar() {
        let bar = ShareBar {
            feature: 0,
            n: 10,
            counts: CategoryCounts::new(1, 2, 3, 4, 0, 0),
            category: Some(Category::I),
        };
        let segments: Vec<_> = bar.segments().collect();
        assert_eq!(segments.len(), 6);
        assert_eq!(segments[0], (Category::A, 0.0, 0.1));
        let (_, start, share) = segments[3];
        assert!((start - 0.6).abs() < 1e-12 && (share - 0.4).abs() < 1e-12);
        let (_, start, share) = segments[5];
        assert!((start + share - 1.0).abs() < 1e-12);
    }
}
