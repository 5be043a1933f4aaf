//! The continuous-analysis scatter laid out (DuMouchel, in Berger et al. 1993): x = mean
//! dysfunctional score, y = mean functional score, on the −2..4 scale zoomed to the data; lines
//! at zero (a neutral answer) for reference; one point per feature, coloured by its discrete
//! category for comparison and sized by its importance, with an optional whisker of one standard
//! deviation either way; honest labels (see [`super::naming`]); a legend, a note, a key of
//! numbered points when names do not all fit, and a caption saying what is shown.
//!
//! It takes its means and deviations as given and computes none.

use super::geometry::{Pos, Rect};
use super::labels::{Mark, Room};
use super::measure::{TextMeasure, cut};
use super::naming;
use super::palette::{Theme, mark_color};
use super::parts::{self, KeyPlan, faded, text};
use super::tokens::Tokens;
use super::{Anchor, Figure, Line, PointMark, Size, TextRole};
use crate::i18n::{Texts, fill};
use crate::kano::Category;
use crate::project::{ImportanceScale, Project};
use crate::results::Results;

/// The score scale of both questions.
pub const SCALE: (f64, f64) = (-2.0, 4.0);

/// One feature of the picture.
#[derive(Clone, Debug, PartialEq)]
pub struct ContinuousFeature {
    /// The feature's id (written into SVG as `data-feature`).
    pub id: String,
    /// The feature's name, as the label says it.
    pub name: String,
    /// Mean dysfunctional score and its standard deviation (none for fewer than two answers).
    pub dysfunctional: (f64, Option<f64>),
    /// Mean functional score and its standard deviation.
    pub functional: (f64, Option<f64>),
    /// Mean importance as a share of its scale (0..=1), for the point's size.
    pub importance: Option<f64>,
    /// The category under the rule in force.
    pub category: Option<Category>,
}

/// The features of `results` that `shown` keeps (by project position) and that have scores, in
/// project order, each with its position in the project.
pub fn features_of(
    project: &Project,
    results: &Results,
    shown: impl Fn(usize) -> bool,
) -> Vec<(usize, ContinuousFeature)> {
    super::shown_features(project, results, shown, |f, r| {
        let c = r.stats.continuous?;
        Some(ContinuousFeature {
            id: f.id.clone(),
            name: f.name.clone(),
            dysfunctional: (c.dysfunctional.mean, c.dysfunctional.sd),
            functional: (c.functional.mean, c.functional.sd),
            importance: r
                .stats
                .importance
                .map(|i| project.importance_scale().fraction(i.mean)),
            category: r.stats.category,
        })
    })
}

/// The words of the picture, in the person's language.
#[derive(Clone, Debug, PartialEq)]
pub struct ContinuousWords {
    /// What is shown: segment, n, touchpoint filter.
    pub caption: String,
    /// The x axis title.
    pub axis_dysfunctional: String,
    /// The y axis title.
    pub axis_functional: String,
    /// The name of each category, indexed by `Category::index`.
    pub categories: [String; 6],
    /// What the point size means.
    pub size_note: String,
    /// What the whiskers mean.
    pub whisker_note: String,
    /// The title of the key of numbered points.
    pub key_title: String,
}

impl ContinuousWords {
    /// The words from the interface strings, with a caption made by [`super::caption`], for
    /// importances on `scale`.
    pub fn new(t: &Texts, caption: String, scale: &ImportanceScale) -> Self {
        Self {
            caption,
            axis_dysfunctional: t.report.axis_dysfunctional.to_owned(),
            axis_functional: t.report.axis_functional.to_owned(),
            categories: Category::ALL.map(|c| t.category(c).to_owned()),
            size_note: fill(
                t.report.size_is_importance,
                &[("min", &scale.min()), ("max", &scale.max())],
            ),
            whisker_note: t.report.whiskers_are_sd.to_owned(),
            key_title: t.figure.key_title.to_owned(),
        }
    }
}

/// Choices of what to draw.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ContinuousOptions {
    /// Draw one standard deviation either way as whiskers.
    pub show_spread: bool,
    /// Text is never smaller than this label size; 0 for the tokens' own.
    pub min_label_size: f32,
}

