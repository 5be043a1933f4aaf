//! Segments compared (on the Results tab, when two or more segments are picked): per feature, each
//! segment's category, Better and Worse with their intervals, and n, side by side; then whether
//! the segments differ, with p. A segment with too few answers for a feature says so in words
//! instead of showing a category.
//!
//! A switch shows the same comparison as a diagram instead ([`crate::figure::comparison`],
//! painted by [`super::figure_paint`]): an arrow per feature from the first segment picked to the
//! second. With three or more picked, the diagram shows the first two and says so.
//!
//! It only reads the comparison the app computed once per revision; a click selects a feature.

use super::figure_paint::{self, EguiMeasure};
use super::results_table::{category_badge, title};
use super::view::{SortKey, Studio};
use crate::i18n::{Texts, fill, number::fixed};
use crate::results::comparison::TOO_SMALL_BELOW;
use crate::results::{Comparison, FeatureComparison, FeatureResult, Interval};
use eframe::egui::{self, RichText};
use egui_extras::{Column, TableBuilder};

/// Columns per segment: category, Better, Worse, n.
const PER_SEGMENT: [SortKey; 4] = [
    SortKey::Category,
    SortKey::Better,
    SortKey::Worse,
    SortKey::N,
];

/// Shows the comparison table.
pub fn show(ui: &mut egui::Ui, studio: &mut Studio<'_>, comparison: &Comparison, rows: &[usize]) {
    let t = studio.t;
    let r = &t.results;
    ui.label(fill(
        r.comparing,
        &[("segments", &comparison.segments.join(" · "))],
    ));
    ui.weak(r.comparing_hint);
    ui.horizontal(|ui| {
        let view = &mut studio.view;
        ui.selectable_value(&mut view.compare_diagram, false, r.compare_table);
        ui.selectable_value(&mut view.compare_diagram, true, r.compare_diagram)
            .on_hover_text(r.compare_diagram_tip);
    });
    ui.add_space(4.0);
    if studio.view.compare_diagram {
        diagram(ui, studio, comparison, rows);
        return;
    }
    ui.style_mut().interaction.selectable_labels = false;
    let row_height = egui::TextStyle::Body.resolve(ui.style()).size + 10.0;
    let mut clicked = None;
    egui::ScrollArea::horizontal()
        .id_salt("comparison")
        .show(ui, |ui| {
            let mut builder = TableBuilder::new(ui)
                .id_salt(("comparison_table", comparison.segments.len()))
                .striped(true)
                .resizable(true)
                .sense(egui::Sense::click())
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                .column(Column::initial(200.0).at_least(120.0).clip(true));
            for _ in &comparison.segments {
                builder = builder
                    .column(Column::initial(140.0).at_least(90.0).clip(true))
                    .column(Column::initial(130.0).at_least(80.0))
                    .column(Column::initial(140.0).at_least(80.0))
                    .column(Column::initial(40.0).at_least(30.0));
            }
            builder = builder.column(Column::initial(170.0).at_least(90.0).clip(true));
            builder
                .header(row_height + 4.0, |mut header| {
                    header.col(|ui| {
                        ui.strong(r.col_feature);
                    });
                    for (s, segment) in comparison.segments.iter().enumerate() {
                        let n = comparison.results.get(s).map_or(0, |r| r.respondents);
                        for key in PER_SEGMENT {
                            header.col(|ui| {
                                if key == SortKey::Category {
                                    let text =
                                        fill(r.segment_with_n, &[("segment", segment), ("n", &n)]);
                                    ui.strong(text);
                                } else {
                                    ui.strong(title(t, key));
                                }
                            });
                        }
                    }
                    header.col(|ui| {
                        ui.strong(r.col_differs).on_hover_text(r.col_differs_tip);
                    });
                })
                .body(|body| {
                    body.rows(row_height, rows.len(), |mut row| {
                        let Some(feature) = rows
                            .get(row.index())
                            .and_then(|&i| comparison.features.get(i))
                        else {
                            return;
                        };
                        let name = studio
                            .project
                            .features()
                            .get(feature.index)
                            .map_or("", |f| f.name.as_str());
                        row.set_selected(studio.view.selected_feature == Some(feature.index));
                        row.col(|ui| {
                            ui.label(name).on_hover_text(name);
                        });
                        for (s, segment) in comparison.segments.iter().enumerate() {
                            let result = feature.by_segment.get(s);
                            let too_small = feature.too_small(s);
                            row.col(|ui| category_cell(ui, t, segment, result, too_small));
                            row.col(|ui| {
                                let better = result.and_then(|r| {
                                    Some((r.stats.coefficients?.better, r.better_ci?))
                                });
                                figure_cell(ui, t, better, too_small);
                            });
                            row.col(|ui| {
                                let worse = result
                                    .and_then(|r| Some((r.stats.coefficients?.worse, r.worse_ci?)));
                                figure_cell(ui, t, worse, too_small);
                            });
                            row.col(|ui| {
                                ui.label(result.map_or(0, |r| r.stats.n).to_string());
                            });
                        }
                        row.col(|ui| differs_cell(ui, t, feature));
                        if row.response().clicked() {
                            clicked = Some(feature.index);
                        }
                    });
                });
        });
    if let Some(index) = clicked {
        studio.view.selected_feature = Some(index);
    }
}

