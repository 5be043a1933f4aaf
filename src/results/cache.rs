//! The studio's results, computed once per document revision: the cache holds the results for
//! one key (document, revision, analysis, segment filter) and recomputes them only when the key
//! changes, so a frame that changes nothing costs no statistics at all. Category confidence
//! arrives later from the [`Worker`] and is filled into the results it belongs to.

use super::comparison::{Comparison, compare};
use super::model::Results;
use super::uncertainty::ConfidenceFn;
use super::worker::{Request, Wake, Worker};
use crate::kano::Analysis;
use crate::project::{Project, SegmentFilter};
use std::sync::Arc;

/// What a set of results depends on.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ResultsKey {
    /// Which document (documents opened one after another have different numbers).
    pub document: u64,
    /// Its revision: changes with every edit, undo and redo.
    pub revision: u64,
    /// The analysis setting.
    pub analysis: Analysis,
    /// Which respondents.
    pub segment: SegmentFilter,
}

/// The results of the open document for the view's filter, kept until the key changes.
#[derive(Debug, Default)]
pub struct ResultsCache {
    current: Option<(ResultsKey, Arc<Results>)>,
    /// The segments compared, for a key whose segment filter is ignored, and the comparison.
    comparison: Option<(ResultsKey, Vec<String>, Arc<Comparison>)>,
    worker: Option<Worker>,
    /// How many times results were computed (tests and benches watch it).
    computed: u64,
}

impl ResultsCache {
    /// A cache without a worker: category confidence stays empty (tests, screenshots).
    pub fn new() -> Self {
        Self::default()
    }

    /// A cache whose category confidence is computed with `confidence` on a worker thread,
    /// which calls `wake` when an answer is ready.
    pub fn with_worker(confidence: ConfidenceFn, wake: Wake) -> Self {
        Self {
            worker: Worker::start(confidence, wake),
            ..Self::default()
        }
    }

    /// The results for `key`, computed from `project` only if the key changed since last time.
    pub fn get(&mut self, project: &Project, key: ResultsKey) -> Arc<Results> {
        self.take_answers();
        if let Some((current, results)) = &self.current
            && *current == key
        {
            return Arc::clone(results);
        }
        let results = Arc::new(project.results(&key.analysis, &key.segment));
        self.computed += 1;
        if let Some(worker) = &self.worker {
            worker.ask(Request {
                key: key.clone(),
                rule: key.analysis.rule,
                counts: results.features.iter().map(|f| f.stats.counts).collect(),
            });
        }
        self.current = Some((key, Arc::clone(&results)));
        results
    }

    /// The `segments` compared, computed from `project` only if the key (its segment filter
    /// aside) or the segments changed since last time.
    pub fn comparison(
        &mut self,
        project: &Project,
        key: ResultsKey,
        segments: &[String],
    ) -> Arc<Comparison> {
        let key = ResultsKey {
            segment: SegmentFilter::All,
            ..key
        };
        if let Some((k, s, comparison)) = &self.comparison
            && *k == key
            && s == segments
        {
            return Arc::clone(comparison);
        }
        let comparison = Arc::new(compare(project, &key.analysis, segments));
        self.computed += 1;
        self.comparison = Some((key, segments.to_vec(), Arc::clone(&comparison)));
        comparison
    }

    /// How many times results have been computed since the cache was made.
    pub fn computed(&self) -> u64 {
        self.computed
    }

