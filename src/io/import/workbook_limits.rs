//! Workbook limits, checked before a workbook is handed to calamine: a hostile workbook (a
//! cell at XFD1048576, a 512 MiB cell in a 0.5 MB file, one long shared string referenced by a
//! million cells, an ODS row repeated a million times) must be refused in bounded time and memory
//! with a message naming the sheet and cell, instead of making the spreadsheet reader allocate
//! gigabytes and abort the process.
//!
//! The zip is read entry by entry through a fixed buffer; every entry's decompressed bytes count
//! against one total; each XML part is scanned as a stream of tags and text (no tree is built).
//! Over-estimating is allowed (a refusal names the limit); under-estimating is not.
//!
//! Old binary .xls workbooks are checked by [`xls`] (their CFB container by [`cfb`]), the
//! binary records of .xlsb sheets by [`xlsb`].
//!
//! Must never: hold a whole part in memory (except an .xls's workbook stream, which is no larger
//! than the file), read past [`MAX_UNPACKED_BYTES`] in all, or panic on any input.

mod cfb;
mod xls;
mod xlsb;

use super::error::ReadError;
use std::collections::HashMap;
use std::io::{Cursor, Read};

/// The largest workbook file read at all.
pub const MAX_WORKBOOK_BYTES: u64 = 64 * 1024 * 1024;
/// The most bytes all parts of a workbook may unpack to.
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;
/// Excel's last row.
pub const MAX_ROWS: u64 = 1_048_576;
/// Excel's last column (XFD).
pub const MAX_COLUMNS: u64 = 16_384;
/// The most cells one sheet may span (its used area, first to last cell with something in it).
pub const MAX_CELLS: u64 = 4_000_000;
/// Excel's limit on the characters of one cell.
pub const MAX_CELL_CHARS: u64 = 32_767;
/// The most characters all cells of a sheet may hold (shared strings count once per cell).
pub const MAX_SHEET_CHARS: u64 = 50_000_000;
/// The most memory the spreadsheet reader and the importer may need for a binary workbook
/// (.xls, .xlsb), as estimated before reading it: calamine reads all of an .xls's sheets at once.
pub const MAX_READ_MEMORY: u64 = 400 * 1024 * 1024;
/// The longest XML tag accepted (a tag is a name and a few attributes; no real one is near this).
const MAX_TAG_BYTES: usize = 64 * 1024;

/// Checks `bytes` (an xlsx, xlsm, xlsb or ods zip, or an old .xls) against the limits above.
pub(super) fn check_workbook(bytes: &[u8]) -> Result<(), ReadError> {
    let size = bytes.len() as u64;
    if size > MAX_WORKBOOK_BYTES {
        return Err(ReadError::WorkbookTooLarge {
            size,
            limit: MAX_WORKBOOK_BYTES,
        });
    }
    if cfb::is_cfb(bytes) {
        return xls::check_xls(bytes);
    }
    if !bytes.starts_with(b"PK\x03\x04") {
        return Ok(());
    }
    // A zip the zip reader cannot open is left to calamine, which says why in its own words.
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let mut budget = Budget {
        left: MAX_UNPACKED_BYTES,
    };
    let names: Vec<String> = zip.file_names().map(str::to_owned).collect();
    let done = if xlsb::resolve(&names, "xl/workbook.bin").is_some() {
        xlsb::check_xlsb(&mut zip, &names, &mut budget)?
    } else {
        Vec::new()
    };
    let sheet_names = xlsx_sheet_names(&mut zip, &mut budget)?;
    // Shared strings first: the cells that use them count their lengths.
    let mut shared = SharedStrings::default();
    scan_part(&mut zip, "xl/sharedStrings.xml", &mut budget, &mut shared)?;
    for name in &names {
        if name == "xl/sharedStrings.xml" || done.contains(name) {
            continue;
        }
        if name == "content.xml" {
            scan_part(&mut zip, name, &mut budget, &mut OdsCells::default())?;
        } else if name.ends_with(".xml") {
            let sheet = sheet_names.get(name).cloned().unwrap_or_else(|| {
                name.rsplit('/')
                    .next()
                    .unwrap_or(name)
                    .trim_end_matches(".xml")
                    .to_owned()
            });
            scan_part(
                &mut zip,
                name,
                &mut budget,
                &mut XlsxCells::new(sheet, &shared),
            )?;
        } else {
            scan_part(&mut zip, name, &mut budget, &mut Ignore)?;
        }
    }
    Ok(())
}

