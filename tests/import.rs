//! Importing survey exports: every platform shape in tests/data/import (written by
//! make_fixtures.py there), the broken files, the editable mapping, appending to an open project,
//! and the `kanoscope import` command. Figures are checked with the project's own statistics.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kanoscope::io::import::{
    self, Codes, ColumnLabel, IdCollisions, ImportError, ImportOptions, ReadError, ReadOptions,
    Role, Source, TextEncoding, UnknownText,
};
use kanoscope::kano::{Analysis, Answer, Category, EvaluationTable, FeatureStats, Response};
use kanoscope::project::{Project, SegmentFilter};
use std::path::PathBuf;
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/import")
        .join(name)
}

fn table(name: &str, read: &ReadOptions) -> import::Table {
    let bytes = std::fs::read(fixture(name)).unwrap();
    import::read_table(&bytes, read).unwrap()
}

fn options(id: Option<&str>, segment: Option<&str>) -> ImportOptions {
    ImportOptions {
        id_column: id.map(str::to_owned),
        segment_column: segment.map(str::to_owned),
        ..ImportOptions::default()
    }
}

fn import(name: &str, options: &ImportOptions) -> Result<Project, ImportError> {
    import::import_file(&fixture(name), options)
}

fn stats(project: &Project, feature: &str) -> FeatureStats {
    let index = project.feature_index(feature).unwrap();
    project
        .results(&Analysis::default(), &SegmentFilter::All)
        .features[index]
        .stats
}

/// Counts as A, O, M, I, R, Q.
fn counts(s: &FeatureStats) -> [u32; 6] {
    Category::ALL.map(|c| s.counts[c])
}

fn response(project: &Project, respondent: &str, feature: &str) -> Response {
    let r = project.respondent_index(respondent).unwrap();
    let f = project.feature_index(feature).unwrap();
    project.respondents()[r].responses[f]
}

