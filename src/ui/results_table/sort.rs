//! Which rows the results table shows and in what order (the touchpoint filter, then the sort
//! column), and how the arrow keys move the selection through them. Pure functions of the project, its results and the view, so they are tested without a
//! window.
//!
//! A feature without a figure (nobody answered, or A + O + M + I = 0) always sorts last, in both
//! directions: an empty cell is never "the best" or "the worst".

use super::super::view::{SortKey, ViewState};
use crate::project::Project;
use crate::results::{FeatureResult, Results};
use std::cmp::Ordering;

/// The positions in `results.features` of the rows to show, in display order.
pub fn table_rows(project: &Project, results: &Results, view: &ViewState) -> Vec<usize> {
    let shown = results
        .features
        .iter()
        .enumerate()
        .filter(|(_, r)| view.shows_feature(project, r.index));
    let descending = view.sort_descending;
    if view.sort == SortKey::Name {
        let mut keyed: Vec<(usize, String)> = shown
            .map(|(row, r)| {
                let name = project
                    .features()
                    .get(r.index)
                    .map(|f| f.name.to_lowercase());
                (row, name.unwrap_or_default())
            })
            .collect();
        keyed.sort_by(|(_, a), (_, b)| directed(a.cmp(b), descending));
        return keyed.into_iter().map(|(row, _)| row).collect();
    }
    let mut keyed: Vec<(usize, Option<f64>)> = shown
        .map(|(row, r)| (row, sort_value(view.sort, r, view.show_shares)))
        .collect();
    // A stable sort keeps project order among equal figures.
    keyed.sort_by(|(_, a), (_, b)| compare_figures(*a, *b, descending));
    keyed.into_iter().map(|(row, _)| row).collect()
}

/// The feature `step` rows below (or, negative, above) the selected one, in display order.
/// Without a selection, or with one the filter hides, the first (or last) row is taken.
/// `rows` are positions in `results.features`, which are also the features' project positions.
pub fn step_selection(rows: &[usize], selected: Option<usize>, step: isize) -> Option<usize> {
    let last = rows.len().checked_sub(1)?;
    let next = match selected.and_then(|s| rows.iter().position(|&r| r == s)) {
        Some(at) => at.saturating_add_signed(step).min(last),
        None if step < 0 => last,
        None => 0,
    };
    rows.get(next).copied()
}

/// The figure a numeric column sorts by, or `None` when the cell is empty.
pub fn sort_value(key: SortKey, result: &FeatureResult, shares: bool) -> Option<f64> {
    let (index, stats) = (result.index, &result.stats);
    match key {
        // Name is handled as text; project order is the fallback for it here.
        SortKey::Project | SortKey::Name => Some(index as f64),
        SortKey::N => Some(f64::from(stats.n)),
        SortKey::Count(category) if shares => stats.counts.share(category),
        SortKey::Count(category) => (stats.n > 0).then(|| f64::from(stats.counts[category])),
        SortKey::Category => stats.category.map(|c| c.precedence() as f64),
        SortKey::Better => stats.coefficients.map(|c| c.better),
        // Sorting by |Worse| puts the most negative Worse first when descending.
        SortKey::Worse => stats.coefficients.map(|c| -c.worse),
        SortKey::CategoryStrength => stats.strength.map(|s| s.category),
        SortKey::TotalStrength => stats.strength.map(|s| s.total),
        // How far past the critical value the lead is: the clearer the verdict, the higher.
        SortKey::Significance => stats.fong.map(|f| {
            if f.critical > 0.0 {
                f64::from(f.difference) / f.critical
            } else {
                0.0
            }
        }),
        SortKey::Importance => stats.importance.map(|i| i.mean),
        SortKey::Confidence => result.category_confidence,
    }
}

/// The direction a column sorts in on its first click: text and project order A to Z, figures
/// highest first (the question is usually "which features score highest?").
pub fn descending_first(key: SortKey) -> bool {
    !matches!(key, SortKey::Project | SortKey::Name | SortKey::Category)
}

/// What a click on a column header does: sort by that column, or reverse it if it already is.
pub fn click_header(view: &mut ViewState, key: SortKey) {
    if view.sort == key {
        view.sort_descending = !view.sort_descending;
    } else {
        view.sort = key;
        view.sort_descending = descending_first(key);
    }
}

fn directed(ordering: Ordering, descending: bool) -> Ordering {
    if descending {
        ordering.reverse()
    } else {
        ordering
    }
}

