//! Properties of the engine and the document, checked with proptest on random projects (1 to 8
//! features, up to 60 respondents, random and partly missing answers and importances, segments
//! from a small set, and arbitrary Unicode texts):
//!
//! - category counts sum to n, and n is the number of complete answer pairs;
//! - Better lies in [0, 1] and Worse in [-1, 0] whenever they are defined;
//! - results do not depend on the order of the respondents;
//! - adding then removing a response restores a tally, and an `Edit::SetResponse` followed by its
//!   inverse restores the project;
//! - any sequence of edits, undone through `History`, restores the project, and after every step
//!   the live tallies equal a fresh count;
//! - saving then loading a project gives it back, byte-stable;
//! - per-segment results equal the results of a project holding only that segment.

// Tests state their expectations with unwrap: a failure should stop the test where it happened.
// The crate warns on unwrap in its [lints] table, which cannot be scoped to test targets.
#![allow(clippy::unwrap_used)]

use kanoscope::io::{parse_project, project_to_json};
use kanoscope::kano::{
    Analysis, Answer, Category, EvaluationTable, Importance, QuadrantLines, Response, Rule, Tally,
};
use kanoscope::project::{Edit, Feature, History, MergeKey, Project, Respondent, SegmentFilter};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::{Index, select};

/// The segments random respondents belong to; "" is "no segment".
const SEGMENTS: [&str; 4] = ["", "Commuter", "Tourist", "学生 / étudiant"];

/// Modest case counts keep the suite fast; no regression files are written into the source tree.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn answer() -> impl Strategy<Value = Answer> {
    select(Answer::ALL.to_vec())
}

fn response() -> impl Strategy<Value = Response> {
    (
        option::weighted(0.85, answer()),
        option::weighted(0.85, answer()),
        option::of((1..=9_i64).prop_map(|v| Importance::new(v).unwrap())),
    )
        .prop_map(|(functional, dysfunctional, importance)| Response {
            functional,
            dysfunctional,
            importance,
        })
}

/// Any short text: other scripts, emoji, quotes, control characters and newlines included.
fn text() -> impl Strategy<Value = String> {
    "(?s).{0,12}"
}

fn segment() -> impl Strategy<Value = String> {
    select(SEGMENTS.to_vec()).prop_map(str::to_owned)
}

fn analysis() -> impl Strategy<Value = Analysis> {
    (
        select(EvaluationTable::ALL.to_vec()),
        select(Rule::ALL.to_vec()),
        select(QuadrantLines::ALL.to_vec()),
    )
        .prop_map(|(table, rule, quadrant)| Analysis {
            table,
            rule,
            quadrant,
        })
}

/// Every analysis setting there is.
fn all_analyses() -> Vec<Analysis> {
    let mut all = Vec::new();
    for table in EvaluationTable::ALL {
        for rule in Rule::ALL {
            for quadrant in QuadrantLines::ALL {
                all.push(Analysis {
                    table,
                    rule,
                    quadrant,
                });
            }
        }
    }
    all
}

/// A random project. Ids are unique because they start with their position ("3 ..."), and never
/// blank; the rest of each id is arbitrary text.
fn project() -> impl Strategy<Value = Project> {
    (1..=8_usize, 0..=60_usize)
        .prop_flat_map(|(features, respondents)| {
            (
                text(),
                analysis(),
                vec((text(), text(), text(), text(), text(), text()), features),
                vec((text(), segment(), vec(response(), features)), respondents),
            )
        })
        .prop_map(|(title, analysis, features, respondents)| {
            let features = features
                .into_iter()
                .enumerate()
                .map(
                    |(i, (id, name, functional, dysfunctional, touchpoint, notes))| Feature {
                        id: format!("{i} {id}"),
                        name,
                        functional,
                        dysfunctional,
                        touchpoint,
                        notes,
                        dimension: None,
                    },
                )
                .collect();
            let respondents = respondents
                .into_iter()
                .enumerate()
                .map(|(i, (id, segment, responses))| Respondent {
                    id: format!("r{i} {id}"),
                    segment,
                    responses,
                    ..Respondent::default()
                })
                .collect();
            Project::from_parts(title, analysis, features, respondents).unwrap()
        })
}

/// The same project with other respondents, its tallies counted from scratch.
fn with_respondents(project: &Project, respondents: Vec<Respondent>) -> Project {
    Project::from_parts(
        project.title().to_owned(),
        *project.analysis(),
        project.features().to_vec(),
        respondents,
    )
    .unwrap()
}

