//! The Results tab: the filters, the analysis settings and the results table, one row per
//! feature with its counts (or shares), category, Better/Worse, strengths, Fong's test and
//! importance.
//!
//! The table only reads: sorting, filtering and selecting change the view, and the analysis
//! settings strip asks for edits. Rows are virtualised (only visible rows are laid out), so 200
//! features cost no more per frame than 20.

mod cells;
mod sort;

pub use cells::category_badge;

pub use sort::{click_header, descending_first, sort_value, step_selection, table_rows};

use super::view::{SortKey, Studio};
use super::{analysis_settings, results_filters, segment_comparison};
use crate::i18n::{Texts, fill};
use crate::kano::Category;
use cells::{
    category_strength, confidence, number, percent, significance, sort_arrow, with_interval,
};
use eframe::egui::{self, RichText};
use egui_extras::{Column, TableBuilder};

/// Shows the Results tab.
pub fn show(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    let r = &studio.t.results;
    results_filters::show(ui, studio);
    analysis_settings::show(ui, studio);
    let rows = table_rows(studio.project, studio.results, studio.view);
    if let Some(comparison) = studio.comparison {
        ui.separator();
        if rows.is_empty() {
            ui.label(r.no_features);
        } else {
            segment_comparison::show(ui, studio, comparison, &rows);
        }
        return;
    }
    ui.horizontal(|ui| {
        ui.checkbox(&mut studio.view.show_shares, r.show_shares)
            .on_hover_text(r.show_shares_tip);
        ui.menu_button(r.columns, |ui| column_choice(ui, studio))
            .response
            .on_hover_text(r.columns_tip);
        ui.separator();
        ui.label(fill(
            r.features_shown,
            &[
                ("shown", &rows.len()),
                ("total", &studio.project.features().len()),
            ],
        ));
    });
    ui.separator();
    if rows.is_empty() {
        ui.label(r.no_features);
        return;
    }
    let scroll_to = arrow_keys(ui, studio, &rows);
    egui::ScrollArea::horizontal().show(ui, |ui| table(ui, studio, &rows, scroll_to));
}

/// A check box per column that can be hidden.
fn column_choice(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    let t = studio.t;
    for key in FIGURES {
        let label = match key {
            SortKey::Count(c) => format!("{} {}", c.letter(), t.category(c)),
            _ => title(t, key).to_owned(),
        };
        let mut shown = studio.view.results_table.shows(key);
        if ui.checkbox(&mut shown, label).changed() {
            studio.view.results_table.set_shown(key, shown);
        }
    }
}

/// Up and Down move the selection through the rows while no text field has the keyboard;
/// returns the row to scroll into view when the selection moved.
fn arrow_keys(ui: &egui::Ui, studio: &mut Studio<'_>, rows: &[usize]) -> Option<usize> {
    if ui.memory(|m| m.focused().is_some()) {
        return None;
    }
    let step = ui.input_mut(|i| {
        if i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown) {
            1
        } else if i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowUp) {
            -1
        } else {
            0
        }
    });
    if step == 0 {
        return None;
    }
    let next = step_selection(rows, studio.view.selected_feature, step)?;
    studio.view.selected_feature = Some(next);
    rows.iter().position(|&r| r == next)
}

/// The columns that stay put when the table scrolls sideways: the row number and the feature.
const FIXED: [SortKey; 2] = [SortKey::Project, SortKey::Name];

/// The columns that scroll sideways, left to right. Each column sorts by its own key, so the key
/// names the column. The verdict (category, Better, Worse, n) comes first so that it is in view
/// at 1024 points wide without scrolling; significance, importance, the full distribution and
/// the strengths follow.
pub const FIGURES: [SortKey; 15] = [
    SortKey::Category,
    SortKey::Better,
    SortKey::Worse,
    SortKey::N,
    SortKey::Confidence,
    SortKey::Significance,
    SortKey::Importance,
    SortKey::Count(Category::A),
    SortKey::Count(Category::O),
    SortKey::Count(Category::M),
    SortKey::Count(Category::I),
    SortKey::Count(Category::R),
    SortKey::Count(Category::Q),
    SortKey::TotalStrength,
    SortKey::CategoryStrength,
];

