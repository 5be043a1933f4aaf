//! The pictures keep their layout between frames (`ui::figure_cache`), driven through the whole
//! studio window with egui_kittest: a frame at rest lays no picture out again, and every change
//! that feeds a picture (segment, zoom, window size, language, theme, an edit of the project)
//! lays it out again, and the picture painted shows the change.

mod support;

use eframe::egui;
use egui_kittest::{Harness, kittest::Queryable};
use kanoscope::app::{ScriptedDialogs, StudioApp};
use kanoscope::figure::{Figure, TextRole, Theme};
use kanoscope::i18n::Lang;
use kanoscope::project::{Edit, SegmentFilter};
use kanoscope::ui::figure_cache::{self, Picture};
use kanoscope::ui::{Action, Command, PlotKind, Tab};
use std::sync::Arc;

/// The studio on the sample, in English, showing `plot` on the Plots tab.
fn plots(plot: PlotKind) -> Harness<'static, StudioApp> {
    let mut harness = support::studio(Lang::En, ScriptedDialogs::default());
    harness.state_mut().view_mut().tab = Tab::Plots;
    harness.state_mut().view_mut().plot = plot;
    harness.run();
    harness
}

/// The picture the Plots tab shows for `plot`.
fn picture_of(plot: PlotKind) -> Picture {
    match plot {
        PlotKind::BetterWorse => Picture::BetterWorse,
        PlotKind::Shares => Picture::Shares,
        PlotKind::Continuous => Picture::Continuous,
    }
}

fn made(harness: &Harness<'_, StudioApp>, picture: Picture) -> u64 {
    figure_cache::layouts_made(&harness.ctx, picture)
}

fn last(harness: &Harness<'_, StudioApp>, picture: Picture) -> Arc<Figure> {
    figure_cache::last_layout(&harness.ctx, picture)
        .unwrap_or_else(|| panic!("{picture:?} was never laid out"))
}

/// Every text the last frame painted inside the picture on screen, found by its caption as the
/// screen reader does (so the caption itself must be the last layout's).
fn painted(harness: &Harness<'_, StudioApp>, picture: Picture) -> Vec<String> {
    let figure = last(harness, picture);
    let caption = figure
        .caption()
        .map(|c| c.text.as_str())
        .unwrap_or_default();
    let rect = harness
        .get_by_role_and_label(egui::accesskit::Role::Image, caption)
        .rect()
        .expand(1.0);
    fn collect(shape: &egui::Shape, rect: egui::Rect, into: &mut Vec<String>) {
        match shape {
            egui::Shape::Text(t) if rect.contains(t.pos) => into.push(t.galley.text().to_owned()),
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, rect, into)),
            _ => {}
        }
    }
    let mut texts = Vec::new();
    for s in &harness.output().shapes {
        collect(&s.shape, rect, &mut texts);
    }
    assert!(!texts.is_empty(), "{picture:?}: nothing painted");
    texts
}

fn paints(harness: &Harness<'_, StudioApp>, picture: Picture, text: &str) -> bool {
    painted(harness, picture).iter().any(|t| t.contains(text))
}

/// Every text and label of a figure (a label's lines joined, as a long name wraps).
fn words_of(figure: &Figure) -> Vec<String> {
    let texts = figure.texts.iter().map(|t| t.text.clone());
    let labels = figure.labels.iter().map(|l| l.lines.join(" "));
    texts.chain(labels).collect()
}

#[test]
fn a_frame_at_rest_lays_out_no_picture_again_and_still_paints_it() {
    for plot in PlotKind::ALL {
        let picture = picture_of(plot);
        let mut harness = plots(plot);
        let before = made(&harness, picture);
        assert!(before >= 1, "{plot:?} was never laid out");
        let caption = last(&harness, picture).caption().unwrap().text.clone();
        for _ in 0..5 {
            harness.step();
            assert_eq!(made(&harness, picture), before, "{plot:?} laid out again");
            assert!(paints(&harness, picture, &caption), "{plot:?}: {caption}");
        }
    }
}

#[test]
fn the_workshops_better_worse_slide_lays_out_once_at_rest_and_again_when_answers_arrive() {
    let mut harness = support::studio(Lang::En, ScriptedDialogs::default());
    harness.key_press(egui::Key::F11);
    harness.run();
    let before = made(&harness, Picture::BetterWorseSlide);
    assert!(before >= 1, "the first slide is the Better–Worse picture");
    for _ in 0..5 {
        harness.step();
        assert_eq!(made(&harness, Picture::BetterWorseSlide), before);
    }
    let project = harness.state().document().project().clone();
    let n = project.respondents().len();
    assert!(paints(
        &harness,
        Picture::BetterWorseSlide,
        &format!("n = {n}")
    ));

    let respondent = support::walk_in(project.features().len());
    harness.state_mut().queue(Action::Edit {
        edit: Edit::InsertRespondent {
            index: n,
            respondent,
        },
        label: "Add respondent".into(),
        merge: None,
    });
    harness.run();
    assert!(made(&harness, Picture::BetterWorseSlide) > before);
    let caption = format!("n = {}", n + 1);
    assert!(paints(&harness, Picture::BetterWorseSlide, &caption));
    assert!(!paints(
        &harness,
        Picture::BetterWorseSlide,
        &format!("n = {n})")
    ));
}

