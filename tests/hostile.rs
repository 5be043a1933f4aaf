//! Hostile input, probed with real files through the real binary (issue 12, item 7): each is
//! refused in bounded time and memory with a message saying where and what, or handled safely.
//! On Unix the commands run under a 1 GiB address-space limit (`ulimit -v`), so that a reader
//! that would allocate gigabytes fails the test instead of slowing the machine down.

// Tests state their expectations with unwrap: a failure should stop the test where it happened.
#![allow(clippy::unwrap_used)]

#[path = "support/binary_books.rs"]
mod binary_books;
#[path = "support/xml_books.rs"]
mod xml_books;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use tempfile::TempDir;

/// The memory a command may use, in KiB (1 GiB).
const MEMORY_KIB: u64 = 1024 * 1024;

/// Runs `kanoscope ARGS` in `dir`, within [`MEMORY_KIB`] of address space where the shell can say so.
fn kanoscope(dir: &Path, args: &[&str]) -> Output {
    let exe = env!("CARGO_BIN_EXE_kanoscope");
    if cfg!(unix) {
        Command::new("sh")
            .current_dir(dir)
            .arg("-c")
            .arg(format!("ulimit -v {MEMORY_KIB} && exec \"$0\" \"$@\""))
            .arg(exe)
            .args(args)
            .output()
            .unwrap()
    } else {
        Command::new(exe)
            .current_dir(dir)
            .args(args)
            .output()
            .unwrap()
    }
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A refused command: a non-zero exit (not a signal, not an abort), one line naming what.
fn assert_refused(output: &Output, needles: &[&str]) {
    let text = stderr(output);
    assert_eq!(
        output.status.code(),
        Some(1),
        "status {:?}: {text}",
        output.status
    );
    assert_eq!(text.trim_end().lines().count(), 1, "one line: {text}");
    for needle in needles {
        assert!(text.contains(needle), "{needle:?} not in: {text}");
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/hostile")
        .join(name)
}

/// A workbook of answers with something typed into Excel's very last cell.
fn far_cell_workbook(path: &Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Answers").unwrap();
    sheet.write_string(0, 0, "a_functional").unwrap();
    sheet.write_string(0, 1, "a_dysfunctional").unwrap();
    sheet.write_string(1, 0, "I like it").unwrap();
    sheet.write_string(1, 1, "I dislike it").unwrap();
    sheet.write_string(1_048_575, 16_383, "oops").unwrap();
    book.save(path).unwrap();
}

#[test]
fn import_refuses_a_workbook_with_a_cell_at_xfd1048576_naming_sheet_and_cells() {
    let dir = TempDir::new().unwrap();
    far_cell_workbook(&dir.path().join("far.xlsx"));
    assert!(
        std::fs::metadata(dir.path().join("far.xlsx"))
            .unwrap()
            .len()
            < 10_000
    );
    let output = kanoscope(dir.path(), &["import", "far.xlsx", "-o", "out.kano.json"]);
    assert_refused(
        &output,
        &[
            "far.xlsx",
            "\"Answers\"",
            "A1",
            "XFD1048576",
            "nothing was written",
        ],
    );
    assert!(!dir.path().join("out.kano.json").exists());
}

#[test]
fn import_refuses_a_half_megabyte_workbook_holding_a_512_mib_cell() {
    let dir = TempDir::new().unwrap();
    let book = fixture("huge_cell.xlsx");
    assert!(std::fs::metadata(&book).unwrap().len() < 600 * 1024);
    std::fs::copy(&book, dir.path().join("huge.xlsx")).unwrap();
    let output = kanoscope(dir.path(), &["import", "huge.xlsx", "-o", "out.kano.json"]);
    assert_refused(&output, &["huge.xlsx", "unpacks to more than 256 MB"]);
    assert!(!dir.path().join("out.kano.json").exists());
}

#[test]
fn a_workbook_within_the_limits_still_imports() {
    let dir = TempDir::new().unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "a_functional").unwrap();
    sheet.write_string(0, 1, "a_dysfunctional").unwrap();
    sheet.write_string(1, 0, "I like it").unwrap();
    sheet.write_string(1, 1, "I dislike it").unwrap();
    book.save(dir.path().join("ok.xlsx")).unwrap();
    let output = kanoscope(dir.path(), &["import", "ok.xlsx", "-o", "out.kano.json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(dir.path().join("out.kano.json").exists());
}

#[test]
fn analyze_refuses_a_project_whose_title_is_50_mib_naming_the_place() {
    let dir = TempDir::new().unwrap();
    let title = "x".repeat(50 * 1024 * 1024);
    std::fs::write(
        dir.path().join("long.kano.json"),
        format!(
            r#"{{"format": "kanoscope-project", "version": 1, "title": "{title}", "features": [{{"id": "a", "name": "A"}}], "respondents": []}}"#
        ),
    )
    .unwrap();
    drop(title);
    let output = kanoscope(dir.path(), &["analyze", "long.kano.json"]);
    assert_refused(
        &output,
        &[
            "long.kano.json",
            "title: the text is 52428800 characters long",
            "up to 1000",
        ],
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn import_refuses_a_column_name_longer_than_an_id_may_be() {
    let dir = TempDir::new().unwrap();
    let id = "q".repeat(2_000);
    std::fs::write(
        dir.path().join("long.csv"),
        format!("{id}_functional,{id}_dysfunctional\nI like it,I dislike it\n"),
    )
    .unwrap();
    let output = kanoscope(dir.path(), &["import", "long.csv", "-o", "out.kano.json"]);
    assert_refused(
        &output,
        &["features[0].id", "2000 characters", "nothing was written"],
    );
    assert!(!dir.path().join("out.kano.json").exists());
}

/// A project whose names are formulas, and whose feature name carries terminal escapes.
const FORMULA_PROJECT: &str = r#"{"format": "kanoscope-project", "version": 1, "title": "=cmd|' /C calc'!A0",
  "features": [
    {"id": "=1+1", "name": "@SUM(1)", "touchpoint": "+tp", "functional": "-q", "dysfunctional": "=q"},
    {"id": "ok", "name": "\u001b[2J\u001b]0;owned\u0007bell\rover"}
  ],
  "respondents": [
    {"id": "r1", "segment": "-seg", "answers": {"=1+1": {"functional": "like", "dysfunctional": "dislike"}, "ok": {"functional": "dislike", "dysfunctional": "like"}}}
  ]}"#;

/// Every cell of a CSV text (a small reader: quoted fields, doubled quotes).
fn csv_cells(text: &str) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .flat_map(|r| r.unwrap().iter().map(str::to_owned).collect::<Vec<_>>())
        .collect()
}

/// No text cell starts a formula; the names are there behind a quote mark.
fn assert_neutralised(text: &str, expected: &[&str]) {
    let cells = csv_cells(text);
    for cell in &cells {
        let number = cell.parse::<f64>().is_ok();
        assert!(
            number || !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "{cell:?} in {text}"
        );
    }
    for want in expected {
        assert!(cells.iter().any(|c| c == want), "{want:?} not in {cells:?}");
    }
}

#[test]
fn csv_written_by_every_command_neutralises_formulas_and_keeps_numbers() {
    let dir = TempDir::new().unwrap();
    std::fs::write(dir.path().join("f.kano.json"), FORMULA_PROJECT).unwrap();

    let analyze = kanoscope(dir.path(), &["analyze", "f.kano.json", "--format", "csv"]);
    assert!(analyze.status.success(), "{}", stderr(&analyze));
    let text = String::from_utf8(analyze.stdout).unwrap();
    assert_neutralised(&text, &["'=1+1", "'@SUM(1)"]);
    // Worse is negative, and stays a number.
    assert!(csv_cells(&text).iter().any(|c| c == "-1"), "{text}");

    let export = kanoscope(
        dir.path(),
        &["export", "f.kano.json", "-o", "r.csv", "--segment=-seg"],
    );
    assert!(export.status.success(), "{}", stderr(&export));
    let text = std::fs::read_to_string(dir.path().join("r.csv")).unwrap();
    assert_neutralised(&text, &["'=1+1", "'@SUM(1)", "'-seg"]);

    let form = kanoscope(dir.path(), &["questionnaire", "f.kano.json", "-o", "q.csv"]);
    assert!(form.status.success(), "{}", stderr(&form));
    let text = std::fs::read_to_string(dir.path().join("q.csv")).unwrap();
    assert_neutralised(&text, &["'=1+1", "'@SUM(1)", "'+tp", "'-q", "'=q"]);
}

#[test]
fn terminal_output_shows_control_characters_from_files_as_escapes() {
    let dir = TempDir::new().unwrap();
    std::fs::write(dir.path().join("f.kano.json"), FORMULA_PROJECT).unwrap();
    let table = kanoscope(dir.path(), &["analyze", "f.kano.json"]);
    assert!(table.status.success(), "{}", stderr(&table));
    let text = String::from_utf8(table.stdout).unwrap();
    let raw_controls = |t: &str| t.chars().any(|c| c.is_control() && c != '\n');
    assert!(!raw_controls(&text), "{text:?}");
    assert!(
        text.contains("\\u{1b}[2J\\u{1b}]0;owned\\u{7}bell\\u{d}over"),
        "{text}"
    );

    // A file name holding an escape, in the one-line message on stderr.
    let output = kanoscope(dir.path(), &["analyze", "no\u{1b}[2Jsuch.kano.json"]);
    assert_refused(&output, &["no\\u{1b}[2Jsuch.kano.json"]);
    assert!(!raw_controls(&stderr(&output)), "{:?}", stderr(&output));
}

/// What a save killed half-way leaves beside `file` (`.NAME.<pid>.<k>.tmp`), from a process id
/// no system gives out.
#[cfg(target_os = "linux")]
fn killed_save_leftover(dir: &Path, file: &str) -> PathBuf {
    let path = dir.join(format!(".{file}.999999999.0.tmp"));
    std::fs::write(&path, vec![b' '; 1 << 20]).unwrap();
    path
}

// Which processes run is read from /proc; elsewhere a leftover must be an hour old.
#[cfg(target_os = "linux")]
#[test]
fn a_killed_saves_temp_file_is_removed_at_the_next_open_or_save_of_that_file() {
    let dir = TempDir::new().unwrap();
    std::fs::write(dir.path().join("f.kano.json"), FORMULA_PROJECT).unwrap();
    let opened = killed_save_leftover(dir.path(), "f.kano.json");
    let unrelated = killed_save_leftover(dir.path(), "g.kano.json");
    let output = kanoscope(dir.path(), &["analyze", "f.kano.json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!opened.exists(), "removed when the file is opened");
    assert!(unrelated.exists(), "another file's temp is not touched");

    std::fs::write(
        dir.path().join("a.csv"),
        "a_functional,a_dysfunctional\nI like it,I dislike it\n",
    )
    .unwrap();
    let saved = killed_save_leftover(dir.path(), "out.kano.json");
    let output = kanoscope(dir.path(), &["import", "a.csv", "-o", "out.kano.json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!saved.exists(), "removed when the file is saved");
    assert!(unrelated.exists());
}

#[test]
fn a_failed_markdown_report_leaves_none_of_its_pictures_behind() {
    let dir = TempDir::new().unwrap();
    std::fs::write(dir.path().join("f.kano.json"), FORMULA_PROJECT).unwrap();
    // A folder stands where the report would go.
    std::fs::create_dir(dir.path().join("r.md")).unwrap();
    let output = kanoscope(dir.path(), &["report", "f.kano.json", "-o", "r.md"]);
    assert_refused(&output, &["r.md", "nothing was written"]);
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["f.kano.json", "r.md"], "no picture, no temp file");

    std::fs::remove_dir(dir.path().join("r.md")).unwrap();
    let output = kanoscope(dir.path(), &["report", "f.kano.json", "-o", "r.md"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("wrote r-better-worse.svg") && text.ends_with("wrote r.md\n"),
        "{text}"
    );
}

#[test]
fn appending_respondents_holds_their_texts_to_the_limit_naming_the_place() {
    use kanoscope::io::import::{self, IdCollisions, ImportError, ReadOptions};
    let project = kanoscope::io::samples::Sample::MetroEnglish.project();
    let feature = &project.features()[0].id;
    let segment = "s".repeat(kanoscope::io::text_limits::MAX_NAME_CHARS + 1);
    let csv = format!(
        "group,{feature}_functional,{feature}_dysfunctional\n{segment},I like it,I dislike it\n"
    );
    let table = import::read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
    let mut mapping = import::detect(&table);
    mapping.segment_column = Some(0);
    let first_new = project.respondents().len();
    assert_eq!(
        import::append_to(&project, &table, &mapping, IdCollisions::Refuse).map(|_| ()),
        Err(ImportError::TextTooLong {
            place: format!("respondents[{first_new}].segment"),
            chars: segment.len(),
            limit: kanoscope::io::text_limits::MAX_NAME_CHARS,
        })
    );
}

/// An OpenDocument spreadsheet whose second row, one answer repeated across all 16,384 columns,
/// is itself repeated down to row 1,048,576: a 1 KB file standing for 17 billion cells.
fn repeated_ods(path: &Path) {
    let table = r#"<table:table table:name="Answers"><table:table-row><table:table-cell office:value-type="string"><text:p>a_functional</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>a_dysfunctional</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>I like it</text:p></table:table-cell></table:table-row></table:table>"#;
    std::fs::write(path, xml_books::ods(table)).unwrap();
}

#[test]
fn import_refuses_an_ods_whose_repeats_stand_for_billions_of_cells() {
    let dir = TempDir::new().unwrap();
    repeated_ods(&dir.path().join("repeat.ods"));
    assert!(
        std::fs::metadata(dir.path().join("repeat.ods"))
            .unwrap()
            .len()
            < 10_000
    );
    let output = kanoscope(dir.path(), &["import", "repeat.ods", "-o", "out.kano.json"]);
    assert_refused(
        &output,
        &[
            "repeat.ods",
            "\"Answers\"",
            "from A1 to",
            "nothing was written",
        ],
    );
    assert!(!dir.path().join("out.kano.json").exists());
}

/// Writes `bytes` as `name` in `dir`, a file under 10 MB, and imports it.
fn import_workbook(dir: &Path, name: &str, bytes: &[u8]) -> Output {
    assert!(bytes.len() < 10 * 1024 * 1024, "{} bytes", bytes.len());
    std::fs::write(dir.join(name), bytes).unwrap();
    kanoscope(dir, &["import", name, "-o", "out.kano.json"])
}

#[test]
fn import_refuses_an_xls_whose_cells_all_repeat_one_long_shared_string() {
    // A 1 MB .xls whose 60,000 LABELSST cells name one 32,767-character string: calamine would
    // copy it into each cell (2 GB) and every sheet of an .xls is read at once.
    let dir = TempDir::new().unwrap();
    let output = import_workbook(
        dir.path(),
        "bomb.xls",
        &binary_books::repeated_string_xls(32_767, 60_000),
    );
    assert_refused(
        &output,
        &["bomb.xls", "of memory by 'Answers'!", "nothing was written"],
    );
    assert!(!dir.path().join("out.kano.json").exists());
}

#[test]
fn import_refuses_an_xls_whose_dimensions_claim_the_whole_grid() {
    let dir = TempDir::new().unwrap();
    let mut body = binary_books::dimensions(0, 65_536, 0, 256);
    body.extend(binary_books::labelsst(0, 0, 0));
    let stream = binary_books::workbook_stream(&["a_functional"], &[("Answers", body)]);
    let output = import_workbook(dir.path(), "dims.xls", &binary_books::cfb(&stream).bytes);
    assert_refused(
        &output,
        &[
            "dims.xls",
            "\"Answers\"",
            "from A1 to IV65536",
            "nothing was written",
        ],
    );
}

#[test]
fn import_refuses_a_truncated_or_looping_xls_container_naming_the_part() {
    let dir = TempDir::new().unwrap();
    let whole = binary_books::answers_xls(&[("I like it", "I dislike it")]);
    let output = import_workbook(dir.path(), "cut.xls", &whole[..whole.len() / 2]);
    assert_refused(&output, &["cut.xls", "damaged: CFB FAT at byte 76"]);

    let stream = binary_books::workbook_stream(&["a"], &[("Answers", Vec::new())]);
    let mut container = binary_books::cfb(&stream);
    container.set_fat(container.stream_sectors - 1, 0);
    container.set_stream_len(0xFFFF_FF00);
    let output = import_workbook(dir.path(), "loop.xls", &container.bytes);
    assert_refused(&output, &["loop.xls", "damaged: CFB FAT chain at byte"]);
    assert!(!dir.path().join("out.kano.json").exists());
}

#[test]
fn import_refuses_an_xlsb_whose_cells_all_repeat_one_long_shared_string() {
    let dir = TempDir::new().unwrap();
    let output = import_workbook(
        dir.path(),
        "bomb.xlsb",
        &binary_books::repeated_string_xlsb(32_767, 60_000),
    );
    assert_refused(&output, &["bomb.xlsb", "Answers", "nothing was written"]);
}

#[test]
fn small_xls_and_xlsb_workbooks_within_the_limits_still_import() {
    let answers = [
        ("I like it", "I dislike it"),
        ("I expect it", "I can tolerate it"),
    ];
    for (name, bytes) in [
        ("ok.xls", binary_books::answers_xls(&answers)),
        ("ok.xlsb", binary_books::answers_xlsb(&answers)),
    ] {
        let dir = TempDir::new().unwrap();
        let output = import_workbook(dir.path(), name, &bytes);
        assert!(output.status.success(), "{name}: {}", stderr(&output));
        let project = std::fs::read_to_string(dir.path().join("out.kano.json")).unwrap();
        assert!(project.contains("\"wifi\""), "{project}");
    }
}
