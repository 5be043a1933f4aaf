//! Survey exports as each platform writes them, generated from surveys whose every answer is
//! known (survey.rs): Qualtrics CSV with three header rows and a verbal importance block, a
//! Qualtrics workbook whose raw data sits among analysis sheets, a Google Forms grid, a
//! SurveyMonkey export with two header rows, Typeform's one question per column, a 问卷星 matrix
//! in GB18030, Excel's UTF-16 tab text and a European Windows-1252 semicolon file. Each is
//! imported with no column named and must give back the known answers, the scale importance was
//! asked on, and the counts, categories and Better/Worse those answers analyse to.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod survey;

use kanoscope::io::import::{self, ImportOptions};
use kanoscope::kano::{Analysis, Category};
use kanoscope::project::{Project, SegmentFilter};
use std::process::Command;
use survey::{Shape, Survey};

const ITEMS: [&str; 6] = [
    "Childcare",
    "Free Wi-Fi",
    "Café on board",
    "Quiet carriage",
    "Bike racks",
    "Crèche",
];

const ITEMS_ZH: [&str; 5] = ["免费无线网络", "车厢咖啡", "安静车厢", "自行车架", "母婴室"];

fn survey_for(shape: Shape, respondents: usize, seed: u64) -> Survey {
    let items: &[&str] = if shape == Shape::Wenjuanxing {
        &ITEMS_ZH
    } else {
        &ITEMS
    };
    survey::survey(items, respondents, shape.scale().unwrap_or((1, 5)), seed)
}

/// Checks that `imported` is `expected`: features by name in order, every answer, the scale,
/// and the figures, each of which leans to the category it was designed to.
fn check(imported: &Project, expected: &Project, what: &str) {
    let names =
        |p: &Project| -> Vec<String> { p.features().iter().map(|f| f.name.clone()).collect() };
    assert_eq!(names(imported), names(expected), "{what}: features");
    assert_eq!(
        imported.respondents().len(),
        expected.respondents().len(),
        "{what}: respondents"
    );
    for (got, want) in imported.respondents().iter().zip(expected.respondents()) {
        assert_eq!(
            got.responses, want.responses,
            "{what}: respondent {}",
            want.id
        );
    }
    assert_eq!(
        imported.importance_scale().min(),
        expected.importance_scale().min(),
        "{what}: scale"
    );
    assert_eq!(
        imported.importance_scale().max(),
        expected.importance_scale().max()
    );
    let got = imported.results(&Analysis::default(), &SegmentFilter::All);
    let want = expected.results(&Analysis::default(), &SegmentFilter::All);
    for (k, (g, w)) in got.features.iter().zip(&want.features).enumerate() {
        let designed = [Category::A, Category::O, Category::M, Category::I][k % 4];
        assert_eq!(
            g.stats.counts, w.stats.counts,
            "{what}: counts of feature {k}"
        );
        assert_eq!(
            g.stats.category,
            Some(designed),
            "{what}: category of feature {k}"
        );
        assert_eq!(
            g.stats.coefficients, w.stats.coefficients,
            "{what}: Better/Worse {k}"
        );
        assert_eq!(
            g.stats.importance, w.stats.importance,
            "{what}: importance {k}"
        );
    }
}

#[test]
fn every_platform_shape_imports_to_the_known_answers_and_figures() {
    for (k, shape) in Shape::ALL.into_iter().enumerate() {
        for seed in [1, 2] {
            let survey = survey_for(shape, 60 + 20 * k, seed * 97 + k as u64);
            let bytes = survey::export(&survey, shape);
            let project = import::import_bytes(&bytes, &ImportOptions::default())
                .unwrap_or_else(|e| panic!("{shape:?}: {e}"));
            check(
                &project,
                &survey::expected(&survey, shape),
                &format!("{shape:?}"),
            );
        }
    }
}

