//! What stands in the way of an import, worked out before the person presses Import, so that
//! the button is only enabled when the import will go through and the dialog can say why not.
//!
//! The checks mirror what `io::import` refuses (a column read as an id must be filled and
//! unique, importance must be a whole number 1..9, every answer text must map to an answer,
//! appended features must exist in the project); `io::import` still checks again, so a check
//! missed here becomes an error message, never a half-done import. Pure: no egui, no files.

use super::session::{ImportSession, Meaning, Target};
use crate::io::import::{self, Codes, IdCollisions, Problem, Recognised, Role, Table, Wording};
use crate::project::Project;
use std::collections::HashMap;

/// A cell that cannot be read, by its spreadsheet row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellTrouble {
    /// The row as a spreadsheet shows it.
    pub row: usize,
    /// The cell's text.
    pub text: String,
}

/// Why a column cannot serve as respondent ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdTrouble {
    /// A row without an id.
    Empty {
        /// The row as a spreadsheet shows it.
        row: usize,
    },
    /// Two rows with one id.
    Repeated {
        /// The later row.
        row: usize,
        /// The earlier row.
        first_row: usize,
        /// The id.
        id: String,
    },
}

/// One thing that keeps the Import button disabled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Blocker {
    /// The file has a header but no respondent rows.
    NoRows,
    /// No feature is paired.
    NoFeatures,
    /// A feature lacks its functional or dysfunctional column.
    MissingColumn {
        /// The feature's position in the dialog.
        feature: usize,
        /// Which question.
        role: Role,
    },
    /// A feature without an id.
    EmptyFeatureId {
        /// The feature's position in the dialog.
        feature: usize,
    },
    /// Two features with one id.
    RepeatedFeatureId {
        /// The id.
        id: String,
    },
    /// One column chosen for two questions.
    ColumnUsedTwice {
        /// The column.
        column: usize,
    },
    /// A column that detection could not place.
    Problem(Problem),
    /// Texts of the answer columns that map to no answer.
    UnmappedTexts {
        /// How many distinct texts.
        count: usize,
    },
    /// Codes 1..5 while their order is not chosen.
    CodesUndecided,
    /// An importance cell without a whole number 1..9.
    BadImportance {
        /// The column.
        column: usize,
        /// The cell.
        cell: CellTrouble,
    },
    /// The id column has an empty or a repeated id.
    BadIds {
        /// The column.
        column: usize,
        /// What is wrong.
        trouble: IdTrouble,
    },
    /// Appending: features the open project does not have.
    UnknownFeatures {
        /// Their ids.
        ids: Vec<String>,
    },
    /// Appending with "refuse": ids the open project already has, with their rows.
    IdsTaken {
        /// Each id with its row.
        ids: Vec<(String, usize)>,
    },
}

/// Everything that still blocks the import of `session` into (or beside) `project`.
pub(super) fn blockers(session: &ImportSession, project: &Project) -> Vec<Blocker> {
    let mut found = Vec::new();
    if session.table().rows.is_empty() {
        found.push(Blocker::NoRows);
    }
    let features = session.features();
    if features.is_empty() {
        found.push(Blocker::NoFeatures);
    }
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut columns: HashMap<usize, usize> = HashMap::new();
    for (i, draft) in features.iter().enumerate() {
        for role in [Role::Functional, Role::Dysfunctional] {
            if draft.column(role).is_none() {
                found.push(Blocker::MissingColumn { feature: i, role });
            }
        }
        let id = draft.id.trim();
        if id.is_empty() {
            found.push(Blocker::EmptyFeatureId { feature: i });
        } else {
            let seen = ids.entry(id).or_default();
            *seen += 1;
            if *seen == 2 {
                found.push(Blocker::RepeatedFeatureId { id: id.to_owned() });
            }
        }
        for column in [draft.functional, draft.dysfunctional, draft.importance]
            .into_iter()
            .flatten()
        {
            let seen = columns.entry(column).or_default();
            *seen += 1;
            if *seen == 2 {
                found.push(Blocker::ColumnUsedTwice { column });
            }
        }
        if let Some(column) = draft.importance
            && let Some(cell) = session.importance_check(column)
        {
            found.push(Blocker::BadImportance {
                column,
                cell: cell.clone(),
            });
        }
    }
    found.extend(session.problems().iter().cloned().map(Blocker::Problem));
    let mut unmapped = 0;
    let mut awaiting = false;
    for w in session.wordings() {
        match session.meaning(&w.wording) {
            Meaning::Unmapped => unmapped += 1,
            Meaning::AwaitsCodes => awaiting = true,
            Meaning::Answer { .. } => {}
        }
    }
    if awaiting {
        found.push(Blocker::CodesUndecided);
    }
    if unmapped > 0 {
        found.push(Blocker::UnmappedTexts { count: unmapped });
    }
    if let (Some(column), Some(trouble)) = (session.id_column(), session.id_check()) {
        found.push(Blocker::BadIds {
            column,
            trouble: trouble.clone(),
        });
    }
    if session.target == Target::AppendToOpen {
        let unknown: Vec<String> = session
            .mapping()
            .features
            .iter()
            .filter(|f| matching_feature(project, &f.id).is_none())
            .map(|f| f.id.clone())
            .collect();
        if !unknown.is_empty() {
            found.push(Blocker::UnknownFeatures { ids: unknown });
        }
        if session.collisions == IdCollisions::Refuse && !session.clashes().is_empty() {
            found.push(Blocker::IdsTaken {
                ids: session.clashes().to_vec(),
            });
        }
    }
    found
}