/// The segment's category, or "too few to say" when fewer than ten answered.
fn category_cell(
    ui: &mut egui::Ui,
    t: &Texts,
    segment: &str,
    result: Option<&FeatureResult>,
    too_small: bool,
) {
    let n = result.map_or(0, |r| r.stats.n);
    if too_small {
        let tip = fill(
            t.results.too_small_tip,
            &[("segment", &segment), ("n", &n), ("min", &TOO_SMALL_BELOW)],
        );
        ui.label(RichText::new(t.results.too_small).color(ui.visuals().warn_fg_color))
            .on_hover_text(tip);
    } else {
        category_badge(ui, t, result.and_then(|r| r.stats.category));
    }
}

/// "0.66 (0.57–0.74)", faded when the segment is too small to say anything.
fn figure_cell(ui: &mut egui::Ui, t: &Texts, figure: Option<(f64, Interval)>, faded: bool) {
    let Some((value, interval)) = figure else {
        ui.label("–");
        return;
    };
    let text = fill(
        t.results.with_interval,
        &[
            ("value", &fixed(value, 2)),
            ("low", &fixed(interval.low, 2)),
            ("high", &fixed(interval.high, 2)),
        ],
    );
    if faded {
        ui.weak(text);
    } else {
        ui.label(text);
    }
}

/// "differs (p = 0.003)", "no clear difference (p = 0.41)", "too few to test", or "…" while
/// the worker computes it. The p shown is the feature's own; the Benjamini–Hochberg adjusted p
/// (over the features compared) is in the tooltip, which says so.
fn differs_cell(ui: &mut egui::Ui, t: &Texts, feature: &FeatureComparison) {
    let r = &t.results;
    let Some(test) = feature.test else {
        ui.label("…").on_hover_text(r.differs_pending);
        return;
    };
    let (Some(p), Some(differs)) = (test.p_value, test.differs) else {
        ui.label(RichText::new(r.too_few_to_test).color(ui.visuals().warn_fg_color))
            .on_hover_text(r.too_few_to_test_tip);
        return;
    };
    let shown = |p: f64| {
        if p < 0.001 {
            "< 0.001".to_owned()
        } else {
            fixed(p, 3)
        }
    };
    let adjusted = test.p_adjusted.map_or_else(|| "–".to_owned(), shown);
    let tip = fill(r.p_adjusted_tip, &[("adjusted", &adjusted)]);
    let p = shown(p);
    if differs {
        ui.label(RichText::new(fill(r.differs, &[("p", &p)])).strong())
            .on_hover_text(tip);
    } else {
        ui.label(fill(r.no_clear_difference, &[("p", &p)]))
            .on_hover_text(tip);
    }
}

/// The comparison as a Better–Worse diagram of the first two segments, A → B, for the rows
/// shown; hovering a point or ring tells the feature's figures in both.
fn diagram(ui: &mut egui::Ui, studio: &mut Studio<'_>, comparison: &Comparison, rows: &[usize]) {
    use crate::figure::comparison::{self as layout, ComparisonWords};
    let t = studio.t;
    let (Some(from), Some(to)) = (comparison.segments.first(), comparison.segments.get(1)) else {
        return;
    };
    if comparison.segments.len() > 2 {
        ui.weak(fill(
            t.results.compare_first_two,
            &[("from", from), ("to", to)],
        ));
    }
    if comparison.features.iter().any(|f| f.test.is_none()) {
        ui.weak(t.results.compare_testing);
    }
    let (shown, left_out) =
        layout::compared_features(studio.project, comparison, |i| rows.contains(&i));
    if shown.is_empty() {
        ui.label(t.results.no_points);
        return;
    }
    let (index, features): (Vec<usize>, Vec<_>) = shown.into_iter().unzip();
    let words = ComparisonWords::new(t, studio.project, comparison, left_out);
    let quadrant_lines = comparison
        .results
        .get(1)
        .map_or((0.5, 0.5), |r| r.quadrant_lines);
    let available = ui.available_size();
    let laid_out = layout::comparison(
        &features,
        quadrant_lines,
        &words,
        crate::figure::Size {
            width: available.x.clamp(300.0, 8000.0),
            height: available.y.clamp(300.0, 4000.0),
        },
        figure_paint::theme_of(ui),
        crate::figure::FigureOptions {
            show_intervals: false,
            min_label_size: 0.0,
        },
        &EguiMeasure { ctx: ui.ctx() },
    );
    let selected = studio
        .view
        .selected_feature
        .and_then(|s| index.iter().position(|&i| i == s));
    let output = figure_paint::show(ui, &laid_out, selected);
    if let Some(h) = output.hovered {
        let tip = layout::tooltip(t, (from, to), &features[h]);
        egui::Tooltip::always_open(
            ui.ctx().clone(),
            ui.layer_id(),
            egui::Id::unique("comparison_diagram_tip"),
            egui::PopupAnchor::Pointer,
        )
        .gap(12.0)
        .show(|ui| ui.label(tip));
    }
    if let Some(clicked) = output.clicked {
        studio.view.selected_feature = Some(index[clicked]);
    }
}
