//! `kanoscope export`, `kanoscope report` and `kanoscope questionnaire`: thin wrappers that read
//! a project, call [`crate::export`] and write the result atomically. The format follows the
//! output file's extension.

use super::{CliError, LangArg, NamesArg, RuleArg, TableArg, segment_filter};
use crate::export::{
    self, ImportanceQuestion, PictureSize, Plot, QuestionnaireOptions, ReportOptions,
};
use crate::i18n::Lang;
use crate::io;
use crate::kano::QuadrantLines;
use crate::project::Project;
use clap::ValueEnum;
use std::path::{Path, PathBuf};

/// Arguments of `kanoscope export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The project file (*.kano.json).
    pub file: PathBuf,
    /// Where to write: results.csv, results.xlsx, plot.svg or plot.png (the extension decides).
    #[arg(short, long)]
    pub output: PathBuf,
    /// Which plot, for .svg and .png.
    #[arg(long, value_enum, default_value_t = PlotArg::BetterWorse)]
    pub plot: PlotArg,
    /// Picture size in pixels, for .svg and .png.
    #[arg(long, default_value = "1600x1000", value_parser = PictureSize::parse)]
    pub size: PictureSize,
    /// The Better–Worse diagram of two segments compared, for .svg and .png: an arrow per
    /// feature from the first to the second (--compare A --compare B).
    #[arg(long = "compare", value_name = "SEGMENT", conflicts_with = "segment")]
    pub compare: Vec<String>,
    #[command(flatten)]
    pub settings: SettingsArgs,
}

/// Arguments of `kanoscope report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The project file (*.kano.json).
    pub file: PathBuf,
    /// Where to write: report.html, or report.md (its plots are written beside it as SVG).
    #[arg(short, long)]
    pub output: PathBuf,
    #[command(flatten)]
    pub settings: SettingsArgs,
}

/// Arguments of `kanoscope questionnaire`.
#[derive(Debug, clap::Args)]
pub struct QuestionnaireArgs {
    /// The project file (*.kano.json).
    pub file: PathBuf,
    /// Where to write: form.html (printable), form.md, or form.csv (one row per question).
    #[arg(short, long)]
    pub output: PathBuf,
    /// The language of answers and instructions (default: the project's).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Leave out the 1–9 importance question.
    #[arg(long)]
    pub no_importance: bool,
}

/// What every results export is about.
#[derive(Debug, clap::Args)]
pub struct SettingsArgs {
    /// The language of headings and labels (default: the project's).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Only respondents in this segment.
    #[arg(long)]
    pub segment: Option<String>,
    /// The evaluation table (overrides the project's setting).
    #[arg(long, value_enum)]
    pub table: Option<TableArg>,
    /// The category rule (overrides the project's setting).
    #[arg(long, value_enum)]
    pub rule: Option<RuleArg>,
    /// Where the Better–Worse quadrant lines stand (overrides the project's setting).
    #[arg(long, value_enum)]
    pub quadrant: Option<QuadrantArg>,
    /// The category names written: Kano's or plain ones (the letters A O M I R Q stay).
    #[arg(long, value_enum, default_value_t = NamesArg::Kano)]
    pub names: NamesArg,
}

/// `--plot` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PlotArg {
    /// The Better–Worse diagram.
    BetterWorse,
    /// Stacked category shares per feature.
    Categories,
    /// The continuous-analysis scatter.
    Continuous,
    /// The moments-of-truth map (a column per touchpoint; pages one under the other).
    Journey,
}

/// `--quadrant` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum QuadrantArg {
    /// At 0.5.
    Fixed,
    /// At the mean Better and mean |Worse|.
    Mean,
}

impl From<PlotArg> for Plot {
    fn from(value: PlotArg) -> Self {
        match value {
            PlotArg::BetterWorse => Self::BetterWorse,
            PlotArg::Categories => Self::Categories,
            PlotArg::Continuous => Self::Continuous,
            PlotArg::Journey => Self::Journey,
        }
    }
}

impl From<QuadrantArg> for QuadrantLines {
    fn from(value: QuadrantArg) -> Self {
        match value {
            QuadrantArg::Fixed => Self::Fixed,
            QuadrantArg::Mean => Self::Mean,
        }
    }
}

