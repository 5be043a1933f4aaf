//! The studio's live room: it owns the [`Room`] while it is open, turns each arrival into one
//! Edit (one undo step per respondent), and answers a phone only once the recovery copy (or the
//! saved file) holds its respondent. Closing the room, leaving workshop mode or closing the app
//! ends the server and releases the port.
//!
//! Must never: answer `201` for a respondent that exists only in memory, block a frame on the
//! network or on a copy being written on a worker, or keep the room open behind the studio.

use super::{Mode, StudioApp};
use crate::i18n::fill;
use crate::room::net::{self, Interface};
use crate::room::qr::QrModules;
use crate::room::{Arrival, Outcome, Plan, Room, RoomOptions, RoomSurvey, SAVE_SPACING};
use crate::ui::room_panel::{RoomPanel, RoomSetup};
use crate::ui::{Actions, present::PresentScreen};
use eframe::egui;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Modules of quiet zone around the QR code, as the standard asks.
const QUIET_ZONE: usize = 4;

/// The live room of the studio: being set up, or open.
pub enum LiveRoom {
    /// The facilitator picks the network and the segment question.
    Setup {
        /// The choices.
        setup: RoomSetup,
        /// This computer's addresses.
        interfaces: Vec<Interface>,
    },
    /// The room is open.
    Open(Box<OpenRoom>),
}

impl std::fmt::Debug for LiveRoom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Setup { setup, .. } => f.debug_tuple("Setup").field(setup).finish(),
            Self::Open(open) => f.debug_tuple("Open").field(&open.room).finish(),
        }
    }
}

/// An open room and the phones waiting for their respondent to be kept.
pub struct OpenRoom {
    room: Room,
    qr: egui::TextureHandle,
    segment_question: String,
    /// Phones to answer once the document at this revision is on disk.
    waiting: Vec<(Arrival, Outcome, u64)>,
    last_copy: Option<Instant>,
}

impl OpenRoom {
    /// The room's URL.
    pub fn url(&self) -> &str {
        self.room.url()
    }

    /// Phones joined and finished.
    pub fn counts(&self) -> &crate::room::Counts {
        self.room.counts()
    }
}

impl LiveRoom {
    /// The set-up, with the LAN address chosen.
    pub fn setup() -> Self {
        let interfaces = net::interfaces();
        Self::Setup {
            setup: RoomSetup {
                address: interfaces.first().map(|i| i.address),
                segment_question: String::new(),
            },
            interfaces,
        }
    }
}

impl StudioApp {
    /// The live room, if it is open or being set up.
    pub fn live_room(&self) -> Option<&LiveRoom> {
        self.room.as_ref()
    }

    /// Shows the room's set-up in workshop mode (View ▸ Open the room).
    pub(super) fn start_room_setup(&mut self, ctx: &egui::Context) {
        if !matches!(self.mode, Mode::Present(_)) {
            self.mode = Mode::Present(PresentScreen::enter(ctx));
        }
        if self.room.is_none() {
            self.room = Some(LiveRoom::setup());
        }
    }

    /// Opens the room as set up.
    pub(super) fn open_room(&mut self, ctx: &egui::Context, setup: &RoomSetup) {
        let t = self.texts();
        let Some(address) = setup.address else {
            return;
        };
        let project = self.document.project();
        let question = setup.segment_question.trim();
        let survey = RoomSurvey::new(
            project,
            project.survey().language,
            (!question.is_empty()).then_some(question),
        );
        let wake_ctx = ctx.clone();
        let opened = Room::open(
            RoomOptions {
                bind: address,
                port: 0,
                survey,
            },
            Arc::new(move || wake_ctx.request_repaint()),
        );
        let room = match opened {
            Ok(room) => room,
            Err(error) => {
                self.notify_error(fill(t.room.room_open_failed, &[("error", &error)]));
                return;
            }
        };
        let qr = match QrModules::new(room.url()) {
            Ok(qr) => qr,
            Err(error) => {
                self.notify_error(fill(t.room.room_open_failed, &[("error", &error)]));
                return;
            }
        };
        let qr = ctx.load_texture("room-qr", qr_image(&qr), egui::TextureOptions::NEAREST);
        self.room = Some(LiveRoom::Open(Box::new(OpenRoom {
            room,
            qr,
            segment_question: question.to_owned(),
            waiting: Vec::new(),
            last_copy: None,
        })));
    }

