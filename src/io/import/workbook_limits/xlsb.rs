//! The binary parts of an .xlsb workbook (BIFF12 records in the zip), checked before calamine
//! reads them: the shared strings (xl/sharedStrings.bin, each BrtSSTItem's length), each sheet's
//! BrtWsDim and cells (BrtRowHdr gives the row, each cell record its column; BrtCellIsst names a
//! shared string, BrtCellSt and BrtFmlaString hold their own). The xlsx limits apply (Excel's grid,
//! cells spanned, characters in a cell and in a sheet), and the memory calamine and the importer
//! will need for the shared strings and the largest sheet is estimated against
//! [`MAX_READ_MEMORY`]: calamine reads an .xlsb's sheets one at a time.
//!
//! A record's length is checked against what is left of its part before anything is read past
//! its first bytes: calamine allocates a record's whole length before reading it.
//!
//! Must never: hold more than a record's first bytes, read a part past its declared size or past
//! [`MAX_UNPACKED_BYTES`] in all, or panic.

use super::super::error::ReadError;
use super::cfb::damaged;
use super::{
    Budget, Collect, MAX_CELL_CHARS, MAX_COLUMNS, MAX_READ_MEMORY, MAX_ROWS, MAX_SHEET_CHARS,
    MAX_UNPACKED_BYTES, cell_name, check_area, scan_part,
};
use std::collections::HashMap;
use std::io::{BufReader, Cursor, Read};

type Zip<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

/// The first bytes of a record kept for reading: enough for every field looked at.
const HEAD: usize = 16;

/// Checks the binary parts of an .xlsb (a zip holding xl/workbook.bin); returns the parts it
/// read, which need no other scan.
pub(super) fn check_xlsb(
    zip: &mut Zip<'_>,
    names: &[String],
    budget: &mut Budget,
) -> Result<Vec<String>, ReadError> {
    let mut read = Vec::new();
    let sheets = sheet_names(zip, names, budget, &mut read)?;
    let shared = match resolve(names, "xl/sharedStrings.bin") {
        Some(part) => {
            read.push(part.to_owned());
            shared_strings(zip, part, budget)?
        }
        None => Shared::default(),
    };
    // The sheets the workbook names, and any other part where Excel keeps sheets.
    let mut parts: Vec<(&str, String)> = sheets
        .iter()
        .map(|(part, name)| (part.as_str(), name.clone()))
        .collect();
    for name in names {
        let normal = normalise(name);
        if normal.starts_with("xl/worksheets/")
            && normal.ends_with(".bin")
            && !parts.iter().any(|(p, _)| p == name)
        {
            let file = name.rsplit('/').next().unwrap_or(name);
            let sheet = file.trim_end_matches(".bin").to_owned();
            parts.push((name.as_str(), sheet));
        }
    }
    for (part, sheet) in parts {
        read.push(part.to_owned());
        check_sheet(zip, part, &sheet, &shared, budget)?;
    }
    Ok(read)
}

/// A part's name as calamine looks it up: `/` for a backslash, in any case.
fn normalise(name: &str) -> String {
    name.replace('\\', "/").to_ascii_lowercase()
}

/// The zip entry calamine opens for `path` (the last entry of that name in any case).
pub(super) fn resolve<'n>(names: &'n [String], path: &str) -> Option<&'n str> {
    let wanted = normalise(path);
    names
        .iter()
        .rev()
        .find(|n| normalise(n) == wanted)
        .map(String::as_str)
}

/// A part's records, read through a buffer: each record's type, its length and its first bytes.
struct Records<'a, 'b> {
    reader: BufReader<zip::read::ZipFile<'a, Cursor<&'b [u8]>>>,
    part: String,
    size: u64,
    pos: u64,
    budget: &'a mut Budget,
}

