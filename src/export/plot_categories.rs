//! The category shares as SVG: one stacked bar per feature (A, O, M, I, R, Q shares of the
//! respondents who answered both questions), features in journey order under their touchpoint,
//! the category letter and n at the right, a legend on top. One letter hides a split audience;
//! this chart shows it.

use super::PictureSize;
use super::palette::{GRID, INK, MUTED, category_color};
use super::plot_frame::{Legend, Scale};
use super::svg::{Anchor, Svg, TextStyle, escape, text_width, truncate};
use crate::i18n::Texts;
use crate::kano::Category;
use crate::project::{Project, Results};

enum Line<'a> {
    Touchpoint(&'a str),
    Feature(usize),
}

/// The chart for these results. It is `size.width` wide and at least `size.height` tall: taller
/// when the features would not fit at a readable bar height.
pub fn svg(t: &Texts, project: &Project, results: &Results, size: PictureSize) -> String {
    let scale = Scale::of(size);
    let w = f64::from(size.width);
    let mut lines = Vec::new();
    let mut touchpoint: Option<&str> = None;
    for (k, r) in results.features.iter().enumerate() {
        let Some(feature) = project.features().get(r.index) else {
            continue;
        };
        let tp = feature.touchpoint.as_str();
        if !tp.is_empty() && touchpoint != Some(tp) {
            lines.push(Line::Touchpoint(tp));
        }
        touchpoint = Some(tp);
        lines.push(Line::Feature(k));
    }

    let bottom_margin = scale.px(56.0);
    let mixed_note = format!("≈ {}", t.method.mixed);
    let legend = Legend::layout(
        t,
        scale,
        (scale.px(16.0), scale.px(34.0)),
        w - scale.px(16.0),
        &Category::ALL,
        Some(&mixed_note),
    );
    let top = legend.rect.bottom + scale.px(26.0);
    let lines_count = lines.len().max(1) as f64;
    let fitted = (f64::from(size.height) - top - bottom_margin) / lines_count;
    let row = fitted.clamp(scale.px(22.0), scale.px(52.0));
    let h = (top + row * lines_count + bottom_margin).max(f64::from(size.height));

    let label_size = (row * 0.5).clamp(scale.px(12.0), scale.px(16.0));
    let label_style = TextStyle::new(label_size, INK).anchored(Anchor::End);
    let names: Vec<String> = results
        .features
        .iter()
        .map(|r| {
            let name = project
                .features()
                .get(r.index)
                .map_or("", |f| f.name.as_str());
            truncate(name, label_size, w * 0.3)
        })
        .collect();
    let label_width = names
        .iter()
        .map(|n| text_width(n, label_size))
        .fold(scale.px(80.0), f64::max);
    let bar_left = scale.px(16.0) + label_width + scale.px(12.0);
    let bar_right = w - scale.px(150.0);
    let bar_width = (bar_right - bar_left).max(10.0);

    let mut svg = Svg::new(w, h, t.report.section_categories);
    legend.draw(&mut svg, t);
    let chart_bottom = top + row * lines_count;
    for k in 0..=4 {
        let x = bar_left + bar_width * f64::from(k) / 4.0;
        svg.line((x, top), (x, chart_bottom), GRID, 1.0, 0.0);
        svg.text(
            x,
            chart_bottom + scale.px(22.0),
            TextStyle::new(scale.px(14.0), MUTED).anchored(Anchor::Middle),
            &format!("{}%", k * 25),
        );
    }
    svg.text(
        (bar_left + bar_right) / 2.0,
        chart_bottom + scale.px(46.0),
        TextStyle::new(scale.px(16.0), INK).anchored(Anchor::Middle),
        t.report.axis_share,
    );

    for (i, line) in lines.iter().enumerate() {
        let y = top + row * i as f64;
        let middle = y + row / 2.0;
        match *line {
            Line::Touchpoint(name) => {
                svg.text(
                    scale.px(16.0),
                    middle + label_size * 0.35,
                    TextStyle::new(label_size, MUTED).bold(),
                    name,
                );
            }
            Line::Feature(k) => {
                let r = &results.features[k];
                let s = &r.stats;
                let id = project
                    .features()
                    .get(r.index)
                    .map_or("", |f| f.id.as_str());
                svg.open_group(&format!("class=\"bar\" data-id=\"{}\"", escape(id)));
                svg.tooltip(&share_summary(&names[k], s));
                svg.text(
                    bar_left - scale.px(10.0),
                    middle + label_size * 0.35,
                    label_style,
                    &names[k],
                );
                if s.n == 0 {
                    svg.text(
                        bar_left,
                        middle + label_size * 0.35,
                        TextStyle::new(label_size, MUTED),
                        t.report.not_answered,
                    );
                    svg.close_group();
                    continue;
                }
                let thickness = row * 0.7;
                let mut x = bar_left;
                for c in Category::ALL {
                    let share = s.counts.share(c).unwrap_or(0.0);
                    let width = share * bar_width;
                    if width <= 0.0 {
                        continue;
                    }
                    let color = category_color(c);
                    svg.rect(x, middle - thickness / 2.0, width, thickness, color, 1.0);
                    let text = format!("{:.0}%", share * 100.0);
                    let text_size = (thickness * 0.55).min(scale.px(14.0));
                    if text_width(&text, text_size) + scale.px(6.0) < width {
                        let ink = if color.prefers_dark_text() {
                            INK
                        } else {
                            super::palette::Rgb(255, 255, 255)
                        };
                        svg.text(
                            x + width / 2.0,
                            middle + text_size * 0.35,
                            TextStyle::new(text_size, ink).anchored(Anchor::Middle),
                            &text,
                        );
                    }
                    x += width;
                }
                let mut verdict_style = TextStyle::new(label_size, INK).bold();
                if let Some(c) = s.category {
                    verdict_style.color = category_color(c);
                }
                let mut verdict = s.category.map_or("–", Category::letter).to_owned();
                if s.is_mixed() {
                    verdict.push_str(" ≈");
                }
                svg.text(
                    bar_right + scale.px(12.0),
                    middle + label_size * 0.35,
                    verdict_style,
                    &verdict,
                );
                svg.text(
                    bar_right + scale.px(48.0),
                    middle + label_size * 0.35,
                    TextStyle::new(label_size, MUTED),
                    &format!("n = {}", s.n),
                );
                svg.close_group();
            }
        }
    }
    svg.finish()
}

/// "Name — A 12% · O 30% · …" for a bar's tooltip.
fn share_summary(name: &str, s: &crate::kano::FeatureStats) -> String {
    let shares: Vec<String> = Category::ALL
        .into_iter()
        .map(|c| {
            format!(
                "{} {:.0}%",
                c.letter(),
                s.counts.share(c).unwrap_or(0.0) * 100.0
            )
        })
        .collect();
    format!("{name} — {} · n = {}", shares.join(" · "), s.n)
}
