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
use super::parts::{self, KeyPlan, fit_key, key_entry};
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
    super::shown_features(project, results, shown, |f, r| {
        let c = r.stats.coefficients?;
        Some(BetterWorseFeature {
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
        })
    })
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

/// The part of the Better–Worse plane a picture shows: the whole square, or a zoomed part of it
/// (the studio's Plots tab zooms and pans by laying the picture out again over a smaller domain).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Domain {
    /// The |Worse| range, left to right.
    pub worse: (f64, f64),
    /// The Better range, bottom to top.
    pub better: (f64, f64),
}

impl Domain {
    /// The whole square, with a little room around it.
    pub const FULL: Self = Self {
        worse: RANGE,
        better: RANGE,
    };

    /// True when a point at (|Worse|, Better) lies inside.
    pub fn contains(&self, worse: f64, better: f64) -> bool {
        (self.worse.0..=self.worse.1).contains(&worse)
            && (self.better.0..=self.better.1).contains(&better)
    }

    /// The domain zoomed by `factor` (above 1 shows less) around the point `at`, kept inside
    /// [`Domain::FULL`] and never narrower than a hundredth.
    pub fn zoomed(&self, factor: f64, at: (f64, f64)) -> Self {
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            1.0
        };
        let scale = |(lo, hi): (f64, f64), c: f64, full: (f64, f64)| {
            let span = ((hi - lo) / factor).clamp(0.01, full.1 - full.0);
            let c = if c.is_finite() {
                c.clamp(lo, hi)
            } else {
                (lo + hi) / 2.0
            };
            let t = if hi > lo { (c - lo) / (hi - lo) } else { 0.5 };
            fit(c - t * span, span, full)
        };
        Self {
            worse: scale(self.worse, at.0, RANGE),
            better: scale(self.better, at.1, RANGE),
        }
    }

    /// The domain moved by (d|Worse|, dBetter), kept inside [`Domain::FULL`].
    pub fn panned(&self, by: (f64, f64)) -> Self {
        let shift = |(lo, hi): (f64, f64), d: f64| {
            let d = if d.is_finite() { d } else { 0.0 };
            fit(lo + d, hi - lo, RANGE)
        };
        Self {
            worse: shift(self.worse, by.0),
            better: shift(self.better, by.1),
        }
    }
}

/// The range of `span` starting near `lo`, moved inside `full`.
fn fit(lo: f64, span: f64, full: (f64, f64)) -> (f64, f64) {
    let span = span.min(full.1 - full.0);
    if !lo.is_finite() || !span.is_finite() || span >= full.1 - full.0 {
        return full;
    }
    let lo = lo.max(full.0).min((full.1 - span).max(full.0));
    (lo, lo + span)
}

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
    better_worse_in(
        features,
        quadrant_lines,
        words,
        size,
        theme,
        options,
        Domain::FULL,
        measure,
    )
}

/// Lays out the Better–Worse picture over `domain`. Features outside it are the caller's to
/// leave out (the layout places every feature it is given).
#[allow(clippy::too_many_arguments)]
pub fn better_worse_in(
    features: &[BetterWorseFeature],
    quadrant_lines: (f64, f64),
    words: &BetterWorseWords,
    size: Size,
    theme: Theme,
    options: FigureOptions,
    domain: Domain,
    measure: &dyn TextMeasure,
) -> Figure {
    let tk = Tokens::for_size(size.width, size.height).with_min_label_size(options.min_label_size);
    let entries = |keyed: &[usize]| -> Vec<String> {
        keyed
            .iter()
            .map(|&i| key_entry(i, &features[i].name))
            .collect()
    };
    let plan = |keyed: &[usize]| {
        let height = key_column(&tk, size).1;
        let usual = usual_key_width(&tk, size);
        fit_key(
            measure,
            &tk,
            &entries(keyed),
            &words.key_title,
            height,
            size.width,
            Some((size.width * KEY_SHARE).max(usual)),
        )
    };
    let with_key = |key: Option<KeyPlan>| {
        lay_out(
            features,
            quadrant_lines,
            words,
            size,
            theme,
            options,
            domain,
            measure,
            key,
        )
    };
    let names: Vec<&str> = features.iter().map(|f| f.name.as_str()).collect();
    parts::with_key_as_needed(
        &names,
        &tk,
        size.width * size.height,
        measure,
        plan,
        with_key,
    )
}

