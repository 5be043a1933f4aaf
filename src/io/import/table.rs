//! Step 1 of an import: the bytes of an export become a [`Table`] of text cells under one header.
//!
//! This step knows about files, not about Kano: text files (see `text`: encodings, separators,
//! quoted newlines), spreadsheets (see `spreadsheet`: .xlsx and kin, via calamine), and the extra
//! header rows some platforms write (SurveyMonkey's "Response" row, Qualtrics' question-text and
//! ImportId rows). It keeps each row's number as a spreadsheet shows it, so later messages can
//! point at the right row. It never interprets a cell.

use super::error::{ColumnLabel, ReadError, column_letter};
use std::ops::Index;

/// Which text encoding a CSV file is in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextEncoding {
    /// A byte-order mark if there is one; otherwise UTF-8 if the bytes are valid UTF-8, UTF-16
    /// if every other byte is zero, else what a detector of legacy encodings (chardetng) finds:
    /// GB18030 for Chinese Excel and platforms, Windows-1252 for European Excel, ….
    #[default]
    Auto,
    /// UTF-8 (a BOM is skipped).
    Utf8,
    /// UTF-16, little-endian (what Excel's "Unicode text" writes).
    Utf16Le,
    /// UTF-16, big-endian.
    Utf16Be,
    /// GB18030 / GBK.
    Gb18030,
    /// Windows-1252 (Western European Excel).
    Windows1252,
}

/// How to read the bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// The text encoding of a CSV file.
    pub encoding: TextEncoding,
    /// The separator of a CSV file; `None` sniffs `,`, `;` or tab from the header line.
    pub separator: Option<u8>,
    /// The sheet of a spreadsheet; `None` takes the first.
    pub sheet: Option<String>,
}

/// Where a table came from, for a preview to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A text file.
    Text {
        /// The encoding it was read in: "UTF-8", "GB18030", "UTF-16LE", ...
        encoding: &'static str,
        /// The separator used.
        separator: u8,
    },
    /// A spreadsheet.
    Spreadsheet {
        /// The sheet read.
        sheet: String,
        /// Every sheet in the workbook, in order.
        sheets: Vec<String>,
    },
}

/// A survey export as text cells: one header, then one row per respondent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// Column names, trimmed. Every row has exactly this many cells.
    pub headers: Vec<String>,
    /// The data rows (rows with no text at all are left out), cells as written.
    pub rows: Vec<Row>,
    /// For each data row, its row number as a spreadsheet shows it (1-based, header included).
    pub row_numbers: Vec<usize>,
    /// The spreadsheet column of the first column (0 = A); sheets may start further right.
    pub first_column: usize,
    /// How many rows of the file the header took (2 for SurveyMonkey, 3 for Qualtrics).
    pub header_rows: usize,
    /// The question texts of the columns, where the export writes them in a row of their own
    /// (Qualtrics' second row); empty otherwise.
    pub question_texts: Vec<String>,
    /// The encoding and separator, or the sheet.
    pub source: Source,
}

impl Table {
    /// The spreadsheet letter of a column: A, B, ..., Z, AA, ...
    pub fn column_letter(&self, column: usize) -> String {
        column_letter(self.first_column + column)
    }

    /// A column as messages name it: `F7_functional (column O)`.
    pub fn column_label(&self, column: usize) -> String {
        self.labelled(column).to_string()
    }

    /// A column as messages name it, as data: its header and letter.
    pub fn labelled(&self, column: usize) -> ColumnLabel {
        ColumnLabel::new(
            self.headers.get(column).cloned().unwrap_or_default(),
            self.first_column + column,
        )
    }

    /// What a column asks: its question text where the export has a row of them, else its name.
    pub fn question_text(&self, column: usize) -> &str {
        match self.question_texts.get(column).map(|t| t.trim()) {
            Some(text) if !text.is_empty() => text,
            _ => self.headers.get(column).map_or("", String::as_str),
        }
    }

    /// The spreadsheet row number of a data row.
    pub fn row_number(&self, row: usize) -> usize {
        self.row_numbers
            .get(row)
            .copied()
            .unwrap_or(row + self.header_rows + 1)
    }

