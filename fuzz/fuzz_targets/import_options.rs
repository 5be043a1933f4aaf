//! How the `import_survey` target reads its first byte as import options; shared with the
//! regression test (`tests/safety/fuzz_regressions.rs` includes this file), so a kept crash input
//! is replayed with exactly the options that crashed.

use kanoscope::io::import::{Codes, ImportOptions};

/// Bit 0: codes dislike-first; bit 1: an `id` column by name; bit 2: a `segment` column by name.
pub fn from_flags(flags: u8) -> ImportOptions {
    ImportOptions {
        codes: if flags & 1 == 0 {
            Codes::LikeFirst
        } else {
            Codes::DislikeFirst
        },
        id_column: (flags & 2 != 0).then(|| "id".to_owned()),
        segment_column: (flags & 4 != 0).then(|| "segment".to_owned()),
        ..ImportOptions::default()
    }
}
