//! A laid-out [`Figure`] written as SVG, following FORMATS.md ("Better–Worse pictures"): each
//! point is `<circle class="point" data-feature="ID">`, each label a `<g class="label"
//! data-feature="ID">` holding its box (`<rect>`) and `<text>`, each leader line
//! `<line class="leader" data-feature="ID">`, and the caption `<text class="caption">`. A label
//! that names points lying on top of each other lists their ids, separated by spaces. A bar
//! chart's bar is `<g class="bar" data-id="ID" data-feature="ID">` holding its tooltip
//! (`<title>`, with the whole name) and one `<rect>` per segment; over each bar's whole row, its
//! name and figures included, lies a transparent `<rect class="row" data-feature="ID">` with the
//! same tooltip, so that hovering a cut name shows it whole. A
//! comparison's arrows are `<g class="arrow" data-feature="ID">` (`"arrow differs"` where the
//! segments differ) and its rings `<circle class="ring" data-feature="ID">`. Each entry of the
//! key of numbered points holds its feature's whole name in a `<title>` after its words (the
//! entry may be cut to its column).
//!
//! It writes the geometry it is given and decides nothing about where things go.

use super::svg::{Anchor, Svg, TextStyle, escape, num};
use crate::figure::{self, ArrowMark, Figure, LabelMark, PointMark, Rgb, RingMark, TextRole};
use std::fmt::Write as _;

/// The figure as an SVG document titled `title`; `tooltip` gives each point's and each bar's
/// hover text.
pub fn write(figure: &Figure, title: &str, tooltip: &dyn Fn(usize) -> String) -> String {
    let size = figure.size;
    let colors = figure.theme.colors();
    let mut svg = Svg::new(f64::from(size.width), f64::from(size.height), title);
    for f in &figure.fills {
        svg.rect(
            f64::from(f.rect.min.x),
            f64::from(f.rect.min.y),
            f64::from(f.rect.width()),
            f64::from(f.rect.height()),
            f.color,
            f64::from(f.opacity),
        );
    }
    for l in &figure.lines {
        svg.line(
            pos(l.from),
            pos(l.to),
            l.color,
            f64::from(l.width),
            f64::from(l.dash),
        );
    }
    for b in &figure.bars {
        bar(&mut svg, b, &tooltip(b.feature));
    }
    for t in &figure.texts {
        let mut style = TextStyle::new(f64::from(t.size), t.color).anchored(anchor(t.anchor));
        if t.bold {
            style = style.bold();
        }
        if t.vertical {
            svg.vertical_text(f64::from(t.at.x), f64::from(t.at.y), style, &t.text);
        } else if t.role == TextRole::Caption {
            svg.raw(&format!(
                "<text class=\"caption\" x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"{}\"{}>{}</text>\n",
                num(f64::from(t.at.x)),
                num(f64::from(t.at.y)),
                num(f64::from(t.size)),
                t.color.hex(),
                if t.bold { " font-weight=\"bold\"" } else { "" },
                escape(&t.text)
            ));
        } else {
            // A key entry carries its feature's whole name, for a name cut to the column.
            let whole = t
                .feature
                .and_then(|f| figure.points.iter().find(|p| p.feature == f))
                .map(|p| p.name.as_str());
            svg.titled_text(f64::from(t.at.x), f64::from(t.at.y), style, &t.text, whole);
        }
    }
    for a in &figure.arrows {
        arrow(&mut svg, a);
    }
    for r in &figure.rings {
        ring(&mut svg, r, &r.feature.map(tooltip).unwrap_or_default());
    }
    for b in &figure.bars {
        row(&mut svg, b, &tooltip(b.feature));
    }
    svg.open_group("class=\"points\"");
    for p in &figure.points {
        point(&mut svg, p, colors.background, &tooltip(p.feature));
    }
    svg.close_group();
    let look = LabelLook {
        fill: figure.label_fill.0,
        opacity: figure.label_fill.1,
        ink: colors.ink,
        leader_width: figure.tokens.leader_width,
    };
    for l in &figure.labels {
        label(&mut svg, l, figure.points[l.features[0]].color, look);
    }
    svg.finish()
}

/// A point as `<circle class="point" data-feature="ID">` with its tooltip.
pub fn point(svg: &mut Svg, p: &PointMark, background: Rgb, tooltip: &str) {
    svg.raw(&format!(
        "<circle class=\"point\" data-feature=\"{}\" cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\" \
         stroke=\"{}\" stroke-width=\"1.5\"><title>{}</title></circle>\n",
        escape(&p.id),
        num(f64::from(p.center.x)),
        num(f64::from(p.center.y)),
        num(f64::from(p.radius)),
        p.color.hex(),
        background.hex(),
        escape(tooltip),
    ));
}

/// An arrow of a comparison as `<g class="arrow" data-feature="ID">` (`class="arrow differs"`
/// where the segments differ) holding its shaft `<line>` and its head `<polygon>`; a legend's
/// sample has no `data-feature`.
pub fn arrow(svg: &mut Svg, a: &ArrowMark) {
    let class = if a.strong { "arrow differs" } else { "arrow" };
    let feature = if a.feature.is_some() {
        format!(" data-feature=\"{}\"", escape(&a.id))
    } else {
        String::new()
    };
    let head: Vec<String> = a
        .head
        .iter()
        .map(|p| format!("{},{}", num(f64::from(p.x)), num(f64::from(p.y))))
        .collect();
    svg.raw(&format!(
        "<g class=\"{class}\"{feature}><line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" \
         stroke=\"{}\" stroke-width=\"{}\"/><polygon points=\"{}\" fill=\"{}\"/></g>\n",
        num(f64::from(a.from.x)),
        num(f64::from(a.from.y)),
        num(f64::from(a.shaft_end.x)),
        num(f64::from(a.shaft_end.y)),
        a.color.hex(),
        num(f64::from(a.width)),
        head.join(" "),
        a.color.hex(),
    ));
}

