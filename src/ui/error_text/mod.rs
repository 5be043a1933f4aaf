//! Error details in the person's language: one function per error type of `io`, `project` and
//! `export`, worded from the [`crate::i18n::ErrorTexts`] table. The app puts what these return
//! into its notices ("Could not open the file. {error}. …").
//!
//! In English each function returns exactly the error's `Display` (the command line's words);
//! the tests check that for every case, so a change to either side cannot drift unnoticed. Values
//! named in a message (file names, ids, column names, JSON paths, a library's own words) are
//! shown as they are in every language.
//!
//! Must never: fall back to English words of our own in another language, or drop a value the
//! English names.

mod files;
mod import;
#[cfg(test)]
mod tests;

pub use files::{
    copy_failure, file_trouble, io_error, load_error, parse_error, parse_problem, project_error,
    recovery_problem, save_error, system_error,
};
pub use import::{column, import_error, read_error};

use crate::export::ExportError;
use crate::i18n::{Lang, Texts, fill};
use crate::project::{EditError, Subject};

/// Why an edit was refused ("That change was not made: {error}.").
pub fn edit_error(t: &Texts, error: &EditError) -> String {
    let e = &t.errors;
    match error {
        EditError::OutOfRange { what, index } => fill(
            e.edit_out_of_range,
            &[("what", &subject(t, *what)), ("index", index)],
        ),
        EditError::EmptyId { what } => fill(e.edit_empty_id, &[("what", &subject(t, *what))]),
        EditError::DuplicateId { what, id } => fill(
            e.edit_duplicate_id,
            &[("what", &subject(t, *what)), ("id", &debug_quoted(t, id))],
        ),
        EditError::Misaligned { expected, found } => fill(
            e.edit_misaligned,
            &[("expected", expected), ("found", found)],
        ),
        EditError::ImportanceOffScale { value, min, max } => fill(
            e.edit_importance_off_scale,
            &[("value", value), ("min", min), ("max", max)],
        ),
    }
}

/// Why an export could not be made.
pub fn export_error(t: &Texts, error: &ExportError) -> String {
    let e = &t.errors;
    match error {
        ExportError::Spreadsheet(original) => fill(e.export_spreadsheet, &[("original", original)]),
        ExportError::InvalidSvg(original) => fill(e.export_invalid_svg, &[("original", original)]),
        ExportError::PictureTooLarge { width, height } => fill(
            e.export_picture_too_large,
            &[("width", width), ("height", height)],
        ),
        ExportError::Picture(original) => fill(e.export_picture, &[("original", original)]),
    }
}

/// "feature", "功能".
fn subject(t: &Texts, what: Subject) -> &'static str {
    match what {
        Subject::Feature => t.errors.subject_feature,
        Subject::Respondent => t.errors.subject_respondent,
    }
}

/// A value the English quotes the way Rust debug-prints a string (`"wifi"`, escapes included):
/// kept so in English, where the command line prints it; quoted with the language's own marks
/// elsewhere, where a person reads it.
fn debug_quoted(t: &Texts, value: &str) -> String {
    match t.lang {
        Lang::En => format!("{value:?}"),
        Lang::Zh => quoted(t, value),
    }
}

/// A value in the language's quotation marks: "wifi", 「wifi」.
fn quoted(t: &Texts, value: &str) -> String {
    fill(t.errors.quoted, &[("text", &value)])
}

/// Names as a list: `a, b, c` in English, `「a」、「b」、「c」` in Chinese.
fn listed<S: AsRef<str>>(t: &Texts, names: &[S]) -> String {
    names
        .iter()
        .map(|name| fill(t.errors.listed, &[("name", &name.as_ref())]))
        .collect::<Vec<_>>()
        .join(t.errors.list_separator)
}
