//! Counted phrases in the right form: "1 respondent", "2 respondents". A counted phrase is a
//! pair of keys in a string table, `thing_if_one` and `thing`, for English's "one" and "other"
//! forms (CLDR); Chinese has one form, so its two strings are the same. Messages that count two
//! things take the phrases whole ("Imported {respondents} and {features}").

use super::{Lang, Texts, fill};

/// The plural form of a count, as CLDR names them for our languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralForm {
    /// Exactly one, in English.
    One,
    /// Every other count, and every count in Chinese.
    Other,
}

impl Lang {
    /// The form a phrase counting `n` takes in this language.
    pub fn plural_form(self, n: u64) -> PluralForm {
        match (self, n) {
            (Self::En, 1) => PluralForm::One,
            _ => PluralForm::Other,
        }
    }
}

/// `n` things in `t`'s language: `one` or `other` filled with `{n}`.
pub fn counted(t: &Texts, one: &str, other: &str, n: usize) -> String {
    let form = match t.lang.plural_form(n as u64) {
        PluralForm::One => one,
        PluralForm::Other => other,
    };
    fill(form, &[("n", &n)])
}

/// "1 respondent", "120 位受访者".
pub fn respondents(t: &Texts, n: usize) -> String {
    counted(
        t,
        t.app.respondents_count_if_one,
        t.app.respondents_count,
        n,
    )
}

/// "1 feature", "14 个功能".
pub fn features(t: &Texts, n: usize) -> String {
    counted(t, t.app.features_count_if_one, t.app.features_count, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(lang: Lang, n: usize, expected_respondents: &str, expected_features: &str) {
        let t = lang.texts();
        assert_eq!(respondents(t, n), expected_respondents);
        assert_eq!(features(t, n), expected_features);
    }

    #[test]
    fn one_and_other() {
        check(Lang::En, 0, "0 respondents", "0 features");
        check(Lang::En, 1, "1 respondent", "1 feature");
        check(Lang::En, 2, "2 respondents", "2 features");
        check(Lang::En, 21, "21 respondents", "21 features");
        check(Lang::Zh, 1, "1 位受访者", "1 个功能");
        check(Lang::Zh, 2, "2 位受访者", "2 个功能");
    }

    #[test]
    fn every_one_form_has_an_other_form_with_the_same_placeholders() {
        let pairs = crate::i18n::all_pairs();
        for (key, en, zh) in &pairs {
            let Some(other) = key.strip_suffix("_if_one") else {
                continue;
            };
            let found = pairs.iter().find(|(k, _, _)| k == &other);
            let Some((_, other_en, _)) = found else {
                panic!("{key} has no {other}");
            };
            assert_eq!(
                crate::i18n::placeholders(en),
                crate::i18n::placeholders(other_en),
                "{key}"
            );
            assert!(
                en.contains("{n}") && zh.contains("{n}"),
                "{key} counts {{n}}"
            );
        }
    }
}
