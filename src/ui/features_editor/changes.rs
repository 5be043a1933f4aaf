//! The edits the Features tab asks for, worked out from what the person did: generated question
//! pairs, a duplicate, where a move or a drop lands, and why an id cannot be used. Pure: these
//! read the project and return values; pushing them is the panel's business.

use crate::i18n::{FeaturesTexts, fill};
use crate::project::{Edit, EditError, Feature, Project};

/// The standard question pair for a feature name, in the wording of `t`'s language:
/// "If {name} were available, how would you feel?" and its negative.
pub fn question_pair(t: &FeaturesTexts, name: &str) -> (String, String) {
    let name = name.trim();
    (
        fill(t.functional_template, &[("name", &name)]),
        fill(t.dysfunctional_template, &[("name", &name)]),
    )
}

/// The edit that adds a copy of the feature at `index` right after it, with a fresh id and
/// "(copy)" after its name, but none of its answers: they were given to the original question.
/// Returns where the copy lands with the edit, or `None` when there is no such feature.
pub fn duplicate(project: &Project, index: usize, t: &FeaturesTexts) -> Option<(usize, Edit)> {
    let original = project.features().get(index)?;
    let feature = Feature {
        id: project.unused_feature_id(&original.id),
        name: fill(t.copy_name, &[("name", &original.name)]),
        ..original.clone()
    };
    let at = index + 1;
    Some((
        at,
        Edit::InsertFeature {
            index: at,
            feature,
            responses: Vec::new(),
        },
    ))
}

/// Which way a feature moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Earlier in the journey.
    Up,
    /// Later in the journey.
    Down,
}

/// Where the feature at `index` goes when moved one step among the `visible` features (in
/// project order): onto the position of its visible neighbour, so that with a touchpoint filter
/// it passes the next feature the person can see. `None` at either end.
pub fn step_destination(visible: &[usize], index: usize, direction: Direction) -> Option<usize> {
    match direction {
        Direction::Up => visible.iter().rev().find(|&&v| v < index).copied(),
        Direction::Down => visible.iter().find(|&&v| v > index).copied(),
    }
}

/// Where the feature at `from` ends up when dropped on the row of the feature at `onto`, in the
/// upper half (`Side::Before`) or the lower half (`Side::After`); `None` when it stays put.
pub fn drop_destination(from: usize, onto: usize, side: Side) -> Option<usize> {
    let gap = match side {
        Side::Before => onto,
        Side::After => onto + 1,
    };
    // The gap is counted before the feature leaves its place; once it has, the gaps after it
    // move up by one.
    let to = if gap > from { gap - 1 } else { gap };
    (to != from).then_some(to)
}

/// Which half of a row something is dropped on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The upper half: the dropped feature goes before this one.
    Before,
    /// The lower half: after it.
    After,
}

/// The selection after deleting the feature at `index` from `len` features: the feature that
/// moves into its place, or the one before it when it was the last.
pub fn selection_after_delete(index: usize, len: usize) -> Option<usize> {
    let remaining = len.saturating_sub(1);
    if remaining == 0 {
        None
    } else {
        Some(index.min(remaining - 1))
    }
}

