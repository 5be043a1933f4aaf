//! No string literal on screen that bypasses the i18n tables: a scan of the panels' and the
//! app's sources for calls that show a literal with a letter in it.
//!
//! It sees literals passed straight to a showing call (`ui.label("Total")`, `checkbox(&mut on,
//! "Dark")`, `format!("Total: {n}")` as the argument). It cannot see a literal that reaches the
//! call through a variable or a `match`; the screen test in `main.rs` catches those.

use super::TestResult;
use std::path::{Path, PathBuf};

/// Calls that put their string argument on screen. For each, every literal argument at the top
/// level of the call (and the format string of a `format!` there) must hold no letter.
const SHOWING_CALLS: &[&str] = &[
    ".label(",
    ".button(",
    ".small_button(",
    ".heading(",
    ".small(",
    ".strong(",
    ".weak(",
    ".monospace(",
    ".code(",
    ".colored_label(",
    ".hyperlink_to(",
    ".selectable_label(",
    ".selectable_value(",
    ".radio_value(",
    ".checkbox(",
    ".toggle_value(",
    ".menu_button(",
    ".on_hover_text(",
    ".on_disabled_hover_text(",
    ".hint_text(",
    ".text(",
    ".shortcut_text(",
    "RichText::new(",
    "Button::new(",
    "Button::selectable(",
    "Label::new(",
    "Checkbox::new(",
    ".set_title(",
    ".add_filter(",
    "Window::new(",
    "ComboBox::from_label(",
];

/// Literals that may appear on screen as they are: the product's name, in both languages the
/// same. Keep this short; everything else belongs in src/i18n/.
const ALLOWED_LITERALS: &[&str] = &["Kanoscope"];

/// Known places that still bypass i18n, as (file, literal): the placeholder panels, each being
/// rewritten on its own branch. Delete an entry once its file is fixed; the test fails on an
/// entry that no longer matches anything, so this list can only shrink.
const KNOWN_BYPASSES: &[(&str, &str)] = &[];

#[test]
fn no_panel_shows_a_literal_that_bypasses_i18n() -> TestResult {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src/ui", "src/app"] {
        rust_files(&root.join(dir), &mut files)?;
    }
    assert!(files.len() > 5, "found only {files:?}");
    let mut violations = Vec::new();
    let mut known_seen = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path)?;
        let relative = path
            .strip_prefix(root)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        for (line, literal) in visible_literals(&text) {
            let known = (relative.as_str(), literal.as_str());
            if KNOWN_BYPASSES.contains(&known) {
                known_seen.push((relative.clone(), literal));
            } else if !ALLOWED_LITERALS.contains(&literal.as_str()) {
                violations.push(format!("{relative}:{line}: {literal:?}"));
            }
        }
    }
    assert!(
        violations.is_empty(),
        "strings shown without going through src/i18n/ (add them to a texts! group):\n{}",
        violations.join("\n")
    );
    for (file, literal) in KNOWN_BYPASSES {
        assert!(
            known_seen.iter().any(|(f, l)| f == file && l == literal),
            "{file}: {literal:?} is fixed: delete it from KNOWN_BYPASSES"
        );
    }
    Ok(())
}

