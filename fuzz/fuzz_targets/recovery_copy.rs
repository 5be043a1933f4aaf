//! Recovery copies as found on disk after a crash, with any contents: listing them never panics,
//! a copy listed as usable either restores or is refused with a message, and what restores
//! round-trips like any project.
#![no_main]

mod check;

use kanoscope::io::recovery::{self, DocumentId};
use std::path::PathBuf;
use std::sync::OnceLock;

/// One folder for the whole run, in memory where the system offers it.
fn folder() -> &'static PathBuf {
    static FOLDER: OnceLock<PathBuf> = OnceLock::new();
    FOLDER.get_or_init(|| {
        let base = if std::path::Path::new("/dev/shm").is_dir() {
            PathBuf::from("/dev/shm")
        } else {
            std::env::temp_dir()
        };
        let dir = base.join(format!("kanoscope-fuzz-recovery-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        dir
    })
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let file = recovery::copy_path(folder(), DocumentId(1));
    if std::fs::write(&file, data).is_err() {
        return;
    }
    let Ok(found) = recovery::find(folder()) else {
        return;
    };
    for info in found {
        if info.problem.is_none()
            && let Ok(project) = recovery::restore(&info.file)
        {
            check::accepted(&project);
        }
    }
});
