//! Defensive loading: a size limit checked before reading, things that are not regular files,
//! deep nesting (no stack overflow, a clear message), invalid UTF-8 and lone surrogates (clear
//! messages), odd ids that round-trip, progress reports, and loading on a worker thread.

use super::common::{listing, sample};
use kanoscope::io::{
    Limits, LoadError, Loaded, ParseError, Progress, SaveError, parse_project, project_to_json,
    read_project, read_project_with_progress, save_project,
};
use kanoscope::kano::{Analysis, Answer, Response};
use kanoscope::project::{Feature, Project, Respondent, synthetic_project};
use std::cell::RefCell;
use tempfile::TempDir;

const HEADER: &str = r#""format": "kanoscope-project", "version": 1"#;

/// The message for `text`, which must be refused.
fn refused(text: &[u8]) -> ParseError {
    match parse_project(text) {
        Ok(_) => panic!("accepted: {}", String::from_utf8_lossy(text)),
        Err(error) => error,
    }
}

/// Runs `f` on a thread with a small stack, as a worker thread might have: deep input must not
/// need deep recursion.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn a_file_over_the_limit_is_refused_before_any_of_it_is_read() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("big.kano.json");
    let text = project_to_json(&sample());
    std::fs::write(&path, &text).unwrap();
    let size = text.len() as u64;
    let calls = RefCell::new(Vec::new());
    let limits = Limits {
        max_bytes: size - 1,
    };
    let error =
        read_project_with_progress(&path, &limits, &|p| calls.borrow_mut().push(p)).unwrap_err();
    match &error {
        LoadError::TooLarge {
            size: s, limit: l, ..
        } => assert_eq!((*s, *l), (size, size - 1)),
        other => panic!("expected TooLarge, got {other:?}"),
    }
    assert!(
        calls.borrow().is_empty(),
        "progress was reported: {calls:?}"
    );
    let message = error.to_string();
    assert!(
        message.contains("MB") && message.contains("not opened"),
        "{message}"
    );
    assert!(message.contains("big.kano.json"), "{message}");
    // At the limit exactly, it loads.
    let limits = Limits { max_bytes: size };
    let loaded = read_project_with_progress(&path, &limits, &|_| {}).unwrap();
    assert_eq!(loaded.project, sample());
    assert_eq!(Limits::default().max_bytes, 512 * 1024 * 1024);
}

