//! Category confidence: how often the feature's category survives resampling its answers
//! (KANO_METHOD.md, "How sure are we?").
//!
//! The feature's n answer pairs are resampled with replacement (a multinomial bootstrap) and the
//! rule in force is applied to each resample; the confidence is the share of resamples that give
//! the same category as the data. The rule depends on the six category counts only, so a resample
//! is drawn as six counts (a multinomial draw of n over the observed shares, by conditional
//! binomials) rather than respondent by respondent: the cost does not grow with n.
//!
//! Pure and seeded: the caller passes the seed (use [`super::seed_for`], which derives it from
//! the feature's id and counts), and the generator is ChaCha8, whose stream is fixed by its
//! specification, so the same input gives the same share on every run and machine. This module
//! never reads a clock or the operating system's randomness.

use super::category::CategoryCounts;
use super::stats::Rule;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rand_distr::{Binomial, Distribution};

/// Resamples per feature (KANO_METHOD.md): enough that the share is good to about ±0.01.
pub const RESAMPLES: u32 = 2_000;

/// Below this confidence a category is "not settled": another group of the same size could
/// well give another letter.
pub const NOT_SETTLED_BELOW: f64 = 0.6;

/// True when a confidence is below [`NOT_SETTLED_BELOW`].
pub fn is_settled(confidence: f64) -> bool {
    confidence >= NOT_SETTLED_BELOW
}

/// The share (0..=1) of `resamples` multinomial resamples of these counts to which `rule` gives
/// the same category as to the counts themselves; `None` when nothing was counted (no category).
/// `resamples` of 0 is read as 1.
pub fn category_confidence(
    counts: &CategoryCounts,
    rule: Rule,
    resamples: u32,
    seed: u64,
) -> Option<f64> {
    let observed = rule.category(counts)?;
    let resamples = resamples.max(1);
    let n = u64::from(counts.total());
    // Categories nobody chose cannot appear in a resample; with one left, every resample is the
    // data itself.
    let present: Vec<(usize, u64)> = counts
        .0
        .iter()
        .enumerate()
        .filter(|(_, c)| **c > 0)
        .map(|(j, c)| (j, u64::from(*c)))
        .collect();
    if present.len() == 1 {
        return Some(1.0);
    }
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    // The first conditional binomial is the same in every resample: build it once.
    let first = Binomial::new(n, present[0].1 as f64 / n as f64).ok();
    let mut same = 0_u32;
    for _ in 0..resamples {
        let mut draw = [0_u32; 6];
        let mut trials = n;
        let mut mass = n;
        for (k, &(j, c)) in present.iter().enumerate() {
            if trials == 0 {
                break;
            }
            let x = if k + 1 == present.len() || c == mass {
                trials
            } else if k == 0 {
                first.map_or(0, |b| b.sample(&mut rng))
            } else {
                Binomial::new(trials, c as f64 / mass as f64).map_or(0, |b| b.sample(&mut rng))
            }
            .min(trials);
            draw[j] = u32::try_from(x).unwrap_or(u32::MAX);
            trials -= x;
            mass -= c;
        }
        if rule.category(&CategoryCounts(draw)) == Some(observed) {
            same += 1;
        }
    }
    Some(f64::from(same) / f64::from(resamples))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kano::{Category, seed_for};

    fn confidence(counts: CategoryCounts, rule: Rule) -> f64 {
        category_confidence(&counts, rule, RESAMPLES, seed_for("f", &[counts]))
            .unwrap_or_else(|| panic!("{counts:?} has no category"))
    }

    #[test]
    fn nothing_counted_has_no_confidence() {
        let none = CategoryCounts::default();
        assert_eq!(category_confidence(&none, Rule::Max, RESAMPLES, 1), None);
    }

    #[test]
    fn a_unanimous_feature_is_settled_for_sure() {
        let counts = CategoryCounts::new(0, 0, 7, 0, 0, 0);
        assert_eq!(confidence(counts, Rule::Max), 1.0);
        assert_eq!(confidence(counts, Rule::Oam), 1.0);
    }

    #[test]
    fn a_clear_majority_is_settled_and_a_coin_toss_is_not() {
        // stp25kano's "Service app" (n = 296): O leads M by 28, clearly.
        let clear = CategoryCounts::new(45, 123, 95, 33, 0, 0);
        assert!(confidence(clear, Rule::Max) > 0.95);
        // 20 people in a workshop, 8 I against 7 A: a coin toss, which A wins on a tie.
        let toss = CategoryCounts::new(7, 2, 1, 8, 1, 1);
        assert_eq!(Rule::Max.category(&toss), Some(Category::I));
        let c = confidence(toss, Rule::Max);
        assert!(c < NOT_SETTLED_BELOW && c > 0.2, "{c}");
        assert!(!is_settled(c));
    }

    #[test]
    fn same_input_same_share() {
        let counts = CategoryCounts::new(8, 2, 1, 7, 1, 1);
        let seed = seed_for("hotline", &[counts]);
        let once = category_confidence(&counts, Rule::Strength, RESAMPLES, seed);
        let again = category_confidence(&counts, Rule::Strength, RESAMPLES, seed);
        assert_eq!(once, again);
    }

    #[test]
    fn the_rule_in_force_decides_what_counts_as_the_same() {
        // Max gives I (124 against 121 A), a coin toss; the strength rule gives A whenever the two
        // stay within 6% of n, which most resamples do.
        let hotline = CategoryCounts::new(121, 24, 15, 124, 6, 6);
        assert_eq!(Rule::Max.category(&hotline), Some(Category::I));
        let max = confidence(hotline, Rule::Max);
        let strength = confidence(hotline, Rule::Strength);
        assert!(max < 0.75, "{max}");
        assert!(strength > max + 0.1, "{strength} vs {max}");
    }
}
