//! The Better–Worse picture of two segments compared, A → B: each feature's place in A as a ring
//! (in A's category colour), its place in B as a filled point (B's category colour, sized by
//! B's importance), and an arrow from the ring to the point, stronger where the segments'
//! category distributions differ (Benjamini–Hochberg adjusted p < 0.05). Labels sit at B's point
//! by the rules of [`super::labels`], keeping clear of rings and arrows too: when crowded, a
//! label may cross a thin arrow's shaft rather than leave a point without its name or number,
//! a strong arrow's only as a last resort. The shared key ([`super::parts::key`]) lists every
//! number. A feature that a segment is too small to say anything about is left out, and
//! the caption's second line says how many and why. The caption names both segments with their n.
//!
//! The frame (caption, axes, quadrants, note) is the one of [`super::better_worse`], laid out for
//! what the legend and key leave; this module adds only what a comparison has. Like every layout
//! it computes no statistic: positions and verdicts come in from the results model.

use super::better_worse::{
    BetterWorseFeature, BetterWorseWords, FULL, FigureOptions, better_worse, widest_key,
};
use super::geometry::{Pos, Rect};
use super::labels::{Mark, Room};
use super::measure::{TextMeasure, cut};
use super::naming;
use super::palette::{Theme, category_color, mark_color};
use super::parts::{self, KeyPlan, fit_key, key_entry};
use super::scatter::{self, Sheet};
use super::tokens::Tokens;
use super::{Anchor, ArrowMark, Figure, Fill, PointMark, RingMark, Size, Text, TextRole};
use crate::i18n::{Texts, fill};
use crate::kano::Category;
use crate::project::{Project, SegmentFilter};
use crate::results::Comparison;
use crate::results::comparison::{DIFFERS_BELOW, TOO_SMALL_BELOW};

/// One feature in both segments.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparedFeature {
    /// Its figures in the first segment (the ring).
    pub from: BetterWorseFeature,
    /// Its figures in the second segment (the point; its id and name name the feature).
    pub to: BetterWorseFeature,
    /// The segments differ for it: Benjamini–Hochberg adjusted p < 0.05.
    pub differs: bool,
}

/// The features of the first two segments of `comparison` that `shown` keeps (by project
/// position), each with its position in the project, and how many of the shown were left out
/// because a segment is too small to say anything about them (or has no Better and Worse).
pub fn compared_features(
    project: &Project,
    comparison: &Comparison,
    shown: impl Fn(usize) -> bool,
) -> (Vec<(usize, ComparedFeature)>, usize) {
    let mut left_out = 0;
    let mut out = Vec::new();
    if comparison.results.len() < 2 {
        return (out, 0);
    }
    let of = |position: usize, index: usize| {
        super::better_worse::features_of(project, &comparison.results[position], |i| i == index)
            .into_iter()
            .next()
            .map(|(_, f)| f)
    };
    for feature in comparison.features.iter().filter(|f| shown(f.index)) {
        let pair = if feature.too_small(0) || feature.too_small(1) {
            None
        } else {
            of(0, feature.index).zip(of(1, feature.index))
        };
        let Some((from, to)) = pair else {
            left_out += 1;
            continue;
        };
        let differs = feature
            .test
            .and_then(|t| t.p_adjusted)
            .is_some_and(|p| p < DIFFERS_BELOW);
        out.push((feature.index, ComparedFeature { from, to, differs }));
    }
    (out, left_out)
}

/// The words of the comparison picture.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparisonWords {
    /// The frame's words; its caption names both segments with their n.
    pub frame: BetterWorseWords,
    /// The caption's second line: how many features were left out and why.
    pub left_out: Option<String>,
    /// The legend's entry for a ring (where a feature was in the first segment).
    pub ring: String,
    /// The legend's entry for an arrow (to the second segment's point).
    pub arrow: String,
    /// The legend's entry for a strong arrow.
    pub differs: String,
}

