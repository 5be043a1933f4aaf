//! Do two (or more) segments differ? A test of homogeneity of one feature's category counts
//! across segments, and Benjamini–Hochberg adjusted p-values over many features
//! (KANO_METHOD.md, "Do two segments differ?").
//!
//! Per feature: the segments' counts of A, O, M, I, R, Q form a table (categories empty in every
//! segment dropped). When every expected count is at least 5, the p-value is Pearson's chi-square
//! test; otherwise it is a seeded Monte-Carlo permutation test of the same statistic: tables with
//! the observed margins are drawn at random (what permuting the segment labels of the answer
//! pairs gives, drawn cell by cell from conditional hypergeometric laws, as Patefield's 1981
//! algorithm and R's `chisq.test(simulate.p.value = TRUE)` do), and
//! p = (1 + #{X²_random ≥ X²_observed}) / (1 + permutations).
//!
//! A segment with fewer than [`MIN_ANSWERS`] answer pairs for the feature is "too small to say
//! anything": no test is run and no p-value given, rather than a p-value near 1 that reads as
//! "no difference".
//!
//! Pure and seeded (ChaCha8, seed from the caller, see [`super::seed_for`]): the same input gives
//! the same p-values on every run and machine. Never reads a clock; never fails.

use super::category::CategoryCounts;
use super::chi_square::chi_square_upper_tail;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, Hypergeometric};

/// Random tables per Monte-Carlo test (KANO_METHOD.md).
pub const PERMUTATIONS: u32 = 10_000;

/// The smallest expected count for which Pearson's chi-square approximation is trusted.
pub const MIN_EXPECTED: f64 = 5.0;

/// Fewer answer pairs than this in a segment, and that segment is too small to compare.
pub const MIN_ANSWERS: u32 = 5;

/// The level below which segments are said to differ.
pub const SIGNIFICANCE: f64 = 0.05;

/// How a p-value was obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TestMethod {
    /// Pearson's chi-square test (every expected count at least [`MIN_EXPECTED`]).
    ChiSquare,
    /// The Monte-Carlo permutation test of the same statistic.
    Permutation,
}

/// The result of one feature's test of homogeneity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HomogeneityTest {
    /// Pearson's X² of the observed table.
    pub statistic: f64,
    /// (segments - 1) × (categories present - 1).
    pub degrees_of_freedom: u32,
    /// P(X² at least as large | the segments do not differ).
    pub p_value: f64,
    /// How `p_value` was obtained.
    pub method: TestMethod,
}

/// The test of homogeneity of the category counts of one feature across `segments` (each
/// segment's counts), or `None` when fewer than two segments are given or any has fewer than
/// [`MIN_ANSWERS`] answer pairs. `permutations` is used only when an expected count is below
/// [`MIN_EXPECTED`] (0 is read as 1).
pub fn homogeneity_test(
    segments: &[CategoryCounts],
    permutations: u32,
    seed: u64,
) -> Option<HomogeneityTest> {
    if segments.len() < 2 || segments.iter().any(|s| s.total() < MIN_ANSWERS) {
        return None;
    }
    let table = Table::new(segments);
    let statistic = table.statistic(&table.cells);
    let columns = table.column_totals.len();
    let degrees_of_freedom =
        u32::try_from((segments.len() - 1) * columns.saturating_sub(1)).unwrap_or(u32::MAX);
    if degrees_of_freedom == 0 {
        // Everybody in every segment gave the same category: nothing can differ.
        return Some(HomogeneityTest {
            statistic,
            degrees_of_freedom,
            p_value: 1.0,
            method: TestMethod::ChiSquare,
        });
    }
    let smallest_expected = table
        .row_totals
        .iter()
        .flat_map(|&r| table.column_totals.iter().map(move |&c| r * c))
        .min()
        .map_or(0.0, |rc| rc as f64 / table.total as f64);
    if smallest_expected >= MIN_EXPECTED {
        return Some(HomogeneityTest {
            statistic,
            degrees_of_freedom,
            p_value: chi_square_upper_tail(statistic, degrees_of_freedom),
            method: TestMethod::ChiSquare,
        });
    }
    Some(HomogeneityTest {
        statistic,
        degrees_of_freedom,
        p_value: table.permutation_p_value(statistic, permutations.max(1), seed),
        method: TestMethod::Permutation,
    })
}

/// A segments × categories table with its margins; categories empty in every segment dropped.
struct Table {
    /// Row-major counts, `rows × columns`.
    cells: Vec<u64>,
    row_totals: Vec<u64>,
    column_totals: Vec<u64>,
    total: u64,
    /// 1 / expected count, row-major.
    inverse_expected: Vec<f64>,
}

