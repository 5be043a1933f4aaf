//! Step 1 of an import: the bytes of an export become a [`Table`] of text cells under one header.
//!
//! This step knows about files, not about Kano: text encodings (UTF-8 with or without BOM,
//! UTF-16 with BOM, GBK/GB18030 from Chinese platforms), separators (`,` `;` tab, sniffed from
//! the header line), quoted newlines, spreadsheets (.xlsx and kin, via calamine), and the extra
//! header rows some platforms write (SurveyMonkey's "Response" row, Qualtrics' question-text and
//! ImportId rows). It keeps each row's number as a spreadsheet shows it, so later messages can
//! point at the right row. It never interprets a cell.

use super::error::ReadError;
use std::io::Cursor;

/// Which text encoding a CSV file is in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextEncoding {
    /// A byte-order mark if there is one; otherwise UTF-8 if the bytes are valid UTF-8, else
    /// GB18030 (a superset of GBK and GB2312, what Chinese Excel and platforms write).
    #[default]
    Auto,
    /// UTF-8 (a BOM is skipped).
    Utf8,
    /// GB18030 / GBK.
    Gb18030,
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
    pub rows: Vec<Vec<String>>,
    /// For each data row, its row number as a spreadsheet shows it (1-based, header included).
    pub row_numbers: Vec<usize>,
    /// The spreadsheet column of the first column (0 = A); sheets may start further right.
    pub first_column: usize,
    /// How many rows of the file the header took (2 for SurveyMonkey, 3 for Qualtrics).
    pub header_rows: usize,
    /// The encoding and separator, or the sheet.
    pub source: Source,
}

impl Table {
    /// The spreadsheet letter of a column: A, B, ..., Z, AA, ...
    pub fn column_letter(&self, column: usize) -> String {
        let mut n = self.first_column + column + 1;
        let mut letters = Vec::new();
        while n > 0 {
            let rem = (n - 1) % 26;
            letters.push(char::from(b'A' + rem as u8));
            n = (n - 1) / 26;
        }
        letters.iter().rev().collect()
    }

    /// A column as messages name it: `F7_functional (column O)`.
    pub fn column_label(&self, column: usize) -> String {
        let letter = self.column_letter(column);
        match self.headers.get(column).map(String::as_str) {
            Some(name) if !name.is_empty() => format!("{name} (column {letter})"),
            _ => format!("column {letter}"),
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

/// Reads an export: a spreadsheet if the bytes are one (zip or OLE signature), else CSV text.
pub fn read_table(bytes: &[u8], options: &ReadOptions) -> Result<Table, ReadError> {
    let is_zip = bytes.starts_with(b"PK\x03\x04");
    let is_ole = bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    let (records, first_column, source) = if is_zip || is_ole {
        read_spreadsheet(bytes, options.sheet.as_deref())?
    } else {
        read_text(bytes, options)?
    };
    into_table(records, first_column, source)
}

/// Records as read, each with its spreadsheet row number.
type Records = Vec<(usize, Vec<String>)>;

fn read_text(bytes: &[u8], options: &ReadOptions) -> Result<(Records, usize, Source), ReadError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ReadError::Empty);
    }
    let (text, encoding) = decode(bytes, options.encoding)?;
    let separator = options.separator.unwrap_or_else(|| sniff_separator(&text));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    // A spreadsheet shows a record with quoted newlines as one row, and a blank line (which the
    // csv crate skips) as an empty row. The reader's position is the physical line where it
    // started looking for the record, before any blank lines: step over those, then subtract
    // the newlines quoted inside earlier records.
    let bytes = text.as_bytes();
    let mut quoted_newlines = 0u64;
    let mut previous = 0usize;
    for result in reader.records() {
        let record = result.map_err(|e| ReadError::Csv {
            row: previous + 1,
            message: e.to_string(),
        })?;
        let mut row = previous + 1;
        if let Some(position) = record.position() {
            let mut line = position.line();
            let start = usize::try_from(position.byte()).unwrap_or(usize::MAX);
            for &b in bytes.iter().skip(start) {
                match b {
                    b'\n' => line += 1,
                    b'\r' => {}
                    _ => break,
                }
            }
            let counted = usize::try_from(line.saturating_sub(quoted_newlines)).unwrap_or(row);
            row = row.max(counted);
        }
        quoted_newlines += record
            .iter()
            .map(|f| f.matches('\n').count() as u64)
            .sum::<u64>();
        previous = row;
        records.push((previous, record.iter().map(str::to_owned).collect()));
    }
    Ok((
        records,
        0,
        Source::Text {
            encoding,
            separator,
        },
    ))
}

