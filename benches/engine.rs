//! Engine benchmarks (criterion). Goals, from the foundation issue, on one core of the CI machine:
//! - full analysis of 1,000,000 answer pairs (20,000 respondents x 50 features): under 10 ms;
//! - changing one answer and refreshing that feature's statistics: under 1 µs;
//! - parsing a 20,000 x 50 project file held in memory (the bulk of `kanoscope analyze`).

use criterion::{Criterion, criterion_group, criterion_main};
use kanoscope::kano::{Analysis, Answer, FeatureStats, Response};
use kanoscope::project::{Edit, Tallies, synthetic_project};
use std::hint::black_box;

fn full_analysis(c: &mut Criterion) {
    let project = synthetic_project(50, 20_000);
    let analysis = Analysis::default();
    c.bench_function("full analysis, 20,000 respondents x 50 features", |b| {
        b.iter(|| {
            let tallies = Tallies::count(project.features().len(), project.respondents());
            let stats: Vec<FeatureStats> = tallies
                .all()
                .iter()
                .map(|t| FeatureStats::from_tally(t, &analysis))
                .collect();
            black_box(stats)
        });
    });
}

fn one_answer(c: &mut Criterion) {
    let mut project = synthetic_project(50, 20_000);
    let analysis = Analysis::default();
    let answers = [
        Response::pair(Answer::Like, Answer::Dislike),
        Response::pair(Answer::Neutral, Answer::MustBe),
    ];
    let mut k = 0_usize;
    c.bench_function("change one answer and refresh its feature", |b| {
        b.iter(|| {
            k += 1;
            let (respondent, feature) = ((k * 7919) % 20_000, k % 50);
            let edit = Edit::SetResponse {
                respondent,
                feature,
                response: answers[k % 2],
            };
            let inverse = project.apply(edit);
            let stats = project
                .tallies()
                .feature(feature)
                .map(|t| FeatureStats::from_tally(t, &analysis));
            black_box((inverse, stats))
        });
    });
}

fn parse_file(c: &mut Criterion) {
    let text = kanoscope::io::project_to_json(&synthetic_project(50, 20_000));
    let mut group = c.benchmark_group("project file");
    group.sample_size(10);
    group.throughput(criterion::Throughput::Bytes(text.len() as u64));
    group.bench_function("parse 20,000 x 50", |b| {
        b.iter(|| black_box(kanoscope::io::parse_project(text.as_bytes())))
    });
    group.bench_function("write 20,000 x 50", |b| {
        let project = synthetic_project(50, 20_000);
        b.iter(|| black_box(kanoscope::io::project_to_json(&project)))
    });
    group.finish();
}

criterion_group!(benches, full_analysis, one_answer, parse_file);
criterion_main!(benches);
