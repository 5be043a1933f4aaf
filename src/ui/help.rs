//! The Help window: a short Kano primer (the evaluation table read from the engine, what each
//! category means for a decision), the keyboard shortcuts generated from [`Command`], and
//! templates for wording a feature's question pair.
//!
//! Must never: hold a second copy of the evaluation table or of a shortcut; both are read from
//! where the studio uses them.

use super::action::Command;
use crate::i18n::{Texts, fill};
use crate::kano::{Answer, Category, EvaluationTable};
use eframe::egui;

/// A page of the Help window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HelpPage {
    /// The Kano primer.
    #[default]
    Primer,
    /// Keyboard shortcuts.
    Shortcuts,
    /// Question-pair wording templates.
    Wording,
}

impl HelpPage {
    /// Every page, in the window's order.
    pub const ALL: [Self; 3] = [Self::Primer, Self::Shortcuts, Self::Wording];

    /// The page's name.
    pub fn label(self, t: &Texts) -> &'static str {
        match self {
            Self::Primer => t.help.primer,
            Self::Shortcuts => t.help.shortcuts,
            Self::Wording => t.help.wording,
        }
    }
}

/// Every command with a shortcut, and the shortcut as the platform writes it ("Ctrl+S").
pub fn shortcut_list(ctx: &egui::Context) -> Vec<(Command, String)> {
    Command::ALL
        .into_iter()
        .filter_map(|command| {
            let shortcuts: Vec<String> = [command.shortcut(), command.alternative_shortcut()]
                .into_iter()
                .flatten()
                .map(|s| ctx.format_shortcut(&s))
                .collect();
            (!shortcuts.is_empty()).then(|| (command, shortcuts.join(", ")))
        })
        .collect()
}

/// Draws the Help window on `page`; returns false once the person closes it.
pub fn show(ctx: &egui::Context, t: &Texts, page: &mut HelpPage) -> bool {
    let h = &t.help;
    let max_height = (ctx.content_rect().height() - 160.0).max(240.0);
    let response = egui::Modal::new(egui::Id::unique("help")).show(ctx, |ui| {
        ui.set_width(720.0_f32.min(ctx.content_rect().width() - 64.0));
        ui.horizontal(|ui| {
            ui.heading(h.title);
            ui.add_space(12.0);
            for each in HelpPage::ALL {
                ui.selectable_value(page, each, each.label(t));
            }
        });
        ui.separator();
        egui::ScrollArea::vertical()
            .max_height(max_height)
            .auto_shrink([false, true])
            .show(ui, |ui| match page {
                HelpPage::Primer => primer(ui, t),
                HelpPage::Shortcuts => shortcuts(ui, t),
                HelpPage::Wording => wording(ui, t),
            });
        ui.separator();
        ui.button(h.close).clicked()
    });
    !(response.inner || response.should_close())
}

fn primer(ui: &mut egui::Ui, t: &Texts) {
    let h = &t.help;
    let m = &t.method;
    ui.label(h.primer_intro);
    ui.add_space(6.0);
    ui.label(h.table_intro);
    ui.add_space(4.0);
    egui::Grid::new("help_evaluation_table")
        .striped(true)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            ui.strong(h.table_corner);
            for dysfunctional in Answer::ALL {
                ui.strong(m.answer(dysfunctional));
            }
            ui.end_row();
            for (functional, row) in Answer::ALL.iter().zip(EvaluationTable::Standard.cells()) {
                ui.strong(m.answer(*functional));
                for category in row {
                    ui.label(category.letter())
                        .on_hover_text(t.category(*category));
                }
                ui.end_row();
            }
        });
    ui.add_space(8.0);
    ui.strong(h.decisions);
    for category in Category::ALL {
        ui.horizontal_wrapped(|ui| {
            ui.strong(fill(
                h.category_heading,
                &[
                    ("letter", &category.letter()),
                    ("name", &t.category(category)),
                    ("meaning", &t.category_explained(category)),
                ],
            ));
            ui.label(h.decision(category));
        });
    }
    ui.add_space(6.0);
    ui.label(h.better_worse);
}

fn shortcuts(ui: &mut egui::Ui, t: &Texts) {
    let h = &t.help;
    ui.strong(h.commands);
    let list = shortcut_list(ui.ctx());
    egui::Grid::new("help_shortcuts")
        .striped(true)
        .spacing([24.0, 4.0])
        .show(ui, |ui| {
            for (command, keys) in list {
                ui.label(command.label(t)).on_hover_text(command.tooltip(t));
                ui.monospace(keys);
                ui.end_row();
            }
        });
    for (title, text) in [
        (h.grid_keys, h.grid_keys_text),
        (h.features_keys, h.features_keys_text),
        (h.survey_keys, h.survey_keys_text),
    ] {
        ui.add_space(8.0);
        ui.strong(title);
        ui.label(text);
    }
}

fn wording(ui: &mut egui::Ui, t: &Texts) {
    let h = &t.help;
    ui.label(h.wording_intro);
    let example = h.example_feature;
    for (title, functional, dysfunctional) in [
        (
            h.template_plain,
            t.features.functional_template,
            t.features.dysfunctional_template,
        ),
        (h.template_level, h.template_level_f, h.template_level_d),
    ] {
        let title = t.with_categories(title);
        ui.add_space(8.0);
        ui.strong(&title);
        egui::Grid::new(("help_wording", &title))
            .spacing([12.0, 4.0])
            .show(ui, |ui| {
                let slot = [("name", &h.template_slot as &dyn std::fmt::Display)];
                ui.label(h.wording_functional);
                ui.label(fill(functional, &slot));
                ui.end_row();
                ui.label(h.wording_dysfunctional);
                ui.label(fill(dysfunctional, &slot));
                ui.end_row();
                ui.label(h.wording_example);
                ui.label(fill(functional, &[("name", &example)]));
                ui.end_row();
                ui.label("");
                ui.label(fill(dysfunctional, &[("name", &example)]));
                ui.end_row();
            });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shortcut_list_is_every_command_with_a_shortcut() {
        let ctx = egui::Context::default();
        let list = shortcut_list(&ctx);
        let with_shortcut = Command::ALL
            .iter()
            .filter(|c| c.shortcut().is_some())
            .count();
        assert_eq!(list.len(), with_shortcut);
        let redo = list.iter().find(|(c, _)| *c == Command::Redo);
        // Redo has two: Ctrl+Shift+Z and Ctrl+Y.
        assert!(
            redo.is_some_and(|(_, keys)| keys.contains(", ")),
            "{redo:?}"
        );
    }
}
