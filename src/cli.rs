//! The command line: `kanoscope [FILE]` opens the studio; subcommands do batch work for scripts
//! and CI. This module is thin: it parses arguments, calls `project` and `io`, and prints.
//! `kanoscope screenshot` opens a window, so `main` hands it to the app; this module only
//! declares and checks its arguments.
//!
//! Contract (FORMATS.md): results go to stdout; a bad input gives a non-zero exit code and one line
//! on stderr that names the file, the place and what was expected. Nothing here panics on input.

use crate::export;
use crate::i18n::{CategoryNames, Lang, Texts};
use crate::io;
use crate::kano::{
    Analysis, Category, CategoryCounts, EvaluationTable, FeatureStats, Interval, Rule, Uncertainty,
};
use crate::project::{Project, SegmentFilter};
use crate::results::Results;
use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;
use std::path::PathBuf;

mod compare;
mod export_commands;
mod groups;
mod printable;
mod room;
pub use export_commands::{ExportArgs, QuestionnaireArgs, ReportArgs};
pub use printable::printable;
pub use room::{RoomArgs, run_room, serve_room, serve_room_announcing};

/// Kanoscope: a studio for the Kano model of customer satisfaction.
#[derive(Debug, Parser)]
#[command(
    name = "kanoscope",
    version = crate::version::VERSION_AND_COMMIT,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A project file to open in the studio (default: the embedded sample project).
    pub file: Option<PathBuf>,
    /// The interface language for this run (the saved preference stays as it is).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// What to do instead of opening the studio.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print every feature's category and figures.
    Analyze(AnalyzeArgs),
    /// Write the results (.csv, .xlsx) or a plot (.svg, .png) to a file.
    Export(ExportArgs),
    /// Write a report (.html, or .md with its plots beside it).
    Report(ReportArgs),
    /// Write the questionnaire (.html printable form, .md, or .csv for a survey platform).
    Questionnaire(QuestionnaireArgs),
    /// Read a survey platform's export (CSV or Excel) into a new project file.
    Import(ImportArgs),
    /// Open the studio on a project, take a picture of one view as PNG, and close.
    Screenshot(ScreenshotArgs),
    /// Open a project straight in survey mode, for respondents (Esc and a confirmation leave it).
    Survey(WindowArgs),
    /// Open a project straight in workshop mode, full screen, for a room.
    Present(WindowArgs),
    /// Let phones on the local network answer the survey; answers are saved into FILE (Ctrl+C ends).
    Room(RoomArgs),
}

/// Arguments of the subcommands that open a window on a project.
#[derive(Debug, clap::Args)]
pub struct WindowArgs {
    /// The project file (default: the embedded sample project).
    pub file: Option<PathBuf>,
    /// The interface language (default: the saved preference, else the system's).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
}

/// Arguments of `kanoscope screenshot`.
#[derive(Debug, clap::Args)]
pub struct ScreenshotArgs {
    /// The project file (default: the embedded sample project).
    pub file: Option<PathBuf>,
    /// Show the embedded sample project (in Chinese with `--lang zh`).
    #[arg(long, conflicts_with = "file")]
    pub sample: bool,
    /// Which view to show.
    #[arg(long, value_enum, default_value_t = ViewArg::Results)]
    pub view: ViewArg,
    /// Where to write the PNG picture.
    #[arg(short, long, value_name = "OUT.png")]
    pub output: PathBuf,
    /// The picture's size in pixels, WIDTHxHEIGHT.
    #[arg(long, value_name = "WIDTHxHEIGHT", default_value = "1600x1000")]
    pub size: String,
    /// The interface language (default: the system's).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Light or dark theme.
    #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
    pub theme: ThemeArg,
    /// Show the import dialog on this survey export (CSV or spreadsheet), over the view.
    #[arg(long, value_name = "EXPORT.csv")]
    pub import: Option<PathBuf>,
    /// The category names shown: Kano's or plain ones.
    #[arg(long, value_enum, default_value_t = NamesArg::Kano)]
    pub names: NamesArg,
}

