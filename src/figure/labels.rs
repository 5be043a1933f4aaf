//! Where the names of points go, honestly: each label either sits right by its own point (nearer
//! to it, edge to edge and centre to centre, than to any other point, by a clear margin) or is
//! joined to it by a leader line; no label covers a point, another label, a leader line or an
//! obstacle, and none leaves its frame. Points that lie on top of each other share one label.
//!
//! When a name cannot be placed by these rules the point gets a number instead (placed by the
//! same rules) and the layout lists it in a key. A label that would break a rule is never drawn:
//! a wrong neighbour is worse than no name.
//!
//! A greedy pass places most labels; the groups it leaves without a place get a wider search
//! (many more directions, skipping those another point blocks), and failing that the labels
//! around them make way and are placed again after them.
//!
//! Pure geometry in picture units, tested on its own; a spatial grid keeps 200 points well under
//! a millisecond.

use super::geometry::{Pos, Rect, segment_crosses_rect, segment_touches_disc};

/// A point of the picture: its disc.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    /// The centre.
    pub center: Pos,
    /// The radius.
    pub radius: f32,
}

/// A label to place for a group of marks that lie on top of each other.
#[derive(Clone, Debug, PartialEq)]
pub struct Wanted {
    /// The marks it names (indices into the marks), at least one.
    pub members: Vec<usize>,
    /// The size of the label's box with the full name(s).
    pub name: (f32, f32),
    /// The size of the label's box with the number(s) only.
    pub number: (f32, f32),
}

/// What the label of a group became.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Placed {
    /// The label's box, right by its point.
    Beside(Rect),
    /// The label's box, away from its point, and the leader line from the point's edge to the box.
    Led(Rect, Pos, Pos),
    /// No place keeps the rules: the group is only listed in the key.
    Nowhere,
}

impl Placed {
    /// The label's box, if it has one.
    pub fn rect(&self) -> Option<Rect> {
        match *self {
            Self::Beside(r) | Self::Led(r, _, _) => Some(r),
            Self::Nowhere => None,
        }
    }
}

/// A group's label: with its name or with its number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Label {
    /// True when the label shows the number, and the key gives the name.
    pub numbered: bool,
    /// Where it went.
    pub placed: Placed,
}

/// The space labels live in and the distances they keep.
#[derive(Clone, Copy, Debug)]
pub struct Room<'a> {
    /// Labels stay inside this rectangle.
    pub frame: Rect,
    /// Rectangles labels and leader lines keep clear of (quadrant names, a legend).
    pub obstacles: &'a [Rect],
    /// The space between a point's edge and a label right by it.
    pub gap: f32,
}

