//! The Responses tab: every respondent's answers as a grid, respondents as rows and features as
//! columns, with the respondent id and segment fixed on the left and the feature names fixed on
//! top. Answers are entered with a picker (click a cell) or with the keyboard (1–5 twice).
//!
//! The grid is virtualised in both directions: each frame works out from the viewport which rows
//! and columns are visible and paints only those cells, so 10,000 respondents × 200 features cost
//! what a screenful costs. It must never create a widget per cell or walk every row per frame
//! (the only O(respondents) work is the filter, and only while a filter is typed).
//!
//! Like every panel it never changes the project: each change is an `Edit` pushed onto the
//! actions (one undo step per answer), run by the app after the frame.

mod cells;
mod frozen;
mod grid;
mod keys;
mod layout;
mod navigation;
mod picker;
mod rows;

pub use cells::{CellText, cell_text};
pub use keys::{Awaiting, EntryKey, answer_for_digit};
pub use layout::{FROZEN_WIDTH, visible_range};
pub use navigation::{Move, moved};

use super::action::Command;
use super::view::Studio;
use crate::i18n::fill;
use crate::project::Project;
use eframe::egui::{self, Id, Rect};
use std::collections::BTreeSet;

/// The grid's own view state: filter, marked rows, typing state, picker and in-place editor.
/// Kept in [`super::ViewState`] so it survives switching tabs.
#[derive(Clone, Debug, Default)]
pub struct GridState {
    /// Shows only respondents whose id or segment contains this text (any case).
    pub filter: String,
    /// Respondents picked by clicking their ids (Ctrl-click adds, Shift-click a range). When
    /// empty, the selected respondent is the cursor's row.
    pub marked: BTreeSet<usize>,
    /// What the next digit means in the cursor's cell.
    awaiting: Awaiting,
    /// The cell (respondent, feature) `awaiting` belongs to; moving elsewhere starts afresh.
    awaiting_cell: Option<(usize, usize)>,
    /// The cell (respondent, feature) whose answer picker is open.
    picker: Option<(usize, usize)>,
    /// The id or segment being edited in place.
    editing: Option<rows::RowEdit>,
    /// Where Shift-click ranges start (a respondent index).
    anchor: Option<usize>,
    /// Last frame's viewport, for paging and for scrolling the cursor into view.
    viewport: Option<Rect>,
    /// The cursor (respondent, feature) last frame; a change scrolls it into view.
    seen_cursor: (Option<usize>, Option<usize>),
    /// Scroll the cursor into view as soon as the viewport is known.
    reveal: bool,
    /// Reused buffer of the respondents that pass the filter, in project order.
    matches: Vec<usize>,
    /// Take the keyboard focus when next drawn (a respondent was just added).
    wants_focus: bool,
}

impl GridState {
    /// What the next digit typed into the selected cell means.
    pub fn awaiting(&self) -> Awaiting {
        self.awaiting
    }

    /// The cell (respondent, feature) whose answer picker is open.
    pub fn picker(&self) -> Option<(usize, usize)> {
        self.picker
    }

    /// Gives the grid the keyboard when it is next drawn, so that keys work without a click
    /// (after Add respondent).
    pub fn take_focus(&mut self) {
        self.wants_focus = true;
        self.reveal = true;
    }
}

/// The respondents on show, in display order: all of them, or those that pass the filter.
#[derive(Clone, Copy, Debug)]
enum Rows<'a> {
    All(usize),
    Only(&'a [usize]),
}

impl Rows<'_> {
    fn len(self) -> usize {
        match self {
            Self::All(n) => n,
            Self::Only(rows) => rows.len(),
        }
    }

    /// The respondent index at display row `row`.
    fn get(self, row: usize) -> Option<usize> {
        match self {
            Self::All(n) => (row < n).then_some(row),
            Self::Only(rows) => rows.get(row).copied(),
        }
    }

    /// The display row of respondent `respondent`, if it is on show.
    fn position(self, respondent: usize) -> Option<usize> {
        match self {
            Self::All(n) => (respondent < n).then_some(respondent),
            Self::Only(rows) => rows.binary_search(&respondent).ok(),
        }
    }
}

/// The id of the grid widget (the one that takes keyboard focus).
fn grid_id() -> Id {
    Id::unique("responses_grid")
}

