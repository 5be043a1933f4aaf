//! Naming the points of a scatter picture: from points, names and tokens to label boxes with
//! their text, by the rules of [`super::labels`]. Points that lie on top of each other share one
//! label; a point buried in a cluster whose label finds no place joins its neighbours' label,
//! first the ones it touches, then the nearest lying together with it
//! ([`labels::touch`]): a label never names points apart, and its leader line touches one of
//! them. A cluster whose one long list of numbers still finds no place is cut in halves that
//! each lie together ([`labels::halves`]), each with a shorter label, and so on down. The key
//! lists what the numbers stand for.
//!
//! Every scatter picture (Better–Worse, continuous analysis) names its points here and nowhere
//! else.

use super::labels::{self, Mark, Placed, Room, Wanted};
use super::measure::{TextMeasure, wrap};
use super::tokens::Tokens;
use super::{LabelMark, PointMark};

/// Rounds of joining clusters that touch (each reaching a little further).
const TOUCHING_ROUNDS: usize = 3;
/// Rounds after those, where a group still without a label joins its nearest group within a
/// reach that doubles each round (its points still lying together with the group's).
const NEAREST_ROUNDS: usize = 21;

/// How many points of `groups` are in a group whose label found no place.
fn points_without_label(groups: &[Vec<usize>], placed: &[labels::Label]) -> usize {
    groups
        .iter()
        .zip(placed)
        .filter(|(_, l)| matches!(l.placed, Placed::Nowhere))
        .map(|(g, _)| g.len())
        .sum()
}

/// Rounds of halving clusters whose labels found no place (a cluster of 64 reaches single
/// points).
const SPLIT_ROUNDS: usize = 6;

/// The numbers points carry (see [`labels::numbers`]), runs of three or more as ranges:
/// "3, 7–9, 12". Separated by spaces, so that wrapping never splits a number.
pub fn numbers_text(numbers: &[usize]) -> String {
    let mut sorted: Vec<usize> = numbers.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut parts: Vec<String> = Vec::new();
    let mut k = 0;
    while k < sorted.len() {
        let mut end = k;
        while end + 1 < sorted.len() && sorted[end + 1] == sorted[end] + 1 {
            end += 1;
        }
        if end >= k + 2 {
            parts.push(format!("{}–{}", sorted[k], sorted[end]));
        } else {
            parts.extend(sorted[k..=end].iter().map(usize::to_string));
        }
        k = end + 1;
    }
    parts.join(", ")
}

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

/// The points, of `count`, that no label in `labels` names (neither by name nor by number), in
/// order: points left only to the key and their tooltip.
pub fn unlabelled(count: usize, labels: &[LabelMark]) -> Vec<usize> {
    let mut named = vec![false; count];
    for &i in labels.iter().flat_map(|l| &l.features) {
        if let Some(slot) = named.get_mut(i) {
            *slot = true;
        }
    }
    (0..count).filter(|&i| !named[i]).collect()
}

/// Gives `points` their numbers by [`labels::numbers`]: points lying together get consecutive
/// numbers, so that a cluster's label is a short range.
pub fn number(points: &mut [PointMark]) {
    let marks: Vec<Mark> = points.iter().map(PointMark::mark).collect();
    for (point, n) in points.iter_mut().zip(labels::numbers(&marks)) {
        point.number = n;
    }
}

/// A group's texts (name lines, number lines, and whether the name shows numbers), with the
/// boxes of its name and of its number.
type GroupText = ((Vec<String>, Vec<String>, bool), (f32, f32), (f32, f32));

/// The points of a picture, named: what the naming needs of each point besides its disc.
#[derive(Clone, Copy, Debug)]
pub struct Named<'a> {
    /// The names.
    pub names: &'a [&'a str],
    /// The ids.
    pub ids: &'a [&'a str],
    /// The numbers they carry when numbered ([`labels::numbers`]).
    pub numbers: &'a [usize],
}

/// The labels of `marks` named by `named`, and the points that must be listed in a key
/// (numbered or unplaced), in the order of their numbers. Only the first marks, as many as
/// `named` names, get labels: the others (rings of a comparison) are kept clear of, like any
/// other point.
pub fn name_points(
    marks: &[Mark],
    named: Named<'_>,
    tk: &Tokens,
    room: Room<'_>,
    measure: &dyn TextMeasure,
) -> (Vec<LabelMark>, Vec<usize>) {
    let first = label_points(marks, named, tk, room, measure, false);
    let unlabelled =
        |(labels, _): &(Vec<LabelMark>, Vec<usize>)| unlabelled(named.names.len(), labels).len();
    if unlabelled(&first) == 0 || first.0.iter().all(|l| l.numbered) {
        return first;
    }
    // Names that found a place crowd out a few points: numbers only, small boxes, may leave
    // none without a label.
    let numbers_only = label_points(marks, named, tk, room, measure, true);
    if unlabelled(&numbers_only) < unlabelled(&first) {
        numbers_only
    } else {
        first
    }
}

