//! The studio's own file dialog, shown when the system's cannot be (no xdg portal and no
//! zenity on a minimal Linux desktop, no display server's dialog): a folder's sub-folders and
//! the files of the asked-for kind, a folder field, and for saving a file-name field.
//!
//! Why not a crate: egui-file-dialog 0.15 targets egui 0.36, not 0.37; egui_file 0.29 targets
//! 0.37 but prints its failures to stdout, shows a folder it cannot read as an empty one, and is
//! a free window, where this must be a modal among the studio's others.
//!
//! Must never: write, rename or delete anything (it only lists folders), fail in silence (a
//! folder that cannot be read says why), or list without bound (at most [`MAX_ENTRIES`]).

use super::dialogs::{Direction, FileRequest, home_folder};
use crate::i18n::{DialogTexts, Texts, fill};
use crate::ui::error_text;
use eframe::egui;
use std::path::{Path, PathBuf};

/// A folder lists at most this many entries (folders first).
pub const MAX_ENTRIES: usize = 2000;

/// One line of the listing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The name in the folder.
    pub name: String,
    /// A folder (opens on double click) or a file of the asked-for kind.
    pub kind: EntryKind,
}

/// What an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum EntryKind {
    /// A folder.
    Folder,
    /// A file of the kind asked for.
    File,
}

/// A folder's listing, or why it could not be read.
#[derive(Debug)]
enum Listing {
    Read {
        entries: Vec<Entry>,
        /// More entries than [`MAX_ENTRIES`] were there.
        cut: bool,
    },
    Failed(String),
}

/// The in-app file dialog's state.
#[derive(Debug)]
pub struct FileBrowser {
    request: FileRequest,
    folder: PathBuf,
    /// The folder field, as typed.
    folder_text: String,
    listing: Listing,
    /// The file-name field (saving) or the chosen file's name (opening).
    name: String,
    /// A problem with what was asked for (no name yet, no such folder).
    problem: Option<String>,
}

/// How the in-app dialog ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BrowserAnswer {
    /// This file.
    Chosen(PathBuf),
    /// Closed without choosing.
    Cancelled,
}

impl FileBrowser {
    /// A dialog for `request`, in its start folder (or the home folder).
    pub fn new(request: FileRequest, t: &Texts) -> Self {
        let folder = request
            .start_dir
            .clone()
            .filter(|d| d.is_dir())
            .unwrap_or_else(home_folder);
        let name = request.suggested_name.clone().unwrap_or_default();
        let mut browser = Self {
            request,
            folder_text: String::new(),
            folder: PathBuf::new(),
            listing: Listing::Failed(String::new()),
            name,
            problem: None,
        };
        browser.go_to(folder, t);
        browser
    }

    /// What the dialog asks for.
    pub fn request(&self) -> &FileRequest {
        &self.request
    }

    /// The folder shown.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// The folders and files listed (none if the folder could not be read).
    pub fn entries(&self) -> &[Entry] {
        match &self.listing {
            Listing::Read { entries, .. } => entries,
            Listing::Failed(_) => &[],
        }
    }

    fn go_to(&mut self, folder: PathBuf, t: &Texts) {
        self.listing = list(&folder, &self.request, t);
        self.folder_text = folder.display().to_string();
        self.folder = folder;
        self.problem = None;
    }

