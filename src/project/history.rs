//! Undo and redo. A step holds the edit that redoes it and the edit that undoes it; typing into
//! one field is one step because consecutive edits with the same [`MergeKey`] are merged.
//! History lives only in memory: it is never written to a project file.

use super::{Edit, EditError, Project};

/// Identifies a run of edits that undo as one step, such as keystrokes in one text field.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MergeKey(pub String);

#[derive(Clone, Debug)]
struct Step {
    /// Unique within this history; a saved document remembers the id of its top step.
    id: u64,
    label: String,
    redo: Edit,
    undo: Edit,
    merge: Option<MergeKey>,
}

/// The undo and redo stacks of one open project.
#[derive(Clone, Debug)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    limit: usize,
    /// False after [`History::seal`]: the next edit starts a new step even with the same key.
    open: bool,
    next_id: u64,
}

impl Default for History {
    fn default() -> Self {
        Self::with_limit(1000)
    }
}

impl History {
    /// A history that keeps at most `limit` undo steps.
    pub fn with_limit(limit: usize) -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            limit: limit.max(1),
            open: false,
            next_id: 1,
        }
    }

    /// Applies `edit` to `project` and records it. `label` names the step in the Edit menu
    /// ("Undo Rename feature"). On error nothing is recorded and the project is unchanged.
    pub fn apply(
        &mut self,
        project: &mut Project,
        edit: Edit,
        label: impl Into<String>,
        merge: Option<MergeKey>,
    ) -> Result<(), EditError> {
        let undo = project.apply(edit.clone())?;
        self.redo.clear();
        if let (Some(key), Some(last)) = (&merge, self.undo.last_mut())
            && self.open
            && last.merge.as_ref() == Some(key)
        {
            // Keep the oldest undo: undoing the merged step returns to before the first keystroke.
            last.redo = edit;
            return Ok(());
        }
        self.undo.push(Step {
            id: self.next_id,
            label: label.into(),
            redo: edit,
            undo,
            merge,
        });
        self.next_id += 1;
        self.open = true;
        if self.undo.len() > self.limit {
            self.undo.remove(0);
        }
        Ok(())
    }

    /// Ends the current run of merged edits (call when a text field loses focus).
    pub fn seal(&mut self) {
        self.open = false;
    }

    /// Undoes the last step. Returns its label, or `None` when there is nothing to undo.
    pub fn undo(&mut self, project: &mut Project) -> Option<String> {
        let step = self.undo.pop()?;
        self.open = false;
        match project.apply(step.undo.clone()) {
            Ok(_) => {
                let label = step.label.clone();
                self.redo.push(step);
                Some(label)
            }
            // An undo edit comes from a successful apply, so it cannot fail; if it somehow does,
            // the step is dropped rather than left to fail again.
            Err(_) => None,
        }
    }

    /// Redoes the last undone step. Returns its label, or `None` when there is nothing to redo.
    pub fn redo(&mut self, project: &mut Project) -> Option<String> {
        let step = self.redo.pop()?;
        self.open = false;
        match project.apply(step.redo.clone()) {
            Ok(undo) => {
                let label = step.label.clone();
                self.undo.push(Step { undo, ..step });
                Some(label)
            }
            Err(_) => None,
        }
    }

    /// The label of the step that undo would undo.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    /// The label of the step that redo would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// Identifies the state the edits have reached: equal positions mean an equal document.
    /// Seal the history when saving, so that a later merged edit gets a new position.
    pub fn position(&self) -> u64 {
        self.undo.last().map_or(0, |s| s.id)
    }

    /// How many steps can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Forgets everything (after New or Open).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
        self.open = false;
    }
}
