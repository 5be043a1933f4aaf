//! The studio's results, computed once per document revision: the cache holds the results for
//! one key (document, revision, analysis, segment filter), and the comparison of the segments
//! picked, and recomputes them only when the key changes, so a frame that changes nothing costs
//! no statistics at all. Category confidence and the segments' p-values arrive later from the
//! [`Worker`] and are filled into the results they belong to.

use super::comparison::{Comparison, compare};
use super::model::Results;
use super::overview::{Overview, overview};
use super::uncertainty::{self, Engine, FeatureSegments};
use super::worker::{Answer, Request, Wake, Worker};
use crate::kano::Analysis;
use crate::project::{Project, SegmentFilter};
use std::sync::Arc;
use std::time::{Duration, Instant};

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

/// What a comparison depends on: the document's revision and analysis, and the segments.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ComparisonKey {
    /// The document, revision and analysis (its segment filter is always `All`).
    pub results: ResultsKey,
    /// The segments compared, in order.
    pub segments: Vec<String>,
}

/// What the worker was asked and has not answered yet.
#[derive(Debug, Default)]
struct Awaiting {
    confidence: Option<ResultsKey>,
    comparison: Option<ComparisonKey>,
}

/// The results of the open document for the view's filter, kept until the key changes.
#[derive(Debug, Default)]
pub struct ResultsCache {
    current: Option<(ResultsKey, Arc<Results>)>,
    /// The segments compared and their comparison.
    comparison: Option<(ComparisonKey, Arc<Comparison>)>,
    /// The touchpoint × dimension overview of the results of a key.
    overview: Option<(ResultsKey, Arc<Overview>)>,
    worker: Option<Worker>,
    /// The results and comparison the worker was asked about and has not answered yet.
    awaiting: Awaiting,
    /// How many times results were computed (tests and benches watch it).
    computed: u64,
}

impl ResultsCache {
    /// A cache without a worker: category confidence stays empty (tests, screenshots).
    pub fn new() -> Self {
        Self::default()
    }