/// What is left of [`MAX_UNPACKED_BYTES`].
struct Budget {
    left: u64,
}

/// Streams one part of the zip through `handler`; a missing or unreadable part is skipped
/// (calamine reports those).
fn scan_part(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    budget: &mut Budget,
    handler: &mut dyn Handler,
) -> Result<(), ReadError> {
    let Ok(mut entry) = zip.by_name(name) else {
        return Ok(());
    };
    let too_large = || ReadError::WorkbookUnpacksTooLarge {
        limit: MAX_UNPACKED_BYTES,
    };
    if entry.size() > budget.left {
        return Err(too_large());
    }
    let mut scanner = Scanner::default();
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let n = match entry.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(_) => return Ok(()),
        };
        // The sizes in a zip's directory may lie: count what actually comes out.
        budget.left = budget.left.checked_sub(n as u64).ok_or_else(too_large)?;
        scanner.feed(&buffer[..n], handler)?;
    }
    Ok(())
}

/// The sheet's name for each worksheet part of an xlsx ("xl/worksheets/sheet1.xml" -> "Answers").
fn xlsx_sheet_names(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    budget: &mut Budget,
) -> Result<HashMap<String, String>, ReadError> {
    let mut sheets = Collect::new("sheet", &["name", "r:id"]);
    scan_part(zip, "xl/workbook.xml", budget, &mut sheets)?;
    let mut rels = Collect::new("Relationship", &["Id", "Target"]);
    scan_part(zip, "xl/_rels/workbook.xml.rels", budget, &mut rels)?;
    let targets: HashMap<&str, &str> = rels
        .found
        .iter()
        .map(|v| (v[0].as_str(), v[1].as_str()))
        .collect();
    Ok(sheets
        .found
        .iter()
        .filter_map(|v| {
            let target = targets.get(v[1].as_str())?;
            let part = match target.strip_prefix('/') {
                Some(absolute) => absolute.to_owned(),
                None => format!("xl/{target}"),
            };
            Some((part, v[0].clone()))
        })
        .collect())
}

/// A start or end tag as the scanner saw it.
struct Tag<'a> {
    /// The name, without `/`.
    name: &'a [u8],
    /// `</name>`.
    end: bool,
    /// `<name ... />`.
    empty: bool,
    /// Everything between `<` and `>`.
    raw: &'a [u8],
}

