//! Hostile workbooks, built from the fuzzer's input so that they are valid zips the importer
//! really reads (random bytes almost never are): an .xlsx whose cells sit anywhere in Excel's
//! grid and beyond, with shared or inline strings of any length, or an .ods whose rows and cells
//! repeat any number of times. The importer must answer (a table or a message naming the sheet
//! and cell) in bounded memory: run with `-rss_limit_mb=1024`, so that a workbook the limits
//! (src/io/import/workbook_limits.rs) let through to calamine and that blows up memory is a crash.
#![no_main]

mod check;
mod import_options;

use arbitrary::Arbitrary;
use kanoscope::io::import::import_bytes;
use std::io::Write;

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
    ods: bool,
    flags: u8,
    /// Row repeats for .ods.
    row_repeat: u32,
    cells: Vec<Cell>,
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

fn text(cell: &Cell) -> String {
    // Up to a little past Excel's 32,767, in a two-byte script now and then.
    let c = if cell.kind & 8 == 0 { "x" } else { "答" };
    c.repeat(usize::from(cell.chars) % 33_000)
}

fn zip(parts: &[(&str, String)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        if zip.start_file(*name, options).is_err() || zip.write_all(text.as_bytes()).is_err() {
            return Vec::new();
        }
    }
    zip.finish().map(|c| c.into_inner()).unwrap_or_default()
}

fn xlsx(book: &Book) -> Vec<u8> {
    let mut shared = String::new();
    let mut count = 0;
    let mut sheet = String::from(r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a_functional</t></is></c><c r="B1" t="inlineStr"><is><t>a_dysfunctional</t></is></c></row>"#);
    for cell in book.cells.iter().take(64) {
        let place = format!("{}{}", column_name(u32::from(cell.column)), cell.row);
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
    sheet.push_str("</sheetData></worksheet>");
    zip(&[
        ("[Content_Types].xml", r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#.to_owned()),
        ("_rels/.rels", r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_owned()),
        ("xl/workbook.xml", r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_owned()),
        ("xl/_rels/workbook.xml.rels", r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_owned()),
        ("xl/sharedStrings.xml", format!(r#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{shared}</sst>"#)),
        ("xl/worksheets/sheet1.xml", sheet),
    ])
}

fn ods(book: &Book) -> Vec<u8> {
    let mut table = String::from(r#"<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>a_functional</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>a_dysfunctional</text:p></table:table-cell></table:table-row>"#);
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
    zip(&[
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet".to_owned()),
        ("META-INF/manifest.xml", r#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#.to_owned()),
        ("content.xml", format!(r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>{table}</office:spreadsheet></office:body></office:document-content>"#)),
    ])
}

libfuzzer_sys::fuzz_target!(|book: Book| {
    // As in import_survey: calamine's panics are caught by the importer; others still crash.
    static DEFAULT_HOOK: std::sync::Once = std::sync::Once::new();
    DEFAULT_HOOK.call_once(|| drop(std::panic::take_hook()));
    let bytes = if book.ods { ods(&book) } else { xlsx(&book) };
    let options = import_options::from_flags(book.flags);
    if let Ok(project) = import_bytes(&bytes, &options) {
        check::accepted(&project);
    }
});
