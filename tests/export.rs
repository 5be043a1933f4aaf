//! Exports (the "take results out" side): results CSV and .xlsx carry exactly the library's
//! figures, one row per feature; plots are well-formed SVG with one labelled point per feature
//! in its category's colour at its |Worse|/Better; names with markup characters are escaped
//! everywhere; the HTML report is self-contained and complete in both languages; the Markdown
//! report links plot files that it returns; questionnaires list every question with the standard
//! answers; PNG rendering works without a bundled font; the CLI writes files and fails cleanly.

// Tests state their expectations with unwrap: a failure should stop the test where it happened.
#![allow(clippy::unwrap_used)]

use calamine::{Data, Reader, Xlsx};
use kanoscope::cli::{Cli, run};
use kanoscope::export::{
    self, ImportanceQuestion, PictureSize, Plot, QuestionnaireOptions, ReportOptions,
    palette::category_color,
};
use kanoscope::i18n::Lang;
use kanoscope::io::samples::Sample;
use kanoscope::kano::{Analysis, Answer, Importance, QuadrantLines, Response, Rule};
use kanoscope::project::{Feature, Project, Respondent, SegmentFilter};
use std::collections::HashMap;

/// A tiny RFC 4180 reader: enough to check what we write (quotes, commas, newlines in fields).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && row.is_empty(),
        "the last record must end in a newline"
    );
    rows
}

/// CSV rows as maps from header to value.
fn csv_records(text: &str) -> Vec<HashMap<String, String>> {
    let rows = parse_csv(text);
    let header = &rows[0];
    rows[1..]
        .iter()
        .map(|r| {
            assert_eq!(r.len(), header.len(), "the CSV must stay rectangular");
            header.iter().cloned().zip(r.iter().cloned()).collect()
        })
        .collect()
}

fn float(value: &str) -> Option<f64> {
    (!value.is_empty()).then(|| value.parse().unwrap())
}

/// A small project whose names carry every character that markup treats specially.
fn tricky_project() -> Project {
    let names = [
        ("fish", "<b>\"Fish & Chips\"</b>", "Lunch | 'Dinner'"),
        ("star", "*Star* [deal] _now_ `x` #1", "Lunch | 'Dinner'"),
        ("meaning", "Plain seat", ""),
    ];
    let features = names
        .iter()
        .map(|(id, name, touchpoint)| Feature {
            id: (*id).to_owned(),
            name: (*name).to_owned(),
            functional: format!("If {name} were there & <ok>?"),
            dysfunctional: String::new(),
            touchpoint: (*touchpoint).to_owned(),
            notes: String::new(),
            dimension: None,
        })
        .collect();
    use Answer::{Dislike, Like, MustBe, Neutral};
    let pairs = [
        (Like, Neutral),
        (MustBe, Dislike),
        (Like, Dislike),
        (Neutral, Neutral),
    ];
    let respondents = (0..8)
        .map(|k| Respondent {
            id: format!("r{k}"),
            segment: if k % 2 == 0 { "Even & <odd>" } else { "" }.to_owned(),
            responses: (0..names.len())
                .map(|f| {
                    let (functional, dysfunctional) = pairs[(k + f) % pairs.len()];
                    Response {
                        importance: Importance::new(1 + ((k + f) % 9) as i64).ok(),
                        ..Response::pair(functional, dysfunctional)
                    }
                })
                .collect(),
            ..Respondent::default()
        })
        .collect();
    Project::from_parts(
        "Café <menu> & \"drinks\"".into(),
        Analysis::default(),
        features,
        respondents,
    )
    .unwrap()
}

fn options(project: &Project, lang: Lang) -> ReportOptions {
    ReportOptions {
        lang,
        ..ReportOptions::new(project)
    }
}

