//! The continuous-analysis scatter in the Plots tab: the picture laid out by
//! `figure::continuous` for the space left and painted as it is by [`figure_paint`], so that
//! the tab and an exported file show one geometry (labels, numbers and key included). Hovering
//! a point or its label explains it in a tooltip; clicking selects its feature. The axes fit the
//! data; it zooms and moves like the Better–Worse diagram, by laying the picture out again over
//! a smaller domain ([`scatter::zoom_and_pan`]): the wheel or a pinch zooms around the pointer,
//! a drag moves, a double-click shows the whole again. The layout is kept between frames by
//! `figure_cache` while nothing that feeds it changes.
//!
//! It only reads: it returns what was hovered or clicked and the caller updates the view; the
//! zoom lives in egui's memory, never in the project.

use super::super::figure_cache::{self, Picture};
use super::super::figure_paint;
use super::super::theme::plot as tokens;
use super::PlotOutput;
use super::data::FeaturePoint;
use super::scatter;
use crate::figure::continuous::{Domain, continuous_in, features_of, limits};
use crate::figure::{ContinuousOptions, ContinuousWords, Size};
use crate::i18n::{Texts, fill};
use crate::project::Project;
use crate::results::Results;
use eframe::egui;

/// Shows the scatter of `points` in the space left in `ui`, captioned with `caption`.
pub fn show_plot(
    ui: &mut egui::Ui,
    t: &Texts,
    project: &Project,
    results: &Results,
    points: &[FeaturePoint],
    caption: String,
    selected: Option<usize>,
) -> PlotOutput {
    let shown = features_of(project, results, |i| points.iter().any(|p| p.feature == i));
    // The whole is the axes fitted to every feature shown; a zoom is kept inside it.
    let all: Vec<_> = shown.iter().map(|(_, f)| f.clone()).collect();
    let limits = limits(&all);
    let id = domain_id();
    let domain = scatter::shown_domain(ui.ctx(), id, limits);
    // Only the features in view are laid out (and named); positions map back to the project.
    let (index, features): (Vec<usize>, Vec<_>) = shown
        .into_iter()
        .filter(|(_, f)| domain.contains(f.dysfunctional.0, f.functional.0))
        .unzip();
    let words = ContinuousWords::new(t, caption, project.importance_scale());
    let available = ui.available_size();
    let inputs = (
        features,
        words,
        Size {
            width: available.x.max(320.0),
            height: available.y.max(240.0),
        },
        figure_paint::theme_of(ui),
        ContinuousOptions {
            show_spread: true,
            min_label_size: tokens::LABEL_SIZE,
        },
        domain,
    );
    let laid_out = figure_cache::layout(
        ui.ctx(),
        Picture::Continuous,
        inputs,
        |(features, words, size, theme, options, domain), measure| {
            continuous_in(features, words, *size, *theme, *options, *domain, measure)
        },
    );
    let selected = selected.and_then(|s| index.iter().position(|&i| i == s));
    let (shown, response) =
        figure_paint::show_sensing(ui, &laid_out, selected, egui::Sense::click_and_drag());
    scatter::zoom_and_pan(ui, &response, id, laid_out.plot, (domain, limits));
    let point = shown
        .hovered
        .and_then(|k| points.iter().find(|p| p.feature == index[k]));
    if let Some(p) = point {
        egui::Tooltip::for_widget(&response)
            .at_pointer()
            .gap(12.0)
            .show(|ui| describe(ui, t, project, results, p));
    }
    PlotOutput {
        hovered: shown.hovered.map(|k| index[k]),
        clicked: shown.clicked.map(|k| index[k]),
    }
}

/// Where the scatter's domain lives in egui's memory.
fn domain_id() -> egui::Id {
    egui::Id::unique("kanoscope_continuous_domain")
}

/// The part of the continuous-analysis plane the Plots tab shows for `features` (zoomed and
/// moved by the person; the whole, fitted to them, until then).
pub fn shown_domain(ctx: &egui::Context, features: &[crate::figure::ContinuousFeature]) -> Domain {
    scatter::shown_domain(ctx, domain_id(), limits(features))
}

/// The tooltip of a point: the feature, its category, both means with their spreads, n and
/// importance.
fn describe(ui: &mut egui::Ui, t: &Texts, project: &Project, results: &Results, p: &FeaturePoint) {
    let r = &t.results;
    let name = project
        .features()
        .get(p.feature)
        .map_or("", |f| f.name.as_str());
    ui.strong(name);
    super::super::results_table::category_badge(ui, t, p.category);
    let sd =
        |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| crate::i18n::number::fixed(v, 2));
    ui.label(fill(
        r.hover_functional,
        &[
            ("mean", &crate::i18n::number::fixed(p.y, 2)),
            ("sd", &sd(p.y_sd)),
        ],
    ));
    ui.label(fill(
        r.hover_dysfunctional,
        &[
            ("mean", &crate::i18n::number::fixed(p.x, 2)),
            ("sd", &sd(p.x_sd)),
        ],
    ));
    scatter::describe_n_and_importance(ui, t, results, p);
}
