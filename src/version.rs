//! Which Kanoscope this is: the package version and the commit it was built from, as
//! `kanoscope --version` and the About box say them.
//!
//! `build.rs` records the commit (`git rev-parse --short=12 HEAD`, or the `KANOSCOPE_COMMIT`
//! variable for builds outside a git checkout, else `unknown`). Constants only: nothing here
//! runs git or reads files when Kanoscope runs.

/// The package version, from Cargo.toml.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The commit the binary was built from: 12 hexadecimal digits, or `unknown`.
pub const COMMIT: &str = env!("KANOSCOPE_COMMIT");

/// The version and the commit, as `kanoscope --version` prints them after the program's name:
/// `0.1.0 (commit 0123456789ab)`.
pub const VERSION_AND_COMMIT: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("KANOSCOPE_COMMIT"),
    ")"
);
