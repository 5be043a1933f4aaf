//! "How sure are we?" outside the engine: `analyze` prints intervals and category confidence in
//! every format, the same on every run; `--compare` puts segments side by side with p-values,
//! adjusted p-values and a plain "too small to say"; `--by touchpoint|dimension` gives groups in
//! journey or SERVQUAL order; the CSV, spreadsheet and reports carry the same figures and say
//! "not settled" where resampling often gives another category.

// Tests state their expectations with unwrap: a failure should stop the test where it happened.
#![allow(clippy::unwrap_used)]

use calamine::{Data, Reader, Xlsx};
use kanoscope::cli::{AnalyzeArgs, GroupBy, NamesArg, OutputFormat, analyze};
use kanoscope::export::{self, ReportOptions, table::Column};
use kanoscope::i18n::Lang;
use kanoscope::io::samples::Sample;
use kanoscope::kano::{Answer, Response, Uncertainty};
use kanoscope::project::{Dimension, Feature, Project, Respondent};
use serde_json::Value;
use std::path::PathBuf;

fn args(format: OutputFormat) -> AnalyzeArgs {
    AnalyzeArgs {
        file: PathBuf::from("test.kano.json"),
        format,
        segment: None,
        table: None,
        rule: None,
        compare: Vec::new(),
        by: None,
        names: NamesArg::Kano,
    }
}

fn json(project: &Project, args: &AnalyzeArgs) -> Value {
    serde_json::from_str(&analyze(project, args).unwrap()).unwrap()
}

fn pair(v: &Value) -> (f64, f64) {
    (v[0].as_f64().unwrap(), v[1].as_f64().unwrap())
}

/// Two features over three segments: "split" is a coin toss between A and I in a workshop of 20;
/// "clear" is Must-be for everybody. "Tiny" has three respondents.
fn workshop() -> Project {
    let feature = |id: &str, touchpoint: &str, dimension| Feature {
        id: id.into(),
        name: id.into(),
        touchpoint: touchpoint.into(),
        dimension,
        ..Feature::default()
    };
    let features = vec![
        feature("split", "Arrival", Some(Dimension::Empathy)),
        feature("clear", "Departure", Some(Dimension::Reliability)),
        feature("loose", "", None),
    ];
    let attractive = Response::pair(Answer::Like, Answer::Neutral);
    let indifferent = Response::pair(Answer::Neutral, Answer::Neutral);
    let must_be = Response::pair(Answer::Neutral, Answer::Dislike);
    let questionable = Response::pair(Answer::Like, Answer::Like);
    let mut respondents = Vec::new();
    for k in 0..23 {
        let segment = match k {
            0..10 => "Staff",
            10..20 => "Guests",
            _ => "Tiny",
        };
        // Staff lean to A, guests to I, so that the whole room is split 11 A to 11 I (and one
        // Q): a coin toss, whose category survives about 54% of resamples (A wins ties). An
        // even split with no third answer would survive 58%, too near the 0.6 line for a
        // 2,000-resample estimate to fall below it on every seed.
        let split = match (segment, k % 10) {
            _ if k == 21 => questionable,
            ("Staff", 0..8) | ("Guests", 0..2) | ("Tiny", _) if k != 22 => attractive,
            _ => indifferent,
        };
        respondents.push(Respondent {
            id: format!("r{k}"),
            segment: segment.into(),
            responses: vec![split, must_be, must_be],
            ..Respondent::default()
        });
    }
    Project::from_parts("Workshop".into(), Default::default(), features, respondents).unwrap()
}

#[test]
fn analyze_gives_intervals_and_confidence_in_every_format_the_same_every_run() {
    let project = Sample::MetroEnglish.project();
    let a = json(&project, &args(OutputFormat::Json));
    assert_eq!(a, json(&project, &args(OutputFormat::Json)), "seeded");
    for f in a["features"].as_array().unwrap() {
        let (low, high) = pair(&f["better_ci"]);
        let better = f["better"].as_f64().unwrap();
        assert!(
            0.0 <= low && low <= better && better <= high && high <= 1.0,
            "{f}"
        );
        let (low, high) = pair(&f["worse_ci"]);
        let worse = f["worse"].as_f64().unwrap();
        assert!(
            -1.0 <= low && low <= worse && worse <= high && high <= 0.0,
            "{f}"
        );
        let confidence = f["category_confidence"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&confidence), "{f}");
    }
    let csv = analyze(&project, &args(OutputFormat::Csv)).unwrap();
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let first: Vec<&str> = csv.lines().nth(1).unwrap().split(',').collect();
    let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let f0 = &a["features"][0];
    assert_eq!(
        first[column("better_ci_low")].parse::<f64>().unwrap(),
        f0["better_ci"][0].as_f64().unwrap()
    );
    assert_eq!(
        first[column("category_confidence")].parse::<f64>().unwrap(),
        f0["category_confidence"].as_f64().unwrap()
    );
    let table = analyze(&project, &args(OutputFormat::Table)).unwrap();
    assert!(table.contains("0.66 (0.56–0.74)"), "{table}");
    assert!(table.contains("95% intervals (Wilson)"));
}

