//! The plain-language reading of the results, shared by the HTML and Markdown reports: features
//! grouped by category, most urgent category first (Must-be, One-dimensional, Attractive, then
//! the rest), and within a category the features that matter most first.
//!
//! [`reading`] gives its whole content as plain text; the two reports only render it (escaping
//! for their own syntax), so that they can never say different things.

use super::table::Row;
use super::{ReportOptions, segment_label};
use crate::i18n::number::{fixed, with_interval};
use crate::i18n::{Texts, fill};
use crate::kano::{Category, FeatureStats, Uncertainty};
use crate::project::Project;
use crate::results::Results;

/// Better with its 95% interval, as people read it: "0.66 (0.57–0.74)".
pub fn better_with_interval(stats: &FeatureStats, uncertainty: &Uncertainty) -> String {
    with_interval(
        stats.coefficients.map(|c| c.better),
        uncertainty.better.map(|i| (i.low, i.high)),
    )
}

/// Worse with its 95% interval: "-0.31 (-0.40 – -0.22)".
pub fn worse_with_interval(stats: &FeatureStats, uncertainty: &Uncertainty) -> String {
    with_interval(
        stats.coefficients.map(|c| c.worse),
        uncertainty.worse.map(|i| (i.low, i.high)),
    )
}

/// "not settled (0.48)" when fewer than 60% of the resamples give the feature's category; `None`
/// when the category is settled or there is none.
pub fn not_settled(t: &Texts, uncertainty: &Uncertainty) -> Option<String> {
    let confidence = uncertainty
        .confidence
        .filter(|_| uncertainty.not_settled())?;
    Some(fill(
        t.uncertainty.not_settled,
        &[("confidence", &fixed(confidence, 2))],
    ))
}

/// One feature in the reading.
#[derive(Clone, Copy, Debug)]
pub struct ReadingItem<'a> {
    /// The feature and its figures.
    pub row: Row<'a>,
    /// The other category it is mixed with, when Fong's test finds the two leading categories
    /// not significantly apart.
    pub mixed_with: Option<Category>,
}

/// The features of one category.
#[derive(Clone, Debug)]
pub struct CategoryGroup<'a> {
    /// The category.
    pub category: Category,
    /// Its features, most important first.
    pub items: Vec<ReadingItem<'a>>,
}

/// The category a mixed feature is also read as: the other of its two leading categories.
pub fn mixed_with(row: &Row<'_>) -> Option<Category> {
    let fong = row.stats.fong.filter(|_| row.stats.is_mixed())?;
    match row.stats.category? {
        c if c == fong.first => Some(fong.second),
        c if c == fong.second => Some(fong.first),
        _ => None,
    }
}

/// The non-empty category groups in order of urgency (M > O > A > I > R > Q). Features nobody
/// answered are left out (they have no category).
pub fn category_groups<'a>(rows: &[Row<'a>]) -> Vec<CategoryGroup<'a>> {
    Category::PRECEDENCE
        .into_iter()
        .filter_map(|category| {
            let mut items: Vec<ReadingItem<'a>> = rows
                .iter()
                .filter(|r| r.stats.category == Some(category))
                .map(|&row| ReadingItem {
                    row,
                    mixed_with: mixed_with(&row),
                })
                .collect();
            // A stable sort keeps project order among equals and for the categories without an
            // obvious priority figure.
            items.sort_by(|a, b| urgency(category, &b.row).total_cmp(&urgency(category, &a.row)));
            (!items.is_empty()).then_some(CategoryGroup { category, items })
        })
        .collect()
}

/// The figure that orders features within a category, higher first: how much dissatisfaction a
/// missing Must-be causes, how much satisfaction an Attractive feature brings, both for a
/// One-dimensional one.
fn urgency(category: Category, row: &Row<'_>) -> f64 {
    let Some(c) = row.stats.coefficients else {
        return f64::NEG_INFINITY;
    };
    match category {
        Category::M => c.worse.abs(),
        Category::A => c.better,
        Category::O => c.better + c.worse.abs(),
        _ => 0.0,
    }
}

/// One feature's line in the reading, as plain text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadingLine {
    /// The feature's name.
    pub name: String,
    /// Its touchpoint, "" when it has none.
    pub touchpoint: String,
    /// Its Better and Worse with their 95% intervals: "Better 0.52 (0.40–0.64) · Worse …".
    pub figures: String,
    /// "not settled (0.48)" when resampling often gives another category.
    pub not_settled: Option<String>,
    /// "Mixed with One-dimensional" when Fong's test cannot tell its two leading categories apart.
    pub mixed: Option<String>,
}

/// One category's part of the reading, as plain text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadingGroup {
    /// The category.
    pub category: Category,
    /// Its name ("Must-be").
    pub name: &'static str,
    /// What it means in plain words ("taken for granted, missed when absent"), with its name
    /// in the other set of names where that differs.
    pub plain: String,
    /// What to do about features of this category.
    pub advice: &'static str,
    /// Its features, most important first.
    pub lines: Vec<ReadingLine>,
}

