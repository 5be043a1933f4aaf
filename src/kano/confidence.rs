//! Category confidence: how often the feature's category survives resampling its answers
//! (KANO_METHOD.md, "How sure are we?").
//!
//! The feature's n answer pairs are resampled with replacement (a multinomial bootstrap) and the
//! rule in force is applied to each resample; the confidence is the share of resamples that give
//! the same category as the data. The rule depends on the six category counts only, so a resample
//! is drawn as six counts (a multinomial draw of n over the observed shares, by conditional
//! binomials) rather than respondent by respondent: the cost does not grow with n. The binomials
//! are drawn by `kano::binomial` (exact, Hörmann's BTRS), a few times cheaper than
//! `rand_distr`'s, so that 200 close calls at 10,000 answers take milliseconds. The largest
//! categories are drawn first, and a resample stops drawing as soon as every way of sharing out
//! the answers left gives the same category (an exact test, `decided`): a close call between
//! the two largest is usually settled after two draws.
//!
//! Pure and seeded: the caller passes the seed (use [`super::seed_for`], which derives it from
//! the feature's id and counts), and the generator is ChaCha8, whose stream is fixed by its
//! specification, so the same input gives the same share on every run and machine. This module
//! never reads a clock or the operating system's randomness. [`each_in_parallel`] shares many
//! features among the cores; each feature's share depends only on its own counts and seed, so the
//! number of cores never changes an answer.

use super::binomial::binomial;
use super::category::{Category, CategoryCounts};
use super::stats::Rule;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

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
    let mut present: Vec<(usize, u64)> = counts
        .0
        .iter()
        .enumerate()
        .filter(|(_, c)| **c > 0)
        .map(|(j, c)| (j, u64::from(*c)))
        .collect();
    if present.len() == 1 || beyond_doubt(counts, rule, observed) {
        return Some(1.0);
    }
    // The largest categories first (ties in A, O, M, I, R, Q order, so the order is fixed): a
    // close call between the two largest is usually decided once they are drawn.
    present.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    // Each category's share of what is left after the ones before it: the same in every resample.
    let mut shares = [0.0_f64; 6];
    let mut mass = n;
    for (k, &(_, c)) in present.iter().enumerate() {
        shares[k] = c as f64 / mass as f64;
        mass -= c;
    }
    let last = present.len() - 1;
    let mut same = 0_u32;
    for _ in 0..resamples {
        let mut draw = CategoryCounts::default();
        let mut trials = n;
        for (k, &(j, _)) in present.iter().enumerate() {
            let x = if k == last {
                trials
            } else {
                binomial(&mut rng, trials, shares[k])
            };
            draw.0[j] = u32::try_from(x).unwrap_or(u32::MAX);
            trials -= x;
            let undrawn = &present[k + 1..];
            if let Some(&(next, _)) = undrawn.first()
                && decided(rule, &draw, undrawn, trials)
            {
                // Every way of sharing out the rest gives the same category: give it all to
                // one, and stop drawing.
                draw.0[next] = u32::try_from(trials).unwrap_or(u32::MAX);
                break;
            }
        }
        if rule.category(&draw) == Some(observed) {
            same += 1;
        }
    }
    Some(f64::from(same) / f64::from(resamples))
}

/// [`category_confidence`] of many features (each its counts and seed), in their order, with
/// `map` standing for it (tests pass a stand-in). The features are shared among the machine's
/// cores (`std::thread::scope`); each feature's share depends only on its own counts and seed, so
/// the answer is the same on one core or many, on every run and machine.
pub fn each_in_parallel<T, F>(features: &[T], map: F) -> Vec<Option<f64>>
where
    T: Sync,
    F: Fn(&T) -> Option<f64> + Sync,
{
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    // Below a few dozen features a thread costs more than it saves.
    let chunk = features.len().div_ceil(threads).max(32);
    if features.len() <= chunk {
        return features.iter().map(&map).collect();
    }
    std::thread::scope(|scope| {
        let map = &map;
        let handles: Vec<_> = features
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(map).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .zip(features.chunks(chunk))
            .flat_map(|(handle, part)| {
                // A thread that could not finish (it cannot panic on these inputs) is redone here.
                handle
                    .join()
                    .unwrap_or_else(|_| part.iter().map(map).collect())
            })
            .collect()
    })
}

