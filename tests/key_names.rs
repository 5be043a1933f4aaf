//! The key of numbered points keeps every name within reach: each key entry records the feature
//! it stands for (the one whose number it shows, on every scatter picture, at every density);
//! in the studio, hovering an entry whose name the column cut shows the name whole; and
//! `kanoscope export` says on stderr how many names in a picture's key are cut, and at which
//! larger `--size` they show whole, while writing the picture as before.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use eframe::egui;
use egui_kittest::{Harness, kittest::Queryable};
use kanoscope::figure::comparison::{ComparedFeature, ComparisonWords, comparison};
use kanoscope::figure::{
    BetterWorseFeature, BetterWorseWords, ContinuousFeature, ContinuousOptions, ContinuousWords,
    Figure, FigureOptions, FixedAdvance, Size, TextRole, Theme, better_worse, continuous,
};
use kanoscope::i18n::Lang;
use kanoscope::kano::Category;
use kanoscope::project::{Feature, ImportanceScale, Project};
use std::process::Command;

/// `count` features spread over the square by a small fixed generator, each with its own long
/// name (so that a name in the key can only be its own feature's).
fn features(count: usize) -> Vec<BetterWorseFeature> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut unit = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..count)
        .map(|i| BetterWorseFeature {
            id: format!("f{i}"),
            name: format!("Feature {i}: reply to complaints within 24 hours, every day"),
            better: unit(),
            worse: unit(),
            importance: None,
            category: Some(Category::ALL[i % 6]),
            better_interval: None,
            worse_interval: None,
        })
        .collect()
}

fn size(w: f32, h: f32) -> Size {
    Size {
        width: w,
        height: h,
    }
}

fn words() -> BetterWorseWords {
    BetterWorseWords::new(
        Lang::En.texts(),
        "All respondents (n = 60)".into(),
        (0.5, 0.5),
        &ImportanceScale::default(),
    )
}

fn better_worse_at(features: &[BetterWorseFeature], (w, h): (f32, f32)) -> Figure {
    better_worse(
        features,
        (0.5, 0.5),
        &words(),
        size(w, h),
        Theme::Light,
        FigureOptions {
            show_intervals: false,
            min_label_size: 0.0,
        },
        &FixedAdvance,
    )
}

fn continuous_at(features: &[BetterWorseFeature], (w, h): (f32, f32)) -> Figure {
    let features: Vec<ContinuousFeature> = features
        .iter()
        .map(|f| ContinuousFeature {
            id: f.id.clone(),
            name: f.name.clone(),
            dysfunctional: (-2.0 + f.worse * 6.0, None),
            functional: (-2.0 + f.better * 6.0, None),
            importance: None,
            category: f.category,
        })
        .collect();
    let words = ContinuousWords::new(
        Lang::En.texts(),
        "All respondents (n = 60)".into(),
        &ImportanceScale::default(),
    );
    continuous(
        &features,
        &words,
        size(w, h),
        Theme::Light,
        ContinuousOptions::default(),
        &FixedAdvance,
    )
}

fn comparison_at(features: &[BetterWorseFeature], (w, h): (f32, f32)) -> Figure {
    let compared: Vec<ComparedFeature> = features
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let mut to = f.clone();
            to.better = (f.better + 0.1).min(1.0);
            ComparedFeature {
                from: f.clone(),
                to,
                differs: i % 3 == 0,
            }
        })
        .collect();
    let words = ComparisonWords {
        frame: words(),
        left_out: None,
        ring: "in “Commuter”".into(),
        arrow: "to “Tourist” (filled point)".into(),
        differs: "differs (p adj. < 0.05)".into(),
    };
    comparison(
        &compared,
        (0.5, 0.5),
        &words,
        size(w, h),
        Theme::Light,
        FigureOptions {
            show_intervals: false,
            min_label_size: 0.0,
        },
        &FixedAdvance,
    )
}

