//! Everything a person can ask the studio for. Panels push [`Action`]s; the app runs them once
//! the frame is drawn. [`Command`]s are the named ones: each carries its menu label, tooltip and
//! keyboard shortcut, so menus, shortcuts and the command list all come from one place.

use crate::i18n::{Lang, Texts};
use crate::project::{Edit, MergeKey};
use eframe::egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

/// A named command, reachable from a menu and, for most, a keyboard shortcut.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    /// Start a new, empty project.
    New,
    /// Open a project file.
    Open,
    /// Save the project to its file.
    Save,
    /// Save the project to a new file.
    SaveAs,
    /// Read a survey platform's export (CSV, Excel) into a new project.
    Import,
    /// Write a report, the results table, a plot or the questionnaire to a file.
    Export,
    /// Close the window.
    Quit,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Add a feature after the selected one.
    AddFeature,
    /// Add a respondent.
    AddRespondent,
    /// Show the Features tab.
    ShowFeatures,
    /// Show the Responses tab.
    ShowResponses,
    /// Show the Results tab.
    ShowResults,
    /// Show the Plots tab.
    ShowPlots,
    /// Show the moments-of-truth map.
    ShowMap,
    /// Hand the window to respondents: the survey, full window.
    TakeSurvey,
    /// Present the results to a room: workshop mode, full screen.
    Present,
    /// Let the room answer on their phones: workshop mode with the room's QR code.
    OpenRoom,
    /// Switch between the light and the dark theme.
    ToggleTheme,
    /// Show what Kanoscope is and how to read the method.
    About,
    /// Help: a short primer on the Kano model.
    HelpPrimer,
    /// Help: every keyboard shortcut.
    HelpShortcuts,
    /// Help: templates for wording question pairs.
    HelpWording,
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Self; 24] = [
        Self::New,
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::Import,
        Self::Export,
        Self::Quit,
        Self::Undo,
        Self::Redo,
        Self::AddFeature,
        Self::AddRespondent,
        Self::ShowFeatures,
        Self::ShowResponses,
        Self::ShowResults,
        Self::ShowPlots,
        Self::ShowMap,
        Self::TakeSurvey,
        Self::Present,
        Self::OpenRoom,
        Self::ToggleTheme,
        Self::HelpPrimer,
        Self::HelpShortcuts,
        Self::HelpWording,
        Self::About,
    ];

    /// The text in menus and on buttons.
    pub fn label(self, t: &Texts) -> &'static str {
        let m = &t.menu;
        match self {
            Self::New => m.new,
            Self::Open => m.open,
            Self::Save => m.save,
            Self::SaveAs => m.save_as,
            Self::Import => m.import,
            Self::Export => m.export,
            Self::Quit => m.quit,
            Self::Undo => m.undo,
            Self::Redo => m.redo,
            Self::AddFeature => m.add_feature,
            Self::AddRespondent => m.add_respondent,
            Self::ShowFeatures => m.features,
            Self::ShowResponses => m.responses,
            Self::ShowResults => m.results,
            Self::ShowPlots => m.plots,
            Self::ShowMap => m.map,
            Self::TakeSurvey => m.take_survey,
            Self::Present => m.present,
            Self::OpenRoom => t.room.open_room,
            Self::ToggleTheme => m.dark_theme,
            Self::About => m.about,
            Self::HelpPrimer => t.help.primer,
            Self::HelpShortcuts => t.help.shortcuts,
            Self::HelpWording => t.help.wording,
        }
    }

    /// A sentence shown on hover.
    pub fn tooltip(self, t: &Texts) -> &'static str {
        let m = &t.menu;
        match self {
            Self::New => m.new_tip,
            Self::Open => m.open_tip,
            Self::Save => m.save_tip,
            Self::SaveAs => m.save_as_tip,
            Self::Import => m.import_tip,
            Self::Export => m.export_tip,
            Self::Quit => m.quit_tip,
            Self::Undo => m.undo_tip,
            Self::Redo => m.redo_tip,
            Self::AddFeature => m.add_feature_tip,
            Self::AddRespondent => m.add_respondent_tip,
            Self::ShowFeatures => m.features_tip,
            Self::ShowResponses => m.responses_tip,
            Self::ShowResults => m.results_tip,
            Self::ShowPlots => m.plots_tip,
            Self::ShowMap => m.map_tip,
            Self::TakeSurvey => m.take_survey_tip,
            Self::Present => m.present_tip,
            Self::OpenRoom => t.room.open_room_tip,
            Self::ToggleTheme => m.dark_theme_tip,
            Self::About => m.about_tip,
            Self::HelpPrimer => t.help.primer_tip,
            Self::HelpShortcuts => t.help.shortcuts_tip,
            Self::HelpWording => t.help.wording_tip,
        }
    }

    /// The keyboard shortcut, if the command has one.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let cmd = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND, key));
        let cmd_shift = |key| {
            Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                key,
            ))
        };
        match self {
            Self::New => cmd(Key::N),
            Self::Open => cmd(Key::O),
            Self::Save => cmd(Key::S),
            Self::SaveAs => cmd_shift(Key::S),
            Self::Import => cmd(Key::I),
            Self::Export => cmd(Key::E),
            Self::Quit => cmd(Key::Q),
            Self::Undo => cmd(Key::Z),
            Self::Redo => cmd_shift(Key::Z),
            Self::AddFeature => cmd_shift(Key::F),
            Self::AddRespondent => cmd_shift(Key::R),
            Self::ShowFeatures => cmd(Key::Num1),
            Self::ShowResponses => cmd(Key::Num2),
            Self::ShowResults => cmd(Key::Num3),
            Self::ShowPlots => cmd(Key::Num4),
            Self::ShowMap => cmd(Key::Num5),
            Self::TakeSurvey => cmd_shift(Key::T),
            Self::Present => Some(KeyboardShortcut::new(Modifiers::NONE, Key::F11)),
            Self::OpenRoom => cmd_shift(Key::L),
            Self::HelpPrimer => Some(KeyboardShortcut::new(Modifiers::NONE, Key::F1)),
            Self::ToggleTheme | Self::About | Self::HelpShortcuts | Self::HelpWording => None,
        }
    }

    /// Other shortcuts that also run the command (Ctrl+Y for redo, as on Windows).
    pub fn alternative_shortcut(self) -> Option<KeyboardShortcut> {
        match self {
            Self::Redo => Some(KeyboardShortcut::new(Modifiers::COMMAND, Key::Y)),
            _ => None,
        }
    }
}

