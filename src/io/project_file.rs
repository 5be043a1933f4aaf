//! Reading the project file, `*.kano.json`, version 1 (see FORMATS.md); the writer is
//! [`super::project_writer`].
//!
//! The file schema is kept apart from the in-memory [`Project`]: the file files answers under
//! feature ids, memory keeps them in feature order. Loading checks everything the format promises
//! and names the place of the first problem, in words a person can act on.
//!
//! Must never: panic or recurse without bound on any input, or accept a file that breaks a
//! project invariant.

use crate::kano::{Analysis, Answer, Importance, Response};
use crate::project::{
    Feature, ImportanceScale, ImportanceScaleFields, Project, Respondent, SurveySettings,
};
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt;

use super::parse_error::IMPORTANCE_SCALE_FIELD;
pub use super::parse_error::{ParseError, ParseProblem};

/// The value of the `format` field.
pub const FORMAT_NAME: &str = "kanoscope-project";
/// The newest version this build reads and the one it writes.
pub const FORMAT_VERSION: u64 = 1;

/// Accepts only a JSON object where serde's derive would also take an array (`[ "x", 1 ]` is not
/// a feature, however the fields line up).
struct ObjectOnly<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for ObjectOnly<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for ObjectVisitor<T> {
            type Value = T;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(self, map: M) -> Result<T, M::Error> {
                T::deserialize(serde::de::value::MapAccessDeserializer::new(map))
            }
        }
        deserializer
            .deserialize_map(ObjectVisitor(std::marker::PhantomData))
            .map(ObjectOnly)
    }
}

#[derive(Deserialize)]
struct FileV1<'a> {
    format: String,
    version: u64,
    #[serde(default)]
    title: String,
    #[serde(default)]
    analysis: Option<ObjectOnly<Analysis>>,
    #[serde(default)]
    survey: Option<ObjectOnly<SurveySettings>>,
    #[serde(default)]
    importance_scale: Option<ObjectOnly<ImportanceScaleFields>>,
    #[serde(default)]
    features: Vec<ObjectOnly<FeatureV1>>,
    #[serde(default, borrow)]
    respondents: Vec<ObjectOnly<RespondentV1<'a>>>,
}

#[derive(Deserialize)]
struct FeatureV1 {
    id: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    functional: String,
    #[serde(default)]
    dysfunctional: String,
    #[serde(default)]
    touchpoint: Option<String>,
    #[serde(default)]
    notes: Option<String>,
    #[serde(default)]
    dimension: Option<crate::project::Dimension>,
}

#[derive(Deserialize)]
struct RespondentV1<'a> {
    id: String,
    #[serde(default)]
    segment: Option<String>,
    #[serde(default, borrow)]
    answers: AnswersV1<'a>,
    #[serde(default)]
    order: Vec<String>,
}

#[derive(Deserialize, Default, Clone, Copy)]
struct PairV1 {
    #[serde(default)]
    functional: Option<Answer>,
    #[serde(default)]
    dysfunctional: Option<Answer>,
    #[serde(default)]
    importance: Option<Importance>,
}

/// The answers object, kept as a list in file order (no hashing while parsing; keys borrowed
/// from the input where they have no escapes).
#[derive(Default)]
struct AnswersV1<'a>(Vec<(Cow<'a, str>, PairV1)>);

struct Key<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Key<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for KeyVisitor<'a> {
            type Value = Key<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a feature id")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(KeyVisitor(std::marker::PhantomData))
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for AnswersV1<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnswersVisitor<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for AnswersVisitor<'a> {
            type Value = AnswersV1<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object mapping feature ids to answer pairs")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut map: M,
            ) -> Result<Self::Value, M::Error> {
                let mut answers = Vec::with_capacity(map.size_hint().unwrap_or(16));
                while let Some(Key(key)) = map.next_key()? {
                    let pair: Option<ObjectOnly<PairV1>> = map.next_value()?;
                    answers.push((key, pair.map(|p| p.0).unwrap_or_default()));
                }
                Ok(AnswersV1(answers))
            }
        }
        deserializer.deserialize_map(AnswersVisitor(std::marker::PhantomData))
    }
}

