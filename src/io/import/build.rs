//! Step 3 of an import: a [`Table`] read through a [`Mapping`] becomes a new [`Project`], or
//! the respondents to append to an open one as a single undoable [`Edit`].
//!
//! Every cell is checked before anything is produced: the first cell that matches nothing stops
//! the import with its row, column and text, so a half-imported project never exists. Empty
//! cells are "not answered". This step never reads or writes files.

use super::detect::{FeatureColumns, Mapping};
use super::error::{ColumnNames, ImportError, UnknownText};
use super::table::Table;
use super::wording;
use crate::kano::{Analysis, Answer, Response};
use crate::project::{Edit, Feature, Project, Respondent};
use std::collections::{HashMap, HashSet};

/// What the new project is called and how it is analysed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BuildOptions {
    /// The project's title.
    pub title: String,
    /// The evaluation table, rule and quadrant lines saved with it.
    pub analysis: Analysis,
}

/// One row read through the mapping.
struct RowRead {
    /// The id from the id column, if there is one.
    id: Option<String>,
    /// The spreadsheet row.
    row: usize,
    segment: String,
    /// One response per mapped feature, in mapping order.
    responses: Vec<Response>,
}

/// Builds a new project: one feature per mapped pair (named by its id), one respondent per row.
pub fn build_project(
    table: &Table,
    mapping: &Mapping,
    options: &BuildOptions,
) -> Result<Project, ImportError> {
    let rows = read_rows(table, mapping)?;
    let features = mapping
        .features
        .iter()
        .map(|f| Feature {
            id: f.id.clone(),
            name: if f.name.trim().is_empty() {
                f.id.clone()
            } else {
                f.name.clone()
            },
            functional: f.functional_question.clone(),
            dysfunctional: f.dysfunctional_question.clone(),
            ..Feature::default()
        })
        .collect();
    let respondents = rows
        .into_iter()
        .enumerate()
        .map(|(k, r)| Respondent {
            id: r.id.unwrap_or_else(|| format!("r-{:04}", k + 1)),
            segment: r.segment,
            responses: r.responses,
            order: Vec::new(),
        })
        .collect();
    Project::from_parts_on_scale(
        options.title.clone(),
        options.analysis,
        mapping.importance.scale.clone(),
        features,
        respondents,
    )
    .map_err(|e| ImportError::Project(e.to_string()))
    .and_then(within_text_limits)
}

/// The project, if its texts are within what Kanoscope opens again ([`crate::io::text_limits`]).
fn within_text_limits(project: Project) -> Result<Project, ImportError> {
    crate::io::text_limits::check_project(&project).map_err(too_long)?;
    Ok(project)
}

fn too_long(e: crate::io::text_limits::TextTooLong) -> ImportError {
    ImportError::TextTooLong {
        place: e.place,
        chars: e.chars,
        limit: e.limit,
    }
}

/// What to do with a respondent id that the open project already uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum IdCollisions {
    /// Refuse the import and list the ids.
    #[default]
    Refuse,
    /// Give those respondents new ids (r-0001 style) that nobody uses.
    Renumber,
}

/// Respondents ready to be appended to an open project.
#[derive(Clone, Debug, PartialEq)]
pub struct Appended {
    /// One `Edit::Batch` of `Edit::InsertRespondent`, at the end: apply it as one undo step.
    pub edit: Edit,
    /// How many respondents it adds.
    pub respondents: usize,
    /// Ids that were taken, and the ids given instead.
    pub renumbered: Vec<(String, String)>,
}

