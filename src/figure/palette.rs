//! The one palette: the colours of the categories and of a picture's ink, as plain RGB, shared by
//! pictures on screen (through `ui::theme`) and in files, reports and spreadsheets, so that a
//! category looks the same everywhere.
//!
//! The palette is Okabe–Ito's, which stays distinguishable for the common forms of colour-blindness.
//! This module holds data only: no egui, no file access.

use crate::kano::Category;

/// A colour as red, green and blue, 0..=255 each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for SVG, HTML and CSS.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// `0xRRGGBB`, for spreadsheet formats.
    pub fn to_u32(self) -> u32 {
        (u32::from(self.0) << 16) | (u32::from(self.1) << 8) | u32::from(self.2)
    }

    /// Dark text reads better on this colour than white text does (WCAG relative luminance
    /// above the point where both contrasts are equal).
    pub fn prefers_dark_text(self) -> bool {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let luminance =
            0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2);
        // Contrast with white (1.05 / (L + 0.05)) equals contrast with black ((L + 0.05) / 0.05)
        // at L ≈ 0.179.
        luminance > 0.179
    }
}

/// The colour that stands for a category.
pub const fn category_color(category: Category) -> Rgb {
    match category {
        Category::A => Rgb(0, 158, 115),
        Category::O => Rgb(0, 114, 178),
        Category::M => Rgb(213, 94, 0),
        Category::I => Rgb(140, 140, 140),
        Category::R => Rgb(204, 121, 167),
        Category::Q => Rgb(230, 159, 0),
    }
}

/// Text, axes and lines.
pub const INK: Rgb = Rgb(34, 34, 34);
/// Secondary text: captions, tick labels.
pub const MUTED: Rgb = Rgb(96, 96, 96);
/// Grid lines and rules.
pub const GRID: Rgb = Rgb(224, 224, 224);
/// A point with no category (nobody answered both questions).
pub const NO_CATEGORY: Rgb = Rgb(190, 190, 190);

/// Light or dark: the colours of a picture's background and ink. Category colours are the same
/// in both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Dark ink on white: files, reports and the light studio.
    #[default]
    Light,
    /// Light ink on near-black: the dark studio.
    Dark,
}

/// The colours of a picture in one theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colors {
    /// The picture's background.
    pub background: Rgb,
    /// Text, axes and lines.
    pub ink: Rgb,
    /// Secondary text and quadrant lines.
    pub muted: Rgb,
    /// Grid lines.
    pub grid: Rgb,
}

impl Theme {
    /// The colours of this theme.
    pub const fn colors(self) -> Colors {
        match self {
            Self::Light => Colors {
                background: Rgb(255, 255, 255),
                ink: INK,
                muted: MUTED,
                grid: GRID,
            },
            Self::Dark => Colors {
                background: Rgb(27, 27, 27),
                ink: Rgb(230, 230, 230),
                muted: Rgb(170, 170, 170),
                grid: Rgb(60, 60, 60),
            },
        }
    }
}

/// The colour of a feature's mark: its category's, or grey without one.
pub const fn mark_color(category: Option<Category>) -> Rgb {
    match category {
        Some(c) => category_color(c),
        None => NO_CATEGORY,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_and_u32_spell_the_same_colour() {
        assert_eq!(category_color(Category::M).hex(), "#d55e00");
        assert_eq!(category_color(Category::M).to_u32(), 0xd5_5e_00);
        assert_eq!(Rgb(0, 0, 0).hex(), "#000000");
    }

    #[test]
    fn light_colours_take_dark_text() {
        assert!(category_color(Category::Q).prefers_dark_text());
        assert!(!category_color(Category::O).prefers_dark_text());
        assert!(Rgb(255, 255, 255).prefers_dark_text());
        assert!(!INK.prefers_dark_text());
    }
}
