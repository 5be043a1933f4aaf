//! The import dialog's left side: the features as question pairs (a column per question, picked
//! from the table's columns), and the respondent id and segment columns.
//!
//! The rows are virtualised, so 200 features cost a screenful of widgets. Changes go to the
//! session, which reads a newly chosen column once; nothing here walks the table's rows.

use super::checks::matching_feature;
use super::session::{ImportSession, Target};
use crate::i18n::{Texts, fill};
use crate::io::import::Role;
use crate::project::Project;
use eframe::egui::{self, Button, ComboBox, TextEdit};

const ROW_HEIGHT: f32 = 26.0;
const ID_WIDTH: f32 = 110.0;
const MATCH_WIDTH: f32 = 130.0;
const REMOVE_WIDTH: f32 = 26.0;

/// A change asked for in this frame; applied after the rows are drawn, so that the list does
/// not change under the loop that draws it.
enum Change {
    Column(usize, Role, Option<usize>),
    Id(usize, String),
    Remove(usize),
}

/// Draws the features, their buttons and the id and segment pickers.
pub(super) fn show(ui: &mut egui::Ui, t: &Texts, session: &mut ImportSession, project: &Project) {
    let ti = &t.import;
    ui.strong(ti.features_heading);
    ui.weak(ti.features_hint);
    ui.add_space(4.0);
    let appending = session.target == Target::AppendToOpen;
    let spacing = ui.spacing().item_spacing.x;
    let fixed = ID_WIDTH + REMOVE_WIDTH + if appending { MATCH_WIDTH } else { 0.0 };
    let slots = if appending { 5.0 } else { 4.0 };
    let column_width = ((ui.available_width() - fixed - spacing * slots) / 3.0).max(90.0);
    ui.horizontal(|ui| {
        header(ui, ti.feature_id, ID_WIDTH);
        header(ui, ti.functional_column, column_width);
        header(ui, ti.dysfunctional_column, column_width);
        header(ui, ti.importance_column, column_width);
        if appending {
            header(ui, ti.in_open_project, MATCH_WIDTH);
        }
    });
    let mut change = None;
    let count = session.features().len();
    // Room below the list for its buttons and the id and segment pickers.
    let list_height = (ui.available_height() - 96.0).max(ROW_HEIGHT * 2.0);
    if count == 0 {
        ui.add_space(8.0);
        ui.add(egui::Label::new(egui::RichText::new(ti.no_features_found).weak()).wrap());
        ui.add_space(8.0);
    } else {
        egui::ScrollArea::vertical()
            .id_salt("import_features")
            .max_height(list_height)
            .auto_shrink([false, true])
            .show_rows(ui, ROW_HEIGHT, count, |ui, rows| {
                for i in rows {
                    ui.horizontal(|ui| {
                        ui.set_height(ROW_HEIGHT);
                        if let Some(c) = feature_row(ui, t, session, project, i, column_width) {
                            change = Some(c);
                        }
                    });
                }
            });
    }
    ui.horizontal(|ui| {
        if ui
            .button(ti.add_feature)
            .on_hover_text(ti.add_feature_tip)
            .clicked()
        {
            session.add_feature();
        }
        if ui
            .button(ti.suggest_pairs)
            .on_hover_text(ti.suggest_pairs_tip)
            .clicked()
        {
            session.suggest_pairs();
        }
    });
    match change {
        Some(Change::Column(i, role, column)) => session.set_column(i, role, column),
        Some(Change::Id(i, id)) => session.set_feature_id(i, id),
        Some(Change::Remove(i)) => session.remove_feature(i),
        None => {}
    }
    ui.add_space(6.0);
    ui.separator();
    respondent_columns(ui, t, session);
}

fn header(ui: &mut egui::Ui, text: &str, width: f32) {
    super::cell_label(
        ui,
        width,
        egui::RichText::new(text).small().strong(),
        egui::Align::Min,
    );
}

