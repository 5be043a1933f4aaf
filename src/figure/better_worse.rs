//! The Better–Worse picture laid out: x = |Worse| (dissatisfaction when the feature is absent),
//! y = Better (satisfaction when present), both 0..1; quadrant lines where the analysis puts
//! them; one point per feature, coloured by its category and sized by its importance, with its
//! optional 95% intervals as whiskers; honest labels (see [`super::labels`]); a legend, a note,
//! a key of numbered points when names do not all fit, and a caption saying what is shown.
//!
//! It takes its figures as given (intervals included) and computes none.

use super::geometry::{Pos, Rect};
use super::labels::{Mark, Room};
use super::measure::{TextMeasure, cut, wrap};
use super::naming;
use super::palette::{Theme, category_color, mark_color};
use super::tokens::Tokens;
use super::{Anchor, Figure, Fill, Line, PointMark, Size, Text, TextRole};
use crate::i18n::{Texts, fill};
use crate::kano::Category;
use crate::project::{ImportanceScale, Project};
use crate::results::Results;

/// One feature of the picture.
#[derive(Clone, Debug, PartialEq)]
pub struct BetterWorseFeature {
    /// The feature's id (written into SVG as `data-feature`).
    pub id: String,
    /// The feature's name, as the label says it.
    pub name: String,
    /// Better, 0..=1.
    pub better: f64,
    /// |Worse|, 0..=1.
    pub worse: f64,
    /// Mean importance as a share of its scale (0..=1), for the point's size.
    pub importance: Option<f64>,
    /// The category under the rule in force.
    pub category: Option<Category>,
    /// The 95% interval of Better, if known.
    pub better_interval: Option<(f64, f64)>,
    /// The 95% interval of |Worse|, if known.
    pub worse_interval: Option<(f64, f64)>,
}

/// The features of `results` that `shown` keeps (by project position) and that have Better and
/// Worse, in project order, each with its position in the project. Intervals are left empty:
/// the results model supplies them.
pub fn features_of(
    project: &Project,
    results: &Results,
    shown: impl Fn(usize) -> bool,
) -> Vec<(usize, BetterWorseFeature)> {
    results
        .features
        .iter()
        .filter(|r| shown(r.index))
        .filter_map(|r| {
            let c = r.stats.coefficients?;
            let f = project.features().get(r.index)?;
            Some((
                r.index,
                BetterWorseFeature {
                    id: f.id.clone(),
                    name: f.name.clone(),
                    better: c.better,
                    worse: c.worse.abs(),
                    importance: r
                        .stats
                        .importance
                        .map(|i| project.importance_scale().fraction(i.mean)),
                    category: r.stats.category,
                    better_interval: r.better_ci.map(|i| (i.low, i.high)),
                    // Worse is drawn by its size: its interval is mirrored the same way.
                    worse_interval: r.worse_ci.map(|i| (i.high.abs(), i.low.abs())),
                },
            ))
        })
        .collect()
}

/// The words of the picture, in the person's language.
#[derive(Clone, Debug, PartialEq)]
pub struct BetterWorseWords {
    /// What is shown: segment, n, touchpoint filter.
    pub caption: String,
    /// The x axis title.
    pub axis_worse: String,
    /// The y axis title.
    pub axis_better: String,
    /// The name of each category, indexed by `Category::index`.
    pub categories: [String; 6],
    /// A note after the legend (point size, quadrant lines).
    pub note: String,
    /// The title of the key of numbered points.
    pub key_title: String,
    /// The key's last line when not all entries fit; `{n}` is how many are left out.
    pub key_more: String,
}

impl BetterWorseWords {
    /// The words from the interface strings, with a caption made by [`super::caption`], for
    /// importances on `scale`.
    pub fn new(
        t: &Texts,
        caption: String,
        quadrant_lines: (f64, f64),
        scale: &ImportanceScale,
    ) -> Self {
        let lines = fill(
            t.report.quadrant_lines_at,
            &[
                ("x", &crate::i18n::number::fixed(quadrant_lines.0, 2)),
                ("y", &crate::i18n::number::fixed(quadrant_lines.1, 2)),
            ],
        );
        Self {
            caption,
            axis_worse: t.report.axis_worse.to_owned(),
            axis_better: t.report.axis_better.to_owned(),
            categories: Category::ALL.map(|c| t.category(c).to_owned()),
            note: format!(
                "{} · {}",
                fill(
                    t.report.size_is_importance,
                    &[("min", &scale.min()), ("max", &scale.max())]
                ),
                lines
            ),
            key_title: t.figure.key_title.to_owned(),
            key_more: t.figure.key_more.to_owned(),
        }
    }
}

