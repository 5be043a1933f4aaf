//! What a survey platform writes in a cell, and which Kano answer or importance it means.
//!
//! Cells are matched after normalising: lower case, curly quotes made straight, runs of spaces
//! made one, a trailing full stop dropped. Every wording listed in KANO_METHOD.md (English and
//! Chinese) is known, and so are the project-file tokens and the variants found in real exports,
//! all in one table with their sources ([`KNOWN_WORDINGS`]). A numeric code 1..5 is read in the
//! order the person says the platform uses. This module never guesses beyond that: a cell it does
//! not know is reported as unknown, so that the caller can name it.

use crate::kano::{Answer, Importance};
use std::collections::HashMap;
use std::sync::OnceLock;

/// How a platform numbers the five answers when it exports codes instead of wordings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Codes {
    /// 1 = I like it ... 5 = I dislike it (most Western platforms).
    #[default]
    LikeFirst,
    /// 1 = I dislike it ... 5 = I like it (several Chinese platforms).
    DislikeFirst,
}

impl Codes {
    /// The answer a code 1..=5 stands for.
    pub fn answer(self, code: u8) -> Option<Answer> {
        let index = usize::from(code).checked_sub(1)?;
        match self {
            Self::LikeFirst => Answer::from_index(index),
            Self::DislikeFirst => 4usize.checked_sub(index).and_then(Answer::from_index),
        }
    }
}

/// What a cell's text was recognised as, before the code order is applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Recognised {
    /// A known wording of this answer.
    Wording(Answer),
    /// A numeric code 1..=5; its answer depends on [`Codes`].
    Code(u8),
}

impl Recognised {
    /// The answer, given the platform's code order.
    pub fn answer(self, codes: Codes) -> Option<Answer> {
        match self {
            Self::Wording(answer) => Some(answer),
            Self::Code(code) => codes.answer(code),
        }
    }
}

/// One wording of a Kano answer seen in real exports, with where it was seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KnownWording {
    /// The text as respondents read it.
    pub text: &'static str,
    /// The answer it stands for.
    pub answer: Answer,
    /// Where it comes from.
    pub source: &'static str,
}

const fn w(text: &'static str, answer: Answer, source: &'static str) -> KnownWording {
    KnownWording {
        text,
        answer,
        source,
    }
}

const METHOD: &str = "KANO_METHOD.md";
const TOKEN: &str = "Kanoscope project file token";
const BERGER: &str =
    "Berger et al. (1993), Kano's methods for understanding customer-defined quality";
const ISSUE: &str = "real survey exports quoted in issue 13";

/// Every wording of a Kano answer known to the importer (English and Chinese), one table with
/// each text's source. Matching is on [`normalise`]d text, so case, curly quotes, spaces and a
/// final full stop do not matter. A wording is added here only with a source; anything else is
/// said with `--answer "TEXT=token"` (or in the import dialog) for the survey at hand.
pub const KNOWN_WORDINGS: &[KnownWording] = &[
    // ---- I like it.
    w("like", Answer::Like, TOKEN),
    w("I like it", Answer::Like, METHOD),
    w("I like it that way", Answer::Like, BERGER),
    w("I enjoy it that way", Answer::Like, METHOD),
    w("This would be very helpful to me", Answer::Like, METHOD),
    w("我很喜欢", Answer::Like, METHOD),
    w("非常喜欢", Answer::Like, METHOD),
    w("感到满意", Answer::Like, METHOD),
    w("喜欢", Answer::Like, METHOD),
    // ---- I expect it (it must be that way).
    w("must-be", Answer::MustBe, TOKEN),
    w("I expect it", Answer::MustBe, METHOD),
    w("It must be that way", Answer::MustBe, BERGER),
    w("I must be that way", Answer::MustBe, METHOD),
    w(
        "It is a basic necessity or I expect it that way",
        Answer::MustBe,
        METHOD,
    ),
    w("This is a basic requirement for me", Answer::MustBe, METHOD),
    w("I expect it that way", Answer::MustBe, ISSUE),
    w("It is a basic necessity", Answer::MustBe, ISSUE),
    w("理应如此", Answer::MustBe, METHOD),
    w("理所当然", Answer::MustBe, METHOD),
    w("符合预期", Answer::MustBe, METHOD),
    w("必须这样", Answer::MustBe, METHOD),
    // ---- I am neutral.
    w("neutral", Answer::Neutral, TOKEN),
    w("I am neutral", Answer::Neutral, METHOD),
    w("I'm neutral", Answer::Neutral, METHOD),
    w("This would not affect me", Answer::Neutral, METHOD),
    w("I don't care", Answer::Neutral, ISSUE),
    w("Doesn't matter to me", Answer::Neutral, ISSUE),
    w("无所谓", Answer::Neutral, METHOD),
    w("一般", Answer::Neutral, METHOD),
    // ---- I can live with it.
    w("live-with", Answer::LiveWith, TOKEN),
    w("I can live with it", Answer::LiveWith, METHOD),
    w("I can live with it that way", Answer::LiveWith, BERGER),
    w("I can tolerate it", Answer::LiveWith, METHOD),
    w("I tolerate it", Answer::LiveWith, ISSUE),
    w(
        "I dislike it, but I can live with it that way",
        Answer::LiveWith,
        METHOD,
    ),
    w(
        "This would be a minor inconvenience",
        Answer::LiveWith,
        METHOD,
    ),
    w("能忍受", Answer::LiveWith, METHOD),
    w("勉强接受", Answer::LiveWith, METHOD),
    w("可以忍受", Answer::LiveWith, METHOD),
    w("我能接受", Answer::LiveWith, ISSUE),
    // ---- I dislike it.
    w("dislike", Answer::Dislike, TOKEN),
    w("I dislike it", Answer::Dislike, METHOD),
    w("I dislike it that way", Answer::Dislike, BERGER),
    w(
        "I dislike it, and I can't accept it",
        Answer::Dislike,
        METHOD,
    ),
    w(
        "This would be a major problem for me",
        Answer::Dislike,
        METHOD,
    ),
    w("我很不喜欢", Answer::Dislike, METHOD),
    w("很不喜欢", Answer::Dislike, METHOD),
    w("感到不满", Answer::Dislike, METHOD),
    w("不喜欢", Answer::Dislike, METHOD),
];

