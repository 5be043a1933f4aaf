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
mod naming;
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
pub use error::{COLLISIONS_SHOWN, ColumnLabel, ColumnNames, ImportError, ReadError};
pub use table::{ReadOptions, Row, Source, Table, TextEncoding, read_table};
pub use wording::{
    Codes, Recognised, is_blank, normalise, parse_importance, recognise, wordings_of,
};

use crate::io::{FileTrouble, SystemError};
use crate::kano::Analysis;
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
}

/// Reads, detects and builds in one go, with the columns named in `options`.
pub fn import_bytes(bytes: &[u8], options: &ImportOptions) -> Result<Project, ImportError> {
    let table = read_table(bytes, &options.read)?;
    let mut mapping = detect(&table);
    mapping.codes = options.codes;
    mapping.id_column = named_column(&table, "--id-column", options.id_column.as_deref())?;
    mapping.segment_column = named_column(
        &table,
        "--segment-column",
        options.segment_column.as_deref(),
    )?;
    let build = BuildOptions {
        title: options.title.clone().unwrap_or_default(),
        analysis: options.analysis,
    };
    build_project(&table, &mapping, &build)
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
