//! `kanoscope analyze --compare A --compare B [...]`: the segments side by side, feature by
//! feature, with the test of whether their category distributions differ (FORMATS.md).
//!
//! Thin: every figure comes from the engine (`kano::compare`, `kano::Uncertainty`); this module
//! only checks the segment names and lays the figures out as JSON, CSV or a table. It never
//! prints a p-value for a segment too small to say anything: it says so instead.

use super::{
    CliError, CountsJson, OutputFormat, aligned, interval_json, printable, round4, segment_filter,
};
use crate::export;
use crate::export::csv_cells::{Field, record};
use crate::i18n::{Lang, fill};
use crate::kano::compare::{MIN_ANSWERS, PERMUTATIONS, compare_segments};
use crate::kano::{
    Analysis, Category, FeatureComparison, FeatureSegments, FeatureStats, TestMethod, Uncertainty,
    seed_for,
};
use crate::project::{Project, SegmentFilter};
use serde::Serialize;
use serde::ser::SerializeMap;

/// One feature in one segment.
struct Cell {
    stats: FeatureStats,
    uncertainty: Uncertainty,
}

/// One feature across the segments, with its comparison.
struct Line<'a> {
    id: &'a str,
    name: &'a str,
    cells: Vec<Cell>,
    comparison: FeatureComparison,
}

/// The text `analyze --compare` prints.
pub(super) fn analyze_compare(
    project: &Project,
    analysis: &Analysis,
    names: &[String],
    format: OutputFormat,
) -> Result<String, CliError> {
    let t = Lang::En.texts();
    let mut segments: Vec<&str> = Vec::new();
    for name in names {
        if !segments.contains(&name.as_str()) {
            segments.push(name);
        }
    }
    if segments.len() < 2 {
        return Err(CliError(t.uncertainty.compare_needs_two.into()));
    }
    for segment in &segments {
        segment_filter(project, Some(segment))?;
    }
    let results: Vec<_> = segments
        .iter()
        .map(|s| project.results(analysis, &SegmentFilter::Only((*s).to_owned())))
        .collect();
    let features = project.features();
    let stats = |j: usize| -> Vec<FeatureStats> {
        results
            .iter()
            .map(|r| {
                r.features.iter().find(|f| f.index == j).map_or_else(
                    || FeatureStats::from_tally(&Default::default(), analysis),
                    |f| f.stats,
                )
            })
            .collect()
    };
    let per_feature: Vec<Vec<FeatureStats>> = (0..features.len()).map(stats).collect();
    let inputs: Vec<FeatureSegments> = features
        .iter()
        .zip(&per_feature)
        .map(|(f, stats)| {
            let by_segment: Vec<_> = stats.iter().map(|s| s.counts).collect();
            FeatureSegments {
                seed: seed_for(&f.id, &by_segment),
                by_segment,
            }
        })
        .collect();
    let comparisons = compare_segments(&inputs, PERMUTATIONS);
    let lines: Vec<Line<'_>> = features
        .iter()
        .zip(per_feature)
        .zip(comparisons)
        .map(|((f, stats), comparison)| Line {
            id: &f.id,
            name: &f.name,
            cells: stats
                .into_iter()
                .map(|s| Cell {
                    uncertainty: Uncertainty::of(&f.id, &s.counts, analysis.rule),
                    stats: s,
                })
                .collect(),
            comparison,
        })
        .collect();
    Ok(match format {
        OutputFormat::Json => to_json(&segments, &lines),
        OutputFormat::Csv => to_csv(&segments, &lines),
        OutputFormat::Table => to_table(project, &segments, &lines),
    })
}

/// A p-value to six significant digits: enough to read, and steady across platforms' last bits.
fn round_p(p: f64) -> f64 {
    if p <= 0.0 || !p.is_finite() {
        return p.max(0.0);
    }
    let scale = 10_f64.powi(5 - p.log10().floor() as i32);
    (p * scale).round() / scale
}

#[derive(Serialize)]
struct SegmentJson {
    n: u32,
    counts: CountsJson,
    category: Option<&'static str>,
    better: Option<f64>,
    worse: Option<f64>,
    better_ci: Option<[f64; 2]>,
    worse_ci: Option<[f64; 2]>,
    category_confidence: Option<f64>,
}

impl SegmentJson {
    fn new(cell: &Cell) -> Self {
        let (s, u) = (&cell.stats, &cell.uncertainty);
        Self {
            n: s.n,
            counts: CountsJson::new(&s.counts),
            category: s.category.map(Category::letter),
            better: s.coefficients.map(|c| round4(c.better)),
            worse: s.coefficients.map(|c| round4(c.worse)),
            better_ci: interval_json(u.better),
            worse_ci: interval_json(u.worse),
            category_confidence: u.confidence.map(round4),
        }
    }
}

/// `{"A": {...}, "B": {...}}` in the order the segments were given.
struct BySegment<'a>(Vec<(&'a str, SegmentJson)>);

impl Serialize for BySegment<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, segment) in &self.0 {
            map.serialize_entry(name, segment)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct FeatureJson<'a> {
    id: &'a str,
    name: &'a str,
    by_segment: BySegment<'a>,
    p_value: Option<f64>,
    p_adjusted: Option<f64>,
    differs: Option<bool>,
    too_small: bool,
    test: Option<&'static str>,
}

#[derive(Serialize)]
struct CompareJson<'a> {
    segments: &'a [&'a str],
    features: Vec<FeatureJson<'a>>,
}

fn test_token(method: TestMethod) -> &'static str {
    match method {
        TestMethod::ChiSquare => "chi-square",
        TestMethod::Permutation => "permutation",
    }
}