/// `--view` values: what a screenshot shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ViewArg {
    /// The results table.
    Results,
    /// The plots.
    Plots,
    /// The features and their questions.
    Features,
    /// Every respondent's answers.
    Responses,
    /// The moments-of-truth map.
    Map,
    /// Survey mode, as a respondent sees it.
    Survey,
    /// Workshop mode's first slide.
    Present,
    /// Workshop mode with the live room's QR code open.
    Room,
    /// The export dialog, over the Plots tab.
    Export,
    /// Help's Kano primer.
    Help,
    /// File ▸ Save As with this desktop's file dialog (the studio's own when it has none).
    SaveAs,
    /// Segments compared on the Results tab, as the diagram (the sample's first and last
    /// segments).
    Compare,
    /// The Plots tab's category shares.
    PlotsShares,
    /// The Plots tab's continuous analysis.
    PlotsContinuous,
}

/// `--lang` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// Simplified Chinese.
    Zh,
}

impl From<LangArg> for Lang {
    fn from(value: LangArg) -> Self {
        match value {
            LangArg::En => Self::En,
            LangArg::Zh => Self::Zh,
        }
    }
}

/// `--theme` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    /// Dark text on a light background.
    Light,
    /// Light text on a dark background.
    Dark,
}

/// The smallest and largest picture `--size` accepts, in pixels. Below the minimum the studio's
/// panels cannot lay out; above the maximum the picture would not fit a GPU texture.
pub const SCREENSHOT_SIZE_LIMITS: (u32, u32) = (320, 8192);

/// Reads `--size`: `1600x1000` (also `1600X1000` or `1600×1000`) as width and height in pixels.
pub fn parse_size(text: &str) -> Result<[u32; 2], CliError> {
    let (min, max) = SCREENSHOT_SIZE_LIMITS;
    let expected = || {
        CliError(format!(
            "--size \"{text}\": expected WIDTHxHEIGHT in pixels, such as 1600x1000"
        ))
    };
    let (width, height) = text
        .trim()
        .split_once(['x', 'X', '×'])
        .ok_or_else(expected)?;
    let number = |s: &str| s.trim().parse::<u32>().map_err(|_| expected());
    let size = [number(width)?, number(height)?];
    if size.iter().any(|&side| side < min || side > max) {
        return Err(CliError(format!(
            "--size \"{text}\": each side must be between {min} and {max} pixels"
        )));
    }
    Ok(size)
}

/// Arguments of `kanoscope analyze`.
#[derive(Debug, clap::Args)]
pub struct AnalyzeArgs {
    /// The project file (*.kano.json).
    pub file: PathBuf,
    /// How to print the results.
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
    /// Only respondents in this segment.
    #[arg(long)]
    pub segment: Option<String>,
    /// The evaluation table (overrides the project's setting).
    #[arg(long, value_enum)]
    pub table: Option<TableArg>,
    /// The category rule (overrides the project's setting).
    #[arg(long, value_enum)]
    pub rule: Option<RuleArg>,
    /// Compare segments side by side (give two or more: --compare A --compare B).
    #[arg(long, value_name = "SEGMENT", conflicts_with_all = ["segment", "by"])]
    pub compare: Vec<String>,
    /// Results per group of features: by touchpoint (journey order) or SERVQUAL dimension.
    #[arg(long, value_enum)]
    pub by: Option<GroupBy>,
    /// The category names in the table: Kano's or plain ones (JSON and CSV keep the letters).
    #[arg(long, value_enum, default_value_t = NamesArg::Kano)]
    pub names: NamesArg,
}

/// `--names` values: which words name the categories for people.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum NamesArg {
    /// Kano's names: Attractive, One-dimensional, Must-be, Indifferent, Reverse, Questionable.
    #[default]
    Kano,
    /// Plain names: Excitement, Performance, Basic, Indifferent, Reverse, Questionable.
    Plain,
}

impl From<NamesArg> for CategoryNames {
    fn from(value: NamesArg) -> Self {
        match value {
            NamesArg::Kano => Self::Kano,
            NamesArg::Plain => Self::Plain,
        }
    }
}

