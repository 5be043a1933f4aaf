//! The chi-square distribution's upper tail, for the p-value of Pearson's test.
//!
//! P(X² ≥ x) with k degrees of freedom is the regularised upper incomplete gamma function
//! Q(k/2, x/2). It is written here (series below a + 1, Lentz's continued fraction above, as in
//! Numerical Recipes §6.2, with Lanczos' log-gamma) rather than taken from `statrs`: that crate
//! brings `nalgebra` and more to build on every machine for one function of thirty lines, and
//! code we hold keeps its results fixed across dependency updates. Accuracy is about 1e-12,
//! far finer than any p-value is read.
//!
//! Pure arithmetic; never fails: arguments out of the domain give the limit values.

/// P(X² ≥ `statistic`) for a chi-square variable with `degrees_of_freedom`; 1 when the statistic
/// is not positive or there are no degrees of freedom.
pub fn chi_square_upper_tail(statistic: f64, degrees_of_freedom: u32) -> f64 {
    if degrees_of_freedom == 0 || statistic.is_nan() || statistic <= 0.0 {
        return 1.0;
    }
    upper_gamma_regularised(f64::from(degrees_of_freedom) / 2.0, statistic / 2.0)
}

/// Q(a, x) = Γ(a, x) / Γ(a) for a > 0, x > 0.
fn upper_gamma_regularised(a: f64, x: f64) -> f64 {
    if x.is_infinite() {
        return 0.0;
    }
    let log_prefactor = a * x.ln() - x - ln_gamma(a);
    if x < a + 1.0 {
        // Series for the lower function P(a, x); Q = 1 - P.
        let mut term = 1.0 / a;
        let mut sum = term;
        let mut denominator = a;
        for _ in 0..1_000 {
            denominator += 1.0;
            term *= x / denominator;
            sum += term;
            if term.abs() < sum.abs() * 1e-15 {
                break;
            }
        }
        (1.0 - sum * log_prefactor.exp()).clamp(0.0, 1.0)
    } else {
        // Continued fraction for Q(a, x) (modified Lentz).
        const TINY: f64 = 1e-300;
        let mut b = x + 1.0 - a;
        let mut c = 1.0 / TINY;
        let mut d = 1.0 / b;
        let mut h = d;
        for i in 1..1_000 {
            let i = f64::from(i);
            let an = -i * (i - a);
            b += 2.0;
            d = an * d + b;
            if d.abs() < TINY {
                d = TINY;
            }
            c = b + an / c;
            if c.abs() < TINY {
                c = TINY;
            }
            d = 1.0 / d;
            let delta = d * c;
            h *= delta;
            if (delta - 1.0).abs() < 1e-15 {
                break;
            }
        }
        (log_prefactor.exp() * h).clamp(0.0, 1.0)
    }
}

/// ln Γ(x) for x > 0 (Lanczos, g = 7, nine coefficients; relative error below 1e-15).
fn ln_gamma(x: f64) -> f64 {
    const G: f64 = 7.0;
    const COEFFICIENTS: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        // Reflection: Γ(x) Γ(1 - x) = π / sin(πx).
        let pi = std::f64::consts::PI;
        return (pi / (pi * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut sum = COEFFICIENTS[0];
    for (i, c) in COEFFICIENTS.iter().enumerate().skip(1) {
        sum += c / (x + i as f64);
    }
    let t = x + G + 0.5;
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + sum.ln()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(statistic: f64, df: u32, p: f64) {
        let got = chi_square_upper_tail(statistic, df);
        assert!(
            (got - p).abs() < 1e-6 * p.max(1e-3),
            "X² = {statistic}, df = {df}: got {got}, want {p}"
        );
    }

    #[test]
    fn matches_the_published_tables() {
        // Critical values at 5% and 1% (any chi-square table, e.g. NIST/SEMATECH 1.3.6.7.4).
        check(3.841_459, 1, 0.05);
        check(5.991_465, 2, 0.05);
        check(11.070_498, 5, 0.05);
        check(15.086_272, 5, 0.01);
        check(18.307_038, 10, 0.05);
        check(37.566_235, 20, 0.01);
        // Two degrees of freedom have a closed form: exp(-x/2).
        for x in [0.1, 1.0, 4.0, 10.0, 40.0] {
            check(x, 2, (-x / 2.0_f64).exp());
        }
    }

    #[test]
    fn edge_cases_give_limits_not_nan() {
        assert_eq!(chi_square_upper_tail(0.0, 3), 1.0);
        assert_eq!(chi_square_upper_tail(-1.0, 3), 1.0);
        assert_eq!(chi_square_upper_tail(5.0, 0), 1.0);
        assert_eq!(chi_square_upper_tail(f64::NAN, 3), 1.0);
        assert_eq!(chi_square_upper_tail(f64::INFINITY, 3), 0.0);
        let tiny = chi_square_upper_tail(2_000.0, 5);
        assert!((0.0..1e-100).contains(&tiny));
    }

    #[test]
    fn log_gamma_at_known_points() {
        assert!(ln_gamma(1.0).abs() < 1e-14);
        assert!((ln_gamma(0.5) - std::f64::consts::PI.sqrt().ln()).abs() < 1e-14);
        assert!((ln_gamma(10.0) - 362_880.0_f64.ln()).abs() < 1e-12);
    }
}
