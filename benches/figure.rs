//! Figure layout benchmarks (criterion). Goal, from issue 11: laying out the Better–Worse
//! picture of 200 features, labels included, takes under 2 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use kanoscope::figure::{
    BetterWorseFeature, BetterWorseWords, FigureOptions, FixedAdvance, Size, Theme, better_worse,
};
use kanoscope::i18n::Lang;
use kanoscope::kano::Category;
use kanoscope::project::ImportanceScale;
use std::hint::black_box;

/// 200 features spread as a real survey spreads them: most in a few loose clouds.
fn features(count: usize) -> Vec<BetterWorseFeature> {
    let mut state = 0x2545_F491_4F6C_DD1D_u64;
    let mut unit = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..count)
        .map(|i| {
            let (cx, cy) = [(0.3, 0.7), (0.7, 0.6), (0.75, 0.3), (0.2, 0.2)][i % 4];
            BetterWorseFeature {
                id: format!("f{i}"),
                name: format!("Feature number {i} of the survey"),
                better: (cy + (unit() - 0.5) * 0.4).clamp(0.0, 1.0),
                worse: (cx + (unit() - 0.5) * 0.4).clamp(0.0, 1.0),
                importance: Some(unit()),
                category: Some(Category::ALL[i % 5]),
                better_interval: None,
                worse_interval: None,
            }
        })
        .collect()
}

fn layout_200(c: &mut Criterion) {
    let features = features(200);
    let words = BetterWorseWords::new(
        Lang::En.texts(),
        "All respondents (n = 500)".into(),
        (0.5, 0.5),
        &ImportanceScale::default(),
    );
    let size = Size {
        width: 1920.0,
        height: 1080.0,
    };
    c.bench_function("Better–Worse layout, 200 features, 1920 × 1080", |b| {
        b.iter(|| {
            black_box(better_worse(
                &features,
                (0.5, 0.5),
                &words,
                size,
                Theme::Light,
                FigureOptions {
                    show_intervals: false,
                    min_label_size: 0.0,
                },
                &FixedAdvance,
            ))
        });
    });
}

criterion_group!(benches, layout_200);
criterion_main!(benches);
