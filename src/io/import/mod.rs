//! Bringing answers in from survey platforms: CSV and spreadsheet exports of Google Forms,
//! SurveyMonkey, Qualtrics, 问卷星 (Wenjuanxing), 腾讯问卷 and the like (FORMATS.md,
//! `kanoscope import`).
//!
//! An import runs in three steps, so that the GUI's import dialog can show and change each one:
//! 1. [`read_table`]: bytes -> [`Table`] (encoding, separator, header rows, spreadsheets);
//! 2. [`detect`]: table -> [`Mapping`] (which columns are which question, what the answer cells
//!    say and what each text maps to) — plain data a person may edit;
//! 3. [`build_project`] (a new project) or [`append_to`] (respondents for an open project, as one
//!    undoable edit).
//!
//! This module never writes a file and never half-imports: any cell it cannot read stops the
//! import with the row, column and text. It does not print; callers decide what to show.

mod build;
mod candidates;
mod detect;
mod error;
mod feature_details;
mod importance;
mod naming;
mod questions;
mod remembered;
mod spreadsheet;
mod table;
mod text;
mod wording;
pub mod workbook_limits;

pub use build::{Appended, BuildOptions, IdCollisions, append_to, build_project};
pub use candidates::{is_id_name, is_segment_name};
pub use detect::{
    ColumnWordings, FeatureColumns, Mapping, Problem, Role, Wording, answer_wordings, detect,
};
pub use error::{
    ANSWER_OPTION, COLLISIONS_SHOWN, ColumnLabel, ColumnNames, DIMENSION_TOKENS, ImportError,
    ReadError, UNKNOWN_COLUMNS_SHOWN, UnknownText,
};
pub use feature_details::{FeatureDetails, apply_feature_details, read_feature_details};
pub use importance::{ImportanceReading, VERBAL_SCALES, VerbalScale, read_scale};
pub use remembered::{REMEMBERED_SURVEYS, RememberedWordings, remember, survey_key};
pub use table::{ReadOptions, Row, Source, Table, TextEncoding, read_table};
pub use wording::{
    Codes, KNOWN_WORDINGS, KnownWording, Recognised, is_blank, normalise, parse_importance,
    recognise, wordings_of,
};

use crate::io::{FileTrouble, SystemError};
use crate::kano::{Analysis, Answer};
use crate::project::Project;
use std::io::ErrorKind;
use std::path::Path;

/// Everything the command line can say about an import.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportOptions {
    /// How to read the file.
    pub read: ReadOptions,
    /// How numeric codes 1..5 are read.
    pub codes: Codes,
    /// The respondent id column, by name or letter; `None` numbers respondents r-0001, ...
    pub id_column: Option<String>,
    /// The segment column, by name or letter.
    pub segment_column: Option<String>,
    /// The project's title; `None` takes the file's name.
    pub title: Option<String>,
    /// The analysis settings saved with the project.
    pub analysis: Analysis,
    /// What answer texts the importer does not know stand for (`--answer "TEXT=token"`).
    pub answers: Vec<(String, Answer)>,
}

/// Steps 1 and 2: reads the table and detects the mapping, with the columns and answers named
/// in `options` (what `--dry-run` shows).
pub fn prepare(bytes: &[u8], options: &ImportOptions) -> Result<(Table, Mapping), ImportError> {
    let table = read_table(bytes, &options.read)?;
    let mut mapping = detect(&table);
    mapping.codes = options.codes;
    mapping.add_answers(&options.answers);
    mapping.id_column = named_column(&table, "--id-column", options.id_column.as_deref())?;
    mapping.segment_column = named_column(
        &table,
        "--segment-column",
        options.segment_column.as_deref(),
    )?;
    Ok((table, mapping))
}

/// Reads, detects and builds in one go, with the columns named in `options`.
pub fn import_bytes(bytes: &[u8], options: &ImportOptions) -> Result<Project, ImportError> {
    let (table, mapping) = prepare(bytes, options)?;
    let build = BuildOptions {
        title: options.title.clone().unwrap_or_default(),
        analysis: options.analysis,
    };
    build_project(&table, &mapping, &build)
}

