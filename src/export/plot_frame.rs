//! What the scatter plots share: the plot area and its axes, the legend, and the placement of
//! feature labels so that they keep clear of each other, of the points and of other text.

use super::PictureSize;
use super::palette::{self, GRID, INK, MUTED, NO_CATEGORY, Rgb, category_color};
use super::svg::{Anchor, Svg, TextStyle, num, text_width};
use crate::figure::labels::{Mark, Room};
use crate::figure::{self, FixedAdvance, PointMark, Pos, Tokens, naming};
use crate::i18n::Texts;
use crate::kano::Category;
use crate::project::ImportanceScale;

/// Sizes that grow with the picture, so that a small PNG and a poster are both readable.
#[derive(Clone, Copy, Debug)]
pub struct Scale(pub f64);

impl Scale {
    /// The scale for a picture size: 1 at 1600 × 1000, never below 0.7 so that text stays legible.
    pub fn of(size: PictureSize) -> Self {
        let s = (f64::from(size.width) / 1600.0).min(f64::from(size.height) / 1000.0);
        Self(s.sqrt().clamp(0.7, 3.0))
    }

    /// A length at this scale.
    pub fn px(self, base: f64) -> f64 {
        base * self.0
    }
}

/// An axis-aligned rectangle: left, top, right, bottom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Right edge.
    pub right: f64,
    /// Bottom edge.
    pub bottom: f64,
}

/// The plot area in px and the data ranges it shows.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    /// The plot area in px.
    pub area: Rect,
    /// The data range along x.
    pub x_range: (f64, f64),
    /// The data range along y.
    pub y_range: (f64, f64),
}

impl Frame {
    /// The px position of a data x.
    pub fn x(&self, value: f64) -> f64 {
        let (low, high) = self.x_range;
        self.area.left + (value - low) / (high - low) * (self.area.right - self.area.left)
    }

    /// The px position of a data y (up is larger).
    pub fn y(&self, value: f64) -> f64 {
        let (low, high) = self.y_range;
        self.area.bottom - (value - low) / (high - low) * (self.area.bottom - self.area.top)
    }

    /// Grid lines, tick labels, a border and the two axis titles.
    pub fn draw_axes(&self, svg: &mut Svg, scale: Scale, ticks: &Ticks<'_>) {
        let a = self.area;
        let tick_style = TextStyle::new(scale.px(15.0), MUTED);
        for &v in ticks.x {
            let x = self.x(v);
            svg.line((x, a.top), (x, a.bottom), GRID, 1.0, 0.0);
            svg.text(
                x,
                a.bottom + scale.px(22.0),
                tick_style.anchored(Anchor::Middle),
                &(ticks.format)(v),
            );
        }
        for &v in ticks.y {
            let y = self.y(v);
            svg.line((a.left, y), (a.right, y), GRID, 1.0, 0.0);
            svg.text(
                a.left - scale.px(10.0),
                y + scale.px(5.0),
                tick_style.anchored(Anchor::End),
                &(ticks.format)(v),
            );
        }
        svg.line((a.left, a.bottom), (a.right, a.bottom), INK, 1.5, 0.0);
        svg.line((a.left, a.top), (a.left, a.bottom), INK, 1.5, 0.0);
        let title = TextStyle::new(scale.px(18.0), INK);
        svg.text(
            (a.left + a.right) / 2.0,
            a.bottom + scale.px(50.0),
            title.anchored(Anchor::Middle),
            ticks.x_title,
        );
        svg.vertical_text(
            a.left - scale.px(62.0),
            (a.top + a.bottom) / 2.0,
            title,
            ticks.y_title,
        );
    }
}

/// Where the ticks go and how the axes are titled.
#[derive(Clone, Copy)]
pub struct Ticks<'a> {
    /// Tick values along x.
    pub x: &'a [f64],
    /// Tick values along y.
    pub y: &'a [f64],
    /// How a tick value is written.
    pub format: &'a dyn Fn(f64) -> String,
    /// The x axis title.
    pub x_title: &'a str,
    /// The y axis title.
    pub y_title: &'a str,
}

/// The colour of a feature's mark: its category's, or grey without one.
pub fn mark_color(category: Option<Category>) -> Rgb {
    category.map_or(NO_CATEGORY, category_color)
}

/// The radius of a point for a mean importance on the project's importance scale, by the one
/// rule of `figure::tokens`.
pub fn importance_radius(mean: Option<f64>, on: &ImportanceScale, size: PictureSize) -> f64 {
    let tokens = Tokens::for_size(size.width as f32, size.height as f32);
    f64::from(tokens.point_radius(mean.map(|m| on.fraction(m))))
}

/// "Point size: mean importance (1–5)", on the project's scale.
pub fn importance_size_note(t: &Texts, on: &ImportanceScale) -> String {
    crate::i18n::fill(
        t.report.size_is_importance,
        &[("min", &on.min()), ("max", &on.max())],
    )
}

/// A legend laid out but not yet drawn.
#[derive(Clone, Debug)]
pub struct Legend {
    /// Swatches: category and the baseline position of its name's swatch.
    entries: Vec<(Category, f64, f64)>,
    /// The note and its baseline position.
    note: Option<(String, f64, f64)>,
    /// The rectangle it takes.
    pub rect: Rect,
    scale: Scale,
}

