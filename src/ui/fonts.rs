//! The fonts the studio draws with: egui's own fonts for Latin text, then a bundled Simplified
//! Chinese font, then, for the rare character that one lacks, the CJK fonts of the system.
//!
//! egui's default fonts have no Chinese at all, so without this every Chinese label is a row of
//! boxes. The bundled font (assets/fonts/NotoSansSC-Kanoscope.otf, a subset of Noto Sans CJK SC
//! made by scripts/make-cjk-font.sh) covers GB2312 and every character of the interface, so the
//! Chinese interface looks the same on every machine, with or without CJK fonts installed.
//! Names that people type (features, touchpoints, project titles) may use characters beyond
//! GB2312; those come from a system font where one is found at a well-known path.
//!
//! Both are FALLBACKS, appended after egui's fonts: Latin text keeps egui's look, and a system
//! font is only ever asked for characters that neither egui's fonts nor the bundled one have.
//! System font files are read lazily, on the first such character, not at start-up.
//!
//! This module never fails and never panics: a system font that is missing, unreadable, too
//! large or broken is skipped. At worst a character shows as a box, never a crash.

use eframe::egui::{
    self, FallbackRequest, FontData, FontFamily, FontInsert, FontPriority, FontProvider,
    InsertFontFamily,
};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// The bundled Simplified Chinese font: Noto Sans CJK SC Regular, subset to GB2312, CJK
/// punctuation, full-width forms and the interface's own characters (SIL Open Font License 1.1,
/// see assets/fonts/OFL.txt).
pub const BUNDLED_CJK_FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Kanoscope.otf");

/// The name the bundled font is installed under.
pub const BUNDLED_CJK_FONT_NAME: &str = "NotoSansSC-Kanoscope";

/// A system font file larger than this is not read: no CJK font comes near it, and reading a
/// huge file by mistake would stall the window.
const MAX_SYSTEM_FONT_BYTES: u64 = 128 * 1024 * 1024;

/// Installs the bundled Chinese font and the system CJK fonts as fallbacks after egui's fonts,
/// for both proportional and monospace text. Call once, before the first frame.
pub fn install(ctx: &egui::Context) {
    install_bundled(ctx);
    for font in SystemFont::candidates() {
        if font.path.exists() {
            ctx.add_font_provider(Arc::new(font));
        }
    }
}

/// Installs only the bundled Chinese font, after egui's fonts: the same text on every machine.
/// Tests use this to prove that the bundled font alone covers the interface.
pub fn install_bundled(ctx: &egui::Context) {
    ctx.add_font(FontInsert::new(
        BUNDLED_CJK_FONT_NAME,
        FontData::from_static(BUNDLED_CJK_FONT),
        fallback_in_every_family(),
    ));
}

fn fallback_in_every_family() -> Vec<InsertFontFamily> {
    [FontFamily::Proportional, FontFamily::Monospace]
        .into_iter()
        .map(|family| InsertFontFamily {
            family,
            priority: FontPriority::Lowest,
        })
        .collect()
}

/// A CJK font that may be installed on the system, at a well-known path.
///
/// As a [`FontProvider`] it is asked only for characters that no installed font has; egui then
/// checks that the font really has the character and appends it to the family's fallbacks.
#[derive(Debug)]
pub struct SystemFont {
    /// The name it is installed under, unique per file and face.
    name: String,
    path: PathBuf,
    /// The face in a collection (.ttc); `0` in a single font file.
    index: u32,
    /// The file's bytes, read on first use; `None` when it could not be read.
    bytes: OnceLock<Option<Arc<Vec<u8>>>>,
}

impl SystemFont {
    fn new(path: impl Into<PathBuf>, index: u32) -> Self {
        let path = path.into();
        Self {
            name: format!("system:{}#{index}", path.display()),
            path,
            index,
            bytes: OnceLock::new(),
        }
    }

