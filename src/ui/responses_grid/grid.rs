//! The scrolling body of the responses grid: one scroll area whose content is as large as the
//! whole grid, in which only the visible rows and columns are painted and clicks are resolved by
//! position. The header row and the id/segment columns ([`super::frozen`]) are painted at the
//! viewport's edges afterwards, so they stay in place while the answers scroll beneath them.
//!
//! Per frame this creates one focusable widget for all the cells, plus the fixed bands' widgets
//! for what is on screen: work proportional to the screen, never to the project. It must never
//! loop over all respondents or all features.

use super::cells::{self, Cursor};
use super::keys::{Awaiting, Change, EntryKey};
use super::layout::{Frame, content_size};
use super::navigation::{self, GridKey, Move};
use super::rows::{self, Field};
use super::{Rows, frozen, grid_id, picker};
use crate::i18n::fill;
use crate::kano::Response;
use crate::project::Edit;
use crate::ui::action::Command;
use crate::ui::theme::{GRID_HEADER_HEIGHT, GRID_ROW_HEIGHT};
use crate::ui::view::Studio;
use eframe::egui::{
    self, EventFilter, Pos2, Rect, Role, ScrollArea, Sense, Stroke, WidgetInfo,
    scroll_area::ScrollSource,
};

/// What the scroll area's content reports back.
struct Painted {
    viewport: Rect,
    /// The picker's cell on screen, if it is visible.
    picker_anchor: Option<Rect>,
    /// A cell was clicked this frame (it opened or moved the picker).
    clicked: bool,
}

/// Shows the grid for the respondents in `rows`.
pub fn show(ui: &mut egui::Ui, studio: &mut Studio<'_>, rows: Rows<'_>) {
    let id = grid_id();
    if ui.memory(|m| m.has_focus(id)) {
        // Arrows, Tab and Escape belong to the grid while it has focus, not to focus movement.
        let filter = EventFilter {
            tab: true,
            horizontal_arrows: true,
            vertical_arrows: true,
            escape: true,
        };
        ui.memory_mut(|m| m.set_focus_lock_filter(id, filter));
        let pressed = ui.input(navigation::read);
        let mut pending = None;
        for key in pressed {
            handle_key(studio, rows, key, &mut pending);
        }
    }

    let cursor = (
        studio.view.selected_respondent,
        studio.view.selected_feature,
    );
    let state = &mut studio.view.responses;
    // Keys may just have moved the cursor: scroll it into view in this very frame.
    if cursor != state.seen_cursor {
        state.reveal = true;
    }
    let mut area = ScrollArea::both()
        .id_salt("responses_grid_scroll")
        .auto_shrink(false)
        .content_margin(0.0)
        .scroll_source(ScrollSource::SCROLL_BAR | ScrollSource::MOUSE_WHEEL);
    if state.reveal
        && let Some(viewport) = state.viewport
    {
        let row = studio
            .view
            .selected_respondent
            .and_then(|r| rows.position(r));
        let frame = Frame {
            origin: Pos2::ZERO,
            viewport,
        };
        area = area.scroll_offset(frame.reveal(row, studio.view.selected_feature));
        state.reveal = false;
    }
    let painted = area
        .show_viewport(ui, |ui, viewport| body(ui, studio, rows, viewport))
        .inner;
    studio.view.responses.viewport = Some(painted.viewport);
    match painted.picker_anchor {
        Some(anchor) => picker::show(ui, studio, anchor, painted.clicked),
        // The picker's cell scrolled out of sight (or out of the filter): close it.
        None => studio.view.responses.picker = None,
    }
}

