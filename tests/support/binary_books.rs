//! Binary workbooks written by hand, for the tests of the workbook limits: old .xls (BIFF8
//! records in a CFB container) and .xlsb (BIFF12 records in a zip), valid enough for calamine to
//! read, with the knobs a hostile file turns (a shared string repeated by many cells, a
//! DIMENSIONS record that lies, a container cut short or whose FAT chain loops).
//!
//! Included by the test crates that need it (`#[path = "support/binary_books.rs"] mod binary_books;`).
#![allow(dead_code, clippy::unwrap_used)]

use std::io::Write;

// ---- .xls: BIFF8 records.

/// One BIFF record: type, length, data (longer data must be split by the caller).
pub fn record(typ: u16, data: &[u8]) -> Vec<u8> {
    assert!(
        data.len() <= 8224,
        "a BIFF8 record holds at most 8224 bytes"
    );
    let mut out = Vec::with_capacity(4 + data.len());
    out.extend_from_slice(&typ.to_le_bytes());
    out.extend_from_slice(&(data.len() as u16).to_le_bytes());
    out.extend_from_slice(data);
    out
}

fn bof(kind: u16) -> Vec<u8> {
    let mut data = vec![0u8; 16];
    data[0..2].copy_from_slice(&0x0600u16.to_le_bytes());
    data[2..4].copy_from_slice(&kind.to_le_bytes());
    record(0x0809, &data)
}

/// A cell's place: row and column from 0.
fn place(row: u16, column: u16) -> Vec<u8> {
    let mut data = Vec::new();
    data.extend_from_slice(&row.to_le_bytes());
    data.extend_from_slice(&column.to_le_bytes());
    data.extend_from_slice(&0u16.to_le_bytes()); // XF
    data
}

/// LABELSST: the cell shows shared string `index`.
pub fn labelsst(row: u16, column: u16, index: u32) -> Vec<u8> {
    let mut data = place(row, column);
    data.extend_from_slice(&index.to_le_bytes());
    record(0x00FD, &data)
}

/// LABEL: the cell holds `text` itself (Latin-1 characters, stored one byte each).
pub fn label(row: u16, column: u16, text: &str) -> Vec<u8> {
    let mut data = place(row, column);
    data.extend_from_slice(&(text.chars().count() as u16).to_le_bytes());
    data.push(0);
    data.extend(text.chars().map(|c| c as u8));
    record(0x0204, &data)
}

/// NUMBER.
pub fn number(row: u16, column: u16, value: f64) -> Vec<u8> {
    let mut data = place(row, column);
    data.extend_from_slice(&value.to_le_bytes());
    record(0x0203, &data)
}

/// DIMENSIONS: rows `first..end` and columns `first_column..end_column` (ends exclusive), as
/// BIFF8 writes them.
pub fn dimensions(first: u32, end: u32, first_column: u16, end_column: u16) -> Vec<u8> {
    let mut data = Vec::new();
    data.extend_from_slice(&first.to_le_bytes());
    data.extend_from_slice(&end.to_le_bytes());
    data.extend_from_slice(&first_column.to_le_bytes());
    data.extend_from_slice(&end_column.to_le_bytes());
    data.extend_from_slice(&0u16.to_le_bytes());
    record(0x0200, &data)
}

/// The SST record and its CONTINUE records: each string stored one byte a character (ASCII),
/// split across records where it must be, each piece after the first with its flags byte.
pub fn sst(strings: &[&str]) -> Vec<u8> {
    const ROOM: usize = 8224;
    let mut records: Vec<Vec<u8>> = Vec::new();
    let mut current = Vec::new();
    let n = strings.len() as u32;
    current.extend_from_slice(&n.to_le_bytes());
    current.extend_from_slice(&n.to_le_bytes());
    for s in strings {
        // The header (length and flags) is never split from the string's first character.
        if ROOM - current.len() < 4 {
            records.push(std::mem::take(&mut current));
        }
        current.extend_from_slice(&(s.len() as u16).to_le_bytes());
        current.push(0);
        let mut rest = s.as_bytes();
        loop {
            let take = rest.len().min(ROOM - current.len());
            current.extend_from_slice(&rest[..take]);
            rest = &rest[take..];
            if rest.is_empty() {
                break;
            }
            records.push(std::mem::take(&mut current));
            current.push(0); // flags of the continued characters: one byte each
        }
    }
    records.push(current);
    let mut out = Vec::new();
    for (i, data) in records.iter().enumerate() {
        out.extend(record(if i == 0 { 0x00FC } else { 0x003C }, data));
    }
    out
}