impl Tag<'_> {
    /// The value of attribute `key`, if present.
    fn attr(&self, key: &str) -> Option<&[u8]> {
        let key = key.as_bytes();
        let raw = self.raw;
        let mut i = 0;
        while let Some(at) = find(&raw[i..], key) {
            let start = i + at;
            let before_ok = start > 0 && raw[start - 1].is_ascii_whitespace();
            let mut j = start + key.len();
            while raw.get(j).is_some_and(u8::is_ascii_whitespace) {
                j += 1;
            }
            if before_ok && raw.get(j) == Some(&b'=') {
                j += 1;
                while raw.get(j).is_some_and(u8::is_ascii_whitespace) {
                    j += 1;
                }
                let quote = *raw.get(j)?;
                if quote == b'"' || quote == b'\'' {
                    let rest = &raw[j + 1..];
                    let len = rest.iter().position(|&b| b == quote)?;
                    return Some(&rest[..len]);
                }
            }
            i = start + key.len();
        }
        None
    }

    fn number(&self, key: &str) -> Option<u64> {
        parse_number(self.attr(key)?)
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// A decimal number, saturating (a hostile "99999999999999999999999" is simply very large).
fn parse_number(text: &[u8]) -> Option<u64> {
    let text = text.trim_ascii();
    if text.is_empty() || !text.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(text.iter().fold(0u64, |n, d| {
        n.saturating_mul(10).saturating_add(u64::from(d - b'0'))
    }))
}

/// What a part's tags and text mean for the limits.
trait Handler {
    fn tag(&mut self, tag: &Tag<'_>) -> Result<(), ReadError>;
    /// `chars` characters of text (an entity such as `&amp;` counts as one); `bytes` is the start
    /// of the text, for the few values that must be read (a shared string's number).
    fn text(&mut self, chars: u64, bytes: &[u8]) -> Result<(), ReadError>;
}

struct Ignore;

impl Handler for Ignore {
    fn tag(&mut self, _: &Tag<'_>) -> Result<(), ReadError> {
        Ok(())
    }
    fn text(&mut self, _: u64, _: &[u8]) -> Result<(), ReadError> {
        Ok(())
    }
}

/// Collects some attributes of every tag with a given name (at most a few thousand).
struct Collect {
    name: &'static str,
    keys: &'static [&'static str],
    found: Vec<Vec<String>>,
}

impl Collect {
    fn new(name: &'static str, keys: &'static [&'static str]) -> Self {
        Self {
            name,
            keys,
            found: Vec::new(),
        }
    }
}

impl Handler for Collect {
    fn tag(&mut self, tag: &Tag<'_>) -> Result<(), ReadError> {
        if !tag.end && tag.name == self.name.as_bytes() && self.found.len() < 10_000 {
            self.found.push(
                self.keys
                    .iter()
                    .map(|k| String::from_utf8_lossy(tag.attr(k).unwrap_or_default()).into_owned())
                    .collect(),
            );
        }
        Ok(())
    }
    fn text(&mut self, _: u64, _: &[u8]) -> Result<(), ReadError> {
        Ok(())
    }
}

/// The length of each shared string (`<si>` of xl/sharedStrings.xml), capped just above
/// [`MAX_CELL_CHARS`] so that the list costs two bytes a string.
#[derive(Default)]
struct SharedStrings {
    lengths: Vec<u16>,
    current: Option<u64>,
}

impl Handler for SharedStrings {
    fn tag(&mut self, tag: &Tag<'_>) -> Result<(), ReadError> {
        if tag.name == b"si" {
            if tag.end || tag.empty {
                let chars = self.current.take().unwrap_or(0);
                self.lengths
                    .push(chars.min(MAX_CELL_CHARS + 1).try_into().unwrap_or(u16::MAX));
            } else {
                self.current = Some(0);
            }
        }
        Ok(())
    }
    fn text(&mut self, chars: u64, _: &[u8]) -> Result<(), ReadError> {
        if let Some(current) = &mut self.current {
            *current = current.saturating_add(chars);
        }
        Ok(())
    }
}

/// The cells of one xlsx worksheet: where they are, how much text each holds.
struct XlsxCells<'a> {
    sheet: String,
    shared: &'a SharedStrings,
    /// The current row (1-based) and the next cell's column (0-based).
    row: u64,
    next_column: u64,
    /// The cell being read: its place, whether it is a shared string, its characters and the
    /// first digits of its value.
    cell: Option<(u64, u64)>,
    shared_cell: bool,
    cell_chars: u64,
    value: Vec<u8>,
    in_value: bool,
    /// The used area: first and last row and column.
    area: Option<(u64, u64, u64, u64)>,
    total_chars: u64,
}

impl<'a> XlsxCells<'a> {
    fn new(sheet: String, shared: &'a SharedStrings) -> Self {
        Self {
            sheet,
            shared,
            row: 0,
            next_column: 0,
            cell: None,
            shared_cell: false,
            cell_chars: 0,
            value: Vec::new(),
            in_value: false,
            area: None,
            total_chars: 0,
        }
    }

    fn finish_cell(&mut self) -> Result<(), ReadError> {
        let Some((row, column)) = self.cell.take() else {
            return Ok(());
        };
        let mut chars = self.cell_chars;
        if self.shared_cell {
            let index = parse_number(&self.value).unwrap_or(u64::MAX);
            let length = usize::try_from(index)
                .ok()
                .and_then(|i| self.shared.lengths.get(i));
            chars = chars.max(length.map_or(0, |&l| u64::from(l)));
        }
        if chars > MAX_CELL_CHARS {
            return Err(ReadError::CellTooLong {
                sheet: self.sheet.clone(),
                cell: cell_name(row, column),
                limit: MAX_CELL_CHARS,
            });
        }
        self.total_chars = self.total_chars.saturating_add(chars);
        if self.total_chars > MAX_SHEET_CHARS {
            return Err(ReadError::TooMuchText {
                sheet: self.sheet.clone(),
                cell: cell_name(row, column),
                limit: MAX_SHEET_CHARS,
            });
        }
        check_area(&self.sheet, &mut self.area, row, column)
    }
}

/// Widens the used area to (row, column) and refuses a place beyond Excel's grid or an area over
/// [`MAX_CELLS`].
fn check_area(
    sheet: &str,
    area: &mut Option<(u64, u64, u64, u64)>,
    row: u64,
    column: u64,
) -> Result<(), ReadError> {
    if row == 0 || row > MAX_ROWS || column >= MAX_COLUMNS {
        return Err(ReadError::CellOutsideGrid {
            sheet: sheet.to_owned(),
            row,
            column: column.saturating_add(1),
        });
    }
    let (r0, r1, c0, c1) = area.get_or_insert((row, row, column, column));
    *r0 = (*r0).min(row);
    *r1 = (*r1).max(row);
    *c0 = (*c0).min(column);
    *c1 = (*c1).max(column);
    let cells = (*r1 - *r0 + 1).saturating_mul(*c1 - *c0 + 1);
    if cells > MAX_CELLS {
        return Err(ReadError::TooManyCells {
            sheet: sheet.to_owned(),
            from: cell_name(*r0, *c0),
            to: cell_name(*r1, *c1),
            cells,
            limit: MAX_CELLS,
        });
    }
    Ok(())
}

impl Handler for XlsxCells<'_> {
    fn tag(&mut self, tag: &Tag<'_>) -> Result<(), ReadError> {
        match (tag.name, tag.end) {
            (b"row", false) => {
                self.row = tag.number("r").unwrap_or(self.row.saturating_add(1));
                self.next_column = 0;
            }
            (b"c", false) => {
                let (row, column) = tag
                    .attr("r")
                    .and_then(parse_cell_ref)
                    .unwrap_or((self.row, self.next_column));
                self.row = row;
                self.next_column = column.saturating_add(1);
                // A cell with nothing in it (`<c r="XFD1048576" s="1"/>`, a styled blank) is
                // not read.
                if !tag.empty {
                    self.cell = Some((row, column));
                    self.shared_cell = tag.attr("t") == Some(b"s");
                    self.cell_chars = 0;
                    self.value.clear();
                }
            }
            (b"c", true) => self.finish_cell()?,
            (b"v", end) => self.in_value = !end && !tag.empty,
            // An inline string's run (`<t>`) or a formula: text of the cell, counted as such.
            _ => {}
        }
        Ok(())
    }

    fn text(&mut self, chars: u64, bytes: &[u8]) -> Result<(), ReadError> {
        if self.cell.is_some() {
            self.cell_chars = self.cell_chars.saturating_add(chars);
            if self.in_value && self.value.len() < 24 {
                let room = 24 - self.value.len();
                self.value.extend(bytes.iter().take(room));
            }
            if self.cell_chars > MAX_CELL_CHARS {
                return self.finish_cell();
            }
        }
        Ok(())
    }
}