    /// The well-known places of Simplified Chinese fonts, best first. In collections the face
    /// index picks the Simplified Chinese face where the file has several (Noto Sans CJK: SC is
    /// face 2 of JP, KR, SC, TC, HK), so that shared characters get mainland glyph shapes.
    pub fn candidates() -> Vec<Self> {
        let windows_fonts = std::env::var_os("WINDIR")
            .map_or_else(|| PathBuf::from(r"C:\Windows"), PathBuf::from)
            .join("Fonts");
        vec![
            // Debian, Ubuntu (fonts-noto-cjk), Fedora, Arch.
            Self::new("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
            Self::new(
                "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
                2,
            ),
            Self::new("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 2),
            Self::new(
                "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
                0,
            ),
            Self::new("/usr/share/fonts/noto-cjk/NotoSansSC-Regular.otf", 0),
            // WenQuanYi (fonts-wqy-microhei, fonts-wqy-zenhei) and Droid Sans Fallback.
            Self::new("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
            Self::new("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
            Self::new("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", 0),
            Self::new(
                "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
                0,
            ),
            Self::new(
                "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
                0,
            ),
            // macOS.
            Self::new("/System/Library/Fonts/PingFang.ttc", 0),
            Self::new("/System/Library/Fonts/Hiragino Sans GB.ttc", 0),
            Self::new("/System/Library/Fonts/STHeiti Light.ttc", 0),
            // Windows: Microsoft YaHei, then SimSun.
            Self::new(windows_fonts.join("msyh.ttc"), 0),
            Self::new(windows_fonts.join("simsun.ttc"), 0),
        ]
    }

    /// Where the font is looked for.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file's bytes, read once; `None` if it is missing, unreadable or implausibly large.
    fn bytes(&self) -> Option<Arc<Vec<u8>>> {
        self.bytes
            .get_or_init(|| {
                let size = std::fs::metadata(&self.path).ok()?.len();
                if size > MAX_SYSTEM_FONT_BYTES {
                    return None;
                }
                std::fs::read(&self.path).ok().map(Arc::new)
            })
            .clone()
    }
}

impl FontProvider for SystemFont {
    fn font_for(&self, _request: &FallbackRequest<'_>) -> Option<FontInsert> {
        // egui parses the font and checks it has the character before using it: a broken
        // file or a wrong face index is logged by egui and skipped, the next provider is asked.
        let bytes = self.bytes()?;
        Some(FontInsert::new(
            &self.name,
            FontData::from_blob(bytes, self.index),
            fallback_in_every_family(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn width_of(ctx: &egui::Context, text: &str) -> f32 {
        let mut width = 0.0;
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            width = ui
                .painter()
                .layout_no_wrap(
                    text.to_owned(),
                    egui::FontId::proportional(14.0),
                    egui::Color32::WHITE,
                )
                .size()
                .x;
        });
        // No renderer here to upload the font atlas to.
        output.textures_delta.clear();
        width
    }

    #[test]
    fn the_bundled_font_draws_chinese_and_leaves_latin_to_egui() {
        let ctx = egui::Context::default();
        ctx.set_missing_glyph_policy(egui::MissingGlyphPolicy::Panic);
        install_bundled(&ctx);
        // Panics if a glyph were missing.
        assert!(width_of(&ctx, "卡诺模型：魅力、期望、必备。") > 100.0);
        let families = ctx.fonts(|f| f.definitions().families.clone());
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            let names = &families[&family];
            assert_eq!(
                names.last().map(String::as_str),
                Some(BUNDLED_CJK_FONT_NAME)
            );
            assert_ne!(
                names.first().map(String::as_str),
                Some(BUNDLED_CJK_FONT_NAME)
            );
        }
    }

    #[test]
    fn a_broken_or_missing_system_font_is_skipped_without_a_panic() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let broken = dir.path().join("broken.ttc");
        std::fs::write(&broken, b"not a font at all")?;
        let ctx = egui::Context::default();
        install_bundled(&ctx);
        ctx.add_font_provider(Arc::new(SystemFont::new(&broken, 0)));
        ctx.add_font_provider(Arc::new(SystemFont::new(dir.path().join("gone.ttc"), 0)));
        ctx.add_font_provider(Arc::new(SystemFont::new(
            dir.path().join("gone.ttc"),
            u32::MAX,
        )));
        // 𠀀 (U+20000) is in no font here: it becomes a box, after asking both providers.
        assert!(width_of(&ctx, "好𠀀") > 0.0);
        Ok(())
    }

    #[test]
    fn a_system_font_serves_characters_the_bundled_font_lacks() -> std::io::Result<()> {
        // The bundled font itself stands in for a system font: egui's own fonts lack 好, so
        // egui asks the provider, installs the font, and draws 好 with it.
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("cjk.otf");
        std::fs::write(&path, BUNDLED_CJK_FONT)?;
        let ctx = egui::Context::default();
        ctx.set_missing_glyph_policy(egui::MissingGlyphPolicy::Panic);
        ctx.add_font_provider(Arc::new(SystemFont::new(&path, 0)));
        assert!(width_of(&ctx, "好") > 0.0);
        let discovered = ctx.fonts(|f| f.discovered_fonts().len());
        assert_eq!(discovered, 1);
        Ok(())
    }

    #[test]
    fn install_draws_a_name_beyond_gb2312_where_the_system_has_a_cjk_font() {
        // 啰 (U+5570) is common in names but not in GB2312, so not in the bundled font.
        let ctx = egui::Context::default();
        install(&ctx);
        assert!(width_of(&ctx, "王啰") > 0.0); // Never a panic, whatever the machine has.
        let has_it = ctx.fonts_mut(|f| f.has_glyph(&egui::FontId::proportional(14.0), '啰'));
        let system_has_cjk = SystemFont::candidates().iter().any(|f| f.path().exists());
        assert_eq!(has_it, system_has_cjk);
    }
}