/// A column's title.
pub fn title(t: &Texts, key: SortKey) -> &'static str {
    let (m, r) = (&t.method, &t.results);
    match key {
        SortKey::Project => r.col_number,
        SortKey::Name => r.col_feature,
        SortKey::N => "n",
        SortKey::Count(c) => c.letter(),
        SortKey::Category => m.category,
        SortKey::Better => r.col_better,
        SortKey::Worse => r.col_worse,
        SortKey::CategoryStrength => m.category_strength,
        SortKey::TotalStrength => m.total_strength,
        SortKey::Significance => m.significance,
        SortKey::Importance => m.importance,
        SortKey::Confidence => r.col_confidence,
    }
}

/// The sentence (with the formula) explaining a column.
fn tip(t: &Texts, key: SortKey, shares: bool) -> String {
    let r = &t.results;
    let text = match key {
        SortKey::Project => r.col_number_tip,
        SortKey::Name => r.col_feature_tip,
        SortKey::N => r.col_n_tip,
        SortKey::Count(c) => {
            let template = if shares {
                r.col_share_tip
            } else {
                r.col_count_tip
            };
            return fill(
                template,
                &[
                    ("letter", &c.letter()),
                    ("category", &t.category(c)),
                    ("meaning", &t.category_explained(c)),
                ],
            );
        }
        SortKey::Category => r.col_category_tip,
        SortKey::Better => r.col_better_tip,
        SortKey::Worse => r.col_worse_tip,
        SortKey::CategoryStrength => r.col_category_strength_tip,
        SortKey::TotalStrength => r.col_total_strength_tip,
        SortKey::Significance => r.col_significance_tip,
        SortKey::Importance => r.col_importance_tip,
        SortKey::Confidence => r.col_confidence_tip,
    };
    text.to_owned()
}

/// How a column is sized: text columns start at a useful width and clip; figure columns are as
/// wide as their title (plus the sort arrow) so that right-aligned figures line up.
fn column(ui: &egui::Ui, t: &Texts, key: SortKey) -> Column {
    match key {
        SortKey::Name => Column::initial(200.0).at_least(120.0).clip(true),
        SortKey::Category => Column::initial(136.0).at_least(90.0).clip(true),
        SortKey::Significance => Column::initial(110.0).at_least(80.0).clip(true),
        // Wide enough for the figure and its interval, "-0.60 (-0.70–-0.50)".
        SortKey::Better | SortKey::Worse => {
            let sample = fill(
                t.results.with_interval,
                &[("value", &"-0.00"), ("low", &"-0.00"), ("high", &"-0.00")],
            );
            let width = text_width(ui, &sample).max(text_width(ui, title(t, key)) + 18.0) + 12.0;
            Column::initial(width).at_least(width)
        }
        SortKey::Confidence => Column::initial(120.0).at_least(80.0).clip(true),
        _ => {
            let width = (text_width(ui, title(t, key)) + 30.0).max(44.0);
            Column::initial(width).at_least(width)
        }
    }
}

/// How wide `text` is in the body font.
fn text_width(ui: &egui::Ui, text: &str) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    ui.painter()
        .layout_no_wrap(text.to_owned(), font, egui::Color32::WHITE)
        .size()
        .x
}

/// The table in two halves side by side: the fixed columns, then the figures in a sideways
/// scroll area. Both halves scroll down together: whichever the person scrolled this frame sets
/// the offset both use.
fn table(ui: &mut egui::Ui, studio: &mut Studio<'_>, rows: &[usize], scroll_to: Option<usize>) {
    let offset = studio.view.results_table.scroll_y;
    let figures: Vec<SortKey> = FIGURES
        .into_iter()
        .filter(|&key| studio.view.results_table.shows(key))
        .collect();
    let halves = ui.horizontal_top(|ui| {
        let fixed = ui
            .vertical(|ui| half(ui, studio, rows, &FIXED, (offset, scroll_to)))
            .inner;
        let scrolled = egui::ScrollArea::horizontal()
            .id_salt("results_figures")
            .show(ui, |ui| {
                ui.vertical(|ui| half(ui, studio, rows, &figures, (offset, scroll_to)))
                    .inner
            })
            .inner;
        (fixed, scrolled)
    });
    let (fixed, scrolled) = halves.inner;
    let moved = if (fixed - offset).abs() > 0.5 {
        fixed
    } else {
        scrolled
    };
    if (moved - offset).abs() > 0.5 {
        studio.view.results_table.scroll_y = moved;
        // The other half follows on the next frame.
        ui.ctx().request_repaint();
    }
}