fn read(file: &Path) -> Result<Project, CliError> {
    io::read_project(file).map_err(|e| CliError(e.to_string()))
}

fn options(project: &Project, file: &Path, args: &SettingsArgs) -> Result<ReportOptions, CliError> {
    let mut options = ReportOptions::new(project);
    if let Some(lang) = args.lang {
        options.lang = lang.into();
    }
    if let Some(table) = args.table {
        options.analysis.table = table.into();
    }
    if let Some(rule) = args.rule {
        options.analysis.rule = rule.into();
    }
    if let Some(quadrant) = args.quadrant {
        options.analysis.quadrant = quadrant.into();
    }
    options.names = args.names.into();
    options.segment = segment_filter(project, args.segment.as_deref())
        .map_err(|e| CliError(format!("{}: {}", file.display(), e.0)))?;
    Ok(options)
}

/// The output file's extension, lower case.
fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

fn unknown_format(path: &Path, expected: &str) -> CliError {
    CliError(format!(
        "cannot tell what to write from the name {}; use {expected}",
        path.display()
    ))
}

fn write(path: &Path, bytes: &[u8], out: &mut dyn std::io::Write) -> Result<(), CliError> {
    io::write_atomically(path, bytes)
        .map_err(|e| CliError(format!("cannot write {}: {e}", path.display())))?;
    writeln!(
        out,
        "wrote {}",
        super::printable(&path.display().to_string())
    )
    .map_err(|e| CliError(format!("cannot print: {e}")))
}

/// Runs `kanoscope export`.
pub fn run_export(args: &ExportArgs, out: &mut dyn std::io::Write) -> Result<(), CliError> {
    let expected = ".csv, .xlsx, .svg or .png";
    let format = extension(&args.output);
    if !["csv", "xlsx", "svg", "png"].contains(&format.as_str()) {
        return Err(unknown_format(&args.output, expected));
    }
    let project = read(&args.file)?;
    let options = options(&project, &args.file, &args.settings)?;
    let compared = compared_segments(&project, args)?;
    let picture = || match &compared {
        Some(segments) => export::comparison_svg(&project, &options, segments, args.size),
        None => export::plot_svg(&project, &options, args.plot.into(), args.size),
    };
    let bytes = match format.as_str() {
        "csv" | "xlsx" if compared.is_some() => {
            return Err(CliError(
                "--compare draws a picture: write .svg or .png (for the figures side by side, \
                 use analyze --compare)"
                    .into(),
            ));
        }
        "csv" => export::results_csv(&project, &options).into_bytes(),
        "xlsx" => export::results_xlsx(&project, &options).map_err(|e| CliError(e.to_string()))?,
        "svg" => picture().into_bytes(),
        _ => {
            let svg = picture();
            // The CJK font compiled in, as the studio's export uses: an installed binary has
            // no assets folder to read it from.
            let fonts = [crate::ui::fonts::BUNDLED_CJK_FONT.to_vec()];
            export::svg_to_png(&svg, &fonts).map_err(|e| CliError(e.to_string()))?
        }
    };
    write(&args.output, &bytes, out)?;
    if format == "svg" || format == "png" {
        note_cut_key_names(
            &project,
            &options,
            args.plot.into(),
            compared.as_deref(),
            args.size,
        );
    }
    Ok(())
}

/// Prints one note on stderr when the picture's key cuts names at the size asked for: how many,
/// and a larger `--size` (one that shows them whole, where a trial layout finds one). A note,
/// not an error: the picture is written all the same.
fn note_cut_key_names(
    project: &Project,
    options: &ReportOptions,
    plot: Plot,
    segments: Option<&[String]>,
    size: PictureSize,
) {
    let Some(cut) = export::cut_key_names(project, options, plot, segments, size) else {
        return;
    };
    let t = options.texts();
    let e = &t.export;
    let note = match cut.whole_at {
        Some(whole) => crate::i18n::fill(
            &crate::i18n::plural::counted(
                t,
                e.key_cut_whole_at_if_one,
                e.key_cut_whole_at,
                cut.cut,
            ),
            &[("size", &format!("{}x{}", whole.width, whole.height))],
        ),
        None => crate::i18n::plural::counted(t, e.key_cut_larger_if_one, e.key_cut_larger, cut.cut),
    };
    eprintln!("kanoscope: {}", super::printable(&note));
}

