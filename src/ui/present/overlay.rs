//! A feature's whole distribution, large: the six category counts as bars with their shares,
//! Better and Worse, and n. Shown over a slide when a point, bar or card is clicked, and (smaller)
//! under each card of a touchpoint's slide; and the facilitator's switch for the intervals
//! drawn on the Better–Worse slide. It only reads, and the switch only reports its click.

use super::super::journey_map::stats_of;
use super::super::theme::{category_color, projector};
use crate::i18n::{Texts, fill};
use crate::kano::{Category, FeatureStats};
use crate::project::Project;
use crate::results::Results;
use eframe::egui::{self, RichText, Sense, Vec2};

/// Text size in the overlay (before the workshop zoom).
const OVERLAY_TEXT: f32 = projector::OVERLAY_TEXT_SIZE;

/// Shows the overlay for `feature`; returns true when it should close (Esc, or a click).
pub fn show(
    ctx: &egui::Context,
    t: &Texts,
    project: &Project,
    results: &Results,
    feature: usize,
) -> bool {
    let (Some(f), Some(stats)) = (project.features().get(feature), stats_of(results, feature))
    else {
        return true;
    };
    let modal = egui::Modal::new(egui::Id::unique("present_overlay")).show(ctx, |ui| {
        ui.set_width(620.0);
        ui.label(RichText::new(&f.name).size(OVERLAY_TEXT * 1.5).strong());
        ui.label(RichText::new(t.present.distribution_title).size(OVERLAY_TEXT));
        if let Some(c) = stats.category {
            ui.label(
                RichText::new(format!("{} · {}", t.category(c), t.category_explained(c)))
                    .size(OVERLAY_TEXT)
                    .color(category_color(c)),
            );
        }
        // A split audience is said here too, as on the cards and in the table.
        if stats.is_mixed() {
            ui.label(
                RichText::new(format!("{} — {}", t.present.mixed, t.method.mixed_tooltip))
                    .size(OVERLAY_TEXT * 0.8),
            );
        }
        ui.add_space(8.0);
        category_bars(ui, t, stats, OVERLAY_TEXT);
        figures(ui, t, stats, OVERLAY_TEXT);
        ui.add_space(8.0);
        ui.weak(t.present.close_hint);
        ui.input(|i| i.pointer.any_click())
    });
    modal.inner || modal.should_close()
}

/// The six categories as bars (length = share of n) with "count · share".
pub(super) fn category_bars(ui: &mut egui::Ui, t: &Texts, stats: &FeatureStats, text: f32) {
    let name_width = text * 9.0;
    let bar_width = text * 8.0;
    let ink = ui.visuals().strong_text_color();
    for c in Category::ALL {
        let count = stats.counts[c];
        let share = stats.counts.share(c).unwrap_or(0.0);
        ui.horizontal(|ui| {
            ui.add_sized(
                [name_width, text * 1.3],
                egui::Label::new(
                    RichText::new(format!("{} {}", c.letter(), t.category(c))).size(text),
                )
                .truncate(),
            );
            let (rect, _) = ui.allocate_exact_size(Vec2::new(bar_width, text), Sense::hover());
            let painter = ui.painter();
            painter.rect_filled(rect, 2.0, ink.gamma_multiply(0.08));
            let mut bar = rect;
            bar.set_width(rect.width() * share as f32);
            painter.rect_filled(bar, 2.0, category_color(c));
            let figures = fill(
                t.present.share_row,
                &[
                    ("count", &count),
                    ("share", &format!("{:.0}%", share * 100.0)),
                ],
            );
            ui.label(RichText::new(figures).size(text).color(ink));
        });
    }
}

/// Better, |Worse| and n, under the bars when no card above shows them.
fn figures(ui: &mut egui::Ui, t: &Texts, stats: &FeatureStats, text: f32) {
    let ink = ui.visuals().strong_text_color();
    let figures = match stats.coefficients {
        Some(c) => fill(
            t.present.better_abs_worse,
            &[
                ("better", &crate::i18n::number::fixed(c.better, 2)),
                ("worse", &crate::i18n::number::fixed(c.worse.abs(), 2)),
            ],
        ),
        None => t.present.no_answers.to_owned(),
    };
    ui.label(RichText::new(figures).size(text).strong().color(ink));
    ui.label(
        RichText::new(fill(t.present.n_value, &[("n", &stats.n)]))
            .size(text)
            .color(ink),
    );
}

/// The facilitator's switch for the 95% intervals on the Better–Worse slide; true when clicked.
pub fn intervals_toggle(ui: &mut egui::Ui, t: &Texts, shown: bool) -> bool {
    let mut on = shown;
    ui.checkbox(
        &mut on,
        RichText::new(t.present.intervals_toggle).size(projector::META_SIZE * 0.8),
    )
    .on_hover_text(t.present.intervals_toggle_tip)
    .changed()
}
