//! The workbook limits against the real spreadsheet reader, on generated workbooks (issue 12,
//! item 8): cells anywhere in Excel's grid, shared or inline strings of any length up to past
//! Excel's 32,767 characters. A workbook is refused exactly when it passes a limit, with the
//! limit's own error; anything within the limits is read by calamine without a panic.

// Tests state their expectations with unwrap: a failure should stop the test where it happened.
#![allow(clippy::unwrap_used)]

use kanoscope::io::import::workbook_limits::{MAX_CELL_CHARS, MAX_CELLS, MAX_SHEET_CHARS};
use kanoscope::io::import::{ReadError, ReadOptions, read_table};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::io::Write;

/// One cell: where, whether its text is a shared string, and how long it is.
#[derive(Clone, Debug)]
struct Cell {
    row: u32,
    column: u32,
    shared: bool,
    chars: usize,
}

fn position() -> impl Strategy<Value = (u32, u32)> {
    prop_oneof![
        4 => (1u32..=20, 0u32..10),
        1 => (1u32..=1_048_576, 0u32..16_384),
        1 => (1u32..=2_000, 0u32..2_000),
    ]
}

fn cell() -> impl Strategy<Value = Cell> {
    (
        position(),
        any::<bool>(),
        prop_oneof![3 => 1usize..20, 1 => 32_760usize..32_775],
    )
        .prop_map(|((row, column), shared, chars)| Cell {
            row,
            column,
            shared,
            chars,
        })
}

fn column_name(column: u32) -> String {
    let mut n = column + 1;
    let mut letters = Vec::new();
    while n > 0 {
        n -= 1;
        letters.push(char::from(b'A' + (n % 26) as u8));
        n /= 26;
    }
    letters.iter().rev().collect()
}

/// A minimal valid xlsx holding `cells` (the later of two cells at one place wins).
fn workbook(cells: &[Cell]) -> Vec<u8> {
    let mut by_place: BTreeMap<(u32, u32), &Cell> = BTreeMap::new();
    for c in cells {
        by_place.insert((c.row, c.column), c);
    }
    let mut shared = Vec::new();
    let mut sheet = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    let mut open_row = None;
    for (&(row, column), c) in &by_place {
        if open_row != Some(row) {
            if open_row.is_some() {
                sheet.push_str("</row>");
            }
            sheet.push_str(&format!(r#"<row r="{row}">"#));
            open_row = Some(row);
        }
        let text = "x".repeat(c.chars);
        let place = format!("{}{row}", column_name(column));
        if c.shared {
            sheet.push_str(&format!(
                r#"<c r="{place}" t="s"><v>{}</v></c>"#,
                shared.len()
            ));
            shared.push(text);
        } else {
            sheet.push_str(&format!(
                r#"<c r="{place}" t="inlineStr"><is><t>{text}</t></is></c>"#
            ));
        }
    }
    if open_row.is_some() {
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    let strings: String = shared
        .iter()
        .map(|s| format!("<si><t>{s}</t></si>"))
        .collect();
    let parts = [
        ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#.to_owned()),
        ("_rels/.rels", r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_owned()),
        ("xl/workbook.xml", r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Answers" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_owned()),
        ("xl/_rels/workbook.xml.rels", r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#.to_owned()),
        ("xl/sharedStrings.xml", format!(r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{strings}</sst>"#)),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// Which limit `cells` pass, if any.
fn over_a_limit(cells: &[Cell]) -> bool {
    let mut by_place: BTreeMap<(u32, u32), &Cell> = BTreeMap::new();
    for c in cells {
        by_place.insert((c.row, c.column), c);
    }
    let rows = || by_place.keys().map(|&(r, _)| u64::from(r));
    let columns = || by_place.keys().map(|&(_, c)| u64::from(c));
    let area = (rows().max().unwrap() - rows().min().unwrap() + 1)
        * (columns().max().unwrap() - columns().min().unwrap() + 1);
    let chars: u64 = by_place.values().map(|c| c.chars as u64).sum();
    let longest = by_place.values().map(|c| c.chars as u64).max().unwrap();
    area > MAX_CELLS || longest > MAX_CELL_CHARS || chars > MAX_SHEET_CHARS
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 48,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn a_workbook_is_refused_exactly_when_it_passes_a_limit(
        cells in prop::collection::vec(cell(), 1..6),
    ) {
        let bytes = workbook(&cells);
        let read = read_table(&bytes, &ReadOptions::default());
        let refused = matches!(
            read,
            Err(ReadError::TooManyCells { .. } | ReadError::CellTooLong { .. } | ReadError::TooMuchText { .. })
        );
        prop_assert_eq!(refused, over_a_limit(&cells), "{:?}", read.err());
        if !refused {
            // Within the limits, calamine reads it: a table, or a message about its contents.
            prop_assert!(
                !matches!(read, Err(ReadError::DamagedWorkbook | ReadError::Spreadsheet { .. })),
                "{:?}",
                read.err()
            );
        }
    }
}