/// Shows the panel.
pub fn show(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    let project = studio.project;
    let t = studio.t;
    keep_in_range(studio);
    toolbar(ui, studio);
    let mut matches = std::mem::take(&mut studio.view.responses.matches);
    let rows = filtered(project, &studio.view.responses.filter, &mut matches);
    let shown = matches!(rows, Rows::Only(_)).then(|| rows.len());
    message_line(ui, studio, shown);
    ui.add_space(4.0);

    if project.features().is_empty() {
        ui.label(t.responses.no_features);
    } else if project.respondents().is_empty() {
        ui.label(t.responses.no_respondents);
    } else if rows.len() == 0 {
        ui.label(fill(
            t.responses.no_match,
            &[("filter", &studio.view.responses.filter.trim())],
        ));
    } else {
        grid::show(ui, studio, rows);
    }
    studio.view.responses.matches = matches;
    if !studio.actions.is_empty() {
        // The app applies edits after this frame is drawn: draw once more to show them.
        ui.ctx().request_repaint();
    }
    let cursor = (
        studio.view.selected_respondent,
        studio.view.selected_feature,
    );
    studio.view.responses.seen_cursor = cursor;
}

/// Brings selections back inside the project after rows or features went away (undo, delete,
/// another tab), and starts typing afresh when the cursor moved. O(marked rows), not O(rows).
fn keep_in_range(studio: &mut Studio<'_>) {
    let respondents = studio.project.respondents().len();
    let features = studio.project.features().len();
    let view = &mut *studio.view;
    let clamp =
        |i: Option<usize>, n: usize| i.and_then(|i| n.checked_sub(1).map(|last| i.min(last)));
    view.selected_respondent = clamp(view.selected_respondent, respondents);
    view.selected_feature = clamp(view.selected_feature, features);
    let state = &mut view.responses;
    state.marked.split_off(&respondents);
    if state
        .picker
        .is_some_and(|(r, f)| r >= respondents || f >= features)
    {
        state.picker = None;
    }
    if state
        .editing
        .as_ref()
        .is_some_and(|e| e.respondent >= respondents)
    {
        state.editing = None;
    }
    let cursor = view.selected_respondent.zip(view.selected_feature);
    if state.awaiting_cell != cursor {
        state.awaiting = Awaiting::Functional;
        state.awaiting_cell = cursor;
    }
    if (view.selected_respondent, view.selected_feature) != state.seen_cursor {
        state.reveal = true;
    }
}

/// The respondents that pass `filter`, using `buffer` so that no frame allocates.
fn filtered<'a>(project: &Project, filter: &str, buffer: &'a mut Vec<usize>) -> Rows<'a> {
    let needle = filter.trim().to_lowercase();
    if needle.is_empty() {
        return Rows::All(project.respondents().len());
    }
    buffer.clear();
    buffer.extend(
        project
            .respondents()
            .iter()
            .enumerate()
            .filter(|(_, r)| {
                contains_ignoring_case(&r.id, &needle)
                    || contains_ignoring_case(&r.segment, &needle)
            })
            .map(|(i, _)| i),
    );
    Rows::Only(buffer)
}

/// True when `haystack` contains `needle` (already lower case), ignoring case. ASCII text, the
/// common case for ids, is compared without allocating.
pub fn contains_ignoring_case(haystack: &str, needle: &str) -> bool {
    if haystack.is_ascii() && needle.is_ascii() {
        let (h, n) = (haystack.as_bytes(), needle.as_bytes());
        n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
    } else {
        haystack.to_lowercase().contains(needle)
    }
}

