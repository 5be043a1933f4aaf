//! Every case of every error, in both languages: the English is exactly the error's `Display`,
//! and the Chinese has no English word left outside the values it names.
//!
//! The values are chosen without letters wherever the error allows it (ids "7", rows 4, files
//! "x/1.kano.json"), so any English word in a Chinese message is one of ours. The `tag` functions
//! match without a wildcard: a new variant does not compile until it is numbered there, and the
//! coverage check then fails until a case of it is added here.

mod cases;
mod coverage;
mod import_cases;

use super::*;
use crate::i18n::Lang;
use crate::io::import::{ColumnLabel, ImportError, Role};
use crate::io::{LoadError, ParseError, ParseProblem};
use crate::project::{EditError, Subject};
use cases::{Case, cases, file, io};
use std::io::ErrorKind;

/// English words a Chinese message may hold: names and technical terms a Chinese user of a
/// desktop tool reads as they are.
const ALLOWED_WORDS: &[&str] = &[
    "Kanoscope",
    "JSON",
    "json",
    "kano",
    "UTF",
    "Windows",
    "SERVQUAL",
    "Unicode",
    "uDFFF",
    "CSV",
    "Excel",
    "XFD",
    "xls",
    "SVG",
];

/// Column names the import's naming convention asks for, quoted as examples in Chinese too.
const COLUMN_NAME_FORMS: &[&str] = &["<id>_functional", "<id>_dysfunctional"];

/// Names the file formats give their fields, quoted as they are in every language.
const FIELD_NAMES: &[&str] = &[
    crate::io::FORMAT_FIELD,
    crate::io::FORMAT_NAME,
    crate::io::FEATURES_FIELD,
    crate::io::RESPONDENTS_FIELD,
    crate::io::recovery::HEADER_FIELD,
    crate::io::IMPORTANCE_SCALE_FIELD,
    crate::io::import::ANSWER_OPTION,
    crate::io::import::DIMENSION_TOKENS,
];

// ---------------------------------------------------------------------------------------------
// (a) English is the Display.

#[test]
fn english_is_exactly_what_the_command_line_prints() {
    let t = Lang::En.texts();
    for Case {
        english, render, ..
    } in cases()
    {
        assert_eq!(render(t), english);
    }
}

#[test]
fn english_is_the_display_for_real_files_too() {
    let t = Lang::En.texts();
    let inputs: &[&[u8]] = &[
        b"",
        b"[1]",
        b"{\"format\": \"other\", \"version\": 1}",
        b"{\"version\": 1}",
        b"{\"format\": \"kanoscope-project\", \"version\": 9}",
        b"{\"format\": \"kanoscope-project\", \"version\": 1, \"features\": 5}",
        b"{\"format\": \"kanoscope-project\", \"version\": 1, \"analysis\": {\"rule\": \"x\"}}",
        b"{\"format\": \"kanoscope-project\", \"version\": 1, \"features\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}",
        b"{\"format\": \"kanoscope-project\", \"version\": 1, \"title\": \"\x01\"}",
        b"{\"format\": \"kanoscope-project\", \"version\": 1, \"title\": \"\xff\"}",
        b"{\"format\": \"kanoscope-project\", \"version\": 1",
        b"hello",
    ];
    for input in inputs {
        let Err(error) = crate::io::parse_project(input) else {
            panic!("{input:?} was accepted");
        };
        assert_eq!(parse_error(t, &error), error.to_string());
    }
}

// ---------------------------------------------------------------------------------------------
// (b) Chinese has no English left.

/// The English words of `text` once the values are taken out.
fn english_words(text: &str, values: &[String]) -> Vec<String> {
    let mut rest = text.to_owned();
    let mut values: Vec<&str> = values
        .iter()
        .map(String::as_str)
        .chain(COLUMN_NAME_FORMS.iter().copied())
        .chain(FIELD_NAMES.iter().copied())
        .collect();
    values.sort_by_key(|v| std::cmp::Reverse(v.len()));
    for value in values {
        rest = rest.replace(value, " ");
    }
    rest.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3 && !ALLOWED_WORDS.contains(w))
        .map(str::to_owned)
        .collect()
}

