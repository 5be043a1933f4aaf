//! The cells of the results table: right-aligned figures, the category badge, the strength and
//! significance verdicts, and the small painted marks (the bundled fonts have no arrow or
//! warning glyphs, so those are drawn). Each cell only reads the statistics it is given.

use super::super::theme::category_badge_text;
use crate::i18n::{Texts, fill};
use crate::kano::{Category, FeatureStats, Strength};
use crate::results::{FeatureResult, Interval, uncertainty::is_settled};
use eframe::egui::{self, RichText};

/// A figure, right-aligned so that decimals line up.
pub fn number(ui: &mut egui::Ui, text: String) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.label(text);
    });
}

pub fn figure(x: Option<f64>) -> String {
    crate::i18n::number::two_decimals(x)
}

/// A figure with its 95% interval, "0.66 (0.57–0.74)", right-aligned; the interval in the
/// weaker colour so the figure reads first.
pub fn with_interval(
    ui: &mut egui::Ui,
    t: &Texts,
    (name, value): (&str, Option<f64>),
    interval: Option<Interval>,
) {
    let (Some(value), Some(interval)) = (value, interval) else {
        number(ui, figure(value));
        return;
    };
    let (low, high) = (figure(Some(interval.low)), figure(Some(interval.high)));
    // Between two negative ends the dash is spaced, as in i18n::number::with_interval, so that
    // it does not run into the minus sign: "−0.60 (−0.69 – −0.51)".
    let spaced = low.starts_with(crate::i18n::number::MINUS);
    let (low_shown, high_shown) = if spaced {
        (format!("{low} "), format!(" {high}"))
    } else {
        (low.clone(), high.clone())
    };
    let text = fill(
        t.results.with_interval,
        &[
            ("value", &figure(Some(value))),
            ("low", &low_shown),
            ("high", &high_shown),
        ],
    );
    let tip = fill(
        t.results.interval_tip,
        &[("name", &name), ("low", &low), ("high", &high)],
    );
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.label(text).on_hover_text(tip);
    });
}

/// The category confidence: "0.82", or a warning-coloured "not settled (0.48)" below 0.6; "–"
/// while it is being computed or where there is no category.
pub fn confidence(ui: &mut egui::Ui, t: &Texts, result: &FeatureResult) {
    let r = &t.results;
    if result.stats.category.is_none() {
        ui.label("–").on_hover_text(r.no_answers);
        return;
    }
    let Some(value) = result.category_confidence else {
        ui.label("–").on_hover_text(r.confidence_pending);
        return;
    };
    let shown = figure(Some(value));
    if is_settled(value) {
        number(ui, shown);
    } else {
        let text = fill(r.not_settled, &[("confidence", &shown)]);
        let tip = fill(r.not_settled_tip, &[("confidence", &shown)]);
        let color = ui.visuals().warn_fg_color;
        ui.label(RichText::new(text).color(color))
            .on_hover_text(tip);
    }
}

pub fn percent(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_owned(), |v| format!("{:.0}%", v * 100.0))
}

/// The category as a coloured letter chip and its plain-language name, in one label so that it
/// reads (and is announced) as "M Basic".
pub fn category_badge(ui: &mut egui::Ui, t: &Texts, category: Option<Category>) {
    let Some(c) = category else {
        ui.label("–").on_hover_text(t.results.no_answers);
        return;
    };
    let job = category_badge_text(ui, c, t.category(c), 6.0);
    let tip = fill(
        t.results.category_badge_tip,
        &[
            ("category", &t.category(c)),
            ("meaning", &t.category_explained(c)),
        ],
    );
    ui.label(job).on_hover_text(tip);
}

pub fn category_strength(ui: &mut egui::Ui, t: &Texts, strength: Option<Strength>) {
    let Some(s) = strength else {
        number(ui, "–".to_owned());
        return;
    };
    let text = percent(Some(s.category));
    if s.category < Strength::MIXED_BELOW {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.colored_label(ui.visuals().warn_fg_color, text)
                .on_hover_text(t.results.col_category_strength_tip);
        });
    } else {
        number(ui, text);
    }
}

/// Fong's verdict: "significant", or a warning-marked "mixed" that explains the split.
pub fn significance(ui: &mut egui::Ui, t: &Texts, stats: &FeatureStats) {
    let (m, r) = (&t.method, &t.results);
    let Some(fong) = stats.fong else {
        ui.label("–").on_hover_text(r.no_answers);
        return;
    };
    let detail = fill(
        r.fong_detail,
        &[
            ("first", &t.category(fong.first)),
            ("a", &stats.counts[fong.first]),
            ("second", &t.category(fong.second)),
            ("b", &stats.counts[fong.second]),
            ("difference", &fong.difference),
            ("critical", &format!("{:.1}", fong.critical)),
        ],
    );
    if fong.significant {
        ui.label(m.significant).on_hover_text(detail);
    } else {
        let between = fill(
            r.mixed_between,
            &[
                ("first", &t.category(fong.first)),
                ("second", &t.category(fong.second)),
            ],
        );
        let tip = format!("{}\n{between}\n{detail}", m.mixed_tooltip);
        let color = ui.visuals().warn_fg_color;
        warning_mark(ui, color).on_hover_text(&tip);
        ui.label(RichText::new(m.mixed).color(color).strong())
            .on_hover_text(tip);
    }
}

