//! The import dialog's state: the table read from the file, the mapping being edited and the
//! choices made, plus what is derived from them.
//!
//! Everything that walks the rows (the texts of an answer column, the check of an id or
//! importance column, the ids that collide) is worked out once per column and kept, so a frame
//! with 10,000 rows costs what a frame with ten costs; only a changed column is read again.
//! Pure data: no egui, no files, and the open project is only ever read.

mod answers;
mod respondents;
#[cfg(test)]
mod tests;

pub use answers::{FoundWording, Meaning};

use super::checks::{self, CellTrouble, IdTrouble};
use super::suggest;
use crate::io::import::{
    self, Codes, ColumnWordings, FeatureColumns, IdCollisions, Mapping, Role, Table,
};
use respondents::Clashes;
use std::collections::HashMap;

/// Where the imported respondents go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Target {
    /// A new, unsaved project in place of the open one.
    #[default]
    NewProject,
    /// The end of the open project's respondents, as one undo step.
    AppendToOpen,
}

/// One feature as the person is pairing it: a column may not be chosen yet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FeatureDraft {
    /// The feature id (and, in a new project, its name).
    pub id: String,
    /// The functional question's column.
    pub functional: Option<usize>,
    /// The dysfunctional question's column.
    pub dysfunctional: Option<usize>,
    /// The importance column, if any.
    pub importance: Option<usize>,
    /// The feature's name as the questions gave it (a matrix item); empty to use the id.
    pub name: String,
    /// The question texts found for it, functional then dysfunctional; empty when not known.
    pub questions: [String; 2],
}

impl FeatureDraft {
    /// The column in `role`.
    pub fn column(&self, role: Role) -> Option<usize> {
        match role {
            Role::Functional => self.functional,
            Role::Dysfunctional => self.dysfunctional,
            Role::Importance => self.importance,
        }
    }

    fn complete(&self) -> Option<FeatureColumns> {
        Some(FeatureColumns {
            id: self.id.trim().to_owned(),
            name: self.name.clone(),
            functional: self.functional?,
            dysfunctional: self.dysfunctional?,
            importance: self.importance,
            functional_question: self.questions[0].clone(),
            dysfunctional_question: self.questions[1].clone(),
        })
    }
}

/// Everything the import dialog shows and edits.
#[derive(Debug)]
pub struct ImportSession {
    file_name: String,
    title: String,
    table: Table,
    /// The mapping handed to the import: its features are the complete drafts.
    mapping: Mapping,
    drafts: Vec<FeatureDraft>,
    codes: Option<Codes>,
    settled: Option<Codes>,
    /// Where the respondents go.
    pub target: Target,
    /// What to do with ids the open project already has.
    pub collisions: IdCollisions,
    /// The message of the last import that failed, shown in the dialog.
    pub error: Option<String>,
    /// The preview has not yet been scrolled to the first question.
    pub reveal_questions: bool,
    /// The dialog has not been drawn yet.
    pub first_frame: bool,
    column_names: Vec<String>,
    column_wordings: HashMap<usize, ColumnWordings>,
    found: Vec<FoundWording>,
    importance_checks: HashMap<usize, Option<CellTrouble>>,
    id_checks: HashMap<usize, Option<IdTrouble>>,
    clashes: Option<Clashes>,
}

impl ImportSession {
    /// A session on a table read from `file_name`; the features are those detection found.
    pub fn new(file_name: impl Into<String>, table: Table) -> Self {
        let file_name = file_name.into();
        let mapping = import::detect(&table);
        let drafts = mapping
            .features
            .iter()
            .map(|f| FeatureDraft {
                id: f.id.clone(),
                functional: Some(f.functional),
                dysfunctional: Some(f.dysfunctional),
                importance: f.importance,
                name: f.name.clone(),
                questions: [
                    f.functional_question.clone(),
                    f.dysfunctional_question.clone(),
                ],
            })
            .collect();
        let column_names = (0..table.headers.len())
            .map(|c| column_name(&table, c))
            .collect();
        let column_wordings = mapping
            .wordings
            .iter()
            .map(|w| (w.column, w.clone()))
            .collect();
        let mut session = Self {
            title: import::title_from_path(std::path::Path::new(&file_name)),
            file_name,
            table,
            mapping,
            drafts,
            codes: None,
            settled: None,
            target: Target::default(),
            collisions: IdCollisions::default(),
            error: None,
            reveal_questions: true,
            first_frame: true,
            column_names,
            column_wordings,
            found: Vec::new(),
            importance_checks: HashMap::new(),
            id_checks: HashMap::new(),
            clashes: None,
        };
        session.columns_changed();
        // A column named like an id or a segment is what the person would pick; one that merely
        // has unique values (a timestamp, an e-mail) is only offered.
        let named = |candidates: &[usize], is_named: fn(&str) -> bool| {
            candidates
                .first()
                .copied()
                .filter(|&c| is_named(&session.table.headers[c]))
        };
        let id = named(&session.mapping.id_candidates, import::is_id_name);
        let segment = named(&session.mapping.segment_candidates, import::is_segment_name);
        session.set_id_column(id);
        session.set_segment_column(segment);
        session
    }

