//! The room's URL as a QR code: a square of dark and light modules, for the projector to paint.
//!
//! Must never: paint (the studio's ui does, from these modules), or fail silently: a text too
//! long for a QR code is an error the caller shows.

use qrcode::{EcLevel, QrCode};

/// A QR code as modules, row by row, without the quiet zone (the painter leaves 4 modules).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrModules {
    /// Modules per side.
    pub width: usize,
    /// `true` for a dark module, `width * width` of them.
    pub dark: Vec<bool>,
}

impl QrModules {
    /// The code for `text`, with medium error correction (a projector's glare hides some).
    pub fn new(text: &str) -> Result<Self, qrcode::types::QrError> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)?;
        let width = code.width();
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect();
        Ok(Self { width, dark })
    }

    /// Whether the module at column `x`, row `y` is dark.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_room_url_fits_a_small_code_with_its_finder_patterns() {
        let qr = QrModules::new("http://192.168.100.200:54321/r/AAAAAAAAAAAAAAAAAAAAAA").unwrap();
        assert_eq!(qr.dark.len(), qr.width * qr.width);
        assert!(qr.width <= 41, "{}", qr.width);
        // The three finder patterns: 7x7 squares with dark corners.
        for (x, y) in [(0, 0), (qr.width - 7, 0), (0, qr.width - 7)] {
            assert!(qr.is_dark(x, y) && qr.is_dark(x + 6, y + 6) && !qr.is_dark(x + 1, y + 1));
        }
        assert!(!qr.is_dark(qr.width, 0));
    }
}