/// The tables of an OpenDocument spreadsheet (content.xml): repeated rows and columns count as
/// many times as they are repeated.
#[derive(Default)]
struct OdsCells {
    sheet: String,
    /// Rows so far in this table, the row's repeat count and used width.
    rows: u64,
    row_repeats: u64,
    row_width: u64,
    row_chars: u64,
    column: u64,
    /// The used area of the table so far: rows up to the last row with something in it, and
    /// the widest such row.
    used_rows: u64,
    used_columns: u64,
    /// The cell being read: its repeat count and characters.
    cell: Option<u64>,
    cell_chars: u64,
    total_chars: u64,
}

impl OdsCells {
    fn finish_cell(&mut self) -> Result<(), ReadError> {
        let Some(repeats) = self.cell.take() else {
            return Ok(());
        };
        let (row, column) = (self.rows.saturating_add(1), self.column);
        if self.cell_chars > MAX_CELL_CHARS {
            return Err(ReadError::CellTooLong {
                sheet: self.sheet.clone(),
                cell: cell_name(row, column.saturating_sub(repeats)),
                limit: MAX_CELL_CHARS,
            });
        }
        self.row_width = column.min(MAX_COLUMNS);
        self.row_chars = self
            .row_chars
            .saturating_add(self.cell_chars.saturating_mul(repeats));
        Ok(())
    }