    /// Takes a table pasted from a spreadsheet (tab-separated text) in place of the file: the
    /// same detection runs on it; where the respondents go stays as chosen. A paste that is no
    /// table changes nothing and says why.
    pub fn paste(&mut self, name: &str, text: &str) -> Result<(), import::ReadError> {
        let table = import::read_table(text.as_bytes(), &import::ReadOptions::default())?;
        let (target, collisions) = (self.target, self.collisions);
        *self = Self::new(name, table);
        self.target = target;
        self.collisions = collisions;
        Ok(())
    }

    /// The file's name, as shown.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The title a new project gets: the file's name without its extensions.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The table read from the file.
    pub fn table(&self) -> &Table {
        &self.table
    }

    /// The mapping to import with; meaningful once [`Self::blockers`] is empty.
    pub fn mapping(&self) -> &Mapping {
        &self.mapping
    }

    /// The features being paired.
    pub fn features(&self) -> &[FeatureDraft] {
        &self.drafts
    }

    /// A column as combo boxes name it: its letter and its header.
    pub fn column_name(&self, column: usize) -> &str {
        self.column_names.get(column).map_or("", String::as_str)
    }

    /// How many columns the table has.
    pub fn column_count(&self) -> usize {
        self.column_names.len()
    }

    /// Sets the column of a feature in `role`, and reads that column's texts if it is new.
    pub fn set_column(&mut self, feature: usize, role: Role, column: Option<usize>) {
        let Some(draft) = self.drafts.get_mut(feature) else {
            return;
        };
        let slot = match role {
            Role::Functional => &mut draft.functional,
            Role::Dysfunctional => &mut draft.dysfunctional,
            Role::Importance => &mut draft.importance,
        };
        if *slot != column {
            *slot = column;
            self.columns_changed();
        }
    }

    /// Renames a feature.
    pub fn set_feature_id(&mut self, feature: usize, id: String) {
        if let Some(draft) = self.drafts.get_mut(feature) {
            draft.id = id;
            self.sync_features();
        }
    }

    /// Adds a feature with no columns yet, under an id no other feature has.
    pub fn add_feature(&mut self) {
        let id = self.unused_id();
        self.drafts.push(FeatureDraft {
            id,
            ..FeatureDraft::default()
        });
        self.sync_features();
    }

    /// Removes a feature.
    pub fn remove_feature(&mut self, feature: usize) {
        if feature < self.drafts.len() {
            self.drafts.remove(feature);
            self.columns_changed();
        }
    }

    /// Adds the question pairs [`suggest::suggest_pairs`] finds among the columns no feature
    /// uses; returns how many.
    pub fn suggest_pairs(&mut self) -> usize {
        let used: Vec<usize> = self
            .used_columns()
            .iter()
            .enumerate()
            .filter_map(|(c, &used)| used.then_some(c))
            .collect();
        let pairs = suggest::suggest_pairs(&self.table, &used);
        for pair in &pairs {
            let id = self.unused_id();
            self.drafts.push(FeatureDraft {
                id,
                functional: Some(pair.functional),
                dysfunctional: Some(pair.dysfunctional),
                importance: pair.importance,
                ..FeatureDraft::default()
            });
        }
        if !pairs.is_empty() {
            self.columns_changed();
        }
        pairs.len()
    }

    /// What detection could not settle and the person has not dealt with yet.
    pub fn problems(&self) -> &[import::Problem] {
        &self.mapping.problems
    }

    /// Leaves a problem's column out of the import.
    pub fn ignore_problem(&mut self, index: usize) {
        if index < self.mapping.problems.len() {
            self.mapping.problems.remove(index);
        }
    }