/// Just enough of a file to tell what it claims to be, for messages about files that fail.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<serde_json::Value>,
    #[serde(default)]
    version: Option<serde_json::Value>,
}

/// Parses and checks the bytes of a project file.
pub fn parse_project(bytes: &[u8]) -> Result<Project, ParseError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ParseError::whole(ParseProblem::Empty));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(start) = bytes.iter().position(|b| !b.is_ascii_whitespace())
        && matches!(
            bytes[start],
            b'[' | b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n'
        )
    {
        let line = 1 + bytes[..start].iter().filter(|&&b| b == b'\n').count();
        let column = start
            - bytes[..start]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1)
            + 1;
        return Err(ParseError::new(
            None,
            Some((line, column)),
            ParseProblem::NotAnObject,
        ));
    }
    match serde_json::from_slice::<ObjectOnly<FileV1<'_>>>(bytes) {
        Ok(ObjectOnly(file)) => {
            check_header(&file.format, file.version)?;
            into_project(file)
        }
        Err(error) => Err(explain_failure(bytes, error)),
    }
}

fn check_header(format: &str, version: u64) -> Result<(), ParseError> {
    if format != FORMAT_NAME {
        return Err(ParseError::at(
            "format",
            ParseProblem::NotAProject {
                format: format.to_owned(),
            },
        ));
    }
    if version > FORMAT_VERSION {
        return Err(newer_version(version));
    }
    if version == 0 {
        return Err(ParseError::at("version", ParseProblem::VersionZero));
    }
    Ok(())
}

fn newer_version(version: u64) -> ParseError {
    ParseError::at("version", ParseProblem::NewerVersion { version })
}

/// Builds the best message for a file that serde rejected: a wrong or newer header first, then
/// the JSON path and position of the error.
fn explain_failure(bytes: &[u8], error: serde_json::Error) -> ParseError {
    if !error.is_syntax()
        && !error.is_eof()
        && let Ok(ObjectOnly(header)) = serde_json::from_slice::<ObjectOnly<Header>>(bytes)
    {
        match (&header.format, &header.version) {
            (None, _) => {
                return ParseError::whole(ParseProblem::NoFormat);
            }
            (Some(serde_json::Value::String(f)), _) if f != FORMAT_NAME => {
                return ParseError::at("format", ParseProblem::NotAProject { format: f.clone() });
            }
            (_, Some(serde_json::Value::Number(v))) => {
                if let Some(v) = v.as_u64().filter(|&v| v > FORMAT_VERSION) {
                    return newer_version(v);
                }
            }
            _ => {}
        }
    }
    // Parse again, tracking the path, to say where the problem is.
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let (path, error) = match serde_path_to_error::deserialize::<_, FileV1<'_>>(&mut deserializer) {
        Err(e) => {
            let path = e.path().to_string();
            (path, e.into_inner())
        }
        Ok(_) => (String::from("."), error),
    };
    // serde_path_to_error writes `?` for a place it could not name; leave those parts out.
    let path = path
        .split('.')
        .filter(|part| *part != "?")
        .collect::<Vec<_>>()
        .join(".");
    let problem = if error.is_eof() {
        ParseProblem::EndsTooEarly
    } else if error.is_syntax() && error.line() == 1 && error.column() <= 1 {
        ParseProblem::NotJson
    } else {
        ParseProblem::from_serde(strip_position(&error.to_string()))
    };
    ParseError::new(
        (path != "." && !path.is_empty()).then_some(path),
        (error.line() > 0).then(|| (error.line(), error.column().max(1))),
        problem,
    )
}

/// serde_json appends " at line L column C"; the position is reported separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