/// `--by` values: how features are grouped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum GroupBy {
    /// The feature's touchpoint (moment of truth), in journey order.
    Touchpoint,
    /// The feature's SERVQUAL dimension.
    Dimension,
}

/// Output formats of `analyze`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// An aligned table for people.
    Table,
    /// One JSON object (FORMATS.md).
    Json,
    /// One row per feature.
    Csv,
}

/// `--table` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TableArg {
    /// Berger et al. 1993.
    Standard,
    /// Pouliot 1993.
    Pouliot,
}

/// `--rule` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RuleArg {
    /// The most frequent category.
    Max,
    /// The most frequent, with the 6% strength rule.
    Strength,
    /// A+O+M versus I+R+Q.
    Oam,
}

impl From<TableArg> for EvaluationTable {
    fn from(value: TableArg) -> Self {
        match value {
            TableArg::Standard => Self::Standard,
            TableArg::Pouliot => Self::Pouliot,
        }
    }
}

impl From<RuleArg> for Rule {
    fn from(value: RuleArg) -> Self {
        match value {
            RuleArg::Max => Self::Max,
            RuleArg::Strength => Self::Strength,
            RuleArg::Oam => Self::Oam,
        }
    }
}

/// A failed command: the one line printed on stderr.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct CliError(pub String);

/// Runs a subcommand, writing its output to `out`.
pub fn run(command: &Command, out: &mut dyn std::io::Write) -> Result<(), CliError> {
    match command {
        Command::Analyze(args) => {
            let project = io::read_project(&args.file).map_err(|e| CliError(e.to_string()))?;
            let text = analyze(&project, args)
                .map_err(|e| CliError(format!("{}: {}", args.file.display(), e.0)))?;
            out.write_all(text.as_bytes())
                .map_err(|e| CliError(format!("cannot write the results: {e}")))
        }
        Command::Export(args) => export_commands::run_export(args, out),
        Command::Report(args) => export_commands::run_report(args, out),
        Command::Questionnaire(args) => export_commands::run_questionnaire(args, out),
        Command::Room(args) => room::run_room(args, out),
        Command::Import(args) => {
            // The summary is a message for the person, not output for a pipe: stderr.
            eprintln!("{}", printable(&import(args, out)?));
            Ok(())
        }
        // The window belongs to the app, a floor this module does not reach: `main` runs
        // screenshots itself and never passes one here.
        Command::Screenshot(_) | Command::Survey(_) | Command::Present(_) => Err(CliError(
            "this command opens a window; run it through the kanoscope program".into(),
        )),
    }
}

/// The text `kanoscope analyze` prints for a project.
pub fn analyze(project: &Project, args: &AnalyzeArgs) -> Result<String, CliError> {
    let mut analysis: Analysis = *project.analysis();
    if let Some(table) = args.table {
        analysis.table = table.into();
    }
    if let Some(rule) = args.rule {
        analysis.rule = rule.into();
    }
    if !args.compare.is_empty() {
        return compare::analyze_compare(project, &analysis, &args.compare, args.format);
    }
    let filter = segment_filter(project, args.segment.as_deref())?;
    let results = project.results(&analysis, &filter);
    if let Some(by) = args.by {
        return Ok(groups::analyze_groups(project, &results, by, args.format));
    }
    Ok(match args.format {
        OutputFormat::Json => to_json(project, &results),
        OutputFormat::Csv => to_csv(project, &results),
        OutputFormat::Table => to_table(project, &results, Lang::En.texts_with(args.names.into())),
    })
}