#[test]
fn csv_has_one_row_per_feature_with_the_librarys_figures() {
    for sample in Sample::ALL {
        let project = sample.project();
        let first_segment = project.segments()[0].to_owned();
        for segment in [SegmentFilter::All, SegmentFilter::Only(first_segment)] {
            let mut opts = options(&project, Lang::En);
            opts.segment = segment.clone();
            opts.analysis.rule = Rule::Strength;
            let results = project.results(&opts.analysis, &segment);
            let records = csv_records(&export::results_csv(&project, &opts));
            assert_eq!(records.len(), project.features().len());
            for (record, result) in records.iter().zip(&results.features) {
                let feature = &project.features()[result.index];
                let s = &result.stats;
                assert_eq!(record["id"], feature.id);
                assert_eq!(record["name"], feature.name);
                assert_eq!(record["touchpoint"], feature.touchpoint);
                assert_eq!(record["n"], s.n.to_string());
                for c in kanoscope::kano::Category::ALL {
                    assert_eq!(record[c.letter()], s.counts[c].to_string());
                    assert_eq!(
                        float(&record[&format!("share_{}", c.letter())]),
                        s.counts.share(c)
                    );
                }
                assert_eq!(record["category"], s.category.unwrap().letter());
                assert_eq!(float(&record["better"]), s.coefficients.map(|c| c.better));
                assert_eq!(float(&record["worse"]), s.coefficients.map(|c| c.worse));
                assert_eq!(
                    float(&record["category_strength"]),
                    s.strength.map(|x| x.category)
                );
                assert_eq!(
                    float(&record["total_strength"]),
                    s.strength.map(|x| x.total)
                );
                let fong = s.fong.unwrap();
                assert_eq!(record["fong_difference"], fong.difference.to_string());
                assert_eq!(float(&record["fong_critical"]), Some(fong.critical));
                assert_eq!(record["significant"], fong.significant.to_string());
                let c = s.continuous.unwrap();
                assert_eq!(float(&record["functional_mean"]), Some(c.functional.mean));
                assert_eq!(float(&record["functional_sd"]), c.functional.sd);
                assert_eq!(
                    float(&record["dysfunctional_mean"]),
                    Some(c.dysfunctional.mean)
                );
                assert_eq!(float(&record["dysfunctional_sd"]), c.dysfunctional.sd);
                assert_eq!(
                    float(&record["importance_mean"]),
                    s.importance.map(|i| i.mean)
                );
                // The settings travel with every row.
                assert_eq!(record["respondents"], results.respondents.to_string());
                assert_eq!(record["rule"], "strength");
                assert_eq!(record["table"], "standard");
                let expected_segment = match &segment {
                    SegmentFilter::All => "",
                    SegmentFilter::Only(s) => s.as_str(),
                };
                assert_eq!(record["segment"], expected_segment);
            }
        }
    }
}

#[test]
fn csv_keeps_awkward_names_intact() {
    let project = tricky_project();
    let records = csv_records(&export::results_csv(&project, &options(&project, Lang::En)));
    let names: Vec<&str> = records.iter().map(|r| r["name"].as_str()).collect();
    assert_eq!(
        names,
        [
            "<b>\"Fish & Chips\"</b>",
            "*Star* [deal] _now_ `x` #1",
            "Plain seat"
        ]
    );
    assert_eq!(records[0]["touchpoint"], "Lunch | 'Dinner'");
}

fn cell_f64(range: &calamine::Range<Data>, row: usize, col: usize) -> Option<f64> {
    match range.get((row, col)) {
        Some(Data::Float(x)) => Some(*x),
        Some(Data::Int(x)) => Some(*x as f64),
        Some(Data::Empty) | None => None,
        other => panic!("expected a number at ({row}, {col}), found {other:?}"),
    }
}

fn cell_text(range: &calamine::Range<Data>, row: usize, col: usize) -> String {
    match range.get((row, col)) {
        Some(Data::String(s)) => s.clone(),
        other => panic!("expected text at ({row}, {col}), found {other:?}"),
    }
}

#[test]
fn xlsx_opens_and_holds_the_same_figures_and_the_settings() {
    for (sample, lang, results_sheet, settings_sheet) in [
        (Sample::MetroEnglish, Lang::En, "Results", "Settings"),
        (Sample::MetroChinese, Lang::Zh, "结果", "设置"),
    ] {
        let project = sample.project();
        let opts = options(&project, lang);
        let bytes = export::results_xlsx(&project, &opts).unwrap();
        let mut workbook = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(workbook.sheet_names(), [results_sheet, settings_sheet]);
        let range = workbook.worksheet_range(results_sheet).unwrap();
        let header: Vec<String> = (0..range.width())
            .map(|c| cell_text(&range, 0, c))
            .collect();
        assert_eq!(range.height(), project.features().len() + 1);
        let col = |heading: &str| header.iter().position(|h| h == heading).unwrap();
        let t = lang.texts();
        let results = opts.results(&project);
        for (k, r) in results.features.iter().enumerate() {
            let row = k + 1;
            let feature = &project.features()[r.index];
            assert_eq!(cell_text(&range, row, 0), feature.id);
            assert_eq!(cell_text(&range, row, 1), feature.name);
            assert_eq!(
                cell_f64(&range, row, col(t.report.answered)),
                Some(f64::from(r.stats.n))
            );
            assert_eq!(
                cell_f64(&range, row, col(t.method.better)),
                r.stats.coefficients.map(|c| c.better)
            );
            assert_eq!(
                cell_f64(&range, row, col(t.method.worse)),
                r.stats.coefficients.map(|c| c.worse)
            );
            assert_eq!(
                cell_text(&range, row, col(t.report.category_name)),
                t.category(r.stats.category.unwrap())
            );
            assert_eq!(
                range.get((row, col(t.method.significance))),
                Some(&Data::Bool(r.stats.fong.unwrap().significant))
            );
        }
        let settings = workbook.worksheet_range(settings_sheet).unwrap();
        let values: Vec<String> = settings
            .rows()
            .flat_map(|r| r.iter().map(|d| d.to_string()))
            .collect();
        assert!(values.iter().any(|v| v == project.title()));
        assert!(
            values
                .iter()
                .any(|v| v == t.method.table(opts.analysis.table))
        );
        assert!(
            values
                .iter()
                .any(|v| v == t.method.rule(opts.analysis.rule))
        );
        for segment in project.segments() {
            assert!(values.iter().any(|v| v == segment), "{segment}: {values:?}");
        }
    }
}

