//! A small SVG writer for the exported plots: escaping, numbers, text-width estimates and a
//! builder that only ever produces well-formed XML.
//!
//! Hand-written rather than a plotting crate so that the output is small, stable (the same project
//! gives the same bytes), readable in a text editor, and embeddable in an HTML report as it is.

use super::palette::Rgb;
use std::fmt::Write as _;

/// Fonts for Latin and Chinese text, in order of preference: Noto (the bundled CJK font is Noto
/// Sans CJK SC), then the system CJK fonts of macOS and Windows, then whatever the viewer has.
pub const FONT_FAMILY: &str =
    "'Noto Sans', 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/// The same fonts with Latin ones first, for English pages: a CJK font would otherwise draw
/// Latin punctuation such as curly quotes full-width.
pub const FONT_FAMILY_LATIN_FIRST: &str = "'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, \
     'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/// The font list for pages in a language.
pub fn font_family_for(lang: crate::i18n::Lang) -> &'static str {
    match lang {
        crate::i18n::Lang::En => FONT_FAMILY_LATIN_FIRST,
        crate::i18n::Lang::Zh => FONT_FAMILY,
    }
}

/// Escapes text for XML content and attribute values (HTML too).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters other than tab and newline are not allowed in XML 1.0 at all.
            c if c.is_control() && c != '\t' && c != '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A coordinate with at most two decimals and no trailing zeros: stable, short output.
pub fn num(x: f64) -> String {
    if !x.is_finite() {
        return "0".into();
    }
    let mut s = crate::i18n::number::fixed_ascii(x, 2);
    if s.contains('.') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    if s == "-0" { "0".into() } else { s }
}

/// An estimate of the width of `text` at `size` px in a sans-serif font, by the figure's own
/// measure ([`crate::figure::FixedAdvance`]); it errs on the wide side.
pub fn text_width(text: &str, size: f64) -> f64 {
    use crate::figure::TextMeasure as _;
    f64::from(crate::figure::FixedAdvance.width(text, size as f32))
}

/// `text`, cut with an ellipsis so that it is at most `max_width` px wide at `size` px.
pub fn truncate(text: &str, size: f64, max_width: f64) -> String {
    if text_width(text, size) <= max_width {
        return text.to_owned();
    }
    let mut out = String::new();
    for ch in text.chars() {
        out.push(ch);
        if text_width(&out, size) + size * 0.6 > max_width {
            out.pop();
            break;
        }
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// How a text is anchored at its position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The position is the start of the text.
    Start,
    /// The position is the middle of the text.
    Middle,
    /// The position is the end of the text.
    End,
}

impl Anchor {
    fn attr(self) -> &'static str {
        match self {
            Self::Start => "start",
            Self::Middle => "middle",
            Self::End => "end",
        }
    }
}

/// The look of one text.
#[derive(Clone, Copy, Debug)]
pub struct TextStyle {
    /// Font size in px.
    pub size: f64,
    /// Colour.
    pub color: Rgb,
    /// Anchor at the position.
    pub anchor: Anchor,
    /// Bold when true (a field of a style, not a parameter, so every call site reads clearly).
    pub bold: bool,
}

impl TextStyle {
    /// Regular text of a size and colour, anchored at its start.
    pub const fn new(size: f64, color: Rgb) -> Self {
        Self {
            size,
            color,
            anchor: Anchor::Start,
            bold: false,
        }
    }

    /// The same style with another anchor.
    pub const fn anchored(mut self, anchor: Anchor) -> Self {
        self.anchor = anchor;
        self
    }

    /// The same style in bold.
    pub const fn bold(mut self) -> Self {
        self.bold = true;
        self
    }
}

/// An SVG document under construction. Every method writes a complete element, and groups are
/// closed by [`Svg::finish`], so the result is always well-formed.
#[derive(Debug)]
pub struct Svg {
    out: String,
    open_groups: usize,
}

