//! Paints a laid-out [`Figure`] with egui, and measures text for layouts with egui's own fonts,
//! so that what the screen shows is the figure module's geometry, unchanged.
//!
//! It never decides where anything goes: positions come from `figure`; this only turns them into
//! shapes at the figure's origin and reports the point under the pointer. Hovering an entry of
//! the key of numbered points rings its point and shows the feature's whole name in a tooltip
//! (the entry may be cut to its column); that hover is the painter's own and is not reported,
//! so that the pictures' own tooltips do not stack on it and a click on the key selects nothing.

use crate::figure::{self, Anchor, Figure, Rgb, TextMeasure};
use eframe::egui::{self, Align2, Color32, FontId, Pos2, Sense, Stroke, Vec2};

/// Text widths from egui's fonts (the fonts the screen draws with).
pub struct EguiMeasure<'a> {
    /// The context whose fonts measure.
    pub ctx: &'a egui::Context,
}

impl TextMeasure for EguiMeasure<'_> {
    fn width(&self, text: &str, size: f32) -> f32 {
        self.ctx.fonts_mut(|f| {
            f.layout_no_wrap(text.to_owned(), FontId::proportional(size), Color32::BLACK)
                .size()
                .x
        })
    }
}

/// The figure theme that matches the interface's.
pub fn theme_of(ui: &egui::Ui) -> figure::Theme {
    if ui.visuals().dark_mode {
        figure::Theme::Dark
    } else {
        figure::Theme::Light
    }
}

/// The egui colour of a figure colour.
pub fn color(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

fn alpha(c: Rgb, opacity: f32) -> Color32 {
    color(c).gamma_multiply(opacity.clamp(0.0, 1.0))
}

/// What the pointer did over a painted figure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FigureOutput {
    /// The feature (position in the layout's input) under the pointer, its point or its label.
    pub hovered: Option<usize>,
    /// The feature clicked.
    pub clicked: Option<usize>,
}

/// Allocates the figure's size in `ui`, paints it and reports hover and clicks.
/// `selected` (a position in the layout's input) is ringed.
pub fn show(ui: &mut egui::Ui, figure: &Figure, selected: Option<usize>) -> FigureOutput {
    show_sensing(ui, figure, selected, Sense::click()).0
}

