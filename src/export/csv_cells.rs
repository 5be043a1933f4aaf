//! CSV written by any command (FORMATS.md, "CSV written by any command"): one place that turns
//! cells into a CSV record. A text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
//! return is written with a leading `'`, so that a spreadsheet never runs it as a formula
//! (OWASP's advice against formula injection); numbers are written as numbers. Quoting follows
//! RFC 4180.
//!
//! Must never: write a text cell unneutralised, or touch a number (a negative figure stays
//! `-0.37`). Every field is text unless a writer says it is a number.

/// One cell of a CSV record.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Field {
    /// Text, which may have come from anyone (a feature name, a segment, an id).
    Text(String),
    /// A figure Kanoscope computed, written as it is.
    Number(String),
}

impl From<String> for Field {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&str> for Field {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

/// `text` as a spreadsheet may safely read it: a leading `'` when it would start a formula.
pub(crate) fn neutralised(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// One CSV record, ending in a newline: text neutralised, then quoted when it must be.
pub(crate) fn record<F: Into<Field>>(fields: impl IntoIterator<Item = F>) -> String {
    let quoted: Vec<String> = fields
        .into_iter()
        .map(|f| {
            let f = match f.into() {
                Field::Text(text) => neutralised(&text).into_owned(),
                Field::Number(number) => number,
            };
            if f.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f
            }
        })
        .collect();
    let mut line = quoted.join(",");
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(
            record(["a", "b,c", "say \"hi\""]),
            "a,\"b,c\",\"say \"\"hi\"\"\"\n"
        );
    }

    #[test]
    fn text_that_would_start_a_formula_gets_a_quote_mark() {
        assert_eq!(
            record([
                "=HYPERLINK(\"http://x\")",
                "+1",
                "-2",
                "@SUM(A1)",
                "\tx",
                "\rx",
                "a=b",
            ]),
            "\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),'\tx,\"'\rx\",a=b\n"
        );
    }

    #[test]
    fn numbers_stay_numbers() {
        assert_eq!(
            record([
                Field::Number("-0.3717".into()),
                Field::Text("-0.3717".into())
            ]),
            "-0.3717,'-0.3717\n"
        );
    }
}