/// What detection understood, one line per feature, in the command line's words:
/// `paired 'Childcare': columns C and S, importance AI`; then the importance scale, if any.
pub fn describe_pairing(table: &Table, mapping: &Mapping) -> Vec<String> {
    let mut lines: Vec<String> = mapping
        .features
        .iter()
        .map(|f| {
            let name = if f.name.is_empty() { &f.id } else { &f.name };
            let mut line = format!(
                "paired '{name}': columns {} and {}",
                table.column_letter(f.functional),
                table.column_letter(f.dysfunctional)
            );
            if let Some(c) = f.importance {
                line.push_str(&format!(", importance {}", table.column_letter(c)));
            }
            line
        })
        .collect();
    if mapping.features.iter().any(|f| f.importance.is_some()) {
        let scale = &mapping.importance.scale;
        let mut line = format!("importance on a {} to {} scale", scale.min(), scale.max());
        if let (Some(first), Some(last)) = (scale.labels().first(), scale.labels().last()) {
            line.push_str(&format!(" ({first} … {last})"));
        }
        lines.push(line);
    }
    lines
}

/// Reads `--answer`'s `TEXT=token` ("I tolerate it=live-with"); the last `=` separates them.
pub fn parse_answer_option(text: &str) -> Option<(String, Answer)> {
    let (words, token) = text.rsplit_once('=')?;
    let answer = Answer::from_token(token.trim())?;
    let words = words.trim();
    (!words.is_empty()).then(|| (words.to_owned(), answer))
}

/// Imports bytes read from a file, or pasted: see [`import_bytes`].
pub fn prepare_file(path: &Path, options: &ImportOptions) -> Result<(Table, Mapping), ImportError> {
    prepare(&read_bytes(path)?, options)
}

/// Reads a file's bytes, refusing a folder, or a file larger than a project Kanoscope opens
/// ([`crate::io::Limits::DEFAULT_MAX_BYTES`], one limit for import and open), with a clear
/// message; the size is checked before a byte is read, and again while reading.
fn read_bytes(path: &Path) -> Result<Vec<u8>, ImportError> {
    use std::io::Read;
    let io = |e: std::io::Error| ImportError::Io {
        error: SystemError::from(e),
    };
    if path.is_dir() {
        return Err(io(FileTrouble::Folder.into_io(ErrorKind::IsADirectory)));
    }
    let limit = crate::io::Limits::DEFAULT_MAX_BYTES;
    let too_large =
        |size| io(FileTrouble::TooLargeToRead { size, limit }.into_io(ErrorKind::FileTooLarge));
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > limit {
        return Err(too_large(size));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(limit + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Step 1 for a file: reads it as a table (for the GUI's import dialog).
pub fn read_file(path: &Path, options: &ReadOptions) -> Result<Table, ImportError> {
    Ok(read_table(&read_bytes(path)?, options)?)
}

/// Imports a file; the title defaults to the file's name without its extensions.
pub fn import_file(path: &Path, options: &ImportOptions) -> Result<Project, ImportError> {
    let bytes = read_bytes(path)?;
    let mut options = options.clone();
    if options.title.is_none() {
        options.title = Some(title_from_path(path));
    }
    import_bytes(&bytes, &options)
}

/// A project title from a file's name: "survey.export.csv" -> "survey".
pub fn title_from_path(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match name.split_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_owned(),
        _ => name,
    }
}

fn named_column(
    table: &Table,
    option: &'static str,
    name: Option<&str>,
) -> Result<Option<usize>, ImportError> {
    let Some(name) = name else {
        return Ok(None);
    };
    table
        .find_column(name)
        .map(Some)
        .ok_or_else(|| ImportError::NoSuchColumn {
            option,
            name: name.to_owned(),
            columns: ColumnNames::of(&table.headers),
        })
}
