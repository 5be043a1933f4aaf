//! Category shares: one horizontal bar per feature, split into the shares of A, O, M, I, R and
//! Q in the category colours, feature names on the y axis, first feature at the top. It shows
//! what one category letter hides: how split the audience is.
//!
//! It only reads: it returns what was hovered or clicked and the caller updates the view.

use super::super::theme::{category_color, category_text_color, plot as tokens};
use super::PlotOutput;
use super::data::ShareBar;
use crate::i18n::{Texts, fill};
use crate::kano::Category;
use crate::project::Project;
use eframe::egui::{self, Align2, Stroke};
use egui_plot::{AxisHints, Bar, BarChart, GridMark, Plot, PlotPoint, uniform_grid_spacer};

/// Space per bar, in points, so that names and shares stay readable; more bars scroll.
const ROW_HEIGHT: f32 = 30.0;
/// Names longer than this are shortened on the axis (the tooltip has the whole name).
const AXIS_NAME_CHARS: usize = 40;

/// The y position of the bar at `row` of `count` (the first row at the top).
pub fn bar_position(row: usize, count: usize) -> f64 {
    count.saturating_sub(row + 1) as f64
}

/// The row of the bar at plot height `y`, if `y` falls on a bar.
pub fn row_at(y: f64, count: usize) -> Option<usize> {
    let nearest = y.round();
    if nearest < 0.0 || (y - nearest).abs() > tokens::BAR_WIDTH / 2.0 {
        return None;
    }
    let from_bottom = nearest as usize;
    (from_bottom < count).then(|| count - 1 - from_bottom)
}

/// Shows the bars in the space left in `ui` (scrolling when there are many).
pub fn show_plot(
    ui: &mut egui::Ui,
    t: &Texts,
    project: &Project,
    bars: &[ShareBar],
    selected: Option<usize>,
) -> PlotOutput {
    let count = bars.len();
    let names: Vec<String> = bars
        .iter()
        .map(|b| {
            let name = project
                .features()
                .get(b.feature)
                .map_or("", |f| f.name.as_str());
            shorten(name, AXIS_NAME_CHARS)
        })
        .collect();
    let height = (count as f32 * ROW_HEIGHT + 70.0).max(ui.available_height());
    let mut output = PlotOutput::default();
    egui::ScrollArea::vertical()
        .id_salt("shares_scroll")
        .show(ui, |ui| {
            output = bars_plot(ui, t, project, bars, &names, height, selected);
        });
    output
}

