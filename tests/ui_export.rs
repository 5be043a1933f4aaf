//! File ▸ Export… through the studio window, driven with egui_kittest and scripted file dialogs
//! that answer with paths in a temporary folder: every kind and format writes the file it names
//! (HTML with its plots, Markdown with its table, an .xlsx zip, a PNG of the chosen size, SVG
//! that parses, a questionnaire CSV in the chosen language); the chosen format decides the
//! extension; cancelling writes nothing; a missing folder gives an error and leaves the project
//! as it was; a plot's own Export… button preselects it; the last choice is remembered.

// A test fails by panicking, so unwrapping is how it reports a broken expectation.
#![allow(clippy::unwrap_used)]

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kanoscope::app::{ExportAsked, Preferences, ScriptedDialogs, StudioApp};
use kanoscope::export::{ExportKind, Plot, ResultsFormat};
use kanoscope::i18n::Lang;
use kanoscope::kano::Answer;
use kanoscope::project::SegmentFilter;
use kanoscope::ui::{Action, Command, PlotKind, Tab};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tempfile::TempDir;

/// The studio with export dialogs that answer `paths` in order (`None`: cancelled).
fn studio(
    paths: Vec<Option<PathBuf>>,
) -> (Harness<'static, StudioApp>, Arc<Mutex<Vec<ExportAsked>>>) {
    let dialogs = ScriptedDialogs {
        export: paths.into(),
        ..ScriptedDialogs::default()
    };
    let asked = Arc::clone(&dialogs.export_asked);
    let prefs = Preferences {
        lang: Some(Lang::En),
        ..Preferences::default()
    };
    let app = StudioApp::new(prefs, Box::new(dialogs));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(|ui, app: &mut StudioApp| app.show(ui), app);
    harness.run();
    (harness, asked)
}

fn open_dialog(harness: &mut Harness<'_, StudioApp>) {
    harness.state_mut().queue(Action::Command(Command::Export));
    harness.run();
    assert!(harness.state().export_dialog().is_some());
}

fn click(harness: &mut Harness<'_, StudioApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Picks `option` in the drop-down list labelled `list`.
fn pick(harness: &mut Harness<'_, StudioApp>, list: &str, option: &str) {
    click(harness, list);
    click(harness, option);
}

/// Replaces the text of the field labelled `field`.
fn retype(harness: &mut Harness<'_, StudioApp>, field: &str, text: &str) {
    harness.get_by_label(field).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label(field).type_text(text);
    harness.run();
}

/// Clicks "Export to file…" and waits until the export has been written.
fn export(harness: &mut Harness<'_, StudioApp>) {
    harness.get_by_label("Export to file…").click();
    // The spinner of a running export keeps asking for frames, so step instead of `run`.
    harness.step();
    export_written(harness);
}

/// Waits until the running export, if any, has been written.
fn export_written(harness: &mut Harness<'_, StudioApp>) {
    harness.step();
    harness.state_mut().wait_for_export();
    harness.step();
    assert!(!harness.state().export_in_progress(), "the export is over");
    harness.run();
    assert!(harness.state().export_dialog().is_none());
}

fn last_notice(harness: &Harness<'_, StudioApp>) -> (String, bool) {
    let notice = harness.state().notices().last().unwrap();
    (notice.text.clone(), notice.is_error)
}

fn csv_records(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

fn png_size(path: &Path) -> (u32, u32) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let reader = decoder.read_info().unwrap();
    let info = reader.info();
    (info.width, info.height)
}

#[test]
fn reports_come_as_html_with_plots_and_as_markdown_with_its_table_and_pictures() {
    let dir = TempDir::new().unwrap();
    let html = dir.path().join("report.html");
    let md = dir.path().join("report.md");
    let (mut harness, asked) = studio(vec![Some(html.clone()), Some(md.clone())]);

    open_dialog(&mut harness);
    click(&mut harness, "Report");
    click(&mut harness, "Web page (HTML, one self-contained file)");
    export(&mut harness);
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        page.contains("<html") && page.contains("<svg"),
        "plots are inside"
    );
    assert!(page.contains("Working air-conditioning"));
    assert_eq!(
        last_notice(&harness),
        (format!("Exported to {}.", html.display()), false)
    );

    open_dialog(&mut harness);
    click(&mut harness, "Markdown (the plots as SVG files beside it)");
    export(&mut harness);
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(
        text.lines()
            .any(|l| l.starts_with("| ") && l.contains("Better"))
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("|---") || l.starts_with("| ---"))
    );
    let pictures: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "svg"))
        .collect();
    assert!(!pictures.is_empty());
    for picture in &pictures {
        let name = picture.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("report-"), "{name}");
        assert!(text.contains(&name), "the report links {name}");
    }
    let (notice, is_error) = last_notice(&harness);
    assert!(!is_error);
    assert!(
        notice.contains(&format!("with {} pictures", pictures.len())),
        "{notice}"
    );

    let asked = asked.lock().unwrap();
    assert_eq!(asked[0].name, "kanoscope-report.html");
    assert_eq!(asked[0].extensions, ["html", "htm"]);
    assert_eq!(asked[1].name, "kanoscope-report.md");
}

