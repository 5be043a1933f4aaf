//! The uncertainty figures checked against data simulated from known distributions: the 95%
//! intervals cover the truth about 95% of the time; the comparison test rejects about 5% of the
//! time when segments do not differ (size) and nearly always when they clearly do (power);
//! Benjamini–Hochberg keeps chance findings out. Plus properties on arbitrary counts.
//!
//! Every simulation is seeded, so these tests give the same verdict on every run. The simulated
//! answers are drawn respondent by respondent, independently of the engine's own sampler.

use super::compare::{
    FeatureSegments, MIN_ANSWERS, PERMUTATIONS, TestMethod, benjamini_hochberg, compare_segments,
    homogeneity_test,
};
use super::confidence::{RESAMPLES, category_confidence};
use super::interval::{CoefficientIntervals, wilson};
use super::{Category, CategoryCounts, Coefficients, Rule, seed_for};
use proptest::prelude::*;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Shares of A, O, M, I, R, Q.
type Shares = [f64; 6];

/// `n` respondents drawn from `shares`, counted.
fn simulate(rng: &mut ChaCha8Rng, shares: &Shares, n: u32) -> CategoryCounts {
    let mut counts = [0_u32; 6];
    for _ in 0..n {
        let mut u: f64 = rng.random();
        let mut chosen = 5;
        for (j, s) in shares.iter().enumerate() {
            if u < *s {
                chosen = j;
                break;
            }
            u -= s;
        }
        counts[chosen] += 1;
    }
    CategoryCounts(counts)
}

/// The true Better and |Worse| of a distribution.
fn truth(shares: &Shares) -> (f64, f64) {
    let aomi = shares[0] + shares[1] + shares[2] + shares[3];
    (
        (shares[0] + shares[1]) / aomi,
        (shares[1] + shares[2]) / aomi,
    )
}

const DISTRIBUTIONS: [Shares; 4] = [
    [0.35, 0.20, 0.10, 0.25, 0.05, 0.05],
    [0.10, 0.30, 0.40, 0.15, 0.03, 0.02],
    [0.05, 0.05, 0.05, 0.80, 0.03, 0.02],
    [0.25, 0.25, 0.25, 0.25, 0.00, 0.00],
];

#[test]
fn intervals_cover_the_truth_about_95_percent_of_the_time() {
    let mut rng = ChaCha8Rng::seed_from_u64(2026);
    let (mut covered, mut total) = (0_u32, 0_u32);
    for shares in &DISTRIBUTIONS {
        let (better, worse) = truth(shares);
        for n in [20, 60, 200] {
            let (mut cell_covered, mut cell_total) = (0_u32, 0_u32);
            for _ in 0..1_000 {
                let counts = simulate(&mut rng, shares, n);
                let Some(ci) = CoefficientIntervals::from_counts(&counts) else {
                    continue;
                };
                cell_covered += u32::from(ci.better.contains(better));
                cell_covered += u32::from(ci.worse.contains(-worse));
                cell_total += 2;
            }
            let share = f64::from(cell_covered) / f64::from(cell_total);
            // Wilson's coverage wanders around 95% with the proportion; it does not collapse.
            assert!(share > 0.90, "{shares:?}, n = {n}: coverage {share}");
            covered += cell_covered;
            total += cell_total;
        }
    }
    let share = f64::from(covered) / f64::from(total);
    assert!((0.935..=0.965).contains(&share), "overall coverage {share}");
}

/// Random tables per permutation test in the size and power simulations. A Monte-Carlo p-value
/// is valid for any number of tables (Besag & Clifford 1989); fewer than the engine's 10,000 keep
/// hundreds of simulated comparisons within seconds in an unoptimised test build.
const SIMULATION_PERMUTATIONS: u32 = 1_000;

/// The share of `trials` simulated comparisons, segments of `sizes` drawn from `a` and `b`,
/// with p < 0.05; and how many used the permutation test.
fn rejection_rate(seed: u64, a: &Shares, b: &Shares, sizes: (u32, u32), trials: u32) -> (f64, u32) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let (mut rejected, mut permutation) = (0_u32, 0_u32);
    for t in 0..trials {
        let segments = [
            simulate(&mut rng, a, sizes.0),
            simulate(&mut rng, b, sizes.1),
        ];
        let Some(test) = homogeneity_test(&segments, SIMULATION_PERMUTATIONS, u64::from(t)) else {
            panic!("segments of {sizes:?} are large enough")
        };
        assert!((0.0..=1.0).contains(&test.p_value));
        rejected += u32::from(test.p_value < 0.05);
        permutation += u32::from(test.method == TestMethod::Permutation);
    }
    (f64::from(rejected) / f64::from(trials), permutation)
}

#[test]
fn the_comparison_rejects_about_5_percent_when_segments_do_not_differ() {
    // Large segments: mostly Pearson's test.
    let (size, _) = rejection_rate(1, &DISTRIBUTIONS[0], &DISTRIBUTIONS[0], (150, 100), 400);
    assert!((0.02..=0.085).contains(&size), "size {size}");
    // Workshop-sized segments: the permutation test, which must not reject more often either.
    let (size, permutation) =
        rejection_rate(2, &DISTRIBUTIONS[1], &DISTRIBUTIONS[1], (12, 15), 200);
    assert!(permutation > 150, "{permutation} permutation tests");
    assert!(size <= 0.085, "size {size}");
}