#[test]
fn another_segment_lays_each_plot_out_again_under_its_caption() {
    for plot in PlotKind::ALL {
        let picture = picture_of(plot);
        let mut harness = plots(plot);
        let project = harness.state().document().project().clone();
        let segment = project.segments()[0].to_owned();
        assert!(!paints(&harness, picture, &segment), "{plot:?}");
        let before = made(&harness, picture);
        harness.state_mut().view_mut().segment = SegmentFilter::Only(segment.clone());
        harness.run();
        assert!(made(&harness, picture) > before, "{plot:?}");
        let caption = last(&harness, picture).caption().unwrap().text.clone();
        assert!(caption.contains(&segment), "{plot:?}: {caption}");
        assert!(paints(&harness, picture, &segment), "{plot:?}: {caption}");
    }
}

/// The numbers on a figure's axes.
fn ticks(figure: &Figure) -> Vec<String> {
    figure
        .texts_in(TextRole::Tick)
        .map(|t| t.text.clone())
        .collect()
}

#[test]
fn a_zoom_lays_the_scatters_out_again_over_the_smaller_domain() {
    for plot in [PlotKind::BetterWorse, PlotKind::Continuous] {
        let picture = picture_of(plot);
        let mut harness = plots(plot);
        let whole = ticks(&last(&harness, picture));
        let before = made(&harness, picture);
        let hint = harness.get_by_label_contains("Scroll to zoom").rect();
        harness.hover_at(egui::pos2(hint.left() + 400.0, hint.bottom() + 300.0));
        harness.run();
        assert_eq!(
            made(&harness, picture),
            before,
            "{plot:?}: hovering is no change"
        );
        harness.event(egui::Event::Zoom(2.5));
        harness.run();
        assert!(made(&harness, picture) > before, "{plot:?}");
        let zoomed = ticks(&last(&harness, picture));
        assert_ne!(zoomed, whole, "{plot:?}");
        let shown = painted(&harness, picture);
        for tick in &zoomed {
            assert!(shown.contains(tick), "{plot:?}: tick {tick} not painted");
        }
    }
}

#[test]
fn a_new_window_size_lays_the_picture_out_again_at_its_size() {
    let mut harness = plots(PlotKind::BetterWorse);
    let picture = Picture::BetterWorse;
    let before = made(&harness, picture);
    let wide = last(&harness, picture).size;
    harness.set_size(egui::vec2(1100.0, 760.0));
    harness.run();
    assert!(made(&harness, picture) > before);
    let figure = last(&harness, picture);
    assert!(
        figure.size.width < wide.width,
        "{wide:?} -> {:?}",
        figure.size
    );
    let caption = &figure.caption().unwrap().text;
    let image = harness
        .get_by_role_and_label(egui::accesskit::Role::Image, caption)
        .rect();
    assert!((image.width() - figure.size.width).abs() < 1.0, "{image:?}");
    assert!(
        (image.height() - figure.size.height).abs() < 1.0,
        "{image:?}"
    );
}

#[test]
fn chinese_lays_the_picture_out_again_in_chinese() {
    let mut harness = plots(PlotKind::BetterWorse);
    let picture = Picture::BetterWorse;
    let before = made(&harness, picture);
    let english = Lang::En.texts().report.axis_better;
    let chinese = Lang::Zh.texts().report.axis_better;
    assert!(paints(&harness, picture, english));
    harness.state_mut().queue(Action::SetLanguage(Lang::Zh));
    harness.run();
    assert!(made(&harness, picture) > before);
    assert!(
        words_of(&last(&harness, picture))
            .iter()
            .any(|w| w == chinese)
    );
    assert!(paints(&harness, picture, chinese));
    assert!(!paints(&harness, picture, english));
}

#[test]
fn the_dark_theme_lays_the_picture_out_again_in_its_colours() {
    let mut harness = plots(PlotKind::BetterWorse);
    let picture = Picture::BetterWorse;
    let before = made(&harness, picture);
    assert_eq!(last(&harness, picture).theme, Theme::Light);
    support::command(&mut harness, Command::ToggleTheme);
    assert!(made(&harness, picture) > before);
    let figure = last(&harness, picture);
    assert_eq!(figure.theme, Theme::Dark);
    // The picture's ground is painted in the dark theme's background.
    let ground = kanoscope::ui::figure_paint::color(Theme::Dark.colors().background);
    let caption = &figure.caption().unwrap().text;
    let image = harness
        .get_by_role_and_label(egui::accesskit::Role::Image, caption)
        .rect();
    let painted =
        harness.output().shapes.iter().any(
            |s| matches!(&s.shape, egui::Shape::Rect(r) if r.fill == ground && r.rect == image),
        );
    assert!(painted, "no dark ground under the picture");
}

#[test]
fn an_edit_lays_the_picture_out_again_and_it_names_the_change() {
    let mut harness = plots(PlotKind::BetterWorse);
    let picture = Picture::BetterWorse;
    let project = harness.state().document().project().clone();
    let mut feature = project.features()[0].clone();
    let old = feature.name.clone();
    assert!(
        words_of(&last(&harness, picture))
            .iter()
            .any(|w| w.contains(&old))
    );
    feature.name = "Tap to pay".into();
    let before = made(&harness, picture);
    harness.state_mut().queue(Action::Edit {
        edit: Edit::UpdateFeature { index: 0, feature },
        label: "Rename feature".into(),
        merge: None,
    });
    harness.run();
    assert!(made(&harness, picture) > before);
    assert!(
        words_of(&last(&harness, picture))
            .iter()
            .any(|w| w.contains("Tap to pay"))
    );
    assert!(
        !words_of(&last(&harness, picture))
            .iter()
            .any(|w| w.contains(&old))
    );
    assert!(paints(&harness, picture, "Tap to pay"));
}