/// The respondents `--segment` selects; an error naming the segments when nobody is in it.
pub(crate) fn segment_filter(
    project: &Project,
    segment: Option<&str>,
) -> Result<SegmentFilter, CliError> {
    let Some(segment) = segment else {
        return Ok(SegmentFilter::All);
    };
    if project.tallies().segment_size(segment) == 0 {
        let known = project.segments();
        return Err(CliError(if known.is_empty() {
            format!("no respondent is in the segment {segment:?}; this project has no segments")
        } else {
            format!(
                "no respondent is in the segment {segment:?}; the segments are: {}",
                known
                    .iter()
                    .map(|s| format!("{s:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }));
    }
    Ok(SegmentFilter::Only(segment.to_owned()))
}

/// Arguments of `kanoscope import` (FORMATS.md).
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The export: a CSV file (comma, semicolon or tab separated) or a spreadsheet (.xlsx).
    pub file: PathBuf,
    /// The project file to write (*.kano.json).
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: PathBuf,
    /// The column holding respondent ids, by name or letter (default: r-0001, r-0002, ...).
    #[arg(long, value_name = "COLUMN")]
    pub id_column: Option<String>,
    /// The column holding each respondent's segment, by name or letter.
    #[arg(long, value_name = "COLUMN")]
    pub segment_column: Option<String>,
    /// How numeric answer codes 1..5 are numbered.
    #[arg(long, value_enum, default_value_t = CodesArg::LikeFirst)]
    pub codes: CodesArg,
    /// The evaluation table saved with the project.
    #[arg(long, value_enum)]
    pub table: Option<TableArg>,
    /// The category rule saved with the project.
    #[arg(long, value_enum)]
    pub rule: Option<RuleArg>,
    /// The project's title (default: the file's name).
    #[arg(long)]
    pub title: Option<String>,
    /// The text encoding of a CSV file (default: detected).
    #[arg(long, value_enum, default_value_t = EncodingArg::Auto)]
    pub encoding: EncodingArg,
    /// The sheet of a workbook (default: the first sheet that holds respondents' answers).
    #[arg(long)]
    pub sheet: Option<String>,
    /// What an answer text stands for, as TEXT=TOKEN with TOKEN one of like, must-be, neutral,
    /// live-with, dislike ("I tolerate it=live-with"); repeat for more texts.
    #[arg(long = "answer", value_name = "TEXT=TOKEN")]
    pub answers: Vec<String>,
    /// Say what was understood (one line per feature) and stop: nothing is written.
    #[arg(long)]
    pub dry_run: bool,
    /// A features table (CSV or workbook) giving each feature's touchpoint and SERVQUAL
    /// dimension, by feature id or name.
    #[arg(long, value_name = "FILE")]
    pub features: Option<PathBuf>,
    /// The sheet of the features table: of --features' workbook, or of the export's own.
    #[arg(long, value_name = "NAME")]
    pub features_sheet: Option<String>,
    /// Replace OUT if it exists.
    #[arg(long)]
    pub force: bool,
}

/// `--codes` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CodesArg {
    /// 1 = I like it ... 5 = I dislike it.
    LikeFirst,
    /// 1 = I dislike it ... 5 = I like it.
    DislikeFirst,
}

/// `--encoding` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum EncodingArg {
    /// A byte-order mark, else UTF-8, UTF-16 or what a detector of legacy encodings finds.
    Auto,
    /// UTF-8.
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// UTF-16, little-endian (Excel's "Unicode text").
    #[value(name = "utf-16le", alias = "utf16le")]
    Utf16Le,
    /// UTF-16, big-endian.
    #[value(name = "utf-16be", alias = "utf16be")]
    Utf16Be,
    /// GB18030 (also GBK, GB2312).
    #[value(name = "gb18030", alias = "gbk")]
    Gb18030,
    /// Windows-1252 (Western European Excel; also latin1).
    #[value(name = "windows-1252", alias = "cp1252", alias = "latin1")]
    Windows1252,
}

/// Runs `kanoscope import`: writes what was understood (one line per feature) to `lines` and
/// returns the summary line.
pub fn import(args: &ImportArgs, lines: &mut dyn std::io::Write) -> Result<String, CliError> {
    use crate::io::import::{BuildOptions, Codes, ImportOptions, ReadOptions, TextEncoding};
    let (file, out) = (args.file.display(), args.output.display());
    if args.output.exists() && !args.force && !args.dry_run {
        return Err(CliError(format!(
            "{out} already exists; nothing was written (add --force to replace it)"
        )));
    }
    let mut analysis = Analysis::default();
    if let Some(table) = args.table {
        analysis.table = table.into();
    }
    if let Some(rule) = args.rule {
        analysis.rule = rule.into();
    }
    let options = ImportOptions {
        read: ReadOptions {
            encoding: match args.encoding {
                EncodingArg::Auto => TextEncoding::Auto,
                EncodingArg::Utf8 => TextEncoding::Utf8,
                EncodingArg::Utf16Le => TextEncoding::Utf16Le,
                EncodingArg::Utf16Be => TextEncoding::Utf16Be,
                EncodingArg::Gb18030 => TextEncoding::Gb18030,
                EncodingArg::Windows1252 => TextEncoding::Windows1252,
            },
            separator: None,
            sheet: args.sheet.clone(),
        },
        codes: match args.codes {
            CodesArg::LikeFirst => Codes::LikeFirst,
            CodesArg::DislikeFirst => Codes::DislikeFirst,
        },
        id_column: args.id_column.clone(),
        segment_column: args.segment_column.clone(),
        title: args.title.clone(),
        analysis,
        answers: args
            .answers
            .iter()
            .map(|a| {
                io::import::parse_answer_option(a).ok_or_else(|| {
                    CliError(format!(
                        "--answer \"{a}\" is not TEXT=TOKEN with TOKEN one of like, must-be, neutral, live-with, dislike; nothing was written"
                    ))
                })
            })
            .collect::<Result<_, _>>()?,
    };
    let failed = |e: io::import::ImportError| CliError(format!("{file}: {e}; nothing was written"));
    let (table, mapping) = io::import::prepare_file(&args.file, &options).map_err(failed)?;
    let mut understood = io::import::describe_pairing(&table, &mapping).join("\n");
    if !understood.is_empty() {
        understood.push('\n');
    }
    lines
        .write_all(understood.as_bytes())
        .map_err(|e| CliError(format!("cannot write what was understood: {e}")))?;
    if args.dry_run {
        return Ok(format!(
            "Dry run: {} feature(s) paired in {file}; nothing was written",
            mapping.features.len()
        ));
    }
    let build = BuildOptions {
        title: args
            .title
            .clone()
            .unwrap_or_else(|| io::import::title_from_path(&args.file)),
        analysis,
    };
    let mut project = io::import::build_project(&table, &mapping, &build).map_err(failed)?;
    if args.features.is_some() || args.features_sheet.is_some() {
        let source = args.features.as_ref().unwrap_or(&args.file);
        let read = ReadOptions {
            sheet: args.features_sheet.clone(),
            ..ReadOptions::default()
        };
        let shown = source.display();
        let refused =
            |e: io::import::ImportError| CliError(format!("{shown}: {e}; nothing was written"));
        let details = io::import::read_file(source, &read)
            .and_then(|t| io::import::read_feature_details(&t))
            .map_err(refused)?;
        project = io::import::apply_feature_details(project, &details).map_err(refused)?;
    }
    io::save_project(&args.output, &project).map_err(|e| CliError(e.to_string()))?;
    let count = |n: usize, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
    Ok(format!(
        "Read {} and {} from {file}; wrote {out}",
        count(project.respondents().len(), "respondent"),
        count(project.features().len(), "feature"),
    ))
}

/// Rounds to four decimals, as FORMATS.md shows figures, and never prints -0.
fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0 + 0.0
}

#[derive(Serialize)]
struct AnalyzeJson<'a> {
    respondents: usize,
    /// The scale `importance_mean` is on (FORMATS.md): as the project file writes it.
    importance_scale: &'a crate::project::ImportanceScale,
    features: Vec<FeatureJson<'a>>,
}

#[derive(Serialize)]
#[allow(non_snake_case)]
struct CountsJson {
    A: u32,
    O: u32,
    M: u32,
    I: u32,
    R: u32,
    Q: u32,
}

#[derive(Serialize)]
struct FeatureJson<'a> {
    id: &'a str,
    name: &'a str,
    n: u32,
    counts: CountsJson,
    category: Option<&'static str>,
    better: Option<f64>,
    worse: Option<f64>,
    category_strength: Option<f64>,
    total_strength: Option<f64>,
    significant: Option<bool>,
    functional_mean: Option<f64>,
    dysfunctional_mean: Option<f64>,
    importance_mean: Option<f64>,
    better_ci: Option<[f64; 2]>,
    worse_ci: Option<[f64; 2]>,
    category_confidence: Option<f64>,
}

