//! One feature as a card of the moments-of-truth map: its name, its category in plain words,
//! Better and |Worse| as small bars with their values, n, and a marker when the audience is
//! split. The card is filled with the category colour; its text is black or white to match.
//!
//! It only reads: it returns the card's response and the caller decides what a click does.

use super::super::figure_paint::EguiMeasure;
use super::super::theme::{category_color, plot::SELECTION, text_on};
use crate::figure::journey::JourneySizes;
use crate::i18n::{Texts, fill};
use crate::kano::{Category, FeatureStats};
use eframe::egui::{self, Color32, RichText, Sense, Stroke, Vec2};

/// How large cards are drawn: the studio tab and the projected slides differ only in size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CardSize {
    /// Outer width of a card (and of its column).
    pub width: f32,
    /// Body text size; the name is a little larger.
    pub text: f32,
}

impl CardSize {
    /// The map layout's sizes for cards of this size: columns between 78% and 100% of the
    /// card width.
    pub fn sizes(self) -> JourneySizes {
        JourneySizes {
            text: self.text,
            min_width: (self.width * 0.78).round(),
            max_width: self.width,
            gap: (self.text * 0.9).round(),
        }
    }

    /// Cards on the studio's Map tab.
    pub const STUDIO: Self = Self {
        width: 230.0,
        text: 13.0,
    };
    /// Cards on the projected map slide.
    pub const SLIDE: Self = Self {
        width: 250.0,
        text: 14.0,
    };
    /// Cards on a touchpoint's own slide.
    pub const LARGE: Self = Self {
        width: 340.0,
        text: 18.0,
    };
}

/// Better or |Worse| at or above this makes a basic or excitement feature stand out.
pub const STAND_OUT_AT: f64 = 0.5;

/// Why a card stands out, if it does: a must-be that many miss (high |Worse|), or an
/// attractive feature that pleases many (high Better). These answer the map's question: where
/// on the journey do we fail a basic, and where is the chance to delight?
pub fn stand_out(stats: &FeatureStats) -> Option<Category> {
    let c = stats.coefficients?;
    match stats.category? {
        Category::M if c.worse.abs() >= STAND_OUT_AT => Some(Category::M),
        Category::A if c.better >= STAND_OUT_AT => Some(Category::A),
        _ => None,
    }
}

/// What one card shows.
#[derive(Clone, Copy, Debug)]
pub struct Card<'a> {
    /// The feature's name.
    pub name: &'a str,
    /// Its statistics.
    pub stats: &'a FeatureStats,
    /// How large.
    pub size: CardSize,
    /// Drawn with the selection ring.
    pub selected: bool,
    /// What a click does (the tooltip adds why the card stands out, and a split audience).
    pub tip: &'a str,
}

/// Where a card goes: its box from the map's layout, how many lines its name has there, and
/// its inner padding.
#[derive(Clone, Copy, Debug)]
pub struct Place {
    /// The card's box.
    pub rect: egui::Rect,
    /// The lines the layout gave the name (longer names end with "…").
    pub name_lines: usize,
    /// Space inside the card's edge.
    pub padding: f32,
}

/// Draws `card` at the cursor, as tall as the map's layout makes a card with its name.
pub fn show_here(
    ui: &mut egui::Ui,
    t: &Texts,
    card: Card<'_>,
    salt: impl std::hash::Hash + std::fmt::Debug,
) -> egui::Response {
    let sizes = card.size.sizes();
    let measure = EguiMeasure { ctx: ui.ctx() };
    let lines = sizes.name_lines(&measure, card.name, card.size.width).len();
    let (rect, _) = ui.allocate_exact_size(
        Vec2::new(card.size.width, sizes.card_height(lines)),
        Sense::hover(),
    );
    let place = Place {
        rect,
        name_lines: lines,
        padding: sizes.padding(),
    };
    show(ui, t, card, place, salt)
}