fn to_json(segments: &[&str], lines: &[Line<'_>]) -> String {
    let json = CompareJson {
        segments,
        features: lines
            .iter()
            .map(|line| {
                let c = &line.comparison;
                FeatureJson {
                    id: line.id,
                    name: line.name,
                    by_segment: BySegment(
                        segments
                            .iter()
                            .zip(&line.cells)
                            .map(|(name, cell)| (*name, SegmentJson::new(cell)))
                            .collect(),
                    ),
                    p_value: c.p_value.map(round_p),
                    p_adjusted: c.p_adjusted.map(round_p),
                    differs: c.differs,
                    too_small: c.too_small,
                    test: c.test.map(|t| test_token(t.method)),
                }
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&json).unwrap_or_default();
    text.push('\n');
    text
}

fn to_csv(segments: &[&str], lines: &[Line<'_>]) -> String {
    let opt = |x: Option<f64>| Field::Number(x.map(|v| v.to_string()).unwrap_or_default());
    let number = |n: u32| Field::Number(n.to_string());
    let mut header = vec!["id".to_owned(), "name".to_owned()];
    for segment in segments {
        let mut columns = vec!["n".to_owned()];
        columns.extend(Category::ALL.iter().map(|c| c.letter().to_owned()));
        columns.extend(
            [
                "category",
                "better",
                "better_ci_low",
                "better_ci_high",
                "worse",
                "worse_ci_low",
                "worse_ci_high",
                "category_confidence",
            ]
            .map(str::to_owned),
        );
        header.extend(columns.into_iter().map(|c| format!("{segment}_{c}")));
    }
    header.extend(["p_value", "p_adjusted", "differs", "too_small", "test"].map(str::to_owned));
    let mut out = record(header);
    for line in lines {
        let mut fields: Vec<Field> = vec![line.id.into(), line.name.into()];
        for cell in &line.cells {
            let json = SegmentJson::new(cell);
            fields.push(number(json.n));
            fields.extend(Category::ALL.iter().map(|&c| number(cell.stats.counts[c])));
            fields.push(json.category.unwrap_or_default().into());
            fields.push(opt(json.better));
            fields.push(opt(json.better_ci.map(|i| i[0])));
            fields.push(opt(json.better_ci.map(|i| i[1])));
            fields.push(opt(json.worse));
            fields.push(opt(json.worse_ci.map(|i| i[0])));
            fields.push(opt(json.worse_ci.map(|i| i[1])));
            fields.push(opt(json.category_confidence));
        }
        let c = &line.comparison;
        fields.push(opt(c.p_value.map(round_p)));
        fields.push(opt(c.p_adjusted.map(round_p)));
        fields.push(c.differs.map(|d| d.to_string()).unwrap_or_default().into());
        fields.push(c.too_small.to_string().into());
        fields.push(
            c.test
                .map(|t| test_token(t.method))
                .unwrap_or_default()
                .into(),
        );
        out.push_str(&record(fields));
    }
    out
}

fn to_table(project: &Project, segments: &[&str], lines: &[Line<'_>]) -> String {
    let t = Lang::En.texts();
    let u = &t.uncertainty;
    let r = &t.report;
    let mut header = vec![r.feature.to_owned()];
    for segment in segments {
        header.extend(
            [r.answered, r.category_letter, r.better_short, r.worse_short]
                .map(|column| format!("{}: {column}", printable(segment))),
        );
    }
    header.extend([u.p_value, u.p_adjusted, u.differs].map(str::to_owned));
    let mut rows = vec![header];
    let p = |x: Option<f64>| x.map_or_else(|| "-".to_owned(), |v| format!("{v:.4}"));
    for line in lines {
        let mut row = vec![printable(line.name).into_owned()];
        for cell in &line.cells {
            let s = &cell.stats;
            row.push(s.n.to_string());
            row.push(s.category.map_or_else(
                || "-".to_owned(),
                |c| match export::not_settled(t, &cell.uncertainty) {
                    Some(note) => format!("{}, {note}", c.letter()),
                    None => c.letter().to_owned(),
                },
            ));
            row.push(export::better_with_interval(s, &cell.uncertainty));
            row.push(export::worse_with_interval(s, &cell.uncertainty));
        }
        let c = &line.comparison;
        row.push(p(c.p_value));
        row.push(p(c.p_adjusted));
        row.push(match c.differs {
            Some(true) => u.differs_yes.to_owned(),
            Some(false) => u.differs_no.to_owned(),
            None => u.too_small.to_owned(),
        });
        rows.push(row);
    }
    let tested = lines.iter().filter(|l| !l.comparison.too_small).count();
    let text_columns: Vec<usize> = std::iter::once(0)
        .chain((0..segments.len()).map(|k| 2 + 4 * k))
        .chain(std::iter::once(1 + 4 * segments.len() + 2))
        .collect();
    format!(
        "{}\n{}\n{}\n{}\n\n{}",
        printable(project.title()),
        printable(&fill(
            u.segments_compared,
            &[("segments", &segments.join(", "))]
        )),
        t.uncertainty.intervals_note,
        fill(u.compare_note, &[("n", &tested), ("min", &MIN_ANSWERS)]),
        aligned(&rows, &text_columns)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn p_values_keep_six_significant_digits() {
        assert_eq!(round_p(0.009_620_431_242_7), 0.009_620_43);
        assert_eq!(round_p(1.0), 1.0);
        assert_eq!(round_p(0.0), 0.0);
        assert_eq!(round_p(1.234_567_89e-12), 1.234_57e-12);
    }
}
