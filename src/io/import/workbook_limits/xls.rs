//! Old binary .xls workbooks (BIFF5/BIFF8 records in a CFB container), checked before calamine
//! reads them. calamine reads every sheet of an .xls when it opens it, into dense grids, and
//! copies a shared string into every cell that names it; it also reserves room for as many cells
//! as a sheet's DIMENSIONS record claims. So a 1 MB .xls whose cells all name one 32,767-character
//! shared string, or whose DIMENSIONS claims the whole grid, asks for gigabytes.
//!
//! The workbook stream is walked record by record as calamine walks it (CONTINUE records joined
//! to the record before them), every length checked against what is left: the shared string table
//! (SST) is read for each string's length, each sheet (BOUNDSHEET's offset) for its cells
//! (LABELSST, LABEL, NUMBER, RK, MULRK, BOOLERR, FORMULA and its STRING) and its DIMENSIONS.
//! The xlsx limits apply per sheet (Excel's characters in a cell, cells spanned, characters in
//! all), the .xls grid (IV65536) per record, and the memory calamine and the importer will need
//! is estimated from the same counts, over all sheets, against [`MAX_READ_MEMORY`]. BLANK and
//! MULBLANK cells are not counted: calamine skips them.
//!
//! Must never: panic, loop longer than the stream's length, or walk a byte of the stream more
//! than twice (sheets that overlap are refused).

use super::super::error::ReadError;
use super::cfb::{damaged, workbook_stream};
use super::{MAX_CELL_CHARS, MAX_CELLS, MAX_READ_MEMORY, MAX_SHEET_CHARS, cell_name, check_area};

/// The most CONTINUE records after one record: calamine takes them one by one from the front of
/// a list, so many tiny ones cost time by the square. A real 64 MB SST needs about 8,000.
const MAX_CONTINUES: usize = 16_384;
/// Columns of the .xls grid (A to IV).
const XLS_COLUMNS: u64 = 256;
/// Bytes of one cell in calamine's dense grid (`Data`), and in its list of cells (`Cell<Data>`).
const GRID_CELL: u64 = 32;
const LISTED_CELL: u64 = 40;
/// Bytes the importer spends on each cell of the sheet it reads (the grid's copy, the cell's text
/// and its place in the row), besides the text itself.
const IMPORTED_CELL: u64 = 64;
/// Bytes calamine spends on a sheet with nothing in it (its entries in three lists and a map,
/// its empty grids).
const SHEET_COST: u64 = 512;

/// Checks an .xls (or any CFB container calamine would open as one).
pub(super) fn check_xls(file: &[u8]) -> Result<(), ReadError> {
    let Some(stream) = workbook_stream(file)? else {
        return Ok(());
    };
    // calamine holds the file's sectors and the stream's copy while it reads.
    let base = 2 * file.len() as u64 + stream.len() as u64;
    Scan::new(&stream, base).run()
}

fn u16_at(bytes: &[u8], at: usize) -> u16 {
    bytes
        .get(at..at + 2)
        .map_or(0, |b| u16::from_le_bytes([b[0], b[1]]))
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    bytes
        .get(at..at + 4)
        .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// The record's name in MS-XLS, for messages.
fn record_name(typ: u16) -> String {
    let name = match typ {
        0x0006 => "FORMULA",
        0x000A => "EOF",
        0x0018 => "LABEL (name)",
        0x003C => "CONTINUE",
        0x0085 => "BOUNDSHEET",
        0x00BD => "MULRK",
        0x00E5 => "MERGECELLS",
        0x00FC => "SST",
        0x00FD => "LABELSST",
        0x0200 => "DIMENSIONS",
        0x0203 => "NUMBER",
        0x0204 => "LABEL",
        0x0205 => "BOOLERR",
        0x0207 => "STRING",
        0x027E => "RK",
        0x0809 => "BOF",
        _ => return format!("record 0x{typ:04X}"),
    };
    name.to_owned()
}

/// One record with its CONTINUE records.
struct Record<'a> {
    typ: u16,
    offset: usize,
    data: &'a [u8],
    cont: Vec<&'a [u8]>,
}

impl Record<'_> {
    fn damaged(&self) -> ReadError {
        damaged(&record_name(self.typ), self.offset as u64)
    }
}

