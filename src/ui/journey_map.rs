//! The moments-of-truth map (a studio tab, and a workshop slide): touchpoints as columns in
//! journey order (in the studio, SERVQUAL dimensions instead when the view groups by them),
//! features without one in a last column, each feature a card coloured by its category. It answers: at which moment of the journey do we fail a basic, and where is
//! the chance to delight? So within a column basics come first, most missed first, then
//! performance, then excitement features by Better.
//!
//! It only reads the project and its results (for the segment in the view); a click selects a
//! feature and nothing else.

pub mod card;

pub use card::{CardSize, stand_out};

use super::group_names;
use super::theme::{Chip, category_color};
use super::view::Studio;
use crate::i18n::{Texts, fill};
use crate::kano::{Category, FeatureStats};
use crate::project::{GroupKey, Grouping, Project};
use crate::results::Results;
use eframe::egui::{self, RichText};
use std::cmp::Ordering;

/// Categories in the order cards stand in a column (and counts in a header).
pub const CARD_ORDER: [Category; 6] = [
    Category::M,
    Category::O,
    Category::A,
    Category::I,
    Category::R,
    Category::Q,
];

/// One column of the map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapColumn {
    /// The touchpoint; `None` for the features without one, and for columns of dimensions.
    pub touchpoint: Option<String>,
    /// The group the column shows (a touchpoint or a SERVQUAL dimension).
    pub group: GroupKey,
    /// Its features (positions in the project), in card order.
    pub features: Vec<usize>,
}

impl MapColumn {
    /// The column's title.
    pub fn title<'a>(&'a self, t: &'a Texts) -> &'a str {
        match &self.group {
            GroupKey::Dimension(_) => group_names::group(t, &self.group),
            GroupKey::Touchpoint(_) => self
                .touchpoint
                .as_deref()
                .unwrap_or(t.present.without_touchpoint),
        }
    }
}

/// Where a card stands in its column: basics by |Worse|, performance and excitement by Better
/// (largest first), then indifferent, reverse, questionable, and features nobody answered.
pub fn card_order(a: &FeatureStats, b: &FeatureStats) -> Ordering {
    let rank = |s: &FeatureStats| {
        s.category
            .and_then(|c| CARD_ORDER.iter().position(|&o| o == c))
            .unwrap_or(CARD_ORDER.len())
    };
    let key = |s: &FeatureStats| match (s.category, s.coefficients) {
        (Some(Category::M), Some(c)) => c.worse.abs(),
        (Some(Category::O | Category::A), Some(c)) => c.better,
        _ => 0.0,
    };
    rank(a)
        .cmp(&rank(b))
        .then_with(|| key(b).total_cmp(&key(a)))
}

/// The map's columns: touchpoints in journey order, then the features without one (only if
/// there are any); cards sorted by [`card_order`], ties in project order.
pub fn columns(project: &Project, results: &Results) -> Vec<MapColumn> {
    columns_by(project, results, Grouping::ByTouchpoint)
}

/// The map's columns under `grouping` (touchpoints in journey order, or SERVQUAL dimensions),
/// the features without one last; cards sorted by [`card_order`], ties in project order.
pub fn columns_by(project: &Project, results: &Results, grouping: Grouping) -> Vec<MapColumn> {
    let mut columns: Vec<MapColumn> = project
        .groups(grouping)
        .into_iter()
        .map(|group| MapColumn {
            touchpoint: match &group.key {
                GroupKey::Touchpoint(t) if !t.is_empty() => Some(t.clone()),
                _ => None,
            },
            group: group.key,
            features: group.features,
        })
        .collect();
    for column in &mut columns {
        // A stable sort keeps project order among equals.
        column.features.sort_by(
            |&a, &b| match (stats_of(results, a), stats_of(results, b)) {
                (Some(a), Some(b)) => card_order(a, b),
                _ => Ordering::Equal,
            },
        );
    }
    columns
}

