//! The moments-of-truth map (a studio tab, and a workshop slide): touchpoints as columns in
//! journey order (in the studio, SERVQUAL dimensions instead when the view groups by them),
//! features without one in a last column, each feature a card coloured by its category. It answers: at which moment of the journey do we fail a basic, and where is
//! the chance to delight? So within a column basics come first, most missed first, then
//! performance, then excitement features by Better.
//!
//! Where columns and cards stand, and how they go onto pages, is [`crate::figure::journey`]'s
//! layout; this only paints it. It only reads the project and its results (for the segment in
//! the view); a click selects a feature and nothing else.

pub mod card;

pub use card::{CardSize, stand_out};

use super::figure_paint::EguiMeasure;
use super::group_names;
use super::theme::{Chip, category_color};
use super::view::Studio;
use crate::figure::journey::{JourneyCard, JourneyColumn, JourneyLayout, journey};
use crate::figure::{FixedAdvance, Size, TextMeasure};
use crate::i18n::{Texts, fill};
use crate::kano::FeatureStats;
use crate::project::{GroupKey, Grouping, Project};
use crate::results::Results;
use eframe::egui::{self, RichText};
use std::cmp::Ordering;

pub use crate::figure::journey::{CARD_ORDER, card_order};

/// Cards shrink to fit the map on one page, but their text never below this size.
pub const MIN_TEXT: f32 = 11.0;

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
                .unwrap_or(t.features.no_touchpoint),
        }
    }
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
    ui.weak(t.with_categories(t.present.map_hint));
    ui.add_space(4.0);
    // What is shown: the segment and its n, at the top of the map's picture.
    let caption = crate::figure::caption::caption(
        t,
        &studio.view.segment,
        studio.results.respondents,
        studio
            .view
            .features
            .group()
            .map(|key| crate::ui::group_names::group(t, key)),
    );
    let clicked = show_map_by(
        ui,
        (t, studio.project, studio.results),
        studio.view.selected_feature,
        (CardSize::STUDIO, t.present.card_tip),
        (studio.view.grouping, &caption),
    );
    if let Some(feature) = clicked {
        studio.view.selected_feature = Some(feature);
    }
}

/// How many pages the map slide takes in an area of `area` points (text measured on the wide
/// side, as [`show_slide_page`] lays it out).
pub fn slide_pages((t, project, results): (&Texts, &Project, &Results), area: egui::Vec2) -> usize {
    let (_, layout) = layout(
        &FixedAdvance,
        (t, project, results),
        Grouping::ByTouchpoint,
        (CardSize::SLIDE, ""),
        area,
    );
    layout.pages.len()
}

/// Page `page` (0-based) of the map on a slide, in an area of `area` (the one [`slide_pages`]
/// was given, so that the pages are the same); returns the feature clicked.
pub fn show_slide_page(
    ui: &mut egui::Ui,
    (t, project, results): (&Texts, &Project, &Results),
    (selected, page): (Option<usize>, usize),
    area: egui::Vec2,
) -> Option<usize> {
    let (columns, layout) = layout(
        &FixedAdvance,
        (t, project, results),
        Grouping::ByTouchpoint,
        (CardSize::SLIDE, ""),
        area,
    );
    paint(
        ui,
        (t, project, results),
        (&columns, &layout),
        (selected, t.present.slide_card_tip),
        Pager::Fixed(page),
    )
}

/// Which page a painted map shows.
#[derive(Clone, Copy, Debug)]
enum Pager {
    /// The page the person turned to with the map's own buttons.
    Buttons,
    /// This page (a slide's), without buttons.
    Fixed(usize),
}

/// The layout of the map's columns under `grouping` in a picture of `area`, with `caption`
/// at its top: [`crate::figure::journey`]'s geometry. Cards shrink (text never below
/// [`MIN_TEXT`]) before the map takes a second page.
pub fn layout(
    measure: &dyn TextMeasure,
    (t, project, results): (&Texts, &Project, &Results),
    grouping: Grouping,
    (size, caption): (CardSize, &str),
    area: egui::Vec2,
) -> (Vec<MapColumn>, JourneyLayout) {
    let columns = columns_by(project, results, grouping);
    let input: Vec<JourneyColumn> = columns
        .iter()
        .map(|column| JourneyColumn {
            title: column.title(t).to_owned(),
            cards: column
                .features
                .iter()
                .filter_map(|&f| {
                    project.features().get(f).map(|feature| JourneyCard {
                        feature: f,
                        name: feature.name.clone(),
                    })
                })
                .collect(),
        })
        .collect();
    let picture = Size {
        width: area.x,
        height: area.y,
    };
    // Cards shrink (never below MIN_TEXT) before the map takes a second page.
    let full = journey(&input, caption, picture, size.sizes(), measure);
    let mut scale = 1.0;
    while full.pages.len() > 1 && size.text * (scale - 0.05) >= MIN_TEXT {
        scale -= 0.05;
        let smaller = CardSize {
            width: size.width * scale,
            text: size.text * scale,
        };
        let layout = journey(&input, caption, picture, smaller.sizes(), measure);
        if layout.pages.len() == 1 {
            return (columns, layout);
        }
    }
    (columns, full)
}

