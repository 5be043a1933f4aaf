//! Every change to a project is an [`Edit`], applied in one place: [`Project::apply`].
//!
//! Applying an edit returns its inverse, so undo is "apply the inverse" and needs no snapshots.
//! An edit that would break an invariant is refused with an [`EditError`] and changes nothing.

use super::tallies::move_item;
use super::{Feature, ImportanceScale, Project, Respondent, SurveySettings};
use crate::kano::{Analysis, Response};

/// One change to a project.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Rename the project.
    SetTitle(String),
    /// Change the evaluation table, rule or quadrant lines.
    SetAnalysis(Analysis),
    /// Change how the survey is put to respondents.
    SetSurvey(SurveySettings),
    /// Insert a feature at `index`. `responses` holds one response per respondent, or is empty
    /// for a new feature that nobody has answered yet.
    InsertFeature {
        /// Where the feature goes.
        index: usize,
        /// The feature.
        feature: Feature,
        /// The respondents' responses to it (undoing a removal brings them back).
        responses: Vec<Response>,
    },
    /// Remove the feature at `index`, and every answer to it.
    RemoveFeature {
        /// Which feature.
        index: usize,
    },
    /// Move a feature so that it ends up at `to`.
    MoveFeature {
        /// Where it is.
        from: usize,
        /// Where it goes.
        to: usize,
    },
    /// Replace a feature's id, name, questions, touchpoint and notes.
    UpdateFeature {
        /// Which feature.
        index: usize,
        /// Its new texts.
        feature: Feature,
    },
    /// Insert a respondent with all their responses.
    InsertRespondent {
        /// Where the respondent goes.
        index: usize,
        /// The respondent.
        respondent: Respondent,
    },
    /// Remove a respondent and all their responses.
    RemoveRespondent {
        /// Which respondent.
        index: usize,
    },
    /// Change a respondent's id and segment.
    UpdateRespondent {
        /// Which respondent.
        index: usize,
        /// The new id.
        id: String,
        /// The new segment.
        segment: String,
    },
    /// Set one respondent's response to one feature.
    SetResponse {
        /// Which respondent.
        respondent: usize,
        /// Which feature.
        feature: usize,
        /// The new response.
        response: Response,
    },
    /// Change the scale importance is asked on (refused while an importance given is off it).
    SetImportanceScale(ImportanceScale),
    /// Several edits as one step; applied in order, undone in reverse.
    Batch(Vec<Edit>),
}

/// What an edit that was refused is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    /// A feature.
    Feature,
    /// A respondent.
    Respondent,
}

impl Subject {
    /// The English word, as messages use it.
    pub const fn word(self) -> &'static str {
        match self {
            Self::Feature => "feature",
            Self::Respondent => "respondent",
        }
    }
}

impl std::fmt::Display for Subject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.word())
    }
}

/// Why an edit was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// A feature or respondent position past the end.
    #[error("there is no {what} number {index}")]
    OutOfRange {
        /// A feature or a respondent.
        what: Subject,
        /// The position asked for (0-based).
        index: usize,
    },
    /// An empty id.
    #[error("a {what} id cannot be empty")]
    EmptyId {
        /// A feature or a respondent.
        what: Subject,
    },
    /// An id already in use.
    #[error("another {what} already has the id {id:?}")]
    DuplicateId {
        /// A feature or a respondent.
        what: Subject,
        /// The id.
        id: String,
    },
    /// Responses that do not line up with the features or respondents.
    #[error("expected {expected} responses, got {found}")]
    Misaligned {
        /// How many were expected.
        expected: usize,
        /// How many were given.
        found: usize,
    },
    /// An importance that is not a point of the project's importance scale.
    #[error("importance {value} is not on the importance scale {min} to {max}")]
    ImportanceOffScale {
        /// The importance given.
        value: u8,
        /// The scale's lowest point.
        min: u8,
        /// The scale's highest point.
        max: u8,
    },
}

/// Checks that every importance among `responses` is a point of `scale`.
fn check_on_scale<'a>(
    scale: &ImportanceScale,
    responses: impl IntoIterator<Item = &'a Response>,
) -> Result<(), EditError> {
    for response in responses {
        if let Some(importance) = response.importance
            && !scale.contains(importance)
        {
            return Err(EditError::ImportanceOffScale {
                value: importance.get(),
                min: scale.min(),
                max: scale.max(),
            });
        }
    }
    Ok(())
}

fn check_index(what: Subject, index: usize, len: usize) -> Result<(), EditError> {
    if index < len {
        Ok(())
    } else {
        Err(EditError::OutOfRange { what, index })
    }
}

