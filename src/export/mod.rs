//! Taking results out of Kanoscope: results as CSV and .xlsx, plots as SVG and PNG, a report
//! (self-contained HTML or Markdown) and the questionnaire (printable HTML, Markdown, CSV).
//!
//! Every function here is pure: it takes a [`Project`] and options and returns the file's
//! contents as a `String` or bytes, so that the command line and the app (File ▸ Export…) share
//! them. Writing files is the caller's job (with [`crate::io::write_atomically`]). The one
//! exception is PNG rendering, which reads the system's fonts. Nothing here touches the screen,
//! and every figure comes from `project.results(..)`, so exports always match the app.
//!
//! Outputs are reproducible: no dates, no clocks, the same project gives the same bytes (the
//! .xlsx container aside, which stamps its creation time).

mod choice;
pub(crate) mod csv_cells;
mod figure_svg;
mod journey_html;
mod journey_svg;
pub use crate::figure::palette;
mod plot_better_worse;
mod plot_charts;
mod plot_comparison;
mod png;
mod questionnaire;
mod reading;
mod report_html;
mod report_markdown;
mod request;
mod spreadsheet;
pub mod svg;
pub mod table;

pub use choice::{
    ExportChoice, ExportKind, FileFormat, PictureFormat, QuestionnaireFormat, ReportFormat,
    ResultsFormat, SizePreset,
};
pub use png::svg_to_png;
pub use questionnaire::{
    ImportanceQuestion, QuestionnaireOptions, questionnaire_csv, questionnaire_html,
    questionnaire_markdown,
};
pub use reading::{better_with_interval, not_settled, worse_with_interval};
pub use report_html::report_html;
pub use report_markdown::{MarkdownReport, ReportFile, escape_markdown, report_markdown};
pub use request::{Contents, ExportFile, ExportRequest, with_extension_for};
pub use spreadsheet::{results_csv, results_xlsx};

use crate::i18n::{CategoryNames, Lang, Texts};
use crate::kano::Analysis;
use crate::project::{Project, SegmentFilter};
use crate::results::Results;

/// What an export is about: which respondents, under which analysis settings, in which language.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportOptions {
    /// The language of every text written.
    pub lang: Lang,
    /// The evaluation table, category rule and quadrant lines.
    pub analysis: Analysis,
    /// The respondents the figures are about.
    pub segment: SegmentFilter,
    /// Kano's category names or plain ones (the letters never change).
    pub names: CategoryNames,
}

impl ReportOptions {
    /// The project's own settings, over all respondents, in the project's language.
    pub fn new(project: &Project) -> Self {
        Self {
            lang: project_language(project),
            analysis: *project.analysis(),
            segment: SegmentFilter::All,
            names: CategoryNames::Kano,
        }
    }

    /// The results these options describe.
    pub fn results(&self, project: &Project) -> Results {
        project.results(&self.analysis, &self.segment)
    }

    /// What a picture of `results` shows, said in its caption: the segment and its n.
    pub fn caption(&self, t: &Texts, results: &Results) -> String {
        crate::figure::caption::caption(t, &self.segment, results.respondents, None)
    }

    /// The strings of the chosen language.
    pub fn texts(&self) -> &'static Texts {
        self.lang.texts_with(self.names)
    }
}

/// The language a project is written in: Chinese when its title, feature names or questions
/// contain Chinese characters, English otherwise.
pub fn project_language(project: &Project) -> Lang {
    let texts = std::iter::once(project.title()).chain(
        project
            .features()
            .iter()
            .flat_map(|f| [f.name.as_str(), f.functional.as_str()]),
    );
    let chinese = texts
        .flat_map(str::chars)
        .any(|c| matches!(u32::from(c), 0x4E00..=0x9FFF));
    if chinese { Lang::Zh } else { Lang::En }
}

/// The name of a segment filter for people: "All respondents" or the segment's name.
pub fn segment_label(t: &Texts, segment: &SegmentFilter) -> String {
    match segment {
        SegmentFilter::All => t.report.all_respondents.into(),
        SegmentFilter::Only(s) if s.is_empty() => t.report.no_segment.into(),
        SegmentFilter::Only(s) => s.clone(),
    }
}

/// One of the exported plots.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Plot {
    /// The Better–Worse diagram: x = |Worse|, y = Better.
    BetterWorse,
    /// Stacked bars of category shares per feature.
    Categories,
    /// The continuous-analysis scatter with standard-deviation whiskers.
    Continuous,
    /// The moments-of-truth map: a column per touchpoint, a card per feature.
    Journey,
}