    /// Turns a lone column into a feature whose other column the person then picks.
    pub fn feature_from_problem(&mut self, index: usize) {
        let Some(problem) = self.mapping.problems.get(index).cloned() else {
            return;
        };
        let mut draft = FeatureDraft::default();
        match problem {
            import::Problem::MissingPartner {
                column,
                id,
                missing,
                ..
            } => {
                draft.id = id;
                match missing {
                    Role::Functional => draft.dysfunctional = Some(column),
                    _ => draft.functional = Some(column),
                }
            }
            import::Problem::LoneImportance { column, id } => {
                draft.id = id;
                draft.importance = Some(column);
            }
            import::Problem::Duplicate { .. } => return,
        }
        if self.drafts.iter().any(|d| d.id.trim() == draft.id.trim()) {
            draft.id = self.unused_id();
        }
        self.drafts.push(draft);
        self.columns_changed();
    }

    fn unused_id(&self) -> String {
        (self.drafts.len() + 1..)
            .map(|n| format!("F{n}"))
            .find(|id| !self.drafts.iter().any(|d| d.id.trim() == id))
            .unwrap_or_default()
    }

    /// For each column, whether a feature uses it (in any role).
    fn used_columns(&self) -> Vec<bool> {
        let mut used = vec![false; self.column_names.len()];
        for c in self
            .drafts
            .iter()
            .flat_map(|d| [d.functional, d.dysfunctional, d.importance])
            .flatten()
        {
            if let Some(slot) = used.get_mut(c) {
                *slot = true;
            }
        }
        used
    }

    /// Rebuilds the mapping's features from the drafts; a problem whose column a feature now
    /// uses is settled.
    fn sync_features(&mut self) {
        self.mapping.features = self
            .drafts
            .iter()
            .filter_map(FeatureDraft::complete)
            .collect();
        let used = self.used_columns();
        self.mapping.problems.retain(|p| {
            let column = match p {
                import::Problem::MissingPartner { column, .. }
                | import::Problem::LoneImportance { column, .. }
                | import::Problem::Duplicate { column, .. } => *column,
            };
            !used.get(column).copied().unwrap_or(false)
        });
    }

    /// After a column changed: reads the columns not read before, gathers the texts of all
    /// answer columns and checks new importance columns.
    fn columns_changed(&mut self) {
        self.sync_features();
        let answer_columns: Vec<usize> = self
            .drafts
            .iter()
            .flat_map(|d| [d.functional, d.dysfunctional])
            .flatten()
            .collect();
        let mut unread: Vec<usize> = answer_columns
            .iter()
            .copied()
            .filter(|c| !self.column_wordings.contains_key(c))
            .collect();
        unread.sort_unstable();
        unread.dedup();
        // One pass over the rows reads two columns: pair the unread ones up.
        let pairs: Vec<FeatureColumns> = unread
            .chunks(2)
            .map(|pair| FeatureColumns {
                functional: pair[0],
                dysfunctional: pair.get(1).copied().unwrap_or(pair[0]),
                ..FeatureColumns::default()
            })
            .collect();
        for read in import::answer_wordings(&self.table, &pairs) {
            self.column_wordings.insert(read.column, read);
        }
        for column in self.drafts.iter().filter_map(|d| d.importance) {
            let table = &self.table;
            self.importance_checks
                .entry(column)
                .or_insert_with(|| checks::importance_trouble(table, column));
        }
        // The scale the chosen importance columns were asked on (read again only on a change).
        self.mapping.refresh_importance(&self.table);
        self.mapping.wordings = self
            .mapping
            .features
            .iter()
            .flat_map(|f| [f.functional, f.dysfunctional])
            .filter_map(|c| self.column_wordings.get(&c).cloned())
            .collect();
        self.found = answers::gather(
            answer_columns
                .iter()
                .filter_map(|c| self.column_wordings.get(c)),
        );
        self.settled = checks::settled_codes(self.found.iter().map(|f| &f.wording));
        if let (None, Some(settled)) = (self.codes, self.settled) {
            self.set_codes(settled);
        }
    }
}

/// "C · Which best describes you?", the header cut short when long.
fn column_name(table: &Table, column: usize) -> String {
    const LONGEST: usize = 60;
    let letter = table.column_letter(column);
    let header = table.headers.get(column).map_or("", |h| h.as_str());
    let header: String = header.split_whitespace().collect::<Vec<_>>().join(" ");
    if header.chars().count() > LONGEST {
        let cut: String = header.chars().take(LONGEST - 1).collect();
        format!("{letter} · {cut}…")
    } else if header.is_empty() {
        letter
    } else {
        format!("{letter} · {header}")
    }
}
