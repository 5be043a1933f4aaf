//! What the texts of the answer columns stand for: the texts found, the order of numeric codes,
//! and the answers a person chose by hand.

use super::ImportSession;
use crate::io::import::{self as import, Codes, ColumnWordings, Recognised, Wording};
use crate::kano::Answer;
use std::collections::HashMap;

/// A text found in the answer columns, over all of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundWording {
    /// The text as first seen, its key, its count over every answer column and what it is
    /// known as.
    pub wording: Wording,
    /// How many answer columns hold it.
    pub columns: usize,
}

/// What a text of the answer columns stands for, as the dialog shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Meaning {
    /// This answer; `by_hand` when the person chose it.
    Answer {
        /// The answer.
        answer: Answer,
        /// Chosen in the dialog rather than recognised.
        by_hand: bool,
    },
    /// A code 1..5 while the order of the codes is not chosen.
    AwaitsCodes,
    /// Nothing: the import cannot go ahead while it is so.
    Unmapped,
}

impl ImportSession {
    /// The texts of the answer columns: texts that match nothing first, then codes, then known
    /// wordings, the most frequent first.
    pub fn wordings(&self) -> &[FoundWording] {
        &self.found
    }

    /// The order of numeric codes, once chosen (or settled by the file).
    pub fn codes(&self) -> Option<Codes> {
        self.codes
    }

    /// The order the file's own wordings show ("1 - I like it"), if they show one.
    pub fn settled_codes(&self) -> Option<Codes> {
        self.settled
    }

    /// True when an answer column holds codes 1..5.
    pub fn has_codes(&self) -> bool {
        self.found
            .iter()
            .any(|f| matches!(f.wording.recognised, Some(Recognised::Code(_))))
    }

    /// True when an answer column holds codes 1..5 that no hand-made choice covers.
    pub fn uses_codes(&self) -> bool {
        self.found.iter().any(|f| {
            matches!(f.wording.recognised, Some(Recognised::Code(_)))
                && !self.mapping.custom.contains_key(&f.wording.key)
        })
    }

    /// What a text stands for under the choices made so far.
    pub fn meaning(&self, wording: &Wording) -> Meaning {
        if let Some(&answer) = self.mapping.custom.get(&wording.key) {
            return Meaning::Answer {
                answer,
                by_hand: true,
            };
        }
        match wording.recognised {
            Some(Recognised::Wording(answer)) => Meaning::Answer {
                answer,
                by_hand: false,
            },
            Some(Recognised::Code(code)) => match self.codes.and_then(|c| c.answer(code)) {
                Some(answer) => Meaning::Answer {
                    answer,
                    by_hand: false,
                },
                None => Meaning::AwaitsCodes,
            },
            None => Meaning::Unmapped,
        }
    }

    /// Says what a text stands for in every answer column; `None` takes back a hand-made choice.
    pub fn set_answer(&mut self, wording: &Wording, answer: Option<Answer>) {
        match answer {
            // Choosing what the text is known as anyway is no choice at all.
            Some(a) if wording.recognised == Some(Recognised::Wording(a)) => {
                self.mapping.custom.remove(&wording.key);
            }
            Some(a) => self.mapping.set_answer(&wording.text, a),
            None => {
                self.mapping.custom.remove(&wording.key);
            }
        }
    }

    /// What the person said about this survey's texts, to remember for its next import.
    pub fn remembered(&self) -> import::RememberedWordings {
        let mut answers: Vec<(String, Answer)> = self
            .mapping
            .custom
            .iter()
            .map(|(key, &answer)| (key.clone(), answer))
            .collect();
        answers.sort_by(|a, b| a.0.cmp(&b.0));
        import::RememberedWordings {
            survey: import::survey_key(&self.table),
            answers,
        }
    }

    /// Takes back what was said about this survey's texts at an earlier import (another
    /// survey's wordings are left alone).
    pub fn recall(&mut self, remembered: &[import::RememberedWordings]) {
        let key = import::survey_key(&self.table);
        if let Some(found) = remembered.iter().find(|w| w.survey == key) {
            for (text, answer) in &found.answers {
                self.mapping.custom.insert(text.clone(), *answer);
            }
        }
    }

    /// Chooses the order of numeric codes.
    pub fn set_codes(&mut self, codes: Codes) {
        self.codes = Some(codes);
        self.mapping.codes = codes;
    }
}

/// The texts of several columns as one list: a column used twice counts once; texts that match
/// nothing first, then codes 1..5 in order, then known wordings, the most frequent first.
pub(super) fn gather<'a>(columns: impl Iterator<Item = &'a ColumnWordings>) -> Vec<FoundWording> {
    let mut seen_columns = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut found: Vec<FoundWording> = Vec::new();
    for column in columns {
        if seen_columns.contains(&column.column) {
            continue;
        }
        seen_columns.push(column.column);
        for w in &column.wordings {
            match index.get(&w.key) {
                Some(&i) => {
                    found[i].wording.count += w.count;
                    found[i].wording.first_row = found[i].wording.first_row.min(w.first_row);
                    found[i].columns += 1;
                }
                None => {
                    index.insert(w.key.clone(), found.len());
                    found.push(FoundWording {
                        wording: w.clone(),
                        columns: 1,
                    });
                }
            }
        }
    }
    found.sort_by_key(|f| {
        let w = &f.wording;
        let (group, code) = match w.recognised {
            None => (0, 0),
            Some(Recognised::Code(code)) => (1, code),
            Some(Recognised::Wording(_)) => (2, 0),
        };
        (group, code, std::cmp::Reverse(w.count), w.first_row)
    });
    found
}
