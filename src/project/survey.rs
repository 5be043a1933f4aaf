//! How the survey is put to respondents: the order of features, the page layout, whether
//! importance is asked, and the language the questions are written in.

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// The order in which features are asked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FeatureOrder {
    /// The project's order (journey order).
    #[default]
    Fixed,
    /// A fresh random order for each respondent, recorded with the respondent.
    Random,
}

/// How questions are laid out on the survey pages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PageLayout {
    /// The functional and the dysfunctional question of a feature on one page.
    #[default]
    Pair,
    /// One question per page.
    Single,
}

/// The survey settings of a project.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct SurveySettings {
    /// Feature order.
    pub order: FeatureOrder,
    /// Page layout.
    pub layout: PageLayout,
    /// Ask self-stated importance (1–9) for each feature.
    pub importance: bool,
    /// The language of the answer wordings and the survey screens.
    pub language: Lang,
}
