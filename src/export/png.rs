//! PNG pictures of the exported SVG plots, drawn with resvg, so that a PNG shows exactly what
//! the SVG shows. Text needs fonts: the system's, plus any given (the app passes the CJK font it
//! bundles), so that Chinese labels render on machines without a CJK font.
//!
//! This is the one place in `export` that reads files (the system font folders); it writes none.
//! Fonts of our own come as bytes from the caller (the binary compiles its CJK font in), never
//! from a path next to the program, which an installed binary does not have.

use super::ExportError;
use resvg::{tiny_skia, usvg};

/// Families tried, in order, for the generic `sans-serif` of the SVG's font list when none of the
/// named fonts is installed.
const SANS_SERIF_FALLBACKS: [&str; 6] = [
    "Noto Sans",
    "DejaVu Sans",
    "Liberation Sans",
    "Arial",
    "Helvetica",
    "Noto Sans CJK SC",
];

/// Renders an SVG document at its own size (its `width` and `height`) as PNG bytes.
///
/// `extra_fonts` are font files (TrueType/OpenType data) used besides the system's; they win
/// over system fonts of the same family.
pub fn svg_to_png(svg: &str, extra_fonts: &[Vec<u8>]) -> Result<Vec<u8>, ExportError> {
    let mut options = usvg::Options::default();
    let db = options.fontdb_mut();
    db.load_system_fonts();
    for font in extra_fonts {
        db.load_font_data(font.clone());
    }
    let families: Vec<String> = db
        .faces()
        .flat_map(|face| face.families.iter().map(|(name, _)| name.clone()))
        .collect();
    if let Some(family) = SANS_SERIF_FALLBACKS
        .iter()
        .find(|f| families.iter().any(|name| name == *f))
    {
        db.set_sans_serif_family(*family);
        options.font_family = (*family).to_owned();
    }
    let tree =
        usvg::Tree::from_str(svg, &options).map_err(|e| ExportError::InvalidSvg(e.to_string()))?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or_else(|| {
        ExportError::PictureTooLarge {
            width: size.width(),
            height: size.height(),
        }
    })?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| ExportError::Picture(e.to_string()))
}