/// A small triangle pointing down (descending) or up, painted because the bundled fonts have
/// no arrow glyphs.
pub fn sort_arrow(ui: &mut egui::Ui, descending: bool) {
    let size = egui::vec2(10.0, 10.0);
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let (top, bottom) = (rect.top() + 2.0, rect.bottom() - 2.0);
    let points = if descending {
        vec![
            egui::pos2(rect.left(), top),
            egui::pos2(rect.right(), top),
            egui::pos2(rect.center().x, bottom),
        ]
    } else {
        vec![
            egui::pos2(rect.left(), bottom),
            egui::pos2(rect.right(), bottom),
            egui::pos2(rect.center().x, top),
        ]
    };
    let color = ui.visuals().strong_text_color();
    ui.painter().add(egui::Shape::convex_polygon(
        points,
        color,
        egui::Stroke::NONE,
    ));
}

/// A warning triangle with an exclamation mark, painted for the same reason.
pub fn warning_mark(ui: &mut egui::Ui, color: egui::Color32) -> egui::Response {
    let height = ui.text_style_height(&egui::TextStyle::Body);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(height, height), egui::Sense::hover());
    let r = rect.shrink(1.0);
    let triangle = vec![
        egui::pos2(r.center().x, r.top()),
        egui::pos2(r.right(), r.bottom()),
        egui::pos2(r.left(), r.bottom()),
    ];
    let painter = ui.painter();
    painter.add(egui::Shape::convex_polygon(
        triangle,
        color,
        egui::Stroke::NONE,
    ));
    let mark = ui.visuals().extreme_bg_color;
    let x = r.center().x;
    painter.line_segment(
        [
            egui::pos2(x, r.top() + r.height() * 0.35),
            egui::pos2(x, r.bottom() - r.height() * 0.3),
        ],
        egui::Stroke::new(1.5, mark),
    );
    painter.circle_filled(egui::pos2(x, r.bottom() - r.height() * 0.15), 0.9, mark);
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::kano::{Analysis, FeatureStats, Tally};
    use egui_kittest::{Harness, kittest::Queryable};

    fn result(confidence: Option<f64>, answered: bool) -> FeatureResult {
        let mut tally = Tally::new();
        if answered {
            tally.add(crate::kano::Response::pair(
                crate::kano::Answer::Like,
                crate::kano::Answer::Dislike,
            ));
        }
        FeatureResult {
            index: 0,
            stats: FeatureStats::from_tally(&tally, &Analysis::default()),
            better_ci: None,
            worse_ci: None,
            category_confidence: confidence,
        }
    }

    /// The text the confidence cell shows for a result.
    fn check(result: FeatureResult, expected: &str) {
        let t = Lang::En.texts();
        let harness = Harness::new_ui(|ui| confidence(ui, t, &result));
        assert!(
            harness.query_by_label(expected).is_some(),
            "expected {expected:?} for {:?}",
            result.category_confidence
        );
    }

    #[test]
    fn the_confidence_cell_says_when_a_category_is_not_settled() {
        check(result(Some(0.82), true), "0.82");
        check(result(Some(0.6), true), "0.60");
        check(result(Some(0.48), true), "not settled (0.48)");
        check(result(None, true), "–");
        check(result(Some(0.9), false), "–");
    }

    #[test]
    fn a_figure_shows_with_its_interval() {
        let t = Lang::En.texts();
        let interval = Interval {
            low: 0.57,
            high: 0.74,
        };
        let harness = Harness::new_ui(|ui| {
            with_interval(ui, t, ("Better", Some(0.66)), Some(interval));
        });
        assert!(harness.query_by_label("0.66 (0.57–0.74)").is_some());
        let harness = Harness::new_ui(|ui| with_interval(ui, t, ("Better", None), None));
        assert!(harness.query_by_label("–").is_some());
        // Worse: true minus signs, and a spaced dash between two negative ends.
        let worse = Interval {
            low: -0.69,
            high: -0.51,
        };
        let harness = Harness::new_ui(|ui| {
            with_interval(ui, t, ("Worse", Some(-0.6)), Some(worse));
        });
        assert!(
            harness
                .query_by_label("\u{2212}0.60 (\u{2212}0.69 – \u{2212}0.51)")
                .is_some()
        );
    }
}