    /// Draws the dialog; returns the answer once the person gives one.
    pub fn show(&mut self, ctx: &egui::Context, t: &Texts) -> Option<BrowserAnswer> {
        let d = &t.dialogs;
        let mut answer = None;
        let mut go = None;
        egui::Modal::new(egui::Id::unique("in_app_file_dialog")).show(ctx, |ui| {
            ui.set_width(640.0_f32.min(ctx.content_rect().width() - 48.0));
            ui.heading(&self.request.title);
            ui.label(d.fallback_note);
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let up = ui
                    .add_enabled(self.folder.parent().is_some(), egui::Button::new(d.up))
                    .on_hover_text(d.up_tip);
                if up.clicked() {
                    go = self.folder.parent().map(Path::to_path_buf);
                }
                if ui.button(d.home).on_hover_text(d.home_tip).clicked() {
                    go = Some(home_folder());
                }
                let label = ui.label(d.folder);
                let field = ui
                    .add(
                        egui::TextEdit::singleline(&mut self.folder_text)
                            .desired_width(f32::INFINITY),
                    )
                    .labelled_by(label.id);
                if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    go = Some(PathBuf::from(self.folder_text.trim()));
                }
            });
            ui.label(fill(
                d.showing,
                &[
                    ("filter", &self.request.filter_name),
                    ("extensions", &self.request.extensions.join(", ")),
                ],
            ));
            self.show_listing(ui, d, &mut go, &mut answer);
            if self.request.question.direction() == Direction::Save {
                ui.horizontal(|ui| {
                    let label = ui.label(d.file_name);
                    let field = ui
                        .add(
                            egui::TextEdit::singleline(&mut self.name).desired_width(f32::INFINITY),
                        )
                        .labelled_by(label.id);
                    if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                        answer = self.confirm(t);
                    }
                });
                if let Some(existing) = self.existing_target() {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        fill(d.will_replace, &[("name", &existing)]),
                    );
                }
            }
            if let Some(problem) = &self.problem {
                ui.colored_label(ui.visuals().error_fg_color, problem);
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let confirm = match self.request.question.direction() {
                    Direction::Open => d.open_button,
                    Direction::Save => d.save_button,
                };
                if ui.button(confirm).clicked() {
                    answer = self.confirm(t);
                }
                if ui.button(t.app.cancel_button).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    answer = Some(BrowserAnswer::Cancelled);
                }
            });
        });
        if let Some(folder) = go {
            if folder.is_dir() {
                self.go_to(folder, t);
            } else {
                self.problem = Some(fill(
                    d.no_such_folder,
                    &[("folder", &folder.display().to_string())],
                ));
            }
        }
        answer
    }

    fn show_listing(
        &mut self,
        ui: &mut egui::Ui,
        d: &DialogTexts,
        go: &mut Option<PathBuf>,
        answer: &mut Option<BrowserAnswer>,
    ) {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            egui::ScrollArea::vertical()
                .max_height(280.0)
                .min_scrolled_height(280.0)
                .auto_shrink([false, false])
                .show(ui, |ui| match &self.listing {
                    Listing::Failed(why) => {
                        ui.colored_label(ui.visuals().error_fg_color, why);
                    }
                    Listing::Read { entries, cut } => {
                        if entries.is_empty() {
                            ui.weak(d.nothing_here);
                        }
                        for entry in entries {
                            let label = match entry.kind {
                                EntryKind::Folder => format!("{}/", entry.name),
                                EntryKind::File => entry.name.clone(),
                            };
                            let chosen = entry.kind == EntryKind::File && self.name == entry.name;
                            let row = ui.selectable_label(chosen, label);
                            match entry.kind {
                                EntryKind::Folder if row.double_clicked() || row.clicked() => {
                                    *go = Some(self.folder.join(&entry.name));
                                }
                                EntryKind::File if row.double_clicked() => {
                                    *answer =
                                        Some(BrowserAnswer::Chosen(self.folder.join(&entry.name)));
                                }
                                EntryKind::File if row.clicked() => {
                                    self.name.clone_from(&entry.name)
                                }
                                _ => {}
                            }
                        }
                        if *cut {
                            ui.weak(fill(d.cut, &[("n", &MAX_ENTRIES)]));
                        }
                    }
                });
        });
    }

    /// The file the Open or Save button means, or a problem saying what is missing.
    fn confirm(&mut self, t: &Texts) -> Option<BrowserAnswer> {
        let name = self.name.trim();
        if name.is_empty() {
            self.problem = Some(
                match self.request.question.direction() {
                    Direction::Open => t.dialogs.choose_a_file,
                    Direction::Save => t.dialogs.type_a_name,
                }
                .to_owned(),
            );
            return None;
        }
        let path = self.folder.join(name);
        if self.request.question.direction() == Direction::Open && !path.is_file() {
            self.problem = Some(fill(t.dialogs.no_such_file, &[("name", &name)]));
            return None;
        }
        Some(BrowserAnswer::Chosen(path))
    }

    /// The name typed, when saving would replace a file of that name.
    fn existing_target(&self) -> Option<String> {
        let name = self.name.trim();
        (!name.is_empty() && self.folder.join(name).is_file()).then(|| name.to_owned())
    }
}

/// Lists `folder`: its sub-folders, then the files `request` accepts, each sorted by name;
/// hidden entries (a leading dot) are left out.
fn list(folder: &Path, request: &FileRequest, t: &Texts) -> Listing {
    let read = match std::fs::read_dir(folder) {
        Ok(read) => read,
        Err(error) => {
            return Listing::Failed(fill(
                t.dialogs.could_not_read_folder,
                &[
                    ("folder", &folder.display().to_string()),
                    ("error", &error_text::io_error(t, &error)),
                ],
            ));
        }
    };
    let mut entries = Vec::new();
    let mut cut = false;
    for item in read.flatten() {
        let name = item.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        // A link to a folder counts as a folder: follow it for the question.
        let is_dir = item.path().is_dir();
        let kind = if is_dir {
            EntryKind::Folder
        } else if request.accepts(&name) {
            EntryKind::File
        } else {
            continue;
        };
        if entries.len() == MAX_ENTRIES {
            cut = true;
            break;
        }
        entries.push(Entry { name, kind });
    }
    entries.sort_by_key(|e| (e.kind, e.name.to_lowercase()));
    Listing::Read { entries, cut }
}

#[cfg(test)]
mod tests {
    // A test fails by panicking, so unwrapping is how it reports a broken expectation.
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::app::dialogs::FileQuestion;
    use crate::i18n::Lang;

    fn request(extensions: &[&str], start: &Path) -> FileRequest {
        FileRequest {
            question: FileQuestion::OpenProject,
            title: "Open".to_owned(),
            filter_name: "Kanoscope project".to_owned(),
            extensions: extensions.iter().map(|e| (*e).to_owned()).collect(),
            suggested_name: None,
            start_dir: Some(start.to_owned()),
        }
    }

    #[test]
    fn lists_folders_first_then_the_files_asked_for_without_hidden_ones() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "b.kano.json",
            "A.KANO.JSON",
            "notes.txt",
            ".hidden.kano.json",
        ] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        std::fs::create_dir(dir.path().join("zeta")).unwrap();
        std::fs::create_dir(dir.path().join(".git")).unwrap();
        let browser = FileBrowser::new(request(&["kano.json"], dir.path()), Lang::En.texts());
        let names: Vec<(&str, EntryKind)> = browser
            .entries()
            .iter()
            .map(|e| (e.name.as_str(), e.kind))
            .collect();
        assert_eq!(
            names,
            [
                ("zeta", EntryKind::Folder),
                ("A.KANO.JSON", EntryKind::File),
                ("b.kano.json", EntryKind::File),
            ]
        );
    }

    #[test]
    fn a_folder_that_cannot_be_read_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let t = Lang::En.texts();
        let listing = list(&dir.path().join("gone"), &request(&["csv"], dir.path()), t);
        match listing {
            Listing::Failed(why) => assert!(why.contains("gone"), "{why}"),
            Listing::Read { .. } => panic!("a missing folder was listed"),
        }
    }
}