impl CountsJson {
    fn new(c: &CategoryCounts) -> Self {
        Self {
            A: c[Category::A],
            O: c[Category::O],
            M: c[Category::M],
            I: c[Category::I],
            R: c[Category::R],
            Q: c[Category::Q],
        }
    }
}

/// An interval as FORMATS.md writes it: `[low, high]`, four decimals.
fn interval_json(interval: Option<Interval>) -> Option<[f64; 2]> {
    interval.map(|i| [round4(i.low), round4(i.high)])
}

impl<'a> FeatureJson<'a> {
    fn new(id: &'a str, name: &'a str, s: &FeatureStats, u: &Uncertainty) -> Self {
        Self {
            id,
            name,
            n: s.n,
            counts: CountsJson::new(&s.counts),
            category: s.category.map(Category::letter),
            better: s.coefficients.map(|c| round4(c.better)),
            worse: s.coefficients.map(|c| round4(c.worse)),
            category_strength: s.strength.map(|st| round4(st.category)),
            total_strength: s.strength.map(|st| round4(st.total)),
            significant: s.fong.map(|f| f.significant),
            functional_mean: s.continuous.map(|c| round4(c.functional.mean)),
            dysfunctional_mean: s.continuous.map(|c| round4(c.dysfunctional.mean)),
            importance_mean: s.importance.map(|i| round4(i.mean)),
            better_ci: interval_json(u.better),
            worse_ci: interval_json(u.worse),
            category_confidence: u.confidence.map(round4),
        }
    }
}

