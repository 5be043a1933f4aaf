//! A phone's submission (`POST U/responses`): read strictly, checked against the room's
//! [`Catalogue`], and turned into the one [`Edit`] that adds its respondent.
//!
//! Must never: accept anything the contract does not name (unknown fields, features, answers,
//! importances off the scale: all refused, nothing kept), or change the document: it only reads
//! the project to say which edit the owner of the document should apply.

use super::survey::Catalogue;
use crate::kano::{Answer, Importance, Response};
use crate::project::{Edit, Project, Respondent};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The largest request body a room reads.
pub const BODY_LIMIT: usize = 64 * 1024;
/// The shortest and longest submission id a phone may choose.
pub const SUBMISSION_LEN: std::ops::RangeInclusive<usize> = 8..=64;
/// The longest segment answer, in characters.
pub const SEGMENT_LIMIT: usize = 200;
/// What a respondent id from the room begins with; the rest is the phone's submission id, so
/// the project file itself remembers which submissions it holds (a retry after a restart of the
/// room still finds its respondent).
pub const RESPONDENT_PREFIX: &str = "phone-";

/// A checked submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Submission {
    /// The id the phone chose; the same on every retry.
    pub id: String,
    /// The answer to the segment question; empty when none.
    pub segment: String,
    /// The answers, by feature id.
    pub answers: BTreeMap<String, Response>,
}

/// A submission that is refused: what is wrong, in words for the `400 {"error"}` body.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Refusal(pub String);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSubmission {
    submission: String,
    #[serde(default)]
    segment: Option<String>,
    answers: BTreeMap<String, RawAnswer>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnswer {
    functional: Answer,
    dysfunctional: Answer,
    #[serde(default)]
    importance: Option<i64>,
}

impl Submission {
    /// Reads and checks a request body.
    pub fn parse(body: &[u8], catalogue: &Catalogue) -> Result<Self, Refusal> {
        if body.len() > BODY_LIMIT {
            return Err(Refusal(format!(
                "the body is larger than {BODY_LIMIT} bytes"
            )));
        }
        let raw: RawSubmission = {
            let mut de = serde_json::Deserializer::from_slice(body);
            serde_path_to_error::deserialize(&mut de).map_err(|e| {
                let path = e.path().to_string();
                Refusal(format!("at {path}: {}", e.inner()))
            })?
        };
        let id = raw.submission;
        if !SUBMISSION_LEN.contains(&id.len())
            || !id
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
        {
            return Err(Refusal(
                "submission must be 8 to 64 characters from A-Z, a-z, 0-9, - and _".into(),
            ));
        }
        let segment = raw.segment.unwrap_or_default().trim().to_owned();
        if segment.chars().count() > SEGMENT_LIMIT {
            return Err(Refusal(format!(
                "segment is longer than {SEGMENT_LIMIT} characters"
            )));
        }
        if segment.chars().any(char::is_control) {
            return Err(Refusal("segment holds a control character".into()));
        }
        if raw.answers.is_empty() {
            return Err(Refusal("answers is empty".into()));
        }
        let mut answers = BTreeMap::new();
        for (feature, answer) in raw.answers {
            if !catalogue.features.contains(&feature) {
                return Err(Refusal(format!("answers: unknown feature {feature:?}")));
            }
            let importance = match answer.importance {
                None => None,
                Some(value) => {
                    let fits = u8::try_from(value).is_ok_and(|v| catalogue.importance.contains(&v));
                    let checked = Importance::new(value).ok().filter(|_| fits);
                    match checked {
                        Some(i) => Some(i),
                        None => {
                            return Err(Refusal(format!(
                                "answers.{feature}.importance: {value} is off the scale {}..{}",
                                catalogue.importance.start(),
                                catalogue.importance.end()
                            )));
                        }
                    }
                }
            };
            answers.insert(
                feature,
                Response {
                    functional: Some(answer.functional),
                    dysfunctional: Some(answer.dysfunctional),
                    importance,
                },
            );
        }
        Ok(Self {
            id,
            segment,
            answers,
        })
    }

    /// The id of the respondent this submission becomes.
    pub fn respondent_id(&self) -> String {
        format!("{RESPONDENT_PREFIX}{}", self.id)
    }