fn feature_row(
    ui: &mut egui::Ui,
    t: &Texts,
    session: &ImportSession,
    project: &Project,
    i: usize,
    column_width: f32,
) -> Option<Change> {
    let ti = &t.import;
    let draft = &session.features()[i];
    let mut change = None;
    let mut id = draft.id.clone();
    let name = fill(ti.feature_id_name, &[("n", &(i + 1))]);
    let edit = ui.add_sized(
        [ID_WIDTH, 20.0],
        TextEdit::singleline(&mut id)
            .char_limit(crate::io::text_limits::MAX_NAME_CHARS)
            .hint_text(ti.feature_id_hint),
    );
    let edit = edit.accessible_name(name);
    if edit.changed() {
        change = Some(Change::Id(i, id));
    }
    let shown_id = if draft.id.trim().is_empty() {
        (i + 1).to_string()
    } else {
        draft.id.trim().to_owned()
    };
    for (role, salt, accessible) in [
        (Role::Functional, "functional", ti.functional_of),
        (Role::Dysfunctional, "dysfunctional", ti.dysfunctional_of),
        (Role::Importance, "importance", ti.importance_of),
    ] {
        let accessible = fill(accessible, &[("id", &shown_id)]);
        let none = if role == Role::Importance {
            ti.no_importance
        } else {
            ti.pick_column
        };
        let picked = super::fixed_width(ui, column_width, |ui| {
            column_combo(
                ui,
                session,
                (("import_column", salt, i), accessible),
                draft.column(role),
                &[],
                ComboLook {
                    none,
                    width: column_width,
                },
            )
        });
        if let Some(picked) = picked {
            change = Some(Change::Column(i, role, picked));
        }
    }
    if session.target == Target::AppendToOpen {
        let (text, color) = match matching_feature(project, &draft.id) {
            Some(f) => (
                fill(ti.matches_feature, &[("name", &project.features()[f].name)]),
                ui.visuals().weak_text_color(),
            ),
            None => (ti.not_in_project.to_owned(), ui.visuals().error_fg_color),
        };
        super::cell_label(
            ui,
            MATCH_WIDTH,
            egui::RichText::new(text).color(color),
            egui::Align::Min,
        );
    }
    if ui
        .add_sized([REMOVE_WIDTH, 20.0], Button::new("×"))
        .on_hover_text(ti.remove_feature)
        .accessible_name(fill(ti.remove_feature_name, &[("id", &shown_id)]))
        .clicked()
    {
        change = Some(Change::Remove(i));
    }
    change
}

/// The width of the id and segment combos in their grid cell.
fn respondent_combo_width(ui: &egui::Ui) -> f32 {
    (ui.available_width() - 8.0).clamp(160.0, 420.0)
}

/// The size of a column combo: how wide, and the text of the "no column" choice.
struct ComboLook<'a> {
    none: &'a str,
    width: f32,
}

/// A combo box over the table's columns: `none` first, then the `likely` columns, a separator,
/// and every other column. Returns the choice made this frame.
fn column_combo(
    ui: &mut egui::Ui,
    session: &ImportSession,
    (salt, accessible): (impl egui::AsIdSalt, String),
    current: Option<usize>,
    likely: &[usize],
    look: ComboLook<'_>,
) -> Option<Option<usize>> {
    let selected = current.map_or(look.none, |c| session.column_name(c));
    let mut picked = None;
    let combo = ComboBox::from_id_salt(salt)
        .width(look.width)
        .truncate()
        .selected_text(selected)
        .height(360.0)
        .show_ui(ui, |ui| {
            if ui.selectable_label(current.is_none(), look.none).clicked() {
                picked = Some(None);
            }
            let others = (0..session.column_count()).filter(|c| !likely.contains(c));
            for (k, c) in likely.iter().copied().chain(others).enumerate() {
                if k == likely.len() && !likely.is_empty() {
                    ui.separator();
                }
                if ui
                    .selectable_label(current == Some(c), session.column_name(c))
                    .clicked()
                {
                    picked = Some(Some(c));
                }
            }
        });
    // Named on its own: "Segment" alone is also the results' filter behind the dialog.
    let _ = combo.response.accessible_name(accessible);
    picked
}

/// The respondent id and segment pickers: "none", then the likely columns, then every column.
fn respondent_columns(ui: &mut egui::Ui, t: &Texts, session: &mut ImportSession) {
    let ti = &t.import;
    let mut id_pick = None;
    let mut segment_pick = None;
    egui::Grid::new("import_respondent_columns")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            ui.label(ti.id_column).on_hover_text(ti.id_column_tip);
            id_pick = column_combo(
                ui,
                session,
                ("import_id_column", ti.id_column_name.to_owned()),
                session.id_column(),
                &session.id_candidates(),
                ComboLook {
                    none: ti.numbered_ids,
                    width: respondent_combo_width(ui),
                },
            );
            ui.end_row();
            ui.label(ti.segment_column)
                .on_hover_text(ti.segment_column_tip);
            segment_pick = column_combo(
                ui,
                session,
                ("import_segment_column", ti.segment_column_name.to_owned()),
                session.segment_column(),
                &session.segment_candidates(),
                ComboLook {
                    none: ti.no_segment,
                    width: respondent_combo_width(ui),
                },
            );
            ui.end_row();
        });
    if let Some(pick) = id_pick {
        session.set_id_column(pick);
    }
    if let Some(pick) = segment_pick {
        session.set_segment_column(pick);
    }
}
