//! The live room's panel beside the workshop slides: before the room opens, the network and
//! the optional segment question; while it is open, the QR code, the short URL and the count
//! of phones joined and finished, large enough to read from the back of the room.
//!
//! Must never: open or close the room itself (it pushes [`Action::OpenRoom`] and
//! [`Action::CloseRoom`]; the app owns the room), or change the project.

use super::action::{Action, Actions};
use super::theme::projector;
use crate::i18n::{Texts, fill};
use crate::room::net::Interface;
use eframe::egui::{self, RichText};
use std::net::IpAddr;

/// What the facilitator chose before opening the room.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RoomSetup {
    /// The address phones reach the room at (the interface it listens on).
    pub address: Option<IpAddr>,
    /// "Which line do you use?": asked on the phones, the answer becomes the segment.
    pub segment_question: String,
}

/// What the panel shows.
#[derive(Debug)]
pub enum RoomPanel<'a> {
    /// The room is about to open.
    Setup {
        /// The choices so far.
        setup: &'a mut RoomSetup,
        /// This computer's addresses, the likeliest first.
        interfaces: &'a [Interface],
    },
    /// The room is open.
    Open {
        /// The URL phones open.
        url: &'a str,
        /// The URL as a QR code.
        qr: egui::TextureId,
        /// Phones that loaded the survey.
        joined: usize,
        /// Respondents added.
        finished: usize,
        /// The segment question asked, if any.
        segment_question: &'a str,
    },
}

/// Draws the panel.
pub fn show(ui: &mut egui::Ui, t: &Texts, panel: RoomPanel<'_>, actions: &mut Actions) {
    let r = &t.room;
    match panel {
        RoomPanel::Setup { setup, interfaces } => {
            ui.heading(r.open_room);
            ui.add_space(8.0);
            let network = ui.label(r.room_network);
            let selected = setup
                .address
                .and_then(|a| interfaces.iter().find(|i| i.address == a))
                .map(Interface::label)
                .unwrap_or_default();
            egui::ComboBox::from_id_salt("room_network")
                .selected_text(selected)
                .width(ui.available_width())
                .show_ui(ui, |ui| {
                    for interface in interfaces {
                        ui.selectable_value(
                            &mut setup.address,
                            Some(interface.address),
                            interface.label(),
                        );
                    }
                })
                .response
                .labelled_by(network.id);
            if interfaces.iter().all(|i| i.address.is_loopback()) {
                ui.label(RichText::new(r.room_no_network).color(projector::WEAK_INK));
            }
            ui.add_space(8.0);
            let question = ui.label(r.room_segment_question);
            ui.add(
                egui::TextEdit::singleline(&mut setup.segment_question)
                    .hint_text(r.room_segment_hint)
                    .char_limit(200)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(question.id);
            ui.add_space(12.0);
            ui.horizontal(|ui| {
                let open = ui.add_enabled(setup.address.is_some(), egui::Button::new(r.open_room));
                if open.clicked() {
                    actions.push(Action::OpenRoom(setup.clone()));
                }
                if ui.button(r.close_room).clicked() {
                    actions.push(Action::CloseRoom);
                }
            });
        }
        RoomPanel::Open {
            url,
            qr,
            joined,
            finished,
            segment_question,
        } => {
            ui.vertical_centered(|ui| {
                ui.label(
                    RichText::new(r.room_title)
                        .size(projector::TITLE_SIZE)
                        .strong(),
                );
                ui.label(r.room_scan);
                ui.add_space(6.0);
                let side = ui
                    .available_width()
                    .min(ui.available_height() * 0.6)
                    .max(120.0);
                ui.add(
                    egui::Image::new((qr, egui::vec2(side, side)))
                        .texture_options(egui::TextureOptions::NEAREST),
                );
                ui.add_space(6.0);
                ui.label(RichText::new(url).monospace().size(projector::META_SIZE));
                ui.add_space(6.0);
                let counts = fill(
                    r.room_counts,
                    &[("joined", &joined), ("finished", &finished)],
                );
                ui.label(RichText::new(counts).size(projector::META_SIZE).strong());
                if !segment_question.is_empty() {
                    ui.label(segment_question);
                }
                ui.add_space(10.0);
                if ui.button(r.close_room).clicked() {
                    actions.push(Action::CloseRoom);
                }
            });
        }
    }
}
