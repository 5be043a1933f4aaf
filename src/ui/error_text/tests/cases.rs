//! An instance of every error, for the tests: values without letters wherever the error allows.

use super::super::*;
use super::import_cases::{import_errors, read_errors};
use crate::export::ExportError;
use crate::i18n::Texts;
use crate::io::import::{ColumnLabel, ImportError};
use crate::io::recovery::{CopyFailure, RecoveryProblem};
use crate::io::{
    FileTrouble, LoadError, ParseError, ParseProblem, SaveError, SaveStep, SystemError,
};
use crate::project::{EditError, ImportanceScaleError, ProjectError, Subject};
use std::fmt::Display;
use std::io::ErrorKind;
use std::path::PathBuf;

/// One error: its English `Display`, how to word it, and the values it names.
pub(super) struct Case {
    pub(super) english: String,
    pub(super) render: Box<dyn Fn(&Texts) -> String>,
    pub(super) values: Vec<String>,
}

fn case<E: Display + 'static>(error: E, render: fn(&Texts, &E) -> String, values: &[&str]) -> Case {
    Case {
        english: error.to_string(),
        render: Box::new(move |t| render(t, &error)),
        values: values.iter().map(|v| (*v).to_owned()).collect(),
    }
}

const FILE: &str = "x/1.kano.json";

pub(super) fn file() -> PathBuf {
    PathBuf::from(FILE)
}

pub(super) fn io(kind: ErrorKind) -> std::io::Error {
    std::io::Error::from(kind)
}

pub(super) fn parse_problems() -> Vec<(ParseProblem, &'static [&'static str])> {
    let original = || "1 2".to_owned();
    vec![
        (ParseProblem::Empty, &[]),
        (ParseProblem::NotAnObject, &[]),
        (ParseProblem::NotAProject { format: "2".into() }, &[]),
        (ParseProblem::NoFormat, &[]),
        (ParseProblem::NewerVersion { version: 3 }, &[]),
        (ParseProblem::VersionZero, &[]),
        (
            ParseProblem::TextTooLong {
                chars: 52_428_800,
                limit: 1_000,
            },
            &[],
        ),
        (ParseProblem::EmptyFeatureId, &[]),
        (
            ParseProblem::DuplicateFeatureId {
                id: "7".into(),
                first: 0,
            },
            &[],
        ),
        (ParseProblem::EmptyRespondentId, &[]),
        (
            ParseProblem::DuplicateRespondentId {
                id: "8".into(),
                first: 1,
            },
            &[],
        ),
        (
            ParseProblem::AnswerForUnknownFeature { key: "9".into() },
            &[],
        ),
        (ParseProblem::TwoAnswers { key: "9".into() }, &[]),
        (
            ParseProblem::OrderNamesUnknownFeature { id: "9".into() },
            &[],
        ),
        (ParseProblem::EndsTooEarly, &[]),
        (ParseProblem::NotJson, &[]),
        (
            ParseProblem::InvalidUtf8 {
                original: original(),
            },
            &[],
        ),
        (
            ParseProblem::LoneSurrogate {
                original: original(),
            },
            &[],
        ),
        (
            ParseProblem::NestedTooDeep {
                original: original(),
            },
            &[],
        ),
        (
            ParseProblem::ControlCharacter {
                original: original(),
            },
            &[],
        ),
        (
            ParseProblem::Invariant(ProjectError::EmptyFeatureId { index: 2 }),
            &[],
        ),
        (ParseProblem::Other("1: 2".into()), &[]),
        (
            ParseProblem::ImportanceScale(ImportanceScaleError::Bounds { min: 9, max: 1 }),
            &[],
        ),
        (
            ParseProblem::ImportanceScale(ImportanceScaleError::LabelCount {
                min: 1,
                max: 5,
                points: 5,
                found: 3,
            }),
            &[],
        ),
        (
            ParseProblem::ImportanceOffScale {
                value: 7,
                min: 1,
                max: 5,
            },
            &[],
        ),
    ]
}

pub(super) fn project_errors() -> Vec<ProjectError> {
    vec![
        ProjectError::EmptyFeatureId { index: 2 },
        ProjectError::DuplicateFeatureId { id: "7".into() },
        ProjectError::EmptyRespondentId { index: 3 },
        ProjectError::DuplicateRespondentId { id: "8\"".into() },
        ProjectError::Misaligned {
            id: "8".into(),
            expected: 3,
            found: 2,
        },
        ProjectError::ImportanceOffScale {
            respondent: "1".into(),
            feature: "2".into(),
            value: 7,
            min: 1,
            max: 5,
        },
    ]
}

pub(super) fn file_troubles() -> Vec<FileTrouble> {
    vec![
        FileTrouble::Folder,
        FileTrouble::NotRegular,
        FileTrouble::FolderInTheWay(file()),
        FileTrouble::ShortWrite {
            on_disk: 3,
            written: 7,
        },
        FileTrouble::NotARecoveryCopy(file()),
        FileTrouble::ReadingStopped,
        FileTrouble::TooLargeToRead {
            size: 700 * 1024 * 1024,
            limit: 512 * 1024 * 1024,
        },
        FileTrouble::ProjectTooLarge {
            size: 600 * 1024 * 1024,
            limit: 512 * 1024 * 1024,
        },
    ]
}

