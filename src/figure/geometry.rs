//! Points and rectangles in picture units (CSS px on file, egui points on screen): the plain
//! geometry every layout is made of. No drawing, no text.

/// A position in picture units, y growing downwards.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Pos {
    /// Distance from the left edge.
    pub x: f32,
    /// Distance from the top edge.
    pub y: f32,
}

impl Pos {
    /// The position (x, y).
    pub const fn new(x: f32, y: f32) -> Self {
        Self { x, y }
    }

    /// The straight-line distance to `other`.
    pub fn distance(self, other: Self) -> f32 {
        // Not `hypot`: these are small picture coordinates, and `hypot` is slow.
        let (dx, dy) = (self.x - other.x, self.y - other.y);
        (dx * dx + dy * dy).sqrt()
    }
}

/// An axis-aligned rectangle.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    /// The top-left corner.
    pub min: Pos,
    /// The bottom-right corner.
    pub max: Pos,
}

impl Rect {
    /// The rectangle from its left, top, right and bottom edges.
    pub const fn new(left: f32, top: f32, right: f32, bottom: f32) -> Self {
        Self {
            min: Pos::new(left, top),
            max: Pos::new(right, bottom),
        }
    }

    /// The rectangle of this size with its top-left corner at `min`.
    pub fn from_min_size(min: Pos, width: f32, height: f32) -> Self {
        Self::new(min.x, min.y, min.x + width, min.y + height)
    }

    /// Width.
    pub fn width(&self) -> f32 {
        self.max.x - self.min.x
    }

    /// Height.
    pub fn height(&self) -> f32 {
        self.max.y - self.min.y
    }

    /// The centre.
    pub fn center(&self) -> Pos {
        Pos::new(
            (self.min.x + self.max.x) / 2.0,
            (self.min.y + self.max.y) / 2.0,
        )
    }

    /// The rectangle grown by `margin` on every side (shrunk for a negative margin).
    pub fn expand(&self, margin: f32) -> Self {
        Self::new(
            self.min.x - margin,
            self.min.y - margin,
            self.max.x + margin,
            self.max.y + margin,
        )
    }

    /// True when the two rectangles share some area (touching edges do not count).
    pub fn overlaps(&self, other: &Self) -> bool {
        self.min.x < other.max.x
            && other.min.x < self.max.x
            && self.min.y < other.max.y
            && other.min.y < self.max.y
    }

    /// True when `other` lies wholly inside this rectangle.
    pub fn contains_rect(&self, other: &Self) -> bool {
        other.min.x >= self.min.x
            && other.max.x <= self.max.x
            && other.min.y >= self.min.y
            && other.max.y <= self.max.y
    }

    /// The point of the rectangle nearest to `p` (`p` itself when inside).
    pub fn clamp(&self, p: Pos) -> Pos {
        Pos::new(
            p.x.clamp(self.min.x, self.max.x),
            p.y.clamp(self.min.y, self.max.y),
        )
    }

    /// The distance from `p` to the rectangle (0 inside).
    pub fn distance_to(&self, p: Pos) -> f32 {
        self.clamp(p).distance(p)
    }

    /// True when the disc of this centre and radius shares area with the rectangle.
    pub fn touches_disc(&self, center: Pos, radius: f32) -> bool {
        let p = self.clamp(center);
        let (dx, dy) = (p.x - center.x, p.y - center.y);
        dx * dx + dy * dy < radius * radius
    }
}

/// True when the segment from `a` to `b` passes within `radius` of `center`.
pub fn segment_touches_disc(a: Pos, b: Pos, center: Pos, radius: f32) -> bool {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length2 = dx * dx + dy * dy;
    let t = if length2 > 0.0 {
        (((center.x - a.x) * dx + (center.y - a.y) * dy) / length2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    Pos::new(a.x + t * dx, a.y + t * dy).distance(center) < radius
}

/// True when the segment from `a` to `b` crosses the inside of `rect`.
pub fn segment_crosses_rect(a: Pos, b: Pos, rect: &Rect) -> bool {
    // Liang–Barsky clipping: the part of the segment inside the rectangle has positive length.
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let mut t0 = 0.0_f32;
    let mut t1 = 1.0_f32;
    for (p, q) in [
        (-dx, a.x - rect.min.x),
        (dx, rect.max.x - a.x),
        (-dy, a.y - rect.min.y),
        (dy, rect.max.y - a.y),
    ] {
        if p == 0.0 {
            if q <= 0.0 {
                return false;
            }
        } else {
            let r = q / p;
            if p < 0.0 {
                t0 = t0.max(r);
            } else {
                t1 = t1.min(r);
            }
        }
    }
    t1 - t0 > 1e-4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_and_discs() {
        let (a, b) = (Pos::new(0.0, 0.0), Pos::new(10.0, 0.0));
        assert!(segment_touches_disc(a, b, Pos::new(5.0, 1.0), 2.0));
        assert!(!segment_touches_disc(a, b, Pos::new(5.0, 3.0), 2.0));
        assert!(!segment_touches_disc(a, b, Pos::new(14.0, 0.0), 3.0));
    }

    #[test]
    fn segments_and_rectangles() {
        let r = Rect::new(2.0, -1.0, 4.0, 1.0);
        assert!(segment_crosses_rect(
            Pos::new(0.0, 0.0),
            Pos::new(10.0, 0.0),
            &r
        ));
        assert!(!segment_crosses_rect(
            Pos::new(0.0, 2.0),
            Pos::new(10.0, 2.0),
            &r
        ));
        // Ending on the edge is not crossing.
        assert!(!segment_crosses_rect(
            Pos::new(0.0, 0.0),
            Pos::new(2.0, 0.0),
            &r
        ));
    }

    #[test]
    fn distance_to_a_rectangle() {
        let r = Rect::new(0.0, 0.0, 10.0, 10.0);
        assert_eq!(r.distance_to(Pos::new(5.0, 5.0)), 0.0);
        assert_eq!(r.distance_to(Pos::new(13.0, 14.0)), 5.0);
        assert!(r.touches_disc(Pos::new(12.0, 5.0), 2.5));
        assert!(!r.touches_disc(Pos::new(12.0, 5.0), 2.0));
    }
}
