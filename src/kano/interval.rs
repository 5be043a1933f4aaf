//! 95% intervals for Better and Worse: Wilson score intervals (KANO_METHOD.md, "How sure are we?").
//!
//! Better is the share of the m = A + O + M + I respondents who answered A or O, and |Worse| the
//! share who answered O or M: each is a binomial proportion k / m. The Wilson score interval
//! (Wilson 1927) keeps close to its 95% coverage at the small m of a workshop, where the plain
//! "estimate ± 1.96 standard errors" interval does not (Brown, Cai & DasGupta 2001).
//!
//! Pure arithmetic: no randomness, no failure. An interval is `None` exactly where its figure is.

use super::category::{Category, CategoryCounts};

/// The normal quantile for a two-sided 95% interval: Φ⁻¹(0.975).
pub const Z_95: f64 = 1.959_963_984_540_054;

/// A closed interval `[low, high]` around an estimate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    /// The lower end.
    pub low: f64,
    /// The upper end.
    pub high: f64,
}

impl Interval {
    /// True when `x` lies in the interval (ends included).
    pub fn contains(&self, x: f64) -> bool {
        self.low <= x && x <= self.high
    }

    /// The interval of `-x` for `x` in this one: how Worse's interval follows from |Worse|'s.
    pub fn negated(self) -> Self {
        Self {
            low: -self.high + 0.0,
            high: -self.low + 0.0,
        }
    }

    /// `high - low`.
    pub fn width(&self) -> f64 {
        self.high - self.low
    }
}

/// The 95% Wilson score interval of a proportion with `k` successes in `n` trials, or `None`
/// when `n = 0`. `k` above `n` is read as `n`.
pub fn wilson(k: u32, n: u32) -> Option<Interval> {
    if n == 0 {
        return None;
    }
    let k = k.min(n);
    let n_f = f64::from(n);
    let p = f64::from(k) / n_f;
    let z2 = Z_95 * Z_95;
    let denominator = 1.0 + z2 / n_f;
    let centre = (p + z2 / (2.0 * n_f)) / denominator;
    let half = Z_95 * (p * (1.0 - p) / n_f + z2 / (4.0 * n_f * n_f)).sqrt() / denominator;
    // At k = 0 and k = n the interval touches 0 or 1 exactly; rounding must not move it past
    // the estimate, so the ends are pinned there and clamped into [0, 1] everywhere else.
    let low = if k == 0 {
        0.0
    } else {
        (centre - half).clamp(0.0, p)
    };
    let high = if k == n {
        1.0
    } else {
        (centre + half).clamp(p, 1.0)
    };
    Some(Interval { low, high })
}

/// The 95% intervals of Better and Worse of one feature.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CoefficientIntervals {
    /// Around Better = (A + O) / (A + O + M + I), within [0, 1].
    pub better: Interval,
    /// Around Worse = -(O + M) / (A + O + M + I), within [-1, 0]: the negated |Worse| interval.
    pub worse: Interval,
}

impl CoefficientIntervals {
    /// The intervals of a feature with these counts, or `None` when A + O + M + I = 0
    /// (where Better and Worse are undefined too).
    pub fn from_counts(counts: &CategoryCounts) -> Option<Self> {
        let m = counts.aomi();
        let better = wilson(counts[Category::A] + counts[Category::O], m)?;
        let worse = wilson(counts[Category::O] + counts[Category::M], m)?.negated();
        Some(Self { better, worse })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kano::Coefficients;

    fn check(k: u32, n: u32, low: f64, high: f64) {
        let Some(i) = wilson(k, n) else {
            panic!("{k}/{n} has no interval")
        };
        assert!(
            (i.low - low).abs() < 5e-5 && (i.high - high).abs() < 5e-5,
            "{k}/{n}: got {i:?}, want [{low}, {high}]"
        );
    }

    #[test]
    fn matches_published_wilson_intervals() {
        // Reference values: R's prop.test(k, n, correct = FALSE)$conf.int and Newcombe 1998,
        // Table I (method 3, without continuity correction).
        check(81, 263, 0.2553, 0.3662);
        check(15, 148, 0.0624, 0.1605);
        check(0, 20, 0.0, 0.1611);
        check(1, 29, 0.0061, 0.1718);
        check(20, 20, 0.8389, 1.0);
        check(10, 20, 0.2993, 0.7007);
    }

    #[test]
    fn nothing_counted_means_no_interval() {
        assert_eq!(wilson(0, 0), None);
        let counts = CategoryCounts::new(0, 0, 0, 0, 3, 2);
        assert_eq!(CoefficientIntervals::from_counts(&counts), None);
    }

    #[test]
    fn worse_is_the_negated_interval_of_its_absolute_value() {
        // stp25kano's "Service app": Better 0.568, Worse -0.736.
        let counts = CategoryCounts::new(45, 123, 95, 33, 0, 0);
        let Some(ci) = CoefficientIntervals::from_counts(&counts) else {
            panic!("no intervals")
        };
        let Some(c) = Coefficients::from_counts(&counts) else {
            panic!("no coefficients")
        };
        assert!(ci.better.contains(c.better) && ci.worse.contains(c.worse));
        let Some(abs) = wilson(123 + 95, 296) else {
            panic!("no interval")
        };
        assert_eq!(ci.worse, abs.negated());
        assert!(ci.worse.high <= 0.0 && ci.worse.low >= -1.0);
        assert!(ci.better.width() < 0.12, "n = 296 gives a narrow interval");
    }
}
