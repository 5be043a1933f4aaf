//! The edits the Features tab asks for, worked out from what the person did: generated question
//! pairs, a duplicate, where a move or a drop lands, and why an id cannot be used. Pure: these
//! read the project and return values; pushing them is the panel's business.

use crate::i18n::{FeaturesTexts, Lang, Texts, fill};
use crate::project::{Edit, EditError, Feature, Project};

/// The standard question pair for a feature name, in the wording of `t`'s language:
/// "If {name} were available, how would you feel?" and its negative. In English the name is
/// put mid-sentence in sentence case ("If new feature were…"), acronyms kept ("NFC payment").
pub fn question_pair(t: &Texts, name: &str) -> (String, String) {
    let name = mid_sentence(t.lang, name.trim());
    let f = &t.features;
    (
        fill(f.functional_template, &[("name", &name)]),
        fill(f.dysfunctional_template, &[("name", &name)]),
    )
}

/// A name as it reads inside an English sentence: a capital first letter is lowered unless the
/// first word is an acronym or has capitals inside ("Wi-Fi" → "wi-Fi" would be wrong, so a word
/// with any other capital is kept). Other languages keep the name as typed.
fn mid_sentence(lang: Lang, name: &str) -> String {
    let first_word = name.split_whitespace().next().unwrap_or("");
    let mut chars = first_word.chars();
    let lower_it = lang == Lang::En
        && chars.next().is_some_and(char::is_uppercase)
        && !chars.any(char::is_uppercase);
    if !lower_it {
        return name.to_owned();
    }
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_lowercase().chain(chars).collect::<String>()
    })
}

/// The feature as edited in the form, with what follows the name brought along: when the name
/// changed, a question still in its generated wording is generated anew, and an id still made
/// from the old name is made from the new one. Anything the person wrote stays as written.
pub fn follow_name(
    project: &Project,
    t: &Texts,
    index: usize,
    before: &Feature,
    draft: &mut Feature,
) {
    if draft.name == before.name || draft.name.trim().is_empty() {
        return;
    }
    let (old_f, old_d) = question_pair(t, &before.name);
    let (new_f, new_d) = question_pair(t, &draft.name);
    if draft.functional == old_f {
        draft.functional = new_f;
    }
    if draft.dysfunctional == old_d {
        draft.dysfunctional = new_d;
    }
    if draft.id == before.id && before.id == project.feature_id_for(&before.name, index) {
        draft.id = project.feature_id_for(&draft.name, index);
    }
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
        let (f, d) = question_pair(Lang::En.texts(), "  free Wi-Fi ");
        assert_eq!(f, "If free Wi-Fi were available, how would you feel?");
        assert_eq!(d, "If free Wi-Fi were not available, how would you feel?");
        let (f, d) = question_pair(Lang::Zh.texts(), "车厢免费Wi-Fi");
        assert_eq!(f, "如果提供车厢免费Wi-Fi，您的感受是？");
        assert_eq!(d, "如果不提供车厢免费Wi-Fi，您的感受是？");
    }

    #[test]
    fn names_go_mid_sentence_in_sentence_case_in_english_only() {
        let check = |lang: Lang, name: &str, expected: &str| {
            assert_eq!(mid_sentence(lang, name), expected, "{name}");
        };
        check(Lang::En, "New feature", "new feature");
        check(
            Lang::En,
            "Free Wi-Fi on the train",
            "free Wi-Fi on the train",
        );
        check(Lang::En, "NFC payment", "NFC payment");
        check(Lang::En, "WiFi", "WiFi");
        check(Lang::En, "iPhone app", "iPhone app");
        check(Lang::En, "", "");
        check(Lang::Zh, "App查看车厢空座", "App查看车厢空座");
    }

    #[test]
    fn questions_and_id_follow_the_name_until_edited() {
        let project = project();
        let t = Lang::En.texts();
        let generated = |name: &str, id: &str| {
            let (functional, dysfunctional) = question_pair(t, name);
            Feature {
                id: id.to_owned(),
                name: name.to_owned(),
                functional,
                dysfunctional,
                ..Feature::default()
            }
        };
        // Feature 1's id "wifi-2" is what "WiFi" gives beside feature 0's "wifi": a new name
        // brings a new id and new questions.
        let before = generated("WiFi", "wifi-2");
        let mut draft = Feature {
            name: "Live arrival times".to_owned(),
            ..before.clone()
        };
        follow_name(&project, t, 1, &before, &mut draft);
        assert_eq!(draft.id, "live-arrival-times");
        assert_eq!(
            draft.functional,
            "If live arrival times were available, how would you feel?"
        );
        // Edited questions and a typed id stay as the person left them.
        let before = Feature {
            id: "arrivals".to_owned(),
            functional: "Would real-time boards please you?".to_owned(),
            ..generated("Live arrival times", "x")
        };
        let mut draft = Feature {
            name: "Arrival boards".to_owned(),
            ..before.clone()
        };
        follow_name(&project, t, 1, &before, &mut draft);
        assert_eq!(draft.id, "arrivals");
        assert_eq!(draft.functional, "Would real-time boards please you?");
        assert_eq!(
            draft.dysfunctional,
            "If arrival boards were not available, how would you feel?"
        );
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
