//! Hostile workbooks, built from the fuzzer's input so that they are valid zips the importer
//! really reads (random bytes almost never are): an .xlsx whose cells sit anywhere in Excel's
//! grid and beyond, with shared or inline strings of any length, an .ods whose rows and cells
//! repeat any number of times, or an old .xls or .xlsb (written by the tests' builder,
//! tests/support/binary_books.rs) whose cells repeat long shared strings anywhere and whose
//! dimension records claim any area. The importer must answer (a table or a message naming the sheet
//! and cell) in bounded memory: run with `-rss_limit_mb=1024`, so that a workbook the limits
//! (src/io/import/workbook_limits.rs) let through to calamine and that blows up memory is a crash.
#![no_main]

#[path = "../../tests/support/binary_books.rs"]
mod binary_books;
mod check;
mod import_options;
#[path = "../../tests/support/xml_books.rs"]
mod xml_books;

use arbitrary::Arbitrary;
use kanoscope::io::import::import_bytes;

#[derive(Arbitrary, Debug)]
struct Cell {
    row: u32,
    column: u16,
    /// Shared string, inline string, number; for .ods: the cell's repeat count too.
    kind: u8,
    chars: u16,
    repeat: u32,
}

#[derive(Arbitrary, Debug)]
struct Book {
    /// .xlsx, .ods, .xls or .xlsb (modulo 4).
    format: u8,
    flags: u8,
    /// Row repeats for .ods.
    row_repeat: u32,
    cells: Vec<Cell>,
}

fn text(cell: &Cell) -> String {
    // Up to a little past Excel's 32,767, in a two-byte script now and then.
    let c = if cell.kind & 8 == 0 { "x" } else { "答" };
    c.repeat(usize::from(cell.chars) % 33_000)
}

fn xlsx(book: &Book) -> Vec<u8> {
    let mut shared = String::new();
    let mut count = 0;
    let mut sheet = String::from(
        r#"<row r="1"><c r="A1" t="inlineStr"><is><t>a_functional</t></is></c><c r="B1" t="inlineStr"><is><t>a_dysfunctional</t></is></c></row>"#,
    );
    for cell in book.cells.iter().take(64) {
        let place = format!(
            "{}{}",
            xml_books::column_name(u32::from(cell.column)),
            cell.row
        );
        sheet.push_str(&format!(r#"<row r="{}">"#, cell.row));
        match cell.kind % 3 {
            0 => {
                shared.push_str(&format!("<si><t>{}</t></si>", text(cell)));
                sheet.push_str(&format!(r#"<c r="{place}" t="s"><v>{count}</v></c>"#));
                count += 1;
            }
            1 => sheet.push_str(&format!(
                r#"<c r="{place}" t="inlineStr"><is><t>{}</t></is></c>"#,
                text(cell)
            )),
            _ => sheet.push_str(&format!(r#"<c r="{place}"><v>{}</v></c>"#, cell.repeat)),
        }
        sheet.push_str("</row>");
    }
    xml_books::xlsx("S", &shared, &sheet)
}

fn ods(book: &Book) -> Vec<u8> {
    let mut table = String::from(
        r#"<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>a_functional</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>a_dysfunctional</text:p></table:table-cell></table:table-row>"#,
    );
    table.push_str(&format!(
        r#"<table:table-row table:number-rows-repeated="{}">"#,
        book.row_repeat.max(1)
    ));
    for cell in book.cells.iter().take(64) {
        let repeat = cell.repeat.max(1);
        if cell.kind % 2 == 0 {
            table.push_str(&format!(
                r#"<table:table-cell table:number-columns-repeated="{repeat}"/>"#
            ));
        } else {
            table.push_str(&format!(
                r#"<table:table-cell table:number-columns-repeated="{repeat}" office:value-type="string"><text:p>{}<text:s text:c="{}"/></text:p></table:table-cell>"#,
                text(cell),
                cell.row
            ));
        }
    }
    table.push_str("</table:table-row></table:table>");
    xml_books::ods(&table)
}

/// The cells' texts as shared strings (one each), after the header's two.
fn shared_texts(book: &Book) -> Vec<String> {
    let mut shared = vec!["a_functional".to_owned(), "a_dysfunctional".to_owned()];
    shared.extend(
        book.cells
            .iter()
            .take(64)
            .map(|c| "x".repeat(usize::from(c.chars) % 33_000)),
    );
    shared
}

/// How many times a cell is written (in successive rows): enough for a shared-string bomb, few
/// enough that the .xls stays within the builder's container (7 MB).
fn copies(cell: &Cell) -> u32 {
    if cell.kind % 3 == 1 {
        1
    } else {
        cell.repeat % 2_048 + 1
    }
}

fn xls(book: &Book) -> Vec<u8> {
    use binary_books::{cfb, dimensions, label, labelsst, number, workbook_stream};
    let shared = shared_texts(book);
    let refs: Vec<&str> = shared.iter().map(String::as_str).collect();
    let mut body = dimensions(
        book.row_repeat & 0xFFFF,
        book.row_repeat >> 8,
        u16::from(book.flags),
        book.flags.wrapping_mul(3).into(),
    );
    body.extend(labelsst(0, 0, 0));
    body.extend(labelsst(0, 1, 1));
    for (i, cell) in book.cells.iter().take(64).enumerate() {
        for k in 0..copies(cell) {
            let row = (cell.row as u16).wrapping_add(k as u16);
            match cell.kind % 3 {
                0 => body.extend(labelsst(row, cell.column, i as u32 + 2)),
                1 => body.extend(label(
                    row,
                    cell.column,
                    &"y".repeat(usize::from(cell.chars % 256)),
                )),
                _ => body.extend(number(row, cell.column, f64::from(cell.repeat))),
            }
        }
    }
    cfb(&workbook_stream(&refs, &[("S", body)])).bytes
}

fn xlsb(book: &Book) -> Vec<u8> {
    use binary_books::{cell_isst, cell_real, row_header, ws_dim};
    let shared = shared_texts(book);
    let refs: Vec<&str> = shared.iter().map(String::as_str).collect();
    let mut cells = row_header(0);
    cells.extend(cell_isst(0, 0));
    cells.extend(cell_isst(1, 1));
    for (i, cell) in book.cells.iter().take(64).enumerate() {
        for k in 0..copies(cell) {
            cells.extend(row_header(cell.row.wrapping_add(k)));
            let column = u32::from(cell.column);
            if cell.kind % 2 == 0 {
                cells.extend(cell_isst(column, i as u32 + 2));
            } else {
                cells.extend(cell_real(column, f64::from(cell.repeat)));
            }
        }
    }
    let dim = ws_dim(0, book.row_repeat, 0, u32::from(book.flags) * 64);
    binary_books::xlsb(&refs, dim, &cells)
}

libfuzzer_sys::fuzz_target!(|book: Book| {
    // As in import_survey: calamine's panics are caught by the importer; others still crash.
    static DEFAULT_HOOK: std::sync::Once = std::sync::Once::new();
    DEFAULT_HOOK.call_once(|| drop(std::panic::take_hook()));
    let bytes = match book.format % 4 {
        0 => xlsx(&book),
        1 => ods(&book),
        2 => xls(&book),
        _ => xlsb(&book),
    };
    let options = import_options::from_flags(book.flags);
    if let Ok(project) = import_bytes(&bytes, &options) {
        check::accepted(&project);
    }
});