fn known_wordings() -> &'static HashMap<String, Answer> {
    static TABLE: OnceLock<HashMap<String, Answer>> = OnceLock::new();
    TABLE.get_or_init(|| {
        KNOWN_WORDINGS
            .iter()
            .map(|k| (normalise(k.text), k.answer))
            .collect()
    })
}

/// Every known wording of an answer (for messages and the GUI).
pub fn wordings_of(answer: Answer) -> Vec<&'static str> {
    KNOWN_WORDINGS
        .iter()
        .filter(|k| k.answer == answer)
        .map(|k| k.text)
        .collect()
}

/// The text used to look a cell up: lower case, straight quotes, single spaces (none around
/// commas), no full stop at the end. Full-width commas and spaces (Chinese input methods) count as their ASCII kin.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for ch in text.chars() {
        let ch = match ch {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '\u{00B4}' | '`' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' => '"',
            '\u{FF0C}' => ',',
            c => c,
        };
        if ch.is_whitespace() || ch == '\u{00A0}' {
            // No space after a comma either: "it,and" and "it, and" are one wording.
            pending_space = !out.is_empty() && !out.ends_with(',');
            continue;
        }
        if pending_space {
            if ch != ',' {
                out.push(' ');
            }
            pending_space = false;
        }
        out.extend(ch.to_lowercase());
    }
    while out.ends_with(['.', '。', '!', '！']) {
        out.pop();
    }
    out
}

/// Recognises one answer cell. `None` for a cell that is empty after trimming is not the
/// caller's concern here: it asks [`is_blank`] first.
pub fn recognise(text: &str) -> Option<Recognised> {
    let key = normalise(text);
    if let Some(&answer) = known_wordings().get(&key) {
        return Some(Recognised::Wording(answer));
    }
    if let Some(code) = parse_code(&key) {
        return Some(Recognised::Code(code));
    }
    // "1 - I like it", "2. I expect it", "3、无所谓": a code in front of a wording. The wording
    // decides, since it is what the respondent read.
    let rest = key.trim_start_matches(|c: char| c.is_ascii_digit());
    if rest.len() < key.len() {
        let rest = rest.trim_start_matches([' ', '-', '.', ':', ')', '、', '–', '—']);
        if let Some(&answer) = known_wordings().get(rest) {
            return Some(Recognised::Wording(answer));
        }
    }
    None
}

/// A code 1..=5, also as spreadsheets write whole numbers ("3.0").
fn parse_code(key: &str) -> Option<u8> {
    let digits = key.strip_suffix(".0").unwrap_or(key);
    match digits {
        "1" => Some(1),
        "2" => Some(2),
        "3" => Some(3),
        "4" => Some(4),
        "5" => Some(5),
        _ => None,
    }
}

/// True when a cell holds nothing but spaces: "not answered".
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || c == '\u{00A0}')
}

