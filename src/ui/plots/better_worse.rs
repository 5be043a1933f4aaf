//! The Better–Worse diagram: x = |Worse| (dissatisfaction when the feature is absent),
//! y = Better (satisfaction when present), both 0..1, with the quadrant lines at 0.5 or at the
//! means and the four quadrant names in the corners.
//!
//! It only reads: it returns what was hovered or clicked and the caller updates the view.

use super::super::theme::{category_color, plot as tokens};
use super::PlotOutput;
use super::data::FeaturePoint;
use super::scatter::{self, Scatter};
use crate::i18n::{Texts, fill};
use crate::kano::Category;
use crate::project::{Project, Results};
use eframe::egui::{self, Align2, Rect};
use egui_plot::{HLine, LineStyle, Plot, PlotPoint, PlotTransform, VLine, uniform_grid_spacer};

/// Shows the diagram for `points` in the space left in `ui`.
pub fn show_plot(
    ui: &mut egui::Ui,
    t: &Texts,
    project: &Project,
    results: &Results,
    points: &[FeaturePoint],
    selected: Option<usize>,
) -> PlotOutput {
    let r = &t.results;
    let (x_line, y_line) = results.quadrant_lines;
    let line_color = ui.visuals().text_color().gamma_multiply(0.6);
    let key_id = ui.make_persistent_id("better_worse_key");
    let available = ui.available_size() - egui::vec2(0.0, scatter::key_room(ui.ctx(), key_id));
    // A little room beyond 0..1 so that points on the edge are not cut in half.
    let plot = Plot::new("better_worse_plot")
        .width(available.x.min(available.y * 1.6).max(200.0))
        .height(available.y.max(200.0))
        .default_x_bounds(-0.03, 1.03)
        .default_y_bounds(-0.03, 1.03)
        // Lines every 0.1 only: finer grids clutter a projected diagram.
        .x_grid_spacer(uniform_grid_spacer(|_| [0.1, 0.5, 1.0]))
        .y_grid_spacer(uniform_grid_spacer(|_| [0.1, 0.5, 1.0]))
        .x_axis_formatter(|mark, _| format!("{:.1}", mark.value))
        .y_axis_formatter(|mark, _| format!("{:.1}", mark.value))
        .x_axis_label(r.axis_worse)
        .y_axis_label(r.axis_better)
        .show_x(false)
        .show_y(false)
        .allow_boxed_zoom(false)
        .show(ui, |plot_ui| {
            plot_ui.vline(
                VLine::new("quadrant_x", x_line)
                    .color(line_color)
                    .width(tokens::QUADRANT_LINE_WIDTH)
                    .style(LineStyle::dashed_loose())
                    .allow_hover(false),
            );
            plot_ui.hline(
                HLine::new("quadrant_y", y_line)
                    .color(line_color)
                    .width(tokens::QUADRANT_LINE_WIDTH)
                    .style(LineStyle::dashed_loose())
                    .allow_hover(false),
            );
            scatter::add_whiskers(plot_ui, points);
            scatter::add_points(plot_ui, project, points);
        });

    let corners = paint_quadrant_names(ui, t, &plot.transform);
    let scatter = Scatter {
        t,
        project,
        points,
        selected,
        key_id,
        obstacles: &corners,
    };
    scatter.overlay(ui, &plot, |ui, p| {
        ui.label(fill(
            r.hover_better_worse,
            &[
                ("better", &crate::i18n::number::fixed(p.y, 2)),
                ("worse", &crate::i18n::number::fixed(-p.x, 2)),
            ],
        ));
        scatter::describe_n_and_importance(ui, t, results, p);
    })
}

/// Paints the quadrant names (the one set of category names) in the corners of the 0..1 square
/// and returns where they are, so that labels keep clear of them.
fn paint_quadrant_names(ui: &egui::Ui, t: &Texts, transform: &PlotTransform) -> Vec<Rect> {
    let painter = ui.painter_at(*transform.frame());
    let font = egui::FontId::proportional(tokens::QUADRANT_NAME_SIZE);
    // Inside the square, clear of the axis lines at 0 and 1, and inside the frame when zoomed.
    let square = Rect::from_two_pos(
        transform.position_from_point(&PlotPoint::new(0.0, 0.0)),
        transform.position_from_point(&PlotPoint::new(1.0, 1.0)),
    );
    let inner = square.intersect(*transform.frame()).shrink(6.0);
    [
        (Category::A, Align2::LEFT_TOP, inner.left_top()),
        (Category::O, Align2::RIGHT_TOP, inner.right_top()),
        (Category::M, Align2::RIGHT_BOTTOM, inner.right_bottom()),
        (Category::I, Align2::LEFT_BOTTOM, inner.left_bottom()),
    ]
    .into_iter()
    .map(|(c, anchor, pos)| {
        let color = category_color(c).gamma_multiply(0.85);
        let rect = painter.text(pos, anchor, t.category(c), font.clone(), color);
        rect.expand(4.0)
    })
    .collect()
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
