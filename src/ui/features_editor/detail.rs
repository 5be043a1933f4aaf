//! The selected feature's texts: name, id, touchpoint, SERVQUAL dimension, the question pair and
//! notes, each checked as it is typed, with the feature's current result on top.
//!
//! Typing into a field is one undo step per field (a merge key per feature and field, sealed
//! when the field loses focus). At most one edit is pushed per frame, built from a copy of the
//! feature, so that two changes in one frame cannot overwrite each other. An id the project
//! would refuse is never pushed: it waits in the view's [`IdDraft`] with a message beside it.

use super::changes::{follow_name, id_problem, question_pair};
use super::summary::summary;
use super::{FeatureEditorState, IdDraft};
use crate::i18n::{Texts, fill};
use crate::kano::{Category, FeatureStats};
use crate::project::{Dimension, Edit, Feature};
use crate::ui::action::Action;
use crate::ui::group_names;
use crate::ui::theme::{Chip, category_color};
use crate::ui::view::Studio;
use eframe::egui::{self, Id, ScrollArea, TextEdit, text::CCursorRange};

/// The undo step a change belongs to.
struct Step {
    label: &'static str,
    /// Typing merges keystrokes of one field into one step; a button press is a step of its own.
    merge: Option<String>,
}

/// What the form did this frame.
#[derive(Default)]
struct FormOutcome {
    step: Option<Step>,
    /// A text field lost focus: end its run of merged keystrokes.
    seal: bool,
}

impl FormOutcome {
    fn typing(&mut self, label: &'static str, index: usize, field: &str) {
        self.step = Some(Step {
            label,
            merge: Some(format!("feature:{index}:{field}")),
        });
    }

    fn step(&mut self, label: &'static str) {
        self.step = Some(Step { label, merge: None });
    }

    /// Notes what a text field's response says.
    fn field(&mut self, response: &egui::Response, label: &'static str, index: usize, key: &str) {
        if response.changed() {
            self.typing(label, index, key);
        }
        self.seal |= response.lost_focus();
    }
}

/// Widest the form grows: longer lines are hard to read, on a laptop or a projector.
const FORM_MAX_WIDTH: f32 = 760.0;

/// Shows the editor for the feature at `index`.
pub fn show(ui: &mut egui::Ui, studio: &mut Studio<'_>, index: usize) {
    let project = studio.project;
    let Some(feature) = project.features().get(index) else {
        return;
    };
    let mut draft = feature.clone();
    let mut outcome = FormOutcome::default();
    ScrollArea::vertical()
        .id_salt("feature_detail")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(FORM_MAX_WIDTH));
            let stats = studio.results.features.get(index).map(|r| r.stats);
            result_line(ui, studio.t, stats.as_ref());
            ui.add_space(8.0);
            form(ui, studio, index, &mut draft, &mut outcome);
            ui.add_space(12.0);
            if let Some(stats) = stats {
                result_details(ui, studio.t, &stats);
            }
        });
    follow_name(project, studio.t, index, feature, &mut draft);
    if let Some(step) = outcome.step
        && draft != *feature
    {
        let edit = Edit::UpdateFeature {
            index,
            feature: draft,
        };
        match step.merge {
            Some(key) => studio.actions.typing(edit, step.label, key),
            None => studio.actions.edit(edit, step.label),
        }
    }
    if outcome.seal {
        studio.actions.push(Action::SealHistory);
    }
}