impl<'a, 'b> Records<'a, 'b> {
    fn open(
        zip: &'a mut Zip<'b>,
        part: &str,
        budget: &'a mut Budget,
    ) -> Result<Option<Self>, ReadError> {
        let Ok(entry) = zip.by_name(part) else {
            return Ok(None);
        };
        let size = entry.size();
        if size > budget.left {
            return Err(ReadError::WorkbookUnpacksTooLarge {
                limit: MAX_UNPACKED_BYTES,
            });
        }
        Ok(Some(Records {
            reader: BufReader::with_capacity(64 * 1024, entry),
            part: part.to_owned(),
            size,
            pos: 0,
            budget,
        }))
    }

    fn damaged(&self, record: &str, at: u64) -> ReadError {
        damaged(&format!("{record} ({})", self.part), at)
    }

    /// Reads `buf.len()` bytes; false at a clean end before the first byte.
    fn read(&mut self, buf: &mut [u8], record: &str, at: u64) -> Result<bool, ReadError> {
        let mut got = 0;
        while got < buf.len() {
            match self.reader.read(&mut buf[got..]) {
                Ok(0) if got == 0 && buf.len() == 1 => return Ok(false),
                Ok(0) | Err(_) => return Err(self.damaged(record, at)),
                Ok(n) => got += n,
            }
        }
        self.pos += got as u64;
        self.budget.left =
            self.budget
                .left
                .checked_sub(got as u64)
                .ok_or(ReadError::WorkbookUnpacksTooLarge {
                    limit: MAX_UNPACKED_BYTES,
                })?;
        Ok(true)
    }

    fn byte(&mut self, record: &str, at: u64) -> Result<Option<u8>, ReadError> {
        let mut b = [0u8];
        Ok(self.read(&mut b, record, at)?.then_some(b[0]))
    }

    /// The next record: its type, where it starts, and its first [`HEAD`] bytes (fewer when it is
    /// shorter); `None` at the end of the part.
    fn next(&mut self, head: &mut Vec<u8>) -> Result<Option<(u16, u64)>, ReadError> {
        self.next_keeping(head, HEAD)
    }

    /// As [`Self::next`], keeping up to `keep` bytes of the record.
    fn next_keeping(
        &mut self,
        head: &mut Vec<u8>,
        keep: usize,
    ) -> Result<Option<(u16, u64)>, ReadError> {
        let at = self.pos;
        let Some(b) = self.byte("record", at)? else {
            return Ok(None);
        };
        let mut typ = u16::from(b);
        if b & 0x80 != 0 {
            let b2 = self
                .byte("record", at)?
                .ok_or_else(|| self.damaged("record", at))?;
            typ = u16::from(b & 0x7F) + (u16::from(b2 & 0x7F) << 7);
        }
        let name = record_name(typ);
        let mut b = self.byte(name, at)?.ok_or_else(|| self.damaged(name, at))?;
        let mut len = u64::from(b & 0x7F);
        for i in 1..4 {
            if b & 0x80 == 0 {
                break;
            }
            b = self.byte(name, at)?.ok_or_else(|| self.damaged(name, at))?;
            len += u64::from(b & 0x7F) << (7 * i);
        }
        // calamine allocates the whole length first: it must be there.
        if len > self.size.saturating_sub(self.pos) {
            return Err(self.damaged(name, at));
        }
        let keep = usize::try_from(len).unwrap_or(usize::MAX).min(keep);
        head.clear();
        head.resize(keep, 0);
        if keep > 0 {
            self.read(head, name, at)?;
        }
        let mut rest = len - keep as u64;
        let mut scratch = [0u8; 4096];
        while rest > 0 {
            let n = (rest as usize).min(scratch.len());
            self.read(&mut scratch[..n], name, at)?;
            rest -= n as u64;
        }
        Ok(Some((typ, len)))
    }
}

fn record_name(typ: u16) -> &'static str {
    match typ {
        0x0000 => "BrtRowHdr",
        0x0006 => "BrtCellSt",
        0x0007 => "BrtCellIsst",
        0x0008 => "BrtFmlaString",
        0x0013 => "BrtSSTItem",
        0x0094 => "BrtWsDim",
        0x009C => "BrtBundleSh",
        0x009F => "BrtBeginSst",
        _ => "record",
    }
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    bytes
        .get(at..at + 4)
        .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// The sheet's name for each sheet part ("xl/worksheets/sheet1.bin" -> "Answers"), from
