//! What the studio says to the person outside the panels: notices, the "Save changes?" prompt,
//! the About box and the window title. Nothing here changes the project.

use super::loading::Loading;
use super::modal::Modal;
use super::{Notice, Pending, StudioApp};
use crate::i18n::fill;
use crate::io;
use crate::version::{COMMIT, VERSION};
use eframe::egui;

impl StudioApp {
    pub(super) fn notify(&mut self, text: impl Into<String>) {
        self.notices.push(Notice {
            text: text.into(),
            is_error: false,
        });
        // Informational notices do not pile up: keep the latest few.
        if self.notices.len() > 4 {
            self.notices.remove(0);
        }
    }

    pub(super) fn notify_error(&mut self, text: impl Into<String>) {
        self.notices.push(Notice {
            text: text.into(),
            is_error: true,
        });
    }

    pub(super) fn show_notices(&mut self, ui: &mut egui::Ui) {
        let t = self.texts();
        let mut dismissed = None;
        for (i, notice) in self.notices.iter().enumerate() {
            ui.horizontal(|ui| {
                if ui.small_button("×").on_hover_text(t.app.dismiss).clicked() {
                    dismissed = Some(i);
                }
                if notice.is_error {
                    ui.colored_label(ui.visuals().error_fg_color, &notice.text);
                } else {
                    ui.label(&notice.text);
                }
            });
        }
        if let Some(i) = dismissed {
            self.notices.remove(i);
        }
    }

    /// "Save changes?" before `pending`: Save saves (asking where if the project has no file
    /// yet) and then goes on; Discard goes on; Cancel goes back to where the question came from.
    pub(super) fn show_prompt(&mut self, ctx: &egui::Context, pending: Pending) {
        let t = self.texts();
        let question = match &pending {
            Pending::New => t.app.save_changes_before_new,
            Pending::Open | Pending::OpenPath(_) | Pending::Import(_) | Pending::Restore { .. } => {
                t.app.save_changes_before_open
            }
            Pending::Quit => t.app.save_changes_before_quit,
        };
        let question = fill(question, &[("name", &self.document.title_in(t))]);
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("save_changes_prompt")).show(ctx, |ui| {
            ui.set_max_width(420.0);
            ui.heading(t.app.save_changes_title);
            ui.label(question);
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(t.app.save_button).clicked() {
                    choice = Some(PromptChoice::Save);
                }
                if ui.button(t.app.discard_button).clicked() {
                    choice = Some(PromptChoice::Discard);
                }
                if ui.button(t.app.cancel_button).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    choice = Some(PromptChoice::Cancel);
                }
            });
        });
        match choice {
            Some(PromptChoice::Save) => self.save(ctx, Some(pending)),
            Some(PromptChoice::Discard) => self.proceed(ctx, pending),
            Some(PromptChoice::Cancel) => self.cancel_pending(pending),
            None => self.open_modal(Modal::SaveChanges(pending)),
        }
    }

    /// What was waiting does not happen; the dialog it came from (an import being checked, the
    /// recovery offer) shows again.
    pub(super) fn cancel_pending(&mut self, pending: Pending) {
        match pending {
            Pending::Import(importing) => self.open_modal(Modal::Import(importing)),
            Pending::Restore { copy, rest } => {
                let mut offer = rest.unwrap_or_else(|| super::recovery::Offer::new(Vec::new()));
                offer.put_back(*copy);
                self.open_modal(Modal::RecoveryOffer(offer));
            }
            Pending::New | Pending::Open | Pending::OpenPath(_) | Pending::Quit => {}
        }
    }

    pub(super) fn show_about(&mut self, ctx: &egui::Context) {
        let t = self.texts();
        let response = egui::Modal::new(egui::Id::unique("about")).show(ctx, |ui| {
            ui.set_max_width(480.0);
            ui.horizontal(|ui| {
                if let Some(icon) = super::desktop::icon_texture(ui.ctx()) {
                    let size = egui::vec2(48.0, 48.0);
                    ui.add(egui::Image::from_texture((icon.id(), size)).alt_text("Kanoscope"));
                }
                ui.heading("Kanoscope");
            });
            ui.label(fill(
                t.app.version,
                &[("version", &VERSION), ("commit", &COMMIT)],
            ));
            ui.label(t.app.about_text);
            ui.add_space(6.0);
            ui.label(t.with_categories(t.app.about_categories));
            ui.label(t.app.about_formulas);
            ui.add_space(6.0);
            ui.button(t.app.close_button).clicked()
        });
        if !(response.inner || response.should_close()) {
            self.open_modal(Modal::About);
        }
    }

    pub(super) fn update_title(&mut self, ctx: &egui::Context) {
        let title = format!(
            "{}{} — Kanoscope",
            if self.document.is_dirty() { "● " } else { "" },
            self.document.display_name_in(self.texts())
        );
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

enum PromptChoice {
    Save,
    Discard,
    Cancel,
}

impl StudioApp {
    /// The progress of a file being opened on a worker thread, with Cancel.
    /// Cancel stops waiting (the worker's result is dropped) and brings back the dialog it
    /// covered, if any.
    pub(super) fn show_loading(
        &mut self,
        ctx: &egui::Context,
        loading: Box<Loading>,
        under: Option<Box<Modal>>,
    ) {
        let t = self.texts();
        let name = loading
            .path()
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let progress = loading.progress();
        let mut cancel = false;
        egui::Modal::new(egui::Id::unique("loading")).show(ctx, |ui| {
            ui.set_min_width(380.0);
            ui.heading(fill(t.safety.loading_title, &[("name", &name)]));
            ui.add_space(6.0);
            match progress {
                io::Progress::Reading { done, total } => {
                    let fraction = progress.fraction().unwrap_or(0.0);
                    ui.add(egui::ProgressBar::new(fraction).show_percentage());
                    ui.label(fill(
                        t.safety.loading_reading,
                        &[("done", &megabytes(done)), ("total", &megabytes(total))],
                    ));
                }
                io::Progress::Checking => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(t.safety.loading_checking);
                    });
                }
            }
            ui.add_space(6.0);
            if ui
                .button(t.app.cancel_button)
                .on_hover_text(t.safety.loading_cancel_tip)
                .clicked()
                || ui.input(|i| i.key_pressed(egui::Key::Escape))
            {
                cancel = true;
            }
        });
        self.modal = if cancel {
            under.map(|modal| *modal)
        } else {
            Some(Modal::Loading(loading, under))
        };
    }
}

/// "12.4 MB".
fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
}