impl ComparisonWords {
    /// The words for the first two segments of `comparison`, with `left_out` features left out.
    pub fn new(t: &Texts, project: &Project, comparison: &Comparison, left_out: usize) -> Self {
        let segment = |k: usize| comparison.segments.get(k).cloned().unwrap_or_default();
        let n = |k: usize| comparison.results.get(k).map_or(0, |r| r.respondents);
        let caption_of =
            |k: usize| super::caption::caption(t, &SegmentFilter::Only(segment(k)), n(k), None);
        let f = &t.figure;
        let caption = fill(
            f.compare_caption,
            &[("from", &caption_of(0)), ("to", &caption_of(1))],
        );
        let quadrant_lines = comparison
            .results
            .get(1)
            .map_or((0.5, 0.5), |r| r.quadrant_lines);
        Self {
            frame: BetterWorseWords::new(t, caption, quadrant_lines, project.importance_scale()),
            left_out: (left_out > 0).then(|| {
                fill(
                    f.compare_left_out,
                    &[("n", &left_out), ("min", &TOO_SMALL_BELOW)],
                )
            }),
            ring: fill(f.compare_ring, &[("segment", &segment(0))]),
            arrow: fill(f.compare_arrow, &[("segment", &segment(1))]),
            differs: f.compare_differs.to_owned(),
        }
    }
}

/// The hover text of a feature: its name and its Better and |Worse| in both segments.
pub fn tooltip(t: &Texts, segments: (&str, &str), f: &ComparedFeature) -> String {
    let two = |v: f64| crate::i18n::number::fixed(v, 2);
    fill(
        t.figure.compare_point_tip,
        &[
            ("name", &f.to.name),
            ("from", &segments.0),
            ("from_better", &two(f.from.better)),
            ("from_worse", &two(f.from.worse)),
            ("to", &segments.1),
            ("to_better", &two(f.to.better)),
            ("to_worse", &two(f.to.worse)),
        ],
    )
}

/// Lays out the comparison picture (intervals are not drawn: arrows say enough).
pub fn comparison(
    features: &[ComparedFeature],
    quadrant_lines: (f64, f64),
    words: &ComparisonWords,
    size: Size,
    theme: Theme,
    options: FigureOptions,
    measure: &dyn TextMeasure,
) -> Figure {
    let sheet = Sheet::new(size, theme, FULL, options.min_label_size, measure);
    let names: Vec<&str> = features.iter().map(|f| f.to.name.as_str()).collect();
    // A second caption line (features left out) shortens the key's column.
    let tk = sheet.tokens();
    let second_line = if words.left_out.is_some() {
        tk.caption_size * 1.3
    } else {
        0.0
    };
    let widest = widest_key(&tk, size);
    scatter::with_key(
        &names,
        sheet,
        (&words.frame.key_title, Some(widest), second_line),
        |sheet| {
            lay_out(
                features,
                quadrant_lines,
                words,
                size,
                theme,
                options,
                measure,
                sheet.key,
            )
        },
    )
}

/// The key's entries for the features `keyed` (their points `points`): number and name.
fn key_entries(features: &[ComparedFeature], points: &[PointMark], keyed: &[usize]) -> Vec<String> {
    keyed
        .iter()
        .map(|&i| key_entry(points[i].number, &features[i].to.name))
        .collect()
}

/// One entry of the legend under the plot.
enum Sample {
    Category(Category),
    Ring,
    Arrow { strong: bool },
}

