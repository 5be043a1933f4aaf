//! The survey's start screen: the project's title, the respondent's optional name/number and
//! group, the Start button, and a small settings strip for the facilitator. It never changes
//! the project except through an undoable `Edit::SetSurvey`.

use super::{BODY_SIZE, KioskLock, TITLE_SIZE};
use crate::i18n::{Lang, Texts};
use crate::project::{Edit, FeatureOrder, PageLayout, Project};
use crate::ui::action::Actions;
use eframe::egui::{self, RichText};

/// True when a survey can start with this respondent id ("" takes the next free one).
pub fn can_start(project: &Project, respondent_id: &str) -> bool {
    !project.features().is_empty() && id_is_free(project, respondent_id)
}

fn id_is_free(project: &Project, respondent_id: &str) -> bool {
    let id = respondent_id.trim();
    id.is_empty() || project.check_respondent_id(id, None).is_ok()
}

/// Draws the start screen; returns true when Start was clicked. `t` is the interface language
/// (the facilitator's strip), `st` the survey language (what the respondent reads).
/// What the start screen's fields and the facilitator's lock hold.
pub struct StartForm<'a> {
    /// The respondent's id as typed.
    pub respondent_id: &'a mut String,
    /// The respondent's group as typed or picked.
    pub segment: &'a mut String,
    /// The facilitator's PIN lock over the settings.
    pub lock: &'a mut KioskLock,
    /// The leave confirmation is open over this screen: it holds the one PIN field, so the
    /// settings behind it show none (two fields would share what is typed).
    pub asking_to_leave: bool,
}

pub fn show(
    ui: &mut egui::Ui,
    t: &Texts,
    st: &Texts,
    project: &Project,
    form: StartForm<'_>,
    actions: &mut Actions,
) -> bool {
    let StartForm {
        respondent_id,
        segment,
        lock,
        asking_to_leave,
    } = form;
    ui.label(RichText::new(project.title()).size(TITLE_SIZE).strong());
    ui.add_space(12.0);
    ui.label(RichText::new(st.survey.intro).size(BODY_SIZE));
    ui.add_space(24.0);

    let field_width = 420.0_f32.min(ui.available_width());
    let name_label = ui.label(RichText::new(st.survey.name_label).size(BODY_SIZE));
    ui.add(
        egui::TextEdit::singleline(respondent_id)
            .char_limit(crate::io::text_limits::MAX_NAME_CHARS)
            .font(egui::FontId::proportional(BODY_SIZE))
            .desired_width(field_width),
    )
    .labelled_by(name_label.id);
    if !id_is_free(project, respondent_id) {
        let taken = crate::i18n::fill(st.survey.id_taken, &[("id", &respondent_id.trim())]);
        ui.colored_label(
            ui.visuals().error_fg_color,
            RichText::new(taken).size(BODY_SIZE * 0.8),
        );
    }
    ui.add_space(12.0);

    let segment_label = ui.label(RichText::new(st.survey.segment_label).size(BODY_SIZE));
    ui.horizontal(|ui| {
        let segments = project.segments();
        // Centre the field and its combo under the label.
        let combo_width = if segments.is_empty() { 0.0 } else { 180.0 };
        ui.add_space(((ui.available_width() - field_width - combo_width) / 2.0).max(0.0));
        ui.add(
            egui::TextEdit::singleline(segment)
                .char_limit(crate::io::text_limits::MAX_NAME_CHARS)
                .font(egui::FontId::proportional(BODY_SIZE))
                .hint_text(st.survey.segment_hint)
                .desired_width(field_width - 8.0),
        )
        .labelled_by(segment_label.id);
        if !segments.is_empty() {
            let combo = egui::ComboBox::from_id_salt("survey_segment")
                .selected_text(st.survey.pick_segment)
                .width(combo_width - 8.0)
                .show_ui(ui, |ui| {
                    if ui
                        .selectable_label(segment.is_empty(), st.survey.no_segment)
                        .clicked()
                    {
                        segment.clear();
                    }
                    for s in segments {
                        if ui.selectable_label(segment == s, s).clicked() {
                            *segment = s.to_owned();
                        }
                    }
                });
            combo.response.labelled_by(segment_label.id);
        }
    });
    ui.add_space(24.0);

    let mut start = false;
    if project.features().is_empty() {
        ui.label(RichText::new(st.survey.no_features).size(BODY_SIZE));
    } else {
        let button = egui::Button::new(
            RichText::new(st.survey.start_button)
                .size(BODY_SIZE)
                .strong(),
        )
        .min_size(egui::vec2(320.0, 64.0));
        start = ui
            .add_enabled(can_start(project, respondent_id), button)
            .clicked();
    }
    ui.add_space(48.0);
    // While the leave confirmation is open, the PIN field is its own.
    settings_strip(ui, t, project, lock, !asking_to_leave, actions);
    start
}

/// The facilitator's survey settings: order, layout, importance, language, one undo step each;
/// and the PIN that locks them. Once locked, only the PIN field shows.
fn settings_strip(
    ui: &mut egui::Ui,
    t: &Texts,
    project: &Project,
    lock: &mut KioskLock,
    pin_field: bool,
    actions: &mut Actions,
) {
    let current = *project.survey();
    let mut next = current;
    egui::CollapsingHeader::new(t.survey.settings_heading)
        .id_salt("survey_settings")
        .show(ui, |ui| {
            if !lock.is_open() {
                if pin_field {
                    lock.show(ui, t, BODY_SIZE * 0.7);
                }
                return;
            }
            egui::Grid::new("survey_settings_grid")
                .num_columns(2)
                .spacing([16.0, 8.0])
                .show(ui, |ui| {
                    ui.label(t.survey.order_label);
                    ui.horizontal(|ui| {
                        ui.radio_value(&mut next.order, FeatureOrder::Fixed, t.survey.order_fixed);
                        ui.radio_value(
                            &mut next.order,
                            FeatureOrder::Random,
                            t.survey.order_random,
                        );
                    });
                    ui.end_row();
                    ui.label(t.survey.layout_label);
                    ui.horizontal(|ui| {
                        ui.radio_value(&mut next.layout, PageLayout::Pair, t.survey.layout_pair);
                        ui.radio_value(
                            &mut next.layout,
                            PageLayout::Single,
                            t.survey.layout_single,
                        );
                    });
                    ui.end_row();
                    ui.label("");
                    let scale = project.importance_scale();
                    let ask = crate::i18n::fill(
                        t.survey.ask_importance,
                        &[("min", &scale.min()), ("max", &scale.max())],
                    );
                    ui.checkbox(&mut next.importance, ask);
                    ui.end_row();
                    ui.label(t.survey.language_label);
                    ui.horizontal(|ui| {
                        for lang in Lang::ALL {
                            ui.radio_value(&mut next.language, lang, lang.native_name());
                        }
                    });
                    ui.end_row();
                });
            ui.add_space(8.0);
            if pin_field {
                lock.show(ui, t, BODY_SIZE * 0.7);
            }
        });
    if next != current {
        actions.edit(Edit::SetSurvey(next), t.survey.step_settings);
    }
}
