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
