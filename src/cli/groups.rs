//! `kanoscope analyze --by touchpoint|dimension`: results per group of features (FORMATS.md):
//! each group's features, mean Better and mean Worse, and how many features fall in each
//! category. Touchpoints come in journey order (the order they first appear in the project);
//! dimensions in SERVQUAL's order; features without one form a last group, `"group": null`.
//!
//! Thin: the figures are the engine's; this module only groups and averages them. It never
//! changes the project.

use super::{GroupBy, OutputFormat, aligned, printable, round4};
use crate::export::csv_cells::{Field, record};
use crate::i18n::{Lang, fill};
use crate::kano::{Category, mean_coefficients};
use crate::project::{Grouping, Project};
use crate::results::Results;
use serde::Serialize;
use serde::ser::SerializeMap;

/// One group of features and their figures.
struct Group {
    /// The touchpoint, or the dimension's token; `None` for features without one.
    name: Option<String>,
    /// Positions in `results.features`.
    members: Vec<usize>,
}

/// The groups of `results`' features under `by` (the project's one grouping,
/// [`Project::groups`]), empty groups left out.
fn groups(project: &Project, results: &Results, by: GroupBy) -> Vec<Group> {
    let grouping = match by {
        GroupBy::Touchpoint => Grouping::ByTouchpoint,
        GroupBy::Dimension => Grouping::ByDimension,
    };
    // Where each feature's result stands.
    let mut position = vec![None; project.features().len()];
    for (p, result) in results.features.iter().enumerate() {
        if let Some(slot) = position.get_mut(result.index) {
            *slot = Some(p);
        }
    }
    project
        .groups(grouping)
        .into_iter()
        .map(|group| Group {
            name: group.key.token().map(str::to_owned),
            members: group
                .features
                .iter()
                .filter_map(|&i| position.get(i).copied().flatten())
                .collect(),
        })
        .filter(|g| !g.members.is_empty())
        .collect()
}

/// Features per category in a group, in the A, O, M, I, R, Q order, categories with none left out.
struct Categories(Vec<(Category, usize)>);

impl Serialize for Categories {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (category, count) in &self.0 {
            map.serialize_entry(category.letter(), count)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct GroupJson<'a> {
    group: Option<String>,
    features: Vec<&'a str>,
    better_mean: Option<f64>,
    worse_mean: Option<f64>,
    categories: Categories,
}

#[derive(Serialize)]
struct GroupsJson<'a> {
    groups: Vec<GroupJson<'a>>,
}

fn group_json<'a>(project: &'a Project, results: &Results, group: &Group) -> GroupJson<'a> {
    let members: Vec<_> = group
        .members
        .iter()
        .map(|&p| &results.features[p])
        .collect();
    // mean_coefficients gives (mean |Worse|, mean Better); Worse is reported negative.
    let means = mean_coefficients(members.iter().filter_map(|r| r.stats.coefficients));
    let categories = Category::ALL
        .iter()
        .map(|&c| {
            let count = members
                .iter()
                .filter(|r| r.stats.category == Some(c))
                .count();
            (c, count)
        })
        .filter(|(_, count)| *count > 0)
        .collect();
    GroupJson {
        group: group.name.clone(),
        features: members
            .iter()
            .map(|r| project.features()[r.index].id.as_str())
            .collect(),
        better_mean: means.map(|(_, better)| round4(better)),
        worse_mean: means.map(|(worse, _)| round4(-worse)),
        categories: Categories(categories),
    }
}

/// The text `analyze --by` prints.
pub(super) fn analyze_groups(
    project: &Project,
    results: &Results,
    by: GroupBy,
    format: OutputFormat,
) -> String {
    let json: Vec<GroupJson<'_>> = groups(project, results, by)
        .iter()
        .map(|g| group_json(project, results, g))
        .collect();
    match format {
        OutputFormat::Json => {
            let mut text =
                serde_json::to_string_pretty(&GroupsJson { groups: json }).unwrap_or_default();
            text.push('\n');
            text
        }
        OutputFormat::Csv => to_csv(&json),
        OutputFormat::Table => to_table(project, results, by, &json),
    }
}

fn to_csv(groups: &[GroupJson<'_>]) -> String {
    let opt = |x: Option<f64>| Field::Number(x.map(|v| v.to_string()).unwrap_or_default());
    let mut header: Vec<String> = ["group", "features", "better_mean", "worse_mean"]
        .map(str::to_owned)
        .to_vec();
    header.extend(Category::ALL.iter().map(|c| c.letter().to_owned()));
    let mut out = record(header);
    for g in groups {
        let mut fields: Vec<Field> = vec![
            g.group.clone().unwrap_or_default().into(),
            // One cell per group: its feature ids, separated by "; ".
            g.features.join("; ").into(),
            opt(g.better_mean),
            opt(g.worse_mean),
        ];
        fields.extend(Category::ALL.iter().map(|&c| {
            Field::Number(
                g.categories
                    .0
                    .iter()
                    .find(|(k, _)| *k == c)
                    .map_or(0, |(_, n)| *n)
                    .to_string(),
            )
        }));
        out.push_str(&record(fields));
    }
    out
}

fn to_table(project: &Project, results: &Results, by: GroupBy, groups: &[GroupJson<'_>]) -> String {
    let t = Lang::En.texts();
    let u = &t.uncertainty;
    let none = match by {
        GroupBy::Touchpoint => t.features.no_touchpoint,
        GroupBy::Dimension => u.no_dimension,
    };
    let figure =
        |x: Option<f64>| x.map_or_else(|| "-".to_owned(), |v| crate::i18n::number::fixed(v, 2));
    let mut rows = vec![
        [
            u.group,
            u.group_features,
            u.better_mean,
            u.worse_mean,
            u.categories,
        ]
        .map(str::to_owned)
        .to_vec(),
    ];
    for g in groups {
        rows.push(vec![
            printable(g.group.as_deref().unwrap_or(none)).into_owned(),
            g.features.len().to_string(),
            figure(g.better_mean),
            figure(g.worse_mean),
            g.categories
                .0
                .iter()
                .map(|(c, n)| format!("{} {n}", c.letter()))
                .collect::<Vec<_>>()
                .join(", "),
        ]);
    }
    format!(
        "{}\n{}\n\n{}",
        printable(project.title()),
        fill(t.results.respondents_all, &[("n", &results.respondents)]),
        aligned(&rows, &[0, 4])
    )
}