impl Default for ContinuousOptions {
    fn default() -> Self {
        Self {
            show_spread: true,
            min_label_size: 0.0,
        }
    }
}

/// The range an axis shows: the means and their whiskers, within the scale, zero (a neutral
/// answer) included as the reference, with a margin, and never narrower than one score point (a
/// single feature would otherwise fill the plot).
pub fn axis_range(values: impl Iterator<Item = (f64, Option<f64>)>) -> (f64, f64) {
    let (mut low, mut high) = (f64::INFINITY, f64::NEG_INFINITY);
    for (mean, sd) in values {
        let sd = sd.filter(|s| s.is_finite()).unwrap_or(0.0);
        if !mean.is_finite() {
            continue;
        }
        low = low.min(mean - sd);
        high = high.max(mean + sd);
    }
    if !low.is_finite() || !high.is_finite() {
        return SCALE;
    }
    let (mut low, mut high) = (low.max(SCALE.0).min(0.0), high.min(SCALE.1).max(0.0));
    if high - low < 1.0 {
        let middle = (low + high) / 2.0;
        (low, high) = (middle - 0.5, middle + 0.5);
    }
    let margin = (high - low) * 0.06;
    (low - margin, high + margin)
}

/// Ticks within a range: every whole score, or every half when the range is short.
fn ticks(range: (f64, f64)) -> Vec<f64> {
    let step = if range.1 - range.0 >= 3.0 { 1.0 } else { 0.5 };
    let (low, high) = (
        (range.0 / step).ceil() as i32,
        (range.1 / step).floor() as i32,
    );
    (low..=high).map(|k| f64::from(k) * step).collect()
}

/// A tick number: "−1", "0", "0.5".
fn tick_label(v: f64) -> String {
    crate::i18n::number::fixed(v, if v.fract() == 0.0 { 0 } else { 1 })
}

/// Lays out the continuous-analysis picture.
pub fn continuous(
    features: &[ContinuousFeature],
    words: &ContinuousWords,
    size: Size,
    theme: Theme,
    options: ContinuousOptions,
    measure: &dyn TextMeasure,
) -> Figure {
    let tk = Tokens::for_size(size.width, size.height).with_min_label_size(options.min_label_size);
    let names: Vec<&str> = features.iter().map(|f| f.name.as_str()).collect();
    let top = tk.margin + tk.caption_size * 1.3 + tk.margin;
    let plan = |keyed: &[usize]| {
        let entries: Vec<String> = keyed
            .iter()
            .map(|&i| parts::key_entry(i, names[i]))
            .collect();
        parts::fit_key(
            measure,
            &tk,
            &entries,
            &words.key_title,
            size.height - tk.margin - top,
            size.width,
            None,
        )
    };
    let with_key =
        |key: Option<KeyPlan>| lay_out(features, words, size, theme, options, measure, key);
    parts::with_key_as_needed(
        &names,
        &tk,
        size.width * size.height,
        measure,
        plan,
        with_key,
    )
}