#[test]
fn the_features_carry_their_questions_and_a_verbal_scale_keeps_its_labels() {
    let survey = survey_for(Shape::QualtricsCsv, 40, 5);
    let project = import::import_bytes(
        &survey::export(&survey, Shape::QualtricsCsv),
        &ImportOptions::default(),
    )
    .unwrap();
    let childcare = &project.features()[0];
    assert_eq!(childcare.id, "childcare");
    assert_eq!(
        childcare.functional,
        "How do you feel if you have this benefit?"
    );
    assert_eq!(
        childcare.dysfunctional,
        "How do you feel if you do not have this benefit?"
    );
    let scale = project.importance_scale();
    assert_eq!(
        scale.labels().first().map(String::as_str),
        Some("Not at all important")
    );
    assert_eq!(
        scale.labels().last().map(String::as_str),
        Some("Extremely important")
    );

    let survey = survey_for(Shape::Wenjuanxing, 40, 5);
    let project = import::import_bytes(
        &survey::export(&survey, Shape::Wenjuanxing),
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(project.features()[0].name, "免费无线网络");
    assert_eq!(
        project.features()[0].dysfunctional,
        "如果不提供以下服务，您的感受是？"
    );
    assert_eq!(project.importance_scale().labels()[4], "非常重要");
}

#[test]
fn a_workbook_is_read_from_its_raw_data_sheet_among_analysis_sheets() {
    let survey = survey_for(Shape::QualtricsCsv, 50, 11);
    let bytes = survey::qualtrics_workbook(&survey);
    let table = import::read_table(&bytes, &import::ReadOptions::default()).unwrap();
    assert!(
        matches!(&table.source, import::Source::Spreadsheet { sheet, .. } if sheet == "Raw data")
    );
    let project = import::import_bytes(&bytes, &ImportOptions::default()).unwrap();
    check(
        &project,
        &survey::expected(&survey, Shape::QualtricsCsv),
        "workbook",
    );
    // --sheet still says which.
    let named = import::ReadOptions {
        sheet: Some("Analysis 2".into()),
        ..import::ReadOptions::default()
    };
    let table = import::read_table(&bytes, &named).unwrap();
    assert_eq!(table.headers, ["Category", "Count"]);
}

#[test]
fn encodings_are_found_and_reported() {
    let cases = [
        (Shape::Wenjuanxing, "GB18030", b','),
        (Shape::Windows1252Semicolon, "Windows-1252", b';'),
        (Shape::Utf16Tab, "UTF-16LE", b'\t'),
        (Shape::GoogleForms, "UTF-8", b','),
    ];
    for (shape, encoding, separator) in cases {
        let survey = survey_for(shape, 30, 3);
        let table = import::read_table(
            &survey::export(&survey, shape),
            &import::ReadOptions::default(),
        )
        .unwrap();
        assert_eq!(
            table.source,
            import::Source::Text {
                encoding,
                separator
            },
            "{shape:?}"
        );
    }
    // UTF-16 without its byte-order mark, big-endian.
    let text = "id\tf [a]\n1\tI like it\n";
    let mut be = Vec::new();
    for unit in text.encode_utf16() {
        be.extend(unit.to_be_bytes());
    }
    let table = import::read_table(&be, &import::ReadOptions::default()).unwrap();
    assert_eq!(table.headers, ["id", "f [a]"]);
}

#[test]
fn unknown_texts_are_listed_at_once_and_answer_options_settle_them() {
    let text = "id,If it had maps,If it had no maps,If it had wifi,If it had no wifi\n\
                1,I like it,I loathe it,Meh,I dislike it\n\
                2,Meh,I loathe it,I like it,Meh\n";
    let error = import::import_bytes(text.as_bytes(), &ImportOptions::default()).unwrap_err();
    let message = error.to_string();
    assert!(
        message.starts_with("2 text(s) in the answer columns are not Kano answers: \"Meh\" (first in row 2; cells: 3; columns: B, D, E); \"I loathe it\" (first in row 2; cells: 2; columns: C)"),
        "{message}"
    );
    let options = ImportOptions {
        answers: vec![
            import::parse_answer_option("Meh=neutral").unwrap(),
            import::parse_answer_option("I loathe it = dislike").unwrap(),
        ],
        ..ImportOptions::default()
    };
    let project = import::import_bytes(text.as_bytes(), &options).unwrap();
    assert_eq!(project.features().len(), 2);
    assert_eq!(import::parse_answer_option("Meh=maybe"), None);
    assert_eq!(import::parse_answer_option("=like"), None);
}

#[test]
fn the_command_says_what_it_paired_and_a_dry_run_writes_nothing() {
    let dir = tempfile::TempDir::new().unwrap();
    let survey = survey_for(Shape::QualtricsCsv, 30, 8);
    let csv = dir.path().join("qualtrics.csv");
    std::fs::write(&csv, survey::export(&survey, Shape::QualtricsCsv)).unwrap();
    let out = dir.path().join("out.kano.json");
    let run = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_kanoscope"))
            .arg("import")
            .arg(&csv)
            .arg("-o")
            .arg(&out)
            .args(extra)
            .output()
            .unwrap()
    };
    let dry = run(&["--dry-run"]);
    assert!(
        dry.status.success(),
        "{}",
        String::from_utf8_lossy(&dry.stderr)
    );
    let lines = String::from_utf8(dry.stdout).unwrap();
    let lines: Vec<&str> = lines.lines().collect();
    // ResponseId, Finished, then 6 functional, 6 dysfunctional and 6 importance columns.
    assert_eq!(
        lines[0],
        "paired 'Childcare': columns C and I, importance O"
    );
    assert_eq!(lines[5], "paired 'Crèche': columns H and N, importance T");
    assert_eq!(
        lines[6],
        "importance on a 1 to 5 scale (Not at all important … Extremely important)"
    );
    assert!(!out.exists(), "a dry run writes nothing");
    let real = run(&["--id-column", "ResponseId"]);
    assert!(
        real.status.success(),
        "{}",
        String::from_utf8_lossy(&real.stderr)
    );
    let project = kanoscope::io::read_project(&out).unwrap();
    assert_eq!(project.features().len(), 6);
    assert_eq!(project.respondents()[0].id, "R_00000");
    assert_eq!(project.importance_scale().max(), 5);
}