    fn finish_row(&mut self) -> Result<(), ReadError> {
        self.rows = self.rows.saturating_add(self.row_repeats).min(MAX_ROWS);
        if self.row_width == 0 {
            return Ok(());
        }
        self.used_rows = self.rows;
        self.used_columns = self.used_columns.max(self.row_width);
        let row = self.rows;
        let at = cell_name(row, self.row_width - 1);
        let cells = self.used_rows.saturating_mul(self.used_columns);
        if cells > MAX_CELLS {
            return Err(ReadError::TooManyCells {
                sheet: self.sheet.clone(),
                from: cell_name(1, 0),
                to: cell_name(self.used_rows, self.used_columns - 1),
                cells,
                limit: MAX_CELLS,
            });
        }
        self.total_chars = self
            .total_chars
            .saturating_add(self.row_chars.saturating_mul(self.row_repeats));
        if self.total_chars > MAX_SHEET_CHARS {
            return Err(ReadError::TooMuchText {
                sheet: self.sheet.clone(),
                cell: at,
                limit: MAX_SHEET_CHARS,
            });
        }
        Ok(())
    }
}

impl Handler for OdsCells {
    fn tag(&mut self, tag: &Tag<'_>) -> Result<(), ReadError> {
        match (tag.name, tag.end) {
            (b"table:table", false) => {
                *self = Self {
                    sheet: String::from_utf8_lossy(tag.attr("table:name").unwrap_or_default())
                        .into_owned(),
                    total_chars: 0,
                    ..Self::default()
                };
            }
            (b"table:table-row", false) => {
                self.row_repeats = tag.number("table:number-rows-repeated").unwrap_or(1);
                self.row_width = 0;
                self.row_chars = 0;
                self.column = 0;
                if tag.empty {
                    self.finish_row()?;
                }
            }
            (b"table:table-row", true) => self.finish_row()?,
            (b"table:table-cell" | b"table:covered-table-cell", false) => {
                let repeats = tag.number("table:number-columns-repeated").unwrap_or(1);
                self.column = self.column.saturating_add(repeats);
                let has_value =
                    tag.attr("office:value-type").is_some() || tag.attr("table:formula").is_some();
                if has_value || !tag.empty {
                    self.cell = Some(repeats);
                    self.cell_chars = 0;
                    if tag.empty {
                        self.finish_cell()?;
                    }
                }
            }
            (b"table:table-cell" | b"table:covered-table-cell", true) => self.finish_cell()?,
            // `<text:s text:c="N"/>`: N spaces.
            (b"text:s", false) if self.cell.is_some() => {
                let spaces = tag.number("text:c").unwrap_or(1);
                self.text(spaces, &[])?;
            }
            _ => {}
        }
        Ok(())
    }

    fn text(&mut self, chars: u64, _: &[u8]) -> Result<(), ReadError> {
        if self.cell.is_some() {
            self.cell_chars = self.cell_chars.saturating_add(chars);
            if self.cell_chars > MAX_CELL_CHARS {
                return self.finish_cell();
            }
        }
        Ok(())
    }
}

/// "B7" from (row 7, column 1).
fn cell_name(row: u64, column: u64) -> String {
    let mut letters = Vec::new();
    let mut n = column.saturating_add(1);
    while n > 0 {
        n -= 1;
        letters.push(b'A' + (n % 26) as u8);
        n /= 26;
    }
    letters.reverse();
    format!("{}{row}", String::from_utf8_lossy(&letters))
}

