//! Parts that the bar chart and the continuous scatter share: a text with the box it takes, the
//! caption on top, a legend of category swatches that wraps to the width, and the key of
//! numbered points in a column. Positions only; no drawing.

use super::geometry::{Pos, Rect};
use super::measure::{TextMeasure, cut};
use super::palette::{Colors, Rgb, category_color};
use super::tokens::Tokens;
use super::{Anchor, Fill, Text, TextRole};
use crate::i18n::fill;
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

/// How wide the key's column is for the entries `keyed` (positions) of `names`: as wide as its
/// longest entry needs, within limits.
pub fn key_width(
    measure: &dyn TextMeasure,
    tk: &Tokens,
    picture_width: f32,
    names: &[&str],
    keyed: &[usize],
    title: &str,
) -> f32 {
    let widest = keyed
        .iter()
        .map(|&i| measure.width(&format!("{}  {}", i + 1, names[i]), tk.key_size))
        .chain([measure.width(title, tk.key_size)])
        .fold(0.0, f32::max);
    widest.clamp(
        120.0 * tk.scale,
        (320.0 * tk.scale).min(picture_width * 0.35),
    )
}

/// The key of numbered points: a title, then "number  name" per entry of `keyed` (sorted), from
/// `(x, top)` down to `bottom`; when they do not all fit, the last line says how many are left
/// out (`more`, with `{n}`).
#[allow(clippy::too_many_arguments)]
pub fn key(
    measure: &dyn TextMeasure,
    tk: &Tokens,
    colors: Colors,
    (x, top, width, bottom): (f32, f32, f32, f32),
    names: &[&str],
    keyed: &[usize],
    title: &str,
    more: &str,
) -> Vec<Text> {
    let mut texts = Vec::new();
    let size = tk.key_size;
    let kh = size * 1.3;
    let mut y = top + size;
    let mut heading = text(
        measure,
        TextRole::Key,
        cut(measure, title, size, width),
        Pos::new(x, y),
        Anchor::Start,
        size,
        colors.ink,
    );
    heading.bold = true;
    texts.push(heading);
    y += kh;
    let room_for = (((bottom - y) / kh).floor().max(0.0)) as usize + 1;
    let fits = if keyed.len() <= room_for {
        keyed.len()
    } else {
        room_for.saturating_sub(1)
    };
    for &i in &keyed[..fits] {
        let entry = format!("{}  {}", i + 1, names[i]);
        texts.push(text(
            measure,
            TextRole::Key,
            cut(measure, &entry, size, width),
            Pos::new(x, y),
            Anchor::Start,
            size,
            colors.ink,
        ));
        y += kh;
    }
    if fits < keyed.len() {
        let more = fill(more, &[("n", &(keyed.len() - fits))]);
        texts.push(text(
            measure,
            TextRole::Key,
            cut(measure, &more, size, width),
            Pos::new(x, y),
            Anchor::Start,
            size,
            colors.muted,
        ));
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
