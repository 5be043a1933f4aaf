//! What a person asks File ▸ Export… for, and the files that answers it: a report, the results,
//! one plot or the questionnaire, in one format, about one segment. The app's export dialog edits
//! an [`ExportRequest`]; [`ExportRequest::files`] turns it into the contents of every file to
//! write, and [`with_extension_for`] makes the chosen path end as the chosen format says.
//!
//! Pure like the rest of `export`: nothing here touches the disk or the screen. PNG pictures are
//! handed back as their SVG ([`Contents::Png`]) because rasterising a large picture takes seconds;
//! the caller renders it where that does not hold up the window.

use super::choice::{
    ExportChoice, ExportKind, FileFormat, PictureFormat, QuestionnaireFormat, ReportFormat,
    ResultsFormat,
};
use super::{ExportError, ImportanceQuestion, QuestionnaireOptions, ReportOptions};
use crate::i18n::{CategoryNames, Lang};
use crate::project::{Project, SegmentFilter};
use std::path::{Path, PathBuf};

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
    /// Two segments compared: the Better–Worse plot is then the comparison diagram, an arrow
    /// per feature from the first to the second (`segment` is not used for it). Empty otherwise.
    pub compare: Vec<String>,
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
            _ if self.compares() => format!(
                "-{}",
                self.compare
                    .iter()
                    .map(|s| file_name_part(s))
                    .collect::<Vec<_>>()
                    .join("-vs-")
            ),
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

    /// Whether the export is the comparison diagram of two segments.
    pub fn compares(&self) -> bool {
        self.choice.kind == ExportKind::Plot
            && self.choice.plot == super::Plot::BetterWorse
            && self.compare.len() == 2
    }

    /// The options the export's results are computed with: its segment, categories named from
    /// `names`.
    fn options(&self, project: &Project, names: CategoryNames) -> ReportOptions {
        ReportOptions {
            segment: self.segment.clone(),
            names,
            ..ReportOptions::new(project)
        }
    }

    /// For a picture with a key, the names its key cuts short at the size asked for and a size
    /// that shows them whole ([`super::cut_key_names`]); `None` for every other export, or when
    /// the key cuts no name.
    pub fn cut_key_names(
        &self,
        project: &Project,
        names: CategoryNames,
    ) -> Option<super::CutKeyNames> {
        if self.choice.kind != ExportKind::Plot {
            return None;
        }
        super::cut_key_names(
            project,
            &self.options(project, names),
            self.choice.plot,
            self.compares().then_some(self.compare.as_slice()),
            self.choice.picture_size(),
        )
    }

    /// The contents of every file to write for `path`, in the order to write them: a Markdown
    /// report's pictures come before the report, so it never links to a missing file. Categories
    /// are named from `names`, the person's preference.
    pub fn files(
        &self,
        project: &Project,
        path: &Path,
        names: CategoryNames,
    ) -> Result<Vec<ExportFile>, ExportError> {
        let choice = &self.choice;
        let options = self.options(project, names);
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
                let svg = if self.compares() {
                    super::comparison_svg(project, &options, &self.compare, choice.picture_size())
                } else {
                    super::plot_svg(project, &options, choice.plot, choice.picture_size())
                };
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
    use crate::export::{Plot, SizePreset};
    use crate::io::samples::Sample;

    fn request(kind: ExportKind) -> ExportRequest {
        ExportRequest {
            choice: ExportChoice {
                kind,
                ..ExportChoice::default()
            },
            segment: SegmentFilter::All,
            questionnaire_lang: Lang::En,
            compare: Vec::new(),
        }
    }

    #[test]
    fn two_segments_compared_export_the_comparison_diagram() {
        let project = Sample::MetroEnglish.project();
        let mut r = request(ExportKind::Plot);
        r.choice.plot = Plot::BetterWorse;
        r.compare = vec!["Commuter".into(), "Tourist".into()];
        assert!(r.compares());
        assert!(
            r.suggested_file_name("metro")
                .starts_with("metro-better-worse-Commuter-vs-Tourist.")
        );
        let files = r
            .files(&project, Path::new("x.svg"), CategoryNames::Kano)
            .unwrap();
        let svg = match &files[0].contents {
            Contents::Bytes(b) => String::from_utf8(b.clone()).unwrap(),
            Contents::Png(svg) => svg.clone(),
        };
        assert!(svg.contains("class=\"ring\"") && svg.contains("class=\"arrow"));
        assert!(svg.contains("Arrows from Segment “Commuter” (n = 55) to Segment “Tourist”"));
        // Other plots, and one segment, are not compared.
        r.choice.plot = Plot::Categories;
        assert!(!r.compares());
        r.choice.plot = Plot::BetterWorse;
        r.compare.pop();
        assert!(!r.compares());
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
    fn a_markdown_report_writes_its_pictures_first_beside_it() {
        let project = Sample::MetroEnglish.project();
        let mut report = request(ExportKind::Report);
        report.choice.report = ReportFormat::Markdown;
        let files = report
            .files(
                &project,
                Path::new("out/metro-report.md"),
                CategoryNames::Kano,
            )
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
        let files = plot
            .files(&project, Path::new("p.png"), CategoryNames::Kano)
            .unwrap();
        assert!(
            matches!(&files[..], [ExportFile { contents: Contents::Png(svg), .. }]
                if svg.contains("width=\"1280\"") && svg.contains("height=\"800\""))
        );
    }
}
