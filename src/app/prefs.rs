//! Preferences kept between runs in eframe's storage: theme, recent files, last tab. Never a
//! document: projects live only in their own files.

use crate::export::ExportChoice;
use crate::i18n::{CategoryNames, Lang};
use crate::ui::Tab;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How many recent files the File menu lists.
pub const RECENT_FILES: usize = 10;

/// The preferences.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// Dark theme instead of light.
    pub dark: bool,
    /// Recently opened or saved project files, newest first.
    pub recent_files: Vec<PathBuf>,
    /// The tab open when the app was closed.
    pub last_tab: Tab,
    /// The interface language; `None` follows the system.
    pub lang: Option<Lang>,
    /// What was last exported, and how: the export dialog starts from it.
    pub export: ExportChoice,
    /// The folder of the last export, where the next one's file dialog starts.
    pub export_folder: Option<PathBuf>,
    /// What answer texts stood for in recent surveys, for their next import; newest first.
    pub import_wordings: Vec<crate::io::import::RememberedWordings>,
    /// Kano's category names or plain ones, in every view, slide and export.
    pub category_names: CategoryNames,
}

impl Preferences {
    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
        self.recent_files.insert(0, path.to_owned());
        self.recent_files.truncate(RECENT_FILES);
    }

    /// Forgets a recent file that no longer opens.
    pub fn forget(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_kept_between_runs() {
        let mut prefs = Preferences::default();
        prefs.remember(Path::new("/work/metro.kano.json"));
        let stored = serde_json::to_string(&prefs).unwrap_or_default();
        let read: Preferences = serde_json::from_str(&stored).unwrap_or_default();
        assert_eq!(read.recent_files, [PathBuf::from("/work/metro.kano.json")]);
        // Preferences from an older version, without the field, read as none.
        let old: Preferences = serde_json::from_str(r#"{"dark": true}"#).unwrap_or_default();
        assert!(old.dark && old.recent_files.is_empty());
        assert_eq!(old.category_names, CategoryNames::Kano);
    }

    #[test]
    fn the_choice_of_category_names_is_kept_between_runs() {
        let prefs = Preferences {
            category_names: CategoryNames::Plain,
            ..Preferences::default()
        };
        let stored = serde_json::to_string(&prefs).unwrap_or_default();
        assert!(stored.contains(r#""category_names":"plain""#), "{stored}");
        let read: Preferences = serde_json::from_str(&stored).unwrap_or_default();
        assert_eq!(read.category_names, CategoryNames::Plain);
    }

    #[test]
    fn recent_files_are_newest_first_unique_and_bounded() {
        let mut prefs = Preferences::default();
        for k in 0..15 {
            prefs.remember(Path::new(&format!("{k}.kano.json")));
        }
        prefs.remember(Path::new("7.kano.json"));
        assert_eq!(prefs.recent_files.len(), RECENT_FILES);
        assert_eq!(prefs.recent_files[0], PathBuf::from("7.kano.json"));
        assert_eq!(
            prefs
                .recent_files
                .iter()
                .filter(|p| p.ends_with("7.kano.json"))
                .count(),
            1
        );
    }
}