/// Draws `card` in its place; `salt` makes its id unique.
pub fn show(
    ui: &mut egui::Ui,
    t: &Texts,
    card: Card<'_>,
    place: Place,
    salt: impl std::hash::Hash + std::fmt::Debug,
) -> egui::Response {
    let Card {
        name,
        stats,
        size,
        selected,
        tip,
    } = card;
    let p = &t.present;
    let background = stats
        .category
        .map_or(ui.visuals().faint_bg_color, category_color);
    let ink = match stats.category {
        Some(_) => text_on(background),
        None => ui.visuals().strong_text_color(),
    };
    let emphasis = stand_out(stats);
    let stroke = if selected {
        Stroke::new(4.0, SELECTION)
    } else if emphasis.is_some() {
        // A heavy ring in the ink colour: visible on every category colour and in grey print.
        Stroke::new(4.0, ui.visuals().strong_text_color())
    } else {
        Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color)
    };
    let rect = place.rect;
    ui.painter()
        .rect(rect, 6.0, background, stroke, egui::StrokeKind::Inside);
    ui.scope_builder(
        egui::UiBuilder::new()
            .max_rect(rect.shrink(place.padding))
            .layout(egui::Layout::top_down(egui::Align::Min)),
        |ui| {
            ui.style_mut().visuals.override_text_color = Some(ink);
            ui.spacing_mut().item_spacing.y = 3.0;
            let mut job = egui::text::LayoutJob::simple(
                name.to_owned(),
                egui::FontId::proportional(size.text * 1.2),
                ink,
                rect.width() - 2.0 * place.padding,
            );
            job.wrap.max_rows = place.name_lines.max(1);
            ui.add(egui::Label::new(job));
            match stats.category {
                Some(c) => ui.label(
                    RichText::new(format!("{} · {}", c.letter(), t.category(c))).size(size.text),
                ),
                None => ui.label(RichText::new(p.no_answers).size(size.text)),
            };
            if let Some(c) = stats.coefficients {
                bar_row(ui, p.bar_better, c.better, ink, size, rect.width());
                bar_row(ui, p.bar_worse, c.worse.abs(), ink, size, rect.width());
            }
            ui.horizontal(|ui| {
                ui.label(RichText::new(fill(p.n_value, &[("n", &stats.n)])).size(size.text));
                if stats.is_mixed() {
                    mixed_marker(ui, t, ink, size);
                }
            });
        },
    );
    let response = ui.interact(rect, ui.scope_id().with(("card", salt)), Sense::click());
    // One tooltip for the whole card: the card lies over its labels, so theirs would not show.
    let mut lines: Vec<String> = Vec::with_capacity(3);
    match emphasis {
        Some(Category::M) => lines.push(t.with_categories(p.at_risk)),
        Some(_) => lines.push(p.delight.to_owned()),
        None => {}
    }
    if stats.is_mixed() {
        lines.push(t.method.mixed_tooltip.to_owned());
    }
    lines.push(tip.to_owned());
    let response = response.on_hover_text(lines.join("\n"));
    if response.hovered() && !selected {
        ui.painter().rect_stroke(
            rect.shrink2(Vec2::new(0.0, 3.0)),
            6.0,
            Stroke::new(2.0, SELECTION),
            egui::StrokeKind::Inside,
        );
    }
    response.on_hover_cursor(egui::CursorIcon::PointingHand)
}

/// "Better ▮▮▮▯▯ 0.62": a label, a bar from 0 to 1, the value, in a card `width` wide.
fn bar_row(ui: &mut egui::Ui, label: &str, value: f64, ink: Color32, size: CardSize, width: f32) {
    ui.horizontal(|ui| {
        let label_width = size.text * 4.0;
        ui.add_sized(
            [label_width, size.text * 1.3],
            egui::Label::new(RichText::new(label).size(size.text)),
        );
        let bar_width = (width - 16.0 - label_width - size.text * 3.0 - 16.0).max(20.0);
        let (rect, _) =
            ui.allocate_exact_size(Vec2::new(bar_width, size.text * 0.8), Sense::hover());
        let painter = ui.painter();
        painter.rect_filled(rect, 2.0, ink.gamma_multiply(0.25));
        let mut filled = rect;
        filled.set_width(rect.width() * value.clamp(0.0, 1.0) as f32);
        painter.rect_filled(filled, 2.0, ink);
        ui.label(
            RichText::new(crate::i18n::number::fixed(value, 2))
                .size(size.text)
                .strong(),
        );
    });
}

/// The "mixed" marker: an outlined tag, explained on hover.
fn mixed_marker(ui: &mut egui::Ui, t: &Texts, ink: Color32, size: CardSize) {
    egui::Frame::new()
        .stroke(Stroke::new(1.5, ink))
        .corner_radius(3.0)
        .inner_margin(egui::Margin::symmetric(4, 0))
        .show(ui, |ui| {
            ui.label(RichText::new(t.present.mixed).size(size.text).strong());
        });
}
