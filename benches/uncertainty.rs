//! "How sure are we?" benchmarks (criterion). Goal, from issue 15: the 95% intervals, the category
//! confidence (2,000 seeded resamples per feature) and the segment comparison for 200 features ×
//! 10,000 respondents in under 50 ms, so that they can be computed once per document revision.
//!
//! Clear categories at that size are settled beyond doubt and skip resampling (kano::confidence);
//! `close_calls` times the worst case, where every feature must be resampled. Confidence is
//! computed as the results worker computes it: features shared among the cores
//! (`confidence::each_in_parallel`, whose answer does not depend on how many there are).
//!
//! The tallies are counted before timing (benches/engine.rs times counting); what is timed is
//! everything the uncertainty engine adds.

use criterion::{Criterion, criterion_group, criterion_main};
use kanoscope::kano::compare::{PERMUTATIONS, compare_segments};
use kanoscope::kano::confidence::{RESAMPLES, category_confidence, each_in_parallel};
use kanoscope::kano::{
    Analysis, CategoryCounts, CoefficientIntervals, FeatureSegments, Rule, Tally, seed_for,
};
use kanoscope::project::synthetic_project;
use std::hint::black_box;

fn counts(tallies: &[Tally], analysis: &Analysis) -> Vec<CategoryCounts> {
    tallies.iter().map(|t| t.counts(analysis.table)).collect()
}

fn uncertainty(c: &mut Criterion) {
    let project = synthetic_project(200, 10_000);
    let analysis = Analysis::default();
    let ids: Vec<&str> = project.features().iter().map(|f| f.id.as_str()).collect();
    let all = counts(project.tallies().all(), &analysis);
    let segment = |name: &str| counts(project.tallies().segment(name).unwrap_or(&[]), &analysis);
    let (commuters, tourists) = (segment("Commuter"), segment("Tourist"));
    c.bench_function(
        "intervals, confidence and comparison, 200 features x 10,000 respondents",
        |b| {
            b.iter(|| {
                let inputs: Vec<_> = ids
                    .iter()
                    .zip(&all)
                    .map(|(id, counts)| (*counts, seed_for(id, &[*counts])))
                    .collect();
                let intervals: Vec<_> = all.iter().map(CoefficientIntervals::from_counts).collect();
                // As the results worker computes them: the features shared among the cores.
                let confidences = each_in_parallel(&inputs, |(counts, seed)| {
                    category_confidence(counts, analysis.rule, RESAMPLES, *seed)
                });
                let per_feature = (intervals, confidences);
                let segments: Vec<FeatureSegments> = ids
                    .iter()
                    .zip(commuters.iter().zip(&tourists))
                    .map(|(id, (a, b))| FeatureSegments {
                        by_segment: vec![*a, *b],
                        seed: seed_for(id, &[*a, *b]),
                    })
                    .collect();
                black_box((per_feature, compare_segments(&segments, PERMUTATIONS)))
            });
        },
    );
}

/// The worst case: every feature a close call between two categories at 10,000 answers, so that
/// no shortcut applies and every feature is resampled 2,000 times.
fn close_calls(c: &mut Criterion) {
    let features: Vec<CategoryCounts> = (0..200)
        .map(|j| CategoryCounts::new(1_000 + j, 600, 4_000, 3_900 + j, 300, 200))
        .collect();
    c.bench_function("confidence, 200 close calls x 10,000 respondents", |b| {
        b.iter(|| {
            let shares = each_in_parallel(&features, |counts| {
                category_confidence(counts, Rule::Max, RESAMPLES, seed_for("f", &[*counts]))
            });
            black_box(shares)
        });
    });
}

criterion_group!(benches, uncertainty, close_calls);
criterion_main!(benches);
