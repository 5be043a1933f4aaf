//! The import dialog's right side: the order of numeric codes, when the answers are numbers,
//! and every text found in the answer columns with the answer it counts as.
//!
//! Texts that match no answer come first and stand out; picking an answer for one applies to
//! every answer column. The list is virtualised: a free-text column picked by mistake, with
//! thousands of distinct texts, costs a screenful of rows.

use super::session::{ImportSession, Meaning};
use crate::i18n::{Texts, fill};
use crate::io::import::{Codes, Recognised, Wording};
use crate::kano::Answer;
use eframe::egui::{self, ComboBox, RichText};

const ROW_HEIGHT: f32 = 24.0;
const COUNT_WIDTH: f32 = 56.0;
const MEANING_WIDTH: f32 = 170.0;

/// Draws the codes question and the texts.
pub(super) fn show(ui: &mut egui::Ui, t: &Texts, session: &mut ImportSession) {
    let ti = &t.import;
    if session.has_codes() {
        codes(ui, t, session);
        ui.add_space(6.0);
        ui.separator();
    }
    ui.strong(ti.texts_heading);
    ui.weak(ti.texts_hint);
    ui.add_space(4.0);
    let found = session.wordings().len();
    if found == 0 {
        ui.weak(ti.no_texts);
        return;
    }
    let spacing = ui.spacing().item_spacing.x;
    let text_width = (ui.available_width() - COUNT_WIDTH - MEANING_WIDTH - 2.0 * spacing).max(80.0);
    ui.horizontal(|ui| {
        header(ui, ti.text_in_file, text_width, egui::Align::Min);
        header(ui, ti.cells, COUNT_WIDTH, egui::Align::Max);
        header(ui, ti.counts_as, MEANING_WIDTH, egui::Align::Min);
    });
    let mut change: Option<(Wording, Option<Answer>)> = None;
    egui::ScrollArea::vertical()
        .id_salt("import_texts")
        .auto_shrink([false, true])
        .show_rows(ui, ROW_HEIGHT, found, |ui, rows| {
            for i in rows {
                let wording = &session.wordings()[i].wording;
                let meaning = session.meaning(wording);
                ui.horizontal(|ui| {
                    ui.set_height(ROW_HEIGHT);
                    let mut text = RichText::new(&wording.text);
                    if meaning == Meaning::Unmapped {
                        text = text.color(ui.visuals().warn_fg_color).strong();
                    }
                    super::cell_label(ui, text_width, text, egui::Align::Min)
                        .on_hover_text(&wording.text);
                    super::cell_label(ui, COUNT_WIDTH, wording.count.to_string(), egui::Align::Max);
                    let picked = super::fixed_width(ui, MEANING_WIDTH, |ui| {
                        meaning_combo(ui, t, wording, meaning)
                    });
                    if let Some(answer) = picked {
                        change = Some((wording.clone(), answer));
                    }
                });
            }
        });
    if let Some((wording, answer)) = change {
        session.set_answer(&wording, answer);
    }
}

fn header(ui: &mut egui::Ui, text: &str, width: f32, align: egui::Align) {
    super::cell_label(ui, width, RichText::new(text).small().strong(), align);
}

/// The two orders of codes as radio buttons; neither is chosen until the person (or the file's
/// own texts) says which.
fn codes(ui: &mut egui::Ui, t: &Texts, session: &mut ImportSession) {
    let ti = &t.import;
    let current = session.codes();
    ui.strong(ti.codes_heading);
    if current.is_none() {
        // Undecided blocks the import: the question stands out until it is answered.
        ui.colored_label(ui.visuals().warn_fg_color, ti.codes_question);
    } else {
        ui.label(ti.codes_question);
    }
    for codes in [Codes::LikeFirst, Codes::DislikeFirst] {
        let (first, last) = match codes {
            Codes::LikeFirst => (Answer::Like, Answer::Dislike),
            Codes::DislikeFirst => (Answer::Dislike, Answer::Like),
        };
        let text = fill(
            ti.codes_order,
            &[
                ("first", &t.method.answer(first)),
                ("last", &t.method.answer(last)),
            ],
        );
        if ui.radio(current == Some(codes), text).clicked() {
            session.set_codes(codes);
        }
    }
    if session.settled_codes().is_some() && session.settled_codes() == current {
        ui.weak(ti.codes_settled);
    }
}

/// The answer a text counts as; returns the choice made this frame (`Some(None)`: back to what
/// the text is known as, or to "not mapped").
fn meaning_combo(
    ui: &mut egui::Ui,
    t: &Texts,
    wording: &Wording,
    meaning: Meaning,
) -> Option<Option<Answer>> {
    let ti = &t.import;
    let selected = match meaning {
        Meaning::Answer {
            answer,
            by_hand: true,
        } => fill(ti.chosen_answer, &[("answer", &t.method.answer(answer))]),
        Meaning::Answer { answer, .. } => t.method.answer(answer).to_owned(),
        Meaning::AwaitsCodes => ti.awaits_codes.to_owned(),
        Meaning::Unmapped => ti.not_mapped.to_owned(),
    };
    let mut selected = RichText::new(selected);
    if matches!(meaning, Meaning::Unmapped | Meaning::AwaitsCodes) {
        selected = selected.color(ui.visuals().warn_fg_color);
    }
    let current = match meaning {
        Meaning::Answer { answer, .. } => Some(answer),
        _ => None,
    };
    let reset = match wording.recognised {
        None => Some(ti.not_mapped),
        Some(Recognised::Code(_)) => Some(ti.by_code_order),
        Some(Recognised::Wording(_)) => None,
    };
    let mut picked = None;
    let combo = ComboBox::from_id_salt(("import_meaning", &wording.key))
        .width(MEANING_WIDTH)
        .truncate()
        .selected_text(selected)
        .show_ui(ui, |ui| {
            if let Some(reset) = reset
                && ui
                    .selectable_label(
                        !matches!(meaning, Meaning::Answer { by_hand: true, .. }),
                        reset,
                    )
                    .clicked()
            {
                picked = Some(None);
            }
            for answer in Answer::ALL {
                if ui
                    .selectable_label(current == Some(answer), t.method.answer(answer))
                    .clicked()
                {
                    picked = Some(Some(answer));
                }
            }
        });
    let _ = combo
        .response
        .accessible_name(fill(ti.meaning_of, &[("text", &wording.text)]));
    picked
}