impl Table {
    fn new(segments: &[CategoryCounts]) -> Self {
        let present: Vec<usize> = (0..6)
            .filter(|&j| segments.iter().any(|s| s.0[j] > 0))
            .collect();
        let cells: Vec<u64> = segments
            .iter()
            .flat_map(|s| present.iter().map(|&j| u64::from(s.0[j])))
            .collect();
        let row_totals: Vec<u64> = segments.iter().map(|s| u64::from(s.total())).collect();
        let column_totals: Vec<u64> = present
            .iter()
            .map(|&j| segments.iter().map(|s| u64::from(s.0[j])).sum())
            .collect();
        let total: u64 = row_totals.iter().sum();
        let inverse_expected = row_totals
            .iter()
            .flat_map(|&r| {
                column_totals
                    .iter()
                    .map(move |&c| total as f64 / (r * c) as f64)
            })
            .collect();
        Self {
            cells,
            row_totals,
            column_totals,
            total,
            inverse_expected,
        }
    }

    /// Pearson's X² = Σ O² / E - N: with the margins fixed, the same as Σ (O - E)² / E.
    fn statistic(&self, cells: &[u64]) -> f64 {
        let sum: f64 = cells
            .iter()
            .zip(&self.inverse_expected)
            .map(|(&o, &inv)| (o * o) as f64 * inv)
            .sum();
        (sum - self.total as f64).max(0.0)
    }

    fn permutation_p_value(&self, observed: f64, permutations: u32, seed: u64) -> f64 {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut cells = vec![0_u64; self.cells.len()];
        // As R does, a random table ties with the observed one within rounding.
        let threshold = observed * (1.0 - 64.0 * f64::EPSILON);
        let mut at_least = 0_u32;
        for _ in 0..permutations {
            self.random_table(&mut rng, &mut cells);
            if self.statistic(&cells) >= threshold {
                at_least += 1;
            }
        }
        f64::from(at_least + 1) / (f64::from(permutations) + 1.0)
    }

    /// A table drawn uniformly among the label permutations: each segment's counts are a
    /// multivariate hypergeometric draw from the answer pairs the earlier segments left.
    fn random_table(&self, rng: &mut ChaCha8Rng, cells: &mut [u64]) {
        let columns = self.column_totals.len();
        let mut left = [0_u64; 6];
        left[..columns].copy_from_slice(&self.column_totals);
        let rows = self.row_totals.len();
        for (i, &row_total) in self.row_totals.iter().enumerate() {
            let row = &mut cells[i * columns..(i + 1) * columns];
            if i + 1 == rows {
                row.copy_from_slice(&left[..columns]);
                break;
            }
            let mut pool: u64 = left.iter().sum();
            let mut draws = row_total;
            for (j, cell) in row.iter_mut().enumerate() {
                let x = if draws == 0 {
                    0
                } else if j + 1 == columns || left[j] == pool {
                    draws
                } else {
                    Hypergeometric::new(pool, left[j], draws).map_or(0, |h| h.sample(rng))
                }
                .min(left[j])
                .min(draws);
                *cell = x;
                pool -= left[j];
                left[j] -= x;
                draws -= x;
            }
        }
    }
}

/// One feature's comparison across segments.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FeatureComparison {
    /// The test, or `None` when a segment is too small.
    pub test: Option<HomogeneityTest>,
    /// The test's p-value.
    pub p_value: Option<f64>,
    /// The Benjamini–Hochberg adjusted p-value over the features compared together.
    pub p_adjusted: Option<f64>,
    /// `p_value < 0.05` (FORMATS.md); `None` when too small.
    pub differs: Option<bool>,
    /// True when some segment has fewer than [`MIN_ANSWERS`] answer pairs for this feature:
    /// the data cannot say whether the segments differ.
    pub too_small: bool,
}

/// One feature's counts in each segment compared, with the seed for its permutation test.
#[derive(Clone, Debug, PartialEq)]
pub struct FeatureSegments {
    /// Counts per segment, in the order the segments are compared.
    pub by_segment: Vec<CategoryCounts>,
    /// The seed (see [`super::seed_for`], from the feature's id and these counts).
    pub seed: u64,
}

/// Compares the segments on every feature, and adjusts the p-values for the number of features
/// compared (Benjamini–Hochberg, over the features that could be tested).
pub fn compare_segments(features: &[FeatureSegments], permutations: u32) -> Vec<FeatureComparison> {
    let tests: Vec<Option<HomogeneityTest>> = features
        .iter()
        .map(|f| homogeneity_test(&f.by_segment, permutations, f.seed))
        .collect();
    let p_values: Vec<Option<f64>> = tests.iter().map(|t| t.map(|t| t.p_value)).collect();
    let adjusted = benjamini_hochberg(&p_values);
    tests
        .into_iter()
        .zip(adjusted)
        .map(|(test, p_adjusted)| FeatureComparison {
            test,
            p_value: test.map(|t| t.p_value),
            p_adjusted,
            differs: test.map(|t| t.p_value < SIGNIFICANCE),
            too_small: test.is_none(),
        })
        .collect()
}

