//! How wide a text is: the one question a layout asks about fonts. On screen egui's fonts
//! answer it; for SVG and PNG files [`FixedAdvance`] answers from per-character advances that err
//! on the wide side, so a label laid out for a file never runs into its neighbour in any viewer.
//!
//! It must never guess short: a layout that believes a text narrower than it is would overlap.

/// Measures single lines of text.
pub trait TextMeasure {
    /// The width of `text` on one line at font `size`, in picture units.
    fn width(&self, text: &str, size: f32) -> f32;

    /// The distance between the baselines of two lines at font `size`.
    fn line_height(&self, size: f32) -> f32 {
        size * 1.25
    }
}

/// Per-character advances of a typical sans-serif font (Noto Sans, Noto Sans CJK), rounded up.
#[derive(Clone, Copy, Debug, Default)]
pub struct FixedAdvance;

/// True for characters drawn about one em wide: CJK ideographs, kana, hangul, full-width forms.
pub fn is_wide(ch: char) -> bool {
    matches!(u32::from(ch),
        0x1100..=0x115F
        | 0x2E80..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD)
}

/// The advance of one character, in ems.
fn advance(ch: char) -> f32 {
    if is_wide(ch) {
        1.0
    } else if matches!(
        ch,
        ' ' | 'i' | 'l' | '.' | ',' | '|' | '\'' | ':' | ';' | '!'
    ) {
        0.3
    } else if ch.is_ascii_uppercase() || ch == 'm' || ch == 'w' || ch == '—' {
        0.68
    } else {
        0.55
    }
}

impl TextMeasure for FixedAdvance {
    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(advance).sum::<f32>() * size
    }
}

/// `text` broken into at most `max_lines` lines no wider than `max_width`: at spaces where there
/// are spaces, between any two characters of Chinese text; the last line cut with "…" when the
/// text does not fit. Always at least one line.
pub fn wrap(
    measure: &dyn TextMeasure,
    text: &str,
    size: f32,
    max_width: f32,
    max_lines: usize,
) -> Vec<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut lines: Vec<String> = Vec::new();
    let mut rest = text.as_str();
    while !rest.is_empty() && lines.len() < max_lines.max(1) {
        let last = lines.len() + 1 == max_lines.max(1);
        if measure.width(rest, size) <= max_width {
            lines.push(rest.to_owned());
            break;
        }
        if last {
            lines.push(cut(measure, rest, size, max_width));
            break;
        }
        // The longest prefix that fits, ending at a space or before a wide character.
        let end = longest_fitting_prefix(measure, rest, size, max_width, 0.0);
        let mut fits_until = 0;
        for (i, ch) in rest[..end].char_indices() {
            let next = i + ch.len_utf8();
            if ch == ' ' {
                fits_until = i;
            } else if is_wide(ch) || rest[next..].chars().next().is_some_and(is_wide) {
                fits_until = next;
            }
        }
        let split = if fits_until > 0 {
            fits_until
        } else {
            end.max(first_char_len(rest))
        };
        lines.push(rest[..split].trim_end().to_owned());
        rest = rest[split..].trim_start();
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

fn first_char_len(text: &str) -> usize {
    text.chars().next().map_or(0, char::len_utf8)
}

/// `text` cut with an ellipsis so that it is at most `max_width` wide.
pub fn cut(measure: &dyn TextMeasure, text: &str, size: f32, max_width: f32) -> String {
    if measure.width(text, size) <= max_width {
        return text.to_owned();
    }
    let ellipsis = measure.width("…", size);
    let end = longest_fitting_prefix(measure, text, size, max_width, ellipsis);
    format!("{}…", text[..end].trim_end())
}

/// The byte length of the longest prefix of `text` (whole characters) that is no wider than
/// `max_width` with `extra` added, found by halving (a prefix is never wider than a longer one),
/// so that long texts cost a few measurements rather than one per character.
fn longest_fitting_prefix(
    measure: &dyn TextMeasure,
    text: &str,
    size: f32,
    max_width: f32,
    extra: f32,
) -> usize {
    let ends: Vec<usize> = text
        .char_indices()
        .map(|(i, ch)| i + ch.len_utf8())
        .collect();
    // ends[..fits] all fit; find the first that does not.
    let (mut lo, mut hi) = (0usize, ends.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if measure.width(&text[..ends[mid]], size) + extra <= max_width {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if lo == 0 { 0 } else { ends[lo - 1] }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_take_an_em() {
        assert_eq!(FixedAdvance.width("实时到站", 10.0), 40.0);
        assert!(FixedAdvance.width("Wi-Fi", 10.0) < 40.0);
    }

    #[test]
    fn wrapping_keeps_every_line_inside_the_width() {
        let m = FixedAdvance;
        for text in [
            "Reply to complaints within 24 hours",
            "Staffed help point at every station",
            "车站内清晰的导向标识与换乘指引以及无障碍通道",
            "Supercalifragilisticexpialidocious-ticket-machine",
            "a",
        ] {
            for max_lines in 1..=3 {
                let lines = wrap(&m, text, 14.0, 120.0, max_lines);
                assert!(!lines.is_empty() && lines.len() <= max_lines, "{lines:?}");
                for line in &lines {
                    assert!(m.width(line, 14.0) <= 120.0, "{line:?} of {text:?}");
                }
            }
        }
        assert_eq!(
            wrap(&m, "Reply to complaints within 24 hours", 14.0, 200.0, 2),
            ["Reply to complaints within", "24 hours"]
        );
        assert_eq!(wrap(&m, "Short", 14.0, 200.0, 2), ["Short"]);
        assert!(wrap(&m, "A very long name that will never fit", 14.0, 80.0, 1)[0].ends_with('…'));
    }
}
