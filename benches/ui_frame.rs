//! UI frame benchmarks (criterion): one full headless frame of the studio at scale, 200 features
//! x 10,000 respondents in a 1600x1000 window, through `egui::Context::run_ui` exactly as eframe
//! calls it. No GPU: this is the CPU time of laying out and painting shapes, which is what the
//! panels control. Tessellation (shapes to triangles, done by eframe after the frame) is measured
//! once on its own, for the Results tab.
//!
//! Goal: a frame under 8 ms (issue 11): the results come from the once-per-revision cache, so a
//! frame that changes nothing computes no statistics; and
//! "change one answer and redraw" no slower than a plain frame plus a few microseconds.

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use kanoscope::app::{Preferences, ScriptedDialogs, StudioApp};
use kanoscope::i18n::Lang;
use kanoscope::kano::{Answer, Response};
use kanoscope::project::{Edit, synthetic_project};
use kanoscope::ui::{Action, Tab};
use std::hint::black_box;

const FEATURES: usize = 200;
const RESPONDENTS: usize = 10_000;
/// Frames drawn before measuring, so fonts, galleys and panel sizes are cached as in a studio
/// that has been open for a while.
const WARM_UP_FRAMES: usize = 10;

/// A studio on the large synthetic project, drawn headless.
struct Bench {
    ctx: egui::Context,
    app: StudioApp,
    time: f64,
    /// How many answers were changed, to pick the next cell and answer.
    changes: usize,
}

impl Bench {
    fn new(tab: Tab) -> Self {
        let prefs = Preferences {
            lang: Some(Lang::En),
            ..Preferences::default()
        };
        let mut app = StudioApp::new(prefs, Box::new(ScriptedDialogs::default()))
            .with_project(synthetic_project(FEATURES, RESPONDENTS), None);
        app.view_mut().tab = tab;
        let mut bench = Self {
            ctx: egui::Context::default(),
            app,
            time: 0.0,
            changes: 0,
        };
        for _ in 0..WARM_UP_FRAMES {
            bench.frame().drop_without_applying_deltas();
        }
        bench
    }

    fn input(&mut self) -> egui::RawInput {
        self.time += 1.0 / 60.0;
        egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1600.0, 1000.0),
            )),
            time: Some(self.time),
            ..Default::default()
        }
    }

    /// One frame, as eframe runs it: the whole studio inside the root `Ui`.
    fn frame(&mut self) -> egui::FullOutput {
        let input = self.input();
        let app = &mut self.app;
        self.ctx.run_ui(input, |ui| app.show(ui))
    }

    /// Changes one answer the way a panel asks for it, then draws the next frame.
    fn change_one_answer_and_redraw(&mut self) -> egui::FullOutput {
        self.changes += 1;
        let k = self.changes;
        let answers = [
            Response::pair(Answer::Like, Answer::Dislike),
            Response::pair(Answer::Neutral, Answer::MustBe),
        ];
        let edit = Edit::SetResponse {
            respondent: (k * 7919) % RESPONDENTS,
            feature: k % FEATURES,
            response: answers[k % 2],
        };
        let ctx = self.ctx.clone();
        self.app.run_actions(
            &ctx,
            vec![Action::Edit {
                edit,
                label: "Set answer".to_owned(),
                merge: None,
            }],
        );
        self.frame()
    }
}

fn frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("studio frame, 200 features x 10,000 respondents, 1600x1000");
    for (name, tab) in [("results", Tab::Results), ("plots", Tab::Plots)] {
        let mut bench = Bench::new(tab);
        group.bench_function(format!("{name}: one frame"), |b| {
            b.iter(|| bench.frame().drop_without_applying_deltas());
        });
        let mut bench = Bench::new(tab);
        group.bench_function(format!("{name}: change one answer and redraw"), |b| {
            b.iter(|| {
                bench
                    .change_one_answer_and_redraw()
                    .drop_without_applying_deltas();
            });
        });
    }
    let mut bench = Bench::new(Tab::Results);
    group.bench_function("results: one frame and its tessellation", |b| {
        b.iter(|| {
            let mut output = bench.frame();
            output.textures_delta.clear();
            let shapes = std::mem::take(&mut output.shapes);
            black_box(bench.ctx.tessellate(shapes, output.pixels_per_point))
        });
    });
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
