//! Exact binomial draws for the bootstrap, cheap enough to draw millions per revision.
//!
//! `rand_distr`'s `Binomial` (BTPE) evaluates several logarithms for most draws at the sizes the
//! category confidence meets (n·p in the thousands). This module draws by Hörmann's BTRS
//! ("The generation of binomial random variates", J. Stat. Comput. Simul. 46, 1993): a
//! transformed rejection whose squeeze accepts about 80% of candidates with a few multiplications,
//! and whose exact test (Stirling's series for the log-factorials) decides the rest. Below
//! n·p = 10 it inverts the distribution function from 0. Both are exact: each value has the
//! binomial probability, not an approximation of it.
//!
//! Pure: randomness comes only from the generator the caller passes, so a seeded generator gives
//! the same draws on every run and machine. It never allocates.

use rand::Rng;

/// A binomial(`trials`, `p`) draw; `p` outside (0, 1) (or NaN) gives 0 below and `trials` above.
pub fn binomial<R: Rng + ?Sized>(rng: &mut R, trials: u64, p: f64) -> u64 {
    if trials == 0 || p.is_nan() || p <= 0.0 {
        return 0;
    }
    if p >= 1.0 {
        return trials;
    }
    // Symmetry: draw the rarer side.
    if p > 0.5 {
        return trials - binomial(rng, trials, 1.0 - p);
    }
    let draw = if trials as f64 * p < 10.0 {
        inversion(rng, trials, p)
    } else {
        btrs(rng, trials, p)
    };
    draw.min(trials)
}

/// Inversion from 0 (for n·p < 10, p ≤ 0.5): walk up the probabilities until the uniform is used.
fn inversion<R: Rng + ?Sized>(rng: &mut R, trials: u64, p: f64) -> u64 {
    let q = 1.0 - p;
    let s = p / q;
    let a = (trials as f64 + 1.0) * s;
    let start = q.powf(trials as f64);
    // n·p < 10, so 110 lies over 30 standard deviations out; past it, start again (as GSL does).
    const GIVE_UP: u64 = 110;
    'again: loop {
        let mut u: f64 = rng.random();
        let mut r = start;
        let mut x = 0;
        while u > r {
            u -= r;
            x += 1;
            if x > GIVE_UP || x > trials {
                continue 'again;
            }
            r *= a / x as f64 - s;
        }
        return x;
    }
}

/// BTRS (n·p ≥ 10, p ≤ 0.5).
fn btrs<R: Rng + ?Sized>(rng: &mut R, trials: u64, p: f64) -> u64 {
    let n = trials as f64;
    let q = 1.0 - p;
    let spread = (n * p * q).sqrt();
    let b = 1.15 + 2.53 * spread;
    let a = -0.0873 + 0.0248 * b + 0.01 * p;
    let c = n * p + 0.5;
    let v_r = 0.92 - 4.2 / b;
    loop {
        let u: f64 = rng.random::<f64>() - 0.5;
        let v: f64 = rng.random();
        let us = 0.5 - u.abs();
        let k = ((2.0 * a / us + b) * u + c).floor();
        if us >= 0.07 && v <= v_r {
            // The squeeze: inside it every candidate is accepted (and lies within 0..=n).
            return k as u64;
        }
        if k < 0.0 || k > n {
            continue;
        }
        if accept_exactly(v, us, k, n, p, a, b, spread) {
            return k as u64;
        }
    }
}

/// BTRS's exact acceptance test of candidate `k` (steps 3.1–3.3 of the paper, with the logarithm
/// of the left side that the paper's listing drops): log(v·α / (a/us² + b)) against
/// log(f(k)/f(m)), the log-probability of `k` relative to the mode m = ⌊(n + 1)p⌋, with the
/// log-factorials written by Stirling's series.
#[allow(clippy::too_many_arguments)]
fn accept_exactly(v: f64, us: f64, k: f64, n: f64, p: f64, a: f64, b: f64, spread: f64) -> bool {
    let alpha = (2.83 + 5.1 / b) * spread;
    let r = p / (1.0 - p);
    let m = ((n + 1.0) * p).floor();
    let lhs = (v * alpha / (a / (us * us) + b)).ln();
    let rhs = (m + 0.5) * ((m + 1.0) / (r * (n - m + 1.0))).ln()
        + (n + 1.0) * ((n - m + 1.0) / (n - k + 1.0)).ln()
        + (k + 0.5) * (r * (n - k + 1.0) / (k + 1.0)).ln()
        + lfact_tail(m)
        + lfact_tail(n - m)
        - lfact_tail(k)
        - lfact_tail(n - k);
    lhs <= rhs
}