/// The records from `pos` on, as calamine's record iterator reads them.
fn next_record<'a>(stream: &'a [u8], pos: &mut usize) -> Option<Result<Record<'a>, ReadError>> {
    let rest = &stream[*pos..];
    if rest.is_empty() {
        return None;
    }
    let offset = *pos;
    if rest.len() < 4 {
        *pos = stream.len();
        return Some(Err(damaged("Workbook stream", offset as u64)));
    }
    let typ = u16_at(rest, 0);
    let len = usize::from(u16_at(rest, 2));
    if rest.len() < len + 4 {
        *pos = stream.len();
        return Some(Err(damaged(&record_name(typ), offset as u64)));
    }
    let data = &rest[4..4 + len];
    *pos += 4 + len;
    let mut cont = Vec::new();
    while stream.len() - *pos > 4 && u16_at(stream, *pos) == 0x003C {
        let len = usize::from(u16_at(stream, *pos + 2));
        if stream.len() - *pos < len + 4 {
            let at = *pos as u64;
            *pos = stream.len();
            return Some(Err(damaged("CONTINUE", at)));
        }
        if cont.len() == MAX_CONTINUES {
            let at = *pos as u64;
            *pos = stream.len();
            return Some(Err(damaged("CONTINUE", at)));
        }
        cont.push(&stream[*pos + 4..*pos + 4 + len]);
        *pos += 4 + len;
    }
    Some(Ok(Record {
        typ,
        offset,
        data,
        cont,
    }))
}

/// A `Vec` as Rust grows it: its length and capacity, to know what calamine's lists of cells
/// hold at their largest.
#[derive(Default, Clone, Copy)]
struct Growth {
    len: u64,
    cap: u64,
}

impl Growth {
    fn reserve(&mut self, more: u64) {
        if self.cap - self.len < more {
            self.cap = (self.cap.saturating_mul(2))
                .max(self.len.saturating_add(more))
                .max(4);
        }
    }
    fn push(&mut self) {
        self.reserve(1);
        self.len += 1;
    }
}

/// What one sheet costs.
#[derive(Default)]
struct SheetCost {
    area: Option<(u64, u64, u64, u64)>,
    chars: u64,
    /// Bytes of the cells' texts.
    text: u64,
    cells: Growth,
    formulas: Growth,
    formula_area: Option<(u64, u64, u64, u64)>,
    formula_text: u64,
    merged: u64,
}

fn area_cells(area: Option<(u64, u64, u64, u64)>) -> u64 {
    area.map_or(0, |(r0, r1, c0, c1)| {
        (r1 - r0 + 1).saturating_mul(c1 - c0 + 1)
    })
}

impl SheetCost {
    /// What stays in memory after calamine has read the sheet.
    fn kept(&self) -> u64 {
        area_cells(self.area)
            .saturating_mul(GRID_CELL)
            .saturating_add(self.text)
            .saturating_add(area_cells(self.formula_area).saturating_mul(24))
            .saturating_add(self.formula_text)
            .saturating_add(self.merged.saturating_mul(32))
    }
    /// What calamine holds only while reading it: its lists of cells (and their old copy while
    /// a list grows).
    fn passing(&self) -> u64 {
        (self.cells.cap.saturating_mul(LISTED_CELL))
            .saturating_add(self.formulas.cap.saturating_mul(32))
            .saturating_mul(3)
            / 2
    }
    /// What the importer makes of it if it is the sheet read.
    fn imported(&self) -> u64 {
        area_cells(self.area)
            .saturating_mul(IMPORTED_CELL)
            .saturating_add(self.text.saturating_mul(2))
    }
}

struct Scan<'a> {
    stream: &'a [u8],
    /// Memory that does not depend on the sheets: the file, the stream, the SST.
    base: u64,
    /// Characters of each shared string, capped just above Excel's limit.
    shared: Vec<u16>,
    /// The longest sheet or defined name, in characters (formulas repeat them).
    longest_name: u64,
    /// The sheets read so far: what they keep, and the most one needed while read or imported.
    kept: u64,
    passing: u64,
    imported: u64,
}

impl<'a> Scan<'a> {
    fn new(stream: &'a [u8], base: u64) -> Self {
        Self {
            stream,
            base,
            shared: Vec::new(),
            longest_name: 0,
            kept: 0,
            passing: 0,
            imported: 0,
        }
    }

