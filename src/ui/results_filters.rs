//! The filter bar of the Results and Plots tabs: which respondents (segment) and which features
//! (a touchpoint or a dimension, by the view's grouping) the figures are about, and how many respondents that leaves.
//!
//! Filters are view state, not part of the project: they change `studio.view` directly and are
//! never undone or saved. The app takes `studio.results` for `view.segment` from its results cache
//! (recomputed once per document revision) before the frame.

use super::group_names;
use super::view::Studio;
use crate::i18n::fill;
use crate::project::{FeatureFilter, Grouping, SegmentFilter};
use eframe::egui;

/// Shows the segment and touchpoint filters and the respondent count, on one line.
pub fn show(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    let r = &studio.t.results;
    let project = studio.project;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(r.segment).on_hover_text(r.segment_tip);
        let current = match &studio.view.segment {
            SegmentFilter::All => r.all_segments.to_owned(),
            SegmentFilter::Only(segment) => segment.clone(),
        };
        let combo = egui::ComboBox::from_id_salt("results_segment")
            .selected_text(current)
            .show_ui(ui, |ui| {
                let view = &mut *studio.view;
                ui.selectable_value(&mut view.segment, SegmentFilter::All, r.all_segments);
                for segment in project.segments() {
                    ui.selectable_value(
                        &mut view.segment,
                        SegmentFilter::Only(segment.to_owned()),
                        segment,
                    );
                }
            });
        combo
            .response
            .labelled_by(label.id)
            .on_hover_text(r.segment_tip);
        ui.add_space(8.0);

        group_filter(ui, studio);
        ui.add_space(8.0);
        compare_choice(ui, studio);
        ui.add_space(8.0);

        ui.separator();
        ui.label(respondent_count(studio));
    });
}

/// The feature filter for the view's grouping: all features, or one touchpoint (dimension).
fn group_filter(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    let (t, project) = (studio.t, studio.project);
    let r = &t.results;
    let (title, tip, all) = match studio.view.grouping {
        Grouping::ByTouchpoint => (r.touchpoint, r.touchpoint_tip, r.all_touchpoints),
        Grouping::ByDimension => (r.dimension_filter, r.dimension_filter_tip, r.all_dimensions),
    };
    let label = ui.label(title).on_hover_text(tip);
    let current = studio
        .view
        .features
        .group()
        .map_or(all, |key| group_names::group(t, key))
        .to_owned();
    let groups = project.groups(studio.view.grouping);
    let combo = egui::ComboBox::from_id_salt("results_group")
        .selected_text(current)
        .show_ui(ui, |ui| {
            let view = &mut *studio.view;
            ui.selectable_value(&mut view.features, FeatureFilter::All, all);
            for group in groups {
                let name = group_names::group(t, &group.key).to_owned();
                ui.selectable_value(&mut view.features, FeatureFilter::Only(group.key), name);
            }
        });
    combo.response.labelled_by(label.id).on_hover_text(tip);
}

/// The segments to compare: a check box per segment, and a way back to one table.
fn compare_choice(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    let r = &studio.t.results;
    let segments = studio.project.segments();
    if segments.len() < 2 {
        return;
    }
    let view = &mut *studio.view;
    ui.menu_button(r.compare, |ui| {
        for segment in segments {
            let mut picked = view.compare.iter().any(|s| s == segment);
            if ui.checkbox(&mut picked, segment).changed() {
                view.compare.retain(|s| s != segment);
                if picked {
                    view.compare.push(segment.to_owned());
                }
            }
        }
    })
    .response
    .on_hover_text(r.compare_tip);
    if view.is_comparing() && ui.button(r.stop_comparing).clicked() {
        view.compare.clear();
    }
}

/// "120 respondents", or "25 of 120 respondents (segment “Tourist”)" under a segment filter.
pub fn respondent_count(studio: &Studio<'_>) -> String {
    let r = &studio.t.results;
    let n = studio.results.respondents;
    match &studio.view.segment {
        SegmentFilter::All => fill(r.respondents_all, &[("n", &n)]),
        SegmentFilter::Only(segment) => fill(
            r.respondents_segment,
            &[
                ("n", &n),
                ("total", &studio.project.respondents().len()),
                ("segment", segment),
            ],
        ),
    }
}