#[test]
fn a_coin_toss_is_not_settled_and_says_so() {
    let project = workshop();
    let a = json(&project, &args(OutputFormat::Json));
    let split = &a["features"][0];
    assert_eq!(split["n"], 23);
    let confidence = split["category_confidence"].as_f64().unwrap();
    assert!(confidence < 0.6, "{split}");
    assert_eq!(a["features"][1]["category_confidence"], 1.0);
    let table = analyze(&project, &args(OutputFormat::Table)).unwrap();
    let line = table.lines().find(|l| l.starts_with("split")).unwrap();
    assert!(
        line.contains(&format!("not settled ({confidence:.2})")),
        "{line}"
    );
    assert!(
        !table
            .lines()
            .find(|l| l.starts_with("clear"))
            .unwrap()
            .contains("not settled")
    );
}

#[test]
fn compare_puts_segments_side_by_side_and_says_when_one_is_too_small() {
    let project = workshop();
    let compare = |names: &[&str], format| AnalyzeArgs {
        compare: names.iter().map(|s| (*s).to_owned()).collect(),
        ..args(format)
    };
    let a = json(&project, &compare(&["Staff", "Guests"], OutputFormat::Json));
    assert_eq!(a["segments"], serde_json::json!(["Staff", "Guests"]));
    let split = &a["features"][0];
    assert_eq!(split["id"], "split");
    // In the raw text, "Staff" comes before "Guests": the order asked for, not sorted.
    let text = analyze(&project, &compare(&["Staff", "Guests"], OutputFormat::Json)).unwrap();
    assert!(text.find("\"Staff\": {").unwrap() < text.find("\"Guests\": {").unwrap());
    let staff = &split["by_segment"]["Staff"];
    assert_eq!(
        (staff["n"].as_u64(), staff["counts"]["A"].as_u64()),
        (Some(10), Some(8))
    );
    assert_eq!(split["by_segment"]["Guests"]["category"], "I");
    assert!(pair(&staff["better_ci"]).0 <= staff["better"].as_f64().unwrap());
    // 8 of 10 against 2 of 10: a real difference, even in a workshop. Every expected count is
    // 5, so Pearson's test applies: X² = 7.2 with one degree of freedom.
    let p = split["p_value"].as_f64().unwrap();
    assert!((p - 0.007_290_4).abs() < 1e-6, "{split}");
    assert_eq!(split["differs"], true);
    assert_eq!(split["test"], "chi-square");
    assert!(split["p_adjusted"].as_f64().unwrap() >= p);
    // Everybody agrees on "clear": nothing to find.
    let clear = &a["features"][1];
    assert_eq!(
        (clear["p_value"].as_f64(), clear["differs"].as_bool()),
        (Some(1.0), Some(false))
    );
    assert_eq!(
        a,
        json(&project, &compare(&["Staff", "Guests"], OutputFormat::Json))
    );

    // Three respondents say nothing: no p-value, and the table says so in words.
    let a = json(&project, &compare(&["Staff", "Tiny"], OutputFormat::Json));
    for f in a["features"].as_array().unwrap() {
        assert_eq!(f["too_small"], true);
        assert!(f["p_value"].is_null() && f["differs"].is_null(), "{f}");
    }
    let table = analyze(&project, &compare(&["Staff", "Tiny"], OutputFormat::Table)).unwrap();
    assert!(table.contains("too small to say"), "{table}");
    let csv = analyze(&project, &compare(&["Staff", "Guests"], OutputFormat::Csv)).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(header.starts_with("id,name,Staff_n,Staff_A,"), "{header}");
    assert!(
        header.ends_with(",p_value,p_adjusted,differs,too_small,test"),
        "{header}"
    );
    assert_eq!(csv.lines().count(), 4);

    for (names, needle) in [
        (vec!["Staff"], "at least two"),
        (vec!["Staff", "Staff"], "at least two"),
        (vec!["Staff", "Nobody"], "\"Nobody\""),
    ] {
        let error = analyze(&project, &compare(&names, OutputFormat::Json)).unwrap_err();
        assert!(
            error.0.contains(needle) && !error.0.contains('\n'),
            "{}",
            error.0
        );
    }
}