/// One request from the person, run by the app after the frame is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A named command.
    Command(Command),
    /// Change the project. `label` names the step in the Edit menu; edits with the same `merge`
    /// key in a row undo as one step (typing into one field).
    Edit {
        /// The change.
        edit: Edit,
        /// "Rename feature", "Set answer", ...
        label: String,
        /// Merge with the previous edit of the same key.
        merge: Option<MergeKey>,
    },
    /// End the current run of merged edits (a text field lost focus).
    SealHistory,
    /// Open this project file (a recent file, a dropped file).
    OpenPath(PathBuf),
    /// Open the import dialog on this survey export (a dropped CSV or spreadsheet).
    ImportPath(PathBuf),
    /// Open the import dialog on a table pasted from a spreadsheet.
    ImportPasted(String),
    /// Open the export dialog with this plot chosen (a plot's own Export… button).
    ExportPlot(crate::export::Plot),
    /// Show the studio in this language.
    SetLanguage(Lang),
    /// Name the categories with Kano's words or plain ones.
    SetCategoryNames(crate::i18n::CategoryNames),
    /// Leave survey or workshop mode and return to the studio.
    LeaveMode,
    /// Write the recovery copy now, if there are changes it lacks (a survey respondent finished).
    WriteRecoveryCopy,
    /// Open the live room on the chosen network address, with the facilitator's segment question.
    OpenRoom(crate::ui::room_panel::RoomSetup),
    /// Close the live room (or its set-up).
    CloseRoom,
}

/// The actions a frame collects.
#[derive(Debug, Default)]
pub struct Actions(Vec<Action>);

impl Actions {
    /// Asks for an action.
    pub fn push(&mut self, action: Action) {
        self.0.push(action);
    }

    /// Asks for a command.
    pub fn command(&mut self, command: Command) {
        self.0.push(Action::Command(command));
    }

    /// Asks for an edit that undoes as a step of its own.
    pub fn edit(&mut self, edit: Edit, label: impl Into<String>) {
        self.0.push(Action::Edit {
            edit,
            label: label.into(),
            merge: None,
        });
    }

    /// Asks for an edit that merges with the previous one of the same key (typing in a field).
    pub fn typing(&mut self, edit: Edit, label: impl Into<String>, key: impl Into<String>) {
        self.0.push(Action::Edit {
            edit,
            label: label.into(),
            merge: Some(MergeKey(key.into())),
        });
    }

    /// Takes the collected actions, leaving none.
    pub fn take(&mut self) -> Vec<Action> {
        std::mem::take(&mut self.0)
    }

    /// True when nothing was asked for.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_a_label_and_tooltip_in_both_languages() {
        for lang in Lang::ALL {
            for command in Command::ALL {
                assert!(!command.label(lang.texts()).is_empty());
                assert!(!command.tooltip(lang.texts()).is_empty());
            }
        }
    }

    #[test]
    fn shortcuts_are_unique() {
        let mut seen = Vec::new();
        for command in Command::ALL {
            for shortcut in [command.shortcut(), command.alternative_shortcut()]
                .into_iter()
                .flatten()
            {
                assert!(!seen.contains(&shortcut), "{command:?} reuses {shortcut:?}");
                seen.push(shortcut);
            }
        }
    }
}