#[test]
fn the_literal_scanner_finds_what_a_person_would_see() {
    let source = r##"
        ui.label("Total");                     // 2
        ui.label(t.app.saved);
        ui.selectable_label(open, "Plots");    // 4
        ui.checkbox(&mut on, t.menu.dark_theme);
        ui.label(format!("{n}/{total}"));
        ui.label(format!("Total: {n}"));       // 7
        ui.label(fill(t.x, &[("name", &v)]));
        ui.small_button("✕");
        egui::Panel::top("menu_bar").show(ui, |ui| {});
        // ui.label("in a comment");
        ui.label(r#"raw "quoted""#);           // 12
        let c = '"'; ui.label(if c == '"' { "yes" } else { t.no }); // 13: not at top level
        ui.add(egui::Button::new(
            "Spread over lines",               // 15
        ));
        #[cfg(test)]
        mod tests { fn f() { ui.label("test only"); } }
    "##;
    let found: Vec<(usize, String)> = visible_literals(source);
    let expected: Vec<(usize, String)> = [
        (2, "Total"),
        (4, "Plots"),
        (7, "Total: {n}"),
        (12, r#"raw "quoted""#),
        (15, "Spread over lines"),
    ]
    .into_iter()
    .map(|(l, s)| (l, s.to_owned()))
    .collect();
    assert_eq!(found, expected);
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<Vec<PathBuf>>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

/// The string literals with a letter in them that `SHOWING_CALLS` put on screen, with their
/// line numbers. Code after `#[cfg(test)]` is test code and not looked at.
fn visible_literals(source: &str) -> Vec<(usize, String)> {
    let source = source.split("#[cfg(test)]").next().unwrap_or_default();
    let masked = Masked::new(source);
    let mut found = Vec::new();
    for call in SHOWING_CALLS {
        let call: Vec<char> = call.chars().collect();
        for start in 0..masked.code.len() {
            if masked.code[start..].starts_with(&call) {
                found.extend(masked.literals_shown_by_call(start + call.len()));
            }
        }
    }
    found.sort();
    found
}

/// Stands for a string literal in [`Masked::code`].
const LITERAL: char = '\u{1}';

/// Source text with comments removed and each string literal replaced by [`LITERAL`], so that
/// calls and brackets can be matched without strings or comments getting in the way.
struct Masked {
    code: Vec<char>,
    /// Each literal's text and line, by its position in `code`.
    literals: std::collections::HashMap<usize, (String, usize)>,
}

impl Masked {
    fn new(source: &str) -> Self {
        let chars: Vec<char> = source.chars().collect();
        let mut code = Vec::new();
        let mut literals = std::collections::HashMap::new();
        let mut line = 1;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let next = chars.get(i + 1).copied();
            let previous = i.checked_sub(1).map(|p| chars[p]);
            if c == '/' && next == Some('/') {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            if c == '\'' {
                // A char literal ('x', '\n', '"') becomes a blank one; a lifetime stays.
                let end = if next == Some('\\') {
                    chars[i + 2..]
                        .iter()
                        .position(|&c| c == '\'')
                        .map(|p| i + 2 + p)
                } else {
                    (chars.get(i + 2) == Some(&'\'')).then_some(i + 2)
                };
                if let Some(end) = end {
                    code.extend("' '".chars());
                    i = end + 1;
                    continue;
                }
            }
            let starts_identifier = previous.is_none_or(|p| !p.is_alphanumeric() && p != '_');
            let raw_hashes = (c == 'r' && starts_identifier)
                .then(|| chars[i + 1..].iter().take_while(|&&c| c == '#').count())
                .filter(|&n| chars.get(i + 1 + n) == Some(&'"'));
            if c != '"' && raw_hashes.is_none() {
                line += usize::from(c == '\n');
                code.push(c);
                i += 1;
                continue;
            }
            let start_line = line;
            let mut text = String::new();
            if let Some(hashes) = raw_hashes {
                let closing: Vec<char> = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                i += hashes + 2;
                while i < chars.len() && !chars[i..].starts_with(&closing) {
                    line += usize::from(chars[i] == '\n');
                    text.push(chars[i]);
                    i += 1;
                }
                i += closing.len();
            } else {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                        match chars.get(i) {
                            // Escapes stand for no letter: \n, \t, \u{..}; a line continuation
                            // skips the next line's indentation.
                            Some('\n') => {
                                line += 1;
                                while chars.get(i + 1).is_some_and(|c| c.is_whitespace()) {
                                    line += usize::from(chars[i + 1] == '\n');
                                    i += 1;
                                }
                            }
                            Some('u') => {
                                while chars.get(i).is_some_and(|&c| c != '}') {
                                    i += 1;
                                }
                                text.push('\u{FFFD}');
                            }
                            Some(&c @ ('"' | '\'' | '\\')) => text.push(c),
                            Some(_) => text.push(' '),
                            None => {}
                        }
                        i += 1;
                        continue;
                    }
                    line += usize::from(chars[i] == '\n');
                    text.push(chars[i]);
                    i += 1;
                }
                i += 1;
            }
            literals.insert(code.len(), (text, start_line));
            code.push(LITERAL);
        }
        Self { code, literals }
    }

    /// The literals with a letter that the call whose arguments open at `start` shows: those
    /// that are a whole argument, and the format string of a `format!` that is one.
    fn literals_shown_by_call(&self, start: usize) -> Vec<(usize, String)> {
        let mut found = Vec::new();
        let mut depth = 1usize;
        // The current argument's code so far, to see if it is just a literal, or `format!(`.
        let mut argument = String::new();
        let mut in_format = false;
        for (position, &c) in self.code.iter().enumerate().skip(start) {
            match c {
                LITERAL => {
                    let (text, line) = &self.literals[&position];
                    let shown = if depth == 1 && argument.trim().is_empty() {
                        Some(text.clone())
                    } else if depth == 2 && in_format {
                        Some(without_placeholders(text))
                    } else {
                        None
                    };
                    if shown.is_some_and(|s| s.chars().any(char::is_alphabetic)) {
                        found.push((*line, text.clone()));
                    }
                    in_format = false;
                }
                '(' | '[' | '{' => {
                    if depth == 1 && c == '(' {
                        in_format = argument.trim().trim_start_matches('&').trim() == "format!";
                    }
                    depth += 1;
                }
                ')' | ']' | '}' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                ',' if depth == 1 => {
                    argument.clear();
                    continue;
                }
                _ => {}
            }
            if depth == 1 {
                argument.push(c);
            }
        }
        found
    }
}

fn without_placeholders(format: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in format.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}