fn lay_out(
    features: &[ContinuousFeature],
    words: &ContinuousWords,
    size: Size,
    theme: Theme,
    options: ContinuousOptions,
    measure: &dyn TextMeasure,
    key: Option<KeyPlan>,
) -> (Figure, Vec<usize>) {
    let with_key = key.is_some();
    let key_width = key.map_or(0.0, |k| k.width);
    let tk = Tokens::for_size(size.width, size.height).with_min_label_size(options.min_label_size);
    let colors = theme.colors();
    let (w, h) = (size.width, size.height);
    let m = tk.margin;
    let mut texts = Vec::new();
    let mut lines: Vec<Line> = Vec::new();

    let (caption, top) = parts::caption(measure, &words.caption, &tk, w, colors.ink);
    texts.push(caption);

    // The legend and the notes at the bottom, left of the key's column.
    let key_room = if with_key { key_width + m } else { 0.0 };
    let shown: Vec<Category> = Category::ALL
        .into_iter()
        .filter(|c| features.iter().any(|f| f.category == Some(*c)))
        .collect();
    let mut notes = vec![words.size_note.as_str()];
    if options.show_spread {
        notes.push(words.whisker_note.as_str());
    }
    // Laid out once to learn its height, then placed at the bottom.
    let probe = parts::legend(
        measure,
        &tk,
        colors,
        (m, w - m - key_room, 0.0),
        &shown,
        &words.categories,
        &notes,
    );
    let legend_top = h - m - probe.height;
    let legend = parts::legend(
        measure,
        &tk,
        colors,
        (m, w - m - key_room, legend_top),
        &shown,
        &words.categories,
        &notes,
    );

    // The plot area, with room for ticks and axis titles, and for the key if it is needed.
    let x_range = axis_range(features.iter().map(|f| f.dysfunctional));
    let y_range = axis_range(features.iter().map(|f| f.functional));
    let (x_ticks, y_ticks) = (ticks(x_range), ticks(y_range));
    let tick_w = y_ticks
        .iter()
        .map(|&v| measure.width(&tick_label(v), tk.tick_size))
        .fold(0.0, f32::max);
    let left = m + tk.axis_title_size * 1.4 + tick_w + tk.tick_size * 0.6;
    let bottom = legend_top - m - tk.axis_title_size * 1.5 - tk.tick_size * 1.6;
    let right = w - m - key_room;
    let plot = Rect::new(left, top, right.max(left + 1.0), bottom.max(top + 1.0));
    // Points and gaps as the plot's density asks (the tokens' one rule).
    let tk = tk.for_density(features.len(), plot.width() * plot.height());
    let sx =
        |v: f64| plot.min.x + ((v - x_range.0) / (x_range.1 - x_range.0)) as f32 * plot.width();
    let sy =
        |v: f64| plot.max.y - ((v - y_range.0) / (y_range.1 - y_range.0)) as f32 * plot.height();

    // Grid, ticks, axes, the zero lines and the titles.
    let grid = |from, to| Line {
        from,
        to,
        color: colors.grid,
        width: 1.0,
        dash: 0.0,
    };
    for &v in &x_ticks {
        lines.push(grid(
            Pos::new(sx(v), plot.min.y),
            Pos::new(sx(v), plot.max.y),
        ));
        texts.push(text(
            measure,
            TextRole::Tick,
            tick_label(v),
            Pos::new(sx(v), plot.max.y + tk.tick_size * 1.3),
            Anchor::Middle,
            tk.tick_size,
            colors.muted,
        ));
    }
    for &v in &y_ticks {
        lines.push(grid(
            Pos::new(plot.min.x, sy(v)),
            Pos::new(plot.max.x, sy(v)),
        ));
        texts.push(text(
            measure,
            TextRole::Tick,
            tick_label(v),
            Pos::new(plot.min.x - tk.tick_size * 0.5, sy(v) + tk.tick_size * 0.35),
            Anchor::End,
            tk.tick_size,
            colors.muted,
        ));
    }
    for (from, to, color) in [
        (
            Pos::new(plot.min.x, plot.max.y),
            Pos::new(plot.max.x, plot.max.y),
            colors.ink,
        ),
        (
            Pos::new(plot.min.x, plot.min.y),
            Pos::new(plot.min.x, plot.max.y),
            colors.ink,
        ),
        (
            Pos::new(sx(0.0), plot.min.y),
            Pos::new(sx(0.0), plot.max.y),
            colors.muted,
        ),
        (
            Pos::new(plot.min.x, sy(0.0)),
            Pos::new(plot.max.x, sy(0.0)),
            colors.muted,
        ),
    ] {
        lines.push(Line {
            from,
            to,
            color,
            width: tk.line_width,
            dash: 0.0,
        });
    }
    texts.push(text(
        measure,
        TextRole::AxisTitle,
        cut(
            measure,
            &words.axis_dysfunctional,
            tk.axis_title_size,
            plot.width(),
        ),
        Pos::new(
            plot.center().x,
            plot.max.y + tk.tick_size * 1.6 + tk.axis_title_size * 1.1,
        ),
        Anchor::Middle,
        tk.axis_title_size,
        colors.ink,
    ));
    let mut y_title = text(
        measure,
        TextRole::AxisTitle,
        cut(
            measure,
            &words.axis_functional,
            tk.axis_title_size,
            plot.height(),
        ),
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

    // Points and whiskers, the whiskers faint: they are long and many.
    let clamp_x = |v: f64| sx(v.clamp(x_range.0, x_range.1));
    let clamp_y = |v: f64| sy(v.clamp(y_range.0, y_range.1));
    let points: Vec<PointMark> = features
        .iter()
        .enumerate()
        .map(|(i, f)| PointMark {
            feature: i,
            id: f.id.clone(),
            name: f.name.clone(),
            center: Pos::new(clamp_x(f.dysfunctional.0), clamp_y(f.functional.0)),
            radius: tk.point_radius(f.importance),
            color: mark_color(f.category),
            category: f.category,
        })
        .collect();
    if options.show_spread {
        for (f, p) in features.iter().zip(&points) {
            let color = faded(p.color, colors.background, 0.6);
            let whisker = |from, to| Line {
                from,
                to,
                color,
                width: tk.line_width * 1.5,
                dash: 0.0,
            };
            let (x, y) = (f.dysfunctional.0, f.functional.0);
            if let Some(sd) = f.dysfunctional.1.filter(|s| s.is_finite() && *s > 0.0) {
                lines.push(whisker(
                    Pos::new(clamp_x(x - sd), p.center.y),
                    Pos::new(clamp_x(x + sd), p.center.y),
                ));
            }
            if let Some(sd) = f.functional.1.filter(|s| s.is_finite() && *s > 0.0) {
                lines.push(whisker(
                    Pos::new(p.center.x, clamp_y(y - sd)),
                    Pos::new(p.center.x, clamp_y(y + sd)),
                ));
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
        obstacles: &[],
        gap: tk.label_gap,
    };
    let (label_marks, mut keyed) = naming::name_points(&marks, &names, &ids, &tk, room, measure);
    keyed.sort_unstable();

    // The key of numbered points, on the right: every entry, in as many columns as it takes,
    // set for the entries of this layout within the width planned.
    if let Some(planned) = key.filter(|_| !keyed.is_empty()) {
        let entries: Vec<String> = keyed
            .iter()
            .map(|&i| parts::key_entry(i, names[i]))
            .collect();
        let k = parts::fit_key(
            measure,
            &tk,
            &entries,
            &words.key_title,
            h - m - top,
            w,
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
    texts.extend(legend.texts);

    let figure = Figure {
        size,
        theme,
        tokens: tk,
        plot,
        fills: legend.fills,
        lines,
        bars: Vec::new(),
        points,
        labels: label_marks,
        texts,
        label_fill: (colors.background, 0.85),
        rings: Vec::new(),
        arrows: Vec::new(),
    };
    (figure, keyed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axis_covers_means_and_whiskers_within_the_scale() {
        let (low, high) = axis_range([(1.0, Some(0.5)), (3.0, Some(2.0))].into_iter());
        assert!(low < 0.0 && low > -0.5, "{low}");
        assert!(high > 4.0 && high < 4.5, "{high}");
        assert_eq!(ticks((-0.3, 4.2)), [0.0, 1.0, 2.0, 3.0, 4.0]);
        assert_eq!(ticks((-0.3, 1.2)), [0.0, 0.5, 1.0]);
        assert_eq!(tick_label(-1.0), "−1");
        assert_eq!(tick_label(0.5), "0.5");
    }

    #[test]
    fn an_empty_or_single_feature_axis_is_still_readable() {
        assert_eq!(axis_range(std::iter::empty()), SCALE);
        let (low, high) = axis_range([(0.2, None)].into_iter());
        assert!(high - low >= 1.0);
        assert!(low <= 0.0 && high >= 0.2);
        assert_eq!(axis_range([(f64::NAN, Some(1.0))].into_iter()), SCALE);
    }
}