/// The open project's feature an imported feature fills: the same id, else the same id in
/// another case (as `io::import::append_to` matches them).
pub fn matching_feature(project: &Project, id: &str) -> Option<usize> {
    let id = id.trim();
    project.feature_index(id).or_else(|| {
        let lower = id.to_lowercase();
        project
            .features()
            .iter()
            .position(|f| f.id.to_lowercase() == lower)
    })
}

/// The first empty or repeated id of a column.
pub(super) fn id_trouble(table: &Table, column: usize) -> Option<IdTrouble> {
    let mut first_row: HashMap<&str, usize> = HashMap::with_capacity(table.rows.len());
    for (r, row) in table.rows.iter().enumerate() {
        let id = row[column].trim();
        let number = table.row_number(r);
        if id.is_empty() {
            return Some(IdTrouble::Empty { row: number });
        }
        if let Some(&first) = first_row.get(id) {
            return Some(IdTrouble::Repeated {
                row: number,
                first_row: first,
                id: id.to_owned(),
            });
        }
        first_row.insert(id, number);
    }
    None
}

/// The first cell of a column that is no importance on the scale its other cells are on (a
/// number 0..10, or a point of one verbal scale).
pub(super) fn importance_trouble(table: &Table, column: usize) -> Option<CellTrouble> {
    let texts = table
        .rows
        .iter()
        .map(|row| row[column].trim())
        .filter(|t| !import::is_blank(t));
    let bad = import::read_scale(texts).err()?;
    let r = table
        .rows
        .iter()
        .position(|row| row[column].trim() == bad)?;
    Some(CellTrouble {
        row: table.row_number(r),
        text: bad.to_owned(),
    })
}

/// The order of codes that texts such as "5 - I like it" show: a code in front of a wording
/// says which number the platform gave that answer. `None` when no text shows it, or when
/// texts disagree.
pub fn settled_codes<'a>(wordings: impl Iterator<Item = &'a Wording>) -> Option<Codes> {
    let mut like_first = false;
    let mut dislike_first = false;
    for w in wordings {
        let Some(Recognised::Wording(answer)) = w.recognised else {
            continue;
        };
        let digits: String = w.key.chars().take_while(char::is_ascii_digit).collect();
        let Ok(code) = digits.parse::<u8>() else {
            continue;
        };
        // The middle answer reads the same both ways.
        let by_like = Codes::LikeFirst.answer(code) == Some(answer);
        let by_dislike = Codes::DislikeFirst.answer(code) == Some(answer);
        if by_like != by_dislike {
            like_first |= by_like;
            dislike_first |= by_dislike;
        }
    }
    match (like_first, dislike_first) {
        (true, false) => Some(Codes::LikeFirst),
        (false, true) => Some(Codes::DislikeFirst),
        _ => None,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::io::import::{ReadOptions, normalise, read_table, recognise};

    fn table(csv: &str) -> Table {
        read_table(csv.as_bytes(), &ReadOptions::default()).unwrap()
    }

    fn wording(text: &str) -> Wording {
        Wording {
            text: text.to_owned(),
            key: normalise(text),
            count: 1,
            first_row: 0,
            recognised: recognise(text),
        }
    }

    #[test]
    fn the_order_of_codes_is_settled_only_by_texts_that_show_it() {
        let check = |texts: &[&str], expected: Option<Codes>| {
            let wordings: Vec<Wording> = texts.iter().map(|t| wording(t)).collect();
            assert_eq!(settled_codes(wordings.iter()), expected, "{texts:?}");
        };
        check(&["1", "5", "I like it"], None);
        check(&["1 - I like it", "5"], Some(Codes::LikeFirst));
        check(&["5 - I like it", "1"], Some(Codes::DislikeFirst));
        check(&["1、我很不喜欢"], Some(Codes::DislikeFirst));
        check(&["3 - I am neutral"], None);
        check(&["1 - I like it", "1 - I dislike it"], None);
        check(&[], None);
    }

    #[test]
    fn ids_must_be_filled_and_unique() {
        let t = table("id,x\na,1\n,2\na,3\n");
        assert_eq!(id_trouble(&t, 0), Some(IdTrouble::Empty { row: 3 }));
        let t = table("id,x\na,1\nb,2\na,3\n");
        assert_eq!(
            id_trouble(&t, 0),
            Some(IdTrouble::Repeated {
                row: 4,
                first_row: 2,
                id: "a".into()
            })
        );
        assert_eq!(id_trouble(&table("id\na\nb\n"), 0), None);
    }

    #[test]
    fn importance_must_be_a_whole_number_from_one_to_nine() {
        let t = table("imp\n7\n\n9 - Extremely important\nvery\n");
        assert_eq!(
            importance_trouble(&t, 0),
            Some(CellTrouble {
                row: 5,
                text: "very".into()
            })
        );
        assert_eq!(importance_trouble(&table("imp\n1\n9\n"), 0), None);
    }

    #[test]
    fn features_are_matched_by_id_in_any_case() {
        let project = crate::io::samples::Sample::MetroEnglish.project();
        let id = project.features()[2].id.clone();
        assert_eq!(matching_feature(&project, &id), Some(2));
        assert_eq!(matching_feature(&project, &id.to_uppercase()), Some(2));
        assert_eq!(matching_feature(&project, "no such feature"), None);
    }
}
