//! One line about a feature's current result, in plain language, for the list, the side panel
//! and the editor: "Basic · n = 120 · Better 0.31 · Worse -0.78". It only formats.

use crate::i18n::{Texts, fill};
use crate::kano::FeatureStats;

/// The line for a feature with these statistics.
pub fn summary(t: &Texts, stats: &FeatureStats) -> String {
    let Some(category) = stats.category else {
        return t.features.no_answers.to_owned();
    };
    let name = t.category(category);
    match stats.coefficients {
        Some(c) => fill(
            t.features.summary,
            &[
                ("category", &name),
                ("n", &stats.n),
                ("better", &figure(c.better)),
                ("worse", &figure(c.worse)),
            ],
        ),
        None => fill(
            t.features.summary_without_coefficients,
            &[("category", &name), ("n", &stats.n)],
        ),
    }
}

/// A coefficient with two decimals, never "-0.00".
fn figure(x: f64) -> String {
    crate::i18n::number::fixed(x, 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::kano::{Analysis, Answer, Response, Tally};

    fn stats(pairs: &[(Answer, Answer)]) -> FeatureStats {
        let tally = Tally::from_responses(pairs.iter().map(|&(f, d)| Response {
            functional: Some(f),
            dysfunctional: Some(d),
            ..Response::default()
        }));
        FeatureStats::from_tally(&tally, &Analysis::default())
    }

    #[test]
    fn summaries_name_the_category_by_its_one_name() {
        use Answer::{Dislike, Like, MustBe, Neutral};
        let t = Lang::En.texts();
        assert_eq!(summary(t, &stats(&[])), "No answers yet");
        assert_eq!(
            summary(
                t,
                &stats(&[(Neutral, Dislike), (MustBe, Dislike), (Like, Dislike)])
            ),
            "Must-be · n = 3 · Better 0.33 · Worse \u{2212}1.00"
        );
        // Reverse answers only: no Better/Worse to show.
        assert_eq!(summary(t, &stats(&[(Dislike, Like)])), "Reverse · n = 1");
        assert_eq!(
            summary(Lang::Zh.texts(), &stats(&[(Like, Neutral)])),
            "魅力 · 样本量 1 · Better 1.00 · Worse 0.00"
        );
    }
}