impl Plot {
    /// Every plot.
    pub const ALL: [Self; 4] = [
        Self::BetterWorse,
        Self::Categories,
        Self::Continuous,
        Self::Journey,
    ];

    /// The name used on the command line and in file names.
    pub const fn token(self) -> &'static str {
        match self {
            Self::BetterWorse => "better-worse",
            Self::Categories => "categories",
            Self::Continuous => "continuous",
            Self::Journey => "journey",
        }
    }
}

/// The size of an exported picture in px.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PictureSize {
    /// Width in px.
    pub width: u32,
    /// Height in px.
    pub height: u32,
}

impl PictureSize {
    /// The same size in picture units (CSS px), as `figure` lays pictures out.
    pub fn figure_size(self) -> crate::figure::Size {
        crate::figure::Size {
            width: self.width as f32,
            height: self.height as f32,
        }
    }
}

impl Default for PictureSize {
    fn default() -> Self {
        Self {
            width: 1600,
            height: 1000,
        }
    }
}

impl PictureSize {
    /// The smallest picture that still holds axes, labels and a legend.
    pub const MIN: u32 = 320;
    /// The largest picture (a PNG of 8000 × 8000 px is already 256 MB in memory).
    pub const MAX: u32 = 8000;

    /// Parses `1600x1000` (also with `×` or `X`).
    pub fn parse(text: &str) -> Result<Self, String> {
        let expected = || {
            format!(
                "expected a size like 1600x1000 (width x height in pixels, each {} to {})",
                Self::MIN,
                Self::MAX
            )
        };
        let (w, h) = text
            .trim()
            .split_once(['x', 'X', '×'])
            .ok_or_else(expected)?;
        let parse = |s: &str| s.trim().parse::<u32>().ok();
        match (parse(w), parse(h)) {
            (Some(width), Some(height))
                if (Self::MIN..=Self::MAX).contains(&width)
                    && (Self::MIN..=Self::MAX).contains(&height) =>
            {
                Ok(Self { width, height })
            }
            _ => Err(format!("\"{text}\" is not a picture size; {}", expected())),
        }
    }
}

/// One plot as an SVG document of (about) the given size. The category chart grows taller than
/// asked when it has more features than fit at a readable bar height.
pub fn plot_svg(
    project: &Project,
    options: &ReportOptions,
    plot: Plot,
    size: PictureSize,
) -> String {
    let results = options.results(project);
    let t = options.texts();
    match plot {
        Plot::BetterWorse => plot_better_worse::svg(t, project, &results, options, size),
        Plot::Categories => plot_charts::categories_svg(t, project, &results, options, size),
        Plot::Continuous => plot_charts::continuous_svg(t, project, &results, options, size),
        Plot::Journey => journey_svg::svg(t, project, &results, options, size),
    }
}

/// The Better–Worse picture of two segments compared (the first two of `segments`), each
/// feature's arrow from its place in the first to its place in the second, as an SVG document.
pub fn comparison_svg(
    project: &Project,
    options: &ReportOptions,
    segments: &[String],
    size: PictureSize,
) -> String {
    plot_comparison::svg(project, options, segments, size)
}

/// The laid-out picture of `plot` (or, with `segments`, of the first two compared) at `size`,
/// for a picture that has a key of numbered points; `None` for the others (the category chart
/// and the journey map name every feature beside its bar or card).
pub fn keyed_figure(
    project: &Project,
    options: &ReportOptions,
    plot: Plot,
    segments: Option<&[String]>,
    size: PictureSize,
) -> Option<crate::figure::Figure> {
    with_keyed(project, options, segments, |keyed| {
        keyed_figure_of(project, options, plot, keyed, size)
    })
}