/// The two segments `--compare` names, checked; `None` without `--compare`.
fn compared_segments(
    project: &Project,
    args: &ExportArgs,
) -> Result<Option<Vec<String>>, CliError> {
    if args.compare.is_empty() {
        return Ok(None);
    }
    let mut segments: Vec<String> = Vec::new();
    for name in &args.compare {
        if !segments.contains(name) {
            segments.push(name.clone());
        }
    }
    if segments.len() != 2 {
        return Err(CliError(
            "--compare draws an arrow from one segment to another: give it exactly twice, with \
             two different segments"
                .into(),
        ));
    }
    if args.plot != PlotArg::BetterWorse {
        return Err(CliError(
            "--compare draws the Better–Worse diagram; leave out --plot or use --plot better-worse"
                .into(),
        ));
    }
    for segment in &segments {
        super::segment_filter(project, Some(segment))
            .map_err(|e| CliError(format!("{}: {}", args.file.display(), e.0)))?;
    }
    Ok(Some(segments))
}

/// Runs `kanoscope report`.
pub fn run_report(args: &ReportArgs, out: &mut dyn std::io::Write) -> Result<(), CliError> {
    let format = extension(&args.output);
    let project = read(&args.file)?;
    match format.as_str() {
        "html" | "htm" => {
            let options = options(&project, &args.file, &args.settings)?;
            write(
                &args.output,
                export::report_html(&project, &options).as_bytes(),
                out,
            )
        }
        "md" | "markdown" => {
            let options = options(&project, &args.file, &args.settings)?;
            let stem = args
                .output
                .file_stem()
                .map_or_else(|| "report".to_owned(), |s| s.to_string_lossy().into_owned());
            let report = export::report_markdown(&project, &options, &stem);
            let folder = args.output.parent().unwrap_or_else(|| Path::new(""));
            let pictures: Vec<PathBuf> =
                report.files.iter().map(|f| folder.join(&f.name)).collect();
            // The report and its plots, all or none: a report never links to a picture that is
            // not there, and a failed report leaves no pictures behind.
            let mut files: Vec<(&Path, &[u8])> = pictures
                .iter()
                .zip(&report.files)
                .map(|(path, file)| (path.as_path(), file.contents.as_bytes()))
                .collect();
            files.push((&args.output, report.text.as_bytes()));
            io::write_all_atomically(&files).map_err(|(k, e)| {
                let failed = files.get(k).map_or(args.output.as_path(), |f| f.0);
                CliError(format!(
                    "cannot write {}: {e}; nothing was written",
                    failed.display()
                ))
            })?;
            for (path, _) in &files {
                writeln!(
                    out,
                    "wrote {}",
                    super::printable(&path.display().to_string())
                )
                .map_err(|e| CliError(format!("cannot print: {e}")))?;
            }
            Ok(())
        }
        _ => Err(unknown_format(&args.output, ".html or .md")),
    }
}

/// Runs `kanoscope questionnaire`.
pub fn run_questionnaire(
    args: &QuestionnaireArgs,
    out: &mut dyn std::io::Write,
) -> Result<(), CliError> {
    let format = extension(&args.output);
    if !["html", "htm", "md", "markdown", "csv"].contains(&format.as_str()) {
        return Err(unknown_format(&args.output, ".html, .md or .csv"));
    }
    let project = read(&args.file)?;
    let options = QuestionnaireOptions {
        lang: args
            .lang
            .map_or_else(|| export::project_language(&project), Lang::from),
        importance: if args.no_importance {
            ImportanceQuestion::Skip
        } else {
            ImportanceQuestion::Ask
        },
    };
    let text = match format.as_str() {
        "csv" => export::questionnaire_csv(&project, &options),
        "md" | "markdown" => export::questionnaire_markdown(&project, &options),
        _ => export::questionnaire_html(&project, &options),
    };
    write(&args.output, text.as_bytes(), out)
}
