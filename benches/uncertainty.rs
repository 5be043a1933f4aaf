//! "How sure are we?" benchmarks (criterion). Goal, from issue 15: the 95% intervals, the category
//! confidence (2,000 seeded resamples per feature) and the segment comparison for 200 features ×
//! 10,000 respondents in under 50 ms, so that they can be computed once per document revision.
//!
//! The tallies are counted before timing (benches/engine.rs times counting); what is timed is
//! everything the uncertainty engine adds.

use criterion::{Criterion, criterion_group, criterion_main};
use kanoscope::kano::compare::{PERMUTATIONS, compare_segments};
use kanoscope::kano::confidence::{RESAMPLES, category_confidence};
use kanoscope::kano::{
    Analysis, CategoryCounts, CoefficientIntervals, FeatureSegments, Tally, seed_for,
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
                let per_feature: Vec<_> = ids
                    .iter()
                    .zip(&all)
                    .map(|(id, counts)| {
                        let seed = seed_for(id, &[*counts]);
                        (
                            CoefficientIntervals::from_counts(counts),
                            category_confidence(counts, analysis.rule, RESAMPLES, seed),
                        )
                    })
                    .collect();
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

criterion_group!(benches, uncertainty);
criterion_main!(benches);
