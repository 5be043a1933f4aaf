//! "Never lose work", at the level of files: saves keep the previous version as `.bak` and leave
//! everything as it was when any step fails (a full disk half-way through, a short write, a
//! refused rename, a file removed under us, a step that dies); the app can tell that the open
//! file changed on disk; loading refuses oversized, non-regular, deeply nested and badly encoded
//! files with clear messages, keeps odd ids intact, reports progress and runs on a worker thread;
//! recovery copies are written, listed, restored and removed, and damaged ones are reported; and
//! every input the fuzzers ever crashed on stays fixed.

// Tests state their expectations with unwrap: a failure should stop the test where it happened.
// The crate warns on unwrap in its [lints] table, which cannot be scoped to test targets.
#![allow(clippy::unwrap_used)]

mod safety {
    pub mod common;
    mod fuzz_regressions;
    mod loading;
    mod recovery;
    mod saving;
    mod stamps;
}
