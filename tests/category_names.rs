//! `--names kano|plain` on the command line: the table of `analyze`, the results CSV, reports
//! and pictures name the categories in the chosen set; the letters A O M I R Q, the JSON and the
//! CSV's codes are the same under both.

#![allow(clippy::unwrap_used)]

use kanoscope::io::samples::Sample;
use std::path::Path;
use std::process::{Command, Output};
use tempfile::TempDir;

fn sample_file(sample: Sample) -> (TempDir, std::path::PathBuf) {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("metro.kano.json");
    std::fs::write(&path, sample.text()).unwrap();
    (dir, path)
}

fn kanoscope(args: &[&str], file: &Path) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_kanoscope"))
        .arg(args[0])
        .arg(file)
        .args(&args[1..])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn stdout(args: &[&str], file: &Path) -> String {
    String::from_utf8(kanoscope(args, file).stdout).unwrap()
}

#[test]
fn analyze_prints_plain_names_with_the_same_letters() {
    let (_dir, file) = sample_file(Sample::MetroEnglish);
    let kano = stdout(&["analyze"], &file);
    let plain = stdout(&["analyze", "--names", "plain"], &file);
    assert_eq!(kano, stdout(&["analyze", "--names", "kano"], &file));
    assert!(kano.contains("M Must-be") && kano.contains("A Attractive"));
    assert!(plain.contains("M Basic") && plain.contains("A Excitement"));
    for gone in ["Must-be", "One-dimensional", "Attractive"] {
        assert!(!plain.contains(gone), "{gone} in\n{plain}");
    }
    // Row for row the same letters and figures: only the words differ.
    assert_eq!(kano.lines().count(), plain.lines().count());
    let letters = |text: &str| -> Vec<String> {
        text.lines()
            .skip(4)
            .map(|line| {
                ["A ", "O ", "M ", "I ", "R ", "Q "]
                    .iter()
                    .filter_map(|l| line.find(&format!("  {l}")).map(|at| (at, *l)))
                    .min()
                    .map_or_else(String::new, |(_, l)| l.to_owned())
            })
            .collect()
    };
    assert_eq!(letters(&kano), letters(&plain));
    assert!(letters(&kano).iter().any(|l| l == "M "));
}

#[test]
fn machine_formats_never_change_with_the_names() {
    let (_dir, file) = sample_file(Sample::MetroEnglish);
    for format in ["json", "csv"] {
        assert_eq!(
            stdout(&["analyze", "--format", format], &file),
            stdout(&["analyze", "--format", format, "--names", "plain"], &file),
            "{format}"
        );
    }
}

#[test]
fn exports_and_reports_follow_the_names_and_keep_the_codes() {
    let (dir, file) = sample_file(Sample::MetroEnglish);
    let out = |name: &str| dir.path().join(name);
    let run = |output: &Path, names: &str| {
        kanoscope(
            &["export", "-o", output.to_str().unwrap(), "--names", names],
            &file,
        );
        std::fs::read_to_string(output).unwrap()
    };
    let kano = run(&out("kano.csv"), "kano");
    let plain = run(&out("plain.csv"), "plain");
    let column = |text: &str, name: &str| -> Vec<String> {
        let mut lines = text.trim_start_matches('\u{feff}').lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let at = header.iter().position(|h| *h == name).unwrap();
        // The sample's names hold no commas, so a plain split reads the cells.
        lines
            .map(|l| l.split(',').nth(at).unwrap().to_owned())
            .collect()
    };
    assert_eq!(column(&kano, "category"), column(&plain, "category"));
    assert!(column(&kano, "category_name").contains(&"Must-be".to_owned()));
    assert!(column(&plain, "category_name").contains(&"Basic".to_owned()));
    assert!(!column(&plain, "category_name").contains(&"Must-be".to_owned()));

    let svg = run(&out("plain.svg"), "plain");
    assert!(svg.contains(">Basic<") || svg.contains("M Basic"), "{svg}");
    assert!(!svg.contains("Must-be"));

    kanoscope(
        &[
            "report",
            "-o",
            out("r.html").to_str().unwrap(),
            "--names",
            "plain",
        ],
        &file,
    );
    let html = std::fs::read_to_string(out("r.html")).unwrap();
    assert!(html.contains("Basic") && html.contains("Performance"));
    // Kano's name stays as the explanation beside the plain one, never as the name.
    assert!(html.contains("Kano&#39;s name: Must-be") || html.contains("Kano's name: Must-be"));
}

#[test]
fn chinese_reports_use_the_chosen_chinese_set() {
    let (dir, file) = sample_file(Sample::MetroChinese);
    let report = |names: &str| {
        let path = dir.path().join(format!("{names}.md"));
        kanoscope(
            &["report", "-o", path.to_str().unwrap(), "--names", names],
            &file,
        );
        std::fs::read_to_string(path).unwrap()
    };
    let (kano, plain) = (report("kano"), report("plain"));
    assert!(kano.contains("必备") && kano.contains("魅力"));
    assert!(plain.contains("基本") && plain.contains("兴奋"));
}
