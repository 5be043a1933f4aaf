//! Where the feature labels of a scatter plot go: beside their point, off other points and off
//! each other, inside the plot. Pure geometry in screen points, so it is tested without a window.
//!
//! Greedy placement: each label tries eight positions around its point, close first and then
//! further out (drawn with a leader line), and takes the first that collides with nothing, or
//! else the one that collides least. This keeps a projected diagram of a few dozen features
//! readable; with hundreds, only labels that collide with nothing are drawn (hovering names the
//! rest).

use eframe::egui::{Pos2, Rect, Vec2, pos2};

/// A label to place: the point it belongs to and the size of its text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelRequest {
    /// The centre of the point, on screen.
    pub anchor: Pos2,
    /// The radius of the point.
    pub radius: f32,
    /// The size of the laid-out label.
    pub size: Vec2,
}

/// Above this many labels, a label that cannot avoid the others is left out.
pub const CROWDED: usize = 40;

/// How far out the rings of candidate positions lie, beyond the point's edge plus `gap`.
const RINGS: [f32; 3] = [0.0, 14.0, 30.0];

/// The rectangle of each label, or `None` for a label left out in a crowded plot.
/// `obstacles` are rectangles labels should avoid too (quadrant names, a legend).
pub fn place_labels(
    requests: &[LabelRequest],
    frame: Rect,
    gap: f32,
    obstacles: &[Rect],
) -> Vec<Option<Rect>> {
    let points: Vec<Rect> = requests
        .iter()
        .map(|r| Rect::from_center_size(r.anchor, Vec2::splat(2.0 * r.radius)))
        .collect();
    let crowded = requests.len() > CROWDED;
    let mut placed: Vec<Rect> = Vec::with_capacity(requests.len());
    let mut out = Vec::with_capacity(requests.len());
    for (i, request) in requests.iter().enumerate() {
        let mut best: Option<(f32, Rect)> = None;
        // A crowded plot only tries the near ring: far labels would not be readable anyway.
        let rings = if crowded { &RINGS[..1] } else { &RINGS[..] };
        'rings: for (ring, &extra) in rings.iter().enumerate() {
            for rect in candidates(request, gap + extra) {
                let mut cost = 4.0 * outside(rect, frame);
                cost += placed.iter().map(|p| 3.0 * overlap(rect, *p)).sum::<f32>();
                cost += points
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != i)
                    .map(|(_, p)| 2.0 * overlap(rect, *p))
                    .sum::<f32>();
                cost += obstacles.iter().map(|o| overlap(rect, *o)).sum::<f32>();
                // Prefer the near ring a little: a label far from its point reads worse.
                cost += ring as f32 * 20.0;
                if best.is_none_or(|(c, _)| cost < c) {
                    best = Some((cost, rect));
                }
                if cost <= ring as f32 * 20.0 {
                    break 'rings;
                }
            }
        }
        // In a crowded plot only a label that collides with nothing is worth drawing.
        let chosen = best.and_then(|(cost, rect)| (!crowded || cost <= 0.0).then_some(rect));
        if let Some(rect) = chosen {
            placed.push(rect);
        }
        out.push(chosen);
    }
    out
}

/// True when a label sits away from its point and needs a leader line to show whose it is.
pub fn needs_leader(request: &LabelRequest, label: Rect, gap: f32) -> bool {
    let nearest = label.clamp(request.anchor);
    nearest.distance(request.anchor) > request.radius + gap + RINGS[1] / 2.0
}

/// Eight positions around the point at `distance` beyond its edge: right, left, above, below,
/// then the diagonals.
fn candidates(request: &LabelRequest, distance: f32) -> [Rect; 8] {
    let LabelRequest {
        anchor: a,
        radius: r,
        size: s,
    } = *request;
    let d = r + distance;
    // Diagonal positions sit at 45°, so their offset along each axis is d / √2.
    let k = d * std::f32::consts::FRAC_1_SQRT_2;
    let at = |min: Pos2| Rect::from_min_size(min, s);
    [
        at(pos2(a.x + d, a.y - s.y / 2.0)),
        at(pos2(a.x - d - s.x, a.y - s.y / 2.0)),
        at(pos2(a.x - s.x / 2.0, a.y - d - s.y)),
        at(pos2(a.x - s.x / 2.0, a.y + d)),
        at(pos2(a.x + k, a.y - k - s.y)),
        at(pos2(a.x + k, a.y + k)),
        at(pos2(a.x - k - s.x, a.y - k - s.y)),
        at(pos2(a.x - k - s.x, a.y + k)),
    ]
}