#[test]
fn results_come_as_csv_and_as_an_excel_workbook() {
    let dir = TempDir::new().unwrap();
    let csv = dir.path().join("results.csv");
    let xlsx = dir.path().join("results.xlsx");
    let (mut harness, _) = studio(vec![Some(csv.clone()), Some(xlsx.clone())]);

    open_dialog(&mut harness);
    click(&mut harness, "Results table");
    click(&mut harness, "CSV (opens in any spreadsheet)");
    export(&mut harness);
    let records = csv_records(&std::fs::read_to_string(&csv).unwrap());
    assert_eq!(records.len(), 15, "a header and one row per feature");

    open_dialog(&mut harness);
    click(&mut harness, "Excel workbook (.xlsx)");
    export(&mut harness);
    let bytes = std::fs::read(&xlsx).unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"), "an .xlsx is a zip");
    // The choice is remembered for next time.
    assert_eq!(
        harness.state().preferences().export.kind,
        ExportKind::Results
    );
    assert_eq!(
        harness.state().preferences().export.results,
        ResultsFormat::Xlsx
    );
    open_dialog(&mut harness);
    let request = harness.state().export_dialog().unwrap().request().clone();
    assert_eq!(request.choice.kind, ExportKind::Results);
    assert_eq!(request.choice.results, ResultsFormat::Xlsx);
}

#[test]
fn plots_come_as_svg_and_as_png_of_a_preset_or_custom_size() {
    let dir = TempDir::new().unwrap();
    let svg = dir.path().join("shares.svg");
    let preset = dir.path().join("slide.png");
    let custom = dir.path().join("custom.png");
    let (mut harness, asked) = studio(vec![
        Some(svg.clone()),
        Some(preset.clone()),
        Some(custom.clone()),
    ]);

    open_dialog(&mut harness);
    click(&mut harness, "Plot");
    click(&mut harness, "Category shares");
    click(&mut harness, "SVG (vector, sharp at any size)");
    export(&mut harness);
    let text = std::fs::read_to_string(&svg).unwrap();
    let document = roxmltree::Document::parse(&text).unwrap();
    assert_eq!(document.root_element().tag_name().name(), "svg");

    open_dialog(&mut harness);
    click(&mut harness, "Better–Worse diagram");
    click(&mut harness, "PNG picture");
    pick(&mut harness, "Size", "1280 × 800 (screen)");
    harness.get_by_label("Export to file…").click();
    harness.step();
    // The window goes on while the picture is rendered, and says what it is writing.
    assert!(harness.state().export_dialog().is_none());
    harness.get_by_label("Writing slide.png…");
    export_written(&mut harness);
    assert!(harness.query_by_label("Writing slide.png…").is_none());
    assert_eq!(png_size(&preset), (1280, 800));

    open_dialog(&mut harness);
    pick(&mut harness, "Size", "Custom size");
    retype(&mut harness, "Width", "900");
    retype(&mut harness, "Height", "560");
    export(&mut harness);
    assert_eq!(png_size(&custom), (900, 560));

    let names: Vec<String> = asked
        .lock()
        .unwrap()
        .iter()
        .map(|a| a.name.clone())
        .collect();
    assert_eq!(
        names,
        [
            "kanoscope-categories.svg",
            "kanoscope-better-worse.png",
            "kanoscope-better-worse.png"
        ]
    );
}