/// (row, column) from "B7": row 1-based, column 0-based.
fn parse_cell_ref(text: &[u8]) -> Option<(u64, u64)> {
    let letters = text.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if letters == 0 || letters > 7 {
        return None;
    }
    let column = text[..letters].iter().fold(0u64, |n, b| {
        n * 26 + u64::from(b.to_ascii_uppercase() - b'A' + 1)
    });
    let row = parse_number(&text[letters..])?;
    Some((row, column - 1))
}

/// Where the scanner is in the XML.
#[derive(Default, Clone, Copy, PartialEq, Eq)]
enum State {
    #[default]
    Text,
    /// Inside `&...;`.
    Entity,
    /// Inside `<...>`.
    Tag,
    /// Inside `<!-- ... -->`.
    Comment,
    /// Inside `<![CDATA[ ... ]]>`.
    CData,
}

/// A streaming XML scanner: tags (kept whole, up to [`MAX_TAG_BYTES`]) and counted text.
#[derive(Default)]
struct Scanner {
    state: State,
    tag: Vec<u8>,
    /// The last bytes seen in a comment or CDATA, to find its end.
    tail: [u8; 2],
}

impl Scanner {
    fn feed(&mut self, bytes: &[u8], handler: &mut dyn Handler) -> Result<(), ReadError> {
        let mut text_start = 0;
        let mut chars = 0u64;
        for (i, &b) in bytes.iter().enumerate() {
            match self.state {
                State::Text | State::Entity => {
                    if b == b'<' {
                        if chars > 0 {
                            handler.text(chars, &bytes[text_start..i])?;
                        }
                        chars = 0;
                        self.state = State::Tag;
                        self.tag.clear();
                    } else if self.state == State::Entity {
                        if b == b';' {
                            self.state = State::Text;
                        }
                    } else {
                        if chars == 0 {
                            text_start = i;
                        }
                        if b == b'&' {
                            self.state = State::Entity;
                            chars += 1;
                        } else if b & 0xC0 != 0x80 {
                            chars += 1;
                        }
                    }
                }
                State::Tag => {
                    if b == b'>' {
                        self.state = State::Text;
                        self.end_tag(handler)?;
                        continue;
                    }
                    if self.tag.len() >= MAX_TAG_BYTES {
                        return Err(ReadError::DamagedWorkbook);
                    }
                    self.tag.push(b);
                    if self.tag == b"!--" {
                        self.state = State::Comment;
                        self.tail = [0, 0];
                    } else if self.tag == b"![CDATA[" {
                        self.state = State::CData;
                        self.tail = [0, 0];
                    }
                }
                State::Comment | State::CData => {
                    let closing = if self.state == State::Comment {
                        b'-'
                    } else {
                        b']'
                    };
                    if b == b'>' && self.tail == [closing, closing] {
                        self.state = State::Text;
                    } else if self.state == State::CData && b & 0xC0 != 0x80 {
                        handler.text(1, &bytes[i..=i])?;
                    }
                    self.tail = [self.tail[1], b];
                }
            }
        }
        if chars > 0 {
            handler.text(chars, &bytes[text_start..])?;
        }
        Ok(())
    }

