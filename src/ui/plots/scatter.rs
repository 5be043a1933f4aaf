//! What the two scatter plots share: feature points coloured by category and sized by
//! importance, labels placed beside them, the selected feature ringed, the hovered one explained
//! in a tooltip, and a click that picks a feature.
//!
//! The points are egui_plot items; labels, rings and hover are painted over the plot in screen
//! space after it is laid out, so labels keep a fixed offset in points whatever the zoom.

use super::super::theme::{category_color, plot as tokens};
use super::PlotOutput;
use super::data::FeaturePoint;
use super::labels::{LabelRequest, needs_leader, place_labels};
use crate::i18n::{Texts, fill};
use crate::project::{Project, Results};
use eframe::egui::{self, Color32, Pos2, Rect, Stroke};
use egui_plot::{PlotPoint, PlotResponse, PlotUi, Points};

/// The colour of a feature's point: its category's, or grey when it has none.
pub fn point_color(point: &FeaturePoint) -> Color32 {
    point.category.map_or(Color32::GRAY, category_color)
}

/// Adds one plot item per feature (each has its own size).
pub fn add_points(plot_ui: &mut PlotUi<'_>, project: &Project, points: &[FeaturePoint]) {
    for p in points {
        let name = project
            .features()
            .get(p.feature)
            .map_or("", |f| f.name.as_str());
        plot_ui.points(
            Points::new(name, [p.x, p.y])
                .id(("feature", p.feature))
                .radius(p.radius)
                .color(point_color(p))
                .allow_hover(false),
        );
    }
}

/// A scatter plot's points and what their labels must avoid.
pub struct Scatter<'a> {
    /// The interface strings.
    pub t: &'a Texts,
    /// The project, for the feature names.
    pub project: &'a Project,
    /// The points, as drawn by [`add_points`].
    pub points: &'a [FeaturePoint],
    /// The selected feature, ringed.
    pub selected: Option<usize>,
    /// Screen rectangles labels keep clear of (quadrant names).
    pub obstacles: &'a [Rect],
}

impl Scatter<'_> {
    /// Paints labels and rings over a shown plot, and reads hover and clicks.
    /// `describe` adds the figures to the hover tooltip of a point.
    pub fn overlay(
        &self,
        ui: &egui::Ui,
        plot: &PlotResponse<()>,
        describe: impl FnOnce(&mut egui::Ui, &FeaturePoint),
    ) -> PlotOutput {
        let Self {
            t,
            project,
            points,
            selected,
            obstacles,
        } = *self;
        let frame = *plot.transform.frame();
        let painter = ui.painter_at(frame);
        let font = egui::FontId::proportional(tokens::LABEL_SIZE);
        let text_color = ui.visuals().strong_text_color();
        let screen: Vec<Pos2> = points
            .iter()
            .map(|p| {
                plot.transform
                    .position_from_point(&PlotPoint::new(p.x, p.y))
            })
            .collect();
        let galleys: Vec<_> = points
            .iter()
            .map(|p| {
                let name = project
                    .features()
                    .get(p.feature)
                    .map_or_else(String::new, |f| f.name.clone());
                painter.layout(name, font.clone(), text_color, tokens::LABEL_WRAP_WIDTH)
            })
            .collect();
        let requests: Vec<LabelRequest> = points
            .iter()
            .zip(&screen)
            .zip(&galleys)
            .map(|((p, &anchor), galley)| LabelRequest {
                anchor,
                radius: p.radius,
                // A little padding for the label's background.
                size: galley.size() + egui::vec2(6.0, 2.0),
            })
            .collect();
        let labels = place_labels(&requests, frame, tokens::LABEL_GAP, obstacles);

        let pointer = plot.response.hover_pos();
        let hovered = pointer.and_then(|pointer| {
            hovered_point(pointer, points, &screen).or_else(|| {
                // Hovering a label counts as hovering its point.
                labels
                    .iter()
                    .position(|l| l.is_some_and(|l| l.contains(pointer)))
            })
        });

        let background = ui.visuals().extreme_bg_color.gamma_multiply(0.85);
        for (i, ((request, label), galley)) in requests.iter().zip(&labels).zip(galleys).enumerate()
        {
            let Some(rect) = *label else { continue };
            let emphasised = selected == Some(points[i].feature) || hovered == Some(i);
            if needs_leader(request, rect, tokens::LABEL_GAP) {
                let to = rect.clamp(request.anchor);
                let direction = (to - request.anchor).normalized();
                let from = request.anchor + direction * request.radius;
                painter.line_segment([from, to], Stroke::new(1.0, point_color(&points[i])));
            }
            let stroke = if emphasised {
                Stroke::new(1.5, tokens::SELECTION)
            } else {
                Stroke::NONE
            };
            painter.rect(rect, 3.0, background, stroke, egui::StrokeKind::Inside);
            painter.galley(rect.min + egui::vec2(3.0, 1.0), galley, text_color);
        }

        if let Some(i) = selected.and_then(|f| points.iter().position(|p| p.feature == f)) {
            painter.circle_stroke(
                screen[i],
                points[i].radius + tokens::SELECTION_RING_GAP,
                Stroke::new(tokens::SELECTION_RING_WIDTH, tokens::SELECTION),
            );
        }
        let mut output = PlotOutput::default();
        if let Some(i) = hovered {
            painter.circle_stroke(
                screen[i],
                points[i].radius + 2.0,
                Stroke::new(2.0, ui.visuals().strong_text_color()),
            );
            let point = points[i];
            egui::Tooltip::for_widget(&plot.response)
                .at_pointer()
                .gap(12.0)
                .show(|ui| {
                    let name = project
                        .features()
                        .get(point.feature)
                        .map_or("", |f| f.name.as_str());
                    ui.strong(name);
                    super::super::results_table::category_badge(ui, t, point.category);
                    describe(ui, &point);
                });
            output.hovered = Some(point.feature);
            if plot.response.clicked() {
                output.clicked = Some(point.feature);
            }
        }
        output
    }
}

/// The point under the pointer: the nearest whose mark (plus a little slack) contains it.
fn hovered_point(pointer: Pos2, points: &[FeaturePoint], screen: &[Pos2]) -> Option<usize> {
    points
        .iter()
        .zip(screen)
        .enumerate()
        .map(|(i, (p, s))| (i, s.distance(pointer), p.radius + 4.0))
        .filter(|(_, distance, reach)| distance <= reach)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _, _)| i)
}

/// The tooltip lines every scatter shares: n and the mean importance.
pub fn describe_n_and_importance(
    ui: &mut egui::Ui,
    t: &Texts,
    results: &Results,
    point: &FeaturePoint,
) {
    let r = &t.results;
    let Some(stats) = results.features.get(point.feature).map(|f| f.stats) else {
        return;
    };
    ui.label(fill(r.hover_n, &[("n", &stats.n)]));
    ui.label(stats.importance.map_or_else(
        || r.hover_no_importance.to_owned(),
        |i| fill(r.hover_importance, &[("mean", &format!("{:.1}", i.mean))]),
    ));
}