#[test]
fn a_picture_whose_key_cuts_names_says_so_and_what_size_shows_them_whole() {
    let dir = TempDir::new().unwrap();
    let small = dir.path().join("small.png");
    let large = dir.path().join("large.png");
    let (mut harness, _) = studio(vec![Some(small.clone()), Some(large.clone())]);
    // Names too long to sit by their points on a small picture: numbered, and listed in a key.
    let features = harness.state().document().project().features().to_vec();
    for (index, mut feature) in features.into_iter().enumerate() {
        feature.name =
            format!("Seat reservation on every long-distance trip, by the window, {index}");
        harness.state_mut().queue(Action::Edit {
            edit: kanoscope::project::Edit::UpdateFeature { index, feature },
            label: "Rename feature".into(),
            merge: None,
        });
    }
    harness.run();
    let cut_notes = |harness: &Harness<'_, StudioApp>| -> Vec<String> {
        harness
            .state()
            .notices()
            .iter()
            .filter(|n| n.text.starts_with("The picture's key cuts"))
            .map(|n| n.text.clone())
            .collect()
    };

    open_dialog(&mut harness);
    click(&mut harness, "Plot");
    click(&mut harness, "Better–Worse diagram");
    click(&mut harness, "PNG picture");
    pick(&mut harness, "Size", "Custom size");
    retype(&mut harness, "Width", "640");
    retype(&mut harness, "Height", "480");
    export(&mut harness);
    // The picture is written, then the note: how many names, and a size that shows them.
    assert_eq!(png_size(&small), (640, 480));
    let notes = cut_notes(&harness);
    assert_eq!(notes.len(), 1, "{notes:?}");
    let note = &notes[0];
    assert!(!harness.state().notices().last().unwrap().is_error);
    let shown = ["1920 × 1080", "2560 × 1440", "3840 × 2160"]
        .into_iter()
        .find(|s| note.contains(s));
    let Some(shown) = shown else {
        // No size of those tried shows them whole: it says a larger picture shows more.
        assert!(
            note.ends_with("a larger picture shows more of them."),
            "{note}"
        );
        return;
    };
    // At the size suggested, no name is cut and nothing more is said.
    let (w, h) = shown.split_once(" × ").unwrap();
    open_dialog(&mut harness);
    retype(&mut harness, "Width", w);
    retype(&mut harness, "Height", h);
    export(&mut harness);
    assert_eq!(png_size(&large).0, w.parse::<u32>().unwrap());
    assert_eq!(cut_notes(&harness).len(), 1, "nothing more is said");
}

#[test]
fn a_custom_size_out_of_range_says_so_and_cannot_be_exported() {
    let (mut harness, asked) = studio(Vec::new());
    open_dialog(&mut harness);
    click(&mut harness, "Plot");
    click(&mut harness, "PNG picture");
    pick(&mut harness, "Size", "Custom size");
    retype(&mut harness, "Width", "20000");
    harness.get_by_label("Width and height must be whole numbers from 320 to 8000 pixels.");
    assert!(
        harness
            .get_by_label("Export to file…")
            .accesskit_node()
            .is_disabled()
    );
    retype(&mut harness, "Width", "2000");
    assert!(
        harness
            .query_by_label("Width and height must be whole numbers from 320 to 8000 pixels.")
            .is_none()
    );
    assert!(
        !harness
            .get_by_label("Export to file…")
            .accesskit_node()
            .is_disabled()
    );
    assert!(asked.lock().unwrap().is_empty());
}