pub(super) fn save_errors() -> Vec<SaveError> {
    let save = |step, source| SaveError {
        path: file(),
        step,
        source,
    };
    vec![
        save(SaveStep::Write, io(ErrorKind::StorageFull)),
        save(SaveStep::CreateTemp, io(ErrorKind::ReadOnlyFilesystem)),
        save(SaveStep::CreateTemp, io(ErrorKind::PermissionDenied)),
        save(
            SaveStep::Check,
            FileTrouble::FolderInTheWay(file()).into_io(ErrorKind::IsADirectory),
        ),
        save(SaveStep::CreateTemp, io(ErrorKind::NotFound)),
        save(SaveStep::Replace, io(ErrorKind::NotFound)),
        save(
            SaveStep::Verify,
            FileTrouble::ShortWrite {
                on_disk: 3,
                written: 7,
            }
            .into_io(ErrorKind::Other),
        ),
        save(SaveStep::Sync, io(ErrorKind::TimedOut)),
    ]
}

pub(super) fn recovery_problems() -> Vec<RecoveryProblem> {
    vec![
        RecoveryProblem::Unreadable(SystemError::from(io(ErrorKind::PermissionDenied))),
        RecoveryProblem::NoHeader,
        RecoveryProblem::BadHeader("1 2".into()),
        RecoveryProblem::NewerFormat(2),
        RecoveryProblem::CutOff {
            on_disk: 3,
            written: 7,
        },
        RecoveryProblem::ImpossibleLength,
    ]
}

pub(super) fn edit_errors() -> Vec<EditError> {
    let mut errors = Vec::new();
    for what in [Subject::Feature, Subject::Respondent] {
        errors.extend([
            EditError::OutOfRange { what, index: 4 },
            EditError::EmptyId { what },
            EditError::DuplicateId {
                what,
                id: "7\\".into(),
            },
        ]);
    }
    errors.push(EditError::Misaligned {
        expected: 3,
        found: 2,
    });
    errors.push(EditError::ImportanceOffScale {
        value: 7,
        min: 1,
        max: 5,
    });
    errors
}

pub(super) fn export_errors() -> Vec<ExportError> {
    vec![
        ExportError::Spreadsheet("1".into()),
        ExportError::InvalidSvg("2".into()),
        ExportError::PictureTooLarge {
            width: 90000,
            height: 60000,
        },
        ExportError::Picture("3".into()),
    ]
}

/// Where a problem is: a JSON path, a line and column, and the values those name.
type Place = (
    Option<String>,
    Option<(usize, usize)>,
    &'static [&'static str],
);

fn positions() -> Vec<Place> {
    vec![
        (
            Some("features[0].id".into()),
            Some((3, 14)),
            &["features[0].id"],
        ),
        (
            Some("respondents[2].answers".into()),
            None,
            &["respondents[2].answers"],
        ),
        (None, Some((1, 1)), &[]),
        (None, None, &[]),
    ]
}

/// Every case of every error type, each wrapped the ways the app meets it.
pub(super) fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for (problem, values) in parse_problems() {
        cases.push(case(problem.clone(), parse_problem, values));
        for (path, position, where_values) in positions() {
            let error = ParseError::new(path, position, problem.clone());
            let all: Vec<&str> = values.iter().chain(where_values).copied().collect();
            cases.push(case(error.clone(), parse_error, &all));
            let load = LoadError::Invalid {
                path: file(),
                error,
            };
            cases.push(case(load, load_error, &all));
        }
    }
    for error in project_errors() {
        cases.push(case(error, project_error, &[]));
    }
    for trouble in file_troubles() {
        cases.push(case(trouble.clone(), file_trouble, &[]));
        cases.push(case(
            trouble.clone().into_io(ErrorKind::Other),
            io_error,
            &[],
        ));
        let load = LoadError::Io {
            path: file(),
            source: trouble.into_io(ErrorKind::Other),
        };
        cases.push(case(load, load_error, &[]));
    }
    cases.push(case(
        LoadError::Io {
            path: file(),
            source: std::io::Error::from_raw_os_error(2),
        },
        load_error,
        &[],
    ));
    cases.push(case(
        LoadError::TooLarge {
            path: file(),
            size: 600 * 1024 * 1024 + 1,
            limit: 512 * 1024 * 1024,
        },
        load_error,
        &[],
    ));
    for error in save_errors() {
        cases.push(case(error, save_error, &[]));
    }
    for problem in recovery_problems() {
        cases.push(case(problem, recovery_problem, &[]));
    }
    let failure = CopyFailure {
        copy: file(),
        error: SystemError::from(io(ErrorKind::StorageFull)),
    };
    cases.push(case(failure, copy_failure, &[]));
    for error in edit_errors() {
        cases.push(case(error, edit_error, &[]));
    }
    for error in export_errors() {
        cases.push(case(error, export_error, &[]));
    }
    for (error, values) in read_errors() {
        cases.push(case(error.clone(), read_error, values));
        cases.push(case(ImportError::Read(error), import_error, values));
    }
    for (error, values) in import_errors() {
        cases.push(case(error, import_error, values));
    }
    for label in [ColumnLabel::new("1", 1), ColumnLabel::new("", 26)] {
        cases.push(case(label, column, &[]));
    }
    cases
}
