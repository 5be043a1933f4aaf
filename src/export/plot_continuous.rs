//! The continuous-analysis scatter as SVG (DuMouchel, in Berger et al. 1993): x = mean
//! dysfunctional score, y = mean functional score, each with a whisker of one standard deviation
//! either way, zero lines for reference, points sized by importance and coloured by the discrete
//! category for comparison. The axes zoom to the data within the −2..4 scale, as in the app.

use super::PictureSize;
use super::palette::MUTED;
use super::plot_frame::{
    Frame, LabelledPoint, Rect, Scale, Ticks, draw_legend, draw_points, importance_radius,
    importance_size_note, mark_color, tick, two_decimals,
};
use super::svg::Svg;
use crate::i18n::Texts;
use crate::kano::Category;
use crate::project::{Project, Results};

/// The score scale of both questions.
const SCALE: (f64, f64) = (-2.0, 4.0);

/// The range an axis of the continuous-analysis scatter shows, in the app and in exports alike:
/// the means and their whiskers, within the scale, zero (a neutral answer) included as the
/// reference, with a margin, and never narrower than one score point (a single feature would
/// otherwise fill the plot).
pub fn axis_range(values: impl Iterator<Item = (f64, Option<f64>)>) -> (f64, f64) {
    let (mut low, mut high) = (f64::INFINITY, f64::NEG_INFINITY);
    for (mean, sd) in values {
        let sd = sd.unwrap_or(0.0);
        low = low.min(mean - sd);
        high = high.max(mean + sd);
    }
    if !low.is_finite() || !high.is_finite() {
        return SCALE;
    }
    let (mut low, mut high) = (low.max(SCALE.0).min(0.0), high.min(SCALE.1).max(0.0));
    if high - low < 1.0 {
        let middle = (low + high) / 2.0;
        (low, high) = (middle - 0.5, middle + 0.5);
    }
    let margin = (high - low) * 0.06;
    (low - margin, high + margin)
}

/// Whole-number ticks within a range.
fn integer_ticks(range: (f64, f64)) -> Vec<f64> {
    let (low, high) = (range.0.ceil() as i32, range.1.floor() as i32);
    (low..=high).map(f64::from).collect()
}

/// The scatter for these results.
pub fn svg(t: &Texts, project: &Project, results: &Results, size: PictureSize) -> String {
    let scale = Scale::of(size);
    let (w, h) = (f64::from(size.width), f64::from(size.height));
    let mut svg = Svg::new(w, h, t.report.section_continuous);
    let data: Vec<_> = results
        .features
        .iter()
        .filter_map(|r| Some((r, r.stats.continuous?, project.features().get(r.index)?)))
        .collect();
    let x_range = axis_range(
        data.iter()
            .map(|(_, c, _)| (c.dysfunctional.mean, c.dysfunctional.sd)),
    );
    let y_range = axis_range(
        data.iter()
            .map(|(_, c, _)| (c.functional.mean, c.functional.sd)),
    );
    let frame = Frame {
        area: Rect {
            left: scale.px(92.0),
            top: scale.px(24.0),
            right: w - scale.px(28.0),
            bottom: h - scale.px(118.0),
        },
        x_range,
        y_range,
    };
    let a = frame.area;
    let (x_ticks, y_ticks) = (integer_ticks(x_range), integer_ticks(y_range));
    frame.draw_axes(
        &mut svg,
        scale,
        &Ticks {
            x: &x_ticks,
            y: &y_ticks,
            format: &tick,
            x_title: t.report.axis_dysfunctional,
            y_title: t.report.axis_functional,
        },
    );
    svg.line(
        (frame.x(0.0), a.top),
        (frame.x(0.0), a.bottom),
        MUTED,
        1.5,
        0.0,
    );
    svg.line(
        (a.left, frame.y(0.0)),
        (a.right, frame.y(0.0)),
        MUTED,
        1.5,
        0.0,
    );

    svg.open_group("class=\"whiskers\"");
    for (r, c, _) in &data {
        let color = mark_color(r.stats.category);
        let (x, y) = (c.dysfunctional.mean, c.functional.mean);
        let clamp_x = |v: f64| frame.x(v.clamp(x_range.0, x_range.1));
        let clamp_y = |v: f64| frame.y(v.clamp(y_range.0, y_range.1));
        if let Some(sd) = c.dysfunctional.sd {
            svg.faint_line(
                (clamp_x(x - sd), frame.y(y)),
                (clamp_x(x + sd), frame.y(y)),
                color,
                2.5,
            );
        }
        if let Some(sd) = c.functional.sd {
            svg.faint_line(
                (frame.x(x), clamp_y(y - sd)),
                (frame.x(x), clamp_y(y + sd)),
                color,
                2.5,
            );
        }
    }
    svg.close_group();

    let points: Vec<LabelledPoint> = data
        .iter()
        .map(|(r, c, feature)| {
            let tooltip = format!(
                "{} — {} · {} {} (sd {}) · {} {} (sd {})",
                feature.name,
                r.stats.category.map_or("–", |c| t.category(c)),
                t.method.functional,
                two_decimals(Some(c.functional.mean)),
                two_decimals(c.functional.sd),
                t.method.dysfunctional,
                two_decimals(Some(c.dysfunctional.mean)),
                two_decimals(c.dysfunctional.sd),
            );
            LabelledPoint {
                id: feature.id.clone(),
                label: feature.name.clone(),
                tooltip,
                center: (frame.x(c.dysfunctional.mean), frame.y(c.functional.mean)),
                radius: importance_radius(
                    r.stats.importance.map(|i| i.mean),
                    project.importance_scale(),
                    size,
                ),
                color: mark_color(r.stats.category),
            }
        })
        .collect();
    let bounds = Rect {
        left: a.left,
        top: 0.0,
        right: w,
        bottom: a.bottom,
    };
    draw_points(&mut svg, size, &points, &[], bounds);

    let shown: Vec<Category> = Category::ALL
        .into_iter()
        .filter(|c| data.iter().any(|(r, _, _)| r.stats.category == Some(*c)))
        .collect();
    let note = format!(
        "{} · {}",
        importance_size_note(t, project.importance_scale()),
        t.report.whiskers_are_sd
    );
    draw_legend(
        &mut svg,
        t,
        scale,
        (a.left, h - scale.px(40.0)),
        w - scale.px(16.0),
        &shown,
        Some(&note),
    );
    svg.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axis_covers_means_and_whiskers_within_the_scale() {
        let (low, high) = axis_range([(1.0, Some(0.5)), (3.0, Some(2.0))].into_iter());
        assert!(low < 0.0 && low > -0.5, "{low}");
        assert!(high > 4.0 && high < 4.5, "{high}");
        assert_eq!(integer_ticks((-0.3, 2.2)), [0.0, 1.0, 2.0]);
    }

    #[test]
    fn an_empty_or_single_feature_axis_is_still_readable() {
        assert_eq!(axis_range(std::iter::empty()), SCALE);
        let (low, high) = axis_range([(0.2, None)].into_iter());
        assert!(high - low >= 1.0);
        assert!(low <= 0.0 && high >= 0.2);
    }
}
