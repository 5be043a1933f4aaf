//! The kiosk lock: an optional facilitator PIN, set in the survey settings, that guards those
//! settings and leaving survey mode, so that a respondent at the kiosk cannot change the survey
//! or leave to the studio and every answer in it.
//!
//! The PIN lives only as long as survey mode (never in the project file). Must never: let the
//! settings or Leave act while locked without the PIN, or show the PIN typed.

use crate::i18n::Texts;
use eframe::egui::{self, RichText};

/// PINs have this many characters at least and at most.
pub const PIN_LENGTH: std::ops::RangeInclusive<usize> = 4..=12;

/// Whether survey mode is locked.
#[derive(Debug, Default)]
pub struct KioskLock {
    pin: Option<String>,
    /// What is typed into the PIN field (to set or to check it).
    typed: String,
    /// The PIN was given: settings and leaving are open until the next respondent starts.
    unlocked: bool,
    /// The last PIN tried was wrong.
    wrong: bool,
}

impl KioskLock {
    /// True when a PIN is set.
    pub fn is_locked(&self) -> bool {
        self.pin.is_some()
    }

    /// True when the facilitator may act: no PIN, or the PIN was given.
    pub fn is_open(&self) -> bool {
        self.pin.is_none() || self.unlocked
    }

    /// Locks again (a respondent starts).
    pub fn relock(&mut self) {
        self.unlocked = false;
        self.typed.clear();
        self.wrong = false;
    }

    /// Sets `pin` as the PIN, if it has an allowed length.
    pub fn set_pin(&mut self, pin: &str) -> bool {
        if !PIN_LENGTH.contains(&pin.chars().count()) {
            return false;
        }
        self.pin = Some(pin.to_owned());
        self.relock();
        true
    }

    /// Opens the lock with `pin`; a wrong one is remembered, to say so.
    pub fn unlock(&mut self, pin: &str) -> bool {
        self.unlocked = self.pin.as_deref() == Some(pin);
        self.wrong = !self.unlocked;
        self.typed.clear();
        self.unlocked
    }

    /// The PIN field and its button: to set a PIN while open, to give it while locked.
    /// `size` is the text size (the kiosk's large type in the leave confirmation).
    pub fn show(&mut self, ui: &mut egui::Ui, t: &Texts, size: f32) {
        let s = &t.survey;
        let field = |ui: &mut egui::Ui, typed: &mut String| {
            let label = ui.label(RichText::new(s.pin_label).size(size));
            ui.add(
                egui::TextEdit::singleline(typed)
                    .password(true)
                    .font(egui::FontId::proportional(size))
                    .desired_width(size * 8.0),
            )
            .labelled_by(label.id)
        };
        if self.is_open() && self.pin.is_none() {
            ui.horizontal(|ui| {
                let response = field(ui, &mut self.typed);
                let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let button = ui.button(RichText::new(s.lock_button).size(size));
                if button.clicked() || enter {
                    let typed = std::mem::take(&mut self.typed);
                    self.wrong = !self.set_pin(&typed);
                }
            });
            if self.wrong {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    RichText::new(s.pin_length).size(size),
                );
            } else {
                ui.weak(RichText::new(s.lock_tip).size(size * 0.9));
            }
        } else if !self.is_open() {
            ui.label(RichText::new(s.locked_note).size(size));
            ui.horizontal(|ui| {
                let response = field(ui, &mut self.typed);
                let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if ui
                    .button(RichText::new(s.unlock_button).size(size))
                    .clicked()
                    || enter
                {
                    let typed = std::mem::take(&mut self.typed);
                    self.unlock(&typed);
                }
            });
            if self.wrong {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    RichText::new(s.wrong_pin).size(size),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_guards_until_given_and_locks_again_for_the_next_respondent() {
        let mut lock = KioskLock::default();
        assert!(lock.is_open() && !lock.is_locked());
        assert!(!lock.set_pin("123"), "too short");
        assert!(!lock.set_pin("1234567890123"), "too long");
        assert!(lock.set_pin("2468"));
        assert!(!lock.is_open());
        assert!(!lock.unlock("1357"));
        assert!(!lock.is_open());
        assert!(lock.unlock("2468"));
        assert!(lock.is_open());
        lock.relock();
        assert!(!lock.is_open());
    }
}
