//! Step 2 of an import: which columns hold which question, found from the column names, and
//! what the answer cells say. The result, a [`Mapping`], is plain data that a person may edit
//! (in the GUI's import dialog) before step 3 builds the project from it.
//!
//! Names follow FORMATS.md: `<id>_functional` / `<id>_dysfunctional` (also `<id> functional`,
//! `<id> (functional)`, `<id>-f` / `<id>-d`), `<id>_importance`, in any case and column order.
//! Two additions that cannot clash with it: a Google Forms grid header `Title [<id> functional]`
//! is read by its bracket, and the Chinese role words 正向 / 反向 / 重要度 stand for functional /
//! dysfunctional / importance. Detection never fails: what it cannot settle it lists in
//! [`Mapping::problems`] for step 3 (or a person) to deal with.

use super::error::ImportError;
use super::table::Table;
use super::wording::{self, Codes, Recognised};
use crate::kano::Answer;
use std::collections::HashMap;

/// The columns of one feature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeatureColumns {
    /// The feature id (the `<id>` of the column names).
    pub id: String,
    /// The functional question's column.
    pub functional: usize,
    /// The dysfunctional question's column.
    pub dysfunctional: usize,
    /// The importance column, if any.
    pub importance: Option<usize>,
}

/// One distinct text found in an answer column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wording {
    /// The text as first seen (trimmed).
    pub text: String,
    /// The text normalised for matching; [`Mapping::custom`] is keyed by it.
    pub key: String,
    /// How many cells of the column hold it.
    pub count: usize,
    /// The first data row (index into [`Table::rows`]) that holds it.
    pub first_row: usize,
    /// What the text is known as, if anything.
    pub recognised: Option<Recognised>,
}

/// The distinct texts of one answer column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnWordings {
    /// The column.
    pub column: usize,
    /// Its distinct non-empty texts, most frequent first.
    pub wordings: Vec<Wording>,
}

/// A column whose name says something detection could not make whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// One side of a question pair without the other.
    MissingPartner {
        /// The column found.
        column: usize,
        /// The feature id.
        id: String,
        /// The side that is missing.
        missing: Role,
    },
    /// An importance column for a feature with no questions.
    LoneImportance {
        /// The column.
        column: usize,
        /// The feature id.
        id: String,
    },
    /// A second column for the same question.
    Duplicate {
        /// The later column.
        column: usize,
        /// The earlier one.
        other: usize,
        /// Which question.
        role: Role,
        /// The feature id.
        id: String,
    },
}

impl Problem {
    /// The problem as an error message, columns labelled from `table`.
    pub fn to_error(&self, table: &Table) -> ImportError {
        match self {
            Self::MissingPartner {
                column,
                id,
                missing,
            } => ImportError::MissingPartner {
                column: table.column_label(*column),
                id: id.clone(),
                missing: missing.word(),
            },
            Self::LoneImportance { column, id } => ImportError::LoneImportance {
                column: table.column_label(*column),
                id: id.clone(),
            },
            Self::Duplicate {
                column,
                other,
                role,
                id,
            } => ImportError::DuplicateColumn {
                column: table.column_label(*column),
                other: table.column_label(*other),
                role: role.word(),
                id: id.clone(),
            },
        }
    }
}

/// What a column holds, by its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// The functional question.
    Functional,
    /// The dysfunctional question.
    Dysfunctional,
    /// Self-stated importance.
    Importance,
}

impl Role {
    /// The English word used in column names and messages.
    pub const fn word(self) -> &'static str {
        match self {
            Self::Functional => "functional",
            Self::Dysfunctional => "dysfunctional",
            Self::Importance => "importance",
        }
    }
}

/// How a table's columns become a project: editable data.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Mapping {
    /// The features, in the order of their first column.
    pub features: Vec<FeatureColumns>,
    /// The respondent id column; `None` numbers respondents r-0001, r-0002, ...
    pub id_column: Option<usize>,
    /// The segment column; `None` leaves respondents without a segment.
    pub segment_column: Option<usize>,
    /// Columns that could serve as respondent ids (every row filled, all different), likeliest first.
    pub id_candidates: Vec<usize>,
    /// Columns that could serve as segments (a few distinct values), likeliest first.
    pub segment_candidates: Vec<usize>,
    /// Columns that are neither questions nor importance: respondent attributes.
    pub attributes: Vec<usize>,
    /// What detection could not settle; step 3 refuses while any is left.
    pub problems: Vec<Problem>,
    /// How numeric codes 1..5 are read.
    pub codes: Codes,
    /// Answers a person gave to texts that are not known, keyed by [`Wording::key`]; they win
    /// over the known wordings.
    pub custom: HashMap<String, Answer>,
    /// The distinct texts of every answer column, in feature order (functional, dysfunctional).
    pub wordings: Vec<ColumnWordings>,
}

