//! Live room benchmarks (criterion), on loopback through a real HTTP client (ureq).
//!
//! Goals (issue 14): 300 phones submitting 32 at a time are all stored in under 10 s, with a p99
//! latency under 250 ms, whether the project already holds 120 or 10,000 respondents (saves are
//! grouped, so a submission's cost does not grow with the project); and a studio frame stays
//! under 8 ms while answers stream in. Criterion times the 300 submissions; each run also prints
//! the p99 latency it saw.

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use eframe::egui;
use kanoscope::app::{Preferences, ScriptedDialogs, StudioApp};
use kanoscope::cli::{RoomArgs, serve_room_announcing};
use kanoscope::i18n::Lang;
use kanoscope::project::synthetic_project;
use kanoscope::ui::room_panel::RoomSetup;
use kanoscope::ui::{Action, Command};
use std::net::{IpAddr, Ipv4Addr};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

const FEATURES: usize = 14;
const PHONES: usize = 300;
const AT_ONCE: usize = 32;

/// A fresh submission id for every phone of every run.
static NEXT_PHONE: AtomicUsize = AtomicUsize::new(0);

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

fn body(phone: usize) -> String {
    let tokens = ["like", "must-be", "neutral", "live-with", "dislike"];
    let answers: serde_json::Map<String, serde_json::Value> = (0..FEATURES)
        .map(|j| {
            (
                format!("feature-{j:03}"),
                serde_json::json!({
                    "functional": tokens[(phone + j) % 5],
                    "dysfunctional": tokens[(phone * 3 + j) % 5],
                    "importance": 1 + (phone + j) % 9,
                }),
            )
        })
        .collect();
    serde_json::json!({ "submission": format!("bench-phone-{phone:08}"), "answers": answers })
        .to_string()
}

/// Sends `PHONES` submissions, `AT_ONCE` at a time; the latencies, in submission order.
fn crowd(url: &str) -> Vec<Duration> {
    let next = AtomicUsize::new(0);
    let mut latencies: Vec<Duration> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..AT_ONCE)
            .map(|_| {
                let next = &next;
                scope.spawn(move || {
                    let agent = agent();
                    let mut seen = Vec::new();
                    while next.fetch_add(1, Ordering::Relaxed) < PHONES {
                        let phone = NEXT_PHONE.fetch_add(1, Ordering::Relaxed);
                        let start = Instant::now();
                        let status = agent
                            .post(url)
                            .header("Content-Type", "application/json")
                            .send(body(phone))
                            .map(|r| r.status().as_u16());
                        assert_eq!(status.ok(), Some(201), "every phone is stored");
                        seen.push(start.elapsed());
                    }
                    seen
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    latencies.sort();
    latencies
}

fn headless(c: &mut Criterion) {
    let mut group = c.benchmark_group("room: 300 phones, 32 at a time, loopback");
    // Each run is seconds long: the same few runs per sample, not criterion's growing ones.
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    for existing in [120, 10_000] {
        group.bench_function(format!("{existing} respondents already in the file"), |b| {
            b.iter_custom(|iterations| {
                let mut total = Duration::ZERO;
                let mut worst_p99 = Duration::ZERO;
                for _ in 0..iterations {
                    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
                    let file = dir.path().join("bench.kano.json");
                    kanoscope::io::save_project(&file, &synthetic_project(FEATURES, existing))
                        .unwrap_or_else(|e| panic!("{e}"));
                    let args = RoomArgs {
                        file,
                        bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
                        port: 0,
                        lang: None,
                        segment_question: None,
                    };
                    let stop = AtomicBool::new(false);
                    let (opened, urls) = mpsc::channel();
                    std::thread::scope(|scope| {
                        let room = scope.spawn(|| {
                            serve_room_announcing(&args, &stop, |url| {
                                let _ = opened.send(url.to_owned());
                                Ok(())
                            })
                        });
                        let url = format!("{}/responses", urls.recv().unwrap_or_default());
                        let start = Instant::now();
                        let latencies = crowd(&url);
                        total += start.elapsed();
                        let p99 = latencies[latencies.len() * 99 / 100];
                        worst_p99 = worst_p99.max(p99);
                        stop.store(true, Ordering::SeqCst);
                        let _ = room.join();
                    });
                }
                eprintln!(
                    "  {existing} respondents: worst p99 latency of this sample {worst_p99:?}"
                );
                total
            });
        });
    }
    group.finish();
}

fn studio_frame(c: &mut Criterion) {
    let prefs = Preferences {
        lang: Some(Lang::En),
        ..Preferences::default()
    };
    let recovery = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut app = StudioApp::new(prefs, Box::new(ScriptedDialogs::default()))
        .with_project(synthetic_project(FEATURES, 10_000), None)
        .with_autosave(recovery.path().to_owned(), Duration::from_secs(3600));
    let ctx = egui::Context::default();
    let mut time = 0.0;
    let mut frame = |app: &mut StudioApp| {
        time += 1.0 / 60.0;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1600.0, 1000.0),
            )),
            time: Some(time),
            ..Default::default()
        };
        ctx.run_ui(input, |ui| app.show(ui))
            .drop_without_applying_deltas();
    };
    app.queue(Action::Command(Command::OpenRoom));
    frame(&mut app);
    app.queue(Action::OpenRoom(RoomSetup {
        address: Some(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        segment_question: String::new(),
    }));
    frame(&mut app);
    let Some(kanoscope::app::LiveRoom::Open(open)) = app.live_room() else {
        panic!("the room did not open");
    };
    let url = format!("{}/responses", open.url());
    let streaming = Arc::new(AtomicBool::new(true));
    let phones = {
        let streaming = Arc::clone(&streaming);
        std::thread::spawn(move || {
            let agent = agent();
            while streaming.load(Ordering::Relaxed) {
                let phone = NEXT_PHONE.fetch_add(1, Ordering::Relaxed);
                let _ = agent
                    .post(&url)
                    .header("Content-Type", "application/json")
                    .send(body(phone));
            }
        })
    };
    c.bench_function(
        "studio frame, workshop mode with the room open, 10,000 respondents, answers streaming in",
        |b| b.iter(|| frame(&mut app)),
    );
    streaming.store(false, Ordering::Relaxed);
    // The phone's last request waits for a frame to answer it.
    while !phones.is_finished() {
        frame(&mut app);
    }
    let _ = phones.join();
}

criterion_group!(benches, headless, studio_frame);
criterion_main!(benches);