/// Reads a self-stated importance: `7`, `7 - Very important`, `9 (extremely important)`, `7分`.
/// `None` when there is no whole number 0..=10 in front (which scale it is on is
/// `importance`'s concern).
pub fn parse_importance(text: &str) -> Option<Importance> {
    let text = text.trim();
    let digits_end = text
        .char_indices()
        .find(|(_, c)| !c.is_ascii_digit())
        .map_or(text.len(), |(i, _)| i);
    if digits_end == 0 || digits_end > 2 {
        return None;
    }
    let rest = &text[digits_end..];
    let rest = rest.strip_prefix(".0").unwrap_or(rest);
    // "7.5" or "7 8" is not a label after a number.
    let mut after = rest.trim_start().chars();
    let next = after.next();
    if next.is_some_and(|c| c.is_ascii_digit())
        || (next == Some('.') && after.next().is_some_and(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let value: i64 = text[..digits_end].parse().ok()?;
    Importance::new(value).ok()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_wording_is_known_and_no_two_answers_share_one() {
        let mut seen: HashMap<String, Answer> = HashMap::new();
        for known in KNOWN_WORDINGS {
            let (text, answer) = (known.text, known.answer);
            assert_eq!(recognise(text), Some(Recognised::Wording(answer)), "{text}");
            if let Some(other) = seen.insert(normalise(text), answer) {
                assert_eq!(other, answer, "{text} is listed for two answers");
            }
            assert!(!known.source.is_empty());
        }
        // The variants the issue names are among them.
        for (text, answer) in [
            ("I can tolerate it", Answer::LiveWith),
            ("I tolerate it", Answer::LiveWith),
            ("I expect it that way", Answer::MustBe),
            ("It is a basic necessity", Answer::MustBe),
            ("I don\u{2019}t care", Answer::Neutral),
            ("Doesn't matter to me", Answer::Neutral),
            ("我能接受", Answer::LiveWith),
            ("无所谓", Answer::Neutral),
            ("必须这样", Answer::MustBe),
        ] {
            assert_eq!(recognise(text), Some(Recognised::Wording(answer)), "{text}");
        }
    }

    #[test]
    fn normalising_forgives_case_spaces_quotes_and_full_stops() {
        let like = Some(Recognised::Wording(Answer::Like));
        assert_eq!(recognise("  i LIKE   it. "), like);
        assert_eq!(
            recognise("I’m neutral"),
            Some(Recognised::Wording(Answer::Neutral))
        );
        assert_eq!(
            recognise("I dislike it，and I can’t accept it"),
            Some(Recognised::Wording(Answer::Dislike))
        );
        assert_eq!(
            recognise("\u{3000}我很喜欢。"),
            like,
            "full-width space and stop"
        );
        assert_eq!(recognise("I love it"), None);
        assert_eq!(recognise("喜欢吗"), None);
    }

    #[test]
    fn codes_follow_the_chosen_order() {
        assert_eq!(recognise("1"), Some(Recognised::Code(1)));
        assert_eq!(recognise("5.0"), Some(Recognised::Code(5)));
        assert_eq!(recognise("6"), None);
        assert_eq!(recognise("0"), None);
        assert_eq!(Codes::LikeFirst.answer(1), Some(Answer::Like));
        assert_eq!(Codes::LikeFirst.answer(4), Some(Answer::LiveWith));
        assert_eq!(Codes::DislikeFirst.answer(1), Some(Answer::Dislike));
        assert_eq!(Codes::DislikeFirst.answer(2), Some(Answer::LiveWith));
        assert_eq!(Codes::DislikeFirst.answer(5), Some(Answer::Like));
        assert_eq!(Codes::DislikeFirst.answer(6), None);
        assert_eq!(Codes::LikeFirst.answer(0), None);
    }

    #[test]
    fn a_code_in_front_of_a_wording_is_read_by_the_wording() {
        assert_eq!(
            recognise("5 - I like it"),
            Some(Recognised::Wording(Answer::Like))
        );
        assert_eq!(
            recognise("3、无所谓"),
            Some(Recognised::Wording(Answer::Neutral))
        );
        assert_eq!(recognise("1 - I love it"), None);
    }

    #[test]
    fn importance_takes_a_number_with_or_without_a_label() {
        let get = |t: &str| parse_importance(t).map(Importance::get);
        assert_eq!(get("7"), Some(7));
        assert_eq!(get(" 7 - Very important "), Some(7));
        assert_eq!(get("9 - Extremely important"), Some(9));
        assert_eq!(get("1 (not at all important)"), Some(1));
        assert_eq!(get("7分"), Some(7));
        assert_eq!(get("7.0"), Some(7));
        assert_eq!(get("7.5"), None);
        assert_eq!(get("7 8"), None);
        assert_eq!(get("10"), Some(10));
        assert_eq!(get("0"), Some(0));
        assert_eq!(get("11"), None);
        assert_eq!(get("123"), None);
        assert_eq!(get("Very important"), None);
        assert_eq!(get(""), None);
    }
}
