//! Statistics of one feature, derived from its [`Tally`]: the category by rule, Better/Worse,
//! category and total strength, Fong's significance test, continuous means, importance.
//!
//! Formulas and sources are in KANO_METHOD.md; each function's doc names the one it follows.
//! Undefined figures are `None` (never NaN), so that no caller has to remember to check.

use super::answer::Side;
use super::category::{Category, CategoryCounts};
use super::table::EvaluationTable;
use super::tally::Tally;
use serde::{Deserialize, Serialize};

/// How one category is chosen for a feature from its counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// The most frequent of the six; ties broken M > O > A > I > R > Q.
    #[default]
    Max,
    /// Matzler et al. 1996: as `Max`, but when the two most frequent of A, O, M, I, R differ by
    /// 6% of n or less, whichever of the two comes first in M > O > A > I > R.
    Strength,
    /// Berger et al. 1993: if A + O + M > I + R + Q, the largest of M, O, A; else of I, R, Q.
    Oam,
}

/// Where the quadrant lines of the Better–Worse diagram stand.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuadrantLines {
    /// At 0.5 on both axes (Western practice).
    #[default]
    Fixed,
    /// At the mean Better and mean |Worse| over the features shown (common in Chinese practice).
    Mean,
}

/// The analysis settings of a project: which table, which rule, which quadrant lines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Analysis {
    /// The evaluation table.
    pub table: EvaluationTable,
    /// The category rule.
    pub rule: Rule,
    /// The quadrant lines of the Better–Worse diagram.
    pub quadrant: QuadrantLines,
}

impl Rule {
    /// Every rule.
    pub const ALL: [Self; 3] = [Self::Max, Self::Strength, Self::Oam];

    /// The token used in project files and on the command line.
    pub const fn token(self) -> &'static str {
        match self {
            Self::Max => "max",
            Self::Strength => "strength",
            Self::Oam => "oam",
        }
    }

    /// A name for menus.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Max => "Most frequent",
            Self::Strength => "Most frequent, 6% strength rule",
            Self::Oam => "A+O+M versus I+R+Q (Berger)",
        }
    }

    /// The category of a feature with these counts, or `None` when nothing was counted.
    ///
    /// Under `Strength`, a feature whose most frequent category is Q stays Q: the rule compares
    /// categories that carry meaning, and a questionable majority is a warning in itself.
    pub fn category(self, counts: &CategoryCounts) -> Option<Category> {
        let n = counts.total();
        if n == 0 {
            return None;
        }
        use Category::{A, I, M, O, Q, R};
        match self {
            Self::Max => counts.largest(&Category::ALL),
            Self::Strength => {
                let most = counts.largest(&Category::ALL)?;
                if most == Q {
                    return Some(Q);
                }
                let (first, second) = counts.top_two();
                let gap = u64::from(counts[first] - counts[second]);
                if 100 * gap <= 6 * u64::from(n) {
                    Some(first.min_by_precedence(second))
                } else {
                    Some(most)
                }
            }
            Self::Oam => {
                let aom = counts[A] + counts[O] + counts[M];
                let irq = counts[I] + counts[R] + counts[Q];
                if aom > irq {
                    counts.largest(&[M, O, A])
                } else {
                    counts.largest(&[I, R, Q])
                }
            }
        }
    }
}

impl Category {
    fn min_by_precedence(self, other: Self) -> Self {
        if self.precedence() <= other.precedence() {
            self
        } else {
            other
        }
    }
}

impl QuadrantLines {
    /// Both settings.
    pub const ALL: [Self; 2] = [Self::Fixed, Self::Mean];

    /// The token used in project files.
    pub const fn token(self) -> &'static str {
        match self {
            Self::Fixed => "fixed",
            Self::Mean => "mean",
        }
    }

    /// A name for menus.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Fixed => "At 0.5",
            Self::Mean => "At the means",
        }
    }
}

/// Timko's Better and Worse coefficients (customer satisfaction coefficients, in Berger 1993).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Coefficients {
    /// (A + O) / (A + O + M + I), in [0, 1].
    pub better: f64,
    /// -(O + M) / (A + O + M + I), in [-1, 0].
    pub worse: f64,
}