/// The segment filters worth asking about: everybody, each known segment, and one nobody is in.
fn filters() -> Vec<SegmentFilter> {
    let mut filters = vec![SegmentFilter::All];
    filters.extend(
        SEGMENTS
            .iter()
            .map(|s| SegmentFilter::Only((*s).to_owned())),
    );
    filters.push(SegmentFilter::Only("nobody's segment".to_owned()));
    filters
}

/// Checks that the live tallies equal a fresh count of the answers, overall and per segment.
fn assert_tallies_fresh(project: &Project) {
    let live = project.tallies();
    let fresh = with_respondents(project, project.respondents().to_vec());
    let fresh = fresh.tallies();
    assert_eq!(live.all(), fresh.all());
    for (f, tally) in live.all().iter().enumerate() {
        let counted = Tally::from_responses(project.respondents().iter().map(|r| r.responses[f]));
        assert_eq!(tally, &counted, "feature {f}");
    }
    let segments: Vec<&str> = live.segments().collect();
    assert_eq!(segments, fresh.segments().collect::<Vec<_>>());
    let mut merged = vec![Tally::new(); project.features().len()];
    for segment in segments {
        assert_eq!(live.segment(segment), fresh.segment(segment), "{segment:?}");
        assert_eq!(live.segment_size(segment), fresh.segment_size(segment));
        for (sum, tally) in merged.iter_mut().zip(live.segment(segment).unwrap()) {
            sum.merge(tally);
        }
    }
    assert_eq!(merged, live.all());
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn category_counts_sum_to_n_and_n_counts_complete_pairs(project in project()) {
        for analysis in all_analyses() {
            let results = project.results(&analysis, &SegmentFilter::All);
            prop_assert_eq!(results.respondents, project.respondents().len());
            for result in &results.features {
                let f = result.index;
                let stats = &result.stats;
                let responses = || project.respondents().iter().map(|r| r.responses[f]);
                let complete = responses().filter(|r| r.answer_pair().is_some()).count();
                let importances = responses().filter(|r| r.importance.is_some()).count();
                prop_assert_eq!(stats.n as usize, complete);
                prop_assert_eq!(stats.counts.total(), stats.n);
                let answered = stats.n > 0;
                prop_assert_eq!(stats.category.is_some(), answered);
                prop_assert_eq!(stats.strength.is_some(), answered);
                prop_assert_eq!(stats.fong.is_some(), answered);
                prop_assert_eq!(stats.continuous.is_some(), answered);
                prop_assert_eq!(
                    stats.importance.map_or(0, |i| i.count as usize),
                    importances
                );
                if analysis.rule == Rule::Max && let Some(category) = stats.category {
                    let most = Category::ALL.iter().map(|&c| stats.counts[c]).max();
                    prop_assert_eq!(Some(stats.counts[category]), most);
                }
            }
        }
    }

    #[test]
    fn better_and_worse_stay_in_range_when_defined(project in project()) {
        for analysis in all_analyses() {
            for filter in filters() {
                for result in project.results(&analysis, &filter).features {
                    let stats = result.stats;
                    prop_assert_eq!(stats.coefficients.is_some(), stats.counts.aomi() > 0);
                    if let Some(c) = stats.coefficients {
                        prop_assert!((0.0..=1.0).contains(&c.better), "Better {}", c.better);
                        prop_assert!((-1.0..=0.0).contains(&c.worse), "Worse {}", c.worse);
                    }
                    if let Some(s) = stats.strength {
                        prop_assert!((0.0..=1.0).contains(&s.category), "CS {}", s.category);
                        prop_assert!((0.0..=1.0).contains(&s.total), "TS {}", s.total);
                    }
                }
            }
        }
    }

    #[test]
    fn results_do_not_depend_on_respondent_order(
        (project, order) in project().prop_flat_map(|p| {
            let order: Vec<usize> = (0..p.respondents().len()).collect();
            (Just(p), Just(order).prop_shuffle())
        })
    ) {
        let shuffled =
            with_respondents(&project, order.iter().map(|&i| project.respondents()[i].clone()).collect());
        for analysis in all_analyses() {
            for filter in filters() {
                prop_assert_eq!(
                    project.results(&analysis, &filter),
                    shuffled.results(&analysis, &filter),
                    "{:?} {:?}", analysis, filter
                );
            }
        }
    }

    #[test]
    fn adding_then_removing_a_response_restores_the_tally(
        responses in vec(response(), 0..40),
        extra in response(),
        other in response(),
    ) {
        let before = Tally::from_responses(responses.iter().copied());
        let mut tally = before.clone();
        tally.add(extra);
        let expected = Tally::from_responses(responses.iter().copied().chain([extra]));
        prop_assert_eq!(&tally, &expected);
        prop_assert_eq!(
            tally.answered(),
            before.answered() + u32::from(extra.answer_pair().is_some())
        );
        tally.replace(extra, other);
        prop_assert_eq!(&tally, &Tally::from_responses(responses.iter().copied().chain([other])));
        tally.replace(other, extra);
        tally.remove(extra);
        prop_assert_eq!(tally, before);
    }

    #[test]
    fn set_response_and_its_inverse_restore_the_project(
        project in project(),
        respondent in any::<Index>(),
        feature in any::<Index>(),
        new in response(),
    ) {
        prop_assume!(!project.respondents().is_empty());
        let (r, f) = (
            respondent.index(project.respondents().len()),
            feature.index(project.features().len()),
        );
        let old = project.respondents()[r].responses[f];
        let mut edited = project.clone();
        let undo = edited
            .apply(Edit::SetResponse { respondent: r, feature: f, response: new })
            .unwrap();
        prop_assert_eq!(
            &undo,
            &Edit::SetResponse { respondent: r, feature: f, response: old }
        );
        prop_assert_eq!(edited.respondents()[r].responses[f], new);
        let mut expected = project.tallies().all()[f].clone();
        expected.replace(old, new);
        prop_assert_eq!(&edited.tallies().all()[f], &expected);
        assert_tallies_fresh(&edited);
        edited.apply(undo).unwrap();
        prop_assert_eq!(&edited, &project);
        prop_assert_eq!(edited.tallies().all(), project.tallies().all());
        assert_tallies_fresh(&edited);
    }

    #[test]
    fn undoing_every_edit_restores_the_project(
        mut project in project(),
        steps in vec(step(), 1..24),
    ) {
        let original = project.clone();
        let mut history = History::default();
        for step in &steps {
            let before = project.clone();
            let (edit, merge) = step.plan.resolve(&project, step.merge);
            if history.apply(&mut project, edit.clone(), "step", merge).is_err() {
                prop_assert_eq!(&project, &before, "a refused {:?} changed the project", edit);
            }
            assert_tallies_fresh(&project);
            if step.seal {
                history.seal();
            }
        }
        let edited = project.clone();
        while history.undo(&mut project).is_some() {
            assert_tallies_fresh(&project);
        }
        prop_assert_eq!(history.undo_len(), 0);
        prop_assert_eq!(&project, &original);
        for filter in filters() {
            prop_assert_eq!(
                project.results(project.analysis(), &filter),
                original.results(original.analysis(), &filter)
            );
        }
        while history.redo(&mut project).is_some() {
            assert_tallies_fresh(&project);
        }
        prop_assert_eq!(&project, &edited);
    }

    #[test]
    fn save_then_load_is_identity(project in project()) {
        let text = project_to_json(&project);
        let loaded = parse_project(text.as_bytes());
        prop_assert!(loaded.is_ok(), "{:?}\n{}", loaded.err(), text);
        let loaded = loaded.unwrap();
        prop_assert_eq!(&loaded, &project);
        prop_assert_eq!(project_to_json(&loaded), text);
        assert_tallies_fresh(&loaded);
    }

    #[test]
    fn segment_results_equal_results_of_the_segment_alone(project in project()) {
        for filter in filters() {
            let SegmentFilter::Only(segment) = &filter else { continue };
            let alone = with_respondents(
                &project,
                project
                    .respondents()
                    .iter()
                    .filter(|r| &r.segment == segment)
                    .cloned()
                    .collect(),
            );
            for analysis in all_analyses() {
                prop_assert_eq!(
                    project.results(&analysis, &filter),
                    alone.results(&analysis, &SegmentFilter::All),
                    "{:?} {:?}", segment, analysis
                );
            }
        }
    }
}

