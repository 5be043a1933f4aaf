//! The survey importer (`kanoscope import`, File ▸ Import) on arbitrary bytes: CSV in any
//! encoding and separator, and spreadsheets. It must answer (a project or a message naming the
//! row, column and text), never panic, and a project it builds must round-trip like any other.
//! The first byte chooses the options: codes like-first or dislike-first, and whether an `id`
//! and a `segment` column are asked for by name.
#![no_main]

mod check;
mod import_options;

use kanoscope::io::import::import_bytes;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    // libfuzzer-sys installs a panic hook that aborts at once, before any unwinding. The
    // importer catches a panic of the spreadsheet library (calamine) and reports a damaged
    // workbook, so go back to the default hook: a panic anywhere else still unwinds to
    // libfuzzer-sys's own catch and aborts as a crash.
    static DEFAULT_HOOK: std::sync::Once = std::sync::Once::new();
    DEFAULT_HOOK.call_once(|| drop(std::panic::take_hook()));
    let Some((&flags, bytes)) = data.split_first() else {
        return;
    };
    let options = import_options::from_flags(flags);
    if let Ok(project) = import_bytes(bytes, &options) {
        check::accepted(&project);
    }
});