impl Coefficients {
    /// The coefficients, or `None` when A + O + M + I = 0.
    pub fn from_counts(counts: &CategoryCounts) -> Option<Self> {
        let denominator = counts.aomi();
        if denominator == 0 {
            return None;
        }
        let d = f64::from(denominator);
        Some(Self {
            better: f64::from(counts[Category::A] + counts[Category::O]) / d,
            worse: -f64::from(counts[Category::O] + counts[Category::M]) / d,
        })
    }

    /// The quadrant of the Better–Worse diagram (x = |Worse|, y = Better) this point falls in.
    /// A point on a line counts as above it or to the right of it.
    pub fn quadrant(&self, lines: (f64, f64)) -> Quadrant {
        let (x_line, y_line) = lines;
        match (self.worse.abs() >= x_line, self.better >= y_line) {
            (false, true) => Quadrant::Attractive,
            (true, true) => Quadrant::OneDimensional,
            (true, false) => Quadrant::MustBe,
            (false, false) => Quadrant::Indifferent,
        }
    }
}

/// A quadrant of the Better–Worse diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quadrant {
    /// Top left: high Better, low |Worse|.
    Attractive,
    /// Top right: high Better, high |Worse|.
    OneDimensional,
    /// Bottom right: low Better, high |Worse|.
    MustBe,
    /// Bottom left: low on both.
    Indifferent,
}

impl Quadrant {
    /// The category this quadrant stands for.
    pub const fn category(self) -> Category {
        match self {
            Self::Attractive => Category::A,
            Self::OneDimensional => Category::O,
            Self::MustBe => Category::M,
            Self::Indifferent => Category::I,
        }
    }
}

/// The quadrant lines (x = mean |Worse|, y = mean Better) over some features' coefficients,
/// or `None` when none has coefficients.
pub fn mean_coefficients(
    coefficients: impl IntoIterator<Item = Coefficients>,
) -> Option<(f64, f64)> {
    let (mut worse, mut better, mut count) = (0.0, 0.0, 0_u32);
    for c in coefficients {
        worse += c.worse.abs();
        better += c.better;
        count += 1;
    }
    (count > 0).then(|| (worse / f64::from(count), better / f64::from(count)))
}

/// Lee & Newcomb's strengths.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Strength {
    /// (a - b) / n, where a >= b are the two largest of A, O, M, I, R and n includes Q.
    /// Below 0.06 the feature is a mix of two categories.
    pub category: f64,
    /// (A + O + M) / n: how much the feature matters at all.
    pub total: f64,
}

impl Strength {
    /// The threshold below which category strength marks a mixed feature.
    pub const MIXED_BELOW: f64 = 0.06;

    /// The strengths of a feature with these counts, or `None` when nothing was counted.
    pub fn from_counts(counts: &CategoryCounts) -> Option<Self> {
        let n = counts.total();
        if n == 0 {
            return None;
        }
        let (first, second) = counts.top_two();
        let n = f64::from(n);
        Some(Self {
            category: f64::from(counts[first] - counts[second]) / n,
            total: f64::from(counts[Category::A] + counts[Category::O] + counts[Category::M]) / n,
        })
    }
}

/// Fong's test (1996): do the two most frequent categories differ significantly?
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FongTest {
    /// The most frequent of A, O, M, I, R.
    pub first: Category,
    /// The second most frequent of A, O, M, I, R.
    pub second: Category,
    /// |a - b|.
    pub difference: u32,
    /// 1.65 * sqrt((a + b) * (2n - a - b) / (2n)).
    pub critical: f64,
    /// `difference >= critical`; a tie is never significant.
    pub significant: bool,
}

impl FongTest {
    /// Fong's test on these counts, or `None` when nothing was counted.
    pub fn from_counts(counts: &CategoryCounts) -> Option<Self> {
        let n = counts.total();
        if n == 0 {
            return None;
        }
        let (first, second) = counts.top_two();
        let (a, b) = (f64::from(counts[first]), f64::from(counts[second]));
        let two_n = 2.0 * f64::from(n);
        let critical = 1.65 * ((a + b) * (two_n - a - b) / two_n).sqrt();
        let difference = counts[first] - counts[second];
        Some(Self {
            first,
            second,
            difference,
            critical,
            significant: difference > 0 && f64::from(difference) >= critical,
        })
    }
}