#[test]
fn the_questionnaire_comes_in_the_survey_language_or_the_other_one() {
    let dir = TempDir::new().unwrap();
    let english = dir.path().join("form-en.csv");
    let chinese = dir.path().join("form-zh.csv");
    let html = dir.path().join("form.html");
    let md = dir.path().join("form.md");
    let (mut harness, asked) = studio(vec![
        Some(english.clone()),
        Some(chinese.clone()),
        Some(html.clone()),
        Some(md.clone()),
    ]);
    let project = harness.state().document().project().clone();
    let feature = &project.features()[0];

    open_dialog(&mut harness);
    click(&mut harness, "Questionnaire");
    click(
        &mut harness,
        "CSV for a survey platform (one row per question)",
    );
    // The survey's own language is marked, and chosen to start with.
    assert_eq!(
        harness.get_by_label("Language").value().as_deref(),
        Some("English (the survey's language)")
    );
    export(&mut harness);
    open_dialog(&mut harness);
    pick(&mut harness, "Language", "Chinese");
    export(&mut harness);

    for (path, lang) in [(&english, Lang::En), (&chinese, Lang::Zh)] {
        let records = csv_records(&std::fs::read_to_string(path).unwrap());
        let header = &records[0];
        assert_eq!(header[0], "code");
        let row = |code: String| records.iter().find(|r| r[0] == code).unwrap().clone();
        let functional = row(format!("{}_functional", feature.id));
        let dysfunctional = row(format!("{}_dysfunctional", feature.id));
        assert_eq!(functional[5], feature.functional);
        assert_eq!(dysfunctional[5], feature.dysfunctional);
        let answers: Vec<&str> = Answer::ALL
            .iter()
            .map(|a| lang.texts().method.answer(*a))
            .collect();
        assert_eq!(functional[6..11], answers[..], "{lang:?}");
        assert_eq!(dysfunctional[6..11], answers[..], "{lang:?}");
    }

    open_dialog(&mut harness);
    // The language starts from the survey's again; the other one was for that export only.
    assert_eq!(
        harness
            .state()
            .export_dialog()
            .unwrap()
            .request()
            .questionnaire_lang,
        Lang::En
    );
    click(&mut harness, "Printable form (HTML)");
    export(&mut harness);
    let form = std::fs::read_to_string(&html).unwrap();
    assert!(form.contains("type=\"radio\"") && form.contains("I like it"));
    open_dialog(&mut harness);
    click(&mut harness, "Markdown");
    export(&mut harness);
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.contains("- [ ] I like it"));
    assert_eq!(asked.lock().unwrap()[0].name, "kanoscope-questionnaire.csv");
}

#[test]
fn the_chosen_format_decides_the_extension_of_the_typed_name() {
    let dir = TempDir::new().unwrap();
    let (mut harness, _) = studio(vec![
        Some(dir.path().join("figures.txt")),
        Some(dir.path().join("figures")),
    ]);
    open_dialog(&mut harness);
    click(&mut harness, "Results table");
    click(&mut harness, "CSV (opens in any spreadsheet)");
    export(&mut harness);
    assert!(dir.path().join("figures.txt.csv").is_file());
    assert!(!dir.path().join("figures.txt").exists());
    open_dialog(&mut harness);
    click(&mut harness, "Excel workbook (.xlsx)");
    export(&mut harness);
    assert!(dir.path().join("figures.xlsx").is_file());
}

