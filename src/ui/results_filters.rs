//! The filter bar of the Results and Plots tabs: which respondents (segment) and which features
//! (touchpoint) the figures are about, and how many respondents that leaves.
//!
//! Filters are view state, not part of the project: they change `studio.view` directly and are
//! never undone or saved. The app takes `studio.results` for `view.segment` from its results cache
//! (recomputed once per document revision) before the frame.

use super::view::Studio;
use crate::i18n::fill;
use crate::project::SegmentFilter;
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

        let label = ui.label(r.touchpoint).on_hover_text(r.touchpoint_tip);
        let current = match studio.view.touchpoint.as_deref() {
            None => r.all_touchpoints.to_owned(),
            Some("") => r.no_touchpoint.to_owned(),
            Some(touchpoint) => touchpoint.to_owned(),
        };
        let combo = egui::ComboBox::from_id_salt("results_touchpoint")
            .selected_text(current)
            .show_ui(ui, |ui| {
                let view = &mut *studio.view;
                ui.selectable_value(&mut view.touchpoint, None, r.all_touchpoints);
                for touchpoint in project.touchpoints() {
                    ui.selectable_value(
                        &mut view.touchpoint,
                        Some(touchpoint.to_owned()),
                        touchpoint,
                    );
                }
                if project.features().iter().any(|f| f.touchpoint.is_empty()) {
                    ui.selectable_value(&mut view.touchpoint, Some(String::new()), r.no_touchpoint);
                }
            });
        combo
            .response
            .labelled_by(label.id)
            .on_hover_text(r.touchpoint_tip);
        ui.add_space(8.0);

        ui.separator();
        ui.label(respondent_count(studio));
    });
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
