//! The report as one self-contained HTML file: inline CSS, plots as inline SVG, no scripts, no
//! external resources (it opens offline, mails as one attachment and prints on A4).
//!
//! Sections: what the results say (a plain-language reading per category), method and sample,
//! the Better–Worse diagram, the category shares, the moments-of-truth map and the results table.
//! No date is written, so the same project gives the same file.

use super::palette::{INK, Rgb, category_color};
use super::reading::{
    ReadingGroup, better_with_interval, method_settings, not_settled, reading, segment_sizes,
    worse_with_interval,
};
use super::svg::{escape, font_family_for};
use super::table::{Column, Row, rows};
use super::{PictureSize, Plot, ReportOptions, plot_svg, segment_label};
use crate::i18n::{Lang, Texts, fill};
use crate::kano::Category;
use crate::project::{Project, SegmentFilter};
use crate::results::Results;
use std::fmt::Write as _;

/// The size the report draws its plots at: a little narrower than the page, so that text in the
/// plots, scaled to the page's width, reads at about the size of the text around it on screen
/// and stays legible on A4.
pub(crate) const REPORT_PLOT: PictureSize = PictureSize {
    width: 900,
    height: 620,
};

const STYLE: &str = include_str!("report.css");

/// The whole report as an HTML document.
pub fn report_html(project: &Project, options: &ReportOptions) -> String {
    let t = options.texts();
    let r = &t.report;
    let results = options.results(project);
    let rows = rows(project, &results);
    let title = report_title(project, t);
    let mut out = String::with_capacity(256 * 1024);
    let lang = match options.lang {
        Lang::En => "en",
        Lang::Zh => "zh-CN",
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Kanoscope {version}\">\n\
         <title>{title} · {kind}</title>\n<style>\n:root {{ --font: {font}; }}\n{STYLE}</style>\n\
         </head>\n<body>\n<header>\n<p class=\"kind\">{kind}</p>\n<h1>{title}</h1>\n\
         <p class=\"meta\">{meta}</p>\n</header>\n",
        version = env!("CARGO_PKG_VERSION"),
        title = escape(&title),
        kind = escape(r.report_kind),
        font = font_family_for(options.lang),
        meta = escape(&format!(
            "{} · {} {} · {} {}",
            segment_label(t, &options.segment),
            r.respondents,
            results.respondents,
            r.features,
            project.features().len()
        )),
    );
    let sections = [
        ("reading", r.section_reading),
        ("method", r.section_method),
        ("better-worse", r.section_better_worse),
        ("categories", r.section_categories),
        ("journey", r.section_journey),
        ("table", r.section_table),
    ];
    let _ = write!(out, "<nav>\n<h2>{}</h2>\n<ol>\n", escape(r.contents));
    for (id, name) in sections {
        let _ = writeln!(out, "<li><a href=\"#{id}\">{}</a></li>", escape(name));
    }
    out.push_str("</ol>\n</nav>\n");

    section_reading(&mut out, t, &rows);
    section_method(&mut out, t, project, options, &results);
    let figure = |out: &mut String, id: &str, name: &str, plot: Plot, caption: &str| {
        let _ = write!(
            out,
            "<section id=\"{id}\">\n<h2>{}</h2>\n<figure>\n{}<figcaption>{}</figcaption>\n\
             </figure>\n</section>\n",
            escape(name),
            plot_svg(project, options, plot, REPORT_PLOT),
            escape(caption)
        );
    };
    let bw_caption = super::reading::better_worse_caption(t, &results);
    figure(
        &mut out,
        "better-worse",
        r.section_better_worse,
        Plot::BetterWorse,
        &bw_caption,
    );
    figure(
        &mut out,
        "categories",
        r.section_categories,
        Plot::Categories,
        r.figure_categories,
    );
    super::journey_html::section_journey(&mut out, t, project, &rows);
    section_table(&mut out, t, &rows);
    let _ = write!(
        out,
        "<footer>{}</footer>\n</body>\n</html>\n",
        escape(&fill(
            r.made_with,
            &[("version", &env!("CARGO_PKG_VERSION"))]
        ))
    );
    out
}

/// The project's title, or "Untitled project".
pub(crate) fn report_title(project: &Project, t: &Texts) -> String {
    if project.title().trim().is_empty() {
        t.report.untitled.to_owned()
    } else {
        project.title().to_owned()
    }
}

/// A category chip: the letter on the category's colour.
pub(super) fn chip(category: Category) -> String {
    let color = category_color(category);
    let ink = if color.prefers_dark_text() {
        INK
    } else {
        Rgb(255, 255, 255)
    };
    format!(
        "<span class=\"chip\" style=\"background:{};color:{}\">{}</span>",
        color.hex(),
        ink.hex(),
        category.letter()
    )
}

