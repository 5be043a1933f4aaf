//! Synthetic projects of any size, for benchmarks and the large-file generator. Deterministic:
//! the same size always gives the same project, with no random-number crate and no clock.

use super::{Feature, Project, Respondent};
use crate::kano::{Analysis, Answer, Importance, Response};

/// A project with `features` features and `respondents` respondents in three segments, every
/// pair answered, answers spread over all categories, importance given by most respondents.
pub fn synthetic_project(features: usize, respondents: usize) -> Project {
    let features_list: Vec<Feature> = (0..features)
        .map(|j| Feature {
            id: format!("feature-{j:03}"),
            name: format!("Feature {j}"),
            functional: format!("If the service had feature {j}, how would you feel?"),
            dysfunctional: format!("If the service did not have feature {j}, how would you feel?"),
            touchpoint: format!("Touchpoint {}", j / 10 + 1),
            notes: String::new(),
            dimension: None,
        })
        .collect();
    // A small linear congruential generator keeps the data varied yet reproducible.
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move |modulus: u64| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % modulus
    };
    let segments = ["Commuter", "Occasional traveller", "Tourist"];
    let respondents_list: Vec<Respondent> = (0..respondents)
        .map(|i| Respondent {
            id: format!("r-{:06}", i + 1),
            segment: segments[i % segments.len()].to_owned(),
            responses: (0..features)
                .map(|j| {
                    // Each feature leans towards one answer pair so that categories differ.
                    let lean = j as u64 % 5;
                    let pick = |roll: u64| Answer::ALL[((roll + lean) % 5) as usize];
                    Response {
                        functional: Some(pick(next(3))),
                        dysfunctional: Some(Answer::ALL[(4 - ((next(3) + lean) % 5)) as usize]),
                        importance: (next(10) > 0)
                            .then(|| Importance::new(1 + next(9) as i64).ok())
                            .flatten(),
                    }
                })
                .collect(),
            order: Vec::new(),
        })
        .collect();
    Project::from_parts(
        format!("Synthetic: {features} features x {respondents} respondents"),
        Analysis::default(),
        features_list,
        respondents_list,
    )
    .unwrap_or_default()
}
