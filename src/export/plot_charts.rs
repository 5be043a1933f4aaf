//! The category-shares chart and the continuous-analysis scatter as SVG: the figure layouts
//! (`crate::figure::shares`, `crate::figure::continuous`) for the export's respondents, written
//! by [`super::figure_svg`], each with its caption. The same geometry as the studio's Plots tab;
//! nothing is placed here.

use super::{PictureSize, ReportOptions, figure_svg};
use crate::figure::{self, ContinuousOptions, Figure, FixedAdvance, Theme};
use crate::i18n::Texts;
use crate::i18n::number::two_decimals;
use crate::kano::Category;
use crate::project::Project;
use crate::results::Results;

/// The category shares for these results: `size.width` wide and at least `size.height` tall
/// (taller when the features would not fit at a readable bar height).
pub fn categories_svg(
    t: &Texts,
    project: &Project,
    results: &Results,
    options: &ReportOptions,
    size: PictureSize,
) -> String {
    let features: Vec<_> = figure::shares::features_of(project, results, |_| true)
        .into_iter()
        .map(|(_, f)| f)
        .collect();
    let caption = options.caption(t, results);
    let words = figure::SharesWords::new(t, caption);
    let laid_out = figure::shares(
        &features,
        &words,
        size.figure_size(),
        Theme::Light,
        0.0,
        &FixedAdvance,
    );
    let tooltip = |i: usize| {
        let f = &features[i];
        let shares: Vec<String> = Category::ALL
            .into_iter()
            .map(|c| {
                format!(
                    "{} {}",
                    c.letter(),
                    figure::shares::percent(f.counts.share(c).unwrap_or(0.0))
                )
            })
            .collect();
        format!("{} — {} · n = {}", f.name, shares.join(" · "), f.n)
    };
    figure_svg::write(&laid_out, t.report.section_categories, &tooltip)
}

/// The continuous-analysis scatter for these results.
pub fn continuous_svg(
    t: &Texts,
    project: &Project,
    results: &Results,
    options: &ReportOptions,
    size: PictureSize,
) -> String {
    let (laid_out, features) = continuous_lay_out(t, project, results, options, size);
    let tooltip = |i: usize| {
        let f = &features[i];
        format!(
            "{} — {} · {} {} (sd {}) · {} {} (sd {})",
            f.name,
            f.category.map_or("–", |c| t.category(c)),
            t.method.functional,
            two_decimals(Some(f.functional.0)),
            two_decimals(f.functional.1),
            t.method.dysfunctional,
            two_decimals(Some(f.dysfunctional.0)),
            two_decimals(f.dysfunctional.1),
        )
    };
    figure_svg::write(&laid_out, t.report.section_continuous, &tooltip)
}

/// The laid-out continuous-analysis scatter (what [`continuous_svg`] writes).
pub fn continuous_figure(
    t: &Texts,
    project: &Project,
    results: &Results,
    options: &ReportOptions,
    size: PictureSize,
) -> Figure {
    continuous_lay_out(t, project, results, options, size).0
}

fn continuous_lay_out(
    t: &Texts,
    project: &Project,
    results: &Results,
    options: &ReportOptions,
    size: PictureSize,
) -> (Figure, Vec<figure::ContinuousFeature>) {
    let features: Vec<_> = figure::continuous::features_of(project, results, |_| true)
        .into_iter()
        .map(|(_, f)| f)
        .collect();
    let caption = options.caption(t, results);
    let words = figure::ContinuousWords::new(t, caption, project.importance_scale());
    let laid_out = figure::continuous(
        &features,
        &words,
        size.figure_size(),
        Theme::Light,
        ContinuousOptions::default(),
        &FixedAdvance,
    );
    (laid_out, features)
}