/// The respondents of `table` as an edit that appends them to `project`. Features are matched
/// by id (exactly, else ignoring case); a mapped feature the project lacks is refused, and
/// project features the file does not have stay unanswered. Ids from the file that the project
/// already uses are refused or renumbered; generated ids never collide.
pub fn append_to(
    project: &Project,
    table: &Table,
    mapping: &Mapping,
    collisions: IdCollisions,
) -> Result<Appended, ImportError> {
    let targets = match_features(project, &mapping.features)?;
    let rows = read_rows(table, mapping)?;
    let mut taken: HashSet<String> = project.respondents().iter().map(|r| r.id.clone()).collect();
    let clashes: Vec<(String, usize)> = rows
        .iter()
        .filter_map(|r| r.id.as_ref().map(|id| (id, r.row)))
        .filter(|(id, _)| taken.contains(id.as_str()))
        .map(|(id, row)| (id.clone(), row))
        .collect();
    if !clashes.is_empty() && collisions == IdCollisions::Refuse {
        return Err(ImportError::IdCollision {
            collisions: clashes,
        });
    }
    // Ids kept from the file are reserved first, so a new number never takes one of them.
    taken.extend(rows.iter().filter_map(|r| r.id.clone()));
    let mut next = project.respondents().len() + 1;
    let mut fresh = || loop {
        let id = format!("r-{next:04}");
        next += 1;
        if !taken.contains(&id) {
            taken.insert(id.clone());
            return id;
        }
    };
    let clashing: HashSet<&str> = clashes.iter().map(|(id, _)| id.as_str()).collect();
    let mut renumbered = Vec::new();
    let start = project.respondents().len();
    let feature_count = project.features().len();
    let mut edits = Vec::with_capacity(rows.len());
    for (k, r) in rows.into_iter().enumerate() {
        let id = match r.id {
            Some(id) if clashing.contains(id.as_str()) => {
                let new = fresh();
                renumbered.push((id, new.clone()));
                new
            }
            Some(id) => id,
            None => fresh(),
        };
        let mut responses = vec![Response::default(); feature_count];
        for (response, &target) in r.responses.into_iter().zip(&targets) {
            responses[target] = response;
        }
        let respondent = Respondent {
            id,
            segment: r.segment,
            responses,
            order: Vec::new(),
        };
        crate::io::text_limits::check_respondent(start + k, &respondent).map_err(too_long)?;
        edits.push(Edit::InsertRespondent {
            index: start + k,
            respondent,
        });
    }
    Ok(Appended {
        respondents: edits.len(),
        edit: Edit::Batch(edits),
        renumbered,
    })
}

/// For each mapped feature, the position of the project feature it fills.
fn match_features(
    project: &Project,
    features: &[FeatureColumns],
) -> Result<Vec<usize>, ImportError> {
    let mut missing = Vec::new();
    let mut targets = Vec::with_capacity(features.len());
    for f in features {
        let found = project.feature_index(&f.id).or_else(|| {
            let lower = f.id.to_lowercase();
            project
                .features()
                .iter()
                .position(|p| p.id.to_lowercase() == lower)
        });
        match found {
            Some(i) => targets.push(i),
            None => missing.push(f.id.clone()),
        }
    }
    if missing.is_empty() {
        Ok(targets)
    } else {
        Err(ImportError::UnknownFeatures { ids: missing })
    }
}

/// Checks the mapping against the table: problems left, columns past the end, feature ids.
fn check_mapping(table: &Table, mapping: &Mapping) -> Result<(), ImportError> {
    if let Some(problem) = mapping.problems.first() {
        return Err(problem.to_error(table));
    }
    if mapping.features.is_empty() {
        return Err(ImportError::NoFeatures {
            columns: ColumnNames::of(&table.headers),
        });
    }
    let width = table.headers.len();
    let columns = mapping
        .features
        .iter()
        .flat_map(|f| [Some(f.functional), Some(f.dysfunctional), f.importance])
        .chain([mapping.id_column, mapping.segment_column]);
    if let Some(index) = columns.flatten().find(|&c| c >= width) {
        return Err(ImportError::NoColumn { index, width });
    }
    let mut ids = HashSet::new();
    for f in &mapping.features {
        if f.id.trim().is_empty() {
            return Err(ImportError::EmptyFeatureId {
                column: table.labelled(f.functional),
            });
        }
        if !ids.insert(f.id.as_str()) {
            return Err(ImportError::DuplicateFeature { id: f.id.clone() });
        }
    }
    if table.rows.is_empty() {
        return Err(ImportError::NoRows);
    }
    Ok(())
}