fn form(
    ui: &mut egui::Ui,
    studio: &mut Studio<'_>,
    index: usize,
    draft: &mut Feature,
    outcome: &mut FormOutcome,
) {
    let t = studio.t;
    let f = &t.features;
    let wide = ui.available_width();

    let label = ui.label(f.name);
    let name_id = Id::unique("feature_editor_name");
    // Taken only by the feature it is for: an Add clicked this frame is applied after it, and
    // the new feature's form, drawn next frame, takes the focus.
    if studio.view.feature_editor.focus_name == Some(index) {
        studio.view.feature_editor.focus_name = None;
        // A new feature's name is selected, so that typing replaces "New feature".
        let mut state = TextEdit::load_state(ui.ctx(), name_id).unwrap_or_default();
        state
            .cursor
            .set_char_range(Some(CCursorRange::select_all_str(&draft.name)));
        TextEdit::store_state(ui.ctx(), name_id, state);
        ui.memory_mut(|m| m.request_focus(name_id));
    }
    let response = ui
        .add(
            TextEdit::singleline(&mut draft.name)
                .char_limit(crate::io::text_limits::MAX_NAME_CHARS)
                .id(name_id)
                .hint_text(f.name_hint)
                .desired_width(wide),
        )
        .labelled_by(label.id);
    outcome.field(&response, f.step_rename, index, "name");
    if draft.name.trim().is_empty() {
        error(ui, f.name_empty);
    }
    ui.add_space(6.0);

    id_field(ui, studio, index, draft, outcome);
    ui.add_space(6.0);

    touchpoint_field(ui, studio, index, draft, outcome);
    ui.add_space(6.0);
    dimension_field(ui, studio, draft, outcome);
    ui.add_space(6.0);

    let m = &t.method;
    for (label, hint, step, key, functional) in [
        (
            m.functional_question,
            f.functional_hint,
            f.step_functional,
            "functional",
            true,
        ),
        (
            m.dysfunctional_question,
            f.dysfunctional_hint,
            f.step_dysfunctional,
            "dysfunctional",
            false,
        ),
    ] {
        let text = if functional {
            &mut draft.functional
        } else {
            &mut draft.dysfunctional
        };
        let label = ui.label(label);
        let response = ui
            .add(
                TextEdit::multiline(text)
                    .char_limit(crate::io::text_limits::MAX_NAME_CHARS)
                    .id(Id::unique(("feature_editor_question", key)))
                    .hint_text(hint)
                    .desired_rows(2)
                    .desired_width(wide),
            )
            .labelled_by(label.id);
        outcome.field(&response, step, index, key);
        if text.trim().is_empty() {
            warning(ui, f.question_empty);
        }
        ui.add_space(4.0);
    }
    let can_generate = !draft.name.trim().is_empty();
    if ui
        .add_enabled(can_generate, egui::Button::new(f.generate_questions))
        .on_hover_text(f.generate_questions_tip)
        .on_disabled_hover_text(f.name_empty)
        .clicked()
    {
        let (functional, dysfunctional) = question_pair(t, &draft.name);
        draft.functional = functional;
        draft.dysfunctional = dysfunctional;
        outcome.step(f.step_generate);
    }
    ui.add_space(6.0);

    let label = ui.label(f.notes);
    let response = ui
        .add(
            TextEdit::multiline(&mut draft.notes)
                .char_limit(crate::io::text_limits::MAX_NOTES_CHARS)
                .id(Id::unique("feature_editor_notes"))
                .hint_text(f.notes_hint)
                .desired_rows(3)
                .desired_width(wide),
        )
        .labelled_by(label.id);
    outcome.field(&response, f.step_notes, index, "notes");
}

/// The id: applied as typed while it is valid; otherwise kept in the draft, with the reason and
/// a way back to the id in use.
fn id_field(
    ui: &mut egui::Ui,
    studio: &mut Studio<'_>,
    index: usize,
    draft: &mut Feature,
    outcome: &mut FormOutcome,
) {
    let f = &studio.t.features;
    let project = studio.project;
    let kept = draft.id.clone();
    let state: &mut FeatureEditorState = &mut studio.view.feature_editor;
    if state
        .id_draft
        .as_ref()
        .is_some_and(|d| d.index == index && d.kept != kept)
    {
        // The feature changed under the draft (undo, move, delete): the draft no longer applies.
        state.id_draft = None;
    }
    let mut text = match &state.id_draft {
        Some(d) if d.index == index => d.text.clone(),
        _ => kept.clone(),
    };
    let label = ui.label(f.id).on_hover_text(f.id_tip);
    let response = ui
        .horizontal(|ui| {
            let response = ui
                .add(
                    TextEdit::singleline(&mut text)
                        .char_limit(crate::io::text_limits::MAX_NAME_CHARS)
                        .id(Id::unique("feature_editor_id"))
                        .hint_text(f.id_hint)
                        .desired_width(ui.available_width().min(360.0)),
                )
                .labelled_by(label.id);
            let has_draft = state.id_draft.as_ref().is_some_and(|d| d.index == index);
            if has_draft
                && ui
                    .small_button(f.revert_id)
                    .on_hover_text(fill(f.revert_id_tip, &[("kept", &kept)]))
                    .clicked()
            {
                state.id_draft = None;
                text.clone_from(&kept);
            }
            response
        })
        .inner;
    outcome.seal |= response.lost_focus();
    if response.changed() {
        if text == kept || project.check_feature_id(&text, Some(index)).is_err() {
            state.id_draft = (text != kept).then(|| IdDraft {
                index,
                kept: kept.clone(),
                text: text.clone(),
            });
        } else {
            state.id_draft = None;
            draft.id.clone_from(&text);
            outcome.typing(f.step_change_id, index, "id");
        }
    }
    if state.id_draft.as_ref().is_some_and(|d| d.index == index)
        && let Some(problem) = id_problem(project, f, index, &text, &kept)
    {
        error(ui, &problem);
    }
}

