//! What can go wrong in an import, each case naming the row, the column and the text at fault.
//!
//! Rows are numbered as a spreadsheet shows them (1-based, header rows included); columns are
//! named with their header and letter: `F7_functional (column O)`. The `Display` of each error is
//! one line of plain English, the command line's contract; every value in it is a field (column
//! labels, roles and lists of names are data too), so the GUI words them in the person's language.

use super::detect::Role;
use crate::io::SystemError;
use std::fmt;

/// A column as messages name it: its header and its spreadsheet letter, shown as
/// `F7_functional (column O)`, or `column O` when it has no header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnLabel {
    /// The column's header, trimmed; empty when it has none.
    pub name: String,
    /// Its place in the spreadsheet: 0 is column A.
    pub spreadsheet_column: usize,
}

impl ColumnLabel {
    /// The column with header `name` at `spreadsheet_column` (0 is column A).
    pub fn new(name: impl Into<String>, spreadsheet_column: usize) -> Self {
        Self {
            name: name.into(),
            spreadsheet_column,
        }
    }

    /// Its spreadsheet letter: A, B, ..., Z, AA, ...
    pub fn letter(&self) -> String {
        column_letter(self.spreadsheet_column)
    }
}

impl fmt::Display for ColumnLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.name.is_empty() {
            write!(f, "column {}", self.letter())
        } else {
            write!(f, "{} (column {})", self.name, self.letter())
        }
    }
}

/// The spreadsheet letter of a column: 0 is A, 25 is Z, 26 is AA.
pub(crate) fn column_letter(spreadsheet_column: usize) -> String {
    let mut n = spreadsheet_column + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// Column names for a message: all of them when few, the first ones and how many more when many;
/// shown as `a, b, c and 3 more`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnNames {
    /// The names shown.
    pub shown: Vec<String>,
    /// How many more there are.
    pub more: usize,
}

impl ColumnNames {
    /// How many names a message shows at most.
    pub const SHOWN: usize = 12;

    /// The names of `headers`, the first [`Self::SHOWN`] of them.
    pub fn of(headers: &[String]) -> Self {
        Self {
            shown: headers.iter().take(Self::SHOWN).cloned().collect(),
            more: headers.len().saturating_sub(Self::SHOWN),
        }
    }
}

impl fmt::Display for ColumnNames {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.shown.join(", "))?;
        if self.more > 0 {
            write!(f, " and {} more", self.more)?;
        }
        Ok(())
    }
}

