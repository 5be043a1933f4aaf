//! What a person said about the answer texts of one survey, kept for the next import of the
//! same survey (the next wave of a tracker arrives with the same columns and the same odd
//! wordings). A survey is known by its columns: a fingerprint of its headers and question texts.
//!
//! Pure data: the app keeps these among its preferences; nothing here reads or writes a file.

use super::table::Table;
use crate::kano::Answer;
use serde::{Deserialize, Serialize};

/// How many surveys' wordings are kept; the oldest is forgotten first.
pub const REMEMBERED_SURVEYS: usize = 20;

/// The answers given to the texts of one survey.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RememberedWordings {
    /// The survey's fingerprint ([`survey_key`]).
    pub survey: String,
    /// Each text (normalised, as the mapping keys it) and the answer it stands for.
    pub answers: Vec<(String, Answer)>,
}

/// A survey's fingerprint: FNV-1a over its column names and question texts, as hex. Stable
/// across runs and builds (unlike the standard library's hasher).
pub fn survey_key(table: &Table) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let parts = table
        .headers
        .iter()
        .chain(table.question_texts.iter())
        .map(String::as_str);
    for part in parts {
        for byte in part.bytes().chain([0x1f]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// Puts `wordings` first among the remembered ones (replacing the survey's older entry), and
/// forgets the oldest past [`REMEMBERED_SURVEYS`]. Nothing to remember forgets nothing.
pub fn remember(list: &mut Vec<RememberedWordings>, wordings: RememberedWordings) {
    if wordings.answers.is_empty() {
        return;
    }
    list.retain(|w| w.survey != wordings.survey);
    list.insert(0, wordings);
    list.truncate(REMEMBERED_SURVEYS);
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::io::import::{ReadOptions, read_table};

    #[test]
    fn the_same_columns_are_the_same_survey() {
        let read = |t: &str| read_table(t.as_bytes(), &ReadOptions::default()).unwrap();
        let a = read("id,q [x]\n1,I like it\n");
        let b = read("id,q [x]\n2,Meh\n3,Meh\n");
        let c = read("id,q [y]\n1,I like it\n");
        assert_eq!(survey_key(&a), survey_key(&b));
        assert_ne!(survey_key(&a), survey_key(&c));
        assert_eq!(survey_key(&a).len(), 16);
    }

    #[test]
    fn the_newest_is_first_and_the_list_is_bounded() {
        let mut list = Vec::new();
        for k in 0..25 {
            remember(
                &mut list,
                RememberedWordings {
                    survey: format!("s{k}"),
                    answers: vec![("meh".into(), Answer::Neutral)],
                },
            );
        }
        remember(
            &mut list,
            RememberedWordings {
                survey: "s10".into(),
                answers: vec![("meh".into(), Answer::Like)],
            },
        );
        assert_eq!(list.len(), REMEMBERED_SURVEYS);
        assert_eq!(list[0].survey, "s10");
        assert_eq!(list.iter().filter(|w| w.survey == "s10").count(), 1);
        remember(&mut list, RememberedWordings::default());
        assert_eq!(list[0].survey, "s10", "nothing to remember changes nothing");
    }
}
