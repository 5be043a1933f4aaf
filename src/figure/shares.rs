//! The category-shares chart laid out: one bar per feature, split into the shares of A, O, M,
//! I, R and Q among the respondents who answered both questions, in the category colours;
//! features in journey order under their touchpoint, names at the left (cut with "…" when long:
//! the bar's tooltip has them whole), the category letter and n at the right, a legend and the
//! caption on top. One letter hides a split audience; this chart shows it.
//!
//! The chart keeps bars readable: it grows taller than asked when its features do not fit at a
//! readable row height (the studio scrolls it; a file is simply taller). It computes no share:
//! counts come in from the engine.

use super::geometry::{Pos, Rect};
use super::measure::{TextMeasure, cut};
use super::palette::{Rgb, Theme, category_color};
use super::parts::{self, text};
use super::tokens::Tokens;
use super::{Anchor, BarMark, Figure, Fill, Line, Size, Text, TextRole};
use crate::i18n::Texts;
use crate::kano::{Category, CategoryCounts};
use crate::project::{Grouping, Project};
use crate::results::Results;

/// One feature of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareFeature {
    /// The feature's id (written into SVG as `data-id` and `data-feature`).
    pub id: String,
    /// The feature's name.
    pub name: String,
    /// Its touchpoint ("" for none): features of a touchpoint sit under its heading.
    pub touchpoint: String,
    /// Respondents who answered both questions.
    pub n: u32,
    /// How many of them fell in each category.
    pub counts: CategoryCounts,
    /// The category under the rule in force.
    pub category: Option<Category>,
    /// The two leading categories are not significantly apart.
    pub mixed: bool,
}

/// The features of `results` that `shown` keeps (by project position), each with its position
/// in the project: grouped by touchpoint as [`Project::groups`] orders them (features without a
/// touchpoint last, as on the map), so that each touchpoint is one block under one heading even
/// when its features are not next to each other in the project.
pub fn features_of(
    project: &Project,
    results: &Results,
    shown: impl Fn(usize) -> bool,
) -> Vec<(usize, ShareFeature)> {
    project
        .groups(Grouping::ByTouchpoint)
        .iter()
        .flat_map(|g| g.features.iter().copied())
        .filter(|&i| shown(i))
        .filter_map(|i| {
            let r = results.features.iter().find(|r| r.index == i)?;
            let f = project.features().get(i)?;
            Some((
                r.index,
                ShareFeature {
                    id: f.id.clone(),
                    name: f.name.clone(),
                    touchpoint: f.touchpoint.clone(),
                    n: r.stats.n,
                    counts: r.stats.counts,
                    category: r.stats.category,
                    mixed: r.stats.is_mixed(),
                },
            ))
        })
        .collect()
}

/// The words of the chart, in the person's language.
#[derive(Clone, Debug, PartialEq)]
pub struct SharesWords {
    /// What is shown: segment, n, touchpoint filter.
    pub caption: String,
    /// The title under the share axis.
    pub axis_share: String,
    /// The name of each category, indexed by `Category::index`.
    pub categories: [String; 6],
    /// What "≈" after a category letter means.
    pub mixed_note: String,
    /// Written in the bar of a feature nobody answered.
    pub not_answered: String,
    /// The heading over features without a touchpoint (after those with one).
    pub without_touchpoint: String,
}

impl SharesWords {
    /// The words from the interface strings, with a caption made by [`super::caption`].
    pub fn new(t: &Texts, caption: String) -> Self {
        Self {
            caption,
            axis_share: t.report.axis_share.to_owned(),
            categories: Category::ALL.map(|c| t.category(c).to_owned()),
            mixed_note: format!("≈ {}", t.method.mixed),
            not_answered: t.report.not_answered.to_owned(),
            without_touchpoint: t.features.no_touchpoint.to_owned(),
        }
    }
}

