//! The results of a project: every feature's statistics under one analysis setting, over all
//! respondents or one segment, read from the live tallies in O(features).

use super::Project;
use crate::kano::{Analysis, FeatureStats, QuadrantLines, Tally, mean_coefficients};

/// Which respondents the results are about.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum SegmentFilter {
    /// Everybody.
    #[default]
    All,
    /// Only respondents in this segment ("" for those without one).
    Only(String),
}

/// One feature's statistics, with its position in the project.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FeatureResult {
    /// Position of the feature in [`Project::features`].
    pub index: usize,
    /// Its statistics.
    pub stats: FeatureStats,
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

impl Project {
    /// The results under `analysis` for the respondents `filter` selects.
    pub fn results(&self, analysis: &Analysis, filter: &SegmentFilter) -> Results {
        let (respondents, tallies): (usize, &[Tally]) = match filter {
            SegmentFilter::All => (self.respondents.len(), self.tallies.all()),
            SegmentFilter::Only(segment) => (
                self.tallies.segment_size(segment),
                self.tallies.segment(segment).unwrap_or(&[]),
            ),
        };
        let features: Vec<FeatureResult> = (0..self.features.len())
            .map(|index| FeatureResult {
                index,
                stats: tallies
                    .get(index)
                    .map(|t| FeatureStats::from_tally(t, analysis))
                    .unwrap_or_else(|| FeatureStats::from_tally(&Tally::new(), analysis)),
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
        self.results(&self.analysis, &SegmentFilter::All)
    }
}
