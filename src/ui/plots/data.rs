//! What the plots draw, computed from the project, its results and the view: pure functions,
//! so the figures behind every mark can be tested without a window.
//!
//! Nothing here is stored between frames: the plots call these every frame, so an edit shows in
//! the same frame it is made. Features hidden by the touchpoint filter are left out; features
//! without the figure a plot needs (nobody answered) are left out of that plot.

use super::super::theme::plot::{POINT_RADIUS_DEFAULT, POINT_RADIUS_MAX, POINT_RADIUS_MIN};
use super::super::view::ViewState;
use crate::kano::{Category, CategoryCounts, FeatureStats};
use crate::project::{ImportanceScale, Project, Results};

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

/// The radius of a point for a mean importance on the project's scale (its lowest point gives
/// the smallest mark, its highest the largest); a middle size without one.
pub fn importance_radius(mean: Option<f64>, on: &ImportanceScale) -> f32 {
    match mean {
        Some(mean) => {
            let t = on.fraction(mean) as f32;
            POINT_RADIUS_MIN + t * (POINT_RADIUS_MAX - POINT_RADIUS_MIN)
        }
        None => POINT_RADIUS_DEFAULT,
    }
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
    shown(project, results, view)
        .filter_map(|(feature, s)| {
            let c = s.coefficients?;
            Some(FeaturePoint {
                feature,
                x: c.worse.abs(),
                y: c.better,
                x_sd: None,
                y_sd: None,
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
            touchpoint: Some("Ticketing".into()),
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
        let nine = ImportanceScale::default();
        assert_eq!(importance_radius(Some(1.0), &nine), POINT_RADIUS_MIN);
        assert_eq!(importance_radius(Some(9.0), &nine), POINT_RADIUS_MAX);
        assert_eq!(importance_radius(None, &nine), POINT_RADIUS_DEFAULT);
        assert!(importance_radius(Some(3.0), &nine) < importance_radius(Some(7.0), &nine));
        // On a 1..5 scale, 5 is the largest mark, not a middling one.
        let five = ImportanceScale::new(1, 5, Vec::new()).unwrap();
        assert_eq!(importance_radius(Some(5.0), &five), POINT_RADIUS_MAX);
        assert_eq!(
            importance_radius(Some(3.0), &five),
            importance_radius(Some(5.0), &nine)
        );
        // Out-of-scale means (never produced by the engine) still give a sane size.
        assert_eq!(importance_radius(Some(40.0), &nine), POINT_RADIUS_MAX);
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