#[test]
fn cancelling_writes_nothing() {
    let dir = TempDir::new().unwrap();
    let (mut harness, asked) = studio(vec![None]);
    // Cancel in the export dialog: no file dialog at all.
    open_dialog(&mut harness);
    click(&mut harness, "Cancel");
    assert!(harness.state().export_dialog().is_none());
    assert!(asked.lock().unwrap().is_empty());
    // Escape closes it too.
    open_dialog(&mut harness);
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().export_dialog().is_none());
    // Cancel in the file dialog.
    open_dialog(&mut harness);
    export(&mut harness);
    assert_eq!(asked.lock().unwrap().len(), 1);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    assert!(harness.state().notices().is_empty());
}

#[test]
fn a_missing_folder_gives_an_error_and_the_project_stays_clean() {
    let dir = TempDir::new().unwrap();
    let target = dir.path().join("no such folder").join("report.html");
    let (mut harness, _) = studio(vec![Some(target.clone())]);
    let before = harness.state().document().project().clone();
    open_dialog(&mut harness);
    click(&mut harness, "Report");
    export(&mut harness);
    let (notice, is_error) = last_notice(&harness);
    assert!(is_error, "{notice}");
    assert!(notice.contains(&target.display().to_string()), "{notice}");
    assert!(notice.contains("Nothing was written"), "{notice}");
    assert!(
        harness
            .query_by_label_contains("Could not export")
            .is_some()
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    assert_eq!(*harness.state().document().project(), before);
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn a_plots_export_button_preselects_that_plot_and_the_shown_segment() {
    let (mut harness, _) = studio(Vec::new());
    {
        let view = harness.state_mut().view_mut();
        view.tab = Tab::Plots;
        view.plot = PlotKind::Continuous;
        view.segment = SegmentFilter::Only("Tourist".into());
    }
    harness.run();
    click(&mut harness, "Export…");
    let request = harness.state().export_dialog().unwrap().request().clone();
    assert_eq!(request.choice.kind, ExportKind::Plot);
    assert_eq!(request.choice.plot, Plot::Continuous);
    assert_eq!(request.segment, SegmentFilter::Only("Tourist".into()));
    harness.get_by_label("Suggested file name: kanoscope-continuous-Tourist.png");
    // The studio's segment is only where the dialog starts: picking another leaves the view.
    pick(&mut harness, "Respondents", "All respondents");
    assert_eq!(
        harness.state().export_dialog().unwrap().request().segment,
        SegmentFilter::All
    );
    assert_eq!(
        harness.state().view().segment,
        SegmentFilter::Only("Tourist".into())
    );
}

#[test]
fn ctrl_e_opens_the_dialog() {
    let (mut harness, _) = studio(Vec::new());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    assert!(harness.state().export_dialog().is_some());
    harness.get_by_label("Export to file…");
}

#[test]
fn segments_compared_export_as_the_comparison_diagram() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("compare.svg");
    let (mut harness, asked) = studio(vec![Some(path.clone())]);
    harness.state_mut().view_mut().compare = vec!["Commuter".into(), "Tourist".into()];
    harness.run();
    harness
        .state_mut()
        .queue(Action::ExportPlot(Plot::BetterWorse));
    harness.run();
    let label = "Arrows from “Commuter” to “Tourist” (the segments compared)";
    assert!(
        harness
            .state()
            .export_dialog()
            .unwrap()
            .request()
            .compares()
    );
    // The comparison stands for the respondents' choice; unticked, the choice comes back.
    assert!(harness.query_by_label("Respondents").is_none());
    click(&mut harness, label);
    assert!(
        !harness
            .state()
            .export_dialog()
            .unwrap()
            .request()
            .compares()
    );
    assert!(harness.query_by_label("Respondents").is_some());
    click(&mut harness, label);
    click(&mut harness, "SVG (vector, sharp at any size)");
    export(&mut harness);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("class=\"ring\"") && text.contains("class=\"arrow"));
    assert!(text.contains("Arrows from Segment “Commuter” (n = 55) to Segment “Tourist” (n = 25)"));
    let name = asked.lock().unwrap()[0].name.clone();
    assert_eq!(name, "kanoscope-better-worse-Commuter-vs-Tourist.svg");
}
