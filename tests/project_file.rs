//! Project files on disk (FORMATS.md, "Project file"): the embedded samples load; save then load
//! gives back an equal project; the writer's layout (format and version first, one answer pair per
//! line) is byte-stable; unknown fields are ignored and optional fields may be left out; half
//! answered pairs, escapes and non-ASCII text survive a round trip; and saves are atomic: they
//! replace the old file whole or leave it exactly as it was, never leave temporary files behind,
//! and keep the old file's permissions.

// Tests state their expectations with unwrap: a failure should stop the test where it happened.
// The crate warns on unwrap in its [lints] table, which cannot be scoped to test targets.
#![allow(clippy::unwrap_used)]

use kanoscope::io::samples::Sample;
use kanoscope::io::{LoadError, parse_project, project_to_json, read_project, save_project};
use kanoscope::kano::{
    Analysis, Answer, EvaluationTable, Importance, QuadrantLines, Response, Rule,
};
use kanoscope::project::{Feature, ImportanceScale, Project, Respondent};
use std::path::Path;
use tempfile::TempDir;

/// The header every test file starts with.
const HEADER: &str = r#""format": "kanoscope-project", "version": 1"#;

fn feature(id: &str, name: &str) -> Feature {
    Feature {
        id: id.to_owned(),
        name: name.to_owned(),
        ..Feature::default()
    }
}

fn respondent(id: &str, segment: &str, responses: Vec<Response>) -> Respondent {
    Respondent {
        id: id.to_owned(),
        segment: segment.to_owned(),
        responses,
        ..Respondent::default()
    }
}

fn response(
    functional: Option<Answer>,
    dysfunctional: Option<Answer>,
    importance: Option<i64>,
) -> Response {
    Response {
        functional,
        dysfunctional,
        importance: importance.map(|v| Importance::new(v).unwrap()),
    }
}

fn project(
    title: &str,
    analysis: Analysis,
    features: Vec<Feature>,
    respondents: Vec<Respondent>,
) -> Project {
    Project::from_parts(title.to_owned(), analysis, features, respondents).unwrap()
}

/// The names in a folder, sorted, so that a test can say exactly what a save left behind.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Checks that `project` saves to exactly `expected`, that the text loads back to an equal
/// project, and that saving what was loaded gives the same bytes again.
fn check_saved(project: &Project, expected: &str) {
    let text = project_to_json(project);
    assert_eq!(text, expected);
    let loaded = parse_project(text.as_bytes()).unwrap();
    assert_eq!(&loaded, project);
    assert_eq!(project_to_json(&loaded), text);
}

/// Checks that `text` loads to `expected` and that the loaded project round-trips.
fn check_loads(text: &str, expected: &Project) {
    let loaded =
        parse_project(text.as_bytes()).unwrap_or_else(|e| panic!("{text}\nshould load, but: {e}"));
    assert_eq!(&loaded, expected, "{text}");
    let saved = project_to_json(&loaded);
    assert_eq!(&parse_project(saved.as_bytes()).unwrap(), expected);
}

/// A small project that uses every part of the format.
fn tiny() -> Project {
    use Answer::{Dislike, Like, MustBe};
    let mut wifi = feature("wifi", "Wi-Fi on board");
    wifi.functional = "If the train had Wi-Fi, how would you feel?".into();
    wifi.dysfunctional = "If the train had no Wi-Fi, how would you feel?".into();
    wifi.touchpoint = "On the train".into();
    project(
        "Tiny",
        Analysis::default(),
        vec![wifi, feature("seats", "Seats")],
        vec![
            respondent(
                "r-1",
                "Commuter",
                vec![
                    response(Some(Like), Some(Dislike), Some(7)),
                    response(Some(MustBe), None, None),
                ],
            ),
            respondent("r-2", "", vec![Response::default(); 2]),
        ],
    )
}

#[test]
fn the_embedded_samples_load() {
    for sample in Sample::ALL {
        let project = parse_project(sample.text().as_bytes())
            .unwrap_or_else(|e| panic!("{}: {e}", sample.file_name()));
        assert_eq!(project.features().len(), 14, "{}", sample.file_name());
        assert_eq!(project.respondents().len(), 120, "{}", sample.file_name());
        assert_eq!(sample.project(), project);
    }
}

#[test]
fn the_embedded_samples_are_in_the_saved_layout_and_round_trip() {
    for sample in Sample::ALL {
        check_saved(&sample.project(), sample.text());
    }
}