impl Legend {
    /// Category swatches with their names, then an optional note, from (x, y) rightwards,
    /// wrapping onto further lines before `max_right`.
    pub fn layout(
        t: &Texts,
        scale: Scale,
        origin: (f64, f64),
        max_right: f64,
        shown: &[Category],
        note: Option<&str>,
    ) -> Self {
        let size = scale.px(15.0);
        let swatch = scale.px(13.0);
        let line_height = scale.px(24.0);
        let (mut x, mut y) = origin;
        let mut right = x;
        let mut place = |width: f64| {
            if x > origin.0 && x + width > max_right {
                x = origin.0;
                y += line_height;
            }
            let at = (x, y);
            right = right.max(x + width);
            x += width + scale.px(22.0);
            at
        };
        let entries = shown
            .iter()
            .map(|&c| {
                let name = format!("{} {}", c.letter(), t.category(c));
                let (x, y) = place(swatch + scale.px(6.0) + text_width(&name, size));
                (c, x, y)
            })
            .collect();
        let note = note.map(|n| {
            let (x, y) = place(text_width(n, size));
            (n.to_owned(), x, y)
        });
        Self {
            entries,
            note,
            rect: Rect {
                left: origin.0,
                top: origin.1 - swatch,
                right,
                bottom: y + scale.px(4.0),
            },
            scale,
        }
    }

    /// Draws the legend.
    pub fn draw(&self, svg: &mut Svg, t: &Texts) {
        let scale = self.scale;
        let style = TextStyle::new(scale.px(15.0), INK);
        let swatch = scale.px(13.0);
        for &(c, x, y) in &self.entries {
            svg.rect(
                x,
                y - swatch + scale.px(2.0),
                swatch,
                swatch,
                category_color(c),
                1.0,
            );
            let name = format!("{} {}", c.letter(), t.category(c));
            svg.text(x + swatch + scale.px(6.0), y, style, &name);
        }
        if let Some((note, x, y)) = &self.note {
            svg.text(*x, *y, TextStyle::new(style.size, palette::MUTED), note);
        }
    }
}

/// Lays out and draws a legend (see [`Legend::layout`]); returns the rectangle it took.
pub fn draw_legend(
    svg: &mut Svg,
    t: &Texts,
    scale: Scale,
    origin: (f64, f64),
    max_right: f64,
    shown: &[Category],
    note: Option<&str>,
) -> Rect {
    let legend = Legend::layout(t, scale, origin, max_right, shown, note);
    legend.draw(svg, t);
    legend.rect
}

/// One feature to draw as a labelled point.
#[derive(Clone, Debug)]
pub struct LabelledPoint {
    /// The feature's id (written as `data-feature`).
    pub id: String,
    /// The label: the feature's name.
    pub label: String,
    /// The tooltip: name and figures.
    pub tooltip: String,
    /// Centre in px.
    pub center: (f64, f64),
    /// Radius in px.
    pub radius: f64,
    /// Fill colour.
    pub color: Rgb,
}

/// Draws the points, then their labels, named by `figure::naming` (the same rules as the
/// Better–Worse picture): labels stay inside `bounds`, off every point, label and obstacle.
pub fn draw_points(
    svg: &mut Svg,
    size: PictureSize,
    points: &[LabelledPoint],
    obstacles: &[Rect],
    bounds: Rect,
) {
    let tokens = Tokens::for_size(size.width as f32, size.height as f32);
    let marks: Vec<PointMark> = points
        .iter()
        .enumerate()
        .map(|(i, p)| PointMark {
            feature: i,
            id: p.id.clone(),
            name: p.label.clone(),
            center: Pos::new(p.center.0 as f32, p.center.1 as f32),
            radius: p.radius as f32,
            color: p.color,
            category: None,
        })
        .collect();
    svg.open_group("class=\"points\"");
    for (m, p) in marks.iter().zip(points) {
        super::figure_svg::point(svg, m, palette::Rgb(255, 255, 255), &p.tooltip);
    }
    svg.close_group();
    let discs: Vec<Mark> = marks
        .iter()
        .map(|m| Mark {
            center: m.center,
            radius: m.radius,
        })
        .collect();
    let names: Vec<&str> = points.iter().map(|p| p.label.as_str()).collect();
    let ids: Vec<&str> = points.iter().map(|p| p.id.as_str()).collect();
    let to_figure =
        |r: &Rect| figure::Rect::new(r.left as f32, r.top as f32, r.right as f32, r.bottom as f32);
    let obstacles: Vec<figure::Rect> = obstacles.iter().map(to_figure).collect();
    let room = Room {
        frame: to_figure(&bounds),
        obstacles: &obstacles,
        gap: tokens.label_gap,
    };
    let (labels, _) = naming::name_points(&discs, &names, &ids, &tokens, room, &FixedAdvance);
    let look = super::figure_svg::LabelLook {
        fill: palette::Rgb(255, 255, 255),
        opacity: 0.85,
        ink: INK,
        leader_width: tokens.leader_width,
    };
    svg.open_group("class=\"labels\"");
    for l in &labels {
        super::figure_svg::label(svg, l, marks[l.features[0]].color, look);
    }
    svg.close_group();
}

/// A figure with two decimals, or a dash.
pub fn two_decimals(x: Option<f64>) -> String {
    crate::i18n::number::two_decimals(x)
}

/// A fraction as a whole percentage ("45%"), or a dash.
pub fn percent(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_owned(), |v| format!("{:.0}%", v * 100.0))
}

/// A number for tick labels: as short as it can be.
pub fn tick(v: f64) -> String {
    num(v)
}
