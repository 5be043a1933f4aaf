//! What can be wrong with the contents of a project file ([`ParseError`]): where, and what, as a
//! [`ParseProblem`] with the values it names, so that the app can say it in the person's
//! language. The English words are the problem's `Display`, which is also the command line's
//! contract (FORMATS.md): they must stay exactly as they are.
//!
//! Must never: word a problem in two places (the English is always the problem's `Display`).

use super::project_file::{FORMAT_NAME, FORMAT_VERSION};
use crate::project::{ImportanceScaleError, ProjectError};
use std::fmt;

/// What is wrong with the contents of a project file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// Where: a JSON path such as `respondents[3].answers.wifi.importance`, if known.
    pub path: Option<String>,
    /// Line and column (1-based), if known.
    pub position: Option<(usize, usize)>,
    /// What is wrong, with the values it names; its `Display` says it in English.
    pub problem: ParseProblem,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.path, self.position) {
            (Some(path), Some((line, column))) => {
                write!(f, "{path} (line {line}, column {column}): ")?
            }
            (Some(path), None) => write!(f, "{path}: ")?,
            (None, Some((line, column))) => write!(f, "line {line}, column {column}: ")?,
            (None, None) => {}
        }
        write!(f, "{}", self.problem)
    }
}

impl std::error::Error for ParseError {}

impl ParseError {
    /// A problem at a place (a JSON path and a position), either of which may be unknown.
    pub fn new(
        path: Option<String>,
        position: Option<(usize, usize)>,
        problem: ParseProblem,
    ) -> Self {
        Self {
            path,
            position,
            problem,
        }
    }

    /// What is wrong, in English, without the place.
    pub fn message(&self) -> String {
        self.problem.to_string()
    }

    /// A problem at a JSON path.
    pub(super) fn at(path: impl Into<String>, problem: ParseProblem) -> Self {
        Self::new(Some(path.into()), None, problem)
    }

    /// A problem with the file as a whole.
    pub(super) fn whole(problem: ParseProblem) -> Self {
        Self::new(None, None, problem)
    }
}

/// One problem the reader of project files reports, with the values it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseProblem {
    /// Nothing but white space.
    Empty,
    /// JSON, but an array, a string, a number, `true`, `false` or `null`.
    NotAnObject,
    /// `"format"` names another format.
    NotAProject {
        /// The format the file names.
        format: String,
    },
    /// No `"format"` field at all.
    NoFormat,
    /// Saved by a newer Kanoscope, in a format version this one cannot read.
    NewerVersion {
        /// The file's version.
        version: u64,
    },
    /// `"version": 0`.
    VersionZero,
    /// A feature whose id is empty or blank.
    EmptyFeatureId,
    /// A feature id that an earlier feature has.
    DuplicateFeatureId {
        /// The id.
        id: String,
        /// The position of the earlier feature in `features`.
        first: usize,
    },
    /// A respondent whose id is empty or blank.
    EmptyRespondentId,
    /// A respondent id that an earlier respondent has.
    DuplicateRespondentId {
        /// The id.
        id: String,
        /// The position of the earlier respondent in `respondents`.
        first: usize,
    },
    /// An answer filed under a feature id that is not in `features`.
    AnswerForUnknownFeature {
        /// The key of the answer.
        key: String,
    },
    /// Two answers of one respondent for one feature.
    TwoAnswers {
        /// The key of the second answer.
        key: String,
    },
    /// A respondent's question order names a feature that is not in `features`.
    OrderNamesUnknownFeature {
        /// The id in the order.
        id: String,
    },
    /// The JSON stops before it is complete.
    EndsTooEarly,
    /// The very first character is not JSON.
    NotJson,
    /// Bytes that are not UTF-8.
    InvalidUtf8 {
        /// serde_json's words.
        original: String,
    },
    /// A `\u` escape cut short or half of a surrogate pair.
    LoneSurrogate {
        /// serde_json's words.
        original: String,
    },
    /// More than 128 levels of nesting.
    NestedTooDeep {
        /// serde_json's words.
        original: String,
    },
    /// A raw control character inside a string.
    ControlCharacter {
        /// serde_json's words.
        original: String,
    },
    /// `importance_scale` is not a scale.
    ImportanceScale(ImportanceScaleError),
    /// An importance that is not a point of the file's importance scale.
    ImportanceOffScale {
        /// The importance given.
        value: u8,
        /// The scale's lowest point.
        min: u8,
        /// The scale's highest point.
        max: u8,
    },
    /// A text longer than Kanoscope keeps at that place ([`super::text_limits`]).
    TextTooLong {
        /// Its characters.
        chars: usize,
        /// The limit there.
        limit: usize,
    },
    /// The file's parts do not make a valid project (the checks above should catch all of it).
    Invariant(ProjectError),
    /// Anything else serde_json or serde reports (a wrong type, an unknown rule, bad syntax), in
    /// their own words.
    Other(String),
}