/// An .xls workbook stream: the shared strings and sheets of (name, records between the
/// sheet's BOF and EOF).
pub fn workbook_stream(shared: &[&str], sheets: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut globals = bof(0x0005);
    globals.extend(record(0x0042, &1200u16.to_le_bytes())); // CODEPAGE: UTF-16
    let mut offsets_at = Vec::new();
    for (name, _) in sheets {
        let mut data = vec![0u8; 6];
        data.push(name.len() as u8);
        data.push(0);
        data.extend_from_slice(name.as_bytes());
        offsets_at.push(globals.len() + 4);
        globals.extend(record(0x0085, &data));
    }
    globals.extend(sst(shared));
    globals.extend(record(0x000A, &[]));
    let mut stream = globals;
    for ((_, body), at) in sheets.iter().zip(offsets_at) {
        let start = stream.len() as u32;
        stream[at..at + 4].copy_from_slice(&start.to_le_bytes());
        stream.extend(bof(0x0010));
        stream.extend_from_slice(body);
        stream.extend(record(0x000A, &[]));
    }
    stream
}

/// A CFB container (version 3, 512-byte sectors) as written by [`cfb`]: where its parts are, to
/// break them on purpose.
pub struct Container {
    pub bytes: Vec<u8>,
    /// Sectors of the workbook stream (sectors 0 to n - 1).
    pub stream_sectors: u32,
    /// The first FAT sector.
    pub fat_sector: u32,
    /// The directory's sector.
    pub directory_sector: u32,
}

impl Container {
    fn sector_offset(id: u32) -> usize {
        (id as usize + 1) * 512
    }

    /// Sets FAT entry `id` (the next sector after `id`).
    pub fn set_fat(&mut self, id: u32, next: u32) {
        let at = Self::sector_offset(self.fat_sector) + 4 * id as usize;
        self.bytes[at..at + 4].copy_from_slice(&next.to_le_bytes());
    }

    /// Sets the workbook stream's length in its directory entry.
    pub fn set_stream_len(&mut self, len: u32) {
        let at = Self::sector_offset(self.directory_sector) + 128 + 120;
        self.bytes[at..at + 4].copy_from_slice(&len.to_le_bytes());
    }
}

const END: u32 = 0xFFFF_FFFE;
const FREE: u32 = 0xFFFF_FFFF;

