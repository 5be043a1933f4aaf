//! Keyboard entry in the responses grid: which key means what, and the small state machine that
//! turns "1 then 5" into a functional then a dysfunctional answer.
//!
//! The state machine is pure (no egui): it takes a key and the cell's current response and says
//! which response to store. It never edits the project itself; the grid turns its answer into an
//! `Edit::SetResponse`, one undo step per key that changes something.

use crate::kano::{Answer, Importance, Response, Side};
use eframe::egui::{self, Key};

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

/// A cursor movement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// One row up.
    Up,
    /// One row down.
    Down,
    /// One feature left.
    Left,
    /// One feature right.
    Right,
    /// Right, wrapping to the next row's first feature (Tab).
    Next,
    /// Left, wrapping to the previous row's last feature (Shift+Tab).
    Previous,
    /// A screenful up.
    PageUp,
    /// A screenful down.
    PageDown,
    /// The row's first feature.
    RowStart,
    /// The row's last feature.
    RowEnd,
    /// The first row.
    Top,
    /// The last row.
    Bottom,
}

/// Where the cursor goes: `(row, column)` in display order, in a grid of `rows` × `columns`
/// whose screen shows `page` rows. The grid must not be empty.
pub fn moved(
    (row, column): (usize, usize),
    step: Move,
    rows: usize,
    columns: usize,
    page: usize,
) -> (usize, usize) {
    let last_row = rows.saturating_sub(1);
    let last_column = columns.saturating_sub(1);
    let (row, column) = (row.min(last_row), column.min(last_column));
    match step {
        Move::Up => (row.saturating_sub(1), column),
        Move::Down => ((row + 1).min(last_row), column),
        Move::Left => (row, column.saturating_sub(1)),
        Move::Right => (row, (column + 1).min(last_column)),
        Move::Next if column < last_column => (row, column + 1),
        Move::Next if row < last_row => (row + 1, 0),
        Move::Next => (row, column),
        Move::Previous if column > 0 => (row, column - 1),
        Move::Previous if row > 0 => (row - 1, last_column),
        Move::Previous => (row, column),
        Move::PageUp => (row.saturating_sub(page.max(1)), column),
        Move::PageDown => ((row + page.max(1)).min(last_row), column),
        Move::RowStart => (row, 0),
        Move::RowEnd => (row, last_column),
        Move::Top => (0, column),
        Move::Bottom => (last_row, column),
    }
}

/// Something the keyboard asks of the grid while it has focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GridKey {
    /// Enter or clear answers in the selected cell.
    Entry(EntryKey),
    /// Move the selected cell.
    Move(Move),
    /// Open the answer picker on the selected cell (Space).
    Picker,
    /// Rename the selected respondent (F2).
    Rename,
    /// Delete the selected respondents (Ctrl+Delete).
    DeleteRespondents,
}

/// The grid keys among this frame's events, in order.
pub fn read(input: &egui::InputState) -> Vec<GridKey> {
    input
        .events
        .iter()
        .filter_map(|event| match event {
            egui::Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } => grid_key(*key, *modifiers),
            _ => None,
        })
        .collect()
}

/// What one key press means to the grid.
pub fn grid_key(key: Key, modifiers: egui::Modifiers) -> Option<GridKey> {
    let command = modifiers.command || modifiers.ctrl;
    if modifiers.alt {
        return None;
    }
    if command {
        return match key {
            Key::Delete | Key::Backspace => Some(GridKey::DeleteRespondents),
            Key::Home => Some(GridKey::Move(Move::Top)),
            Key::End => Some(GridKey::Move(Move::Bottom)),
            _ => None,
        };
    }
    let shift = modifiers.shift;
    let entry = |k| Some(GridKey::Entry(k));
    let step = |m| Some(GridKey::Move(m));
    if let Some(digit) = digit(key) {
        return entry(EntryKey::Digit(digit));
    }
    match key {
        Key::Delete | Key::Backspace => entry(EntryKey::Clear),
        Key::I => entry(EntryKey::Importance),
        Key::Escape => entry(EntryKey::Cancel),
        Key::ArrowUp => step(Move::Up),
        Key::ArrowDown => step(Move::Down),
        Key::ArrowLeft => step(Move::Left),
        Key::ArrowRight => step(Move::Right),
        Key::Enter if shift => step(Move::Up),
        Key::Enter => step(Move::Down),
        Key::Tab if shift => step(Move::Previous),
        Key::Tab => step(Move::Next),
        Key::PageUp => step(Move::PageUp),
        Key::PageDown => step(Move::PageDown),
        Key::Home => step(Move::RowStart),
        Key::End => step(Move::RowEnd),
        Key::Space => Some(GridKey::Picker),
        Key::F2 => Some(GridKey::Rename),
        _ => None,
    }
}

fn digit(key: Key) -> Option<u8> {
    const DIGITS: [Key; 10] = [
        Key::Num0,
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
        Key::Num9,
    ];
    DIGITS
        .iter()
        .position(|k| *k == key)
        .and_then(|d| u8::try_from(d).ok())
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

    #[test]
    fn keys_map_to_grid_actions() {
        let none = egui::Modifiers::NONE;
        let shift = egui::Modifiers::SHIFT;
        let rows = [
            (Key::Num1, none, Some(GridKey::Entry(Digit(1)))),
            (Key::Num9, none, Some(GridKey::Entry(Digit(9)))),
            (Key::Num0, none, Some(GridKey::Entry(Digit(0)))),
            (Key::Delete, none, Some(GridKey::Entry(Clear))),
            (Key::I, none, Some(GridKey::Entry(I))),
            (Key::Enter, none, Some(GridKey::Move(Move::Down))),
            (Key::Tab, shift, Some(GridKey::Move(Move::Previous))),
            (Key::F2, none, Some(GridKey::Rename)),
            (
                Key::Delete,
                egui::Modifiers::COMMAND,
                Some(GridKey::DeleteRespondents),
            ),
            (Key::Z, egui::Modifiers::COMMAND, None),
            (Key::A, none, None),
        ];
        for (key, modifiers, want) in rows {
            assert_eq!(grid_key(key, modifiers), want, "{key:?} {modifiers:?}");
        }
    }

    #[test]
    fn moves_stay_inside_the_grid_and_tab_wraps() {
        let rows = [
            ((0, 0), Move::Up, (0, 0)),
            ((0, 0), Move::Left, (0, 0)),
            ((9, 4), Move::Down, (9, 4)),
            ((9, 4), Move::Right, (9, 4)),
            ((2, 4), Move::Next, (3, 0)),
            ((3, 0), Move::Previous, (2, 4)),
            ((9, 4), Move::Next, (9, 4)),
            ((5, 2), Move::PageDown, (9, 2)),
            ((5, 2), Move::PageUp, (1, 2)),
            ((5, 2), Move::RowEnd, (5, 4)),
            ((5, 2), Move::Top, (0, 2)),
            // A cursor left past the end (rows were deleted) comes back inside first.
            ((40, 40), Move::Up, (8, 4)),
        ];
        for (from, step, want) in rows {
            assert_eq!(moved(from, step, 10, 5, 4), want, "{from:?} {step:?}");
        }
    }
}