/// [`show`], sensing what `sense` asks for (a zoomable view also drags), and returning the
/// figure's response for tooltips and gestures.
pub fn show_sensing(
    ui: &mut egui::Ui,
    figure: &Figure,
    selected: Option<usize>,
    sense: Sense,
) -> (FigureOutput, egui::Response) {
    let size = Vec2::new(figure.size.width, figure.size.height);
    let (rect, response) = ui.allocate_exact_size(size, sense);
    // Screen readers (and tests) learn what the picture shows from its caption.
    let caption = figure
        .caption()
        .map_or_else(String::new, |c| c.text.clone());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &caption));
    let origin = rect.min;
    let at = |p: figure::Pos| Pos2::new(origin.x + p.x, origin.y + p.y);
    let painter = ui.painter_at(rect);
    let colors = figure.theme.colors();
    painter.rect_filled(rect, 0.0, color(colors.background));
    for f in &figure.fills {
        painter.rect_filled(
            egui::Rect::from_min_max(at(f.rect.min), at(f.rect.max)),
            0.0,
            alpha(f.color, f.opacity),
        );
    }
    for l in &figure.lines {
        let stroke = Stroke::new(l.width, color(l.color));
        if l.dash > 0.0 {
            painter.extend(egui::Shape::dashed_line(
                &[at(l.from), at(l.to)],
                stroke,
                l.dash,
                l.dash,
            ));
        } else {
            painter.line_segment([at(l.from), at(l.to)], stroke);
        }
    }
    // A comparison's arrows and rings (where features were), under the points; an arrow
    // under the pointer names its feature unless a ring or point there does.
    let pointer = response.hover_pos();
    let mut hovered = None;
    let in_figure = |q: Pos2| figure::Pos::new(q.x - origin.x, q.y - origin.y);
    for a in &figure.arrows {
        if pointer.is_some_and(|q| {
            figure::geometry::segment_touches_disc(a.from, a.to, in_figure(q), a.width / 2.0 + 3.0)
        }) {
            hovered = a.feature.or(hovered);
        }
        let c = color(a.color);
        painter.line_segment([at(a.from), at(a.shaft_end)], Stroke::new(a.width, c));
        painter.add(egui::Shape::convex_polygon(
            a.head.iter().map(|&p| at(p)).collect(),
            c,
            Stroke::NONE,
        ));
    }
    for r in &figure.rings {
        let centre = at(r.center);
        painter.circle(
            centre,
            r.radius,
            alpha(r.color, r.fill_opacity),
            Stroke::new(r.width, color(r.color)),
        );
        if pointer.is_some_and(|q| q.distance(centre) <= r.radius + 3.0) {
            hovered = r.feature.or(hovered);
        }
    }
    for b in &figure.bars {
        for f in &b.segments {
            painter.rect_filled(
                egui::Rect::from_min_max(at(f.rect.min), at(f.rect.max)),
                0.0,
                alpha(f.color, f.opacity),
            );
        }
        let row = egui::Rect::from_min_max(at(b.row.min), at(b.row.max));
        if pointer.is_some_and(|q| row.contains(q)) {
            hovered = Some(b.feature);
        }
    }
    for t in &figure.texts {
        let font = FontId::proportional(t.size);
        if t.vertical {
            let galley = painter.layout_no_wrap(t.text.clone(), font, color(t.color));
            let w = galley.size().x;
            // Turned a quarter anticlockwise, centred on its position along the text, with its
            // baseline at the position across it (as on file): the line's bottom 0.3 of the
            // size to its right.
            let pos = at(t.at) + Vec2::new(t.size * 0.3 - galley.size().y, w / 2.0);
            painter.add(
                egui::epaint::TextShape::new(pos, galley, color(t.color))
                    .with_angle(-std::f32::consts::FRAC_PI_2),
            );
            continue;
        }
        let align = match t.anchor {
            Anchor::Start => Align2::LEFT_BOTTOM,
            Anchor::Middle => Align2::CENTER_BOTTOM,
            Anchor::End => Align2::RIGHT_BOTTOM,
        };
        // The layout gives baselines; egui anchors at the bottom of the line box.
        let pos = at(t.at) + Vec2::new(0.0, t.size * 0.3);
        painter.text(pos, align, &t.text, font, color(t.color));
    }
    for p in &figure.points {
        let centre = at(p.center);
        painter.circle(
            centre,
            p.radius,
            color(p.color),
            Stroke::new(1.5, color(colors.background)),
        );
        if pointer.is_some_and(|q| q.distance(centre) <= p.radius + 3.0) {
            hovered = Some(p.feature);
        }
    }
    let (fill, opacity) = figure.label_fill;
    for l in &figure.labels {
        let point_color = figure
            .points
            .get(l.features[0])
            .map_or(Color32::GRAY, |p| color(p.color));
        if let Some((from, to)) = l.leader {
            painter.line_segment(
                [at(from), at(to)],
                Stroke::new(figure.tokens.leader_width, point_color),
            );
        }
        let r = egui::Rect::from_min_max(at(l.rect.min), at(l.rect.max));
        painter.rect_filled(r, l.padding, alpha(fill, opacity));
        let font = FontId::proportional(l.size);
        for (k, line) in l.lines.iter().enumerate() {
            let top = r.min.y + l.padding + l.line_height * k as f32;
            painter.text(
                Pos2::new(r.min.x + l.padding, top),
                Align2::LEFT_TOP,
                line,
                font.clone(),
                color(colors.ink),
            );
        }
        if hovered.is_none() && pointer.is_some_and(|q| r.contains(q)) && l.features.len() == 1 {
            hovered = Some(l.features[0]);
        }
    }
    let ring = |feature: usize, width: f32, c: Color32| {
        if let Some(p) = figure.points.iter().find(|p| p.feature == feature) {
            painter.circle_stroke(at(p.center), p.radius + 3.0, Stroke::new(width, c));
        }
        if let Some(b) = figure.bars.iter().find(|b| b.feature == feature) {
            painter.rect_stroke(
                egui::Rect::from_min_max(at(b.bar.min), at(b.bar.max)).expand(2.0),
                2.0,
                Stroke::new(width, c),
                egui::StrokeKind::Outside,
            );
        }
    };
    if let Some(s) = selected {
        ring(s, 3.0, super::theme::plot::SELECTION);
    }
    if let Some(h) = hovered {
        ring(h, 2.0, color(colors.ink));
    }
    // A key entry under the pointer (the key stands beside the plot: nothing else is there).
    // Its name shows whole whether or not the column cut it, so the key answers hovering alike.
    let key_entry = pointer
        .filter(|_| hovered.is_none())
        .and_then(|q| {
            let q = in_figure(q);
            figure
                .key_entries()
                .find(|(t, _)| t.rect.distance_to(q) <= 0.0)
        })
        .map(|(_, p)| p);
    if let Some(p) = key_entry {
        ring(p.feature, 2.0, color(colors.ink));
        egui::Tooltip::for_widget(&response)
            .at_pointer()
            .gap(12.0)
            .show(|ui| ui.label(&p.name));
    }
    let output = FigureOutput {
        hovered,
        clicked: hovered.filter(|_| response.clicked()),
    };
    (output, response)
}