    fn run(mut self) -> Result<(), ReadError> {
        let mut biff8 = true;
        let mut sheets = Vec::new();
        let (mut names, mut name_formulas) = (0u64, 0u64);
        let mut pos = 0;
        while let Some(record) = next_record(self.stream, &mut pos) {
            let record = record?;
            let data = record.data;
            match record.typ {
                0x0809 => {
                    if data.len() < 2 {
                        return Err(record.damaged());
                    }
                    biff8 = match u16_at(data, 0) {
                        0x0200 | 0x0002 | 0x0007 | 0x0300 | 0x0400 | 0x0500 => false,
                        0 => u16_at(data, 2) != 0x1000,
                        _ => true,
                    };
                }
                0x0085 => {
                    if data.len() < 6 || (biff8 && data.len() < 8) {
                        return Err(record.damaged());
                    }
                    let name = short_string(&data[6..], biff8);
                    self.longest_name = self.longest_name.max(name.chars().count() as u64);
                    // calamine keeps the name three times and a sheet's empty grids.
                    self.base = self
                        .base
                        .saturating_add(SHEET_COST + 9 * name.chars().count() as u64);
                    self.over(|| "BOUNDSHEET".to_owned(), &SheetCost::default())?;
                    sheets.push((record.offset, u32_at(data, 0) as usize, name));
                }
                0x0018 if data.len() > 3 => {
                    self.longest_name = self.longest_name.max(u64::from(data[3]));
                    names += 1;
                    name_formulas = name_formulas.saturating_add(data.len() as u64);
                }
                0x00FC => self.sst(&record)?,
                0x000A => break,
                _ => {}
            }
        }
        // A defined name's formula is written out as text, sheet names and all.
        self.base = self
            .base
            .saturating_add(names * 128 + name_formulas.saturating_mul(self.per_formula_byte()));
        self.over(|| "LABEL (name)".to_owned(), &SheetCost::default())?;
        // Each sheet is read from its offset to its EOF; sheets of a real workbook do not
        // overlap, so all of them together are never longer than the stream.
        let mut walked = pos;
        for (offset, start, name) in sheets {
            if start > self.stream.len() {
                return Err(damaged("BOUNDSHEET", offset as u64));
            }
            walked = walked.saturating_add(self.sheet(start, &name)?);
            if walked > self.stream.len() {
                return Err(damaged("BOUNDSHEET", offset as u64));
            }
        }
        Ok(())
    }

    /// Bytes of formula text a byte of a parsed formula may become: a 5-byte reference to a
    /// name or another sheet is written as that name.
    fn per_formula_byte(&self) -> u64 {
        (3 * self.longest_name + 16) / 4 + 8
    }

    fn over(&self, place: impl FnOnce() -> String, sheet: &SheetCost) -> Result<(), ReadError> {
        let needed = self
            .base
            .saturating_add(self.kept)
            .saturating_add(sheet.kept())
            .saturating_add(self.passing.max(sheet.passing()))
            .saturating_add(self.imported.max(sheet.imported()));
        if needed > MAX_READ_MEMORY {
            return Err(ReadError::TooMuchMemory {
                place: place(),
                needed,
                limit: MAX_READ_MEMORY,
            });
        }
        Ok(())
    }

    /// The shared string table, as calamine reads it: each string's length, its characters
    /// possibly split over CONTINUE records (each starting with a flags byte).
    fn sst(&mut self, record: &Record<'_>) -> Result<(), ReadError> {
        if record.data.len() < 8 {
            return Err(record.damaged());
        }
        let mut reader = Pieces {
            current: &record.data[8..],
            rest: &record.cont,
            left: record.cont.iter().map(|c| c.len() as u64).sum(),
        };
        let empty = SheetCost::default();
        while !reader.current.is_empty() || reader.next_piece() {
            if reader.current.is_empty() {
                self.shared.push(0);
                continue;
            }
            let head = reader.current;
            if head.len() < 3 {
                return Err(record.damaged());
            }
            let chars = u16_at(head, 0);
            let flags = head[2];
            let mut at = 3;
            let mut runs = 0u64;
            let mut extra = 0u64;
            if flags & 0x8 != 0 {
                runs = u64::from(u16_at(head, at)) * 4;
                at += 2;
            }
            if flags & 0x4 != 0 {
                // calamine reads a signed length as unsigned: a negative one is all there is.
                let n = i32::from_le_bytes(
                    head.get(at..at + 4)
                        .and_then(|b| b.try_into().ok())
                        .unwrap_or([0xFF; 4]),
                );
                extra = u64::try_from(n).unwrap_or(u64::MAX);
                at += 4;
            }
            if head.len() < at {
                return Err(record.damaged());
            }
            reader.current = &head[at..];
            let mut wide = flags & 0x1 != 0;
            let mut left = u64::from(chars);
            loop {
                let unit = if wide { 2 } else { 1 };
                let take = left.min(reader.current.len() as u64 / unit);
                reader.current = &reader.current[(take * unit) as usize..];
                left -= take;
                if left == 0 {
                    break;
                }
                if !reader.next_piece() || reader.current.is_empty() {
                    return Err(record.damaged());
                }
                wide = reader.current[0] & 0x1 != 0;
                reader.current = &reader.current[1..];
            }
            if !reader.skip(runs.saturating_add(extra)) {
                return Err(record.damaged());
            }
            self.shared
                .push(u16::try_from(u64::from(chars).min(MAX_CELL_CHARS + 1)).unwrap_or(u16::MAX));
            // Each string: its text (grown from its length to up to 3 bytes a character), its
            // `String`, and the list's room to grow.
            self.base = self.base.saturating_add(4 * u64::from(chars) + 48);
            self.over(|| "SST".to_owned(), &empty)?;
        }
        Ok(())
    }

