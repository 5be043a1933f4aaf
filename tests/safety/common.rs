//! Helpers shared by the safety tests.

use kanoscope::io::samples::Sample;
use kanoscope::kano::{Analysis, Answer, Response};
use kanoscope::project::{Feature, Project, Respondent};
use std::path::Path;

/// The names in a folder, sorted, hidden ones included.
pub fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A small project whose title tells versions apart.
pub fn version(title: &str) -> Project {
    let features = vec![Feature {
        id: "wifi".into(),
        name: "Wi-Fi".into(),
        ..Feature::default()
    }];
    let respondents = vec![Respondent {
        id: "r-0001".into(),
        responses: vec![Response {
            functional: Some(Answer::Like),
            dysfunctional: Some(Answer::Dislike),
            importance: None,
        }],
        ..Respondent::default()
    }];
    Project::from_parts(title.into(), Analysis::default(), features, respondents).unwrap()
}

/// A sample project large enough that a write of it is not one system call's worth.
pub fn sample() -> Project {
    Sample::MetroEnglish.project()
}
