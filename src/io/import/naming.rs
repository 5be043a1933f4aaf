//! Which feature and question a column's name stands for.
//!
//! Names follow FORMATS.md: `<id>_functional` / `<id>_dysfunctional` (also `<id> functional`,
//! `<id> (functional)`, `<id>-f` / `<id>-d`), `<id>_importance`, in any case. Two additions that
//! cannot clash with it: a Google Forms grid header `Title [<id> functional]` is read by its
//! bracket, and the Chinese role words 正向 / 反向 / 重要度 (重要性) stand for functional /
//! dysfunctional / importance. Pure string work: no table, no errors.

use super::detect::Role;

/// Reads a column name: the feature id it names and which question, and whether it used the
/// terse `-f`/`-d`/`-i` form (such a name may just be an attribute: "Grade-F").
pub(super) fn parse_header(header: &str) -> Option<(String, Role, bool)> {
    let header = header.trim();
    // Google Forms grid: "Kano questions [wifi functional]".
    if let Some(open) = header.rfind('[')
        && header.ends_with(']')
        && let Some(found) = parse_plain(&header[open + 1..header.len() - 1])
    {
        return Some(found);
    }
    parse_plain(header)
}

fn parse_plain(header: &str) -> Option<(String, Role, bool)> {
    const WORDS: [(&str, Role); 7] = [
        ("dysfunctional", Role::Dysfunctional),
        ("functional", Role::Functional),
        ("importance", Role::Importance),
        ("反向", Role::Dysfunctional),
        ("正向", Role::Functional),
        ("重要度", Role::Importance),
        ("重要性", Role::Importance),
    ];
    let header = header.trim();
    for (word, role) in WORDS {
        for (open, close) in [("(", ")"), ("（", "）")] {
            if let Some(inner) = strip_suffix_ignore_case(header, close)
                && let Some(before) = strip_suffix_ignore_case(inner.trim_end(), word)
                && let Some(id) = before.trim_end().strip_suffix(open)
            {
                return id_of(id).map(|id| (id, role, false));
            }
        }
        if let Some(before) = strip_suffix_ignore_case(header, word)
            && before.ends_with(['_', ' ', '-', '.', '\u{3000}'])
        {
            return id_of(before).map(|id| (id, role, false));
        }
    }
    for (suffix, role) in [
        ("-f", Role::Functional),
        ("-d", Role::Dysfunctional),
        ("-i", Role::Importance),
    ] {
        if let Some(before) = strip_suffix_ignore_case(header, suffix) {
            return id_of(before).map(|id| (id, role, true));
        }
    }
    None
}

fn strip_suffix_ignore_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = text.len().checked_sub(suffix.len())?;
    (text.is_char_boundary(cut) && text[cut..].to_lowercase() == suffix.to_lowercase())
        .then(|| &text[..cut])
}

fn id_of(before: &str) -> Option<String> {
    let id = before
        .trim_end_matches(['_', ' ', '-', '.', '\u{3000}'])
        .trim();
    (!id.is_empty()).then(|| id.to_owned())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn parsed(h: &str) -> Option<(String, Role, bool)> {
        parse_header(h)
    }

    #[test]
    fn every_naming_form_of_the_contract_is_read() {
        let f = |id: &str, terse| Some((id.to_owned(), Role::Functional, terse));
        let d = |id: &str, terse| Some((id.to_owned(), Role::Dysfunctional, terse));
        assert_eq!(parsed("F7_functional"), f("F7", false));
        assert_eq!(parsed("F7_Dysfunctional"), d("F7", false));
        assert_eq!(parsed("wifi functional"), f("wifi", false));
        assert_eq!(parsed("Free Wi-Fi (DYSFUNCTIONAL)"), d("Free Wi-Fi", false));
        assert_eq!(parsed("wifi-f"), f("wifi", true));
        assert_eq!(parsed("wifi-D"), d("wifi", true));
        assert_eq!(
            parsed("F7_importance"),
            Some(("F7".into(), Role::Importance, false))
        );
        assert_eq!(parsed("Kano [seats functional]"), f("seats", false));
        assert_eq!(parsed("座椅_正向"), f("座椅", false));
        assert_eq!(parsed("座椅（反向）"), d("座椅", false));
        assert_eq!(parsed("Wi-Fi"), None);
        assert_eq!(parsed("functional"), None);
        assert_eq!(parsed("_functional"), None);
        assert_eq!(parsed("nonfunctional"), None);
        assert_eq!(parsed("Gender"), None);
    }
}
