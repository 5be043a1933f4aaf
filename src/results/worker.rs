//! The worker thread for the slow parts of the results: each feature's category confidence (a
//! bootstrap) and the test of whether compared segments differ (possibly permutations). It is
//! given copies of the counts of one results revision, works through them off the UI thread, and
//! sends the answer back by message, then wakes the window.
//!
//! It never touches the document and never blocks the sender: a newer request of a kind
//! supersedes one of that kind still waiting, and an answer for a superseded request is
//! recognised by its key and dropped by the receiver.

use super::cache::{ComparisonKey, ResultsKey};
use super::uncertainty::{Engine, FeatureSegments, SegmentTest};
use crate::kano::{CategoryCounts, Rule};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::thread::JoinHandle;
use std::time::Duration;

/// What the worker is asked.
#[derive(Clone, Debug)]
pub enum Request {
    /// The confidence of each feature's category.
    Confidence {
        /// Which results these are.
        key: ResultsKey,
        /// The rule in force.
        rule: Rule,
        /// Per feature, in project order: its counts and its seed.
        features: Vec<(CategoryCounts, u64)>,
    },
    /// Whether the segments compared differ, per feature.
    Comparison {
        /// Which comparison this is.
        key: ComparisonKey,
        /// Per feature, in project order: its counts in each segment, and its seed.
        features: Vec<FeatureSegments>,
    },
}

impl Request {
    fn is_confidence(&self) -> bool {
        matches!(self, Self::Confidence { .. })
    }
}

/// What the worker answers.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// Per feature, in project order.
    Confidence {
        /// The results the answer belongs to.
        key: ResultsKey,
        /// Each feature's category confidence.
        values: Vec<Option<f64>>,
    },
    /// Per feature, in project order.
    Comparison {
        /// The comparison the answer belongs to.
        key: ComparisonKey,
        /// Each feature's test.
        tests: Vec<SegmentTest>,
    },
}

/// Something that wakes the window when an answer is ready (`ctx.request_repaint()`).
pub type Wake = Box<dyn Fn() + Send>;

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
    /// Starts a worker that computes with `engine` and calls `wake` after each answer. `None`
    /// when the system refuses a thread: the results then show no confidence and no p.
    pub fn start(engine: Engine, wake: Wake) -> Option<Self> {
        let (request_tx, request_rx) = mpsc::channel::<Request>();
        let (answer_tx, answer_rx) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("results-uncertainty".into())
            .spawn(move || serve(&request_rx, &answer_tx, engine, &wake))
            .ok()?;
        Some(Self {
            requests: Some(request_tx),
            answers: answer_rx,
            thread: Some(thread),
        })
    }

    /// Asks for `request`; returns at once.
    pub fn ask(&self, request: Request) {
        if let Some(requests) = &self.requests {
            // A worker that has stopped leaves the figures empty; nothing else depends on them.
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

    /// Waits up to `timeout` for the next answer (on its mailbox, not by polling); `None` when
    /// none came in time or the worker has stopped. For screenshots and tests, which want the
    /// finished figures: a window never waits on its worker.
    pub fn wait(&self, timeout: Duration) -> Option<Answer> {
        self.answers.recv_timeout(timeout).ok()
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        // Closing the request mailbox ends the worker's loop once the request in hand is done.
        self.requests = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve(requests: &Receiver<Request>, answers: &Sender<Answer>, engine: Engine, wake: &Wake) {
    while let Ok(first) = requests.recv() {
        // Only the newest request of each kind matters: older ones describe revisions gone.
        let (mut confidence, mut comparison) = (None, None);
        for request in std::iter::once(first).chain(std::iter::from_fn(|| requests.try_recv().ok()))
        {
            if request.is_confidence() {
                confidence = Some(request);
            } else {
                comparison = Some(request);
            }
        }
        for request in [confidence, comparison].into_iter().flatten() {
            if answers.send(work(request, engine)).is_err() {
                return;
            }
            wake();
        }
    }
}

fn work(request: Request, engine: Engine) -> Answer {
    match request {
        Request::Confidence {
            key,
            rule,
            features,
        } => Answer::Confidence {
            key,
            // On every core; each feature's figure depends only on its own counts and seed.
            values: crate::kano::confidence::each_in_parallel(&features, |(counts, seed)| {
                (engine.confidence)(counts, rule, *seed)
            }),
        },
        Request::Comparison { key, features } => Answer::Comparison {
            key,
            tests: (engine.compare)(&features),
        },
    }
}
