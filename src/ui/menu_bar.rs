//! The menu bar: File, Edit, View, Help, generated from [`Command`]s so that every item shows
//! its shortcut and tooltip.

use super::action::{Action, Actions, Command};
use super::view::{Tab, ViewState};
use crate::i18n::{CategoryNames, Lang, Texts, fill};
use eframe::egui;
use std::path::PathBuf;

/// What the menus need to know beyond the project.
#[derive(Debug, Default)]
pub struct MenuState<'a> {
    /// "Rename feature", if there is something to undo.
    pub undo_label: Option<&'a str>,
    /// The step redo would redo.
    pub redo_label: Option<&'a str>,
    /// Recently opened files, newest first.
    pub recent_files: &'a [PathBuf],
    /// True in the dark theme.
    pub dark: bool,
    /// The interface language.
    pub lang: Lang,
    /// Kano's category names or plain ones.
    pub names: CategoryNames,
}

/// Shows the menu bar.
pub fn show(
    ui: &mut egui::Ui,
    t: &Texts,
    view: &ViewState,
    state: &MenuState<'_>,
    actions: &mut Actions,
) {
    let m = &t.menu;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(m.file, |ui| {
            item(ui, t, Command::New, true, actions);
            item(ui, t, Command::Open, true, actions);
            ui.menu_button(m.open_recent, |ui| {
                if state.recent_files.is_empty() {
                    ui.label(m.no_recent_files);
                }
                for path in state.recent_files {
                    let name = path.file_name().map_or_else(
                        || path.display().to_string(),
                        |n| n.to_string_lossy().into_owned(),
                    );
                    if ui
                        .button(name)
                        .on_hover_text(path.display().to_string())
                        .clicked()
                    {
                        actions.push(Action::OpenPath(path.clone()));
                    }
                }
            });
            ui.separator();
            item(ui, t, Command::Save, true, actions);
            item(ui, t, Command::SaveAs, true, actions);
            ui.separator();
            item(ui, t, Command::Import, true, actions);
            item(ui, t, Command::Export, true, actions);
            ui.separator();
            item(ui, t, Command::Quit, true, actions);
        });
        ui.menu_button(m.edit, |ui| {
            let undo = state
                .undo_label
                .map_or_else(|| m.undo.to_owned(), |l| fill(m.undo_step, &[("step", &l)]));
            labelled_item(
                ui,
                t,
                Command::Undo,
                &undo,
                state.undo_label.is_some(),
                actions,
            );
            let redo = state
                .redo_label
                .map_or_else(|| m.redo.to_owned(), |l| fill(m.redo_step, &[("step", &l)]));
            labelled_item(
                ui,
                t,
                Command::Redo,
                &redo,
                state.redo_label.is_some(),
                actions,
            );
            ui.separator();
            item(ui, t, Command::AddFeature, true, actions);
            item(ui, t, Command::AddRespondent, true, actions);
        });
        ui.menu_button(m.view, |ui| {
            for (tab, command) in [
                (Tab::Features, Command::ShowFeatures),
                (Tab::Responses, Command::ShowResponses),
                (Tab::Results, Command::ShowResults),
                (Tab::Plots, Command::ShowPlots),
                (Tab::Map, Command::ShowMap),
            ] {
                let shortcut = command
                    .shortcut()
                    .map(|s| ui.ctx().format_shortcut(&s))
                    .unwrap_or_default();
                let button = egui::Button::selectable(view.tab == tab, command.label(t))
                    .shortcut_text(shortcut);
                if ui.add(button).on_hover_text(command.tooltip(t)).clicked() {
                    actions.command(command);
                }
            }
            ui.separator();
            item(ui, t, Command::TakeSurvey, true, actions);
            item(ui, t, Command::Present, true, actions);
            item(ui, t, Command::OpenRoom, true, actions);
            ui.separator();
            let mut dark = state.dark;
            if ui
                .checkbox(&mut dark, Command::ToggleTheme.label(t))
                .on_hover_text(Command::ToggleTheme.tooltip(t))
                .clicked()
            {
                actions.command(Command::ToggleTheme);
            }
            ui.menu_button(m.language, |ui| {
                for lang in Lang::ALL {
                    if ui
                        .add(egui::Button::selectable(
                            state.lang == lang,
                            lang.native_name(),
                        ))
                        .clicked()
                    {
                        actions.push(Action::SetLanguage(lang));
                    }
                }
            });
            ui.menu_button(t.method.category_names, |ui| {
                for names in CategoryNames::ALL {
                    if ui
                        .add(egui::Button::selectable(
                            state.names == names,
                            t.method.names_choice(names),
                        ))
                        .on_hover_text(t.method.category_names_tip)
                        .clicked()
                    {
                        actions.push(Action::SetCategoryNames(names));
                    }
                }
            })
            .response
            .on_hover_text(t.method.category_names_tip);
        });
        ui.menu_button(m.help, |ui| {
            item(ui, t, Command::HelpPrimer, true, actions);
            item(ui, t, Command::HelpShortcuts, true, actions);
            item(ui, t, Command::HelpWording, true, actions);
            ui.separator();
            item(ui, t, Command::About, true, actions);
        });
    });
}

fn item(ui: &mut egui::Ui, t: &Texts, command: Command, enabled: bool, actions: &mut Actions) {
    labelled_item(ui, t, command, command.label(t), enabled, actions);
}

fn labelled_item(
    ui: &mut egui::Ui,
    t: &Texts,
    command: Command,
    label: &str,
    enabled: bool,
    actions: &mut Actions,
) {
    let shortcut = command
        .shortcut()
        .map(|s| ui.ctx().format_shortcut(&s))
        .unwrap_or_default();
    let button = egui::Button::new(label).shortcut_text(shortcut);
    if ui
        .add_enabled(enabled, button)
        .on_hover_text(command.tooltip(t))
        .clicked()
    {
        actions.command(command);
    }
}
