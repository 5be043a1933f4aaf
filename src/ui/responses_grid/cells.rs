//! What one cell of the responses grid says, and how it is painted: the answer pair in short
//! letters ("L/D"), the category letter in its colour, the importance as a small superscript,
//! or a faint dot when nothing is answered.
//!
//! Cells are painted shapes, never widgets: a screenful is a few hundred shapes however large the
//! project. The texts here are built only for cells on screen.

use super::keys::Awaiting;
use crate::i18n::{Texts, fill};
use crate::kano::{Answer, Category, EvaluationTable, Response, Side};
use crate::ui::theme::{self, GRID_CELL_FONT_SIZE, GRID_IMPORTANCE_FONT_SIZE};
use eframe::egui::{Align2, Color32, FontId, Painter, Rect, Stroke, Visuals, pos2, vec2};

/// The placeholder for an unanswered side in "L/·".
const UNANSWERED: &str = "·";

/// The compact text of one cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellText {
    /// "L/D", "L/·" or "·/D"; `None` when neither question is answered.
    pub pair: Option<String>,
    /// The category of a complete pair under the project's evaluation table.
    pub category: Option<Category>,
    /// The importance, 1–9.
    pub importance: Option<u8>,
}

/// What a cell shows, or `None` for an empty cell (painted as a faint dot). The answers are
/// written in the language's one-character codes ("L/D", "喜/厌").
pub fn cell_text(t: &Texts, response: &Response, table: EvaluationTable) -> Option<CellText> {
    if response.is_empty() {
        return None;
    }
    let letter = |a: Option<Answer>| a.map_or(UNANSWERED, |a| t.method.answer_code(a));
    let pair = (response.functional.is_some() || response.dysfunctional.is_some()).then(|| {
        format!(
            "{}/{}",
            letter(response.functional),
            letter(response.dysfunctional)
        )
    });
    Some(CellText {
        pair,
        category: response
            .answer_pair()
            .map(|p| table.classify(p.functional, p.dysfunctional)),
        importance: response.importance.map(|i| i.get()),
    })
}

/// A sentence for screen readers and tooltips: "I like it / I dislike it, One-dimensional (O),
/// Importance 7".
pub fn describe(t: &Texts, response: &Response, table: EvaluationTable) -> String {
    let r = &t.responses;
    if response.is_empty() {
        return r.not_answered.to_owned();
    }
    let side = |s: Side| {
        response
            .answer(s)
            .map_or(r.not_answered, |a| t.method.answer(a))
    };
    let mut text = fill(
        r.cell_value,
        &[
            ("functional", &side(Side::Functional)),
            ("dysfunctional", &side(Side::Dysfunctional)),
        ],
    );
    match response.answer_pair() {
        Some(p) => {
            let category = table.classify(p.functional, p.dysfunctional);
            text.push_str(", ");
            text.push_str(&category_name(t, category));
        }
        None if response.functional.is_some() || response.dysfunctional.is_some() => {
            text.push_str(", ");
            text.push_str(r.incomplete);
        }
        None => {}
    }
    if let Some(i) = response.importance {
        text.push_str(", ");
        text.push_str(&fill(r.importance_value, &[("n", &i.get())]));
    }
    text
}

/// "One-dimensional (O)".
pub fn category_name(t: &Texts, category: Category) -> String {
    format!("{} ({})", t.category(category), category.letter())
}

/// How the cell under the cursor is marked while the grid has focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cursor {
    /// Not the selected cell.
    No,
    /// The selected cell; the grid does not have keyboard focus.
    Selected,
    /// The selected cell, waiting for this key.
    Typing(Awaiting),
}

