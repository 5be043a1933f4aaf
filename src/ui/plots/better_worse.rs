//! The Plots tab's Better–Worse diagram: the one figure layout (`crate::figure::better_worse`)
//! painted by `figure_paint`, so the tab shows the same picture as the slides and the exports
//! (caption, quadrant names, honest labels, key, legend and note). It zooms by laying the
//! picture out again over a smaller domain: the wheel or a pinch zooms around the pointer, a
//! drag moves, a double-click shows the whole square again. A point's tooltip gives its figures.
//! The layout is kept between frames by `figure_cache` while nothing that feeds it changes.
//!
//! It only reads: it returns what was hovered or clicked and the caller updates the view; the
//! zoom lives in egui's memory, never in the project.

use super::super::figure_cache::{self, Picture};
use super::super::figure_paint;
use super::super::theme::plot as tokens;
use super::super::view::ViewState;
use super::PlotOutput;
use super::data::better_worse_points;
use super::scatter;
use crate::figure::better_worse::{Domain, LIMITS, better_worse_in, features_of};
use crate::figure::{self, FigureOptions, Size};
use crate::i18n::{Texts, fill};
use crate::project::Project;
use crate::results::Results;
use eframe::egui::{self, Sense};

/// Shows the diagram of the features `view` shows in the space left in `ui`.
pub fn show_plot(
    ui: &mut egui::Ui,
    t: &Texts,
    project: &Project,
    results: &Results,
    view: &ViewState,
) -> PlotOutput {
    let r = &t.results;
    let id = domain_id();
    let domain = shown_domain(ui.ctx());
    let shown = features_of(project, results, |i| view.shows_feature(project, i));
    if shown.is_empty() {
        ui.label(r.no_points);
        return PlotOutput::default();
    }
    ui.weak(r.plot_hint);
    // Only the features in view are laid out (and named); positions map back to the project.
    let (index, features): (Vec<usize>, Vec<_>) = shown
        .into_iter()
        .filter(|(_, f)| domain.contains(f.worse, f.better))
        .unzip();
    let caption = figure::caption::caption(
        t,
        &view.segment,
        results.respondents,
        view.features
            .group()
            .map(|key| crate::ui::group_names::group(t, key)),
    );
    let words = figure::BetterWorseWords::new(
        t,
        caption,
        results.quadrant_lines,
        project.importance_scale(),
    );
    let available = ui.available_size();
    // No wider than 1.6 times its height: a stretched square misleads.
    let size = Size {
        width: available.x.min(available.y * 1.6).max(320.0),
        height: available.y.max(240.0),
    };
    let options = FigureOptions {
        show_intervals: view.intervals_shown(results.respondents),
        min_label_size: tokens::LABEL_SIZE,
    };
    let inputs = (
        features,
        results.quadrant_lines,
        words,
        size,
        figure_paint::theme_of(ui),
        options,
        domain,
    );
    let laid_out = figure_cache::layout(
        ui.ctx(),
        Picture::BetterWorse,
        inputs,
        |(features, lines, words, size, theme, options, domain), measure| {
            better_worse_in(
                features, *lines, words, *size, *theme, *options, *domain, measure,
            )
        },
    );
    let selected = view
        .selected_feature
        .and_then(|s| index.iter().position(|&i| i == s));
    let (output, response) =
        figure_paint::show_sensing(ui, &laid_out, selected, Sense::click_and_drag());

    scatter::zoom_and_pan(ui, &response, id, laid_out.plot, (domain, LIMITS));

    let hovered = output.hovered.and_then(|i| index.get(i).copied());
    if let Some(feature) = hovered {
        let points = better_worse_points(project, results, view);
        if let Some(point) = points.iter().find(|p| p.feature == feature) {
            egui::Tooltip::for_widget(&response)
                .at_pointer()
                .gap(12.0)
                .show(|ui| {
                    let name = project
                        .features()
                        .get(feature)
                        .map_or("", |f| f.name.as_str());
                    ui.strong(name);
                    super::super::results_table::category_badge(ui, t, point.category);
                    ui.label(fill(
                        r.hover_better_worse,
                        &[
                            ("better", &crate::i18n::number::fixed(point.y, 2)),
                            ("worse", &crate::i18n::number::fixed(-point.x, 2)),
                        ],
                    ));
                    scatter::describe_n_and_importance(ui, t, results, point);
                });
        }
    }
    PlotOutput {
        hovered,
        clicked: output.clicked.and_then(|i| index.get(i).copied()),
    }
}

/// Where the diagram's domain lives in egui's memory.
fn domain_id() -> egui::Id {
    egui::Id::unique("kanoscope_better_worse_domain")
}

/// The part of the Better–Worse plane the Plots tab shows (zoomed and moved by the person).
pub fn shown_domain(ctx: &egui::Context) -> Domain {
    scatter::shown_domain(ctx, domain_id(), LIMITS)
}

/// The quadrant lines, for a caption under the plot.
pub fn quadrant_caption(t: &Texts, results: &Results) -> String {
    let (x, y) = results.quadrant_lines;
    fill(
        t.results.quadrant_lines_at,
        &[
            ("x", &crate::i18n::number::fixed(x, 2)),
            ("y", &crate::i18n::number::fixed(y, 2)),
        ],
    )
}
