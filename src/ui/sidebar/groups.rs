//! The side panel's outline: the groups of [`crate::project::Grouping`] (touchpoints in journey
//! order, or SERVQUAL dimensions), each group's category counts, and the flat list of rows the
//! panel draws. Pure: it reads a project and its results and never draws or changes anything.

use crate::kano::Category;
use crate::project::{Group, GroupKey};
use crate::results::Results;

/// How many of these features fall in each category (by the rule in force), in
/// [`Category::PRECEDENCE`] order, leaving out categories with none: `[(M, 2), (O, 1), (A, 1)]`.
pub fn category_counts(results: &Results, features: &[usize]) -> Vec<(Category, usize)> {
    let mut counts = [0_usize; 6];
    for &index in features {
        if let Some(category) = results.features.get(index).and_then(|r| r.stats.category) {
            counts[category.index()] += 1;
        }
    }
    Category::PRECEDENCE
        .into_iter()
        .map(|c| (c, counts[c.index()]))
        .filter(|&(_, n)| n > 0)
        .collect()
}

/// One row of the side panel's outline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutlineRow {
    /// The header of the group at this position in the groups.
    Group(usize),
    /// The feature at this position in the project.
    Feature(usize),
}

/// The rows to draw: every group's header, followed by its features unless the group is
/// collapsed or another group is filtered on.
pub fn outline_rows(
    groups: &[Group],
    collapsed: &[GroupKey],
    filter: Option<&GroupKey>,
) -> Vec<OutlineRow> {
    let mut rows =
        Vec::with_capacity(groups.len() + groups.iter().map(|g| g.features.len()).sum::<usize>());
    for (g, group) in groups.iter().enumerate() {
        rows.push(OutlineRow::Group(g));
        // A filter on the other grouping hides no group here: its features are filtered anyway.
        let hidden_by_filter =
            filter.is_some_and(|f| f.grouping() == group.key.grouping() && *f != group.key);
        let is_collapsed = collapsed.contains(&group.key);
        if !hidden_by_filter && !is_collapsed {
            rows.extend(group.features.iter().map(|&i| OutlineRow::Feature(i)));
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kano::{Analysis, Answer, Response};
    use crate::project::{Feature, Grouping, Project, Respondent};

    fn project(touchpoints: &[&str], answers: &[(Answer, Answer)]) -> Project {
        let features = touchpoints
            .iter()
            .enumerate()
            .map(|(i, t)| Feature {
                id: format!("f{i}"),
                touchpoint: (*t).to_owned(),
                ..Feature::default()
            })
            .collect();
        let responses = answers
            .iter()
            .map(|&(f, d)| Response {
                functional: Some(f),
                dysfunctional: Some(d),
                ..Response::default()
            })
            .collect();
        let respondents = if answers.is_empty() {
            Vec::new()
        } else {
            vec![Respondent {
                id: "r".into(),
                segment: String::new(),
                responses,
                ..Respondent::default()
            }]
        };
        Project::from_parts(String::new(), Analysis::default(), features, respondents).unwrap()
    }

    #[test]
    fn counts_are_per_category_in_precedence_order() {
        use Answer::{Dislike, Like, LiveWith, MustBe, Neutral};
        // One respondent decides each feature's category: Like/Dislike = O, Neutral/Dislike = M,
        // Like/Neutral = A, MustBe/Dislike = M, Neutral/LiveWith = I.
        let answers = [
            (Like, Dislike),
            (Neutral, Dislike),
            (Like, Neutral),
            (MustBe, Dislike),
            (Neutral, LiveWith),
        ];
        let project = project(&["a", "a", "a", "a", "b"], &answers);
        let results = project.current_results();
        assert_eq!(
            category_counts(&results, &[0, 1, 2, 3]),
            vec![(Category::M, 2), (Category::O, 1), (Category::A, 1)]
        );
        assert_eq!(category_counts(&results, &[4]), vec![(Category::I, 1)]);
        assert_eq!(category_counts(&results, &[]), vec![]);
    }

    #[test]
    fn features_without_answers_are_not_counted() {
        let project = project(&["a", "a"], &[]);
        assert!(category_counts(&project.current_results(), &[0, 1]).is_empty());
    }

    #[test]
    fn outline_hides_collapsed_groups_and_groups_outside_the_filter() {
        use OutlineRow::{Feature as F, Group as G};
        let project = project(&["Buy", "Ride", "Buy", ""], &[]);
        let groups = project.groups(Grouping::ByTouchpoint);
        let tp = |t: &str| GroupKey::Touchpoint(t.into());
        assert_eq!(
            outline_rows(&groups, &[], None),
            vec![G(0), F(0), F(2), G(1), F(1), G(2), F(3)]
        );
        assert_eq!(
            outline_rows(&groups, &[tp("Buy")], None),
            vec![G(0), G(1), F(1), G(2), F(3)]
        );
        assert_eq!(
            outline_rows(&groups, &[], Some(&tp(""))),
            vec![G(0), G(1), G(2), F(3)]
        );
        assert_eq!(
            outline_rows(&groups, &[], Some(&tp("Ride"))),
            vec![G(0), G(1), F(1), G(2)]
        );
        // A dimension filter leaves the touchpoint outline whole.
        assert_eq!(
            outline_rows(&groups, &[], Some(&GroupKey::Dimension(None))),
            vec![G(0), F(0), F(2), G(1), F(1), G(2), F(3)]
        );
    }
}
