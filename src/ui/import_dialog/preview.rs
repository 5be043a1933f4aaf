//! The first rows of the file, as a spreadsheet shows them: columns named by letter and header,
//! tinted by what each is used for (functional, dysfunctional, importance, id, segment).
//!
//! Painted, not laid out: only the columns in view are drawn, so a 600-column export scrolls as
//! lightly as a 6-column one. Nothing here reads more than the first rows.

use super::session::ImportSession;
use crate::i18n::{Texts, fill};
use crate::ui::responses_grid::visible_range;
use crate::ui::theme::truncated_text;
use eframe::egui::text::{LayoutJob, TextWrapping};
use eframe::egui::{self, Color32, FontId, Galley, Rect, Sense, Stroke, pos2, vec2};
use std::sync::Arc;

/// Rows shown.
pub(super) const PREVIEW_ROWS: usize = 7;
const CELL_WIDTH: f32 = 150.0;
const CELL_HEIGHT: f32 = 20.0;
/// Headers that are whole question texts get two lines.
const HEAD_HEIGHT: f32 = 36.0;
const PADDING: f32 = 4.0;

/// What a column is used for, for its tint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Use {
    Functional,
    Dysfunctional,
    Importance,
    Id,
    Segment,
}

impl Use {
    const ALL: [Self; 5] = [
        Self::Functional,
        Self::Dysfunctional,
        Self::Importance,
        Self::Id,
        Self::Segment,
    ];

    /// Okabe–Ito colours, as the rest of the studio uses them.
    fn color(self) -> Color32 {
        match self {
            Self::Functional => Color32::from_rgb(0, 114, 178),
            Self::Dysfunctional => Color32::from_rgb(213, 94, 0),
            Self::Importance => Color32::from_rgb(204, 121, 167),
            Self::Id => Color32::from_rgb(140, 140, 140),
            Self::Segment => Color32::from_rgb(0, 158, 115),
        }
    }

    fn name(self, t: &Texts) -> &'static str {
        match self {
            Self::Functional => t.import.use_functional,
            Self::Dysfunctional => t.import.use_dysfunctional,
            Self::Importance => t.import.use_importance,
            Self::Id => t.import.use_id,
            Self::Segment => t.import.use_segment,
        }
    }
}

/// Draws the legend and the first rows.
pub(super) fn show(ui: &mut egui::Ui, t: &Texts, session: &mut ImportSession) {
    let mut reveal = None;
    if std::mem::take(&mut session.reveal_questions) {
        // Exports put metadata first (SurveyMonkey: nine columns of it): open on the questions,
        // one column of context left of the first.
        let first = session
            .features()
            .iter()
            .flat_map(|d| [d.functional, d.dysfunctional])
            .flatten()
            .min()
            .unwrap_or(0);
        let offset = first.saturating_sub(1) as f32 * CELL_WIDTH;
        if (first + 1) as f32 * CELL_WIDTH > ui.available_width() {
            reveal = Some(offset);
        }
    }
    let session = &*session;
    let table = session.table();
    let rows = table.rows.len().min(PREVIEW_ROWS);
    ui.horizontal(|ui| {
        ui.strong(t.import.first_rows);
        if table.rows.len() > rows {
            ui.weak(fill(
                t.import.first_rows_of,
                &[("shown", &rows), ("rows", &table.rows.len())],
            ));
        }
        ui.add_space(12.0);
        for u in Use::ALL {
            let (rect, _) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::hover());
            ui.painter().rect_filled(rect, 2.0, tint(u.color()));
            ui.painter().rect_stroke(
                rect,
                2.0,
                Stroke::new(1.0, u.color()),
                egui::StrokeKind::Inside,
            );
            ui.small(u.name(t));
        }
    });
    let uses = column_uses(session);
    let columns = session.column_count();
    let text_color = ui.visuals().text_color();
    let strong_color = ui.visuals().strong_text_color();
    let grid_color = ui.visuals().widgets.noninteractive.bg_stroke.color;
    let mut area = egui::ScrollArea::horizontal()
        .id_salt("import_preview")
        .auto_shrink([false, true]);
    if let Some(offset) = reveal {
        area = area.horizontal_scroll_offset(offset);
    }
    area.show_viewport(ui, |ui, viewport| {
        let size = vec2(
            columns as f32 * CELL_WIDTH,
            HEAD_HEIGHT + rows as f32 * CELL_HEIGHT,
        );
        let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
        let painter = ui.painter();
        let font = FontId::proportional(13.0);
        for c in visible_range(viewport.min.x, viewport.width(), 0.0, CELL_WIDTH, columns) {
            let left = rect.min.x + c as f32 * CELL_WIDTH;
            let column = Rect::from_min_size(pos2(left, rect.min.y), vec2(CELL_WIDTH, size.y));
            let head = Rect::from_min_size(column.min, vec2(CELL_WIDTH, HEAD_HEIGHT));
            if let Some(u) = uses[c] {
                painter.rect_filled(column, 0.0, tint(u.color()).gamma_multiply(0.5));
                painter.rect_filled(head, 0.0, tint(u.color()));
            }
            // A header that is one long name ("wifi_dysfunctional") breaks anywhere; a
            // question text between words.
            let one_word = !table.headers[c].trim().contains(char::is_whitespace);
            let galley = two_lines(
                ui,
                session.column_name(c),
                one_word,
                strong_color,
                CELL_WIDTH - 2.0 * PADDING,
            );
            painter.galley(pos2(left + PADDING, head.min.y + 2.0), galley, strong_color);
            for r in 0..rows {
                let top = rect.min.y + HEAD_HEIGHT + r as f32 * CELL_HEIGHT;
                let cell: String = table.rows[r][c]
                    .trim()
                    .chars()
                    .take(200)
                    .map(|ch| if ch.is_control() { ' ' } else { ch })
                    .collect();
                let galley = truncated_text(
                    ui,
                    &cell,
                    font.clone(),
                    text_color,
                    CELL_WIDTH - 2.0 * PADDING,
                );
                painter.galley(pos2(left + PADDING, top + 2.0), galley, text_color);
            }
            painter.vline(left, column.y_range(), Stroke::new(1.0, grid_color));
        }
        painter.hline(
            rect.x_range(),
            rect.min.y + HEAD_HEIGHT,
            Stroke::new(1.0, grid_color),
        );
    });
}

/// A header on at most two lines, cut with "…" after that.
fn two_lines(
    ui: &egui::Ui,
    text: &str,
    break_anywhere: bool,
    color: Color32,
    width: f32,
) -> Arc<Galley> {
    let mut job = LayoutJob::simple(text.to_owned(), FontId::proportional(12.5), color, width);
    job.wrap = TextWrapping {
        max_width: width,
        max_rows: 2,
        break_anywhere,
        overflow_character: Some('…'),
    };
    ui.painter().layout_job(job)
}

fn tint(color: Color32) -> Color32 {
    color.gamma_multiply(0.3)
}

/// For each column, what the session uses it for.
fn column_uses(session: &ImportSession) -> Vec<Option<Use>> {
    let mut uses = vec![None; session.column_count()];
    let mut mark = |column: Option<usize>, u: Use| {
        if let Some(slot) = column.and_then(|c| uses.get_mut(c)) {
            *slot = Some(u);
        }
    };
    for draft in session.features() {
        mark(draft.functional, Use::Functional);
        mark(draft.dysfunctional, Use::Dysfunctional);
        mark(draft.importance, Use::Importance);
    }
    mark(session.id_column(), Use::Id);
    mark(session.segment_column(), Use::Segment);
    uses
}
