//! ONE layout for every picture: given results, a size and a theme, a layout returns points,
//! labels with their boxes, leader lines, quadrant lines, axes, legend, key and caption (and, for
//! two segments compared, rings and arrows) in picture units (CSS px on file, egui points on
//! screen). `ui` paints a [`Figure`] with egui and
//! `export` writes it as SVG and PNG, so what the room sees on the projector and what a report
//! shows are the same geometry.
//!
//! This module never draws, never reads files or the screen, and never computes a statistic:
//! figures (Better, Worse, intervals) come in from the engine; text widths come in through
//! [`TextMeasure`]. Label placement, the point-radius rule, the palette and the design tokens
//! live here once.

pub mod better_worse;
pub mod caption;
pub mod comparison;
pub mod continuous;
pub mod deck;
pub mod geometry;
pub mod journey;
pub mod labels;
pub mod measure;
pub mod naming;
pub mod palette;
mod parts;
pub mod scatter;
pub mod shares;
pub mod tokens;

pub use better_worse::{BetterWorseFeature, BetterWorseWords, FigureOptions, better_worse};
pub use continuous::{ContinuousFeature, ContinuousOptions, ContinuousWords, continuous};
pub use geometry::{Pos, Rect};
pub use measure::{FixedAdvance, TextMeasure};
pub use palette::{Rgb, Theme};
pub use shares::{ShareFeature, SharesWords, shares};
pub use tokens::Tokens;

use crate::kano::Category;
use crate::project::{Feature, Project};
use crate::results::{FeatureResult, Results};

/// A picture's size in units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Size {
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
}

/// Where a text's position is, horizontally.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The text starts at the position.
    Start,
    /// The text is centred on the position.
    Middle,
    /// The text ends at the position.
    End,
}

/// What a text is, so that painters can style it and tests can find it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextRole {
    /// The caption: what is shown (segment, n, filter).
    Caption,
    /// A number on an axis.
    Tick,
    /// An axis title.
    AxisTitle,
    /// A quadrant's category name.
    QuadrantName(Category),
    /// A legend entry's name.
    Legend,
    /// A note under the legend.
    Note,
    /// The key's title or one of its entries.
    Key,
    /// A feature's name beside its bar (cut with "…" when long; the bar's tooltip has it whole).
    Name,
    /// A group heading among the bars (a touchpoint).
    Heading,
    /// A figure written on or beside a mark: a share, a category letter, an n.
    Value,
}

/// One line of text.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// What it is.
    pub role: TextRole,
    /// The words.
    pub text: String,
    /// Horizontal position per `anchor`; vertical position of the baseline.
    pub at: Pos,
    /// How `at` is anchored horizontally.
    pub anchor: Anchor,
    /// Font size.
    pub size: f32,
    /// Colour.
    pub color: Rgb,
    /// Bold.
    pub bold: bool,
    /// Turned a quarter anticlockwise around `at` (the y axis title).
    pub vertical: bool,
    /// The box the text takes (before any turn), for overlap checks.
    pub rect: Rect,
    /// For an entry of the key of numbered points: the feature it stands for (its position in
    /// the layout's input, as [`PointMark::feature`]), so that painters can give the whole name
    /// of an entry cut to its column. `None` for every other text, the key's title too.
    pub feature: Option<usize>,
}

/// A straight line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Line {
    /// One end.
    pub from: Pos,
    /// The other end.
    pub to: Pos,
    /// Colour.
    pub color: Rgb,
    /// Width.
    pub width: f32,
    /// Dash length; 0 for a solid line.
    pub dash: f32,
}

/// A filled rectangle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fill {
    /// Where.
    pub rect: Rect,
    /// Colour.
    pub color: Rgb,
    /// Opacity, 0..=1.
    pub opacity: f32,
}

/// A feature's point.
#[derive(Clone, Debug, PartialEq)]
pub struct PointMark {
    /// The feature's position in the layout's input.
    pub feature: usize,
    /// The feature's id.
    pub id: String,
    /// The feature's name (for tooltips).
    pub name: String,
    /// The centre.
    pub center: Pos,
    /// The radius.
    pub radius: f32,
    /// The fill colour.
    pub color: Rgb,
    /// The feature's category.
    pub category: Option<Category>,
    /// The number it carries where it is numbered, from 1 ([`naming::number`]: points lying
    /// together get consecutive numbers).
    pub number: usize,
}

impl PointMark {
    /// The point's disc, as label placement sees it.
    pub fn mark(&self) -> labels::Mark {
        labels::Mark {
            center: self.center,
            radius: self.radius,
        }
    }
}

/// The label of one point, or of points that lie on top of each other.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelMark {
    /// The features it names (positions in the layout's input), at least one.
    pub features: Vec<usize>,
    /// The feature ids, in the same order.
    pub ids: Vec<String>,
    /// The box; the text sits inside it with `padding`.
    pub rect: Rect,
    /// The lines of text.
    pub lines: Vec<String>,
    /// Font size.
    pub size: f32,
    /// Baseline-to-baseline distance.
    pub line_height: f32,
    /// Inner padding.
    pub padding: f32,
    /// The leader line from the point's edge to the box, when the box is not right by its point.
    pub leader: Option<(Pos, Pos)>,
    /// True when the label shows numbers that the key explains.
    pub numbered: bool,
}

