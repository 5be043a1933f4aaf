//! Parts that the pictures share: a text with the box it takes, the
//! caption on top, a legend of category swatches that wraps to the width, and the key of
//! numbered points in a column. Positions only; no drawing.

use super::geometry::{Pos, Rect};
use super::measure::{TextMeasure, cut};
use super::naming;
use super::palette::{Colors, Rgb, category_color};
use super::tokens::Tokens;
use super::{Anchor, Figure, Fill, Text, TextRole};
use crate::kano::Category;

/// A text whose baseline is at `at`, anchored horizontally by `anchor`, with the box it takes.
pub fn text(
    measure: &dyn TextMeasure,
    role: TextRole,
    text: String,
    at: Pos,
    anchor: Anchor,
    size: f32,
    color: Rgb,
) -> Text {
    let width = measure.width(&text, size);
    let left = match anchor {
        Anchor::Start => at.x,
        Anchor::Middle => at.x - width / 2.0,
        Anchor::End => at.x - width,
    };
    Text {
        role,
        rect: Rect::new(left, at.y - size * 0.95, left + width, at.y + size * 0.3),
        text,
        at,
        anchor,
        size,
        color,
        bold: false,
        vertical: false,
        feature: None,
    }
}

/// The caption at the top left, cut to the width; returns it and the y where the rest begins.
pub fn caption(
    measure: &dyn TextMeasure,
    words: &str,
    tk: &Tokens,
    width: f32,
    ink: Rgb,
) -> (Text, f32) {
    let (m, size) = (tk.margin, tk.caption_size);
    let mut t = text(
        measure,
        TextRole::Caption,
        cut(measure, words, size, width - 2.0 * m),
        Pos::new(m, m + size * 0.95),
        Anchor::Start,
        size,
        ink,
    );
    t.bold = true;
    (t, m + size * 1.3 + m)
}

/// A legend laid out in rows from `left` to `right`, its first row's top at `top`.
pub struct Legend {
    /// The swatches.
    pub fills: Vec<Fill>,
    /// The names (and the note, if any).
    pub texts: Vec<Text>,
    /// Its height.
    pub height: f32,
}

/// Swatches of `shown` with "letter name" from `names` (indexed by `Category::index`), then
/// each of `notes` (muted), flowing left to right and wrapping before `right`.
pub fn legend(
    measure: &dyn TextMeasure,
    tk: &Tokens,
    colors: Colors,
    (left, right, top): (f32, f32, f32),
    shown: &[Category],
    names: &[String; 6],
    notes: &[&str],
) -> Legend {
    let size = tk.caption_size;
    let swatch = size * 0.8;
    let line_h = size * 1.45;
    let gap = size * 1.2;
    let (mut x, mut row) = (left, 0usize);
    let mut fills = Vec::new();
    let mut texts = Vec::new();
    let mut place = |width: f32| {
        if x > left && x + width > right {
            x = left;
            row += 1;
        }
        let at = (x, top + row as f32 * line_h + size);
        x += width + gap;
        at
    };
    for c in shown {
        let name = format!("{} {}", c.letter(), names[c.index()]);
        let name = cut(measure, &name, size, right - left - swatch - size * 0.35);
        let width = swatch + size * 0.35 + measure.width(&name, size);
        let (x, baseline) = place(width);
        fills.push(Fill {
            rect: Rect::from_min_size(Pos::new(x, baseline - swatch), swatch, swatch),
            color: category_color(*c),
            opacity: 1.0,
        });
        texts.push(text(
            measure,
            TextRole::Legend,
            name,
            Pos::new(x + swatch + size * 0.35, baseline),
            Anchor::Start,
            size,
            colors.ink,
        ));
    }
    for note in notes {
        let note = cut(measure, note, size, right - left);
        let (x, baseline) = place(measure.width(&note, size));
        texts.push(text(
            measure,
            TextRole::Note,
            note,
            Pos::new(x, baseline),
            Anchor::Start,
            size,
            colors.muted,
        ));
    }
    let rows = if fills.is_empty() && texts.is_empty() {
        0
    } else {
        row + 1
    };
    Legend {
        fills,
        texts,
        height: rows as f32 * line_h,
    }
}

/// A key entry: the number, two spaces, the name.
pub fn key_entry(number: usize, name: &str) -> String {
    format!("{number}  {name}")
}

/// The widest the key may grow, as a share of the picture's width.
const KEY_SHARE: f32 = 0.4;

/// How the key of numbered points is set: its text size, its columns and their width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KeyPlan {
    /// Font size.
    pub size: f32,
    /// Columns, filled top to bottom, left to right.
    pub columns: usize,
    /// Entries per column.
    pub rows: usize,
    /// Width of one column (entries are cut to it).
    pub column_width: f32,
    /// Space between columns.
    pub gap: f32,
    /// The whole key's width.
    pub width: f32,
}

