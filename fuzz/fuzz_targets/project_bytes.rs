//! The project loader on arbitrary bytes: it must answer (a project or a message), never panic,
//! and a project it accepts must round-trip.
#![no_main]

mod check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(project) = kanoscope::io::parse_project(data) {
        check::accepted(&project);
    }
});