    /// The column a person named: its exact name, else its name ignoring case and spaces at the
    /// ends, else its spreadsheet letter ("O").
    pub fn find_column(&self, name: &str) -> Option<usize> {
        let name = name.trim();
        self.headers
            .iter()
            .position(|h| h == name)
            .or_else(|| {
                let lower = name.to_lowercase();
                self.headers.iter().position(|h| h.to_lowercase() == lower)
            })
            .or_else(|| {
                (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphabetic()))
                    .then(|| {
                        (0..self.headers.len())
                            .find(|&c| self.column_letter(c).eq_ignore_ascii_case(name))
                    })
                    .flatten()
            })
    }
}

/// One data row. Its cells share one buffer, so that 10,000 rows of 600 cells stay small;
/// `row[c]` is the text of column `c` ("" past the end).
#[derive(Clone, Debug, Default)]
pub struct Row(csv::StringRecord);

impl Row {
    /// A row of these cells.
    pub fn new<T: AsRef<str>>(cells: &[T]) -> Self {
        let mut record = csv::StringRecord::with_capacity(0, cells.len());
        for cell in cells {
            record.push_field(cell.as_ref());
        }
        Self(record)
    }

    /// How many cells it has (the header's width).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when it has no cells.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The cells, in column order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter()
    }
}

impl Index<usize> for Row {
    type Output = str;
    fn index(&self, column: usize) -> &str {
        self.0.get(column).unwrap_or("")
    }
}