/// The key for `entries` in a column `height` tall: every entry listed, at the key's size if
/// it fits in one column no wider than its usual width, else smaller down to the minimum and in
/// as many columns as it takes within `max_width` (by default a share of the picture's width);
/// names are cut to the column, numbers never.
pub fn fit_key(
    measure: &dyn TextMeasure,
    tk: &Tokens,
    entries: &[String],
    title: &str,
    height: f32,
    picture_width: f32,
    max_width: Option<f32>,
) -> KeyPlan {
    let max_width = max_width.unwrap_or(picture_width * KEY_SHARE);
    let usual = (320.0 * tk.scale).min(picture_width * 0.35).min(max_width);
    let n = entries.len().max(1);
    let mut size = tk.key_size;
    loop {
        let line = size * 1.3;
        // The title, then rows down to the bottom.
        let rows = ((((height - size * 1.3) - line) / line).floor().max(0.0) as usize + 1).max(1);
        let columns = n.div_ceil(rows);
        let gap = size;
        let natural = entries
            .iter()
            .map(|e| measure.width(e, size))
            .fold(0.0, f32::max)
            .min(usual)
            .max((120.0 * tk.scale).min(usual));
        let title_width = measure.width(title, size).min(max_width);
        let need = columns as f32 * natural + (columns - 1) as f32 * gap;
        let smallest = size <= tk.min_text_size + 0.01;
        if need <= max_width || smallest {
            let column_width = if need <= max_width {
                natural
            } else {
                ((max_width - (columns - 1) as f32 * gap) / columns as f32).max(0.0)
            };
            let width = (columns as f32 * column_width + (columns - 1) as f32 * gap)
                .max(title_width)
                .min(max_width);
            return KeyPlan {
                size,
                columns,
                rows,
                column_width,
                gap,
                width,
            };
        }
        size = (size * 0.9).max(tk.min_text_size);
    }
}

/// The key's texts: its title at `(x, top)`, then `entries` set by `plan`, column after column,
/// each entry marked with the feature it stands for (`features`, in the same order).
pub fn key(
    measure: &dyn TextMeasure,
    colors: Colors,
    (x0, top): (f32, f32),
    plan: KeyPlan,
    (entries, features): (&[String], &[usize]),
    title: &str,
) -> Vec<Text> {
    let mut texts = Vec::new();
    let kh = plan.size * 1.3;
    let mut heading = text(
        measure,
        TextRole::Key,
        cut(measure, title, plan.size, plan.width),
        Pos::new(x0, top + plan.size),
        Anchor::Start,
        plan.size,
        colors.ink,
    );
    heading.bold = true;
    texts.push(heading);
    for (n, (entry, &feature)) in entries.iter().zip(features).enumerate() {
        let (column, row) = (n / plan.rows, n % plan.rows);
        let x = x0 + column as f32 * (plan.column_width + plan.gap);
        let y = top + plan.size + kh * (row + 1) as f32;
        // The number stays whole; only the name is cut to the column.
        let number = entry.split("  ").next().unwrap_or_default();
        let room = plan
            .column_width
            .max(measure.width(&format!("{number}  …"), plan.size));
        let mut entry = text(
            measure,
            TextRole::Key,
            cut(measure, entry, plan.size, room),
            Pos::new(x, y),
            Anchor::Start,
            plan.size,
            colors.ink,
        );
        entry.feature = Some(feature);
        texts.push(entry);
    }
    texts
}

/// `color` mixed with `background`, `share` of the way to the background: a faint line that
/// every painter draws alike, with no transparency.
pub fn faded(color: Rgb, background: Rgb, share: f32) -> Rgb {
    let mix = |a: u8, b: u8| {
        (f32::from(a) + (f32::from(b) - f32::from(a)) * share.clamp(0.0, 1.0)).round() as u8
    };
    Rgb(
        mix(color.0, background.0),
        mix(color.1, background.1),
        mix(color.2, background.2),
    )
}

/// Lays a picture with numbered points out with a key only as large as it needs: a crowded
/// picture (by [`naming::crowded`] over half of `area`) numbers every point at once; otherwise
/// `lay_out` runs without a key, then with a key planned by `plan` for the points it numbered,
/// and once more when the narrower plot numbered more than planned for. `lay_out` returns the
/// picture and the points it numbered.
pub fn with_key_as_needed(
    names: &[&str],
    tk: &Tokens,
    area: f32,
    measure: &dyn TextMeasure,
    plan: impl Fn(&[usize]) -> KeyPlan,
    lay_out: impl Fn(Option<KeyPlan>) -> (Figure, Vec<usize>),
) -> Figure {
    if naming::crowded(names, tk, area * 0.5, measure) {
        let everyone: Vec<usize> = (0..names.len()).collect();
        return lay_out(Some(plan(&everyone))).0;
    }
    let (first, keyed) = lay_out(None);
    if keyed.is_empty() {
        return first;
    }
    let (second, again) = lay_out(Some(plan(&keyed)));
    if again.len() <= keyed.len() {
        return second;
    }
    // The narrower plot numbered more points than the key was planned for: plan for them.
    lay_out(Some(plan(&again))).0
}
