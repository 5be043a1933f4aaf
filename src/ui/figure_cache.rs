//! The last layout of each picture on screen, kept so that a frame at rest only paints: the
//! Plots tab's three pictures and the workshop's Better–Worse slide ask [`layout`] for their
//! [`Figure`] every frame, and get the one laid out before while nothing that feeds the layout
//! changed. It lives in egui's temp memory, one entry per [`Picture`], behind an `Arc` so that a
//! frame at rest copies nothing.
//!
//! A stale picture would lie to the room, so this never decides freshness by anything but
//! equality of EVERYTHING the layout reads: the caller's inputs (features, quadrant lines, words
//! and caption, size, theme, options, domain) as one value that its layout closure is the only
//! reader of, and the state of egui's fonts that [`EguiMeasure`] measures with ([`FontState`]).
//! It never hashes, never keys on a revision, time or frame count, never keeps more than one
//! layout per picture, and never lays anything out itself (`crate::figure` does).

use super::figure_paint::EguiMeasure;
use crate::figure::Figure;
use eframe::egui;
use std::sync::Arc;

/// The pictures that keep their last layout, each under its own id in egui's temp memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Picture {
    /// The Plots tab's Better–Worse diagram.
    BetterWorse,
    /// The Plots tab's continuous-analysis scatter.
    Continuous,
    /// The category shares (the Plots tab's chart and the workshop's slide, one at a time).
    Shares,
    /// The workshop's Better–Worse slide.
    BetterWorseSlide,
}

impl Picture {
    /// Where the picture's layout is kept in egui's temp memory.
    pub fn id(self) -> egui::Id {
        egui::Id::unique(("kanoscope_figure_cache", self))
    }
}

/// What text widths from egui's fonts depend on besides the text and its size: the pixels per
/// point (which the zoom factor is part of), the text options (hinting, sub-pixel binning), the
/// installed fonts with their order and tweaks, and the fonts found so far by font providers
/// (`ui::fonts` installs its providers once, before the first frame; a provider asked later for
/// a character no font has adds its font here). The language changes no font: its words are
/// the layout's own inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct FontState {
    pixels_per_point: f32,
    options: egui::epaint::text::TextOptions,
    definitions: egui::FontDefinitions,
    discovered: Vec<String>,
}

impl FontState {
    /// The fonts' state in `ctx` now. Cheap: the font files are shared, and compared by
    /// address before their bytes.
    pub fn of(ctx: &egui::Context) -> Self {
        let pixels_per_point = ctx.pixels_per_point();
        ctx.fonts(|f| Self {
            pixels_per_point,
            options: *f.options(),
            definitions: f.definitions().clone(),
            discovered: f
                .discovered_fonts()
                .iter()
                .map(|d| d.name.clone())
                .collect(),
        })
    }
}

/// The layout kept for a picture: what it was made from, and the figure.
struct Kept<K> {
    inputs: K,
    fonts: FontState,
    figure: Arc<Figure>,
}

/// How many layouts a picture made, and its last one (for tests and diagnostics).
#[derive(Clone)]
struct Made {
    count: u64,
    last: Arc<Figure>,
}

