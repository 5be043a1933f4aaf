//! The `kanoscope analyze` command-line contract (FORMATS.md), checked by running the real binary.
//!
//! Bad input gives a non-zero exit code (not a panic, not a signal), nothing on stdout and exactly
//! one line on stderr, "kanoscope: FILE: ...", naming the place (a JSON path or a line and column)
//! and what was expected. Good input gives the documented JSON (keys in the documented order),
//! CSV and table, and `--table`, `--rule` and `--segment` agree with the library's own results.

// Tests state their expectations with unwrap: a failure should stop the test where it happened.
// The crate warns on unwrap in its [lints] table, which cannot be scoped to test targets.
#![allow(clippy::unwrap_used)]

use kanoscope::io::samples::Sample;
use kanoscope::kano::{Analysis, Category, EvaluationTable, Rule};
use kanoscope::project::{Project, SegmentFilter};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use tempfile::TempDir;

/// The header of a version 1 project file.
const HEADER: &str = r#""format": "kanoscope-project", "version": 1"#;

/// The keys of one feature in `--format json`, in the documented order.
const FEATURE_KEYS: [&str; 13] = [
    "id",
    "name",
    "n",
    "counts",
    "category",
    "better",
    "worse",
    "category_strength",
    "total_strength",
    "significant",
    "functional_mean",
    "dysfunctional_mean",
    "importance_mean",
];

/// The keys of `counts`, in the documented order.
const COUNT_KEYS: [&str; 6] = ["A", "O", "M", "I", "R", "Q"];

