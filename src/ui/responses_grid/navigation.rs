//! Which key means what in the responses grid, and where the cursor goes when it moves.
//!
//! Pure mapping from egui key events to [`GridKey`]s and from a cursor and a [`Move`] to the new
//! cursor; the grid carries them out. Nothing here reads or changes the project.

use super::keys::EntryKey;
use eframe::egui::{self, Key};

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
    use EntryKey::{Clear, Digit};
    const I: EntryKey = EntryKey::Importance;

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
