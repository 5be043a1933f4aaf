//! What a person asks File ▸ Export… for, and the files that answers it: a report, the results,
//! one plot or the questionnaire, in one format, about one segment. The app's export dialog edits
//! an [`ExportRequest`]; [`ExportRequest::files`] turns it into the contents of every file to
//! write, and [`with_extension_for`] makes the chosen path end as the chosen format says.
//!
//! Pure like the rest of `export`: nothing here touches the disk or the screen. PNG pictures are
//! handed back as their SVG ([`Contents::Png`]) because rasterising a large picture takes seconds;
//! the caller renders it where that does not hold up the window.

use super::{
    ExportError, ImportanceQuestion, PictureSize, Plot, QuestionnaireOptions, ReportOptions,
};
use crate::i18n::Lang;
use crate::project::{Project, SegmentFilter};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// What is exported.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExportKind {
    /// The whole report: reading, tables and plots.
    #[default]
    Report,
    /// The results table.
    Results,
    /// One plot as a picture.
    Plot,
    /// The questionnaire, to print or to build a survey from.
    Questionnaire,
}

impl ExportKind {
    /// Every kind, in the dialog's order.
    pub const ALL: [Self; 4] = [Self::Report, Self::Results, Self::Plot, Self::Questionnaire];
}

/// The kinds of file an export can be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileFormat {
    /// A self-contained HTML page.
    Html,
    /// Markdown text.
    Markdown,
    /// Comma-separated values.
    Csv,
    /// An Excel workbook.
    Xlsx,
    /// A vector picture.
    Svg,
    /// A raster picture.
    Png,
}

impl FileFormat {
    /// The extension given to new files, without the dot.
    pub const fn extension(self) -> &'static str {
        self.extensions()[0]
    }

    /// Every extension a file of this format may have, the usual one first.
    pub const fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::Html => &["html", "htm"],
            Self::Markdown => &["md", "markdown"],
            Self::Csv => &["csv"],
            Self::Xlsx => &["xlsx"],
            Self::Svg => &["svg"],
            Self::Png => &["png"],
        }
    }
}

/// The report's formats.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportFormat {
    /// One HTML file with its plots inside.
    #[default]
    Html,
    /// Markdown, with the plots as SVG files beside it.
    Markdown,
}

/// The results' formats.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResultsFormat {
    /// CSV.
    #[default]
    Csv,
    /// Excel.
    Xlsx,
}

/// A plot's formats.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PictureFormat {
    /// A vector picture that stays sharp at any size.
    Svg,
    /// A picture of a chosen size in pixels.
    #[default]
    Png,
}

/// The questionnaire's formats.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionnaireFormat {
    /// A printable form.
    #[default]
    Html,
    /// Markdown.
    Markdown,
    /// One row per question, for a survey platform.
    Csv,
}

impl ReportFormat {
    /// Every format, in the dialog's order.
    pub const ALL: [Self; 2] = [Self::Html, Self::Markdown];
}

impl ResultsFormat {
    /// Every format, in the dialog's order.
    pub const ALL: [Self; 2] = [Self::Csv, Self::Xlsx];
}

impl PictureFormat {
    /// Every format, in the dialog's order.
    pub const ALL: [Self; 2] = [Self::Png, Self::Svg];
}

impl QuestionnaireFormat {
    /// Every format, in the dialog's order.
    pub const ALL: [Self; 3] = [Self::Html, Self::Markdown, Self::Csv];
}

/// The size of a PNG picture: a common one, or the person's own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SizePreset {
    /// 1280 × 800, for a document on screen.
    Screen,
    /// 1920 × 1080, a full-HD slide.
    #[default]
    Slide,
    /// 3840 × 2160, a 4K screen.
    Uhd,
    /// 3508 × 2480: an A4 page, landscape, printed at 300 dpi.
    A4Print,
    /// Width and height as typed.
    Custom,
}

impl SizePreset {
    /// Every size, in the dialog's order.
    pub const ALL: [Self; 5] = [
        Self::Screen,
        Self::Slide,
        Self::Uhd,
        Self::A4Print,
        Self::Custom,
    ];

