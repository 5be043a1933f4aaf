//! The frame both scatter pictures (Better–Worse and the continuous analysis) share: the domain
//! of data shown and how the person zooms and moves it, the plot rectangle in the space the
//! caption, legend and key leave, the grid, the ticks and their numbers, the two axes and the
//! axis titles (set smaller, or on more lines, where a picture allows, else cut), and the
//! mapping from data to picture units.
//!
//! It also runs what both do with their points once placed: the names set by
//! [`super::naming`] (unchanged, with the plot as their room), and the key of numbered points in
//! a column at the right, laid out with a key only as large as it needs.
//!
//! It lays out positions only: it never draws, never computes a statistic, never decides where
//! a label goes (that is [`super::naming`]'s), and knows nothing of what a picture plots
//! (quadrants, zero lines, points and whiskers are the pictures' own).

use super::geometry::{Pos, Rect};
use super::labels::{Mark, Room};
use super::measure::{TextMeasure, wrap};
use super::naming;
use super::palette::{Colors, Theme};
use super::parts::{self, KeyPlan};
use super::tokens::Tokens;
use super::{Anchor, Figure, Fill, LabelMark, Line, PointMark, Size, Text, TextRole};

/// The part of a picture's data plane that is shown: an x range (left to right) and a y range
/// (bottom to top). The studio's Plots tab zooms and moves by laying the picture out again over
/// another domain.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Domain {
    /// The x range, left to right.
    pub x: (f64, f64),
    /// The y range, bottom to top.
    pub y: (f64, f64),
}

/// How far a domain may go: the whole picture, and the narrowest range it may zoom to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    /// Everything there is to see.
    pub whole: Domain,
    /// The narrowest range on either axis.
    pub narrowest: f64,
}

impl Domain {
    /// True when a point at (x, y) lies inside.
    pub fn contains(&self, x: f64, y: f64) -> bool {
        (self.x.0..=self.x.1).contains(&x) && (self.y.0..=self.y.1).contains(&y)
    }

    /// The domain zoomed by `factor` (above 1 shows less) around the point `at`, kept inside
    /// `limits`.
    pub fn zoomed(&self, factor: f64, at: (f64, f64), limits: Limits) -> Self {
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            1.0
        };
        let scale = |(lo, hi): (f64, f64), c: f64, full: (f64, f64)| {
            let span = ((hi - lo) / factor).clamp(limits.narrowest, full.1 - full.0);
            let c = if c.is_finite() {
                c.clamp(lo, hi)
            } else {
                (lo + hi) / 2.0
            };
            let t = if hi > lo { (c - lo) / (hi - lo) } else { 0.5 };
            fit(c - t * span, span, full)
        };
        Self {
            x: scale(self.x, at.0, limits.whole.x),
            y: scale(self.y, at.1, limits.whole.y),
        }
    }

    /// The domain moved by (dx, dy), kept inside `limits`.
    pub fn panned(&self, by: (f64, f64), limits: Limits) -> Self {
        let shift = |(lo, hi): (f64, f64), d: f64, full: (f64, f64)| {
            let d = if d.is_finite() { d } else { 0.0 };
            fit(lo + d, hi - lo, full)
        };
        Self {
            x: shift(self.x, by.0, limits.whole.x),
            y: shift(self.y, by.1, limits.whole.y),
        }
    }

    /// The x in `plot` of the data x `v`.
    pub fn x_in(&self, plot: Rect, v: f64) -> f32 {
        plot.min.x + ((v - self.x.0) / (self.x.1 - self.x.0)) as f32 * plot.width()
    }

    /// The y in `plot` of the data y `v`.
    pub fn y_in(&self, plot: Rect, v: f64) -> f32 {
        plot.max.y - ((v - self.y.0) / (self.y.1 - self.y.0)) as f32 * plot.height()
    }

    /// The domain kept inside `limits` (moved, and narrowed only where it is wider): a zoom
    /// kept when the data, and so the whole, changes.
    pub fn within(&self, limits: Limits) -> Self {
        self.panned((0.0, 0.0), limits)
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

/// Tick steps, coarsest first, each with the fewest steps the range must hold for it to be
/// used; the last step is used when none fits.
pub type Steps = [(f64, f64)];

/// The tick values of `range` that lie within `within`, at the first of `steps` that fits.
pub fn ticks(range: (f64, f64), within: (f64, f64), steps: &Steps) -> Vec<f64> {
    let (lo, hi) = range;
    let span = hi - lo;
    let step = steps
        .iter()
        .find(|(s, fewest)| span / s >= *fewest)
        .or(steps.last())
        .map_or(1.0, |(s, _)| *s);
    let first = (lo.max(within.0) / step).ceil() as i64;
    let last = (hi.min(within.1) / step + 1e-9).floor() as i64;
    (first..=last).map(|k| k as f64 * step).collect()
}

/// A tick number with at most two decimals and no trailing zeros: "0", "0.25", "−1.5".
pub fn tick_label(v: f64) -> String {
    let label = crate::i18n::number::fixed(v, 2);
    let label = label.trim_end_matches('0').trim_end_matches('.').to_owned();
    if label.is_empty() {
        "0".to_owned()
    } else {
        label
    }
}

/// How an axis title is set when it does not fit whole at the title size: down to the smaller
/// size, then on up to `lines` lines (the last cut only then).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TitleFit {
    /// The title size, and the smallest it may be set at.
    pub sizes: (f32, f32),
    /// The most lines.
    pub lines: usize,
}