/// A CFB header (version 3, 512-byte sectors) whose FAT is in `fat_sectors` sectors from
/// `first_fat`, directory at `directory`, mini FAT (if any) at `mini_fat`.
fn header(fat_sectors: u32, first_fat: u32, directory: u32, mini_fat: Option<u32>) -> Vec<u8> {
    assert!(
        fat_sectors <= 109,
        "the test container keeps its FAT in the header"
    );
    let mut header = vec![0u8; 512];
    header[0..8].copy_from_slice(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    header[24..26].copy_from_slice(&0x003Eu16.to_le_bytes());
    header[26..28].copy_from_slice(&3u16.to_le_bytes());
    header[28..30].copy_from_slice(&0xFFFEu16.to_le_bytes());
    header[30..32].copy_from_slice(&9u16.to_le_bytes());
    header[32..34].copy_from_slice(&6u16.to_le_bytes());
    header[44..48].copy_from_slice(&fat_sectors.to_le_bytes());
    header[48..52].copy_from_slice(&directory.to_le_bytes());
    header[56..60].copy_from_slice(&4096u32.to_le_bytes());
    header[60..64].copy_from_slice(&mini_fat.unwrap_or(END).to_le_bytes());
    header[64..68].copy_from_slice(&u32::from(mini_fat.is_some()).to_le_bytes());
    header[68..72].copy_from_slice(&END.to_le_bytes());
    for i in 0..109u32 {
        let id = if i < fat_sectors { first_fat + i } else { FREE };
        let at = 76 + 4 * i as usize;
        header[at..at + 4].copy_from_slice(&id.to_le_bytes());
    }
    header
}

/// A directory sector: the root entry (holding the mini stream from `root_start`, `root_len`
/// bytes) and the "Workbook" stream.
fn directory(root_start: u32, root_len: u32, stream_start: u32, stream_len: u32) -> Vec<u8> {
    let mut directory = vec![0u8; 512];
    let entries = [
        ("Root Entry", 5u8, 1u32, root_start, root_len),
        ("Workbook", 2, FREE, stream_start, stream_len),
    ];
    for (i, (name, kind, child, start, len)) in entries.into_iter().enumerate() {
        let e = &mut directory[i * 128..(i + 1) * 128];
        let units: Vec<u16> = name.encode_utf16().collect();
        for (k, u) in units.iter().enumerate() {
            e[2 * k..2 * k + 2].copy_from_slice(&u.to_le_bytes());
        }
        e[64..66].copy_from_slice(&((units.len() as u16 + 1) * 2).to_le_bytes());
        e[66] = kind;
        e[67] = 1;
        e[68..72].copy_from_slice(&FREE.to_le_bytes());
        e[72..76].copy_from_slice(&FREE.to_le_bytes());
        e[76..80].copy_from_slice(&child.to_le_bytes());
        e[116..120].copy_from_slice(&start.to_le_bytes());
        e[120..124].copy_from_slice(&len.to_le_bytes());
    }
    for i in 2..4 {
        directory[i * 128 + 68..i * 128 + 80].copy_from_slice(&[0xFF; 12]);
    }
    directory
}

/// `table` as whole sectors of little-endian numbers, padded with free entries.
fn sectors_of(table: &[u32]) -> Vec<u8> {
    let mut out: Vec<u8> = table.iter().flat_map(|e| e.to_le_bytes()).collect();
    out.resize(out.len().div_ceil(512) * 512, 0xFF);
    out
}

/// `stream` as the "Workbook" stream of a CFB container: the stream's sectors, the directory,
/// then the FAT.
pub fn cfb(stream: &[u8]) -> Container {
    let mut stream = stream.to_vec();
    // Streams under 4096 bytes would live in the mini stream (see [`cfb_mini`]): pad (the
    // padding lies after the last EOF, where nothing reads).
    if stream.len() < 4096 {
        stream.resize(4096, 0);
    }
    let len = stream.len() as u32;
    let n = stream.len().div_ceil(512) as u32;
    let directory_sector = n;
    let fat_sectors = (n + 1).div_ceil(127);
    let fat_sector = n + 1;
    let mut bytes = header(fat_sectors, fat_sector, directory_sector, None);
    stream.resize(n as usize * 512, 0);
    bytes.extend_from_slice(&stream);
    bytes.extend(directory(END, 0, 0, len));
    let mut fat = vec![FREE; fat_sectors as usize * 128];
    for id in 0..n {
        fat[id as usize] = if id + 1 < n { id + 1 } else { END };
    }
    fat[directory_sector as usize] = END;
    for id in fat_sector..fat_sector + fat_sectors {
        fat[id as usize] = 0xFFFF_FFFD;
    }
    bytes.extend(sectors_of(&fat));
    Container {
        bytes,
        stream_sectors: n,
        fat_sector,
        directory_sector,
    }
}

/// A stream under 4096 bytes as the container keeps it: in 64-byte sectors of the mini stream
/// (sectors 0 to r - 1), listed by the mini FAT (sector r); directory at r + 1, FAT at r + 2.
/// Returns the bytes and the mini FAT's sector.
pub fn cfb_mini(stream: &[u8]) -> (Vec<u8>, u32) {
    assert!(
        stream.len() < 4096,
        "a mini stream holds streams under 4096 bytes"
    );
    let minis = stream.len().div_ceil(64) as u32;
    let mut mini_stream = stream.to_vec();
    mini_stream.resize(minis as usize * 64, 0);
    let r = mini_stream.len().div_ceil(512) as u32;
    let (mini_fat, directory_sector, fat_sector) = (r, r + 1, r + 2);
    let mut bytes = header(1, fat_sector, directory_sector, Some(mini_fat));
    mini_stream.resize(r as usize * 512, 0);
    bytes.extend_from_slice(&mini_stream);
    let chain: Vec<u32> = (0..minis)
        .map(|id| if id + 1 < minis { id + 1 } else { END })
        .collect();
    bytes.extend(sectors_of(&chain));
    bytes.extend(directory(0, minis * 64, 0, stream.len() as u32));
    let mut fat: Vec<u32> = (0..r)
        .map(|id| if id + 1 < r { id + 1 } else { END })
        .collect();
    fat.extend([END, END, 0xFFFF_FFFD]);
    bytes.extend(sectors_of(&fat));
    (bytes, mini_fat)
}

/// A small ordinary .xls: a header row of Kano question columns, then `answers` rows of
/// (functional, dysfunctional) answers, as shared strings, and a respondent number.
pub fn answers_xls(answers: &[(&str, &str)]) -> Vec<u8> {
    let mut shared = vec!["respondent", "wifi_functional", "wifi_dysfunctional"];
    let mut body = dimensions(0, answers.len() as u32 + 1, 0, 3);
    body.extend(labelsst(0, 0, 0));
    body.extend(labelsst(0, 1, 1));
    body.extend(labelsst(0, 2, 2));
    for (i, (functional, dysfunctional)) in answers.iter().enumerate() {
        let row = i as u16 + 1;
        body.extend(number(row, 0, f64::from(row)));
        for (column, text) in [(1u16, *functional), (2, *dysfunctional)] {
            let index = shared.iter().position(|s| *s == text).unwrap_or_else(|| {
                shared.push(text);
                shared.len() - 1
            });
            body.extend(labelsst(row, column, index as u32));
        }
    }
    cfb(&workbook_stream(&shared, &[("Answers", body)])).bytes
}

/// An .xls whose sheet names one shared string of `chars` characters from `cells` cells
/// (row after row, 200 to a row), under a header of Kano question columns.
pub fn repeated_string_xls(chars: usize, cells: usize) -> Vec<u8> {
    let long = "x".repeat(chars);
    let shared = ["wifi_functional", "wifi_dysfunctional", long.as_str()];
    let mut body = labelsst(0, 0, 0);
    body.extend(labelsst(0, 1, 1));
    for i in 0..cells {
        body.extend(labelsst((i / 200 + 1) as u16, (i % 200) as u16, 2));
    }
    cfb(&workbook_stream(&shared, &[("Answers", body)])).bytes
}

// ---- .xlsb: BIFF12 records in a zip.

/// One BIFF12 record: its type and length as variable-length numbers, then its data.
pub fn brt(typ: u16, data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    if typ < 0x80 {
        out.push(typ as u8);
    } else {
        out.push((typ & 0x7F) as u8 | 0x80);
        out.push((typ >> 7) as u8);
    }
    let mut len = data.len();
    loop {
        let b = (len & 0x7F) as u8;
        len >>= 7;
        if len == 0 {
            out.push(b);
            break;
        }
        out.push(b | 0x80);
    }
    out.extend_from_slice(data);
    out
}

fn wide(text: &str) -> Vec<u8> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut out = (units.len() as u32).to_le_bytes().to_vec();
    for u in units {
        out.extend_from_slice(&u.to_le_bytes());
    }
    out
}