/// (id, cx, cy, fill) of every point in a plot, after checking the SVG is well-formed.
fn points(svg: &str) -> Vec<(String, f64, f64, String)> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("circle") && n.attribute("class") == Some("point"))
        .map(|n| {
            let number = |a: &str| n.attribute(a).unwrap().parse::<f64>().unwrap();
            (
                n.attribute("data-feature").unwrap().to_owned(),
                number("cx"),
                number("cy"),
                n.attribute("fill").unwrap().to_owned(),
            )
        })
        .collect()
}

/// (id, text) of every point label in a plot.
fn labels(svg: &str) -> Vec<(String, String)> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("g") && n.attribute("class") == Some("label"))
        .map(|n| {
            // The lines of a wrapped name, joined again.
            let lines: Vec<&str> = n
                .descendants()
                .filter(|t| t.has_tag_name("tspan"))
                .filter_map(|t| t.text())
                .collect();
            (
                n.attribute("data-feature").unwrap().to_owned(),
                lines.join(" "),
            )
        })
        .collect()
}

/// Checks that `pixel = a * value + b` for one a > 0 (or < 0 when `falling`) and b, within
/// rounding to two decimals.
fn assert_affine(pairs: &[(f64, f64)], falling: bool) {
    let (lo, hi) = pairs.iter().fold((pairs[0], pairs[0]), |(lo, hi), &p| {
        (
            if p.0 < lo.0 { p } else { lo },
            if p.0 > hi.0 { p } else { hi },
        )
    });
    let a = (hi.1 - lo.1) / (hi.0 - lo.0);
    assert!(if falling { a < 0.0 } else { a > 0.0 }, "slope {a}");
    for &(value, pixel) in pairs {
        let expected = lo.1 + a * (value - lo.0);
        assert!(
            (pixel - expected).abs() < 0.02,
            "{value} drawn at {pixel}, expected {expected}"
        );
    }
}

#[test]
fn better_worse_svg_has_one_labelled_point_per_feature_in_place_and_colour() {
    for sample in Sample::ALL {
        let project = sample.project();
        for quadrant in QuadrantLines::ALL {
            let mut opts = ReportOptions::new(&project);
            opts.analysis.quadrant = quadrant;
            let svg = export::plot_svg(&project, &opts, Plot::BetterWorse, PictureSize::default());
            let results = opts.results(&project);
            let drawn = points(&svg);
            assert_eq!(drawn.len(), project.features().len());
            let mut xs = Vec::new();
            let mut ys = Vec::new();
            for ((id, cx, cy, fill), r) in drawn.iter().zip(&results.features) {
                let feature = &project.features()[r.index];
                assert_eq!(id, &feature.id);
                assert_eq!(fill, &category_color(r.stats.category.unwrap()).hex());
                let c = r.stats.coefficients.unwrap();
                xs.push((c.worse.abs(), *cx));
                ys.push((c.better, *cy));
            }
            assert_affine(&xs, false);
            assert_affine(&ys, true);
            let labelled: Vec<String> = labels(&svg).into_iter().map(|(id, _)| id).collect();
            let ids: Vec<String> = project.features().iter().map(|f| f.id.clone()).collect();
            assert_eq!(labelled, ids);
            // Every quadrant is named in the project's language.
            let t = opts.texts();
            for c in [kanoscope::kano::Category::A, kanoscope::kano::Category::M] {
                assert!(svg.contains(&format!(">{}</text>", t.category(c))));
            }
        }
    }
}

