//! The continuous-analysis scatter laid out (DuMouchel, in Berger et al. 1993): x = mean
//! dysfunctional score, y = mean functional score, on the −2..4 scale zoomed to the data; lines
//! at zero (a neutral answer) for reference; one point per feature, coloured by its discrete
//! category for comparison and sized by its importance, with an optional whisker of one standard
//! deviation either way; honest labels (see [`super::naming`]); a legend, a note, a key of
//! numbered points when names do not all fit, and a caption saying what is shown.
//!
//! It takes its means and deviations as given and computes none.

use super::geometry::{Pos, Rect};
use super::measure::TextMeasure;
use super::naming;
use super::palette::{Theme, mark_color};
use super::parts::{self, faded};
use super::scatter::{self, Axes, Sheet, TitleFit};
pub use super::scatter::{Domain, Limits};
use super::{Figure, Line, PointMark, Size};
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

/// The tick steps: every whole score, or every half when the range is short, finer zoomed in.
const STEPS: [(f64, f64); 7] = [
    (1.0, 3.0),
    (0.5, 2.0),
    (0.2, 3.0),
    (0.1, 3.0),
    (0.05, 3.0),
    (0.02, 3.0),
    (0.01, 3.0),
];

/// How far the picture of `features` zooms: the whole is the axes fitted to the data (see
/// [`axis_range`]), down to a twentieth of a score point.
pub fn limits(features: &[ContinuousFeature]) -> Limits {
    Limits {
        whole: Domain {
            x: axis_range(features.iter().map(|f| f.dysfunctional)),
            y: axis_range(features.iter().map(|f| f.functional)),
        },
        narrowest: 0.05,
    }
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
    let whole = limits(features).whole;
    continuous_in(features, words, size, theme, options, whole, measure)
}

/// Lays out the continuous-analysis picture over `domain` (the studio zooms and moves by laying
/// it out again). Features outside it are the caller's to leave out (the layout places every
/// feature it is given, on the domain's edge if outside).
pub fn continuous_in(
    features: &[ContinuousFeature],
    words: &ContinuousWords,
    size: Size,
    theme: Theme,
    options: ContinuousOptions,
    domain: Domain,
    measure: &dyn TextMeasure,
) -> Figure {
    let sheet = Sheet::new(size, theme, domain, options.min_label_size, measure);
    let names: Vec<&str> = features.iter().map(|f| f.name.as_str()).collect();
    scatter::with_key(&names, sheet, (&words.key_title, None, 0.0), |sheet| {
        lay_out(features, words, options, sheet)
    })
}

fn lay_out(
    features: &[ContinuousFeature],
    words: &ContinuousWords,
    options: ContinuousOptions,
    sheet: Sheet<'_>,
) -> (Figure, Vec<usize>) {
    let (size, domain, measure, key) = (sheet.size, sheet.domain, sheet.measure, sheet.key);
    let (tk, colors) = (sheet.tokens(), sheet.theme.colors());
    let (w, h, m) = (size.width, size.height, tk.margin);
    // The key, if any, takes a full-height column on the right.
    let key_room = key.map_or(0.0, |k| k.width + m);
    let mut texts = Vec::new();
    let mut lines: Vec<Line> = Vec::new();

    let (caption, top) = parts::caption(measure, &words.caption, &tk, w, colors.ink);
    texts.push(caption);

    // The legend and the notes at the bottom, left of the key's column.
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

    // The frame: plot area, grid, ticks, axes and titles (cut where they do not fit), with room
    // for the key if it is needed; then the zero lines where they are in view.
    let right = w - m - key_room;
    let mut frame = scatter::frame(
        measure,
        &tk,
        colors,
        Rect::new(m, top, right, legend_top - m),
        &Axes {
            domain,
            ticks_within: Domain { x: SCALE, y: SCALE },
            steps: (&STEPS, &STEPS),
            tick_room: None,
            titles: (&words.axis_dysfunctional, &words.axis_functional),
            title_fit: TitleFit {
                sizes: (tk.axis_title_size, tk.axis_title_size),
                lines: 1,
            },
        },
    );
    lines.append(&mut frame.lines);
    texts.append(&mut frame.texts);
    let plot = frame.plot;
    // Points and gaps as the plot's density asks (the tokens' one rule).
    let tk = tk.for_density(features.len(), plot.width() * plot.height());
    let (x_range, y_range) = (domain.x, domain.y);
    let sx = |v: f64| frame.x(v);
    let sy = |v: f64| frame.y(v);
    let mut zero = Vec::new();
    if (x_range.0..=x_range.1).contains(&0.0) {
        zero.push((Pos::new(sx(0.0), plot.min.y), Pos::new(sx(0.0), plot.max.y)));
    }
    if (y_range.0..=y_range.1).contains(&0.0) {
        zero.push((Pos::new(plot.min.x, sy(0.0)), Pos::new(plot.max.x, sy(0.0))));
    }
    for (from, to) in zero {
        lines.push(Line {
            from,
            to,
            color: colors.muted,
            width: tk.line_width,
            dash: 0.0,
        });
    }

    // Points and whiskers, the whiskers faint: they are long and many.
    let clamp_x = |v: f64| sx(v.clamp(x_range.0, x_range.1));
    let clamp_y = |v: f64| sy(v.clamp(y_range.0, y_range.1));
    let mut points: Vec<PointMark> = features
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
            number: 0,
        })
        .collect();
    naming::number(&mut points);
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

    // Labels, and the key of numbered points on the right: every entry, in as many columns as
    // it takes, set for the entries of this layout within the width planned.
    let (label_marks, keyed, key_texts) = scatter::name_points(
        sheet,
        &tk,
        (&points, plot, &[]),
        &words.key_title,
        right + m,
    );
    texts.extend(key_texts);
    texts.extend(legend.texts);

    let figure = sheet.figure(tk, plot, (legend.fills, lines, texts), points, label_marks);
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
        let ticks = |range| scatter::ticks(range, SCALE, &STEPS);
        assert_eq!(ticks((-0.3, 4.2)), [0.0, 1.0, 2.0, 3.0, 4.0]);
        assert_eq!(ticks((-0.3, 1.2)), [0.0, 0.5, 1.0]);
        // Zoomed in: finer steps, never fewer than three.
        let fine = ticks((0.12, 0.48));
        assert_eq!(fine.len(), 3, "{fine:?}");
        assert!((fine[0] - 0.2).abs() < 1e-9 && (fine[2] - 0.4).abs() < 1e-9);
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