/// Choices of what to draw.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FigureOptions {
    /// Draw the 95% intervals as whiskers where they are given.
    pub show_intervals: bool,
    /// Text is never smaller than this label size (slides for a room); 0 for the tokens' own.
    pub min_label_size: f32,
}

impl FigureOptions {
    /// The default for results from `n` respondents: intervals shown when n < 100, where they
    /// are wide enough to change a reading.
    pub fn for_respondents(n: u32) -> Self {
        Self {
            show_intervals: n < 100,
            min_label_size: 0.0,
        }
    }
}

/// The data range shown on both axes: a little room beyond 0..1 so that points on the edge are
/// not cut in half.
pub const RANGE: (f64, f64) = (-0.03, 1.03);

/// Lays out the Better–Worse picture.
pub fn better_worse(
    features: &[BetterWorseFeature],
    quadrant_lines: (f64, f64),
    words: &BetterWorseWords,
    size: Size,
    theme: Theme,
    options: FigureOptions,
    measure: &dyn TextMeasure,
) -> Figure {
    let tk = Tokens::for_size(size.width, size.height).with_min_label_size(options.min_label_size);
    let key_width = |named: &dyn Fn(usize) -> bool| {
        // The key's column is as wide as its longest entry needs, within limits.
        let widest = features
            .iter()
            .enumerate()
            .filter(|(i, _)| !named(*i))
            .map(|(i, f)| measure.width(&format!("{}  {}", i + 1, f.name), tk.key_size))
            .chain([measure.width(&words.key_title, tk.key_size)])
            .fold(0.0, f32::max);
        widest.clamp(120.0 * tk.scale, (320.0 * tk.scale).min(size.width * 0.35))
    };
    let with_key = |key: Option<f32>| {
        lay_out(
            features,
            quadrant_lines,
            words,
            size,
            theme,
            options,
            measure,
            key,
        )
    };
    // A crowded picture numbers its points: make room for the key at once.
    let names: Vec<&str> = features.iter().map(|f| f.name.as_str()).collect();
    if naming::crowded(&names, &tk, size.width * size.height * 0.5, measure) {
        return with_key(Some(key_width(&|_| false)));
    }
    let first = with_key(None);
    if first.labels.iter().any(|l| l.numbered) || first.points.len() > first.labels_cover() {
        let named: std::collections::HashSet<usize> = first
            .labels
            .iter()
            .filter(|l| !l.numbered)
            .flat_map(|l| l.features.iter().copied())
            .collect();
        with_key(Some(key_width(&|i| named.contains(&i))))
    } else {
        first
    }
}

impl Figure {
    /// How many points have a label.
    fn labels_cover(&self) -> usize {
        self.labels.iter().map(|l| l.features.len()).sum()
    }
}

