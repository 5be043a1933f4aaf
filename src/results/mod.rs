//! ONE results model: every feature's figures under an analysis setting, for the respondents a
//! segment filter selects, with how sure each figure is. The table, the plots, the slides, the
//! CLI and the exports all read it.
//!
//! The figures ([`Results`]) come from the document's live tallies in O(features); the studio
//! keeps them in a [`ResultsCache`] that recomputes them once per document revision, never per
//! frame, and has the slow part (category confidence, a bootstrap) done on a [`worker`] thread
//! whose answer arrives by message.
//!
//! This module must never draw, touch files or dialogs, or block a frame on a slow computation;
//! every figure it holds comes from `kano` (through [`uncertainty`] for intervals and confidence).

mod cache;
pub mod comparison;
mod model;
pub mod overview;
pub mod uncertainty;
pub mod worker;

pub use cache::{ComparisonKey, ResultsCache, ResultsKey};
pub use comparison::{Comparison, FeatureComparison, compare};
pub use model::{FeatureResult, Results};
pub use overview::{GroupResult, Overview, by_group, overview};
pub use uncertainty::Interval;
