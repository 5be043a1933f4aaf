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
