//! The workshop's slides: which there are (computed from the project every frame, so a new
//! touchpoint gets its slide at once) and what each shows. Slides only read the project and
//! its results; a click on a feature is returned so the screen can open its distribution.

use super::super::journey_map::{self, CardSize, card};
use super::super::plots;
use super::super::view::{PlotKind, ViewState};
use super::overlay;
use crate::i18n::{Texts, fill};
use crate::project::{Project, Results};
use eframe::egui;

/// One slide of the workshop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The Better–Worse diagram.
    BetterWorse,
    /// The category shares of every feature.
    Shares,
    /// The moments-of-truth map.
    Map,
    /// One touchpoint's features, large, with their distributions; `None` for the features
    /// without a touchpoint.
    Touchpoint(Option<String>),
}

/// The slides for `project`: the diagram, the shares, the map, then one per map column
/// (touchpoints in journey order, then the features without one).
pub fn slides(project: &Project, results: &Results) -> Vec<Slide> {
    let mut slides = vec![Slide::BetterWorse, Slide::Shares, Slide::Map];
    slides.extend(
        journey_map::columns(project, results)
            .into_iter()
            .map(|c| Slide::Touchpoint(c.touchpoint)),
    );
    slides
}

impl Slide {
    /// The slide's title.
    pub fn title(&self, t: &Texts) -> String {
        let p = &t.present;
        match self {
            Self::BetterWorse => p.slide_better_worse.to_owned(),
            Self::Shares => p.slide_shares.to_owned(),
            Self::Map => p.slide_map.to_owned(),
            Self::Touchpoint(tp) => fill(
                p.slide_touchpoint,
                &[("name", &tp.as_deref().unwrap_or(p.without_touchpoint))],
            ),
        }
    }

    /// Draws the slide's content in the space left; returns the feature clicked.
    pub fn show(
        &self,
        ui: &mut egui::Ui,
        t: &Texts,
        project: &Project,
        results: &Results,
        highlighted: Option<usize>,
    ) -> Option<usize> {
        match self {
            Self::BetterWorse | Self::Shares => {
                let view = ViewState {
                    plot: if *self == Self::Shares {
                        PlotKind::Shares
                    } else {
                        PlotKind::BetterWorse
                    },
                    selected_feature: highlighted,
                    ..ViewState::default()
                };
                plots::show_plot(ui, t, project, results, &view).clicked
            }
            Self::Map => journey_map::show_map(
                ui,
                t,
                project,
                results,
                highlighted,
                CardSize::SLIDE,
                t.present.slide_card_tip,
            ),
            Self::Touchpoint(tp) => touchpoint(ui, t, project, results, tp.as_deref(), highlighted),
        }
    }
}

/// A touchpoint's cards side by side, each with its distribution under it.
fn touchpoint(
    ui: &mut egui::Ui,
    t: &Texts,
    project: &Project,
    results: &Results,
    touchpoint: Option<&str>,
    highlighted: Option<usize>,
) -> Option<usize> {
    let column = journey_map::columns(project, results)
        .into_iter()
        .find(|c| c.touchpoint.as_deref() == touchpoint)?;
    let mut clicked = None;
    egui::ScrollArea::both()
        .id_salt("present_touchpoint")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = 24.0;
                for &feature in &column.features {
                    let (Some(f), Some(stats)) = (
                        project.features().get(feature),
                        journey_map::stats_of(results, feature),
                    ) else {
                        continue;
                    };
                    ui.vertical(|ui| {
                        ui.set_width(CardSize::LARGE.width);
                        let card = card::Card {
                            name: &f.name,
                            stats,
                            size: CardSize::LARGE,
                            selected: highlighted == Some(feature),
                            tip: t.present.slide_card_tip,
                        };
                        let response = card::show(ui, t, card, ("slide", feature));
                        if response.clicked() {
                            clicked = Some(feature);
                        }
                        overlay::category_bars(ui, t, stats, CardSize::LARGE.text * 0.8);
                    });
                }
            });
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
        let slides = slides(&project, &results);
        assert_eq!(slides[..3], [Slide::BetterWorse, Slide::Shares, Slide::Map]);
        let touchpoints: Vec<Slide> = project
            .touchpoints()
            .into_iter()
            .map(|tp| Slide::Touchpoint(Some(tp.to_owned())))
            .collect();
        assert_eq!(slides[3..], touchpoints[..]);
        let t = crate::i18n::Lang::En.texts();
        assert_eq!(slides[3].title(t), "Moment of truth: Ticketing");
        assert_eq!(
            Slide::Touchpoint(None).title(t),
            "Moment of truth: Without touchpoint"
        );
    }
}
