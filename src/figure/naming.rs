//! Naming the points of a scatter picture: from points, names and tokens to label boxes with
//! their text, by the rules of [`super::labels`]. Points that lie on top of each other share one
//! label; a point buried in a cluster whose label finds no place joins its neighbours' label,
//! for a few rounds; what still has no place is left for the key.
//!
//! Every scatter picture (Better–Worse, continuous analysis) names its points here and nowhere
//! else.

use super::LabelMark;
use super::labels::{self, Mark, Placed, Room, Wanted};
use super::measure::{TextMeasure, wrap};
use super::tokens::Tokens;

/// How many rounds of joining clusters before giving up.
const ROUNDS: usize = 3;

/// True when the names would cover so much of `frame` that points will be numbered (see
/// [`labels::DENSE_SHARE`]): a layout can then make room for the key at once.
pub fn crowded(names: &[&str], tk: &Tokens, frame_area: f32, measure: &dyn TextMeasure) -> bool {
    let lh = measure.line_height(tk.label_size);
    let area: f32 = names
        .iter()
        .map(|n| {
            let width = measure.width(n, tk.label_size);
            let lines = (width / tk.label_max_width)
                .ceil()
                .clamp(1.0, tk.label_lines as f32);
            (width.min(tk.label_max_width) + 2.0 * tk.label_padding)
                * (lines * lh + 2.0 * tk.label_padding)
        })
        .sum();
    area > labels::DENSE_SHARE * frame_area
}

/// The labels of `marks` named `names` (with `ids`), and the points that must be listed in a key
/// (numbered or unplaced), in order.
pub fn name_points(
    marks: &[Mark],
    names: &[&str],
    ids: &[&str],
    tk: &Tokens,
    room: Room<'_>,
    measure: &dyn TextMeasure,
) -> (Vec<LabelMark>, Vec<usize>) {
    name_first_points(marks, marks.len(), names, ids, tk, room, measure)
}

/// As [`name_points`], for the first `named` marks only: the others (rings of a comparison) get
/// no label but are kept clear of, like any other point.
pub fn name_first_points(
    marks: &[Mark],
    named: usize,
    names: &[&str],
    ids: &[&str],
    tk: &Tokens,
    room: Room<'_>,
    measure: &dyn TextMeasure,
) -> (Vec<LabelMark>, Vec<usize>) {
    let pad = tk.label_padding;
    let lh = measure.line_height(tk.label_size);
    let boxed = |lines: &[String]| {
        let width = lines
            .iter()
            .map(|l| measure.width(l, tk.label_size))
            .fold(0.0, f32::max);
        (width + 2.0 * pad, lines.len() as f32 * lh + 2.0 * pad)
    };
    let texts_for = |members: &[usize]| {
        let joined: Vec<&str> = members.iter().map(|&i| names[i]).collect();
        let name = joined.join(" / ");
        let max_lines = tk.label_lines + members.len().min(3) - 1;
        let name_lines = wrap(measure, &name, tk.label_size, tk.label_max_width, max_lines);
        let numbers: Vec<String> = members.iter().map(|i| (i + 1).to_string()).collect();
        let number_lines = wrap(
            measure,
            &numbers.join(","),
            tk.label_size,
            tk.label_max_width * 0.6,
            4,
        );
        (name_lines, number_lines)
    };
    let mut previous: std::collections::HashMap<Vec<usize>, labels::Label> =
        std::collections::HashMap::new();
    let mut groups = labels::coincident_groups(&marks[..named.min(marks.len())]);
    // Texts of groups already wrapped in an earlier round (most groups do not change).
    let mut known: std::collections::HashMap<Vec<usize>, (Vec<String>, Vec<String>)> =
        std::collections::HashMap::new();
    let mut texts_of: Vec<(Vec<String>, Vec<String>)> = Vec::new();
    let mut placed: Vec<labels::Label> = Vec::new();
    for round in 1..=ROUNDS {
        texts_of = groups
            .iter()
            .map(|g| {
                known
                    .entry(g.clone())
                    .or_insert_with(|| texts_for(g))
                    .clone()
            })
            .collect();
        let wanted: Vec<Wanted> = groups
            .iter()
            .zip(&texts_of)
            .map(|(members, (name, number))| Wanted {
                members: members.clone(),
                name: boxed(name),
                number: boxed(number),
            })
            .collect();
        placed = if round == 1 {
            labels::place(marks, &wanted, room)
        } else {
            // Only the joined groups move; every other label stays where it was.
            let kept: Vec<Option<labels::Label>> =
                groups.iter().map(|g| previous.get(g).copied()).collect();
            labels::place_around(marks, &wanted, room, &kept)
        };
        if round == ROUNDS || placed.iter().all(|l| !matches!(l.placed, Placed::Nowhere)) {
            break;
        }
        previous = groups
            .iter()
            .cloned()
            .zip(placed.iter().copied())
            .filter(|(_, l)| !matches!(l.placed, Placed::Nowhere))
            .collect();
        match labels::merge_unplaced(marks, &groups, &placed, tk.label_gap * round as f32) {
            Some(merged) => groups = merged,
            None => break,
        }
    }
    let mut out = Vec::new();
    let mut keyed: Vec<usize> = Vec::new();
    for ((members, (name, number)), label) in groups.iter().zip(texts_of).zip(placed) {
        if label.numbered || matches!(label.placed, Placed::Nowhere) {
            keyed.extend(members);
        }
        let (rect, leader) = match label.placed {
            Placed::Beside(r) => (r, None),
            Placed::Led(r, a, b) => (r, Some((a, b))),
            Placed::Nowhere => continue,
        };
        out.push(LabelMark {
            features: members.clone(),
            ids: members.iter().map(|&i| ids[i].to_owned()).collect(),
            rect,
            lines: if label.numbered { number } else { name },
            size: tk.label_size,
            line_height: lh,
            padding: pad,
            leader,
            numbered: label.numbered,
        });
    }
    keyed.sort_unstable();
    (out, keyed)
}
