//! How sure the figures are: the adapter between the results model and the engine's
//! uncertainty (KANO_METHOD.md, "How sure are we?"). Every interval and confidence the results
//! hold comes through here, so that switching to the engine's is a change in this file only.
//!
//! MINIMAL STAND-IN, to be replaced by the engine's (helper `stats`, src/kano/): only the Wilson
//! score interval is implemented here (ten lines, Wilson 1927); [`category_confidence`] and
//! [`segments_differ`] answer `None` until the engine's seeded bootstrap and segment test land. This module must stay pure: no clock, no
//! randomness it did not receive, no egui.

use crate::kano::{Category, CategoryCounts, Rule};

/// A 95% interval: the figure is likely between `low` and `high`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    /// Lower end.
    pub low: f64,
    /// Upper end.
    pub high: f64,
}

/// Below this category confidence the category is "not settled" (KANO_METHOD.md: "below ~0.6").
pub const SETTLED_FROM: f64 = 0.6;

/// The 95% Wilson score interval of `k` successes in `m` trials; `None` when m = 0.
pub fn wilson(k: u32, m: u32) -> Option<Interval> {
    // STAND-IN for the engine's Wilson interval.
    if m == 0 {
        return None;
    }
    let (z, k, m) = (1.959_963_984_540_054_f64, f64::from(k), f64::from(m));
    let p = k / m;
    let z2 = z * z;
    let denominator = 1.0 + z2 / m;
    let centre = (p + z2 / (2.0 * m)) / denominator;
    let half = z * (p * (1.0 - p) / m + z2 / (4.0 * m * m)).sqrt() / denominator;
    Some(Interval {
        low: (centre - half).max(0.0),
        high: (centre + half).min(1.0),
    })
}

/// The intervals of Better ((A + O) of A + O + M + I) and Worse (the negated interval of
/// (O + M) of the same), each `None` when A + O + M + I = 0.
pub fn coefficient_intervals(counts: &CategoryCounts) -> (Option<Interval>, Option<Interval>) {
    let [a, o, m, i] = [Category::A, Category::O, Category::M, Category::I].map(|c| counts[c]);
    let total = a + o + m + i;
    let better = wilson(a + o, total);
    let worse = wilson(o + m, total).map(|w| Interval {
        low: -w.high,
        high: -w.low,
    });
    (better, worse)
}

/// How a feature's category confidence is computed: from its counts and the rule in force, with
/// a seed. The worker is given one, so tests can watch it work with a function of their own.
pub type ConfidenceFn = fn(&CategoryCounts, Rule, u64) -> Option<f64>;

/// The share of bootstrap resamples of the feature's answers that give it the same category.
///
/// STAND-IN: `None` until the engine's category-confidence bootstrap (2,000 seeded resamples)
/// lands in `kano`; then this calls it.
pub fn category_confidence(_counts: &CategoryCounts, _rule: Rule, _seed: u64) -> Option<f64> {
    None
}

/// The p-value of the test that the segments' category distributions are the same (Pearson's
/// chi-square, or a seeded permutation test with small expected counts; KANO_METHOD.md).
///
/// STAND-IN: `None` until the engine's segment comparison lands in `kano`; then this calls it.
pub fn segments_differ(_counts: &[CategoryCounts]) -> Option<f64> {
    None
}

/// Whether a category with this confidence is settled (confidence at least [`SETTLED_FROM`]).
pub fn is_settled(confidence: f64) -> bool {
    confidence >= SETTLED_FROM
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(k: u32, m: u32, expected: Option<(f64, f64)>) {
        let got = wilson(k, m).map(|i| (i.low, i.high));
        match (got, expected) {
            (Some((low, high)), Some((el, eh))) => {
                assert!(
                    (low - el).abs() < 5e-4 && (high - eh).abs() < 5e-4,
                    "{k}/{m}: {got:?}"
                );
            }
            _ => assert_eq!(got, expected, "{k}/{m}"),
        }
    }

    #[test]
    fn wilson_intervals_match_published_values() {
        // Brown, Cai & DasGupta 2001 and R's prop.test(correct = FALSE) give these.
        check(0, 0, None);
        check(0, 10, Some((0.0, 0.2775)));
        check(10, 10, Some((0.7225, 1.0)));
        check(5, 10, Some((0.2366, 0.7634)));
        check(81, 263, Some((0.2553, 0.3662)));
    }

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
        assert_eq!(
            coefficient_intervals(&CategoryCounts::new(0, 0, 0, 0, 2, 1)),
            (None, None)
        );
    }
}