impl PartialEq for Row {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Row {}

impl<T: AsRef<str>> PartialEq<Vec<T>> for Row {
    fn eq(&self, other: &Vec<T>) -> bool {
        self.iter().eq(other.iter().map(AsRef::as_ref))
    }
}

/// Reads an export: a spreadsheet if the bytes are one (zip or OLE signature), else CSV text.
pub fn read_table(bytes: &[u8], options: &ReadOptions) -> Result<Table, ReadError> {
    let is_zip = bytes.starts_with(b"PK\x03\x04");
    let is_ole = bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    let (records, first_column, source) = if is_zip || is_ole {
        super::spreadsheet::read_spreadsheet(bytes, options.sheet.as_deref())?
    } else {
        super::text::read_text(bytes, options)?
    };
    into_table(records, first_column, source)
}

/// Records as read, each with its spreadsheet row number.
pub(super) type Records = Vec<(usize, csv::StringRecord)>;

pub(super) fn is_blank_row(cells: &csv::StringRecord) -> bool {
    cells.iter().all(super::wording::is_blank)
}

/// Turns records into a table: finds the header (merging platform sub-headers), pads rows to
/// the header's width and leaves out rows with no text.
fn into_table(records: Records, first_column: usize, source: Source) -> Result<Table, ReadError> {
    let mut records = records.into_iter().skip_while(|(_, r)| is_blank_row(r));
    let Some((header_row, header)) = records.next() else {
        return Err(ReadError::Empty);
    };
    let mut rest: Records = records.collect();
    let mut headers: Vec<String> = header.iter().map(|h| h.trim().to_owned()).collect();
    let mut header_rows = header_row;
    let mut question_texts = Vec::new();
    if let Some((row, _)) = rest.get(1).filter(|(_, r)| is_qualtrics_import_row(r)) {
        // Qualtrics: short names, then question texts, then {"ImportId":...}. Keep the names,
        // and the texts for pairing questions by what they say.
        header_rows = *row;
        question_texts = rest[0].1.iter().map(|t| t.trim().to_owned()).collect();
        rest.drain(..2);
    } else if let Some((row, sub)) = rest
        .first()
        .filter(|(_, r)| is_surveymonkey_subheader(&header, r))
    {
        headers = merge_subheaders(&headers, sub);
        header_rows = *row;
        rest.remove(0);
    }
    let width = rest
        .iter()
        .map(|(_, r)| r.len())
        .fold(headers.len(), usize::max);
    headers.resize(width, String::new());
    let mut rows = Vec::with_capacity(rest.len());
    let mut row_numbers = Vec::with_capacity(rest.len());
    for (number, mut cells) in rest {
        if is_blank_row(&cells) {
            continue;
        }
        while cells.len() < width {
            cells.push_field("");
        }
        rows.push(Row(cells));
        row_numbers.push(number);
    }
    Ok(Table {
        headers,
        rows,
        row_numbers,
        first_column,
        header_rows,
        question_texts,
        source,
    })
}

fn is_qualtrics_import_row(cells: &csv::StringRecord) -> bool {
    cells
        .iter()
        .any(|c| c.trim_start().starts_with("{\"ImportId\""))
}

/// SurveyMonkey's second header row: "Response" under single questions, or the items of a
/// matrix under a question written once over its columns (the row starts blank, where data rows
/// have a respondent id, and fills columns whose first header row is empty).
fn is_surveymonkey_subheader(header: &csv::StringRecord, cells: &csv::StringRecord) -> bool {
    if cells.iter().any(is_plain_response) {
        return true;
    }
    let starts_blank = cells.get(0).is_some_and(|c| c.trim().is_empty());
    let fills_gaps = cells.iter().enumerate().any(|(i, below)| {
        !below.trim().is_empty() && header.get(i).is_none_or(|top| top.trim().is_empty())
    });
    starts_blank && fills_gaps
}

fn is_plain_response(cell: &str) -> bool {
    let c = cell.trim();
    c.eq_ignore_ascii_case("Response") || c.eq_ignore_ascii_case("Open-Ended Response")
}

/// SurveyMonkey writes a question over all its columns' first row (later ones left empty) and
/// "Response" or an option's label in the second: one header per column, "Question - Option"
/// where an option names the column.
fn merge_subheaders(headers: &[String], sub: &csv::StringRecord) -> Vec<String> {
    let width = headers.len().max(sub.len());
    let mut merged = Vec::with_capacity(width);
    let mut question = String::new();
    for i in 0..width {
        let top = headers.get(i).map_or("", |h| h.trim());
        let below = sub.get(i).map_or("", str::trim);
        if !top.is_empty() {
            question = top.to_owned();
        }
        merged.push(if below.is_empty() || is_plain_response(below) {
            if top.is_empty() {
                below.to_owned()
            } else {
                top.to_owned()
            }
        } else if question.is_empty() {
            below.to_owned()
        } else {
            format!("{question} - {below}")
        });
    }
    merged
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn read(text: &str) -> Table {
        read_table(text.as_bytes(), &ReadOptions::default()).unwrap()
    }

    #[test]
    fn letters_run_past_z() {
        let mut t = read("a\n1\n");
        assert_eq!(t.column_letter(0), "A");
        assert_eq!(t.column_letter(25), "Z");
        assert_eq!(t.column_letter(26), "AA");
        assert_eq!(t.column_letter(701), "ZZ");
        assert_eq!(t.column_letter(702), "AAA");
        t.first_column = 2;
        assert_eq!(t.column_label(0), "a (column C)");
    }

    #[test]
    fn short_rows_are_padded_and_long_rows_widen_the_header() {
        let t = read("a,b\n1\n1,2,3\n");
        assert_eq!(t.headers, vec!["a", "b", ""]);
        assert_eq!(t.rows[0], vec!["1", "", ""]);
        assert_eq!(t.column_label(2), "column C");
    }

    #[test]
    fn surveymonkey_subheaders_merge_into_one_header() {
        let t = read(
            "Respondent ID,Q1_functional,Colour,,Q1_dysfunctional\n,Response,Red,Other (please specify),Open-Ended Response\n7,I like it,,,I dislike it\n",
        );
        assert_eq!(
            t.headers,
            vec![
                "Respondent ID",
                "Q1_functional",
                "Colour - Red",
                "Colour - Other (please specify)",
                "Q1_dysfunctional"
            ]
        );
        assert_eq!(t.header_rows, 2);
        assert_eq!(t.row_numbers, vec![3]);
    }

    #[test]
    fn qualtrics_keeps_the_short_names_and_drops_two_rows() {
        let t = read(
            "ResponseId,Q1_functional\nResponse ID,If it had X...\n\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\"\nR_1,1\n",
        );
        assert_eq!(t.headers, vec!["ResponseId", "Q1_functional"]);
        assert_eq!(t.row_numbers, vec![4]);
        assert_eq!(t.rows, vec![vec!["R_1", "1"]]);
    }

    #[test]
    fn columns_are_found_by_name_case_or_letter() {
        let t = read("Gender,ID\nf,1\n");
        assert_eq!(t.find_column("ID"), Some(1));
        assert_eq!(t.find_column(" gender "), Some(0));
        assert_eq!(t.find_column("B"), Some(1));
        assert_eq!(t.find_column("Z"), None);
        assert_eq!(t.find_column("Age"), None);
    }

    #[test]
    fn empty_input_is_refused() {
        assert_eq!(
            read_table(b"", &ReadOptions::default()),
            Err(ReadError::Empty)
        );
        assert_eq!(
            read_table(b" \n\n", &ReadOptions::default()),
            Err(ReadError::Empty)
        );
    }
}