/// The statistics of the feature at `index`.
pub fn stats_of(results: &Results, index: usize) -> Option<&FeatureStats> {
    results
        .features
        .get(index)
        .filter(|r| r.index == index)
        .or_else(|| results.features.iter().find(|r| r.index == index))
        .map(|r| &r.stats)
}

/// Shows the Map tab.
pub fn show(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    let t = studio.t;
    if studio.project.features().is_empty() {
        ui.label(t.present.no_features);
        return;
    }
    // What is shown: the segment and its n.
    ui.strong(crate::figure::caption::caption(
        t,
        &studio.view.segment,
        studio.results.respondents,
        studio
            .view
            .features
            .group()
            .map(|key| crate::ui::group_names::group(t, key)),
    ));
    ui.weak(t.with_categories(t.present.map_hint));
    ui.add_space(4.0);
    let clicked = show_map_by(
        ui,
        (t, studio.project, studio.results),
        studio.view.selected_feature,
        (CardSize::STUDIO, t.present.card_tip),
        studio.view.grouping,
    );
    if let Some(feature) = clicked {
        studio.view.selected_feature = Some(feature);
    }
}

/// The columns with their cards, scrolling both ways; returns the feature clicked.
pub fn show_map(
    ui: &mut egui::Ui,
    t: &Texts,
    project: &Project,
    results: &Results,
    selected: Option<usize>,
    size: CardSize,
    tip: &str,
) -> Option<usize> {
    show_map_by(
        ui,
        (t, project, results),
        selected,
        (size, tip),
        Grouping::ByTouchpoint,
    )
}

/// [`show_map`] with the columns of `grouping`.
pub fn show_map_by(
    ui: &mut egui::Ui,
    (t, project, results): (&Texts, &Project, &Results),
    selected: Option<usize>,
    (size, tip): (CardSize, &str),
    grouping: Grouping,
) -> Option<usize> {
    let mut clicked = None;
    egui::ScrollArea::both()
        .id_salt("journey_map")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.horizontal_top(|ui| {
                for (i, column) in columns_by(project, results, grouping).iter().enumerate() {
                    if i > 0 {
                        ui.separator();
                    }
                    ui.vertical(|ui| {
                        ui.set_width(size.width);
                        header(ui, t, results, column, size);
                        for &feature in &column.features {
                            let (Some(f), Some(stats)) =
                                (project.features().get(feature), stats_of(results, feature))
                            else {
                                continue;
                            };
                            let card = card::Card {
                                name: &f.name,
                                stats,
                                size,
                                selected: selected == Some(feature),
                                tip,
                            };
                            let response = card::show(ui, t, card, feature);
                            if response.clicked() {
                                clicked = Some(feature);
                            }
                        }
                    });
                }
            });
        });
    clicked
}

