//! The Better–Worse diagram as SVG: x = |Worse| (dissatisfaction when absent), y = Better
//! (satisfaction when present), both 0..1, quadrant lines at 0.5 or at the means as the analysis
//! says, the four quadrant names in the corners, one labelled point per feature coloured by its
//! category and sized by its mean importance. The same picture as the app's Plots tab.

use super::PictureSize;
use super::palette::{INK, MUTED, category_color};
use super::plot_frame::{
    Frame, LabelledPoint, Rect, Scale, Ticks, draw_legend, draw_points, importance_radius,
    importance_size_note, mark_color, tick, two_decimals,
};
use super::svg::{Anchor, Svg, TextStyle, text_width};
use crate::i18n::{Texts, fill};
use crate::kano::Category;
use crate::project::{Project, Results};

/// A little room beyond 0..1 so that points on the edge are not cut in half.
const RANGE: (f64, f64) = (-0.03, 1.03);

/// The diagram for these results.
pub fn svg(t: &Texts, project: &Project, results: &Results, size: PictureSize) -> String {
    let scale = Scale::of(size);
    let (w, h) = (f64::from(size.width), f64::from(size.height));
    let mut svg = Svg::new(w, h, t.report.section_better_worse);
    let frame = Frame {
        area: Rect {
            left: scale.px(92.0),
            top: scale.px(24.0),
            right: w - scale.px(28.0),
            bottom: h - scale.px(118.0),
        },
        x_range: RANGE,
        y_range: RANGE,
    };
    let a = frame.area;
    let (x_line, y_line) = results.quadrant_lines;
    let (qx, qy) = (frame.x(x_line), frame.y(y_line));

    // Each quadrant tinted faintly in its category's colour.
    for (c, left, top, right, bottom) in [
        (Category::A, a.left, a.top, qx, qy),
        (Category::O, qx, a.top, a.right, qy),
        (Category::M, qx, qy, a.right, a.bottom),
        (Category::I, a.left, qy, qx, a.bottom),
    ] {
        svg.rect(
            left,
            top,
            right - left,
            bottom - top,
            category_color(c),
            0.06,
        );
    }
    let ticks = [0.0, 0.25, 0.5, 0.75, 1.0];
    frame.draw_axes(
        &mut svg,
        scale,
        &Ticks {
            x: &ticks,
            y: &ticks,
            format: &tick,
            x_title: t.report.axis_worse,
            y_title: t.report.axis_better,
        },
    );
    svg.line((qx, a.top), (qx, a.bottom), MUTED, 1.5, scale.px(6.0));
    svg.line((a.left, qy), (a.right, qy), MUTED, 1.5, scale.px(6.0));
    let corners = quadrant_names(&mut svg, t, scale, a);

    let points: Vec<LabelledPoint> = results
        .features
        .iter()
        .filter_map(|r| {
            let c = r.stats.coefficients?;
            let feature = project.features().get(r.index)?;
            let category = r.stats.category;
            let tooltip = format!(
                "{} — {} · {} {} · {} {} · n = {}",
                feature.name,
                category.map_or("–", |c| t.method.category(c)),
                t.report.better_short,
                two_decimals(Some(c.better)),
                t.report.worse_short,
                two_decimals(Some(c.worse)),
                r.stats.n
            );
            Some(LabelledPoint {
                id: feature.id.clone(),
                label: feature.name.clone(),
                tooltip,
                center: (frame.x(c.worse.abs()), frame.y(c.better)),
                radius: importance_radius(
                    r.stats.importance.map(|i| i.mean),
                    project.importance_scale(),
                    scale,
                ),
                color: mark_color(category),
            })
        })
        .collect();
    let bounds = Rect {
        left: a.left,
        top: 0.0,
        right: w,
        bottom: a.bottom,
    };
    draw_points(&mut svg, scale, &points, &corners, bounds);

    let shown: Vec<Category> = Category::ALL
        .into_iter()
        .filter(|c| {
            results
                .features
                .iter()
                .any(|r| r.stats.coefficients.is_some() && r.stats.category == Some(*c))
        })
        .collect();
    let caption = fill(
        t.report.quadrant_lines_at,
        &[
            ("x", &crate::i18n::number::fixed(x_line, 2)),
            ("y", &crate::i18n::number::fixed(y_line, 2)),
        ],
    );
    let note = format!(
        "{} · {}",
        importance_size_note(t, project.importance_scale()),
        caption
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

/// Writes the quadrant names (classic, and plain-language under it) in the plot's corners and
/// returns where they are, so that labels keep clear of them.
fn quadrant_names(svg: &mut Svg, t: &Texts, scale: Scale, a: Rect) -> Vec<Rect> {
    let big = TextStyle::new(scale.px(24.0), INK).bold();
    let small = TextStyle::new(scale.px(16.0), INK);
    let pad = scale.px(12.0);
    [
        (Category::A, Anchor::Start, true),
        (Category::O, Anchor::End, true),
        (Category::M, Anchor::End, false),
        (Category::I, Anchor::Start, false),
    ]
    .into_iter()
    .map(|(c, anchor, top)| {
        let color = category_color(c);
        let name = t.method.category(c);
        let plain = t.method.plain_category(c);
        let x = if anchor == Anchor::Start {
            a.left + pad
        } else {
            a.right - pad
        };
        let (name_y, plain_y) = if top {
            (
                a.top + pad + big.size,
                a.top + pad + big.size + small.size * 1.3,
            )
        } else {
            (a.bottom - pad - small.size * 1.5, a.bottom - pad)
        };
        let mut name_style = big.anchored(anchor);
        name_style.color = color;
        let mut plain_style = small.anchored(anchor);
        plain_style.color = color;
        svg.text(x, name_y, name_style, name);
        svg.text(x, plain_y, plain_style, plain);
        let width = text_width(name, big.size).max(text_width(plain, small.size));
        let (left, right) = if anchor == Anchor::Start {
            (x, x + width)
        } else {
            (x - width, x)
        };
        Rect {
            left: left - pad / 2.0,
            top: name_y - big.size - pad / 2.0,
            right: right + pad / 2.0,
            bottom: plain_y + pad / 2.0,
        }
    })
    .collect()
}
