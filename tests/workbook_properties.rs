//! The workbook limits against the real spreadsheet reader, on generated workbooks (issue 12,
//! item 8): cells anywhere in Excel's grid, shared or inline strings of any length up to past
//! Excel's 32,767 characters. A workbook is refused exactly when it passes a limit, with the
//! limit's own error; anything within the limits is read by calamine without a panic.

// Tests state their expectations with unwrap: a failure should stop the test where it happened.
#![allow(clippy::unwrap_used)]

#[path = "support/binary_books.rs"]
mod binary_books;
#[path = "support/xml_books.rs"]
mod xml_books;

use binary_books::{
    answers_xls, answers_xlsb, cell_isst, cell_real, cfb, cfb_mini, dimensions, label, labelsst,
    number, record, repeated_string_xls, repeated_string_xlsb, row_header, workbook_stream, ws_dim,
    xlsb,
};
use kanoscope::io::import::workbook_limits::{
    MAX_CELL_CHARS, MAX_CELLS, MAX_READ_MEMORY, MAX_SHEET_CHARS,
};
use kanoscope::io::import::{ReadError, ReadOptions, read_table};
use proptest::prelude::*;
use std::collections::BTreeMap;

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

/// A minimal valid xlsx holding `cells` (the later of two cells at one place wins).
fn workbook(cells: &[Cell]) -> Vec<u8> {
    let mut by_place: BTreeMap<(u32, u32), &Cell> = BTreeMap::new();
    for c in cells {
        by_place.insert((c.row, c.column), c);
    }
    let mut shared = Vec::new();
    let mut sheet = String::new();
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
        let place = format!("{}{row}", xml_books::column_name(column));
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
    let strings: String = shared
        .iter()
        .map(|s| format!("<si><t>{s}</t></si>"))
        .collect();
    xml_books::xlsx("Answers", &strings, &sheet)
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

// ---- Binary workbooks: .xls (BIFF8 in a CFB container) and .xlsb, written by hand.

fn read(bytes: &[u8]) -> Result<kanoscope::io::import::Table, ReadError> {
    read_table(bytes, &ReadOptions::default())
}

const ANSWERS: [(&str, &str); 3] = [
    ("I like it", "I dislike it"),
    ("I expect it", "I can tolerate it"),
    ("I am neutral", "I dislike it"),
];

#[test]
fn a_small_xls_and_xlsb_are_read_through_the_limits() {
    let table = read(&answers_xls(&ANSWERS)).unwrap();
    assert_eq!(
        table.headers,
        ["respondent", "wifi_functional", "wifi_dysfunctional"]
    );
    assert_eq!(table.rows.len(), 3);
    let table = read(&answers_xlsb(&ANSWERS)).unwrap();
    assert_eq!(table.headers, ["wifi_functional", "wifi_dysfunctional"]);
    assert_eq!(table.rows.len(), 3);
}

#[test]
fn a_small_stream_in_the_containers_mini_stream_is_read_and_its_chain_checked() {
    let mut body = labelsst(0, 0, 0);
    body.extend(labelsst(0, 1, 1));
    body.extend(labelsst(1, 0, 2));
    body.extend(labelsst(1, 1, 3));
    let stream = workbook_stream(
        &[
            "wifi_functional",
            "wifi_dysfunctional",
            "I like it",
            "I dislike it",
        ],
        &[("Answers", body)],
    );
    let (bytes, mini_fat) = cfb_mini(&stream);
    let table = read(&bytes).unwrap();
    assert_eq!(table.headers, ["wifi_functional", "wifi_dysfunctional"]);
    // The mini stream's chain loops back.
    let mut looping = bytes.clone();
    let last = stream.len().div_ceil(64) - 1;
    let at = (mini_fat as usize + 1) * 512 + 4 * last;
    looping[at..at + 4].copy_from_slice(&0u32.to_le_bytes());
    // ... and the stream's entry claims more than the chain holds, so that it is followed.
    let entry = (mini_fat as usize + 2) * 512 + 128 + 120;
    looping[entry..entry + 4].copy_from_slice(&4_000u32.to_le_bytes());
    assert!(
        matches!(read(&looping), Err(ReadError::DamagedBinaryWorkbook { ref part, .. }) if part == "CFB mini FAT chain"),
        "{:?}",
        read(&looping).err()
    );
}

#[test]
fn an_xls_whose_cells_repeat_one_long_shared_string_is_refused_at_a_cell() {
    // 60,000 cells × 32,767 characters: 2 billion characters from a 1 MB file.
    let bytes = repeated_string_xls(32_767, 60_000);
    assert!(bytes.len() < 1_100_000, "{}", bytes.len());
    match read(&bytes) {
        Err(ReadError::TooMuchMemory {
            place,
            needed,
            limit,
        }) => {
            assert!(place.starts_with("'Answers'!"), "{place}");
            assert!(needed > limit && limit == MAX_READ_MEMORY);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_same_cells_spread_over_many_sheets_are_counted_together() {
    // Each sheet holds 1,000 × 32,767 characters, within a sheet's limit; calamine keeps every
    // sheet of an .xls in memory at once.
    let long = "x".repeat(32_767);
    let sheets: Vec<(String, Vec<u8>)> = (0..40)
        .map(|s| {
            let body: Vec<u8> = (0..1_000u16)
                .flat_map(|i| labelsst(i / 100, i % 100, 0))
                .collect();
            (format!("S{s}"), body)
        })
        .collect();
    let named: Vec<(&str, Vec<u8>)> = sheets
        .iter()
        .map(|(n, b)| (n.as_str(), b.clone()))
        .collect();
    let bytes = cfb(&workbook_stream(&[&long], &named)).bytes;
    match read(&bytes) {
        Err(ReadError::TooMuchMemory { place, .. }) => {
            assert!(
                place.starts_with("'S") && !place.starts_with("'S0'"),
                "{place}"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_xls_shared_string_longer_than_excel_allows_is_refused_where_a_cell_names_it() {
    let long = "y".repeat(40_000);
    let mut body = labelsst(0, 0, 0);
    body.extend(labelsst(6, 1, 1));
    let bytes = cfb(&workbook_stream(
        &["a_functional", &long],
        &[("Answers", body)],
    ))
    .bytes;
    assert_eq!(
        read(&bytes).err(),
        Some(ReadError::CellTooLong {
            sheet: "Answers".into(),
            cell: "B7".into(),
            limit: MAX_CELL_CHARS,
        })
    );
}

#[test]
fn an_xls_label_claiming_more_characters_than_it_holds_is_refused() {
    // calamine makes room for the length a LABEL claims, whatever follows it.
    let mut bad = label(2, 2, "abc");
    bad[10..12].copy_from_slice(&65_000u16.to_le_bytes());
    let bytes = cfb(&workbook_stream(&[], &[("Answers", bad)])).bytes;
    assert_eq!(
        read(&bytes).err(),
        Some(ReadError::CellTooLong {
            sheet: "Answers".into(),
            cell: "C3".into(),
            limit: MAX_CELL_CHARS,
        })
    );
}

#[test]
fn an_xls_whose_dimensions_claim_the_whole_grid_is_refused_naming_the_area() {
    let mut body = dimensions(0, 65_536, 0, 256);
    body.extend(number(0, 0, 1.0));
    let bytes = cfb(&workbook_stream(&[], &[("Answers", body)])).bytes;
    assert_eq!(
        read(&bytes).err(),
        Some(ReadError::TooManyCells {
            sheet: "Answers".into(),
            from: "A1".into(),
            to: "IV65536".into(),
            cells: 65_536 * 256,
            limit: MAX_CELLS,
        })
    );
    // Beyond the .xls grid, or counting its rows backwards: damaged.
    let body = dimensions(0, 1_000_000, 0, 3);
    let bytes = cfb(&workbook_stream(&[], &[("Answers", body)])).bytes;
    assert_eq!(
        read(&bytes).err(),
        Some(ReadError::OutsideXlsGrid {
            sheet: "Answers".into(),
            record: "DIMENSIONS".into(),
            cell: "C1000000".into(),
        })
    );
    let body = dimensions(9, 3, 0, 3);
    let bytes = cfb(&workbook_stream(&[], &[("Answers", body)])).bytes;
    assert!(
        matches!(read(&bytes), Err(ReadError::DamagedBinaryWorkbook { ref part, .. }) if part == "DIMENSIONS"),
        "{:?}",
        read(&bytes).err()
    );
}

#[test]
fn an_xls_cell_beyond_column_iv_is_refused_naming_the_record_and_cell() {
    let mut body = number(0, 0, 1.0);
    body.extend(number(0, 300, 1.0));
    let bytes = cfb(&workbook_stream(&[], &[("Answers", body)])).bytes;
    assert_eq!(
        read(&bytes).err(),
        Some(ReadError::OutsideXlsGrid {
            sheet: "Answers".into(),
            record: "NUMBER".into(),
            cell: "KO1".into(),
        })
    );
}

#[test]
fn a_damaged_xls_container_is_refused_naming_the_part() {
    let whole = answers_xls(&ANSWERS);
    let damaged_part = |bytes: &[u8]| match read(bytes) {
        Err(ReadError::DamagedBinaryWorkbook { part, .. }) => part,
        other => panic!("{other:?}"),
    };
    // Cut short: the FAT's sector is gone.
    assert_eq!(damaged_part(&whole[..whole.len() / 2]), "CFB FAT");
    assert_eq!(damaged_part(&whole[..300]), "CFB header");

    // The stream's chain loops back to its start, and its length says 4 GB.
    let stream = workbook_stream(&["a"], &[("Answers", labelsst(0, 0, 0))]);
    let mut container = cfb(&stream);
    container.set_fat(container.stream_sectors - 1, 0);
    container.set_stream_len(0xFFFF_FF00);
    assert_eq!(damaged_part(&container.bytes), "CFB FAT chain");

    // The directory's chain loops on itself (calamine reads it to its end).
    let mut container = cfb(&stream);
    container.set_fat(container.directory_sector, container.directory_sector);
    assert_eq!(damaged_part(&container.bytes), "CFB directory");

    // A DIFAT chain that loops.
    let mut container = cfb(&stream);
    let sector = container.directory_sector;
    container.bytes[68..72].copy_from_slice(&sector.to_le_bytes());
    let at = (sector as usize + 1) * 512 + 508;
    container.bytes[at..at + 4].copy_from_slice(&sector.to_le_bytes());
    assert_eq!(damaged_part(&container.bytes), "CFB DIFAT");

    // A FAT sector number beyond the file.
    let mut container = cfb(&stream);
    container.bytes[76..80].copy_from_slice(&1_000_000u32.to_le_bytes());
    assert_eq!(damaged_part(&container.bytes), "CFB FAT");
}

#[test]
fn a_damaged_xls_record_is_refused_naming_it() {
    // The SST's string claims more characters than its records hold.
    let mut stream = workbook_stream(&["abcdef"], &[("Answers", labelsst(0, 0, 0))]);
    let sst = stream.windows(2).position(|w| w == [0xFC, 0x00]).unwrap();
    stream[sst + 12..sst + 14].copy_from_slice(&9_000u16.to_le_bytes());
    match read(&cfb(&stream).bytes) {
        Err(ReadError::DamagedBinaryWorkbook { part, offset }) => {
            assert_eq!((part.as_str(), offset), ("SST", sst as u64));
        }
        other => panic!("{other:?}"),
    }
    // So many CONTINUE records after one that calamine would take time by their square.
    let stream = workbook_stream(&[], &[("Answers", Vec::new())]);
    let continues: Vec<u8> = (0..20_000).flat_map(|_| record(0x003C, &[])).collect();
    let stream = [&stream[..20], &continues, &stream[20..]].concat();
    match read(&cfb(&stream).bytes) {
        Err(ReadError::DamagedBinaryWorkbook { part, offset }) => {
            assert_eq!((part.as_str(), offset), ("CONTINUE", 20 + 4 * 16_384));
        }
        other => panic!("{other:?}"),
    }
    // A sheet's record runs past the end of the stream.
    let mut body = number(0, 0, 1.0);
    body.extend(record(0x0203, &[0u8; 14])[..8].iter());
    let mut stream = workbook_stream(&[], &[("Answers", Vec::new())]);
    let eof = stream.len() - 4;
    stream.truncate(eof);
    stream.extend(body);
    assert!(matches!(
        read(&cfb(&stream).bytes),
        Err(ReadError::DamagedBinaryWorkbook { .. })
    ));
}

#[test]
fn an_xlsb_whose_cells_repeat_one_long_shared_string_is_refused_at_a_cell() {
    let bytes = repeated_string_xlsb(32_767, 60_000);
    assert!(bytes.len() < 2_000_000, "{}", bytes.len());
    match read(&bytes) {
        Err(ReadError::TooMuchMemory { place, .. }) => {
            assert!(place.starts_with("'Answers'!"), "{place}");
        }
        Err(ReadError::TooMuchText { sheet, .. }) => assert_eq!(sheet, "Answers"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_xlsb_cell_or_dimension_outside_excels_grid_is_refused() {
    let mut cells = row_header(0);
    cells.extend(cell_real(0, 1.0));
    cells.extend(cell_real(20_000, 1.0));
    assert_eq!(
        read(&xlsb(&[], ws_dim(0, 0, 0, 0), &cells)).err(),
        Some(ReadError::CellOutsideGrid {
            sheet: "Answers".into(),
            row: 1,
            column: 20_001,
        })
    );
    let cells = [row_header(0), cell_real(0, 1.0)].concat();
    assert_eq!(
        read(&xlsb(&[], ws_dim(0, 2_000_000, 0, 0), &cells)).err(),
        Some(ReadError::CellOutsideGrid {
            sheet: "Answers".into(),
            row: 2_000_001,
            column: 1,
        })
    );
    // Two far cells: the area between them is too large.
    let mut cells = row_header(0);
    cells.extend(cell_isst(0, 0));
    cells.extend(row_header(1_048_575));
    cells.extend(cell_real(16_383, 1.0));
    assert!(matches!(
        read(&xlsb(&["a"], ws_dim(0, 1_048_575, 0, 16_383), &cells)),
        Err(ReadError::TooManyCells { ref from, ref to, .. }) if from == "A1" && to == "XFD1048576"
    ));
}

#[test]
fn an_xlsb_record_longer_than_its_part_is_refused() {
    // A record claiming 200 MB, which calamine would allocate before reading.
    let mut cells = row_header(0);
    cells.extend_from_slice(&[0x05, 0x80, 0x80, 0x80, 0x60]);
    match read(&xlsb(&[], ws_dim(0, 0, 0, 0), &cells)) {
        Err(ReadError::DamagedBinaryWorkbook { part, .. }) => {
            assert_eq!(part, "record (xl/worksheets/sheet1.bin)");
        }
        other => panic!("{other:?}"),
    }
}

/// `bytes` with some bytes overwritten: (position as a fraction of the length, new value).
fn damage(bytes: &[u8], hits: &[(f64, u8)]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for &(at, value) in hits {
        let i = ((out.len() - 1) as f64 * at) as usize;
        out[i] = value;
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    // The limits' scanners run outside the guard around calamine: on any damage they answer
    // (a table or a message), never panic or hang.
    #[test]
    fn a_damaged_xls_or_xlsb_is_answered_without_a_panic(
        hits in prop::collection::vec((0.0f64..1.0, any::<u8>()), 1..8),
        cut in 0.0f64..1.0,
        xlsb_file in any::<bool>(),
    ) {
        if xlsb_file {
            // The zip would hide the damage: damage the sheet's records before packing them.
            let cells = [row_header(0), cell_isst(0, 0), cell_isst(1, 1), row_header(1), cell_isst(0, 2), cell_isst(1, 3)].concat();
            let shared = ["wifi_functional", "wifi_dysfunctional", "I like it", "I dislike it"];
            let _ = read(&xlsb(&shared, ws_dim(0, 1, 0, 1), &damage(&cells, &hits)));
            let short = &cells[..((cells.len() as f64) * cut) as usize];
            let _ = read(&xlsb(&shared, ws_dim(0, 1, 0, 1), short));
        } else {
            let whole = answers_xls(&ANSWERS);
            let _ = read(&damage(&whole, &hits));
            let _ = read(&whole[..((whole.len() as f64) * cut) as usize]);
        }
    }
}
