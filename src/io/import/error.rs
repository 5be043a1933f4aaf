//! What can go wrong in an import, each case naming the row, the column and the text at fault.
//!
//! Rows are numbered as a spreadsheet shows them (1-based, header rows included); columns are
//! named with their header and letter: `F7_functional (column O)`. The messages are one line of
//! plain English for the command line; the GUI may show them as they are or use the fields.

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
        "line {line} is not valid {encoding} text; if the file was saved in another encoding, say which with --encoding utf-8 or --encoding gb18030"
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
    #[error("cannot read the file: {message}")]
    Io {
        /// Why.
        message: String,
    },
    /// No column pair follows the naming convention.
    #[error(
        "no Kano question pairs found among the columns ({columns}); name them <id>_functional and <id>_dysfunctional (or \"<id> functional\", \"<id> (functional)\", <id>-f and <id>-d)"
    )]
    NoFeatures {
        /// The column names, comma-separated (shortened when long).
        columns: String,
    },
    /// The header row but no respondent.
    #[error("the file has column names but no respondent rows")]
    NoRows,
    /// One side of a question pair without the other.
    #[error(
        "{column} has no {missing} partner: expected a column named {id}_{missing} (or \"{id} {missing}\", \"{id} ({missing})\")"
    )]
    MissingPartner {
        /// The column that was found, labelled.
        column: String,
        /// The feature id it names.
        id: String,
        /// "functional" or "dysfunctional".
        missing: &'static str,
    },
    /// An importance column for a feature with no questions.
    #[error(
        "{column} gives an importance for \"{id}\", but there are no {id}_functional and {id}_dysfunctional columns"
    )]
    LoneImportance {
        /// The column, labelled.
        column: String,
        /// The feature id it names.
        id: String,
    },
    /// Two columns for the same question.
    #[error("{column} and {other} are both the {role} question of \"{id}\"; keep one")]
    DuplicateColumn {
        /// The later column, labelled.
        column: String,
        /// The earlier column, labelled.
        other: String,
        /// "functional", "dysfunctional" or "importance".
        role: &'static str,
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
        column: String,
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
        /// The column names, comma-separated (shortened when long).
        columns: String,
    },
    /// A cell that is no known answer.
    #[error(
        "row {row}, {column}: \"{text}\" is not a Kano answer; expected a wording such as \"I like it\", \"I expect it\", \"I am neutral\", \"I can live with it\", \"I dislike it\" (or 我很喜欢, 理应如此, 无所谓, 能忍受, 我很不喜欢), or a code from 1 to 5"
    )]
    UnknownAnswer {
        /// The spreadsheet row.
        row: usize,
        /// The column, labelled.
        column: String,
        /// The cell's text.
        text: String,
    },
    /// An importance cell without a whole number 1..=9 in front.
    #[error(
        "row {row}, {column}: \"{text}\" is not an importance; expected a whole number from 1 to 9, alone or with a label (\"7 - Very important\")"
    )]
    BadImportance {
        /// The spreadsheet row.
        row: usize,
        /// The column, labelled.
        column: String,
        /// The cell's text.
        text: String,
    },
    /// A respondent id cell left empty.
    #[error("row {row}, {column}: the respondent id is empty")]
    EmptyId {
        /// The spreadsheet row.
        row: usize,
        /// The id column, labelled.
        column: String,
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
        column: String,
        /// The id.
        id: String,
    },
    /// Appending: ids already in the open project.
    #[error("{} respondent id(s) are already in the project: {}; renumber them or leave those rows out", collisions.len(), describe_collisions(collisions))]
    IdCollision {
        /// Each id with its spreadsheet row.
        collisions: Vec<(String, usize)>,
    },
    /// Appending: features the open project does not have.
    #[error("the project has no feature{} {}; rename them in the mapping or add them to the project first", if ids.len() == 1 { "" } else { "s" }, ids.join(", "))]
    UnknownFeatures {
        /// The ids.
        ids: Vec<String>,
    },
    /// The project refused the result (should not happen after the checks above).
    #[error("{0}")]
    Project(String),
}

fn describe_collisions(collisions: &[(String, usize)]) -> String {
    let mut shown: Vec<String> = collisions
        .iter()
        .take(5)
        .map(|(id, row)| format!("\"{id}\" (row {row})"))
        .collect();
    if collisions.len() > 5 {
        shown.push(format!("and {} more", collisions.len() - 5));
    }
    shown.join(", ")
}

/// Column names for a message: all of them when few, the first ones when many.
pub(crate) fn list_columns(headers: &[String]) -> String {
    const SHOWN: usize = 12;
    let names: Vec<&str> = headers.iter().take(SHOWN).map(String::as_str).collect();
    let more = headers.len().saturating_sub(SHOWN);
    let mut text = names.join(", ");
    if more > 0 {
        text.push_str(&format!(" and {more} more"));
    }
    text
}
