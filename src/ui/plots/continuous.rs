//! The continuous-analysis scatter (DuMouchel, in Berger et al. 1993): x = mean dysfunctional
//! score, y = mean functional score, each with a whisker of one standard deviation either way,
//! point size by importance, coloured by the discrete category for comparison.
//!
//! It only reads: it returns what was hovered or clicked and the caller updates the view.

use super::super::theme::plot as tokens;
use super::PlotOutput;
use super::data::FeaturePoint;
use super::scatter::{self, Scatter, point_color};
use crate::i18n::{Texts, fill};
use crate::project::{Project, Results};
use eframe::egui;
use egui_plot::{HLine, Line, Plot, VLine, uniform_grid_spacer};

/// The score scale of both questions.
const SCALE: (f64, f64) = (-2.0, 4.0);

/// The range an axis shows: the means and their whiskers, within the scale, with a margin, and
/// never narrower than one score point (a single feature would otherwise fill the plot).
pub fn axis_range(values: impl Iterator<Item = (f64, Option<f64>)>) -> (f64, f64) {
    let (mut low, mut high) = (f64::INFINITY, f64::NEG_INFINITY);
    for (mean, sd) in values {
        let sd = sd.unwrap_or(0.0);
        low = low.min(mean - sd);
        high = high.max(mean + sd);
    }
    if !low.is_finite() || !high.is_finite() {
        return SCALE;
    }
    let (mut low, mut high) = (low.max(SCALE.0), high.min(SCALE.1));
    // Zero (a neutral answer) stays in view as the reference.
    low = low.min(0.0);
    high = high.max(0.0);
    if high - low < 1.0 {
        let middle = (low + high) / 2.0;
        (low, high) = (middle - 0.5, middle + 0.5);
    }
    let margin = (high - low) * 0.06;
    (low - margin, high + margin)
}

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
    let available = ui.available_size();
    let plot = Plot::new("continuous_plot")
        .width(available.x.min(available.y * 1.6).max(200.0))
        .height(available.y.max(200.0))
        .default_x_bounds(x_range.0, x_range.1)
        .default_y_bounds(y_range.0, y_range.1)
        // Lines at every half score point only: finer grids clutter a projected plot.
        .x_grid_spacer(uniform_grid_spacer(|_| [0.5, 1.0, 2.0]))
        .y_grid_spacer(uniform_grid_spacer(|_| [0.5, 1.0, 2.0]))
        .x_axis_formatter(|mark, _| format!("{:.1}", mark.value))
        .y_axis_formatter(|mark, _| format!("{:.1}", mark.value))
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
            for p in points {
                let color = point_color(p).gamma_multiply(tokens::WHISKER_ALPHA);
                if let Some(sd) = p.x_sd {
                    plot_ui.line(
                        Line::new("sd", vec![[p.x - sd, p.y], [p.x + sd, p.y]])
                            .id(("sd_x", p.feature))
                            .color(color)
                            .width(tokens::WHISKER_WIDTH)
                            .allow_hover(false),
                    );
                }
                if let Some(sd) = p.y_sd {
                    plot_ui.line(
                        Line::new("sd", vec![[p.x, p.y - sd], [p.x, p.y + sd]])
                            .id(("sd_y", p.feature))
                            .color(color)
                            .width(tokens::WHISKER_WIDTH)
                            .allow_hover(false),
                    );
                }
            }
            scatter::add_points(plot_ui, project, points);
        });

    let scatter = Scatter {
        t,
        project,
        points,
        selected,
        obstacles: &[],
    };
    scatter.overlay(ui, &plot, |ui, p| {
        let sd = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| format!("{v:.2}"));
        ui.label(fill(
            r.hover_functional,
            &[("mean", &format!("{:.2}", p.y)), ("sd", &sd(p.y_sd))],
        ));
        ui.label(fill(
            r.hover_dysfunctional,
            &[("mean", &format!("{:.2}", p.x)), ("sd", &sd(p.x_sd))],
        ));
        scatter::describe_n_and_importance(ui, t, results, p);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axis_covers_means_and_whiskers_within_the_scale() {
        let (low, high) = axis_range([(1.0, Some(0.5)), (3.0, Some(2.0))].into_iter());
        // 0.5 - ... stretched to include 0; 5.0 clipped to the scale's 4.
        assert!(low < 0.0 && low > -0.5, "{low}");
        assert!(high > 4.0 && high < 4.5, "{high}");
    }

    #[test]
    fn an_empty_or_single_feature_axis_is_still_readable() {
        assert_eq!(axis_range(std::iter::empty()), SCALE);
        let (low, high) = axis_range([(0.2, None)].into_iter());
        assert!(high - low >= 1.0);
        assert!(low <= 0.0 && high >= 0.2);
    }
}