impl Svg {
    /// A picture of `width` × `height` px on a white background.
    pub fn new(width: f64, height: f64, title: &str) -> Self {
        let mut out = String::with_capacity(16 * 1024);
        let (w, h) = (num(width), num(height));
        let _ = write!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" \
             viewBox=\"0 0 {w} {h}\" font-family=\"{}\" role=\"img\">\n<title>{}</title>\n\
             <rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>\n",
            escape(FONT_FAMILY),
            escape(title),
        );
        Self {
            out,
            open_groups: 0,
        }
    }

    /// Opens a group with raw attributes (already escaped); closed by [`Svg::close_group`].
    pub fn open_group(&mut self, attributes: &str) {
        let _ = writeln!(self.out, "<g {attributes}>");
        self.open_groups += 1;
    }

    /// Closes the innermost open group.
    pub fn close_group(&mut self) {
        if self.open_groups > 0 {
            self.out.push_str("</g>\n");
            self.open_groups -= 1;
        }
    }

    /// A tooltip for the enclosing group (shown by browsers on hover).
    pub fn tooltip(&mut self, text: &str) {
        let _ = writeln!(self.out, "<title>{}</title>", escape(text));
    }

    /// A filled rectangle; `opacity` below 1 tints.
    pub fn rect(&mut self, x: f64, y: f64, width: f64, height: f64, fill: Rgb, opacity: f64) {
        let _ = write!(
            self.out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"",
            num(x),
            num(y),
            num(width.max(0.0)),
            num(height.max(0.0)),
            fill.hex()
        );
        if opacity < 1.0 {
            let _ = write!(self.out, " fill-opacity=\"{}\"", num(opacity));
        }
        self.out.push_str("/>\n");
    }

    /// A straight line; `dash` is a dash length in px, 0 for solid.
    pub fn line(&mut self, from: (f64, f64), to: (f64, f64), stroke: Rgb, width: f64, dash: f64) {
        let _ = write!(
            self.out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\"",
            num(from.0),
            num(from.1),
            num(to.0),
            num(to.1),
            stroke.hex(),
            num(width)
        );
        if dash > 0.0 {
            let _ = write!(
                self.out,
                " stroke-dasharray=\"{} {}\"",
                num(dash),
                num(dash)
            );
        }
        self.out.push_str("/>\n");
    }

    /// A line that fades to `opacity` (whiskers).
    pub fn faint_line(&mut self, from: (f64, f64), to: (f64, f64), stroke: Rgb, width: f64) {
        let _ = writeln!(
            self.out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\" \
             stroke-opacity=\"0.3\" stroke-linecap=\"round\"/>",
            num(from.0),
            num(from.1),
            num(to.0),
            num(to.1),
            stroke.hex(),
            num(width)
        );
    }

    /// A filled circle with a white rim, so that overlapping points stay distinguishable.
    pub fn circle(&mut self, center: (f64, f64), radius: f64, fill: Rgb) {
        let _ = writeln!(
            self.out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\" fill-opacity=\"0.9\" \
             stroke=\"#ffffff\" stroke-width=\"1.5\"/>",
            num(center.0),
            num(center.1),
            num(radius),
            fill.hex()
        );
    }

    /// The mark of one feature: a circle carrying the feature's id and a tooltip.
    pub fn point(&mut self, center: (f64, f64), radius: f64, fill: Rgb, id: &str, tooltip: &str) {
        let _ = writeln!(
            self.out,
            "<circle class=\"point\" data-id=\"{}\" cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\" \
             fill-opacity=\"0.9\" stroke=\"#ffffff\" stroke-width=\"1.5\"><title>{}</title></circle>",
            escape(id),
            num(center.0),
            num(center.1),
            num(radius),
            fill.hex(),
            escape(tooltip)
        );
    }

    /// The label of one feature, with a white halo so that it stays readable over lines and
    /// other points.
    pub fn label(&mut self, x: f64, y: f64, style: TextStyle, text: &str, id: &str) {
        let _ = writeln!(
            self.out,
            "<text class=\"label\" data-id=\"{}\" x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"{}\" \
             text-anchor=\"{}\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" \
             paint-order=\"stroke\">{}</text>",
            escape(id),
            num(x),
            num(y),
            num(style.size),
            style.color.hex(),
            style.anchor.attr(),
            escape(text)
        );
    }

    /// One line of text. The baseline is at `y`.
    pub fn text(&mut self, x: f64, y: f64, style: TextStyle, text: &str) {
        self.titled_text(x, y, style, text, None);
    }

    /// [`Svg::text`] with a `<title>` inside (a viewer's tooltip) when `title` is given.
    pub fn titled_text(
        &mut self,
        x: f64,
        y: f64,
        style: TextStyle,
        text: &str,
        title: Option<&str>,
    ) {
        let _ = write!(
            self.out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"{}\"",
            num(x),
            num(y),
            num(style.size),
            style.color.hex()
        );
        if style.anchor != Anchor::Start {
            let _ = write!(self.out, " text-anchor=\"{}\"", style.anchor.attr());
        }
        if style.bold {
            self.out.push_str(" font-weight=\"bold\"");
        }
        let title = title.map_or_else(String::new, |t| format!("<title>{}</title>", escape(t)));
        let _ = writeln!(self.out, ">{}{title}</text>", escape(text));
    }

    /// One line of text turned a quarter left (a vertical axis title), centred on (x, y).
    pub fn vertical_text(&mut self, x: f64, y: f64, style: TextStyle, text: &str) {
        let _ = writeln!(
            self.out,
            "<text x=\"0\" y=\"0\" font-size=\"{}\" fill=\"{}\" text-anchor=\"middle\" \
             transform=\"translate({} {}) rotate(-90)\">{}</text>",
            num(style.size),
            style.color.hex(),
            num(x),
            num(y),
            escape(text)
        );
    }

    /// The finished document.
    /// Appends markup as it is: for writers that build their own elements (the caller escapes).
    pub fn raw(&mut self, markup: &str) {
        self.out.push_str(markup);
    }

    /// Closes every open group and the document.
    pub fn finish(mut self) -> String {
        while self.open_groups > 0 {
            self.close_group();
        }
        self.out.push_str("</svg>\n");
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_and_quotes() {
        assert_eq!(
            escape("<a & \"b\" 'c'>"),
            "&lt;a &amp; &quot;b&quot; &#39;c&#39;&gt;"
        );
        assert_eq!(escape("bell\u{7}"), "bell ");
        assert_eq!(escape("车厢 Wi-Fi"), "车厢 Wi-Fi");
    }

    #[test]
    fn numbers_are_short_and_never_negative_zero() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(1.256), "1.26");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(num(120.5), "120.5");
    }

    #[test]
    fn chinese_is_wider_than_latin_and_truncation_fits() {
        assert!(text_width("车厢免费", 10.0) > text_width("abcd", 10.0));
        let cut = truncate("A very long feature name that does not fit", 12.0, 120.0);
        assert!(cut.ends_with('…'));
        assert!(text_width(&cut, 12.0) <= 120.0);
        assert_eq!(truncate("Short", 12.0, 120.0), "Short");
    }
}
