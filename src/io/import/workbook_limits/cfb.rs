//! A strict reader of the Compound File Binary container (MS-CFB) that holds an old .xls
//! workbook: it finds the workbook stream by walking exactly the chains calamine walks (DIFAT,
//! FAT, directory, mini stream, mini FAT, the stream itself) and refuses, naming the structure and
//! its byte, what would make calamine loop forever or allocate without bound: a cyclic chain, a
//! sector beyond the file, a FAT sector listed twice, a chain that runs off its table.
//!
//! Hand-written because calamine's own CFB reader is private to it and the `cfb` crate is not in
//! Cargo.lock; the container is small (a header, a few tables of sector numbers) and every number
//! read from it is checked here before it is used.
//!
//! Must never: read outside the file's bytes, visit a sector twice in one chain, hold more than
//! the file's size in sector tables, or panic on any input.

use super::super::error::ReadError;

const ENDOFCHAIN: u32 = 0xFFFF_FFFE;
/// Sector numbers at or above this are markers, not sectors.
const RESERVED: u32 = 0xFFFF_FFFA;
/// DIFAT entries at or above this name no FAT sector.
const DIFSECT: u32 = 0xFFFF_FFFC;
const SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// True when `bytes` start as a CFB container does.
pub(super) fn is_cfb(bytes: &[u8]) -> bool {
    bytes.starts_with(&SIGNATURE)
}

pub(super) fn damaged(part: &str, offset: u64) -> ReadError {
    ReadError::DamagedBinaryWorkbook {
        part: part.to_owned(),
        offset,
    }
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

fn u64_at(bytes: &[u8], at: usize) -> u64 {
    u64::from(u32_at(bytes, at)) | (u64::from(u32_at(bytes, at + 4)) << 32)
}

fn entries(sector: &[u8]) -> impl Iterator<Item = u32> + '_ {
    sector
        .chunks_exact(4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// The container's sectors: sector `id` starts at byte `(id + 1) × size`.
struct Sectors<'a> {
    file: &'a [u8],
    size: usize,
    /// Sectors in the file after the header (the last one possibly cut short).
    count: u32,
}

impl<'a> Sectors<'a> {
    fn offset(&self, id: u32) -> u64 {
        (u64::from(id) + 1) * self.size as u64
    }

    fn get(&self, id: u32, part: &str, from: u64) -> Result<&'a [u8], ReadError> {
        if id >= self.count {
            return Err(damaged(part, from));
        }
        let start = (id as usize + 1) * self.size;
        // The last sector may be cut short, as some writers leave it (calamine reads what
        // there is).
        Ok(&self.file[start..(start + self.size).min(self.file.len())])
    }

    /// The sector numbers of the chain from `start` through `table`, at most enough to hold
    /// `len` bytes of `unit`-byte sectors: each number checked against the file and the table,
    /// none visited twice.
    fn chain(
        &self,
        start: u32,
        table: &[u32],
        units: u32,
        len: u64,
        unit: u64,
        part: &str,
    ) -> Result<Vec<u32>, ReadError> {
        let mut seen = vec![false; units as usize];
        let mut ids = Vec::new();
        let mut id = start;
        let mut from = 0x30;
        while id != ENDOFCHAIN {
            let fresh = seen
                .get_mut(id as usize)
                .map(|s| !std::mem::replace(s, true));
            if fresh != Some(true) {
                return Err(damaged(part, from));
            }
            ids.push(id);
            if ids.len() as u64 * unit >= len {
                break;
            }
            from = self.offset(id);
            id = *table.get(id as usize).ok_or_else(|| damaged(part, from))?;
        }
        Ok(ids)
    }

    fn bytes(&self, ids: &[u32], len: u64, part: &str) -> Result<Vec<u8>, ReadError> {
        let mut out = Vec::with_capacity(ids.len() * self.size);
        for &id in ids {
            out.extend_from_slice(self.get(id, part, 0)?);
        }
        out.truncate(usize::try_from(len).unwrap_or(usize::MAX));
        Ok(out)
    }
}

/// A directory entry: its name, first sector and length.
struct Entry {
    name: String,
    start: u32,
    len: u64,
}

