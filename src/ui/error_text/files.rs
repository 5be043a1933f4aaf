//! Errors of project files, saves, the system and recovery copies, in the person's language.

use super::debug_quoted;
use crate::i18n::{Lang, Texts, fill};
use crate::io::recovery::{CopyFailure, HEADER_FIELD, RecoveryProblem};
use crate::io::{
    FEATURES_FIELD, FORMAT_FIELD, FORMAT_NAME, FORMAT_VERSION, FileTrouble, LoadError, ParseError,
    ParseProblem, RESPONDENTS_FIELD, SaveError, SaveProblem, SystemError, megabytes,
};
use crate::project::{ImportanceScaleError, ProjectError};
use std::io::ErrorKind;

/// Why a project file could not be opened, naming the file.
pub fn load_error(t: &Texts, error: &LoadError) -> String {
    let e = &t.errors;
    match error {
        LoadError::Io { path, source } => fill(
            e.load_unreadable,
            &[("path", &path.display()), ("error", &io_error(t, source))],
        ),
        LoadError::Invalid { path, error } => fill(
            e.at_path,
            &[("path", &path.display()), ("error", &parse_error(t, error))],
        ),
        LoadError::TooLarge { path, size, limit } => fill(
            e.load_too_large,
            &[
                ("path", &path.display()),
                ("size", &megabytes(*size)),
                ("limit", &megabytes(*limit)),
            ],
        ),
    }
}

/// What is wrong with a project file's contents, and where.
pub fn parse_error(t: &Texts, error: &ParseError) -> String {
    let e = &t.errors;
    let problem = parse_problem(t, &error.problem);
    match (&error.path, error.position) {
        (Some(path), Some((line, column))) => fill(
            e.at_path_and_position,
            &[
                ("path", path),
                ("line", &line),
                ("column", &column),
                ("error", &problem),
            ],
        ),
        (Some(path), None) => fill(e.at_path, &[("path", path), ("error", &problem)]),
        (None, Some((line, column))) => fill(
            e.at_position,
            &[("line", &line), ("column", &column), ("error", &problem)],
        ),
        (None, None) => problem,
    }
}

/// What is wrong with a project file's contents.
pub fn parse_problem(t: &Texts, problem: &ParseProblem) -> String {
    let e = &t.errors;
    match problem {
        ParseProblem::Empty => e.parse_empty.to_owned(),
        ParseProblem::NotAnObject => e.parse_not_an_object.to_owned(),
        ParseProblem::NotAProject { format } => fill(
            e.parse_not_a_project,
            &[
                ("field", &FORMAT_FIELD),
                ("format", format),
                ("expected", &FORMAT_NAME),
            ],
        ),
        ParseProblem::NoFormat => fill(
            e.parse_no_format,
            &[("field", &FORMAT_FIELD), ("expected", &FORMAT_NAME)],
        ),
        ParseProblem::NewerVersion { version } => fill(
            e.parse_newer_version,
            &[("version", version), ("newest", &FORMAT_VERSION)],
        ),
        ParseProblem::VersionZero => e.parse_version_zero.to_owned(),
        ParseProblem::EmptyFeatureId => e.parse_empty_feature_id.to_owned(),
        ParseProblem::DuplicateFeatureId { id, first } => fill(
            e.parse_duplicate_feature_id,
            &[
                ("id", &debug_quoted(t, id)),
                ("first", &format!("{FEATURES_FIELD}[{first}]")),
            ],
        ),
        ParseProblem::EmptyRespondentId => e.parse_empty_respondent_id.to_owned(),
        ParseProblem::DuplicateRespondentId { id, first } => fill(
            e.parse_duplicate_respondent_id,
            &[
                ("id", &debug_quoted(t, id)),
                ("first", &format!("{RESPONDENTS_FIELD}[{first}]")),
            ],
        ),
        ParseProblem::AnswerForUnknownFeature { key } => fill(
            e.parse_answer_for_unknown_feature,
            &[("key", &debug_quoted(t, key)), ("list", &FEATURES_FIELD)],
        ),
        ParseProblem::TwoAnswers { key } => {
            fill(e.parse_two_answers, &[("key", &debug_quoted(t, key))])
        }
        ParseProblem::OrderNamesUnknownFeature { id } => fill(
            e.parse_order_names_unknown_feature,
            &[("id", &debug_quoted(t, id)), ("list", &FEATURES_FIELD)],
        ),
        ParseProblem::EndsTooEarly => e.parse_ends_too_early.to_owned(),
        ParseProblem::NotJson => e.parse_not_json.to_owned(),
        ParseProblem::InvalidUtf8 { original } => {
            fill(e.parse_invalid_utf8, &[("original", original)])
        }
        ParseProblem::LoneSurrogate { original } => {
            fill(e.parse_lone_surrogate, &[("original", original)])
        }
        ParseProblem::NestedTooDeep { original } => {
            fill(e.parse_nested_too_deep, &[("original", original)])
        }
        ParseProblem::ControlCharacter { original } => {
            fill(e.parse_control_character, &[("original", original)])
        }
        ParseProblem::ImportanceScale(error) => importance_scale_error(t, error),
        ParseProblem::ImportanceOffScale { value, min, max } => fill(
            e.parse_importance_off_scale,
            &[("value", value), ("min", min), ("max", max)],
        ),
        ParseProblem::TextTooLong { chars, limit } => {
            fill(e.parse_text_too_long, &[("chars", chars), ("limit", limit)])
        }
        ParseProblem::Invariant(error) => project_error(t, error),
        ParseProblem::Other(original) => fill(e.parse_other, &[("original", original)]),
    }
}