fn compare_figures(a: Option<f64>, b: Option<f64>, descending: bool) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => directed(a.total_cmp(&b), descending),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kano::{Analysis, Answer, Category, Response};
    use crate::project::{Feature, FeatureFilter, GroupKey, Respondent, SegmentFilter};

    /// Three features: "Wi-Fi" (Attractive for both respondents), "Brakes" (Must-be for both),
    /// "Music" (nobody answered), touchpoints "On board", "On board", "".
    fn project() -> Project {
        let feature = |id: &str, name: &str, touchpoint: &str| Feature {
            id: id.into(),
            name: name.into(),
            touchpoint: touchpoint.into(),
            ..Feature::default()
        };
        let respondent = |id: &str| Respondent {
            id: id.into(),
            segment: String::new(),
            responses: vec![
                Response::pair(Answer::Like, Answer::Neutral),
                Response::pair(Answer::Neutral, Answer::Dislike),
                Response::default(),
            ],
            ..Respondent::default()
        };
        Project::from_parts(
            "t".into(),
            Analysis::default(),
            vec![
                feature("wifi", "Wi-Fi", "On board"),
                feature("brakes", "brakes", "On board"),
                feature("music", "Music", ""),
            ],
            vec![respondent("r1"), respondent("r2")],
        )
        .unwrap()
    }

    fn check(view: ViewState, expected: &[usize]) {
        let project = project();
        let results = project.results(&Analysis::default(), &SegmentFilter::All);
        assert_eq!(table_rows(&project, &results, &view), expected, "{view:?}");
    }

    fn sorted(sort: SortKey, sort_descending: bool) -> ViewState {
        ViewState {
            sort,
            sort_descending,
            ..ViewState::default()
        }
    }

    #[test]
    fn rows_follow_the_sort_column_and_empty_cells_come_last() {
        check(ViewState::default(), &[0, 1, 2]);
        check(sorted(SortKey::Project, true), &[2, 1, 0]);
        // Names sort without regard to case: brakes, Music, Wi-Fi.
        check(sorted(SortKey::Name, false), &[1, 2, 0]);
        check(sorted(SortKey::Name, true), &[0, 2, 1]);
        // Better: Wi-Fi 1.0, brakes 0.0, Music has none and stays last both ways.
        check(sorted(SortKey::Better, true), &[0, 1, 2]);
        check(sorted(SortKey::Better, false), &[1, 0, 2]);
        // Worse: brakes -1.0 is the most negative, first when descending.
        check(sorted(SortKey::Worse, true), &[1, 0, 2]);
        // Category: M before A (M > O > A > I > R > Q).
        check(sorted(SortKey::Category, false), &[1, 0, 2]);
        check(sorted(SortKey::Count(Category::A), true), &[0, 1, 2]);
        check(sorted(SortKey::N, true), &[0, 1, 2]);
        check(sorted(SortKey::Importance, true), &[0, 1, 2]);
    }

    #[test]
    fn the_touchpoint_filter_hides_other_features() {
        let only = |t: &str| ViewState {
            features: FeatureFilter::Only(GroupKey::Touchpoint(t.into())),
            ..ViewState::default()
        };
        check(only("On board"), &[0, 1]);
        check(only(""), &[2]);
        check(only("Nowhere"), &[]);
        // The same filter type takes a dimension: none of these features has one.
        let no_dimension = ViewState {
            features: FeatureFilter::Only(GroupKey::Dimension(None)),
            ..ViewState::default()
        };
        check(no_dimension, &[0, 1, 2]);
    }

    #[test]
    fn arrow_keys_step_through_the_rows_in_display_order() {
        let rows = [2, 0, 1];
        assert_eq!(step_selection(&rows, Some(2), 1), Some(0));
        assert_eq!(step_selection(&rows, Some(0), -1), Some(2));
        // The ends hold.
        assert_eq!(step_selection(&rows, Some(1), 1), Some(1));
        assert_eq!(step_selection(&rows, Some(2), -1), Some(2));
        // No selection, or a hidden one: start at the near end.
        assert_eq!(step_selection(&rows, None, 1), Some(2));
        assert_eq!(step_selection(&rows, Some(7), -1), Some(1));
        assert_eq!(step_selection(&[], Some(0), 1), None);
    }

    #[test]
    fn clicking_a_header_sorts_then_reverses() {
        let mut view = ViewState::default();
        click_header(&mut view, SortKey::Better);
        assert_eq!((view.sort, view.sort_descending), (SortKey::Better, true));
        click_header(&mut view, SortKey::Better);
        assert_eq!((view.sort, view.sort_descending), (SortKey::Better, false));
        click_header(&mut view, SortKey::Name);
        assert_eq!((view.sort, view.sort_descending), (SortKey::Name, false));
    }

    #[test]
    fn shares_sort_like_counts_but_leave_unanswered_features_empty() {
        let project = project();
        let results = project.results(&Analysis::default(), &SegmentFilter::All);
        let result = |i: usize| &results.features[i];
        let key = SortKey::Count(Category::M);
        assert_eq!(sort_value(key, result(1), true), Some(1.0));
        assert_eq!(sort_value(key, result(1), false), Some(2.0));
        assert_eq!(sort_value(key, result(2), true), None);
        assert_eq!(sort_value(key, result(2), false), None);
    }
}