/// The bytes of the workbook stream ("Workbook", else "Book", as calamine looks for them), or
/// `None` when the container has none (calamine says so in its own words).
pub(super) fn workbook_stream(file: &[u8]) -> Result<Option<Vec<u8>>, ReadError> {
    if file.len() < 512 || !is_cfb(file) {
        return Err(damaged("CFB header", 0));
    }
    let size = match u16_at(file, 30) {
        9 => 512,
        12 => 4096,
        _ => return Err(damaged("CFB header", 30)),
    };
    if u16_at(file, 32) != 6 {
        return Err(damaged("CFB header", 32));
    }
    if file.len() < size {
        return Err(damaged("CFB header", 0));
    }
    let count = u32::try_from((file.len() - size).div_ceil(size)).unwrap_or(u32::MAX);
    let sectors = Sectors { file, size, count };

    // The FAT's sectors: 109 in the header, the rest in the DIFAT chain.
    let mut fat_ids: Vec<(u32, u64)> = entries(&file[76..512])
        .enumerate()
        .map(|(i, id)| (id, 76 + 4 * i as u64))
        .collect();
    let mut seen = vec![false; count as usize];
    let mut id = u32_at(file, 68);
    let mut from = 68;
    while id < RESERVED {
        let fresh = seen
            .get_mut(id as usize)
            .map(|s| !std::mem::replace(s, true));
        if fresh != Some(true) {
            return Err(damaged("CFB DIFAT", from));
        }
        let sector = sectors.get(id, "CFB DIFAT", from)?;
        from = sectors.offset(id);
        let mut listed: Vec<u32> = entries(sector).collect();
        id = listed.pop().unwrap_or(ENDOFCHAIN);
        fat_ids.extend(
            listed
                .into_iter()
                .enumerate()
                .map(|(i, fat)| (fat, from + 4 * i as u64)),
        );
    }
    let mut fat = Vec::new();
    let mut seen = vec![false; count as usize];
    for (id, at) in fat_ids.into_iter().filter(|(id, _)| *id < DIFSECT) {
        let fresh = seen
            .get_mut(id as usize)
            .map(|s| !std::mem::replace(s, true));
        if fresh != Some(true) {
            return Err(damaged("CFB FAT", at));
        }
        fat.extend(entries(sectors.get(id, "CFB FAT", at)?));
    }

    // The directory: the whole chain.
    let unit = size as u64;
    let ids = sectors.chain(
        u32_at(file, 48),
        &fat,
        count,
        u64::MAX,
        unit,
        "CFB directory",
    )?;
    let directory = sectors.bytes(&ids, u64::MAX, "CFB directory")?;
    let listed: Vec<Entry> = directory
        .chunks_exact(128)
        .map(|e| {
            let units: Vec<u16> = e[..64]
                .chunks_exact(2)
                .map(|b| u16::from_le_bytes([b[0], b[1]]))
                .take_while(|&u| u != 0)
                .collect();
            Entry {
                name: String::from_utf16_lossy(&units),
                start: u32_at(e, 116),
                len: if size == 512 {
                    u64::from(u32_at(e, 120))
                } else {
                    u64_at(e, 120)
                },
            }
        })
        .collect();
    let Some(root) = listed.first() else {
        return Ok(None);
    };
    let Some(stream) = ["Workbook", "Book", "WORKBOOK", "BOOK"]
        .iter()
        .find_map(|name| listed.iter().find(|e| e.name == *name))
    else {
        return Ok(None);
    };
    if stream.len >= 4096 {
        let ids = sectors.chain(stream.start, &fat, count, stream.len, unit, "CFB FAT chain")?;
        return sectors.bytes(&ids, stream.len, "CFB FAT chain").map(Some);
    }
    // A small stream lives in the mini stream (the root's chain), in 64-byte sectors listed by
    // the mini FAT.
    let mini_fat_sectors = u64::from(u32_at(file, 64));
    if mini_fat_sectors == 0 {
        return Err(damaged("CFB mini FAT", 64));
    }
    let ids = sectors.chain(root.start, &fat, count, root.len, unit, "CFB mini stream")?;
    let mini_stream = sectors.bytes(&ids, root.len, "CFB mini stream")?;
    let ids = sectors.chain(
        u32_at(file, 60),
        &fat,
        count,
        mini_fat_sectors * unit,
        unit,
        "CFB mini FAT",
    )?;
    let mini_fat: Vec<u32> = entries(&sectors.bytes(&ids, u64::MAX, "CFB mini FAT")?).collect();
    let minis = u32::try_from(mini_stream.len() / 64).unwrap_or(u32::MAX);
    let ids = Sectors {
        file: &[],
        size: 64,
        count: minis,
    }
    .chain(
        stream.start,
        &mini_fat,
        minis,
        stream.len,
        64,
        "CFB mini FAT chain",
    )?;
    let mut out = Vec::with_capacity(ids.len() * 64);
    for id in ids {
        let start = id as usize * 64;
        out.extend_from_slice(&mini_stream[start..start + 64]);
    }
    out.truncate(stream.len as usize);
    Ok(Some(out))
}