/// What stands at the path given to `analyze`.
enum Input<'a> {
    /// A file with this text.
    Text(&'a str),
    /// A file with these bytes.
    Bytes(&'a [u8]),
    /// A folder.
    Folder,
    /// Nothing at all.
    Missing,
}

/// A project file with one feature `a` and one respondent `r` whose answer to `a` is `pair`.
fn one_answer(pair: &str) -> String {
    format!(
        r#"{{{HEADER}, "features": [{{"id": "a", "name": "A"}}], "respondents": [{{"id": "r", "answers": {{"a": {pair}}}}}]}}"#
    )
}

/// Puts `input` at a path in a fresh folder and runs `kanoscope analyze PATH --format json ARGS`.
fn run(input: Input<'_>, args: &[&str]) -> (TempDir, PathBuf, Output) {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("project.kano.json");
    match input {
        Input::Text(text) => std::fs::write(&path, text).unwrap(),
        Input::Bytes(bytes) => std::fs::write(&path, bytes).unwrap(),
        Input::Folder => std::fs::create_dir(&path).unwrap(),
        Input::Missing => {}
    }
    let output = analyze(&path, &[&["--format", "json"], args].concat());
    (dir, path, output)
}

fn analyze(path: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kanoscope"))
        .arg("analyze")
        .arg(path)
        .args(args)
        .output()
        .unwrap()
}

/// Checks that `analyze` refuses `input` as the contract says, with a message that contains
/// every one of `expected`.
fn check(input: Input<'_>, expected: &[&str]) {
    check_with_args(input, &[], expected);
}

/// As [`check`], with more command-line arguments.
fn check_with_args(input: Input<'_>, args: &[&str], expected: &[&str]) {
    let (_dir, path, output) = run(input, args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let code = output.status.code();
    assert!(
        code.is_some(),
        "killed by a signal: {:?}\n{stderr}",
        output.status
    );
    assert_ne!(code, Some(0), "bad input was accepted:\n{stderr}");
    assert_ne!(code, Some(101), "the binary panicked:\n{stderr}");
    assert!(
        output.stdout.is_empty(),
        "stdout should be empty:\n{}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(
        stderr.ends_with('\n') && stderr.lines().count() == 1,
        "stderr should be exactly one line:\n{stderr}"
    );
    assert!(stderr.starts_with("kanoscope: "), "{stderr}");
    let file = path.display().to_string();
    assert!(
        stderr.contains(&file),
        "the message should name {file}:\n{stderr}"
    );
    for fragment in expected {
        assert!(
            stderr.contains(fragment),
            "the message should contain {fragment:?}:\n{stderr}"
        );
    }
}

#[test]
fn text_that_is_not_json_is_refused_with_its_position() {
    check(
        Input::Text("Feature,Functional\nwifi,like\n"),
        &["line 1, column 1", "expected"],
    );
    check(
        Input::Text(&format!("{{{HEADER},\n  \"title\": 'single quotes'\n}}")),
        &["line 2, column 12", "expected"],
    );
}

#[test]
fn a_file_cut_off_in_the_middle_is_refused_with_its_position() {
    let text = Sample::MetroEnglish.text();
    let mut cut = text.len() / 2;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let truncated = &text[..cut];
    // The parser stops at the end of the text, so that is the place the message names.
    let line = 1 + truncated.matches('\n').count();
    let column = truncated.len() - truncated.rfind('\n').map_or(0, |i| i + 1);
    check(
        Input::Text(truncated),
        &[&format!("line {line}, column {column}"), "ends too early"],
    );
}

#[test]
fn wrong_types_are_refused_with_their_json_path() {
    let rows: [(String, &[&str]); 7] = [
        (
            format!(r#"{{{HEADER}, "features": 5}}"#),
            &["features (line 1", "expected"],
        ),
        (
            format!(r#"{{{HEADER}, "features": [{{"id": "a", "name": 3}}]}}"#),
            &["features[0].name (line 1", "expected"],
        ),
        (
            r#"{"format": "kanoscope-project", "version": "1"}"#.to_owned(),
            &["version (line 1", "\"1\"", "expected"],
        ),
        (
            r#"{"format": "kanoscope-project", "version": 1, "title": ["a", "b"]}"#.to_owned(),
            &["title (line 1", "expected"],
        ),
        (
            format!(r#"{{{HEADER}, "respondents": {{"r": {{}}}}}}"#),
            &["respondents (line 1", "expected"],
        ),
        (
            format!(
                r#"{{{HEADER}, "features": [{{"id": "a"}}], "respondents": [{{"id": "r", "answers": ["like", "dislike"]}}]}}"#
            ),
            &["respondents[0].answers (line 1", "expected"],
        ),
        (
            format!(r#"{{{HEADER}, "analysis": {{"rule": "majority"}}}}"#),
            &[
                "analysis.rule (line 1",
                "majority",
                "max",
                "strength",
                "oam",
            ],
        ),
    ];
    for (text, expected) in &rows {
        check(Input::Text(text), expected);
    }
}

#[test]
fn an_unknown_answer_token_is_refused() {
    check(
        Input::Text(&one_answer(
            r#"{"functional": "likes", "dysfunctional": "dislike"}"#,
        )),
        &[
            "respondents[0].answers.a.functional",
            "likes",
            "expected",
            "must-be",
            "neutral",
            "live-with",
            "dislike",
        ],
    );
    check(
        Input::Text(&one_answer(
            r#"{"functional": "like", "dysfunctional": "Dislike"}"#,
        )),
        &["respondents[0].answers.a.dysfunctional", "Dislike"],
    );
}

#[test]
fn duplicate_ids_are_refused() {
    check(
        Input::Text(&format!(
            r#"{{{HEADER}, "features": [{{"id": "wifi"}}, {{"id": "seats"}}, {{"id": "wifi"}}]}}"#
        )),
        &["features[2].id", "\"wifi\"", "features[0]", "unique"],
    );
    check(
        Input::Text(&format!(
            r#"{{{HEADER}, "features": [{{"id": "a"}}], "respondents": [{{"id": "r-1"}}, {{"id": "r-1"}}]}}"#
        )),
        &["respondents[1].id", "\"r-1\"", "respondents[0]", "unique"],
    );
}

#[test]
fn empty_ids_are_refused() {
    check(
        Input::Text(&format!(r#"{{{HEADER}, "features": [{{"id": "  "}}]}}"#)),
        &["features[0].id", "cannot be empty"],
    );
    check(
        Input::Text(&format!(
            r#"{{{HEADER}, "features": [{{"id": "a"}}], "respondents": [{{"id": ""}}]}}"#
        )),
        &["respondents[0].id", "cannot be empty"],
    );
}

#[test]
fn an_answer_for_a_feature_that_does_not_exist_is_refused() {
    check(
        Input::Text(&format!(
            r#"{{{HEADER}, "features": [{{"id": "a"}}], "respondents": [{{"id": "r", "answers": {{"b": {{"functional": "like"}}}}}}]}}"#
        )),
        &["respondents[0].answers.b", "\"b\"", "not in \"features\""],
    );
}

#[test]
fn importance_off_the_scale_or_not_an_integer_is_refused() {
    // Off every scale, or not a number: serde's place, with line and column.
    let place = "respondents[0].answers.a.importance (line 1";
    // On some scale but not this project's (1..9 by default): the JSON path.
    let path = "respondents[0].answers.a.importance: ";
    let rows: [(&str, &[&str]); 6] = [
        ("0", &[path, "importance 0", "importance scale", "1 to 9"]),
        ("10", &[path, "importance 10", "importance scale", "1 to 9"]),
        ("11", &[place, "importance 11", "0 to 10"]),
        ("-3", &[place, "importance -3", "0 to 10"]),
        ("7.5", &[place, "7.5"]),
        ("\"7\"", &[place, "\"7\""]),
    ];
    for (importance, expected) in rows {
        let pair = format!(r#"{{"functional": "like", "importance": {importance}}}"#);
        check(Input::Text(&one_answer(&pair)), expected);
    }
}

#[test]
fn importance_is_checked_against_the_files_own_scale() {
    let file = |scale: &str, importance: u8| {
        format!(
            r#"{{{HEADER}, "importance_scale": {scale}, "features": [{{"id": "a", "name": "A"}}], "respondents": [{{"id": "r", "answers": {{"a": {{"functional": "like", "importance": {importance}}}}}}}]}}"#
        )
    };
    let five = r#"{"min": 1, "max": 5}"#;
    check(
        Input::Text(&file(five, 7)),
        &[
            "respondents[0].answers.a.importance: ",
            "importance 7",
            "1 to 5",
        ],
    );
    let rows: [(&str, &[&str]); 3] = [
        (r#"{"min": 5, "max": 1}"#, &["importance_scale: ", "5 to 1"]),
        (
            r#"{"min": 0, "max": 11}"#,
            &["importance_scale: ", "0 to 11"],
        ),
        (
            r#"{"min": 1, "max": 3, "labels": ["low", "high"]}"#,
            &["importance_scale: ", "3 points but 2 labels"],
        ),
    ];
    for (scale, expected) in rows {
        check(Input::Text(&file(scale, 1)), expected);
    }
}

#[test]
fn a_newer_version_is_refused_naming_both_versions() {
    let expected: &[&str] = &["version: ", "version 2", "up to 1"];
    check(
        Input::Text(r#"{"format": "kanoscope-project", "version": 2}"#),
        expected,
    );
    // A newer file may change the layout of everything else; the version is still what is named.
    check(
        Input::Text(
            r#"{"format": "kanoscope-project", "version": 2, "features": {"wifi": {"name": 3}}}"#,
        ),
        expected,
    );
}

#[test]
fn a_missing_or_wrong_format_is_refused() {
    let rows: [(&str, &[&str]); 4] = [
        (
            r#"{"version": 1, "features": []}"#,
            &["\"format\"", "kanoscope-project"],
        ),
        (
            r#"{"format": "excel", "version": 1}"#,
            &["format: ", "\"excel\"", "expected", "\"kanoscope-project\""],
        ),
        (
            r#"{"format": "excel", "version": 1, "features": 5}"#,
            &["format: ", "\"excel\"", "expected", "\"kanoscope-project\""],
        ),
        (
            r#"{"format": 3, "version": 1}"#,
            &["format (line 1", "expected"],
        ),
    ];
    for (text, expected) in rows {
        check(Input::Text(text), expected);
    }
}

#[test]
fn an_empty_or_blank_file_is_refused() {
    for text in ["", " ", "\n\n\t  \r\n"] {
        check(Input::Text(text), &["the file is empty", "expected"]);
    }
}

#[test]
fn a_folder_or_a_missing_file_is_refused() {
    check(Input::Folder, &["cannot read the file", "folder"]);
    check(Input::Missing, &["cannot read the file"]);
}

#[test]
fn invalid_utf8_inside_a_string_is_refused_with_its_position() {
    let mut bytes = format!(r#"{{{HEADER}, "title": "Metro "#).into_bytes();
    let column = bytes.len() + 1;
    bytes.extend_from_slice(b"\xff\xfe line\"}");
    check(Input::Bytes(&bytes), &["title (line 1, column", "unicode"]);
    // The column points at or just past the bad byte.
    let (_dir, _path, output) = run(Input::Bytes(&bytes), &[]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        [column - 1, column, column + 1]
            .iter()
            .any(|c| stderr.contains(&format!("line 1, column {c})"))),
        "expected column near {column}:\n{stderr}"
    );
}

#[test]
fn a_segment_nobody_is_in_is_refused_listing_the_segments() {
    check_with_args(
        Input::Text(Sample::MetroEnglish.text()),
        &["--segment", "Nobody"],
        &[
            "\"Nobody\"",
            "the segments are: \"Commuter\", \"Occasional traveller\", \"Tourist\"",
        ],
    );
    check_with_args(
        Input::Text(&one_answer(r#"{"functional": "like"}"#)),
        &["--segment", "Tourist"],
        &["\"Tourist\"", "no segments"],
    );
}

/// Runs `analyze` on the English sample and returns stdout, checking that it succeeded quietly.
fn analyze_sample(args: &[&str]) -> String {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join(Sample::MetroEnglish.file_name());
    std::fs::write(&path, Sample::MetroEnglish.text()).unwrap();
    let output = analyze(&path, args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    String::from_utf8(output.stdout).unwrap()
}

/// Positions of `"key":` in `text`, searched in order from `from`; panics if one is missing.
fn key_positions(text: &str, from: usize, keys: &[&str]) -> Vec<usize> {
    let mut at = from;
    keys.iter()
        .map(|key| {
            let needle = format!("\"{key}\":");
            let found = text[at..]
                .find(&needle)
                .unwrap_or_else(|| panic!("{needle} missing after byte {at}"));
            at += found + needle.len();
            at
        })
        .collect()
}

#[test]
fn json_output_follows_the_documented_layout() {
    let text = analyze_sample(&["--format", "json"]);
    let json: Value = serde_json::from_str(&text).unwrap();
    let project = Sample::MetroEnglish.project();
    assert_eq!(json["respondents"], 120);
    let features = json["features"].as_array().unwrap();
    let ids: Vec<&str> = features.iter().map(|f| f["id"].as_str().unwrap()).collect();
    let expected_ids: Vec<&str> = project.features().iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids.len(), 14);
    assert_eq!(ids, expected_ids);
    // Exactly the documented keys, and (on the raw text) in the documented order.
    let top = key_positions(&text, 0, &["respondents", "features"]);
    let mut starts: Vec<usize> = ids
        .iter()
        .map(|id| text.find(&format!("\"id\": \"{id}\"")).unwrap())
        .collect();
    starts.push(text.len());
    assert!(top[1] < starts[0]);
    for (k, feature) in features.iter().enumerate() {
        let object = feature.as_object().unwrap();
        assert_eq!(object.len(), FEATURE_KEYS.len(), "{feature}");
        assert_eq!(
            feature["counts"].as_object().unwrap().len(),
            COUNT_KEYS.len()
        );
        let positions = key_positions(&text, starts[k], &FEATURE_KEYS);
        assert!(positions.windows(2).all(|w| w[0] < w[1]));
        assert!(*positions.last().unwrap() < starts[k + 1], "{}", ids[k]);
        let counts = key_positions(&text, positions[3], &COUNT_KEYS);
        assert!(*counts.last().unwrap() < positions[4], "{}", ids[k]);
    }
}

#[test]
fn csv_output_has_a_header_and_one_row_per_feature() {
    let text = analyze_sample(&["--format", "csv"]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "id,name,n,A,O,M,I,R,Q,category,better,worse,category_strength,total_strength,\
         significant,functional_mean,dysfunctional_mean,importance_mean"
    );
    assert_eq!(lines.len(), 15);
    let project = Sample::MetroEnglish.project();
    for (line, feature) in lines[1..].iter().zip(project.features()) {
        assert!(line.starts_with(&format!("{},", feature.id)), "{line}");
    }
}

#[test]
fn table_output_names_every_feature() {
    let text = analyze_sample(&[]);
    assert_eq!(text, analyze_sample(&["--format", "table"]));
    for feature in Sample::MetroEnglish.project().features() {
        assert!(
            text.contains(&feature.name),
            "{} missing:\n{text}",
            feature.name
        );
    }
}

/// Checks that `analyze --format json ARGS` on the English sample reports what the library
/// computes for `analysis` and `filter`, and returns the JSON.
fn check_against_library(args: &[&str], analysis: Analysis, filter: &SegmentFilter) -> Value {
    let json: Value =
        serde_json::from_str(&analyze_sample(&[&["--format", "json"], args].concat())).unwrap();
    let project: Project = Sample::MetroEnglish.project();
    let results = project.results(&analysis, filter);
    assert_eq!(json["respondents"], results.respondents, "{args:?}");
    let figure = |value: &Value, expected: Option<f64>, what: &str| match expected {
        None => assert!(value.is_null(), "{args:?} {what}: {value}"),
        Some(x) => {
            let shown = value.as_f64().unwrap();
            assert!(
                (shown - x).abs() <= 0.000_05 + 1e-12,
                "{args:?} {what}: {shown} vs {x}"
            );
        }
    };
    for (row, result) in json["features"]
        .as_array()
        .unwrap()
        .iter()
        .zip(&results.features)
    {
        let stats = &result.stats;
        let id = &project.features()[result.index].id;
        assert_eq!(row["id"], id.as_str(), "{args:?}");
        assert_eq!(row["n"], stats.n, "{args:?} {id}");
        for category in Category::ALL {
            assert_eq!(
                row["counts"][category.letter()],
                stats.counts[category],
                "{args:?} {id}"
            );
        }
        assert_eq!(
            row["category"].as_str(),
            stats.category.map(Category::letter),
            "{args:?} {id}"
        );
        figure(
            &row["better"],
            stats.coefficients.map(|c| c.better),
            "better",
        );
        figure(&row["worse"], stats.coefficients.map(|c| c.worse), "worse");
        figure(
            &row["category_strength"],
            stats.strength.map(|s| s.category),
            "category_strength",
        );
        figure(
            &row["total_strength"],
            stats.strength.map(|s| s.total),
            "total_strength",
        );
        assert_eq!(
            row["significant"].as_bool(),
            stats.fong.map(|f| f.significant),
            "{args:?} {id}"
        );
        figure(
            &row["functional_mean"],
            stats.continuous.map(|c| c.functional.mean),
            "functional_mean",
        );
        figure(
            &row["dysfunctional_mean"],
            stats.continuous.map(|c| c.dysfunctional.mean),
            "dysfunctional_mean",
        );
        figure(
            &row["importance_mean"],
            stats.importance.map(|i| i.mean),
            "importance_mean",
        );
    }
    json
}

#[test]
fn table_rule_and_segment_options_agree_with_the_library() {
    let base = *Sample::MetroEnglish.project().analysis();
    let pouliot = Analysis {
        table: EvaluationTable::Pouliot,
        ..base
    };
    let oam = Analysis {
        rule: Rule::Oam,
        ..base
    };
    let both = Analysis {
        table: EvaluationTable::Pouliot,
        rule: Rule::Oam,
        ..base
    };
    let tourist = SegmentFilter::Only("Tourist".to_owned());
    let default = check_against_library(&[], base, &SegmentFilter::All);
    let rows: [(&[&str], Analysis, &SegmentFilter); 6] = [
        (
            &["--table", "standard", "--rule", "max"],
            base,
            &SegmentFilter::All,
        ),
        (&["--table", "pouliot"], pouliot, &SegmentFilter::All),
        (&["--rule", "oam"], oam, &SegmentFilter::All),
        (
            &["--rule", "strength"],
            Analysis {
                rule: Rule::Strength,
                ..base
            },
            &SegmentFilter::All,
        ),
        (&["--segment", "Tourist"], base, &tourist),
        (
            &[
                "--segment",
                "Tourist",
                "--table",
                "pouliot",
                "--rule",
                "oam",
            ],
            both,
            &tourist,
        ),
    ];
    for (args, analysis, filter) in rows {
        check_against_library(args, analysis, filter);
    }
    // The options really change the figures on this sample, so the agreement above means something.
    let pouliot_json = check_against_library(&["--table", "pouliot"], pouliot, &SegmentFilter::All);
    assert_ne!(pouliot_json["features"], default["features"]);
    let tourist_json = check_against_library(&["--segment", "Tourist"], base, &tourist);
    assert_eq!(tourist_json["respondents"], 25);
    assert_ne!(tourist_json["features"], default["features"]);
}

// Regressions for problems found while writing these tests.

#[test]
fn arrays_are_refused_where_objects_are_required() {
    check(
        Input::Text(r#"["kanoscope-project", 1]"#),
        &["line 1, column 1", "JSON object"],
    );
    check(
        Input::Text("  [1, 2]"),
        &["line 1, column 3", "JSON object"],
    );
    check(
        Input::Text(&one_answer(r#"["like", "dislike", 5]"#)),
        &["respondents[0].answers.a", "a JSON object"],
    );
    check(
        Input::Text(&format!(
            r#"{{{HEADER}, "analysis": ["pouliot", "oam"], "features": [], "respondents": []}}"#
        )),
        &["analysis", "a JSON object"],
    );
}

#[test]
fn user_text_with_newlines_stays_on_one_stderr_line() {
    // `check` asserts that stderr is exactly one line.
    check(
        Input::Text(&format!(
            r#"{{{HEADER}, "features": [{{"id": "a\nb"}}, {{"id": "a\nb"}}], "respondents": []}}"#
        )),
        &["features[1].id", "a\\nb"],
    );
    check(
        Input::Text(&format!(
            r#"{{{HEADER}, "features": [], "respondents": [{{"id": "r", "answers": {{"x\ny": {{}}}}}}]}}"#
        )),
        &["respondents[0].answers", "x\\ny"],
    );
    check_with_args(
        Input::Text(Sample::MetroEnglish.text()),
        &["--segment", "Commu\nter"],
        &["Commu\\nter"],
    );
}

#[test]
fn no_question_mark_stands_in_for_a_place() {
    let sample = Sample::MetroEnglish.text();
    let (_dir, _path, output) = run(Input::Text(&sample[..sample.len() / 2]), &[]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !stderr.contains(".?") && !stderr.contains(": ? "),
        "{stderr}"
    );
    check(
        Input::Text(&format!(r#"{{{HEADER},}}"#)),
        &["line 1", "trailing comma"],
    );
}

#[test]
fn ids_of_spaces_only_are_empty() {
    check(
        Input::Text(&format!(r#"{{{HEADER}, "features": [{{"id": " "}}]}}"#)),
        &["features[0].id", "cannot be empty"],
    );
    check(
        Input::Text(&format!(
            r#"{{{HEADER}, "features": [], "respondents": [{{"id": "\u3000"}}]}}"#
        )),
        &["respondents[0].id", "cannot be empty"],
    );
}

#[test]
fn an_order_naming_a_feature_that_does_not_exist_is_refused() {
    check(
        Input::Text(&format!(
            r#"{{{HEADER}, "features": [{{"id": "a"}}], "respondents": [{{"id": "r", "order": ["a", "zz"]}}]}}"#
        )),
        &["respondents[0].order[1]", "\"zz\""],
    );
    check(
        Input::Text(&format!(
            r#"{{{HEADER}, "survey": {{"order": "shuffled"}}}}"#
        )),
        &["survey.order", "shuffled"],
    );
}

#[test]
fn analyze_json_prints_the_importance_scale_and_the_mean_on_it() {
    let text = format!(
        r#"{{{HEADER}, "importance_scale": {{"min": 1, "max": 5, "labels": ["a", "b", "c", "d", "e"]}},
        "features": [{{"id": "a", "name": "A"}}],
        "respondents": [
          {{"id": "r1", "answers": {{"a": {{"functional": "like", "dysfunctional": "dislike", "importance": 5}}}}}},
          {{"id": "r2", "answers": {{"a": {{"functional": "like", "dysfunctional": "dislike", "importance": 2}}}}}}
        ]}}"#
    );
    let (_dir, _path, output) = run(Input::Text(&text), &[]);
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        json["importance_scale"],
        serde_json::json!({"min": 1, "max": 5, "labels": ["a", "b", "c", "d", "e"]})
    );
    assert_eq!(json["features"][0]["importance_mean"], 3.5);
    // A project without a scale says it is on the default one.
    let (_dir, _path, output) = run(Input::Text(&one_answer(r#"{"importance": 9}"#)), &[]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        json["importance_scale"],
        serde_json::json!({"min": 1, "max": 9})
    );
}
