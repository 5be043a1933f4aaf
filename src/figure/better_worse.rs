//! The Better–Worse picture laid out: x = |Worse| (dissatisfaction when the feature is absent),
//! y = Better (satisfaction when present), both 0..1; quadrant lines where the analysis puts
//! them; one point per feature, coloured by its category and sized by its importance, with its
//! optional 95% intervals as whiskers; honest labels (see [`super::labels`]); a legend, a note,
//! a key of numbered points when names do not all fit, and a caption saying what is shown.
//!
//! It takes its figures as given (intervals included) and computes none.

use super::geometry::{Pos, Rect};
use super::labels::Mark;
use super::measure::{TextMeasure, wrap};
use super::palette::{Theme, category_color, mark_color};
use super::scatter::{self, Axes, Sheet, TitleFit, fit_text, title_line};
pub use super::scatter::{Domain, Limits};
use super::tokens::Tokens;
use super::{Anchor, Figure, Fill, LabelMark, Line, PointMark, Size, Text, TextRole};
use super::{naming, parts};
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

/// The whole Better–Worse square, with a little room around it: x is |Worse|, y is Better.
pub const FULL: Domain = Domain { x: RANGE, y: RANGE };

/// How far the Better–Worse picture zooms: the whole square, down to a hundredth.
pub const LIMITS: Limits = Limits {
    whole: FULL,
    narrowest: 0.01,
};

/// The Better–Worse picture's tick steps: quarters on the whole square, finer zoomed in, at
/// least three steps in view.
const STEPS: [(f64, f64); 5] = [
    (0.25, 3.0),
    (0.1, 3.0),
    (0.05, 3.0),
    (0.02, 3.0),
    (0.01, 3.0),
];

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
        FULL,
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
    let sheet = Sheet::new(size, theme, domain, options.min_label_size, measure);
    let names: Vec<&str> = features.iter().map(|f| f.name.as_str()).collect();
    let widest = widest_key(&sheet.tokens(), size);
    scatter::with_key(
        &names,
        sheet,
        (&words.key_title, Some(widest), 0.0),
        |sheet| lay_out(features, quadrant_lines, words, options, sheet),
    )
}

/// The widest a key of several columns may grow, as a share of the picture's width (one
/// column may always take its usual width).
const KEY_SHARE: f32 = 0.3;

/// The widest the key of a Better–Worse picture (one segment or two compared) may grow on a
/// picture of `size`: [`KEY_SHARE`] of its width, or a one-column key's usual width (at most;
/// longer names are cut) where that is more.
pub fn widest_key(tk: &Tokens, size: Size) -> f32 {
    (size.width * KEY_SHARE).max((320.0 * tk.scale).min(size.width * 0.35))
}