/// True when `rule` gives the same category to every way of sharing the `left` answers not yet
/// drawn among the `undrawn` categories (`drawn` holds the counts drawn so far, zero for the
/// undrawn): then the resample's category is known without drawing them. Exact, not a bound
/// that holds almost surely: each test below is strict, so no completion can tie or overtake.
fn decided(rule: Rule, drawn: &CategoryCounts, undrawn: &[(usize, u64)], left: u64) -> bool {
    if left == 0 {
        return true;
    }
    let left = u32::try_from(left).unwrap_or(u32::MAX);
    // The largest drawn, and the two largest drawn but Q (the strength rule's top two).
    let first = drawn.0.iter().copied().max().unwrap_or(0);
    let (mut top, mut second) = (0, 0);
    for c in [
        Category::A,
        Category::O,
        Category::M,
        Category::I,
        Category::R,
    ] {
        let c = drawn[c];
        if c > top {
            (top, second) = (c, top);
        } else if c > second {
            second = c;
        }
    }
    match rule {
        // The largest drawn beats anything the rest could add up to.
        Rule::Max => first > left,
        // The most frequent, and the top two of A, O, M, I, R (so the gap between them), are
        // among the drawn.
        Rule::Strength => first > left && second > left,
        Rule::Oam => {
            use Category::{A, I, M, O, Q, R};
            let sum = |cs: [Category; 3]| cs.iter().map(|&c| drawn[c]).sum::<u32>();
            let (aom, irq) = (sum([A, O, M]), sum([I, R, Q]));
            // Which side wins (AOM needs more, IRQ at least as many), whatever the rest adds.
            let side = if aom > irq.saturating_add(left) {
                [A, O, M]
            } else if irq >= aom.saturating_add(left) {
                [I, R, Q]
            } else {
                return false;
            };
            // Within it, the largest drawn beats what the rest could add, or the side is whole.
            let open = undrawn
                .iter()
                .any(|&(j, _)| side.iter().any(|c| c.index() == j));
            !open || side.iter().map(|&c| drawn[c]).max().unwrap_or(0) > left
        }
    }
}

/// How many standard deviations from its expectation a resampled count may stray before the
/// shortcut below stops trusting it. The chance that any of six counts strays that far in any of
/// 2,000 resamples is below 6 × 2,000 × 2 × Φ(−7) ≈ 3e-8.
const BAND: f64 = 7.0;

