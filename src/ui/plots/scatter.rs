//! What the two scatter plots share: feature points coloured by category and sized by
//! importance, labels placed beside them, the selected feature ringed, the hovered one explained
//! in a tooltip, and a click that picks a feature.
//!
//! The points are egui_plot items; labels, rings and hover are painted over the plot in screen
//! space after it is laid out, so labels keep a fixed offset in points whatever the zoom.

use super::super::figure_paint::EguiMeasure;
use super::super::theme::{category_color, plot as tokens};
use super::PlotOutput;
use super::data::FeaturePoint;
use crate::figure::labels::{Mark, Room};
use crate::figure::{self, Tokens, naming};
use crate::i18n::{Texts, fill};
use crate::project::Project;
use crate::results::Results;
use eframe::egui::{self, Color32, Pos2, Rect, Stroke};
use egui_plot::{Line, PlotPoint, PlotResponse, PlotUi, Points};

/// The colour of a feature's point: its category's, or grey when it has none.
pub fn point_color(point: &FeaturePoint) -> Color32 {
    point.category.map_or(Color32::GRAY, category_color)
}

/// Draws each point's whiskers: its 95% intervals where given (Better–Worse), otherwise one
/// standard deviation either side (continuous analysis).
pub fn add_whiskers(plot_ui: &mut PlotUi<'_>, points: &[FeaturePoint]) {
    for p in points {
        let color = point_color(p).gamma_multiply(tokens::WHISKER_ALPHA);
        let x = p.x_interval.or(p.x_sd.map(|sd| (p.x - sd, p.x + sd)));
        let y = p.y_interval.or(p.y_sd.map(|sd| (p.y - sd, p.y + sd)));
        if let Some((low, high)) = x {
            plot_ui.line(
                Line::new("whisker", vec![[low, p.y], [high, p.y]])
                    .id(("whisker_x", p.feature))
                    .color(color)
                    .width(tokens::WHISKER_WIDTH)
                    .allow_hover(false),
            );
        }
        if let Some((low, high)) = y {
            plot_ui.line(
                Line::new("whisker", vec![[p.x, low], [p.x, high]])
                    .id(("whisker_y", p.feature))
                    .color(color)
                    .width(tokens::WHISKER_WIDTH)
                    .allow_hover(false),
            );
        }
    }
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
    /// Where the plot keeps the height of its key (see [`key_room`]).
    pub key_id: egui::Id,
}

impl Scatter<'_> {
    /// Paints labels and rings over a shown plot, and reads hover and clicks.
    /// `describe` adds the figures to the hover tooltip of a point.
    pub fn overlay(
        &self,
        ui: &mut egui::Ui,
        plot: &PlotResponse<()>,
        describe: impl FnOnce(&mut egui::Ui, &FeaturePoint),
    ) -> PlotOutput {
        let Self {
            t,
            project,
            points,
            selected,
            obstacles,
            key_id,
        } = *self;
        let frame = *plot.transform.frame();
        let painter = ui.painter_at(frame);
        let text_color = ui.visuals().strong_text_color();
        let screen: Vec<Pos2> = points
            .iter()
            .map(|p| {
                plot.transform
                    .position_from_point(&PlotPoint::new(p.x, p.y))
            })
            .collect();
        // The figure's own naming rules, in screen points, with egui's fonts: a label right by
        // its point, or with a leader line, or a number explained under the plot.
        let tk =
            Tokens::for_size(frame.width(), frame.height()).with_min_label_size(tokens::LABEL_SIZE);
        let marks: Vec<Mark> = points
            .iter()
            .zip(&screen)
            .map(|(p, s)| Mark {
                center: figure::Pos::new(s.x, s.y),
                radius: p.radius,
            })
            .collect();
        let names: Vec<&str> = points
            .iter()
            .map(|p| {
                project
                    .features()
                    .get(p.feature)
                    .map_or("", |f| f.name.as_str())
            })
            .collect();
        let ids: Vec<&str> = points
            .iter()
            .map(|p| {
                project
                    .features()
                    .get(p.feature)
                    .map_or("", |f| f.id.as_str())
            })
            .collect();
        let obstacles: Vec<figure::Rect> = obstacles
            .iter()
            .map(|r| figure::Rect::new(r.min.x, r.min.y, r.max.x, r.max.y))
            .collect();
        let room = Room {
            frame: figure::Rect::new(frame.min.x, frame.min.y, frame.max.x, frame.max.y),
            obstacles: &obstacles,
            gap: tk.label_gap,
        };
        let (labels, keyed) = naming::name_points(
            &marks,
            &names,
            &ids,
            &tk,
            room,
            &EguiMeasure { ctx: ui.ctx() },
        );
        let rect_of = |r: &figure::Rect| {
            Rect::from_min_max(egui::pos2(r.min.x, r.min.y), egui::pos2(r.max.x, r.max.y))
        };

        let pointer = plot.response.hover_pos();
        let hovered = pointer.and_then(|pointer| {
            hovered_point(pointer, points, &screen).or_else(|| {
                // Hovering a label of one point counts as hovering its point.
                labels
                    .iter()
                    .find(|l| l.features.len() == 1 && rect_of(&l.rect).contains(pointer))
                    .map(|l| l.features[0])
            })
        });

        let background = ui.visuals().extreme_bg_color.gamma_multiply(0.85);
        for label in &labels {
            let i = label.features[0];
            let emphasised = label
                .features
                .iter()
                .any(|&f| selected == Some(points[f].feature) || hovered == Some(f));
            if let Some((from, to)) = label.leader {
                painter.line_segment(
                    [egui::pos2(from.x, from.y), egui::pos2(to.x, to.y)],
                    Stroke::new(tk.leader_width, point_color(&points[i])),
                );
            }
            let stroke = if emphasised {
                Stroke::new(1.5, tokens::SELECTION)
            } else {
                Stroke::NONE
            };
            let rect = rect_of(&label.rect);
            painter.rect(
                rect,
                label.padding,
                background,
                stroke,
                egui::StrokeKind::Inside,
            );
            for (k, line) in label.lines.iter().enumerate() {
                painter.text(
                    rect.min
                        + egui::vec2(label.padding, label.padding + label.line_height * k as f32),
                    egui::Align2::LEFT_TOP,
                    line,
                    egui::FontId::proportional(label.size),
                    text_color,
                );
            }
        }
        // Numbered points are explained under the plot, in the room the plot left for them
        // (as much as the key took last frame).
        let key_height = if keyed.is_empty() {
            0.0
        } else {
            let key: Vec<String> = keyed
                .iter()
                .map(|&i| format!("{} {}", i + 1, names[i]))
                .collect();
            let response = ui.label(format!("{}: {}", t.figure.key_title, key.join(" · ")));
            response.rect.height() + ui.spacing().item_spacing.y
        };
        ui.ctx().data_mut(|d| d.insert_temp(key_id, key_height));

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

/// The height to leave under a plot for its key: what the key took last frame.
pub fn key_room(ctx: &egui::Context, key_id: egui::Id) -> f32 {
    ctx.data(|d| d.get_temp::<f32>(key_id).unwrap_or(0.0))
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
