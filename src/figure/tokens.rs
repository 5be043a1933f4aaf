//! Design tokens of every picture: sizes and spacing, one set for screen and file, scaled with
//! the picture so that an 800 × 600 slide and a 4K poster read alike. Sizes are in picture
//! units (CSS px on file, egui points on screen).
//!
//! There is exactly one rule for a point's radius here; no other module may invent its own.

/// The sizes of one picture.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tokens {
    /// 1 for a 1280 × 800 picture; larger pictures scale up, smaller down to a readable floor.
    pub scale: f32,
    /// Font size of the feature labels.
    pub label_size: f32,
    /// Space between a point's edge and a label right by it.
    pub label_gap: f32,
    /// Inner padding of a label's box.
    pub label_padding: f32,
    /// A label's box is never wider than this (long names wrap, then are cut with "…").
    pub label_max_width: f32,
    /// A name wraps onto at most this many lines.
    pub label_lines: usize,
    /// Font size of tick numbers.
    pub tick_size: f32,
    /// Font size of axis titles.
    pub axis_title_size: f32,
    /// Font size of the quadrant names.
    pub quadrant_name_size: f32,
    /// Font size of the caption, the legend, the note and the key.
    pub caption_size: f32,
    /// Font size of the key of numbered points.
    pub key_size: f32,
    /// No text is ever smaller than this: a key, quadrant name or axis title that does not fit
    /// shrinks down to it, then takes more columns or lines.
    pub min_text_size: f32,
    /// Space around the picture's edge and between its parts.
    pub margin: f32,
    /// Width of axis, quadrant and whisker lines.
    pub line_width: f32,
    /// Width of leader lines.
    pub leader_width: f32,
    /// Smallest point radius (least important feature).
    pub point_radius_min: f32,
    /// Largest point radius (most important feature).
    pub point_radius_max: f32,
    /// Radius when nobody stated an importance.
    pub point_radius_default: f32,
}

impl Tokens {
    /// The tokens for a picture of `width` × `height` units.
    pub fn for_size(width: f32, height: f32) -> Self {
        Self::for_scale((width / 1280.0).min(height / 800.0).sqrt().clamp(0.8, 2.4))
    }

    /// The tokens at a scale (1 for 1280 × 800).
    fn for_scale(scale: f32) -> Self {
        let s = |v: f32| v * scale;
        Self {
            scale,
            label_size: s(15.0),
            label_gap: s(3.0),
            label_padding: s(2.0),
            label_max_width: s(190.0),
            label_lines: 2,
            tick_size: s(13.0),
            axis_title_size: s(15.0),
            quadrant_name_size: s(19.0),
            caption_size: s(15.0),
            key_size: s(13.0),
            min_text_size: s(10.0).max(9.0),
            margin: s(10.0),
            line_width: s(1.5),
            leader_width: s(1.0),
            point_radius_min: s(5.0),
            point_radius_max: s(12.0),
            point_radius_default: s(8.0),
        }
    }

    /// The same tokens scaled up, if need be, so that labels are at least `size` (a slide for a
    /// room reads from the back row).
    pub fn with_min_label_size(self, size: f32) -> Self {
        if size <= self.label_size {
            return self;
        }
        let k = size / self.label_size;
        let mut t = Self::for_scale(self.scale * k);
        t.label_size = size;
        t
    }

    /// The radius of a feature's point from its mean importance as a share of the scale
    /// (0 = least important answer, 1 = most); the default size without one.
    pub fn point_radius(&self, importance: Option<f64>) -> f32 {
        match importance {
            Some(share) if share.is_finite() => {
                let t = share.clamp(0.0, 1.0) as f32;
                self.point_radius_min + t * (self.point_radius_max - self.point_radius_min)
            }
            _ => self.point_radius_default,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_point_radius_rule() {
        let t = Tokens::for_size(1280.0, 800.0);
        assert_eq!(t.scale, 1.0);
        assert_eq!(t.point_radius(Some(0.0)), 5.0);
        assert_eq!(t.point_radius(Some(1.0)), 12.0);
        assert_eq!(t.point_radius(Some(7.0)), 12.0);
        assert_eq!(t.point_radius(None), 8.0);
        assert_eq!(t.point_radius(Some(f64::NAN)), 8.0);
        assert!(Tokens::for_size(3840.0, 2160.0).label_size > t.label_size);
        assert!(Tokens::for_size(800.0, 600.0).label_size >= 12.0);
    }
}