#[allow(clippy::too_many_arguments)]
fn lay_out(
    features: &[BetterWorseFeature],
    quadrant_lines: (f64, f64),
    words: &BetterWorseWords,
    size: Size,
    theme: Theme,
    options: FigureOptions,
    measure: &dyn TextMeasure,
    key_width: Option<f32>,
) -> Figure {
    let with_key = key_width.is_some();
    let key_width = key_width.unwrap_or(0.0);
    let tk = Tokens::for_size(size.width, size.height).with_min_label_size(options.min_label_size);
    let colors = theme.colors();
    let (w, h) = (size.width, size.height);
    let m = tk.margin;
    let mut texts: Vec<Text> = Vec::new();
    let mut fills: Vec<Fill> = Vec::new();
    let mut lines: Vec<Line> = Vec::new();
    let text = |role, text: String, at: Pos, anchor, size: f32, color| {
        let width = measure.width(&text, size);
        let left = match anchor {
            Anchor::Start => at.x,
            Anchor::Middle => at.x - width / 2.0,
            Anchor::End => at.x - width,
        };
        Text {
            role,
            rect: Rect::new(left, at.y - size * 0.95, left + width, at.y + size * 0.3),
            text,
            at,
            anchor,
            size,
            color,
            bold: false,
            vertical: false,
        }
    };

    // The caption on top, so that nobody mistakes a segment for everyone.
    let caption_size = tk.caption_size;
    let caption = cut(measure, &words.caption, caption_size, w - 2.0 * m);
    let mut caption_text = text(
        TextRole::Caption,
        caption,
        Pos::new(m, m + caption_size * 0.95),
        Anchor::Start,
        caption_size,
        colors.ink,
    );
    caption_text.bold = true;
    texts.push(caption_text);
    let top = m + caption_size * 1.3 + m;

    // The legend and the note at the bottom, wrapped to the width.
    let swatch = caption_size * 0.8;
    let line_h = caption_size * 1.45;
    let shown: Vec<Category> = Category::ALL
        .into_iter()
        .filter(|c| features.iter().any(|f| f.category == Some(*c)))
        .collect();
    // With a key, the key takes a full-height column on the right and the legend wraps left of it.
    let key_room = if with_key { key_width + m } else { 0.0 };
    let mut legend: Vec<(f32, usize, Category, String, f32)> = Vec::new();
    let (mut x, mut row) = (m, 0usize);
    for c in &shown {
        let name = format!("{} {}", c.letter(), words.categories[c.index()]);
        let width = swatch + caption_size * 0.35 + measure.width(&name, caption_size);
        if x > m && x + width > w - m - key_room {
            x = m;
            row += 1;
        }
        legend.push((x, row, *c, name, width));
        x += width + caption_size * 1.2;
    }
    let note_lines = wrap(
        measure,
        &words.note,
        caption_size,
        w - 2.0 * m - key_room,
        2,
    );
    let legend_rows = if legend.is_empty() { 0 } else { row + 1 };
    let bottom_block = (legend_rows + note_lines.len()) as f32 * line_h;
    let legend_top = h - m - bottom_block;

    // The plot area, with room for ticks and axis titles, and for the key if it is needed.
    let tick_w = measure.width("0.75", tk.tick_size);
    let left = m + tk.axis_title_size * 1.4 + tick_w + tk.tick_size * 0.6;
    let bottom = legend_top - m - tk.axis_title_size * 1.5 - tk.tick_size * 1.6;
    let right = w - m - key_width - if with_key { m } else { 0.0 };
    let plot = Rect::new(left, top, right.max(left + 1.0), bottom.max(top + 1.0));
    let sx = |v: f64| plot.min.x + ((v - RANGE.0) / (RANGE.1 - RANGE.0)) as f32 * plot.width();
    let sy = |v: f64| plot.max.y - ((v - RANGE.0) / (RANGE.1 - RANGE.0)) as f32 * plot.height();

    // Tints, grid, ticks, axes and titles.
    let (qx, qy) = (sx(quadrant_lines.0), sy(quadrant_lines.1));
    let square = Rect::new(sx(0.0), sy(1.0), sx(1.0), sy(0.0));
    for (c, r) in [
        (Category::A, Rect::new(square.min.x, square.min.y, qx, qy)),
        (Category::O, Rect::new(qx, square.min.y, square.max.x, qy)),
        (Category::M, Rect::new(qx, qy, square.max.x, square.max.y)),
        (Category::I, Rect::new(square.min.x, qy, qx, square.max.y)),
    ] {
        fills.push(Fill {
            rect: r,
            color: category_color(c),
            opacity: 0.06,
        });
    }
    for v in [0.0, 0.25, 0.5, 0.75, 1.0] {
        let label = crate::i18n::number::fixed(v, 2);
        let label = label.trim_end_matches('0').trim_end_matches('.').to_owned();
        let label = if label.is_empty() {
            "0".to_owned()
        } else {
            label
        };
        lines.push(grid_line(
            Pos::new(sx(v), plot.min.y),
            Pos::new(sx(v), plot.max.y),
            colors.grid,
        ));
        lines.push(grid_line(
            Pos::new(plot.min.x, sy(v)),
            Pos::new(plot.max.x, sy(v)),
            colors.grid,
        ));
        texts.push(text(
            TextRole::Tick,
            label.clone(),
            Pos::new(sx(v), plot.max.y + tk.tick_size * 1.3),
            Anchor::Middle,
            tk.tick_size,
            colors.muted,
        ));
        texts.push(text(
            TextRole::Tick,
            label,
            Pos::new(plot.min.x - tk.tick_size * 0.5, sy(v) + tk.tick_size * 0.35),
            Anchor::End,
            tk.tick_size,
            colors.muted,
        ));
    }
    for (from, to) in [
        (
            Pos::new(plot.min.x, plot.max.y),
            Pos::new(plot.max.x, plot.max.y),
        ),
        (
            Pos::new(plot.min.x, plot.min.y),
            Pos::new(plot.min.x, plot.max.y),
        ),
    ] {
        lines.push(Line {
            from,
            to,
            color: colors.ink,
            width: tk.line_width,
            dash: 0.0,
        });
    }
    for (from, to) in [
        (Pos::new(qx, plot.min.y), Pos::new(qx, plot.max.y)),
        (Pos::new(plot.min.x, qy), Pos::new(plot.max.x, qy)),
    ] {
        lines.push(Line {
            from,
            to,
            color: colors.muted,
            width: tk.line_width,
            dash: 6.0 * tk.scale,
        });
    }
    let x_title = cut(measure, &words.axis_worse, tk.axis_title_size, plot.width());
    texts.push(text(
        TextRole::AxisTitle,
        x_title,
        Pos::new(
            plot.center().x,
            plot.max.y + tk.tick_size * 1.6 + tk.axis_title_size * 1.1,
        ),
        Anchor::Middle,
        tk.axis_title_size,
        colors.ink,
    ));
    let y_title = cut(
        measure,
        &words.axis_better,
        tk.axis_title_size,
        plot.height(),
    );
    let mut y_title = text(
        TextRole::AxisTitle,
        y_title,
        Pos::new(m + tk.axis_title_size * 0.95, plot.center().y),
        Anchor::Middle,
        tk.axis_title_size,
        colors.ink,
    );
    y_title.vertical = true;
    let half = y_title.rect.width() / 2.0;
    y_title.rect = Rect::new(
        m,
        plot.center().y - half,
        m + tk.axis_title_size * 1.3,
        plot.center().y + half,
    );
    texts.push(y_title);

    // The quadrant names in the corners of the 0..1 square; labels keep clear of them.
    let inner = square.expand(-tk.margin * 0.6);
    let mut obstacles = Vec::new();
    for (c, anchor, x, baseline) in [
        (
            Category::A,
            Anchor::Start,
            inner.min.x,
            inner.min.y + tk.quadrant_name_size * 0.95,
        ),
        (
            Category::O,
            Anchor::End,
            inner.max.x,
            inner.min.y + tk.quadrant_name_size * 0.95,
        ),
        (
            Category::M,
            Anchor::End,
            inner.max.x,
            inner.max.y - tk.quadrant_name_size * 0.3,
        ),
        (
            Category::I,
            Anchor::Start,
            inner.min.x,
            inner.max.y - tk.quadrant_name_size * 0.3,
        ),
    ] {
        let name = cut(
            measure,
            &words.categories[c.index()],
            tk.quadrant_name_size,
            inner.width() * 0.45,
        );
        let mut t = text(
            TextRole::QuadrantName(c),
            name,
            Pos::new(x, baseline),
            anchor,
            tk.quadrant_name_size,
            category_color(c),
        );
        t.bold = true;
        obstacles.push(t.rect.expand(tk.label_gap));
        texts.push(t);
    }

    // Points and whiskers.
    let points: Vec<PointMark> = features
        .iter()
        .enumerate()
        .map(|(i, f)| PointMark {
            feature: i,
            id: f.id.clone(),
            name: f.name.clone(),
            center: Pos::new(sx(f.worse.clamp(0.0, 1.0)), sy(f.better.clamp(0.0, 1.0))),
            radius: tk.point_radius(f.importance),
            color: mark_color(f.category),
            category: f.category,
        })
        .collect();
    if options.show_intervals {
        for (f, p) in features.iter().zip(&points) {
            let color = p.color;
            let whisker = |from, to| Line {
                from,
                to,
                color,
                width: tk.line_width,
                dash: 0.0,
            };
            if let Some((low, high)) = f.worse_interval {
                let (a, b) = (sx(low.clamp(0.0, 1.0)), sx(high.clamp(0.0, 1.0)));
                lines.push(whisker(Pos::new(a, p.center.y), Pos::new(b, p.center.y)));
            }
            if let Some((low, high)) = f.better_interval {
                let (a, b) = (sy(low.clamp(0.0, 1.0)), sy(high.clamp(0.0, 1.0)));
                lines.push(whisker(Pos::new(p.center.x, a), Pos::new(p.center.x, b)));
            }
        }
    }

    // Labels.
    let marks: Vec<Mark> = points
        .iter()
        .map(|p| Mark {
            center: p.center,
            radius: p.radius,
        })
        .collect();
    let names: Vec<&str> = features.iter().map(|f| f.name.as_str()).collect();
    let ids: Vec<&str> = features.iter().map(|f| f.id.as_str()).collect();
    let room = Room {
        frame: plot,
        obstacles: &obstacles,
        gap: tk.label_gap,
    };
    let (label_marks, mut keyed) = naming::name_points(&marks, &names, &ids, &tk, room, measure);

    // The key of numbered points, in a column on the right.
    if with_key && !keyed.is_empty() {
        keyed.sort_unstable();
        let x = right + m;
        let kh = tk.key_size * 1.3;
        let mut y = top + tk.key_size;
        let mut title = text(
            TextRole::Key,
            cut(measure, &words.key_title, tk.key_size, key_width),
            Pos::new(x, y),
            Anchor::Start,
            tk.key_size,
            colors.ink,
        );
        title.bold = true;
        texts.push(title);
        y += kh;
        let room_for = (((h - m - y) / kh).floor().max(0.0)) as usize + 1;
        let fits = if keyed.len() <= room_for {
            keyed.len()
        } else {
            room_for.saturating_sub(1)
        };
        for &i in &keyed[..fits] {
            let entry = format!("{}  {}", i + 1, features[i].name);
            texts.push(text(
                TextRole::Key,
                cut(measure, &entry, tk.key_size, key_width),
                Pos::new(x, y),
                Anchor::Start,
                tk.key_size,
                colors.ink,
            ));
            y += kh;
        }
        if fits < keyed.len() {
            let more = fill(&words.key_more, &[("n", &(keyed.len() - fits))]);
            texts.push(text(
                TextRole::Key,
                cut(measure, &more, tk.key_size, key_width),
                Pos::new(x, y),
                Anchor::Start,
                tk.key_size,
                colors.muted,
            ));
        }
    }

    // Legend swatches and names, then the note.
    for (x, row, c, name, _) in legend {
        let baseline = legend_top + row as f32 * line_h + caption_size;
        fills.push(Fill {
            rect: Rect::from_min_size(Pos::new(x, baseline - swatch), swatch, swatch),
            color: category_color(c),
            opacity: 1.0,
        });
        texts.push(text(
            TextRole::Legend,
            name,
            Pos::new(x + swatch + caption_size * 0.35, baseline),
            Anchor::Start,
            caption_size,
            colors.ink,
        ));
    }
    for (k, note) in note_lines.into_iter().enumerate() {
        let baseline = legend_top + (legend_rows + k) as f32 * line_h + caption_size;
        texts.push(text(
            TextRole::Note,
            note,
            Pos::new(m, baseline),
            Anchor::Start,
            caption_size,
            colors.muted,
        ));
    }

    Figure {
        size,
        theme,
        tokens: tk,
        plot,
        fills,
        lines,
        bars: Vec::new(),
        points,
        labels: label_marks,
        texts,
        label_fill: (colors.background, 0.85),
        rings: Vec::new(),
        arrows: Vec::new(),
    }
}

fn grid_line(from: Pos, to: Pos, color: super::Rgb) -> Line {
    Line {
        from,
        to,
        color,
        width: 1.0,
        dash: 0.0,
    }
}