#[allow(clippy::too_many_arguments)]
fn lay_out(
    features: &[ComparedFeature],
    quadrant_lines: (f64, f64),
    words: &ComparisonWords,
    size: Size,
    theme: Theme,
    options: FigureOptions,
    measure: &dyn TextMeasure,
    key: Option<KeyPlan>,
) -> (Figure, Vec<usize>) {
    let tk = Tokens::for_size(size.width, size.height).with_min_label_size(options.min_label_size);
    let colors = theme.colors();
    let (w, h) = (size.width, size.height);
    let m = tk.margin;
    let cs = tk.caption_size;
    let line_h = cs * 1.45;
    let key_room = key.map_or(0.0, |k| k.width + m);

    // The legend: the categories in the second segment, the ring, the arrow and, when some
    // feature differs, the strong arrow; wrapped to the width left of the key.
    let swatch = cs * 0.8;
    let arrow_sample = cs * 2.2;
    let mut samples: Vec<(Sample, String)> = Category::ALL
        .into_iter()
        .filter(|c| features.iter().any(|f| f.to.category == Some(*c)))
        .map(|c| {
            let name = format!("{} {}", c.letter(), words.frame.categories[c.index()]);
            (Sample::Category(c), name)
        })
        .collect();
    if !features.is_empty() {
        samples.push((Sample::Ring, words.ring.clone()));
        samples.push((Sample::Arrow { strong: false }, words.arrow.clone()));
    }
    if features.iter().any(|f| f.differs) {
        samples.push((Sample::Arrow { strong: true }, words.differs.clone()));
    }
    let mut legend: Vec<(f32, usize, Sample, String)> = Vec::new();
    let (mut x, mut row) = (m, 0usize);
    for (sample, name) in samples {
        let mark = match sample {
            Sample::Arrow { .. } => arrow_sample,
            _ => swatch,
        };
        let width = mark + cs * 0.35 + measure.width(&name, cs);
        if x > m && x + width > w - m - key_room {
            x = m;
            row += 1;
        }
        legend.push((x, row, sample, name));
        x += width + cs * 1.2;
    }
    let legend_rows = if legend.is_empty() { 0 } else { row + 1 };
    let bottom_extra = legend_rows as f32 * line_h;
    let top_extra = if words.left_out.is_some() {
        cs * 1.3
    } else {
        0.0
    };

    // The frame, for the space the legend, the caption's second line and the key leave.
    let frame_size = Size {
        width: (w - key_room).max(1.0),
        height: (h - top_extra - bottom_extra).max(1.0),
    };
    let mut figure = better_worse(
        &[],
        quadrant_lines,
        &words.frame,
        frame_size,
        theme,
        FigureOptions {
            show_intervals: false,
            ..options
        },
        measure,
    );
    let ftk = figure.tokens;
    shift_below_caption(&mut figure, top_extra);
    figure.size = size;
    let plot = figure.plot;
    let mut texts: Vec<Text> = Vec::new();
    if let Some(left_out) = &words.left_out {
        let size = ftk.caption_size * 0.9;
        let line = cut(measure, left_out, size, w - 2.0 * ftk.margin);
        let baseline = ftk.margin + ftk.caption_size * 1.3 + size * 0.95;
        let mut t = text(
            measure,
            TextRole::Caption,
            line,
            Pos::new(ftk.margin, baseline),
            size,
            colors.muted,
        );
        t.anchor = Anchor::Start;
        texts.push(t);
    }

    // The frame's own mapping over the whole square.
    let sx = |v: f64| FULL.x_in(plot, v.clamp(0.0, 1.0));
    let sy = |v: f64| FULL.y_in(plot, v.clamp(0.0, 1.0));

    // Rings where the features were, points where they are, and the arrows between.
    let ring_width = ftk.line_width * 1.3;
    let mut points: Vec<PointMark> = features
        .iter()
        .enumerate()
        .map(|(i, f)| PointMark {
            feature: i,
            id: f.to.id.clone(),
            name: f.to.name.clone(),
            center: Pos::new(sx(f.to.worse), sy(f.to.better)),
            radius: ftk.point_radius(f.to.importance),
            color: mark_color(f.to.category),
            category: f.to.category,
            number: 0,
        })
        .collect();
    naming::number(&mut points);
    let rings: Vec<RingMark> = features
        .iter()
        .enumerate()
        .map(|(i, f)| RingMark {
            feature: Some(i),
            id: f.to.id.clone(),
            center: Pos::new(sx(f.from.worse), sy(f.from.better)),
            radius: ftk.point_radius(f.from.importance),
            color: mark_color(f.from.category),
            width: ring_width,
            fill_opacity: 0.12,
        })
        .collect();
    let mut arrows: Vec<ArrowMark> = Vec::new();
    for (i, f) in features.iter().enumerate() {
        let (ring, point) = (&rings[i], &points[i]);
        if let Some(mut a) = arrow(
            &ftk,
            colors,
            f.differs,
            (ring.center, ring.radius + ring_width / 2.0),
            (point.center, point.radius + 1.5),
        ) {
            a.feature = Some(i);
            a.id = f.to.id.clone();
            arrows.push(a);
        }
    }

    // The quadrant names again, now that the points and rings are known: clear of them where
    // they can be (the frame set them for an empty square).
    figure
        .texts
        .retain(|t| !matches!(t.role, TextRole::QuadrantName(_)));
    let discs: Vec<Mark> = points
        .iter()
        .map(PointMark::mark)
        .chain(rings.iter().map(|r| Mark {
            center: r.center,
            radius: r.radius + r.width / 2.0,
        }))
        .collect();
    figure.texts.extend(super::better_worse::quadrant_names(
        measure,
        &ftk,
        (
            Rect::new(sx(0.0), sy(1.0), sx(1.0), sy(0.0)),
            Pos::new(sx(quadrant_lines.0), sy(quadrant_lines.1)),
        ),
        &words.frame.categories,
        &discs,
    ));

    // Labels at the points, clear of the rings, the arrows and the quadrant names.
    let mut obstacles: Vec<Rect> = figure
        .texts
        .iter()
        .filter(|t| matches!(t.role, TextRole::QuadrantName(_)))
        .map(|t| t.rect.expand(ftk.label_gap))
        .collect();
    let quadrant_names = obstacles.len();
    for a in &arrows {
        obstacles.extend(arrow_boxes(a, true));
    }
    let marks: Vec<Mark> = points
        .iter()
        .map(PointMark::mark)
        // A ring that overlaps its own point reads as that point's halo: it is no other point
        // for a label to keep away from (else a feature that did not move could never be named).
        .chain(
            rings
                .iter()
                .zip(&points)
                .filter(|(r, p)| !ring_under_point(r, p))
                .map(|(r, _)| Mark {
                    center: r.center,
                    radius: r.radius + r.width / 2.0,
                }),
        )
        .collect();
    let names: Vec<&str> = features.iter().map(|f| f.to.name.as_str()).collect();
    let ids: Vec<&str> = features.iter().map(|f| f.to.id.as_str()).collect();
    let numbers: Vec<usize> = points.iter().map(|p| p.number).collect();
    let named = naming::Named {
        names: &names,
        ids: &ids,
        numbers: &numbers,
    };
    let name_among = |marks: &[Mark], obstacles: &[Rect]| {
        let room = Room {
            frame: plot,
            obstacles,
            gap: ftk.label_gap,
        };
        naming::name_points(marks, named, &ftk, room, measure)
    };
    let name = |obstacles: &[Rect]| name_among(&marks, obstacles);
    let (mut labels, mut keyed) = name(&obstacles);
    let unnamed = |labels: &[super::LabelMark], keyed: &[usize]| {
        (naming::unlabelled(points.len(), labels).len(), keyed.len())
    };
    if !keyed.is_empty() {
        // Crowded: labels may cross the thin arrows' shafts rather than go without a name (the
        // heads, which say where an arrow goes, stay clear, and so do the strong arrows, which
        // are what the picture is about).
        obstacles.truncate(quadrant_names);
        for a in &arrows {
            obstacles.extend(arrow_boxes(a, a.strong));
        }
        let (again, again_keyed) = name(&obstacles);
        if unnamed(&again, &again_keyed) < unnamed(&labels, &keyed) {
            (labels, keyed) = (again, again_keyed);
        }
    }
    // Still a point without name or number: a label over a strong arrow, and at last over any
    // arrow's head, is better than none.
    for heads in [true, false] {
        if unnamed(&labels, &keyed).0 == 0 {
            break;
        }
        obstacles.truncate(quadrant_names);
        for a in arrows.iter().filter(|_| heads) {
            obstacles.extend(arrow_boxes(a, false));
        }
        let (again, again_keyed) = name(&obstacles);
        if unnamed(&again, &again_keyed) < unnamed(&labels, &keyed) {
            (labels, keyed) = (again, again_keyed);
        }
    }
    if unnamed(&labels, &keyed).0 > 0 {
        // At last the rings are only boxes to keep off (a label may come close to one, never
        // over it), not points for a label to keep its distance from.
        obstacles.truncate(quadrant_names);
        obstacles.extend(
            rings
                .iter()
                .zip(&points)
                .filter(|(r, p)| !ring_under_point(r, p))
                .map(|(r, _)| {
                    let reach = r.radius + r.width / 2.0;
                    Rect::new(
                        r.center.x - reach,
                        r.center.y - reach,
                        r.center.x + reach,
                        r.center.y + reach,
                    )
                }),
        );
        let (mut again, mut again_keyed) = name_among(&marks[..points.len()], &obstacles);
        // A label right by its point stays nearer to it, edge to edge, than to any other
        // feature's ring; one that is not goes to the key.
        again.retain(|l| {
            if l.leader.is_some() {
                return true;
            }
            let own = l
                .features
                .iter()
                .map(|&i| l.rect.distance_to(points[i].center) - points[i].radius)
                .fold(f32::MAX, f32::min);
            let clear = rings.iter().zip(&points).all(|(r, p)| {
                l.features.contains(&p.feature)
                    || ring_under_point(r, p)
                    || l.rect.distance_to(r.center) - r.radius - r.width / 2.0 > own
            });
            if !clear {
                again_keyed.extend(l.features.iter().copied());
            }
            clear
        });
        again_keyed.sort_unstable_by_key(|&i| numbers[i]);
        again_keyed.dedup();
        if unnamed(&again, &again_keyed) < unnamed(&labels, &keyed) {
            (labels, keyed) = (again, again_keyed);
        }
    }

    // The key of numbered points, in a column on the right: every entry, in as many columns
    // as it takes, within the width planned.
    if let Some(planned) = key.filter(|_| !keyed.is_empty()) {
        let entries = key_entries(features, &points, &keyed);
        let key_features: Vec<usize> = keyed.iter().map(|&i| points[i].feature).collect();
        let top = plot.min.y;
        let k = fit_key(
            measure,
            &tk,
            &entries,
            &words.frame.key_title,
            h - m - top,
            w,
            Some(planned.width),
        );
        texts.extend(parts::key(
            measure,
            colors,
            (w - m - planned.width, top),
            k,
            (&entries, &key_features),
            &words.frame.key_title,
        ));
    }

    // The legend under the frame.
    let legend_top = h - m - bottom_extra;
    let mut legend_rings = Vec::new();
    let mut legend_arrows = Vec::new();
    for (x, row, sample, name) in legend {
        let baseline = legend_top + row as f32 * line_h + cs;
        let middle = baseline - swatch / 2.0;
        let mark = match sample {
            Sample::Category(c) => {
                figure.fills.push(Fill {
                    rect: Rect::from_min_size(Pos::new(x, baseline - swatch), swatch, swatch),
                    color: category_color(c),
                    opacity: 1.0,
                });
                swatch
            }
            Sample::Ring => {
                legend_rings.push(RingMark {
                    feature: None,
                    id: String::new(),
                    center: Pos::new(x + swatch / 2.0, middle),
                    radius: swatch / 2.0 - ring_width / 2.0,
                    color: colors.muted,
                    width: ring_width,
                    fill_opacity: 0.12,
                });
                swatch
            }
            Sample::Arrow { strong } => {
                if let Some(a) = arrow(
                    &ftk,
                    colors,
                    strong,
                    (Pos::new(x, middle), 0.0),
                    (Pos::new(x + arrow_sample, middle), 0.0),
                ) {
                    legend_arrows.push(a);
                }
                arrow_sample
            }
        };
        texts.push(text(
            measure,
            TextRole::Legend,
            name,
            Pos::new(x + mark + cs * 0.35, baseline),
            cs,
            colors.ink,
        ));
    }

    figure.texts.extend(texts);
    figure.points = points;
    figure.labels = labels;
    figure.rings = rings;
    figure.rings.extend(legend_rings);
    figure.arrows = arrows;
    figure.arrows.extend(legend_arrows);
    (figure, keyed)
}