/// Carries out one key. `pending` holds the response this frame already asked for, so that two
/// keys typed within one frame build on each other rather than on the stale project.
fn handle_key(
    studio: &mut Studio<'_>,
    rows: Rows<'_>,
    key: GridKey,
    pending: &mut Option<((usize, usize), Response)>,
) {
    let project = studio.project;
    let view = &mut *studio.view;
    let features = project.features().len();
    match key {
        GridKey::Move(step) => {
            let page = view.responses.viewport.map_or(1, |v| {
                ((v.height() - GRID_HEADER_HEIGHT) / GRID_ROW_HEIGHT)
                    .floor()
                    .max(1.0) as usize
            });
            let at = (
                view.selected_respondent
                    .and_then(|r| rows.position(r))
                    .unwrap_or(0),
                view.selected_feature.unwrap_or(0),
            );
            // Down (↓ or Enter) from the last row of the whole grid adds a respondent, whose
            // row the cursor then takes, in the first column.
            let last_row = at.0 + 1 >= rows.len();
            if step == Move::Down && last_row && matches!(rows, Rows::All(_)) {
                studio.actions.command(Command::AddRespondent);
                return;
            }
            let (row, column) = navigation::moved(at, step, rows.len(), features, page);
            view.selected_respondent = rows.get(row);
            view.selected_feature = Some(column);
            view.responses.marked.clear();
            view.responses.anchor = view.selected_respondent;
            view.responses.awaiting = Awaiting::Functional;
            view.responses.awaiting_cell = view.selected_respondent.zip(view.selected_feature);
            // An open answer picker follows the cursor.
            if view.responses.picker.is_some() {
                view.responses.picker = view.responses.awaiting_cell;
                view.responses.reveal = true;
            }
        }
        GridKey::Entry(entry) => {
            if entry == EntryKey::Cancel && view.responses.picker.take().is_some() {
                return;
            }
            let Some(cell @ (r, j)) = view.selected_respondent.zip(view.selected_feature) else {
                return;
            };
            let Some(stored) = project
                .respondents()
                .get(r)
                .and_then(|x| x.responses.get(j))
            else {
                return;
            };
            let current = match pending {
                Some((at, response)) if *at == cell => *response,
                _ => *stored,
            };
            view.responses.awaiting_cell = Some(cell);
            if let Some((response, change)) = view.responses.awaiting.press(entry, current)
                && response != current
            {
                let t = &studio.t.responses;
                let step = match change {
                    Change::Answer => t.step_set_answer,
                    Change::Clear => t.step_clear_answer,
                    Change::Importance => t.step_set_importance,
                };
                let edit = Edit::SetResponse {
                    respondent: r,
                    feature: j,
                    response,
                };
                studio.actions.edit(edit, step);
                *pending = Some((cell, response));
            }
        }
        GridKey::Picker => {
            view.responses.picker = view.selected_respondent.zip(view.selected_feature);
            // The wheel may have scrolled the cursor away; the picker needs its cell on screen.
            view.responses.reveal = true;
        }
        GridKey::Rename => rows::start_rename(studio, Field::Id),
        GridKey::DeleteRespondents => {
            let chosen = rows::chosen(studio.view);
            rows::delete(studio, &chosen);
        }
    }
}

