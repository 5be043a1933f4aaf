//! Category shares in the Plots tab: the chart laid out by `figure::shares` for the space left
//! (taller when the features need it, then it scrolls) and painted as it is by
//! [`figure_paint`], so that the tab, the slides and an exported file show one geometry. Hovering
//! a bar's row explains it in a tooltip; clicking selects its feature. The layout is kept
//! between frames by `figure_cache` while nothing that feeds it changes.
//!
//! It only reads: it returns what was hovered or clicked and the caller updates the view.

use super::super::figure_cache::{self, Picture};
use super::super::figure_paint;
use super::super::theme::{category_color, plot as tokens};
use super::PlotOutput;
use super::data::ShareBar;
use crate::figure::{self, SharesWords, Size};
use crate::i18n::{Texts, fill};
use crate::project::Project;
use crate::results::Results;
use eframe::egui;

/// Shows the chart of `bars` (the shown features somebody answered) in the space left in `ui`,
/// captioned with `caption`.
pub fn show_plot(
    ui: &mut egui::Ui,
    t: &Texts,
    project: &Project,
    results: &Results,
    bars: &[ShareBar],
    caption: String,
    selected: Option<usize>,
) -> PlotOutput {
    let (index, features): (Vec<usize>, Vec<_>) =
        figure::shares::features_of(project, results, |i| bars.iter().any(|b| b.feature == i))
            .into_iter()
            .unzip();
    let words = SharesWords::new(t, caption);
    let available = ui.available_size();
    let inputs = (
        features,
        words,
        Size {
            width: available.x.max(320.0),
            height: available.y.max(200.0),
        },
        figure_paint::theme_of(ui),
        tokens::LABEL_SIZE,
    );
    let laid_out = figure_cache::layout(
        ui.ctx(),
        Picture::Shares,
        inputs,
        |(features, words, size, theme, min_label_size), measure| {
            figure::shares(features, words, *size, *theme, *min_label_size, measure)
        },
    );
    let selected = selected.and_then(|s| index.iter().position(|&i| i == s));
    let mut output = PlotOutput::default();
    egui::ScrollArea::vertical()
        .id_salt("shares_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let (shown, response) =
                figure_paint::show_sensing(ui, &laid_out, selected, egui::Sense::click());
            let bar = shown
                .hovered
                .and_then(|k| bars.iter().find(|b| b.feature == index[k]));
            if let Some(bar) = bar {
                egui::Tooltip::for_widget(&response)
                    .at_pointer()
                    .gap(12.0)
                    .show(|ui| describe(ui, t, project, bar));
            }
            output = PlotOutput {
                hovered: shown.hovered.map(|k| index[k]),
                clicked: shown.clicked.map(|k| index[k]),
            };
        });
    output
}

/// The tooltip of a bar: the feature's whole name, its category, and every share with its count.
fn describe(ui: &mut egui::Ui, t: &Texts, project: &Project, bar: &ShareBar) {
    let name = project
        .features()
        .get(bar.feature)
        .map_or("", |f| f.name.as_str());
    ui.strong(name);
    super::super::results_table::category_badge(ui, t, bar.category);
    for (c, _, share) in bar.segments() {
        ui.colored_label(
            category_color(c),
            fill(
                t.results.hover_share,
                &[
                    ("category", &t.category(c)),
                    ("share", &figure::shares::percent(share)),
                    ("count", &bar.counts[c]),
                    ("n", &bar.n),
                ],
            ),
        );
    }
}