/// The figure of `picture` for `inputs`: the one kept when `inputs` and the fonts' state equal
/// those it was laid out from, otherwise `lay_out(&inputs, measure)`, which is kept in its
/// place. `lay_out` must read nothing but its two arguments (constants aside): whatever else it
/// read could change without a new layout.
pub fn layout<K>(
    ctx: &egui::Context,
    picture: Picture,
    inputs: K,
    lay_out: impl FnOnce(&K, &EguiMeasure<'_>) -> Figure,
) -> Arc<Figure>
where
    K: PartialEq + Send + Sync + 'static,
{
    let id = picture.id();
    // Taken before the layout: should the layout itself make a provider find a font, the state
    // changes under it, and the next frame lays out once more with that font from the start.
    let fonts = FontState::of(ctx);
    let kept = ctx.data(|d| d.get_temp::<Arc<Kept<K>>>(id));
    if let Some(kept) = kept
        && kept.inputs == inputs
        && kept.fonts == fonts
    {
        return Arc::clone(&kept.figure);
    }
    let figure = Arc::new(lay_out(&inputs, &EguiMeasure { ctx }));
    let count = layouts_made(ctx, picture) + 1;
    let kept = Arc::new(Kept {
        inputs,
        fonts,
        figure: Arc::clone(&figure),
    });
    ctx.data_mut(|d| {
        d.insert_temp(id, kept);
        d.insert_temp(
            id,
            Made {
                count,
                last: Arc::clone(&figure),
            },
        );
    });
    figure
}

/// How many layouts `picture` has made in `ctx` (0 before its first).
pub fn layouts_made(ctx: &egui::Context, picture: Picture) -> u64 {
    ctx.data(|d| d.get_temp::<Made>(picture.id()))
        .map_or(0, |m| m.count)
}

/// The figure `picture` last laid out in `ctx`: the one painted while its inputs stay the same.
pub fn last_layout(ctx: &egui::Context, picture: Picture) -> Option<Arc<Figure>> {
    ctx.data(|d| d.get_temp::<Made>(picture.id()))
        .map(|m| m.last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::{FixedAdvance, Size, Theme, shares};

    /// Runs one frame of `ctx` that asks for the shares chart of `inputs`; returns its caption.
    fn frame(ctx: &egui::Context, inputs: (String, f32, Theme)) -> String {
        let mut caption = String::new();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let figure = layout(
                ui.ctx(),
                Picture::Shares,
                inputs.clone(),
                |(c, w, th), _| {
                    let words =
                        crate::figure::SharesWords::new(crate::i18n::Lang::En.texts(), c.clone());
                    let size = Size {
                        width: *w,
                        height: 300.0,
                    };
                    shares(&[], &words, size, *th, 0.0, &FixedAdvance)
                },
            );
            caption = figure.caption().map(|t| t.text.clone()).unwrap_or_default();
        });
        output.textures_delta.clear();
        caption
    }

    #[test]
    fn equal_inputs_reuse_the_layout_and_any_difference_makes_a_new_one() {
        let ctx = egui::Context::default();
        let at_rest = ("Everyone (n = 5)".to_owned(), 600.0, Theme::Light);
        assert_eq!(frame(&ctx, at_rest.clone()), "Everyone (n = 5)");
        assert_eq!(layouts_made(&ctx, Picture::Shares), 1);
        frame(&ctx, at_rest.clone());
        frame(&ctx, at_rest.clone());
        assert_eq!(layouts_made(&ctx, Picture::Shares), 1);
        assert_eq!(layouts_made(&ctx, Picture::BetterWorse), 0);

        let other = ("Segment “Tourist” (n = 2)".to_owned(), 600.0, Theme::Light);
        assert_eq!(frame(&ctx, other), "Segment “Tourist” (n = 2)");
        assert_eq!(layouts_made(&ctx, Picture::Shares), 2);
        let wider = ("Everyone (n = 5)".to_owned(), 601.0, Theme::Light);
        frame(&ctx, wider);
        assert_eq!(
            last_layout(&ctx, Picture::Shares).unwrap().size.width,
            601.0
        );
        let dark = ("Everyone (n = 5)".to_owned(), 601.0, Theme::Dark);
        frame(&ctx, dark);
        assert_eq!(
            last_layout(&ctx, Picture::Shares).unwrap().theme,
            Theme::Dark
        );
        assert_eq!(layouts_made(&ctx, Picture::Shares), 4);
    }

    #[test]
    fn a_change_of_fonts_or_of_pixels_per_point_makes_a_new_layout() {
        let ctx = egui::Context::default();
        let inputs = ("Everyone (n = 5)".to_owned(), 600.0, Theme::Light);
        frame(&ctx, inputs.clone());
        frame(&ctx, inputs.clone());
        assert_eq!(layouts_made(&ctx, Picture::Shares), 1);

        let before = FontState::of(&ctx);
        crate::ui::fonts::install_bundled(&ctx);
        frame(&ctx, inputs.clone());
        assert_ne!(FontState::of(&ctx), before);
        assert_eq!(layouts_made(&ctx, Picture::Shares), 2);
        frame(&ctx, inputs.clone());
        assert_eq!(layouts_made(&ctx, Picture::Shares), 2);

        ctx.set_zoom_factor(1.5);
        frame(&ctx, inputs.clone());
        assert_eq!(layouts_made(&ctx, Picture::Shares), 3);
        frame(&ctx, inputs);
        assert_eq!(layouts_made(&ctx, Picture::Shares), 3);
    }
}