/// [`name_points`], with names where they find a place (or, `numbers_only`, with numbers
/// only).
fn label_points(
    marks: &[Mark],
    Named {
        names,
        ids,
        numbers,
    }: Named<'_>,
    tk: &Tokens,
    room: Room<'_>,
    measure: &dyn TextMeasure,
    numbers_only: bool,
) -> (Vec<LabelMark>, Vec<usize>) {
    let named = names.len();
    let pad = tk.label_padding;
    let lh = measure.line_height(tk.label_size);
    // Numbers are a little smaller than names, and smaller still (never below the smallest
    // text) where names would crowd the frame: there room by the points is scarce.
    let crowded_here = crowded(names, tk, room.frame.width() * room.frame.height(), measure);
    let number_size = (tk.label_size * if crowded_here { 0.7 } else { 0.85 })
        .max(tk.min_text_size.min(tk.label_size));
    let number_lh = measure.line_height(number_size);
    let boxed_at = |lines: &[String], size: f32| {
        let width = lines
            .iter()
            .map(|l| measure.width(l, size))
            .fold(0.0, f32::max);
        (
            width + 2.0 * pad,
            lines.len() as f32 * measure.line_height(size) + 2.0 * pad,
        )
    };
    let boxed = |lines: &[String]| boxed_at(lines, tk.label_size);
    let boxed_number = |lines: &[String]| boxed_at(lines, number_size);
    let texts_for = |members: &[usize]| {
        let joined: Vec<&str> = members.iter().map(|&i| names[i]).collect();
        let name = joined.join(" / ");
        let max_lines = tk.label_lines + members.len().min(3) - 1;
        // Names of a group that could not fit on its lines even unbroken are not wrapped at all.
        let hopeless = members.len() > 1
            && measure.width(&name, tk.label_size) > tk.label_max_width * max_lines as f32;
        let name_lines = if hopeless {
            vec![String::new()]
        } else {
            wrap(measure, &name, tk.label_size, tk.label_max_width, max_lines)
        };
        // Numbers are never cut: a label names every point it stands for.
        let number_lines = wrap(
            measure,
            &numbers_text(&members.iter().map(|&i| numbers[i]).collect::<Vec<_>>()),
            number_size,
            tk.label_max_width * if members.len() > 8 { 1.0 } else { 0.6 },
            members.len().max(1),
        );
        // Names of points lying together that do not all fit would leave some unnamed: the
        // group shows its numbers instead, and the key names every one.
        let cut = hopeless
            || (name_lines.concat().chars().count() < name.chars().count()
                && name_lines.last().is_some_and(|l| l.ends_with('…')));
        if (members.len() > 1 && cut) || numbers_only {
            (number_lines.clone(), number_lines, true)
        } else {
            (name_lines, number_lines, false)
        }
    };
    // Groups only ever join, so a group is known by its first member and its size.
    let key = |g: &[usize]| (g.first().copied().unwrap_or(usize::MAX), g.len());
    let mut previous: std::collections::HashMap<(usize, usize), labels::Label> =
        std::collections::HashMap::new();
    // A group's texts and boxes, wrapped once: its entry in `entries`.
    let make = |g: &[usize]| -> GroupText {
        let texts = texts_for(g);
        let name_box = if texts.2 {
            boxed_number(&texts.0)
        } else {
            boxed(&texts.0)
        };
        let number_box = boxed_number(&texts.1);
        (texts, name_box, number_box)
    };
    let entry = |known: &mut std::collections::HashMap<Vec<usize>, usize>,
                 entries: &mut Vec<GroupText>,
                 g: &[usize]| {
        *known.entry(g.to_vec()).or_insert_with(|| {
            entries.push(make(g));
            entries.len() - 1
        })
    };
    let wanted_of = |groups: &[Vec<usize>], texts_of: &[usize], entries: &[GroupText]| {
        groups
            .iter()
            .zip(texts_of)
            .map(|(members, &e)| Wanted {
                members: members.clone(),
                name: entries[e].1,
                number: entries[e].2,
            })
            .collect::<Vec<Wanted>>()
    };
    let first_groups = labels::coincident_groups(&marks[..named.min(marks.len())]);
    let mut groups: Vec<Vec<usize>>;
    // Texts and boxes of groups already wrapped in an earlier round (most groups do not
    // change): the group's entry in `entries`.
    let mut known: std::collections::HashMap<Vec<usize>, usize> = std::collections::HashMap::new();
    let mut entries: Vec<GroupText> = Vec::new();
    let mut texts_of: Vec<usize> = Vec::new();
    let mut placed: Vec<labels::Label> = Vec::new();
    let mut wanted: Vec<Wanted> = Vec::new();
    let rounds = TOUCHING_ROUNDS + NEAREST_ROUNDS;
    // The groups, their texts and labels of the attempt that left fewest points without a
    // label, and how many.
    let mut best: (Vec<Vec<usize>>, Vec<usize>, Vec<labels::Label>, usize) =
        (Vec::new(), Vec::new(), Vec::new(), usize::MAX);
    // First the cheap way; only when some points are left without a label, once more with the
    // labels around a boxed-in point making way for it from the start. A picture with unnamed
    // marks (a comparison's rings) has last resorts of its own and tries only the cheap way.
    let attempts: &[labels::Effort] = if named < marks.len() {
        &[labels::Effort::Greedy]
    } else {
        &[labels::Effort::Search, labels::Effort::GiveWay]
    };
    for &effort in attempts {
        groups = first_groups.clone();
        previous.clear();
        let mut step = 1;
        for round in 1..=rounds {
            texts_of = groups
                .iter()
                .map(|g| entry(&mut known, &mut entries, g))
                .collect();
            wanted = wanted_of(&groups, &texts_of, &entries);
            placed = if round == 1 {
                labels::place(marks, &wanted, room, effort)
            } else {
                // Only the joined groups move; every other label stays where it was (a group that
                // found no place and was not joined is not searched for again: it waits to join).
                let kept: Vec<Option<labels::Label>> = groups
                    .iter()
                    .map(|g| previous.get(&key(g)).copied())
                    .collect();
                labels::place_around(marks, &wanted, room, &kept, effort)
            };

            if round == rounds || placed.iter().all(|l| !matches!(l.placed, Placed::Nowhere)) {
                break;
            }
            previous = groups
                .iter()
                .map(|g| key(g))
                .zip(placed.iter().copied())
                .collect();
            // First the groups that touch; then, rather than leave a point unnamed, the nearest
            // within a reach that doubles until some group joins another.
            let diagonal = room.frame.width() + room.frame.height();
            let merged = loop {
                let reach = if step < TOUCHING_ROUNDS {
                    tk.label_gap * step as f32
                } else {
                    tk.label_gap * 2f32.powi((step - TOUCHING_ROUNDS + 3) as i32)
                };
                if let Some(merged) = labels::merge_unplaced(marks, &groups, &placed, reach) {
                    break Some(merged);
                }
                step += 1;
                if step <= TOUCHING_ROUNDS || reach < diagonal {
                    continue;
                }
                break None;
            };
            match merged {
                Some(merged) => groups = merged,
                None => break,
            }
        }
        // Joining neighbours did what it could: the last, wider search for the groups still without
        // a place.
        if effort != labels::Effort::Greedy {
            placed = labels::place_last(marks, &wanted, room, placed);
        }
        let lost = points_without_label(&groups, &placed);
        if lost < best.3 {
            best = (
                std::mem::take(&mut groups),
                std::mem::take(&mut texts_of),
                std::mem::take(&mut placed),
                lost,
            );
        }
        if lost == 0 {
            break;
        }
    }
    let (mut groups, mut texts_of, mut placed, _) = best;
    // A cluster whose one long list of numbers found no place: its halves (each still lying
    // together) try for two smaller labels around every label placed, and their halves after.
    for _ in 0..SPLIT_ROUNDS {
        if points_without_label(&groups, &placed) == 0 {
            break;
        }
        let mut split: Vec<Vec<usize>> = Vec::new();
        let mut kept: Vec<Option<labels::Label>> = Vec::new();
        for (g, label) in groups.iter().zip(&placed) {
            let halves = matches!(label.placed, Placed::Nowhere)
                .then(|| labels::halves(marks, g, numbers))
                .flatten();
            match halves {
                Some((a, b)) => {
                    split.extend([a, b]);
                    kept.extend([None, None]);
                }
                None => {
                    split.push(g.clone());
                    kept.push(Some(*label));
                }
            }
        }
        if split.len() == groups.len() {
            break;
        }
        let split_texts: Vec<usize> = split
            .iter()
            .map(|g| entry(&mut known, &mut entries, g))
            .collect();
        let split_wanted = wanted_of(&split, &split_texts, &entries);
        let split_placed =
            labels::place_around(marks, &split_wanted, room, &kept, labels::Effort::Search);
        // Halves that find no place either may still find one as quarters: go on.
        (groups, texts_of, placed) = (split, split_texts, split_placed);
    }
    // The halves still without a place get the last, wider search, their neighbours making way.
    if points_without_label(&groups, &placed) > 0 {
        let wanted = wanted_of(&groups, &texts_of, &entries);
        placed = labels::place_last(marks, &wanted, room, placed);
    }
    let mut out = Vec::new();
    let mut keyed: Vec<usize> = Vec::new();
    for ((members, e), label) in groups.iter().zip(texts_of).zip(placed) {
        let (name, number, name_is_number) = std::mem::take(&mut entries[e].0);
        let numbered = label.numbered || name_is_number;
        if numbered || matches!(label.placed, Placed::Nowhere) {
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
            lines: if numbered { number } else { name },
            size: if numbered { number_size } else { tk.label_size },
            line_height: if numbered { number_lh } else { lh },
            padding: pad,
            leader,
            numbered,
        });
    }
    keyed.sort_unstable_by_key(|&i| numbers[i]);
    (out, keyed)
}