#[test]
fn a_features_table_gives_touchpoints_and_dimensions_by_name() {
    let dir = tempfile::TempDir::new().unwrap();
    let survey = survey_for(Shape::GoogleForms, 30, 4);
    let csv = dir.path().join("forms.csv");
    std::fs::write(&csv, survey::export(&survey, Shape::GoogleForms)).unwrap();
    let features = dir.path().join("features.csv");
    std::fs::write(
        &features,
        "Feature,Touchpoint,Dimension\nChildcare,Station,empathy\nfree-wi-fi,On board,Tangibles\n",
    )
    .unwrap();
    let out = dir.path().join("out.kano.json");
    let run = |features: &std::path::Path| {
        Command::new(env!("CARGO_BIN_EXE_kanoscope"))
            .arg("import")
            .arg(&csv)
            .arg("-o")
            .arg(&out)
            .arg("--features")
            .arg(features)
            .output()
            .unwrap()
    };
    let output = run(&features);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let project = kanoscope::io::read_project(&out).unwrap();
    let f = &project.features()[0];
    assert_eq!(f.touchpoint, "Station");
    assert_eq!(f.dimension, Some(kanoscope::project::Dimension::Empathy));
    assert_eq!(
        project.features()[1].dimension,
        Some(kanoscope::project::Dimension::Tangibles)
    );
    assert_eq!(project.features()[2].dimension, None);

    // A dimension that is none of the five: nothing is written, the cell is named.
    std::fs::remove_file(&out).unwrap();
    std::fs::write(&features, "id,dimension\nchildcare,speed\n").unwrap();
    let output = run(&features);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("row 2, dimension (column B): \"speed\" is not a SERVQUAL dimension"),
        "{stderr}"
    );
    assert!(!out.exists());
}