impl Mapping {
    /// The answer a text of an answer column stands for, under this mapping.
    pub fn answer_for(&self, wording: &Wording) -> Option<Answer> {
        self.custom
            .get(&wording.key)
            .copied()
            .or_else(|| wording.recognised.and_then(|r| r.answer(self.codes)))
    }

    /// The answer any cell text stands for, under this mapping; `None` when it matches nothing.
    pub fn answer_for_text(&self, text: &str) -> Option<Answer> {
        if !self.custom.is_empty()
            && let Some(&answer) = self.custom.get(&wording::normalise(text))
        {
            return Some(answer);
        }
        wording::recognise(text).and_then(|r| r.answer(self.codes))
    }

    /// Every text that maps to no answer, with its column.
    pub fn unknown_wordings(&self) -> Vec<(usize, &Wording)> {
        self.wordings
            .iter()
            .flat_map(|c| c.wordings.iter().map(move |w| (c.column, w)))
            .filter(|(_, w)| self.answer_for(w).is_none())
            .collect()
    }

    /// Says which answer a text stands for, in every answer column.
    pub fn set_answer(&mut self, text: &str, answer: Answer) {
        self.custom.insert(wording::normalise(text), answer);
    }

    /// Recounts [`Mapping::wordings`] after the features' columns were changed by hand.
    pub fn refresh_wordings(&mut self, table: &Table) {
        self.wordings = answer_wordings(table, &self.features);
    }
}

/// Reads a column name: the feature id it names and which question, and whether it used the
/// terse `-f`/`-d`/`-i` form (such a name may just be an attribute: "Grade-F").
fn parse_header(header: &str) -> Option<(String, Role, bool)> {
    let header = header.trim();
    // Google Forms grid: "Kano questions [wifi functional]".
    if let Some(open) = header.rfind('[')
        && header.ends_with(']')
        && let Some(found) = parse_plain(&header[open + 1..header.len() - 1])
    {
        return Some(found);
    }
    parse_plain(header)
}

fn parse_plain(header: &str) -> Option<(String, Role, bool)> {
    const WORDS: [(&str, Role); 7] = [
        ("dysfunctional", Role::Dysfunctional),
        ("functional", Role::Functional),
        ("importance", Role::Importance),
        ("反向", Role::Dysfunctional),
        ("正向", Role::Functional),
        ("重要度", Role::Importance),
        ("重要性", Role::Importance),
    ];
    let header = header.trim();
    for (word, role) in WORDS {
        for (open, close) in [("(", ")"), ("（", "）")] {
            if let Some(inner) = strip_suffix_ignore_case(header, close)
                && let Some(before) = strip_suffix_ignore_case(inner.trim_end(), word)
                && let Some(id) = before.trim_end().strip_suffix(open)
            {
                return id_of(id).map(|id| (id, role, false));
            }
        }
        if let Some(before) = strip_suffix_ignore_case(header, word)
            && before.ends_with(['_', ' ', '-', '.', '\u{3000}'])
        {
            return id_of(before).map(|id| (id, role, false));
        }
    }
    for (suffix, role) in [
        ("-f", Role::Functional),
        ("-d", Role::Dysfunctional),
        ("-i", Role::Importance),
    ] {
        if let Some(before) = strip_suffix_ignore_case(header, suffix) {
            return id_of(before).map(|id| (id, role, true));
        }
    }
    None
}

fn strip_suffix_ignore_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = text.len().checked_sub(suffix.len())?;
    (text.is_char_boundary(cut) && text[cut..].to_lowercase() == suffix.to_lowercase())
        .then(|| &text[..cut])
}

fn id_of(before: &str) -> Option<String> {
    let id = before
        .trim_end_matches(['_', ' ', '-', '.', '\u{3000}'])
        .trim();
    (!id.is_empty()).then(|| id.to_owned())
}

#[derive(Default)]
struct Found {
    id: String,
    columns: [Vec<(usize, bool)>; 3],
}