/// The widest a key of several columns may grow, as a share of the picture's width (one
/// column may always take its usual width).
const KEY_SHARE: f32 = 0.3;

/// The width of a one-column key at its usual size, at most: longer names are cut.
fn usual_key_width(tk: &Tokens, size: Size) -> f32 {
    (320.0 * tk.scale).min(size.width * 0.35)
}

/// Where the key's column starts and how tall it is.
fn key_column(tk: &Tokens, size: Size) -> (f32, f32) {
    let top = tk.margin + tk.caption_size * 1.3 + tk.margin;
    (top, size.height - tk.margin - top)
}

/// A single line of text set at `size` or smaller, down to `min`, to fit `max_width`; if it
/// still does not fit, wrapped onto at most `max_lines` lines (the last cut only then).
fn fit_text(
    measure: &dyn TextMeasure,
    text: &str,
    (size, min): (f32, f32),
    max_width: f32,
    max_lines: usize,
) -> (f32, Vec<String>) {
    let mut s = size;
    while measure.width(text, s) > max_width && s > min {
        s = (s * 0.94).max(min);
    }
    if measure.width(text, s) <= max_width {
        (s, vec![text.to_owned()])
    } else {
        (s, wrap(measure, text, s, max_width, max_lines))
    }
}

/// The tick values for the range `lo..=hi`: quarter steps on the whole square, finer steps
/// zoomed in, three to eight of them.
fn ticks(lo: f64, hi: f64) -> Vec<f64> {
    let span = hi - lo;
    let step = [0.25, 0.1, 0.05, 0.02, 0.01]
        .into_iter()
        .find(|s| span / s >= 3.0)
        .unwrap_or(0.01);
    let first = (lo.max(0.0) / step).ceil() as i64;
    let last = (hi.min(1.0) / step + 1e-9).floor() as i64;
    (first..=last).map(|k| k as f64 * step).collect()
}

/// The part of `r` inside `clip`, if any.
fn clipped(r: Rect, clip: Rect) -> Option<Rect> {
    let out = Rect::new(
        r.min.x.max(clip.min.x),
        r.min.y.max(clip.min.y),
        r.max.x.min(clip.max.x),
        r.max.y.min(clip.max.y),
    );
    (out.width() > 0.0 && out.height() > 0.0).then_some(out)
}