/// What a scatter's frame shows.
#[derive(Clone, Copy, Debug)]
pub struct Axes<'a> {
    /// The data shown.
    pub domain: Domain,
    /// Ticks are only where data can be: within these ranges.
    pub ticks_within: Domain,
    /// The tick steps of the x axis and of the y axis.
    pub steps: (&'a Steps, &'a Steps),
    /// The widest y tick number to leave room for, whatever the domain; `None` for the widest of
    /// those shown.
    pub tick_room: Option<&'a str>,
    /// The x and y axis titles.
    pub titles: (&'a str, &'a str),
    /// How the titles are set.
    pub title_fit: TitleFit,
}

/// The laid-out frame: the plot rectangle and what is drawn around and under the data.
#[derive(Clone, Debug)]
pub struct Frame {
    /// The plot rectangle.
    pub plot: Rect,
    /// The data shown.
    pub domain: Domain,
    /// Grid lines (x ticks, then y ticks), then the x and y axes.
    pub lines: Vec<Line>,
    /// Tick numbers (x, then y), then the x title's lines and the y title's lines.
    pub texts: Vec<Text>,
}

impl Frame {
    /// The picture x of the data x `v`.
    pub fn x(&self, v: f64) -> f32 {
        self.domain.x_in(self.plot, v)
    }

    /// The picture y of the data y `v`.
    pub fn y(&self, v: f64) -> f32 {
        self.domain.y_in(self.plot, v)
    }
}

/// The height of one line of a title or name set at `size`.
pub fn title_line(size: f32) -> f32 {
    size * 1.25
}