/// True when the rule gives `observed` to every count vector whose counts each lie within
/// [`BAND`] standard deviations of the observed ones: then every resample would almost surely
/// (probability above 1 − 3e-8) agree, and the share is 1 without drawing them. This keeps large
/// surveys with clear categories cheap; close calls are always resampled.
fn beyond_doubt(counts: &CategoryCounts, rule: Rule, observed: Category) -> bool {
    let n = f64::from(counts.total());
    let band = |c: Category| {
        let x = f64::from(counts[c]);
        let p = x / n;
        let spread = BAND * (n * p * (1.0 - p)).sqrt();
        (x - spread, x + spread)
    };
    let low = |cs: &[Category]| cs.iter().map(|&c| band(c).0).sum::<f64>();
    let high = |cs: &[Category]| cs.iter().map(|&c| band(c).1).sum::<f64>();
    // `observed` beats every other of `among` by more than `margin` whatever the resample.
    let ahead = |among: &[Category], margin: f64| {
        among
            .iter()
            .filter(|&&c| c != observed)
            .all(|&c| band(observed).0 - band(c).1 > margin)
    };
    use Category::{A, I, M, O, Q, R};
    match rule {
        Rule::Max => ahead(&Category::ALL, 0.0),
        // The strength rule departs from the most frequent only when the top two are within 6%.
        Rule::Strength => observed != Q && ahead(&Category::ALL, 0.06 * n),
        Rule::Oam => {
            let (aom, irq) = ([A, O, M], [I, R, Q]);
            if aom.contains(&observed) {
                low(&aom) > high(&irq) && ahead(&aom, 0.0)
            } else {
                low(&irq) > high(&aom) && ahead(&irq, 0.0)
            }
        }
    }
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
    fn a_category_beyond_doubt_skips_resampling_and_a_close_call_does_not() {
        // 10,000 answers, Must-be far ahead: no resample could change it.
        let clear = CategoryCounts::new(2_193, 1_160, 4_392, 2_255, 0, 0);
        for rule in Rule::ALL {
            let Some(observed) = rule.category(&clear) else {
                panic!("no category")
            };
            assert!(beyond_doubt(&clear, rule, observed), "{rule:?}");
            assert_eq!(confidence(clear, rule), 1.0);
        }
        // 4,000 against 3,900 of 10,000 is within the bands: resampled, and not always M.
        let close = CategoryCounts::new(1_000, 600, 4_000, 3_900, 300, 200);
        for rule in [Rule::Max, Rule::Oam] {
            assert!(!beyond_doubt(&close, rule, Category::M), "{rule:?}");
        }
        assert!(confidence(close, Rule::Max) < 1.0);
        // Under the strength rule a 1% gap sends it to precedence: M before I, settled.
        assert!(!beyond_doubt(&close, Rule::Strength, Category::M));
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

    /// The bootstrap as the method describes it: n answers drawn one by one, with replacement.
    fn respondent_by_respondent(counts: &CategoryCounts, rule: Rule, seed: u64) -> f64 {
        use rand::Rng;
        let observed = rule.category(counts);
        let answers: Vec<usize> = (0..6)
            .flat_map(|j| std::iter::repeat_n(j, counts.0[j] as usize))
            .collect();
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let same = (0..RESAMPLES)
            .filter(|_| {
                let mut draw = CategoryCounts::default();
                for _ in 0..answers.len() {
                    draw.0[answers[rng.random_range(0..answers.len())]] += 1;
                }
                rule.category(&draw) == observed
            })
            .count();
        same as f64 / f64::from(RESAMPLES)
    }

    #[test]
    fn drawing_counts_gives_the_share_drawing_respondents_gives() {
        // Close calls of a workshop, a survey and a large survey, under every rule: the two ways
        // of resampling agree within their Monte-Carlo error (sd about 0.016 for the difference).
        for counts in [
            CategoryCounts::new(7, 2, 1, 8, 1, 1),
            CategoryCounts::new(121, 24, 15, 124, 6, 6),
            CategoryCounts::new(100, 60, 400, 390, 30, 20),
        ] {
            for rule in Rule::ALL {
                let fast = confidence(counts, rule);
                let slow = respondent_by_respondent(&counts, rule, 7);
                assert!(
                    (fast - slow).abs() < 0.06,
                    "{counts:?} {rule:?}: {fast} vs {slow}"
                );
            }
        }
    }

    /// Every way of sharing `left` among the categories `open` (indices), added to `base`.
    fn completions(base: CategoryCounts, open: &[usize], left: u32, out: &mut Vec<CategoryCounts>) {
        match open {
            [] => {
                if left == 0 {
                    out.push(base);
                }
            }
            [j, rest @ ..] => {
                for x in 0..=left {
                    let mut next = base;
                    next.0[*j] += x;
                    completions(next, rest, left - x, out);
                }
            }
        }
    }

    #[test]
    fn a_resample_is_decided_only_when_every_completion_agrees() {
        // Every split of six categories into drawn and undrawn, drawn counts 0..=4 on a small
        // grid, up to 5 answers left: whenever `decided` says so, all completions agree.
        let mut checked = 0;
        for mask in 1_u32..63 {
            let open: Vec<usize> = (0..6).filter(|j| mask & (1 << j) != 0).collect();
            let undrawn: Vec<(usize, u64)> = open.iter().map(|&j| (j, 1)).collect();
            for code in 0..5_u32.pow(6 - open.len() as u32) {
                let mut drawn = CategoryCounts::default();
                let mut rest = code;
                for j in (0..6).filter(|j| !open.contains(j)) {
                    drawn.0[j] = rest % 5;
                    rest /= 5;
                }
                for left in 0..=5 {
                    let mut all = Vec::new();
                    completions(drawn, &open, left, &mut all);
                    for rule in Rule::ALL {
                        if decided(rule, &drawn, &undrawn, u64::from(left)) {
                            let first = rule.category(&all[0]);
                            assert!(
                                all.iter().all(|c| rule.category(c) == first),
                                "{rule:?} {drawn:?} open {open:?} left {left}"
                            );
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 1_000, "{checked}");
    }

    #[test]
    fn many_features_at_once_give_each_its_own_share_in_order() {
        let features: Vec<(CategoryCounts, u64)> = (0..100)
            .map(|j| {
                let counts = CategoryCounts::new(20 + j % 7, 5, 19, 18, 1, 1);
                (counts, seed_for(&format!("f{j}"), &[counts]))
            })
            .collect();
        let one_by_one: Vec<_> = features
            .iter()
            .map(|(c, seed)| category_confidence(c, Rule::Max, 200, *seed))
            .collect();
        let together = each_in_parallel(&features, |(c, seed)| {
            category_confidence(c, Rule::Max, 200, *seed)
        });
        assert_eq!(together, one_by_one);
        assert_eq!(
            each_in_parallel(&features[..3], |_| Some(0.5)),
            [Some(0.5); 3]
        );
    }
}
