//! The results table as data: one row per feature, one column per figure, each cell typed (a
//! count, a fraction, a figure, a yes/no, a text). CSV, the spreadsheet and the report's table
//! all read this one definition, so they can never disagree on a column or a figure.

use crate::i18n::{Texts, fill};
use crate::kano::confidence::is_settled;
use crate::kano::{Category, FeatureStats, Uncertainty};
use crate::project::{Feature, Grouping, Project};
use crate::results::Results;

/// One cell of the results table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Text.
    Text(String),
    /// A whole number.
    Count(u32),
    /// A fraction of a whole, 0..=1 (shown as a percentage by spreadsheets).
    Fraction(f64),
    /// Any other figure.
    Figure(f64),
    /// Yes or no.
    Flag(bool),
    /// Undefined (e.g. Better when nobody answered).
    Empty,
}

impl Cell {
    fn from_fraction(x: Option<f64>) -> Self {
        x.map_or(Self::Empty, Self::Fraction)
    }

    fn from_figure(x: Option<f64>) -> Self {
        x.map_or(Self::Empty, Self::Figure)
    }
}

/// A column of the results table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// The feature's id.
    Id,
    /// The feature's name.
    Name,
    /// The feature's touchpoint.
    Touchpoint,
    /// Respondents who answered both questions.
    N,
    /// Count of one category.
    Count(Category),
    /// Share of one category in n.
    Share(Category),
    /// The category letter by the rule in force.
    Category,
    /// The category's name in the chosen language.
    CategoryName,
    /// The quadrant of the Better–Worse diagram, as the letter of its category.
    Quadrant,
    /// Better.
    Better,
    /// Worse (negative).
    Worse,
    /// Category strength.
    CategoryStrength,
    /// Total strength.
    TotalStrength,
    /// Fong's |a − b|.
    FongDifference,
    /// Fong's critical value.
    FongCritical,
    /// Fong's verdict.
    Significant,
    /// Mean functional score.
    FunctionalMean,
    /// Standard deviation of the functional score.
    FunctionalSd,
    /// Mean dysfunctional score.
    DysfunctionalMean,
    /// Standard deviation of the dysfunctional score.
    DysfunctionalSd,
    /// Mean self-stated importance.
    ImportanceMean,
    /// The lower end of Better's 95% interval.
    BetterLow,
    /// The upper end of Better's 95% interval.
    BetterHigh,
    /// The lower end of Worse's 95% interval.
    WorseLow,
    /// The upper end of Worse's 95% interval.
    WorseHigh,
    /// The share of resamples giving the same category.
    CategoryConfidence,
    /// Whether that share reaches the "settled" line (0.6).
    CategorySettled,
}

impl Column {
    /// Every column, in the order files write them.
    pub fn all() -> Vec<Self> {
        let mut columns = vec![Self::Id, Self::Name, Self::Touchpoint, Self::N];
        columns.extend(Category::ALL.map(Self::Count));
        columns.extend(Category::ALL.map(Self::Share));
        columns.extend([
            Self::Category,
            Self::CategoryName,
            Self::Quadrant,
            Self::Better,
            Self::Worse,
            Self::CategoryStrength,
            Self::TotalStrength,
            Self::FongDifference,
            Self::FongCritical,
            Self::Significant,
            Self::FunctionalMean,
            Self::FunctionalSd,
            Self::DysfunctionalMean,
            Self::DysfunctionalSd,
            Self::ImportanceMean,
            // How sure: added last, so that scripts reading earlier columns by position still work.
            Self::BetterLow,
            Self::BetterHigh,
            Self::WorseLow,
            Self::WorseHigh,
            Self::CategoryConfidence,
            Self::CategorySettled,
        ]);
        columns
    }

