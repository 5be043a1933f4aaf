//! `kanoscope screenshot` refuses bad input with one line on stderr and a non-zero exit, before
//! any window opens: these tests run with no display at all, so a window attempt would show up
//! as a different message. Without a display it fails cleanly too, instead of hanging.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// Runs `kanoscope` with no display, so that nothing can open a window.
fn kanoscope(args: &[&str]) -> Output {
    let started = Instant::now();
    let output = Command::new(env!("CARGO_BIN_EXE_kanoscope"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .output()
        .unwrap_or_else(|e| panic!("cannot run kanoscope: {e}"));
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "kanoscope {args:?} took {:?}",
        started.elapsed()
    );
    output
}

/// The run failed with exactly one line on stderr that contains every one of `needles`.
fn fails_with_one_line(args: &[&str], needles: &[&str]) {
    let output = kanoscope(args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{args:?} succeeded");
    assert_eq!(stderr.lines().count(), 1, "{args:?}: stderr is {stderr:?}");
    assert!(stderr.starts_with("kanoscope: "), "{args:?}: {stderr:?}");
    for needle in needles {
        assert!(
            stderr.contains(needle),
            "{args:?}: {needle:?} not in {stderr:?}"
        );
    }
    assert!(output.stdout.is_empty(), "{args:?} printed to stdout");
}

#[test]
fn a_bad_size_is_refused_in_one_line() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let png = dir.path().join("shot.png");
    let png = png.to_string_lossy();
    for size in ["big", "1600x", "1600*1000", "10x10"] {
        fails_with_one_line(
            &["screenshot", "--sample", "--size", size, "-o", &png],
            &["--size", size],
        );
    }
    assert!(!Path::new(png.as_ref()).exists(), "no picture is written");
}

#[test]
fn a_missing_or_broken_project_is_refused_in_one_line() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let png = dir.path().join("shot.png");
    let png = png.to_string_lossy();
    let missing = dir.path().join("missing.kano.json");
    let missing = missing.to_string_lossy();
    fails_with_one_line(
        &["screenshot", &missing, "-o", &png],
        &["missing.kano.json", "cannot read the file"],
    );
    let broken = dir.path().join("broken.kano.json");
    std::fs::write(&broken, "{\"format\": \"kanoscope-project\"").unwrap_or_else(|e| panic!("{e}"));
    fails_with_one_line(
        &["screenshot", &broken.to_string_lossy(), "-o", &png],
        &["broken.kano.json"],
    );
    assert!(!Path::new(png.as_ref()).exists(), "no picture is written");
}

#[test]
fn a_missing_output_folder_is_refused_in_one_line() {
    fails_with_one_line(
        &[
            "screenshot",
            "--view",
            "plots",
            "-o",
            "/no/such/folder/plots.png",
        ],
        &["/no/such/folder/plots.png", "does not exist"],
    );
}

#[test]
fn without_a_display_the_window_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let png = dir.path().join("shot.png");
    fails_with_one_line(
        &["screenshot", "--sample", "-o", &png.to_string_lossy()],
        &["cannot open a window", "display"],
    );
    assert!(!png.exists(), "no picture is written");
}

#[test]
fn survey_and_present_refuse_a_bad_file_before_opening_a_window() {
    for command in ["survey", "present"] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_kanoscope"))
            .args([command, "/no/such/project.kano.json"])
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .expect("kanoscope runs");
        assert_eq!(output.status.code(), Some(1), "{command}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("/no/such/project.kano.json"), "{stderr}");
    }
}