    /// Closes the room (or its set-up); phones still waiting are told to try again.
    pub(super) fn close_room(&mut self) {
        if let Some(LiveRoom::Open(open)) = self.room.take() {
            let OpenRoom { room, waiting, .. } = *open;
            drop(waiting);
            room.close();
        }
    }

    /// Each frame: takes the arrivals into the document and answers the phones whose
    /// respondents are kept.
    pub(super) fn serve_room(&mut self, ctx: &egui::Context) {
        let t = self.texts();
        let Some(LiveRoom::Open(open)) = &mut self.room else {
            return;
        };
        while let Some(arrival) = open.room.try_arrival() {
            let outcome = match arrival.submission.plan(self.document.project()) {
                Plan::AlreadyIn(id) => Outcome::AlreadyIn(id),
                Plan::Refuse(refusal) => Outcome::Refused(refusal.0),
                Plan::Add(edit) => {
                    let id = arrival.submission.respondent_id();
                    let label = fill(t.room.step_room, &[("id", &id)]);
                    match self.document.apply(edit, label, None) {
                        Ok(()) => Outcome::Added(id),
                        Err(error) => Outcome::Refused(error.to_string()),
                    }
                }
            };
            match outcome {
                Outcome::Refused(_) => arrival.answer(outcome),
                kept => open.waiting.push((arrival, kept, self.document.revision())),
            }
        }
        if open.waiting.is_empty() {
            return;
        }
        let now = Instant::now();
        let Some(autosave) = &mut self.autosave else {
            // Without a recovery folder nothing can be kept before answering: the phones retry.
            for (arrival, _, _) in open.waiting.drain(..) {
                arrival.answer(Outcome::NotSaved(
                    "the studio has no folder for recovery copies".to_owned(),
                ));
            }
            return;
        };
        let due = open.last_copy.is_none_or(|t| now >= t + SAVE_SPACING);
        let mut failure = None;
        if due {
            if let crate::app::Tick::Failed(f) = autosave.write_soon(&self.document, now) {
                failure = Some(f);
            }
            open.last_copy = Some(now);
        }
        let clean = !self.document.is_dirty();
        let (ready, still): (Vec<_>, Vec<_>) = open
            .waiting
            .drain(..)
            .partition(|(_, _, revision)| clean || autosave.holds(*revision));
        open.waiting = still;
        for (arrival, outcome, _) in ready {
            arrival.answer(outcome);
        }
        if let Some(failure) = failure {
            for (arrival, _, _) in open.waiting.drain(..) {
                arrival.answer(Outcome::NotSaved(failure.error.to_string()));
            }
            let error = crate::ui::error_text::copy_failure(t, &failure);
            self.notify_error(fill(t.room.room_not_saved, &[("error", &error)]));
        } else if !open.waiting.is_empty() {
            ctx.request_repaint_after(Duration::from_millis(20));
        }
    }
}

/// The room's panel beside the slides, when a room is open or being set up.
pub(super) fn show_room_panel(
    ui: &mut egui::Ui,
    t: &crate::i18n::Texts,
    room: &mut LiveRoom,
    actions: &mut Actions,
) {
    let width = (ui.available_width() * 0.34).max(260.0);
    egui::Panel::right("room_panel")
        .resizable(false)
        .exact_size(width)
        .show(ui, |ui| {
            let panel = match room {
                LiveRoom::Setup { setup, interfaces } => RoomPanel::Setup {
                    setup,
                    interfaces: interfaces.as_slice(),
                },
                LiveRoom::Open(open) => RoomPanel::Open {
                    url: open.room.url(),
                    qr: open.qr.id(),
                    joined: open.room.counts().joined(),
                    finished: open.room.counts().finished(),
                    segment_question: &open.segment_question,
                },
            };
            crate::ui::room_panel::show(ui, t, panel, actions);
        });
}

/// The QR code as a black-on-white image, one pixel per module, with its quiet zone.
fn qr_image(qr: &QrModules) -> egui::ColorImage {
    let side = qr.width + 2 * QUIET_ZONE;
    let mut pixels = vec![egui::Color32::WHITE; side * side];
    for y in 0..qr.width {
        for x in 0..qr.width {
            if qr.is_dark(x, y) {
                pixels[(y + QUIET_ZONE) * side + x + QUIET_ZONE] = egui::Color32::BLACK;
            }
        }
    }
    egui::ColorImage::new([side, side], pixels)
}