/// Why `id` cannot be given to the feature at `index`, as a sentence for the person, or `None`
/// when it can. `kept` is the id the feature keeps meanwhile.
pub fn id_problem(
    project: &Project,
    t: &FeaturesTexts,
    index: usize,
    id: &str,
    kept: &str,
) -> Option<String> {
    match project.check_feature_id(id, Some(index)) {
        Ok(()) => None,
        Err(EditError::DuplicateId { id, .. }) => {
            let other = project
                .feature_index(&id)
                .and_then(|i| project.features().get(i))
                .map_or("", |f| f.name.as_str());
            Some(fill(
                t.id_taken,
                &[("id", &id), ("other", &other), ("kept", &kept)],
            ))
        }
        // An empty id is the only other reason check_feature_id gives.
        Err(_) => Some(fill(t.id_empty, &[("kept", &kept)])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::kano::{Analysis, Answer, Response};
    use crate::project::Respondent;

    fn project() -> Project {
        let feature = |id: &str, name: &str| Feature {
            id: id.into(),
            name: name.into(),
            touchpoint: "Ride".into(),
            notes: "n".into(),
            ..Feature::default()
        };
        let answered = Response {
            functional: Some(Answer::Like),
            dysfunctional: Some(Answer::Dislike),
            importance: None,
        };
        Project::from_parts(
            "p".into(),
            Analysis::default(),
            vec![feature("wifi", "Wi-Fi"), feature("wifi-2", "Wi-Fi 2")],
            vec![Respondent {
                id: "r1".into(),
                segment: String::new(),
                responses: vec![answered, answered],
                ..Respondent::default()
            }],
        )
        .unwrap()
    }

    #[test]
    fn question_pairs_follow_the_language_template() {
        let (f, d) = question_pair(&Lang::En.texts().features, "  free Wi-Fi ");
        assert_eq!(f, "If free Wi-Fi were available, how would you feel?");
        assert_eq!(d, "If free Wi-Fi were not available, how would you feel?");
        let (f, d) = question_pair(&Lang::Zh.texts().features, "车厢免费Wi-Fi");
        assert_eq!(f, "如果提供车厢免费Wi-Fi，您的感受是？");
        assert_eq!(d, "如果不提供车厢免费Wi-Fi，您的感受是？");
    }

    #[test]
    fn a_duplicate_copies_the_texts_under_a_fresh_id_without_answers() {
        let mut project = project();
        let t = &Lang::En.texts().features;
        let (at, edit) = duplicate(&project, 0, t).unwrap();
        assert_eq!(at, 1);
        project.apply(edit).unwrap();
        let copy = &project.features()[1];
        assert_eq!(copy.id, "wifi-3");
        assert_eq!(copy.name, "Wi-Fi (copy)");
        assert_eq!(
            (copy.touchpoint.as_str(), copy.notes.as_str()),
            ("Ride", "n")
        );
        assert_eq!(project.respondents()[0].responses[1], Response::default());
        assert!(duplicate(&project, 9, t).is_none());
    }

    #[test]
    fn steps_pass_the_next_visible_feature() {
        let all = [0, 1, 2, 3];
        assert_eq!(step_destination(&all, 2, Direction::Up), Some(1));
        assert_eq!(step_destination(&all, 2, Direction::Down), Some(3));
        assert_eq!(step_destination(&all, 0, Direction::Up), None);
        assert_eq!(step_destination(&all, 3, Direction::Down), None);
        let filtered = [0, 3, 5];
        assert_eq!(step_destination(&filtered, 3, Direction::Up), Some(0));
        assert_eq!(step_destination(&filtered, 3, Direction::Down), Some(5));
    }

    #[test]
    fn drops_land_before_or_after_the_row() {
        let check = |from, onto, side, want| {
            assert_eq!(
                drop_destination(from, onto, side),
                want,
                "{from} on {onto} {side:?}"
            );
        };
        check(0, 3, Side::Before, Some(2));
        check(0, 3, Side::After, Some(3));
        check(3, 0, Side::Before, Some(0));
        check(3, 0, Side::After, Some(1));
        check(2, 2, Side::Before, None);
        check(2, 2, Side::After, None);
        check(2, 1, Side::After, None);
        check(2, 3, Side::Before, None);
    }

    #[test]
    fn a_drop_destination_moves_the_feature_where_it_was_dropped() {
        // Dropping "a" after "c" in a b c d gives b c a d.
        let mut items = vec!['a', 'b', 'c', 'd'];
        let to = drop_destination(0, 2, Side::After).unwrap();
        let item = items.remove(0);
        items.insert(to, item);
        assert_eq!(items, vec!['b', 'c', 'a', 'd']);
    }

    #[test]
    fn the_selection_after_a_delete_stays_in_range() {
        assert_eq!(selection_after_delete(0, 1), None);
        assert_eq!(selection_after_delete(0, 3), Some(0));
        assert_eq!(selection_after_delete(2, 3), Some(1));
    }

    #[test]
    fn id_problems_name_the_feature_that_has_the_id() {
        let project = project();
        let t = &Lang::En.texts().features;
        assert_eq!(id_problem(&project, t, 0, "wifi", "wifi"), None);
        assert_eq!(id_problem(&project, t, 0, "new", "wifi"), None);
        assert_eq!(
            id_problem(&project, t, 0, "wifi-2", "wifi").as_deref(),
            Some(
                "“wifi-2” is already the id of “Wi-Fi 2”. The id stays “wifi” until you choose a free one."
            )
        );
        assert_eq!(
            id_problem(&project, t, 0, "  ", "wifi").as_deref(),
            Some("The id cannot be empty. It stays “wifi” until you type one.")
        );
    }
}