fn ids(project: &Project) -> Vec<&str> {
    project
        .respondents()
        .iter()
        .map(|r| r.id.as_str())
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn google_forms_english_wordings_with_a_timestamp_column() {
    let project = import(
        "google_forms.csv",
        &options(None, Some("Which best describes you?")),
    )
    .unwrap();
    assert_eq!(project.title(), "google_forms");
    let features: Vec<&str> = project.features().iter().map(|f| f.id.as_str()).collect();
    assert_eq!(features, ["wifi", "Seats"]);
    assert_eq!(
        ids(&project),
        ["r-0001", "r-0002", "r-0003", "r-0004", "r-0005", "r-0006"]
    );
    assert_eq!(project.segments(), ["Commuter", "Tourist"]);

    let wifi = stats(&project, "wifi");
    assert_eq!(counts(&wifi), [2, 2, 0, 1, 1, 0]);
    assert_eq!(wifi.category, Some(Category::O), "A/O tie goes to O");
    let c = wifi.coefficients.unwrap();
    assert!(close(c.better, 0.8) && close(c.worse, -0.4));
    assert!(close(wifi.importance.unwrap().mean, 6.4), "labels dropped");

    let seats = stats(&project, "Seats");
    assert_eq!(seats.n, 5, "r-0005 left both seats questions empty");
    assert_eq!(counts(&seats), [0, 1, 3, 1, 0, 0]);
    assert_eq!(seats.category, Some(Category::M));
    assert!(response(&project, "r-0005", "Seats").is_empty());
    assert_eq!(
        response(&project, "r-0002", "Seats").functional,
        Some(Answer::Neutral),
        "I’m neutral with a curly apostrophe"
    );

    let t = table("google_forms.csv", &ReadOptions::default());
    let mapping = import::detect(&t);
    assert!(mapping.id_candidates.contains(&0), "Timestamp is unique");
    assert!(mapping.id_candidates.contains(&1), "so is the e-mail");
    assert!(mapping.segment_candidates.contains(&2));
    assert_eq!(mapping.attributes, [0, 1, 2, 8]);
    assert!(mapping.unknown_wordings().is_empty());
}

#[test]
fn surveymonkey_two_header_rows_become_one() {
    let t = table("surveymonkey.csv", &ReadOptions::default());
    assert_eq!(t.header_rows, 2);
    assert_eq!(t.headers[10], "Which lines do you use? - Line 1");
    assert_eq!(t.headers[11], "Which lines do you use? - Line 2");
    assert_eq!(t.headers[15], "Comments");
    assert_eq!(t.row_number(0), 3);

    let project = import(
        "surveymonkey.csv",
        &options(Some("Respondent ID"), Some("How do you travel?")),
    )
    .unwrap();
    assert_eq!(
        ids(&project),
        ["114000001", "114000002", "114000003", "114000004"]
    );
    assert_eq!(project.tallies().segment_size("Tourist"), 2);
    let wifi = stats(&project, "wifi");
    assert_eq!(counts(&wifi), [1, 1, 1, 1, 0, 0]);
    assert_eq!(wifi.category, Some(Category::M), "a four-way tie goes to M");
    assert!(close(wifi.importance.unwrap().mean, 7.25));
}

#[test]
fn qualtrics_codes_read_in_either_order() {
    let t = table("qualtrics_codes.csv", &ReadOptions::default());
    assert_eq!(t.header_rows, 3, "names, question texts, ImportIds");
    assert_eq!(t.row_number(0), 4);

    let like_first = import("qualtrics_codes.csv", &options(Some("ResponseId"), None)).unwrap();
    assert_eq!(
        response(&like_first, "R_1a", "wifi"),
        Response {
            functional: Some(Answer::Like),
            dysfunctional: Some(Answer::Dislike),
            importance: kanoscope::kano::Importance::new(7).ok(),
        }
    );
    let wifi = stats(&like_first, "wifi");
    assert_eq!(counts(&wifi), [2, 1, 0, 1, 1, 0]);
    assert_eq!(wifi.category, Some(Category::A));
    assert!(close(wifi.importance.unwrap().mean, 6.0));
    let seats = stats(&like_first, "seats");
    assert_eq!(counts(&seats), [0, 1, 2, 2, 0, 0]);

    let mut reversed = options(Some("ResponseId"), None);
    reversed.codes = Codes::DislikeFirst;
    let dislike_first = import("qualtrics_codes.csv", &reversed).unwrap();
    let r = response(&dislike_first, "R_1a", "wifi");
    assert_eq!(
        (r.functional, r.dysfunctional),
        (Some(Answer::Dislike), Some(Answer::Like))
    );
    let wifi = stats(&dislike_first, "wifi");
    assert_eq!(counts(&wifi), [0, 1, 0, 1, 3, 0]);
    assert_eq!(wifi.category, Some(Category::R));
}

#[test]
fn wenjuanxing_chinese_wordings_in_gb18030() {
    let t = table("wenjuanxing_gb18030.csv", &ReadOptions::default());
    assert!(matches!(
        t.source,
        Source::Text {
            encoding: "GB18030",
            separator: b','
        }
    ));
    assert_eq!(&t.rows[0][12], "很好😀", "four-byte GB18030 sequences");

    let project = import(
        "wenjuanxing_gb18030.csv",
        &options(Some("序号"), Some("1、您的身份")),
    )
    .unwrap();
    let features: Vec<&str> = project.features().iter().map(|f| f.id.as_str()).collect();
    assert_eq!(features, ["车厢WiFi", "座椅"]);
    assert_eq!(ids(&project), ["1", "2", "3", "4"]);
    assert_eq!(project.segments(), ["上班族", "学生"]);
    let wifi = stats(&project, "车厢WiFi");
    assert_eq!(counts(&wifi), [2, 1, 0, 1, 0, 0]);
    assert_eq!(wifi.category, Some(Category::A));
    assert!(close(wifi.importance.unwrap().mean, 7.25));
    let seats = stats(&project, "座椅");
    assert_eq!(counts(&seats), [0, 0, 3, 1, 0, 0]);

    let forced = |encoding| ImportOptions {
        read: ReadOptions {
            encoding,
            ..ReadOptions::default()
        },
        ..ImportOptions::default()
    };
    assert_eq!(
        import("wenjuanxing_gb18030.csv", &forced(TextEncoding::Utf8)),
        Err(ImportError::Read(ReadError::Malformed {
            encoding: "UTF-8",
            line: 1
        }))
    );
    assert!(import("wenjuanxing_gb18030.csv", &forced(TextEncoding::Gb18030)).is_ok());
}

#[test]
fn tencent_chinese_wordings_in_utf8_with_bom() {
    let t = table("tencent_bom.csv", &ReadOptions::default());
    assert_eq!(
        t.headers[0], "编号",
        "the BOM is not part of the first name"
    );
    let project = import("tencent_bom.csv", &options(Some("编号"), Some("用户类型"))).unwrap();
    assert_eq!(ids(&project), ["t1", "t2", "t3", "t4", "t5"]);
    let seats = stats(&project, "座椅");
    assert_eq!(counts(&seats), [1, 2, 1, 0, 1, 0]);
    assert_eq!(seats.category, Some(Category::O));
    let c = seats.coefficients.unwrap();
    assert!(close(c.better, 0.75) && close(c.worse, -0.75));
    assert!(close(seats.importance.unwrap().mean, 5.4), "7分 reads as 7");
    assert_eq!(project.tallies().segment_size("会员"), 3);
}

#[test]
fn semicolons_and_tabs_are_sniffed() {
    let t = table("semicolon.csv", &ReadOptions::default());
    assert!(matches!(
        t.source,
        Source::Text {
            separator: b';',
            ..
        }
    ));
    assert_eq!(&t.rows[0][4], "ça va; merci");
    let project = import("semicolon.csv", &options(Some("id"), Some("group"))).unwrap();
    assert_eq!(counts(&stats(&project, "wifi")), [1, 1, 1, 0, 0, 0]);

    let t = table("tab.tsv", &ReadOptions::default());
    assert!(matches!(
        t.source,
        Source::Text {
            separator: b'\t',
            ..
        }
    ));
    let project = import("tab.tsv", &options(Some("id"), None)).unwrap();
    let wifi = stats(&project, "wifi");
    assert_eq!(counts(&wifi), [1, 1, 0, 0, 0, 0]);
    assert!(close(wifi.importance.unwrap().mean, 5.0));
}

#[test]
fn quoted_newlines_stay_in_their_cell_and_row() {
    let t = table("quoted_newlines.csv", &ReadOptions::default());
    assert_eq!(t.headers[1], "Tell us\nmore");
    assert_eq!(&t.rows[0][1], "first line\nsecond line\nthird line");
    assert_eq!(t.row_numbers, [2, 3, 4]);
    let project = import("quoted_newlines.csv", &options(Some("id"), None)).unwrap();
    assert_eq!(counts(&stats(&project, "wifi")), [0, 1, 1, 1, 0, 0]);
}

#[test]
fn curly_apostrophes_and_bergers_wording_sets() {
    let project = import("curly_quotes.csv", &options(Some("id"), None)).unwrap();
    let pair = |id| {
        let r = response(&project, id, "wifi");
        (r.functional.unwrap(), r.dysfunctional.unwrap())
    };
    assert_eq!(pair("c1"), (Answer::Like, Answer::Dislike));
    assert_eq!(pair("c2"), (Answer::MustBe, Answer::Dislike));
    assert_eq!(pair("c3"), (Answer::Neutral, Answer::LiveWith));
    assert_eq!(pair("c4"), (Answer::Like, Answer::Neutral));
    assert_eq!(pair("c5"), (Answer::Neutral, Answer::Neutral));
    assert_eq!(counts(&stats(&project, "wifi")), [1, 1, 1, 2, 0, 0]);
}

#[test]
fn xlsx_sheets_keep_their_rows_and_letters() {
    let t = table("survey.xlsx", &ReadOptions::default());
    assert_eq!(
        t.source,
        Source::Spreadsheet {
            sheet: "Responses".into(),
            sheets: vec!["Responses".into(), "Wave 2".into()]
        }
    );
    assert_eq!(t.first_column, 1, "the data starts at B2");
    assert_eq!(t.row_number(0), 3);
    assert_eq!(t.column_label(2), "wifi_functional (column D)");
    assert_eq!(&t.rows[0][4], "7", "a number cell reads as a whole number");

    let project = import("survey.xlsx", &options(Some("id"), Some("group"))).unwrap();
    assert_eq!(ids(&project), ["s1", "s2", "s3", "s4"]);
    let wifi = stats(&project, "wifi");
    assert_eq!(counts(&wifi), [1, 2, 1, 0, 0, 0]);
    assert!(close(wifi.importance.unwrap().mean, 20.0 / 3.0));

    let mut wave2 = options(Some("id"), None);
    wave2.read.sheet = Some("wave 2".into());
    assert_eq!(
        import("survey.xlsx", &wave2),
        Err(ImportError::UnknownAnswers {
            texts: vec![UnknownText {
                text: "I love it".into(),
                count: 1,
                first_row: 4,
                columns: vec![ColumnLabel::new("wifi_dysfunctional", 4)], // column E
            }]
        })
    );
    wave2.read.sheet = Some("Wave 3".into());
    let error = import("survey.xlsx", &wave2).unwrap_err().to_string();
    assert!(error.contains("\"Wave 3\"") && error.contains("Responses, Wave 2"));
}

#[test]
fn an_unknown_wording_names_row_column_and_text() {
    let error = import("unknown_wording.csv", &ImportOptions::default()).unwrap_err();
    assert_eq!(
        error,
        ImportError::UnknownAnswers {
            texts: vec![UnknownText {
                text: "I love it".into(),
                count: 1,
                first_row: 4,
                columns: vec![ColumnLabel::new("wifi_dysfunctional", 3)], // column D
            }]
        },
        "row 2 spans three lines but is one spreadsheet row"
    );
    let message = error.to_string();
    assert!(message.starts_with(
        "1 text(s) in the answer columns are not Kano answers: \"I love it\" (first in row 4; cells: 1; columns: D)"
    ));
}

#[test]
fn a_person_can_map_an_unknown_wording_and_edit_the_mapping() {
    let t = table("unknown_wording.csv", &ReadOptions::default());
    let mut mapping = import::detect(&t);
    let unknown = mapping.unknown_wordings();
    assert_eq!(unknown.len(), 1);
    assert_eq!((unknown[0].0, unknown[0].1.text.as_str()), (3, "I love it"));
    assert_eq!(unknown[0].1.count, 1);
    let column = mapping.wordings.iter().find(|c| c.column == 3).unwrap();
    let known: Vec<(&str, Option<Answer>)> = column
        .wordings
        .iter()
        .map(|w| (w.text.as_str(), mapping.answer_for(w)))
        .collect();
    assert_eq!(
        known,
        [
            ("I dislike it", Some(Answer::Dislike)),
            ("I am neutral", Some(Answer::Neutral)),
            ("I love it", None)
        ]
    );

    mapping.set_answer("i LOVE it", Answer::Like);
    assert!(mapping.unknown_wordings().is_empty());
    mapping.id_column = t.find_column("id");
    mapping.features[0].id = "free-wifi".into();
    let options = import::BuildOptions {
        title: "Mapped by hand".into(),
        analysis: Analysis {
            table: EvaluationTable::Pouliot,
            ..Analysis::default()
        },
    };
    let project = import::build_project(&t, &mapping, &options).unwrap();
    assert_eq!(project.title(), "Mapped by hand");
    assert_eq!(project.analysis().table, EvaluationTable::Pouliot);
    let r = response(&project, "u3", "free-wifi");
    assert_eq!(
        (r.functional, r.dysfunctional),
        (Some(Answer::Like), Some(Answer::Like))
    );

    // Columns picked by hand: the comment column cannot be an answer column.
    mapping.features[0].dysfunctional = 1;
    mapping.refresh_wordings(&t);
    assert_eq!(mapping.unknown_wordings()[0].1.text, "two\nlines");
    assert!(matches!(
        import::build_project(&t, &mapping, &options),
        Err(ImportError::UnknownAnswers { texts }) if texts[0].first_row == 2
    ));
}

#[test]
fn a_functional_column_without_its_partner_is_refused() {
    let error = import("unpaired.csv", &ImportOptions::default()).unwrap_err();
    assert_eq!(
        error,
        ImportError::MissingPartner {
            column: ColumnLabel::new("seats_functional", 3), // column D
            id: "seats".into(),
            missing: Role::Dysfunctional
        }
    );
    assert!(error.to_string().contains("seats_dysfunctional"));

    // In the dialog, a person may decide to leave that column out.
    let t = table("unpaired.csv", &ReadOptions::default());
    let mut mapping = import::detect(&t);
    assert_eq!(mapping.problems.len(), 1);
    mapping.problems.clear();
    let project = import::build_project(&t, &mapping, &import::BuildOptions::default()).unwrap();
    assert_eq!(project.features().len(), 1);
}

#[test]
fn duplicate_respondent_ids_are_refused() {
    let error = import("duplicate_ids.csv", &options(Some("id"), None)).unwrap_err();
    assert_eq!(
        error,
        ImportError::DuplicateId {
            row: 4,
            first_row: 2,
            column: ColumnLabel::new("id", 0), // column A
            id: "a1".into()
        }
    );
    // Without --id-column the rows are simply numbered.
    let project = import("duplicate_ids.csv", &ImportOptions::default()).unwrap();
    assert_eq!(ids(&project), ["r-0001", "r-0002", "r-0003"]);
}

#[test]
fn empty_and_shapeless_files_are_refused() {
    assert_eq!(
        import("empty.csv", &ImportOptions::default()),
        Err(ImportError::Read(ReadError::Empty))
    );
    let bytes = |text: &str| import::import_bytes(text.as_bytes(), &ImportOptions::default());
    assert_eq!(
        bytes("id,w_functional,w_dysfunctional\n"),
        Err(ImportError::NoRows)
    );
    assert!(matches!(
        bytes("id,name\n1,Ann\n"),
        Err(ImportError::NoFeatures { .. })
    ));
    assert_eq!(
        bytes("id,w_functional,w_dysfunctional,w_importance\n1,I like it,I dislike it,very\n"),
        Err(ImportError::BadImportance {
            row: 2,
            column: ColumnLabel::new("w_importance", 3), // column D
            text: "very".into()
        })
    );
    assert!(matches!(
        bytes("w_functional,w_dysfunctional,W_Functional\n1,1,1\n"),
        Err(ImportError::DuplicateColumn { .. })
    ));
    let named = options(None, Some("Segment"));
    let error = import::import_bytes(b"w-f,w-d\n1,2\n", &named).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("--segment-column \"Segment\"")
    );
}

