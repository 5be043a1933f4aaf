//! Design tokens: the colours of the categories and other shared sizes, in one place, and the
//! small chips drawn with them. Nothing here reads the project or asks for changes.

use crate::kano::Category;
use eframe::egui::text::{LayoutJob, TextWrapping};
use eframe::egui::{self, Color32, FontId, Galley, Pos2, Rect, Sense, Stroke, StrokeKind, Vec2};
use std::sync::Arc;

/// The colour that stands for a category in tables, chips and plots (colour-blind safe:
/// Okabe–Ito palette).
pub fn category_color(category: Category) -> Color32 {
    let crate::figure::Rgb(r, g, b) = crate::figure::palette::category_color(category);
    Color32::from_rgb(r, g, b)
}

/// Height of one row of the side panel's outline.
pub const OUTLINE_ROW_HEIGHT: f32 = 22.0;

/// Height of one row of the Features tab's list (name over a summary line).
pub const FEATURE_ROW_HEIGHT: f32 = 38.0;

/// Indent of a feature under its touchpoint in the side panel.
pub const OUTLINE_INDENT: f32 = 18.0;

/// Black or white, whichever contrasts more with `background` (WCAG contrast ratio), so that
/// chip letters stay legible on a projector.
pub fn text_on(background: Color32) -> Color32 {
    let linear = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let [r, g, b, _] = background.to_array();
    let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    // Contrast with white is 1.05 / (L + 0.05), with black (L + 0.05) / 0.05; they are equal
    // where L + 0.05 = sqrt(1.05 * 0.05).
    if luminance + 0.05 > (1.05_f32 * 0.05).sqrt() {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// A one-line text, cut with an ellipsis where it would pass `max_width`.
pub fn truncated_text(
    ui: &egui::Ui,
    text: &str,
    font: FontId,
    color: Color32,
    max_width: f32,
) -> Arc<Galley> {
    let mut job = LayoutJob::simple_singleline(text.to_owned(), font, color);
    job.wrap = TextWrapping::truncate_at_width(max_width.max(0.0));
    ui.painter().layout_job(job)
}

/// A small coloured label: a category letter, a count, a marker.
#[derive(Clone, Debug)]
pub struct Chip {
    galley: Arc<Galley>,
    fill: Color32,
    /// Drawn as an outline instead of filled (a marker rather than a value).
    outlined: bool,
}

impl Chip {
    /// Inner padding around the text.
    const PADDING: Vec2 = Vec2::new(4.0, 1.0);

    /// A chip filled with `fill`, its text in black or white to match.
    pub fn filled(ui: &egui::Ui, text: impl Into<String>, fill: Color32) -> Self {
        let galley = ui
            .painter()
            .layout_no_wrap(text.into(), chip_font(), text_on(fill));
        Self {
            galley,
            fill,
            outlined: false,
        }
    }

    /// A chip drawn as an outline in `color`, its text in the same colour.
    pub fn outlined(ui: &egui::Ui, text: impl Into<String>, color: Color32) -> Self {
        let galley = ui.painter().layout_no_wrap(text.into(), chip_font(), color);
        Self {
            galley,
            fill: color,
            outlined: true,
        }
    }

    /// The chip for a category, by its letter.
    pub fn category(ui: &egui::Ui, category: Category) -> Self {
        Self::filled(ui, category.letter(), category_color(category))
    }

    /// The size it takes.
    pub fn size(&self) -> Vec2 {
        let size = self.galley.size() + 2.0 * Self::PADDING;
        // Single letters get a badge of one width, so that a column of them lines up.
        Vec2::new(size.x.max(CHIP_SLOT), size.y)
    }

    /// Paints the chip with its left edge at `left`, centred vertically on `center_y`; returns
    /// the rectangle it took.
    pub fn paint_at(self, painter: &egui::Painter, left: f32, center_y: f32) -> Rect {
        let size = self.size();
        let rect = Rect::from_min_size(Pos2::new(left, center_y - size.y / 2.0), size);
        self.paint(painter, rect);
        rect
    }

    /// Paints the chip into `rect`.
    pub fn paint(self, painter: &egui::Painter, rect: Rect) {
        if self.outlined {
            painter.rect_stroke(
                rect,
                CHIP_RADIUS,
                Stroke::new(1.0, self.fill),
                StrokeKind::Inside,
            );
        } else {
            painter.rect_filled(rect, CHIP_RADIUS, self.fill);
        }
        let pos = rect.center() - self.galley.size() / 2.0;
        painter.galley(pos, self.galley, self.fill);
    }

    /// Adds the chip to a layout; the response carries `hover` as its tooltip.
    pub fn show(self, ui: &mut egui::Ui, hover: &str) -> egui::Response {
        let (rect, response) = ui.allocate_exact_size(self.size(), Sense::hover());
        if ui.is_rect_visible(rect) {
            self.paint(ui.painter(), rect);
        }
        response.on_hover_text(hover)
    }
}

const CHIP_RADIUS: f32 = 3.0;

/// The width of a one-letter chip; text beside a column of chips starts after it.
pub const CHIP_SLOT: f32 = 18.0;

fn chip_font() -> FontId {
    FontId::proportional(12.0)
}

/// Text on a chip filled with [`category_color`]: black or white, whichever contrasts more.
pub fn category_text_color(category: Category) -> Color32 {
    text_on(category_color(category))
}

/// Sizes and colours of the plots. Plots are projected in workshops, so labels are larger than
/// body text and points never shrink below what a back row can see.
pub mod plot {
    use eframe::egui::Color32;

    /// Size of the feature labels beside the points.
    pub const LABEL_SIZE: f32 = 14.0;
    /// Size of the quadrant names in the corners.
    pub const QUADRANT_NAME_SIZE: f32 = 18.0;
    /// Width of the quadrant lines.
    pub const QUADRANT_LINE_WIDTH: f32 = 1.5;
    /// Width of the ring around the selected feature's point.
    pub const SELECTION_RING_WIDTH: f32 = 3.0;
    /// Extra radius of the selection ring beyond the point.
    pub const SELECTION_RING_GAP: f32 = 4.0;
    /// The selection colour in plots (the same in both themes, so it also reads on a projector).
    pub const SELECTION: Color32 = Color32::from_rgb(240, 200, 0);
    /// Opacity of the standard-deviation whiskers: visible, but behind the points and labels.
    pub const WHISKER_ALPHA: f32 = 0.35;
    /// Width of the standard-deviation whiskers.
    pub const WHISKER_WIDTH: f32 = 1.5;
    /// Height of one bar, as a share of the space per feature.
    pub const BAR_WIDTH: f64 = 0.7;
}

/// Height of one respondent row in the responses grid, in points.
pub const GRID_ROW_HEIGHT: f32 = 22.0;
/// Height of the feature header row of the responses grid: two lines of a feature's name.
pub const GRID_HEADER_HEIGHT: f32 = 40.0;
/// Width of the fixed respondent-id column of the responses grid.
pub const GRID_ID_WIDTH: f32 = 104.0;
/// Width of the fixed segment column of the responses grid.
pub const GRID_SEGMENT_WIDTH: f32 = 112.0;
/// Width of one feature column of the responses grid: room for "L/D", the category letter and a
/// superscript importance.
pub const GRID_CELL_WIDTH: f32 = 64.0;
/// Size of the answer letters in a grid cell.
pub const GRID_CELL_FONT_SIZE: f32 = 13.0;
/// Size of the superscript importance in a grid cell.
pub const GRID_IMPORTANCE_FONT_SIZE: f32 = 9.0;
/// The projector theme of workshop mode: black on white whatever the studio's theme, because a
/// projector washes out greys and dark backgrounds; sizes are in points before the zoom.
pub mod projector {
    use eframe::egui::Color32;

    /// The zoom of workshop mode: 14-point plot labels become 24.5 pixels at 1080p.
    pub const ZOOM: f32 = 1.75;
    /// The slide's background.
    pub const BACKGROUND: Color32 = Color32::WHITE;
    /// Text and lines.
    pub const INK: Color32 = Color32::BLACK;
    /// Secondary text (still dark enough for the back row).
    pub const WEAK_INK: Color32 = Color32::from_gray(60);
    /// Frames and separators.
    pub const LINE: Color32 = Color32::from_gray(90);
    /// The key hint in the corner: meant for the facilitator, not the room.
    pub const HINT: Color32 = Color32::from_gray(150);
    /// Size of the slide title.
    pub const TITLE_SIZE: f32 = 30.0;
    /// Size of the slide counter and the respondent count.
    pub const META_SIZE: f32 = 20.0;
    /// Size of the key hint.
    pub const HINT_SIZE: f32 = 11.0;
    /// Body text in the distribution overlay.
    pub const OVERLAY_TEXT_SIZE: f32 = 20.0;
}

/// A category's letter on its colour, then `name` in body text: the badge of tables and legends.
pub fn category_badge_text(ui: &egui::Ui, category: Category, name: &str, gap: f32) -> LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mut job = LayoutJob::default();
    job.append(
        &format!(" {} ", category.letter()),
        0.0,
        egui::TextFormat {
            font_id: font.clone(),
            color: category_text_color(category),
            background: category_color(category),
            ..Default::default()
        },
    );
    job.append(
        name,
        gap,
        egui::TextFormat {
            font_id: font,
            color: ui.visuals().text_color(),
            ..Default::default()
        },
    );
    job
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chip_text_takes_the_colour_that_contrasts_more() {
        assert_eq!(text_on(Color32::WHITE), Color32::BLACK);
        assert_eq!(text_on(Color32::BLACK), Color32::WHITE);
        assert_eq!(text_on(category_color(Category::O)), Color32::WHITE);
        assert_eq!(text_on(category_color(Category::Q)), Color32::BLACK);
        assert_eq!(text_on(category_color(Category::M)), Color32::BLACK);
    }
}
