//! The scrolling body of the responses grid: one scroll area whose content is as large as the
//! whole grid, in which only the visible rows and columns are painted and clicks are resolved by
//! position. The header row and the id/segment columns are painted at the viewport's edges, so
//! they stay in place while the answers scroll beneath them.
//!
//! Per frame this creates one focusable widget for the cells, one per visible feature header and
//! two per visible row (id and segment, for clicks and screen readers): proportional to the
//! screen, never to the project.

use super::cells::{self, Cursor};
use super::keys::{self, Awaiting, Change, GridKey};
use super::layout::{Frame, content_size};
use super::rows::{self, Field};
use super::{Rows, grid_id, picker};
use crate::i18n::fill;
use crate::kano::Response;
use crate::project::Edit;
use crate::ui::theme::{GRID_CELL_WIDTH, GRID_HEADER_HEIGHT, GRID_ROW_HEIGHT};
use crate::ui::view::Studio;
use eframe::egui::{
    self, Align2, EventFilter, FontId, Pos2, Rect, Role, ScrollArea, Sense, Stroke, TextStyle,
    WidgetInfo, pos2, scroll_area::ScrollSource, text::LayoutJob,
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
        let pressed = ui.input(keys::read);
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
            let (row, column) = keys::moved(at, step, rows.len(), features, page);
            view.selected_respondent = rows.get(row);
            view.selected_feature = Some(column);
            view.responses.marked.clear();
            view.responses.anchor = view.selected_respondent;
            view.responses.awaiting = Awaiting::Functional;
            view.responses.awaiting_cell = view.selected_respondent.zip(view.selected_feature);
        }
        GridKey::Entry(entry) => {
            if entry == keys::EntryKey::Cancel && view.responses.picker.take().is_some() {
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
            let text = cells::cell_text(&respondent.responses[j], table);
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

    fixed_columns(ui, studio, rows, &frame, visible_rows);
    header(ui, studio, &frame, visible_columns);

    Painted {
        viewport,
        picker_anchor,
        clicked,
    }
}

/// The id and segment columns: painted at the viewport's left edge, scrolling only vertically.
fn fixed_columns(
    ui: &mut egui::Ui,
    studio: &mut Studio<'_>,
    rows: Rows<'_>,
    frame: &Frame,
    visible_rows: std::ops::Range<usize>,
) {
    let project = studio.project;
    let t = studio.t;
    let v = ui.visuals().clone();
    let band = frame.frozen();
    let painter = ui.painter().with_clip_rect(band.intersect(ui.clip_rect()));
    painter.rect_filled(band, 0.0, v.panel_fill);
    let font = TextStyle::Body.resolve(ui.style());
    let selection_tint = v.selection.bg_fill.gamma_multiply(0.35);
    let editing = studio
        .view
        .responses
        .editing
        .as_ref()
        .map(|e| (e.respondent, e.field));
    let mut editor_rect = None;
    for row in visible_rows {
        let Some(r) = rows.get(row) else { continue };
        let respondent = &project.respondents()[r];
        let id_rect = frame.id_cell(row);
        let segment_rect = frame.segment_cell(row);
        let selected =
            studio.view.selected_respondent == Some(r) || studio.view.responses.marked.contains(&r);
        if selected {
            painter.rect_filled(id_rect.union(segment_rect), 0.0, selection_tint);
        } else if row % 2 == 1 {
            painter.rect_filled(id_rect.union(segment_rect), 0.0, v.faint_bg_color);
        }
        for (field, rect) in [(Field::Id, id_rect), (Field::Segment, segment_rect)] {
            if editing == Some((r, field)) {
                editor_rect = Some(rect.intersect(band));
                continue;
            }
            let (text, color) = match field {
                Field::Id => (respondent.id.as_str(), v.text_color()),
                Field::Segment if respondent.segment.is_empty() => {
                    (t.responses.no_segment, v.weak_text_color())
                }
                Field::Segment => (respondent.segment.as_str(), v.text_color()),
            };
            paint_truncated(&painter, rect, text, font.clone(), color);
            let clickable = rect.intersect(band);
            if clickable.height() <= 0.0 {
                continue;
            }
            let salt = (if field == Field::Id { "id" } else { "segment" }, r);
            let response = ui.interact(clickable, grid_id().with(salt), Sense::CLICK);
            let name = match field {
                Field::Id => respondent.id.clone(),
                Field::Segment => fill(
                    t.responses.segment_of,
                    &[("id", &respondent.id), ("segment", &text)],
                ),
            };
            let role = if field == Field::Id {
                Role::RowHeader
            } else {
                Role::Cell
            };
            response.widget_info(|| WidgetInfo::selected(role, true, selected, &name));
            if response.double_clicked() {
                rows::start_edit(studio.view, project, r, field);
            } else if response.clicked() {
                let modifiers = ui.input(|i| i.modifiers);
                rows::click_row(studio.view, r, modifiers, rows);
                studio.view.responses.picker = None;
                ui.memory_mut(|m| m.request_focus(grid_id()));
            }
        }
    }
    painter.vline(
        band.left() + crate::ui::theme::GRID_ID_WIDTH,
        band.y_range(),
        Stroke::new(1.0, v.widgets.noninteractive.bg_stroke.color),
    );
    painter.vline(
        band.right(),
        band.y_range(),
        v.widgets.noninteractive.fg_stroke,
    );
    match editor_rect {
        Some(rect) if rect.height() > 0.0 => rows::editor(ui, rect, studio),
        // The row being edited is not on screen (scrolled away or filtered out): stop editing.
        _ if studio
            .view
            .responses
            .editing
            .as_ref()
            .is_some_and(|e| !e.fresh) =>
        {
            studio.view.responses.editing = None;
        }
        _ => {}
    }
}

/// The feature names: painted at the viewport's top edge, scrolling only sideways. Each visible
/// header is a widget named after its feature, with the full name and id on hover.
fn header(
    ui: &mut egui::Ui,
    studio: &mut Studio<'_>,
    frame: &Frame,
    visible_columns: std::ops::Range<usize>,
) {
    let project = studio.project;
    let t = studio.t;
    let v = ui.visuals().clone();
    let font = TextStyle::Small.resolve(ui.style());
    let band = frame.header();
    let painter = ui.painter().with_clip_rect(band.intersect(ui.clip_rect()));
    painter.rect_filled(band, 0.0, v.panel_fill);
    for j in visible_columns {
        let Some(feature) = project.features().get(j) else {
            continue;
        };
        let rect = frame.header_cell(j);
        if studio.view.selected_feature == Some(j) {
            painter.rect_filled(rect, 0.0, v.selection.bg_fill.gamma_multiply(0.35));
        }
        paint_truncated(
            &painter,
            rect,
            &feature.name,
            font.clone(),
            v.strong_text_color(),
        );
        painter.vline(
            rect.right(),
            rect.y_range(),
            Stroke::new(1.0, v.widgets.noninteractive.bg_stroke.color),
        );
        let clickable = rect.intersect(band);
        if clickable.width() <= 0.0 {
            continue;
        }
        let response = ui.interact(clickable, grid_id().with(("feature", j)), Sense::CLICK);
        let selected = studio.view.selected_feature == Some(j);
        response.widget_info(|| {
            WidgetInfo::selected(Role::ColumnHeader, true, selected, &feature.name)
        });
        let mut tip = fill(
            t.responses.header_tip,
            &[("name", &feature.name), ("id", &feature.id)],
        );
        if !feature.touchpoint.is_empty() {
            tip.push('\n');
            tip.push_str(&fill(
                t.responses.header_touchpoint,
                &[("touchpoint", &feature.touchpoint)],
            ));
        }
        let response = response.on_hover_text(tip);
        if response.clicked() {
            studio.view.selected_feature = Some(j);
            if studio.view.selected_respondent.is_none() {
                studio.view.selected_respondent = project.respondents().first().map(|_| 0);
            }
            studio.view.responses.picker = None;
            ui.memory_mut(|m| m.request_focus(grid_id()));
        }
    }
    painter.hline(
        band.x_range(),
        band.bottom(),
        v.widgets.noninteractive.fg_stroke,
    );

    // The corner above the fixed columns names them.
    let corner = frame.corner();
    let painter = ui
        .painter()
        .with_clip_rect(corner.intersect(ui.clip_rect()));
    painter.rect_filled(corner, 0.0, v.panel_fill);
    let id_width = crate::ui::theme::GRID_ID_WIDTH;
    let (id_rect, segment_rect) = corner.split_left_right_at_x(corner.left() + id_width);
    paint_truncated(
        &painter,
        id_rect,
        t.responses.respondent_column,
        font.clone(),
        v.strong_text_color(),
    );
    paint_truncated(
        &painter,
        segment_rect,
        t.responses.segment_column,
        font,
        v.strong_text_color(),
    );
    painter.hline(
        corner.x_range(),
        corner.bottom(),
        v.widgets.noninteractive.fg_stroke,
    );
    painter.vline(
        corner.right(),
        corner.y_range(),
        v.widgets.noninteractive.fg_stroke,
    );
}

/// Paints `text` left-aligned in `rect`, cut to one line with "…" when it does not fit.
fn paint_truncated(
    painter: &egui::Painter,
    rect: Rect,
    text: &str,
    font: FontId,
    color: egui::Color32,
) {
    let padding = 5.0;
    let mut job = LayoutJob::simple_singleline(text.to_owned(), font, color);
    job.wrap = egui::text::TextWrapping::truncate_at_width(
        (rect.width() - 2.0 * padding).max(GRID_CELL_WIDTH / 4.0),
    );
    let galley = painter.layout_job(job);
    let pos = Align2::LEFT_CENTER
        .anchor_size(pos2(rect.left() + padding, rect.center().y), galley.size());
    painter.galley(pos.min, galley, color);
}