#[test]
fn appending_is_one_undoable_batch_that_matches_features_by_id() {
    let mut project = import("google_forms.csv", &ImportOptions::default()).unwrap();
    let before = project.clone();

    // qualtrics' "seats" fills the project's "Seats"; generated ids never collide.
    let t = table("qualtrics_codes.csv", &ReadOptions::default());
    let mapping = import::detect(&t);
    let appended = import::append_to(&project, &t, &mapping, IdCollisions::Refuse).unwrap();
    assert_eq!(appended.respondents, 5);
    let undo = project.apply(appended.edit).unwrap();
    assert_eq!(project.respondents().len(), 11);
    assert_eq!(project.respondents()[6].id, "r-0007");
    assert_eq!(stats(&project, "Seats").n, 10);
    project.apply(undo).unwrap();
    assert_eq!(project, before);
    assert_eq!(
        project.results(&Analysis::default(), &SegmentFilter::All),
        before.results(&Analysis::default(), &SegmentFilter::All)
    );

    // Chinese feature ids the project does not have.
    let t = table("tencent_bom.csv", &ReadOptions::default());
    let mapping = import::detect(&t);
    assert_eq!(
        import::append_to(&project, &t, &mapping, IdCollisions::Refuse),
        Err(ImportError::UnknownFeatures {
            ids: vec!["座椅".into()]
        })
    );
}

