//! The room server in this process, with the test as the document's owner: what `kanoscope
//! room` and the studio share (counts, time-outs, the port's lifetime).

use super::client::{get, post, submission};
use kanoscope::i18n::Lang;
use kanoscope::io::samples::Sample;
use kanoscope::project::Project;
use kanoscope::room::{Outcome, Plan, Room, RoomOptions, RoomSurvey};
use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, TcpStream};
use std::sync::Arc;
use std::time::Duration;

fn open(project: &Project, lang: Lang) -> Room {
    Room::open(
        RoomOptions {
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            survey: RoomSurvey::new(project, lang, None),
        },
        Arc::new(|| {}),
    )
    .expect("the room opens")
}

/// Reads until the server closes the connection; what it sent.
fn read_to_close(mut stream: TcpStream) -> String {
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let mut text = Vec::new();
    let mut buffer = [0u8; 1024];
    loop {
        match stream.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => text.extend_from_slice(&buffer[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => break,
            Err(e) => panic!("the server never let go: {e}"),
        }
    }
    String::from_utf8_lossy(&text).into_owned()
}

#[test]
fn a_client_that_sends_no_request_is_let_go() {
    let room = open(&Sample::MetroEnglish.project(), Lang::En);
    let mut stream = TcpStream::connect(room.address()).unwrap();
    stream.write_all(b"GET /r/").unwrap();
    // The header time-out closes the connection; a read time-out here would fail the test.
    read_to_close(stream);
}

#[test]
fn a_body_that_never_finishes_is_refused() {
    let room = open(&Sample::MetroEnglish.project(), Lang::En);
    let path = format!("/r/{}/responses", room.url().rsplit('/').next().unwrap());
    let mut stream = TcpStream::connect(room.address()).unwrap();
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{{\"submission\""
    )
    .unwrap();
    let reply = read_to_close(stream);
    assert!(reply.starts_with("HTTP/1.1 408"), "{reply}");
    assert!(room.try_arrival().is_none(), "nothing reached the owner");
}

#[test]
fn the_owner_answers_and_the_counts_follow() {
    let mut project = Sample::MetroChinese.project();
    let room = open(&project, Lang::Zh);
    let survey = get(&format!("{}/survey?phone=first-phone", room.url())).json();
    assert_eq!(survey["answers"][0]["text"], "我很喜欢");
    get(&format!("{}/survey?phone=first-phone", room.url()));
    get(&format!("{}/survey?phone=second-phone", room.url()));
    assert_eq!(room.counts().joined(), 2);
    let page = get(room.url());
    assert!(page.body.contains("<html lang=\"zh\">"));

    let features: Vec<String> = project.features().iter().map(|f| f.id.clone()).collect();
    let url = format!("{}/responses", room.url());
    let body = submission("first-phone", &features, None);
    std::thread::scope(|scope| {
        let phone = scope.spawn(|| post(&url, &body));
        let arrival = room
            .wait_arrival(Duration::from_secs(60))
            .expect("the submission arrives");
        let Plan::Add(edit) = arrival.submission.plan(&project) else {
            panic!("a new respondent");
        };
        project.apply(edit).unwrap();
        arrival.answer(Outcome::Added("phone-first-phone".into()));
        let answer = phone.join().unwrap();
        assert_eq!(answer.status, 201);
        assert_eq!(answer.json()["respondent"], "phone-first-phone");
    });
    assert_eq!(room.counts().finished(), 1);

    // An owner that could not save tells the phone to try again, and counts nobody.
    std::thread::scope(|scope| {
        let phone = scope.spawn(|| post(&url, &submission("second-phone", &features, None)));
        let arrival = room.wait_arrival(Duration::from_secs(60)).unwrap();
        arrival.answer(Outcome::NotSaved("disk full".into()));
        assert_eq!(phone.join().unwrap().status, 503);
    });
    assert_eq!(room.counts().finished(), 1);
}

#[test]
fn closing_the_room_releases_the_port_and_waiting_phones_are_told_to_retry() {
    let project = Sample::MetroEnglish.project();
    let room = open(&project, Lang::En);
    let address = room.address();
    let url = format!("{}/responses", room.url());
    let features: Vec<String> = project.features().iter().map(|f| f.id.clone()).collect();
    let phone = std::thread::spawn(move || post(&url, &submission("late-phone", &features, None)));
    let arrival = room.wait_arrival(Duration::from_secs(60)).unwrap();
    drop(arrival);
    assert_eq!(phone.join().unwrap().status, 503);
    room.close();
    assert!(
        TcpStream::connect(address).is_err(),
        "nothing listens any more"
    );
}
