//! The moments-of-truth map of the HTML report: the touchpoints as columns in journey order,
//! each feature a card in its category's colour with small Better and |Worse| bars and a
//! "mixed" marker when the audience is split. Plain HTML and CSS (no SVG), so that the cards
//! wrap their text and the map reflows on a narrow page or on paper.

use super::palette::{NO_CATEGORY, category_color};
use super::reading::mixed_with;
use super::report_html::chip;
use super::svg::escape;
use super::table::Row;
use crate::i18n::Texts;
use crate::project::Project;
use std::fmt::Write as _;

/// The moments-of-truth map: touchpoints as columns in journey order, each feature a card in
/// its category's colour with small Better and |Worse| bars and a "mixed" marker.
pub(super) fn section_journey(out: &mut String, t: &Texts, project: &Project, rows: &[Row<'_>]) {
    let r = &t.report;
    let _ = write!(
        out,
        "<section id=\"journey\">\n<h2>{}</h2>\n<p class=\"caption\">{}</p>\n<div class=\"journey\">\n",
        escape(r.section_journey),
        escape(r.figure_journey)
    );
    let stages = super::table::stages(project, rows, t.features.no_touchpoint);
    for (k, (name, cards)) in stages.iter().enumerate() {
        let _ = write!(
            out,
            "<div class=\"stage\">\n<h3><span class=\"step\">{}</span> {}</h3>\n",
            k + 1,
            escape(name)
        );
        for row in cards {
            journey_card(out, t, row);
        }
        out.push_str("</div>\n");
    }
    out.push_str("</div>\n</section>\n");
}

fn journey_card(out: &mut String, t: &Texts, row: &Row<'_>) {
    let s = row.stats;
    let color = s.category.map_or(NO_CATEGORY, category_color);
    let _ = write!(
        out,
        "<div class=\"card\" style=\"border-left-color:{}\">\n<div class=\"card-head\">",
        color.hex()
    );
    match s.category {
        Some(c) => {
            let _ = write!(
                out,
                "{} <span class=\"cat\">{}</span>",
                chip(c),
                escape(t.category(c))
            );
        }
        None => {
            let _ = write!(
                out,
                "<span class=\"cat\">{}</span>",
                escape(t.report.not_answered)
            );
        }
    }
    if let Some(other) = mixed_with(row) {
        let _ = write!(
            out,
            " <span class=\"mixed\" title=\"{}\">{} · {}</span>",
            escape(t.method.mixed_tooltip),
            escape(t.method.mixed),
            other.letter()
        );
    }
    let _ = write!(
        out,
        "</div>\n<p class=\"name\">{}</p>\n",
        escape(&row.feature.name)
    );
    if let Some(c) = s.coefficients {
        for (label, value, class) in [
            (t.report.better_short, c.better, "better"),
            ("|Worse|", c.worse.abs(), "worse"),
        ] {
            let _ = writeln!(
                out,
                "<div class=\"meter {class}\"><span class=\"lbl\">{}</span><span class=\"track\">\
                 <span class=\"fill\" style=\"width:{:.0}%\"></span></span><span class=\"val\">{:.2}</span></div>",
                escape(label),
                value * 100.0,
                value
            );
        }
    }
    out.push_str("</div>\n");
}
