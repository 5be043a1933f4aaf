//! The longest texts a project holds: a title, an importance scale's labels, a feature's id,
//! name, questions and touchpoint, a respondent's id and segment are at most [`MAX_NAME_CHARS`]
//! characters; a feature's notes at
//! most [`MAX_NOTES_CHARS`]. Longer texts are refused where a project comes in (opening a file,
//! importing), naming the place in the file's terms (`features[3].name`), so that a 50 MiB title
//! never reaches text layout (about 420 bytes a character on screen).
//!
//! Must never: change a text (refuse, do not cut), or count more than the limit's worth of a text
//! that is obviously within it.

use crate::project::{Project, Respondent};

/// The most characters of a title, a name, an id, a question, a touchpoint or a segment.
pub const MAX_NAME_CHARS: usize = 1_000;
/// The most characters of a feature's notes.
pub const MAX_NOTES_CHARS: usize = 10_000;

/// A text longer than its limit, and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextTooLong {
    /// The place, as a JSON path of the project file: `title`, `features[3].name`.
    pub place: String,
    /// How many characters the text has.
    pub chars: usize,
    /// The limit for that place.
    pub limit: usize,
}

/// The first text of `project` over its limit, in file order.
pub fn check_project(project: &Project) -> Result<(), TextTooLong> {
    check("title", project.title(), MAX_NAME_CHARS)?;
    for (k, label) in project.importance_scale().labels().iter().enumerate() {
        check_at(
            || format!("importance_scale.labels[{k}]"),
            label,
            MAX_NAME_CHARS,
        )?;
    }
    for (i, f) in project.features().iter().enumerate() {
        for (field, text, limit) in [
            ("id", &f.id, MAX_NAME_CHARS),
            ("name", &f.name, MAX_NAME_CHARS),
            ("functional", &f.functional, MAX_NAME_CHARS),
            ("dysfunctional", &f.dysfunctional, MAX_NAME_CHARS),
            ("touchpoint", &f.touchpoint, MAX_NAME_CHARS),
            ("notes", &f.notes, MAX_NOTES_CHARS),
        ] {
            check_at(|| format!("features[{i}].{field}"), text, limit)?;
        }
    }
    for (i, r) in project.respondents().iter().enumerate() {
        check_respondent(i, r)?;
    }
    Ok(())
}

/// The texts of the respondent at position `i` (one about to be added, too).
pub fn check_respondent(i: usize, r: &Respondent) -> Result<(), TextTooLong> {
    check_at(|| format!("respondents[{i}].id"), &r.id, MAX_NAME_CHARS)?;
    check_at(
        || format!("respondents[{i}].segment"),
        &r.segment,
        MAX_NAME_CHARS,
    )
}

fn check(place: &str, text: &str, limit: usize) -> Result<(), TextTooLong> {
    check_at(|| place.to_owned(), text, limit)
}

fn check_at(place: impl FnOnce() -> String, text: &str, limit: usize) -> Result<(), TextTooLong> {
    // A text of at most `limit` bytes has at most `limit` characters: no need to count.
    if text.len() <= limit {
        return Ok(());
    }
    let chars = text.chars().count();
    if chars <= limit {
        return Ok(());
    }
    Err(TextTooLong {
        place: place(),
        chars,
        limit,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::Feature;

    fn project(title: &str, notes: &str, segment: &str) -> Project {
        let feature = Feature {
            id: "wifi".into(),
            name: "Wi-Fi".into(),
            notes: notes.into(),
            ..Feature::default()
        };
        let respondent = Respondent {
            id: "r1".into(),
            segment: segment.into(),
            responses: vec![Default::default()],
            order: Vec::new(),
        };
        Project::from_parts(
            title.into(),
            Default::default(),
            vec![feature],
            vec![respondent],
        )
        .unwrap()
    }

    #[test]
    fn texts_at_their_limit_pass_in_any_script() {
        let title = "地".repeat(MAX_NAME_CHARS);
        let notes = "n".repeat(MAX_NOTES_CHARS);
        assert_eq!(check_project(&project(&title, &notes, "")), Ok(()));
    }

    #[test]
    fn one_character_over_is_refused_naming_the_place() {
        let long = "地".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(
            check_project(&project(&long, "", "")),
            Err(TextTooLong {
                place: "title".into(),
                chars: MAX_NAME_CHARS + 1,
                limit: MAX_NAME_CHARS,
            })
        );
        let notes = "n".repeat(MAX_NOTES_CHARS + 1);
        assert_eq!(
            check_project(&project("", &notes, "")).unwrap_err().place,
            "features[0].notes"
        );
        assert_eq!(
            check_project(&project("", "", &long)).unwrap_err().place,
            "respondents[0].segment"
        );
    }
}
