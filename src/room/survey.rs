//! What the phones are asked: the survey JSON (`GET U/survey`, FORMATS.md "The live room") and
//! the catalogue a submission is checked against, both taken from the project when the room opens.
//!
//! Must never: hold or change the document (it copies what it needs), or send anything the phone
//! page would have to trust as markup: every text goes out as plain JSON strings.

use crate::i18n::{Lang, RoomTexts};
use crate::kano::Answer;
use crate::project::Project;
use serde::Serialize;
use std::collections::HashSet;
use std::ops::RangeInclusive;

/// The importance values a phone may send for `project`: the project's importance scale
/// (FORMATS.md `importance_scale`, default 1..=9). The one place the room reads it.
pub fn importance_range(project: &Project) -> RangeInclusive<u8> {
    let scale = project.importance_scale();
    scale.min()..=scale.max()
}

/// The survey as the phones receive it.
#[derive(Clone, Debug, Serialize)]
pub struct RoomSurvey {
    /// The project's title.
    pub title: String,
    /// The survey's language code (`en`, `zh`).
    pub language: &'static str,
    /// The features in the order they are asked.
    pub features: Vec<RoomFeature>,
    /// The five answers in table order, with their wording in the survey's language.
    pub answers: Vec<RoomAnswer>,
    /// The importance scale, when the survey asks importance.
    pub importance: Option<RoomImportance>,
    /// The facilitator's optional question whose answer becomes the respondent's segment.
    pub segment_question: Option<String>,
    /// The phone page's own words, in the survey's language.
    pub texts: PhoneTexts,
    /// The project's importance scale, which every importance sent is checked against.
    #[serde(skip)]
    scale: RangeInclusive<u8>,
}

/// One feature as asked on a phone.
#[derive(Clone, Debug, Serialize)]
pub struct RoomFeature {
    /// The feature's id, the key its answers are sent under.
    pub id: String,
    /// Its name.
    pub name: String,
    /// "If the service had it…"
    pub functional: String,
    /// "If the service did not have it…"
    pub dysfunctional: String,
}

/// One of the five answers.
#[derive(Clone, Debug, Serialize)]
pub struct RoomAnswer {
    /// The token sent back (`like`, …).
    pub token: &'static str,
    /// The wording shown.
    pub text: &'static str,
}

/// The importance scale offered on the phones.
#[derive(Clone, Debug, Serialize)]
pub struct RoomImportance {
    /// The lowest value.
    pub min: u8,
    /// The highest value.
    pub max: u8,
    /// One label per point, when the scale has them.
    pub labels: Option<Vec<String>>,
}

/// The phone page's words.
#[derive(Clone, Debug, Serialize)]
pub struct PhoneTexts {
    intro: &'static str,
    start: &'static str,
    progress: &'static str,
    if_has: &'static str,
    if_not: &'static str,
    importance: &'static str,
    importance_low: &'static str,
    importance_high: &'static str,
    back: &'static str,
    next: &'static str,
    send: &'static str,
    sending: &'static str,
    retrying: &'static str,
    refused: &'static str,
    thanks_title: &'static str,
    thanks_text: &'static str,
    no_features: &'static str,
    load_failed: &'static str,
}

impl PhoneTexts {
    fn new(t: &RoomTexts) -> Self {
        Self {
            intro: t.phone_intro,
            start: t.phone_start,
            progress: t.phone_progress,
            if_has: t.phone_if_has,
            if_not: t.phone_if_not,
            importance: t.phone_importance,
            importance_low: t.phone_importance_low,
            importance_high: t.phone_importance_high,
            back: t.phone_back,
            next: t.phone_next,
            send: t.phone_send,
            sending: t.phone_sending,
            retrying: t.phone_retrying,
            refused: t.phone_refused,
            thanks_title: t.phone_thanks_title,
            thanks_text: t.phone_thanks_text,
            no_features: t.phone_no_features,
            load_failed: t.phone_load_failed,
        }
    }
}