/// Paints one answer cell.
pub fn paint(painter: &Painter, rect: Rect, cell: Option<&CellText>, cursor: Cursor, v: &Visuals) {
    let font = FontId::monospace(GRID_CELL_FONT_SIZE);
    let left = rect.left() + 5.0;
    let mid = rect.center().y;
    // Chinese codes are twice as wide as Latin letters: what follows the pair is placed after it.
    let slash_width = GRID_CELL_FONT_SIZE * 0.6;
    let mut code_width = slash_width;
    match cell {
        None => {
            painter.circle_filled(rect.center(), 1.5, v.weak_text_color().gamma_multiply(0.6));
        }
        Some(cell) => {
            let mut category_x = rect.left() + 36.0;
            if let Some(pair) = &cell.pair {
                let painted = painter.text(
                    pos2(left, mid),
                    Align2::LEFT_CENTER,
                    pair,
                    font.clone(),
                    v.text_color(),
                );
                code_width = ((painted.width() - slash_width) / 2.0).max(slash_width);
                category_x = category_x.max(painted.right() + 3.0);
            } else {
                painter.circle_filled(rect.center(), 1.5, v.weak_text_color().gamma_multiply(0.6));
            }
            if let Some(category) = cell.category {
                painter.text(
                    pos2(category_x, mid),
                    Align2::LEFT_CENTER,
                    category.letter(),
                    font.clone(),
                    theme::category_color(category),
                );
            }
            if let Some(importance) = cell.importance {
                painter.text(
                    pos2(rect.right() - 4.0, rect.top() + 2.0),
                    Align2::RIGHT_TOP,
                    importance,
                    FontId::proportional(GRID_IMPORTANCE_FONT_SIZE),
                    v.weak_text_color(),
                );
            }
        }
    }
    match cursor {
        Cursor::No => {}
        Cursor::Selected => {
            painter.rect_stroke(
                rect.shrink(1.0),
                2.0,
                Stroke::new(1.5, v.selection.stroke.color.gamma_multiply(0.6)),
                eframe::egui::StrokeKind::Inside,
            );
        }
        Cursor::Typing(awaiting) => {
            painter.rect_stroke(
                rect.shrink(1.0),
                2.0,
                Stroke::new(2.0, v.selection.stroke.color),
                eframe::egui::StrokeKind::Inside,
            );
            // A bar under the letter (or the importance slot) the next key will fill.
            let (x, width) = match awaiting {
                Awaiting::Functional => (left, code_width),
                Awaiting::Dysfunctional => (left + code_width + slash_width, code_width),
                Awaiting::Importance(_) => (rect.right() - 10.0, 7.0),
            };
            let y = rect.bottom() - 4.0;
            painter.rect_filled(
                Rect::from_min_size(pos2(x, y), vec2(width, 2.0)),
                0.0,
                accent(v),
            );
        }
    }
}

/// The colour of the "type here" mark.
fn accent(v: &Visuals) -> Color32 {
    v.selection.stroke.color
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::kano::Answer::{Dislike, Like, LiveWith, MustBe, Neutral};
    use crate::kano::Importance;

    fn check(response: Response, want: Option<(&str, Option<Category>, Option<u8>)>) {
        let got = cell_text(Lang::En.texts(), &response, EvaluationTable::Standard);
        let want = want.map(|(pair, category, importance)| CellText {
            pair: (!pair.is_empty()).then(|| pair.to_owned()),
            category,
            importance,
        });
        assert_eq!(got, want, "{response:?}");
    }

    #[test]
    fn the_chinese_grid_writes_chinese_codes() {
        let response = Response {
            functional: Some(Like),
            dysfunctional: Some(Dislike),
            importance: None,
        };
        let got = cell_text(Lang::Zh.texts(), &response, EvaluationTable::Standard);
        assert_eq!(got.and_then(|c| c.pair).as_deref(), Some("喜/厌"));
    }

    #[test]
    fn cells_show_the_pair_its_category_and_importance() {
        let empty = Response::default();
        let seven = Importance::new(7).ok();
        check(empty, None);
        check(
            Response::pair(Like, Dislike),
            Some(("L/D", Some(Category::O), None)),
        );
        check(
            Response::pair(Like, LiveWith),
            Some(("L/T", Some(Category::A), None)),
        );
        check(
            Response::pair(MustBe, Dislike),
            Some(("E/D", Some(Category::M), None)),
        );
        check(
            Response::pair(Neutral, Neutral),
            Some(("N/N", Some(Category::I), None)),
        );
        check(
            Response::pair(Dislike, Like),
            Some(("D/L", Some(Category::R), None)),
        );
        check(
            Response::pair(Like, Like),
            Some(("L/L", Some(Category::Q), None)),
        );
        check(
            Response {
                functional: Some(Like),
                ..empty
            },
            Some(("L/·", None, None)),
        );
        check(
            Response {
                dysfunctional: Some(Dislike),
                importance: seven,
                ..empty
            },
            Some(("·/D", None, Some(7))),
        );
        check(
            Response {
                importance: seven,
                ..empty
            },
            Some(("", None, Some(7))),
        );
    }

    #[test]
    fn the_evaluation_table_decides_the_category() {
        let pair = Response::pair(MustBe, MustBe);
        let standard =
            cell_text(Lang::En.texts(), &pair, EvaluationTable::Standard).and_then(|c| c.category);
        let pouliot =
            cell_text(Lang::En.texts(), &pair, EvaluationTable::Pouliot).and_then(|c| c.category);
        assert_eq!(standard, Some(Category::I));
        assert_eq!(pouliot, Some(Category::Q));
    }

    #[test]
    fn descriptions_name_answers_category_and_importance() {
        let t = crate::i18n::Lang::En.texts();
        let response = Response {
            importance: Importance::new(7).ok(),
            ..Response::pair(Like, Dislike)
        };
        assert_eq!(
            describe(t, &response, EvaluationTable::Standard),
            "I like it / I dislike it, One-dimensional (O), Importance 7"
        );
        assert_eq!(
            describe(t, &Response::default(), EvaluationTable::Standard),
            "Not answered"
        );
        let half = Response {
            functional: Some(Like),
            ..Response::default()
        };
        assert_eq!(
            describe(t, &half, EvaluationTable::Standard),
            "I like it / Not answered, Incomplete: one question not answered"
        );
    }
}
