//! The Better–Worse picture of two segments compared, A → B, as SVG: the comparison layout
//! (`crate::figure::comparison`) written by [`super::figure_svg`], with the test of whether the
//! segments differ computed here, once, as `analyze --compare` does. Nothing is placed here.

use super::{PictureSize, ReportOptions, figure_svg};
use crate::figure::comparison::{self, ComparisonWords};
use crate::figure::{Figure, FigureOptions, FixedAdvance, Theme};
use crate::project::Project;
use crate::results::comparison::compare_tested;

/// The picture of `segments` (the first two; at least two must be given) under `options`'
/// analysis, in its language.
pub fn svg(
    project: &Project,
    options: &ReportOptions,
    segments: &[String],
    size: PictureSize,
) -> String {
    let t = options.texts();
    let (laid_out, features, caption) = lay_out(project, options, segments, size);
    let names = (
        segments.first().map_or("", String::as_str),
        segments.get(1).map_or("", String::as_str),
    );
    let tooltip = |i: usize| comparison::tooltip(t, names, &features[i]);
    figure_svg::write(&laid_out, &caption, &tooltip)
}

/// The laid-out picture (what [`svg`] writes).
pub fn figure(
    project: &Project,
    options: &ReportOptions,
    segments: &[String],
    size: PictureSize,
) -> Figure {
    lay_out(project, options, segments, size).0
}

/// The picture, its features and its caption.
fn lay_out(
    project: &Project,
    options: &ReportOptions,
    segments: &[String],
    size: PictureSize,
) -> (Figure, Vec<comparison::ComparedFeature>, String) {
    let t = options.texts();
    let compared = compare_tested(project, &options.analysis, segments);
    let (shown, left_out) = comparison::compared_features(project, &compared, |_| true);
    let features: Vec<_> = shown.into_iter().map(|(_, f)| f).collect();
    let words = ComparisonWords::new(t, project, &compared, left_out);
    let quadrant_lines = compared
        .results
        .get(1)
        .map_or((0.5, 0.5), |r| r.quadrant_lines);
    let laid_out = comparison::comparison(
        &features,
        quadrant_lines,
        &words,
        size.figure_size(),
        Theme::Light,
        FigureOptions {
            show_intervals: false,
            min_label_size: 0.0,
        },
        &FixedAdvance,
    );
    (laid_out, features, words.frame.caption)
}
