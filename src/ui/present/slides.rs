//! The workshop's slides: which there are (computed from the project every frame, so a new
//! touchpoint gets its slide at once) and what each shows. Slides only read the project and
//! its results; a click on a feature is returned so the screen can open its distribution.

use super::super::figure_cache::{self, Picture};
use super::super::figure_paint;
use super::super::journey_map::{self, CardSize, card};
use super::super::plots;
use super::super::view::{PlotKind, ViewState};
use super::overlay;
use crate::figure::deck::{self, CardFit, CardSpec};
use crate::figure::{self, FigureOptions, Size};
use crate::i18n::{Texts, fill};
use crate::project::{Project, SegmentFilter};
use crate::results::Results;
use eframe::egui;

/// A touchpoint's cards on a slide at full size (`CardSize::LARGE` with its distribution under
/// it), and how small they may get: never below 24 px text on a 1080p projector.
const CARD: CardSpec = CardSpec {
    width: 340.0,
    height: 430.0,
    min_scale: 24.0 / (18.0 * super::WORKSHOP_ZOOM),
    spacing: 24.0,
};

/// Which page of a touchpoint's cards a slide shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// 0-based.
    pub index: usize,
    /// How many pages the touchpoint's cards take.
    pub count: usize,
}

/// One slide of the workshop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The Better–Worse diagram.
    BetterWorse,
    /// The category shares of every feature.
    Shares,
    /// One page of the moments-of-truth map.
    Map(Page),
    /// One page of one touchpoint's features, large, with their distributions; `None` for the
    /// features without a touchpoint.
    Touchpoint(Option<String>, Page),
}

/// The slides for `project`: the diagram, the shares, the map (on as many pages as it needs),
/// then one per map column (touchpoints in journey order, then the features without one), split
/// into as many pages as its cards need in a content area of `content` points.
pub fn slides(t: &Texts, project: &Project, results: &Results, content: egui::Vec2) -> Vec<Slide> {
    let mut slides = vec![Slide::BetterWorse, Slide::Shares];
    let map_pages = journey_map::slide_pages((t, project, results), map_area(content));
    slides.extend((0..map_pages).map(|index| {
        Slide::Map(Page {
            index,
            count: map_pages,
        })
    }));
    for column in journey_map::columns(project, results) {
        let fit = card_fit(column.features.len(), content);
        for index in 0..fit.pages {
            slides.push(Slide::Touchpoint(
                column.touchpoint.clone(),
                Page {
                    index,
                    count: fit.pages,
                },
            ));
        }
    }
    slides
}

/// The map's area in a content area of `content`: the hint's line at the bottom left out.
fn map_area(content: egui::Vec2) -> egui::Vec2 {
    content - egui::vec2(0.0, 24.0)
}

/// Room kept free on the right of a page for its vertical scroll bar and the cards' strokes.
const SCROLL_BAR_ROOM: f32 = 24.0;

/// How a touchpoint's cards fit the content area.
fn card_fit(cards: usize, content: egui::Vec2) -> CardFit {
    deck::fit(CARD, cards, content.x - SCROLL_BAR_ROOM, content.y)
}

impl Slide {
    /// The slide's title.
    pub fn title(&self, t: &Texts) -> String {
        let p = &t.present;
        match self {
            Self::BetterWorse => p.slide_better_worse.to_owned(),
            Self::Shares => p.slide_shares.to_owned(),
            Self::Map(page) if page.count > 1 => fill(
                p.slide_page,
                &[
                    ("title", &p.slide_map),
                    ("page", &(page.index + 1)),
                    ("pages", &page.count),
                ],
            ),
            Self::Map(_) => p.slide_map.to_owned(),
            Self::Touchpoint(tp, page) => {
                let title = fill(
                    p.slide_touchpoint,
                    &[("name", &tp.as_deref().unwrap_or(t.features.no_touchpoint))],
                );
                if page.count > 1 {
                    fill(
                        p.slide_page,
                        &[
                            ("title", &title),
                            ("page", &(page.index + 1)),
                            ("pages", &page.count),
                        ],
                    )
                } else {
                    title
                }
            }
        }
    }

    /// Draws the slide's content in the space left (`cx.content`, as [`slides`] was given it);
    /// returns the feature clicked.
    pub fn show(&self, ui: &mut egui::Ui, cx: &SlideContext<'_>) -> Option<usize> {
        let SlideContext {
            t,
            project,
            results,
            segment,
            highlighted,
            content,
            ..
        } = *cx;
        match self {
            Self::BetterWorse => better_worse(ui, cx),
            Self::Shares => {
                let view = ViewState {
                    plot: PlotKind::Shares,
                    selected_feature: highlighted,
                    segment: segment.clone(),
                    ..ViewState::default()
                };
                plots::show_plot(ui, t, project, results, &view).clicked
            }
            Self::Map(page) => journey_map::show_slide_page(
                ui,
                (t, project, results),
                (highlighted, page.index),
                map_area(content),
            ),
            Self::Touchpoint(tp, page) => {
                touchpoint(ui, t, project, results, (tp.as_deref(), *page), highlighted)
            }
        }
    }
}