/// BrtRowHdr for row `row` (from 0).
pub fn row_header(row: u32) -> Vec<u8> {
    let mut data = row.to_le_bytes().to_vec();
    data.extend_from_slice(&[0u8; 13]);
    brt(0x0000, &data)
}

/// BrtCellIsst: the cell in `column` shows shared string `index`.
pub fn cell_isst(column: u32, index: u32) -> Vec<u8> {
    let mut data = column.to_le_bytes().to_vec();
    data.extend_from_slice(&0u32.to_le_bytes());
    data.extend_from_slice(&index.to_le_bytes());
    brt(0x0007, &data)
}

/// BrtCellReal.
pub fn cell_real(column: u32, value: f64) -> Vec<u8> {
    let mut data = column.to_le_bytes().to_vec();
    data.extend_from_slice(&0u32.to_le_bytes());
    data.extend_from_slice(&value.to_le_bytes());
    brt(0x0005, &data)
}

/// BrtWsDim: rows and columns from 0, last ones included.
pub fn ws_dim(first_row: u32, last_row: u32, first_column: u32, last_column: u32) -> Vec<u8> {
    let mut data = Vec::new();
    for v in [first_row, last_row, first_column, last_column] {
        data.extend_from_slice(&v.to_le_bytes());
    }
    brt(0x0094, &data)
}

