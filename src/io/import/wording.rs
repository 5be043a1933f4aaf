//! What a survey platform writes in a cell, and which Kano answer or importance it means.
//!
//! Cells are matched after normalising: lower case, curly quotes made straight, runs of spaces
//! made one, a trailing full stop dropped. Every wording listed in KANO_METHOD.md (English and
//! Chinese) is known, and so are the project-file tokens. A numeric code 1..5 is read in the
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

/// The wordings of KANO_METHOD.md, as written there (normalised when the table is built).
const WORDINGS: [(Answer, &[&str]); 5] = [
    (
        Answer::Like,
        &[
            "like",
            "I like it",
            "I like it that way",
            "I enjoy it that way",
            "This would be very helpful to me",
            "我很喜欢",
            "非常喜欢",
            "感到满意",
            "喜欢",
        ],
    ),
    (
        Answer::MustBe,
        &[
            "must-be",
            "I expect it",
            "It must be that way",
            "I must be that way",
            "It is a basic necessity or I expect it that way",
            "This is a basic requirement for me",
            "理应如此",
            "理所当然",
            "符合预期",
            "必须这样",
        ],
    ),
    (
        Answer::Neutral,
        &[
            "neutral",
            "I am neutral",
            "I'm neutral",
            "This would not affect me",
            "无所谓",
            "一般",
        ],
    ),
    (
        Answer::LiveWith,
        &[
            "live-with",
            "I can live with it",
            "I can live with it that way",
            "I can tolerate it",
            "I dislike it, but I can live with it that way",
            "This would be a minor inconvenience",
            "能忍受",
            "勉强接受",
            "可以忍受",
        ],
    ),
    (
        Answer::Dislike,
        &[
            "dislike",
            "I dislike it",
            "I dislike it that way",
            "I dislike it, and I can't accept it",
            "This would be a major problem for me",
            "我很不喜欢",
            "很不喜欢",
            "感到不满",
            "不喜欢",
        ],
    ),
];

fn known_wordings() -> &'static HashMap<String, Answer> {
    static TABLE: OnceLock<HashMap<String, Answer>> = OnceLock::new();
    TABLE.get_or_init(|| {
        WORDINGS
            .iter()
            .flat_map(|(answer, texts)| texts.iter().map(|t| (normalise(t), *answer)))
            .collect()
    })
}

/// Every known wording of an answer, as KANO_METHOD.md writes them (for messages and the GUI).
pub fn wordings_of(answer: Answer) -> &'static [&'static str] {
    WORDINGS
        .iter()
        .find(|(a, _)| *a == answer)
        .map(|(_, texts)| *texts)
        .unwrap_or(&[])
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
/// `None` when there is no whole number 1..=9 in front.
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
    Importance::new(value)
        .ok()
        .filter(|i| crate::project::ImportanceScale::default().contains(*i))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_wording_is_known_and_no_two_answers_share_one() {
        let mut seen: HashMap<String, Answer> = HashMap::new();
        for (answer, texts) in WORDINGS {
            for text in texts {
                assert_eq!(recognise(text), Some(Recognised::Wording(answer)), "{text}");
                if let Some(other) = seen.insert(normalise(text), answer) {
                    assert_eq!(other, answer, "{text} is listed twice");
                }
            }
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
        assert_eq!(get("10"), None);
        assert_eq!(get("0"), None);
        assert_eq!(get("123"), None);
        assert_eq!(get("Very important"), None);
        assert_eq!(get(""), None);
    }
}
