//! An instance of every error of survey imports, with the values each names.

use super::cases::io;
use crate::io::import::{ColumnLabel, ColumnNames, ImportError, ReadError, Role};
use crate::io::{FileTrouble, SystemError};
use std::io::ErrorKind;

pub(super) fn read_errors() -> Vec<(ReadError, &'static [&'static str])> {
    vec![
        (ReadError::Empty, &[]),
        (ReadError::DamagedWorkbook, &[]),
        (
            ReadError::WorkbookTooLarge {
                size: 70 * 1024 * 1024,
                limit: 64 * 1024 * 1024,
            },
            &[],
        ),
        (
            ReadError::WorkbookUnpacksTooLarge {
                limit: 256 * 1024 * 1024,
            },
            &[],
        ),
        (
            ReadError::CellOutsideGrid {
                sheet: "2".into(),
                row: 3,
                column: 4,
            },
            &[],
        ),
        (
            ReadError::TooManyCells {
                sheet: "2".into(),
                from: "A1".into(),
                to: "XFD1048576".into(),
                cells: 5,
                limit: 6,
            },
            &[],
        ),
        (
            ReadError::CellTooLong {
                sheet: "2".into(),
                cell: "C3".into(),
                limit: 7,
            },
            &[],
        ),
        (
            ReadError::DamagedBinaryWorkbook {
                part: "CFB FAT".into(),
                offset: 512,
            },
            &["CFB FAT"],
        ),
        (
            ReadError::OutsideXlsGrid {
                sheet: "2".into(),
                record: "DIMENSIONS".into(),
                cell: "IW1".into(),
            },
            &["DIMENSIONS"],
        ),
        (
            ReadError::TooMuchMemory {
                place: "'2'!C3".into(),
                needed: 600 * 1024 * 1024,
                limit: 384 * 1024 * 1024,
            },
            &[],
        ),
        (
            ReadError::TooMuchText {
                sheet: "2".into(),
                cell: "C3".into(),
                limit: 8,
            },
            &[],
        ),
        (
            ReadError::Malformed {
                encoding: "GB18030",
                line: 3,
            },
            &[],
        ),
        (
            ReadError::Csv {
                row: 4,
                message: "5".into(),
            },
            &[],
        ),
        (
            ReadError::Spreadsheet {
                message: "6".into(),
            },
            &[],
        ),
        (
            ReadError::NoSheet {
                name: "2".into(),
                sheets: vec!["3".into(), "4".into()],
            },
            &[],
        ),
    ]
}

pub(super) fn import_errors() -> Vec<(ImportError, &'static [&'static str])> {
    let named = |name: &str| ColumnLabel::new(name, 2);
    vec![
        (ImportError::Read(ReadError::Empty), &[]),
        (
            ImportError::Io {
                error: SystemError::from(io(ErrorKind::NotFound)),
            },
            &[],
        ),
        (
            ImportError::Io {
                error: SystemError::from(FileTrouble::Folder.into_io(ErrorKind::IsADirectory)),
            },
            &[],
        ),
        (
            ImportError::NoFeatures {
                columns: ColumnNames {
                    shown: vec!["1".into(), "2".into()],
                    more: 0,
                },
            },
            &[],
        ),
        (
            ImportError::NoFeatures {
                columns: ColumnNames::of(&vec!["1".to_owned(); 15]),
            },
            &[],
        ),
        (ImportError::NoRows, &[]),
        (
            ImportError::MissingPartner {
                column: named("7_functional"),
                id: "7".into(),
                missing: Role::Dysfunctional,
            },
            &["7_functional", "7_dysfunctional", "7 (dysfunctional)"],
        ),
        (
            ImportError::MissingPartner {
                column: ColumnLabel::new("", 27),
                id: "7".into(),
                missing: Role::Functional,
            },
            &["7_functional", "7 (functional)"],
        ),
        (
            ImportError::LoneImportance {
                column: named("7_importance"),
                id: "7".into(),
            },
            &["7_importance", "7_functional", "7_dysfunctional"],
        ),
        (
            ImportError::DuplicateColumn {
                column: named("1"),
                other: ColumnLabel::new("2", 0),
                role: Role::Functional,
                id: "7".into(),
            },
            &[],
        ),
        (
            ImportError::DuplicateColumn {
                column: named("1"),
                other: named("2"),
                role: Role::Dysfunctional,
                id: "7".into(),
            },
            &[],
        ),
        (
            ImportError::DuplicateColumn {
                column: named("1"),
                other: named("2"),
                role: Role::Importance,
                id: "7".into(),
            },
            &[],
        ),
        (ImportError::DuplicateFeature { id: "7".into() }, &[]),
        (
            ImportError::EmptyFeatureId {
                column: ColumnLabel::new("", 3),
            },
            &[],
        ),
        (ImportError::NoColumn { index: 9, width: 4 }, &[]),
        (
            ImportError::NoSuchColumn {
                option: "--id-column",
                name: "5".into(),
                columns: ColumnNames::of(&["1".into(), "2".into()]),
            },
            &["--id-column"],
        ),
        (
            ImportError::UnknownAnswer {
                row: 4,
                column: named("7_functional"),
                text: "6".into(),
            },
            &["7_functional"],
        ),
        (
            ImportError::UnknownAnswers {
                texts: vec![
                    crate::io::import::UnknownText {
                        text: "7".into(),
                        count: 37,
                        first_row: 4,
                        columns: (0..9).map(|c| ColumnLabel::new("8", c)).collect(),
                    },
                    crate::io::import::UnknownText {
                        text: "9".into(),
                        count: 1,
                        first_row: 5,
                        columns: vec![ColumnLabel::new("", 2)],
                    },
                ],
            },
            &[],
        ),
        (
            ImportError::NoFeatureDetails {
                columns: ColumnNames::of(&["7".to_owned(), "8".to_owned()]),
            },
            &[],
        ),
        (
            ImportError::BadDimension {
                row: 4,
                column: named("7_dimension"),
                text: "8".into(),
            },
            &["7_dimension"],
        ),
        (
            ImportError::UnmatchedFeatureDetails {
                rows: vec![("7".into(), 2), ("8".into(), 3)],
            },
            &[],
        ),
        (
            ImportError::BadImportance {
                row: 4,
                column: named("7_importance"),
                text: "10".into(),
            },
            &["7_importance"],
        ),
        (
            ImportError::EmptyId {
                row: 4,
                column: named("1"),
            },
            &[],
        ),
        (
            ImportError::DuplicateId {
                row: 4,
                first_row: 2,
                column: named("1"),
                id: "8".into(),
            },
            &[],
        ),
        (
            ImportError::IdCollision {
                collisions: vec![("8".into(), 3)],
            },
            &[],
        ),
        (
            ImportError::IdCollision {
                collisions: (1..=8).map(|k| (k.to_string(), k + 1)).collect(),
            },
            &[],
        ),
        (
            ImportError::UnknownFeatures {
                ids: vec!["7".into()],
            },
            &[],
        ),
        (
            ImportError::UnknownFeatures {
                ids: vec!["7".into(), "8".into()],
            },
            &[],
        ),
        (ImportError::Project("1".into()), &[]),
        (
            ImportError::TextTooLong {
                place: "features[0].id".into(),
                chars: 1_001,
                limit: 1_000,
            },
            &["features[0].id"],
        ),
    ]
}