/// The map of the columns of `grouping` in the space left, with `caption` at its top and, when
/// it takes several pages, buttons to turn them; returns the feature clicked.
pub fn show_map_by(
    ui: &mut egui::Ui,
    (t, project, results): (&Texts, &Project, &Results),
    selected: Option<usize>,
    (size, tip): (CardSize, &str),
    (grouping, caption): (Grouping, &str),
) -> Option<usize> {
    let area = ui.available_size();
    let (columns, layout) = layout(
        &EguiMeasure { ctx: ui.ctx() },
        (t, project, results),
        grouping,
        (size, caption),
        area,
    );
    paint(
        ui,
        (t, project, results),
        (&columns, &layout),
        (selected, tip),
        Pager::Buttons,
    )
}

/// Paints a page of `layout`; returns the feature clicked.
fn paint(
    ui: &mut egui::Ui,
    (t, project, results): (&Texts, &Project, &Results),
    (columns, layout): (&[MapColumn], &JourneyLayout),
    (selected, tip): (Option<usize>, &str),
    pager: Pager,
) -> Option<usize> {
    let caption = layout.caption.as_str();
    let area = egui::vec2(layout.size.width, layout.size.height);
    // The size the cards were laid out at (smaller than asked when that fits one page).
    let size = CardSize {
        width: layout.sizes.max_width,
        text: layout.sizes.text,
    };
    let (rect, _) = ui.allocate_exact_size(area, egui::Sense::hover());
    let origin = rect.min.to_vec2();
    let at = |r: crate::figure::Rect| {
        egui::Rect::from_min_max(
            egui::pos2(r.min.x, r.min.y) + origin,
            egui::pos2(r.max.x, r.max.y) + origin,
        )
    };
    let page_id = ui.scope_id().with("journey_page");
    let last = layout.pages.len().saturating_sub(1);
    let mut page = match pager {
        Pager::Buttons => ui.data(|d| d.get_temp::<usize>(page_id)).unwrap_or(0),
        Pager::Fixed(page) => page,
    }
    .min(last);
    if !caption.is_empty() {
        ui.scope_builder(
            egui::UiBuilder::new()
                .max_rect(at(layout.caption_rect))
                .layout(egui::Layout::left_to_right(egui::Align::Center)),
            |ui| ui.add(egui::Label::new(RichText::new(caption).strong()).truncate()),
        );
    }
    if let (Pager::Buttons, Some(label)) = (pager, layout.page_label(page)) {
        ui.scope_builder(
            egui::UiBuilder::new()
                .max_rect(at(layout.page_rect))
                .layout(egui::Layout::right_to_left(egui::Align::Center)),
            |ui| {
                if ui
                    .add_enabled(page < last, egui::Button::new("›"))
                    .on_hover_text(t.present.next_page)
                    .clicked()
                {
                    page += 1;
                }
                ui.label(label);
                if ui
                    .add_enabled(page > 0, egui::Button::new("‹"))
                    .on_hover_text(t.present.previous_page)
                    .clicked()
                {
                    page -= 1;
                }
            },
        );
        ui.data_mut(|d| d.insert_temp(page_id, page));
    }
    let mut clicked = None;
    let shown = layout.pages.get(page)?;
    for slot in &shown.columns {
        let Some(column) = columns.get(slot.column) else {
            continue;
        };
        let mut title = column.title(t).to_owned();
        if slot.part.1 > 1 {
            title.push_str(&format!(" {}/{}", slot.part.0, slot.part.1));
        }
        header(
            ui,
            (t, results, column),
            (&title, slot.title.len()),
            (at(slot.title_rect), at(slot.counts_rect)),
            size,
        );
        for placed in &slot.cards {
            let feature = placed.feature;
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
            let place = card::Place {
                rect: at(placed.rect),
                name_lines: placed.name.len(),
                padding: layout.sizes.padding(),
            };
            if card::show(ui, t, card, place, feature).clicked() {
                clicked = Some(feature);
            }
        }
    }
    clicked
}

/// A column's title and how many of its features fall in each category, in their boxes.
fn header(
    ui: &mut egui::Ui,
    (t, results, column): (&Texts, &Results, &MapColumn),
    (title, lines): (&str, usize),
    (title_rect, counts_rect): (egui::Rect, egui::Rect),
    size: CardSize,
) {
    let mut job = egui::text::LayoutJob::simple(
        title.to_owned(),
        egui::FontId::proportional(size.text * 1.3),
        ui.visuals().strong_text_color(),
        title_rect.width(),
    );
    job.wrap.max_rows = lines.max(1);
    ui.put(title_rect, egui::Label::new(job));
    let mut counts = [0usize; 6];
    for stats in column.features.iter().filter_map(|&f| stats_of(results, f)) {
        if let Some(c) = stats.category {
            counts[c.index()] += 1;
        }
    }
    ui.scope_builder(
        egui::UiBuilder::new()
            .max_rect(counts_rect)
            .layout(egui::Layout::left_to_right(egui::Align::Center)),
        |ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            for c in CARD_ORDER.into_iter().filter(|c| counts[c.index()] > 0) {
                let n = counts[c.index()];
                let tip = fill(
                    t.present.column_count_tip,
                    &[("category", &t.category(c)), ("n", &n)],
                );
                Chip::filled(ui, format!("{} {n}", c.letter()), category_color(c)).show(ui, &tip);
            }
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::samples::Sample;
    use crate::kano::{Category, CategoryCounts, Coefficients, Rule};

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