#[test]
fn the_comparison_finds_a_real_difference() {
    // Excitement-leaning against basic-leaning segments of 40: the kind of difference that
    // changes what a team builds.
    let (power, _) = rejection_rate(3, &DISTRIBUTIONS[0], &DISTRIBUTIONS[1], (40, 40), 200);
    assert!(power > 0.9, "power {power}");
    // Segments of 8 and 10 are allowed but say little: power is low, and honestly so.
    let (power, _) = rejection_rate(4, &DISTRIBUTIONS[0], &DISTRIBUTIONS[1], (8, 10), 200);
    assert!(power < 0.9, "power {power}");
}

#[test]
fn benjamini_hochberg_keeps_chance_findings_out() {
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    let features: Vec<FeatureSegments> = (0..200)
        .map(|f| {
            // Categories common enough for Pearson's test, as in a large survey.
            let shares = if f % 2 == 0 {
                &DISTRIBUTIONS[3]
            } else {
                &[0.40, 0.10, 0.10, 0.40, 0.0, 0.0]
            };
            let by_segment = vec![
                simulate(&mut rng, shares, 80),
                simulate(&mut rng, shares, 80),
            ];
            FeatureSegments {
                seed: seed_for(&format!("f{f}"), &by_segment),
                by_segment,
            }
        })
        .collect();
    let results = compare_segments(&features, PERMUTATIONS);
    let raw = results.iter().filter(|r| r.differs == Some(true)).count();
    let adjusted = results
        .iter()
        .filter(|r| r.p_adjusted.is_some_and(|p| p < 0.05))
        .count();
    assert!(
        (3..=20).contains(&raw),
        "{raw} chance differences at p < 0.05"
    );
    assert!(adjusted <= 1, "{adjusted} survive adjustment");
}

fn any_counts() -> impl Strategy<Value = CategoryCounts> {
    proptest::array::uniform6(0_u32..60).prop_map(CategoryCounts)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn an_interval_contains_its_estimate(k in 0_u32..500, extra in 0_u32..500) {
        let n = k + extra;
        match wilson(k, n) {
            None => prop_assert_eq!(n, 0),
            Some(i) => {
                let p = f64::from(k) / f64::from(n);
                prop_assert!(0.0 <= i.low && i.low <= p && p <= i.high && i.high <= 1.0);
            }
        }
    }

    #[test]
    fn coefficient_intervals_contain_better_and_worse(counts in any_counts()) {
        let c = Coefficients::from_counts(&counts);
        let ci = CoefficientIntervals::from_counts(&counts);
        prop_assert_eq!(c.is_some(), ci.is_some());
        if let (Some(c), Some(ci)) = (c, ci) {
            prop_assert!(ci.better.contains(c.better), "{:?} {:?}", c, ci);
            prop_assert!(ci.worse.contains(c.worse), "{:?} {:?}", c, ci);
            prop_assert!(-1.0 <= ci.worse.low && ci.worse.high <= 0.0);
        }
    }

    #[test]
    fn confidence_is_a_share(counts in any_counts(), rule in 0_usize..3) {
        let rule = Rule::ALL[rule];
        let confidence = category_confidence(&counts, rule, 200, seed_for("p", &[counts]));
        prop_assert_eq!(confidence.is_some(), counts.total() > 0);
        if let Some(c) = confidence {
            prop_assert!((0.0..=1.0).contains(&c));
        }
    }

    #[test]
    fn p_values_are_probabilities_and_adjusting_never_lowers_them(
        segments in proptest::collection::vec(any_counts(), 2..4),
    ) {
        let test = homogeneity_test(&segments, 500, 9);
        let large_enough = segments.iter().all(|s| s.total() >= MIN_ANSWERS);
        prop_assert_eq!(test.is_some(), large_enough);
        if let Some(t) = test {
            prop_assert!((0.0..=1.0).contains(&t.p_value) && t.statistic >= 0.0);
        }
        let p: Vec<Option<f64>> = segments.iter().map(|s| s.share(Category::A)).collect();
        for (raw, adjusted) in p.iter().zip(benjamini_hochberg(&p)) {
            prop_assert_eq!(raw.is_some(), adjusted.is_some());
            if let (Some(raw), Some(adjusted)) = (raw, adjusted) {
                prop_assert!(*raw <= adjusted && adjusted <= 1.0);
            }
        }
    }
}

#[test]
fn the_worked_example_is_unchanged_and_inside_its_intervals() {
    // KANO_METHOD.md's worked example (stp25kano, n = 296): Better and Worse as published.
    let rows = [
        (CategoryCounts::new(45, 123, 95, 33, 0, 0), 0.568, -0.736),
        (CategoryCounts::new(54, 54, 101, 81, 3, 3), 0.372, -0.534),
        (CategoryCounts::new(121, 24, 15, 124, 6, 6), 0.511, -0.137),
        (CategoryCounts::new(93, 87, 65, 51, 0, 0), 0.608, -0.514),
        (CategoryCounts::new(83, 18, 9, 177, 6, 3), 0.352, -0.094),
    ];
    for (counts, better, worse) in rows {
        let (Some(c), Some(ci)) = (
            Coefficients::from_counts(&counts),
            CoefficientIntervals::from_counts(&counts),
        ) else {
            panic!("{counts:?}")
        };
        assert!((c.better - better).abs() < 5e-4 && (c.worse - worse).abs() < 5e-4);
        assert!(ci.better.contains(better) && ci.worse.contains(worse));
        let confidence =
            category_confidence(&counts, Rule::Max, RESAMPLES, seed_for("w", &[counts]));
        assert!(confidence.is_some_and(|c| (0.0..=1.0).contains(&c)));
    }
}
