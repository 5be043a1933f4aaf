//! Results as CSV and as an Excel workbook (.xlsx).
//!
//! CSV stays rectangular, one row per feature: the settings the figures were computed under
//! (segment, respondents, table, rule, quadrant lines) are extra columns repeated on every row,
//! rather than a header block or comment lines. Every spreadsheet and CSV reader opens it as it
//! is, a filtered or sorted copy still says what it shows, and exports of several segments can be
//! stacked into one pivot table. Headers are stable machine names in every language; it starts
//! with a UTF-8 byte-order mark so that Excel reads Chinese names correctly.
//!
//! The workbook is for people: localised headings, number formats, frozen headings, filters, the
//! category cells in their colours, and the settings on a second sheet.

use super::csv_cells::{Field, record};
use super::palette::category_color;
use super::table::{Cell, Column, Row, rows};
use super::{ExportError, ReportOptions};
use crate::i18n::Texts;
use crate::kano::Category;
use crate::project::{Project, SegmentFilter};
use crate::results::Results;
use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

/// The settings columns that close every CSV row.
const SETTINGS_COLUMNS: [&str; 7] = [
    "segment",
    "respondents",
    "table",
    "rule",
    "quadrant_lines",
    "quadrant_line_worse",
    "quadrant_line_better",
];

/// The results as CSV: a header line, then one line per feature in project order. Figures are
/// written at full precision, so that reading them back gives exactly the app's numbers.
pub fn results_csv(project: &Project, options: &ReportOptions) -> String {
    let t = options.texts();
    let results = options.results(project);
    let columns = Column::all();
    let mut out = String::from("\u{feff}");
    let header = columns
        .iter()
        .map(|c| c.token())
        .chain(SETTINGS_COLUMNS.iter().map(|s| (*s).to_owned()));
    out.push_str(&record(header));
    let settings = settings_fields(&results, &options.segment);
    for row in rows(project, &results) {
        let fields = columns
            .iter()
            .map(|c| csv_field(&c.cell(t, &row)))
            .chain(settings.iter().cloned());
        out.push_str(&record(fields));
    }
    out
}

fn settings_fields(results: &Results, segment: &SegmentFilter) -> Vec<Field> {
    let a = results.analysis;
    let (x, y) = results.quadrant_lines;
    vec![
        Field::Text(match segment {
            SegmentFilter::All => String::new(),
            SegmentFilter::Only(s) => s.clone(),
        }),
        Field::Number(results.respondents.to_string()),
        a.table.token().into(),
        a.rule.token().into(),
        a.quadrant.token().into(),
        Field::Number(x.to_string()),
        Field::Number(y.to_string()),
    ]
}

fn csv_field(cell: &Cell) -> Field {
    match cell {
        Cell::Text(s) => Field::Text(s.clone()),
        Cell::Count(n) => Field::Number(n.to_string()),
        // Rust prints the shortest text that reads back as the same f64.
        Cell::Fraction(x) | Cell::Figure(x) => Field::Number((x + 0.0).to_string()),
        Cell::Flag(b) => Field::Text(b.to_string()),
        Cell::Empty => Field::Text(String::new()),
    }
}

/// The results as an .xlsx workbook: a "Results" sheet and a "Settings" sheet.
pub fn results_xlsx(project: &Project, options: &ReportOptions) -> Result<Vec<u8>, ExportError> {
    let fail = |e: XlsxError| ExportError::Spreadsheet(e.to_string());
    let t = options.texts();
    let results = options.results(project);
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    write_results_sheet(sheet, t, &rows(project, &results)).map_err(fail)?;
    let sheet = workbook.add_worksheet();
    write_settings_sheet(sheet, t, project, options, &results).map_err(fail)?;
    workbook.save_to_buffer().map_err(fail)
}

