//! Segments compared: each feature's results in two or more segments side by side, whether the
//! segments' category distributions differ (the engine's test through [`super::uncertainty`],
//! filled in by the worker), and which segments are too small to say anything about a feature.
//!
//! Pure: built from the project's per-segment tallies in O(features × segments); it never draws.

use super::model::{FeatureResult, Results};
use super::uncertainty::SegmentTest;
use crate::kano::Analysis;
use crate::project::{Project, SegmentFilter};

/// With fewer respondents than this answering a feature, a segment is too small to say anything
/// about it: a 95% interval of Better is then wider than ±0.3 at best.
pub const TOO_SMALL_BELOW: u32 = 10;

/// A difference is reported as "differs" below this p (KANO_METHOD.md).
pub const DIFFERS_BELOW: f64 = 0.05;

/// One feature across the segments compared.
#[derive(Clone, Debug, PartialEq)]
pub struct FeatureComparison {
    /// Position of the feature in the project.
    pub index: usize,
    /// Its results in each segment, in the order of [`Comparison::segments`].
    pub by_segment: Vec<FeatureResult>,
    /// Whether the segments' category distributions differ (p, Benjamini–Hochberg adjusted p);
    /// `None` while the worker computes it.
    pub test: Option<SegmentTest>,
}

impl FeatureComparison {
    /// The test's p; `None` while it is computed, or when a segment is too small to test.
    pub fn p_value(&self) -> Option<f64> {
        self.test.and_then(|t| t.p_value)
    }

    /// `Some(true)` when p < 0.05, `None` without a p.
    pub fn differs(&self) -> Option<bool> {
        self.p_value().map(|p| p < DIFFERS_BELOW)
    }

    /// Whether the segment at `position` is too small to say anything about this feature.
    pub fn too_small(&self, position: usize) -> bool {
        self.by_segment
            .get(position)
            .is_none_or(|r| r.stats.n < TOO_SMALL_BELOW)
    }
}

/// Two or more segments side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The segments, as picked.
    pub segments: Vec<String>,
    /// Each segment's results.
    pub results: Vec<Results>,
    /// Per feature, in project order.
    pub features: Vec<FeatureComparison>,
}

/// The `segments` of `project` compared under `analysis`.
pub fn compare(project: &Project, analysis: &Analysis, segments: &[String]) -> Comparison {
    let results: Vec<Results> = segments
        .iter()
        .map(|s| project.results(analysis, &SegmentFilter::Only(s.clone())))
        .collect();
    let features = (0..project.features().len())
        .map(|index| {
            let by_segment: Vec<FeatureResult> = results
                .iter()
                .filter_map(|r| r.features.get(index).copied())
                .collect();
            FeatureComparison {
                index,
                by_segment,
                test: None,
            }
        })
        .collect();
    Comparison {
        segments: segments.to_vec(),
        results,
        features,
    }
}

/// The `segments` of `project` compared under `analysis`, with the test of whether they differ
/// computed at once (seconds for many features: for the CLI and exports, never a frame).
pub fn compare_tested(project: &Project, analysis: &Analysis, segments: &[String]) -> Comparison {
    let mut comparison = compare(project, analysis, segments);
    let tests =
        super::uncertainty::segments_differ(&super::cache::test_inputs(project, &comparison));
    for (feature, test) in comparison.features.iter_mut().zip(tests) {
        feature.test = Some(test);
    }
    comparison
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kano::{Answer, Category, Response};
    use crate::project::{Feature, Respondent};

    /// One feature; `tourists` tourists answer it Attractive, `commuters` commuters Must-be.
    fn project(tourists: usize, commuters: usize) -> Project {
        let respondent = |i: usize, segment: &str, pair: (Answer, Answer)| Respondent {
            id: format!("{segment}{i}"),
            segment: segment.into(),
            responses: vec![Response::pair(pair.0, pair.1)],
            ..Respondent::default()
        };
        let respondents = (0..tourists)
            .map(|i| respondent(i, "Tourist", (Answer::Like, Answer::Neutral)))
            .chain(
                (0..commuters)
                    .map(|i| respondent(i, "Commuter", (Answer::Neutral, Answer::Dislike))),
            )
            .collect();
        let feature = Feature {
            id: "wifi".into(),
            ..Feature::default()
        };
        Project::from_parts("t".into(), Analysis::default(), vec![feature], respondents).unwrap()
    }

    #[test]
    fn segments_stand_side_by_side_with_their_own_figures() {
        let p = project(12, 30);
        let segments = ["Commuter".to_owned(), "Tourist".to_owned()];
        let c = compare(&p, &Analysis::default(), &segments);
        assert_eq!(c.segments, segments);
        assert_eq!(
            (c.results[0].respondents, c.results[1].respondents),
            (30, 12)
        );
        let wifi = &c.features[0];
        let category = |s: usize| wifi.by_segment[s].stats.category;
        assert_eq!(
            (category(0), category(1)),
            (Some(Category::M), Some(Category::A))
        );
        assert!(wifi.by_segment[1].better_ci.is_some());
        assert!(!wifi.too_small(0) && !wifi.too_small(1));
        // The worker has not answered: no p, no verdict.
        assert_eq!((wifi.p_value(), wifi.differs()), (None, None));
    }

    #[test]
    fn a_segment_with_few_answers_is_too_small_to_say_anything() {
        let p = project(TOO_SMALL_BELOW as usize - 1, 30);
        let c = compare(
            &p,
            &Analysis::default(),
            &["Tourist".into(), "Nobody".into()],
        );
        assert!(c.features[0].too_small(0));
        assert!(c.features[0].too_small(1));
        assert_eq!(c.features[0].by_segment[1].stats.n, 0);
        let p = project(TOO_SMALL_BELOW as usize, 0);
        let c = compare(&p, &Analysis::default(), &["Tourist".into()]);
        assert!(!c.features[0].too_small(0));
    }

    #[test]
    fn differs_follows_p() {
        let f = |p: Option<f64>| FeatureComparison {
            index: 0,
            by_segment: Vec::new(),
            test: Some(SegmentTest {
                test: None,
                p_value: p,
                p_adjusted: p,
                differs: p.map(|p| p < DIFFERS_BELOW),
                too_small: p.is_none(),
            }),
        };
        assert_eq!(f(Some(0.003)).differs(), Some(true));
        assert_eq!(f(Some(0.05)).differs(), Some(false));
        assert_eq!(f(None).differs(), None);
    }
}