    /// The stable machine name of the column (CSV header; the same in every language, so that
    /// scripts keep working when the report language changes).
    pub fn token(self) -> String {
        match self {
            Self::Id => "id".into(),
            Self::Name => "name".into(),
            Self::Touchpoint => "touchpoint".into(),
            Self::N => "n".into(),
            Self::Count(c) => c.letter().into(),
            Self::Share(c) => format!("share_{}", c.letter()),
            Self::Category => "category".into(),
            Self::CategoryName => "category_name".into(),
            Self::Quadrant => "better_worse_quadrant".into(),
            Self::Better => "better".into(),
            Self::Worse => "worse".into(),
            Self::CategoryStrength => "category_strength".into(),
            Self::TotalStrength => "total_strength".into(),
            Self::FongDifference => "fong_difference".into(),
            Self::FongCritical => "fong_critical".into(),
            Self::Significant => "significant".into(),
            Self::FunctionalMean => "functional_mean".into(),
            Self::FunctionalSd => "functional_sd".into(),
            Self::DysfunctionalMean => "dysfunctional_mean".into(),
            Self::DysfunctionalSd => "dysfunctional_sd".into(),
            Self::ImportanceMean => "importance_mean".into(),
            Self::BetterLow => "better_ci_low".into(),
            Self::BetterHigh => "better_ci_high".into(),
            Self::WorseLow => "worse_ci_low".into(),
            Self::WorseHigh => "worse_ci_high".into(),
            Self::CategoryConfidence => "category_confidence".into(),
            Self::CategorySettled => "category_settled".into(),
        }
    }

    /// The heading people read (spreadsheet, report).
    pub fn heading(self, t: &Texts) -> String {
        let (r, m) = (&t.report, &t.method);
        match self {
            Self::Id => r.feature_id.into(),
            Self::Name => r.feature.into(),
            Self::Touchpoint => r.touchpoint.into(),
            Self::N => r.answered.into(),
            Self::Count(c) => c.letter().into(),
            Self::Share(c) => fill(r.share_of, &[("category", &c.letter())]),
            Self::Category => r.category_letter.into(),
            Self::CategoryName => r.category_name.into(),
            Self::Quadrant => r.quadrant.into(),
            Self::Better => m.better.into(),
            Self::Worse => m.worse.into(),
            Self::CategoryStrength => m.category_strength.into(),
            Self::TotalStrength => m.total_strength.into(),
            Self::FongDifference => r.fong_difference.into(),
            Self::FongCritical => r.fong_critical.into(),
            Self::Significant => m.significance.into(),
            Self::FunctionalMean => r.functional_mean.into(),
            Self::FunctionalSd => r.functional_sd.into(),
            Self::DysfunctionalMean => r.dysfunctional_mean.into(),
            Self::DysfunctionalSd => r.dysfunctional_sd.into(),
            Self::ImportanceMean => r.importance_mean.into(),
            Self::BetterLow => t.uncertainty.better_low.into(),
            Self::BetterHigh => t.uncertainty.better_high.into(),
            Self::WorseLow => t.uncertainty.worse_low.into(),
            Self::WorseHigh => t.uncertainty.worse_high.into(),
            Self::CategoryConfidence => t.uncertainty.confidence.into(),
            Self::CategorySettled => t.uncertainty.settled.into(),
        }
    }

