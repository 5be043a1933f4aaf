//! What the studio shows, as opposed to what the project holds: the open tab, the selection,
//! filters and sort orders. Panels may change the view directly; the project only by actions.

use super::action::Actions;
use crate::i18n::Texts;
use crate::project::{FeatureFilter, GroupKey, Grouping, Project, SegmentFilter};
use crate::results::{Comparison, Overview, Results};
use serde::{Deserialize, Serialize};

/// The tabs of the central area.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Tab {
    /// Features and their question pairs.
    Features,
    /// Every respondent's answers.
    Responses,
    /// The results table.
    #[default]
    Results,
    /// The plots.
    Plots,
    /// The moments-of-truth map.
    Map,
}

impl Tab {
    /// Every tab, in order.
    pub const ALL: [Self; 5] = [
        Self::Features,
        Self::Responses,
        Self::Results,
        Self::Plots,
        Self::Map,
    ];

    /// The tab's title.
    pub fn label(self, t: &Texts) -> &'static str {
        match self {
            Self::Features => t.menu.features,
            Self::Responses => t.menu.responses,
            Self::Results => t.menu.results,
            Self::Plots => t.menu.plots,
            Self::Map => t.menu.map,
        }
    }
}

/// A column of the results table to sort by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// Project order.
    #[default]
    Project,
    /// Feature name.
    Name,
    /// Respondents who answered both questions.
    N,
    /// The count of one category.
    Count(crate::kano::Category),
    /// The category, in M > O > A > I > R > Q order.
    Category,
    /// Better.
    Better,
    /// Worse (most negative first when descending).
    Worse,
    /// Category strength.
    CategoryStrength,
    /// Total strength.
    TotalStrength,
    /// Fong's test.
    Significance,
    /// Mean importance.
    Importance,
    /// How sure the category is (bootstrap confidence).
    Confidence,
}

/// The results table's own view state: which columns the person hid, and how far down it is
/// scrolled (shared by its fixed feature column and its sideways-scrolling figures).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResultsTableState {
    /// Columns the person hid (# and Feature cannot be hidden).
    pub hidden: Vec<SortKey>,
    /// How far the rows are scrolled down, in points.
    pub scroll_y: f32,
}

impl ResultsTableState {
    /// Whether the column `key` is shown.
    pub fn shows(&self, key: SortKey) -> bool {
        !self.hidden.contains(&key)
    }

    /// Shows or hides the column `key`.
    pub fn set_shown(&mut self, key: SortKey, shown: bool) {
        self.hidden.retain(|k| *k != key);
        if !shown {
            self.hidden.push(key);
        }
    }
}

/// What the map tab shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MapView {
    /// The moments-of-truth map: touchpoints in journey order, a card per feature.
    #[default]
    Journey,
    /// The touchpoint × dimension overview.
    Overview,
}

/// One of the plots of the Plots tab.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PlotKind {
    /// Better against |Worse|, with the four quadrants.
    #[default]
    BetterWorse,
    /// One stacked bar of category shares per feature.
    Shares,
    /// Mean functional against mean dysfunctional score (DuMouchel).
    Continuous,
}

impl PlotKind {
    /// Every plot, in the order of the selector.
    pub const ALL: [Self; 3] = [Self::BetterWorse, Self::Shares, Self::Continuous];
}

/// The state of the studio's view.
#[derive(Clone, Debug, Default)]
pub struct ViewState {
    /// The open tab.
    pub tab: Tab,
    /// The plot shown on the Plots tab.
    pub plot: PlotKind,
    /// What the map tab shows.
    pub map: MapView,
    /// The selected feature (index into the project's features).
    pub selected_feature: Option<usize>,
    /// The selected respondent (index into the project's respondents).
    pub selected_respondent: Option<usize>,
    /// Results and plots are about these respondents.
    pub segment: SegmentFilter,
    /// Segments picked for comparing side by side; the Results tab compares them from two on.
    pub compare: Vec<String>,
    /// What the side panel groups features by.
    pub grouping: Grouping,
    /// Results, plots and the side panel show only the features this filter admits.
    pub features: FeatureFilter,
    /// Whether segments compared are shown as the diagram (an arrow per feature) rather than
    /// the table.
    pub compare_diagram: bool,
    /// Whether the Better–Worse diagram draws each point's 95% intervals as whiskers; `None`
    /// follows the figure's default (on below 100 respondents, where they change a reading).
    pub show_intervals: Option<bool>,
    /// The results table's sort column.
    pub sort: SortKey,
    /// Sort descending.
    pub sort_descending: bool,
    /// Show shares (percent) instead of counts in the results table.
    pub show_shares: bool,
    /// The results table's hidden columns and where it is scrolled.
    pub results_table: ResultsTableState,
    /// Groups collapsed in the side panel.
    pub collapsed_groups: Vec<GroupKey>,
    /// The Features tab's own state: an id being typed, where to scroll, what to focus.
    pub feature_editor: super::features_editor::FeatureEditorState,
    /// The Responses tab's filter, marked rows, typing state, picker and in-place editor.
    pub responses: super::responses_grid::GridState,
}

impl ViewState {
    /// Whether the Results tab compares segments (two or more picked).
    pub fn is_comparing(&self) -> bool {
        self.compare.len() >= 2
    }

    /// Whether the Better–Worse diagram draws intervals for results from `respondents` people.
    pub fn intervals_shown(&self, respondents: usize) -> bool {
        self.show_intervals.unwrap_or_else(|| {
            crate::figure::FigureOptions::for_respondents(
                u32::try_from(respondents).unwrap_or(u32::MAX),
            )
            .show_intervals
        })
    }

    /// True when the feature at `index` passes the feature filter.
    pub fn shows_feature(&self, project: &Project, index: usize) -> bool {
        self.features.admits_index(project, index)
    }
}

/// What every panel is given: the project and its results to read, the view to adjust, and the
/// list to push requests to.
pub struct Studio<'a> {
    /// The strings of the interface language.
    pub t: &'static Texts,
    /// The open project (read only).
    pub project: &'a Project,
    /// Its results for the current segment filter, computed once per document revision.
    pub results: &'a Results,
    /// The segments of `view.compare` side by side, when two or more are picked.
    pub comparison: Option<&'a Comparison>,
    /// The touchpoint × dimension overview, when the map tab shows it.
    pub overview: Option<&'a Overview>,
    /// The view.
    pub view: &'a mut ViewState,
    /// Requests for the app.
    pub actions: &'a mut Actions,
}