    /// The size in pixels; `None` for a custom size.
    pub const fn size(self) -> Option<PictureSize> {
        let (width, height) = match self {
            Self::Screen => (1280, 800),
            Self::Slide => (1920, 1080),
            Self::Uhd => (3840, 2160),
            // 297 mm × 210 mm at 300 dots per inch (25.4 mm).
            Self::A4Print => (3508, 2480),
            Self::Custom => return None,
        };
        Some(PictureSize { width, height })
    }
}

/// The choices of the export dialog that are worth keeping for next time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportChoice {
    /// What is exported.
    pub kind: ExportKind,
    /// The report's format.
    pub report: ReportFormat,
    /// The results' format.
    pub results: ResultsFormat,
    /// Which plot.
    pub plot: Plot,
    /// The plot's format.
    pub picture: PictureFormat,
    /// The PNG's size.
    pub size: SizePreset,
    /// The size typed for [`SizePreset::Custom`].
    pub custom_size: PictureSize,
    /// The questionnaire's format.
    pub questionnaire: QuestionnaireFormat,
}

impl Default for ExportChoice {
    fn default() -> Self {
        Self {
            kind: ExportKind::default(),
            report: ReportFormat::default(),
            results: ResultsFormat::default(),
            plot: Plot::BetterWorse,
            picture: PictureFormat::default(),
            size: SizePreset::default(),
            custom_size: PictureSize::default(),
            questionnaire: QuestionnaireFormat::default(),
        }
    }
}

impl ExportChoice {
    /// The format of the file the person picks a name for.
    pub const fn format(&self) -> FileFormat {
        match self.kind {
            ExportKind::Report => match self.report {
                ReportFormat::Html => FileFormat::Html,
                ReportFormat::Markdown => FileFormat::Markdown,
            },
            ExportKind::Results => match self.results {
                ResultsFormat::Csv => FileFormat::Csv,
                ResultsFormat::Xlsx => FileFormat::Xlsx,
            },
            ExportKind::Plot => match self.picture {
                PictureFormat::Svg => FileFormat::Svg,
                PictureFormat::Png => FileFormat::Png,
            },
            ExportKind::Questionnaire => match self.questionnaire {
                QuestionnaireFormat::Html => FileFormat::Html,
                QuestionnaireFormat::Markdown => FileFormat::Markdown,
                QuestionnaireFormat::Csv => FileFormat::Csv,
            },
        }
    }

    /// The plot's size: the preset's, or the custom one brought within the allowed range (a
    /// remembered choice may come from an edited preferences file).
    pub fn picture_size(&self) -> PictureSize {
        self.size.size().unwrap_or(PictureSize {
            width: clamp_side(self.custom_size.width),
            height: clamp_side(self.custom_size.height),
        })
    }
}

fn clamp_side(pixels: u32) -> u32 {
    pixels.clamp(PictureSize::MIN, PictureSize::MAX)
}

/// Everything one export needs: the kept choices, the respondents it is about, and the
/// questionnaire's language (both start from the project each time the dialog opens).
#[derive(Clone, Debug, PartialEq)]
pub struct ExportRequest {
    /// What, in which format.
    pub choice: ExportChoice,
    /// The respondents reports, results and plots are about (questionnaires have none).
    pub segment: SegmentFilter,
    /// The language of the questionnaire's answers and instructions.
    pub questionnaire_lang: Lang,
}

/// What goes into one file.
#[derive(Clone, Debug, PartialEq)]
pub enum Contents {
    /// The bytes, ready to write.
    Bytes(Vec<u8>),
    /// A picture still to render as PNG from this SVG (slow for large pictures).
    Png(String),
}

/// One file of an export.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportFile {
    /// Where it goes.
    pub path: PathBuf,
    /// What goes in.
    pub contents: Contents,
}

impl ExportRequest {
    /// A file name for the export: `<stem>-<what>[-<segment>].<extension>`, such as
    /// `metro-better-worse-commuters.png`.
    pub fn suggested_file_name(&self, stem: &str) -> String {
        let choice = &self.choice;
        let what = match choice.kind {
            ExportKind::Report => "report",
            ExportKind::Results => "results",
            ExportKind::Plot => choice.plot.token(),
            ExportKind::Questionnaire => "questionnaire",
        };
        let segment = match (&self.segment, choice.kind) {
            (_, ExportKind::Questionnaire) | (SegmentFilter::All, _) => String::new(),
            (SegmentFilter::Only(s), _) => {
                let name = file_name_part(s);
                if name.is_empty() {
                    "-no-segment".to_owned()
                } else {
                    format!("-{name}")
                }
            }
        };
        format!("{stem}-{what}{segment}.{}", choice.format().extension())
    }