/// The bytes could not be read as a table.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// Nothing in the file (or only blank lines).
    #[error(
        "the file is empty; expected a header row with column names, then one row per respondent"
    )]
    Empty,
    /// Bytes that are not text in the encoding asked for (or found).
    #[error(
        "line {line} is not valid {encoding} text; if the file was saved in another encoding, say which with --encoding (utf-8, utf-16le, utf-16be, gb18030 or windows-1252)"
    )]
    Malformed {
        /// The encoding tried.
        encoding: &'static str,
        /// The first bad line (1-based).
        line: usize,
    },
    /// The CSV reader failed.
    #[error("row {row}: {message}")]
    Csv {
        /// The record (1-based).
        row: usize,
        /// What the reader said.
        message: String,
    },
    /// The spreadsheet could not be opened.
    #[error("cannot read the spreadsheet: {message}")]
    Spreadsheet {
        /// What calamine said.
        message: String,
    },
    /// The spreadsheet reader gave up on a damaged workbook (it panicked; the panic was caught).
    #[error("cannot read the spreadsheet: the workbook is damaged: its contents cannot be read")]
    DamagedWorkbook,
    /// The workbook file is larger than Kanoscope reads (checked before reading it).
    #[error(
        "the workbook is {} but Kanoscope reads workbooks of up to {}; save the answers as CSV, or split them",
        crate::io::megabytes(*size), crate::io::megabytes(*limit)
    )]
    WorkbookTooLarge {
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The workbook's parts unpack to more than the limit (a compressed "zip bomb", or a huge cell).
    #[error(
        "the workbook unpacks to more than {}; Kanoscope reads workbooks that unpack to at most that",
        crate::io::megabytes(*limit)
    )]
    WorkbookUnpacksTooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// A cell with something in it outside Excel's grid (1,048,576 rows, 16,384 columns).
    #[error(
        "sheet \"{sheet}\": a cell at row {row}, column {column} lies outside Excel's grid (last cell XFD1048576); the workbook is damaged"
    )]
    CellOutsideGrid {
        /// The sheet.
        sheet: String,
        /// The row (1-based).
        row: u64,
        /// The column (1-based).
        column: u64,
    },
    /// A sheet whose used cells span too large an area.
    #[error(
        "sheet \"{sheet}\": the cells from {from} to {to} span {cells} cells; Kanoscope reads sheets of up to {limit} cells; delete what lies far from the answers"
    )]
    TooManyCells {
        /// The sheet.
        sheet: String,
        /// The first cell of the area.
        from: String,
        /// The last cell of the area.
        to: String,
        /// How many cells the area spans (at least).
        cells: u64,
        /// The limit.
        limit: u64,
    },
    /// A cell longer than Excel allows.
    #[error(
        "sheet \"{sheet}\", cell {cell}: the cell holds more than {limit} characters, Excel's limit for a cell"
    )]
    CellTooLong {
        /// The sheet.
        sheet: String,
        /// The cell ("C3").
        cell: String,
        /// The limit.
        limit: u64,
    },
    /// A sheet whose cells hold too much text in all.
    #[error(
        "sheet \"{sheet}\": by cell {cell} the cells hold more than {limit} characters in all; Kanoscope reads sheets of up to that"
    )]
    TooMuchText {
        /// The sheet.
        sheet: String,
        /// The cell where the limit was passed.
        cell: String,
        /// The limit.
        limit: u64,
    },
    /// A binary workbook (.xls, .xlsb) whose structure is broken at a known place: its container,
    /// a stream or a record (checked before reading it).
    #[error(
        "cannot read the spreadsheet: the workbook is damaged: {part} at byte {offset} cannot be read"
    )]
    DamagedBinaryWorkbook {
        /// The structure at fault, by its name in the format ("CFB FAT", "SST", "BrtWsDim").
        part: String,
        /// Where, in bytes from the start of the file or of the stream or part named.
        offset: u64,
    },
    /// A cell or DIMENSIONS record of an .xls sheet outside the .xls grid (65,536 rows, 256 columns).
    #[error(
        "sheet \"{sheet}\": the {record} record at {cell} lies outside the .xls grid (last cell IV65536); the workbook is damaged"
    )]
    OutsideXlsGrid {
        /// The sheet.
        sheet: String,
        /// The record's name in the format ("LABELSST", "DIMENSIONS").
        record: String,
        /// The cell it names ("IW1").
        cell: String,
    },
    /// Reading the workbook would take more memory than Kanoscope allows itself (estimated before
    /// reading it, from the cells and the strings they repeat).
    #[error(
        "reading the workbook would take about {} of memory by {place}; Kanoscope reads workbooks that need at most {}; save the answers as CSV, or split them",
        crate::io::megabytes(*needed), crate::io::megabytes(*limit)
    )]
    TooMuchMemory {
        /// Where the estimate passed the limit: a cell ("'Answers'!B7") or a part ("SST").
        place: String,
        /// The estimate there, in bytes.
        needed: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// `--sheet` names no sheet of the workbook.
    #[error("there is no sheet \"{name}\"; the sheets are: {}", sheets.join(", "))]
    NoSheet {
        /// The name asked for.
        name: String,
        /// The workbook's sheets.
        sheets: Vec<String>,
    },
}