/// One step of a random editing session: what to do, whether it may merge with the step before
/// (as typing into one field does), and whether the field loses focus afterwards.
#[derive(Clone, Debug)]
struct Step {
    plan: Plan,
    merge: bool,
    seal: bool,
}

/// Which id an inserted or updated feature or respondent gets.
#[derive(Clone, Debug)]
enum Id {
    /// The id of an existing one (a duplicate, unless it is the one being updated).
    Existing(Index),
    /// A new id (which may still clash with one added earlier in the session).
    Fresh(String),
    /// A blank id, which is refused.
    Blank,
}

/// The responses that come with an inserted feature or respondent.
#[derive(Clone, Debug)]
enum Fill {
    /// None: every response starts empty.
    Empty,
    /// One per respondent (or feature), as they should be.
    Aligned,
    /// One too many, which is refused.
    Misaligned,
}

/// An edit described independently of the project's shape, so that it can be generated before
/// the edits before it have run; [`Plan::resolve`] turns it into an [`Edit`] for the project as
/// it is then. Most resolve to valid positions; some are refused on purpose.
#[derive(Clone, Debug)]
enum Plan {
    SetTitle(String),
    SetAnalysis(Analysis),
    InsertFeature {
        at: Index,
        id: Id,
        name: String,
        fill: Fill,
        responses: Vec<Response>,
    },
    RemoveFeature(Index),
    MoveFeature(Index, Index),
    UpdateFeature {
        at: Index,
        id: Id,
        name: String,
    },
    InsertRespondent {
        at: Index,
        id: Id,
        segment: String,
        fill: Fill,
        responses: Vec<Response>,
    },
    RemoveRespondent(Index),
    UpdateRespondent {
        at: Index,
        id: Id,
        segment: String,
    },
    SetResponse {
        respondent: Index,
        feature: Index,
        response: Response,
    },
    /// An edit with a position past the end.
    PastTheEnd {
        kind: u8,
        beyond: usize,
    },
    /// Several edits as one step, all resolved against the project before the first runs, so
    /// that a later one may be refused and the batch rolled back.
    Batch(Vec<Plan>),
}