/// Every feature's uncertainty, in the order of `results.features` (2,000 resamples each).
fn uncertainties(project: &Project, results: &Results) -> Vec<Uncertainty> {
    results
        .features
        .iter()
        .map(|r| {
            Uncertainty::of(
                &project.features()[r.index].id,
                &r.stats.counts,
                results.analysis.rule,
            )
        })
        .collect()
}

fn feature_rows<'a>(project: &'a Project, results: &Results) -> Vec<FeatureJson<'a>> {
    results
        .features
        .iter()
        .zip(uncertainties(project, results))
        .map(|(r, u)| {
            let f = &project.features()[r.index];
            FeatureJson::new(&f.id, &f.name, &r.stats, &u)
        })
        .collect()
}

fn to_json(project: &Project, results: &Results) -> String {
    let json = AnalyzeJson {
        respondents: results.respondents,
        importance_scale: project.importance_scale(),
        features: feature_rows(project, results),
    };
    let mut text = serde_json::to_string_pretty(&json).unwrap_or_default();
    text.push('\n');
    text
}

const CSV_HEADER: [&str; 23] = [
    "id",
    "name",
    "n",
    "A",
    "O",
    "M",
    "I",
    "R",
    "Q",
    "category",
    "better",
    "worse",
    "category_strength",
    "total_strength",
    "significant",
    "functional_mean",
    "dysfunctional_mean",
    "importance_mean",
    "better_ci_low",
    "better_ci_high",
    "worse_ci_low",
    "worse_ci_high",
    "category_confidence",
];