/// The name of the field that says what a file is, as messages quote it.
pub const FORMAT_FIELD: &str = "format";
/// The name of the list of features in the file, as messages quote it.
pub const FEATURES_FIELD: &str = "features";
/// The name of the importance scale in the file.
pub const IMPORTANCE_SCALE_FIELD: &str = "importance_scale";
/// The name of the list of respondents in the file.
pub const RESPONDENTS_FIELD: &str = "respondents";

impl fmt::Display for ParseProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("the file is empty; expected a Kanoscope project (JSON)"),
            Self::NotAnObject => f.write_str(
                "the file holds JSON but not an object; expected a Kanoscope project, which is a JSON object",
            ),
            Self::NotAProject { format } => write!(
                f,
                "this is not a Kanoscope project: \"{FORMAT_FIELD}\" is \"{format}\", expected \"{FORMAT_NAME}\""
            ),
            Self::NoFormat => write!(
                f,
                "this is not a Kanoscope project: it has no \"{FORMAT_FIELD}\": \"{FORMAT_NAME}\" field"
            ),
            Self::NewerVersion { version } => write!(
                f,
                "this project was saved in format version {version}, but this Kanoscope reads versions up to {FORMAT_VERSION}; \
                 open it with a newer Kanoscope (the file was not changed)"
            ),
            Self::VersionZero => f.write_str("version 0 does not exist; expected 1"),
            Self::EmptyFeatureId => f.write_str("a feature id cannot be empty"),
            Self::DuplicateFeatureId { id, first } => write!(
                f,
                "the feature id {id:?} is already used by {FEATURES_FIELD}[{first}]; ids must be unique"
            ),
            Self::EmptyRespondentId => f.write_str("a respondent id cannot be empty"),
            Self::DuplicateRespondentId { id, first } => write!(
                f,
                "the respondent id {id:?} is already used by {RESPONDENTS_FIELD}[{first}]; ids must be unique"
            ),
            Self::AnswerForUnknownFeature { key } => write!(
                f,
                "an answer for the feature {key:?}, which is not in \"{FEATURES_FIELD}\""
            ),
            Self::TwoAnswers { key } => write!(f, "two answers for the feature {key:?}"),
            Self::OrderNamesUnknownFeature { id } => {
                write!(f, "the feature {id:?} is not in \"{FEATURES_FIELD}\"")
            }
            Self::EndsTooEarly => f.write_str(
                "the file ends too early (it may have been cut off while saving or copying)",
            ),
            Self::NotJson => {
                f.write_str("this is not JSON; expected a Kanoscope project (*.kano.json)")
            }
            Self::InvalidUtf8 { original } => write!(
                f,
                "the text is not valid UTF-8; project files must be saved as UTF-8 text ({original})"
            ),
            Self::LoneSurrogate { original } => write!(
                f,
                "a \\u escape is cut short or is half of a UTF-16 surrogate pair (\\uD800 to \\uDFFF) \
                 without the other half, which is not a character; text must be valid Unicode ({original})"
            ),
            Self::NestedTooDeep { original } => write!(
                f,
                "the data is nested more than 128 levels deep; no project file is ({original})"
            ),
            Self::ControlCharacter { original } => write!(
                f,
                "a text holds a raw control character (such as a tab or line break); \
                 inside quotes it must be written as an escape such as \\t or \\n ({original})"
            ),
            Self::ImportanceScale(error) => write!(f, "{error}"),
            Self::ImportanceOffScale { value, min, max } => write!(
                f,
                "importance {value} is not on the project's importance scale; expected an integer from {min} to {max}"
            ),
            Self::TextTooLong { chars, limit } => write!(
                f,
                "the text is {chars} characters long; Kanoscope keeps up to {limit} characters there"
            ),
            Self::Invariant(error) => write!(f, "{error}"),
            Self::Other(words) => f.write_str(words),
        }
    }
}

impl ParseProblem {
    /// serde_json's terse message about text and structure, as the problem it stands for; the
    /// original words stay with it, for whoever searches for them.
    pub(super) fn from_serde(message: String) -> Self {
        match message.as_str() {
            "invalid unicode code point" => Self::InvalidUtf8 { original: message },
            "lone leading surrogate in hex escape" | "unexpected end of hex escape" => {
                Self::LoneSurrogate { original: message }
            }
            "recursion limit exceeded" => Self::NestedTooDeep { original: message },
            _ if message.starts_with("control character") => {
                Self::ControlCharacter { original: message }
            }
            _ => Self::Other(message),
        }
    }
}
