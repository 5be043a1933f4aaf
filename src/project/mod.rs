//! The document: a project's features (grouped by touchpoint), its respondents and their answers,
//! and the analysis settings, with the live per-feature tallies kept beside them.
//!
//! Invariants, guarded here and nowhere else:
//! - Feature ids and respondent ids are non-empty and unique.
//! - Every respondent holds exactly one [`Response`] per feature, in feature order.
//! - Every importance given lies on the project's [`ImportanceScale`].
//! - The tallies always equal a fresh count of the answers: the fields are private and the only
//!   way to change a project is [`Project::apply`], which updates the tallies in O(1) per answer.
//!
//! This module never touches the disk or the screen; [`crate::io`] reads and writes projects.

mod analysis;
mod dimension;
mod edit;
mod grouping;
mod history;
mod importance_scale;
mod survey;
mod synthetic;
mod tallies;

pub use analysis::SegmentFilter;
pub use dimension::Dimension;
pub use edit::{Edit, EditError, Subject};
#[cfg(test)]
pub(crate) use grouping::project_with_touchpoints;
pub use grouping::{FeatureFilter, Group, GroupKey, Grouping};
pub use history::{History, MergeKey};
pub(crate) use importance_scale::ImportanceScaleFields;
pub use importance_scale::{ImportanceScale, ImportanceScaleError};
pub use survey::{FeatureOrder, PageLayout, SurveySettings};
pub use synthetic::synthetic_project;
pub use tallies::Tallies;

use crate::kano::{Analysis, Response};
use std::collections::HashSet;

/// One candidate feature and its Kano question pair.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Feature {
    /// Unique, non-empty; the key answers are filed under.
    pub id: String,
    /// A short name for tables and plots.
    pub name: String,
    /// "If the service had X, how would you feel?"
    pub functional: String,
    /// "If the service did not have X, how would you feel?"
    pub dysfunctional: String,
    /// The moment of truth (journey stage) it belongs to; empty when none.
    pub touchpoint: String,
    /// Free notes.
    pub notes: String,
    /// The SERVQUAL dimension it serves, when someone said.
    pub dimension: Option<Dimension>,
}

/// One person who answered the survey.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Respondent {
    /// Unique, non-empty.
    pub id: String,
    /// The group they belong to (e.g. "Commuter"); empty when none.
    pub segment: String,
    /// One response per feature, in the project's feature order.
    pub responses: Vec<Response>,
    /// The feature ids in the order they were asked, when it was not the project's order
    /// (randomised surveys); empty otherwise.
    pub order: Vec<String>,
}

/// A whole Kano project.
#[derive(Clone, Debug, Default)]
pub struct Project {
    title: String,
    analysis: Analysis,
    survey: SurveySettings,
    importance_scale: ImportanceScale,
    features: Vec<Feature>,
    respondents: Vec<Respondent>,
    tallies: Tallies,
}

impl PartialEq for Project {
    /// Two projects are equal when their documents are; the tallies follow from them.
    fn eq(&self, other: &Self) -> bool {
        self.title == other.title
            && self.analysis == other.analysis
            && self.survey == other.survey
            && self.importance_scale == other.importance_scale
            && self.features == other.features
            && self.respondents == other.respondents
    }
}

/// A project that breaks an invariant.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProjectError {
    /// A feature without an id.
    #[error("feature {index} has an empty id")]
    EmptyFeatureId {
        /// Position of the feature.
        index: usize,
    },
    /// Two features with one id.
    #[error("two features have the id {id:?}")]
    DuplicateFeatureId {
        /// The id.
        id: String,
    },
    /// A respondent without an id.
    #[error("respondent {index} has an empty id")]
    EmptyRespondentId {
        /// Position of the respondent.
        index: usize,
    },
    /// Two respondents with one id.
    #[error("two respondents have the id {id:?}")]
    DuplicateRespondentId {
        /// The id.
        id: String,
    },
    /// A respondent whose responses do not line up with the features.
    #[error("respondent {id:?} has {found} responses for {expected} features")]
    Misaligned {
        /// The respondent's id.
        id: String,
        /// How many features there are.
        expected: usize,
        /// How many responses the respondent has.
        found: usize,
    },
    /// An importance that is not a point of the project's importance scale.
    #[error(
        "respondent {respondent:?} gave the feature {feature:?} importance {value}, which is not on the importance scale {min} to {max}"
    )]
    ImportanceOffScale {
        /// The respondent's id (boxed, to keep every error that carries this one small).
        respondent: Box<str>,
        /// The feature's id.
        feature: Box<str>,
        /// The importance given.
        value: u8,
        /// The scale's lowest point.
        min: u8,
        /// The scale's highest point.
        max: u8,
    },
}