/// The content of the scroll area: interactions first (so this frame paints their effect),
/// then cells, fixed columns and header, each clipped to its band.
fn body(ui: &mut egui::Ui, studio: &mut Studio<'_>, rows: Rows<'_>, viewport: Rect) -> Painted {
    let project = studio.project;
    let features = project.features().len();
    let frame = Frame {
        origin: ui.max_rect().min,
        viewport,
    };
    ui.set_min_size(content_size(rows.len(), features));
    let visible_rows = frame.rows(rows.len());
    let visible_columns = frame.columns(features);
    let t = studio.t;
    let table = project.analysis().table;

    // The cells: one widget, clicks resolved by position.
    let grid = ui.interact(frame.body(), grid_id(), Sense::click());
    let mut clicked = false;
    if grid.clicked() || grid.secondary_clicked() {
        grid.request_focus();
        if let Some((row, column)) = grid
            .interact_pointer_pos()
            .and_then(|pos| frame.cell_at(pos, rows.len(), features))
        {
            let r = rows.get(row);
            let cell = r.map(|r| (r, column));
            let view = &mut *studio.view;
            let same = view.responses.picker == cell;
            view.selected_respondent = r;
            view.selected_feature = Some(column);
            view.responses.marked.clear();
            view.responses.anchor = r;
            view.responses.editing = None;
            // A second click on the cell whose picker is open closes it.
            view.responses.picker = if same { None } else { cell };
            clicked = true;
        }
    }
    if std::mem::take(&mut studio.view.responses.wants_focus) {
        grid.request_focus();
    }
    if grid.gained_focus() {
        // Focus arrived by Tab: put the cursor somewhere visible so keys work at once. Without
        // a row yet, it starts in the first visible row's first column, not in the column of
        // whatever feature the side panel has selected.
        let view = &mut *studio.view;
        if view
            .selected_respondent
            .and_then(|r| rows.position(r))
            .is_none()
        {
            view.selected_respondent = rows.get(visible_rows.start);
            view.selected_feature = Some(visible_columns.start);
        }
        if view.selected_feature.is_none() {
            view.selected_feature = Some(visible_columns.start);
        }
    }
    let focused = grid.has_focus();
    let cursor = studio
        .view
        .selected_respondent
        .zip(studio.view.selected_feature);
    let cursor_text = cursor.and_then(|(r, j)| {
        let respondent = project.respondents().get(r)?;
        let feature = project.features().get(j)?;
        let name = fill(
            t.responses.cell_name,
            &[("respondent", &respondent.id), ("feature", &feature.name)],
        );
        Some(format!(
            "{name}: {}",
            cells::describe(t, &respondent.responses[j], table)
        ))
    });
    grid.widget_info(|| {
        let mut info = WidgetInfo::labeled(Role::Grid, true, t.responses.grid_name);
        info.current_text_value = cursor_text.clone();
        info
    });

    let v = ui.visuals().clone();
    let line = Stroke::new(1.0, v.widgets.noninteractive.bg_stroke.color);
    let selection_tint = v.selection.bg_fill.gamma_multiply(0.35);
    let chosen = |r: usize, view: &crate::ui::ViewState| {
        view.selected_respondent == Some(r) || view.responses.marked.contains(&r)
    };

    // Answer cells.
    let painter = ui
        .painter()
        .with_clip_rect(frame.body().intersect(ui.clip_rect()));
    let body = frame.body();
    if let Some(j) = studio.view.selected_feature
        && visible_columns.contains(&j)
    {
        let x = frame.cell(0, j).x_range();
        painter.rect_filled(
            Rect::from_x_y_ranges(x, body.y_range()),
            0.0,
            v.faint_bg_color,
        );
    }
    let mut picker_anchor = None;
    for row in visible_rows.clone() {
        let Some(r) = rows.get(row) else { continue };
        let respondent = &project.respondents()[r];
        let y = frame.cell(row, 0).y_range();
        let band = Rect::from_x_y_ranges(body.x_range(), y);
        if chosen(r, studio.view) {
            painter.rect_filled(band, 0.0, selection_tint);
        } else if row % 2 == 1 {
            painter.rect_filled(band, 0.0, v.faint_bg_color);
        }
        for j in visible_columns.clone() {
            let rect = frame.cell(row, j);
            let mark = match cursor {
                Some(c) if c == (r, j) && focused => Cursor::Typing(studio.view.responses.awaiting),
                Some(c) if c == (r, j) => Cursor::Selected,
                _ => Cursor::No,
            };
            let text = cells::cell_text(t, &respondent.responses[j], table);
            cells::paint(&painter, rect, text.as_ref(), mark, &v);
            if studio.view.responses.picker == Some((r, j)) {
                picker_anchor = Some(rect.intersect(body));
            }
        }
    }
    for j in visible_columns.clone() {
        let x = frame.cell(0, j).right();
        painter.vline(x, body.y_range(), line);
    }

    // Hover: the cell's answers in words.
    if studio.view.responses.picker.is_none()
        && let Some((row, j)) = grid
            .hover_pos()
            .and_then(|pos| frame.cell_at(pos, rows.len(), features))
        && let Some(respondent) = rows.get(row).and_then(|r| project.respondents().get(r))
    {
        grid.clone()
            .on_hover_text_at_pointer(cells::describe(t, &respondent.responses[j], table));
    }

    frozen::fixed_columns(ui, studio, rows, &frame, visible_rows);
    frozen::header(ui, studio, &frame, visible_columns);

    Painted {
        viewport,
        picker_anchor,
        clicked,
    }
}