#[test]
fn every_plot_is_well_formed_in_both_languages_and_sizes() {
    for sample in Sample::ALL {
        let project = sample.project();
        for lang in Lang::ALL {
            for plot in Plot::ALL {
                for size in [
                    PictureSize::default(),
                    PictureSize::parse("400x320").unwrap(),
                ] {
                    let svg = export::plot_svg(&project, &options(&project, lang), plot, size);
                    let doc = roxmltree::Document::parse(&svg).unwrap();
                    let root = doc.root_element();
                    assert_eq!(
                        root.attribute("width"),
                        Some(size.width.to_string().as_str())
                    );
                    if plot == Plot::Categories || plot == Plot::Journey {
                        // A bar per feature, or a card per feature on the map.
                        let class = if plot == Plot::Journey { "card" } else { "bar" };
                        let marks = doc
                            .descendants()
                            .filter(|n| n.attribute("class") == Some(class))
                            .count();
                        assert_eq!(marks, project.features().len(), "{plot:?} {size:?}");
                    } else {
                        assert_eq!(points(&svg).len(), project.features().len());
                    }
                }
            }
        }
    }
}

#[test]
fn continuous_points_sit_at_the_mean_scores() {
    let project = Sample::MetroEnglish.project();
    let opts = ReportOptions::new(&project);
    let svg = export::plot_svg(&project, &opts, Plot::Continuous, PictureSize::default());
    let results = opts.results(&project);
    let drawn = points(&svg);
    let xs: Vec<(f64, f64)> = drawn
        .iter()
        .zip(&results.features)
        .map(|(p, r)| (r.stats.continuous.unwrap().dysfunctional.mean, p.1))
        .collect();
    assert_affine(&xs, false);
}

#[test]
fn markup_in_names_is_escaped_everywhere() {
    let project = tricky_project();
    let opts = options(&project, Lang::En);
    for plot in Plot::ALL {
        let svg = export::plot_svg(&project, &opts, plot, PictureSize::default());
        let doc = roxmltree::Document::parse(&svg).unwrap();
        assert!(!svg.contains("<b>"), "{plot:?}");
        if plot == Plot::Journey {
            // The map writes each card's name as text.
            let texts: Vec<&str> = doc
                .descendants()
                .filter(|n| n.has_tag_name("text"))
                .filter_map(|n| n.text())
                .collect();
            assert!(texts.contains(&"<b>\"Fish & Chips\"</b>"), "{texts:?}");
        } else if plot != Plot::Categories {
            // Points on top of each other share one label, their names joined by " / ".
            let texts: Vec<String> = labels(&svg).into_iter().map(|(_, t)| t).collect();
            assert!(
                texts
                    .iter()
                    .any(|t| t.split(" / ").any(|name| name == "<b>\"Fish & Chips\"</b>")),
                "{texts:?}"
            );
        } else {
            let titles: Vec<&str> = doc
                .descendants()
                .filter(|n| n.has_tag_name("title"))
                .filter_map(|n| n.text())
                .collect();
            assert!(
                titles
                    .iter()
                    .any(|t| t.starts_with("<b>\"Fish & Chips\"</b>"))
            );
        }
    }
    let html = export::report_html(&project, &opts);
    assert!(!html.contains("<b>"));
    assert!(!html.contains("<menu>"));
    assert!(html.contains("&lt;b&gt;&quot;Fish &amp; Chips&quot;&lt;/b&gt;"));
    assert!(html.contains("Café &lt;menu&gt; &amp; &quot;drinks&quot;"));
    assert!(html.contains("Even &amp; &lt;odd&gt;"));
    let md = export::report_markdown(&project, &opts, "report").text;
    assert!(md.contains(r"\*Star\* \[deal\] \_now\_ \`x\` \#1"));
    assert!(md.contains(r"Lunch \| 'Dinner'"));
    assert!(!md.contains("<b>"));
    let form = export::questionnaire_html(&project, &QuestionnaireOptions::default());
    assert!(!form.contains("<b>") && !form.contains("<ok>"));
    assert!(form.contains("If &lt;b&gt;&quot;Fish &amp; Chips&quot;&lt;/b&gt; were there"));
}

/// Every place an HTML document could load something from elsewhere.
fn assert_self_contained(html: &str) {
    let mut rest = html;
    while let Some(at) = rest.find("http") {
        let before = &rest[..at];
        assert!(
            before.ends_with("xmlns=\""),
            "external reference: {}",
            &rest[at.saturating_sub(20)..(at + 40).min(rest.len())]
        );
        rest = &rest[at + 4..];
    }
    for forbidden in [
        "<script", "<link", "<img", "<iframe", "url(", "@import", "src=",
    ] {
        assert!(!html.contains(forbidden), "{forbidden}");
    }
}

