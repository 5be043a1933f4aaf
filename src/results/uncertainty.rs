//! How sure the figures are: the adapter between the results model and the engine's
//! uncertainty (KANO_METHOD.md, "How sure are we?" and "Do two segments differ?"). Every
//! interval, confidence and p-value the results hold comes through here from `kano`
//! ([`crate::kano::interval`], [`crate::kano::confidence`], [`crate::kano::compare`]), so the
//! studio, the CLI and the exports agree.
//!
//! This module must stay pure: no clock, no randomness but the engine's seeded resampling (seeds
//! from the feature's id and counts), no egui. The slow parts ([`Engine`]) run on the
//! [`super::worker`], never on the UI thread.

pub use crate::kano::Interval;
pub use crate::kano::compare::FeatureComparison as SegmentTest;
pub use crate::kano::compare::FeatureSegments;
use crate::kano::{CategoryCounts, CoefficientIntervals, Rule, compare, confidence, seed_for};

/// Below this category confidence the category is "not settled" (KANO_METHOD.md: "below ~0.6").
pub const SETTLED_FROM: f64 = confidence::NOT_SETTLED_BELOW;

/// Whether a category with this confidence is settled (confidence at least [`SETTLED_FROM`]).
pub fn is_settled(confidence: f64) -> bool {
    confidence::is_settled(confidence)
}

/// The 95% Wilson intervals of Better and of Worse (negative, like Worse), each `None` when
/// A + O + M + I = 0.
pub fn coefficient_intervals(counts: &CategoryCounts) -> (Option<Interval>, Option<Interval>) {
    CoefficientIntervals::from_counts(counts)
        .map_or((None, None), |c| (Some(c.better), Some(c.worse)))
}

/// The seed of a feature's resampling: from its id and counts, so it does not move when other
/// features change.
pub fn seed(feature_id: &str, counts: &[CategoryCounts]) -> u64 {
    seed_for(feature_id, counts)
}

/// The slow computations, as functions the worker is given (tests give their own).
#[derive(Clone, Copy, Debug)]
pub struct Engine {
    /// A feature's category confidence from its counts, the rule in force and a seed.
    pub confidence: fn(&CategoryCounts, Rule, u64) -> Option<f64>,
    /// Every feature's test of whether the segments differ, with Benjamini–Hochberg adjusted p.
    pub compare: fn(&[FeatureSegments]) -> Vec<SegmentTest>,
}

impl Engine {
    /// The engine's own: 2,000 bootstrap resamples, and 10,000 permutations where chi-square's
    /// expected counts are too small.
    pub const KANO: Self = Self {
        confidence: category_confidence,
        compare: segments_differ,
    };
}

/// The share of 2,000 bootstrap resamples of the feature's answers that give it the same
/// category; `None` without answers.
pub fn category_confidence(counts: &CategoryCounts, rule: Rule, seed: u64) -> Option<f64> {
    confidence::category_confidence(counts, rule, confidence::RESAMPLES, seed)
}

/// Whether the segments' category distributions differ, per feature (chi-square, or a seeded
/// permutation test with small expected counts), p adjusted over the features (BH).
pub fn segments_differ(features: &[FeatureSegments]) -> Vec<SegmentTest> {
    compare::compare_segments(features, compare::PERMUTATIONS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kano::interval::wilson;

    #[test]
    fn worse_is_the_negated_interval_of_o_plus_m() {
        // Service app (KANO_METHOD.md): A 45, O 123, M 95, I 33.
        let counts = CategoryCounts::new(45, 123, 95, 33, 0, 0);
        let (better, worse) = coefficient_intervals(&counts);
        let (better, worse) = (better.unwrap(), worse.unwrap());
        assert!(better.low < 0.568 && 0.568 < better.high);
        assert!(worse.low < -0.736 && -0.736 < worse.high);
        let o_plus_m = wilson(123 + 95, 296).unwrap();
        assert_eq!((worse.low, worse.high), (-o_plus_m.high, -o_plus_m.low));
        let none = CategoryCounts::new(0, 0, 0, 0, 2, 1);
        assert_eq!(coefficient_intervals(&none), (None, None));
    }

    #[test]
    fn confidence_is_the_engines_and_repeats_with_its_seed() {
        let counts = CategoryCounts::new(10, 9, 3, 2, 0, 0);
        let s = seed("wifi", &[counts]);
        let once = category_confidence(&counts, Rule::Max, s);
        assert_eq!(once, category_confidence(&counts, Rule::Max, s));
        let c = once.unwrap();
        assert!(c > 0.2 && c < 0.9, "{c}");
        assert!(!is_settled(0.59) && is_settled(0.6));
    }
}