    /// One sheet, from `start` to its EOF; returns how many bytes it walked.
    fn sheet(&mut self, start: usize, name: &str) -> Result<usize, ReadError> {
        let mut cost = SheetCost::default();
        let mut formula_at = (0u16, 0u16);
        let per_formula_byte = self.per_formula_byte();
        let mut pos = start;
        while let Some(record) = next_record(self.stream, &mut pos) {
            let record = record?;
            let data = record.data;
            let typ = record.typ;
            let place = |data: &[u8]| (u16_at(data, 0), u16_at(data, 2));
            match typ {
                0x0200 => self.dimensions(&record, name, &mut cost)?,
                0x0203 | 0x0205 | 0x027E if data.len() >= 4 => {
                    self.cell(typ, place(data), 0, 0, name, &mut cost)?;
                }
                0x0204 if data.len() >= 8 => {
                    let chars = u64::from(u16_at(data, 6));
                    self.cell(typ, place(data), chars, 4 * chars, name, &mut cost)?;
                }
                0x0207 if data.len() >= 2 => {
                    let chars = u64::from(u16_at(data, 0));
                    self.cell(typ, formula_at, chars, 4 * chars, name, &mut cost)?;
                }
                0x00FD if data.len() >= 10 => {
                    let index = u32_at(data, 6) as usize;
                    let chars = self.shared.get(index).map_or(0, |&c| u64::from(c));
                    // calamine leaves out a cell naming a missing or empty string.
                    if chars > 0 {
                        self.cell(typ, place(data), chars, 3 * chars, name, &mut cost)?;
                    }
                }
                0x00BD if data.len() >= 6 => {
                    let (row, first) = place(data);
                    let last = u16_at(data, data.len() - 2);
                    let Some(n) = last.checked_sub(first).map(|n| usize::from(n) + 1) else {
                        continue;
                    };
                    if data.len() != 6 + 6 * n {
                        continue;
                    }
                    for column in first..=last {
                        self.cell(typ, (row, column), 0, 0, name, &mut cost)?;
                    }
                }
                0x0006 if data.len() >= 20 => {
                    formula_at = place(data);
                    self.cell(typ, formula_at, 0, 0, name, &mut cost)?;
                    let (row, column) = (u64::from(formula_at.0) + 1, u64::from(formula_at.1));
                    let area = cost.formula_area.get_or_insert((row, row, column, column));
                    widen(area, row, column);
                    cost.formulas.push();
                    let rgce = (data.len() - 20) as u64;
                    cost.formula_text = cost
                        .formula_text
                        .saturating_add(rgce.saturating_mul(per_formula_byte) + 128);
                    self.over(|| at_cell(name, row, column), &cost)?;
                }
                0x00E5 => {
                    cost.merged = cost.merged.saturating_add(data.len() as u64 / 8 + 1);
                }
                0x000A => break,
                _ => {}
            }
        }
        self.kept = self.kept.saturating_add(cost.kept());
        self.passing = self.passing.max(cost.passing());
        self.imported = self.imported.max(cost.imported());
        Ok(pos - start)
    }

