//! Renders Kanoscope's icon, `assets/icon/kanoscope.svg`, to the PNG sizes desktops use, as
//! `assets/icon/kanoscope-SIZE.png`: `cargo run --example render_icon`. Run it after editing the
//! SVG and commit the PNGs; a unit test (`app::desktop`) fails while they are out of date.
//!
//! The library compiles the 128-pixel PNG in (the window icon), so that one file must exist,
//! even stale, for this example to build.

use kanoscope::app::desktop::{ICON_SIZES, icon_file_name, render_icon_png};
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join("icon");
    for size in ICON_SIZES {
        let path = folder.join(icon_file_name(size));
        let png = render_icon_png(size)?;
        std::fs::write(&path, &png)?;
        println!("wrote {} ({} bytes)", path.display(), png.len());
    }
    Ok(())
}
