//! The analysis settings strip of the Results and Plots tabs: which evaluation table, which
//! category rule, where the quadrant lines stand.
//!
//! These are part of the project (saved in its file), so every change is pushed as one
//! `Edit::SetAnalysis` and can be undone. This strip never changes the project itself.

use super::view::Studio;
use crate::kano::{Analysis, EvaluationTable, QuadrantLines, Rule};
use eframe::egui;

/// Shows the three settings on one line (wrapping when the window is narrow).
pub fn show(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    let (t, r) = (studio.t, &studio.t.results);
    let current = *studio.project.analysis();
    let mut changed: Option<(Analysis, &'static str)> = None;

    ui.horizontal_wrapped(|ui| {
        ui.strong(r.analysis);
        ui.separator();

        let table = choice(
            ui,
            ("analysis_table", t.method.evaluation_table, r.table_tip),
            current.table,
            &EvaluationTable::ALL,
            |v| t.method.table(v),
            |v| match v {
                EvaluationTable::Standard => r.table_standard_tip,
                EvaluationTable::Pouliot => r.table_pouliot_tip,
            },
        );
        if let Some(table) = table {
            changed = Some((Analysis { table, ..current }, r.step_table));
        }

        let rule = choice(
            ui,
            ("analysis_rule", t.method.rule, r.rule_tip),
            current.rule,
            &Rule::ALL,
            |v| t.method.rule(v),
            |v| match v {
                Rule::Max => r.rule_max_tip,
                Rule::Strength => r.rule_strength_tip,
                Rule::Oam => r.rule_oam_tip,
            },
        );
        if let Some(rule) = rule {
            changed = Some((Analysis { rule, ..current }, r.step_rule));
        }

        let quadrant = choice(
            ui,
            ("analysis_quadrant", t.method.quadrant_lines, r.quadrant_tip),
            current.quadrant,
            &QuadrantLines::ALL,
            |v| t.method.quadrant(v),
            |v| match v {
                QuadrantLines::Fixed => r.quadrant_fixed_tip,
                QuadrantLines::Mean => r.quadrant_mean_tip,
            },
        );
        if let Some(quadrant) = quadrant {
            changed = Some((
                Analysis {
                    quadrant,
                    ..current
                },
                r.step_quadrant,
            ));
        }
    });

    if let Some((analysis, label)) = changed
        && analysis != current
    {
        studio
            .actions
            .edit(crate::project::Edit::SetAnalysis(analysis), label);
    }
}

/// A labelled combo box over `options`; returns the option picked this frame, if any.
fn choice<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    (id_salt, label, tip): (&'static str, &'static str, &'static str),
    current: T,
    options: &[T],
    name: impl Fn(T) -> &'static str,
    option_tip: impl Fn(T) -> &'static str,
) -> Option<T> {
    let label = ui.label(label).on_hover_text(tip);
    let mut picked = None;
    let combo = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(name(current))
        .show_ui(ui, |ui| {
            for &option in options {
                if ui
                    .selectable_label(option == current, name(option))
                    .on_hover_text(option_tip(option))
                    .clicked()
                {
                    picked = Some(option);
                }
            }
        });
    combo.response.labelled_by(label.id).on_hover_text(tip);
    ui.add_space(8.0);
    picked
}
