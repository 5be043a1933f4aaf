//! The Plots tab: the Better–Worse diagram, the category shares and the continuous analysis,
//! each painted from its one layout in `figure/` (the same geometry as slides and exported
//! files), read from the results model of the current revision, so an edit shows in the frame
//! after it is made. Zoom and pan re-lay the Better–Worse picture out over a smaller domain;
//! egui_plot is no longer used, because its axes, legend and labels would be a second layout.
//!
//! The controls that change settings ([`show_controls`]: which plot,
//! filters, analysis settings) are kept apart from the plots, which only read ([`show_plot`])
//! and report what was hovered or clicked. Plots never change the project.

mod better_worse;
mod continuous;
mod data;
mod scatter;
mod shares;

pub use better_worse::{quadrant_caption, shown_domain};
pub use continuous::shown_domain as continuous_domain;
pub use data::{
    FeaturePoint, ShareBar, better_worse_points, continuous_points, importance_radius, share_bars,
};

use super::action::Action;
use super::view::{PlotKind, Studio, ViewState};
use super::{analysis_settings, results_filters};
use crate::i18n::Texts;
use crate::project::Project;
use crate::results::Results;
use eframe::egui;

/// What the person did in a plot this frame.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlotOutput {
    /// The feature under the pointer.
    pub hovered: Option<usize>,
    /// The feature clicked.
    pub clicked: Option<usize>,
}

/// Shows the Plots tab.
pub fn show(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    show_controls(ui, studio);
    ui.separator();
    let output = show_plot(ui, studio.t, studio.project, studio.results, studio.view);
    if let Some(feature) = output.clicked {
        studio.view.selected_feature = Some(feature);
    }
}

/// The plot selector, the filters and the analysis settings.
pub fn show_controls(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    let r = &studio.t.results;
    ui.horizontal_wrapped(|ui| {
        for kind in PlotKind::ALL {
            let (name, tip) = match kind {
                PlotKind::BetterWorse => (r.plot_better_worse, r.plot_better_worse_tip),
                PlotKind::Shares => (r.plot_shares, r.plot_shares_tip),
                PlotKind::Continuous => (r.plot_continuous, r.plot_continuous_tip),
            };
            if ui
                .selectable_label(studio.view.plot == kind, name)
                .on_hover_text(tip)
                .clicked()
            {
                studio.view.plot = kind;
            }
        }
        if studio.view.plot == PlotKind::BetterWorse {
            let mut shown = studio.view.intervals_shown(studio.results.respondents);
            if ui
                .checkbox(&mut shown, r.show_intervals)
                .on_hover_text(r.show_intervals_tip)
                .changed()
            {
                studio.view.show_intervals = Some(shown);
            }
        }
        ui.separator();
        let e = &studio.t.export;
        if ui
            .button(e.plot_button)
            .on_hover_text(e.plot_button_tip)
            .clicked()
        {
            studio
                .actions
                .push(Action::ExportPlot(exported_plot(studio.view.plot)));
        }
    });
    results_filters::show(ui, studio);
    analysis_settings::show(ui, studio);
}

/// The exported plot that matches a plot of the tab.
pub fn exported_plot(kind: PlotKind) -> crate::export::Plot {
    match kind {
        PlotKind::BetterWorse => crate::export::Plot::BetterWorse,
        PlotKind::Shares => crate::export::Plot::Categories,
        PlotKind::Continuous => crate::export::Plot::Continuous,
    }
}

/// The plot chosen in the view, with its legend and hints; reads only.
pub fn show_plot(
    ui: &mut egui::Ui,
    t: &Texts,
    project: &Project,
    results: &Results,
    view: &ViewState,
) -> PlotOutput {
    let r = &t.results;
    let selected = view.selected_feature;
    // What is shown: the segment, its n and the touchpoint filter.
    let caption = crate::figure::caption::caption(
        t,
        &view.segment,
        results.respondents,
        view.features
            .group()
            .map(|key| crate::ui::group_names::group(t, key)),
    );
    match view.plot {
        // These are figures: caption, legend and notes are part of the picture.
        PlotKind::BetterWorse => better_worse::show_plot(ui, t, project, results, view),
        PlotKind::Shares => {
            let bars = share_bars(project, results, view);
            if bars.is_empty() {
                ui.strong(caption);
                ui.label(r.no_points);
                return PlotOutput::default();
            }
            ui.weak(r.bars_hint);
            shares::show_plot(ui, t, project, results, &bars, caption, selected)
        }
        PlotKind::Continuous => {
            let points = continuous_points(project, results, view);
            if points.is_empty() {
                ui.strong(caption);
                ui.label(r.no_points);
                return PlotOutput::default();
            }
            ui.weak(r.plot_hint);
            continuous::show_plot(ui, t, project, results, &points, caption, selected)
        }
    }
}
