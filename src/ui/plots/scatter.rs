//! What the two scatter plots' tooltips share: a point's n and mean importance. Both scatters
//! are figures (`crate::figure`) painted by `figure_paint`; this only adds words to their
//! tooltips.

use super::data::FeaturePoint;
use crate::i18n::{Texts, fill};
use crate::results::Results;
use eframe::egui;

/// The tooltip lines every scatter shares: n and the mean importance.
pub fn describe_n_and_importance(
    ui: &mut egui::Ui,
    t: &Texts,
    results: &Results,
    point: &FeaturePoint,
) {
    let r = &t.results;
    let Some(stats) = results.features.get(point.feature).map(|f| f.stats) else {
        return;
    };
    ui.label(fill(r.hover_n, &[("n", &stats.n)]));
    ui.label(stats.importance.map_or_else(
        || r.hover_no_importance.to_owned(),
        |i| fill(r.hover_importance, &[("mean", &format!("{:.1}", i.mean))]),
    ));
}