fn bars_plot(
    ui: &mut egui::Ui,
    t: &Texts,
    project: &Project,
    bars: &[ShareBar],
    names: &[String],
    height: f32,
    selected: Option<usize>,
) -> PlotOutput {
    let count = bars.len();
    let separator = ui.visuals().extreme_bg_color;
    let y_axis = AxisHints::new_y()
        .formatter(move |mark: GridMark, _| {
            row_at(mark.value, count)
                .and_then(|row| names.get(row).cloned())
                .unwrap_or_default()
        })
        .label_spacing(egui::Rangef::new(12.0, 16.0))
        .tick_label_font(egui::FontId::proportional(tokens::LABEL_SIZE));
    let plot = Plot::new("shares_plot")
        .height(height)
        .default_x_bounds(0.0, 1.0)
        .default_y_bounds(-0.6, count as f64 - 0.4)
        .custom_y_axes(vec![y_axis])
        .y_grid_spacer(move |input| {
            let (low, high) = input.bounds;
            (low.ceil().max(0.0) as usize..=high.floor().max(0.0) as usize)
                .map(|v| GridMark {
                    value: v as f64,
                    step_size: 1.0,
                })
                .collect()
        })
        // Lines every 10% only: finer grids clutter a projected plot.
        .x_grid_spacer(uniform_grid_spacer(|_| [0.1, 0.5, 1.0]))
        .x_axis_formatter(|mark, _| format!("{:.0}%", mark.value * 100.0))
        .x_axis_label(t.results.axis_share)
        .show_grid([true, false])
        .show_x(false)
        .show_y(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show(ui, |plot_ui| {
            for c in Category::ALL {
                let segments = bars
                    .iter()
                    .enumerate()
                    .map(|(row, bar)| {
                        let (_, start, share) =
                            bar.segments().nth(c.index()).unwrap_or((c, 0.0, 0.0));
                        Bar::new(bar_position(row, count), share)
                            .base_offset(start)
                            .width(tokens::BAR_WIDTH)
                            .fill(category_color(c))
                            .stroke(Stroke::new(1.0, separator))
                    })
                    .collect();
                plot_ui.bar_chart(
                    BarChart::new(c.letter(), segments)
                        .horizontal()
                        .color(category_color(c))
                        .allow_hover(false),
                );
            }
        });

    let transform = plot.transform;
    let painter = ui.painter_at(*transform.frame());
    let font = egui::FontId::proportional(tokens::LABEL_SIZE - 1.0);
    let half = tokens::BAR_WIDTH / 2.0;
    for (row, bar) in bars.iter().enumerate() {
        let y = bar_position(row, count);
        for (c, start, share) in bar.segments() {
            let rect = transform.rect_from_values(
                &PlotPoint::new(start, y - half),
                &PlotPoint::new(start + share, y + half),
            );
            // Only shares with room for their figure get one: the tooltip has them all.
            if rect.width() >= 40.0 && rect.height() >= 14.0 {
                painter.text(
                    rect.center(),
                    Align2::CENTER_CENTER,
                    format!("{:.0}%", share * 100.0),
                    font.clone(),
                    category_text_color(c),
                );
            }
        }
        if selected == Some(bar.feature) {
            let rect = transform.rect_from_values(
                &PlotPoint::new(0.0, y - half),
                &PlotPoint::new(1.0, y + half),
            );
            painter.rect_stroke(
                rect.expand(2.0),
                2.0,
                Stroke::new(tokens::SELECTION_RING_WIDTH, tokens::SELECTION),
                egui::StrokeKind::Outside,
            );
        }
    }

    let mut output = PlotOutput::default();
    let hovered_row = plot.response.hover_pos().and_then(|pointer| {
        let value = transform.value_from_position(pointer);
        row_at(value.y, count).filter(|_| (0.0..=1.0).contains(&value.x))
    });
    if let Some(bar) = hovered_row.and_then(|row| bars.get(row)) {
        egui::Tooltip::for_widget(&plot.response)
            .at_pointer()
            .gap(12.0)
            .show(|ui| describe(ui, t, project, bar));
        output.hovered = Some(bar.feature);
        if plot.response.clicked() {
            output.clicked = Some(bar.feature);
        }
    }
    output
}

/// The tooltip of a bar: the feature, its category, and every share with its count.
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
                    ("share", &format!("{:.0}%", share * 100.0)),
                    ("count", &bar.counts[c]),
                    ("n", &bar.n),
                ],
            ),
        );
    }
}

/// `text` cut to `max` characters, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(max.saturating_sub(1)).collect();
    short.push('…');
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_and_positions_invert_each_other() {
        for count in [1, 3, 14] {
            for row in 0..count {
                let y = bar_position(row, count);
                assert_eq!(row_at(y, count), Some(row));
                assert_eq!(row_at(y + 0.3, count), Some(row));
            }
            // Between bars and beyond the ends there is no bar.
            assert_eq!(row_at(0.5, count), None);
            assert_eq!(row_at(-1.0, count), None);
            assert_eq!(row_at(count as f64, count), None);
        }
        assert_eq!(bar_position(0, 3), 2.0);
    }

    #[test]
    fn long_names_are_shortened_by_characters() {
        assert_eq!(shorten("Wi-Fi", 10), "Wi-Fi");
        assert_eq!(shorten("abcdefghij", 5), "abcd…");
        assert_eq!(shorten("车厢免费无线网络", 4), "车厢免…");
    }
}
