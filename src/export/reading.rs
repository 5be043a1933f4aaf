//! The plain-language reading of the results, shared by the HTML and Markdown reports: features
//! grouped by category, most urgent category first (Must-be, One-dimensional, Attractive, then
//! the rest), and within a category the features that matter most first.

use super::table::Row;
use super::{ReportOptions, segment_label};
use crate::i18n::{Texts, fill};
use crate::kano::Category;
use crate::project::{Project, Results};

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
        &[("x", &format!("{x:.2}")), ("y", &format!("{y:.2}"))],
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
        &[("x", &format!("{x:.2}")), ("y", &format!("{y:.2}"))],
    );
    fill(t.report.figure_better_worse, &[("lines", &lines)])
}
