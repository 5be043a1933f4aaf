//! The fixed columns of the responses grid: choosing respondents (click, Ctrl-click, Shift-click),
//! editing an id or a segment in place, and deleting respondents.
//!
//! An id is checked with `Project::check_respondent_id` on every keystroke; an empty or taken id
//! is shown in red with a message and is never sent as an edit, so the project only ever holds
//! valid ids. Typing into one field is one undo step (a merge key per field and respondent).

use super::{Rows, grid_id};
use crate::i18n::{Texts, fill};
use crate::project::{Edit, EditError, Project};
use crate::ui::action::Action;
use crate::ui::view::{Studio, ViewState};
use eframe::egui::{self, Rect, TextEdit, UiBuilder};

/// Which fixed column is being edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The respondent id.
    Id,
    /// The segment.
    Segment,
}

/// An id or segment being typed in place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowEdit {
    /// Which respondent.
    pub respondent: usize,
    /// Which column.
    pub field: Field,
    /// The text as typed, valid or not.
    pub text: String,
    /// The value before editing began, for Escape.
    pub original: String,
    /// True until the field has taken focus and selected its text.
    pub fresh: bool,
}

/// Starts editing the cursor row's id or segment.
pub fn start_rename(studio: &mut Studio<'_>, field: Field) {
    if let Some(r) = studio.view.selected_respondent {
        start_edit(studio.view, studio.project, r, field);
    }
}

/// Starts editing respondent `r`'s id or segment.
pub fn start_edit(view: &mut ViewState, project: &Project, r: usize, field: Field) {
    let Some(respondent) = project.respondents().get(r) else {
        return;
    };
    let value = match field {
        Field::Id => &respondent.id,
        Field::Segment => &respondent.segment,
    };
    view.selected_respondent = Some(r);
    view.responses.picker = None;
    view.responses.reveal = true;
    view.responses.editing = Some(RowEdit {
        respondent: r,
        field,
        text: value.clone(),
        original: value.clone(),
        fresh: true,
    });
}

/// Why the id being typed cannot be applied, in words; `None` when it can.
pub fn edit_error(t: &Texts, project: &Project, edit: &RowEdit) -> Option<String> {
    if edit.field != Field::Id {
        return None;
    }
    let old = project.respondents().get(edit.respondent)?.id.as_str();
    let r = &t.responses;
    match project.check_respondent_id(edit.text.trim(), Some(edit.respondent)) {
        Ok(()) => None,
        Err(EditError::DuplicateId { id, .. }) => {
            Some(fill(r.id_taken, &[("id", &id), ("old", &old)]))
        }
        Err(_) => Some(fill(r.id_empty, &[("old", &old)])),
    }
}

/// The respondents a delete would remove, ascending: the marked ones, else the cursor's row.
pub fn chosen(view: &ViewState) -> Vec<usize> {
    if view.responses.marked.is_empty() {
        view.selected_respondent.into_iter().collect()
    } else {
        view.responses.marked.iter().copied().collect()
    }
}

/// Asks to delete respondents (ascending indices) as one undo step.
pub fn delete(studio: &mut Studio<'_>, chosen: &[usize]) {
    let r = &studio.t.responses;
    let (edit, label) = match chosen {
        [] => return,
        [index] => (
            Edit::RemoveRespondent { index: *index },
            r.step_delete_one.to_owned(),
        ),
        many => (
            // Highest first, so that each index still names the respondent it was chosen for.
            Edit::Batch(
                many.iter()
                    .rev()
                    .map(|&index| Edit::RemoveRespondent { index })
                    .collect(),
            ),
            fill(r.step_delete_many, &[("n", &many.len())]),
        ),
    };
    studio.actions.edit(edit, label);
    let state = &mut studio.view.responses;
    state.marked.clear();
    state.anchor = None;
    state.picker = None;
    state.editing = None;
    // The row after the deleted one moves up into the cursor's place, as in a spreadsheet.
    studio.view.selected_respondent = chosen.first().copied();
}