/// The tail of Stirling's series: log(x!) − [(x + ½)·log(x + 1) − (x + 1) + ½·log(2π)].
fn lfact_tail(x: f64) -> f64 {
    const SMALL: [f64; 10] = [
        0.081_061_466_795_327_26,
        0.041_340_695_955_409_29,
        0.027_677_925_684_998_34,
        0.020_790_672_103_765_09,
        0.016_644_691_189_821_19,
        0.013_876_128_823_070_75,
        0.011_896_709_945_891_77,
        0.010_411_265_261_972_1,
        0.009_255_462_182_712_733,
        0.008_330_563_433_362_87,
    ];
    if x < 10.0 {
        return SMALL[x as usize];
    }
    let k1 = x + 1.0;
    let k1sq = k1 * k1;
    (1.0 / 12.0 - (1.0 / 360.0 - 1.0 / 1260.0 / k1sq) / k1sq) / k1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kano::chi_square_upper_tail;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;

    /// The binomial probabilities of 0..=n, from the logarithm of the first and the ratio of
    /// neighbours (no underflow at n = 10,000).
    fn probabilities(n: u64, p: f64) -> Vec<f64> {
        let mut log = n as f64 * (1.0 - p).ln();
        let mut out = vec![log.exp()];
        for k in 0..n {
            log += ((n - k) as f64 / (k + 1) as f64 * p / (1.0 - p)).ln();
            out.push(log.exp());
        }
        out
    }

    /// Pearson's goodness-of-fit p of `draws` binomial(n, p) draws, neighbouring values pooled
    /// until each cell expects at least 5.
    fn fit(n: u64, p: f64, draws: u32, seed: u64) -> f64 {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut seen = vec![0_u32; n as usize + 1];
        for _ in 0..draws {
            let x = binomial(&mut rng, n, p);
            assert!(x <= n, "{x} > {n}");
            seen[x as usize] += 1;
        }
        let expected: Vec<f64> = probabilities(n, p)
            .iter()
            .map(|q| q * f64::from(draws))
            .collect();
        let (mut cells, mut e, mut o) = (Vec::new(), 0.0, 0.0);
        for (x, &ex) in expected.iter().enumerate() {
            e += ex;
            o += f64::from(seen[x]);
            if e >= 5.0 {
                cells.push((o, e));
                (e, o) = (0.0, 0.0);
            }
        }
        if let Some(last) = cells.last_mut() {
            last.0 += o;
            last.1 += e;
        }
        let statistic: f64 = cells.iter().map(|(o, e)| (o - e) * (o - e) / e).sum();
        chi_square_upper_tail(
            statistic,
            u32::try_from(cells.len() - 1).unwrap_or(u32::MAX),
        )
    }

    #[test]
    fn draws_follow_the_binomial_distribution_in_every_regime() {
        // BTRS (large n·p), its mirror (p > 1/2), inversion (n·p < 10) and the boundary.
        for (n, p) in [
            (10_000, 0.4),
            (10_000, 0.02),
            (300, 0.8),
            (40, 0.25),
            (40, 0.05),
            (1_000, 0.01),
            (7, 0.5),
            (23, 11.0 / 23.0),
            (23, 12.0 / 23.0),
        ] {
            let pvalue = fit(n, p, 1_000_000, n ^ p.to_bits());
            assert!(pvalue > 0.001, "binomial({n}, {p}): p = {pvalue}");
        }
    }

    #[test]
    fn degenerate_probabilities_and_no_trials_are_certain() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        assert_eq!(binomial(&mut rng, 0, 0.3), 0);
        assert_eq!(binomial(&mut rng, 12, 0.0), 0);
        assert_eq!(binomial(&mut rng, 12, 1.0), 12);
        assert_eq!(binomial(&mut rng, 12, f64::NAN), 0);
    }

    #[test]
    fn a_seeded_generator_gives_the_same_draws() {
        let draw = || {
            let mut rng = ChaCha8Rng::seed_from_u64(42);
            (0..100)
                .map(|_| binomial(&mut rng, 10_000, 0.39))
                .collect::<Vec<_>>()
        };
        assert_eq!(draw(), draw());
    }
}
