//! What the two scatter plots share: their zoom and pan, and their tooltips' n and mean
//! importance. Both scatters are figures (`crate::figure`) painted by `figure_paint` and zoom by
//! laying the figure out again over a smaller `figure::scatter::Domain`: the wheel or a pinch
//! zooms around the pointer, a drag moves, a double-click shows everything again.
//!
//! It only reads input and words: the domain lives in egui's memory, never in the project, and
//! the figure's layout is `crate::figure`'s alone.

use super::data::FeaturePoint;
use crate::figure::Rect;
use crate::figure::scatter::{Domain, Limits};
use crate::i18n::{Texts, fill};
use crate::results::Results;
use eframe::egui;

/// The domain kept in egui's memory under `id`, inside `limits` (the whole when none is kept).
pub fn shown_domain(ctx: &egui::Context, id: egui::Id, limits: Limits) -> Domain {
    ctx.data(|d| d.get_temp::<Domain>(id))
        .map_or(limits.whole, |d| d.within(limits))
}

/// Keeps the domain after this frame's gestures over a figure whose plot is `plot` (in the
/// figure's units, from `response.rect`'s corner) and that showed `domain`.
pub fn zoom_and_pan(
    ui: &egui::Ui,
    response: &egui::Response,
    id: egui::Id,
    plot: Rect,
    (domain, limits): (Domain, Limits),
) {
    let next = gesture(ui, response, plot, domain, limits);
    if next != domain {
        ui.data_mut(|d| d.insert_temp(id, next));
        ui.ctx().request_repaint();
    }
}

/// The domain after this frame's gestures: wheel or pinch zooms around the pointer, a drag
/// moves, a double-click shows everything.
fn gesture(
    ui: &egui::Ui,
    response: &egui::Response,
    plot: Rect,
    domain: Domain,
    limits: Limits,
) -> Domain {
    if response.double_clicked() {
        return limits.whole;
    }
    let origin = response.rect.min;
    let (width, height) = (plot.width().max(1.0), plot.height().max(1.0));
    let span = (domain.x.1 - domain.x.0, domain.y.1 - domain.y.0);
    let mut next = domain;
    if response.dragged() {
        let d = response.drag_delta();
        next = next.panned(
            (
                -f64::from(d.x / width) * span.0,
                f64::from(d.y / height) * span.1,
            ),
            limits,
        );
    }
    if response.hovered() {
        let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
        let factor = f64::from(pinch) * f64::from(scroll / 200.0).exp();
        if (factor - 1.0).abs() > 1e-4
            && let Some(p) = response.hover_pos()
        {
            let at = (
                domain.x.0 + f64::from((p.x - origin.x - plot.min.x) / width) * span.0,
                domain.y.0 + f64::from((plot.max.y - (p.y - origin.y)) / height) * span.1,
            );
            next = next.zoomed(factor, at, limits);
        }
    }
    next
}

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
