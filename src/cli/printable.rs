//! Text for a terminal: names, titles and paths come from files anyone may have written, and a
//! raw ESC, CR or bidirectional override in them would let the file rewrite what the person sees
//! (clear the screen, set the window title, overwrite a line, reorder a table). Each such
//! character is printed as a visible escape, `\u{1b}`.
//!
//! Must never: change text that holds no such character, or let one through.
//! Used by every line the command line prints that holds text from a file.

use std::borrow::Cow;

/// Whether `c` would act on the terminal instead of showing: control characters (C0, DEL, C1,
/// tab and line breaks included: a table cell is one line) and the bidirectional embeddings,
/// overrides and isolates.
fn acts_on_terminal(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every character that would act on the terminal written as `\u{..}`.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts_on_terminal) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if acts_on_terminal(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_become_visible_escapes() {
        assert_eq!(
            printable("\u{1b}[2J\u{9b}x\ry\n\t\u{7f}\u{202E}z"),
            "\\u{1b}[2J\\u{9b}x\\u{d}y\\u{a}\\u{9}\\u{7f}\\u{202e}z"
        );
    }

    #[test]
    fn ordinary_text_in_any_script_is_untouched() {
        let text = "Wi-Fi 无线网络 «café» — ok";
        assert!(matches!(printable(text), Cow::Borrowed(t) if t == text));
    }
}
