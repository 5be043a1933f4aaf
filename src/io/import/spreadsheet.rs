//! Spreadsheets (.xlsx, .xlsm, .xls, .ods) via calamine: one sheet's cells as text, with the
//! sheet's first row and column so that messages use the sheet's own row numbers and letters.
//! The sheet is the one named, else the first that looks like respondents' answers (a workbook
//! often holds its raw data among analysis sheets), else the first.

use super::error::ReadError;
use super::table::{Records, Source};
use std::io::Cursor;

/// Reads one sheet. calamine is a parser of a complex binary format written by others: should
/// it panic on a damaged workbook (fuzzing found one: an integer overflow in its xlsx row
/// numbers), the panic is caught here and reported as a damaged workbook, so that a bad file can
/// never take the window and the person's open work down with it.
pub(super) fn read_spreadsheet(
    bytes: &[u8],
    sheet: Option<&str>,
) -> Result<(Records, usize, Source), ReadError> {
    super::workbook_limits::check_workbook(bytes)?;
    std::panic::catch_unwind(|| read_sheet(bytes, sheet)).unwrap_or(Err(ReadError::DamagedWorkbook))
}

fn read_sheet(bytes: &[u8], sheet: Option<&str>) -> Result<(Records, usize, Source), ReadError> {
    use calamine::Reader;
    let spreadsheet = |e: calamine::Error| ReadError::Spreadsheet {
        message: e.to_string(),
    };
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(spreadsheet)?;
    let sheets = book.sheet_names();
    let (name, range) = match sheet {
        Some(wanted) => {
            let name = sheets
                .iter()
                .find(|s| s.as_str() == wanted)
                .or_else(|| sheets.iter().find(|s| s.eq_ignore_ascii_case(wanted)))
                .cloned()
                .ok_or_else(|| ReadError::NoSheet {
                    name: wanted.to_owned(),
                    sheets: sheets.clone(),
                })?;
            let range = book.worksheet_range(&name).map_err(spreadsheet)?;
            (name, range)
        }
        None => {
            // A workbook may hold a dozen analysis sheets around its raw data: take the first
            // sheet that looks like respondents' answers, else the first sheet.
            let first = sheets.first().cloned().ok_or(ReadError::Empty)?;
            let mut chosen = None;
            for name in &sheets {
                let range = book.worksheet_range(name).map_err(spreadsheet)?;
                if holds_answers(&range) {
                    chosen = Some((name.clone(), range));
                    break;
                }
            }
            match chosen {
                Some(found) => found,
                None => {
                    let range = book.worksheet_range(&first).map_err(spreadsheet)?;
                    (first, range)
                }
            }
        }
    };
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    let records = range
        .rows()
        .enumerate()
        .map(|(i, cells)| {
            let row = first_row as usize + i + 1;
            let mut record = csv::StringRecord::with_capacity(0, cells.len());
            for cell in cells {
                record.push_field(&cell_text(cell));
            }
            (row, record)
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

/// How many rows of a sheet are looked at to tell whether it holds answers.
const SAMPLE_ROWS: usize = 100;

/// True when a sheet looks like respondents' rows with Kano answers: two or more columns whose
/// filled cells (below the first row) are mostly known answer wordings, or a header that names
/// a question pair by FORMATS.md's convention.
fn holds_answers(range: &calamine::Range<calamine::Data>) -> bool {
    let mut rows = range.rows();
    let Some(header) = rows.next() else {
        return false;
    };
    let named = header
        .iter()
        .filter(|h| super::naming::parse_header(&h.to_string()).is_some())
        .count();
    if named >= 2 {
        return true;
    }
    let width = range.width();
    let (mut filled, mut known) = (vec![0usize; width], vec![0usize; width]);
    for row in rows.take(SAMPLE_ROWS) {
        for (c, cell) in row.iter().enumerate() {
            let text = cell.to_string();
            if super::wording::is_blank(&text) {
                continue;
            }
            filled[c] += 1;
            if matches!(
                super::wording::recognise(&text),
                Some(super::wording::Recognised::Wording(_))
            ) {
                known[c] += 1;
            }
        }
    }
    let answer_columns = filled
        .iter()
        .zip(&known)
        .filter(|&(&f, &k)| f >= 2 && k * 2 >= f)
        .count();
    answer_columns >= 2
}

/// A cell as text; whole numbers without ".0", as a spreadsheet shows them.
fn cell_text(cell: &calamine::Data) -> String {
    match cell {
        calamine::Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}