/// An importance scale that is not one.
pub fn importance_scale_error(t: &Texts, error: &ImportanceScaleError) -> String {
    let e = &t.errors;
    match error {
        ImportanceScaleError::Bounds { min, max } => fill(
            e.parse_importance_scale_bounds,
            &[("min", min), ("max", max)],
        ),
        ImportanceScaleError::LabelCount {
            min,
            max,
            points,
            found,
        } => fill(
            e.parse_importance_scale_labels,
            &[
                ("min", min),
                ("max", max),
                ("points", points),
                ("found", found),
            ],
        ),
    }
}

/// A project that breaks one of its rules.
pub fn project_error(t: &Texts, error: &ProjectError) -> String {
    let e = &t.errors;
    match error {
        ProjectError::EmptyFeatureId { index } => {
            fill(e.project_empty_feature_id, &[("index", index)])
        }
        ProjectError::DuplicateFeatureId { id } => fill(
            e.project_duplicate_feature_id,
            &[("id", &debug_quoted(t, id))],
        ),
        ProjectError::EmptyRespondentId { index } => {
            fill(e.project_empty_respondent_id, &[("index", index)])
        }
        ProjectError::DuplicateRespondentId { id } => fill(
            e.project_duplicate_respondent_id,
            &[("id", &debug_quoted(t, id))],
        ),
        ProjectError::Misaligned {
            id,
            expected,
            found,
        } => fill(
            e.project_misaligned,
            &[
                ("id", &debug_quoted(t, id)),
                ("found", found),
                ("expected", expected),
            ],
        ),
        ProjectError::ImportanceOffScale {
            respondent,
            feature,
            value,
            min,
            max,
        } => fill(
            e.project_importance_off_scale,
            &[
                ("respondent", &debug_quoted(t, respondent)),
                ("feature", &debug_quoted(t, feature)),
                ("value", value),
                ("min", min),
                ("max", max),
            ],
        ),
    }
}

/// Why a save failed, naming the file and saying the previous one is unchanged.
pub fn save_error(t: &Texts, error: &SaveError) -> String {
    let e = &t.errors;
    let folder = error.folder().display();
    let problem = match error.problem() {
        SaveProblem::DiskFull => e.save_disk_full.to_owned(),
        SaveProblem::ReadOnly => e.save_read_only.to_owned(),
        SaveProblem::NoPermission => fill(e.save_no_permission, &[("folder", &folder)]),
        SaveProblem::FolderInTheWay => e.save_folder_in_the_way.to_owned(),
        SaveProblem::FolderMissing => fill(e.save_folder_missing, &[("folder", &folder)]),
        SaveProblem::Vanished => e.save_vanished.to_owned(),
        SaveProblem::Incomplete => e.save_incomplete.to_owned(),
        SaveProblem::Other => {
            return fill(
                e.save_failed_otherwise,
                &[
                    ("path", &error.path.display()),
                    ("error", &io_error(t, &error.source)),
                ],
            );
        }
    };
    fill(
        e.save_failed,
        &[
            ("path", &error.path.display()),
            ("problem", &problem),
            ("error", &io_error(t, &error.source)),
        ],
    )
}

/// What the system said about a file operation.
pub fn io_error(t: &Texts, error: &std::io::Error) -> String {
    system_error(t, &SystemError::from(error))
}

/// What the system said about a file operation. English keeps the system's own message (as the
/// command line prints it); other languages say what kind of problem it is, with the system's
/// error code for whoever searches for it, and the system's words only when the kind is unknown.
pub fn system_error(t: &Texts, error: &SystemError) -> String {
    if let Some(trouble) = &error.trouble {
        return file_trouble(t, trouble);
    }
    if t.lang == Lang::En {
        return error.message.clone();
    }
    let e = &t.errors;
    let Some(problem) = io_kind(t, error.kind) else {
        return fill(e.system_in_its_words, &[("message", &error.message)]);
    };
    match error.code {
        Some(code) => fill(
            e.system_with_code,
            &[("problem", &problem), ("code", &code)],
        ),
        None => problem.to_owned(),
    }
}

