//! Build script: records the commit Kanoscope is built from as `KANOSCOPE_COMMIT`, for
//! `kanoscope --version` and the About box (`src/version.rs`).
//!
//! The commit is the `KANOSCOPE_COMMIT` environment variable when set (a build from a source
//! tarball names its commit that way), else `git rev-parse --short=12 HEAD`, else `unknown` (no
//! git, or not a git checkout). This script never fails the build, and it reruns only when the
//! checkout's HEAD moves, so that a commit does not rebuild everything else.
//! `tests/version.rs` includes this file to test `commit_of`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// What `--version` says when the commit is not known.
pub const UNKNOWN_COMMIT: &str = "unknown";

fn main() {
    let dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    println!("cargo:rerun-if-env-changed=KANOSCOPE_COMMIT");
    println!("cargo:rerun-if-changed=build.rs");
    for path in files_that_move_with_head(&dir) {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    let given = std::env::var("KANOSCOPE_COMMIT").ok();
    let commit = recorded_commit(&dir, given.as_deref());
    println!("cargo:rustc-env=KANOSCOPE_COMMIT={commit}");
}

/// The commit to record: `given` (the `KANOSCOPE_COMMIT` variable) if it looks like a commit
/// hash, else the checkout's at `dir`.
pub fn recorded_commit(dir: &Path, given: Option<&str>) -> String {
    match given.map(str::trim) {
        Some(given) if is_commit(given) => given.to_owned(),
        _ => commit_of(dir),
    }
}

/// The short hash (12 hexadecimal digits) of the commit checked out in the git work tree that
/// holds `dir`, or [`UNKNOWN_COMMIT`].
pub fn commit_of(dir: &Path) -> String {
    git(dir, &["rev-parse", "--short=12", "HEAD"])
        .filter(|hash| is_commit(hash))
        .unwrap_or_else(|| UNKNOWN_COMMIT.to_owned())
}

/// Hexadecimal digits only, and at least seven of them (git's shortest abbreviation).
fn is_commit(text: &str) -> bool {
    text.len() >= 7 && text.chars().all(|c| c.is_ascii_hexdigit())
}

/// The files git rewrites when this work tree's HEAD moves (a commit, a checkout, a merge): HEAD
/// itself, its log, and the branch it points to. Those that do not exist are left out, because
/// cargo would rerun the script on every build for a missing file. Files of other branches and
/// other work trees are left out, so that their commits do not rebuild this one.
fn files_that_move_with_head(dir: &Path) -> Vec<PathBuf> {
    let mut names = vec!["HEAD".to_owned(), "logs/HEAD".to_owned()];
    if let Some(branch) = git(dir, &["symbolic-ref", "-q", "HEAD"]) {
        names.push(branch);
    }
    names
        .iter()
        .filter_map(|name| git(dir, &["rev-parse", "--git-path", name]))
        .map(|path| dir.join(path))
        .filter(|path| path.exists())
        .collect()
}

/// One line of what `git -C dir ARGS` prints, if git runs and succeeds.
fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8(output.stdout).ok()?;
    let line = text.trim();
    (!line.is_empty()).then(|| line.to_owned())
}