/// A single line of text set at `size` or smaller, down to `min`, to fit `max_width`; if it
/// still does not fit, wrapped onto at most `max_lines` lines (the last cut only then).
pub fn fit_text(
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

/// The frame of `axes` in `space`: the y title from its left edge, the x title above its
/// bottom, the plot from its top and right edges.
pub fn frame(
    measure: &dyn TextMeasure,
    tk: &Tokens,
    colors: Colors,
    space: Rect,
    axes: &Axes<'_>,
) -> Frame {
    let d = axes.domain;
    let x_ticks = ticks(d.x, axes.ticks_within.x, axes.steps.0);
    let y_ticks = ticks(d.y, axes.ticks_within.y, axes.steps.1);
    let tick_w = match axes.tick_room {
        Some(widest) => measure.width(widest, tk.tick_size),
        None => y_ticks
            .iter()
            .map(|&v| measure.width(&tick_label(v), tk.tick_size))
            .fold(0.0, f32::max),
    };

    // The plot area, with room for ticks and the axis titles (smaller, or on more lines, where
    // they do not fit whole). The y title is fitted to the plot's height, which depends on the
    // x title, which is fitted to the plot's width: twice settles it.
    let (x_words, y_words) = axes.titles;
    let fit = axes.title_fit;
    let (m, top, right) = (space.min.x, space.min.y, space.max.x);
    let mut y_title = (fit.sizes.0, vec![y_words.to_owned()]);
    let mut x_title = (fit.sizes.0, vec![x_words.to_owned()]);
    let mut plot = Rect::default();
    for _ in 0..2 {
        let y_extra = (y_title.1.len() as f32 - 1.0) * title_line(y_title.0);
        let left = m + y_title.0 * 1.4 + y_extra + tick_w + tk.tick_size * 0.6;
        x_title = fit_text(
            measure,
            x_words,
            fit.sizes,
            (right - left).max(1.0),
            fit.lines,
        );
        let x_block = x_title.0 * 1.5 + (x_title.1.len() as f32 - 1.0) * title_line(x_title.0);
        let bottom = space.max.y - x_block - tk.tick_size * 1.6;
        plot = Rect::new(left, top, right.max(left + 1.0), bottom.max(top + 1.0));
        let fitted = fit_text(measure, y_words, fit.sizes, plot.height(), fit.lines);
        if fitted == y_title {
            break;
        }
        y_title = fitted;
    }
    let mut frame = Frame {
        plot,
        domain: d,
        lines: Vec::new(),
        texts: Vec::new(),
    };
    let text = |role, text: String, at: Pos, anchor, size: f32, color| {
        parts::text(measure, role, text, at, anchor, size, color)
    };
    let grid = |from, to| Line {
        from,
        to,
        color: colors.grid,
        width: 1.0,
        dash: 0.0,
    };

    // Grid and ticks.
    for v in x_ticks {
        let x = frame.x(v);
        frame
            .lines
            .push(grid(Pos::new(x, plot.min.y), Pos::new(x, plot.max.y)));
        frame.texts.push(text(
            TextRole::Tick,
            tick_label(v),
            Pos::new(x, plot.max.y + tk.tick_size * 1.3),
            Anchor::Middle,
            tk.tick_size,
            colors.muted,
        ));
    }
    for v in y_ticks {
        let y = frame.y(v);
        frame
            .lines
            .push(grid(Pos::new(plot.min.x, y), Pos::new(plot.max.x, y)));
        frame.texts.push(text(
            TextRole::Tick,
            tick_label(v),
            Pos::new(plot.min.x - tk.tick_size * 0.5, y + tk.tick_size * 0.35),
            Anchor::End,
            tk.tick_size,
            colors.muted,
        ));
    }

    // The axes.
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
        frame.lines.push(Line {
            from,
            to,
            color: colors.ink,
            width: tk.line_width,
            dash: 0.0,
        });
    }

    // The titles: x under the ticks, y turned at the left.
    let (x_size, x_lines) = x_title;
    for (k, line) in x_lines.into_iter().enumerate() {
        frame.texts.push(text(
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
        frame.texts.push(t);
    }
    frame
}

/// What a scatter is laid out for: its size and theme, the domain shown, the smallest label
/// size, the text measure, and the key planned for it, if any.
#[derive(Clone, Copy)]
pub struct Sheet<'a> {
    /// The picture's size.
    pub size: Size,
    /// Its theme.
    pub theme: Theme,
    /// The data shown.
    pub domain: Domain,
    /// Text is never smaller than this label size; 0 for the tokens' own.
    pub min_label_size: f32,
    /// Text widths.
    pub measure: &'a dyn TextMeasure,
    /// The key of numbered points, when there is one.
    pub key: Option<KeyPlan>,
}

impl<'a> Sheet<'a> {
    /// A sheet with no key (yet).
    pub fn new(
        size: Size,
        theme: Theme,
        domain: Domain,
        min_label_size: f32,
        measure: &'a dyn TextMeasure,
    ) -> Self {
        Self {
            size,
            theme,
            domain,
            min_label_size,
            measure,
            key: None,
        }
    }

    /// The design tokens for the sheet's size.
    pub fn tokens(&self) -> Tokens {
        Tokens::for_size(self.size.width, self.size.height).with_min_label_size(self.min_label_size)
    }

    /// The picture laid out on the sheet (no bars, rings or arrows: a scatter has none), with
    /// the tokens its plot's density set (`tk`).
    pub fn figure(
        &self,
        tk: Tokens,
        plot: Rect,
        (fills, lines, texts): (Vec<Fill>, Vec<Line>, Vec<Text>),
        points: Vec<PointMark>,
        labels: Vec<LabelMark>,
    ) -> Figure {
        Figure {
            size: self.size,
            theme: self.theme,
            tokens: tk,
            plot,
            fills,
            lines,
            bars: Vec::new(),
            points,
            labels,
            texts,
            label_fill: (self.theme.colors().background, 0.85),
            rings: Vec::new(),
            arrows: Vec::new(),
        }
    }
}

/// The top of the plot and of the key's column: under the caption.
pub fn below_caption(tk: &Tokens) -> f32 {
    tk.margin + tk.caption_size * 1.3 + tk.margin
}

/// Lays out on `sheet` the scatter of the points named `names`, by `lay_out`, with a key only
/// as large as it needs (see [`parts::with_key_as_needed`]): the key titled `title`, planned
/// for the column under the caption (and `caption_extra` more of it, a second caption line)
/// and no wider than `max_width` (`None`: the usual share of the picture).
pub fn with_key(
    names: &[&str],
    sheet: Sheet<'_>,
    (title, max_width, caption_extra): (&str, Option<f32>, f32),
    lay_out: impl Fn(Sheet<'_>) -> (Figure, Vec<usize>),
) -> Figure {
    let (tk, size, measure) = (sheet.tokens(), sheet.size, sheet.measure);
    let height =
        size.height - tk.margin - (tk.margin + tk.caption_size * 1.3 + caption_extra + tk.margin);
    // Planned before the points are numbered: numbers run from 1 to the count either way, so
    // positions give entries as wide.
    let plan = |keyed: &[usize]| {
        let entries: Vec<String> = keyed
            .iter()
            .map(|&i| parts::key_entry(i + 1, names[i]))
            .collect();
        parts::fit_key(measure, &tk, &entries, title, height, size.width, max_width)
    };
    parts::with_key_as_needed(names, &tk, size.width * size.height, measure, plan, |key| {
        lay_out(Sheet { key, ..sheet })
    })
}

/// The points' labels, by [`naming::name_points`] in the plot clear of `obstacles`, and the
/// numbered points in order; with a key planned on `sheet` and points numbered, the key's texts too, set
/// for them within the planned width in the column from `(x, top)` down to the picture's
/// bottom margin. `tk` are the picture's tokens as its plot's density set them
/// ([`Tokens::for_density`]): label gaps and padding shrink with the points.
pub fn name_points(
    sheet: Sheet<'_>,
    tk: &Tokens,
    (points, plot, obstacles): (&[PointMark], Rect, &[Rect]),
    title: &str,
    x: f32,
) -> (Vec<LabelMark>, Vec<usize>, Vec<Text>) {
    let measure = sheet.measure;
    let size = sheet.size;
    let marks: Vec<Mark> = points.iter().map(PointMark::mark).collect();
    let names: Vec<&str> = points.iter().map(|p| p.name.as_str()).collect();
    let ids: Vec<&str> = points.iter().map(|p| p.id.as_str()).collect();
    let room = Room {
        frame: plot,
        obstacles,
        gap: tk.label_gap,
    };
    let numbers: Vec<usize> = points.iter().map(|p| p.number).collect();
    let named = naming::Named {
        names: &names,
        ids: &ids,
        numbers: &numbers,
    };
    let (labels, keyed) = naming::name_points(&marks, named, tk, room, measure);
    let mut texts = Vec::new();
    if let Some(planned) = sheet.key.filter(|_| !keyed.is_empty()) {
        let entries: Vec<String> = keyed
            .iter()
            .map(|&i| parts::key_entry(numbers[i], names[i]))
            .collect();
        let top = below_caption(tk);
        let k = parts::fit_key(
            measure,
            tk,
            &entries,
            title,
            size.height - tk.margin - top,
            size.width,
            Some(planned.width),
        );
        let colors = sheet.theme.colors();
        let features: Vec<usize> = keyed.iter().map(|&i| points[i].feature).collect();
        texts = parts::key(measure, colors, (x, top), k, (&entries, &features), title);
    }
    (labels, keyed, texts)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Limits = Limits {
        whole: Domain {
            x: (-1.0, 3.0),
            y: (0.0, 1.0),
        },
        narrowest: 0.01,
    };

    #[test]
    fn a_domain_zooms_and_moves_inside_its_limits() {
        let zoomed = LIMITS.whole.zoomed(4.0, (1.0, 0.5), LIMITS);
        assert!((zoomed.x.1 - zoomed.x.0 - 1.0).abs() < 1e-9, "{zoomed:?}");
        assert!(zoomed.contains(1.0, 0.5));
        assert_eq!(zoomed.zoomed(1e-6, (0.0, 0.0), LIMITS), LIMITS.whole);
        let deep = zoomed.zoomed(1e9, (1.0, 0.5), LIMITS);
        assert!((deep.y.1 - deep.y.0 - 0.01).abs() < 1e-12, "{deep:?}");
        let moved = zoomed.panned((100.0, -100.0), LIMITS);
        assert_eq!(moved.x.1, 3.0);
        assert_eq!(moved.y.0, 0.0);
        assert_eq!(zoomed.panned((f64::NAN, 0.0), LIMITS), zoomed);
        assert_eq!(zoomed.zoomed(f64::NAN, (f64::NAN, 0.5), LIMITS), zoomed);
        // A zoom kept when the whole shrinks moves inside it.
        let smaller = Limits {
            whole: Domain {
                x: (0.0, 1.5),
                y: (0.0, 1.0),
            },
            ..LIMITS
        };
        let kept = Domain {
            x: (2.0, 2.5),
            y: (0.2, 0.4),
        }
        .within(smaller);
        assert_eq!(kept.x, (1.0, 1.5));
        assert_eq!(kept.y, (0.2, 0.4));
    }

    #[test]
    fn ticks_take_the_first_step_that_fits_and_stay_within() {
        let steps = [(1.0, 3.0), (0.5, 2.0), (0.1, 3.0)];
        assert_eq!(
            ticks((-0.3, 4.2), (-2.0, 4.0), &steps),
            [0.0, 1.0, 2.0, 3.0, 4.0]
        );
        assert_eq!(ticks((-0.3, 1.2), (-2.0, 4.0), &steps), [0.0, 0.5, 1.0]);
        assert_eq!(ticks((0.05, 0.45), (-2.0, 4.0), &steps).len(), 4);
        assert_eq!(ticks((-0.5, 1.5), (0.0, 1.0), &steps), [0.0, 0.5, 1.0]);
        assert_eq!(tick_label(-1.0), "−1");
        assert_eq!(tick_label(0.5), "0.5");
        assert_eq!(tick_label(0.25), "0.25");
        assert_eq!(tick_label(0.0), "0");
    }
}