fn toolbar(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    let t = studio.t;
    let r = &t.responses;
    ui.horizontal_wrapped(|ui| {
        let add = Command::AddRespondent;
        if ui
            .button(add.label(t))
            .on_hover_text(add.tooltip(t))
            .clicked()
        {
            // A new respondent has an empty segment: a filter would hide them at once.
            studio.view.responses.filter.clear();
            studio.actions.command(add);
        }
        let has_row = studio.view.selected_respondent.is_some();
        if ui
            .add_enabled(has_row, egui::Button::new(r.rename))
            .on_hover_text(r.rename_tip)
            .clicked()
        {
            rows::start_rename(studio, rows::Field::Id);
        }
        let chosen = rows::chosen(studio.view);
        let delete_label = match chosen.len() {
            0 | 1 => r.delete_one.to_owned(),
            n => fill(r.delete_many, &[("n", &n)]),
        };
        if ui
            .add_enabled(!chosen.is_empty(), egui::Button::new(delete_label))
            .on_hover_text(r.delete_tip)
            .clicked()
        {
            rows::delete(studio, &chosen);
        }
        ui.separator();
        let label = ui.label(r.filter);
        let filter = ui.add(
            egui::TextEdit::singleline(&mut studio.view.responses.filter)
                .hint_text(r.filter_hint)
                .desired_width(180.0),
        );
        let filter = filter.labelled_by(label.id);
        if filter.changed() {
            studio.view.responses.reveal = true;
        }
        if !studio.view.responses.filter.is_empty()
            && ui.small_button("×").on_hover_text(r.clear_filter).clicked()
        {
            studio.view.responses.filter.clear();
            studio.view.responses.reveal = true;
        }
    });
}

/// Under the toolbar: how many respondents the filter shows, then the id error while editing,
/// else what the next key will do.
fn message_line(ui: &mut egui::Ui, studio: &Studio<'_>, shown: Option<usize>) {
    let t = studio.t;
    let r = &t.responses;
    let state = &studio.view.responses;
    let project = studio.project;
    if let Some(shown) = shown {
        ui.weak(fill(
            r.showing,
            &[("shown", &shown), ("total", &project.respondents().len())],
        ));
    }
    if let Some(error) = state
        .editing
        .as_ref()
        .and_then(|e| rows::edit_error(t, studio.project, e))
    {
        ui.colored_label(ui.visuals().error_fg_color, error);
        return;
    }
    let cell = studio
        .view
        .selected_respondent
        .zip(studio.view.selected_feature)
        .and_then(|(i, j)| Some((project.respondents().get(i)?, project.features().get(j)?, j)));
    // The keys and the codes the cells use ("1 喜：我很喜欢"), whether a cell is selected or not.
    let legend = crate::kano::Answer::ALL
        .iter()
        .enumerate()
        .map(|(k, a)| {
            fill(
                r.key_legend,
                &[
                    ("key", &(k + 1)),
                    ("code", &t.method.answer_code(*a)),
                    ("answer", &t.method.answer(*a)),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(" · ");
    let Some((respondent, feature, j)) = cell else {
        ui.horizontal_wrapped(|ui| {
            ui.weak(r.no_cell_selected);
            ui.weak(legend).on_hover_text(r.grid_help);
        });
        return;
    };
    let name = fill(
        r.cell_name,
        &[("respondent", &respondent.id), ("feature", &feature.name)],
    );
    let text = match state.awaiting {
        Awaiting::Functional => fill(r.awaiting_functional, &[("cell", &name)]),
        Awaiting::Dysfunctional => {
            let answer = respondent.responses[j]
                .functional
                .map_or(r.not_answered, |a| t.method.answer(a));
            fill(
                r.awaiting_dysfunctional,
                &[("cell", &name), ("answer", &answer)],
            )
        }
        Awaiting::Importance(_) => {
            let scale = project.importance_scale();
            fill(
                r.awaiting_importance,
                &[
                    ("cell", &name),
                    ("min", &scale.min()),
                    ("max", &scale.max()),
                ],
            )
        }
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(text);
        ui.weak(legend).on_hover_text(r.grid_help);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_ignores_case() {
        let rows = [
            ("r-0001", "r-00", true),
            ("R-0001", "r-00", true),
            ("Commuter", "mut", true),
            ("Commuter", "tourist", false),
            ("通勤者", "勤", true),
            ("Ärger", "är", true),
            ("abc", "", true),
        ];
        for (haystack, needle, want) in rows {
            assert_eq!(
                contains_ignoring_case(haystack, needle),
                want,
                "{haystack} / {needle}"
            );
        }
    }

    #[test]
    fn rows_map_display_positions_to_respondents() {
        let all = Rows::All(3);
        assert_eq!(
            (all.len(), all.get(2), all.get(3), all.position(1)),
            (3, Some(2), None, Some(1))
        );
        let some = [1, 4, 9];
        let only = Rows::Only(&some);
        assert_eq!(only.get(1), Some(4));
        assert_eq!(only.position(9), Some(2));
        assert_eq!(only.position(5), None);
    }
}