fn to_csv(project: &Project, results: &Results) -> String {
    use crate::export::csv_cells::{Field, record};
    let opt = |x: Option<f64>| Field::Number(x.map(|v| v.to_string()).unwrap_or_default());
    let number = |n: u32| Field::Number(n.to_string());
    let mut out = record(CSV_HEADER);
    for row in feature_rows(project, results) {
        let c = &row.counts;
        out.push_str(&record([
            row.id.into(),
            row.name.into(),
            number(row.n),
            number(c.A),
            number(c.O),
            number(c.M),
            number(c.I),
            number(c.R),
            number(c.Q),
            row.category.unwrap_or_default().into(),
            opt(row.better),
            opt(row.worse),
            opt(row.category_strength),
            opt(row.total_strength),
            Field::Text(row.significant.map(|s| s.to_string()).unwrap_or_default()),
            opt(row.functional_mean),
            opt(row.dysfunctional_mean),
            opt(row.importance_mean),
            opt(row.better_ci.map(|i| i[0])),
            opt(row.better_ci.map(|i| i[1])),
            opt(row.worse_ci.map(|i| i[0])),
            opt(row.worse_ci.map(|i| i[1])),
            opt(row.category_confidence),
        ]));
    }
    out
}

fn to_table(project: &Project, results: &Results, t: &Texts) -> String {
    let percent = |x: Option<f64>| {
        x.map(|v| format!("{:.0}%", v * 100.0))
            .unwrap_or_else(|| "-".into())
    };
    let header = [
        "Feature",
        "n",
        "A",
        "O",
        "M",
        "I",
        "R",
        "Q",
        "Category",
        "Better",
        "Worse",
        "CS",
        "TS",
        "Fong",
        "Importance",
    ];
    let mut rows: Vec<Vec<String>> = vec![header.iter().map(|s| (*s).to_owned()).collect()];
    for (r, u) in results.features.iter().zip(uncertainties(project, results)) {
        let s = &r.stats;
        let name = &project.features()[r.index].name;
        let mut row = vec![printable(name).into_owned(), s.n.to_string()];
        row.extend(Category::ALL.iter().map(|&c| s.counts[c].to_string()));
        row.push(
            s.category
                .map(|c| {
                    let name = format!("{} {}", c.letter(), t.category(c));
                    match export::not_settled(t, &u) {
                        Some(note) => format!("{name}, {note}"),
                        None => name,
                    }
                })
                .unwrap_or_else(|| "-".into()),
        );
        row.push(export::better_with_interval(s, &u));
        row.push(export::worse_with_interval(s, &u));
        row.push(percent(s.strength.map(|st| st.category)));
        row.push(percent(s.strength.map(|st| st.total)));
        row.push(match s.fong {
            Some(f) if f.significant => "sig.".into(),
            Some(_) => "mixed".into(),
            None => "-".into(),
        });
        row.push(
            s.importance
                .map(|i| format!("{:.1}", i.mean))
                .unwrap_or_else(|| "-".into()),
        );
        rows.push(row);
    }
    let a = results.analysis;
    let mut out = format!(
        "{}\n{} respondents; table {}, rule {}\n{}\n\n",
        printable(project.title()),
        results.respondents,
        a.table.token(),
        a.rule.token(),
        t.uncertainty.intervals_note
    );
    // Text columns align left, figures right.
    out.push_str(&aligned(&rows, &[0, 8]));
    out
}