fn into_project(file: FileV1<'_>) -> Result<Project, ParseError> {
    let scale = match &file.importance_scale {
        None => ImportanceScale::default(),
        Some(ObjectOnly(fields)) => {
            ImportanceScale::new(fields.min, fields.max, fields.labels.clone()).map_err(|e| {
                ParseError::at(IMPORTANCE_SCALE_FIELD, ParseProblem::ImportanceScale(e))
            })?
        }
    };
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(file.features.len());
    for (i, ObjectOnly(feature)) in file.features.iter().enumerate() {
        if feature.id.trim().is_empty() {
            return Err(ParseError::at(
                format!("features[{i}].id"),
                ParseProblem::EmptyFeatureId,
            ));
        }
        if let Some(first) = index.insert(feature.id.as_str(), i) {
            return Err(ParseError::at(
                format!("features[{i}].id"),
                ParseProblem::DuplicateFeatureId {
                    id: feature.id.clone(),
                    first,
                },
            ));
        }
    }
    let mut respondent_ids: HashMap<&str, usize> = HashMap::with_capacity(file.respondents.len());
    let mut respondents = Vec::with_capacity(file.respondents.len());
    let mut seen = HashSet::new();
    for (i, ObjectOnly(r)) in file.respondents.iter().enumerate() {
        if r.id.trim().is_empty() {
            return Err(ParseError::at(
                format!("respondents[{i}].id"),
                ParseProblem::EmptyRespondentId,
            ));
        }
        if let Some(first) = respondent_ids.insert(r.id.as_str(), i) {
            return Err(ParseError::at(
                format!("respondents[{i}].id"),
                ParseProblem::DuplicateRespondentId {
                    id: r.id.clone(),
                    first,
                },
            ));
        }
        let mut responses = vec![Response::default(); file.features.len()];
        seen.clear();
        for (key, pair) in &r.answers.0 {
            let Some(&f) = index.get(key.as_ref()) else {
                return Err(ParseError::at(
                    format!("respondents[{i}].answers.{}", key.escape_debug()),
                    ParseProblem::AnswerForUnknownFeature {
                        key: key.clone().into_owned(),
                    },
                ));
            };
            if !seen.insert(f) {
                return Err(ParseError::at(
                    format!("respondents[{i}].answers.{}", key.escape_debug()),
                    ParseProblem::TwoAnswers {
                        key: key.clone().into_owned(),
                    },
                ));
            }
            if let Some(importance) = pair.importance
                && !scale.contains(importance)
            {
                return Err(ParseError::at(
                    format!("respondents[{i}].answers.{}.importance", key.escape_debug()),
                    ParseProblem::ImportanceOffScale {
                        value: importance.get(),
                        min: scale.min(),
                        max: scale.max(),
                    },
                ));
            }
            responses[f] = Response {
                functional: pair.functional,
                dysfunctional: pair.dysfunctional,
                importance: pair.importance,
            };
        }
        for (k, id) in r.order.iter().enumerate() {
            if !index.contains_key(id.as_str()) {
                return Err(ParseError::at(
                    format!("respondents[{i}].order[{k}]"),
                    ParseProblem::OrderNamesUnknownFeature { id: id.clone() },
                ));
            }
        }
        respondents.push(Respondent {
            id: r.id.clone(),
            segment: r.segment.clone().unwrap_or_default(),
            responses,
            order: r.order.clone(),
        });
    }
    drop(respondent_ids);
    let features = file
        .features
        .into_iter()
        .map(|ObjectOnly(f)| Feature {
            id: f.id,
            name: f.name,
            functional: f.functional,
            dysfunctional: f.dysfunctional,
            touchpoint: f.touchpoint.unwrap_or_default(),
            notes: f.notes.unwrap_or_default(),
            dimension: f.dimension,
        })
        .collect();
    let analysis = file.analysis.map(|a| a.0).unwrap_or_default();
    let survey = file.survey.map(|s| s.0).unwrap_or_default();
    let project = Project::from_parts_on_scale(file.title, analysis, scale, features, respondents)
        .map(|p| p.with_survey(survey))
        .map_err(|e| ParseError::whole(ParseProblem::Invariant(e)))?;
    super::text_limits::check_project(&project).map_err(|e| {
        ParseError::at(
            e.place,
            ParseProblem::TextTooLong {
                chars: e.chars,
                limit: e.limit,
            },
        )
    })?;
    Ok(project)
}