    fn end_tag(&mut self, handler: &mut dyn Handler) -> Result<(), ReadError> {
        let raw = self.tag.as_slice();
        if raw.first().is_some_and(|&b| b == b'?' || b == b'!') {
            return Ok(());
        }
        let end = raw.first() == Some(&b'/');
        let empty = raw.last() == Some(&b'/');
        let body = if end { &raw[1..] } else { raw };
        let name_len = body
            .iter()
            .position(|b| b.is_ascii_whitespace() || *b == b'/')
            .unwrap_or(body.len());
        handler.tag(&Tag {
            name: &body[..name_len],
            end,
            empty,
            raw: body,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn xlsx_cells(xml: &str) -> Result<(), ReadError> {
        let shared = SharedStrings {
            lengths: vec![3, 40_000],
            current: None,
        };
        let mut cells = XlsxCells::new("Answers".into(), &shared);
        // Fed in small pieces: tags and text split across reads must still count.
        let mut scanner = Scanner::default();
        for piece in xml.as_bytes().chunks(7) {
            scanner.feed(piece, &mut cells)?;
        }
        Ok(())
    }

    #[test]
    fn cell_names_and_references_round_trip() {
        assert_eq!(cell_name(1, 0), "A1");
        assert_eq!(cell_name(1_048_576, 16_383), "XFD1048576");
        assert_eq!(parse_cell_ref(b"XFD1048576"), Some((1_048_576, 16_383)));
        assert_eq!(parse_cell_ref(b"b7"), Some((7, 1)));
        assert_eq!(parse_cell_ref(b"7"), None);
    }

    #[test]
    fn an_ordinary_sheet_passes() {
        let xml = r#"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>7</v></c></row>
            <row r="2"><c t="inlineStr"><is><t>I like &amp; it</t></is></c></row></sheetData></worksheet>"#;
        assert_eq!(xlsx_cells(xml), Ok(()));
    }

    #[test]
    fn a_styled_blank_at_the_last_cell_is_not_read() {
        let xml = r#"<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576" s="1"/></row>"#;
        assert_eq!(xlsx_cells(xml), Ok(()));
    }

    #[test]
    fn a_far_cell_is_refused_with_the_area_named() {
        let xml = r#"<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>"#;
        match xlsx_cells(xml) {
            Err(ReadError::TooManyCells {
                sheet, from, to, ..
            }) => {
                assert_eq!(
                    (sheet.as_str(), from.as_str(), to.as_str()),
                    ("Answers", "A1", "XFD1048576")
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_cell_beyond_excels_grid_is_refused() {
        let xml = r#"<row r="1"><c r="XFE1"><v>1</v></c></row>"#;
        assert!(matches!(
            xlsx_cells(xml),
            Err(ReadError::CellOutsideGrid { .. })
        ));
    }

    #[test]
    fn long_text_in_a_cell_or_a_shared_string_is_refused_naming_the_cell() {
        let long = "x".repeat(40_000);
        let xml = format!(r#"<row r="3"><c r="C3" t="inlineStr"><is><t>{long}</t></is></c></row>"#);
        match xlsx_cells(&xml) {
            Err(ReadError::CellTooLong { cell, .. }) => assert_eq!(cell, "C3"),
            other => panic!("{other:?}"),
        }
        let xml = r#"<row r="2"><c r="B2" t="s"><v>1</v></c></row>"#;
        match xlsx_cells(xml) {
            Err(ReadError::CellTooLong { cell, .. }) => assert_eq!(cell, "B2"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_comment_or_processing_instruction_is_not_a_cell() {
        let xml = r#"<?xml version="1.0"?><!-- <c r="XFD1048576"><v>1</v></c> --><row r="1"><c r="A1"><v>1</v></c></row>"#;
        assert_eq!(xlsx_cells(xml), Ok(()));
    }

    #[test]
    fn a_repeated_ods_row_counts_as_many_rows() {
        let xml = r#"<table:table table:name="Answers"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row></table:table>"#;
        let mut cells = OdsCells::default();
        let result = Scanner::default().feed(xml.as_bytes(), &mut cells);
        assert!(
            matches!(result, Err(ReadError::TooManyCells { .. })),
            "{result:?}"
        );
        // Trailing empty repeats, as LibreOffice writes them, are fine.
        let xml = r#"<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16383"/></table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>"#;
        let mut cells = OdsCells::default();
        assert_eq!(Scanner::default().feed(xml.as_bytes(), &mut cells), Ok(()));
    }

    #[test]
    fn ods_spaces_count_as_characters() {
        let xml = r#"<table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="4000000000"/></text:p></table:table-cell></table:table-row></table:table>"#;
        let mut cells = OdsCells::default();
        let result = Scanner::default().feed(xml.as_bytes(), &mut cells);
        assert!(
            matches!(result, Err(ReadError::CellTooLong { .. })),
            "{result:?}"
        );
    }
}
