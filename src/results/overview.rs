//! Results by group: per touchpoint or per SERVQUAL dimension, the mean Better and Worse and how
//! many features fall in each category; and the touchpoint × dimension overview that shows, per
//! moment of truth, where the basics (M) and the delights (A) are.
//!
//! Pure: it reads a project's grouping and its results and never draws or names anything.

use super::model::Results;
use crate::kano::{Category, mean_coefficients};
use crate::project::{Dimension, GroupKey, Grouping, Project};

/// One group's results.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupResult {
    /// Which group.
    pub key: GroupKey,
    /// Its features, positions in the project, in project order.
    pub features: Vec<usize>,
    /// Mean Better and mean Worse over its features that have them; `None` when none has.
    pub means: Option<(f64, f64)>,
    /// How many of its features fall in each category, indexed in [`Category::ALL`] order.
    pub categories: [usize; 6],
}

impl GroupResult {
    fn of(key: GroupKey, features: Vec<usize>, results: &Results) -> Self {
        let stats = || {
            features
                .iter()
                .filter_map(|&i| results.features.get(i))
                .map(|r| &r.stats)
        };
        let mut categories = [0; 6];
        for category in stats().filter_map(|s| s.category) {
            categories[category.index()] += 1;
        }
        // `mean_coefficients` gives (mean |Worse|, mean Better); Worse is negative.
        let means = mean_coefficients(stats().filter_map(|s| s.coefficients))
            .map(|(worse, better)| (better, -worse));
        Self {
            key,
            features,
            means,
            categories,
        }
    }

    /// How many of its features are in `category`.
    pub fn count(&self, category: Category) -> usize {
        self.categories[category.index()]
    }
}

/// The results per group, in the grouping's order (journey order, or SERVQUAL's).
pub fn by_group(project: &Project, results: &Results, grouping: Grouping) -> Vec<GroupResult> {
    project
        .groups(grouping)
        .into_iter()
        .map(|g| GroupResult::of(g.key, g.features, results))
        .collect()
}

/// Touchpoints (rows, journey order) against dimensions (columns, SERVQUAL order); the
/// features without a touchpoint or a dimension in a last row or column. Rows and columns with
/// no feature are left out.
#[derive(Clone, Debug, PartialEq)]
pub struct Overview {
    /// The touchpoints, one per row ("" for the features without one).
    pub touchpoints: Vec<String>,
    /// The dimensions, one per column (`None` for the features without one).
    pub dimensions: Vec<Option<Dimension>>,
    /// `cells[row][column]`: the features of that touchpoint and dimension.
    pub cells: Vec<Vec<GroupResult>>,
}

/// The touchpoint × dimension overview of `results`.
pub fn overview(project: &Project, results: &Results) -> Overview {
    let touchpoints: Vec<String> = project
        .groups(Grouping::ByTouchpoint)
        .into_iter()
        .filter_map(|g| match g.key {
            GroupKey::Touchpoint(t) => Some(t),
            GroupKey::Dimension(_) => None,
        })
        .collect();
    let dimensions: Vec<Option<Dimension>> = project
        .groups(Grouping::ByDimension)
        .into_iter()
        .filter_map(|g| match g.key {
            GroupKey::Dimension(d) => Some(d),
            GroupKey::Touchpoint(_) => None,
        })
        .collect();
    let cells = touchpoints
        .iter()
        .map(|touchpoint| {
            dimensions
                .iter()
                .map(|&dimension| {
                    let features = project
                        .features()
                        .iter()
                        .enumerate()
                        .filter(|(_, f)| f.touchpoint == *touchpoint && f.dimension == dimension)
                        .map(|(i, _)| i)
                        .collect();
                    GroupResult::of(GroupKey::Dimension(dimension), features, results)
                })
                .collect()
        })
        .collect();
    Overview {
        touchpoints,
        dimensions,
        cells,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kano::{Analysis, Answer, Response};
    use crate::project::{Feature, Respondent};

    /// Features (touchpoint, dimension, the one respondent's answer pair).
    fn project(features: &[(&str, Option<Dimension>, (Answer, Answer))]) -> Project {
        let list = features
            .iter()
            .enumerate()
            .map(|(i, (t, d, _))| Feature {
                id: format!("f{i}"),
                touchpoint: (*t).into(),
                dimension: *d,
                ..Feature::default()
            })
            .collect();
        let respondent = Respondent {
            id: "r".into(),
            responses: features
                .iter()
                .map(|(_, _, (f, d))| Response::pair(*f, *d))
                .collect(),
            ..Respondent::default()
        };
        Project::from_parts("t".into(), Analysis::default(), list, vec![respondent]).unwrap()
    }

    use Answer::{Dislike, Like, Neutral};
    use Dimension::{Empathy, Reliability};
    const ATTRACTIVE: (Answer, Answer) = (Like, Neutral);
    const MUST_BE: (Answer, Answer) = (Neutral, Dislike);

    #[test]
    fn groups_count_categories_and_average_better_and_worse() {
        let p = project(&[
            ("Station", Some(Reliability), MUST_BE),
            ("Station", Some(Empathy), ATTRACTIVE),
            ("Train", Some(Reliability), MUST_BE),
        ]);
        let results = p.current_results();
        let groups = by_group(&p, &results, Grouping::ByTouchpoint);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].key, GroupKey::Touchpoint("Station".into()));
        assert_eq!(
            (groups[0].count(Category::M), groups[0].count(Category::A)),
            (1, 1)
        );
        // Better: M 0, A 1 -> 0.5; Worse: M -1, A 0 -> -0.5.
        assert_eq!(groups[0].means, Some((0.5, -0.5)));
        let by_dimension = by_group(&p, &results, Grouping::ByDimension);
        assert_eq!(by_dimension[0].key, GroupKey::Dimension(Some(Reliability)));
        assert_eq!(by_dimension[0].count(Category::M), 2);
    }

    #[test]
    fn the_overview_shows_basics_and_delights_per_moment_of_truth() {
        let p = project(&[
            ("Station", Some(Empathy), ATTRACTIVE),
            ("Train", Some(Reliability), MUST_BE),
            ("Station", Some(Reliability), MUST_BE),
            ("", None, ATTRACTIVE),
        ]);
        let o = overview(&p, &p.current_results());
        assert_eq!(o.touchpoints, ["Station", "Train", ""]);
        assert_eq!(o.dimensions, [Some(Reliability), Some(Empathy), None]);
        let cell = |r: usize, c: usize| (&o.cells[r][c].features, o.cells[r][c].categories);
        assert_eq!(cell(0, 0), (&vec![2], [0, 0, 1, 0, 0, 0]));
        assert_eq!(cell(0, 1), (&vec![0], [1, 0, 0, 0, 0, 0]));
        assert_eq!(cell(1, 0), (&vec![1], [0, 0, 1, 0, 0, 0]));
        assert!(o.cells[1][1].features.is_empty());
        assert_eq!(cell(2, 2), (&vec![3], [1, 0, 0, 0, 0, 0]));
    }
}