/// An import that cannot go ahead. Nothing has been written or changed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Reading the file failed.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The file could not be opened.
    #[error("cannot read the file: {error}")]
    Io {
        /// Why, as the system said it.
        error: SystemError,
    },
    /// No column pair follows the naming convention.
    #[error(
        "no Kano question pairs found among the columns ({columns}); name them <id>_functional and <id>_dysfunctional (or \"<id> functional\", \"<id> (functional)\", <id>-f and <id>-d)"
    )]
    NoFeatures {
        /// The column names (the first ones when many).
        columns: ColumnNames,
    },
    /// The header row but no respondent.
    #[error("the file has column names but no respondent rows")]
    NoRows,
    /// One side of a question pair without the other.
    #[error(
        "{column} has no {} partner: expected a column named {id}_{} (or \"{id} {}\", \"{id} ({})\")",
        missing.word(), missing.word(), missing.word(), missing.word()
    )]
    MissingPartner {
        /// The column that was found, labelled.
        column: ColumnLabel,
        /// The feature id it names.
        id: String,
        /// The question that has no column: functional or dysfunctional.
        missing: Role,
    },
    /// An importance column for a feature with no questions.
    #[error(
        "{column} gives an importance for \"{id}\", but there are no {id}_functional and {id}_dysfunctional columns"
    )]
    LoneImportance {
        /// The column, labelled.
        column: ColumnLabel,
        /// The feature id it names.
        id: String,
    },
    /// Two columns for the same question.
    #[error(
        "{column} and {other} are both the {} question of \"{id}\"; keep one",
        role.word()
    )]
    DuplicateColumn {
        /// The later column, labelled.
        column: ColumnLabel,
        /// The earlier column, labelled.
        other: ColumnLabel,
        /// Which question.
        role: Role,
        /// The feature id.
        id: String,
    },
    /// Two features with one id in the mapping.
    #[error("two features have the id \"{id}\"")]
    DuplicateFeature {
        /// The id.
        id: String,
    },
    /// A feature without an id in the mapping.
    #[error("a feature read from {column} has no id")]
    EmptyFeatureId {
        /// Its functional column, labelled.
        column: ColumnLabel,
    },
    /// A column position past the table's width (a mapping made for another table).
    #[error("the mapping uses column {index}, but the table has {width} columns")]
    NoColumn {
        /// The position asked for (0-based).
        index: usize,
        /// How many columns there are.
        width: usize,
    },
    /// `--id-column` or `--segment-column` names no column.
    #[error("{option} \"{name}\" names no column; the columns are: {columns}")]
    NoSuchColumn {
        /// The option: "--id-column" or "--segment-column".
        option: &'static str,
        /// The name given.
        name: String,
        /// The column names (the first ones when many).
        columns: ColumnNames,
    },
    /// A cell that is no known answer.
    #[error(
        "row {row}, {column}: \"{text}\" is not a Kano answer; expected a wording such as \"I like it\", \"I expect it\", \"I am neutral\", \"I can live with it\", \"I dislike it\" (or 我很喜欢, 理应如此, 无所谓, 能忍受, 我很不喜欢), or a code from 1 to 5"
    )]
    UnknownAnswer {
        /// The spreadsheet row.
        row: usize,
        /// The column, labelled.
        column: ColumnLabel,
        /// The cell's text.
        text: String,
    },
    /// Answer texts that are no known wording, all of them at once.
    #[error(
        "{} text(s) in the answer columns are not Kano answers: {}; say what each means with {ANSWER_OPTION}",
        texts.len(), describe_unknown(texts)
    )]
    UnknownAnswers {
        /// Each text with how many cells hold it and in which columns, most frequent first.
        texts: Vec<UnknownText>,
    },
    /// An importance cell that is no point of the scale the other cells are on.
    #[error(
        "row {row}, {column}: \"{text}\" is not an importance; expected a whole number from 0 to 10, alone or with a label (\"7 - Very important\"), or a point of one verbal scale (\"Very important\", \"非常重要\")"
    )]
    BadImportance {
        /// The spreadsheet row.
        row: usize,
        /// The column, labelled.
        column: ColumnLabel,
        /// The cell's text.
        text: String,
    },
    /// A respondent id cell left empty.
    #[error("row {row}, {column}: the respondent id is empty")]
    EmptyId {
        /// The spreadsheet row.
        row: usize,
        /// The id column, labelled.
        column: ColumnLabel,
    },
    /// Two rows with one respondent id.
    #[error(
        "row {row}, {column}: the respondent id \"{id}\" is already used in row {first_row}; ids must be unique"
    )]
    DuplicateId {
        /// The later row.
        row: usize,
        /// The earlier row.
        first_row: usize,
        /// The id column, labelled.
        column: ColumnLabel,
        /// The id.
        id: String,
    },
    /// Appending: ids already in the open project.
    #[error(
        "{} respondent id(s) are already in the project: {}; renumber them or leave those rows out",
        collisions.len(), describe_collisions(collisions)
    )]
    IdCollision {
        /// Each id with its spreadsheet row.
        collisions: Vec<(String, usize)>,
    },
    /// Appending: features the open project does not have.
    #[error(
        "the project has no feature{} {}; rename them in the mapping or add them to the project first",
        if ids.len() == 1 { "" } else { "s" }, ids.join(", ")
    )]
    UnknownFeatures {
        /// The ids.
        ids: Vec<String>,
    },
    /// A features table without a column for the feature (id or name) or for what it tells
    /// (touchpoint or dimension).
    #[error(
        "the features table needs an id or name column and a touchpoint or dimension column; its columns are: {columns}"
    )]
    NoFeatureDetails {
        /// The column names (the first ones when many).
        columns: ColumnNames,
    },
    /// A dimension that is none of SERVQUAL's five.
    #[error(
        "row {row}, {column}: \"{text}\" is not a SERVQUAL dimension; expected {DIMENSION_TOKENS}"
    )]
    BadDimension {
        /// The spreadsheet row.
        row: usize,
        /// The column, labelled.
        column: ColumnLabel,
        /// The cell's text.
        text: String,
    },
    /// Rows of a features table that name no imported feature.
    #[error(
        "the features table names {} feature(s) the import does not have: {}",
        rows.len(), rows.iter().map(|(k, r)| format!("\"{k}\" (row {r})")).collect::<Vec<_>>().join(", ")
    )]
    UnmatchedFeatureDetails {
        /// Each id or name with its spreadsheet row.
        rows: Vec<(String, usize)>,
    },
    /// A text the project would hold is longer than Kanoscope keeps ([`crate::io::text_limits`]).
    #[error(
        "the project would hold a text of {chars} characters at {place}; Kanoscope keeps up to {limit} characters there"
    )]
    TextTooLong {
        /// The place in the project file it would write (`features[0].id`).
        place: String,
        /// Its characters.
        chars: usize,
        /// The limit there.
        limit: usize,
    },
    /// The project refused the result (should not happen after the checks above), in its own
    /// English words.
    #[error("{0}")]
    Project(String),
}