fn write_results_sheet(
    sheet: &mut Worksheet,
    t: &Texts,
    rows: &[Row<'_>],
) -> Result<(), XlsxError> {
    sheet.set_name(t.report.sheet_results)?;
    let heading = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_border_bottom(FormatBorder::Thin);
    let count = Format::new().set_num_format("0");
    let fraction = Format::new().set_num_format("0.0%");
    let figure = Format::new().set_num_format("0.000");
    let columns = Column::all();
    for (c, column) in (0_u16..).zip(&columns) {
        sheet.write_string_with_format(0, c, column.heading(t), &heading)?;
        let width = match column {
            Column::Name => 40.0,
            Column::Id | Column::Touchpoint | Column::CategoryName => 20.0,
            Column::Count(_) | Column::N | Column::Category => 7.0,
            _ => 11.0,
        };
        sheet.set_column_width(c, width)?;
    }
    sheet.set_row_height(0, 32)?;
    for (r, row) in (1_u32..).zip(rows) {
        for (c, column) in (0_u16..).zip(&columns) {
            match column.cell(t, row) {
                Cell::Text(s) => {
                    if *column == Column::Category {
                        let color = row.stats.category.map_or(Category::I, |c| c);
                        sheet.write_string_with_format(r, c, s, &category_format(color))?;
                    } else {
                        sheet.write_string(r, c, s)?;
                    }
                }
                Cell::Count(n) => {
                    sheet.write_number_with_format(r, c, n, &count)?;
                }
                Cell::Fraction(x) => {
                    sheet.write_number_with_format(r, c, x, &fraction)?;
                }
                Cell::Figure(x) => {
                    sheet.write_number_with_format(r, c, x, &figure)?;
                }
                Cell::Flag(b) => {
                    sheet.write_boolean(r, c, b)?;
                }
                Cell::Empty => {}
            }
        }
    }
    let last_row = u32::try_from(rows.len()).unwrap_or(u32::MAX - 1);
    let last_col = u16::try_from(columns.len().saturating_sub(1)).unwrap_or(0);
    sheet.autofilter(0, 0, last_row, last_col)?;
    sheet.set_freeze_panes(1, 2)?;
    Ok(())
}

fn category_format(category: Category) -> Format {
    let color = category_color(category);
    let text = if color.prefers_dark_text() {
        Color::RGB(0x22_22_22)
    } else {
        Color::White
    };
    Format::new()
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_background_color(Color::RGB(color.to_u32()))
        .set_font_color(text)
}

fn write_settings_sheet(
    sheet: &mut Worksheet,
    t: &Texts,
    project: &Project,
    options: &ReportOptions,
    results: &Results,
) -> Result<(), XlsxError> {
    let r = &t.report;
    sheet.set_name(r.sheet_settings)?;
    let bold = Format::new().set_bold();
    let title = if project.title().trim().is_empty() {
        r.untitled.to_owned()
    } else {
        project.title().to_owned()
    };
    let mut rows: Vec<(&str, String)> = vec![(r.project, title)];
    rows.extend(super::reading::method_settings(
        t, project, options, results,
    ));
    rows.push((
        r.software,
        format!("Kanoscope {}", env!("CARGO_PKG_VERSION")),
    ));
    sheet.write_string_with_format(0, 0, r.setting, &bold)?;
    sheet.write_string_with_format(0, 1, r.value, &bold)?;
    for (row, (key, value)) in (1_u32..).zip(rows) {
        sheet.write_string_with_format(row, 0, key, &bold)?;
        sheet.write_string(row, 1, value)?;
    }
    // The sample size of every segment, so that the reader sees how much each one weighs.
    let mut row = 12_u32;
    sheet.write_string_with_format(row, 0, r.sample_heading, &bold)?;
    for (name, size) in super::reading::segment_sizes(project) {
        row += 1;
        let name = if name.is_empty() { r.no_segment } else { name };
        sheet.write_string(row, 0, name)?;
        sheet.write_number(row, 1, u32::try_from(size).unwrap_or(u32::MAX))?;
    }
    sheet.set_column_width(0, 30)?;
    sheet.set_column_width(1, 50)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_keep_full_precision() {
        let x = 2.0 / 3.0;
        let number = |cell| match csv_field(&cell) {
            Field::Number(n) => n,
            Field::Text(t) => panic!("{t} is a number"),
        };
        assert_eq!(number(Cell::Figure(x)).parse::<f64>(), Ok(x));
        assert_eq!(number(Cell::Figure(-0.0)), "0");
        assert_eq!(number(Cell::Figure(-0.25)), "-0.25");
        assert_eq!(csv_field(&Cell::Empty), Field::Text(String::new()));
        assert_eq!(csv_field(&Cell::Flag(true)), Field::Text("true".into()));
    }
}