/// Every key entry names the feature whose number it shows: the number before the two spaces
/// is that point's, and the name after them is that feature's name, whole or cut with "…".
/// Each numbered feature has exactly one entry; the key's title stands for none. Returns how
/// many entries are cut.
fn check_key(figure: &Figure, context: &str) -> usize {
    let entries: Vec<_> = figure.key_entries().collect();
    let marked = figure.texts.iter().filter(|t| t.feature.is_some()).count();
    assert_eq!(
        entries.len(),
        marked,
        "{context}: an entry stands for no point"
    );
    let mut seen = vec![false; figure.points.len()];
    let mut cut = 0;
    for (t, p) in &entries {
        assert_eq!(t.role, TextRole::Key, "{context}: {:?}", t.text);
        let (number, name) = t.text.split_once("  ").expect("number, two spaces, name");
        assert_eq!(
            number,
            p.number.to_string(),
            "{context}: entry {:?} stands for {} (number {})",
            t.text,
            p.id,
            p.number
        );
        if name != p.name {
            let shown = name.strip_suffix('…').expect("a cut name ends with …");
            assert!(
                p.name.starts_with(shown),
                "{context}: {:?} is not the start of {:?}",
                t.text,
                p.name
            );
            cut += 1;
        }
        let k = figure.points.iter().position(|q| q.id == p.id).unwrap();
        assert!(!seen[k], "{context}: {} has two entries", p.id);
        seen[k] = true;
    }
    // Every point numbered on the picture (its label shows a number) has its entry.
    for label in figure.labels.iter().filter(|l| l.numbered) {
        for &i in &label.features {
            assert!(
                seen[i],
                "{context}: {} is numbered but has no entry",
                figure.points[i].id
            );
        }
    }
    let titles = figure.texts_in(TextRole::Key).count() - entries.len();
    assert_eq!(titles, usize::from(!entries.is_empty()), "{context}: title");
    assert_eq!(figure.key_names_cut(), cut, "{context}");
    cut
}

#[test]
fn every_key_entry_of_a_dense_figure_stands_for_the_feature_whose_number_it_shows() {
    let features = features(200);
    type LayOut = fn(&[BetterWorseFeature], (f32, f32)) -> Figure;
    let pictures: [(&str, LayOut); 3] = [
        ("better-worse", better_worse_at),
        ("continuous", continuous_at),
        ("comparison", comparison_at),
    ];
    for (picture, lay_out) in pictures {
        for at in [(800.0, 600.0), (1024.0, 768.0), (1920.0, 1080.0)] {
            let figure = lay_out(&features, at);
            let context = format!("{picture} at {at:?}");
            let entries = figure.key_entries().count();
            assert!(entries > 0, "{context}: 200 features number some points");
            let cut = check_key(&figure, &context);
            if at.0 < 1000.0 {
                assert!(cut > 0, "{context}: long names are cut in a small key");
            }
        }
        // A few features at a large size: names beside their points or whole in the key.
        let few = lay_out(&features[..5], (3840.0, 2160.0));
        check_key(&few, &format!("{picture}, 5 features"));
        assert_eq!(few.key_names_cut(), 0, "{picture}, 5 features");
    }
}

#[test]
fn hovering_a_cut_key_entry_shows_the_whole_name_and_rings_its_point() {
    let figure = better_worse_at(&features(200), (800.0, 600.0));
    let (entry, point) = figure
        .key_entries()
        .find(|(t, p)| !t.text.ends_with(&p.name))
        .map(|(t, p)| (t.clone(), p.clone()))
        .expect("a cut key entry at 800 × 600");
    let caption = figure.caption().unwrap().text.clone();
    let painted = figure.clone();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(900.0, 700.0))
        .with_context_setup(kanoscope::ui::fonts::install_bundled)
        .build_ui(move |ui| {
            let output = kanoscope::ui::figure_paint::show(ui, &painted, None);
            // The key's hover is the painter's own: no feature is reported hovered.
            assert_eq!(output.hovered, None);
        });
    harness.run();
    let origin = harness.get_by_label(&caption).rect().min;
    assert!(
        harness.query_by_label(&point.name).is_none(),
        "no tooltip before hovering"
    );

    let middle = entry.rect.center();
    harness.hover_at(origin + egui::vec2(middle.x, middle.y));
    harness.run();
    assert!(
        harness.query_by_label(&point.name).is_some(),
        "hovering {:?} shows no tooltip {:?}",
        entry.text,
        point.name
    );
    // Its point is ringed as when the point itself is hovered.
    let rings = rings_around(
        &harness,
        origin + egui::vec2(point.center.x, point.center.y),
    );
    assert!(rings > 0, "the point of {} is not ringed", point.id);

    // Off the key, in an empty corner: the tooltip goes.
    harness.hover_at(origin + egui::vec2(2.0, 2.0));
    harness.run();
    assert!(harness.query_by_label(&point.name).is_none());
}