#[test]
fn chinese_has_no_english_words_outside_the_values() {
    let t = Lang::Zh.texts();
    let mut failures = Vec::new();
    for case in cases() {
        let chinese = (case.render)(t);
        let words = english_words(&chinese, &case.values);
        if !words.is_empty() || chinese == case.english {
            failures.push(format!("{chinese}\n    English left: {words:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn chinese_words_every_kind_of_system_error_a_person_meets_with_files() {
    let t = Lang::Zh.texts();
    let kinds = [
        ErrorKind::NotFound,
        ErrorKind::PermissionDenied,
        ErrorKind::AlreadyExists,
        ErrorKind::NotADirectory,
        ErrorKind::IsADirectory,
        ErrorKind::DirectoryNotEmpty,
        ErrorKind::ReadOnlyFilesystem,
        ErrorKind::StorageFull,
        ErrorKind::QuotaExceeded,
        ErrorKind::FileTooLarge,
        ErrorKind::ResourceBusy,
        ErrorKind::InvalidFilename,
        ErrorKind::TimedOut,
        ErrorKind::Interrupted,
        ErrorKind::UnexpectedEof,
        ErrorKind::InvalidData,
        ErrorKind::StaleNetworkFileHandle,
        ErrorKind::ConnectionReset,
        ErrorKind::OutOfMemory,
        ErrorKind::Unsupported,
    ];
    for kind in kinds {
        let text = io_error(t, &io(kind));
        assert_eq!(
            english_words(&text, &[]),
            Vec::<String>::new(),
            "{kind:?}: {text}"
        );
    }
    // The system's error code stays, for whoever searches for it.
    assert_eq!(
        io_error(t, &std::io::Error::from_raw_os_error(2)),
        "找不到该文件或文件夹（系统错误代码 2）"
    );
    // A kind without words of ours: the system's own words, said to be the system's.
    let odd = std::io::Error::other("1 2");
    assert_eq!(io_error(t, &odd), "系统报告的错误：1 2");
}

#[test]
fn chinese_reads_as_chinese() {
    let t = Lang::Zh.texts();
    let parse = ParseError::new(
        Some("respondents[2].answers.7".into()),
        Some((3, 14)),
        ParseProblem::TwoAnswers { key: "7".into() },
    );
    assert_eq!(
        parse_error(t, &parse),
        "respondents[2].answers.7（第 3 行，第 14 列）：功能「7」有两个回答"
    );
    let cut = LoadError::Invalid {
        path: file(),
        error: ParseError::new(None, Some((5, 1)), ParseProblem::EndsTooEarly),
    };
    assert_eq!(
        load_error(t, &cut),
        "x/1.kano.json：第 5 行，第 1 列：文件过早结束（可能在保存或复制时被截断了）"
    );
    // Built from variables: the i18n literal scan reads `ColumnLabel::new("…"` as egui's Label.
    let (dysfunctional, functional) = ("座椅_反向", "座椅_正向");
    let answer = ImportError::UnknownAnswer {
        row: 4,
        column: ColumnLabel::new(dysfunctional, 4),
        text: "超喜欢".into(),
    };
    assert!(
        import_error(t, &answer)
            .starts_with("第 4 行，「座椅_反向」（E 列）：「超喜欢」不是卡诺回答；"),
        "{}",
        import_error(t, &answer)
    );
    let partner = ImportError::MissingPartner {
        column: ColumnLabel::new(functional, 2),
        id: "座椅".into(),
        missing: Role::Dysfunctional,
    };
    assert_eq!(
        import_error(t, &partner),
        "「座椅_正向」（C 列）没有配对的反向问题：应有一列名为「座椅_反向」（或「座椅_dysfunctional」「座椅 (dysfunctional)」）"
    );
    let edit = EditError::DuplicateId {
        what: Subject::Feature,
        id: "wifi".into(),
    };
    assert_eq!(edit_error(t, &edit), "另一个功能已在使用 ID「wifi」");
}