#[test]
fn id_collisions_are_reported_or_renumbered() {
    let project = import("semicolon.csv", &options(Some("id"), None)).unwrap();
    let t = import::read_table(
        b"id,wifi_functional,wifi_dysfunctional\ne9,I like it,I dislike it\ne2,1,5\nr-0004,1,3\n",
        &ReadOptions::default(),
    )
    .unwrap();
    let mut mapping = import::detect(&t);
    mapping.id_column = Some(0);
    let error = import::append_to(&project, &t, &mapping, IdCollisions::Refuse).unwrap_err();
    assert_eq!(
        error,
        ImportError::IdCollision {
            collisions: vec![("e2".into(), 3)]
        }
    );
    assert!(error.to_string().contains("\"e2\" (row 3)"));

    let appended = import::append_to(&project, &t, &mapping, IdCollisions::Renumber).unwrap();
    // r-0004 is in the file, so the renumbered e2 takes r-0005.
    assert_eq!(
        appended.renumbered,
        vec![("e2".to_owned(), "r-0005".to_owned())]
    );
    let mut project = project;
    project.apply(appended.edit).unwrap();
    assert_eq!(ids(&project), ["e1", "e2", "e3", "e9", "r-0005", "r-0004"]);
}

fn kanoscope(args: &[&str]) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_kanoscope"))
        .args(args)
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_command_writes_once_and_says_what_it_read() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("trains.kano.json");
    let (out_s, input) = (
        out.to_str().unwrap(),
        fixture("google_forms.csv").display().to_string(),
    );
    let args = [
        "import",
        input.as_str(),
        "-o",
        out_s,
        "--segment-column",
        "C",
        "--table",
        "pouliot",
        "--title",
        "Trains",
    ];
    let (ok, stderr) = kanoscope(&args);
    assert!(ok, "{stderr}");
    assert_eq!(
        stderr.trim(),
        format!("Read 6 respondents and 2 features from {input}; wrote {out_s}")
    );
    let project = kanoscope::io::read_project(&out).unwrap();
    assert_eq!(project.title(), "Trains");
    assert_eq!(project.analysis().table, EvaluationTable::Pouliot);
    assert_eq!(project.segments(), ["Commuter", "Tourist"]);

    // A second run would overwrite: refused unless --force.
    let written = std::fs::read(&out).unwrap();
    let (ok, stderr) = kanoscope(&args);
    assert!(!ok);
    assert!(stderr.contains("already exists") && stderr.contains("--force"));
    assert_eq!(std::fs::read(&out).unwrap(), written);
    let forced: Vec<&str> = args.iter().copied().chain(["--force"]).collect();
    assert!(kanoscope(&forced).0);

    // A broken file writes nothing and names the row, column and text.
    let broken = dir.path().join("broken.kano.json");
    let bad = fixture("unknown_wording.csv").display().to_string();
    let (ok, stderr) = kanoscope(&["import", &bad, "-o", broken.to_str().unwrap()]);
    assert!(!ok);
    assert!(stderr.contains("\"I love it\" (first in row 4; cells: 1; columns: D)"));
    assert!(stderr.contains("--answer"));
    assert!(stderr.contains("nothing was written"));
    assert!(!broken.exists());

    let codes = fixture("qualtrics_codes.csv").display().to_string();
    let reversed = dir.path().join("codes.kano.json");
    let (ok, stderr) = kanoscope(&[
        "import",
        &codes,
        "-o",
        reversed.to_str().unwrap(),
        "--codes",
        "dislike-first",
        "--id-column",
        "ResponseId",
    ]);
    assert!(ok, "{stderr}");
    let project = kanoscope::io::read_project(&reversed).unwrap();
    assert_eq!(
        stats(&project, "wifi").category,
        Some(Category::R),
        "codes read dislike-first"
    );
}