/// The whole reading: the category groups, then the features nobody answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    /// The non-empty groups, most urgent first.
    pub groups: Vec<ReadingGroup>,
    /// Names of the features without answers.
    pub unanswered: Vec<String>,
}

/// The reading of `rows` in the language of `t`.
pub fn reading(t: &Texts, rows: &[Row<'_>]) -> Reading {
    let r = &t.report;
    let groups = category_groups(rows)
        .into_iter()
        .map(|group| ReadingGroup {
            category: group.category,
            name: t.category(group.category),
            plain: t.category_explained(group.category),
            advice: r.reading(group.category),
            lines: group
                .items
                .iter()
                .map(|item| {
                    let (stats, uncertainty) = (item.row.stats, &item.row.uncertainty);
                    ReadingLine {
                        name: item.row.feature.name.clone(),
                        touchpoint: item.row.feature.touchpoint.clone(),
                        figures: format!(
                            "{} {} · {} {}",
                            r.better_short,
                            better_with_interval(stats, uncertainty),
                            r.worse_short,
                            worse_with_interval(stats, uncertainty)
                        ),
                        not_settled: not_settled(t, uncertainty),
                        mixed: item
                            .mixed_with
                            .map(|other| fill(r.mixed_with, &[("category", &t.category(other))])),
                    }
                })
                .collect(),
        })
        .collect();
    Reading {
        groups,
        unanswered: unanswered(rows)
            .iter()
            .map(|r| r.feature.name.clone())
            .collect(),
    }
}

/// The features nobody has answered yet.
pub fn unanswered<'a>(rows: &[Row<'a>]) -> Vec<Row<'a>> {
    rows.iter().filter(|r| r.stats.n == 0).copied().collect()
}

/// Every segment with its number of respondents, sorted by name; "" stands for respondents
/// without a segment and comes first when there are any.
pub fn segment_sizes(project: &Project) -> Vec<(&str, usize)> {
    let tallies = project.tallies();
    tallies
        .segments()
        .map(|s| (s, tallies.segment_size(s)))
        .filter(|&(_, size)| size > 0)
        .collect()
}

/// The settings the figures were computed under, as (name, value) rows for people: the
/// respondents shown, how many, the features, the table, the rule and the quadrant lines.
pub fn method_settings(
    t: &Texts,
    project: &Project,
    options: &ReportOptions,
    results: &Results,
) -> Vec<(&'static str, String)> {
    let (r, m) = (&t.report, &t.method);
    let a = results.analysis;
    let (x, y) = results.quadrant_lines;
    let positions = fill(
        r.quadrant_positions,
        &[
            ("x", &crate::i18n::number::fixed(x, 2)),
            ("y", &crate::i18n::number::fixed(y, 2)),
        ],
    );
    vec![
        (r.segment_shown, segment_label(t, &options.segment)),
        (r.respondents, results.respondents.to_string()),
        (r.features, project.features().len().to_string()),
        (m.evaluation_table, m.table(a.table).to_owned()),
        (m.rule, m.rule(a.rule).to_owned()),
        (
            m.quadrant_lines,
            fill(
                r.with_detail,
                &[("setting", &m.quadrant(a.quadrant)), ("detail", &positions)],
            ),
        ),
    ]
}

/// The caption of the Better–Worse diagram, with where its quadrant lines stand.
pub fn better_worse_caption(t: &Texts, results: &Results) -> String {
    let (x, y) = results.quadrant_lines;
    let lines = fill(
        t.report.quadrant_lines_at,
        &[
            ("x", &crate::i18n::number::fixed(x, 2)),
            ("y", &crate::i18n::number::fixed(y, 2)),
        ],
    );
    fill(t.report.figure_better_worse, &[("lines", &lines)])
}

/// A fraction as a whole percentage ("45%"), or a dash.
pub fn percent(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_owned(), crate::figure::shares::percent)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::io::samples::Sample;
    use crate::project::SegmentFilter;

    #[test]
    fn the_reading_lists_every_answered_feature_once_most_urgent_category_first() {
        let project = Sample::MetroEnglish.project();
        let results = project.results(project.analysis(), &SegmentFilter::All);
        let rows = super::super::table::rows(&project, &results);
        let t = Lang::En.texts();
        let reading = reading(t, &rows);
        let categories: Vec<Category> = reading.groups.iter().map(|g| g.category).collect();
        let mut in_precedence = categories.clone();
        in_precedence.sort_by_key(|c| Category::PRECEDENCE.iter().position(|p| p == c));
        assert_eq!(categories, in_precedence);
        let lines = reading.groups.iter().flat_map(|g| &g.lines).count();
        assert_eq!(lines + reading.unanswered.len(), project.features().len());
        let first = &reading.groups[0];
        assert_eq!(first.name, t.category(first.category));
        assert!(first.lines[0].figures.starts_with(t.report.better_short));
    }
}