/// "45%".
pub fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// Lays out the chart. Its width is `size.width`; its height at least `size.height`, more when
/// the features need it. Text is never smaller than `min_label_size` (0 for the tokens' own).
pub fn shares(
    features: &[ShareFeature],
    words: &SharesWords,
    size: Size,
    theme: Theme,
    min_label_size: f32,
    measure: &dyn TextMeasure,
) -> Figure {
    let tk = Tokens::for_size(size.width, size.height).with_min_label_size(min_label_size);
    let colors = theme.colors();
    let w = size.width;
    let m = tk.margin;
    let mut texts: Vec<Text> = Vec::new();
    let mut fills: Vec<Fill> = Vec::new();
    let mut lines: Vec<Line> = Vec::new();

    let (caption, top) = parts::caption(measure, &words.caption, &tk, w, colors.ink);
    texts.push(caption);
    let legend = parts::legend(
        measure,
        &tk,
        colors,
        (m, w - m, top),
        &Category::ALL,
        &words.categories,
        &[&words.mixed_note],
    );
    fills.extend(legend.fills);
    texts.extend(legend.texts);
    let rows_top = top + legend.height + m;

    // The rows: a heading where the touchpoint changes, then the feature.
    enum Row {
        Heading(usize),
        Feature(usize),
    }
    let mut rows = Vec::new();
    let mut touchpoint: Option<&str> = None;
    for (i, f) in features.iter().enumerate() {
        let tp = f.touchpoint.as_str();
        // Features without a touchpoint get a heading of their own only after other headings.
        if touchpoint != Some(tp) && (!tp.is_empty() || touchpoint.is_some()) {
            rows.push(Row::Heading(i));
        }
        touchpoint = Some(tp);
        rows.push(Row::Feature(i));
    }
    let count = rows.len().max(1) as f32;
    let bottom_block = m * 0.5 + tk.tick_size * 1.6 + tk.axis_title_size * 1.5 + m;
    let fitted = (size.height - rows_top - bottom_block) / count;
    let row_h = fitted.clamp(tk.label_size * 1.7, tk.label_size * 3.2);
    let height = size.height.max(rows_top + row_h * count + bottom_block);
    let chart_bottom = rows_top + row_h * count;

    // Columns: names, bars, the category letter, n.
    let name_size = (row_h * 0.55).min(tk.label_size);
    let gap = m;
    let name_column = features
        .iter()
        .map(|f| measure.width(&f.name, name_size))
        .fold(80.0 * tk.scale, f32::max)
        .min(w * 0.3);
    let verdict_w = measure.width("M ≈", name_size) * 1.1;
    let n_w = features
        .iter()
        .map(|f| measure.width(&format!("n = {}", f.n), name_size))
        .fold(measure.width("n = 0", name_size), f32::max);
    let bar_left = m + name_column + gap;
    let bar_right = (w - m - n_w - gap - verdict_w - gap).max(bar_left + 10.0);
    let bar_width = bar_right - bar_left;
    let x_of = |share: f64| bar_left + share as f32 * bar_width;

    // Grid, ticks and the axis title under the bars.
    for k in 0..=4 {
        let x = x_of(f64::from(k) / 4.0);
        lines.push(Line {
            from: Pos::new(x, rows_top),
            to: Pos::new(x, chart_bottom),
            color: colors.grid,
            width: 1.0,
            dash: 0.0,
        });
        texts.push(text(
            measure,
            TextRole::Tick,
            format!("{}%", k * 25),
            Pos::new(x, chart_bottom + m * 0.5 + tk.tick_size),
            Anchor::Middle,
            tk.tick_size,
            colors.muted,
        ));
    }
    texts.push(text(
        measure,
        TextRole::AxisTitle,
        cut(measure, &words.axis_share, tk.axis_title_size, bar_width),
        Pos::new(
            (bar_left + bar_right) / 2.0,
            chart_bottom + m * 0.5 + tk.tick_size * 1.6 + tk.axis_title_size * 1.1,
        ),
        Anchor::Middle,
        tk.axis_title_size,
        colors.ink,
    ));

    let mut bars = Vec::new();
    for (k, row) in rows.iter().enumerate() {
        let y = rows_top + row_h * k as f32;
        let baseline = y + row_h / 2.0 + name_size * 0.35;
        match *row {
            Row::Heading(i) => {
                let mut heading = text(
                    measure,
                    TextRole::Heading,
                    cut(
                        measure,
                        match features[i].touchpoint.as_str() {
                            "" => &words.without_touchpoint,
                            named => named,
                        },
                        name_size,
                        w - 2.0 * m,
                    ),
                    Pos::new(m, baseline),
                    Anchor::Start,
                    name_size,
                    colors.muted,
                );
                heading.bold = true;
                texts.push(heading);
            }
            Row::Feature(i) => {
                let f = &features[i];
                texts.push(text(
                    measure,
                    TextRole::Name,
                    cut(measure, &f.name, name_size, name_column),
                    Pos::new(bar_left - gap, baseline),
                    Anchor::End,
                    name_size,
                    colors.ink,
                ));
                let thickness = row_h * 0.7;
                let bar = Rect::new(
                    bar_left,
                    y + (row_h - thickness) / 2.0,
                    bar_right,
                    y + (row_h + thickness) / 2.0,
                );
                let mut segments = Vec::new();
                if f.n == 0 || f.counts.total() == 0 {
                    texts.push(text(
                        measure,
                        TextRole::Value,
                        cut(measure, &words.not_answered, name_size, bar_width),
                        Pos::new(bar_left, baseline),
                        Anchor::Start,
                        name_size,
                        colors.muted,
                    ));
                } else {
                    let mut start = 0.0;
                    let value_size = (thickness * 0.6).min(tk.tick_size);
                    for c in Category::ALL {
                        let share = f.counts.share(c).unwrap_or(0.0);
                        let end = (start + share).min(1.0);
                        let rect = Rect::new(x_of(start), bar.min.y, x_of(end), bar.max.y);
                        start = end;
                        if rect.width() <= 0.0 {
                            continue;
                        }
                        let color = category_color(c);
                        segments.push(Fill {
                            rect,
                            color,
                            opacity: 1.0,
                        });
                        // Only shares with room for their figure get one: the tooltip has all.
                        let figure = percent(share);
                        if measure.width(&figure, value_size) + 6.0 * tk.scale < rect.width() {
                            let ink = if color.prefers_dark_text() {
                                super::palette::INK
                            } else {
                                Rgb(255, 255, 255)
                            };
                            texts.push(text(
                                measure,
                                TextRole::Value,
                                figure,
                                Pos::new(rect.center().x, rect.center().y + value_size * 0.35),
                                Anchor::Middle,
                                value_size,
                                ink,
                            ));
                        }
                    }
                    let mut verdict = f.category.map_or("–", Category::letter).to_owned();
                    if f.mixed {
                        verdict.push_str(" ≈");
                    }
                    let mut v = text(
                        measure,
                        TextRole::Value,
                        verdict,
                        Pos::new(bar_right + gap, baseline),
                        Anchor::Start,
                        name_size,
                        f.category.map_or(colors.ink, category_color),
                    );
                    v.bold = true;
                    texts.push(v);
                }
                texts.push(text(
                    measure,
                    TextRole::Value,
                    format!("n = {}", f.n),
                    Pos::new(w - m, baseline),
                    Anchor::End,
                    name_size,
                    colors.muted,
                ));
                bars.push(BarMark {
                    feature: i,
                    id: f.id.clone(),
                    name: f.name.clone(),
                    bar,
                    // The next row starts where this one ends, to the last bit.
                    row: Rect::new(m, y, w - m, rows_top + row_h * (k + 1) as f32),
                    segments,
                });
            }
        }
    }

    Figure {
        size: Size { width: w, height },
        theme,
        tokens: tk,
        plot: Rect::new(bar_left, rows_top, bar_right, chart_bottom),
        fills,
        lines,
        bars,
        points: Vec::new(),
        labels: Vec::new(),
        texts,
        label_fill: (colors.background, 0.85),
        rings: Vec::new(),
        arrows: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kano::Analysis;
    use crate::project::SegmentFilter;

    #[test]
    fn each_touchpoint_is_one_block_with_features_without_one_last() {
        // Station's features are not next to each other in the project; the one without a
        // touchpoint sits between them.
        let project =
            crate::project::project_with_touchpoints(&["Station", "", "Train", "Station"]);
        let results = project.results(&Analysis::default(), &SegmentFilter::All);
        let got: Vec<(usize, String, String)> = features_of(&project, &results, |_| true)
            .into_iter()
            .map(|(i, f)| (i, f.id, f.touchpoint))
            .collect();
        let want = [
            (0, "f0", "Station"),
            (3, "f3", "Station"),
            (2, "f2", "Train"),
            (1, "f1", ""),
        ];
        let want: Vec<(usize, String, String)> = want
            .into_iter()
            .map(|(i, id, tp)| (i, id.to_owned(), tp.to_owned()))
            .collect();
        assert_eq!(got, want);

        // One heading a touchpoint, and one over the features without one.
        let t = crate::i18n::Lang::En.texts();
        let words = SharesWords::new(t, String::new());
        let features: Vec<ShareFeature> = features_of(&project, &results, |_| true)
            .into_iter()
            .map(|(_, f)| f)
            .collect();
        let laid_out = shares(
            &features,
            &words,
            Size {
                width: 800.0,
                height: 600.0,
            },
            Theme::Light,
            0.0,
            &super::super::FixedAdvance,
        );
        let headings: Vec<&str> = laid_out
            .texts_in(TextRole::Heading)
            .map(|x| x.text.as_str())
            .collect();
        assert_eq!(headings, ["Station", "Train", t.features.no_touchpoint]);
    }
}