/// Mean and spread of integer scores.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScaleSummary {
    /// How many scores.
    pub count: u32,
    /// Their mean.
    pub mean: f64,
    /// Their sample standard deviation (n - 1), `None` for fewer than two scores.
    pub sd: Option<f64>,
}

impl ScaleSummary {
    /// The summary of `counts[k]` scores equal to `scores[k]`, or `None` when there are none.
    fn from_histogram(scores: impl IntoIterator<Item = (i64, u32)>) -> Option<Self> {
        let (mut n, mut sum, mut sum_sq) = (0_i64, 0_i64, 0_i64);
        for (score, count) in scores {
            let count = i64::from(count);
            n += count;
            sum += score * count;
            sum_sq += score * score * count;
        }
        if n == 0 {
            return None;
        }
        let nf = n as f64;
        // n * sum_sq - sum^2 is exact in integers, so a constant column has an sd of exactly 0.
        let sd = (n > 1).then(|| (((n * sum_sq - sum * sum) as f64) / (nf * (nf - 1.0))).sqrt());
        Some(Self {
            count: u32::try_from(n).unwrap_or(u32::MAX),
            mean: sum as f64 / nf,
            sd,
        })
    }
}

/// DuMouchel's continuous analysis (in Berger et al. 1993), over complete pairs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Continuous {
    /// Functional scores: like 4, must-be 2, neutral 0, live-with -1, dislike -2.
    pub functional: ScaleSummary,
    /// Dysfunctional scores: like -2, must-be -1, neutral 0, live-with 2, dislike 4.
    pub dysfunctional: ScaleSummary,
}

impl Continuous {
    fn from_tally(tally: &Tally) -> Option<Self> {
        let summary = |side| {
            let sums = tally.answers_on(side);
            ScaleSummary::from_histogram(
                super::Answer::ALL
                    .into_iter()
                    .zip(sums)
                    .map(|(answer, count)| (i64::from(answer.score(side)), count)),
            )
        };
        Some(Self {
            functional: summary(Side::Functional)?,
            dysfunctional: summary(Side::Dysfunctional)?,
        })
    }
}

/// Everything Kanoscope reports about one feature.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FeatureStats {
    /// Respondents who answered both questions.
    pub n: u32,
    /// Answer pairs per category.
    pub counts: CategoryCounts,
    /// The category by the rule in force; `None` when n = 0.
    pub category: Option<Category>,
    /// Better/Worse; `None` when A + O + M + I = 0.
    pub coefficients: Option<Coefficients>,
    /// Category and total strength; `None` when n = 0.
    pub strength: Option<Strength>,
    /// Fong's test; `None` when n = 0.
    pub fong: Option<FongTest>,
    /// Continuous means; `None` when n = 0.
    pub continuous: Option<Continuous>,
    /// Self-stated importance; `None` when nobody gave one.
    pub importance: Option<ScaleSummary>,
}

impl FeatureStats {
    /// All statistics of one tally under one analysis setting. Constant time.
    pub fn from_tally(tally: &Tally, analysis: &Analysis) -> Self {
        let counts = tally.counts(analysis.table);
        Self {
            n: counts.total(),
            counts,
            category: analysis.rule.category(&counts),
            coefficients: Coefficients::from_counts(&counts),
            strength: Strength::from_counts(&counts),
            fong: FongTest::from_counts(&counts),
            continuous: Continuous::from_tally(tally),
            importance: ScaleSummary::from_histogram(
                (0..=10_i64).zip(tally.importance_counts().iter().copied()),
            ),
        }
    }

    /// True when the two leading categories are not significantly apart (Fong's test): the
    /// audience is split and one letter would hide it.
    pub fn is_mixed(&self) -> bool {
        self.fong.is_some_and(|f| !f.significant)
    }
}