fn section_reading(out: &mut String, t: &Texts, rows: &[Row<'_>]) {
    let r = &t.report;
    let _ = write!(
        out,
        "<section id=\"reading\">\n<h2>{}</h2>\n<p>{} {}</p>\n",
        escape(r.section_reading),
        escape(r.reading_intro),
        escape(t.uncertainty.intervals_note)
    );
    let reading = reading(t, rows);
    for group in &reading.groups {
        reading_group(out, group);
    }
    if !reading.unanswered.is_empty() {
        let names: Vec<String> = reading.unanswered.iter().map(|n| escape(n)).collect();
        let _ = writeln!(
            out,
            "<p class=\"unanswered\"><strong>{}:</strong> {}</p>",
            escape(r.not_answered),
            names.join(", ")
        );
    }
    out.push_str("</section>\n");
}

fn reading_group(out: &mut String, group: &ReadingGroup) {
    let c = group.category;
    let _ = write!(
        out,
        "<div class=\"group\" style=\"border-color:{}\">\n<h3>{} {} <small>{}</small></h3>\n\
         <p class=\"advice\">{}</p>\n<ul>\n",
        category_color(c).hex(),
        chip(c),
        escape(group.name),
        escape(&group.plain),
        escape(group.advice)
    );
    for line in &group.lines {
        let _ = write!(out, "<li><strong>{}</strong>", escape(&line.name));
        if !line.touchpoint.is_empty() {
            let _ = write!(
                out,
                " <span class=\"tp\">{}</span>",
                escape(&line.touchpoint)
            );
        }
        let _ = write!(out, " <span class=\"fig\">{}</span>", escape(&line.figures));
        if let Some(mixed) = &line.mixed {
            let _ = write!(out, " <span class=\"mixed\">{}</span>", escape(mixed));
        }
        if let Some(not_settled) = &line.not_settled {
            let _ = write!(out, " <span class=\"mixed\">{}</span>", escape(not_settled));
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n</div>\n");
}

fn section_method(
    out: &mut String,
    t: &Texts,
    project: &Project,
    options: &ReportOptions,
    results: &Results,
) {
    let r = &t.report;
    let _ = write!(
        out,
        "<section id=\"method\">\n<h2>{}</h2>\n<p>{}</p>\n<div class=\"two\">\n\
         <table class=\"settings\">\n<thead><tr><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        escape(r.section_method),
        escape(r.method_intro),
        escape(r.setting),
        escape(r.value)
    );
    let settings = method_settings(t, project, options, results);
    for (key, value) in settings {
        let _ = writeln!(
            out,
            "<tr><th>{}</th><td>{}</td></tr>",
            escape(key),
            escape(&value)
        );
    }
    let _ = write!(
        out,
        "</tbody>\n</table>\n<table class=\"sample\">\n<caption>{}</caption>\n\
         <thead><tr><th>{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>\n",
        escape(r.sample_heading),
        escape(r.segment),
        escape(r.respondents)
    );
    for (segment, size) in segment_sizes(project) {
        let name = if segment.is_empty() {
            r.no_segment
        } else {
            segment
        };
        let shown = options.segment == SegmentFilter::Only(segment.to_owned());
        let marker = if shown {
            format!(" <span class=\"shown\">{}</span>", escape(r.in_this_report))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<tr><td>{}{marker}</td><td class=\"num\">{size}</td></tr>",
            escape(name)
        );
    }
    let marker = if options.segment == SegmentFilter::All {
        format!(" <span class=\"shown\">{}</span>", escape(r.in_this_report))
    } else {
        String::new()
    };
    let _ = write!(
        out,
        "</tbody>\n<tfoot><tr><th>{}{marker}</th><th class=\"num\">{}</th></tr></tfoot>\n</table>\n\
         </div>\n</section>\n",
        escape(r.total),
        project.respondents().len()
    );
}

/// The results table: the figures people compare, one row per feature. The full set of figures
/// is in the CSV and spreadsheet exports.
fn section_table(out: &mut String, t: &Texts, rows: &[Row<'_>]) {
    let r = &t.report;
    let _ = write!(
        out,
        "<section id=\"table\">\n<h2>{}</h2>\n<div class=\"wide\">\n<table class=\"results\">\n<thead><tr>",
        escape(r.section_table)
    );
    let mut headings = vec![Column::Name.heading(t), Column::N.heading(t)];
    // A no-break space keeps "A %" on one line in a narrow column.
    headings.extend(
        Category::ALL
            .iter()
            .map(|c| format!("{}\u{a0}%", c.letter())),
    );
    headings.extend(
        [
            Column::CategoryName,
            Column::Better,
            Column::Worse,
            Column::CategoryStrength,
            Column::TotalStrength,
            Column::Significant,
            Column::ImportanceMean,
        ]
        .map(|c| c.heading(t)),
    );
    for (k, h) in headings.iter().enumerate() {
        let class = if k == 0 { "" } else { " class=\"num\"" };
        let _ = write!(out, "<th{class}>{}</th>", escape(h));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    let percent =
        |x: Option<f64>| x.map_or_else(|| "–".to_owned(), |v| format!("{:.0}", v * 100.0));
    for row in rows {
        let s = row.stats;
        let _ = write!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td>",
            escape(&row.feature.name),
            s.n
        );
        for c in Category::ALL {
            let _ = write!(out, "<td class=\"num\">{}</td>", percent(s.counts.share(c)));
        }
        let category = s.category.map_or_else(
            || "–".to_owned(),
            |c| match not_settled(t, &row.uncertainty) {
                Some(note) => format!(
                    "{} {} <span class=\"mixed\">{}</span>",
                    chip(c),
                    escape(t.category(c)),
                    escape(&note)
                ),
                None => format!("{} {}", chip(c), escape(t.category(c))),
            },
        );
        let fong = match s.fong {
            Some(f) if f.significant => escape(t.method.significant),
            Some(_) => format!("<span class=\"mixed\">{}</span>", escape(t.method.mixed)),
            None => "–".into(),
        };
        let _ = writeln!(
            out,
            "<td class=\"cat-cell\">{category}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{fong}</td>\
             <td class=\"num\">{}</td></tr>",
            escape(&better_with_interval(s, &row.uncertainty)),
            escape(&worse_with_interval(s, &row.uncertainty)),
            super::reading::percent(s.strength.map(|st| st.category)),
            super::reading::percent(s.strength.map(|st| st.total)),
            s.importance
                .map_or_else(|| "–".to_owned(), |i| format!("{:.1}", i.mean)),
        );
    }
    out.push_str("</tbody>\n</table>\n</div>\n</section>\n");
}
