//! The report as Markdown (GitHub-flavoured tables), for wikis, pull requests and note apps.
//! The plots are separate SVG files written beside it and linked by relative path: the caller
//! writes [`MarkdownReport::files`] into the report's folder. The same sections as the HTML
//! report, and likewise no date.

use super::reading::{
    better_with_interval, method_settings, mixed_with, not_settled, reading, segment_sizes,
    worse_with_interval,
};
use super::report_html::{REPORT_PLOT, report_title};
use super::table::{Column, Row, rows};
use super::{Plot, ReportOptions, plot_svg, segment_label};
use crate::i18n::{Texts, fill};
use crate::kano::Category;
use crate::project::{Project, SegmentFilter};
use std::fmt::Write as _;

/// A file that goes beside the Markdown report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportFile {
    /// Its file name (no folder), as the report links it.
    pub name: String,
    /// Its contents (SVG).
    pub contents: String,
}

/// The Markdown report and the plot files it links to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkdownReport {
    /// The Markdown text.
    pub text: String,
    /// The plots, to be written in the same folder as the report.
    pub files: Vec<ReportFile>,
}

/// Escapes text for Markdown inline content and table cells.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' => {
                out.push('\\');
                out.push(ch);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The report. Plot files are named after `file_stem` (the report's file name without its
/// extension): `<stem>-better-worse.svg`, `<stem>-categories.svg`.
pub fn report_markdown(
    project: &Project,
    options: &ReportOptions,
    file_stem: &str,
) -> MarkdownReport {
    let t = options.texts();
    let r = &t.report;
    let results = options.results(project);
    let rows = rows(project, &results);
    let md = escape_markdown;
    let mut out = String::with_capacity(32 * 1024);
    let _ = write!(
        out,
        "# {}\n\n*{}* — {} · {} {} · {} {}\n\n",
        md(&report_title(project, t)),
        md(r.report_kind),
        md(&segment_label(t, &options.segment)),
        md(r.respondents),
        results.respondents,
        md(r.features),
        project.features().len()
    );

    // What the results say.
    let _ = write!(
        out,
        "## {}\n\n{} {}\n\n",
        md(r.section_reading),
        md(r.reading_intro),
        md(t.uncertainty.intervals_note)
    );
    let reading = reading(t, &rows);
    for group in &reading.groups {
        let name = format!("{} {}", group.category.letter(), md(group.name));
        let detail = md(&group.plain);
        let heading = fill(r.with_detail, &[("setting", &name), ("detail", &detail)]);
        let _ = write!(out, "### {heading}\n\n{}\n\n", md(group.advice));
        for line in &group.lines {
            let name = format!("**{}**", md(&line.name));
            let entry = if line.touchpoint.is_empty() {
                name
            } else {
                let tp = md(&line.touchpoint);
                fill(r.with_detail, &[("setting", &name), ("detail", &tp)])
            };
            let _ = write!(out, "- {entry} — {}", md(&line.figures));
            if let Some(mixed) = &line.mixed {
                let _ = write!(out, " · *{}*", md(mixed));
            }
            if let Some(not_settled) = &line.not_settled {
                let _ = write!(out, " · *{}*", md(not_settled));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    if !reading.unanswered.is_empty() {
        let names: Vec<String> = reading.unanswered.iter().map(|n| md(n)).collect();
        let _ = write!(out, "**{}:** {}\n\n", md(r.not_answered), names.join(", "));
    }

    method_section(&mut out, t, project, options, &results);

    // The plots, as files beside the report.
    let mut files = Vec::new();
    let bw_caption = super::reading::better_worse_caption(t, &results);
    for (plot, heading, caption) in [
        (
            Plot::BetterWorse,
            r.section_better_worse,
            bw_caption.as_str(),
        ),
        (Plot::Categories, r.section_categories, r.figure_categories),
    ] {
        let name = format!("{file_stem}-{}.svg", plot.token());
        let _ = write!(
            out,
            "## {}\n\n![{}](<{}>)\n\n{}\n\n",
            md(heading),
            md(heading),
            name.replace('>', "%3E"),
            md(caption)
        );
        files.push(ReportFile {
            name,
            contents: plot_svg(project, options, plot, REPORT_PLOT),
        });
    }

    journey_section(&mut out, t, project, &rows);
    table_section(&mut out, t, &rows);
    let _ = writeln!(
        out,
        "---\n\n*{}*",
        md(&fill(
            r.made_with,
            &[("version", &env!("CARGO_PKG_VERSION"))]
        ))
    );
    MarkdownReport { text: out, files }
}

fn table_row(cells: impl IntoIterator<Item = String>) -> String {
    let cells: Vec<String> = cells.into_iter().collect();
    format!("| {} |\n", cells.join(" | "))
}

fn method_section(
    out: &mut String,
    t: &Texts,
    project: &Project,
    options: &ReportOptions,
    results: &crate::results::Results,
) {
    let r = &t.report;
    let md = escape_markdown;
    let _ = write!(
        out,
        "## {}\n\n{}\n\n",
        md(r.section_method),
        md(r.method_intro)
    );
    out.push_str(&table_row([md(r.setting), md(r.value)]));
    out.push_str("| --- | --- |\n");
    for (key, value) in method_settings(t, project, options, results) {
        out.push_str(&table_row([md(key), md(&value)]));
    }
    let _ = write!(out, "\n**{}**\n\n", md(r.sample_heading));
    out.push_str(&table_row([md(r.segment), md(r.respondents)]));
    out.push_str("| --- | ---: |\n");
    for (segment, size) in segment_sizes(project) {
        let name = if segment.is_empty() {
            r.no_segment
        } else {
            segment
        };
        let mut cell = md(name);
        if options.segment == SegmentFilter::Only(segment.to_owned()) {
            cell = fill(
                r.with_detail,
                &[("setting", &cell), ("detail", &md(r.in_this_report))],
            );
        }
        out.push_str(&table_row([cell, size.to_string()]));
    }
    let mut total = format!("**{}**", md(r.total));
    if options.segment == SegmentFilter::All {
        total = fill(
            r.with_detail,
            &[("setting", &total), ("detail", &md(r.in_this_report))],
        );
    }
    out.push_str(&table_row([
        total,
        format!("**{}**", project.respondents().len()),
    ]));
    out.push('\n');
}

/// The moments-of-truth map as a table: one column per touchpoint in journey order, the k-th
/// feature of each touchpoint in row k.
fn journey_section(out: &mut String, t: &Texts, project: &Project, rows: &[Row<'_>]) {
    let r = &t.report;
    let md = escape_markdown;
    let _ = write!(
        out,
        "## {}\n\n{}\n\n",
        md(r.section_journey),
        md(r.figure_journey)
    );
    let stages = super::table::stages(project, rows, t.features.no_touchpoint);
    if stages.is_empty() {
        return;
    }
    out.push_str(&table_row(
        stages
            .iter()
            .enumerate()
            .map(|(k, (name, _))| format!("{}. {}", k + 1, md(name))),
    ));
    out.push_str(&table_row(stages.iter().map(|_| "---".to_owned())));
    let depth = stages
        .iter()
        .map(|(_, cards)| cards.len())
        .max()
        .unwrap_or(0);
    for k in 0..depth {
        out.push_str(&table_row(stages.iter().map(|(_, cards)| {
            cards.get(k).map_or_else(String::new, |row| card(t, row))
        })));
    }
    out.push('\n');
}

fn card(t: &Texts, row: &Row<'_>) -> String {
    let md = escape_markdown;
    let s = row.stats;
    let mut text = match s.category {
        Some(c) => format!("**{}** {}", c.letter(), md(&row.feature.name)),
        None => format!("– {}", md(&row.feature.name)),
    };
    if let Some(c) = s.coefficients {
        let _ = write!(
            text,
            " ({} / {})",
            crate::i18n::number::fixed(c.better, 2),
            crate::i18n::number::fixed(c.worse.abs(), 2)
        );
    }
    if let Some(other) = mixed_with(row) {
        let _ = write!(text, " *{} · {}*", md(t.method.mixed), other.letter());
    }
    text
}

fn table_section(out: &mut String, t: &Texts, rows: &[Row<'_>]) {
    let md = escape_markdown;
    let _ = write!(out, "## {}\n\n", md(t.report.section_table));
    let mut headings = vec![md(&Column::Name.heading(t)), md(&Column::N.heading(t))];
    headings.extend(Category::ALL.iter().map(|c| format!("{} %", c.letter())));
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
        .map(|c| md(&c.heading(t))),
    );
    let alignment = std::iter::once("---".to_owned())
        .chain(std::iter::repeat_n("---:".to_owned(), headings.len() - 1));
    out.push_str(&table_row(headings));
    out.push_str(&table_row(alignment));
    let percent =
        |x: Option<f64>| x.map_or_else(|| "–".to_owned(), |v| format!("{:.0}", v * 100.0));
    for row in rows {
        let s = row.stats;
        let mut cells = vec![md(&row.feature.name), s.n.to_string()];
        cells.extend(Category::ALL.iter().map(|&c| percent(s.counts.share(c))));
        cells.push(s.category.map_or_else(
            || "–".to_owned(),
            |c| match not_settled(t, &row.uncertainty) {
                Some(note) => format!("{} {} *{}*", c.letter(), md(t.category(c)), md(&note)),
                None => format!("{} {}", c.letter(), md(t.category(c))),
            },
        ));
        cells.push(md(&better_with_interval(s, &row.uncertainty)));
        cells.push(md(&worse_with_interval(s, &row.uncertainty)));
        cells.push(super::reading::percent(s.strength.map(|st| st.category)));
        cells.push(super::reading::percent(s.strength.map(|st| st.total)));
        cells.push(match s.fong {
            Some(f) if f.significant => md(t.method.significant),
            Some(_) => md(t.method.mixed),
            None => "–".into(),
        });
        cells.push(
            s.importance
                .map_or_else(|| "–".to_owned(), |i| format!("{:.1}", i.mean)),
        );
        out.push_str(&table_row(cells));
    }
    out.push('\n');
}