impl RoomSurvey {
    /// The survey of `project`, in `lang`, with an optional segment question.
    pub fn new(project: &Project, lang: Lang, segment_question: Option<&str>) -> Self {
        let texts = lang.texts();
        let features = project
            .features()
            .iter()
            .map(|f| RoomFeature {
                id: f.id.clone(),
                name: f.name.clone(),
                functional: if f.functional.trim().is_empty() {
                    texts.survey.functional_fallback.to_owned()
                } else {
                    f.functional.clone()
                },
                dysfunctional: if f.dysfunctional.trim().is_empty() {
                    texts.survey.dysfunctional_fallback.to_owned()
                } else {
                    f.dysfunctional.clone()
                },
            })
            .collect();
        let m = &texts.method;
        let wording = |a: Answer| match a {
            Answer::Like => m.answer_like,
            Answer::MustBe => m.answer_must_be,
            Answer::Neutral => m.answer_neutral,
            Answer::LiveWith => m.answer_live_with,
            Answer::Dislike => m.answer_dislike,
        };
        let range = importance_range(project);
        Self {
            title: project.title().to_owned(),
            language: lang.code(),
            features,
            answers: Answer::ALL
                .into_iter()
                .map(|a| RoomAnswer {
                    token: a.token(),
                    text: wording(a),
                })
                .collect(),
            importance: project.survey().importance.then(|| RoomImportance {
                min: *range.start(),
                max: *range.end(),
                labels: Some(project.importance_scale().labels().to_vec())
                    .filter(|labels| !labels.is_empty()),
            }),
            segment_question: segment_question
                .map(str::trim)
                .filter(|q| !q.is_empty())
                .map(str::to_owned),
            texts: PhoneTexts::new(&texts.room),
            scale: range,
        }
    }

    /// The JSON sent to the phones.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_owned())
    }

    /// What a submission is checked against.
    pub fn catalogue(&self) -> Catalogue {
        Catalogue {
            features: self.features.iter().map(|f| f.id.clone()).collect(),
            importance: self.scale.clone(),
            asks_segment: self.segment_question.is_some(),
        }
    }
}

/// The feature ids and the importance scale a submission may use.
#[derive(Clone, Debug)]
pub struct Catalogue {
    /// The features the phones were asked about.
    pub features: HashSet<String>,
    /// The importance values allowed.
    pub importance: RangeInclusive<u8>,
    /// True when the phones are asked for a segment.
    pub asks_segment: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::samples::Sample;
    use crate::project::SurveySettings;

    #[test]
    fn the_survey_json_has_the_contract_fields() {
        let project = Sample::MetroEnglish.project().with_survey(SurveySettings {
            importance: true,
            ..SurveySettings::default()
        });
        let survey = RoomSurvey::new(&project, Lang::Zh, Some("  Which line do you use? "));
        let json: serde_json::Value = serde_json::from_str(&survey.to_json()).unwrap();
        assert_eq!(json["title"], project.title());
        assert_eq!(json["language"], "zh");
        assert_eq!(
            json["features"].as_array().unwrap().len(),
            project.features().len()
        );
        assert_eq!(json["features"][0]["id"], project.features()[0].id);
        assert_eq!(json["answers"][0]["token"], "like");
        assert_eq!(json["answers"][0]["text"], "我很喜欢");
        assert_eq!(json["answers"][4]["token"], "dislike");
        assert_eq!(json["importance"]["min"], 1);
        assert_eq!(json["importance"]["max"], 9);
        assert_eq!(json["segment_question"], "Which line do you use?");
        assert_eq!(json["texts"]["back"], "上一步");
    }

    #[test]
    fn importance_follows_the_projects_scale_and_labels() {
        let asks = SurveySettings {
            importance: true,
            ..SurveySettings::default()
        };
        let labels: Vec<String> = ["None", "Low", "Some", "High", "Top"]
            .map(String::from)
            .to_vec();
        let five = crate::project::ImportanceScale::new(1, 5, labels).unwrap();
        let project = Project::new("Five points")
            .with_survey(asks)
            .with_importance_scale(five)
            .unwrap();
        let survey = RoomSurvey::new(&project, Lang::En, None);
        let json: serde_json::Value = serde_json::from_str(&survey.to_json()).unwrap();
        assert_eq!(json["importance"]["max"], 5);
        assert_eq!(json["importance"]["labels"][4], "Top");
        assert_eq!(survey.catalogue().importance, 1..=5);

        let eleven = crate::project::ImportanceScale::new(0, 10, Vec::new()).unwrap();
        let project = Sample::MetroEnglish
            .project()
            .with_survey(asks)
            .with_importance_scale(eleven)
            .unwrap();
        let survey = RoomSurvey::new(&project, Lang::En, None);
        let json: serde_json::Value = serde_json::from_str(&survey.to_json()).unwrap();
        assert_eq!(json["importance"]["min"], 0);
        assert!(json["importance"]["labels"].is_null());
        assert_eq!(survey.catalogue().importance, 0..=10);
    }

    #[test]
    fn without_importance_or_question_they_are_null() {
        let project = Sample::MetroEnglish.project();
        let json: serde_json::Value =
            serde_json::from_str(&RoomSurvey::new(&project, Lang::En, Some(" ")).to_json())
                .unwrap();
        assert!(json["importance"].is_null());
        assert!(json["segment_question"].is_null());
    }
}
