//! A features table beside the answers: one row per feature naming its touchpoint (moment of
//! truth) and its SERVQUAL dimension, matched to the imported features by id or name. It may be
//! a sheet of the export's workbook or a file of its own (CSV or workbook).
//!
//! Columns are found by their names (English or Chinese, any case): `id` / `feature id`,
//! `name` / `feature`, `touchpoint` / `moment of truth` / `journey stage`, `dimension` /
//! `servqual`. Nothing is applied unless every row matches a feature and every dimension is one
//! of the five tokens; the error names the row, the column and the text.

use super::error::{ColumnNames, ImportError};
use super::table::Table;
use crate::project::{Dimension, Edit, Project};

const ID_NAMES: [&str; 5] = ["id", "feature id", "feature_id", "编号", "功能编号"];
const NAME_NAMES: [&str; 5] = ["name", "feature", "feature name", "名称", "功能"];
const TOUCHPOINT_NAMES: [&str; 7] = [
    "touchpoint",
    "touch point",
    "moment of truth",
    "journey stage",
    "stage",
    "触点",
    "接触点",
];
const DIMENSION_NAMES: [&str; 4] = ["dimension", "servqual", "servqual dimension", "维度"];

/// One row of a features table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeatureDetails {
    /// The spreadsheet row.
    pub row: usize,
    /// The feature's id or name, as the row gives it.
    pub key: String,
    /// The touchpoint, if the table has the column (empty clears it).
    pub touchpoint: Option<String>,
    /// The dimension, if the table has the column; `Some(None)` clears it.
    pub dimension: Option<Option<Dimension>>,
}

fn find(table: &Table, names: &[&str]) -> Option<usize> {
    table
        .headers
        .iter()
        .position(|h| names.contains(&h.trim().to_lowercase().as_str()))
}

/// Reads a features table.
pub fn read_feature_details(table: &Table) -> Result<Vec<FeatureDetails>, ImportError> {
    let key = find(table, &ID_NAMES).or_else(|| find(table, &NAME_NAMES));
    let touchpoint = find(table, &TOUCHPOINT_NAMES);
    let dimension = find(table, &DIMENSION_NAMES);
    let (Some(key), true) = (key, touchpoint.is_some() || dimension.is_some()) else {
        return Err(ImportError::NoFeatureDetails {
            columns: ColumnNames::of(&table.headers),
        });
    };
    let mut details = Vec::with_capacity(table.rows.len());
    for (r, row) in table.rows.iter().enumerate() {
        let id = row[key].trim();
        if id.is_empty() {
            continue;
        }
        let dimension = match dimension {
            None => None,
            Some(c) => {
                let text = row[c].trim();
                if text.is_empty() {
                    Some(None)
                } else {
                    Some(Some(Dimension::from_token(text).ok_or_else(|| {
                        ImportError::BadDimension {
                            row: table.row_number(r),
                            column: table.labelled(c),
                            text: text.to_owned(),
                        }
                    })?))
                }
            }
        };
        details.push(FeatureDetails {
            row: table.row_number(r),
            key: id.to_owned(),
            touchpoint: touchpoint.map(|c| row[c].trim().to_owned()),
            dimension,
        });
    }
    Ok(details)
}

/// Gives the project's features the touchpoints and dimensions of `details`, matched by id
/// (exactly, else ignoring case), else by name (ignoring case). Rows that match no feature are
/// refused, all of them named; then nothing changes.
pub fn apply_feature_details(
    project: Project,
    details: &[FeatureDetails],
) -> Result<Project, ImportError> {
    let mut edits = Vec::new();
    let mut unmatched = Vec::new();
    let features = project.features();
    for d in details {
        let lower = d.key.to_lowercase();
        let index = project
            .feature_index(&d.key)
            .or_else(|| features.iter().position(|f| f.id.to_lowercase() == lower))
            .or_else(|| features.iter().position(|f| f.name.to_lowercase() == lower));
        let Some(index) = index else {
            unmatched.push((d.key.clone(), d.row));
            continue;
        };
        let mut feature = features[index].clone();
        if let Some(touchpoint) = &d.touchpoint {
            feature.touchpoint.clone_from(touchpoint);
        }
        if let Some(dimension) = d.dimension {
            feature.dimension = dimension;
        }
        edits.push(Edit::UpdateFeature { index, feature });
    }
    if !unmatched.is_empty() {
        return Err(ImportError::UnmatchedFeatureDetails { rows: unmatched });
    }
    let mut project = project;
    project
        .apply(Edit::Batch(edits))
        .map_err(|e| ImportError::Project(e.to_string()))?;
    Ok(project)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::io::import::{ImportOptions, ReadOptions, import_bytes, read_table};

    fn project() -> Project {
        let csv = "id,If it had maps [Offline maps],If it had no maps [Offline maps],If it had wifi [Free Wi-Fi],If it had no wifi [Free Wi-Fi]\n\
                   1,I like it,I dislike it,I like it,I am neutral\n";
        import_bytes(csv.as_bytes(), &ImportOptions::default()).unwrap()
    }

    fn table(text: &str) -> Table {
        read_table(text.as_bytes(), &ReadOptions::default()).unwrap()
    }

    #[test]
    fn touchpoints_and_dimensions_are_matched_by_id_or_name() {
        let details = read_feature_details(&table(
            "Feature,Touchpoint,Dimension\nOFFLINE-MAPS,Planning,Reliability\nFree Wi-Fi,On board,tangibles\n",
        ))
        .unwrap();
        let project = apply_feature_details(project(), &details).unwrap();
        let f = &project.features()[0];
        assert_eq!(
            (f.touchpoint.as_str(), f.dimension),
            ("Planning", Some(Dimension::Reliability))
        );
        let f = &project.features()[1];
        assert_eq!(
            (f.touchpoint.as_str(), f.dimension),
            ("On board", Some(Dimension::Tangibles))
        );
    }

    #[test]
    fn bad_dimensions_unmatched_rows_and_missing_columns_are_refused() {
        assert_eq!(
            read_feature_details(&table("id,dimension\nmaps,speed\n")),
            Err(ImportError::BadDimension {
                row: 2,
                column: crate::io::import::ColumnLabel::new("dimension", 1),
                text: "speed".into()
            })
        );
        let details = read_feature_details(&table("id,touchpoint\nseats,On board\n")).unwrap();
        assert_eq!(
            apply_feature_details(project(), &details),
            Err(ImportError::UnmatchedFeatureDetails {
                rows: vec![("seats".into(), 2)]
            })
        );
        assert!(matches!(
            read_feature_details(&table("id,colour\nmaps,red\n")),
            Err(ImportError::NoFeatureDetails { .. })
        ));
    }
}