/// xl/workbook.bin's BrtBundleSh records and their relationships, as calamine finds the parts.
fn sheet_names(
    zip: &mut Zip<'_>,
    names: &[String],
    budget: &mut Budget,
    read: &mut Vec<String>,
) -> Result<Vec<(String, String)>, ReadError> {
    // (relationship id, name) of each sheet; a name too long to keep is left to the part's.
    let mut bundles: Vec<(String, String)> = Vec::new();
    if let Some(part) = resolve(names, "xl/workbook.bin") {
        read.push(part.to_owned());
        if let Some(mut records) = Records::open(zip, part, budget)? {
            let mut head = Vec::new();
            while let Some((typ, _)) = records.next_keeping(&mut head, 4096)? {
                if typ == 0x009C && bundles.len() < 10_000 {
                    let mut at = 8;
                    if let (Some(id), Some(name)) =
                        (wide_string(&head, &mut at), wide_string(&head, &mut at))
                    {
                        bundles.push((id, name));
                    }
                }
            }
        }
    }
    read.push("xl/_rels/workbook.bin.rels".to_owned());
    let mut rels = Collect::new("Relationship", &["Id", "Target"]);
    scan_part(zip, "xl/_rels/workbook.bin.rels", budget, &mut rels)?;
    let targets: HashMap<&str, &str> = rels
        .found
        .iter()
        .map(|v| (v[0].as_str(), v[1].as_str()))
        .collect();
    let mut found: Vec<(String, String)> = Vec::new();
    for (id, name) in &bundles {
        let Some(target) = targets.get(id.as_str()) else {
            continue;
        };
        let path = format!("xl/{target}");
        let part = resolve(names, &path).map_or(path, str::to_owned);
        if !found.iter().any(|(p, _)| *p == part) {
            found.push((part, name.clone()));
        }
    }
    Ok(found)
}

/// An XLWideString at `at` (a u32 count, then UTF-16 units); a null one (0xFFFFFFFF) is empty.
fn wide_string(data: &[u8], at: &mut usize) -> Option<String> {
    let len = u32_at(data, *at);
    *at += 4;
    if len == u32::MAX {
        return Some(String::new());
    }
    let end = at.checked_add(usize::try_from(len).ok()?.checked_mul(2)?)?;
    let units: Vec<u16> = data
        .get(*at..end)?
        .chunks_exact(2)
        .map(|b| u16::from_le_bytes([b[0], b[1]]))
        .collect();
    *at = end;
    Some(String::from_utf16_lossy(&units))
}

/// The shared strings: each one's characters, capped just above Excel's limit, and the memory
/// calamine keeps them in.
#[derive(Default)]
struct Shared {
    lengths: Vec<u16>,
    memory: u64,
}

fn shared_strings(zip: &mut Zip<'_>, part: &str, budget: &mut Budget) -> Result<Shared, ReadError> {
    let mut shared = Shared::default();
    let Some(mut records) = Records::open(zip, part, budget)? else {
        return Ok(shared);
    };
    let mut head = Vec::with_capacity(HEAD);
    let mut future = false;
    while let Some((typ, len)) = records.next(&mut head)? {
        match typ {
            0x0023 => future = true,
            0x0024 => future = false,
            0x0013 if !future => {
                // A flags byte, then the string's length in characters and its UTF-16 units.
                let chars = u64::from(u32_at(&head, 1));
                if len < 5 || len < 5 + 2 * chars {
                    return Err(records.damaged("BrtSSTItem", records.pos - len));
                }
                shared
                    .lengths
                    .push(u16::try_from(chars.min(MAX_CELL_CHARS + 1)).unwrap_or(u16::MAX));
                shared.memory = shared.memory.saturating_add(3 * chars + 48);
                if shared.memory > MAX_READ_MEMORY {
                    return Err(ReadError::TooMuchMemory {
                        place: part.to_owned(),
                        needed: shared.memory,
                        limit: MAX_READ_MEMORY,
                    });
                }
            }
            _ => {}
        }
    }
    Ok(shared)
}

