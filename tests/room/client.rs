//! A small real HTTP client (ureq) for the room tests, and a way to run `kanoscope room`.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// An HTTP answer: status, headers we check, body.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub content_type: String,
    pub policy: String,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(std::time::Duration::from_secs(60)))
        .build()
        .into()
}

fn answer(response: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Answer {
    let mut response = response.expect("the room answers");
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let content_type = header("content-type");
    let policy = header("content-security-policy");
    let status = response.status().as_u16();
    let body = response.body_mut().read_to_string().unwrap_or_default();
    Answer {
        status,
        content_type,
        policy,
        body,
    }
}

pub fn get(url: &str) -> Answer {
    answer(agent().get(url).call())
}

pub fn post(url: &str, body: &str) -> Answer {
    answer(
        agent()
            .post(url)
            .header("Content-Type", "application/json")
            .send(body),
    )
}

/// A submission answering every feature of `features` (ids) with one pattern.
pub fn submission(id: &str, features: &[String], importance: Option<u8>) -> String {
    let answers: serde_json::Map<String, serde_json::Value> = features
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let tokens = ["like", "must-be", "neutral", "live-with", "dislike"];
            let mut pair = serde_json::json!({
                "functional": tokens[i % 5],
                "dysfunctional": tokens[(i + 2) % 5],
            });
            if let Some(v) = importance {
                pair["importance"] = v.into();
            }
            (f.clone(), pair)
        })
        .collect();
    serde_json::json!({ "submission": id, "answers": answers }).to_string()
}

/// `kanoscope room` running on a file, on loopback.
pub struct HeadlessRoom {
    pub child: Child,
    pub url: String,
}

impl HeadlessRoom {
    pub fn start(file: &Path, extra: &[&str]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kanoscope"))
            .arg("room")
            .arg(file)
            .args(["--bind", "127.0.0.1", "--port", "0"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("kanoscope starts");
        let mut first = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut first)
            .expect("a first line");
        let url = first
            .trim()
            .strip_prefix("Room open: ")
            .unwrap_or_else(|| panic!("first line: {first:?}"))
            .to_owned();
        Self { child, url }
    }

    /// Ctrl+C (SIGINT), then waits for the process to end; returns whether it succeeded.
    pub fn interrupt(mut self) -> bool {
        let status = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
        self.child.wait().expect("the room ends").success()
    }
}

impl Drop for HeadlessRoom {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