/// Whether a feature's ring overlaps its own point (the feature hardly moved).
pub fn ring_under_point(ring: &RingMark, point: &PointMark) -> bool {
    ring.center.distance(point.center) < ring.radius + ring.width / 2.0 + point.radius
}

/// Moves everything but the caption down by `dy`, making room for the caption's second line.
fn shift_below_caption(figure: &mut Figure, dy: f32) {
    if dy == 0.0 {
        return;
    }
    let down = |p: &mut Pos| p.y += dy;
    let down_rect = |r: &mut Rect| {
        r.min.y += dy;
        r.max.y += dy;
    };
    down_rect(&mut figure.plot);
    for f in &mut figure.fills {
        down_rect(&mut f.rect);
    }
    for l in &mut figure.lines {
        down(&mut l.from);
        down(&mut l.to);
    }
    for t in figure
        .texts
        .iter_mut()
        .filter(|t| t.role != TextRole::Caption)
    {
        down(&mut t.at);
        down_rect(&mut t.rect);
    }
}

/// The arrow from the disc `from` (centre, radius) to the disc `to`, its tip on `to`'s edge;
/// `None` when the discs are too close for one.
fn arrow(
    tk: &Tokens,
    colors: super::palette::Colors,
    strong: bool,
    from: (Pos, f32),
    to: (Pos, f32),
) -> Option<ArrowMark> {
    let width = if strong {
        tk.line_width * 2.0
    } else {
        tk.line_width
    };
    let head_length = width * 3.0 + 5.0 * tk.scale;
    let half = head_length * 0.45;
    let (a, b) = (from.0, to.0);
    let d = a.distance(b);
    if d <= f32::EPSILON {
        return None;
    }
    let (ux, uy) = ((b.x - a.x) / d, (b.y - a.y) / d);
    let along = |p: Pos, t: f32| Pos::new(p.x + ux * t, p.y + uy * t);
    let start = along(a, from.1);
    let tip = along(b, -to.1);
    if start.distance(tip) < head_length * 1.5 || d < from.1 + to.1 {
        return None;
    }
    let base = along(tip, -head_length);
    let (nx, ny) = (-uy, ux);
    Some(ArrowMark {
        feature: None,
        id: String::new(),
        from: start,
        to: tip,
        shaft_end: along(tip, -head_length * 0.6),
        head: [
            tip,
            Pos::new(base.x + nx * half, base.y + ny * half),
            Pos::new(base.x - nx * half, base.y - ny * half),
        ],
        color: if strong { colors.ink } else { colors.muted },
        width,
        strong,
    })
}

