//! The fixed bands of the responses grid: the id and segment columns on the left (they scroll
//! only up and down) and the feature names on top (only sideways), painted at the viewport's edges
//! over the scrolling cells.
//!
//! Each visible row's id and segment and each visible feature header is a small widget, for
//! clicks and for screen readers: a screenful of them, never one per respondent or feature.

use super::layout::Frame;
use super::rows::{self, Field};
use super::{Rows, grid_id};
use crate::i18n::fill;
use crate::ui::theme::{GRID_CELL_WIDTH, GRID_ID_WIDTH};
use crate::ui::view::Studio;
use eframe::egui::{
    self, Align2, FontId, Rect, Role, Sense, Stroke, TextStyle, WidgetInfo, pos2, text::LayoutJob,
};

/// The id and segment columns: painted at the viewport's left edge, scrolling only vertically.
pub fn fixed_columns(
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
            paint_truncated(&painter, rect, text, font.clone(), color, 1);
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
        band.left() + GRID_ID_WIDTH,
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
pub fn header(
    ui: &mut egui::Ui,
    studio: &mut Studio<'_>,
    frame: &Frame,
    visible_columns: std::ops::Range<usize>,
) {
    let project = studio.project;
    let t = studio.t;
    let v = ui.visuals().clone();
    let font = TextStyle::Body.resolve(ui.style());
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
            2,
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
    let id_width = GRID_ID_WIDTH;
    let (id_rect, segment_rect) = corner.split_left_right_at_x(corner.left() + id_width);
    paint_truncated(
        &painter,
        id_rect,
        t.responses.respondent_column,
        font.clone(),
        v.strong_text_color(),
        1,
    );
    paint_truncated(
        &painter,
        segment_rect,
        t.responses.segment_column,
        font,
        v.strong_text_color(),
        1,
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

/// Paints `text` left-aligned in `rect` on at most `lines` lines, cut with "…" when it does not
/// fit (the full text is in the hover tip).
fn paint_truncated(
    painter: &egui::Painter,
    rect: Rect,
    text: &str,
    font: FontId,
    color: egui::Color32,
    lines: usize,
) {
    let padding = 5.0;
    let mut job = LayoutJob::simple_singleline(text.to_owned(), font, color);
    job.wrap = egui::text::TextWrapping {
        max_rows: lines,
        // Whole words where they fit, so "Free Wi-Fi on the train" breaks between words.
        break_anywhere: false,
        ..egui::text::TextWrapping::truncate_at_width(
            (rect.width() - 2.0 * padding).max(GRID_CELL_WIDTH / 4.0),
        )
    };
    let galley = painter.layout_job(job);
    let pos = Align2::LEFT_CENTER
        .anchor_size(pos2(rect.left() + padding, rect.center().y), galley.size());
    painter.galley(pos.min, galley, color);
}