/// How many circles painted in the last frame are outlines centred on `centre` (the hover ring).
fn rings_around(harness: &Harness<'_>, centre: egui::Pos2) -> usize {
    fn count(shape: &egui::Shape, centre: egui::Pos2) -> usize {
        match shape {
            egui::Shape::Circle(c) => usize::from(
                c.center.distance(centre) < 0.5
                    && c.fill == egui::Color32::TRANSPARENT
                    && c.stroke.width > 0.0,
            ),
            egui::Shape::Vec(shapes) => shapes.iter().map(|s| count(s, centre)).sum(),
            _ => 0,
        }
    }
    harness
        .output()
        .shapes
        .iter()
        .map(|s| count(&s.shape, centre))
        .sum()
}

const LONG: &str = "Feature {j}: reply to complaints within 24 hours, every day";
const MEDIUM: &str = "Staffed help point, station {j}";

/// A project of `count` features named after `name` (with `{j}` the feature's position) and
/// 60 respondents, written to `path`.
fn project_named(path: std::path::PathBuf, count: usize, name: &str) -> std::path::PathBuf {
    let base = kanoscope::project::synthetic_project(count, 60);
    let features: Vec<Feature> = base
        .features()
        .iter()
        .enumerate()
        .map(|(j, f)| Feature {
            name: name.replace("{j}", &j.to_string()),
            ..f.clone()
        })
        .collect();
    let project = Project::from_parts(
        "Metro".into(),
        *base.analysis(),
        features,
        base.respondents().to_vec(),
    )
    .unwrap();
    kanoscope::io::save_project(&path, &project).unwrap();
    path
}

fn export(args: &[&str]) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_kanoscope"))
        .arg("export")
        .args(args)
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// The notes about cut names among `stderr`'s lines.
fn notes(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.contains("in the key") || l.contains("编号列表"))
        .collect()
}

