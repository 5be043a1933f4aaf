//! The results of a project: every feature's statistics under one analysis setting, over all
//! respondents or one segment, read from the live tallies in O(features), with the 95% intervals
//! of Better and Worse. Category confidence is left empty here: it is slow, and a [`super::worker`]
//! fills it in.

use super::uncertainty::{self, Interval};
use crate::kano::{Analysis, FeatureStats, QuadrantLines, Tally, mean_coefficients};
use crate::project::{Project, SegmentFilter};

/// One feature's statistics, with its position in the project and how sure they are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FeatureResult {
    /// Position of the feature in [`Project::features`].
    pub index: usize,
    /// Its statistics.
    pub stats: FeatureStats,
    /// The 95% interval of Better; `None` where Better is.
    pub better_ci: Option<Interval>,
    /// The 95% interval of Worse (negative, like Worse); `None` where Worse is.
    pub worse_ci: Option<Interval>,
    /// The share (0..1) of resamples that give the feature the same category; `None` while it is
    /// being computed, or where there is no category.
    pub category_confidence: Option<f64>,
}

/// The results of a whole project.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// The analysis setting they were computed under.
    pub analysis: Analysis,
    /// Respondents considered.
    pub respondents: usize,
    /// One entry per feature, in project order.
    pub features: Vec<FeatureResult>,
    /// Where the Better–Worse quadrant lines stand: (|Worse|, Better).
    pub quadrant_lines: (f64, f64),
}

/// The results are computed here rather than in `project`, which only keeps the tallies they
/// are read from: one results model, one place.
impl Project {
    /// The results under `analysis` for the respondents `filter` selects.
    pub fn results(&self, analysis: &Analysis, filter: &SegmentFilter) -> Results {
        let tallies = self.tallies();
        let (respondents, tallies): (usize, &[Tally]) = match filter {
            SegmentFilter::All => (self.respondents().len(), tallies.all()),
            SegmentFilter::Only(segment) => (
                tallies.segment_size(segment),
                tallies.segment(segment).unwrap_or(&[]),
            ),
        };
        let features: Vec<FeatureResult> = (0..self.features().len())
            .map(|index| {
                let stats = tallies
                    .get(index)
                    .map(|t| FeatureStats::from_tally(t, analysis))
                    .unwrap_or_else(|| FeatureStats::from_tally(&Tally::new(), analysis));
                let (better_ci, worse_ci) = uncertainty::coefficient_intervals(&stats.counts);
                FeatureResult {
                    index,
                    stats,
                    better_ci,
                    worse_ci,
                    category_confidence: None,
                }
            })
            .collect();
        let quadrant_lines = match analysis.quadrant {
            QuadrantLines::Fixed => (0.5, 0.5),
            QuadrantLines::Mean => {
                mean_coefficients(features.iter().filter_map(|f| f.stats.coefficients))
                    .unwrap_or((0.5, 0.5))
            }
        };
        Results {
            analysis: *analysis,
            respondents,
            features,
            quadrant_lines,
        }
    }

    /// The results under the project's own analysis settings, over everybody.
    pub fn current_results(&self) -> Results {
        self.results(self.analysis(), &SegmentFilter::All)
    }
}