    /// The contents of every file to write for `path`, in the order to write them: a Markdown
    /// report's pictures come before the report, so it never links to a missing file.
    pub fn files(&self, project: &Project, path: &Path) -> Result<Vec<ExportFile>, ExportError> {
        let choice = &self.choice;
        let options = ReportOptions {
            segment: self.segment.clone(),
            ..ReportOptions::new(project)
        };
        let file = |contents: Contents| ExportFile {
            path: path.to_owned(),
            contents,
        };
        let text = |s: String| file(Contents::Bytes(s.into_bytes()));
        let files = match choice.kind {
            ExportKind::Report => match choice.report {
                ReportFormat::Html => vec![text(super::report_html(project, &options))],
                ReportFormat::Markdown => {
                    let stem = path
                        .file_stem()
                        .map_or_else(|| "report".to_owned(), |s| s.to_string_lossy().into_owned());
                    let report = super::report_markdown(project, &options, &stem);
                    let folder = path.parent().unwrap_or_else(|| Path::new(""));
                    let mut files: Vec<ExportFile> = report
                        .files
                        .into_iter()
                        .map(|f| ExportFile {
                            path: folder.join(f.name),
                            contents: Contents::Bytes(f.contents.into_bytes()),
                        })
                        .collect();
                    files.push(text(report.text));
                    files
                }
            },
            ExportKind::Results => match choice.results {
                ResultsFormat::Csv => vec![text(super::results_csv(project, &options))],
                ResultsFormat::Xlsx => vec![file(Contents::Bytes(super::results_xlsx(
                    project, &options,
                )?))],
            },
            ExportKind::Plot => {
                let svg = super::plot_svg(project, &options, choice.plot, choice.picture_size());
                match choice.picture {
                    PictureFormat::Svg => vec![text(svg)],
                    PictureFormat::Png => vec![file(Contents::Png(svg))],
                }
            }
            ExportKind::Questionnaire => {
                let options = QuestionnaireOptions {
                    lang: self.questionnaire_lang,
                    importance: if project.survey().importance {
                        ImportanceQuestion::Ask
                    } else {
                        ImportanceQuestion::Skip
                    },
                };
                vec![text(match choice.questionnaire {
                    QuestionnaireFormat::Html => super::questionnaire_html(project, &options),
                    QuestionnaireFormat::Markdown => {
                        super::questionnaire_markdown(project, &options)
                    }
                    QuestionnaireFormat::Csv => super::questionnaire_csv(project, &options),
                })]
            }
        };
        Ok(files)
    }
}

/// `path` ending as `format` says: kept when its extension is one of the format's, otherwise with
/// the format's extension appended ("results" and "results.txt" become "results.csv" and
/// "results.txt.csv"), so that what was chosen in the dialog decides what is written.
pub fn with_extension_for(path: PathBuf, format: FileFormat) -> PathBuf {
    let fits = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .is_some_and(|e| format.extensions().contains(&e.as_str()));
    if fits {
        return path;
    }
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".");
    name.push(format.extension());
    path.with_file_name(name)
}