/// One feature's bar of a bar chart: its segments, and the row it takes (for hover and tooltips).
#[derive(Clone, Debug, PartialEq)]
pub struct BarMark {
    /// The feature's position in the layout's input.
    pub feature: usize,
    /// The feature's id.
    pub id: String,
    /// The feature's whole name (for tooltips).
    pub name: String,
    /// The bar's full length (0 to 100%), ringed when the feature is selected.
    pub bar: Rect,
    /// The whole row (name, bar and figures): hovering it means the feature.
    pub row: Rect,
    /// The filled segments, left to right.
    pub segments: Vec<Fill>,
}

/// A laid-out picture.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// Its size.
    pub size: Size,
    /// Its colours.
    pub theme: Theme,
    /// The tokens it was laid out with.
    pub tokens: Tokens,
    /// The plot area.
    pub plot: Rect,
    /// Areas filled behind everything (quadrant tints, legend swatches).
    pub fills: Vec<Fill>,
    /// Grid, axis and quadrant lines, and interval whiskers, drawn before the points.
    pub lines: Vec<Line>,
    /// The bars, drawn over the lines and under the texts.
    pub bars: Vec<BarMark>,
    /// The points.
    pub points: Vec<PointMark>,
    /// The labels of the points.
    pub labels: Vec<LabelMark>,
    /// Every other text: caption, ticks, axis titles, quadrant names, legend, note, key.
    pub texts: Vec<Text>,
    /// The background colour of a label's box and its opacity.
    pub label_fill: (Rgb, f32),
    /// Where features were in another segment (a comparison): rings under the points.
    pub rings: Vec<RingMark>,
    /// Arrows from where features were to where they are (a comparison), under the points.
    pub arrows: Vec<ArrowMark>,
}

/// A ring: where a feature's point was in the first of two segments compared (or a legend
/// sample). Not a point: it carries no label of its own.
#[derive(Clone, Debug, PartialEq)]
pub struct RingMark {
    /// The feature (position in the layout's input); `None` for a legend sample.
    pub feature: Option<usize>,
    /// The feature's id (empty for a legend sample).
    pub id: String,
    /// The centre.
    pub center: Pos,
    /// The radius (to the middle of the stroke).
    pub radius: f32,
    /// The stroke's colour (the feature's category there).
    pub color: Rgb,
    /// The stroke's width.
    pub width: f32,
    /// The opacity of the disc's fill in `color`, under the stroke (0 for a hollow ring).
    pub fill_opacity: f32,
}

/// An arrow, laid out whole: painters draw the shaft as a line and the head as a filled
/// triangle, with no geometry of their own.
#[derive(Clone, Debug, PartialEq)]
pub struct ArrowMark {
    /// The feature (position in the layout's input); `None` for a legend sample.
    pub feature: Option<usize>,
    /// The feature's id (empty for a legend sample).
    pub id: String,
    /// Where the arrow starts: the edge of the ring it leaves.
    pub from: Pos,
    /// The tip: the edge of the point it reaches.
    pub to: Pos,
    /// Where the shaft ends, inside the head.
    pub shaft_end: Pos,
    /// The head: the tip, then the two corners of its base.
    pub head: [Pos; 3],
    /// Colour of shaft and head.
    pub color: Rgb,
    /// The shaft's width.
    pub width: f32,
    /// Drawn stronger: the segments differ for this feature.
    pub strong: bool,
}

impl Figure {
    /// The caption.
    pub fn caption(&self) -> Option<&Text> {
        self.texts_in(TextRole::Caption).next()
    }

    /// The texts playing `role`, in order.
    pub fn texts_in(&self, role: TextRole) -> impl Iterator<Item = &Text> {
        self.texts.iter().filter(move |t| t.role == role)
    }

    /// The key's entries, each with the point of the feature it stands for.
    pub fn key_entries(&self) -> impl Iterator<Item = (&Text, &PointMark)> {
        self.texts.iter().filter_map(|t| {
            let feature = t.feature?;
            Some((t, self.points.iter().find(|p| p.feature == feature)?))
        })
    }

    /// How many of the key's entries show their name cut (with "…") to the key's column.
    pub fn key_names_cut(&self) -> usize {
        self.key_entries()
            .filter(|(t, p)| t.text != parts::key_entry(p.number, &p.name))
            .count()
    }
}

/// The features of `results` that `shown` keeps (by project position), in project order, each
/// with its position in the project and what `picture` takes of it (`None`: the picture leaves
/// the feature out, e.g. it has no Better and Worse yet). Each picture's `features_of` is this
/// with its own `picture`.
pub fn shown_features<T>(
    project: &Project,
    results: &Results,
    shown: impl Fn(usize) -> bool,
    picture: impl Fn(&Feature, &FeatureResult) -> Option<T>,
) -> Vec<(usize, T)> {
    results
        .features
        .iter()
        .filter(|r| shown(r.index))
        .filter_map(|r| {
            let f = project.features().get(r.index)?;
            Some((r.index, picture(f, r)?))
        })
        .collect()
}
