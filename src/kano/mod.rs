//! The Kano engine: answers, the evaluation tables, tallies and the statistics derived from them.
//!
//! This module is pure. It knows nothing of the screen, the disk or the clock: no egui, no eframe,
//! no rfd, no `std::fs`, no `std::time`. It cannot fail except on arguments its types rule out.
//! Every figure that the UI, the CLI or an export shows comes from here, so that they always agree.
//!
//! The data flow is: answer pairs -> [`Tally`] (counts of the 25 answer pairs, updated in O(1))
//! -> [`FeatureStats`] (counts per category, the category by the chosen [`Rule`], Better/Worse,
//! strengths, Fong's test, continuous means) for one [`Analysis`] setting.

mod answer;
mod category;
mod stats;
mod table;
mod tally;

pub use answer::{Answer, Importance, ImportanceError, Side};
pub use category::{Category, CategoryCounts};
pub use stats::{
    Analysis, Coefficients, Continuous, FeatureStats, FongTest, Quadrant, QuadrantLines, Rule,
    ScaleSummary, Strength, mean_coefficients,
};
pub use table::EvaluationTable;
pub use tally::{AnswerPair, Response, Tally};