    /// Fills in the worker's answers that belong to the current results; drops stale ones.
    fn take_answers(&mut self) {
        let Some(worker) = &self.worker else { return };
        for answer in worker.answers() {
            let Some((key, results)) = &mut self.current else {
                continue;
            };
            if *key != answer.key {
                continue;
            }
            let results = Arc::make_mut(results);
            for (feature, confidence) in results.features.iter_mut().zip(answer.category_confidence)
            {
                feature.category_confidence =
                    confidence.filter(|_| feature.stats.category.is_some());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kano::{CategoryCounts, Rule};
    use crate::project::synthetic_project;
    use std::sync::mpsc;
    use std::time::Duration;

    fn key(revision: u64, segment: SegmentFilter) -> ResultsKey {
        ResultsKey {
            document: 1,
            revision,
            analysis: Analysis::default(),
            segment,
        }
    }

    #[test]
    fn a_comparison_is_computed_once_per_revision_and_choice_of_segments() {
        let project = synthetic_project(5, 40);
        let segments: Vec<String> = project.segments().iter().map(|s| (*s).to_owned()).collect();
        assert!(segments.len() >= 2, "{segments:?}");
        let mut cache = ResultsCache::new();
        let first = cache.comparison(&project, key(0, SegmentFilter::All), &segments);
        // The view's segment filter does not matter to a comparison.
        let again = cache.comparison(&project, key(0, SegmentFilter::Only("x".into())), &segments);
        assert_eq!(first, again);
        assert_eq!(cache.computed(), 1);
        cache.comparison(&project, key(0, SegmentFilter::All), &segments[..1]);
        cache.comparison(&project, key(1, SegmentFilter::All), &segments[..1]);
        assert_eq!(cache.computed(), 3);
        assert_eq!(*first, compare(&project, &Analysis::default(), &segments));
    }

    #[test]
    fn results_are_computed_once_per_key() {
        let project = synthetic_project(5, 40);
        let mut cache = ResultsCache::new();
        let first = cache.get(&project, key(0, SegmentFilter::All));
        for _ in 0..10 {
            assert_eq!(cache.get(&project, key(0, SegmentFilter::All)), first);
        }
        assert_eq!(cache.computed(), 1);
        cache.get(&project, key(1, SegmentFilter::All));
        assert_eq!(cache.computed(), 2);
        let segment = project
            .segments()
            .first()
            .map(|s| (*s).to_owned())
            .unwrap_or_default();
        let only = cache.get(&project, key(1, SegmentFilter::Only(segment.clone())));
        assert_eq!(cache.computed(), 3);
        assert_eq!(
            *only,
            project.results(&Analysis::default(), &SegmentFilter::Only(segment))
        );
        assert_eq!(only.features[0].category_confidence, None);
    }

    /// A stand-in confidence: the top category's share, so answers are recognisable.
    fn top_share(counts: &CategoryCounts, _rule: Rule, _seed: u64) -> Option<f64> {
        let total = counts.total();
        (total > 0).then(|| f64::from(*counts.0.iter().max().unwrap_or(&0)) / f64::from(total))
    }

    #[test]
    fn confidence_arrives_from_the_worker_and_wakes_the_window() {
        let project = synthetic_project(4, 30);
        let (woken_tx, woken) = mpsc::channel();
        let wake: Wake = Box::new(move || {
            let _ = woken_tx.send(());
        });
        let mut cache = ResultsCache::with_worker(top_share, wake);
        let before = cache.get(&project, key(0, SegmentFilter::All));
        assert!(
            before
                .features
                .iter()
                .all(|f| f.category_confidence.is_none())
        );
        // The worker wakes the window once its answer is in the mailbox.
        woken.recv_timeout(Duration::from_secs(30)).unwrap();
        let after = cache.get(&project, key(0, SegmentFilter::All));
        assert_eq!(cache.computed(), 1);
        for feature in &after.features {
            assert_eq!(
                feature.category_confidence,
                top_share(&feature.stats.counts, Rule::Max, 0)
            );
        }
    }

    #[test]
    fn an_answer_for_an_older_revision_is_dropped() {
        let project = synthetic_project(4, 30);
        let (woken_tx, woken) = mpsc::channel();
        let wake: Wake = Box::new(move || {
            let _ = woken_tx.send(());
        });
        let mut cache = ResultsCache::with_worker(top_share, wake);
        cache.get(&project, key(0, SegmentFilter::All));
        woken.recv_timeout(Duration::from_secs(30)).unwrap();
        // The document changed before the answer was read: it belongs to revision 0, not 1.
        cache.current = Some((
            key(1, SegmentFilter::All),
            Arc::new(project.results(&Analysis::default(), &SegmentFilter::All)),
        ));
        let now = cache.get(&project, key(1, SegmentFilter::All));
        assert!(now.features.iter().all(|f| f.category_confidence.is_none()));
    }
}