#[test]
fn export_at_a_size_that_cuts_key_names_says_how_many_and_suggests_a_larger_size() {
    let dir = tempfile::tempdir().unwrap();
    let medium = project_named(dir.path().join("medium.kano.json"), 200, MEDIUM);
    let long = project_named(dir.path().join("long.kano.json"), 200, LONG);
    let p = medium.to_str().unwrap();
    let out = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();

    // Names of medium length show whole at a larger size; names too long for the key's column
    // at any size are cut at every size, and the note says only "a larger --size".
    let mut whole_at = Vec::new();
    for (project, file, extra) in [
        (&medium, "small.svg", vec![]),
        (&medium, "small.png", vec![]),
        (&medium, "continuous.svg", vec!["--plot", "continuous"]),
        (
            &medium,
            "compare.svg",
            vec!["--compare", "Commuter", "--compare", "Tourist"],
        ),
        (&long, "long.svg", vec![]),
    ] {
        let p = project.to_str().unwrap();
        let written = out(file);
        let mut args = vec![p, "-o", &written, "--size", "800x600"];
        args.extend(extra.iter().copied());
        let (ok, stderr) = export(&args);
        assert!(ok, "{file}: {stderr}");
        assert!(std::fs::metadata(&written).unwrap().len() > 0, "{file}");
        let notes = notes(&stderr);
        assert_eq!(notes.len(), 1, "{file}: one note, got {stderr:?}");
        // The count is the figure's own, laid out as the export lays it out.
        let project = kanoscope::io::read_project(project).unwrap();
        let options = kanoscope::export::ReportOptions::new(&project);
        let plot = if extra.contains(&"continuous") {
            kanoscope::export::Plot::Continuous
        } else {
            kanoscope::export::Plot::BetterWorse
        };
        let segments = ["Commuter".to_owned(), "Tourist".to_owned()];
        let segments = extra.contains(&"--compare").then_some(&segments[..]);
        let small = kanoscope::export::PictureSize {
            width: 800,
            height: 600,
        };
        let cut = kanoscope::export::cut_key_names(&project, &options, plot, segments, small)
            .expect("names are cut at 800x600");
        assert!(cut.cut > 0);
        whole_at.push(cut.whole_at.is_some());
        assert!(
            notes[0].contains(&format!("{} names in the key are cut", cut.cut)),
            "{file}: {}",
            notes[0]
        );
        match cut.whole_at {
            Some(whole) => {
                let suggested = format!("--size {}x{}", whole.width, whole.height);
                assert!(notes[0].contains(&suggested), "{file}: {}", notes[0]);
                // At the suggested size the key cuts nothing, and the export says nothing.
                let (ok, stderr) = export(
                    &[p, "-o", &out(file), "--size", &suggested[7..]]
                        .into_iter()
                        .chain(extra.iter().copied())
                        .collect::<Vec<_>>(),
                );
                assert!(ok && self::notes(&stderr).is_empty(), "{file}: {stderr}");
            }
            None => assert!(notes[0].contains("a larger --size"), "{file}: {}", notes[0]),
        }
    }

    assert!(whole_at.contains(&true) && whole_at.contains(&false));

    // In Chinese when the export is.
    let (ok, stderr) = export(&[p, "-o", &out("zh.svg"), "--size", "800x600", "--lang", "zh"]);
    assert!(ok, "{stderr}");
    assert_eq!(notes(&stderr).len(), 1, "{stderr}");
    assert!(notes(&stderr)[0].contains("编号列表"), "{stderr}");

    // A few features at the default size: every name whole, no note.
    let few = project_named(dir.path().join("few.kano.json"), 5, "Free Wi-Fi {j}");
    let (ok, stderr) = export(&[few.to_str().unwrap(), "-o", &out("few.svg")]);
    assert!(ok && notes(&stderr).is_empty(), "{stderr}");
    // Pictures without a key never get the note.
    let (ok, stderr) = export(&[p, "-o", &out("bars.svg"), "--plot", "categories"]);
    assert!(ok && notes(&stderr).is_empty(), "{stderr}");
}

#[test]
fn exported_key_entries_carry_the_whole_name_in_a_title_that_draws_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = project_named(dir.path().join("medium.kano.json"), 200, MEDIUM);
    let project = kanoscope::io::read_project(&path).unwrap();
    let options = kanoscope::export::ReportOptions::new(&project);
    let small = kanoscope::export::PictureSize {
        width: 800,
        height: 600,
    };
    let plot = kanoscope::export::Plot::BetterWorse;
    let svg = kanoscope::export::plot_svg(&project, &options, plot, small);
    let figure = kanoscope::export::keyed_figure(&project, &options, plot, None, small).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let titled: Vec<(String, String)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| {
            let title = n.children().find(|c| c.has_tag_name("title"))?;
            Some((
                n.text().unwrap_or_default().to_owned(),
                title.text().unwrap_or_default().to_owned(),
            ))
        })
        .collect();
    assert_eq!(titled.len(), figure.key_entries().count());
    let mut cut = 0;
    for ((shown, whole), (t, p)) in titled.iter().zip(figure.key_entries()) {
        assert_eq!(shown, &t.text);
        assert_eq!(whole, &p.name);
        let name = shown.split_once("  ").unwrap().1;
        if name != whole {
            assert!(whole.starts_with(name.trim_end_matches('…')), "{shown:?}");
            cut += 1;
        }
    }
    assert!(cut > 0, "names are cut at 800x600");

    // The titles are tooltips only: the picture drawn without them is the same.
    let mut bare = String::new();
    let mut rest = svg.as_str();
    while let Some(end) = rest.find("</title></text>") {
        let start = rest[..end].rfind("<title>").unwrap();
        bare.push_str(&rest[..start]);
        rest = &rest[end + "</title>".len()..];
    }
    bare.push_str(rest);
    assert!(bare.len() < svg.len());
    assert_eq!(
        kanoscope::export::svg_to_png(&svg, &[]).unwrap(),
        kanoscope::export::svg_to_png(&bare, &[]).unwrap()
    );
}