fn id() -> impl Strategy<Value = Id> {
    prop_oneof![
        1 => any::<Index>().prop_map(Id::Existing),
        4 => text().prop_map(Id::Fresh),
        1 => Just(Id::Blank),
    ]
}

fn fill() -> impl Strategy<Value = Fill> {
    prop_oneof![
        2 => Just(Fill::Empty),
        3 => Just(Fill::Aligned),
        1 => Just(Fill::Misaligned),
    ]
}

fn leaf_plan() -> impl Strategy<Value = Plan> {
    prop_oneof![
        1 => text().prop_map(Plan::SetTitle),
        1 => analysis().prop_map(Plan::SetAnalysis),
        1 => (any::<Index>(), id(), text(), fill(), vec(response(), 16)).prop_map(
            |(at, id, name, fill, responses)| Plan::InsertFeature {
                at,
                id,
                name,
                fill,
                responses,
            }
        ),
        1 => any::<Index>().prop_map(Plan::RemoveFeature),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(from, to)| Plan::MoveFeature(from, to)),
        1 => (any::<Index>(), id(), text())
            .prop_map(|(at, id, name)| Plan::UpdateFeature { at, id, name }),
        1 => (any::<Index>(), id(), segment(), fill(), vec(response(), 16)).prop_map(
            |(at, id, segment, fill, responses)| Plan::InsertRespondent {
                at,
                id,
                segment,
                fill,
                responses,
            }
        ),
        1 => any::<Index>().prop_map(Plan::RemoveRespondent),
        1 => (any::<Index>(), id(), segment())
            .prop_map(|(at, id, segment)| Plan::UpdateRespondent { at, id, segment }),
        4 => (any::<Index>(), any::<Index>(), response()).prop_map(
            |(respondent, feature, response)| Plan::SetResponse {
                respondent,
                feature,
                response,
            }
        ),
        1 => (0..4_u8, 0..3_usize).prop_map(|(kind, beyond)| Plan::PastTheEnd { kind, beyond }),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    let plan = prop_oneof![
        8 => leaf_plan(),
        1 => vec(leaf_plan(), 1..4).prop_map(Plan::Batch),
    ];
    (plan, any::<bool>(), prop::bool::weighted(0.2)).prop_map(|(plan, merge, seal)| Step {
        plan,
        merge,
        seal,
    })
}

/// A position in `0..len`, or 0 (past the end) when there is nothing to point at.
fn pick(index: &Index, len: usize) -> usize {
    if len == 0 { 0 } else { index.index(len) }
}