    /// A cache whose category confidence and segment tests are computed with `engine` on a
    /// worker thread, which calls `wake` when an answer is ready.
    pub fn with_worker(engine: Engine, wake: Wake) -> Self {
        Self {
            worker: Worker::start(engine, wake),
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
            let features = project
                .features()
                .iter()
                .zip(&results.features)
                .map(|(f, r)| (r.stats.counts, uncertainty::seed(&f.id, &[r.stats.counts])))
                .collect();
            self.awaiting.confidence = Some(key.clone());
            worker.ask(Request::Confidence {
                key: key.clone(),
                rule: key.analysis.rule,
                features,
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
        self.take_answers();
        let key = ComparisonKey {
            results: ResultsKey {
                segment: SegmentFilter::All,
                ..key
            },
            segments: segments.to_vec(),
        };
        if let Some((current, comparison)) = &self.comparison
            && *current == key
        {
            return Arc::clone(comparison);
        }
        let comparison = Arc::new(compare(project, &key.results.analysis, segments));
        self.computed += 1;
        if let Some(worker) = &self.worker {
            let features = test_inputs(project, &comparison);
            self.awaiting.comparison = Some(key.clone());
            worker.ask(Request::Comparison {
                key: key.clone(),
                features,
            });
        }
        self.comparison = Some((key, Arc::clone(&comparison)));
        comparison
    }

    /// The touchpoint × dimension overview of the results for `key`, computed only if the key
    /// changed since last time.
    pub fn overview(&mut self, project: &Project, key: ResultsKey) -> Arc<Overview> {
        if let Some((current, overview)) = &self.overview
            && *current == key
        {
            return Arc::clone(overview);
        }
        let results = self.get(project, key.clone());
        let overview = Arc::new(overview(project, &results));
        self.overview = Some((key, Arc::clone(&overview)));
        overview
    }

    /// How many times results have been computed since the cache was made.
    pub fn computed(&self) -> u64 {
        self.computed
    }

    /// True while the worker has not answered for the current results or comparison: their
    /// category confidence or p-values are still empty. Always false without a worker.
    pub fn pending(&self) -> bool {
        self.worker.is_some()
            && (self.awaiting.confidence.is_some() || self.awaiting.comparison.is_some())
    }

    /// Waits (on the worker's mailbox) until nothing is [`pending`](Self::pending), at most
    /// `timeout`; true when the current results are complete. For screenshots and tests, which
    /// want the finished figures; the studio never waits for its worker.
    pub fn wait(&mut self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        self.take_answers();
        while self.pending() {
            let Some(worker) = &self.worker else {
                return true;
            };
            let Some(answer) = worker.wait(deadline.saturating_duration_since(Instant::now()))
            else {
                return false;
            };
            self.fill(answer);
        }
        true
    }

    /// Fills in the worker's answers that belong to the current results; drops stale ones.
    fn take_answers(&mut self) {
        let Some(worker) = &self.worker else { return };
        for answer in worker.answers() {
            self.fill(answer);
        }
    }

    /// Fills in one answer if it belongs to the current results or comparison.
    fn fill(&mut self, answer: Answer) {
        match answer {
            Answer::Confidence { key, values } => {
                let Some((current, results)) = &mut self.current else {
                    return;
                };
                if *current != key {
                    return;
                }
                if self.awaiting.confidence.as_ref() == Some(&key) {
                    self.awaiting.confidence = None;
                }
                let results = Arc::make_mut(results);
                for (feature, confidence) in results.features.iter_mut().zip(values) {
                    feature.category_confidence =
                        confidence.filter(|_| feature.stats.category.is_some());
                }
            }
            Answer::Comparison { key, tests } => {
                let Some((current, comparison)) = &mut self.comparison else {
                    return;
                };
                if *current != key {
                    return;
                }
                if self.awaiting.comparison.as_ref() == Some(&key) {
                    self.awaiting.comparison = None;
                }
                let comparison = Arc::make_mut(comparison);
                for (feature, test) in comparison.features.iter_mut().zip(tests) {
                    feature.test = Some(test);
                }
            }
        }
    }
}

/// What the segment test reads of a comparison: each feature's category counts per segment,
/// with the seed its resampling starts from.
pub(super) fn test_inputs(project: &Project, comparison: &Comparison) -> Vec<FeatureSegments> {
    project
        .features()
        .iter()
        .zip(&comparison.features)
        .map(|(f, c)| {
            let by_segment: Vec<_> = c.by_segment.iter().map(|r| r.stats.counts).collect();
            FeatureSegments {
                seed: uncertainty::seed(&f.id, &by_segment),
                by_segment,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kano::{CategoryCounts, Rule};
    use crate::project::synthetic_project;
    use std::sync::mpsc;

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
    fn the_segments_p_values_arrive_from_the_worker() {
        let project = synthetic_project(6, 200);
        let segments: Vec<String> = project.segments().iter().map(|s| (*s).to_owned()).collect();
        let (woken_tx, woken) = mpsc::channel();
        let wake: Wake = Box::new(move || {
            let _ = woken_tx.send(());
        });
        let mut cache = ResultsCache::with_worker(Engine::KANO, wake);
        let before = cache.comparison(&project, key(0, SegmentFilter::All), &segments);
        assert!(before.features.iter().all(|f| f.test.is_none()));
        // The worker wakes the window once its answer is in the mailbox (a worker that died
        // would drop the sender and fail the test, not hang it).
        woken.recv().unwrap();
        let after = cache.comparison(&project, key(0, SegmentFilter::All), &segments);
        let expected = uncertainty::segments_differ(&test_inputs(&project, &after));
        let got: Vec<_> = after.features.iter().map(|f| f.test.unwrap()).collect();
        assert_eq!(got, expected);
        assert!(got.iter().any(|t| t.p_value.is_some()));
    }

    #[test]
    fn the_overview_is_kept_until_the_key_changes() {
        let project = synthetic_project(5, 40);
        let mut cache = ResultsCache::new();
        let first = cache.overview(&project, key(0, SegmentFilter::All));
        assert!(Arc::ptr_eq(
            &first,
            &cache.overview(&project, key(0, SegmentFilter::All))
        ));
        let next = cache.overview(&project, key(1, SegmentFilter::All));
        assert!(!Arc::ptr_eq(&first, &next));
        assert_eq!(
            *next,
            overview(
                &project,
                &project.results(&Analysis::default(), &SegmentFilter::All)
            )
        );
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

    /// The stand-in confidence, with the engine's own comparison.
    const TOP_SHARE: Engine = Engine {
        confidence: top_share,
        compare: uncertainty::segments_differ,
    };

    #[test]
    fn confidence_arrives_from_the_worker_and_wakes_the_window() {
        let project = synthetic_project(4, 30);
        let (woken_tx, woken) = mpsc::channel();
        let wake: Wake = Box::new(move || {
            let _ = woken_tx.send(());
        });
        let mut cache = ResultsCache::with_worker(TOP_SHARE, wake);
        let before = cache.get(&project, key(0, SegmentFilter::All));
        assert!(
            before
                .features
                .iter()
                .all(|f| f.category_confidence.is_none())
        );
        // The worker wakes the window once its answer is in the mailbox.
        woken.recv().unwrap();
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
        let mut cache = ResultsCache::with_worker(TOP_SHARE, wake);
        cache.get(&project, key(0, SegmentFilter::All));
        woken.recv().unwrap();
        // The document changed before the answer was read: it belongs to revision 0, not 1.
        cache.current = Some((
            key(1, SegmentFilter::All),
            Arc::new(project.results(&Analysis::default(), &SegmentFilter::All)),
        ));
        let now = cache.get(&project, key(1, SegmentFilter::All));
        assert!(now.features.iter().all(|f| f.category_confidence.is_none()));
    }

    #[test]
    fn waiting_ends_when_the_answers_for_the_current_results_are_in() {
        let project = synthetic_project(4, 30);
        let segments: Vec<String> = project.segments().iter().map(|s| (*s).to_owned()).collect();
        let mut cache = ResultsCache::with_worker(TOP_SHARE, Box::new(|| {}));
        assert!(!cache.pending());
        cache.get(&project, key(0, SegmentFilter::All));
        cache.comparison(&project, key(0, SegmentFilter::All), &segments);
        // A newer revision supersedes the first: only its answer completes the results.
        let _ = cache.get(&project, key(1, SegmentFilter::All));
        assert!(cache.wait(Duration::from_secs(60)));
        assert!(!cache.pending());
        let done = cache.get(&project, key(1, SegmentFilter::All));
        assert!(
            done.features
                .iter()
                .all(|f| f.category_confidence.is_some())
        );
        let compared = cache.comparison(&project, key(0, SegmentFilter::All), &segments);
        assert!(compared.features.iter().all(|f| f.test.is_some()));
        // Without a worker nothing is ever pending, and waiting returns at once.
        let mut plain = ResultsCache::new();
        plain.get(&project, key(0, SegmentFilter::All));
        assert!(!plain.pending());
        assert!(plain.wait(Duration::ZERO));
    }
}