#[test]
fn html_report_is_complete_and_self_contained() {
    let project = Sample::MetroEnglish.project();
    let html = export::report_html(&project, &ReportOptions::new(&project));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"en\">"));
    assert_self_contained(&html);
    let t = Lang::En.texts();
    for (id, heading) in [
        ("reading", t.report.section_reading),
        ("method", t.report.section_method),
        ("better-worse", t.report.section_better_worse),
        ("categories", t.report.section_categories),
        ("journey", t.report.section_journey),
        ("table", t.report.section_table),
    ] {
        assert!(
            html.contains(&format!("<section id=\"{id}\">\n<h2>{heading}</h2>")),
            "{id}"
        );
    }
    for feature in project.features() {
        let name = kanoscope::export::svg::escape(&feature.name);
        // In the reading, the journey map and the table at least.
        assert!(html.matches(&name).count() >= 3, "{}", feature.name);
    }
    for touchpoint in project.touchpoints() {
        assert!(html.contains(touchpoint));
    }
    for segment in ["Commuter", "Occasional traveller", "Tourist"] {
        assert!(html.contains(segment));
    }
    assert_eq!(html.matches("<svg ").count(), 2, "two plots, inline");
    assert!(html.contains(t.report.reading_must_be));
    // Same project, same bytes: nothing depends on the clock.
    assert_eq!(
        html,
        export::report_html(&project, &ReportOptions::new(&project))
    );
}

#[test]
fn chinese_report_speaks_chinese() {
    let project = Sample::MetroChinese.project();
    let opts = ReportOptions::new(&project);
    assert_eq!(opts.lang, Lang::Zh);
    let html = export::report_html(&project, &opts);
    assert!(html.contains("<html lang=\"zh-CN\">"));
    assert_self_contained(&html);
    for word in [
        "必备",
        "魅力",
        "期望",
        "无差异",
        "结论解读",
        "关键时刻地图",
        "优先保障",
    ] {
        assert!(html.contains(word), "{word}");
    }
    assert!(!html.contains("What the results say"));
    // An English project can be reported in Chinese too: the language is a parameter.
    let english = Sample::MetroEnglish.project();
    let html = export::report_html(&english, &options(&english, Lang::Zh));
    assert!(html.contains("必备") && html.contains("Tap-and-go gates"));
}

#[test]
fn a_segment_report_says_which_segment_it_shows() {
    let project = Sample::MetroEnglish.project();
    let mut opts = ReportOptions::new(&project);
    opts.segment = SegmentFilter::Only("Tourist".into());
    let html = export::report_html(&project, &opts);
    let size = project.tallies().segment_size("Tourist");
    assert!(html.contains(&format!("Tourist · Respondents {size}")));
    assert!(html.contains("Tourist <span class=\"shown\">in this report</span>"));
}

#[test]
fn markdown_report_links_the_plot_files_it_returns() {
    let project = Sample::MetroEnglish.project();
    let report = export::report_markdown(&project, &ReportOptions::new(&project), "metro report");
    let names: Vec<&str> = report.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "metro report-better-worse.svg",
            "metro report-categories.svg"
        ]
    );
    for file in &report.files {
        assert!(report.text.contains(&format!("(<{}>)", file.name)));
        roxmltree::Document::parse(&file.contents).unwrap();
    }
    assert!(
        report
            .text
            .starts_with("# Metro Line 11: passenger services\n")
    );
    for heading in [
        "## What the results say",
        "## Method and sample",
        "## Moments of truth",
    ] {
        assert!(report.text.contains(heading), "{heading}");
    }
    for feature in project.features() {
        let name = kanoscope::export::escape_markdown(&feature.name);
        assert!(report.text.contains(&name), "{}", feature.name);
    }
    // The results table: a header, an alignment row and one row per feature.
    let table_start = report.text.find("## Results table").unwrap();
    let rows = report.text[table_start..]
        .lines()
        .filter(|l| l.starts_with("| "))
        .count();
    assert_eq!(rows, project.features().len() + 2);
    assert!(!report.text.contains("http"));
}