#[test]
fn saving_writes_the_documented_layout() {
    check_saved(
        &tiny(),
        r#"{
  "format": "kanoscope-project",
  "version": 1,
  "title": "Tiny",
  "analysis": {"table": "standard", "rule": "max", "quadrant": "fixed"},
  "features": [
    {
      "id": "wifi",
      "name": "Wi-Fi on board",
      "functional": "If the train had Wi-Fi, how would you feel?",
      "dysfunctional": "If the train had no Wi-Fi, how would you feel?",
      "touchpoint": "On the train",
      "notes": ""
    },
    {
      "id": "seats",
      "name": "Seats",
      "functional": "",
      "dysfunctional": "",
      "touchpoint": "",
      "notes": ""
    }
  ],
  "respondents": [
    {
      "id": "r-1",
      "segment": "Commuter",
      "answers": {
        "wifi": {"functional": "like", "dysfunctional": "dislike", "importance": 7},
        "seats": {"functional": "must-be"}
      }
    },
    {
      "id": "r-2",
      "answers": {}
    }
  ]
}
"#,
    );
    let analysis = Analysis {
        table: EvaluationTable::Pouliot,
        rule: Rule::Oam,
        quadrant: QuadrantLines::Mean,
    };
    check_saved(
        &project("", analysis, Vec::new(), Vec::new()),
        r#"{
  "format": "kanoscope-project",
  "version": 1,
  "title": "",
  "analysis": {"table": "pouliot", "rule": "oam", "quadrant": "mean"},
  "features": [],
  "respondents": []
}
"#,
    );
}

#[test]
fn save_then_load_through_the_disk_is_equality_and_byte_stable() {
    let dir = TempDir::new().unwrap();
    for sample in Sample::ALL {
        let path = dir.path().join(sample.file_name());
        let project = sample.project();
        save_project(&path, &project).unwrap();
        let first = std::fs::read(&path).unwrap();
        let loaded = read_project(&path).unwrap();
        assert_eq!(loaded, project);
        save_project(&path, &loaded).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), first);
    }
}

#[test]
fn unknown_fields_are_ignored_at_every_level() {
    let text = format!(
        r##"{{
  {HEADER},
  "generator": {{"name": "a future Kanoscope", "plugins": [1, 2, 3]}},
  "title": "Tiny",
  "analysis": {{"table": "standard", "rule": "max", "quadrant": "fixed", "palette": "dark"}},
  "features": [
    {{"id": "wifi", "name": "Wi-Fi on board", "colour": "#ff0000", "tags": ["a", {{"b": null}}],
      "functional": "If the train had Wi-Fi, how would you feel?",
      "dysfunctional": "If the train had no Wi-Fi, how would you feel?",
      "touchpoint": "On the train", "notes": ""}},
    {{"id": "seats", "name": "Seats", "weight": 2.5}}
  ],
  "respondents": [
    {{"id": "r-1", "segment": "Commuter", "age": 34, "answers": {{
      "wifi": {{"functional": "like", "dysfunctional": "dislike", "importance": 7, "comment": "yes"}},
      "seats": {{"functional": "must-be", "seconds": 12.5}}
    }}}},
    {{"id": "r-2", "completed": false}}
  ]
}}"##
    );
    check_loads(&text, &tiny());
}