    /// What the owner of `project` should do with this submission.
    pub fn plan(&self, project: &Project) -> Plan {
        let id = self.respondent_id();
        if project.respondent_index(&id).is_some() {
            return Plan::AlreadyIn(id);
        }
        if let Some(feature) = self
            .answers
            .keys()
            .find(|f| project.feature_index(f).is_none())
        {
            return Plan::Refuse(Refusal(format!(
                "the feature {feature:?} was removed from the survey while the room was open"
            )));
        }
        let responses = project
            .features()
            .iter()
            .map(|f| self.answers.get(&f.id).copied().unwrap_or_default())
            .collect();
        Plan::Add(Edit::InsertRespondent {
            index: project.respondents().len(),
            respondent: Respondent {
                id,
                segment: self.segment.clone(),
                responses,
                order: Vec::new(),
            },
        })
    }
}

/// What the document's owner does with a submission.
#[derive(Clone, Debug, PartialEq)]
pub enum Plan {
    /// Apply this edit (one undo step: one respondent), then answer `201` once it is saved.
    Add(Edit),
    /// The submission is already in the project as this respondent: answer `200`.
    AlreadyIn(String),
    /// The project changed under the room so that the submission no longer fits: answer `400`.
    Refuse(Refusal),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::io::samples::Sample;
    use crate::room::RoomSurvey;

    fn catalogue() -> (Project, Catalogue) {
        let project = Sample::MetroEnglish.project();
        let catalogue = RoomSurvey::new(&project, Lang::En, None).catalogue();
        (project, catalogue)
    }

    fn check(body: &str, expected: Result<(), &str>) {
        let (_, catalogue) = catalogue();
        match (Submission::parse(body.as_bytes(), &catalogue), expected) {
            (Ok(_), Ok(())) => {}
            (Err(Refusal(message)), Err(part)) => {
                assert!(message.contains(part), "{body}: {message:?} lacks {part:?}");
            }
            (got, want) => panic!("{body}: got {got:?}, expected {want:?}"),
        }
    }

    #[test]
    fn bodies_are_read_strictly() {
        let (project, _) = catalogue();
        let f = &project.features()[0].id;
        let ok = format!(
            r#"{{"submission":"abcd1234","answers":{{"{f}":{{"functional":"like","dysfunctional":"dislike","importance":7}}}}}}"#
        );
        check(&ok, Ok(()));
        check(
            &ok.replace("abcd1234", "abc"),
            Err("submission must be 8 to 64"),
        );
        check(
            &ok.replace("abcd1234", "abcd 1234"),
            Err("submission must be"),
        );
        check(&ok.replace(":7", ":10"), Err("off the scale"));
        check(&ok.replace(":7", ":0"), Err("off the scale"));
        check(&ok.replace(":7", ":7.5"), Err("at answers"));
        check(&ok.replace("\"like\"", "\"love\""), Err("unknown answer"));
        check(
            &ok.replace(f.as_str(), "no-such-feature"),
            Err("unknown feature"),
        );
        check(
            &ok.replace("\"answers\"", "\"extra\":1,\"answers\""),
            Err("unknown field"),
        );
        check(
            &ok.replace(",\"dysfunctional\":\"dislike\"", ""),
            Err("dysfunctional"),
        );
        check(
            r#"{"submission":"abcd1234","answers":{}}"#,
            Err("answers is empty"),
        );
        check("not json", Err("expected"));
        check(
            &ok.replace(
                "\"answers\"",
                &format!("\"segment\":\"{}\",\"answers\"", "x".repeat(201)),
            ),
            Err("segment is longer"),
        );
    }

    #[test]
    fn a_submission_becomes_one_respondent_once() {
        let (mut project, catalogue) = catalogue();
        let f = project.features()[1].id.clone();
        let body = format!(
            r#"{{"submission":"phone0001","segment":" Commuter ","answers":{{"{f}":{{"functional":"must-be","dysfunctional":"dislike"}}}}}}"#
        );
        let submission = Submission::parse(body.as_bytes(), &catalogue).unwrap();
        let before = project.respondents().len();
        let Plan::Add(edit) = submission.plan(&project) else {
            panic!("expected an edit");
        };
        project.apply(edit).unwrap();
        assert_eq!(project.respondents().len(), before + 1);
        let added = project.respondents().last().unwrap();
        assert_eq!(added.id, "phone-phone0001");
        assert_eq!(added.segment, "Commuter");
        assert_eq!(
            added.responses[1],
            Response::pair(Answer::MustBe, Answer::Dislike)
        );
        assert_eq!(added.responses[0], Response::default());
        assert_eq!(
            submission.plan(&project),
            Plan::AlreadyIn("phone-phone0001".into())
        );
    }
}
