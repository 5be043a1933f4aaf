//! Keyboard entry in a cell of the responses grid: the small state machine that turns "1 then 5"
//! into a functional then a dysfunctional answer, "i 7" into importance 7, and 0 into a cleared
//! cell.
//!
//! The state machine is pure (no egui): it takes a key and the cell's current response and says
//! which response to store. It never edits the project itself; the grid turns its answer into an
//! `Edit::SetResponse`, one undo step per key that changes something.

use crate::kano::{Answer, Importance, Response, Side};

/// What the next digit typed into the selected cell means.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Awaiting {
    /// A digit 1–5 is the functional answer.
    #[default]
    Functional,
    /// A digit 1–5 is the dysfunctional answer (the functional one was just typed).
    Dysfunctional,
    /// "i" was pressed: a digit 1–9 is the importance; afterwards the given side is awaited again.
    Importance(Side),
}

/// A key that enters or clears answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryKey {
    /// A digit key, 0–9.
    Digit(u8),
    /// Delete or Backspace: clear the cell.
    Clear,
    /// "i": the next digit is the importance.
    Importance,
    /// Escape: forget a half-typed entry.
    Cancel,
}

/// What an entry key changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// An answer was set.
    Answer,
    /// The cell was cleared.
    Clear,
    /// The importance was set or removed.
    Importance,
}

impl Awaiting {
    /// Takes one key for a cell holding `current`. Returns the response to store, with what kind
    /// of change it is, or `None` when the key stores nothing (it may still change what is
    /// awaited, like "i").
    pub fn press(&mut self, key: EntryKey, current: Response) -> Option<(Response, Change)> {
        match (key, *self) {
            (EntryKey::Clear, _) | (EntryKey::Digit(0), Self::Functional | Self::Dysfunctional) => {
                *self = Self::Functional;
                Some((Response::default(), Change::Clear))
            }
            (EntryKey::Cancel, Self::Importance(side)) => {
                *self = side.into();
                None
            }
            (EntryKey::Cancel, _) => {
                *self = Self::Functional;
                None
            }
            (EntryKey::Importance, Self::Functional) => {
                *self = Self::Importance(Side::Functional);
                None
            }
            (EntryKey::Importance, Self::Dysfunctional) => {
                *self = Self::Importance(Side::Dysfunctional);
                None
            }
            (EntryKey::Importance, Self::Importance(_)) => None,
            (EntryKey::Digit(d), Self::Functional) => {
                let answer = answer_for_digit(d)?;
                *self = Self::Dysfunctional;
                Some((
                    Response {
                        functional: Some(answer),
                        ..current
                    },
                    Change::Answer,
                ))
            }
            (EntryKey::Digit(d), Self::Dysfunctional) => {
                let answer = answer_for_digit(d)?;
                *self = Self::Functional;
                Some((
                    Response {
                        dysfunctional: Some(answer),
                        ..current
                    },
                    Change::Answer,
                ))
            }
            (EntryKey::Digit(d), Self::Importance(side)) => {
                *self = side.into();
                let importance = match d {
                    0 => None,
                    d => Some(Importance::new(i64::from(d)).ok()?),
                };
                Some((
                    Response {
                        importance,
                        ..current
                    },
                    Change::Importance,
                ))
            }
        }
    }
}

impl From<Side> for Awaiting {
    fn from(side: Side) -> Self {
        match side {
            Side::Functional => Self::Functional,
            Side::Dysfunctional => Self::Dysfunctional,
        }
    }
}

/// The answer a digit key stands for: 1 like … 5 dislike, in evaluation-table order.
pub fn answer_for_digit(digit: u8) -> Option<Answer> {
    Answer::from_index(usize::from(digit).checked_sub(1)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kano::Answer::{Dislike, Like, MustBe, Neutral};

    fn importance(v: i64) -> Option<Importance> {
        Importance::new(v).ok()
    }

    /// Types `keys` into a cell holding `start`; returns the stored response, what is awaited
    /// afterwards, and how many keys stored something (undo steps).
    fn check(start: Response, keys: &[EntryKey]) -> (Response, Awaiting, usize) {
        let mut awaiting = Awaiting::default();
        let mut cell = start;
        let mut steps = 0;
        for key in keys {
            if let Some((response, _)) = awaiting.press(*key, cell) {
                cell = response;
                steps += 1;
            }
        }
        (cell, awaiting, steps)
    }

    use EntryKey::{Cancel, Clear, Digit};
    const I: EntryKey = EntryKey::Importance;

    #[test]
    fn digits_enter_functional_then_dysfunctional() {
        let empty = Response::default();
        let rows: [(&[EntryKey], Response, Awaiting, usize); 9] = [
            (
                &[Digit(1)],
                Response {
                    functional: Some(Like),
                    ..empty
                },
                Awaiting::Dysfunctional,
                1,
            ),
            (
                &[Digit(1), Digit(5)],
                Response::pair(Like, Dislike),
                Awaiting::Functional,
                2,
            ),
            (
                &[Digit(2), Digit(3)],
                Response::pair(MustBe, Neutral),
                Awaiting::Functional,
                2,
            ),
            // 6–9 are not answers: nothing happens, the side stays awaited.
            (
                &[Digit(7), Digit(1)],
                Response {
                    functional: Some(Like),
                    ..empty
                },
                Awaiting::Dysfunctional,
                1,
            ),
            // 0 clears, whatever was half typed.
            (&[Digit(1), Digit(0)], empty, Awaiting::Functional, 2),
            (&[Digit(1), Clear], empty, Awaiting::Functional, 2),
            // Escape forgets the half-typed pair but keeps what was stored.
            (
                &[Digit(1), Cancel, Digit(2)],
                Response {
                    functional: Some(MustBe),
                    ..empty
                },
                Awaiting::Dysfunctional,
                2,
            ),
            // i + digit sets importance and returns to the side that was awaited.
            (
                &[Digit(1), I, Digit(7), Digit(5)],
                Response {
                    importance: importance(7),
                    ..Response::pair(Like, Dislike)
                },
                Awaiting::Functional,
                3,
            ),
            (&[I, Digit(9), I, Digit(0)], empty, Awaiting::Functional, 2),
        ];
        for (keys, want, awaiting, steps) in rows {
            assert_eq!(check(empty, keys), (want, awaiting, steps), "keys {keys:?}");
        }
    }

    #[test]
    fn typing_over_a_pair_keeps_the_other_side_and_importance() {
        let start = Response {
            importance: importance(4),
            ..Response::pair(Like, Dislike)
        };
        let (cell, _, _) = check(start, &[Digit(3)]);
        assert_eq!(
            cell,
            Response {
                functional: Some(Neutral),
                ..start
            }
        );
        let (cell, _, _) = check(start, &[I, Cancel, Digit(2), Digit(2)]);
        assert_eq!(cell.importance, importance(4));
        assert_eq!(cell.answer_pair().map(|p| p.dysfunctional), Some(MustBe));
    }
}