#[cfg(unix)]
#[test]
fn things_that_are_not_regular_files_are_refused_without_waiting() {
    let dir = TempDir::new().unwrap();
    let fifo = dir.path().join("pipe.kano.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    // Opening a pipe with no writer would block forever; the loader must not even open it.
    let mut paths = vec![std::path::PathBuf::from("/dev/zero")];
    if made {
        paths.push(fifo);
    }
    for path in paths {
        let error = read_project(&path).unwrap_err();
        assert!(matches!(error, LoadError::Io { .. }), "{error:?}");
        assert!(error.to_string().contains("not a regular file"), "{error}");
    }
}

#[test]
fn deep_nesting_anywhere_gives_a_message_not_a_stack_overflow() {
    const DEPTH: usize = 100_000;
    let arrays = format!("{}{}", "[".repeat(DEPTH), "]".repeat(DEPTH));
    let objects = format!("{}1{}", r#"{"a":"#.repeat(DEPTH), "}".repeat(DEPTH));
    let unclosed = "[".repeat(DEPTH);
    on_small_stack(move || {
        // Where the format has no field, deep data is skipped over (without recursion).
        let ignored = format!(r#"{{{HEADER}, "extra": {arrays}, "more": {objects}}}"#);
        assert_eq!(parse_project(ignored.as_bytes()).unwrap(), Project::new(""));
        // In each place that expects something, the message says what.
        for (field, value) in [
            ("title", &arrays),
            ("format", &objects),
            ("analysis", &arrays),
            ("survey", &arrays),
            ("features", &arrays),
            ("respondents", &objects),
        ] {
            let text = if field == "format" {
                format!(r#"{{"format": {value}, "version": 1}}"#)
            } else {
                format!(r#"{{{HEADER}, "{field}": {value}}}"#)
            };
            let error = refused(text.as_bytes());
            assert!(error.message().contains("expected"), "{field}: {error}");
            assert!(error.position.is_some(), "{field}: {error}");
        }
        // Deep data skipped over, then an error that sends the loader back to find its place.
        let late = format!(
            r#"{{{HEADER}, "extra": {objects}, "features": [{{"id": "a"}}], "respondents": [{{"id": "r", "answers": {{"a": {{"functional": "maybe"}}}}}}]}}"#
        );
        let error = refused(late.as_bytes());
        assert_eq!(
            error.path.as_deref(),
            Some("respondents[0].answers.a.functional")
        );
        // Cut off in the middle of the nesting.
        let cut = format!(r#"{{{HEADER}, "extra": {unclosed}"#);
        assert!(refused(cut.as_bytes()).message().contains("ends too early"));
    });
}

#[test]
fn text_that_is_not_utf8_is_refused_in_plain_words() {
    for bad in [
        &b"\xff\xfe"[..],    // a UTF-16 byte-order mark
        b"caf\xe9",          // Latin-1
        b"\xc0\xaf",         // an overlong encoding of '/'
        b"\xed\xa0\x80",     // a surrogate encoded as UTF-8
        b"\xf4\x90\x80\x80", // beyond U+10FFFF
        b"\xe4\xb8",         // a character cut in half
    ] {
        let mut text = format!(r#"{{{HEADER}, "title": ""#).into_bytes();
        text.extend_from_slice(bad);
        text.extend_from_slice(b"\"}");
        let error = refused(&text);
        assert_eq!(error.path.as_deref(), Some("title"), "{bad:?}: {error}");
        assert!(
            error.message().contains("not valid UTF-8"),
            "{bad:?}: {error}"
        );
    }
}

#[test]
fn lone_surrogate_escapes_are_refused_in_plain_words() {
    for escape in [
        r"\ud800",
        r"\udbff",
        r"\udc00",
        r"\udfff",
        r"\ud800\u0041",
        r"\ud800x",
        r"\ud800\n",
    ] {
        for place in ["title", "id"] {
            let text = if place == "title" {
                format!(r#"{{{HEADER}, "title": "a{escape}b"}}"#)
            } else {
                format!(r#"{{{HEADER}, "features": [{{"id": "a{escape}b"}}]}}"#)
            };
            let error = refused(text.as_bytes());
            assert!(
                error.message().contains("surrogate"),
                "{escape} in {place}: {error}"
            );
            assert!(error.position.is_some(), "{escape} in {place}: {error}");
        }
    }
    // A proper pair is a character like any other.
    let text = format!(r#"{{{HEADER}, "title": "Line 11 \ud83d\ude87"}}"#);
    assert_eq!(
        parse_project(text.as_bytes()).unwrap().title(),
        "Line 11 🚇"
    );
}

#[test]
fn raw_control_characters_in_text_are_refused_in_plain_words() {
    let text = format!("{{{HEADER}, \"title\": \"two\nlines\"}}");
    let error = refused(text.as_bytes());
    assert!(error.message().contains("control character"), "{error}");
    assert!(error.message().contains("\\n"), "{error}");
}

/// Ids people (and survey exports) really produce, and some they should not but might.
fn odd_ids() -> Vec<String> {
    vec![
        "with spaces".into(),
        " padded ".into(),
        "a/b\\c".into(),
        "../../etc/passwd".into(),
        "dots.in.the.middle".into(),
        ".".into(),
        "\"quoted\"".into(),
        "it's".into(),
        "emoji 🚇👩‍👩‍👧".into(),
        "עברית".into(),
        "العربية مع 123".into(),
        "\u{202e}reversed".into(),
        "zero\u{200b}width".into(),
        "e\u{301}".into(), // é decomposed...
        "\u{e9}".into(),   // ...and composed: two different ids
        "CASE".into(),
        "case".into(),
        "tab\there".into(),
        "new\nline".into(),
        "nul\u{0}byte".into(),
        // The longest id a project may hold (src/io/text_limits.rs).
        "x".repeat(kanoscope::io::text_limits::MAX_NAME_CHARS),
        "地铁11号线·车站".into(),
    ]
}

#[test]
fn odd_ids_round_trip_and_keep_their_answers() {
    let ids = odd_ids();
    let features: Vec<Feature> = ids
        .iter()
        .map(|id| Feature {
            id: id.clone(),
            name: id.clone(),
            touchpoint: id.clone(),
            ..Feature::default()
        })
        .collect();
    let respondents: Vec<Respondent> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| Respondent {
            id: id.clone(),
            segment: id.clone(),
            // Each respondent answers one feature, so a mix-up of ids would show.
            responses: (0..ids.len())
                .map(|j| {
                    if j == i {
                        Response {
                            functional: Some(Answer::ALL[i % 5]),
                            dysfunctional: Some(Answer::ALL[(i + 2) % 5]),
                            importance: None,
                        }
                    } else {
                        Response::default()
                    }
                })
                .collect(),
            order: if i % 2 == 0 { ids.clone() } else { Vec::new() },
        })
        .collect();
    let project =
        Project::from_parts("Odd ids".into(), Analysis::default(), features, respondents).unwrap();
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("odd.kano.json");
    save_project(&path, &project).unwrap();
    assert_eq!(read_project(&path).unwrap(), project);
    assert_eq!(listing(dir.path()), ["odd.kano.json"]);
}

#[test]
fn progress_counts_the_bytes_then_says_checking() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("big.kano.json");
    let project = synthetic_project(20, 3_000);
    save_project(&path, &project).unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    assert!(
        size > 3 << 20,
        "the file should span several pieces: {size}"
    );
    let reports = RefCell::new(Vec::new());
    let loaded =
        read_project_with_progress(&path, &Limits::default(), &|p| reports.borrow_mut().push(p))
            .unwrap();
    assert_eq!(loaded.project, project);
    let reports = reports.into_inner();
    assert!(
        reports.len() > 3 && reports.len() < 100,
        "{}",
        reports.len()
    );
    assert_eq!(reports.last(), Some(&Progress::Checking));
    assert_eq!(
        reports.first(),
        Some(&Progress::Reading {
            done: 0,
            total: size
        })
    );
    let reading: Vec<u64> = reports[..reports.len() - 1]
        .iter()
        .map(|p| match *p {
            Progress::Reading { done, total } => {
                assert_eq!(total, size);
                done
            }
            Progress::Checking => panic!("checking before the end: {reports:?}"),
        })
        .collect();
    assert!(reading.windows(2).all(|w| w[0] < w[1]), "{reading:?}");
    assert_eq!(reading.last(), Some(&size));
    assert_eq!(
        Progress::Reading { done: 1, total: 4 }.fraction(),
        Some(0.25)
    );
    assert_eq!(Progress::Checking.fraction(), None);
}

#[test]
fn loading_runs_on_a_worker_thread_and_everything_crosses_back() {
    fn sendable<T: Send + 'static>() {}
    sendable::<Project>();
    sendable::<Loaded>();
    sendable::<LoadError>();
    sendable::<SaveError>();
    sendable::<Result<Loaded, LoadError>>();
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("plan.kano.json");
    save_project(&path, &sample()).unwrap();
    let (sender, receiver) = std::sync::mpsc::channel();
    let worker = std::thread::spawn(move || {
        let progress = |p: Progress| {
            let _ = sender.send(p);
        };
        read_project_with_progress(&path, &Limits::default(), &progress)
    });
    let loaded = worker.join().unwrap().unwrap();
    assert_eq!(loaded.project, sample());
    let seen: Vec<Progress> = receiver.try_iter().collect();
    assert_eq!(seen.last(), Some(&Progress::Checking));
}