/// Marks whose discs mostly overlap, grouped: from the same group, a label could not tell
/// which point it names, so the group gets one label naming all of them. Groups are listed in
/// the order of their first member.
pub fn coincident_groups(marks: &[Mark]) -> Vec<Vec<usize>> {
    let mut group_of: Vec<usize> = (0..marks.len()).collect();
    fn root(group_of: &mut [usize], mut i: usize) -> usize {
        while group_of[i] != i {
            group_of[i] = group_of[group_of[i]];
            i = group_of[i];
        }
        i
    }
    let grid = Grid::new(
        marks.iter().map(|m| disc_box(m.center, m.radius)),
        cell_size(marks),
    );
    for (i, a) in marks.iter().enumerate() {
        for j in grid.near(&disc_box(a.center, a.radius)) {
            let b = &marks[j];
            if j > i && a.center.distance(b.center) < 0.5 * a.radius.min(b.radius) {
                let (ri, rj) = (root(&mut group_of, i), root(&mut group_of, j));
                group_of[ri.max(rj)] = ri.min(rj);
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut index_of_root = vec![usize::MAX; marks.len()];
    for i in 0..marks.len() {
        let r = root(&mut group_of, i);
        if index_of_root[r] == usize::MAX {
            index_of_root[r] = groups.len();
            groups.push(Vec::new());
        }
        groups[index_of_root[r]].push(i);
    }
    groups
}

/// The disc that holds every member of a group.
pub fn group_disc(marks: &[Mark], members: &[usize]) -> Mark {
    let n = members.len().max(1) as f32;
    let center = Pos::new(
        members.iter().map(|&i| marks[i].center.x).sum::<f32>() / n,
        members.iter().map(|&i| marks[i].center.y).sum::<f32>() / n,
    );
    let radius = members
        .iter()
        .map(|&i| center.distance(marks[i].center) + marks[i].radius)
        .fold(0.0, f32::max);
    Mark { center, radius }
}

/// Whether two groups of points lie together: some point of one is within [`TOGETHER`] of a
/// point of the other. A label only ever names points lying together, so that its leader line,
/// which touches one of them, reads as pointing at all of them.
pub fn touch(marks: &[Mark], a: &[usize], b: &[usize]) -> bool {
    a.iter().any(|&i| {
        b.iter().any(|&j| {
            let (p, q) = (marks[i], marks[j]);
            p.center.distance(q.center) - p.radius - q.radius <= TOGETHER * p.radius.max(q.radius)
        })
    })
}

/// The numbers points carry when numbered (from 1, one per mark): points that lie together get
/// consecutive numbers, so that a cluster's label reads as a short range ("51–100") rather than
/// a long list. The order is single-linkage clustering's: the points linked by gaps narrower
/// than any given width (a cluster at every scale) hold one run of numbers, and of two clusters
/// that join, the one reaching further left (then higher) comes first.
pub fn numbers(marks: &[Mark]) -> Vec<usize> {
    let n = marks.len();
    let gap = |a: usize, b: usize| {
        let (p, q) = (marks[a], marks[b]);
        p.center.distance(q.center) - p.radius - q.radius
    };
    // The tree of shortest links (Prim's, quadratic: a few hundred points take microseconds).
    let mut edges: Vec<(f32, usize, usize)> = Vec::with_capacity(n.saturating_sub(1));
    let mut in_tree = vec![false; n];
    let mut nearest: Vec<(f32, usize)> = vec![(f32::INFINITY, 0); n];
    if n > 0 {
        in_tree[0] = true;
        for (j, slot) in nearest.iter_mut().enumerate().skip(1) {
            *slot = (gap(0, j), 0);
        }
    }
    for _ in 1..n {
        let Some(next) = (0..n)
            .filter(|&j| !in_tree[j])
            .min_by(|&a, &b| nearest[a].0.total_cmp(&nearest[b].0).then(a.cmp(&b)))
        else {
            break;
        };
        in_tree[next] = true;
        edges.push((nearest[next].0, nearest[next].1, next));
        for j in 0..n {
            let d = gap(next, j);
            if !in_tree[j] && d < nearest[j].0 {
                nearest[j] = (d, next);
            }
        }
    }
    // The links from shortest to longest join clusters; each keeps its points in order.
    edges.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut cluster_of: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    // The point of each cluster furthest left (then highest): a joined cluster keeps its first's.
    let leftmost: Vec<Pos> = marks.iter().map(|m| m.center).collect();
    fn root(cluster_of: &mut [usize], mut i: usize) -> usize {
        while cluster_of[i] != i {
            cluster_of[i] = cluster_of[cluster_of[i]];
            i = cluster_of[i];
        }
        i
    }
    for &(_, a, b) in &edges {
        let (ra, rb) = (root(&mut cluster_of, a), root(&mut cluster_of, b));
        if ra == rb {
            continue;
        }
        let (pa, pb) = (leftmost[ra], leftmost[rb]);
        let a_first = (pa.x, pa.y, ra) < (pb.x, pb.y, rb);
        let (first, second) = if a_first { (ra, rb) } else { (rb, ra) };
        let moved = std::mem::take(&mut members[second]);
        members[first].extend(moved);
        cluster_of[second] = first;
    }
    let mut numbers = vec![0; n];
    let whole = (0..n)
        .find(|&i| cluster_of[i] == i)
        .map_or(&[][..], |r| &members[r][..]);
    for (k, &i) in whole.iter().enumerate() {
        numbers[i] = k + 1;
    }
    numbers
}

/// Splits a group of points lying together in two runs of their `numbers` ([`numbers`]), as
/// near the middle as each run still lies together: two smaller labels, each a short range, may
/// find room where one long label does not. `None` when the group has one point or no cut
/// leaves both runs lying together.
pub fn halves(
    marks: &[Mark],
    members: &[usize],
    numbers: &[usize],
) -> Option<(Vec<usize>, Vec<usize>)> {
    let n = members.len();
    if n < 2 {
        return None;
    }
    let mut sorted = members.to_vec();
    sorted.sort_by_key(|&m| numbers.get(m).copied().unwrap_or(usize::MAX));
    // Cuts from the middle outwards: after k points, for k = n/2, n/2 + 1, n/2 − 1, …
    let middle = n / 2;
    let cuts = (0..n).flat_map(|d| [middle + d, middle.wrapping_sub(d)]);
    for cut in cuts.filter(|&c| (1..n).contains(&c)) {
        let (first, second) = sorted.split_at(cut);
        if lie_together(marks, first) && lie_together(marks, second) {
            let (mut first, mut second) = (first.to_vec(), second.to_vec());
            first.sort_unstable();
            second.sort_unstable();
            return Some((first, second));
        }
    }
    None
}

/// Whether `members` form one cluster: each linked to the others by gaps of at most
/// [`TOGETHER`] times the larger radius.
pub fn lie_together(marks: &[Mark], members: &[usize]) -> bool {
    let mut reached = vec![false; members.len()];
    let mut stack = Vec::new();
    if !members.is_empty() {
        reached[0] = true;
        stack.push(0);
    }
    while let Some(i) = stack.pop() {
        for j in 0..members.len() {
            if !reached[j] && touch(marks, &members[i..=i], &members[j..=j]) {
                reached[j] = true;
                stack.push(j);
            }
        }
    }
    reached.iter().all(|&r| r)
}

/// Points lie together when the gap between them is at most this many times the larger radius
/// (two of its widths).
pub const TOGETHER: f32 = 4.0;

/// Groups again after a placement: each group whose label found no place joins the nearest
/// group whose disc touches its own (within `gap`) and whose points lie together with its own
/// ([`touch`]), one without a place first, so that a point buried in a cluster is named
/// by the cluster's label. Returns `None` when no group could join another.
pub fn merge_unplaced(
    marks: &[Mark],
    groups: &[Vec<usize>],
    labels: &[Label],
    gap: f32,
) -> Option<Vec<Vec<usize>>> {
    let discs: Vec<Mark> = groups.iter().map(|g| group_disc(marks, g)).collect();
    let mut target: Vec<usize> = (0..groups.len()).collect();
    let mut changed = false;
    for (g, label) in labels.iter().enumerate() {
        if !matches!(label.placed, Placed::Nowhere) {
            continue;
        }
        let a = discs[g];
        let nearest = discs
            .iter()
            .enumerate()
            .filter(|&(h, b)| {
                h != g
                    && a.center.distance(b.center) <= a.radius + b.radius + 2.0 * gap
                    && touch(marks, &groups[g], &groups[h])
            })
            // Joining a group that has no place either costs no label that was placed.
            .min_by(|x, y| {
                let placed = |h: usize| !matches!(labels[h].placed, Placed::Nowhere);
                placed(x.0).cmp(&placed(y.0)).then(
                    a.center
                        .distance(x.1.center)
                        .total_cmp(&a.center.distance(y.1.center)),
                )
            })
            .map(|(h, _)| h);
        if let Some(h) = nearest {
            target[g] = h;
            changed = true;
        }
    }
    if !changed {
        return None;
    }
    // Chains (a joins b, b joins c) and pairs that chose each other end in one group.
    fn root(of: &mut [usize], mut g: usize) -> usize {
        while of[g] != g {
            of[g] = of[of[g]];
            g = of[g];
        }
        g
    }
    let mut of: Vec<usize> = (0..groups.len()).collect();
    for (g, &h) in target.iter().enumerate() {
        let (a, b) = (root(&mut of, g), root(&mut of, h));
        of[a.max(b)] = a.min(b);
    }
    let mut merged: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
    for (g, members) in groups.iter().enumerate() {
        let r = root(&mut of, g);
        merged[r].extend(members);
    }
    let mut out: Vec<Vec<usize>> = merged.into_iter().filter(|m| !m.is_empty()).collect();
    for m in &mut out {
        m.sort_unstable();
    }
    out.sort_by_key(|m| m[0]);
    Some(out)
}

/// How hard a placement tries for the groups its greedy pass leaves without a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effort {
    /// Not at all: they wait to join their neighbours.
    Greedy,
    /// A wider search (many more directions and distances) for a few of them.
    Search,
    /// That, and the labels around a group still without a place make way for it.
    GiveWay,
}

/// Places one label per wanted group: names where the rules allow, numbers where they do not;
/// `effort` says how hard it tries for the groups its greedy pass leaves without a place.
pub fn place(marks: &[Mark], wanted: &[Wanted], room: Room<'_>, effort: Effort) -> Vec<Label> {
    let labels = place_greedily(marks, wanted, room);
    if effort == Effort::Greedy {
        return labels;
    }
    rescue(
        marks,
        wanted,
        room,
        labels,
        &vec![true; wanted.len()],
        RESCUE_MOST,
        effort == Effort::GiveWay,
    )
}

/// The last chance of the groups whose labels found no place, after joining neighbours did
/// what it could: the wider search, and the labels around them making way (see [`rescue`]).
pub fn place_last(
    marks: &[Mark],
    wanted: &[Wanted],
    room: Room<'_>,
    labels: Vec<Label>,
) -> Vec<Label> {
    rescue(
        marks,
        wanted,
        room,
        labels,
        &vec![true; wanted.len()],
        usize::MAX,
        true,
    )
}

/// Above this many groups without a place, and above one in [`RESCUE_SHARE`], a placement
/// leaves them to join their neighbours (cheaper, and all that points in a row need) before
/// [`place_last`] searches further.
const RESCUE_MOST: usize = 16;
/// See [`RESCUE_MOST`].
const RESCUE_SHARE: usize = 5;

/// The groups among `todo` (if at most `most` of them or few of all, else none) whose labels
/// found no place get a number where the wider search of [`State::search`] finds room for it,
/// around every label already placed; failing that, with `give_way`, the labels near the group
/// make way, the group takes its place first and they are placed again around it (kept only
/// when every one of them finds a place again).
fn rescue(
    marks: &[Mark],
    wanted: &[Wanted],
    room: Room<'_>,
    mut labels: Vec<Label>,
    todo: &[bool],
    most: usize,
    give_way: bool,
) -> Vec<Label> {
    let lost = |labels: &[Label], g: usize| todo[g] && matches!(labels[g].placed, Placed::Nowhere);
    let count = (0..labels.len()).filter(|&g| lost(&labels, g)).count();
    if count == 0 || (count > most && count * RESCUE_SHARE > labels.len()) {
        return labels;
    }
    let mut state = State::new(marks, wanted, room);
    for label in &labels {
        state.take(&label.placed);
    }
    let mut repair = Vec::new();
    for g in 0..labels.len() {
        if !lost(&labels, g) {
            continue;
        }
        let placed = state.search(g, wanted[g].number);
        if matches!(placed, Placed::Nowhere) {
            repair.push(g);
            continue;
        }
        state.take(&placed);
        labels[g] = Label {
            numbered: true,
            placed,
        };
    }
    if !give_way {
        return labels;
    }
    // Each way taken leaves fewer points without a label, so this ends; a label that made way
    // and found no place again gets its own turn.
    let mut queue = std::collections::VecDeque::from(repair);
    while let Some(g) = queue.pop_front() {
        if !matches!(labels[g].placed, Placed::Nowhere) {
            continue;
        }
        if let Some(repaired) = make_way(&state, wanted, &labels, g) {
            queue.extend((0..labels.len()).filter(|&k| {
                matches!(repaired[k].placed, Placed::Nowhere)
                    && !matches!(labels[k].placed, Placed::Nowhere)
            }));
            labels = repaired;
            state = State::new(marks, wanted, room);
            for label in &labels {
                state.take(&label.placed);
            }
        }
    }
    labels
}

/// How far around a group without a place, in label heights beyond its disc, the labels make
/// way for it.
const MAKE_WAY: [f32; 3] = [2.5, 5.0, 9.0];
/// How many places for the group's label [`make_way`] tries at each reach.
const MAKE_WAY_SPOTS: usize = 8;

/// The labels with the group `g` placed first and the labels near it placed again around it:
/// the first way where every one of them finds a place again, else the one that leaves fewest
/// points without a label, if fewer than `g` has; `None` when no way helps.
fn make_way(
    state: &State<'_>,
    wanted: &[Wanted],
    labels: &[Label],
    g: usize,
) -> Option<Vec<Label>> {
    let anchor = state.anchors[g];
    let h = wanted[g].number.1;
    let points = |k: usize| wanted[k].members.len();
    // The best partial way: its labels and how many points it leaves without one.
    let mut best: Option<(Vec<Label>, usize)> = None;
    for reach in MAKE_WAY {
        let around = disc_box(anchor.center, anchor.radius + reach * h);
        let near = |l: &Label| match l.placed {
            Placed::Beside(r) => r.overlaps(&around),
            Placed::Led(r, a, b) => r.overlaps(&around) || segment_box(a, b).overlaps(&around),
            Placed::Nowhere => false,
        };
        let mut moved: Vec<usize> = (0..labels.len())
            .filter(|&k| k != g && near(&labels[k]))
            .collect();
        // The nearest first: they have the least room to move.
        moved.sort_by(|&a, &b| {
            let d = |k: usize| anchor.center.distance(state.anchors[k].center);
            d(a).total_cmp(&d(b))
        });
        if moved.is_empty() {
            continue;
        }
        let kept = || {
            let mut fresh = State::new(state.marks, wanted, state.room);
            for (k, label) in labels.iter().enumerate() {
                if k != g && !moved.contains(&k) {
                    fresh.take(&label.placed);
                }
            }
            fresh
        };
        let fresh = kept();
        let mut spots = vec![fresh.find(g, wanted[g].number)];
        spots.retain(|p| !matches!(p, Placed::Nowhere));
        spots.extend(fresh.places(g, wanted[g].number, MAKE_WAY_SPOTS));
        for spot in spots {
            let mut trial = kept();
            trial.take(&spot);
            let mut out = labels.to_vec();
            out[g] = Label {
                numbered: true,
                placed: spot,
            };
            let mut left = 0;
            for &k in &moved {
                let label = trial.again(k, labels[k].numbered, wanted);
                if matches!(label.placed, Placed::Nowhere) {
                    left += points(k);
                }
                trial.take(&label.placed);
                out[k] = label;
            }
            if left == 0 {
                return Some(out);
            }
            if left < points(g) && best.as_ref().is_none_or(|(_, b)| left < *b) {
                best = Some((out, left));
            }
        }
    }
    best.map(|(out, _)| out)
}

/// [`place`] without its last, wider search.
fn place_greedily(marks: &[Mark], wanted: &[Wanted], room: Room<'_>) -> Vec<Label> {
    let unplaced = |labels: &[Label]| {
        labels
            .iter()
            .filter(|l| l.numbered || matches!(l.placed, Placed::Nowhere))
            .count()
    };
    let none = vec![false; wanted.len()];
    // Names that together would cover the whole frame cannot sit by their points: go straight
    // to numbers rather than try in vain. Short of that, names are tried first.
    let name_area: f32 = wanted.iter().map(|w| w.name.0 * w.name.1).sum();
    if name_area > HOPELESS_SHARE * room.frame.width() * room.frame.height() {
        return attempt(marks, wanted, room, &vec![true; wanted.len()], &none);
    }
    let mut best = attempt(marks, wanted, room, &none, &none);
    // The names that found no place go first next time: greedy placement favours the early.
    for _ in 0..2 {
        if unplaced(&best) == 0 {
            return best;
        }
        let first: Vec<bool> = best.iter().map(|l| l.numbered).collect();
        let next = attempt(marks, wanted, room, &none, &first);
        if unplaced(&next) < unplaced(&best) {
            best = next;
        } else {
            break;
        }
    }
    if best.iter().all(|l| !matches!(l.placed, Placed::Nowhere)) {
        return best;
    }
    // Numbers for the names that found no place, placed first while there is room, then the
    // names again; a name that now fails takes a number too.
    let numbered: Vec<bool> = best.iter().map(|l| l.numbered).collect();
    let second = attempt(marks, wanted, room, &numbered, &none);
    let nowhere = |labels: &[Label]| {
        labels
            .iter()
            .filter(|l| matches!(l.placed, Placed::Nowhere))
            .count()
    };
    if nowhere(&second) == 0 {
        return second;
    }
    // Names first, numbers only where names found no place: mixed naming is the rule. Every
    // group takes its number only when names found a place for too few of them.
    let named = second
        .iter()
        .filter(|l| !l.numbered && !matches!(l.placed, Placed::Nowhere))
        .count();
    if named * FEW_NAMES >= wanted.len() {
        return second;
    }
    let all_numbers = attempt(marks, wanted, room, &vec![true; wanted.len()], &none);
    if nowhere(&all_numbers) <= nowhere(&second) {
        all_numbers
    } else {
        second
    }
}

/// Below one name in this many groups, a picture numbers all its points rather than a few.
const FEW_NAMES: usize = 4;

/// Places the labels of the groups `kept` has none for, around the labels it keeps as they are:
/// after groups were joined, only the changed groups move. Names first, numbers where they fail;
/// `effort` as for [`place`].
pub fn place_around(
    marks: &[Mark],
    wanted: &[Wanted],
    room: Room<'_>,
    kept: &[Option<Label>],
    effort: Effort,
) -> Vec<Label> {
    let mut state = State::new(marks, wanted, room);
    let mut out: Vec<Label> = Vec::with_capacity(wanted.len());
    for label in kept.iter().flatten() {
        state.take(&label.placed);
    }
    for (g, kept) in kept.iter().enumerate() {
        let label = match kept {
            Some(label) => *label,
            None => {
                let mut label = Label {
                    numbered: false,
                    placed: state.find(g, wanted[g].name),
                };
                if matches!(label.placed, Placed::Nowhere) {
                    label.numbered = true;
                    label.placed = state.find(g, wanted[g].number);
                }
                state.take(&label.placed);
                label
            }
        };
        out.push(label);
    }
    let todo: Vec<bool> = kept.iter().map(Option::is_none).collect();
    if effort == Effort::Greedy {
        return out;
    }
    rescue(
        marks,
        wanted,
        room,
        out,
        &todo,
        RESCUE_MOST,
        effort == Effort::GiveWay,
    )
}

/// One greedy pass: groups to be numbered first (their boxes are small), then those `early`
/// asks for, then the rest, each in order of how crowded its neighbourhood is; a name that finds no place falls back to
/// its number.
fn attempt(
    marks: &[Mark],
    wanted: &[Wanted],
    room: Room<'_>,
    numbered: &[bool],
    early: &[bool],
) -> Vec<Label> {
    let mut state = State::new(marks, wanted, room);
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    let crowding: Vec<usize> = wanted
        .iter()
        .map(|w| {
            let d = state.anchors[state.group_of_wanted(w)];
            state
                .mark_grid
                .near(&disc_box(d.center, d.radius + w.name.1 * 2.0))
                .count()
        })
        .collect();
    order.sort_by_key(|&g| (!numbered[g], !early[g], std::cmp::Reverse(crowding[g]), g));
    let mut out = vec![
        Label {
            numbered: false,
            placed: Placed::Nowhere,
        };
        wanted.len()
    ];
    for g in order {
        let mut label = Label {
            numbered: numbered[g],
            placed: Placed::Nowhere,
        };
        if !numbered[g] {
            label.placed = state.find(g, wanted[g].name);
        }
        if matches!(label.placed, Placed::Nowhere) {
            label.numbered = true;
            label.placed = state.find(g, wanted[g].number);
        }
        state.take(&label.placed);
        out[g] = label;
    }
    out
}

/// Above this share of a picture covered by name boxes, a layout expects numbers and makes room
/// for their key at once.
pub const DENSE_SHARE: f32 = 0.45;

/// Above this share of the frame covered by name boxes, points are numbered without trying
/// their names.
const HOPELESS_SHARE: f32 = 1.0;

/// How far out candidate boxes lie beyond a point's edge, in label heights beyond the gap.
const RINGS: [f32; 10] = [0.0, 0.5, 1.5, 3.0, 5.0, 8.0, 12.0, 18.0, 26.0, 40.0];
/// The rings whose boxes can sit right by their point, without a leader line.
const BESIDE_RINGS: usize = 2;
/// Directions tried on each ring, right first (text reads from its point), then left, above,
/// below and the diagonals.
const DIRECTIONS: usize = 16;

struct State<'a> {
    marks: &'a [Mark],
    room: Room<'a>,
    /// The group of every mark.
    group: Vec<usize>,
    /// The disc of every group.
    anchors: Vec<Mark>,
    /// The marks of every group.
    members: Vec<Vec<usize>>,
    mark_grid: Grid,
    boxes: Vec<Rect>,
    leaders: Vec<(Pos, Pos)>,
    taken: Grid,
    max_radius: f32,
}

impl<'a> State<'a> {
    fn new(marks: &'a [Mark], wanted: &[Wanted], room: Room<'a>) -> Self {
        let mut group = vec![usize::MAX; marks.len()];
        for (g, w) in wanted.iter().enumerate() {
            for &m in &w.members {
                if let Some(slot) = group.get_mut(m) {
                    *slot = g;
                }
            }
        }
        let anchors = wanted
            .iter()
            .map(|w| group_disc(marks, &w.members))
            .collect();
        let cell = cell_size(marks);
        Self {
            marks,
            room,
            group,
            anchors,
            members: wanted
                .iter()
                .map(|w| {
                    w.members
                        .iter()
                        .copied()
                        .filter(|&m| m < marks.len())
                        .collect()
                })
                .collect(),
            mark_grid: Grid::new(marks.iter().map(|m| disc_box(m.center, m.radius)), cell),
            boxes: Vec::new(),
            leaders: Vec::new(),
            taken: Grid::empty(room.frame, cell),
            max_radius: marks.iter().map(|m| m.radius).fold(0.0, f32::max),
        }
    }

    fn group_of_wanted(&self, w: &Wanted) -> usize {
        w.members
            .first()
            .and_then(|&m| self.group.get(m).copied())
            .unwrap_or(0)
    }

    fn take(&mut self, placed: &Placed) {
        match *placed {
            Placed::Beside(r) => {
                self.taken.insert(self.boxes.len() as u32, &r);
                self.boxes.push(r);
            }
            Placed::Led(r, from, to) => {
                self.taken.insert(self.boxes.len() as u32, &r);
                self.boxes.push(r);
                let index = self.leaders.len() as u32 | LEADER_BIT;
                self.taken.insert(index, &segment_box(from, to));
                self.leaders.push((from, to));
            }
            Placed::Nowhere => {}
        }
    }

    /// The first place for a box of `size` that keeps every rule, nearest first: right by the
    /// point on the near rings, else the nearest box a leader line can reach.
    fn find(&self, g: usize, (w, h): (f32, f32)) -> Placed {
        let anchor = self.anchors[g];
        let mut led: Option<Placed> = None;
        // A small box (a number) is worth every direction: it is the point's last chance.
        let small = w <= h * 2.5;
        for (ring, &out) in RINGS.iter().enumerate() {
            let d = anchor.radius + self.room.gap + out * h;
            // Far rings only need the main directions: a leader line reaches anywhere.
            let directions = if ring < BESIDE_RINGS || small {
                DIRECTIONS
            } else {
                8
            };
            for k in 0..directions {
                let rect = candidate(anchor.center, d, k, w, h);
                if !self.box_is_free(g, &rect) {
                    continue;
                }
                if ring < BESIDE_RINGS && self.is_beside(g, &rect) {
                    return Placed::Beside(rect);
                }
                if led.is_none() && ring > 0 {
                    led = self.leader_to(g, rect);
                    // Beyond the near rings nothing can beat the first leader line found.
                    if ring >= BESIDE_RINGS && led.is_some() {
                        return led.unwrap_or(Placed::Nowhere);
                    }
                }
            }
            if led.is_some() {
                break;
            }
        }
        led.unwrap_or(Placed::Nowhere)
    }

    /// A place again for the label of group `k` that made way: its name if it had one and
    /// the name finds a place, else its number, by the nearer rings first and the wider search
    /// last.
    fn again(&self, k: usize, numbered: bool, wanted: &[Wanted]) -> Label {
        if !numbered {
            let placed = self.find(k, wanted[k].name);
            if !matches!(placed, Placed::Nowhere) {
                return Label {
                    numbered: false,
                    placed,
                };
            }
        }
        let mut placed = self.find(k, wanted[k].number);
        if matches!(placed, Placed::Nowhere) {
            placed = self.search(k, wanted[k].number);
        }
        Label {
            numbered: true,
            placed,
        }
    }

    /// The last resort for a box of `size` that [`State::find`] found no place for: many more
    /// directions and distances, nearest first, skipping the directions where the straight way
    /// out runs into another point before it gets that far.
    fn search(&self, g: usize, size: (f32, f32)) -> Placed {
        self.places(g, size, 1)
            .into_iter()
            .next()
            .unwrap_or(Placed::Nowhere)
    }

    /// Up to `most` places of [`State::search`], nearest first, no two overlapping: where
    /// the labels around a group make way, the first may leave one of them no room when another
    /// would not.
    fn places(&self, g: usize, (w, h): (f32, f32), most: usize) -> Vec<Placed> {
        let anchor = self.anchors[g];
        let mut found: Vec<Placed> = Vec::new();
        let clear = self.clear_runs(g);
        let across = w.max(h);
        for (ring, &out) in SEARCH_RINGS.iter().enumerate() {
            let d = anchor.radius + self.room.gap + out * h;
            for (k, &run) in clear.iter().enumerate() {
                if d > run + across {
                    continue;
                }
                let angle = k as f32 * std::f32::consts::TAU / SEARCH_DIRECTIONS as f32;
                let rect = candidate_towards(anchor.center, d, angle.cos(), angle.sin(), w, h);
                if found
                    .iter()
                    .any(|f| f.rect().is_some_and(|r| r.overlaps(&rect)))
                    || !self.box_is_free(g, &rect)
                {
                    continue;
                }
                let placed = if ring < SEARCH_BESIDE_RINGS && self.is_beside(g, &rect) {
                    Some(Placed::Beside(rect))
                } else {
                    self.leader_to(g, rect)
                };
                if let Some(placed) = placed {
                    found.push(placed);
                    if found.len() >= most {
                        return found;
                    }
                }
            }
        }
        found
    }

    /// For each of the search's directions, how far from the group's centre a straight line
    /// runs before it comes within the gap of another group's point.
    fn clear_runs(&self, g: usize) -> [f32; SEARCH_DIRECTIONS] {
        let anchor = self.anchors[g];
        let step = std::f32::consts::TAU / SEARCH_DIRECTIONS as f32;
        let mut runs = [f32::MAX; SEARCH_DIRECTIONS];
        for (j, m) in self.marks.iter().enumerate() {
            if self.group[j] == g {
                continue;
            }
            let (dx, dy) = (m.center.x - anchor.center.x, m.center.y - anchor.center.y);
            let dist = (dx * dx + dy * dy).sqrt();
            let reach = m.radius + self.room.gap;
            if dist <= reach {
                // Inside the group's own disc: the leader starts beyond it anyway.
                continue;
            }
            let half = (reach / dist).asin();
            let at = dy.atan2(dx);
            let first = ((at - half) / step).ceil() as i32;
            let last = ((at + half) / step).floor() as i32;
            let near = dist - reach;
            for k in first..=last {
                let k = k.rem_euclid(SEARCH_DIRECTIONS as i32) as usize;
                runs[k] = runs[k].min(near);
            }
        }
        runs
    }

    /// The leader line to `rect` from the edge of the group's point nearest to it, if it keeps
    /// the rules. A leader always touches a point it names, never the empty space around a
    /// group.
    fn leader_to(&self, g: usize, rect: Rect) -> Option<Placed> {
        let to = rect.clamp(self.anchors[g].center);
        let point = self.members[g]
            .iter()
            .map(|&m| self.marks[m])
            .min_by(|a, b| {
                (a.center.distance(to) - a.radius).total_cmp(&(b.center.distance(to) - b.radius))
            })
            .unwrap_or(self.anchors[g]);
        let length = point.center.distance(to);
        if length <= point.radius {
            return None;
        }
        let from = Pos::new(
            point.center.x + (to.x - point.center.x) * point.radius / length,
            point.center.y + (to.y - point.center.y) * point.radius / length,
        );
        self.leader_is_free(g, from, to, &rect)
            .then_some(Placed::Led(rect, from, to))
    }

    /// Inside the frame, off every point, label, leader line and obstacle, and not hugging
    /// another group's point.
    fn box_is_free(&self, g: usize, rect: &Rect) -> bool {
        if !self.room.frame.contains_rect(rect) {
            return false;
        }
        if self.room.obstacles.iter().any(|o| o.overlaps(rect)) {
            return false;
        }
        let clearance = self.room.gap;
        let reach = rect.expand(clearance * 2.0 + self.max_radius);
        for j in self.mark_grid.near(&reach) {
            let m = &self.marks[j];
            let margin = if self.group[j] == g {
                1.0
            } else {
                2.0 * clearance
            };
            if rect.touches_disc(m.center, m.radius + margin) {
                return false;
            }
        }
        let padded = rect.expand(1.0);
        for i in self.taken.near_raw(&padded) {
            if i & LEADER_BIT == 0 {
                if self.boxes[i as usize].overlaps(&padded) {
                    return false;
                }
            } else {
                let (a, b) = self.leaders[(i & !LEADER_BIT) as usize];
                if segment_crosses_rect(a, b, &padded) {
                    return false;
                }
            }
        }
        true
    }

    /// Right by its own point: close to it, and clearly nearer to it than to any other point,
    /// both edge to edge and centre to centre.
    fn is_beside(&self, g: usize, rect: &Rect) -> bool {
        // Measured to the nearest of the group's own points (a joined group may be spread).
        let (mut own_center, mut own_edge) = (f32::MAX, f32::MAX);
        for &m in &self.members[g] {
            let d = rect.distance_to(self.marks[m].center);
            own_center = own_center.min(d);
            own_edge = own_edge.min(d - self.marks[m].radius);
        }
        let margin = 2.0 * self.room.gap;
        let reach = rect.expand(2.0 * own_center + margin + self.max_radius);
        self.mark_grid.near(&reach).all(|j| {
            if self.group[j] == g {
                return true;
            }
            let m = &self.marks[j];
            let center = rect.distance_to(m.center);
            center >= own_center + margin && center - m.radius >= 2.0 * own_edge + margin
        })
    }

    /// A leader line that touches no other point, label, leader line or obstacle.
    fn leader_is_free(&self, g: usize, from: Pos, to: Pos, own: &Rect) -> bool {
        let area = segment_box(from, to);
        let clearance = self.room.gap;
        for j in self
            .mark_grid
            .near(&area.expand(self.max_radius + clearance))
        {
            if self.group[j] != g {
                let m = &self.marks[j];
                if segment_touches_disc(from, to, m.center, m.radius + clearance) {
                    return false;
                }
            }
        }
        if self
            .room
            .obstacles
            .iter()
            .any(|o| segment_crosses_rect(from, to, o))
        {
            return false;
        }
        for i in self.taken.near_raw(&area.expand(1.0)) {
            if i & LEADER_BIT == 0 {
                let r = self.boxes[i as usize];
                if r != *own && segment_crosses_rect(from, to, &r.expand(1.0)) {
                    return false;
                }
            } else {
                let (a, b) = self.leaders[(i & !LEADER_BIT) as usize];
                if segments_cross(from, to, a, b) {
                    return false;
                }
            }
        }
        true
    }
}

/// Directions of the last-resort search, evenly around the point.
const SEARCH_DIRECTIONS: usize = 48;
/// Distances of the last-resort search beyond the point's edge and the gap, in label heights.
const SEARCH_RINGS: [f32; 14] = [
    0.0, 0.3, 0.75, 1.25, 2.0, 3.0, 4.0, 5.5, 7.0, 9.0, 12.0, 16.0, 22.0, 30.0,
];
/// The search's rings whose boxes can sit right by their point.
const SEARCH_BESIDE_RINGS: usize = 2;

/// Marks a leader line's entry in the grid of taken space.
const LEADER_BIT: u32 = 1 << 31;

/// Unit vectors of the candidate directions, in the order they are tried: right, left, up, down,
/// the four diagonals, then the eight directions between (y grows downwards).
const UNIT: [(f32, f32); DIRECTIONS] = {
    const C1: f32 = 0.923_879_5; // cos 22.5°
    const S1: f32 = 0.382_683_43; // sin 22.5°
    const D: f32 = std::f32::consts::FRAC_1_SQRT_2;
    [
        (1.0, 0.0),
        (-1.0, 0.0),
        (0.0, -1.0),
        (0.0, 1.0),
        (D, -D),
        (D, D),
        (-D, -D),
        (-D, D),
        (C1, -S1),
        (C1, S1),
        (-C1, -S1),
        (-C1, S1),
        (S1, -C1),
        (S1, C1),
        (-S1, -C1),
        (-S1, C1),
    ]
};

/// The box of `size` whose nearest side faces the point at distance `d` in direction `k`.
fn candidate(c: Pos, d: f32, k: usize, w: f32, h: f32) -> Rect {
    let (ux, uy) = UNIT[k];
    candidate_towards(c, d, ux, uy, w, h)
}

/// The box of `size` whose nearest side faces the point at distance `d` in the direction of
/// the unit vector (`ux`, `uy`).
fn candidate_towards(c: Pos, d: f32, ux: f32, uy: f32, w: f32, h: f32) -> Rect {
    let soft = |u: f32| (u * 2.5).clamp(-1.0, 1.0);
    let cx = c.x + ux * d + soft(ux) * w / 2.0;
    let cy = c.y + uy * d + soft(uy) * h / 2.0;
    Rect::new(cx - w / 2.0, cy - h / 2.0, cx + w / 2.0, cy + h / 2.0)
}

fn disc_box(c: Pos, r: f32) -> Rect {
    Rect::new(c.x - r, c.y - r, c.x + r, c.y + r)
}

fn segment_box(a: Pos, b: Pos) -> Rect {
    Rect::new(a.x.min(b.x), a.y.min(b.y), a.x.max(b.x), a.y.max(b.y))
}

/// True when two segments cross at a point inside both.
fn segments_cross(a: Pos, b: Pos, c: Pos, d: Pos) -> bool {
    let orient = |p: Pos, q: Pos, r: Pos| (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
    let (o1, o2) = (orient(a, b, c), orient(a, b, d));
    let (o3, o4) = (orient(c, d, a), orient(c, d, b));
    o1 * o2 < 0.0 && o3 * o4 < 0.0
}

fn cell_size(marks: &[Mark]) -> f32 {
    let largest = marks.iter().map(|m| m.radius).fold(4.0, f32::max);
    (largest * 4.0).max(16.0)
}

/// A uniform grid of buckets: which items may lie near a rectangle.
struct Grid {
    origin: Pos,
    cell: f32,
    columns: usize,
    rows: usize,
    cells: Vec<Vec<u32>>,
}

impl Grid {
    /// Most cells per side: the grid stays small whatever the coordinates.
    const MAX_SIDE: usize = 256;

    fn empty(area: Rect, cell: f32) -> Self {
        let cell = cell
            .max(area.width() / Self::MAX_SIDE as f32)
            .max(area.height() / Self::MAX_SIDE as f32)
            .max(1.0);
        let columns = ((area.width() / cell).ceil() as usize).clamp(1, Self::MAX_SIDE);
        let rows = ((area.height() / cell).ceil() as usize).clamp(1, Self::MAX_SIDE);
        Self {
            origin: area.min,
            cell,
            columns,
            rows,
            cells: vec![Vec::new(); columns * rows],
        }
    }

    fn new(items: impl Iterator<Item = Rect> + Clone, cell: f32) -> Self {
        let area = items
            .clone()
            .reduce(|a, b| {
                Rect::new(
                    a.min.x.min(b.min.x),
                    a.min.y.min(b.min.y),
                    a.max.x.max(b.max.x),
                    a.max.y.max(b.max.y),
                )
            })
            .unwrap_or_default();
        let mut grid = Self::empty(area, cell);
        for (i, r) in items.enumerate() {
            grid.insert(i as u32, &r);
        }
        grid
    }

    fn span(&self, r: &Rect) -> (usize, usize, usize, usize) {
        let column = |x: f32| {
            (((x - self.origin.x) / self.cell).floor().max(0.0) as usize).min(self.columns - 1)
        };
        let row = |y: f32| {
            (((y - self.origin.y) / self.cell).floor().max(0.0) as usize).min(self.rows - 1)
        };
        (column(r.min.x), column(r.max.x), row(r.min.y), row(r.max.y))
    }

    fn insert(&mut self, item: u32, r: &Rect) {
        let (c0, c1, r0, r1) = self.span(r);
        for row in r0..=r1 {
            for column in c0..=c1 {
                self.cells[row * self.columns + column].push(item);
            }
        }
    }

    /// The items in the cells `r` covers; an item in several cells comes once per cell (every
    /// check made with them is the same the second time, and skipping the bookkeeping is faster).
    fn near(&self, r: &Rect) -> impl Iterator<Item = usize> + '_ {
        self.near_raw(r).map(|item| item as usize)
    }

    /// The raw item numbers in the cells `r` covers.
    fn near_raw(&self, r: &Rect) -> impl Iterator<Item = u32> + '_ {
        let (c0, c1, r0, r1) = self.span(r);
        (r0..=r1)
            .flat_map(move |row| (c0..=c1).map(move |column| row * self.columns + column))
            .flat_map(move |cell| self.cells[cell].iter().copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dots(centres: &[(f32, f32)]) -> Vec<Mark> {
        centres
            .iter()
            .map(|&(x, y)| Mark {
                center: Pos::new(x, y),
                radius: 5.0,
            })
            .collect()
    }

    #[test]
    fn points_lying_together_get_consecutive_numbers_at_every_scale() {
        // Three clusters, the points of each given in scattered order: a tight pair inside a
        // wider cluster on the right, one on the left, one in the middle.
        let marks = dots(&[
            (300.0, 0.0),
            (0.0, 0.0),
            (150.0, 0.0),
            (312.0, 0.0),
            (10.0, 0.0),
            (160.0, 0.0),
            (301.0, 1.0),
            (20.0, 0.0),
            (170.0, 0.0),
            (324.0, 0.0),
        ]);
        let numbers = numbers(&marks);
        let mut sorted = numbers.clone();
        sorted.sort_unstable();
        assert_eq!(
            sorted,
            (1..=10).collect::<Vec<_>>(),
            "each point its own number"
        );
        let run = |members: &[usize]| {
            let mut n: Vec<usize> = members.iter().map(|&i| numbers[i]).collect();
            n.sort_unstable();
            n.windows(2).all(|w| w[1] == w[0] + 1)
        };
        assert!(run(&[1, 4, 7]) && run(&[2, 5, 8]) && run(&[0, 3, 6, 9]) && run(&[0, 6]));
        // Left to right: the left cluster first, the right one last.
        assert_eq!((numbers[1], numbers[4], numbers[7]), (1, 2, 3));
        assert!(numbers[0] > numbers[2] && numbers[9] > numbers[5]);
        assert!(super::numbers(&[]).is_empty());
    }

    #[test]
    fn a_row_of_touching_points_splits_in_two_rows() {
        let marks = dots(&(0..8).map(|i| (i as f32 * 10.0, 0.0)).collect::<Vec<_>>());
        let all: Vec<usize> = (0..8).collect();
        assert!(lie_together(&marks, &all));
        let (a, b) = halves(&marks, &all, &numbers(&marks)).expect("a row splits");
        assert_eq!((a, b), ((0..4).collect(), (4..8).collect()));
    }

    #[test]
    fn a_cluster_splits_into_runs_of_numbers_that_still_lie_together() {
        // A "⊃": two arms 40 apart joined on the right. Cut across its width, the left half
        // would hold the two arms' ends, apart; cut along its numbers, each half is one run
        // that lies together.
        let mut centres: Vec<(f32, f32)> = (0..5).map(|i| (i as f32 * 10.0, 0.0)).collect();
        centres.extend((1..4).map(|i| (40.0, i as f32 * 10.0)));
        centres.extend((0..5).map(|i| (i as f32 * 10.0, 40.0)));
        let marks = dots(&centres);
        let numbers = numbers(&marks);
        let all: Vec<usize> = (0..marks.len()).collect();
        assert!(lie_together(&marks, &all));
        assert!(!lie_together(&marks, &[0, 8]));
        let (a, b) = halves(&marks, &all, &numbers).expect("the arms split");
        for half in [&a, &b] {
            assert!(lie_together(&marks, half), "{half:?}");
            let mut run: Vec<usize> = half.iter().map(|&i| numbers[i]).collect();
            run.sort_unstable();
            assert!(run.windows(2).all(|w| w[1] == w[0] + 1), "{run:?}");
        }
        assert!(a.len().abs_diff(b.len()) <= 1, "{a:?} {b:?}");
        assert_eq!(halves(&marks, &[3], &numbers), None);
        // Any two points split into one each.
        assert_eq!(halves(&marks, &[0, 8], &numbers), Some((vec![0], vec![8])));
    }
}
