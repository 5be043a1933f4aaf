//! The continuous-analysis scatter (DuMouchel, in Berger et al. 1993): x = mean dysfunctional
//! score, y = mean functional score, each with a whisker of one standard deviation either way,
//! point size by importance, coloured by the discrete category for comparison.
//!
//! It only reads: it returns what was hovered or clicked and the caller updates the view.

use super::PlotOutput;
use super::data::FeaturePoint;
use super::scatter::{self, Scatter};
use crate::export::continuous_axis_range as axis_range;
use crate::i18n::{Texts, fill};
use crate::project::{Project, Results};
use eframe::egui;
use egui_plot::{HLine, Plot, VLine, uniform_grid_spacer};

/// Shows the scatter for `points` in the space left in `ui`.
pub fn show_plot(
    ui: &mut egui::Ui,
    t: &Texts,
    project: &Project,
    results: &Results,
    points: &[FeaturePoint],
    selected: Option<usize>,
) -> PlotOutput {
    let r = &t.results;
    let x_range = axis_range(points.iter().map(|p| (p.x, p.x_sd)));
    let y_range = axis_range(points.iter().map(|p| (p.y, p.y_sd)));
    let reference = ui.visuals().text_color().gamma_multiply(0.45);
    let key_id = ui.make_persistent_id("continuous_key");
    let available = ui.available_size() - egui::vec2(0.0, scatter::key_room(ui.ctx(), key_id));
    let plot = Plot::new("continuous_plot")
        .width(available.x.min(available.y * 1.6).max(200.0))
        .height(available.y.max(200.0))
        .default_x_bounds(x_range.0, x_range.1)
        .default_y_bounds(y_range.0, y_range.1)
        // Lines at every half score point only: finer grids clutter a projected plot.
        .x_grid_spacer(uniform_grid_spacer(|_| [0.5, 1.0, 2.0]))
        .y_grid_spacer(uniform_grid_spacer(|_| [0.5, 1.0, 2.0]))
        .x_axis_formatter(|mark, _| crate::i18n::number::fixed(mark.value, 1))
        .y_axis_formatter(|mark, _| crate::i18n::number::fixed(mark.value, 1))
        .x_axis_label(r.axis_dysfunctional)
        .y_axis_label(r.axis_functional)
        .show_x(false)
        .show_y(false)
        .allow_boxed_zoom(false)
        .show(ui, |plot_ui| {
            plot_ui.vline(
                VLine::new("zero_x", 0.0)
                    .color(reference)
                    .allow_hover(false),
            );
            plot_ui.hline(
                HLine::new("zero_y", 0.0)
                    .color(reference)
                    .allow_hover(false),
            );
            scatter::add_whiskers(plot_ui, points);
            scatter::add_points(plot_ui, project, points);
        });

    let scatter = Scatter {
        t,
        project,
        points,
        selected,
        key_id,
        obstacles: &[],
    };
    scatter.overlay(ui, &plot, |ui, p| {
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
    })
}