/// One sheet part: its BrtWsDim within Excel's grid, then its cells as the xlsx limits count
/// them, and the memory of reading it.
fn check_sheet(
    zip: &mut Zip<'_>,
    part: &str,
    sheet: &str,
    shared: &Shared,
    budget: &mut Budget,
) -> Result<(), ReadError> {
    let Some(mut records) = Records::open(zip, part, budget)? else {
        return Ok(());
    };
    let mut head = Vec::with_capacity(HEAD);
    let mut row = 0u64;
    let mut area = None;
    let (mut cells, mut chars, mut text) = (0u64, 0u64, 0u64);
    while let Some((typ, len)) = records.next(&mut head)? {
        let at = records.pos - len;
        match typ {
            0x0094 => {
                if head.len() < 16 {
                    return Err(records.damaged("BrtWsDim", at));
                }
                let (r0, r1) = (u64::from(u32_at(&head, 0)), u64::from(u32_at(&head, 4)));
                let (c0, c1) = (u64::from(u32_at(&head, 8)), u64::from(u32_at(&head, 12)));
                if r1 >= MAX_ROWS || c1 >= MAX_COLUMNS {
                    return Err(ReadError::CellOutsideGrid {
                        sheet: sheet.to_owned(),
                        row: r1 + 1,
                        column: c1 + 1,
                    });
                }
                if r0 > r1 || c0 > c1 {
                    return Err(records.damaged("BrtWsDim", at));
                }
            }
            0x0000 => {
                row = u64::from(u32_at(&head, 0));
                // calamine stops reading the sheet at a row past the grid.
                if row > 0x0010_0000 {
                    break;
                }
            }
            0x0092 => break,
            0x0002..=0x000A => {
                let column = u64::from(u32_at(&head, 0));
                let this = match typ {
                    0x0006 | 0x0008 => {
                        let n = u64::from(u32_at(&head, 8));
                        if len < 12 + 2 * n {
                            return Err(records.damaged(record_name(typ), at));
                        }
                        n
                    }
                    0x0007 => {
                        let index = u32_at(&head, 8) as usize;
                        shared.lengths.get(index).map_or(0, |&l| u64::from(l))
                    }
                    _ => 0,
                };
                let place = cell_name(row + 1, column);
                if this > MAX_CELL_CHARS {
                    return Err(ReadError::CellTooLong {
                        sheet: sheet.to_owned(),
                        cell: place,
                        limit: MAX_CELL_CHARS,
                    });
                }
                chars = chars.saturating_add(this);
                if chars > MAX_SHEET_CHARS {
                    return Err(ReadError::TooMuchText {
                        sheet: sheet.to_owned(),
                        cell: place,
                        limit: MAX_SHEET_CHARS,
                    });
                }
                check_area(sheet, &mut area, row + 1, column)?;
                cells += 1;
                text = text.saturating_add(3 * this);
                // calamine's list of cells (grown by doubling), its grid of cells and the grid's
                // copy with the texts, then the importer's rows.
                let spanned = area.map_or(0, |(r0, r1, c0, c1): (u64, u64, u64, u64)| {
                    (r1 - r0 + 1).saturating_mul(c1 - c0 + 1)
                });
                let needed = shared
                    .memory
                    .saturating_add(cells.saturating_mul(80))
                    .saturating_add(spanned.saturating_mul(32 + 32 + 64))
                    .saturating_add(text.saturating_mul(3));
                if needed > MAX_READ_MEMORY {
                    return Err(ReadError::TooMuchMemory {
                        place: format!("'{}'!{place}", sheet.replace('\'', "''")),
                        needed,
                        limit: MAX_READ_MEMORY,
                    });
                }
            }
            _ => {}
        }
    }
    Ok(())
}