impl Project {
    /// Applies one edit and returns the edit that undoes it. On error nothing has changed.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        match edit {
            Edit::SetTitle(title) => Ok(Edit::SetTitle(std::mem::replace(&mut self.title, title))),
            Edit::SetAnalysis(analysis) => Ok(Edit::SetAnalysis(std::mem::replace(
                &mut self.analysis,
                analysis,
            ))),
            Edit::SetSurvey(survey) => {
                Ok(Edit::SetSurvey(std::mem::replace(&mut self.survey, survey)))
            }
            Edit::InsertFeature {
                index,
                feature,
                responses,
            } => self.insert_feature(index, feature, responses),
            Edit::RemoveFeature { index } => {
                check_index(Subject::Feature, index, self.features.len())?;
                let feature = self.features.remove(index);
                let responses = self
                    .respondents
                    .iter_mut()
                    .map(|r| r.responses.remove(index))
                    .collect();
                self.tallies.remove_feature(index);
                Ok(Edit::InsertFeature {
                    index,
                    feature,
                    responses,
                })
            }
            Edit::MoveFeature { from, to } => {
                check_index(Subject::Feature, from, self.features.len())?;
                check_index(Subject::Feature, to, self.features.len())?;
                move_item(&mut self.features, from, to);
                for r in &mut self.respondents {
                    move_item(&mut r.responses, from, to);
                }
                self.tallies.move_feature(from, to);
                Ok(Edit::MoveFeature { from: to, to: from })
            }
            Edit::UpdateFeature { index, feature } => {
                check_index(Subject::Feature, index, self.features.len())?;
                self.check_feature_id(&feature.id, Some(index))?;
                let old = std::mem::replace(&mut self.features[index], feature);
                Ok(Edit::UpdateFeature {
                    index,
                    feature: old,
                })
            }
            Edit::InsertRespondent { index, respondent } => {
                self.insert_respondent(index, respondent)
            }
            Edit::RemoveRespondent { index } => {
                check_index(Subject::Respondent, index, self.respondents.len())?;
                let respondent = self.respondents.remove(index);
                self.tallies.remove_respondent(&respondent);
                Ok(Edit::InsertRespondent { index, respondent })
            }
            Edit::UpdateRespondent { index, id, segment } => {
                check_index(Subject::Respondent, index, self.respondents.len())?;
                self.check_respondent_id(&id, Some(index))?;
                let segment_changes = self.respondents[index].segment != segment;
                if segment_changes {
                    self.tallies.remove_respondent(&self.respondents[index]);
                }
                let respondent = &mut self.respondents[index];
                let old_id = std::mem::replace(&mut respondent.id, id);
                let old_segment = std::mem::replace(&mut respondent.segment, segment);
                if segment_changes {
                    self.tallies.add_respondent(&self.respondents[index]);
                }
                Ok(Edit::UpdateRespondent {
                    index,
                    id: old_id,
                    segment: old_segment,
                })
            }
            Edit::SetResponse {
                respondent,
                feature,
                response,
            } => {
                check_index(Subject::Respondent, respondent, self.respondents.len())?;
                check_index(Subject::Feature, feature, self.features.len())?;
                check_on_scale(&self.importance_scale, [&response])?;
                let r = &mut self.respondents[respondent];
                let old = std::mem::replace(&mut r.responses[feature], response);
                self.tallies
                    .replace_response(&r.segment, feature, old, response);
                Ok(Edit::SetResponse {
                    respondent,
                    feature,
                    response: old,
                })
            }
            Edit::SetImportanceScale(scale) => {
                check_on_scale(
                    &scale,
                    self.respondents.iter().flat_map(|r| r.responses.iter()),
                )?;
                Ok(Edit::SetImportanceScale(std::mem::replace(
                    &mut self.importance_scale,
                    scale,
                )))
            }
            Edit::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match self.apply(edit) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(error) => {
                            // Roll back what was applied, so that a refused batch changes nothing.
                            for inverse in inverses.into_iter().rev() {
                                let _ = self.apply(inverse);
                            }
                            return Err(error);
                        }
                    }
                }
                inverses.reverse();
                Ok(Edit::Batch(inverses))
            }
        }
    }

    fn insert_feature(
        &mut self,
        index: usize,
        feature: Feature,
        responses: Vec<Response>,
    ) -> Result<Edit, EditError> {
        check_index(Subject::Feature, index, self.features.len() + 1)?;
        self.check_feature_id(&feature.id, None)?;
        let responses = if responses.is_empty() {
            vec![Response::default(); self.respondents.len()]
        } else {
            responses
        };
        if responses.len() != self.respondents.len() {
            return Err(EditError::Misaligned {
                expected: self.respondents.len(),
                found: responses.len(),
            });
        }
        check_on_scale(&self.importance_scale, &responses)?;
        self.features.insert(index, feature);
        for (r, response) in self.respondents.iter_mut().zip(responses) {
            r.responses.insert(index, response);
        }
        self.tallies.insert_feature(index, &self.respondents);
        Ok(Edit::RemoveFeature { index })
    }

    fn insert_respondent(
        &mut self,
        index: usize,
        mut respondent: Respondent,
    ) -> Result<Edit, EditError> {
        check_index(Subject::Respondent, index, self.respondents.len() + 1)?;
        self.check_respondent_id(&respondent.id, None)?;
        if respondent.responses.is_empty() {
            respondent.responses = vec![Response::default(); self.features.len()];
        }
        if respondent.responses.len() != self.features.len() {
            return Err(EditError::Misaligned {
                expected: self.features.len(),
                found: respondent.responses.len(),
            });
        }
        check_on_scale(&self.importance_scale, &respondent.responses)?;
        self.tallies.add_respondent(&respondent);
        self.respondents.insert(index, respondent);
        Ok(Edit::RemoveRespondent { index })
    }

    /// Checks that `id` could be given to the feature at `except` (or to a new one).
    pub fn check_feature_id(&self, id: &str, except: Option<usize>) -> Result<(), EditError> {
        if id.trim().is_empty() {
            return Err(EditError::EmptyId {
                what: Subject::Feature,
            });
        }
        match self.feature_index(id) {
            Some(i) if Some(i) != except => Err(EditError::DuplicateId {
                what: Subject::Feature,
                id: id.to_owned(),
            }),
            _ => Ok(()),
        }
    }

    /// Checks that `id` could be given to the respondent at `except` (or to a new one).
    pub fn check_respondent_id(&self, id: &str, except: Option<usize>) -> Result<(), EditError> {
        if id.trim().is_empty() {
            return Err(EditError::EmptyId {
                what: Subject::Respondent,
            });
        }
        match self.respondent_index(id) {
            Some(i) if Some(i) != except => Err(EditError::DuplicateId {
                what: Subject::Respondent,
                id: id.to_owned(),
            }),
            _ => Ok(()),
        }
    }
}
