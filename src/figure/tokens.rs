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

/// The side of the square a point with its number beside it takes, at scale 1.
pub const ROOM_PER_POINT: f32 = 24.0;
/// Up to this share of a plot taken by points with their numbers, a picture is roomy.
pub const ROOMY_SHARE: f32 = 0.08;
/// Points, gaps and padding of a dense picture never shrink below this share of their size.
pub const DENSE_FLOOR: f32 = 0.5;

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

    /// The same tokens for `points` points in a plot of `area` square units. Where the plot
    /// leaves each point less room than a point with its number beside it takes (about
    /// [`ROOM_PER_POINT`] units square at scale 1, over [`ROOMY_SHARE`] of the plot), the
    /// points, the gap to their labels, the labels' padding and the quadrant names shrink with
    /// the square root of the crowding, points never below [`DENSE_FLOOR`] of their size (still
    /// plainly visible) and text never below the smallest text: dense pictures keep room by
    /// every point for its number, as good charting tools do. A roomy picture keeps its tokens.
    /// One rule for screen and file: every layout of a scatter picture calls it.
    pub fn for_density(self, points: usize, area: f32) -> Self {
        let k = self.density_factor(points, area);
        if k >= 1.0 {
            return self;
        }
        Self {
            label_gap: self.label_gap * k,
            label_padding: self.label_padding * k,
            quadrant_name_size: (self.quadrant_name_size * k).max(self.min_text_size),
            point_radius_min: self.point_radius_min * k,
            point_radius_max: self.point_radius_max * k,
            point_radius_default: self.point_radius_default * k,
            ..self
        }
    }

    /// How much a plot of `area` with `points` points shrinks its points and gaps (1 = not).
    pub fn density_factor(&self, points: usize, area: f32) -> f32 {
        let footprint = (ROOM_PER_POINT * self.scale).powi(2);
        let crowding = points as f32 * footprint / area.max(1.0);
        if crowding <= ROOMY_SHARE || !crowding.is_finite() {
            1.0
        } else {
            (ROOMY_SHARE / crowding).sqrt().max(DENSE_FLOOR)
        }
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

    #[test]
    fn dense_plots_shrink_points_and_gaps_by_one_rule() {
        let t = Tokens::for_size(1280.0, 800.0);
        // A dozen points in a large plot: nothing changes.
        assert_eq!(t.for_density(12, 1000.0 * 700.0), t);
        // Two hundred in a small plot: points, gaps and quadrant names shrink, the radius rule
        // keeps its order, text stays legible, and points stay visible.
        let dense = t.for_density(200, 480.0 * 460.0);
        assert!(dense.point_radius_max < t.point_radius_max);
        assert!(dense.point_radius(Some(0.0)) < dense.point_radius(Some(1.0)));
        assert!(dense.point_radius_min >= t.point_radius_min * DENSE_FLOOR);
        assert!(dense.label_gap < t.label_gap);
        assert!(dense.quadrant_name_size >= dense.min_text_size);
        assert_eq!(dense.label_size, t.label_size);
        assert_eq!(dense.min_text_size, t.min_text_size);
        // The denser, the smaller, never below the floor.
        let denser = t.for_density(2000, 480.0 * 460.0);
        assert!(denser.point_radius_max <= dense.point_radius_max);
        assert_eq!(denser.point_radius_max, t.point_radius_max * DENSE_FLOOR);
        assert_eq!(
            t.for_density(200, 0.0).point_radius_max,
            denser.point_radius_max
        );
    }
}