impl Project {
    /// An empty project with a title.
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            ..Self::default()
        }
    }

    /// A project from its parts, with importance on the default 1..9 scale, checked against
    /// every invariant.
    pub fn from_parts(
        title: String,
        analysis: Analysis,
        features: Vec<Feature>,
        respondents: Vec<Respondent>,
    ) -> Result<Self, ProjectError> {
        Self::from_parts_on_scale(
            title,
            analysis,
            ImportanceScale::default(),
            features,
            respondents,
        )
    }

    /// A project from its parts, with importance asked on `importance_scale`, checked against
    /// every invariant.
    pub fn from_parts_on_scale(
        title: String,
        analysis: Analysis,
        importance_scale: ImportanceScale,
        features: Vec<Feature>,
        respondents: Vec<Respondent>,
    ) -> Result<Self, ProjectError> {
        let mut ids = HashSet::with_capacity(features.len());
        for (index, feature) in features.iter().enumerate() {
            if feature.id.trim().is_empty() {
                return Err(ProjectError::EmptyFeatureId { index });
            }
            if !ids.insert(feature.id.as_str()) {
                return Err(ProjectError::DuplicateFeatureId {
                    id: feature.id.clone(),
                });
            }
        }
        let mut ids = HashSet::with_capacity(respondents.len());
        for (index, respondent) in respondents.iter().enumerate() {
            if respondent.id.trim().is_empty() {
                return Err(ProjectError::EmptyRespondentId { index });
            }
            if !ids.insert(respondent.id.as_str()) {
                return Err(ProjectError::DuplicateRespondentId {
                    id: respondent.id.clone(),
                });
            }
            if respondent.responses.len() != features.len() {
                return Err(ProjectError::Misaligned {
                    id: respondent.id.clone(),
                    expected: features.len(),
                    found: respondent.responses.len(),
                });
            }
        }
        check_importances(&importance_scale, &features, &respondents)?;
        let tallies = Tallies::count(features.len(), &respondents);
        Ok(Self {
            title,
            analysis,
            survey: SurveySettings::default(),
            importance_scale,
            features,
            respondents,
            tallies,
        })
    }

    /// The project's title.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// How the project is analysed.
    pub fn analysis(&self) -> &Analysis {
        &self.analysis
    }

    /// How the survey is put to respondents.
    pub fn survey(&self) -> &SurveySettings {
        &self.survey
    }

    /// The same project with other survey settings (for loaders and importers).
    pub fn with_survey(mut self, survey: SurveySettings) -> Self {
        self.survey = survey;
        self
    }

    /// The scale importance is asked and shown on.
    pub fn importance_scale(&self) -> &ImportanceScale {
        &self.importance_scale
    }

    /// The same project with another importance scale (for loaders and importers); refused when
    /// an importance already given is not on it.
    pub fn with_importance_scale(mut self, scale: ImportanceScale) -> Result<Self, ProjectError> {
        check_importances(&scale, &self.features, &self.respondents)?;
        self.importance_scale = scale;
        Ok(self)
    }

    /// The features, in journey order.
    pub fn features(&self) -> &[Feature] {
        &self.features
    }

    /// The respondents, in the order they were added.
    pub fn respondents(&self) -> &[Respondent] {
        &self.respondents
    }

    /// The live tallies: per feature, overall and per segment.
    pub fn tallies(&self) -> &Tallies {
        &self.tallies
    }

    /// The position of the feature with this id.
    pub fn feature_index(&self, id: &str) -> Option<usize> {
        self.features.iter().position(|f| f.id == id)
    }

    /// The position of the respondent with this id.
    pub fn respondent_index(&self, id: &str) -> Option<usize> {
        self.respondents.iter().position(|r| r.id == id)
    }

    /// The touchpoints in journey order: the order in which they first appear among the features.
    /// Features without a touchpoint are not listed.
    pub fn touchpoints(&self) -> Vec<&str> {
        let mut seen = Vec::new();
        for feature in &self.features {
            let t = feature.touchpoint.as_str();
            if !t.is_empty() && !seen.contains(&t) {
                seen.push(t);
            }
        }
        seen
    }

    /// The segments that respondents belong to, sorted. The empty segment is not listed.
    pub fn segments(&self) -> Vec<&str> {
        self.tallies.segments().filter(|s| !s.is_empty()).collect()
    }

    /// A feature id made from a name that no feature uses yet: "Free Wi-Fi" -> "free-wi-fi".
    pub fn unused_feature_id(&self, name: &str) -> String {
        let base = feature_id_from_name(name);
        unused(&base, |id| self.feature_index(id).is_some())
    }

    /// The id the feature at `index` gets from `name`: the name's slug, made unique among the
    /// other features ("new-feature-2"). While a feature's id is this for its name, the id
    /// follows the name as it is edited.
    pub fn feature_id_for(&self, name: &str, index: usize) -> String {
        let base = slug(name, "feature");
        unused(&base, |id| {
            self.feature_index(id).is_some_and(|i| i != index)
        })
    }

    /// A respondent id of the form `r-0001` that no respondent uses yet.
    pub fn unused_respondent_id(&self) -> String {
        let mut k = self.respondents.len() + 1;
        loop {
            let id = format!("r-{k:04}");
            if self.respondent_index(&id).is_none() {
                return id;
            }
            k += 1;
        }
    }
}

