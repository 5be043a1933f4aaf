//! `kanoscope room FILE` as a separate process: the contract of FORMATS.md "The live room".

use super::client::{HeadlessRoom, get, post, submission};
use kanoscope::io::{read_project, samples::Sample, save_project};
use kanoscope::project::SurveySettings;
use std::path::PathBuf;

fn sample_file(dir: &tempfile::TempDir) -> (PathBuf, Vec<String>, usize) {
    let project = Sample::MetroEnglish.project().with_survey(SurveySettings {
        importance: true,
        ..SurveySettings::default()
    });
    let path = dir.path().join("metro.kano.json");
    save_project(&path, &project).unwrap();
    let ids = project.features().iter().map(|f| f.id.clone()).collect();
    (path, ids, project.respondents().len())
}

#[test]
fn phones_answer_and_every_answer_is_in_the_file_before_its_201() {
    let dir = tempfile::tempdir().unwrap();
    let (path, features, before) = sample_file(&dir);
    let room = HeadlessRoom::start(&path, &["--segment-question", "Which line do you use?"]);
    assert!(room.url.starts_with("http://127.0.0.1:"), "{}", room.url);
    let token = room.url.rsplit('/').next().unwrap();
    assert!(token.len() >= 22, "a token of at least 128 bits: {token}");

    let page = get(&room.url);
    assert_eq!(page.status, 200);
    assert!(page.content_type.starts_with("text/html"));
    assert!(page.body.contains("<html lang=\"en\">"));
    assert!(
        page.policy.contains("default-src 'none'"),
        "{}",
        page.policy
    );
    assert!(
        page.policy.contains("script-src 'nonce-"),
        "{}",
        page.policy
    );
    assert!(!page.body.contains("{{NONCE}}"));
    for external in ["http://", "https://", "//fonts", "src=\""] {
        assert!(
            !page.body.contains(external),
            "the page refers to {external}"
        );
    }

    let survey = get(&format!("{}/survey", room.url)).json();
    assert_eq!(survey["language"], "en");
    assert_eq!(survey["segment_question"], "Which line do you use?");
    assert_eq!(survey["features"].as_array().unwrap().len(), features.len());
    assert_eq!(survey["importance"]["max"], 9);

    let body = submission("phone-a-0001", &features, Some(7));
    let first = post(&format!("{}/responses", room.url), &body);
    assert_eq!(first.status, 201, "{}", first.body);
    let id = first.json()["respondent"].as_str().unwrap().to_owned();
    // The 201 came after the save: the file holds the respondent now.
    let saved = read_project(&path).unwrap();
    assert_eq!(saved.respondents().len(), before + 1);
    let respondent = saved.respondents().last().unwrap();
    assert_eq!(respondent.id, id);
    assert_eq!(respondent.responses[0].importance.map(|i| i.get()), Some(7));

    let again = post(&format!("{}/responses", room.url), &body);
    assert_eq!(again.status, 200, "{}", again.body);
    assert_eq!(again.json()["respondent"], id.as_str());
    assert_eq!(read_project(&path).unwrap().respondents().len(), before + 1);
    assert!(room.interrupt(), "Ctrl+C ends the room cleanly");
}

#[test]
fn a_retry_after_the_room_restarts_is_still_one_respondent() {
    let dir = tempfile::tempdir().unwrap();
    let (path, features, before) = sample_file(&dir);
    let body = submission("retry-after-restart", &features, None);
    let room = HeadlessRoom::start(&path, &[]);
    let first = post(&format!("{}/responses", room.url), &body);
    assert_eq!(first.status, 201);
    assert!(room.interrupt());
    let room = HeadlessRoom::start(&path, &[]);
    let again = post(&format!("{}/responses", room.url), &body);
    assert_eq!(again.status, 200);
    assert_eq!(again.json()["respondent"], first.json()["respondent"]);
    assert!(room.interrupt());
    assert_eq!(read_project(&path).unwrap().respondents().len(), before + 1);
}