/// An .xlsb with shared strings `shared` and one sheet "Answers" holding `cells` (records
/// between BrtBeginSheetData and BrtEndSheetData) within `dim`.
pub fn xlsb(shared: &[&str], dim: Vec<u8>, cells: &[u8]) -> Vec<u8> {
    let mut strings = Vec::new();
    let mut begin = (shared.len() as u32).to_le_bytes().to_vec();
    begin.extend_from_slice(&(shared.len() as u32).to_le_bytes());
    strings.extend(brt(0x009F, &begin));
    for s in shared {
        let mut data = vec![0u8];
        data.extend(wide(s));
        strings.extend(brt(0x0013, &data));
    }
    strings.extend(brt(0x00A0, &[]));

    let mut bundle = 0u32.to_le_bytes().to_vec();
    bundle.extend_from_slice(&1u32.to_le_bytes());
    bundle.extend(wide("rId1"));
    bundle.extend(wide("Answers"));
    let mut workbook = brt(0x0083, &[]);
    workbook.extend(brt(0x008F, &[]));
    workbook.extend(brt(0x009C, &bundle));
    workbook.extend(brt(0x0090, &[]));
    workbook.extend(brt(0x009D, &[0u8; 12]));
    workbook.extend(brt(0x0084, &[]));

    let mut sheet = brt(0x0081, &[]);
    sheet.extend(dim);
    sheet.extend(brt(0x0091, &[]));
    sheet.extend_from_slice(cells);
    sheet.extend(brt(0x0092, &[]));
    sheet.extend(brt(0x0082, &[]));

    let text = |s: &str| s.as_bytes().to_vec();
    let parts: [(&str, Vec<u8>); 6] = [
        (
            "[Content_Types].xml",
            text(
                r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/><Override PartName="/xl/sharedStrings.bin" ContentType="application/vnd.ms-excel.sharedStrings"/></Types>"#,
            ),
        ),
        (
            "_rels/.rels",
            text(
                r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>"#,
            ),
        ),
        (
            "xl/_rels/workbook.bin.rels",
            text(
                r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.bin"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.bin"/></Relationships>"#,
            ),
        ),
        ("xl/workbook.bin", workbook),
        ("xl/sharedStrings.bin", strings),
        ("xl/worksheets/sheet1.bin", sheet),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(&bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// A small ordinary .xlsb: Kano question columns, then `answers` rows.
pub fn answers_xlsb(answers: &[(&str, &str)]) -> Vec<u8> {
    let mut shared = vec!["wifi_functional", "wifi_dysfunctional"];
    let mut cells = row_header(0);
    cells.extend(cell_isst(0, 0));
    cells.extend(cell_isst(1, 1));
    for (i, (functional, dysfunctional)) in answers.iter().enumerate() {
        cells.extend(row_header(i as u32 + 1));
        for (column, text) in [(0u32, *functional), (1, *dysfunctional)] {
            let index = shared.iter().position(|s| *s == text).unwrap_or_else(|| {
                shared.push(text);
                shared.len() - 1
            });
            cells.extend(cell_isst(column, index as u32));
        }
    }
    xlsb(&shared, ws_dim(0, answers.len() as u32, 0, 1), &cells)
}

/// An .xlsb whose sheet names one shared string of `chars` characters from `cells` cells.
pub fn repeated_string_xlsb(chars: usize, cells: usize) -> Vec<u8> {
    let long = "x".repeat(chars);
    let shared = ["wifi_functional", "wifi_dysfunctional", long.as_str()];
    let mut body = row_header(0);
    body.extend(cell_isst(0, 0));
    body.extend(cell_isst(1, 1));
    let rows = cells.div_ceil(200);
    for r in 0..rows {
        body.extend(row_header(r as u32 + 1));
        for c in 0..200.min(cells - r * 200) {
            body.extend(cell_isst(c as u32, 2));
        }
    }
    xlsb(&shared, ws_dim(0, rows as u32, 0, 199), &body)
}
