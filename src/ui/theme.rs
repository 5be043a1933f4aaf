//! Design tokens: the colours of the categories and other shared sizes, in one place.

use crate::kano::Category;
use eframe::egui::Color32;

/// The colour that stands for a category in tables, chips and plots (colour-blind safe:
/// Okabe–Ito palette).
pub fn category_color(category: Category) -> Color32 {
    match category {
        Category::A => Color32::from_rgb(0, 158, 115),
        Category::O => Color32::from_rgb(0, 114, 178),
        Category::M => Color32::from_rgb(213, 94, 0),
        Category::I => Color32::from_rgb(140, 140, 140),
        Category::R => Color32::from_rgb(204, 121, 167),
        Category::Q => Color32::from_rgb(230, 159, 0),
    }
}

/// Text on a chip filled with [`category_color`]: black or white, whichever reads better.
pub fn category_text_color(category: Category) -> Color32 {
    match category {
        Category::O | Category::M => Color32::WHITE,
        Category::A | Category::I | Category::R | Category::Q => Color32::BLACK,
    }
}

/// Sizes and colours of the plots. Plots are projected in workshops, so labels are larger than
/// body text and points never shrink below what a back row can see.
pub mod plot {
    use eframe::egui::Color32;

    /// Radius of a point, in points, for the least important feature (mean importance 1).
    pub const POINT_RADIUS_MIN: f32 = 5.0;
    /// Radius for the most important feature (mean importance 9).
    pub const POINT_RADIUS_MAX: f32 = 13.0;
    /// Radius when nobody stated an importance.
    pub const POINT_RADIUS_DEFAULT: f32 = 7.0;
    /// Size of the feature labels beside the points.
    pub const LABEL_SIZE: f32 = 14.0;
    /// Labels longer than this wrap onto a second line.
    pub const LABEL_WRAP_WIDTH: f32 = 190.0;
    /// Space between a point's edge and its label.
    pub const LABEL_GAP: f32 = 4.0;
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
