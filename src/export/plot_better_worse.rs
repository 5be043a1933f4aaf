//! The Better–Worse picture as SVG: the figure layout (`crate::figure::better_worse`) for the
//! export's respondents, written by [`super::figure_svg`]. The same geometry as the studio's
//! slides; nothing is placed here.

use super::{PictureSize, ReportOptions, figure_svg};
use crate::figure::{self, Figure, FigureOptions, FixedAdvance, Theme};
use crate::i18n::Texts;
use crate::project::Project;
use crate::results::Results;

/// The picture for these results.
pub fn svg(
    t: &Texts,
    project: &Project,
    results: &Results,
    options: &ReportOptions,
    size: PictureSize,
) -> String {
    let (laid_out, features) = lay_out(t, project, results, options, size);
    let tooltip = |i: usize| {
        let f = &features[i];
        format!(
            "{} — {} · {} {} · {} {}",
            f.name,
            f.category.map_or("–", |c| t.category(c)),
            t.report.better_short,
            crate::i18n::number::two_decimals(Some(f.better)),
            t.report.worse_short,
            crate::i18n::number::two_decimals(Some(-f.worse)),
        )
    };
    figure_svg::write(&laid_out, t.report.section_better_worse, &tooltip)
}

/// The laid-out picture for these results (what [`svg`] writes).
pub fn figure(
    t: &Texts,
    project: &Project,
    results: &Results,
    options: &ReportOptions,
    size: PictureSize,
) -> Figure {
    lay_out(t, project, results, options, size).0
}

fn lay_out(
    t: &Texts,
    project: &Project,
    results: &Results,
    options: &ReportOptions,
    size: PictureSize,
) -> (Figure, Vec<figure::BetterWorseFeature>) {
    let features: Vec<_> = figure::better_worse::features_of(project, results, |_| true)
        .into_iter()
        .map(|(_, f)| f)
        .collect();
    let caption = options.caption(t, results);
    let words = figure::BetterWorseWords::new(
        t,
        caption,
        results.quadrant_lines,
        project.importance_scale(),
    );
    let n = u32::try_from(results.respondents).unwrap_or(u32::MAX);
    let laid_out = figure::better_worse(
        &features,
        results.quadrant_lines,
        &words,
        size.figure_size(),
        Theme::Light,
        FigureOptions::for_respondents(n),
        &FixedAdvance,
    );
    (laid_out, features)
}