#[test]
fn questionnaires_list_every_question_with_the_five_answers() {
    for (sample, lang, like, expect) in [
        (Sample::MetroEnglish, Lang::En, "I like it", "I expect it"),
        (Sample::MetroChinese, Lang::Zh, "我很喜欢", "理应如此"),
    ] {
        let project = sample.project();
        let n = project.features().len();
        let opts = QuestionnaireOptions {
            lang,
            importance: ImportanceQuestion::Ask,
        };
        let html = export::questionnaire_html(&project, &opts);
        assert_self_contained(&html);
        assert_eq!(html.matches("type=\"radio\"").count(), n * (2 * 5 + 9));
        assert_eq!(html.matches(&format!("> {like}</label>")).count(), 2 * n);
        assert_eq!(html.matches(&format!("> {expect}</label>")).count(), 2 * n);
        for feature in project.features() {
            assert!(html.contains(&kanoscope::export::svg::escape(&feature.functional)));
            assert!(html.contains(&kanoscope::export::svg::escape(&feature.dysfunctional)));
            assert!(html.contains(&format!("name=\"{}_dysfunctional\"", feature.id)));
        }
        let md = export::questionnaire_markdown(&project, &opts);
        assert_eq!(md.matches("- [ ] ").count(), n * 10);
        assert_eq!(md.matches(&format!("- [ ] {like}\n")).count(), 2 * n);

        let records = csv_records(&export::questionnaire_csv(&project, &opts));
        assert_eq!(records.len(), 3 * n);
        for (k, feature) in project.features().iter().enumerate() {
            let (f, d, i) = (&records[3 * k], &records[3 * k + 1], &records[3 * k + 2]);
            assert_eq!(f["code"], format!("{}_functional", feature.id));
            assert_eq!(f["question"], feature.functional);
            assert_eq!(d["question"], feature.dysfunctional);
            assert_eq!(f["option_1"], like);
            assert_eq!(d["option_2"], expect);
            assert_eq!(f["option_6"], "");
            assert_eq!(i["side"], "importance");
            assert!(i["option_1"].starts_with("1 - "));
            assert_eq!(i["option_5"], "5");
        }
        let without = QuestionnaireOptions {
            lang,
            importance: ImportanceQuestion::Skip,
        };
        let records = csv_records(&export::questionnaire_csv(&project, &without));
        assert_eq!(records.len(), 2 * n);
        assert!(!records[0].contains_key("option_6"));
        let html = export::questionnaire_html(&project, &without);
        assert_eq!(html.matches("type=\"radio\"").count(), n * 10);
    }
}

#[test]
fn a_missing_question_gets_the_standard_wording() {
    let project = tricky_project();
    let csv = export::questionnaire_csv(&project, &QuestionnaireOptions::default());
    let records = csv_records(&csv);
    assert_eq!(
        records[1]["question"],
        "If it did not have “<b>\"Fish & Chips\"</b>”, how would you feel?"
    );
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(&bytes[12..16], b"IHDR");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    (be(&bytes[16..20]), be(&bytes[20..24]))
}

#[test]
fn png_is_the_svg_picture_at_its_size() {
    let project = Sample::MetroChinese.project();
    let size = PictureSize::parse("480x320").unwrap();
    let svg = export::plot_svg(
        &project,
        &ReportOptions::new(&project),
        Plot::BetterWorse,
        size,
    );
    // No bundled font: system fonts (or none at all) must still give a picture.
    let png = export::svg_to_png(&svg, &[]).unwrap();
    assert_eq!(png_size(&png), (480, 320));
    assert!(export::svg_to_png("<svg", &[]).is_err());
}

fn cli(args: &[&str]) -> Result<String, String> {
    use clap::Parser;
    let cli = Cli::try_parse_from(std::iter::once("kanoscope").chain(args.iter().copied()))
        .map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    run(cli.command.as_ref().unwrap(), &mut out).map_err(|e| e.to_string())?;
    Ok(String::from_utf8(out).unwrap())
}

#[test]
fn the_cli_writes_each_format_atomically_and_fails_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("metro.kano.json");
    std::fs::write(&project, Sample::MetroEnglish.text()).unwrap();
    let p = project.to_str().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();

    cli(&[
        "export",
        p,
        "-o",
        &path("r.csv"),
        "--segment",
        "Commuter",
        "--rule",
        "oam",
    ])
    .unwrap();
    let records = csv_records(&std::fs::read_to_string(path("r.csv")).unwrap());
    assert_eq!(records.len(), 14);
    assert_eq!(records[0]["rule"], "oam");
    assert_eq!(records[0]["segment"], "Commuter");
    cli(&["export", p, "-o", &path("r.xlsx")]).unwrap();
    assert!(std::fs::read(path("r.xlsx")).unwrap().starts_with(b"PK"));
    cli(&[
        "export",
        p,
        "-o",
        &path("c.svg"),
        "--plot",
        "categories",
        "--size",
        "800x600",
        "--lang",
        "zh",
    ])
    .unwrap();
    let svg = std::fs::read_to_string(path("c.svg")).unwrap();
    assert!(svg.contains("width=\"800\"") && svg.contains("受访者占比"));

    let printed = cli(&["report", p, "-o", &path("report.md"), "--quadrant", "mean"]).unwrap();
    assert_eq!(printed.lines().count(), 3, "{printed}");
    for name in [
        "report.md",
        "report-better-worse.svg",
        "report-categories.svg",
    ] {
        assert!(dir.path().join(name).exists(), "{name}");
    }
    cli(&["report", p, "-o", &path("report.html"), "--lang", "zh"]).unwrap();
    assert!(
        std::fs::read_to_string(path("report.html"))
            .unwrap()
            .contains("必备")
    );
    cli(&[
        "questionnaire",
        p,
        "-o",
        &path("form.csv"),
        "--no-importance",
    ])
    .unwrap();
    assert_eq!(
        csv_records(&std::fs::read_to_string(path("form.csv")).unwrap()).len(),
        28
    );

    let error = cli(&["export", p, "-o", &path("r.pdf")]).unwrap_err();
    assert!(
        error.contains("r.pdf") && error.contains(".xlsx") && !error.contains('\n'),
        "{error}"
    );
    let error = cli(&["report", p, "-o", &path("x.html"), "--segment", "Nobody"]).unwrap_err();
    assert!(
        error.contains("Nobody") && error.contains("Commuter"),
        "{error}"
    );
    assert!(!dir.path().join("x.html").exists());
    let error = cli(&["export", p, "-o", &path("p.png"), "--size", "10x10"]).unwrap_err();
    assert!(error.contains("10x10"), "{error}");
    let error = cli(&[
        "questionnaire",
        &path("missing.kano.json"),
        "-o",
        &path("f.html"),
    ])
    .unwrap_err();
    assert!(error.contains("missing.kano.json"), "{error}");
    // No temporary files are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn mean_quadrant_lines_move_with_the_features() {
    let project = Sample::MetroEnglish.project();
    let mut opts = ReportOptions::new(&project);
    opts.analysis.quadrant = QuadrantLines::Mean;
    let results = opts.results(&project);
    assert_ne!(results.quadrant_lines, (0.5, 0.5));
    let csv = csv_records(&export::results_csv(&project, &opts));
    assert_eq!(
        float(&csv[0]["quadrant_line_worse"]),
        Some(results.quadrant_lines.0)
    );
    let svg = export::plot_svg(&project, &opts, Plot::BetterWorse, PictureSize::default());
    assert!(svg.contains(&format!("|Worse| = {:.2}", results.quadrant_lines.0)));
}

