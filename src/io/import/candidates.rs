//! Which attribute columns could hold a respondent id or a segment: suggestions for the import
//! dialog. Nothing here is applied on its own; the command line uses only the columns named on
//! it. Names common on survey platforms (English and Chinese) rank first.

use super::table::Table;
use std::collections::HashSet;

/// Header names that usually hold a respondent id, normalised (lower case, no spaces or `_`).
const ID_NAMES: [&str; 14] = [
    "id",
    "respondentid",
    "responseid",
    "respondent",
    "recordid",
    "userid",
    "participantid",
    "submissionid",
    "序号",
    "编号",
    "答卷编号",
    "答卷序号",
    "用户id",
    "提交序号",
];

/// Header names that usually hold a segment.
const SEGMENT_NAMES: [&str; 14] = [
    "segment",
    "group",
    "cohort",
    "persona",
    "usertype",
    "customertype",
    "gender",
    "role",
    "分组",
    "人群",
    "用户类型",
    "客户类型",
    "性别",
    "角色",
];

/// Most distinct values a segment column may have.
const MAX_SEGMENTS: usize = 20;

fn squash(header: &str) -> String {
    header
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// True when a column's name is one that usually holds a respondent id ("Respondent ID", "编号").
pub fn is_id_name(header: &str) -> bool {
    ID_NAMES.contains(&squash(header).as_str())
}

/// True when a column's name is one that usually holds a segment ("Group", "用户类型").
pub fn is_segment_name(header: &str) -> bool {
    SEGMENT_NAMES.contains(&squash(header).as_str())
}

fn ranked(mut columns: Vec<usize>, table: &Table, names: &[&str]) -> Vec<usize> {
    // Stable: named columns first, then the rest in file order.
    columns.sort_by_key(|&c| !names.contains(&squash(&table.headers[c]).as_str()));
    columns
}

/// Attribute columns filled in every row with values that are all different.
pub fn id_candidates(table: &Table, attributes: &[usize]) -> Vec<usize> {
    let columns = attributes
        .iter()
        .copied()
        .filter(|&c| {
            let mut seen = HashSet::with_capacity(table.rows.len());
            !table.rows.is_empty()
                && table.rows.iter().all(|row| {
                    let value = row[c].trim();
                    !value.is_empty() && seen.insert(value)
                })
        })
        .collect();
    ranked(columns, table, &ID_NAMES)
}

/// Attribute columns with between 2 and 20 distinct values, fewer than the rows.
pub fn segment_candidates(table: &Table, attributes: &[usize]) -> Vec<usize> {
    let columns = attributes
        .iter()
        .copied()
        .filter(|&c| {
            let mut seen = HashSet::new();
            for row in &table.rows {
                let value = row[c].trim();
                if !value.is_empty() {
                    seen.insert(value);
                    if seen.len() > MAX_SEGMENTS {
                        return false;
                    }
                }
            }
            seen.len() >= 2 && seen.len() < table.rows.len()
        })
        .collect();
    ranked(columns, table, &SEGMENT_NAMES)
}