/// What every slide reads: the strings, the project and its results, whom they are about, the
/// feature highlighted, and whether the Better–Worse slide draws its 95% intervals.
#[derive(Clone, Copy)]
pub struct SlideContext<'a> {
    /// The strings of the room's language.
    pub t: &'a Texts,
    /// The project.
    pub project: &'a Project,
    /// Its results for `segment`.
    pub results: &'a Results,
    /// The respondents shown.
    pub segment: &'a SegmentFilter,
    /// The feature whose distribution is open, if any.
    pub highlighted: Option<usize>,
    /// The content area, as [`slides`] was given it.
    pub content: egui::Vec2,
    /// Draw the 95% intervals as whiskers on the Better–Worse slide.
    pub show_intervals: bool,
}

/// The Better–Worse picture laid out by `figure` for the space left (kept by `figure_cache`
/// while nothing that feeds it changes), and painted as it is.
fn better_worse(ui: &mut egui::Ui, cx: &SlideContext<'_>) -> Option<usize> {
    let SlideContext {
        t,
        project,
        results,
        segment,
        highlighted,
        show_intervals,
        ..
    } = *cx;
    let shown = figure::better_worse::features_of(project, results, |_| true);
    if shown.is_empty() {
        ui.label(t.results.no_points);
        return None;
    }
    let (index, features): (Vec<usize>, Vec<_>) = shown.into_iter().unzip();
    let caption = figure::caption::caption(t, segment, results.respondents, None);
    let words = figure::BetterWorseWords::new(
        t,
        caption,
        results.quadrant_lines,
        project.importance_scale(),
    );
    let available = ui.available_size();
    let inputs = (
        features,
        results.quadrant_lines,
        words,
        Size {
            width: available.x.max(200.0),
            height: available.y.max(200.0),
        },
        figure_paint::theme_of(ui),
        FigureOptions {
            min_label_size: super::super::theme::plot::LABEL_SIZE,
            show_intervals,
        },
    );
    let laid_out = figure_cache::layout(
        ui.ctx(),
        Picture::BetterWorseSlide,
        inputs,
        |(features, lines, words, size, theme, options), measure| {
            figure::better_worse(features, *lines, words, *size, *theme, *options, measure)
        },
    );
    let selected = highlighted.and_then(|h| index.iter().position(|&i| i == h));
    let output = figure_paint::show(ui, &laid_out, selected);
    output.clicked.map(|i| index[i])
}

/// One page of a touchpoint's cards, as many to a row as fit, each with its distribution under
/// it, scaled so that the page shows every card whole. It opens at its top: each page scrolls
/// on its own (should a card be taller than planned), never sideways.
fn touchpoint(
    ui: &mut egui::Ui,
    t: &Texts,
    project: &Project,
    results: &Results,
    (touchpoint, page): (Option<&str>, Page),
    highlighted: Option<usize>,
) -> Option<usize> {
    let column = journey_map::columns(project, results)
        .into_iter()
        .find(|c| c.touchpoint.as_deref() == touchpoint)?;
    let fit = card_fit(column.features.len(), ui.available_size());
    let size = CardSize {
        width: CardSize::LARGE.width * fit.scale,
        text: CardSize::LARGE.text * fit.scale,
    };
    let range = fit.page(page.index, column.features.len());
    let mut clicked = None;
    egui::ScrollArea::vertical()
        .id_salt(("present_touchpoint", touchpoint, page.index))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for row in column.features[range].chunks(fit.columns.max(1)) {
                ui.horizontal_top(|ui| {
                    ui.spacing_mut().item_spacing.x = CARD.spacing * fit.scale;
                    for &feature in row {
                        let (Some(f), Some(stats)) = (
                            project.features().get(feature),
                            journey_map::stats_of(results, feature),
                        ) else {
                            continue;
                        };
                        ui.vertical(|ui| {
                            ui.set_width(size.width);
                            let card = card::Card {
                                name: &f.name,
                                stats,
                                size,
                                selected: highlighted == Some(feature),
                                tip: t.present.slide_card_tip,
                            };
                            let response = card::show_here(ui, t, card, ("slide", feature));
                            if response.clicked() {
                                clicked = Some(feature);
                            }
                            overlay::category_bars(ui, t, stats, size.text * 0.8);
                        });
                    }
                });
                ui.add_space(CARD.spacing * fit.scale);
            }
        });
    clicked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::samples::Sample;

    #[test]
    fn three_overview_slides_then_one_per_touchpoint_in_journey_order() {
        let project = Sample::MetroEnglish.project();
        let results = project.current_results();
        let t = crate::i18n::Lang::En.texts();
        let slides = slides(t, &project, &results, egui::vec2(4000.0, 3000.0));
        let map = Slide::Map(Page { index: 0, count: 1 });
        assert_eq!(slides[..3], [Slide::BetterWorse, Slide::Shares, map]);
        let touchpoints: Vec<Slide> = project
            .touchpoints()
            .into_iter()
            .map(|tp| Slide::Touchpoint(Some(tp.to_owned()), Page { index: 0, count: 1 }))
            .collect();
        assert_eq!(slides[3..], touchpoints[..]);
        assert_eq!(slides[3].title(t), "Moment of truth: Ticketing");
        assert_eq!(
            Slide::Touchpoint(None, Page { index: 0, count: 1 }).title(t),
            "Moment of truth: No touchpoint"
        );
    }
}