/// Checks that every importance given is a point of `scale`.
fn check_importances(
    scale: &ImportanceScale,
    features: &[Feature],
    respondents: &[Respondent],
) -> Result<(), ProjectError> {
    for respondent in respondents {
        for (response, feature) in respondent.responses.iter().zip(features) {
            if let Some(importance) = response.importance
                && !scale.contains(importance)
            {
                return Err(ProjectError::ImportanceOffScale {
                    respondent: respondent.id.as_str().into(),
                    feature: feature.id.as_str().into(),
                    value: importance.get(),
                    min: scale.min(),
                    max: scale.max(),
                });
            }
        }
    }
    Ok(())
}

/// The id a feature called `name` gets when nothing else is taken: "Free Wi-Fi" -> "free-wi-fi".
pub fn feature_id_from_name(name: &str) -> String {
    slug(name, "feature")
}

/// Lower-case ASCII letters and digits joined by single hyphens; other scripts are kept as they
/// are, since an id only has to be unique, not ASCII.
fn slug(name: &str, fallback: &str) -> String {
    let mut out = String::new();
    for ch in name.trim().chars() {
        if ch.is_alphanumeric() {
            out.extend(ch.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        fallback.to_owned()
    } else {
        out
    }
}

fn unused(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|k| format!("{base}-{k}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| base.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable() {
        assert_eq!(
            slug("Free Wi-Fi on the train", "x"),
            "free-wi-fi-on-the-train"
        );
        assert_eq!(slug("  ", "feature"), "feature");
        assert_eq!(slug("车厢免费Wi-Fi", "x"), "车厢免费wi-fi");
    }

    #[test]
    fn ids_of_white_space_only_are_refused() {
        let feature = Feature {
            id: " ".into(),
            ..Feature::default()
        };
        assert_eq!(
            Project::from_parts(String::new(), Analysis::default(), vec![feature], vec![]),
            Err(ProjectError::EmptyFeatureId { index: 0 })
        );
        let respondent = Respondent {
            id: "\u{3000}".into(),
            ..Respondent::default()
        };
        assert_eq!(
            Project::from_parts(String::new(), Analysis::default(), vec![], vec![respondent]),
            Err(ProjectError::EmptyRespondentId { index: 0 })
        );
    }

    #[test]
    fn unused_ids_skip_taken_ones() {
        let project = Project::from_parts(
            String::new(),
            Analysis::default(),
            vec![Feature {
                id: "wifi".into(),
                ..Feature::default()
            }],
            vec![Respondent {
                id: "r-0002".into(),
                segment: String::new(),
                responses: vec![Response::default()],
                order: Vec::new(),
            }],
        )
        .unwrap();
        assert_eq!(project.unused_feature_id("WiFi"), "wifi-2");
        assert_eq!(project.unused_respondent_id(), "r-0003");
    }
}