/// Where a feature was in the first segment of a comparison, as
/// `<circle class="ring" data-feature="ID">`: not a point, so scripts that check points and
/// labels are not misled; a legend's sample has no `data-feature`.
pub fn ring(svg: &mut Svg, r: &RingMark, tooltip: &str) {
    let feature = if r.feature.is_some() {
        format!(" data-feature=\"{}\"", escape(&r.id))
    } else {
        String::new()
    };
    let title = if tooltip.is_empty() {
        String::new()
    } else {
        format!("<title>{}</title>", escape(tooltip))
    };
    svg.raw(&format!(
        "<circle class=\"ring\"{feature} cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\" \
         fill-opacity=\"{}\" stroke=\"{}\" stroke-width=\"{}\">{title}</circle>\n",
        num(f64::from(r.center.x)),
        num(f64::from(r.center.y)),
        num(f64::from(r.radius)),
        r.color.hex(),
        num(f64::from(r.fill_opacity)),
        r.color.hex(),
        num(f64::from(r.width)),
    ));
}

/// A bar as `<g class="bar" data-id="ID" data-feature="ID">` with its tooltip and segments.
fn bar(svg: &mut Svg, b: &figure::BarMark, tooltip: &str) {
    let id = escape(&b.id);
    svg.open_group(&format!(
        "class=\"bar\" data-id=\"{id}\" data-feature=\"{id}\""
    ));
    svg.tooltip(tooltip);
    for f in &b.segments {
        svg.rect(
            f64::from(f.rect.min.x),
            f64::from(f.rect.min.y),
            f64::from(f.rect.width()),
            f64::from(f.rect.height()),
            f.color,
            f64::from(f.opacity),
        );
    }
    svg.close_group();
}

/// A transparent `<rect class="row" data-feature="ID">` over a bar's row, with its tooltip.
fn row(svg: &mut Svg, b: &figure::BarMark, tooltip: &str) {
    let r = b.row;
    svg.raw(&format!(
        "<rect class=\"row\" data-feature=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" \
         fill=\"#ffffff\" fill-opacity=\"0\"><title>{}</title></rect>\n",
        escape(&b.id),
        num(f64::from(r.min.x)),
        num(f64::from(r.min.y)),
        num(f64::from(r.width())),
        num(f64::from(r.height())),
        escape(tooltip),
    ));
}

/// How labels look: their box's fill and the ink of text and leader lines.
#[derive(Clone, Copy, Debug)]
pub struct LabelLook {
    /// The box's fill.
    pub fill: Rgb,
    /// The box's opacity.
    pub opacity: f32,
    /// The text's colour.
    pub ink: Rgb,
    /// The leader line's width.
    pub leader_width: f32,
}

/// A label as `<g class="label" data-feature="ID">` (box and text), after its leader line
/// `<line class="leader" data-feature="ID">` in the point's colour, if it has one.
pub fn label(svg: &mut Svg, label: &LabelMark, point_color: Rgb, look: LabelLook) {
    let ids = escape(&label.ids.join(" "));
    if let Some((from, to)) = label.leader {
        svg.raw(&format!(
            "<line class=\"leader\" data-feature=\"{ids}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" \
             stroke=\"{}\" stroke-width=\"{}\"/>\n",
            num(f64::from(from.x)),
            num(f64::from(from.y)),
            num(f64::from(to.x)),
            num(f64::from(to.y)),
            point_color.hex(),
            num(f64::from(look.leader_width)),
        ));
    }
    let r = label.rect;
    let mut out = String::new();
    let _ = write!(
        out,
        "<g class=\"label\" data-feature=\"{ids}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" \
         rx=\"{}\" fill=\"{}\" fill-opacity=\"{}\"/><text font-size=\"{}\" fill=\"{}\"{}>",
        num(f64::from(r.min.x)),
        num(f64::from(r.min.y)),
        num(f64::from(r.width())),
        num(f64::from(r.height())),
        num(f64::from(label.padding)),
        look.fill.hex(),
        num(f64::from(look.opacity)),
        num(f64::from(label.size)),
        look.ink.hex(),
        if label.numbered {
            " font-weight=\"bold\""
        } else {
            ""
        },
    );
    for (k, line) in label.lines.iter().enumerate() {
        let baseline = r.min.y + label.padding + label.line_height * k as f32 + label.size;
        let _ = write!(
            out,
            "<tspan x=\"{}\" y=\"{}\">{}</tspan>",
            num(f64::from(r.min.x + label.padding)),
            num(f64::from(baseline)),
            escape(line)
        );
    }
    out.push_str("</text></g>\n");
    svg.raw(&out);
}

fn pos(p: figure::Pos) -> (f64, f64) {
    (f64::from(p.x), f64::from(p.y))
}

fn anchor(a: figure::Anchor) -> Anchor {
    match a {
        figure::Anchor::Start => Anchor::Start,
        figure::Anchor::Middle => Anchor::Middle,
        figure::Anchor::End => Anchor::End,
    }
}