#[test]
fn optional_fields_may_be_left_out() {
    let one_feature = |touchpoint: &str, notes: &str| Feature {
        touchpoint: touchpoint.to_owned(),
        notes: notes.to_owned(),
        ..feature("a", "A")
    };
    let liked = response(Some(Answer::Like), Some(Answer::Neutral), None);
    let oam = Analysis {
        rule: Rule::Oam,
        ..Analysis::default()
    };
    let rows: Vec<(String, Project)> = vec![
        // Only the header: no title, no analysis, no features, no respondents.
        (
            format!("{{{HEADER}}}"),
            project("", Analysis::default(), vec![], vec![]),
        ),
        // A feature without touchpoint and notes.
        (
            format!(r#"{{{HEADER}, "features": [{{"id": "a", "name": "A"}}]}}"#),
            project("", Analysis::default(), vec![one_feature("", "")], vec![]),
        ),
        // A feature with them.
        (
            format!(
                r#"{{{HEADER}, "features": [{{"id": "a", "name": "A", "touchpoint": "T", "notes": "N"}}]}}"#
            ),
            project("", Analysis::default(), vec![one_feature("T", "N")], vec![]),
        ),
        // An analysis that names only the rule keeps the defaults for the rest.
        (
            format!(r#"{{{HEADER}, "analysis": {{"rule": "oam"}}}}"#),
            project("", oam, vec![], vec![]),
        ),
        // A respondent without a segment and without answers.
        (
            format!(
                r#"{{{HEADER}, "features": [{{"id": "a", "name": "A"}}], "respondents": [{{"id": "r"}}]}}"#
            ),
            project(
                "",
                Analysis::default(),
                vec![one_feature("", "")],
                vec![respondent("r", "", vec![Response::default()])],
            ),
        ),
        // A null answer pair is "not answered".
        (
            format!(
                r#"{{{HEADER}, "features": [{{"id": "a", "name": "A"}}], "respondents": [{{"id": "r", "answers": {{"a": null}}}}]}}"#
            ),
            project(
                "",
                Analysis::default(),
                vec![one_feature("", "")],
                vec![respondent("r", "", vec![Response::default()])],
            ),
        ),
        // A respondent with a segment and an answer.
        (
            format!(
                r#"{{{HEADER}, "features": [{{"id": "a", "name": "A"}}], "respondents": [{{"id": "r", "segment": "S", "answers": {{"a": {{"functional": "like", "dysfunctional": "neutral"}}}}}}]}}"#
            ),
            project(
                "",
                Analysis::default(),
                vec![one_feature("", "")],
                vec![respondent("r", "S", vec![liked])],
            ),
        ),
    ];
    for (text, expected) in &rows {
        check_loads(text, expected);
    }
}

#[test]
fn a_pair_missing_one_side_is_not_answered_and_is_written_back_the_same() {
    // Each row: the pair as written in the file, and the response it stands for.
    let rows = [
        (
            r#"{"functional": "like"}"#,
            response(Some(Answer::Like), None, None),
        ),
        (
            r#"{"dysfunctional": "dislike", "importance": 3}"#,
            response(None, Some(Answer::Dislike), Some(3)),
        ),
        (r#"{"importance": 9}"#, response(None, None, Some(9))),
    ];
    for (pair, expected) in rows {
        let text = format!(
            r#"{{{HEADER}, "features": [{{"id": "a"}}], "respondents": [{{"id": "r", "answers": {{"a": {pair}}}}}]}}"#
        );
        let project = parse_project(text.as_bytes()).unwrap();
        assert_eq!(project.respondents()[0].responses, [expected], "{pair}");
        assert_eq!(project.tallies().all()[0].answered(), 0, "{pair}");
        assert_eq!(project.current_results().features[0].stats.n, 0, "{pair}");
        let saved = project_to_json(&project);
        assert!(
            saved.contains(&format!("\n        \"a\": {pair}\n")),
            "{pair} should be written back on its own line:\n{saved}"
        );
    }
}

#[test]
fn escapes_and_non_ascii_text_round_trip() {
    let odd = Feature {
        id: "Wi-Fi / on board 车厢".into(),
        name: "车厢免费Wi-Fi 📶 \"fast\"".into(),
        functional: "If the train had Wi-Fi,\nhow would you feel?\r\n\t(be honest) \\o/".into(),
        dysfunctional: "如果车厢没有免费Wi-Fi，您的感受是？ 🙁".into(),
        touchpoint: "On the train — 车厢".into(),
        notes: "bell \u{7}, nul \u{0}, separator \u{2028}, BOM \u{feff}, quote \" and slash /"
            .into(),
        dimension: None,
    };
    let plain = feature("seats", "Seats");
    let responses = vec![
        response(Some(Answer::Like), Some(Answer::MustBe), Some(4)),
        response(None, Some(Answer::LiveWith), None),
    ];
    let project = project(
        "Line 11 🚇 \"Metro\"\n第二行",
        Analysis::default(),
        vec![odd, plain],
        vec![
            respondent("r 1 / a", "学生 \"quoted\"", responses.clone()),
            respondent("r\t2", "", responses),
        ],
    );
    let text = project_to_json(&project);
    let loaded = parse_project(text.as_bytes()).unwrap();
    assert_eq!(loaded, project);
    assert_eq!(project_to_json(&loaded), text);
    // Newlines inside texts are escaped, so the layout keeps one answer pair per line.
    assert!(text.contains(
        "\n        \"Wi-Fi / on board 车厢\": {\"functional\": \"like\", \"dysfunctional\": \"must-be\", \"importance\": 4},\n"
    ));
    assert!(text.contains(r#""functional": "If the train had Wi-Fi,\nhow would you feel?\r\n\t"#));
}

#[test]
fn saving_over_a_file_replaces_it_and_leaves_no_temporary_files() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("tiny.kano.json");
    std::fs::write(&path, "the old contents, much longer than nothing at all").unwrap();
    save_project(&path, &tiny()).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        project_to_json(&tiny())
    );
    // The previous contents are kept as the backup (tests/safety.rs checks it in detail).
    assert_eq!(
        listing(dir.path()),
        ["tiny.kano.json", "tiny.kano.json.bak"]
    );
    // A second save over the first, of another project.
    let sample = Sample::MetroChinese.project();
    save_project(&path, &sample).unwrap();
    assert_eq!(read_project(&path).unwrap(), sample);
    assert_eq!(
        listing(dir.path()),
        ["tiny.kano.json", "tiny.kano.json.bak"]
    );
}

#[test]
fn saving_into_a_folder_that_does_not_exist_fails_and_creates_nothing() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("no such folder").join("tiny.kano.json");
    let error = save_project(&path, &tiny()).unwrap_err();
    assert_eq!(error.path, path);
    assert!(error.to_string().contains("could not save"), "{error}");
    assert!(listing(dir.path()).is_empty());
}

#[test]
fn a_save_onto_a_folder_fails_and_leaves_the_folder_as_it_was() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("tiny.kano.json");
    std::fs::create_dir(&path).unwrap();
    std::fs::write(path.join("inside.txt"), "keep me").unwrap();
    let error = save_project(&path, &tiny()).unwrap_err();
    assert_eq!(error.path, path);
    assert!(path.is_dir());
    assert_eq!(listing(&path), ["inside.txt"]);
    assert_eq!(
        std::fs::read_to_string(path.join("inside.txt")).unwrap(),
        "keep me"
    );
    assert_eq!(listing(dir.path()), ["tiny.kano.json"]);
}

#[cfg(unix)]
#[test]
fn a_save_into_a_read_only_folder_fails_and_leaves_the_old_file_byte_identical() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().unwrap();
    let folder = dir.path().join("read-only");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("tiny.kano.json");
    let old = project_to_json(&Sample::MetroEnglish.project());
    std::fs::write(&path, &old).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    // A privileged user (root in a container) can write to a read-only folder; then this test
    // cannot make a save fail this way and asserts nothing.
    let probe = folder.join("probe");
    let privileged = std::fs::write(&probe, "").is_ok();
    let result = (!privileged).then(|| save_project(&path, &tiny()));
    let _ = std::fs::remove_file(&probe);
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    let Some(result) = result else {
        eprintln!("skipped: this user can write into read-only folders");
        return;
    };
    let error = result.unwrap_err();
    assert_eq!(error.path, path);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), old);
    assert_eq!(listing(&folder), ["tiny.kano.json"]);
}