#[test]
fn large_projects_export_whole() {
    let project = kanoscope::project::synthetic_project(200, 1_000);
    let opts = ReportOptions::new(&project);
    let started = std::time::Instant::now();
    let svg = export::plot_svg(&project, &opts, Plot::BetterWorse, PictureSize::default());
    assert_eq!(points(&svg).len(), 200);
    let svg = export::plot_svg(&project, &opts, Plot::Categories, PictureSize::default());
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let height: f64 = doc
        .root_element()
        .attribute("height")
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        height > 1000.0,
        "200 bars do not fit in 1000 px at a readable height"
    );
    let html = export::report_html(&project, &opts);
    assert!(html.contains("Feature 199"));
    assert_eq!(
        csv_records(&export::results_csv(&project, &opts)).len(),
        200
    );
    eprintln!("200 features: plots and report in {:?}", started.elapsed());
}

#[test]
fn shares_and_continuous_svgs_carry_their_caption_bars_points_and_labels() {
    let project = Sample::MetroEnglish.project();
    let segment = project.segments()[0].to_owned();
    let opts = ReportOptions {
        segment: SegmentFilter::Only(segment.clone()),
        ..ReportOptions::new(&project)
    };
    let results = opts.results(&project);
    let expected = format!("Segment “{segment}” (n = {})", results.respondents);
    for plot in [Plot::Categories, Plot::Continuous] {
        let svg = export::plot_svg(&project, &opts, plot, PictureSize::default());
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let captions: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text") && n.attribute("class") == Some("caption"))
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(captions, [expected.as_str()], "{plot:?}");
        if plot == Plot::Categories {
            // One bar per feature, named by its id, its tooltip starting with the whole name,
            // its segments in the category colours.
            let bars: Vec<_> = doc
                .descendants()
                .filter(|n| n.has_tag_name("g") && n.attribute("class") == Some("bar"))
                .collect();
            assert_eq!(bars.len(), project.features().len());
            let colors: Vec<String> = kanoscope::kano::Category::ALL
                .iter()
                .map(|&c| category_color(c).hex())
                .collect();
            for (bar, feature) in bars.iter().zip(project.features()) {
                assert_eq!(bar.attribute("data-feature"), Some(feature.id.as_str()));
                assert_eq!(bar.attribute("data-id"), Some(feature.id.as_str()));
                let title = bar
                    .children()
                    .find(|n| n.has_tag_name("title"))
                    .and_then(|n| n.text())
                    .unwrap();
                assert!(title.starts_with(&feature.name), "{title}");
                let fills: Vec<&str> = bar
                    .children()
                    .filter(|n| n.has_tag_name("rect"))
                    .filter_map(|n| n.attribute("fill"))
                    .collect();
                assert!(!fills.is_empty());
                assert!(fills.iter().all(|f| colors.iter().any(|c| c == f)));
            }
            // Over each row, its name included, the same tooltip.
            let rows: Vec<_> = doc
                .descendants()
                .filter(|n| n.has_tag_name("rect") && n.attribute("class") == Some("row"))
                .collect();
            assert_eq!(rows.len(), bars.len());
            for (row, feature) in rows.iter().zip(project.features()) {
                assert_eq!(row.attribute("data-feature"), Some(feature.id.as_str()));
                let title = row.children().find(|n| n.has_tag_name("title"));
                assert!(
                    title
                        .and_then(|n| n.text())
                        .unwrap()
                        .starts_with(&feature.name)
                );
            }
        } else {
            let drawn = points(&svg);
            assert_eq!(drawn.len(), project.features().len());
            let labelled: Vec<String> = labels(&svg).into_iter().map(|(id, _)| id).collect();
            assert!(!labelled.is_empty());
            for id in labelled.iter().flat_map(|ids| ids.split(' ')) {
                assert!(drawn.iter().any(|p| p.0 == id), "{id}");
            }
        }
    }
}