/// Rows of cells as aligned text: the columns in `text_columns` align left, the others right.
fn aligned(rows: &[Vec<String>], text_columns: &[usize]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|cell| display_width(cell))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            let pad = widths[c].saturating_sub(display_width(cell));
            if text_columns.contains(&c) {
                line.push_str(cell);
                line.push_str(&" ".repeat(pad));
            } else {
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            }
            line.push_str("  ");
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Terminal columns a text takes: East Asian wide characters take two (the same characters
/// pictures measure as one em wide).
fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| {
            if crate::figure::measure::is_wide(c) {
                2
            } else {
                1
            }
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_keeps_four_decimals_and_no_negative_zero() {
        assert_eq!(round4(0.628_318), 0.6283);
        assert_eq!(round4(-0.371_68), -0.3717);
        assert_eq!(round4(-0.0).to_string(), "0");
    }

    #[test]
    fn sizes_read_as_width_by_height_in_pixels() {
        let ok =
            |text: &str, size: [u32; 2]| assert_eq!(parse_size(text).ok(), Some(size), "{text}");
        ok("1600x1000", [1600, 1000]);
        ok(" 800X600 ", [800, 600]);
        ok("1920×1080", [1920, 1080]);
        ok("320x8192", [320, 8192]);
        let bad = |text: &str, needle: &str| match parse_size(text) {
            Ok(size) => panic!("{text} gave {size:?}"),
            Err(e) => {
                assert!(e.0.contains(needle), "{text}: {}", e.0);
                assert!(!e.0.contains('\n'), "one line: {}", e.0);
            }
        };
        for text in [
            "",
            "1600",
            "1600x",
            "x1000",
            "axb",
            "1600x1000x3",
            "-5x10",
            "1.5x2",
        ] {
            bad(text, "expected WIDTHxHEIGHT");
        }
        bad("100x100", "between 320 and 8192");
        bad("1600x9000", "between 320 and 8192");
        bad("0x0", "between");
    }

    #[test]
    fn screenshot_arguments_parse_views_languages_and_defaults() {
        let parse = |args: &[&str]| Cli::try_parse_from(args).map(|cli| cli.command);
        let Ok(Some(Command::Screenshot(shot))) =
            parse(&["kanoscope", "screenshot", "-o", "out.png"])
        else {
            panic!("screenshot with defaults did not parse");
        };
        assert_eq!(shot.view, ViewArg::Results);
        assert_eq!(shot.size, "1600x1000");
        assert_eq!((shot.file, shot.sample, shot.lang), (None, false, None));
        assert_eq!(shot.theme, ThemeArg::Light);
        for (name, view) in [
            ("results", ViewArg::Results),
            ("plots", ViewArg::Plots),
            ("features", ViewArg::Features),
            ("responses", ViewArg::Responses),
            ("map", ViewArg::Map),
            ("survey", ViewArg::Survey),
            ("present", ViewArg::Present),
            ("export", ViewArg::Export),
            ("help", ViewArg::Help),
            ("save-as", ViewArg::SaveAs),
        ] {
            let Ok(Some(Command::Screenshot(shot))) = parse(&[
                "kanoscope",
                "screenshot",
                "p.kano.json",
                "--view",
                name,
                "-o",
                "x.png",
                "--lang",
                "zh",
            ]) else {
                panic!("--view {name} did not parse");
            };
            assert_eq!(shot.view, view);
            assert_eq!(shot.lang, Some(LangArg::Zh));
            assert_eq!(shot.file, Some(PathBuf::from("p.kano.json")));
        }
        let Ok(Some(Command::Screenshot(shot))) = parse(&[
            "kanoscope",
            "screenshot",
            "--import",
            "export.csv",
            "-o",
            "x.png",
        ]) else {
            panic!("--import did not parse");
        };
        assert_eq!(shot.import, Some(PathBuf::from("export.csv")));
        assert!(parse(&["kanoscope", "screenshot", "--view", "slides", "-o", "x.png"]).is_err());
        assert!(
            parse(&["kanoscope", "screenshot", "--view", "plots"]).is_err(),
            "needs -o"
        );
        assert!(
            parse(&[
                "kanoscope",
                "screenshot",
                "f.kano.json",
                "--sample",
                "-o",
                "x.png"
            ])
            .is_err(),
            "a file and --sample exclude each other"
        );
    }

    #[test]
    fn the_studio_takes_a_language_for_this_run() {
        let cli = Cli::try_parse_from(["kanoscope", "f.kano.json", "--lang", "zh"]);
        let cli = cli
            .ok()
            .unwrap_or_else(|| panic!("--lang zh did not parse"));
        assert_eq!(cli.lang.map(Lang::from), Some(Lang::Zh));
        assert_eq!(cli.file, Some(PathBuf::from("f.kano.json")));
        assert!(Cli::try_parse_from(["kanoscope", "--lang", "fr"]).is_err());
        // `analyze` keeps its own arguments: the studio's --lang is not one of them.
        assert!(
            Cli::try_parse_from(["kanoscope", "analyze", "f.kano.json", "--lang", "en"]).is_err()
        );
    }

    #[test]
    fn chinese_takes_two_columns() {
        assert_eq!(display_width("Wi-Fi"), 5);
        assert_eq!(display_width("车厢免费Wi-Fi"), 13);
    }
}