/// Finds the features, the candidates for id and segment, and the texts of the answer columns.
pub fn detect(table: &Table) -> Mapping {
    let mut found: Vec<Found> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for (column, header) in table.headers.iter().enumerate() {
        let Some((id, role, terse)) = parse_header(header) else {
            continue;
        };
        let slot = *by_key.entry(id.to_lowercase()).or_insert_with(|| {
            found.push(Found {
                id: id.clone(),
                ..Found::default()
            });
            found.len() - 1
        });
        found[slot].columns[role as usize].push((column, terse));
    }
    let mut mapping = Mapping::default();
    let mut used = vec![false; table.headers.len()];
    for f in &found {
        let [functional, dysfunctional, importance] = &f.columns;
        for (role, columns) in [
            (Role::Functional, functional),
            (Role::Dysfunctional, dysfunctional),
            (Role::Importance, importance),
        ] {
            for &(column, _) in columns.iter().skip(1) {
                mapping.problems.push(Problem::Duplicate {
                    column,
                    other: columns[0].0,
                    role,
                    id: f.id.clone(),
                });
            }
        }
        match (functional.first(), dysfunctional.first()) {
            (Some(&(fc, _)), Some(&(dc, _))) => {
                let importance = importance.first().map(|&(c, _)| c);
                for c in [Some(fc), Some(dc), importance].into_iter().flatten() {
                    used[c] = true;
                }
                mapping.features.push(FeatureColumns {
                    id: f.id.clone(),
                    functional: fc,
                    dysfunctional: dc,
                    importance,
                });
            }
            // A terse name alone ("Grade-F") is most likely an attribute that happens to end so.
            (Some(&(column, false)), None) => mapping.problems.push(Problem::MissingPartner {
                column,
                id: f.id.clone(),
                missing: Role::Dysfunctional,
            }),
            (None, Some(&(column, false))) => mapping.problems.push(Problem::MissingPartner {
                column,
                id: f.id.clone(),
                missing: Role::Functional,
            }),
            (None, None) => {
                if let Some(&(column, false)) = importance.first() {
                    mapping.problems.push(Problem::LoneImportance {
                        column,
                        id: f.id.clone(),
                    });
                }
            }
            _ => {}
        }
    }
    mapping
        .features
        .sort_by_key(|f| f.functional.min(f.dysfunctional));
    mapping.problems.sort_by_key(|p| match p {
        Problem::MissingPartner { column, .. }
        | Problem::LoneImportance { column, .. }
        | Problem::Duplicate { column, .. } => *column,
    });
    mapping.attributes = (0..table.headers.len()).filter(|&c| !used[c]).collect();
    mapping.id_candidates = super::candidates::id_candidates(table, &mapping.attributes);
    mapping.segment_candidates = super::candidates::segment_candidates(table, &mapping.attributes);
    mapping.wordings = answer_wordings(table, &mapping.features);
    mapping
}

/// The distinct texts of each answer column, most frequent first.
pub fn answer_wordings(table: &Table, features: &[FeatureColumns]) -> Vec<ColumnWordings> {
    let columns = features
        .iter()
        .flat_map(|f| [f.functional, f.dysfunctional]);
    columns
        .filter(|&c| c < table.headers.len())
        .map(|column| {
            let mut index: HashMap<&str, usize> = HashMap::new();
            let mut wordings: Vec<Wording> = Vec::new();
            for (r, row) in table.rows.iter().enumerate() {
                let text = row[column].trim();
                if text.is_empty() {
                    continue;
                }
                match index.get(text) {
                    Some(&i) => wordings[i].count += 1,
                    None => {
                        index.insert(text, wordings.len());
                        wordings.push(Wording {
                            text: text.to_owned(),
                            key: wording::normalise(text),
                            count: 1,
                            first_row: r,
                            recognised: wording::recognise(text),
                        });
                    }
                }
            }
            wordings.sort_by(|a, b| b.count.cmp(&a.count).then(a.first_row.cmp(&b.first_row)));
            ColumnWordings { column, wordings }
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn parsed(h: &str) -> Option<(String, Role, bool)> {
        parse_header(h)
    }

    #[test]
    fn every_naming_form_of_the_contract_is_read() {
        let f = |id: &str, terse| Some((id.to_owned(), Role::Functional, terse));
        let d = |id: &str, terse| Some((id.to_owned(), Role::Dysfunctional, terse));
        assert_eq!(parsed("F7_functional"), f("F7", false));
        assert_eq!(parsed("F7_Dysfunctional"), d("F7", false));
        assert_eq!(parsed("wifi functional"), f("wifi", false));
        assert_eq!(parsed("Free Wi-Fi (DYSFUNCTIONAL)"), d("Free Wi-Fi", false));
        assert_eq!(parsed("wifi-f"), f("wifi", true));
        assert_eq!(parsed("wifi-D"), d("wifi", true));
        assert_eq!(
            parsed("F7_importance"),
            Some(("F7".into(), Role::Importance, false))
        );
        assert_eq!(parsed("Kano [seats functional]"), f("seats", false));
        assert_eq!(parsed("座椅_正向"), f("座椅", false));
        assert_eq!(parsed("座椅（反向）"), d("座椅", false));
        assert_eq!(parsed("Wi-Fi"), None);
        assert_eq!(parsed("functional"), None);
        assert_eq!(parsed("_functional"), None);
        assert_eq!(parsed("nonfunctional"), None);
        assert_eq!(parsed("Gender"), None);
    }
}