    /// DIMENSIONS: calamine reserves room for as many cells as it claims.
    fn dimensions(
        &self,
        record: &Record<'_>,
        sheet: &str,
        cost: &mut SheetCost,
    ) -> Result<(), ReadError> {
        let data = record.data;
        let (first_row, end_row, mut first_column, end_column) = match data.len() {
            10 => (
                u64::from(u16_at(data, 0)),
                u64::from(u16_at(data, 2)),
                u64::from(u16_at(data, 4)),
                u64::from(u16_at(data, 6)),
            ),
            14 => (
                u64::from(u32_at(data, 0)),
                u64::from(u32_at(data, 4)),
                u64::from(u16_at(data, 8)),
                u64::from(u16_at(data, 10)),
            ),
            // calamine refuses it.
            _ => return Ok(()),
        };
        if first_column > 0xFF || end_column < first_column {
            first_column = 0;
        }
        if end_row == 0 || end_column == 0 {
            cost.cells.reserve(1);
            return Ok(());
        }
        if end_row > 65_536 || end_column > XLS_COLUMNS {
            return Err(ReadError::OutsideXlsGrid {
                sheet: sheet.to_owned(),
                record: "DIMENSIONS".to_owned(),
                cell: cell_name(end_row, end_column - 1),
            });
        }
        if first_row >= end_row {
            // calamine would count the rows backwards.
            return Err(record.damaged());
        }
        let cells = (end_row - first_row).saturating_mul(end_column - first_column);
        if cells > MAX_CELLS {
            return Err(ReadError::TooManyCells {
                sheet: sheet.to_owned(),
                from: cell_name(first_row + 1, first_column),
                to: cell_name(end_row, end_column - 1),
                cells,
                limit: MAX_CELLS,
            });
        }
        cost.cells.reserve(cells);
        self.over(|| at_cell(sheet, first_row + 1, first_column), cost)
    }

    /// A cell calamine keeps: at (row, column) from 0, with `chars` characters taking `bytes`.
    fn cell(
        &self,
        typ: u16,
        (row, column): (u16, u16),
        chars: u64,
        bytes: u64,
        sheet: &str,
        cost: &mut SheetCost,
    ) -> Result<(), ReadError> {
        let (row, column) = (u64::from(row) + 1, u64::from(column));
        if column >= XLS_COLUMNS {
            return Err(ReadError::OutsideXlsGrid {
                sheet: sheet.to_owned(),
                record: record_name(typ),
                cell: cell_name(row, column),
            });
        }
        if chars > MAX_CELL_CHARS {
            return Err(ReadError::CellTooLong {
                sheet: sheet.to_owned(),
                cell: cell_name(row, column),
                limit: MAX_CELL_CHARS,
            });
        }
        cost.chars = cost.chars.saturating_add(chars);
        if cost.chars > MAX_SHEET_CHARS {
            return Err(ReadError::TooMuchText {
                sheet: sheet.to_owned(),
                cell: cell_name(row, column),
                limit: MAX_SHEET_CHARS,
            });
        }
        check_area(sheet, &mut cost.area, row, column)?;
        cost.text = cost.text.saturating_add(bytes);
        cost.cells.push();
        self.over(|| at_cell(sheet, row, column), cost)
    }
}

fn widen(area: &mut (u64, u64, u64, u64), row: u64, column: u64) {
    area.0 = area.0.min(row);
    area.1 = area.1.max(row);
    area.2 = area.2.min(column);
    area.3 = area.3.max(column);
}

/// "'Answers'!B7".
fn at_cell(sheet: &str, row: u64, column: u64) -> String {
    format!("'{}'!{}", sheet.replace('\'', "''"), cell_name(row, column))
}

/// A ShortXLUnicodeString (BOUNDSHEET's name): a length byte, in BIFF8 a flags byte, then
/// the characters, one or two bytes each.
fn short_string(bytes: &[u8], biff8: bool) -> String {
    let Some(&len) = bytes.first() else {
        return String::new();
    };
    let len = usize::from(len);
    if !biff8 {
        let text = bytes.get(1..).unwrap_or_default();
        return text.iter().take(len).map(|&b| char::from(b)).collect();
    }
    let wide = bytes.get(1).is_some_and(|f| f & 1 != 0);
    let text = bytes.get(2..).unwrap_or_default();
    let mut name = if wide {
        let units: Vec<u16> = text
            .chunks_exact(2)
            .take(len)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        text.iter().take(len).map(|&b| char::from(b)).collect()
    };
    name.retain(|c| c != '\0');
    name
}

/// A record's data and its CONTINUE records, read as calamine reads them: one piece at a time.
struct Pieces<'a, 'b> {
    current: &'a [u8],
    rest: &'b [&'a [u8]],
    /// Bytes in `rest`.
    left: u64,
}

impl Pieces<'_, '_> {
    fn next_piece(&mut self) -> bool {
        let Some((first, rest)) = self.rest.split_first() else {
            return false;
        };
        self.current = first;
        self.rest = rest;
        self.left -= first.len() as u64;
        true
    }

    /// Skips `n` bytes across pieces; false when there are not that many.
    fn skip(&mut self, mut n: u64) -> bool {
        if n > self.current.len() as u64 + self.left {
            return false;
        }
        while n > 0 {
            if self.current.is_empty() && !self.next_piece() {
                return false;
            }
            let take = n.min(self.current.len() as u64);
            self.current = &self.current[take as usize..];
            n -= take;
        }
        true
    }
}
