//! Errors of survey imports, in the person's language: reading the table, then reading the
//! answers. Column labels, role words and lists are worded here too; the column names, ids and
//! cell texts themselves stay as they are.

use super::listed;
use crate::i18n::{Texts, fill};
use crate::io::import::{
    ANSWER_OPTION, COLLISIONS_SHOWN, ColumnLabel, ColumnNames, DIMENSION_TOKENS, ImportError,
    ReadError, Role, UNKNOWN_COLUMNS_SHOWN, UnknownText,
};
use crate::io::megabytes;

/// Why a survey export could not be read as a table.
pub fn read_error(t: &Texts, error: &ReadError) -> String {
    let e = &t.errors;
    match error {
        ReadError::Empty => e.read_empty.to_owned(),
        ReadError::Malformed { encoding, line } => {
            fill(e.read_malformed, &[("line", line), ("encoding", encoding)])
        }
        ReadError::Csv { row, message } => fill(e.read_csv, &[("row", row), ("message", message)]),
        ReadError::Spreadsheet { message } => fill(e.read_spreadsheet, &[("message", message)]),
        ReadError::DamagedWorkbook => e.read_damaged_workbook.to_owned(),
        ReadError::WorkbookTooLarge { size, limit } => fill(
            e.read_workbook_too_large,
            &[("size", &megabytes(*size)), ("limit", &megabytes(*limit))],
        ),
        ReadError::WorkbookUnpacksTooLarge { limit } => fill(
            e.read_workbook_unpacks_too_large,
            &[("limit", &megabytes(*limit))],
        ),
        ReadError::CellOutsideGrid { sheet, row, column } => fill(
            e.read_cell_outside_grid,
            &[("sheet", sheet), ("row", row), ("column", column)],
        ),
        ReadError::TooManyCells {
            sheet,
            from,
            to,
            cells,
            limit,
        } => fill(
            e.read_too_many_cells,
            &[
                ("sheet", sheet),
                ("from", from),
                ("to", to),
                ("cells", cells),
                ("limit", limit),
            ],
        ),
        ReadError::CellTooLong { sheet, cell, limit } => fill(
            e.read_cell_too_long,
            &[("sheet", sheet), ("cell", cell), ("limit", limit)],
        ),
        ReadError::TooMuchText { sheet, cell, limit } => fill(
            e.read_too_much_text,
            &[("sheet", sheet), ("cell", cell), ("limit", limit)],
        ),
        ReadError::DamagedBinaryWorkbook { part, offset } => fill(
            e.read_damaged_binary_workbook,
            &[("part", part), ("offset", offset)],
        ),
        ReadError::OutsideXlsGrid {
            sheet,
            record,
            cell,
        } => fill(
            e.read_outside_xls_grid,
            &[("sheet", sheet), ("record", record), ("cell", cell)],
        ),
        ReadError::TooMuchMemory {
            place,
            needed,
            limit,
        } => fill(
            e.read_too_much_memory,
            &[
                ("place", place),
                ("needed", &megabytes(*needed)),
                ("limit", &megabytes(*limit)),
            ],
        ),
        ReadError::NoSheet { name, sheets } => fill(
            e.read_no_sheet,
            &[("name", name), ("sheets", &listed(t, sheets))],
        ),
    }
}