/// The kinds of system error a person may meet with files, in words.
fn io_kind(t: &Texts, kind: ErrorKind) -> Option<&'static str> {
    let e = &t.errors;
    Some(match kind {
        ErrorKind::NotFound => e.io_not_found,
        ErrorKind::PermissionDenied => e.io_permission_denied,
        ErrorKind::AlreadyExists => e.io_already_exists,
        ErrorKind::NotADirectory => e.io_not_a_directory,
        ErrorKind::IsADirectory => e.io_is_a_directory,
        ErrorKind::DirectoryNotEmpty => e.io_directory_not_empty,
        ErrorKind::ReadOnlyFilesystem => e.io_read_only,
        ErrorKind::StorageFull => e.io_storage_full,
        ErrorKind::QuotaExceeded => e.io_quota_exceeded,
        ErrorKind::FileTooLarge => e.io_file_too_large,
        ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => e.io_busy,
        ErrorKind::InvalidFilename => e.io_invalid_filename,
        ErrorKind::TimedOut => e.io_timed_out,
        ErrorKind::Interrupted => e.io_interrupted,
        ErrorKind::UnexpectedEof => e.io_unexpected_eof,
        ErrorKind::InvalidData => e.io_invalid_data,
        ErrorKind::StaleNetworkFileHandle => e.io_stale_network_file,
        ErrorKind::ConnectionRefused
        | ErrorKind::ConnectionReset
        | ErrorKind::ConnectionAborted
        | ErrorKind::NotConnected
        | ErrorKind::HostUnreachable
        | ErrorKind::NetworkUnreachable
        | ErrorKind::NetworkDown
        | ErrorKind::BrokenPipe => e.io_network,
        ErrorKind::OutOfMemory => e.io_out_of_memory,
        ErrorKind::Unsupported => e.io_unsupported,
        _ => return None,
    })
}

/// A reason Kanoscope gave for a file operation.
pub fn file_trouble(t: &Texts, trouble: &FileTrouble) -> String {
    let e = &t.errors;
    match trouble {
        FileTrouble::Folder => e.trouble_folder.to_owned(),
        FileTrouble::NotRegular => e.trouble_not_regular.to_owned(),
        FileTrouble::FolderInTheWay(path) => {
            fill(e.trouble_folder_in_the_way, &[("path", &path.display())])
        }
        FileTrouble::ShortWrite { on_disk, written } => fill(
            e.trouble_short_write,
            &[("on_disk", on_disk), ("written", written)],
        ),
        FileTrouble::NotARecoveryCopy(path) => {
            fill(e.trouble_not_a_recovery_copy, &[("path", &path.display())])
        }
        FileTrouble::ReadingStopped => e.trouble_reading_stopped.to_owned(),
        FileTrouble::TooLargeToRead { size, limit } => fill(
            e.trouble_too_large_to_read,
            &[("size", &megabytes(*size)), ("limit", &megabytes(*limit))],
        ),
        FileTrouble::ProjectTooLarge { size, limit } => fill(
            e.trouble_project_too_large,
            &[("size", &megabytes(*size)), ("limit", &megabytes(*limit))],
        ),
    }
}

/// Why a recovery copy cannot be used.
pub fn recovery_problem(t: &Texts, problem: &RecoveryProblem) -> String {
    let e = &t.errors;
    match problem {
        RecoveryProblem::Unreadable(error) => {
            fill(e.recovery_unreadable, &[("error", &system_error(t, error))])
        }
        RecoveryProblem::NoHeader => fill(e.recovery_no_header, &[("field", &HEADER_FIELD)]),
        RecoveryProblem::BadHeader(original) => {
            fill(e.recovery_bad_header, &[("original", original)])
        }
        RecoveryProblem::NewerFormat(version) => {
            fill(e.recovery_newer_format, &[("version", version)])
        }
        RecoveryProblem::CutOff { on_disk, written } => fill(
            e.recovery_cut_off,
            &[("on_disk", on_disk), ("written", written)],
        ),
        RecoveryProblem::ImpossibleLength => e.recovery_impossible_length.to_owned(),
    }
}

/// Why a recovery copy could not be written, naming it.
pub fn copy_failure(t: &Texts, failure: &CopyFailure) -> String {
    fill(
        t.errors.at_path,
        &[
            ("path", &failure.copy.display()),
            ("error", &system_error(t, &failure.error)),
        ],
    )
}
