//! Question pairs found by what the cells hold rather than by the column names, for exports
//! whose headers are whole question texts ("If the app had offline maps, how would you feel?").
//!
//! Two neighbouring columns whose cells are answer wordings (or codes 1..5) are taken as one
//! feature's pair: the functional question first, unless only the first one's header sounds
//! negative ("did not have", "没有"). A column right after a pair that holds numbers 1..9, with
//! a 6 or more or a header that says "important", is its importance. These are suggestions the
//! person sees and can change; nothing is imported on the strength of them alone.

use crate::io::import::{self, Table};

/// One suggested feature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SuggestedPair {
    /// The functional question's column.
    pub functional: usize,
    /// The dysfunctional question's column.
    pub dysfunctional: usize,
    /// The importance column, if one follows the pair.
    pub importance: Option<usize>,
}

/// Rows looked at per column: enough to tell answers from other text, few enough to be quick
/// on 10,000 rows.
const SAMPLE_ROWS: usize = 500;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Answers,
    Importance,
    Other,
}

/// Pairs of neighbouring answer columns among those not in `used`, left to right.
pub fn suggest_pairs(table: &Table, used: &[usize]) -> Vec<SuggestedPair> {
    let kinds: Vec<Kind> = (0..table.headers.len())
        .map(|c| {
            if used.contains(&c) {
                Kind::Other
            } else {
                kind(table, c)
            }
        })
        .collect();
    let mut pairs = Vec::new();
    let mut c = 0;
    while c + 1 < kinds.len() {
        if kinds[c] != Kind::Answers || kinds[c + 1] != Kind::Answers {
            c += 1;
            continue;
        }
        let (mut functional, mut dysfunctional) = (c, c + 1);
        if sounds_negative(&table.headers[c]) && !sounds_negative(&table.headers[c + 1]) {
            std::mem::swap(&mut functional, &mut dysfunctional);
        }
        c += 2;
        let importance = (kinds.get(c) == Some(&Kind::Importance)).then_some(c);
        if importance.is_some() {
            c += 1;
        }
        pairs.push(SuggestedPair {
            functional,
            dysfunctional,
            importance,
        });
    }
    pairs
}

fn kind(table: &Table, column: usize) -> Kind {
    let mut filled = 0;
    let mut answers = 0;
    let mut importances = 0;
    let mut above_five = false;
    for row in table.rows.iter().take(SAMPLE_ROWS) {
        let text = &row[column];
        if import::is_blank(text) {
            continue;
        }
        filled += 1;
        if import::recognise(text).is_some() {
            answers += 1;
        }
        if let Some(importance) = import::parse_importance(text) {
            importances += 1;
            above_five |= importance.get() > 5;
        }
    }
    if filled == 0 {
        return Kind::Other;
    }
    let header = table.headers[column].to_lowercase();
    let says_importance = header.contains("importan") || header.contains("重要");
    if importances == filled && (above_five || says_importance) {
        Kind::Importance
    } else if answers * 10 >= filled * 9 {
        Kind::Answers
    } else {
        Kind::Other
    }
}

/// True when a question text reads as the feature's absence.
fn sounds_negative(header: &str) -> bool {
    let lower = header.to_lowercase();
    let english = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .any(|word| {
            matches!(
                word,
                "not" | "no" | "without" | "lacked" | "lacks" | "lacking"
            ) || word.ends_with("n't")
                || word.ends_with("n’t")
        });
    english
        || ["没有", "不", "无", "缺少"]
            .iter()
            .any(|w| lower.contains(w))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::io::import::{ReadOptions, read_table};

    fn pairs(csv: &str, used: &[usize]) -> Vec<(usize, usize, Option<usize>)> {
        let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        suggest_pairs(&table, used)
            .into_iter()
            .map(|p| (p.functional, p.dysfunctional, p.importance))
            .collect()
    }

    #[test]
    fn neighbouring_answer_columns_pair_up_and_other_columns_are_skipped() {
        let csv = "When,Had maps?,No maps?,How important are maps?,Comment,Had wifi?,No wifi?\n\
                   9:00,I like it,I dislike it,7,fine,I expect it,I dislike it\n\
                   9:05,I am neutral,I dislike it,3,,I like it,I am neutral\n";
        assert_eq!(pairs(csv, &[]), [(1, 2, Some(3)), (5, 6, None)]);
        assert_eq!(
            pairs(csv, &[5]),
            [(1, 2, Some(3))],
            "used columns are left alone"
        );
    }

    #[test]
    fn the_question_about_absence_is_the_dysfunctional_one() {
        let csv = "If it did not have maps,If it had maps,如果没有WiFi,如果有WiFi\n\
                   I dislike it,I like it,很不喜欢,我很喜欢\n";
        assert_eq!(pairs(csv, &[]), [(1, 0, None), (3, 2, None)]);
        let csv = "If it had maps,If it had no maps\nI like it,I dislike it\n";
        assert_eq!(pairs(csv, &[]), [(0, 1, None)]);
    }

    #[test]
    fn codes_pair_up_and_a_column_of_numbers_up_to_nine_is_importance() {
        let csv = "Q1,Q2,Q3,Q4,Q5\n1,5,8,2,4\n3,3,6,1,5\n";
        assert_eq!(pairs(csv, &[]), [(0, 1, Some(2)), (3, 4, None)]);
    }

    #[test]
    fn mostly_free_text_and_lone_answer_columns_give_nothing() {
        assert_eq!(
            pairs("a,b\nI like it,great\nI dislike it,bad\n", &[]),
            Vec::new()
        );
        assert_eq!(pairs("a\nI like it\n", &[]), Vec::new());
        assert_eq!(pairs("a,b\n,\n", &[]), Vec::new());
    }

    #[test]
    fn negative_wordings_are_recognised() {
        for text in [
            "If the train did not have Wi-Fi",
            "If it doesn't have maps",
            "Without seats",
            "如果没有座椅",
        ] {
            assert!(sounds_negative(text), "{text}");
        }
        for text in ["If the train had Wi-Fi", "Nothing else", "如果有座椅"] {
            assert!(!sounds_negative(text), "{text}");
        }
    }
}