fn overlap(a: Rect, b: Rect) -> f32 {
    let i = a.intersect(b);
    if i.is_positive() { i.area() } else { 0.0 }
}

/// The area of `rect` that lies outside `frame`.
fn outside(rect: Rect, frame: Rect) -> f32 {
    rect.area() - overlap(rect, frame)
}

#[cfg(test)]
mod tests {
    use super::*;
    use eframe::egui::vec2;

    /// A rough label size: `chars` characters of body text in one line.
    fn estimated_size(chars: usize, char_width: f32, line_height: f32) -> Vec2 {
        vec2(chars as f32 * char_width, line_height)
    }

    fn request(x: f32, y: f32, chars: usize) -> LabelRequest {
        LabelRequest {
            anchor: pos2(x, y),
            radius: 8.0,
            size: estimated_size(chars, 7.5, 18.0),
        }
    }

    fn frame() -> Rect {
        Rect::from_min_size(Pos2::ZERO, vec2(900.0, 600.0))
    }

    fn assert_apart(rects: &[Option<Rect>]) {
        let rects: Vec<Rect> = rects.iter().map(|r| r.unwrap()).collect();
        for (i, a) in rects.iter().enumerate() {
            for b in &rects[i + 1..] {
                assert!(overlap(*a, *b) == 0.0, "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn a_lone_label_sits_right_of_its_point() {
        let r = request(100.0, 100.0, 10);
        let placed = place_labels(&[r], frame(), 4.0, &[]);
        let rect = placed[0].unwrap();
        assert_eq!(rect.left(), 100.0 + 8.0 + 4.0);
        assert_eq!(rect.center().y, 100.0);
        assert!(!needs_leader(&r, rect, 4.0));
    }

    #[test]
    fn labels_stay_inside_the_plot() {
        let r = request(895.0, 5.0, 20);
        let rect = place_labels(&[r], frame(), 4.0, &[]).remove(0).unwrap();
        assert!(frame().contains_rect(rect), "{rect:?}");
    }

    #[test]
    fn labels_of_points_close_together_do_not_overlap() {
        // Fourteen features in two tight clusters, as in a survey where most agree.
        let mut requests = Vec::new();
        for k in 0..7 {
            requests.push(request(300.0 + 6.0 * k as f32, 200.0 + 9.0 * k as f32, 24));
            requests.push(request(650.0 - 5.0 * k as f32, 420.0 + 8.0 * k as f32, 30));
        }
        let placed = place_labels(&requests, frame(), 4.0, &[]);
        assert_apart(&placed);
        for (r, rect) in requests.iter().zip(&placed) {
            assert!(frame().contains_rect(rect.unwrap()));
            // No label covers another feature's point.
            for other in &requests {
                if other != r {
                    assert!(!rect.unwrap().contains(other.anchor));
                }
            }
        }
    }

    #[test]
    fn obstacles_are_avoided() {
        let r = request(100.0, 100.0, 10);
        let corner = Rect::from_min_size(pos2(105.0, 80.0), vec2(200.0, 40.0));
        let rect = place_labels(&[r], frame(), 4.0, &[corner])
            .remove(0)
            .unwrap();
        assert_eq!(overlap(rect, corner), 0.0);
    }

    #[test]
    fn a_crowded_plot_leaves_out_labels_rather_than_piling_them_up() {
        let requests: Vec<LabelRequest> = (0..200)
            .map(|k| request(400.0 + (k % 10) as f32, 300.0 + (k / 10) as f32, 20))
            .collect();
        let placed = place_labels(&requests, frame(), 4.0, &[]);
        let shown: Vec<Option<Rect>> = placed.iter().copied().filter(Option::is_some).collect();
        assert!(shown.len() < requests.len());
        assert!(!shown.is_empty());
        assert_apart(&shown);
    }
}