/// Benjamini–Hochberg (1995) adjusted p-values, as R's `p.adjust(p, "BH")`: with the m given
/// p-values ranked p(1) ≤ … ≤ p(m), p̃(k) = min over j ≥ k of min(1, m p(j) / j). `None`s are
/// left out of m and stay `None`.
pub fn benjamini_hochberg(p_values: &[Option<f64>]) -> Vec<Option<f64>> {
    let mut ranked: Vec<(usize, f64)> = p_values
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.map(|p| (i, p)))
        .collect();
    ranked.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    let m = ranked.len() as f64;
    let mut adjusted = vec![None; p_values.len()];
    let mut running = 1.0_f64;
    for (rank, &(index, p)) in ranked.iter().enumerate().rev() {
        // m / rank first, as R does: at rank m the factor is exactly 1, so p̃ ≥ p holds exactly.
        running = running.min(m / (rank as f64 + 1.0) * p).min(1.0);
        adjusted[index] = Some(running);
    }
    adjusted
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(a: u32, o: u32, m: u32, i: u32, r: u32, q: u32) -> CategoryCounts {
        CategoryCounts::new(a, o, m, i, r, q)
    }

    #[test]
    fn pearson_matches_r() {
        // chisq.test(rbind(c(30, 10, 20, 40), c(15, 25, 20, 40))): expected counts 22.5, 17.5,
        // 20, 40 in each row, X² = 2 (7.5² / 22.5 + 7.5² / 17.5) = 80 / 7, and with 3 degrees
        // of freedom p = erfc(√(x/2)) + √(2x/π) e^(-x/2) = 0.0096204.
        let Some(t) = homogeneity_test(
            &[counts(30, 10, 20, 40, 0, 0), counts(15, 25, 20, 40, 0, 0)],
            PERMUTATIONS,
            1,
        ) else {
            panic!("no test")
        };
        assert_eq!(t.method, TestMethod::ChiSquare);
        assert_eq!(t.degrees_of_freedom, 3, "R and Q are empty everywhere");
        assert!((t.statistic - 80.0 / 7.0).abs() < 1e-9, "{}", t.statistic);
        assert!((t.p_value - 0.009_620_43).abs() < 1e-7, "{}", t.p_value);
    }

    #[test]
    fn small_expected_counts_use_the_seeded_permutation_test() {
        let segments = [counts(6, 1, 0, 1, 0, 0), counts(1, 2, 4, 1, 0, 0)];
        let Some(t) = homogeneity_test(&segments, PERMUTATIONS, 7) else {
            panic!("no test")
        };
        assert_eq!(t.method, TestMethod::Permutation);
        assert!(t.p_value < 0.05, "{}", t.p_value);
        assert_eq!(homogeneity_test(&segments, PERMUTATIONS, 7), Some(t));
        // The smallest p-value a Monte-Carlo test can give is 1 / (permutations + 1).
        assert!(t.p_value >= 1.0 / f64::from(PERMUTATIONS + 1));
        let same = [counts(3, 1, 2, 1, 0, 0), counts(3, 1, 2, 1, 0, 0)];
        let Some(t) = homogeneity_test(&same, PERMUTATIONS, 7) else {
            panic!("no test")
        };
        assert_eq!(t.statistic, 0.0);
        assert_eq!(t.p_value, 1.0);
    }

    #[test]
    fn a_tiny_segment_says_nothing() {
        let segments = [counts(40, 10, 5, 5, 0, 0), counts(2, 1, 0, 1, 0, 0)];
        assert_eq!(homogeneity_test(&segments, PERMUTATIONS, 1), None);
        assert_eq!(homogeneity_test(&segments[..1], PERMUTATIONS, 1), None);
        let result = compare_segments(
            &[FeatureSegments {
                by_segment: segments.to_vec(),
                seed: 1,
            }],
            PERMUTATIONS,
        );
        assert!(result[0].too_small);
        assert_eq!(
            (result[0].p_value, result[0].differs, result[0].p_adjusted),
            (None, None, None)
        );
    }

    #[test]
    fn one_category_everywhere_cannot_differ() {
        let segments = [counts(0, 0, 9, 0, 0, 0), counts(0, 0, 30, 0, 0, 0)];
        let t = homogeneity_test(&segments, PERMUTATIONS, 1);
        assert_eq!(t.map(|t| (t.degrees_of_freedom, t.p_value)), Some((0, 1.0)));
    }

    #[test]
    fn benjamini_hochberg_matches_r() {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.5), "BH")
        // 0.025 0.05 0.05 0.025 0.5
        let p = [
            Some(0.01),
            Some(0.04),
            None,
            Some(0.03),
            Some(0.005),
            Some(0.5),
        ];
        let got = benjamini_hochberg(&p);
        let want = [
            Some(0.025),
            Some(0.05),
            None,
            Some(0.05),
            Some(0.025),
            Some(0.5),
        ];
        for (g, w) in got.iter().zip(want) {
            match (g, w) {
                (Some(g), Some(w)) => assert!((g - w).abs() < 1e-12, "{got:?}"),
                (None, None) => {}
                _ => panic!("{got:?}"),
            }
        }
        assert!(benjamini_hochberg(&[]).is_empty());
    }
}