/// A column's title and how many of its features fall in each category.
fn header(ui: &mut egui::Ui, t: &Texts, results: &Results, column: &MapColumn, size: CardSize) {
    ui.add(
        egui::Label::new(
            RichText::new(column.title(t))
                .size(size.text * 1.3)
                .strong(),
        )
        .wrap(),
    );
    let mut counts = [0usize; 6];
    for stats in column.features.iter().filter_map(|&f| stats_of(results, f)) {
        if let Some(c) = stats.category {
            counts[c.index()] += 1;
        }
    }
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        for c in CARD_ORDER.into_iter().filter(|c| counts[c.index()] > 0) {
            let n = counts[c.index()];
            let tip = fill(
                t.present.column_count_tip,
                &[("category", &t.category(c)), ("n", &n)],
            );
            Chip::filled(ui, format!("{} {n}", c.letter()), category_color(c)).show(ui, &tip);
        }
    });
    ui.add_space(2.0);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::samples::Sample;
    use crate::kano::{CategoryCounts, Coefficients, Rule};

    fn stats(counts: CategoryCounts) -> FeatureStats {
        FeatureStats {
            n: counts.total(),
            counts,
            category: Rule::default().category(&counts),
            coefficients: Coefficients::from_counts(&counts),
            strength: None,
            fong: None,
            continuous: None,
            importance: None,
        }
    }

    #[test]
    fn columns_by_dimension_hold_every_feature_once_in_servqual_order() {
        use crate::project::{Dimension, Edit};
        let mut project = Sample::MetroEnglish.project();
        for (index, dimension) in [(3, Dimension::Empathy), (0, Dimension::Reliability)] {
            let mut feature = project.features()[index].clone();
            feature.dimension = Some(dimension);
            project
                .apply(Edit::UpdateFeature { index, feature })
                .unwrap();
        }
        let results = project.current_results();
        let columns = columns_by(&project, &results, Grouping::ByDimension);
        let groups: Vec<&GroupKey> = columns.iter().map(|c| &c.group).collect();
        assert_eq!(
            groups,
            [
                &GroupKey::Dimension(Some(Dimension::Reliability)),
                &GroupKey::Dimension(Some(Dimension::Empathy)),
                &GroupKey::Dimension(None),
            ]
        );
        assert_eq!(
            (&columns[0].features, &columns[1].features),
            (&vec![0], &vec![3])
        );
        assert_eq!(columns[2].features.len(), project.features().len() - 2);
        let t = crate::i18n::Lang::En.texts();
        assert_eq!(columns[0].title(t), "Reliability");
        assert_eq!(columns[2].title(t), "No dimension");
    }

    #[test]
    fn columns_follow_the_journey_and_hold_every_feature_once() {
        let project = Sample::MetroEnglish.project();
        let results = project.current_results();
        let columns = columns(&project, &results);
        let titles: Vec<_> = columns.iter().map(|c| c.touchpoint.as_deref()).collect();
        let journey: Vec<_> = project.touchpoints().into_iter().map(Some).collect();
        assert_eq!(titles, journey);
        let mut all: Vec<usize> = columns.iter().flat_map(|c| c.features.clone()).collect();
        all.sort_unstable();
        assert_eq!(all, (0..project.features().len()).collect::<Vec<_>>());
        for column in &columns {
            for &f in &column.features {
                assert_eq!(
                    Some(project.features()[f].touchpoint.as_str()),
                    column.touchpoint.as_deref()
                );
            }
        }
    }

    #[test]
    fn features_without_touchpoint_get_a_last_column() {
        let mut project = Sample::MetroEnglish.project();
        let mut feature = project.features()[0].clone();
        feature.touchpoint.clear();
        project
            .apply(crate::project::Edit::UpdateFeature { index: 0, feature })
            .unwrap();
        let results = project.current_results();
        let columns = columns(&project, &results);
        let last = columns.last().unwrap();
        assert_eq!(last.touchpoint, None);
        assert_eq!(last.features, [0]);
    }

    #[test]
    fn cards_go_basics_by_worse_then_performance_then_excitement_by_better() {
        // A, O, M, I, R, Q counts.
        let weak_basic = stats(CategoryCounts::new(0, 1, 6, 3, 0, 0));
        let strong_basic = stats(CategoryCounts::new(0, 2, 8, 0, 0, 0));
        let performance = stats(CategoryCounts::new(1, 8, 1, 0, 0, 0));
        let mild_delight = stats(CategoryCounts::new(5, 0, 0, 4, 0, 0));
        let big_delight = stats(CategoryCounts::new(8, 1, 0, 1, 0, 0));
        let indifferent = stats(CategoryCounts::new(1, 0, 0, 9, 0, 0));
        let mut cards = [
            &indifferent,
            &mild_delight,
            &weak_basic,
            &big_delight,
            &performance,
            &strong_basic,
        ];
        cards.sort_by(|a, b| card_order(a, b));
        let expected = [
            &strong_basic,
            &weak_basic,
            &performance,
            &big_delight,
            &mild_delight,
            &indifferent,
        ];
        assert_eq!(cards, expected);
        assert_eq!(stand_out(&strong_basic), Some(Category::M));
        assert_eq!(stand_out(&big_delight), Some(Category::A));
        assert_eq!(stand_out(&performance), None);
        assert_eq!(stand_out(&indifferent), None);
    }
}
