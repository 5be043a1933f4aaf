//! Telling whether the file a project came from was changed on disk by someone else (another
//! program, a sync service, a colleague on a shared drive) since it was loaded or saved, so the
//! app can ask before saving over those changes.
//!
//! A [`FileStamp`] is taken from the very bytes that were read or written: their length, a hash
//! of them, and the file's modification time. [`looks_changed`] compares only the length and the
//! time (no reading: cheap enough to poll); [`disk_change`] and [`changed_on_disk`] also compare
//! the contents, so a file that was merely touched, or copied back unchanged, is not "changed",
//! and a same-size rewrite within the file system's time resolution is.
//!
//! Must never: modify the file, or read more of it than needed to answer.

use std::hash::Hasher;
use std::io::Read;
use std::path::Path;
use std::time::SystemTime;

/// What a file looked like when it was loaded or saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileStamp {
    /// Its size in bytes.
    pub len: u64,
    /// Its modification time, where the system reports one.
    pub modified: Option<SystemTime>,
    /// A hash of its contents ([`ContentHash`]); only meaningful within one run of the program.
    pub hash: u64,
}

impl FileStamp {
    /// The stamp of a file at `path` known to hold exactly `bytes` (just read or written).
    pub fn of_bytes(path: &Path, bytes: &[u8]) -> Self {
        let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        let mut hash = ContentHash::new();
        hash.update(bytes);
        Self {
            len: bytes.len() as u64,
            modified,
            hash: hash.finish(),
        }
    }

    /// Reads the file at `path` and stamps it.
    pub fn read(path: &Path) -> std::io::Result<Self> {
        let mut file = std::fs::File::open(path)?;
        let modified = file.metadata().and_then(|m| m.modified()).ok();
        let mut hash = ContentHash::new();
        let mut buffer = vec![0; 1 << 16];
        loop {
            let n = match file.read(&mut buffer) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            hash.update(&buffer[..n]);
        }
        Ok(Self {
            len: hash.len,
            modified,
            hash: hash.finish(),
        })
    }
}

/// How the file on disk compares with a stamp.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiskChange {
    /// Same contents as when stamped (it may have been touched).
    Unchanged,
    /// Different contents.
    Modified,
    /// Nothing is at the path any more (deleted, renamed, or the drive is gone).
    Removed,
}

/// Compares the file at `path` with `stamp`: its size first, then, when the sizes agree, its
/// contents (reading the whole file). Call it when the answer matters (before saving, when the
/// window regains focus), not every frame; [`looks_changed`] is the cheap check.
pub fn disk_change(path: &Path, stamp: &FileStamp) -> std::io::Result<DiskChange> {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(DiskChange::Removed),
        Err(e) => return Err(e),
    };
    if !meta.is_file() || meta.len() != stamp.len {
        return Ok(DiskChange::Modified);
    }
    let now = match FileStamp::read(path) {
        Ok(now) => now,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(DiskChange::Removed),
        Err(e) => return Err(e),
    };
    Ok(if now.len == stamp.len && now.hash == stamp.hash {
        DiskChange::Unchanged
    } else {
        DiskChange::Modified
    })
}

/// Whether the file at `path` differs from `stamp`, including "it is gone".
pub fn changed_on_disk(path: &Path, stamp: &FileStamp) -> std::io::Result<bool> {
    Ok(disk_change(path, stamp)? != DiskChange::Unchanged)
}

/// A cheap first look that reads only the file's size and time: `false` means "almost surely
/// unchanged" (a rewrite of the same size within the time resolution of the file system slips
/// through), `true` means "confirm with [`disk_change`]".
pub fn looks_changed(path: &Path, stamp: &FileStamp) -> bool {
    match std::fs::metadata(path) {
        Ok(meta) => meta.len() != stamp.len || meta.modified().ok() != stamp.modified,
        Err(_) => true,
    }
}

/// A fast 64-bit hash of a byte stream that does not depend on how the stream is cut into
/// pieces: the bytes are fed to std's SipHash in fixed 64 KiB blocks.
#[derive(Clone, Debug)]
pub struct ContentHash {
    hasher: std::collections::hash_map::DefaultHasher,
    block: Vec<u8>,
    len: u64,
}

const BLOCK: usize = 1 << 16;

impl Default for ContentHash {
    fn default() -> Self {
        Self::new()
    }
}

impl ContentHash {
    /// An empty hash.
    pub fn new() -> Self {
        Self {
            hasher: std::collections::hash_map::DefaultHasher::new(),
            block: Vec::with_capacity(BLOCK),
            len: 0,
        }
    }

    /// Adds the next bytes of the stream.
    pub fn update(&mut self, mut bytes: &[u8]) {
        self.len += bytes.len() as u64;
        if !self.block.is_empty() {
            let take = (BLOCK - self.block.len()).min(bytes.len());
            self.block.extend_from_slice(&bytes[..take]);
            bytes = &bytes[take..];
            if self.block.len() == BLOCK {
                self.hasher.write(&self.block);
                self.block.clear();
            }
        }
        let mut blocks = bytes.chunks_exact(BLOCK);
        for block in &mut blocks {
            self.hasher.write(block);
        }
        self.block.extend_from_slice(blocks.remainder());
    }

    /// The hash of everything added so far.
    pub fn finish(&self) -> u64 {
        let mut hasher = self.hasher.clone();
        hasher.write(&self.block);
        hasher.write_u64(self.len);
        hasher.finish()
    }
}
