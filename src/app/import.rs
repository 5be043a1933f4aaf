//! File ▸ Import: a survey platform's export becomes a new, unsaved project. A failed import
//! changes nothing and says which row, column and text.

use super::{Document, StudioApp};
use crate::i18n::fill;
use crate::io;
use crate::ui::{Tab, ViewState};

impl StudioApp {
    /// Imports a survey export as a new, unsaved project. On failure the open project stays.
    pub(super) fn import_path(&mut self, path: &std::path::Path) {
        let t = self.texts();
        let shown = path.display().to_string();
        match io::import::import_file(path, &io::import::ImportOptions::default()) {
            Ok(project) => {
                let text = fill(
                    t.app.imported,
                    &[
                        ("respondents", &project.respondents().len()),
                        ("features", &project.features().len()),
                        ("path", &shown),
                    ],
                );
                self.forget_recovery_copy();
                self.document = Document::unsaved(project);
                self.view = ViewState {
                    tab: Tab::Results,
                    ..ViewState::default()
                };
                self.notices.retain(|n| !n.is_error);
                self.notify(text);
            }
            Err(error) => {
                self.notify_error(fill(
                    t.app.could_not_import,
                    &[
                        ("path", &shown),
                        ("error", &crate::ui::error_text::import_error(t, &error)),
                    ],
                ));
            }
        }
    }
}