#[test]
fn export_compare_writes_the_comparison_picture_with_checkable_markup() {
    let dir = tempfile::tempdir().unwrap();
    let project_path = dir.path().join("metro.kano.json");
    std::fs::write(&project_path, Sample::MetroEnglish.text()).unwrap();
    let p = project_path.to_str().unwrap();
    let out = dir.path().join("compare.svg");
    let o = out.to_str().unwrap();
    let args = [
        "export",
        p,
        "-o",
        o,
        "--compare",
        "Commuter",
        "--compare",
        "Tourist",
        "--size",
        "1024x768",
    ];
    cli(&args).unwrap();
    let svg = std::fs::read_to_string(&out).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let project = Sample::MetroEnglish.project();
    let analysis = *project.analysis();
    let segments = ["Commuter".to_owned(), "Tourist".to_owned()];
    let compared = kanoscope::results::comparison::compare_tested(&project, &analysis, &segments);
    // One point per feature shown, in B's place and colour; one ring in A's place.
    let drawn = points(&svg);
    let rings: Vec<(String, f64, f64)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle") && n.attribute("class") == Some("ring"))
        .filter_map(|n| {
            let number = |a: &str| n.attribute(a).unwrap().parse::<f64>().unwrap();
            Some((
                n.attribute("data-feature")?.to_owned(),
                number("cx"),
                number("cy"),
            ))
        })
        .collect();
    assert!(!drawn.is_empty());
    assert_eq!(drawn.len(), rings.len());
    let mut xs = Vec::new();
    for ((id, cx, _, fill), (ring_id, rx, _)) in drawn.iter().zip(&rings) {
        assert_eq!(id, ring_id);
        let index = project.feature_index(id).unwrap();
        let f = &compared.features[index];
        assert!(!f.too_small(0) && !f.too_small(1));
        let (a, b) = (&f.by_segment[0].stats, &f.by_segment[1].stats);
        assert_eq!(fill, &category_color(b.category.unwrap()).hex());
        xs.push((b.coefficients.unwrap().worse.abs(), *cx));
        xs.push((a.coefficients.unwrap().worse.abs(), *rx));
    }
    assert_affine(&xs, false);
    // Labels name the points (FORMATS.md's markup), arrows carry their feature, and exactly
    // the features whose adjusted p is below 0.05 have a strong arrow.
    let labelled: Vec<String> = labels(&svg)
        .into_iter()
        .flat_map(|(ids, _)| ids.split(' ').map(str::to_owned).collect::<Vec<_>>())
        .collect();
    assert!(labelled.iter().all(|id| drawn.iter().any(|d| &d.0 == id)));
    for n in doc.descendants().filter(|n| {
        n.has_tag_name("g") && n.attribute("class").is_some_and(|c| c.starts_with("arrow"))
    }) {
        let Some(id) = n.attribute("data-feature") else {
            continue;
        };
        let index = project.feature_index(id).unwrap();
        let adjusted = compared.features[index].test.unwrap().p_adjusted.unwrap();
        assert_eq!(
            n.attribute("class") == Some("arrow differs"),
            adjusted < 0.05,
            "{id}"
        );
        assert!(n.children().any(|c| c.has_tag_name("polygon")));
    }
    let caption = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("caption"))
        .and_then(|n| n.text())
        .unwrap();
    assert_eq!(
        caption,
        "Arrows from Segment “Commuter” (n = 55) to Segment “Tourist” (n = 25)"
    );
    // Anything but two segments, or a table, is refused in one line.
    assert!(cli(&args[..6]).unwrap_err().contains("exactly twice"));
    let mut csv = args;
    csv[3] = "x.csv";
    assert!(cli(&csv).unwrap_err().contains(".svg or .png"));
    let mut unknown = args;
    unknown[7] = "Nobody";
    assert!(cli(&unknown).unwrap_err().contains("Nobody"));
}
