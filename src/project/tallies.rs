//! The live tallies of a project: one [`Tally`] per feature over all respondents, and one per
//! feature per segment, kept current by [`super::Project::apply`] one answer at a time.

use super::Respondent;
use crate::kano::{Response, Tally};
use std::collections::BTreeMap;

/// Per-feature tallies, overall and per segment.
#[derive(Clone, Debug, Default)]
pub struct Tallies {
    all: Vec<Tally>,
    /// Keyed by segment name ("" for respondents without one). A segment is dropped when its last
    /// respondent leaves, so the list of segments is always the list in use.
    by_segment: BTreeMap<String, SegmentTallies>,
}

#[derive(Clone, Debug, Default)]
struct SegmentTallies {
    respondents: usize,
    features: Vec<Tally>,
}

impl Tallies {
    /// Counts every response from scratch: O(respondents × features). The project keeps its
    /// tallies current by itself; this is for counting a set of respondents of your own.
    pub fn count(features: usize, respondents: &[Respondent]) -> Self {
        let mut tallies = Self {
            all: vec![Tally::new(); features],
            by_segment: BTreeMap::new(),
        };
        for respondent in respondents {
            tallies.add_respondent(respondent);
        }
        tallies
    }

    /// The tally of one feature over all respondents.
    pub fn feature(&self, index: usize) -> Option<&Tally> {
        self.all.get(index)
    }

    /// The tallies of every feature over all respondents, in feature order.
    pub fn all(&self) -> &[Tally] {
        &self.all
    }

    /// The tallies of every feature over one segment's respondents, if anyone is in it.
    pub fn segment(&self, segment: &str) -> Option<&[Tally]> {
        self.by_segment.get(segment).map(|s| s.features.as_slice())
    }

    /// How many respondents are in a segment.
    pub fn segment_size(&self, segment: &str) -> usize {
        self.by_segment.get(segment).map_or(0, |s| s.respondents)
    }

    /// The segments in use, sorted; "" stands for respondents without a segment.
    pub fn segments(&self) -> impl Iterator<Item = &str> {
        self.by_segment.keys().map(String::as_str)
    }

    pub(super) fn add_respondent(&mut self, respondent: &Respondent) {
        let features = self.all.len();
        let segment = self
            .by_segment
            .entry(respondent.segment.clone())
            .or_insert_with(|| SegmentTallies {
                respondents: 0,
                features: vec![Tally::new(); features],
            });
        segment.respondents += 1;
        for ((all, seg), &response) in self
            .all
            .iter_mut()
            .zip(&mut segment.features)
            .zip(&respondent.responses)
        {
            all.add(response);
            seg.add(response);
        }
    }

    pub(super) fn remove_respondent(&mut self, respondent: &Respondent) {
        for (tally, &response) in self.all.iter_mut().zip(&respondent.responses) {
            tally.remove(response);
        }
        if let Some(segment) = self.by_segment.get_mut(&respondent.segment) {
            for (tally, &response) in segment.features.iter_mut().zip(&respondent.responses) {
                tally.remove(response);
            }
            segment.respondents = segment.respondents.saturating_sub(1);
            if segment.respondents == 0 {
                self.by_segment.remove(&respondent.segment);
            }
        }
    }

    pub(super) fn replace_response(
        &mut self,
        segment: &str,
        feature: usize,
        old: Response,
        new: Response,
    ) {
        if let Some(tally) = self.all.get_mut(feature) {
            tally.replace(old, new);
        }
        if let Some(tally) = self
            .by_segment
            .get_mut(segment)
            .and_then(|s| s.features.get_mut(feature))
        {
            tally.replace(old, new);
        }
    }

    /// Makes room for a new feature at `index`, counting the respondents' responses to it.
    pub(super) fn insert_feature(&mut self, index: usize, respondents: &[Respondent]) {
        let mut all = Tally::new();
        let mut by_segment: BTreeMap<&str, Tally> = BTreeMap::new();
        for r in respondents {
            let response = r.responses[index];
            all.add(response);
            by_segment.entry(&r.segment).or_default().add(response);
        }
        self.all.insert(index, all);
        for (name, segment) in &mut self.by_segment {
            let tally = by_segment.remove(name.as_str()).unwrap_or_default();
            segment.features.insert(index, tally);
        }
    }

    pub(super) fn remove_feature(&mut self, index: usize) {
        self.all.remove(index);
        for segment in self.by_segment.values_mut() {
            segment.features.remove(index);
        }
    }

    pub(super) fn move_feature(&mut self, from: usize, to: usize) {
        move_item(&mut self.all, from, to);
        for segment in self.by_segment.values_mut() {
            move_item(&mut segment.features, from, to);
        }
    }
}

/// Moves one element so that it ends up at index `to`.
pub(super) fn move_item<T>(items: &mut [T], from: usize, to: usize) {
    if from < to {
        items[from..=to].rotate_left(1);
    } else if to < from {
        items[to..=from].rotate_right(1);
    }
}
