//! The Features tab: the list of features (master) beside the selected feature's texts (detail),
//! with a toolbar to add, duplicate, delete and reorder, drag-and-drop in the list, and the
//! keyboard (Delete, Alt+Up, Alt+Down, Up/Down to select).
//!
//! It never changes the project: every change is an [`Edit`] pushed onto the actions, so that
//! each one undoes. It never pushes an edit the project would refuse: an id that is empty or
//! taken stays in [`FeatureEditorState::id_draft`] until it is valid.

mod changes;
mod detail;
mod list;
mod summary;

pub use changes::question_pair;
pub use summary::summary;

use changes::{Direction, duplicate, selection_after_delete, step_destination};

use super::action::Command;
use super::view::Studio;
use crate::project::Edit;
use eframe::egui::{self, Key, Modifiers};

/// What the Features tab remembers between frames, beyond the selection.
#[derive(Clone, Debug, Default)]
pub struct FeatureEditorState {
    /// An id being typed that the project would refuse (empty or taken).
    pub id_draft: Option<IdDraft>,
    /// Scroll the list to the selected feature on the next frame (after a click in the side
    /// panel, a move, an added feature).
    pub reveal_selected: bool,
    /// Put the keyboard in the name field of the feature at this index, its text selected, when
    /// its form is drawn (after Add feature and Duplicate, so that typing names the new feature
    /// at once, every time).
    pub focus_name: Option<usize>,
}

/// An id typed into the Id field that cannot be applied yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdDraft {
    /// The feature it is for.
    pub index: usize,
    /// The feature's id when the draft began; a draft whose feature no longer has this id
    /// (after an undo, a move or a delete) is stale and dropped.
    pub kept: String,
    /// What the person typed.
    pub text: String,
}

/// Shows the Features tab.
pub fn show(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    let len = studio.project.features().len();
    if studio.view.selected_feature.is_some_and(|i| i >= len) {
        studio.view.selected_feature = len.checked_sub(1);
    }
    let visible: Vec<usize> = (0..len)
        .filter(|&i| studio.view.shows_feature(studio.project, i))
        .collect();
    read_keys(ui, studio, &visible);
    toolbar(ui, studio, &visible);
    ui.separator();
    if len == 0 {
        ui.label(studio.t.features.no_features);
        return;
    }
    egui::Panel::left("features_list")
        .resizable(true)
        .default_size(360.0)
        .size_range(220.0..=640.0)
        .show(ui, |ui| list::show(ui, studio, &visible));
    match studio.view.selected_feature {
        Some(index) => detail::show(ui, studio, index),
        None => {
            ui.label(studio.t.features.no_selection);
        }
    }
}

/// The buttons above the list. Those about one feature act on the selected one.
fn toolbar(ui: &mut egui::Ui, studio: &mut Studio<'_>, visible: &[usize]) {
    let t = studio.t;
    let selected = studio.view.selected_feature;
    ui.horizontal(|ui| {
        if ui
            .button(Command::AddFeature.label(t))
            .on_hover_text(Command::AddFeature.tooltip(t))
            .clicked()
        {
            add(studio);
        }
        ui.separator();
        let up = selected.and_then(|i| step_destination(visible, i, Direction::Up));
        let down = selected.and_then(|i| step_destination(visible, i, Direction::Down));
        if ui
            .add_enabled(up.is_some(), egui::Button::new(t.features.move_up))
            .on_hover_text(t.features.move_up_tip)
            .clicked()
        {
            move_selected(studio, visible, Direction::Up);
        }
        if ui
            .add_enabled(down.is_some(), egui::Button::new(t.features.move_down))
            .on_hover_text(t.features.move_down_tip)
            .clicked()
        {
            move_selected(studio, visible, Direction::Down);
        }
        ui.separator();
        if ui
            .add_enabled(selected.is_some(), egui::Button::new(t.features.duplicate))
            .on_hover_text(t.features.duplicate_tip)
            .clicked()
        {
            duplicate_selected(studio);
        }
        if ui
            .add_enabled(selected.is_some(), egui::Button::new(t.features.delete))
            .on_hover_text(t.features.delete_tip)
            .on_disabled_hover_text(t.features.delete_tip)
            .clicked()
        {
            delete_selected(studio);
        }
    });
}

/// Delete, Alt+Up and Alt+Down act on the selected feature; Up and Down change the selection
/// when no widget has the keyboard. Read before the widgets, so that a focused text field does
/// not also take Alt+Up as a cursor move.
fn read_keys(ui: &egui::Ui, studio: &mut Studio<'_>, visible: &[usize]) {
    let ctx = ui.ctx();
    let typing = ctx.text_edit_focused();
    let nothing_focused = ctx.memory(|m| m.focused().is_none());
    let (delete, up, down, previous, next) = ctx.input_mut(|i| {
        (
            !typing && i.consume_key(Modifiers::NONE, Key::Delete),
            i.consume_key(Modifiers::ALT, Key::ArrowUp),
            i.consume_key(Modifiers::ALT, Key::ArrowDown),
            nothing_focused && i.consume_key(Modifiers::NONE, Key::ArrowUp),
            nothing_focused && i.consume_key(Modifiers::NONE, Key::ArrowDown),
        )
    });
    if delete {
        delete_selected(studio);
    }
    if up {
        move_selected(studio, visible, Direction::Up);
    }
    if down {
        move_selected(studio, visible, Direction::Down);
    }
    if previous || next {
        let direction = if previous {
            Direction::Up
        } else {
            Direction::Down
        };
        let target = match studio.view.selected_feature {
            Some(i) => step_destination(visible, i, direction),
            None => visible.first().copied(),
        };
        if let Some(target) = target {
            select(studio, target);
        }
    }
}

/// Selects the feature at `index` and scrolls the list to it.
pub(crate) fn select(studio: &mut Studio<'_>, index: usize) {
    studio.view.selected_feature = Some(index);
    studio.view.feature_editor.reveal_selected = true;
}

fn add(studio: &mut Studio<'_>) {
    // The app inserts after the selection and selects the new feature; this panel only adds
    // what the next frame should do with it.
    studio.actions.command(Command::AddFeature);
    studio.view.feature_editor.reveal_selected = true;
}

fn duplicate_selected(studio: &mut Studio<'_>) {
    let Some(index) = studio.view.selected_feature else {
        return;
    };
    if let Some((at, edit)) = duplicate(studio.project, index, &studio.t.features) {
        studio.actions.edit(edit, studio.t.features.step_duplicate);
        select(studio, at);
        studio.view.feature_editor.focus_name = Some(at);
    }
}

fn delete_selected(studio: &mut Studio<'_>) {
    let len = studio.project.features().len();
    let Some(index) = studio.view.selected_feature.filter(|&i| i < len) else {
        return;
    };
    studio
        .actions
        .edit(Edit::RemoveFeature { index }, studio.t.features.step_delete);
    studio.view.selected_feature = selection_after_delete(index, len);
    studio.view.feature_editor.id_draft = None;
}

fn move_selected(studio: &mut Studio<'_>, visible: &[usize], direction: Direction) {
    let Some(from) = studio.view.selected_feature else {
        return;
    };
    if let Some(to) = step_destination(visible, from, direction) {
        move_feature(studio, from, to);
    }
}

/// Moves a feature and keeps it selected.
pub(crate) fn move_feature(studio: &mut Studio<'_>, from: usize, to: usize) {
    studio
        .actions
        .edit(Edit::MoveFeature { from, to }, studio.t.features.step_move);
    select(studio, to);
    studio.view.feature_editor.id_draft = None;
}
