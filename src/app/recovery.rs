//! The studio's side of autosave: the offer, on start, to restore the work a crash left in
//! recovery copies; writing and removing the open document's copy as the frame ends; removing
//! it on a clean exit.
//!
//! Must never: delete a copy without the person asking twice, or replace unsaved work with a
//! restored copy without asking ("Save changes?" comes first).

use super::modal::Modal;
use super::{Document, Pending, StudioApp, autosave::Tick};
use crate::i18n::{Texts, fill, plural};
use crate::io::recovery::{self, RecoveryInfo};
use crate::ui::ViewState;
use crate::ui::error_text;
use eframe::egui;
use std::time::{Duration, Instant, SystemTime};

/// The copies offered for restoring.
#[derive(Debug)]
pub struct Offer {
    copies: Vec<RecoveryInfo>,
    /// The copy whose Delete was clicked once: the second click deletes.
    confirming_delete: Option<usize>,
}

impl Offer {
    /// An offer of `copies`.
    pub fn new(copies: Vec<RecoveryInfo>) -> Self {
        Self {
            copies,
            confirming_delete: None,
        }
    }

    /// The copies on offer.
    pub fn copies(&self) -> &[RecoveryInfo] {
        &self.copies
    }

    /// Offers `copy` again (its restore was cancelled), first.
    pub fn put_back(&mut self, copy: RecoveryInfo) {
        self.copies.insert(0, copy);
        self.confirming_delete = None;
    }
}

enum Choice {
    Restore(usize),
    AskDelete(usize),
    Delete(usize),
    Later,
}

impl StudioApp {
    /// Writes or removes the recovery copy as the document's state asks; reports a failure once.
    pub(super) fn keep_work_safe(&mut self, ctx: &egui::Context) {
        self.poll_loading();
        if ctx.input(|i| {
            i.raw
                .events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(true)))
        }) {
            self.notice_file_changed();
        }
        let Some(autosave) = &mut self.autosave else {
            return;
        };
        match autosave.tick(&self.document, Instant::now()) {
            Tick::Wait(Some(after)) => ctx.request_repaint_after(after),
            Tick::Failed(failure) => {
                let t = self.texts();
                let error = error_text::copy_failure(t, &failure);
                self.notify_error(fill(t.safety.could_not_write_copy, &[("error", &error)]));
            }
            Tick::Wait(None) | Tick::Wrote | Tick::Removed => {}
        }
    }

    /// Back in the window: says so if another program changed the document's file meanwhile
    /// (saving will ask before overwriting it).
    pub(super) fn notice_file_changed(&mut self) {
        let (Some(path), Some(stamp)) = (self.document.path(), self.document.stamp()) else {
            return;
        };
        // The cheap look (size and time) first; the contents only when it says "maybe", and
        // not again for a change already noticed.
        if !crate::io::looks_changed(path, stamp) {
            return;
        }
        let seen = std::fs::metadata(path)
            .ok()
            .map(|m| (m.len(), m.modified().ok()));
        if seen.is_some() && seen == self.disk_change_noticed {
            return;
        }
        if !crate::io::changed_on_disk(path, stamp).unwrap_or(false) {
            return;
        }
        self.disk_change_noticed = seen;
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let t = self.texts();
        self.notify(fill(t.safety.changed_notice, &[("name", &name)]));
    }

    /// Writes the recovery copy now (a survey respondent finished).
    pub(super) fn write_recovery_copy(&mut self) {
        let Some(autosave) = &mut self.autosave else {
            return;
        };
        if let Tick::Failed(failure) = autosave.write_if_changed(&self.document, Instant::now()) {
            let t = self.texts();
            let error = error_text::copy_failure(t, &failure);
            self.notify_error(fill(t.safety.could_not_write_copy, &[("error", &error)]));
        }
    }

    /// The open document is replaced after its changes were saved or discarded.
    pub(super) fn forget_recovery_copy(&mut self) {
        if let Some(autosave) = &mut self.autosave {
            autosave.start_new_document();
        }
    }

    /// The window closes: the copy goes if the work is saved or was knowingly discarded.
    pub fn exit_cleanly(&mut self) {
        if (self.closing || !self.document.is_dirty())
            && let Some(autosave) = &mut self.autosave
        {
            // A copy that cannot be removed is offered again next time: nothing is lost.
            let _ = autosave.remove_copy();
        }
    }

    /// Restores copy `index` of the offer as an unsaved document (after "Save changes?").
    pub(super) fn restore_copy(&mut self, copy: &RecoveryInfo) {
        let t = self.texts();
        match recovery::restore(&copy.file) {
            Ok(project) => {
                let text = fill(
                    t.safety.restored,
                    &[
                        ("title", &project.title()),
                        (
                            "respondents",
                            &plural::respondents(t, project.respondents().len()),
                        ),
                    ],
                );
                self.document = Document::unsaved(project, copy.original.clone());
                if let Some(autosave) = &mut self.autosave {
                    autosave.adopt(copy);
                }
                self.view = ViewState {
                    tab: self.view.tab,
                    ..ViewState::default()
                };
                self.notify(text);
            }
            Err(error) => {
                let error = error_text::load_error(t, &error);
                self.notify_error(fill(t.safety.could_not_restore, &[("error", &error)]));
            }
        }
    }

    pub(super) fn show_recovery_offer(&mut self, ctx: &egui::Context, mut offer: Offer) {
        let t = self.texts();
        let now = SystemTime::now();
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("recovery_offer")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(t.safety.restore_title);
            ui.label(t.safety.restore_intro);
            ui.add_space(6.0);
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    for (i, copy) in offer.copies.iter().enumerate() {
                        ui.separator();
                        show_copy(ui, t, copy, now);
                        ui.horizontal(|ui| {
                            if copy.problem.is_none()
                                && ui
                                    .button(t.safety.restore_button)
                                    .on_hover_text(t.safety.restore_button_tip)
                                    .clicked()
                            {
                                choice = Some(Choice::Restore(i));
                            }
                            if offer.confirming_delete == Some(i) {
                                let delete = egui::Button::new(
                                    egui::RichText::new(t.safety.delete_copy_confirm)
                                        .color(ui.visuals().error_fg_color),
                                );
                                if ui
                                    .add(delete)
                                    .on_hover_text(t.safety.delete_copy_confirm_tip)
                                    .clicked()
                                {
                                    choice = Some(Choice::Delete(i));
                                }
                            } else if ui
                                .button(t.safety.delete_copy_button)
                                .on_hover_text(t.safety.delete_copy_tip)
                                .clicked()
                            {
                                choice = Some(Choice::AskDelete(i));
                            }
                        });
                    }
                });
            ui.separator();
            if ui
                .button(t.safety.decide_later_button)
                .on_hover_text(t.safety.decide_later_tip)
                .clicked()
                || ui.input(|i| i.key_pressed(egui::Key::Escape))
            {
                choice = Some(Choice::Later);
            }
        });
        match choice {
            Some(Choice::Restore(i)) => {
                let copy = offer.copies.remove(i);
                offer.confirming_delete = None;
                let rest = (!offer.copies.is_empty()).then_some(offer);
                self.ask_unless_clean(
                    ctx,
                    Pending::Restore {
                        copy: Box::new(copy),
                        rest,
                    },
                );
            }
            Some(Choice::AskDelete(i)) => {
                offer.confirming_delete = Some(i);
                self.open_modal(Modal::RecoveryOffer(offer));
            }
            Some(Choice::Delete(i)) => {
                let copy = offer.copies.remove(i);
                offer.confirming_delete = None;
                if !offer.copies.is_empty() {
                    self.open_modal(Modal::RecoveryOffer(offer));
                }
                if let Err(error) = recovery::remove(&copy.file) {
                    let file = copy.file.display().to_string();
                    let error = error_text::io_error(t, &error);
                    self.notify_error(fill(
                        t.safety.could_not_delete_copy,
                        &[("file", &file), ("error", &error)],
                    ));
                }
            }
            Some(Choice::Later) => {}
            None => self.open_modal(Modal::RecoveryOffer(offer)),
        }
    }
}

