//! Step 2 of an import: which columns hold which question, found from the column names, and
//! what the answer cells say. The result, a [`Mapping`], is plain data that a person may edit
//! (in the GUI's import dialog) before step 3 builds the project from it.
//!
//! Column names are read by `naming` (FORMATS.md's convention), in any case and column order;
//! the columns left are paired by what their questions say (`questions`: whole question texts
//! as Qualtrics, Google Forms, SurveyMonkey, Typeform and 问卷星 write them). The importance
//! cells give the scale importance was asked on (`importance`). Detection never fails: what it
//! cannot settle it lists in [`Mapping::problems`] for step 3 (or a person) to deal with.

use super::error::ImportError;
use super::importance::{ImportanceReading, read_scale};
use super::naming::parse_header;
use super::questions::{self, Candidate};
use super::table::Table;
use super::wording::{self, Codes, Recognised};
use crate::kano::Answer;
use std::collections::HashMap;

/// The columns of one feature.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FeatureColumns {
    /// The feature id (the `<id>` of the column names, or made from the item's name).
    pub id: String,
    /// The feature's name: the item the questions ask about; empty when only the id is known.
    pub name: String,
    /// The functional question's text, when the export wrote it; else empty.
    pub functional_question: String,
    /// The dysfunctional question's text, when the export wrote it; else empty.
    pub dysfunctional_question: String,
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
                column: table.labelled(*column),
                id: id.clone(),
                missing: *missing,
            },
            Self::LoneImportance { column, id } => ImportError::LoneImportance {
                column: table.labelled(*column),
                id: id.clone(),
            },
            Self::Duplicate {
                column,
                other,
                role,
                id,
            } => ImportError::DuplicateColumn {
                column: table.labelled(*column),
                other: table.labelled(*other),
                role: *role,
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
    /// The scale the importance columns were asked on, and how their cells read.
    pub importance: ImportanceReading,
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

    /// Recounts [`Mapping::wordings`] and the importance scale after the features' columns were
    /// changed by hand.
    pub fn refresh_wordings(&mut self, table: &Table) {
        self.wordings = answer_wordings(table, &self.features);
        self.refresh_importance(table);
    }

    /// Finds the importance scale again from the importance columns' cells. When a text is no
    /// importance on any scale, the scale stays the default one: step 3 names the cell.
    pub fn refresh_importance(&mut self, table: &Table) {
        let columns: Vec<usize> = self
            .features
            .iter()
            .filter_map(|f| f.importance)
            .filter(|&c| c < table.headers.len())
            .collect();
        let texts = table.rows.iter().flat_map(|row| {
            columns
                .iter()
                .map(move |&c| row[c].trim())
                .filter(|t| !wording::is_blank(t))
        });
        self.importance = read_scale(texts).unwrap_or_default();
    }

    /// Adds the answers a person gave to texts (`--answer "TEXT=token"`), which win over the
    /// known wordings.
    pub fn add_answers<'a>(&mut self, answers: impl IntoIterator<Item = &'a (String, Answer)>) {
        for (text, answer) in answers {
            self.set_answer(text, *answer);
        }
    }
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
                    ..FeatureColumns::default()
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
    pair_by_meaning(table, &mut mapping, &mut used);
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
    mapping.refresh_importance(table);
    mapping
}

/// How many rows are looked at to tell whether a column holds Kano answers.
const SAMPLE_ROWS: usize = 200;

/// Pairs the columns that no name pairs by what their questions say.
fn pair_by_meaning(table: &Table, mapping: &mut Mapping, used: &mut [bool]) {
    let named: std::collections::HashSet<usize> = mapping
        .problems
        .iter()
        .map(|p| match p {
            Problem::MissingPartner { column, .. }
            | Problem::LoneImportance { column, .. }
            | Problem::Duplicate { column, .. } => *column,
        })
        .collect();
    let candidates: Vec<Candidate> = (0..table.headers.len())
        .filter(|&c| !used[c] && !named.contains(&c))
        .map(|c| Candidate {
            column: c,
            text: table.question_text(c).to_owned(),
            holds_answers: holds_answers(table, c),
        })
        .collect();
    let mut taken: std::collections::HashSet<String> =
        mapping.features.iter().map(|f| f.id.clone()).collect();
    for p in questions::pair(&candidates) {
        let base = crate::project::feature_id_from_name(&p.name);
        let id = (1..)
            .map(|k| {
                if k == 1 {
                    base.clone()
                } else {
                    format!("{base}-{k}")
                }
            })
            .find(|id| !taken.contains(id))
            .unwrap_or_else(|| base.clone());
        taken.insert(id.clone());
        for c in [Some(p.functional), Some(p.dysfunctional), p.importance]
            .into_iter()
            .flatten()
        {
            used[c] = true;
        }
        mapping.features.push(FeatureColumns {
            id,
            name: p.name,
            functional: p.functional,
            dysfunctional: p.dysfunctional,
            importance: p.importance,
            functional_question: p.functional_question,
            dysfunctional_question: p.dysfunctional_question,
        });
    }
}

/// True when at least half of a column's filled cells (among the first rows) are Kano answers:
/// known wordings, or codes 1..5 in a column that has no other numbers.
fn holds_answers(table: &Table, column: usize) -> bool {
    let (mut filled, mut known) = (0usize, 0usize);
    for row in table.rows.iter().take(SAMPLE_ROWS) {
        let text = row[column].trim();
        if wording::is_blank(text) {
            continue;
        }
        filled += 1;
        if wording::recognise(text).is_some() {
            known += 1;
        }
    }
    filled > 0 && known * 2 >= filled
}

/// The distinct texts of each answer column, most frequent first.
pub fn answer_wordings(table: &Table, features: &[FeatureColumns]) -> Vec<ColumnWordings> {
    let columns: Vec<usize> = features
        .iter()
        .flat_map(|f| [f.functional, f.dysfunctional])
        .filter(|&c| c < table.headers.len())
        .collect();
    // Row by row rather than column by column: each row's cells sit together in memory.
    let mut seen: Vec<HashMap<&str, usize>> = vec![HashMap::new(); columns.len()];
    let mut found: Vec<Vec<Wording>> = vec![Vec::new(); columns.len()];
    for (r, row) in table.rows.iter().enumerate() {
        for (k, &column) in columns.iter().enumerate() {
            let text = row[column].trim();
            if text.is_empty() {
                continue;
            }
            match seen[k].get(text) {
                Some(&i) => found[k][i].count += 1,
                None => {
                    seen[k].insert(text, found[k].len());
                    found[k].push(Wording {
                        text: text.to_owned(),
                        key: wording::normalise(text),
                        count: 1,
                        first_row: r,
                        recognised: wording::recognise(text),
                    });
                }
            }
        }
    }
    columns
        .into_iter()
        .zip(found)
        .map(|(column, mut wordings)| {
            wordings.sort_by(|a, b| b.count.cmp(&a.count).then(a.first_row.cmp(&b.first_row)));
            ColumnWordings { column, wordings }
        })
        .collect()
}