/// Small boxes along an arrow (only its head without `shaft`), for labels to keep clear of.
fn arrow_boxes(a: &ArrowMark, shaft: bool) -> Vec<Rect> {
    let half = a.width / 2.0 + 1.0;
    let length = a.from.distance(a.shaft_end);
    let step = (half * 3.0).max(3.0);
    let steps = (length / step).ceil().max(1.0) as usize;
    let mut boxes: Vec<Rect> = (0..=steps)
        .filter(|_| shaft)
        .map(|k| {
            let t = k as f32 / steps as f32;
            let p = Pos::new(
                a.from.x + (a.shaft_end.x - a.from.x) * t,
                a.from.y + (a.shaft_end.y - a.from.y) * t,
            );
            let r = half + step / 2.0;
            Rect::new(p.x - r, p.y - r, p.x + r, p.y + r)
        })
        .collect();
    let xs = a.head.map(|p| p.x);
    let ys = a.head.map(|p| p.y);
    boxes.push(Rect::new(
        xs.iter().copied().fold(f32::MAX, f32::min),
        ys.iter().copied().fold(f32::MAX, f32::min),
        xs.iter().copied().fold(f32::MIN, f32::max),
        ys.iter().copied().fold(f32::MIN, f32::max),
    ));
    boxes
}

