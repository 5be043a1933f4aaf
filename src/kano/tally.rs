//! Per-feature tallies: counts of every answer pair, updated one response at a time in O(1).
//!
//! A tally keeps the 25 cells of the answer-pair matrix and the 11 importance levels (0..=10) rather than
//! counts per category, so that switching the evaluation table, or asking for continuous means,
//! needs no second pass over the answers. Every statistic is derived from it in constant time.

use super::answer::{Answer, Importance, Side};
use super::category::CategoryCounts;
use super::table::EvaluationTable;

/// One respondent's response to one feature. Either side may be unanswered, and so may importance.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Response {
    /// The answer to "If the service had X ...".
    pub functional: Option<Answer>,
    /// The answer to "If the service did not have X ...".
    pub dysfunctional: Option<Answer>,
    /// Self-stated importance, on the project's scale (within 0..=10).
    pub importance: Option<Importance>,
}

/// A complete answer pair: both questions answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AnswerPair {
    /// The functional answer.
    pub functional: Answer,
    /// The dysfunctional answer.
    pub dysfunctional: Answer,
}

impl Response {
    /// A response with both answers and no importance.
    pub const fn pair(functional: Answer, dysfunctional: Answer) -> Self {
        Self {
            functional: Some(functional),
            dysfunctional: Some(dysfunctional),
            importance: None,
        }
    }

    /// The complete pair, if both questions were answered.
    pub fn answer_pair(&self) -> Option<AnswerPair> {
        Some(AnswerPair {
            functional: self.functional?,
            dysfunctional: self.dysfunctional?,
        })
    }

    /// True when nothing at all was answered.
    pub fn is_empty(&self) -> bool {
        self.functional.is_none() && self.dysfunctional.is_none() && self.importance.is_none()
    }

    /// The answer on one side.
    pub fn answer(&self, side: Side) -> Option<Answer> {
        match side {
            Side::Functional => self.functional,
            Side::Dysfunctional => self.dysfunctional,
        }
    }
}

/// How many importance levels a tally counts: 0..=10, every point any scale may use.
pub const IMPORTANCE_LEVELS: usize = Importance::MAX as usize + 1;

/// Counts of the answer pairs and importances given for one feature.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// `pairs[functional][dysfunctional]`, both in [`Answer::ALL`] order.
    pairs: [[u32; 5]; 5],
    /// `importance[k]` counts importance `k` (0..=10, whatever the project's scale).
    importance: [u32; IMPORTANCE_LEVELS],
}

impl Tally {
    /// An empty tally.
    pub const fn new() -> Self {
        Self {
            pairs: [[0; 5]; 5],
            importance: [0; IMPORTANCE_LEVELS],
        }
    }

    /// Tallies many responses.
    pub fn from_responses(responses: impl IntoIterator<Item = Response>) -> Self {
        let mut tally = Self::new();
        for response in responses {
            tally.add(response);
        }
        tally
    }

    /// Counts one response. A response with one side missing counts only its importance.
    #[inline]
    pub fn add(&mut self, response: Response) {
        if let (Some(f), Some(d)) = (response.functional, response.dysfunctional) {
            self.pairs[f.index()][d.index()] += 1;
        }
        if let Some(importance) = response.importance {
            self.importance[usize::from(importance.get())] += 1;
        }
    }

    /// Un-counts one response that was added before.
    ///
    /// Removing a response that was never added would make a count negative; the tally saturates
    /// at zero instead of panicking, and the caller's bookkeeping is what keeps that from happening.
    #[inline]
    pub fn remove(&mut self, response: Response) {
        if let (Some(f), Some(d)) = (response.functional, response.dysfunctional) {
            let cell = &mut self.pairs[f.index()][d.index()];
            *cell = cell.saturating_sub(1);
        }
        if let Some(importance) = response.importance {
            let cell = &mut self.importance[usize::from(importance.get())];
            *cell = cell.saturating_sub(1);
        }
    }

    /// Replaces one response by another: the live update when a respondent changes an answer.
    #[inline]
    pub fn replace(&mut self, old: Response, new: Response) {
        self.remove(old);
        self.add(new);
    }

    /// Adds every count of another tally (for combining segments).
    pub fn merge(&mut self, other: &Self) {
        for (row, other_row) in self.pairs.iter_mut().zip(&other.pairs) {
            for (cell, other_cell) in row.iter_mut().zip(other_row) {
                *cell += other_cell;
            }
        }
        for (cell, other_cell) in self.importance.iter_mut().zip(&other.importance) {
            *cell += other_cell;
        }
    }

    /// How many respondents gave this answer pair.
    pub fn pair_count(&self, functional: Answer, dysfunctional: Answer) -> u32 {
        self.pairs[functional.index()][dysfunctional.index()]
    }

    /// Respondents who answered both questions.
    pub fn answered(&self) -> u32 {
        self.pairs.iter().flatten().sum()
    }

    /// How many respondents gave each importance 0..=10 (index k is importance k).
    pub fn importance_counts(&self) -> &[u32; IMPORTANCE_LEVELS] {
        &self.importance
    }

    /// Counts per category under an evaluation table.
    pub fn counts(&self, table: EvaluationTable) -> CategoryCounts {
        let mut counts = CategoryCounts::default();
        for (f, row) in Answer::ALL.into_iter().zip(&self.pairs) {
            for (d, &count) in Answer::ALL.into_iter().zip(row) {
                counts.0[table.classify(f, d).index()] += count;
            }
        }
        counts
    }

    /// How many complete pairs gave each answer on one side (the row or column sums).
    pub fn answers_on(&self, side: Side) -> [u32; 5] {
        let mut sums = [0; 5];
        for (f, row) in self.pairs.iter().enumerate() {
            for (d, &count) in row.iter().enumerate() {
                match side {
                    Side::Functional => sums[f] += count,
                    Side::Dysfunctional => sums[d] += count,
                }
            }
        }
        sums
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_half_answered_response_counts_only_its_importance() {
        let mut tally = Tally::new();
        tally.add(Response {
            functional: Some(Answer::Like),
            dysfunctional: None,
            importance: Importance::new(7).ok(),
        });
        assert_eq!(tally.answered(), 0);
        assert_eq!(tally.importance_counts()[7], 1);
    }

    #[test]
    fn removing_from_an_empty_tally_saturates() {
        let mut tally = Tally::new();
        tally.remove(Response::pair(Answer::Like, Answer::Dislike));
        assert_eq!(tally, Tally::new());
    }

    #[test]
    fn merge_adds_counts() {
        let one = Tally::from_responses([Response::pair(Answer::Like, Answer::Dislike)]);
        let mut two = one.clone();
        two.merge(&one);
        assert_eq!(two.pair_count(Answer::Like, Answer::Dislike), 2);
    }
}
