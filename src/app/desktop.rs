//! How the window presents itself to the desktop: Kanoscope's icon and the application id that
//! ties a running window to its desktop entry (`packaging/linux/kanoscope.desktop`).
//!
//! The icon has one source, `assets/icon/kanoscope.svg`. The PNG sizes desktops use are rendered
//! from it by `cargo run --example render_icon` and committed beside it; the window, the About
//! box and the Linux package use those files, and a test checks they still match the SVG.
//!
//! Nothing here reads or writes files at run time: the icon is compiled in. Nothing here panics:
//! an icon that cannot be decoded leaves the window with no icon of its own.

use eframe::egui;
use resvg::{tiny_skia, usvg};

/// The application id: the Wayland app id and the X11 window class of the studio's window. It
/// must equal the desktop entry's name without `.desktop` (and its `StartupWMClass`), or the
/// desktop shows a generic icon for the running window.
pub const APP_ID: &str = "kanoscope";

/// The icon's one source.
pub const ICON_SVG: &str = include_str!("../../assets/icon/kanoscope.svg");

/// The square sizes, in pixels, the icon is rendered at: the hicolor theme's usual sizes from
/// the smallest menu icon to a high-density launcher.
pub const ICON_SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];

/// The committed PNG the window and the About box show. Not larger: X11 takes a window icon in
/// one request of at most 262,140 bytes, so the 256-pixel icon (262,144 bytes of pixels) is
/// silently dropped on X11 (`scripts/check-package.sh` reads the icon back from a real window).
const WINDOW_ICON_PNG: &[u8] = include_bytes!("../../assets/icon/kanoscope-128.png");

/// Why the icon could not be rendered or read.
#[derive(Debug, thiserror::Error)]
pub enum IconError {
    /// The SVG source is not a picture resvg can read.
    #[error("the icon's SVG cannot be read: {0}")]
    Svg(String),
    /// A size of zero, or too large to hold in memory.
    #[error("the icon cannot be drawn at {0} × {0} pixels")]
    Size(u32),
    /// A PNG could not be written or read.
    #[error("the icon's PNG: {0}")]
    Png(String),
}

/// The file name of the committed PNG of `size` pixels, in `assets/icon/`.
pub fn icon_file_name(size: u32) -> String {
    format!("kanoscope-{size}.png")
}

/// Draws the icon's SVG as a `size` × `size` PNG with a transparent background.
pub fn render_icon_png(size: u32) -> Result<Vec<u8>, IconError> {
    let tree = usvg::Tree::from_str(ICON_SVG, &usvg::Options::default())
        .map_err(|e| IconError::Svg(e.to_string()))?;
    let mut pixmap = tiny_skia::Pixmap::new(size, size).ok_or(IconError::Size(size))?;
    let scale = size as f32 / tree.size().width().max(tree.size().height());
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| IconError::Png(e.to_string()))
}

/// A PNG's pixels as straight (not premultiplied) RGBA, with its width and height.
pub fn decode_png(png_bytes: &[u8]) -> Result<egui::IconData, IconError> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    // Palette and grey images come out as 8-bit RGB(A) or grey(+alpha); widened below.
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder
        .read_info()
        .map_err(|e| IconError::Png(e.to_string()))?;
    let mut buffer = vec![
        0;
        reader.output_buffer_size().ok_or_else(|| IconError::Png(
            "the picture is too large".to_owned()
        ))?
    ];
    let frame = reader
        .next_frame(&mut buffer)
        .map_err(|e| IconError::Png(e.to_string()))?;
    let pixels = &buffer[..frame.buffer_size()];
    let rgba = match frame.color_type {
        png::ColorType::Rgba => pixels.to_vec(),
        png::ColorType::Rgb => pixels
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect(),
        png::ColorType::GrayscaleAlpha => pixels
            .chunks_exact(2)
            .flat_map(|p| [p[0], p[0], p[0], p[1]])
            .collect(),
        png::ColorType::Grayscale => pixels.iter().flat_map(|&g| [g, g, g, 255]).collect(),
        png::ColorType::Indexed => {
            return Err(IconError::Png(
                "an indexed picture was not expanded".to_owned(),
            ));
        }
    };
    Ok(egui::IconData {
        rgba,
        width: frame.width,
        height: frame.height,
    })
}

/// The window's icon, from the committed PNG.
pub fn window_icon() -> Result<egui::IconData, IconError> {
    decode_png(WINDOW_ICON_PNG)
}

/// The icon as a texture for drawing inside the window (the About box), loaded on first use and
/// kept in the context's memory; `None` if it cannot be decoded.
pub fn icon_texture(ctx: &egui::Context) -> Option<egui::TextureHandle> {
    let id = egui::Id::unique("kanoscope-icon-texture");
    if let Some(texture) = ctx.data(|d| d.get_temp::<egui::TextureHandle>(id)) {
        return Some(texture);
    }
    let icon = window_icon().ok()?;
    let image = egui::ColorImage::from_rgba_unmultiplied(
        [icon.width as usize, icon.height as usize],
        &icon.rgba,
    );
    let texture = ctx.load_texture("kanoscope-icon", image, egui::TextureOptions::LINEAR);
    ctx.data_mut(|d| d.insert_temp(id, texture.clone()));
    Some(texture)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed PNG of `size` pixels, decoded.
    fn committed(size: u32) -> egui::IconData {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/icon")
            .join(icon_file_name(size));
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        decode_png(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// Every committed PNG is the SVG rendered at its size, give or take rounding in the last
    /// bit (another CPU may take another path through tiny-skia). Fails after an edit of the SVG
    /// until `cargo run --example render_icon` has been run.
    #[test]
    fn the_committed_pngs_are_the_svg_rendered() {
        for size in ICON_SIZES {
            let rendered = render_icon_png(size).unwrap_or_else(|e| panic!("{size}: {e}"));
            let rendered = decode_png(&rendered).unwrap_or_else(|e| panic!("{size}: {e}"));
            let committed = committed(size);
            assert_eq!((committed.width, committed.height), (size, size));
            assert_eq!(rendered.rgba.len(), committed.rgba.len(), "{size}");
            let largest_difference = rendered
                .rgba
                .iter()
                .zip(&committed.rgba)
                .map(|(a, b)| a.abs_diff(*b))
                .max();
            assert!(
                largest_difference <= Some(2),
                "{} differs from the SVG by {largest_difference:?}: run `cargo run --example render_icon`",
                icon_file_name(size)
            );
        }
    }

    #[test]
    fn the_window_shows_the_committed_128_pixel_icon() {
        let icon = window_icon().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(icon.rgba, committed(128).rgba);
        let alpha = |x: u32, y: u32| icon.rgba[((y * icon.width + x) * 4 + 3) as usize];
        assert_eq!(alpha(0, 0), 0, "the rounded corner is see-through");
        assert_eq!(alpha(icon.width / 2, icon.height / 2), 255);
    }

    #[test]
    fn a_size_of_zero_is_refused() {
        assert!(matches!(render_icon_png(0), Err(IconError::Size(0))));
    }

    #[test]
    fn garbage_is_not_a_png() {
        assert!(matches!(decode_png(b"not a png"), Err(IconError::Png(_))));
    }
}