#[allow(clippy::too_many_arguments)]
fn lay_out(
    features: &[BetterWorseFeature],
    quadrant_lines: (f64, f64),
    words: &BetterWorseWords,
    size: Size,
    theme: Theme,
    options: FigureOptions,
    domain: Domain,
    measure: &dyn TextMeasure,
    key: Option<KeyPlan>,
) -> (Figure, Vec<usize>) {
    let with_key = key.is_some();
    let key_width = key.map_or(0.0, |k| k.width);
    let tk = Tokens::for_size(size.width, size.height).with_min_label_size(options.min_label_size);
    let colors = theme.colors();
    let (w, h) = (size.width, size.height);
    let m = tk.margin;
    let mut texts: Vec<Text> = Vec::new();
    let mut fills: Vec<Fill> = Vec::new();
    let mut lines: Vec<Line> = Vec::new();
    let text = |role, text: String, at: Pos, anchor, size: f32, color| {
        parts::text(measure, role, text, at, anchor, size, color)
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
    let (top, _) = key_column(&tk, size);

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

    // The plot area, with room for ticks and the axis titles (smaller, or on two lines, where
    // they do not fit whole), and for the key if it is needed.
    let tick_w = measure.width("0.75", tk.tick_size);
    let title_sizes = (tk.axis_title_size, tk.min_text_size.min(tk.axis_title_size));
    let right = w - m - key_width - if with_key { m } else { 0.0 };
    let title_line = |s: f32| s * 1.25;
    let mut y_title = (tk.axis_title_size, vec![words.axis_better.clone()]);
    let mut x_title = (tk.axis_title_size, vec![words.axis_worse.clone()]);
    let mut plot = Rect::default();
    for _ in 0..2 {
        let y_extra = (y_title.1.len() as f32 - 1.0) * title_line(y_title.0);
        let left = m + y_title.0 * 1.4 + y_extra + tick_w + tk.tick_size * 0.6;
        x_title = fit_text(
            measure,
            &words.axis_worse,
            title_sizes,
            (right - left).max(1.0),
            2,
        );
        let x_block = x_title.0 * 1.5 + (x_title.1.len() as f32 - 1.0) * title_line(x_title.0);
        let bottom = legend_top - m - x_block - tk.tick_size * 1.6;
        plot = Rect::new(left, top, right.max(left + 1.0), bottom.max(top + 1.0));
        let fitted = fit_text(measure, &words.axis_better, title_sizes, plot.height(), 2);
        if fitted == y_title {
            break;
        }
        y_title = fitted;
    }
    // Points, gaps and quadrant names as the plot's density asks (one rule, in the tokens).
    let tk = tk.for_density(features.len(), plot.width() * plot.height());
    let d = domain;
    let sx =
        |v: f64| plot.min.x + ((v - d.worse.0) / (d.worse.1 - d.worse.0)) as f32 * plot.width();
    let sy =
        |v: f64| plot.max.y - ((v - d.better.0) / (d.better.1 - d.better.0)) as f32 * plot.height();

    // Tints, grid, ticks, axes and titles.
    let (qx, qy) = (sx(quadrant_lines.0), sy(quadrant_lines.1));
    let square = Rect::new(sx(0.0), sy(1.0), sx(1.0), sy(0.0));
    for (c, r) in [
        (Category::A, Rect::new(square.min.x, square.min.y, qx, qy)),
        (Category::O, Rect::new(qx, square.min.y, square.max.x, qy)),
        (Category::M, Rect::new(qx, qy, square.max.x, square.max.y)),
        (Category::I, Rect::new(square.min.x, qy, qx, square.max.y)),
    ] {
        if let Some(rect) = clipped(r, plot) {
            fills.push(Fill {
                rect,
                color: category_color(c),
                opacity: 0.06,
            });
        }
    }
    let tick_label = |v: f64| {
        let label = crate::i18n::number::fixed(v, 2);
        let label = label.trim_end_matches('0').trim_end_matches('.').to_owned();
        if label.is_empty() {
            "0".to_owned()
        } else {
            label
        }
    };
    for v in ticks(d.worse.0, d.worse.1) {
        lines.push(grid_line(
            Pos::new(sx(v), plot.min.y),
            Pos::new(sx(v), plot.max.y),
            colors.grid,
        ));
        texts.push(text(
            TextRole::Tick,
            tick_label(v),
            Pos::new(sx(v), plot.max.y + tk.tick_size * 1.3),
            Anchor::Middle,
            tk.tick_size,
            colors.muted,
        ));
    }
    for v in ticks(d.better.0, d.better.1) {
        lines.push(grid_line(
            Pos::new(plot.min.x, sy(v)),
            Pos::new(plot.max.x, sy(v)),
            colors.grid,
        ));
        texts.push(text(
            TextRole::Tick,
            tick_label(v),
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
    if (plot.min.x..=plot.max.x).contains(&qx) {
        lines.push(Line {
            from: Pos::new(qx, plot.min.y),
            to: Pos::new(qx, plot.max.y),
            color: colors.muted,
            width: tk.line_width,
            dash: 6.0 * tk.scale,
        });
    }
    if (plot.min.y..=plot.max.y).contains(&qy) {
        lines.push(Line {
            from: Pos::new(plot.min.x, qy),
            to: Pos::new(plot.max.x, qy),
            color: colors.muted,
            width: tk.line_width,
            dash: 6.0 * tk.scale,
        });
    }
    let (x_size, x_lines) = x_title;
    for (k, line) in x_lines.into_iter().enumerate() {
        texts.push(text(
            TextRole::AxisTitle,
            line,
            Pos::new(
                plot.center().x,
                plot.max.y + tk.tick_size * 1.6 + x_size * 1.1 + k as f32 * title_line(x_size),
            ),
            Anchor::Middle,
            x_size,
            colors.ink,
        ));
    }
    let (y_size, y_lines) = y_title;
    for (k, line) in y_lines.into_iter().enumerate() {
        let x = m + y_size * 0.95 + k as f32 * title_line(y_size);
        let mut t = text(
            TextRole::AxisTitle,
            line,
            Pos::new(x, plot.center().y),
            Anchor::Middle,
            y_size,
            colors.ink,
        );
        t.vertical = true;
        let half = t.rect.width() / 2.0;
        t.rect = Rect::new(
            x - y_size * 0.95,
            plot.center().y - half,
            x + y_size * 0.35,
            plot.center().y + half,
        );
        texts.push(t);
    }

    // Points (the quadrant names keep clear of them where they can).
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

    // The quadrant names in the corners of the part of the 0..1 square in view (each only where
    // its corner shows its own quadrant); labels keep clear of them.
    let view = clipped(square, plot).unwrap_or(plot);
    let inner = view.expand(-tk.margin * 0.6);
    let name_sizes = (
        tk.quadrant_name_size,
        tk.min_text_size.min(tk.quadrant_name_size),
    );
    let mut obstacles = Vec::new();
    for (c, anchor, x, from_top) in [
        (Category::A, Anchor::Start, inner.min.x, true),
        (Category::O, Anchor::End, inner.max.x, true),
        (Category::M, Anchor::End, inner.max.x, false),
        (Category::I, Anchor::Start, inner.min.x, false),
    ] {
        let corner = Pos::new(
            if anchor == Anchor::Start {
                view.min.x
            } else {
                view.max.x
            },
            if from_top { view.min.y } else { view.max.y },
        );
        let in_own = match c {
            Category::A => corner.x <= qx && corner.y <= qy,
            Category::O => corner.x >= qx && corner.y <= qy,
            Category::M => corner.x >= qx && corner.y >= qy,
            _ => corner.x <= qx && corner.y >= qy,
        };
        if !in_own || inner.width() <= 0.0 || inner.height() <= 0.0 {
            continue;
        }
        // The name at its size (shrunk to fit half the view), then a step smaller at a time down
        // to the smallest size.
        let mut fits = vec![fit_text(
            measure,
            &words.categories[c.index()],
            name_sizes,
            inner.width() * 0.48,
            2,
        )];
        while let Some(&(s, _)) = fits.last().filter(|f| f.0 > name_sizes.1 + 0.01) {
            let smaller = (s * 0.85).max(name_sizes.1);
            fits.push(fit_text(
                measure,
                &words.categories[c.index()],
                (smaller, smaller),
                inner.width() * 0.48,
                2,
            ));
        }
        // The name's lines set from a corner: `x` with `anchor`, hanging from `top` or
        // standing on `bottom`.
        let set = |(s, name_lines): &(f32, Vec<String>),
                   x: f32,
                   anchor: Anchor,
                   from_top: bool,
                   top: f32,
                   bottom: f32|
         -> Vec<Text> {
            let (s, lh, count) = (*s, title_line(*s), name_lines.len());
            name_lines
                .iter()
                .enumerate()
                .map(|(k, name)| {
                    let baseline = if from_top {
                        top + s * 0.95 + k as f32 * lh
                    } else {
                        bottom - s * 0.3 - (count - 1 - k) as f32 * lh
                    };
                    let mut t = text(
                        TextRole::QuadrantName(c),
                        name.clone(),
                        Pos::new(x, baseline),
                        anchor,
                        s,
                        category_color(c),
                    );
                    t.bold = true;
                    t
                })
                .collect()
        };
        // The outer corner first; where points lie under it, the quadrant's other corners
        // (within the quadrant, clear of every point), then the same a size smaller, and so on;
        // where every place holds points, the place under the fewest of them.
        let inset = tk.margin * 0.6;
        let own = match c {
            Category::A => Rect::new(inner.min.x, inner.min.y, qx - inset, qy - inset),
            Category::O => Rect::new(qx + inset, inner.min.y, inner.max.x, qy - inset),
            Category::M => Rect::new(qx + inset, qy + inset, inner.max.x, inner.max.y),
            _ => Rect::new(inner.min.x, qy + inset, qx - inset, inner.max.y),
        };
        let (other_x, other_anchor) = if anchor == Anchor::Start {
            (own.max.x, Anchor::End)
        } else {
            (own.min.x, Anchor::Start)
        };
        let covered = |lines: &[Text]| {
            points
                .iter()
                .filter(|p| {
                    lines
                        .iter()
                        .any(|t| t.rect.expand(tk.label_gap).touches_disc(p.center, p.radius))
                })
                .count()
        };
        let outer = set(&fits[0], x, anchor, from_top, inner.min.y, inner.max.y);
        let chosen = if covered(&outer) == 0 || own.width() <= 0.0 || own.height() <= 0.0 {
            outer
        } else {
            let mut places = vec![outer];
            for (k, fit) in fits.iter().enumerate() {
                if k > 0 {
                    places.push(set(fit, x, anchor, from_top, inner.min.y, inner.max.y));
                }
                places.push(set(fit, x, anchor, !from_top, own.min.y, own.max.y));
                places.push(set(
                    fit,
                    other_x,
                    other_anchor,
                    from_top,
                    own.min.y,
                    own.max.y,
                ));
                places.push(set(
                    fit,
                    other_x,
                    other_anchor,
                    !from_top,
                    own.min.y,
                    own.max.y,
                ));
            }
            let inside = |lines: &Vec<Text>| lines.iter().all(|t| own.contains_rect(&t.rect));
            // The outer corner is always a place; the others only inside the quadrant.
            let mut best = 0;
            let mut fewest = usize::MAX;
            for (k, lines) in places.iter().enumerate() {
                if k > 0 && !inside(lines) {
                    continue;
                }
                let n = covered(lines);
                if n < fewest {
                    (best, fewest) = (k, n);
                }
            }
            places.swap_remove(best)
        };
        for t in chosen {
            obstacles.push(t.rect.expand(tk.label_gap));
            texts.push(t);
        }
    }

    // Whiskers.
    if options.show_intervals {
        let (x0, x1) = (d.worse.0.max(0.0), d.worse.1.min(1.0));
        let (y0, y1) = (d.better.0.max(0.0), d.better.1.min(1.0));
        for (f, p) in features.iter().zip(&points) {
            let color = p.color;
            let whisker = |from, to| Line {
                from,
                to,
                color,
                width: tk.line_width,
                dash: 0.0,
            };
            if let Some((low, high)) = f.worse_interval
                && x0 < x1
            {
                let (a, b) = (sx(low.clamp(x0, x1)), sx(high.clamp(x0, x1)));
                lines.push(whisker(Pos::new(a, p.center.y), Pos::new(b, p.center.y)));
            }
            if let Some((low, high)) = f.better_interval
                && y0 < y1
            {
                let (a, b) = (sy(low.clamp(y0, y1)), sy(high.clamp(y0, y1)));
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
    keyed.sort_unstable();

    // The key of numbered points, on the right: every entry, in as many columns as it takes.
    if let Some(planned) = key.filter(|_| !keyed.is_empty()) {
        let entries: Vec<String> = keyed
            .iter()
            .map(|&i| key_entry(i, &features[i].name))
            .collect();
        // Set for the entries of this layout, within the width planned.
        let k = fit_key(
            measure,
            &tk,
            &entries,
            &words.key_title,
            key_column(&tk, size).1,
            size.width,
            Some(planned.width),
        );
        texts.extend(parts::key(
            measure,
            colors,
            (right + m, top),
            k,
            &entries,
            &words.key_title,
        ));
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

    (
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
        },
        keyed,
    )
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