/// Decodes text, honouring a byte-order mark.
fn decode(bytes: &[u8], encoding: TextEncoding) -> Result<(String, &'static str), ReadError> {
    if encoding == TextEncoding::Auto
        && let Some((found, bom)) = encoding_rs::Encoding::for_bom(bytes)
    {
        let (text, malformed) = found.decode_without_bom_handling(&bytes[bom..]);
        if malformed {
            return Err(ReadError::Malformed {
                encoding: found.name(),
                line: first_replacement_line(&text),
            });
        }
        return Ok((text.into_owned(), found.name()));
    }
    let utf8 = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match encoding {
        TextEncoding::Auto | TextEncoding::Utf8 => match std::str::from_utf8(utf8) {
            Ok(text) => Ok((text.to_owned(), "UTF-8")),
            Err(error) if encoding == TextEncoding::Utf8 => Err(ReadError::Malformed {
                encoding: "UTF-8",
                line: 1 + utf8[..error.valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count(),
            }),
            Err(_) => decode_gb18030(bytes),
        },
        TextEncoding::Gb18030 => decode_gb18030(bytes),
    }
}

fn decode_gb18030(bytes: &[u8]) -> Result<(String, &'static str), ReadError> {
    let (text, malformed) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    if malformed {
        return Err(ReadError::Malformed {
            encoding: "GB18030",
            line: first_replacement_line(&text),
        });
    }
    Ok((text.into_owned(), "GB18030"))
}

fn first_replacement_line(text: &str) -> usize {
    let end = text.find('\u{FFFD}').unwrap_or(text.len());
    1 + text[..end].matches('\n').count()
}

/// The separator that splits the header line into the most columns: `,` `;` or tab. Quoted
/// text is skipped, so a comma inside a quoted question does not count.
fn sniff_separator(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for ch in text.chars() {
        match ch {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let candidates = [b',', b';', b'\t'];
    let mut best = 0;
    for i in 1..3 {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    candidates[best]
}

fn read_spreadsheet(
    bytes: &[u8],
    sheet: Option<&str>,
) -> Result<(Records, usize, Source), ReadError> {
    use calamine::Reader;
    let spreadsheet = |e: calamine::Error| ReadError::Spreadsheet {
        message: e.to_string(),
    };
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(spreadsheet)?;
    let sheets = book.sheet_names();
    let name = match sheet {
        Some(wanted) => sheets
            .iter()
            .find(|s| s.as_str() == wanted)
            .or_else(|| sheets.iter().find(|s| s.eq_ignore_ascii_case(wanted)))
            .cloned()
            .ok_or_else(|| ReadError::NoSheet {
                name: wanted.to_owned(),
                sheets: sheets.clone(),
            })?,
        None => sheets.first().cloned().ok_or(ReadError::Empty)?,
    };
    let range = book.worksheet_range(&name).map_err(spreadsheet)?;
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    let records = range
        .rows()
        .enumerate()
        .map(|(i, cells)| {
            let row = first_row as usize + i + 1;
            (row, cells.iter().map(cell_text).collect())
        })
        .collect();
    Ok((
        records,
        first_column as usize,
        Source::Spreadsheet {
            sheet: name,
            sheets,
        },
    ))
}

/// A cell as text; whole numbers without ".0", as a spreadsheet shows them.
fn cell_text(cell: &calamine::Data) -> String {
    match cell {
        calamine::Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}

fn is_blank_row(cells: &[String]) -> bool {
    cells.iter().all(|c| super::wording::is_blank(c))
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
    if let Some((row, _)) = rest.get(1).filter(|(_, r)| is_qualtrics_import_row(r)) {
        // Qualtrics: short names, then question texts, then {"ImportId":...}. Keep the names.
        header_rows = *row;
        rest.drain(..2);
    } else if let Some((row, sub)) = rest.first().filter(|(_, r)| is_surveymonkey_subheader(r)) {
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
        cells.resize(width, String::new());
        rows.push(cells);
        row_numbers.push(number);
    }
    Ok(Table {
        headers,
        rows,
        row_numbers,
        first_column,
        header_rows,
        source,
    })
}

fn is_qualtrics_import_row(cells: &[String]) -> bool {
    cells
        .iter()
        .any(|c| c.trim_start().starts_with("{\"ImportId\""))
}

fn is_surveymonkey_subheader(cells: &[String]) -> bool {
    cells.iter().any(|c| is_plain_response(c))
}

fn is_plain_response(cell: &str) -> bool {
    let c = cell.trim();
    c.eq_ignore_ascii_case("Response") || c.eq_ignore_ascii_case("Open-Ended Response")
}

/// SurveyMonkey writes a question over all its columns' first row (later ones left empty) and
/// "Response" or an option's label in the second: one header per column, "Question - Option"
/// where an option names the column.
fn merge_subheaders(headers: &[String], sub: &[String]) -> Vec<String> {
    let width = headers.len().max(sub.len());
    let mut merged = Vec::with_capacity(width);
    let mut question = String::new();
    for i in 0..width {
        let top = headers.get(i).map_or("", |h| h.trim());
        let below = sub.get(i).map_or("", |s| s.trim());
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
    fn separators_are_sniffed_from_the_header_line_only() {
        assert_eq!(sniff_separator("a;b;c\n1,2;3"), b';');
        assert_eq!(sniff_separator("a\tb\tc"), b'\t');
        assert_eq!(sniff_separator("\"a,b,c\";d;e\n"), b';');
        assert_eq!(sniff_separator("single"), b',');
    }

    #[test]
    fn row_numbers_count_quoted_newlines_and_blank_lines_as_a_spreadsheet_does() {
        let t = read("id,text\n1,\"two\nlines\"\n\n3,x\r\n4,y\n");
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.row_numbers, vec![2, 4, 5]);
        assert_eq!(t.rows[0][1], "two\nlines");
        let t = read("\n\nid,text\n1,\"a\nb\nc\nd\"\n\n\n3,x\r\n\r\n4,y\n5,\"q\r\nr\"\n6,z");
        assert_eq!(t.header_rows, 3);
        assert_eq!(t.row_numbers, vec![4, 7, 9, 10, 11]);
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
    fn encodings_are_detected_or_forced() {
        let (gbk, _, _) = encoding_rs::GB18030.encode("编号,性别\n1,女\n");
        let t = read_table(&gbk, &ReadOptions::default()).unwrap();
        assert_eq!(t.headers, vec!["编号", "性别"]);
        assert!(matches!(
            t.source,
            Source::Text {
                encoding: "GB18030",
                ..
            }
        ));
        let forced = ReadOptions {
            encoding: TextEncoding::Utf8,
            ..ReadOptions::default()
        };
        assert_eq!(
            read_table(&gbk, &forced),
            Err(ReadError::Malformed {
                encoding: "UTF-8",
                line: 1
            })
        );
        let t = read("\u{FEFF}id\n1\n");
        assert_eq!(t.headers, vec!["id"]);
        let mut utf16 = vec![0xFF, 0xFE];
        for unit in "a\tb\n1\t2\n".encode_utf16() {
            utf16.extend(unit.to_le_bytes());
        }
        let t = read_table(&utf16, &ReadOptions::default()).unwrap();
        assert_eq!(t.headers, vec!["a", "b"]);
        assert_eq!(t.rows, vec![vec!["1", "2"]]);
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
