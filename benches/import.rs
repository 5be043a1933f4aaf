//! Import benchmark (criterion). Goal, from issue 13, on one core of the CI machine: importing a
//! Qualtrics export of 20,000 respondents x 50 features (three header rows, whole question
//! texts paired by meaning, verbal importance) stays under 2 s, from the bytes to the project.

#[path = "../tests/import_platforms/survey.rs"]
#[allow(dead_code, clippy::unwrap_used)]
mod survey;

use criterion::{Criterion, criterion_group, criterion_main};
use kanoscope::io::import::{ImportOptions, import_bytes};
use std::hint::black_box;

fn qualtrics_20000_by_50(c: &mut Criterion) {
    let items: Vec<String> = (1..=50).map(|k| format!("Benefit number {k}")).collect();
    let items: Vec<&str> = items.iter().map(String::as_str).collect();
    let survey = survey::survey(&items, 20_000, (1, 5), 13);
    let bytes = survey::export(&survey, survey::Shape::QualtricsCsv);
    let options = ImportOptions {
        id_column: Some("ResponseId".into()),
        ..ImportOptions::default()
    };
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    group.bench_function("Qualtrics CSV, 20,000 respondents x 50 features", |b| {
        b.iter(|| {
            black_box(import_bytes(black_box(&bytes), &options).map(|p| p.respondents().len()))
        });
    });
    group.finish();
}

criterion_group!(benches, qualtrics_20000_by_50);
criterion_main!(benches);
