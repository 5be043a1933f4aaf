//! Writes a large synthetic project file for benchmarks:
//! `cargo run --release --example make_large_project -- OUT.kano.json [RESPONDENTS] [FEATURES]`
//! (default 20,000 respondents x 50 features, one million answer pairs).

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(
        args.next()
            .ok_or("usage: make_large_project OUT [RESPONDENTS] [FEATURES]")?,
    );
    let respondents: usize = args.next().map_or(Ok(20_000), |a| a.parse())?;
    let features: usize = args.next().map_or(Ok(50), |a| a.parse())?;
    let project = kanoscope::project::synthetic_project(features, respondents);
    kanoscope::io::save_project(&out, &project)?;
    let size = std::fs::metadata(&out)?.len();
    println!(
        "wrote {} ({respondents} respondents x {features} features, {:.1} MB)",
        out.display(),
        size as f64 / 1e6
    );
    Ok(())
}