/// One copy: its title, its file, when, how much.
fn show_copy(ui: &mut egui::Ui, t: &Texts, copy: &RecoveryInfo, now: SystemTime) {
    if let Some(problem) = &copy.problem {
        ui.label(copy.file.display().to_string());
        ui.colored_label(
            ui.visuals().error_fg_color,
            fill(
                t.safety.restore_copy_damaged,
                &[("problem", &error_text::recovery_problem(t, problem))],
            ),
        );
        return;
    }
    ui.strong(&copy.title);
    let from = copy.original.as_ref().map_or_else(
        || t.safety.restore_copy_never_saved.to_owned(),
        |p| fill(t.safety.restore_copy_from, &[("file", &p.display())]),
    );
    ui.label(from);
    let when = copy
        .saved_at
        .map(|at| ago(t, now.duration_since(at).unwrap_or_default()))
        .unwrap_or_default();
    ui.label(fill(
        t.safety.restore_copy_facts,
        &[
            ("when", &when),
            ("features", &plural::features(t, copy.features)),
            ("respondents", &plural::respondents(t, copy.respondents)),
        ],
    ));
}

/// "just now", "12 min ago", "3 h ago", "2 days ago".
pub fn ago(t: &Texts, elapsed: Duration) -> String {
    let minutes = elapsed.as_secs() / 60;
    match minutes {
        0 => t.safety.just_now.to_owned(),
        1..=59 => fill(t.safety.minutes_ago, &[("n", &minutes)]),
        60..=2879 => fill(t.safety.hours_ago, &[("n", &(minutes / 60))]),
        _ => plural::counted(
            t,
            t.safety.days_ago_if_one,
            t.safety.days_ago,
            (minutes / 1440) as usize,
        ),
    }
}
