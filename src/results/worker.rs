//! The worker thread for the slow part of the results: each feature's category confidence (a
//! bootstrap). It is given the category counts of one results revision, works through them off
//! the UI thread, and sends the answer back by message, then wakes the window.
//!
//! It never touches the document (it receives copies of the counts) and never blocks the sender:
//! a newer request supersedes one still waiting, and an answer for a superseded request is
//! recognised by its key and dropped by the receiver.

use super::cache::ResultsKey;
use super::uncertainty::ConfidenceFn;
use crate::kano::{CategoryCounts, Rule};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::thread::JoinHandle;

/// What the worker is asked: the confidence of each feature's category.
#[derive(Clone, Debug)]
pub struct Request {
    /// Which results these are.
    pub key: ResultsKey,
    /// The rule in force.
    pub rule: Rule,
    /// The features' category counts, in project order.
    pub counts: Vec<CategoryCounts>,
}

/// What the worker answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// The results the answer belongs to.
    pub key: ResultsKey,
    /// Per feature, in project order.
    pub category_confidence: Vec<Option<f64>>,
}

/// Something that wakes the window when an answer is ready (`ctx.request_repaint()`).
pub type Wake = Box<dyn Fn() + Send>;

/// The seed every feature's resampling starts from, so every run agrees (KANO_METHOD.md).
pub const SEED: u64 = 0x4b61_6e6f;

/// A worker thread and the two ends of its mailboxes.
pub struct Worker {
    requests: Option<Sender<Request>>,
    answers: Receiver<Answer>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Worker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Worker").finish_non_exhaustive()
    }
}

impl Worker {
    /// Starts a worker that computes confidence with `confidence` and calls `wake` after each
    /// answer. `None` when the system refuses a thread: the results then show no confidence.
    pub fn start(confidence: ConfidenceFn, wake: Wake) -> Option<Self> {
        let (request_tx, request_rx) = mpsc::channel::<Request>();
        let (answer_tx, answer_rx) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("results-confidence".into())
            .spawn(move || serve(&request_rx, &answer_tx, confidence, &wake))
            .ok()?;
        Some(Self {
            requests: Some(request_tx),
            answers: answer_rx,
            thread: Some(thread),
        })
    }

    /// Asks for the confidence of `request`'s features; returns at once.
    pub fn ask(&self, request: Request) {
        if let Some(requests) = &self.requests {
            // A worker that has stopped leaves the confidence empty; nothing else depends on it.
            let _ = requests.send(request);
        }
    }

    /// The answers that arrived since the last call, oldest first.
    pub fn answers(&self) -> Vec<Answer> {
        let mut answers = Vec::new();
        loop {
            match self.answers.try_recv() {
                Ok(answer) => answers.push(answer),
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => return answers,
            }
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        // Closing the request mailbox ends the worker's loop; it finishes the feature in hand.
        self.requests = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve(
    requests: &Receiver<Request>,
    answers: &Sender<Answer>,
    confidence: ConfidenceFn,
    wake: &Wake,
) {
    while let Ok(mut request) = requests.recv() {
        // Only the newest request matters: the older ones describe revisions already gone.
        while let Ok(newer) = requests.try_recv() {
            request = newer;
        }
        let category_confidence = request
            .counts
            .iter()
            .enumerate()
            .map(|(i, counts)| confidence(counts, request.rule, SEED.wrapping_add(i as u64)))
            .collect();
        let answer = Answer {
            key: request.key,
            category_confidence,
        };
        if answers.send(answer).is_err() {
            return;
        }
        wake();
    }
}