/// A click on a row's id or segment: choose the row; Ctrl adds or removes it, Shift a range.
pub fn click_row(view: &mut ViewState, r: usize, modifiers: egui::Modifiers, rows: Rows<'_>) {
    let state = &mut view.responses;
    if modifiers.command || modifiers.ctrl {
        if state.marked.is_empty() {
            state.marked.extend(view.selected_respondent);
        }
        if !state.marked.remove(&r) {
            state.marked.insert(r);
        }
        state.anchor = Some(r);
    } else if modifiers.shift {
        let from = state.anchor.or(view.selected_respondent).unwrap_or(r);
        if let (Some(a), Some(b)) = (rows.position(from), rows.position(r)) {
            state.marked.clear();
            state
                .marked
                .extend((a.min(b)..=a.max(b)).filter_map(|d| rows.get(d)));
        }
    } else {
        state.marked.clear();
        state.anchor = Some(r);
    }
    view.selected_respondent = Some(r);
    if view.selected_feature.is_none() {
        view.selected_feature = Some(0);
    }
}

/// Shows the in-place editor over `rect` and sends valid changes as typing edits.
pub fn editor(ui: &mut egui::Ui, rect: Rect, studio: &mut Studio<'_>) {
    let t = studio.t;
    let project = studio.project;
    let error_color = ui.visuals().error_fg_color;
    let Some(edit) = studio.view.responses.editing.as_mut() else {
        return;
    };
    let Some(respondent) = project.respondents().get(edit.respondent) else {
        return;
    };
    let id = grid_id().with("row_editor");
    let label = match edit.field {
        Field::Id => t.responses.respondent_id,
        Field::Segment => t.responses.segment,
    };
    let valid = edit.field == Field::Segment
        || project
            .check_respondent_id(edit.text.trim(), Some(edit.respondent))
            .is_ok();
    let mut field = TextEdit::singleline(&mut edit.text)
        .char_limit(crate::io::text_limits::MAX_NAME_CHARS)
        .id(id)
        .hint_text(label)
        .margin(egui::Margin::symmetric(4, 2))
        .desired_width(rect.width());
    if !valid {
        field = field.text_color(error_color);
    }
    let output = ui
        .scope_builder(UiBuilder::new().max_rect(rect), |ui| field.show(ui))
        .inner;
    let response = output.response.response;
    // A screen reader (and a test) finds the field by the column's name.
    ui.ctx()
        .accesskit_node_builder(id, |node| node.set_label(label));
    if edit.fresh {
        edit.fresh = false;
        let mut state = output.state;
        state
            .cursor
            .set_char_range(Some(egui::text_selection::CCursorRange::select_all_str(
                &edit.text,
            )));
        state.store(ui.ctx(), id);
        response.request_focus();
        return;
    }

    let merge_key = format!("respondent-{:?}-{}", edit.field, edit.respondent);
    let step = match edit.field {
        Field::Id => t.responses.step_rename,
        Field::Segment => t.responses.step_segment,
    };
    let update = |value: &str| {
        let (id, segment) = match edit.field {
            Field::Id => (value.trim().to_owned(), respondent.segment.clone()),
            Field::Segment => (respondent.id.clone(), value.trim().to_owned()),
        };
        (id != respondent.id || segment != respondent.segment).then_some(Edit::UpdateRespondent {
            index: edit.respondent,
            id,
            segment,
        })
    };
    // Checked again after this frame's typing: the text may have just become valid or not.
    let valid_now = edit.field == Field::Segment
        || project
            .check_respondent_id(edit.text.trim(), Some(edit.respondent))
            .is_ok();
    if valid_now != valid {
        // The colour and the message above the grid were drawn for the old text.
        ui.ctx().request_repaint();
    }
    if response.changed()
        && valid_now
        && let Some(change) = update(&edit.text)
    {
        studio.actions.typing(change, step, merge_key.clone());
    }
    if response.lost_focus() {
        let (escape, enter) = ui.input(|i| {
            (
                i.key_pressed(egui::Key::Escape),
                i.key_pressed(egui::Key::Enter),
            )
        });
        if escape && let Some(change) = update(&edit.original) {
            // Same merge key: the whole edit and its reversal undo as one (empty) step.
            studio.actions.typing(change, step, merge_key);
        }
        studio.actions.push(Action::SealHistory);
        studio.view.responses.editing = None;
        if escape || enter {
            ui.memory_mut(|m| m.request_focus(grid_id()));
        }
    }
}