/// Calls `f` with what a keyed picture shows: the `segments` compared, or else the results,
/// computed here once for all that `f` lays out.
fn with_keyed<R>(
    project: &Project,
    options: &ReportOptions,
    segments: Option<&[String]>,
    f: impl FnOnce(Keyed<'_>) -> R,
) -> R {
    match segments {
        Some(segments) => f(Keyed::Compared(segments)),
        None => f(Keyed::Of(&options.results(project))),
    }
}

/// What a keyed picture shows: two segments compared, or one set of results.
#[derive(Clone, Copy)]
enum Keyed<'a> {
    Compared(&'a [String]),
    Of(&'a Results),
}

/// [`keyed_figure`] for results computed once by the caller.
fn keyed_figure_of(
    project: &Project,
    options: &ReportOptions,
    plot: Plot,
    keyed: Keyed<'_>,
    size: PictureSize,
) -> Option<crate::figure::Figure> {
    let t = options.texts();
    match keyed {
        Keyed::Compared(segments) => {
            Some(plot_comparison::figure(project, options, segments, size))
        }
        Keyed::Of(results) => match plot {
            Plot::BetterWorse => Some(plot_better_worse::figure(
                t, project, results, options, size,
            )),
            Plot::Continuous => Some(plot_charts::continuous_figure(
                t, project, results, options, size,
            )),
            Plot::Categories | Plot::Journey => None,
        },
    }
}

/// The sizes suggested when names in a picture's key are cut, smallest first.
pub const LARGER_SIZES: [PictureSize; 3] = [
    PictureSize {
        width: 1920,
        height: 1080,
    },
    PictureSize {
        width: 2560,
        height: 1440,
    },
    PictureSize {
        width: 3840,
        height: 2160,
    },
];

/// Names cut in a picture's key at the size asked for, and what to do about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CutKeyNames {
    /// How many entries of the key show their name cut short.
    pub cut: usize,
    /// The smallest of [`LARGER_SIZES`] larger than the size asked for at which a trial layout
    /// cuts no name; `None` when none does.
    pub whole_at: Option<PictureSize>,
}

/// Whether the key of `plot` (or of the comparison of `segments`) cuts names at `size`: `None`
/// when it cuts none (or the picture has no key), else how many and the size that shows them
/// whole, tried by laying the picture out again at each of [`LARGER_SIZES`] in turn.
pub fn cut_key_names(
    project: &Project,
    options: &ReportOptions,
    plot: Plot,
    segments: Option<&[String]>,
    size: PictureSize,
) -> Option<CutKeyNames> {
    // The results once, for every size tried.
    with_keyed(project, options, segments, |keyed| {
        let cut_at = |size| {
            keyed_figure_of(project, options, plot, keyed, size).map_or(0, |f| f.key_names_cut())
        };
        let cut = cut_at(size);
        if cut == 0 {
            return None;
        }
        let whole_at = LARGER_SIZES
            .into_iter()
            .filter(|s| {
                s.width >= size.width
                    && s.height >= size.height
                    && (s.width, s.height) != (size.width, size.height)
            })
            .find(|&s| cut_at(s) == 0);
        Some(CutKeyNames { cut, whole_at })
    })
}

/// A failed export. The libraries' own words are kept as they said them.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The spreadsheet library refused the workbook.
    #[error("cannot build the spreadsheet: {0}")]
    Spreadsheet(String),
    /// The picture's SVG could not be read back (a bug in the drawing, never the person's data).
    #[error("cannot draw the picture: the SVG is not valid: {0}")]
    InvalidSvg(String),
    /// The picture is too large to draw in memory.
    #[error("cannot draw the picture: a picture of {width} x {height} pixels is too large")]
    PictureTooLarge {
        /// Its width in pixels.
        width: u32,
        /// Its height in pixels.
        height: u32,
    },
    /// The picture could not be encoded as PNG.
    #[error("cannot draw the picture: {0}")]
    Picture(String),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::samples::Sample;

    #[test]
    fn sizes_parse_within_limits() {
        assert_eq!(
            PictureSize::parse("1600x1000"),
            Ok(PictureSize {
                width: 1600,
                height: 1000
            })
        );
        assert_eq!(PictureSize::parse(" 800 × 600 ").map(|s| s.width), Ok(800));
        assert!(PictureSize::parse("1600").is_err());
        assert!(PictureSize::parse("10x10").is_err());
        assert!(PictureSize::parse("axb").is_err());
    }

    #[test]
    fn the_samples_are_in_their_own_language() {
        assert_eq!(project_language(&Sample::MetroEnglish.project()), Lang::En);
        assert_eq!(project_language(&Sample::MetroChinese.project()), Lang::Zh);
        // The survey (and the questionnaire export) speaks the same language as the project.
        for sample in [Sample::MetroEnglish, Sample::MetroChinese] {
            let project = sample.project();
            assert_eq!(project.survey().language, project_language(&project));
        }
    }
}
