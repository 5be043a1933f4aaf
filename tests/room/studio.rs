//! The studio's room, through the whole window (egui_kittest) and a real HTTP client: the
//! set-up, answers that become one undo step each and are in the recovery copy before their
//! 201, the counts on the projector, and closing.

use super::client::{get, post, submission};
use eframe::egui;
use egui_kittest::{Harness, kittest::Queryable};
use kanoscope::app::{LiveRoom, Mode, Preferences, ScriptedDialogs, StudioApp};
use kanoscope::i18n::Lang;
use kanoscope::io::samples::Sample;
use kanoscope::ui::room_panel::RoomSetup;
use kanoscope::ui::{Action, Command};
use std::net::{IpAddr, Ipv4Addr, TcpStream};
use std::time::Duration;

fn harness(recovery: &std::path::Path) -> Harness<'static, StudioApp> {
    let prefs = Preferences {
        lang: Some(Lang::En),
        ..Preferences::default()
    };
    let app = StudioApp::new(prefs, Box::new(ScriptedDialogs::default()))
        .with_project(Sample::MetroEnglish.project(), None)
        .with_autosave(recovery.to_owned(), Duration::from_secs(3600));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .with_context_setup(kanoscope::ui::fonts::install_bundled)
        .build_ui_state(|ui, app: &mut StudioApp| app.show(ui), app);
    harness.step();
    harness
}

fn url(harness: &Harness<'_, StudioApp>) -> String {
    match harness.state().live_room() {
        Some(LiveRoom::Open(open)) => open.url().to_owned(),
        other => panic!("the room is not open: {other:?}"),
    }
}

/// Runs frames until `phone` has its answer.
fn answered<T>(harness: &mut Harness<'_, StudioApp>, phone: std::thread::JoinHandle<T>) -> T {
    while !phone.is_finished() {
        harness.step();
        std::thread::yield_now();
    }
    phone.join().expect("the phone's thread")
}

#[test]
fn the_studio_room_takes_answers_as_undo_steps_kept_in_the_recovery_copy() {
    let recovery = tempfile::tempdir().unwrap();
    let mut harness = harness(recovery.path());
    harness
        .state_mut()
        .queue(Action::Command(Command::OpenRoom));
    harness.step();
    assert!(matches!(harness.state().mode(), Mode::Present(_)));
    assert!(matches!(
        harness.state().live_room(),
        Some(LiveRoom::Setup { .. })
    ));
    harness.get_by_label("Question for a group (optional)");

    harness.state_mut().queue(Action::OpenRoom(RoomSetup {
        address: Some(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        segment_question: "Which line do you use?".into(),
    }));
    harness.step();
    let url = url(&harness);
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    harness.step();
    harness.get_by_label(url.as_str());

    let survey = get(&format!("{url}/survey?phone=studio-phone-1"));
    assert_eq!(survey.json()["segment_question"], "Which line do you use?");
    let before = harness.state().document().project().respondents().len();
    let features: Vec<String> = harness
        .state()
        .document()
        .project()
        .features()
        .iter()
        .map(|f| f.id.clone())
        .collect();
    let body = submission("studio-phone-1", &features, None)
        .replace("\"answers\"", "\"segment\":\"Line 11\",\"answers\"");
    let responses = format!("{url}/responses");
    let phone = {
        let (responses, body) = (responses.clone(), body.clone());
        std::thread::spawn(move || post(&responses, &body))
    };
    let answer = answered(&mut harness, phone);
    assert_eq!(answer.status, 201, "{}", answer.body);
    assert_eq!(answer.json()["respondent"], "phone-studio-phone-1");

    let document = harness.state().document();
    assert_eq!(document.project().respondents().len(), before + 1);
    let added = document.project().respondents().last().unwrap();
    assert_eq!(added.segment, "Line 11");
    assert_eq!(
        document.undo_label(),
        Some("Room answers of phone-studio-phone-1")
    );
    // Answered only once the recovery copy holds the respondent.
    let copies = kanoscope::io::recovery::find(recovery.path()).unwrap();
    assert_eq!(copies.len(), 1);
    let copy = kanoscope::io::recovery::restore(&copies[0].file).unwrap();
    assert!(copy.respondent_index("phone-studio-phone-1").is_some());

    // A retry is the same respondent, not a second one.
    let phone = std::thread::spawn(move || post(&responses, &body));
    let again = answered(&mut harness, phone);
    assert_eq!(again.status, 200);
    assert_eq!(
        harness.state().document().project().respondents().len(),
        before + 1
    );
    harness.step();
    harness.get_by_label("1 phones joined · 1 finished");

    let address = url
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    harness.state_mut().queue(Action::CloseRoom);
    harness.step();
    assert!(harness.state().live_room().is_none());
    assert!(TcpStream::connect(address).is_err(), "the port is released");
}