/// Why a survey export could not be imported: the row, the column and the text at fault.
pub fn import_error(t: &Texts, error: &ImportError) -> String {
    let e = &t.errors;
    match error {
        ImportError::Read(error) => read_error(t, error),
        ImportError::Io { error } => fill(
            e.import_unreadable,
            &[("error", &super::system_error(t, error))],
        ),
        ImportError::NoFeatures { columns } => fill(
            e.import_no_features,
            &[("columns", &column_names(t, columns))],
        ),
        ImportError::NoRows => e.import_no_rows.to_owned(),
        ImportError::MissingPartner {
            column: label,
            id,
            missing,
        } => fill(
            e.import_missing_partner,
            &[
                ("column", &column(t, label)),
                ("role", &role(t, *missing)),
                ("id", id),
                ("missing", &missing.word()),
            ],
        ),
        ImportError::LoneImportance { column: label, id } => fill(
            e.import_lone_importance,
            &[("column", &column(t, label)), ("id", id)],
        ),
        ImportError::DuplicateColumn {
            column: label,
            other,
            role: which,
            id,
        } => fill(
            e.import_duplicate_column,
            &[
                ("column", &column(t, label)),
                ("other", &column(t, other)),
                ("role", &role(t, *which)),
                ("id", id),
            ],
        ),
        ImportError::DuplicateFeature { id } => fill(e.import_duplicate_feature, &[("id", id)]),
        ImportError::EmptyFeatureId { column: label } => {
            fill(e.import_empty_feature_id, &[("column", &column(t, label))])
        }
        ImportError::NoColumn { index, width } => {
            fill(e.import_no_column, &[("index", index), ("width", width)])
        }
        ImportError::NoSuchColumn {
            option,
            name,
            columns,
        } => fill(
            e.import_no_such_column,
            &[
                ("option", option),
                ("name", name),
                ("columns", &column_names(t, columns)),
            ],
        ),
        ImportError::UnknownAnswer {
            row,
            column: label,
            text,
        } => fill(
            e.import_unknown_answer,
            &[("row", row), ("column", &column(t, label)), ("text", text)],
        ),
        ImportError::UnknownAnswers { texts } => fill(
            e.import_unknown_answers,
            &[
                ("n", &texts.len()),
                ("option", &ANSWER_OPTION),
                (
                    "texts",
                    &texts
                        .iter()
                        .map(|u| unknown_text(t, u))
                        .collect::<Vec<_>>()
                        .join(e.import_unknown_texts_separator),
                ),
            ],
        ),
        ImportError::NoFeatureDetails { columns } => fill(
            e.import_no_feature_details,
            &[("columns", &column_names(t, columns))],
        ),
        ImportError::BadDimension {
            row,
            column: label,
            text,
        } => fill(
            e.import_bad_dimension,
            &[
                ("row", row),
                ("column", &column(t, label)),
                ("text", text),
                ("tokens", &DIMENSION_TOKENS),
            ],
        ),
        ImportError::UnmatchedFeatureDetails { rows } => fill(
            e.import_unmatched_feature_details,
            &[
                ("n", &rows.len()),
                (
                    "rows",
                    &rows
                        .iter()
                        .map(|(key, row)| fill(e.import_collision, &[("id", key), ("row", row)]))
                        .collect::<Vec<_>>()
                        .join(e.list_separator),
                ),
            ],
        ),
        ImportError::BadImportance {
            row,
            column: label,
            text,
        } => fill(
            e.import_bad_importance,
            &[("row", row), ("column", &column(t, label)), ("text", text)],
        ),
        ImportError::EmptyId { row, column: label } => fill(
            e.import_empty_id,
            &[("row", row), ("column", &column(t, label))],
        ),
        ImportError::DuplicateId {
            row,
            first_row,
            column: label,
            id,
        } => fill(
            e.import_duplicate_id,
            &[
                ("row", row),
                ("column", &column(t, label)),
                ("id", id),
                ("first_row", first_row),
            ],
        ),
        ImportError::IdCollision { collisions } => fill(
            e.import_id_collision,
            &[
                ("n", &collisions.len()),
                ("ids", &describe_collisions(t, collisions)),
            ],
        ),
        ImportError::UnknownFeatures { ids } => fill(
            if ids.len() == 1 {
                e.import_unknown_feature
            } else {
                e.import_unknown_features
            },
            &[("ids", &listed(t, ids))],
        ),
        ImportError::TextTooLong {
            place,
            chars,
            limit,
        } => fill(
            e.import_text_too_long,
            &[("place", place), ("chars", chars), ("limit", limit)],
        ),
        ImportError::Project(original) => fill(e.import_refused, &[("original", original)]),
    }
}

/// `"I tolerate it" (cells: 37; columns: C, S and 2 more)`.
fn unknown_text(t: &Texts, u: &UnknownText) -> String {
    let letters: Vec<String> = u
        .columns
        .iter()
        .take(UNKNOWN_COLUMNS_SHOWN)
        .map(ColumnLabel::letter)
        .collect();
    let mut columns = letters.join(t.errors.list_separator);
    if u.columns.len() > UNKNOWN_COLUMNS_SHOWN {
        columns.push_str(&fill(
            t.errors.more_columns,
            &[("n", &(u.columns.len() - UNKNOWN_COLUMNS_SHOWN))],
        ));
    }
    fill(
        t.errors.import_unknown_text,
        &[
            ("text", &u.text),
            ("row", &u.first_row),
            ("count", &u.count),
            ("columns", &columns),
        ],
    )
}

/// A column as messages name it: `F7_functional (column O)`, `「F7_functional」（O 列）`.
pub fn column(t: &Texts, label: &ColumnLabel) -> String {
    if label.name.is_empty() {
        fill(t.errors.column_unnamed, &[("letter", &label.letter())])
    } else {
        fill(
            t.errors.column_named,
            &[("name", &label.name), ("letter", &label.letter())],
        )
    }
}

/// The question a column holds, in words: functional, 正向.
fn role(t: &Texts, role: Role) -> &'static str {
    match role {
        Role::Functional => t.errors.role_functional,
        Role::Dysfunctional => t.errors.role_dysfunctional,
        Role::Importance => t.errors.role_importance,
    }
}

/// `a, b and 3 more`.
fn column_names(t: &Texts, names: &ColumnNames) -> String {
    let mut text = listed(t, &names.shown);
    if names.more > 0 {
        text.push_str(&fill(t.errors.more_columns, &[("n", &names.more)]));
    }
    text
}

/// `"e2" (row 3), "e5" (row 6), and 4 more`.
fn describe_collisions(t: &Texts, collisions: &[(String, usize)]) -> String {
    let e = &t.errors;
    let mut shown: Vec<String> = collisions
        .iter()
        .take(COLLISIONS_SHOWN)
        .map(|(id, row)| fill(e.import_collision, &[("id", id), ("row", row)]))
        .collect();
    if collisions.len() > COLLISIONS_SHOWN {
        shown.push(fill(
            e.import_collisions_more,
            &[("n", &(collisions.len() - COLLISIONS_SHOWN))],
        ));
    }
    shown.join(e.list_separator)
}
