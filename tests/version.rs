//! `kanoscope --version` names the version and the commit the binary was built from; outside a
//! git checkout the commit is `unknown`. The build script's `commit_of` is tested here on git
//! repositories made for the test, and the binary's answer against the checkout it was built in.

#[allow(dead_code)]
#[path = "../build.rs"]
mod build_script;

use build_script::{UNKNOWN_COMMIT, commit_of, recorded_commit};
use std::path::Path;
use std::process::Command;

/// Runs `git` in `dir` with a fixed identity, so that commits work on any machine.
fn git(dir: &Path, args: &[&str]) -> String {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.invalid",
        ])
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run git: {e}"));
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

#[test]
fn the_version_line_names_the_version_and_the_commit_built_from() {
    let output = Command::new(env!("CARGO_BIN_EXE_kanoscope"))
        .arg("--version")
        .output()
        .unwrap_or_else(|e| panic!("cannot run kanoscope: {e}"));
    assert!(output.status.success());
    // The build script reruns whenever HEAD moves or the variable changes, so the binary names
    // today's checkout, or the commit the build was told.
    let given = std::env::var("KANOSCOPE_COMMIT").ok();
    let commit = recorded_commit(Path::new(env!("CARGO_MANIFEST_DIR")), given.as_deref());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        format!(
            "kanoscope {} (commit {commit})\n",
            env!("CARGO_PKG_VERSION")
        )
    );
    assert_eq!(kanoscope::version::COMMIT, commit);
}

#[test]
fn a_checkout_names_its_commit_in_twelve_digits() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    git(dir.path(), &["init", "--quiet"]);
    git(
        dir.path(),
        &["commit", "--quiet", "--allow-empty", "-m", "first"],
    );
    let first = git(dir.path(), &["rev-parse", "HEAD"]);
    assert_eq!(commit_of(dir.path()), first[..12]);

    git(
        dir.path(),
        &["commit", "--quiet", "--allow-empty", "-m", "second"],
    );
    let second = git(dir.path(), &["rev-parse", "HEAD"]);
    assert_ne!(first, second);
    assert_eq!(commit_of(dir.path()), second[..12], "a new commit is named");

    // A folder inside the checkout names the checkout's commit.
    let inner = dir.path().join("src");
    std::fs::create_dir(&inner).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(commit_of(&inner), second[..12]);
}

#[test]
fn no_checkout_and_no_commit_yet_are_unknown() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let plain = dir.path().join("plain");
    std::fs::create_dir(&plain).unwrap_or_else(|e| panic!("{e}"));
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap_or_else(|e| panic!("{e}"));
    git(&empty, &["init", "--quiet"]);
    let missing = dir.path().join("missing");
    for (folder, what) in [
        (&plain, "not a git checkout"),
        (&empty, "a repository with no commit"),
        (&missing, "a folder that does not exist"),
    ] {
        assert_eq!(commit_of(folder), UNKNOWN_COMMIT, "{what}");
    }
}

#[test]
fn a_commit_given_to_the_build_wins_when_it_is_a_hash() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let check = |given: Option<&str>, expected: &str| {
        assert_eq!(recorded_commit(dir.path(), given), expected, "{given:?}");
    };
    check(Some("0123456789ab"), "0123456789ab");
    check(
        Some(" 0123456789abcdef0123456789abcdef01234567\n"),
        "0123456789abcdef0123456789abcdef01234567",
    );
    check(Some("abc"), UNKNOWN_COMMIT);
    check(Some("not-a-hash"), UNKNOWN_COMMIT);
    check(Some(""), UNKNOWN_COMMIT);
    check(None, UNKNOWN_COMMIT);
}