/// `n` responses taken from `pool`, repeating it if needed.
fn responses_for(fill: &Fill, pool: &[Response], n: usize) -> Vec<Response> {
    let take = match fill {
        Fill::Empty => 0,
        Fill::Aligned => n,
        Fill::Misaligned => n + 1,
    };
    pool.iter().copied().cycle().take(take).collect()
}

impl Id {
    fn resolve(&self, existing: &[&str]) -> String {
        match self {
            Self::Existing(i) => existing
                .get(pick(i, existing.len()))
                .map_or_else(|| "none yet".to_owned(), |s| (*s).to_owned()),
            Self::Fresh(text) => format!("new {text}"),
            Self::Blank => " \t".to_owned(),
        }
    }
}

impl Plan {
    /// The edit this plan stands for in `project`, and its merge key if it may merge.
    fn resolve(&self, project: &Project, merge: bool) -> (Edit, Option<MergeKey>) {
        let features = project.features().len();
        let respondents = project.respondents().len();
        let feature_ids: Vec<&str> = project.features().iter().map(|f| f.id.as_str()).collect();
        let respondent_ids: Vec<&str> = project
            .respondents()
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        let key = |text: String| merge.then_some(MergeKey(text));
        match self {
            Self::SetTitle(title) => (Edit::SetTitle(title.clone()), key("title".into())),
            Self::SetAnalysis(analysis) => (Edit::SetAnalysis(*analysis), None),
            Self::InsertFeature {
                at,
                id,
                name,
                fill,
                responses,
            } => (
                Edit::InsertFeature {
                    index: pick(at, features + 1),
                    feature: Feature {
                        id: id.resolve(&feature_ids),
                        name: name.clone(),
                        ..Feature::default()
                    },
                    responses: responses_for(fill, responses, respondents),
                },
                None,
            ),
            Self::RemoveFeature(at) => (
                Edit::RemoveFeature {
                    index: pick(at, features),
                },
                None,
            ),
            Self::MoveFeature(from, to) => (
                Edit::MoveFeature {
                    from: pick(from, features),
                    to: pick(to, features),
                },
                None,
            ),
            Self::UpdateFeature { at, id, name } => {
                let index = pick(at, features);
                let mut feature = project.features().get(index).cloned().unwrap_or_default();
                feature.id = id.resolve(&feature_ids);
                feature.name = name.clone();
                (
                    Edit::UpdateFeature { index, feature },
                    key(format!("feature {index}")),
                )
            }
            Self::InsertRespondent {
                at,
                id,
                segment,
                fill,
                responses,
            } => (
                Edit::InsertRespondent {
                    index: pick(at, respondents + 1),
                    respondent: Respondent {
                        id: id.resolve(&respondent_ids),
                        segment: segment.clone(),
                        responses: responses_for(fill, responses, features),
                        ..Respondent::default()
                    },
                },
                None,
            ),
            Self::RemoveRespondent(at) => (
                Edit::RemoveRespondent {
                    index: pick(at, respondents),
                },
                None,
            ),
            Self::UpdateRespondent { at, id, segment } => {
                let index = pick(at, respondents);
                (
                    Edit::UpdateRespondent {
                        index,
                        id: id.resolve(&respondent_ids),
                        segment: segment.clone(),
                    },
                    key(format!("respondent {index}")),
                )
            }
            Self::SetResponse {
                respondent,
                feature,
                response,
            } => {
                let (r, f) = (pick(respondent, respondents), pick(feature, features));
                (
                    Edit::SetResponse {
                        respondent: r,
                        feature: f,
                        response: *response,
                    },
                    key(format!("response {r} {f}")),
                )
            }
            Self::PastTheEnd { kind, beyond } => {
                let edit = match kind {
                    0 => Edit::RemoveFeature {
                        index: features + beyond,
                    },
                    1 => Edit::SetResponse {
                        respondent: respondents + beyond,
                        feature: 0,
                        response: Response::pair(Answer::Like, Answer::Dislike),
                    },
                    2 => Edit::MoveFeature {
                        from: 0,
                        to: features + beyond,
                    },
                    _ => Edit::InsertRespondent {
                        index: respondents + 1 + beyond,
                        respondent: Respondent {
                            id: "past the end".into(),
                            ..Respondent::default()
                        },
                    },
                };
                (edit, None)
            }
            Self::Batch(plans) => (
                Edit::Batch(
                    plans
                        .iter()
                        .map(|plan| plan.resolve(project, false).0)
                        .collect(),
                ),
                None,
            ),
        }
    }
}