/// The touchpoint: typed freely, or picked from those the project already has.
fn touchpoint_field(
    ui: &mut egui::Ui,
    studio: &Studio<'_>,
    index: usize,
    draft: &mut Feature,
    outcome: &mut FormOutcome,
) {
    let f = &studio.t.features;
    let label = ui.label(f.touchpoint);
    ui.horizontal(|ui| {
        let response = ui
            .add(
                TextEdit::singleline(&mut draft.touchpoint)
                    .char_limit(crate::io::text_limits::MAX_NAME_CHARS)
                    .id(Id::unique("feature_editor_touchpoint"))
                    .hint_text(f.touchpoint_hint)
                    .desired_width(ui.available_width().min(360.0)),
            )
            .labelled_by(label.id)
            .on_hover_text(f.touchpoint_none_tip);
        outcome.field(&response, f.step_touchpoint, index, "touchpoint");
        let touchpoints = studio.project.touchpoints();
        ui.add_enabled_ui(!touchpoints.is_empty(), |ui| {
            ui.menu_button(f.touchpoint_pick, |ui| {
                for touchpoint in touchpoints {
                    let current = draft.touchpoint == touchpoint;
                    if ui
                        .add(egui::Button::selectable(current, touchpoint))
                        .clicked()
                    {
                        draft.touchpoint = touchpoint.to_owned();
                        outcome.step(f.step_touchpoint);
                        ui.close();
                    }
                }
            })
            .response
            .on_hover_text(f.touchpoint_pick_tip);
        });
    });
}

/// The SERVQUAL dimension: one of five, or none.
fn dimension_field(
    ui: &mut egui::Ui,
    studio: &Studio<'_>,
    draft: &mut Feature,
    outcome: &mut FormOutcome,
) {
    let t = studio.t;
    let f = &t.features;
    let label = ui.label(f.dimension).on_hover_text(f.dimension_tip);
    let shown = draft
        .dimension
        .map_or(f.no_dimension, |d| group_names::dimension(t, d));
    let before = draft.dimension;
    egui::ComboBox::from_id_salt("feature_editor_dimension")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut draft.dimension, None, f.no_dimension);
            for d in Dimension::ALL {
                ui.selectable_value(&mut draft.dimension, Some(d), group_names::dimension(t, d))
                    .on_hover_text(group_names::dimension_tip(t, d));
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text(f.dimension_tip);
    if draft.dimension != before {
        outcome.step(f.step_dimension);
    }
}

/// The feature's category chip and its result in one line.
fn result_line(ui: &mut egui::Ui, t: &Texts, stats: Option<&FeatureStats>) {
    ui.horizontal(|ui| {
        match stats.and_then(|s| s.category) {
            Some(c) => {
                Chip::category(ui, c).show(ui, t.category(c));
            }
            None => {
                Chip::outlined(ui, "–", ui.visuals().weak_text_color())
                    .show(ui, t.features.no_answers);
            }
        }
        let line = stats.map_or_else(|| t.features.no_answers.to_owned(), |s| summary(t, s));
        ui.strong(line);
        if stats.is_some_and(FeatureStats::is_mixed) {
            Chip::outlined(ui, t.method.mixed, ui.visuals().warn_fg_color)
                .show(ui, t.method.mixed_tooltip);
        }
    });
}

/// Counts per category, in the categories' colours, and what a split audience means.
fn result_details(ui: &mut egui::Ui, t: &Texts, stats: &FeatureStats) {
    if stats.n == 0 {
        return;
    }
    ui.separator();
    ui.label(t.features.current_result);
    ui.horizontal_wrapped(|ui| {
        for c in Category::ALL {
            let n = stats.counts[c];
            let hover = format!("{}: {n}", t.category(c));
            Chip::filled(ui, format!("{} {n}", c.letter()), category_color(c)).show(ui, &hover);
        }
    });
    if stats.is_mixed() {
        warning(ui, t.method.mixed_tooltip);
    }
}

fn error(ui: &mut egui::Ui, text: &str) {
    ui.colored_label(ui.visuals().error_fg_color, text);
}

fn warning(ui: &mut egui::Ui, text: &str) {
    ui.colored_label(ui.visuals().warn_fg_color, text);
}
