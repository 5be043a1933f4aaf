//! The respondents' side of an import: the id and segment columns, their checks, and the ids
//! that the open project already has.

use super::super::checks::{self, Blocker, CellTrouble, IdTrouble};
use super::{ImportSession, Target};
use crate::project::Project;

/// Ids of the file that the open project already has, worked out for one id column and one
/// set of project respondents.
#[derive(Debug)]
pub(super) struct Clashes {
    id_column: usize,
    respondents: usize,
    found: Vec<(String, usize)>,
}

impl ImportSession {
    /// The respondent id column; `None` numbers respondents.
    pub fn id_column(&self) -> Option<usize> {
        self.mapping.id_column
    }

    /// Chooses the respondent id column, checking it once.
    pub fn set_id_column(&mut self, column: Option<usize>) {
        self.mapping.id_column = column;
        if let Some(c) = column {
            let table = &self.table;
            self.id_checks
                .entry(c)
                .or_insert_with(|| checks::id_trouble(table, c));
        }
    }

    /// The segment column.
    pub fn segment_column(&self) -> Option<usize> {
        self.mapping.segment_column
    }

    /// Chooses the segment column.
    pub fn set_segment_column(&mut self, column: Option<usize>) {
        self.mapping.segment_column = column;
    }

    /// Columns that suit an id (every row filled, all different) and that no question uses,
    /// likeliest first.
    pub fn id_candidates(&self) -> Vec<usize> {
        let used = self.used_columns();
        self.mapping
            .id_candidates
            .iter()
            .copied()
            .filter(|&c| !used.get(c).copied().unwrap_or(false))
            .collect()
    }

    /// Columns that suit a segment (a few distinct values) and that no question uses.
    pub fn segment_candidates(&self) -> Vec<usize> {
        let used = self.used_columns();
        self.mapping
            .segment_candidates
            .iter()
            .copied()
            .filter(|&c| !used.get(c).copied().unwrap_or(false))
            .collect()
    }

    /// Everything that still stands in the way of the import, for `project` as it is open.
    pub fn blockers(&mut self, project: &Project) -> Vec<Blocker> {
        self.refresh_clashes(project);
        checks::blockers(self, project)
    }

    pub(in crate::ui::import_dialog) fn id_check(&self) -> Option<&IdTrouble> {
        self.mapping
            .id_column
            .and_then(|c| self.id_checks.get(&c))
            .and_then(Option::as_ref)
    }

    pub(in crate::ui::import_dialog) fn importance_check(
        &self,
        column: usize,
    ) -> Option<&CellTrouble> {
        self.importance_checks.get(&column).and_then(Option::as_ref)
    }

    /// The file's ids that the open project already has, with their rows.
    pub fn clashes(&self) -> &[(String, usize)] {
        match (&self.clashes, self.mapping.id_column) {
            (Some(c), Some(column)) if c.id_column == column => &c.found,
            _ => &[],
        }
    }

    fn refresh_clashes(&mut self, project: &Project) {
        let Some(column) = self.mapping.id_column else {
            self.clashes = None;
            return;
        };
        let respondents = project.respondents().len();
        if self.target == Target::NewProject
            || self
                .clashes
                .as_ref()
                .is_some_and(|c| c.id_column == column && c.respondents == respondents)
        {
            return;
        }
        let found = self
            .table
            .rows
            .iter()
            .enumerate()
            .filter_map(|(r, row)| {
                let id = row[column].trim();
                project
                    .respondent_index(id)
                    .map(|_| (id.to_owned(), self.table.row_number(r)))
            })
            .collect();
        self.clashes = Some(Clashes {
            id_column: column,
            respondents,
            found,
        });
    }
}