/// The five dimension tokens, as messages list them.
pub const DIMENSION_TOKENS: &str = "tangibles, reliability, responsiveness, assurance or empathy";

/// One answer text that is no known wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownText {
    /// The text as first seen (trimmed).
    pub text: String,
    /// How many cells hold it.
    pub count: usize,
    /// The first spreadsheet row that holds it.
    pub first_row: usize,
    /// The columns that hold it, labelled.
    pub columns: Vec<ColumnLabel>,
}

impl fmt::Display for UnknownText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let letters: Vec<String> = self
            .columns
            .iter()
            .take(UNKNOWN_COLUMNS_SHOWN)
            .map(ColumnLabel::letter)
            .collect();
        write!(
            f,
            "\"{}\" (first in row {}; cells: {}; columns: {}",
            self.text,
            self.first_row,
            self.count,
            letters.join(", ")
        )?;
        if self.columns.len() > UNKNOWN_COLUMNS_SHOWN {
            write!(
                f,
                " and {} more",
                self.columns.len() - UNKNOWN_COLUMNS_SHOWN
            )?;
        }
        f.write_str(")")
    }
}

/// The command-line option that says what a text means, as messages show it.
pub const ANSWER_OPTION: &str = "--answer \"TEXT=like|must-be|neutral|live-with|dislike\"";

/// How many columns of one unknown text a message names.
pub const UNKNOWN_COLUMNS_SHOWN: usize = 6;

fn describe_unknown(texts: &[UnknownText]) -> String {
    texts
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

/// How many of the colliding ids a message names.
pub const COLLISIONS_SHOWN: usize = 5;

fn describe_collisions(collisions: &[(String, usize)]) -> String {
    let mut shown: Vec<String> = collisions
        .iter()
        .take(COLLISIONS_SHOWN)
        .map(|(id, row)| format!("\"{id}\" (row {row})"))
        .collect();
    if collisions.len() > COLLISIONS_SHOWN {
        shown.push(format!("and {} more", collisions.len() - COLLISIONS_SHOWN));
    }
    shown.join(", ")
}