#[cfg(unix)]
#[test]
fn a_file_saved_over_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().unwrap();
    for mode in [0o600, 0o640, 0o664, 0o755] {
        let path = dir.path().join(format!("mode-{mode:o}.kano.json"));
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        save_project(&path, &tiny()).unwrap();
        let kept = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(kept, mode, "{mode:o} became {kept:o}");
    }
}

#[test]
fn a_newer_version_is_refused_and_the_file_is_not_changed() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("future.kano.json");
    let text = r#"{"format": "kanoscope-project", "version": 2, "features": {"new": "layout"}}"#;
    std::fs::write(&path, text).unwrap();
    match read_project(&path) {
        Err(LoadError::Invalid { error, .. }) => {
            assert_eq!(error.path.as_deref(), Some("version"));
            assert!(error.message().contains("version 2"), "{error}");
            assert!(error.message().contains("up to 1"), "{error}");
        }
        other => panic!("expected LoadError::Invalid, got {other:?}"),
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    assert_eq!(listing(dir.path()), ["future.kano.json"]);
}

#[test]
fn survey_settings_and_the_order_asked_round_trip() {
    use kanoscope::i18n::Lang;
    use kanoscope::project::{FeatureOrder, PageLayout, SurveySettings};
    let text = r#"{"format": "kanoscope-project", "version": 1,
        "survey": {"order": "random", "layout": "single", "importance": true, "language": "zh"},
        "features": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
        "respondents": [{"id": "r1", "order": ["b", "a"], "answers": {"a": {"functional": "like"}}}]}"#;
    let project = parse_project(text.as_bytes()).unwrap();
    assert_eq!(
        *project.survey(),
        SurveySettings {
            order: FeatureOrder::Random,
            layout: PageLayout::Single,
            importance: true,
            language: Lang::Zh,
        }
    );
    assert_eq!(project.respondents()[0].order, ["b", "a"]);
    let saved = project_to_json(&project);
    assert!(saved.contains(r#""order": ["b", "a"]"#), "{saved}");
    assert_eq!(parse_project(saved.as_bytes()).unwrap(), project);
    // Default settings are not written, so older files keep their exact layout.
    let plain = project_to_json(&Sample::MetroEnglish.project());
    assert!(!plain.contains("\"survey\""));
}

#[test]
fn a_servqual_dimension_round_trips_and_is_left_out_when_unset() {
    use kanoscope::project::Dimension;
    let mut with = feature("wifi", "Free Wi-Fi");
    with.dimension = Some(Dimension::Tangibles);
    let without = feature("staff", "Friendly staff");
    let p = project(
        "Dimensions",
        Analysis::default(),
        vec![with, without],
        vec![],
    );
    let json = project_to_json(&p);
    assert_eq!(json.matches("\"dimension\": \"tangibles\"").count(), 1);
    assert_eq!(json.matches("\"dimension\"").count(), 1);
    assert_eq!(parse_project(json.as_bytes()).unwrap(), p);
}

#[test]
fn an_unknown_dimension_is_refused() {
    let text = format!(
        r#"{{{HEADER}, "title": "t", "features": [{{"id": "a", "dimension": "speed"}}], "respondents": []}}"#
    );
    assert!(parse_project(text.as_bytes()).is_err());
}

#[test]
fn an_importance_scale_round_trips_and_is_left_out_when_default() {
    let words = [
        "Not at all important",
        "Slightly important",
        "Moderately important",
        "Very important",
        "Extremely important",
    ];
    let scale =
        ImportanceScale::new(1, 5, words.iter().map(|w| (*w).to_owned()).collect()).unwrap();
    let asked = project(
        "",
        Analysis::default(),
        vec![feature("wifi", "Wi-Fi")],
        vec![respondent(
            "r-1",
            "",
            vec![response(Some(Answer::Like), None, Some(5))],
        )],
    )
    .with_importance_scale(scale.clone())
    .unwrap();
    let text = project_to_json(&asked);
    assert!(
        text.contains(
            "  \"importance_scale\": {\"min\":1,\"max\":5,\"labels\":[\"Not at all important\","
        ),
        "{text}"
    );
    let loaded = parse_project(text.as_bytes()).unwrap();
    assert_eq!(loaded, asked);
    assert_eq!(loaded.importance_scale(), &scale);
    assert_eq!(project_to_json(&loaded), text);

    // 0..10 keeps its 0 and its 10; the default 1..9 is not written at all.
    let eleven = ImportanceScale::new(0, 10, Vec::new()).unwrap();
    let nps = Project::from_parts_on_scale(
        String::new(),
        Analysis::default(),
        eleven,
        vec![feature("wifi", "Wi-Fi")],
        vec![
            respondent("r-1", "", vec![response(None, None, Some(0))]),
            respondent("r-2", "", vec![response(None, None, Some(10))]),
        ],
    )
    .unwrap();
    let text = project_to_json(&nps);
    assert!(text.contains("\"importance_scale\": {\"min\":0,\"max\":10},"));
    assert_eq!(parse_project(text.as_bytes()).unwrap(), nps);
    assert!(!project_to_json(&tiny()).contains("importance_scale"));
}

#[test]
fn a_scale_that_leaves_out_a_given_importance_is_refused() {
    let seven = project(
        "",
        Analysis::default(),
        vec![feature("wifi", "Wi-Fi")],
        vec![respondent("r-1", "", vec![response(None, None, Some(7))])],
    );
    let five = ImportanceScale::new(1, 5, Vec::new()).unwrap();
    assert!(seven.clone().with_importance_scale(five.clone()).is_err());
    let mut edited = seven;
    assert!(
        edited
            .apply(kanoscope::project::Edit::SetImportanceScale(five))
            .is_err()
    );
    assert!(edited.importance_scale().is_default());
}