/// One half of the table with the given columns, scrolled down to `offset` (or to the row the
/// arrow keys moved to); returns how far it is scrolled after this frame's input.
fn half(
    ui: &mut egui::Ui,
    studio: &mut Studio<'_>,
    rows: &[usize],
    columns: &[SortKey],
    (offset, scroll_to): (f32, Option<usize>),
) -> f32 {
    let t = studio.t;
    let (project, results) = (studio.project, studio.results);
    let shares = studio.view.show_shares;
    // Labels inside rows must not take the click that selects the row.
    ui.style_mut().interaction.selectable_labels = false;
    let body_height = egui::TextStyle::Body.resolve(ui.style()).size;
    let row_height = body_height + 10.0;
    let mut clicked = None;
    let is_fixed = columns.first() == Some(&SortKey::Project);

    let widths: Vec<Column> = columns.iter().map(|&key| column(ui, t, key)).collect();
    let mut builder = TableBuilder::new(ui)
        .id_salt(("results_table", columns))
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .animate_scrolling(false)
        .vertical_scroll_offset(offset)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    if is_fixed {
        // The figures' half shows the scroll bar; one bar is enough.
        builder =
            builder.scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysHidden);
    }
    for width in widths {
        builder = builder.column(width);
    }
    if let Some(row) = scroll_to {
        builder = builder.scroll_to_row(row, None);
    }
    let output = builder
        .header(row_height + 4.0, |mut header| {
            for &key in columns {
                header.col(|ui| {
                    let active = studio.view.sort == key;
                    let response = ui
                        .add(egui::Button::selectable(
                            active,
                            RichText::new(title(t, key)).strong(),
                        ))
                        .on_hover_text(format!(
                            "{}\n\n{}",
                            tip(t, key, shares),
                            t.results.sort_tip
                        ));
                    if active {
                        sort_arrow(ui, studio.view.sort_descending);
                    }
                    if response.clicked() {
                        click_header(studio.view, key);
                    }
                });
            }
        })
        .body(|body| {
            body.rows(row_height, rows.len(), |mut row| {
                let Some(result) = rows.get(row.index()).and_then(|&i| results.features.get(i))
                else {
                    return;
                };
                let Some(feature) = project.features().get(result.index) else {
                    return;
                };
                let s = &result.stats;
                row.set_selected(studio.view.selected_feature == Some(result.index));
                for &key in columns {
                    row.col(|ui| match key {
                        SortKey::Project => number(ui, (result.index + 1).to_string()),
                        SortKey::Name => {
                            ui.label(&feature.name).on_hover_text(&feature.name);
                        }
                        SortKey::N => number(ui, s.n.to_string()),
                        SortKey::Count(c) => {
                            let text = if shares {
                                percent(s.counts.share(c))
                            } else if s.n == 0 {
                                "–".to_owned()
                            } else {
                                s.counts[c].to_string()
                            };
                            number(ui, text);
                        }
                        SortKey::Category => category_badge(ui, t, s.category),
                        SortKey::Better => with_interval(
                            ui,
                            t,
                            (t.method.better, s.coefficients.map(|c| c.better)),
                            result.better_ci,
                        ),
                        SortKey::Worse => with_interval(
                            ui,
                            t,
                            (t.method.worse, s.coefficients.map(|c| c.worse)),
                            result.worse_ci,
                        ),
                        SortKey::Confidence => confidence(ui, t, result),
                        SortKey::TotalStrength => {
                            number(ui, percent(s.strength.map(|st| st.total)))
                        }
                        SortKey::CategoryStrength => category_strength(ui, t, s.strength),
                        SortKey::Significance => significance(ui, t, s),
                        SortKey::Importance => number(
                            ui,
                            s.importance
                                .map_or_else(|| "–".to_owned(), |i| format!("{:.1}", i.mean)),
                        ),
                    });
                }
                if row.response().clicked() {
                    clicked = Some(result.index);
                }
            });
        });
    if let Some(index) = clicked {
        studio.view.selected_feature = Some(index);
    }
    output.state.unclamped_offset().y
}