/// A segment's name as part of a file name: letters and digits of any script kept, every run of
/// anything else one hyphen, so that "Tourists / one-off" gives "Tourists-one-off".
fn file_name_part(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_alphanumeric() || c == '_' {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::samples::Sample;

    fn request(kind: ExportKind) -> ExportRequest {
        ExportRequest {
            choice: ExportChoice {
                kind,
                ..ExportChoice::default()
            },
            segment: SegmentFilter::All,
            questionnaire_lang: Lang::En,
        }
    }

    #[test]
    fn the_chosen_format_decides_the_extension() {
        for (typed, format, expected) in [
            ("a/r", FileFormat::Csv, "a/r.csv"),
            ("a/r.csv", FileFormat::Csv, "a/r.csv"),
            ("a/r.CSV", FileFormat::Csv, "a/r.CSV"),
            ("a/r.txt", FileFormat::Csv, "a/r.txt.csv"),
            ("a/r.htm", FileFormat::Html, "a/r.htm"),
            ("a/r.html", FileFormat::Markdown, "a/r.html.md"),
            ("a/plot.svg", FileFormat::Png, "a/plot.svg.png"),
            ("a/v1.2", FileFormat::Xlsx, "a/v1.2.xlsx"),
        ] {
            assert_eq!(
                with_extension_for(PathBuf::from(typed), format),
                PathBuf::from(expected),
                "{typed}"
            );
        }
    }

    #[test]
    fn suggested_names_say_what_and_for_whom() {
        let mut plot = request(ExportKind::Plot);
        plot.choice.plot = Plot::Continuous;
        plot.choice.picture = PictureFormat::Svg;
        assert_eq!(plot.suggested_file_name("metro"), "metro-continuous.svg");
        plot.segment = SegmentFilter::Only("Tourists / one-off".into());
        assert_eq!(
            plot.suggested_file_name("metro"),
            "metro-continuous-Tourists-one-off.svg"
        );
        plot.segment = SegmentFilter::Only("通勤族".into());
        assert_eq!(
            plot.suggested_file_name("地铁"),
            "地铁-continuous-通勤族.svg"
        );
        plot.segment = SegmentFilter::Only(String::new());
        assert_eq!(
            plot.suggested_file_name("metro"),
            "metro-continuous-no-segment.svg"
        );
        let mut form = request(ExportKind::Questionnaire);
        form.segment = SegmentFilter::Only("Tourists".into());
        form.choice.questionnaire = QuestionnaireFormat::Csv;
        assert_eq!(form.suggested_file_name("metro"), "metro-questionnaire.csv");
        assert_eq!(
            request(ExportKind::Report).suggested_file_name("m"),
            "m-report.html"
        );
    }

    #[test]
    fn custom_sizes_stay_within_limits() {
        let mut choice = ExportChoice {
            size: SizePreset::Custom,
            custom_size: PictureSize {
                width: 20_000,
                height: 3,
            },
            ..ExportChoice::default()
        };
        assert_eq!(
            choice.picture_size(),
            PictureSize {
                width: PictureSize::MAX,
                height: PictureSize::MIN
            }
        );
        choice.size = SizePreset::A4Print;
        assert_eq!(choice.picture_size().width, 3508);
    }

    #[test]
    fn a_markdown_report_writes_its_pictures_first_beside_it() {
        let project = Sample::MetroEnglish.project();
        let mut report = request(ExportKind::Report);
        report.choice.report = ReportFormat::Markdown;
        let files = report
            .files(&project, Path::new("out/metro-report.md"))
            .unwrap();
        let (last, pictures) = files.split_last().unwrap();
        assert!(!pictures.is_empty());
        assert_eq!(last.path, PathBuf::from("out/metro-report.md"));
        for picture in pictures {
            assert_eq!(picture.path.parent(), Some(Path::new("out")));
            assert!(picture.path.to_string_lossy().ends_with(".svg"));
        }
    }

    #[test]
    fn a_png_is_left_to_render_at_the_chosen_size() {
        let project = Sample::MetroEnglish.project();
        let mut plot = request(ExportKind::Plot);
        plot.choice.size = SizePreset::Screen;
        let files = plot.files(&project, Path::new("p.png")).unwrap();
        assert!(
            matches!(&files[..], [ExportFile { contents: Contents::Png(svg), .. }]
                if svg.contains("width=\"1280\"") && svg.contains("height=\"800\""))
        );
    }

    #[test]
    fn the_remembered_choice_reads_back_and_tolerates_missing_fields() {
        let choice = ExportChoice {
            kind: ExportKind::Plot,
            plot: Plot::Categories,
            size: SizePreset::Custom,
            ..ExportChoice::default()
        };
        let json = serde_json::to_string(&choice).unwrap();
        assert_eq!(serde_json::from_str::<ExportChoice>(&json).unwrap(), choice);
        let partial: ExportChoice = serde_json::from_str(r#"{"kind":"results"}"#).unwrap();
        assert_eq!(partial.kind, ExportKind::Results);
        assert_eq!(partial.plot, Plot::BetterWorse);
    }
}
