//! Every variant of every error has a case: the variants are numbered without a wildcard, so a
//! new one does not compile until it is numbered here, and then fails until it has a case.

use super::cases::{
    edit_errors, export_errors, file, file_troubles, io, parse_problems, project_errors,
    recovery_problems, save_errors,
};
use super::import_cases::{import_errors, read_errors};
use crate::export::ExportError;
use crate::io::import::{ImportError, ReadError};
use crate::io::recovery::RecoveryProblem;
use crate::io::{FileTrouble, LoadError, ParseError, ParseProblem, SaveError, SaveProblem};
use crate::project::{EditError, ImportanceScaleError, ProjectError};
use std::collections::BTreeSet;
use std::io::ErrorKind;

fn parse_tag(p: &ParseProblem) -> usize {
    match p {
        ParseProblem::Empty => 0,
        ParseProblem::NotAnObject => 1,
        ParseProblem::NotAProject { .. } => 2,
        ParseProblem::NoFormat => 3,
        ParseProblem::NewerVersion { .. } => 4,
        ParseProblem::VersionZero => 5,
        ParseProblem::EmptyFeatureId => 6,
        ParseProblem::DuplicateFeatureId { .. } => 7,
        ParseProblem::EmptyRespondentId => 8,
        ParseProblem::DuplicateRespondentId { .. } => 9,
        ParseProblem::AnswerForUnknownFeature { .. } => 10,
        ParseProblem::TwoAnswers { .. } => 11,
        ParseProblem::OrderNamesUnknownFeature { .. } => 12,
        ParseProblem::EndsTooEarly => 13,
        ParseProblem::NotJson => 14,
        ParseProblem::InvalidUtf8 { .. } => 15,
        ParseProblem::LoneSurrogate { .. } => 16,
        ParseProblem::NestedTooDeep { .. } => 17,
        ParseProblem::ControlCharacter { .. } => 18,
        ParseProblem::Invariant(_) => 19,
        ParseProblem::Other(_) => 20,
        ParseProblem::ImportanceScale(ImportanceScaleError::Bounds { .. }) => 21,
        ParseProblem::ImportanceScale(ImportanceScaleError::LabelCount { .. }) => 22,
        ParseProblem::ImportanceOffScale { .. } => 23,
        ParseProblem::TextTooLong { .. } => 24,
    }
}

fn project_tag(e: &ProjectError) -> usize {
    match e {
        ProjectError::EmptyFeatureId { .. } => 0,
        ProjectError::DuplicateFeatureId { .. } => 1,
        ProjectError::EmptyRespondentId { .. } => 2,
        ProjectError::DuplicateRespondentId { .. } => 3,
        ProjectError::Misaligned { .. } => 4,
        ProjectError::ImportanceOffScale { .. } => 5,
    }
}

fn trouble_tag(e: &FileTrouble) -> usize {
    match e {
        FileTrouble::Folder => 0,
        FileTrouble::NotRegular => 1,
        FileTrouble::FolderInTheWay(_) => 2,
        FileTrouble::ShortWrite { .. } => 3,
        FileTrouble::NotARecoveryCopy(_) => 4,
        FileTrouble::ReadingStopped => 5,
        FileTrouble::ProjectTooLarge { .. } => 6,
        FileTrouble::TooLargeToRead { .. } => 7,
    }
}

fn save_tag(e: &SaveError) -> usize {
    match e.problem() {
        SaveProblem::DiskFull => 0,
        SaveProblem::ReadOnly => 1,
        SaveProblem::NoPermission => 2,
        SaveProblem::FolderInTheWay => 3,
        SaveProblem::FolderMissing => 4,
        SaveProblem::Vanished => 5,
        SaveProblem::Incomplete => 6,
        SaveProblem::Other => 7,
    }
}

fn recovery_tag(e: &RecoveryProblem) -> usize {
    match e {
        RecoveryProblem::Unreadable(_) => 0,
        RecoveryProblem::NoHeader => 1,
        RecoveryProblem::BadHeader(_) => 2,
        RecoveryProblem::NewerFormat(_) => 3,
        RecoveryProblem::CutOff { .. } => 4,
        RecoveryProblem::ImpossibleLength => 5,
    }
}

fn edit_tag(e: &EditError) -> usize {
    match e {
        EditError::OutOfRange { .. } => 0,
        EditError::EmptyId { .. } => 1,
        EditError::DuplicateId { .. } => 2,
        EditError::Misaligned { .. } => 3,
        EditError::ImportanceOffScale { .. } => 4,
    }
}

