//! File ▸ Import's dialog: what was read from a survey export and how it will become
//! respondents, with every part a person may need to fix — the question pairs (for exports
//! whose column names follow no convention), the texts of the answers and what each counts as,
//! the order of numeric codes, the id and segment columns, the first rows, and where the
//! respondents go.
//!
//! It reads the table and the mapping from `io::import` as plain data and edits only the
//! [`ImportSession`], which the app keeps. It must never read or write a file, never change the
//! open project (the app imports once the dialog returns [`ImportChoice::Import`]), and never
//! walk the table's rows in a frame: what the rows tell is worked out by the session when a
//! column changes. Import is enabled only when nothing blocks it, and the dialog says what does.

mod checks;
mod features;
mod preview;
mod session;
mod suggest;
mod summary;
mod wordings;

pub use checks::{Blocker, CellTrouble, IdTrouble, matching_feature, settled_codes};
pub use session::{FeatureDraft, FoundWording, ImportSession, Meaning, Target};
pub use suggest::{SuggestedPair, suggest_pairs};

use crate::i18n::{Texts, fill};
use crate::io::import::Source;
use crate::project::Project;
use eframe::egui::{self, UiBuilder, pos2, vec2};

/// What the person chose in the dialog.
#[must_use]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportChoice {
    /// Import now, as the session says.
    Import,
    /// Close the dialog; nothing changes.
    Cancel,
}

/// Draws the dialog over the window; returns what the person chose this frame, if anything.
/// Esc cancels and Enter imports (when nothing blocks it), unless a text field or a list is
/// open, where those keys mean something else.
pub fn show(
    ctx: &egui::Context,
    t: &Texts,
    session: &mut ImportSession,
    project: &Project,
) -> Option<ImportChoice> {
    if std::mem::take(&mut session.first_frame) {
        // A field of the studio behind the dialog may still have the keyboard: take it away, so
        // that Enter and Esc speak to the dialog.
        ctx.memory_mut(|m| {
            if let Some(id) = m.focused() {
                m.surrender_focus(id);
            }
        });
    }
    // Read before drawing: a text field that Enter or Esc leaves loses its focus in this frame.
    let busy = ctx.memory(|m| m.focused().is_some()) || egui::Popup::is_any_open(ctx);
    let (enter, escape) = ctx.input(|i| {
        (
            i.key_pressed(egui::Key::Enter),
            i.key_pressed(egui::Key::Escape),
        )
    });
    // A table pasted from a spreadsheet takes the file's place (not while a field has the keys).
    if !busy
        && let Some(text) = ctx.input(|i| {
            i.events.iter().find_map(|e| match e {
                egui::Event::Paste(text) => Some(text.clone()),
                _ => None,
            })
        })
        && let Err(error) = session.paste(t.import.pasted_name, &text)
    {
        session.error = Some(crate::ui::error_text::read_error(t, &error));
    }
    let blockers = session.blockers(project);
    let screen = ctx.content_rect();
    let size = vec2(
        (screen.width() - 48.0).clamp(480.0, 1240.0),
        (screen.height() - 48.0).clamp(400.0, 860.0),
    );
    let mut choice = None;
    egui::Modal::new(egui::Id::unique("import_dialog")).show(ctx, |ui| {
        ui.set_min_size(size);
        ui.set_max_size(size);
        // Not resizable: a resizable panel keeps its first size, and each file's is its own.
        egui::Panel::top("import_head")
            .resizable(false)
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                head(ui, t, session);
                ui.add_space(4.0);
                preview::show(ui, t, session);
                ui.add_space(6.0);
            });
        egui::Panel::bottom("import_foot")
            .resizable(false)
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                choice = summary::show(ui, t, session, project, &blockers);
            });
        egui::CentralPanel::no_frame().show(ui, |ui| middle(ui, t, session, project));
    });
    if choice.is_none() && !busy {
        if escape {
            choice = Some(ImportChoice::Cancel);
        } else if enter && blockers.is_empty() {
            choice = Some(ImportChoice::Import);
        }
    }
    if choice == Some(ImportChoice::Import) && !session.blockers(project).is_empty() {
        // A click on Import in the same frame as a change that blocks it.
        choice = None;
    }
    choice
}

/// The file's name, how it was read and its size.
fn head(ui: &mut egui::Ui, t: &Texts, session: &ImportSession) {
    let ti = &t.import;
    let table = session.table();
    ui.heading(fill(ti.title, &[("file", &session.file_name())]));
    let source = match &table.source {
        Source::Text {
            encoding,
            separator,
        } => {
            let separator = match separator {
                b',' => ti.separator_comma.to_owned(),
                b';' => ti.separator_semicolon.to_owned(),
                b'\t' => ti.separator_tab.to_owned(),
                other => char::from(*other).to_string(),
            };
            fill(
                ti.source_text,
                &[("encoding", encoding), ("separator", &separator)],
            )
        }
        Source::Spreadsheet { sheet, .. } => fill(ti.source_sheet, &[("sheet", sheet)]),
    };
    ui.weak(fill(
        ti.file_summary,
        &[
            ("rows", &table.rows.len()),
            ("columns", &table.headers.len()),
            ("source", &source),
        ],
    ));
    ui.weak(ti.paste_hint);
}

/// The features on the left, the answer texts on the right.
fn middle(ui: &mut egui::Ui, t: &Texts, session: &mut ImportSession, project: &Project) {
    let area = ui.available_rect_before_wrap();
    let gap = 20.0;
    let left_width = ((area.width() - gap) * 0.6).floor();
    let left = egui::Rect::from_min_size(area.min, vec2(left_width, area.height()));
    let right = egui::Rect::from_min_max(pos2(left.max.x + gap, area.min.y), area.max);
    ui.scope_builder(UiBuilder::new().max_rect(left), |ui| {
        features::show(ui, t, session, project);
    });
    let x = left.max.x + gap / 2.0;
    ui.painter().vline(
        x,
        area.y_range(),
        ui.visuals().widgets.noninteractive.bg_stroke,
    );
    ui.scope_builder(UiBuilder::new().max_rect(right), |ui| {
        wordings::show(ui, t, session);
    });
}

/// A label in a cell of a fixed width, cut short with "…" when it is too long; numbers go
/// right, text left.
pub(super) fn cell_label(
    ui: &mut egui::Ui,
    width: f32,
    text: impl Into<egui::WidgetText>,
    align: egui::Align,
) -> egui::Response {
    let layout = match align {
        egui::Align::Max => egui::Layout::right_to_left(egui::Align::Center),
        _ => egui::Layout::left_to_right(egui::Align::Center),
    };
    ui.allocate_ui_with_layout(vec2(width, 20.0), layout, |ui| {
        ui.set_min_width(width);
        ui.add(egui::Label::new(text).truncate())
    })
    .inner
}

/// Runs `add` in a cell exactly `width` wide, so that a combo box's long text is cut rather than
/// pushing the row past its column.
pub(super) fn fixed_width<R>(
    ui: &mut egui::Ui,
    width: f32,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(vec2(width, 20.0), layout, |ui| {
        ui.set_min_width(width);
        ui.set_max_width(width);
        add(ui)
    })
    .inner
}
