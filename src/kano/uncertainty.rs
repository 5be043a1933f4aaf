//! How sure one feature's figures are, in one value: the 95% intervals of Better and Worse and
//! the category confidence, computed the one way every screen, export and the CLI use (the seed
//! from the feature's id and counts, [`RESAMPLES`] resamples, the rule in force).
//!
//! Pure. The confidence costs [`RESAMPLES`] multinomial draws: callers compute it once per
//! document revision (or once per export), never per frame.

use super::category::CategoryCounts;
use super::confidence::{RESAMPLES, category_confidence, is_settled};
use super::interval::{CoefficientIntervals, Interval};
use super::seed::seed_for;
use super::stats::Rule;

/// The uncertainty of one feature's figures.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Uncertainty {
    /// Better's 95% interval; `None` when Better is undefined (A + O + M + I = 0).
    pub better: Option<Interval>,
    /// Worse's 95% interval (within [-1, 0]); `None` when Worse is undefined.
    pub worse: Option<Interval>,
    /// The share (0..=1) of resamples giving the same category; `None` when n = 0.
    pub confidence: Option<f64>,
}

impl Uncertainty {
    /// The uncertainty of the feature `feature_id` with these counts under `rule`.
    pub fn of(feature_id: &str, counts: &CategoryCounts, rule: Rule) -> Self {
        let intervals = CoefficientIntervals::from_counts(counts);
        Self {
            better: intervals.map(|i| i.better),
            worse: intervals.map(|i| i.worse),
            confidence: category_confidence(
                counts,
                rule,
                RESAMPLES,
                seed_for(feature_id, &[*counts]),
            ),
        }
    }

    /// True when there is a category and its confidence is below the "not settled" line.
    pub fn not_settled(&self) -> bool {
        self.confidence.is_some_and(|c| !is_settled(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workshop_coin_toss_is_not_settled_and_a_clear_result_is() {
        let toss = Uncertainty::of("f", &CategoryCounts::new(7, 2, 1, 8, 1, 1), Rule::Max);
        assert!(toss.not_settled());
        let clear = Uncertainty::of("f", &CategoryCounts::new(45, 123, 95, 33, 0, 0), Rule::Max);
        assert!(!clear.not_settled());
        let none = Uncertainty::of("f", &CategoryCounts::default(), Rule::Max);
        assert_eq!(none, Uncertainty::default());
        assert!(!none.not_settled());
    }
}
