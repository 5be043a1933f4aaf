//! The choices of the export dialog: what is exported (report, results, plot, questionnaire),
//! in which format, and a PNG's size. [`ExportChoice`] is what the app remembers between runs,
//! so every type here reads back from older or hand-edited preferences (`serde(default)`, a
//! custom size brought back within the limits).

use super::{PictureSize, Plot};
use serde::{Deserialize, Serialize};

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

#[cfg(test)]
mod tests {
    use super::*;

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