#[test]
fn groups_come_in_journey_and_servqual_order() {
    let project = workshop();
    let by = |by| AnalyzeArgs {
        by: Some(by),
        ..args(OutputFormat::Json)
    };
    let a = json(&project, &by(GroupBy::Touchpoint));
    let groups = a["groups"].as_array().unwrap();
    let names: Vec<&Value> = groups.iter().map(|g| &g["group"]).collect();
    assert_eq!(
        names,
        [
            &Value::from("Arrival"),
            &Value::from("Departure"),
            &Value::Null
        ]
    );
    assert_eq!(groups[1]["features"], serde_json::json!(["clear"]));
    assert_eq!(groups[1]["categories"], serde_json::json!({"M": 1}));
    assert_eq!(groups[1]["better_mean"], 0.0);
    assert_eq!(groups[1]["worse_mean"], -1.0);
    let a = json(&project, &by(GroupBy::Dimension));
    let names: Vec<&Value> = a["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| &g["group"])
        .collect();
    // SERVQUAL's order puts reliability before empathy, whatever the features' order.
    assert_eq!(
        names,
        [
            &Value::from("reliability"),
            &Value::from("empathy"),
            &Value::Null
        ]
    );
    let table = analyze(
        &project,
        &AnalyzeArgs {
            by: Some(GroupBy::Dimension),
            ..args(OutputFormat::Table)
        },
    )
    .unwrap();
    assert!(
        table.contains("No dimension") && table.contains("M 1"),
        "{table}"
    );
    let csv = analyze(
        &project,
        &AnalyzeArgs {
            by: Some(GroupBy::Touchpoint),
            ..args(OutputFormat::Csv)
        },
    )
    .unwrap();
    assert_eq!(
        csv.lines().next().unwrap(),
        "group,features,better_mean,worse_mean,A,O,M,I,R,Q"
    );
}

#[test]
fn exports_and_reports_carry_the_same_intervals_and_say_not_settled() {
    let project = workshop();
    let options = ReportOptions::new(&project);
    let csv = export::results_csv(&project, &options);
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    for column in [
        Column::BetterLow,
        Column::BetterHigh,
        Column::WorseLow,
        Column::WorseHigh,
        Column::CategoryConfidence,
        Column::CategorySettled,
    ] {
        assert!(header.contains(&column.token().as_str()), "{column:?}");
    }
    let split = project
        .results(&options.analysis, &options.segment)
        .features[0]
        .stats;
    let u = Uncertainty::of("split", &split.counts, options.analysis.rule);
    let row: Vec<&str> = csv.lines().nth(1).unwrap().split(',').collect();
    let at = |name: &str| row[header.iter().position(|h| *h == name).unwrap()];
    assert_eq!(
        at("better_ci_low").parse::<f64>().unwrap(),
        u.better.unwrap().low
    );
    assert_eq!(at("category_settled"), "false");

    // The spreadsheet has the same figures under headings in the person's language.
    let bytes = export::results_xlsx(&project, &options).unwrap();
    let mut workbook = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let range = workbook.worksheet_range("Results").unwrap();
    let heading = |c: usize| range.get((0, c)).map(|d| d.to_string()).unwrap_or_default();
    let t = Lang::En.texts();
    let low = (0..range.width())
        .find(|&c| heading(c) == t.uncertainty.better_low)
        .unwrap();
    assert_eq!(
        range.get((1, low)),
        Some(&Data::Float(u.better.unwrap().low))
    );
    let confidence = (0..range.width())
        .find(|&c| heading(c) == t.uncertainty.confidence)
        .unwrap();
    assert_eq!(
        range.get((1, confidence)),
        Some(&Data::Float(u.confidence.unwrap()))
    );

    for lang in Lang::ALL {
        let t = lang.texts();
        let html = export::report_html(
            &project,
            &ReportOptions {
                lang,
                ..options.clone()
            },
        );
        let note = export::not_settled(t, &u).unwrap();
        assert!(html.contains(&note), "{lang:?}: {note}");
        let better = export::better_with_interval(&split, &u);
        assert!(better.contains('(') && html.contains(&better), "{better}");
        let md = export::report_markdown(
            &project,
            &ReportOptions {
                lang,
                ..options.clone()
            },
            "r",
        );
        assert!(md.text.contains(&note), "{lang:?}");
    }
}