/// The quadrant names in the corners of the part of the 0..1 square in `view` (each only where
/// its corner shows its own quadrant), the quadrant lines crossing at `cross`: in the outer
/// corner, or where points (`marks`) lie there, in another corner of the quadrant or a size
/// smaller. Both Better–Worse pictures (one segment, two compared) place them here.
pub fn quadrant_names(
    measure: &dyn TextMeasure,
    tk: &Tokens,
    (view, cross): (Rect, Pos),
    categories: &[String; 6],
    marks: &[Mark],
) -> Vec<Text> {
    let (qx, qy) = (cross.x, cross.y);
    let text = |role, text: String, at: Pos, anchor, size: f32, color| {
        parts::text(measure, role, text, at, anchor, size, color)
    };
    let inner = view.expand(-tk.margin * 0.6);
    let name_sizes = (
        tk.quadrant_name_size,
        tk.min_text_size.min(tk.quadrant_name_size),
    );
    let mut texts = Vec::new();
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
            &categories[c.index()],
            name_sizes,
            inner.width() * 0.48,
            2,
        )];
        while let Some(&(s, _)) = fits.last().filter(|f| f.0 > name_sizes.1 + 0.01) {
            let smaller = (s * 0.85).max(name_sizes.1);
            fits.push(fit_text(
                measure,
                &categories[c.index()],
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
        // The outer corner first; where points lie under it or so near that their labels would
        // find no room beside them, the quadrant's other corners (within the quadrant, clear of
        // every point), then the same a size smaller, and so on; where every place holds
        // points, the place under the fewest of them. A name shrinks only to get off points,
        // never merely to keep its distance from them.
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
        let label_room = label_room(tk);
        let within = |lines: &[Text], reach: f32| {
            marks
                .iter()
                .filter(|p| {
                    lines
                        .iter()
                        .any(|t| t.rect.expand(reach).touches_disc(p.center, p.radius))
                })
                .count()
        };
        let covered = |lines: &[Text]| within(lines, tk.label_gap);
        let near = |lines: &[Text]| within(lines, label_room);
        let outer = set(&fits[0], x, anchor, from_top, inner.min.y, inner.max.y);
        let chosen = if near(&outer) == 0 || own.width() <= 0.0 || own.height() <= 0.0 {
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
            // Within half a unit: a name set from the quadrant's edge may end a rounding error
            // beyond it.
            let inside =
                |lines: &Vec<Text>| lines.iter().all(|t| own.expand(0.5).contains_rect(&t.rect));
            // The outer corner is always a place; the others only inside the quadrant.
            // Four places to a size: the outer corner and the quadrant's other three.
            let mut best = 0;
            let mut fewest = (usize::MAX, usize::MAX, usize::MAX);
            for (k, lines) in places.iter().enumerate() {
                if k > 0 && !inside(lines) {
                    continue;
                }
                let n = (covered(lines), k / 4, near(lines));
                if n < fewest {
                    (best, fewest) = (k, n);
                }
            }
            places.swap_remove(best)
        };
        texts.extend(chosen);
    }
    texts
}

/// A label's height and its gaps: the room a point's label needs beside it, which quadrant
/// names leave it.
fn label_room(tk: &Tokens) -> f32 {
    tk.label_size * 1.3 + 2.0 * tk.label_padding + 2.0 * tk.label_gap
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

fn lay_out(
    features: &[BetterWorseFeature],
    quadrant_lines: (f64, f64),
    words: &BetterWorseWords,
    options: FigureOptions,
    sheet: Sheet<'_>,
) -> (Figure, Vec<usize>) {
    let (size, domain, measure, key) = (sheet.size, sheet.domain, sheet.measure, sheet.key);
    let (with_key, key_width) = (key.is_some(), key.map_or(0.0, |k| k.width));
    let (tk, colors) = (sheet.tokens(), sheet.theme.colors());
    let (w, h, m) = (size.width, size.height, tk.margin);
    let mut texts: Vec<Text> = Vec::new();
    let mut fills: Vec<Fill> = Vec::new();
    let mut lines: Vec<Line> = Vec::new();
    let text = |role, text: String, at: Pos, anchor, size: f32, color| {
        parts::text(measure, role, text, at, anchor, size, color)
    };

    // The caption on top, so that nobody mistakes a segment for everyone.
    let caption_size = tk.caption_size;
    let (caption, top) = parts::caption(measure, &words.caption, &tk, w, colors.ink);
    texts.push(caption);

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

    // The frame: plot area, grid, ticks, axes and titles (smaller, or on two lines, where they
    // do not fit whole), with room for the key if it is needed.
    let right = w - m - key_width - if with_key { m } else { 0.0 };
    let mut frame = scatter::frame(
        measure,
        &tk,
        colors,
        Rect::new(m, top, right, legend_top - m),
        &Axes {
            domain,
            ticks_within: Domain {
                x: (0.0, 1.0),
                y: (0.0, 1.0),
            },
            steps: (&STEPS, &STEPS),
            tick_room: Some("0.75"),
            titles: (&words.axis_worse, &words.axis_better),
            title_fit: TitleFit {
                sizes: (tk.axis_title_size, tk.min_text_size.min(tk.axis_title_size)),
                lines: 2,
            },
        },
    );
    lines.append(&mut frame.lines);
    texts.append(&mut frame.texts);
    let plot = frame.plot;
    // Points, gaps and quadrant names as the plot's density asks (one rule, in the tokens).
    let tk = tk.for_density(features.len(), plot.width() * plot.height());
    let d = domain;
    let sx = |v: f64| frame.x(v);
    let sy = |v: f64| frame.y(v);

    // Tints, then the frame's grid, ticks, axes and titles, then the quadrant lines.
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
    // Points (the quadrant names keep clear of them where they can).
    let mut points: Vec<PointMark> = features
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
            number: 0,
        })
        .collect();
    naming::number(&mut points);

    // The quadrant names, clear of the points where they can be; labels keep clear of them.
    let view = clipped(square, plot).unwrap_or(plot);
    let marks: Vec<Mark> = points.iter().map(PointMark::mark).collect();
    let mut names = quadrant_names(
        measure,
        &tk,
        (view, Pos::new(qx, qy)),
        &words.categories,
        &marks,
    );
    // Labels, and the key of numbered points on the right: every entry, in as many columns as
    // it takes, set for the entries of this layout within the width planned.
    let name_points_clear_of = |names: &[Text]| {
        let obstacles: Vec<Rect> = names.iter().map(|t| t.rect.expand(tk.label_gap)).collect();
        scatter::name_points(
            sheet,
            &tk,
            (&points, plot, &obstacles),
            &words.key_title,
            right + m,
        )
    };
    let unlabelled = |labels: &[LabelMark]| naming::unlabelled(points.len(), labels);
    let mut named = name_points_clear_of(&names);
    // A quadrant name never costs a point its label: the names next to a point left without
    // one step aside (the legend still gives each colour's category).
    let lost = unlabelled(&named.0);
    if !lost.is_empty() {
        let near = |t: &Text| {
            lost.iter().any(|&i| {
                let p = &points[i];
                t.rect
                    .expand(label_room(&tk))
                    .touches_disc(p.center, p.radius)
            })
        };
        let aside: Vec<TextRole> = names.iter().filter(|t| near(t)).map(|t| t.role).collect();
        let kept: Vec<Text> = names
            .iter()
            .filter(|t| !aside.contains(&t.role))
            .cloned()
            .collect();
        if kept.len() < names.len() {
            let again = name_points_clear_of(&kept);
            if unlabelled(&again.0).len() < lost.len() {
                (names, named) = (kept, again);
            }
        }
    }
    let (label_marks, keyed, key_texts) = named;
    texts.extend(names);

    // Whiskers.
    if options.show_intervals {
        let (x0, x1) = (d.x.0.max(0.0), d.x.1.min(1.0));
        let (y0, y1) = (d.y.0.max(0.0), d.y.1.min(1.0));
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

    texts.extend(key_texts);

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

    let figure = sheet.figure(tk, plot, (fills, lines, texts), points, label_marks);
    (figure, keyed)
}
