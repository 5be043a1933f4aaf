//! The live room: phones on the local network answer the survey at once (FORMATS.md "The live
//! room"). An HTTP server on its own thread serves the phone page, the survey JSON and
//! submissions under a secret join token; [`qr`] draws the URL for the projector.
//!
//! The room never touches the document. A checked submission reaches the document's owner (the
//! studio's app, or the headless loop of `kanoscope room`) as an [`Arrival`]; the owner turns it
//! into an Edit with [`Submission::plan`], saves, and only then [`Arrival::answer`]s, which sends
//! the phone its `201`. A phone that retries gets `200` with the same respondent.
//!
//! Must never: serve anything but the three room paths under the token, read more than
//! [`BODY_LIMIT`] bytes of a body, let slow or many clients hold the room, or bind a port while no
//! room is open (the port is released when the [`Room`] is closed or dropped).

pub mod net;
pub mod qr;
mod server;
mod submission;
mod survey;
mod token;

pub use server::{Room, RoomError, RoomOptions};
pub use submission::{BODY_LIMIT, Plan, RESPONDENT_PREFIX, Refusal, SUBMISSION_LEN, Submission};
pub use survey::{Catalogue, RoomSurvey, importance_range};
pub use token::Token;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// Saves of a room's submissions are at least this far apart: those that arrive meanwhile are
/// saved together, so that a submission's cost does not grow with the project's size.
pub const SAVE_SPACING: Duration = Duration::from_millis(150);

/// A checked submission waiting for the document's owner.
#[derive(Debug)]
pub struct Arrival {
    /// What the phone sent.
    pub submission: Submission,
    reply: tokio::sync::oneshot::Sender<Outcome>,
}

impl Arrival {
    /// A submission with the way to answer it.
    pub(crate) fn new(submission: Submission) -> (Self, tokio::sync::oneshot::Receiver<Outcome>) {
        let (reply, answer) = tokio::sync::oneshot::channel();
        (Self { submission, reply }, answer)
    }

    /// Answers the phone. Call it only once the outcome is true on disk: [`Outcome::Added`]
    /// after the save that holds the respondent.
    pub fn answer(self, outcome: Outcome) {
        // The phone may have gone away (its connection timed out); it will retry and be told
        // `200` then, so there is nobody to tell now.
        let _ = self.reply.send(outcome);
    }
}

/// What became of a submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A new respondent with this id, saved: `201`.
    Added(String),
    /// The submission was already in as this respondent: `200`.
    AlreadyIn(String),
    /// It does not fit the project (any more): `400`.
    Refused(String),
    /// It could not be saved; nothing is kept and the phone should try again: `503`.
    NotSaved(String),
}

/// How many phones have joined (loaded the survey) and finished (were added) in this room.
#[derive(Debug, Default)]
pub struct Counts {
    joined: AtomicUsize,
    finished: AtomicUsize,
}

impl Counts {
    /// Phones that loaded the survey (each phone once).
    pub fn joined(&self) -> usize {
        self.joined.load(Ordering::Relaxed)
    }

    /// Respondents added by this room.
    pub fn finished(&self) -> usize {
        self.finished.load(Ordering::Relaxed)
    }

    pub(crate) fn join(&self) {
        self.joined.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn finish(&self) {
        self.finished.fetch_add(1, Ordering::Relaxed);
    }
}