fn export_tag(e: &ExportError) -> usize {
    match e {
        ExportError::Spreadsheet(_) => 0,
        ExportError::InvalidSvg(_) => 1,
        ExportError::PictureTooLarge { .. } => 2,
        ExportError::Picture(_) => 3,
    }
}

fn read_tag(e: &ReadError) -> usize {
    match e {
        ReadError::Empty => 0,
        ReadError::Malformed { .. } => 1,
        ReadError::Csv { .. } => 2,
        ReadError::Spreadsheet { .. } => 3,
        ReadError::NoSheet { .. } => 4,
        ReadError::DamagedWorkbook => 5,
        ReadError::WorkbookTooLarge { .. } => 6,
        ReadError::WorkbookUnpacksTooLarge { .. } => 7,
        ReadError::CellOutsideGrid { .. } => 8,
        ReadError::TooManyCells { .. } => 9,
        ReadError::CellTooLong { .. } => 10,
        ReadError::TooMuchText { .. } => 11,
        ReadError::DamagedBinaryWorkbook { .. } => 12,
        ReadError::OutsideXlsGrid { .. } => 13,
        ReadError::TooMuchMemory { .. } => 14,
    }
}

fn import_tag(e: &ImportError) -> usize {
    match e {
        ImportError::Read(_) => 0,
        ImportError::Io { .. } => 1,
        ImportError::NoFeatures { .. } => 2,
        ImportError::NoRows => 3,
        ImportError::MissingPartner { .. } => 4,
        ImportError::LoneImportance { .. } => 5,
        ImportError::DuplicateColumn { .. } => 6,
        ImportError::DuplicateFeature { .. } => 7,
        ImportError::EmptyFeatureId { .. } => 8,
        ImportError::NoColumn { .. } => 9,
        ImportError::NoSuchColumn { .. } => 10,
        ImportError::UnknownAnswer { .. } => 11,
        ImportError::BadImportance { .. } => 12,
        ImportError::EmptyId { .. } => 13,
        ImportError::DuplicateId { .. } => 14,
        ImportError::IdCollision { .. } => 15,
        ImportError::UnknownFeatures { .. } => 16,
        ImportError::Project(_) => 17,
        ImportError::TextTooLong { .. } => 18,
        ImportError::UnknownAnswers { .. } => 19,
        ImportError::NoFeatureDetails { .. } => 20,
        ImportError::BadDimension { .. } => 21,
        ImportError::UnmatchedFeatureDetails { .. } => 22,
    }
}

fn load_tag(e: &LoadError) -> usize {
    match e {
        LoadError::Io { .. } => 0,
        LoadError::Invalid { .. } => 1,
        LoadError::TooLarge { .. } => 2,
    }
}

/// Checks that `tags` are 0..count, each at least once.
fn covers(name: &str, tags: impl IntoIterator<Item = usize>, count: usize) {
    let seen: BTreeSet<usize> = tags.into_iter().collect();
    let all: BTreeSet<usize> = (0..count).collect();
    assert_eq!(seen, all, "{name}: a variant has no case");
}

#[test]
fn every_variant_of_every_error_has_a_case() {
    covers(
        "ParseProblem",
        parse_problems().iter().map(|(p, _)| parse_tag(p)),
        25,
    );
    covers("ProjectError", project_errors().iter().map(project_tag), 6);
    covers("FileTrouble", file_troubles().iter().map(trouble_tag), 8);
    covers("SaveError", save_errors().iter().map(save_tag), 8);
    covers(
        "RecoveryProblem",
        recovery_problems().iter().map(recovery_tag),
        6,
    );
    covers("EditError", edit_errors().iter().map(edit_tag), 5);
    covers("ExportError", export_errors().iter().map(export_tag), 4);
    covers(
        "ReadError",
        read_errors().iter().map(|(e, _)| read_tag(e)),
        15,
    );
    covers(
        "ImportError",
        import_errors().iter().map(|(e, _)| import_tag(e)),
        23,
    );
    let loads = [
        LoadError::Io {
            path: file(),
            source: io(ErrorKind::NotFound),
        },
        LoadError::Invalid {
            path: file(),
            error: ParseError::new(None, None, ParseProblem::Empty),
        },
        LoadError::TooLarge {
            path: file(),
            size: 2,
            limit: 1,
        },
    ];
    covers("LoadError", loads.iter().map(load_tag), 3);
}