fn text(
    measure: &dyn TextMeasure,
    role: TextRole,
    text: String,
    at: Pos,
    size: f32,
    color: super::Rgb,
) -> Text {
    let width = measure.width(&text, size);
    Text {
        role,
        rect: Rect::new(at.x, at.y - size * 0.95, at.x + width, at.y + size * 0.3),
        text,
        at,
        anchor: Anchor::Start,
        size,
        color,
        bold: false,
        vertical: false,
        feature: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::FixedAdvance;
    use crate::i18n::Lang;
    use crate::kano::{Analysis, Answer, Response};
    use crate::project::{Feature, Respondent};
    use crate::results::comparison::compare;

    /// Two features; every commuter and tourist answers "wifi", only `few` tourists answer
    /// "lift".
    fn project(few: usize) -> Project {
        let like = Response::pair(Answer::Like, Answer::Neutral);
        let must = Response::pair(Answer::Neutral, Answer::Dislike);
        let respondents = (0..30)
            .map(|i| Respondent {
                id: format!("c{i}"),
                segment: "Commuter".into(),
                responses: vec![must, must],
                ..Respondent::default()
            })
            .chain((0..20).map(|i| Respondent {
                id: format!("t{i}"),
                segment: "Tourist".into(),
                responses: vec![like, if i < few { like } else { Response::default() }],
                ..Respondent::default()
            }))
            .collect();
        let feature = |id: &str| Feature {
            id: id.into(),
            name: id.into(),
            ..Feature::default()
        };
        Project::from_parts(
            "t".into(),
            Analysis::default(),
            vec![feature("wifi"), feature("lift")],
            respondents,
        )
        .unwrap()
    }

    #[test]
    fn a_feature_a_segment_is_too_small_for_is_left_out_and_counted_in_the_caption() {
        let t = Lang::En.texts();
        let segments = ["Commuter".to_owned(), "Tourist".to_owned()];
        let p = project(TOO_SMALL_BELOW as usize - 1);
        let c = compare(&p, &Analysis::default(), &segments);
        let (shown, left_out) = compared_features(&p, &c, |_| true);
        assert_eq!(left_out, 1);
        assert_eq!(shown.len(), 1);
        assert_eq!(shown[0].0, 0);
        let (from, to) = (&shown[0].1.from, &shown[0].1.to);
        assert_eq!(
            (from.category, to.category),
            (Some(Category::M), Some(Category::A))
        );
        // Untested comparisons are never drawn as differing.
        assert!(!shown[0].1.differs);
        let words = ComparisonWords::new(t, &p, &c, left_out);
        let figure = comparison(
            &shown.into_iter().map(|(_, f)| f).collect::<Vec<_>>(),
            (0.5, 0.5),
            &words,
            Size {
                width: 1024.0,
                height: 768.0,
            },
            Theme::Light,
            FigureOptions::for_respondents(50),
            &FixedAdvance,
        );
        let captions: Vec<&str> = figure
            .texts_in(TextRole::Caption)
            .map(|t| t.text.as_str())
            .collect();
        assert_eq!(
            captions,
            [
                "Arrows from Segment “Commuter” (n = 30) to Segment “Tourist” (n = 20)",
                "Features left out: 1 (a segment has fewer than 10 answers to them: too few to say anything)"
            ]
        );
        assert_eq!(figure.points.len(), 1);
        assert_eq!(
            figure.rings.iter().filter(|r| r.feature.is_some()).count(),
            1
        );
        // The caption's second line sits under the first, above everything else.
        let second = figure.texts_in(TextRole::Caption).nth(1).unwrap();
        assert!(figure.caption().unwrap().rect.max.y <= second.rect.min.y);
        assert!(second.rect.max.y <= figure.plot.min.y);
        assert!(
            figure
                .texts
                .iter()
                .filter(|t| !matches!(t.role, TextRole::Caption | TextRole::AxisTitle))
                .all(|t| t.rect.min.y >= second.rect.max.y)
        );
        // With enough tourists, nothing is left out and the caption has one line.
        let p = project(TOO_SMALL_BELOW as usize);
        let c = compare(&p, &Analysis::default(), &segments);
        let (shown, left_out) = compared_features(&p, &c, |_| true);
        assert_eq!((shown.len(), left_out), (2, 0));
        assert_eq!(ComparisonWords::new(t, &p, &c, 0).left_out, None);
    }

    #[test]
    fn a_difference_is_strong_only_below_the_adjusted_p() {
        let segments = ["Commuter".to_owned(), "Tourist".to_owned()];
        let p = project(20);
        let tested =
            crate::results::comparison::compare_tested(&p, &Analysis::default(), &segments);
        let (shown, _) = compared_features(&p, &tested, |_| true);
        // 30 Must-be against 20 Attractive: they differ, adjusted or not.
        assert!(shown.iter().all(|(_, f)| f.differs));
        let mut loose = tested.clone();
        for f in &mut loose.features {
            if let Some(test) = &mut f.test {
                test.p_value = Some(0.01);
                test.p_adjusted = Some(0.2);
            }
        }
        let (shown, _) = compared_features(&p, &loose, |_| true);
        assert!(shown.iter().all(|(_, f)| !f.differs));
    }
}