#[test]
fn many_phones_at_once_with_retries_lose_nothing_and_count_nobody_twice() {
    let dir = tempfile::tempdir().unwrap();
    let (path, features, before) = sample_file(&dir);
    let room = HeadlessRoom::start(&path, &[]);
    let url = format!("{}/responses", room.url);
    let phones = 48;
    let ids: Vec<(String, u16)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..phones)
            .map(|i| {
                let (url, features) = (&url, &features);
                scope.spawn(move || {
                    // Every phone sends twice, as one on flaky Wi-Fi would.
                    let body = submission(&format!("crowd-{i:04}"), features, Some(5));
                    let a = post(url, &body);
                    let b = post(url, &body);
                    assert_eq!(a.json()["respondent"], b.json()["respondent"]);
                    vec![
                        (
                            a.json()["respondent"].as_str().unwrap().to_owned(),
                            a.status,
                        ),
                        (
                            b.json()["respondent"].as_str().unwrap().to_owned(),
                            b.status,
                        ),
                    ]
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    assert_eq!(ids.iter().filter(|(_, s)| *s == 201).count(), phones);
    assert_eq!(ids.iter().filter(|(_, s)| *s == 200).count(), phones);
    assert!(room.interrupt());
    let saved = read_project(&path).unwrap();
    assert_eq!(saved.respondents().len(), before + phones);
    for i in 0..phones {
        let id = format!("phone-crowd-{i:04}");
        assert!(saved.respondent_index(&id).is_some(), "{id} is in the file");
    }
}

#[test]
fn every_bad_request_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (path, features, _) = sample_file(&dir);
    let original = std::fs::read(&path).unwrap();
    let room = HeadlessRoom::start(&path, &[]);
    let url = &room.url;
    let (base, token) = url.rsplit_once('/').unwrap();
    let good = submission("bad-requests-1", &features, Some(3));
    let responses = format!("{url}/responses");
    let check = |status: u16, answer: super::client::Answer| {
        assert_eq!(answer.status, status, "{}", answer.body);
        if status != 200 {
            assert!(answer.json()["error"].is_string(), "{}", answer.body);
        }
    };
    check(404, get(&format!("{base}/{}", "A".repeat(token.len()))));
    check(404, get(&format!("{base}/{token}x")));
    check(404, get(&format!("{url}/other")));
    check(404, get(&base.replace("/r", "/favicon.ico")));
    check(404, post(&format!("{base}/wrong-token/responses"), &good));
    check(404, get(&responses));
    check(
        400,
        post(&responses, &good.replace(&features[0], "no-such-feature")),
    );
    check(400, post(&responses, &good.replace("\"like\"", "\"love\"")));
    check(400, post(&responses, &good.replace(":3", ":10")));
    check(400, post(&responses, &good.replace(":3", ":-1")));
    check(
        400,
        post(&responses, &good.replace("bad-requests-1", "short")),
    );
    check(400, post(&responses, "{\"submission\": \"bad-requests-2\""));
    check(400, post(&responses, "[]"));
    check(400, post(&responses, ""));
    let huge = good.replace(
        "\"answers\"",
        &format!("\"pad\":\"{}\",\"answers\"", "x".repeat(70 * 1024)),
    );
    check(413, post(&responses, &huge));
    assert!(room.interrupt());
    assert_eq!(
        std::fs::read(&path).unwrap(),
        original,
        "nothing was stored"
    );
}

#[test]
fn a_bad_file_is_refused_before_any_room_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.kano.json");
    std::fs::write(&path, "{ not json").unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_kanoscope"))
        .arg("room")
        .arg(&path)
        .args(["--bind", "127.0.0.1", "--port", "0"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(output.stdout.is_empty(), "no room was announced");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("broken.kano.json"), "{stderr}");
}

#[test]
fn ctrl_c_while_phones_submit_leaves_a_complete_file_with_every_confirmed_respondent() {
    let dir = tempfile::tempdir().unwrap();
    let (path, features, before) = sample_file(&dir);
    let room = HeadlessRoom::start(&path, &[]);
    let url = format!("{}/responses", room.url);
    let (confirmed, first) = std::sync::mpsc::channel::<String>();
    let phones: Vec<_> = (0..24)
        .map(|i| {
            let (url, features, confirmed) = (url.clone(), features.clone(), confirmed.clone());
            std::thread::spawn(move || {
                let body = submission(&format!("interrupted-{i:03}"), &features, None);
                // A phone whose room went away gets no answer at all: only 201s count.
                let agent: ureq::Agent = ureq::Agent::config_builder()
                    .http_status_as_error(false)
                    .build()
                    .into();
                let status = agent
                    .post(&url)
                    .header("Content-Type", "application/json")
                    .send(&body)
                    .map(|r| r.status().as_u16());
                if status.ok() == Some(201) {
                    let _ = confirmed.send(format!("phone-interrupted-{i:03}"));
                }
            })
        })
        .collect();
    drop(confirmed);
    let mut stored = vec![first.recv().expect("at least one phone is confirmed")];
    assert!(room.interrupt(), "Ctrl+C ends the room cleanly");
    for phone in phones {
        phone.join().unwrap();
    }
    stored.extend(first.iter());
    let saved = read_project(&path).expect("the file is complete and valid");
    assert!(saved.respondents().len() >= before + stored.len());
    for id in &stored {
        assert!(
            saved.respondent_index(id).is_some(),
            "{id} was confirmed, so it is in the file"
        );
    }
}
