//! The Kano engine: answers, the evaluation tables, tallies and the statistics derived from them.
//!
//! This module is pure. It knows nothing of the screen, the disk or the clock: no egui, no eframe,
//! no rfd, no `std::fs`, no `std::time`. It cannot fail except on arguments its types rule out.
//! Every figure that the UI, the CLI or an export shows comes from here, so that they always agree.
//!
//! The data flow is: answer pairs -> [`Tally`] (counts of the 25 answer pairs, updated in O(1))
//! -> [`FeatureStats`] (counts per category, the category by the chosen [`Rule`], Better/Worse,
//! strengths, Fong's test, continuous means) for one [`Analysis`] setting.
//!
//! How sure the figures are: [`interval`] (Wilson 95% intervals of Better and Worse),
//! [`confidence`] (the category's share of seeded bootstrap resamples) and [`compare`] (do
//! segments differ: chi-square or a seeded permutation test, Benjamini–Hochberg). Randomness
//! enters only through a seed the caller passes ([`seed_for`]), so results repeat exactly, on one
//! core or many (`confidence::each_in_parallel` is the one place that starts threads).

mod answer;
mod binomial;
mod category;
mod chi_square;
pub mod compare;
pub mod confidence;
pub mod interval;
mod seed;
#[cfg(test)]
mod simulation_tests;
mod stats;
mod table;
mod tally;
mod uncertainty;

pub use answer::{Answer, Importance, ImportanceError, Side};
pub use category::{Category, CategoryCounts};
pub use chi_square::chi_square_upper_tail;
pub use compare::{FeatureComparison, FeatureSegments, HomogeneityTest, TestMethod};
pub use interval::{CoefficientIntervals, Interval};
pub use seed::seed_for;
pub use stats::{
    Analysis, Coefficients, Continuous, FeatureStats, FongTest, Quadrant, QuadrantLines, Rule,
    ScaleSummary, Strength, mean_coefficients,
};
pub use table::EvaluationTable;
pub use tally::{AnswerPair, Response, Tally};
pub use uncertainty::Uncertainty;