/// Every answer text the mapping does not know, with its count and columns: one message that
/// lists them all, so that one `--answer` per text settles them in one go.
fn check_unknown_texts(table: &Table, mapping: &Mapping) -> Result<(), ImportError> {
    let mut texts: Vec<UnknownText> = Vec::new();
    let mut by_key: HashMap<&str, usize> = HashMap::new();
    for (column, wording) in mapping.unknown_wordings() {
        let k = *by_key.entry(wording.key.as_str()).or_insert_with(|| {
            texts.push(UnknownText {
                text: wording.text.clone(),
                count: 0,
                first_row: table.row_number(wording.first_row),
                columns: Vec::new(),
            });
            texts.len() - 1
        });
        texts[k].count += wording.count;
        texts[k].first_row = texts[k].first_row.min(table.row_number(wording.first_row));
        let label = table.labelled(column);
        if !texts[k].columns.contains(&label) {
            texts[k].columns.push(label);
        }
    }
    if texts.is_empty() {
        return Ok(());
    }
    texts.sort_by_key(|t| std::cmp::Reverse(t.count));
    Err(ImportError::UnknownAnswers { texts })
}

/// Reads every row through the mapping, stopping at the first cell that matches nothing.
fn read_rows(table: &Table, mapping: &Mapping) -> Result<Vec<RowRead>, ImportError> {
    check_mapping(table, mapping)?;
    check_unknown_texts(table, mapping)?;
    let mut first_row_of: HashMap<&str, usize> = HashMap::new();
    let mut known: HashMap<&str, Option<Answer>> = HashMap::new();
    let mut importances: HashMap<&str, Option<crate::kano::Importance>> = HashMap::new();
    let mut rows = Vec::with_capacity(table.rows.len());
    for (r, cells) in table.rows.iter().enumerate() {
        let row = table.row_number(r);
        let id = match mapping.id_column {
            None => None,
            Some(c) => {
                let id = cells[c].trim();
                if id.is_empty() {
                    return Err(ImportError::EmptyId {
                        row,
                        column: table.labelled(c),
                    });
                }
                if let Some(&first_row) = first_row_of.get(id) {
                    return Err(ImportError::DuplicateId {
                        row,
                        first_row,
                        column: table.labelled(c),
                        id: id.to_owned(),
                    });
                }
                first_row_of.insert(id, row);
                Some(id.to_owned())
            }
        };
        let mut answer = |c: usize| {
            let text = &cells[c];
            if wording::is_blank(text) {
                return Ok(None);
            }
            // Exports repeat a handful of texts millions of times: normalise each only once.
            let found = *known
                .entry(text)
                .or_insert_with(|| mapping.answer_for_text(text));
            found.map(Some).ok_or_else(|| ImportError::UnknownAnswer {
                row,
                column: table.labelled(c),
                text: text.trim().to_owned(),
            })
        };
        let mut responses = Vec::with_capacity(mapping.features.len());
        for f in &mapping.features {
            let importance = match f.importance {
                Some(c) if !wording::is_blank(&cells[c]) => {
                    let text = &cells[c];
                    let value = *importances
                        .entry(text)
                        .or_insert_with(|| mapping.importance.value(text));
                    Some(value.ok_or_else(|| ImportError::BadImportance {
                        row,
                        column: table.labelled(c),
                        text: cells[c].trim().to_owned(),
                    })?)
                }
                _ => None,
            };
            responses.push(Response {
                functional: answer(f.functional)?,
                dysfunctional: answer(f.dysfunctional)?,
                importance,
            });
        }
        rows.push(RowRead {
            id,
            row,
            segment: mapping
                .segment_column
                .map(|c| cells[c].trim().to_owned())
                .unwrap_or_default(),
            responses,
        });
    }
    Ok(rows)
}