    /// This column's cell for one feature.
    pub fn cell(self, t: &Texts, row: &Row<'_>) -> Cell {
        let s = row.stats;
        let u = &row.uncertainty;
        match self {
            Self::Id => Cell::Text(row.feature.id.clone()),
            Self::Name => Cell::Text(row.feature.name.clone()),
            Self::Touchpoint => Cell::Text(row.feature.touchpoint.clone()),
            Self::N => Cell::Count(s.n),
            Self::Count(c) => Cell::Count(s.counts[c]),
            Self::Share(c) => Cell::from_fraction(s.counts.share(c)),
            Self::Category => s
                .category
                .map_or(Cell::Empty, |c| Cell::Text(c.letter().into())),
            Self::CategoryName => s
                .category
                .map_or(Cell::Empty, |c| Cell::Text(t.category(c).into())),
            Self::Quadrant => row
                .quadrant
                .map_or(Cell::Empty, |c| Cell::Text(c.letter().into())),
            Self::Better => Cell::from_figure(s.coefficients.map(|c| c.better)),
            Self::Worse => Cell::from_figure(s.coefficients.map(|c| c.worse)),
            Self::CategoryStrength => Cell::from_fraction(s.strength.map(|st| st.category)),
            Self::TotalStrength => Cell::from_fraction(s.strength.map(|st| st.total)),
            Self::FongDifference => s.fong.map_or(Cell::Empty, |f| Cell::Count(f.difference)),
            Self::FongCritical => Cell::from_figure(s.fong.map(|f| f.critical)),
            Self::Significant => s.fong.map_or(Cell::Empty, |f| Cell::Flag(f.significant)),
            Self::FunctionalMean => Cell::from_figure(s.continuous.map(|c| c.functional.mean)),
            Self::FunctionalSd => Cell::from_figure(s.continuous.and_then(|c| c.functional.sd)),
            Self::DysfunctionalMean => {
                Cell::from_figure(s.continuous.map(|c| c.dysfunctional.mean))
            }
            Self::DysfunctionalSd => {
                Cell::from_figure(s.continuous.and_then(|c| c.dysfunctional.sd))
            }
            Self::ImportanceMean => Cell::from_figure(s.importance.map(|i| i.mean)),
            Self::BetterLow => Cell::from_figure(u.better.map(|i| i.low)),
            Self::BetterHigh => Cell::from_figure(u.better.map(|i| i.high)),
            Self::WorseLow => Cell::from_figure(u.worse.map(|i| i.low)),
            Self::WorseHigh => Cell::from_figure(u.worse.map(|i| i.high)),
            Self::CategoryConfidence => Cell::from_fraction(u.confidence),
            Self::CategorySettled => u
                .confidence
                .map_or(Cell::Empty, |c| Cell::Flag(is_settled(c))),
        }
    }
}

/// One feature with its statistics.
#[derive(Clone, Copy, Debug)]
pub struct Row<'a> {
    /// The feature.
    pub feature: &'a Feature,
    /// Its statistics.
    pub stats: &'a FeatureStats,
    /// The quadrant of the Better–Worse diagram it falls in, as its category.
    pub quadrant: Option<Category>,
    /// How sure its figures are.
    pub uncertainty: Uncertainty,
}

/// The rows grouped by touchpoint (the project's one grouping, [`Project::groups`]): each
/// touchpoint's name and rows in journey order, then `no_touchpoint` and the rows of the features
/// without one. Rows whose feature has none in `rows` are left out, and so are groups left empty.
pub fn stages<'r, 'a>(
    project: &Project,
    rows: &'r [Row<'a>],
    no_touchpoint: &str,
) -> Vec<(String, Vec<&'r Row<'a>>)> {
    project
        .groups(Grouping::ByTouchpoint)
        .into_iter()
        .map(|group| {
            let name = group.key.token().unwrap_or(no_touchpoint).to_owned();
            let members: Vec<&Row<'a>> = group
                .features_of(project)
                .filter_map(|(i, feature)| {
                    let of_feature = |row: &&Row<'a>| std::ptr::eq(row.feature, feature);
                    // Rows come in project order: the feature's own position first.
                    rows.get(i)
                        .filter(of_feature)
                        .or_else(|| rows.iter().find(of_feature))
                })
                .collect();
            (name, members)
        })
        .filter(|(_, members)| !members.is_empty())
        .collect()
}

/// The rows of a project's results, in project order. Each row's [`Uncertainty`] costs 2,000
/// resamples: this is for exports, computed once per file, not for a screen redrawn every frame.
pub fn rows<'a>(project: &'a Project, results: &'a Results) -> Vec<Row<'a>> {
    results
        .features
        .iter()
        .filter_map(|r| {
            let feature = project.features().get(r.index)?;
            Some(Row {
                feature,
                stats: &r.stats,
                quadrant: r
                    .stats
                    .coefficients
                    .map(|c| c.quadrant(results.quadrant_lines).category()),
                uncertainty: Uncertainty::of(&feature.id, &r.stats.counts, results.analysis.rule),
            })
        })
        .collect()
}
