//! `kanoscope screenshot`: opens the real studio window (eframe, OpenGL) on a project, shows one
//! view, lets the layout settle, reads the painted pixels back and writes them as a PNG file.
//!
//! What it must never do: touch the person's saved preferences or remembered panel sizes (it runs
//! on a throwaway storage folder and default preferences, so pictures are reproducible); react to
//! the mouse or keyboard (input is dropped, so no hover or tooltip lands in the picture); open a
//! file dialog; wait forever (a deadline closes a window that never shows a picture); take the
//! picture before the results worker's figures (category confidence, segments' p-values) for the
//! shown revision are in (it waits for them on the worker's mailbox, within the same deadline); or
//! leave half a picture on disk (the PNG is written atomically). Everything that can be checked without
//! a window (the project file, the output folder) is checked before one opens.

use super::{Preferences, ScriptedDialogs, StudioApp};
use crate::i18n::{CategoryNames, Lang};
use crate::io::{self, LoadError, samples::Sample};
use crate::ui::{Action, Command, Tab};
use eframe::egui::{self, mutex::Mutex};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What a screenshot shows. Views that are not tabs (survey, presentation, journey map) join
/// here as the studio grows; [`ScreenshotView::show_in`] is the one place that knows how to
/// bring each one up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScreenshotView {
    /// The Features tab.
    Features,
    /// The Responses tab.
    Responses,
    /// The Results tab.
    Results,
    /// The Plots tab.
    Plots,
    /// The moments-of-truth map tab.
    Map,
    /// Survey mode, as a respondent sees it.
    Survey,
    /// Workshop mode's first slide.
    Present,
    /// Workshop mode with the live room open: its QR code and URL beside the first slide.
    Room,
    /// The export dialog, opened from the Plots tab.
    Export,
    /// Help's Kano primer, over the Results tab.
    Help,
    /// File ▸ Save As with this desktop's real file dialog: on a desktop that cannot show one
    /// (no xdg portal, no zenity), the studio's own file dialog.
    SaveAs,
    /// The Plots tab's category shares.
    PlotsShares,
    /// The Plots tab's continuous analysis.
    PlotsContinuous,
    /// Segments compared on the Results tab, as the diagram: the project's first and last
    /// segments.
    Compare,
}

impl ScreenshotView {
    /// Every view, in the order the studio shows them.
    pub const ALL: [Self; 14] = [
        Self::Features,
        Self::Responses,
        Self::Results,
        Self::Plots,
        Self::Map,
        Self::Survey,
        Self::Present,
        Self::Room,
        Self::Export,
        Self::Help,
        Self::SaveAs,
        Self::PlotsShares,
        Self::PlotsContinuous,
        Self::Compare,
    ];

    /// The name used on the command line and for file names.
    pub fn name(self) -> &'static str {
        match self {
            Self::Features => "features",
            Self::Responses => "responses",
            Self::Results => "results",
            Self::Map => "map",
            Self::Survey => "survey",
            Self::Present => "present",
            Self::Room => "room",
            Self::Plots => "plots",
            Self::Export => "export",
            Self::Help => "help",
            Self::SaveAs => "save-as",
            Self::PlotsShares => "plots-shares",
            Self::PlotsContinuous => "plots-continuous",
            Self::Compare => "compare",
        }
    }

    /// Brings the view up in `app`.
    pub fn show_in(self, app: &mut StudioApp) {
        app.view_mut().tab = match self {
            Self::Features => Tab::Features,
            Self::Responses => Tab::Responses,
            Self::Results
            | Self::Survey
            | Self::Present
            | Self::Room
            | Self::Help
            | Self::SaveAs
            | Self::Compare => Tab::Results,
            Self::Plots | Self::Export | Self::PlotsShares | Self::PlotsContinuous => Tab::Plots,
            Self::Map => Tab::Map,
        };
        match self {
            Self::Survey => app.queue(Action::Command(Command::TakeSurvey)),
            Self::Present => app.queue(Action::Command(Command::Present)),
            Self::Room => {
                app.queue(Action::Command(Command::OpenRoom));
                app.queue(Action::OpenRoom(crate::ui::room_panel::RoomSetup {
                    address: crate::room::net::interfaces().first().map(|i| i.address),
                    segment_question: String::new(),
                }));
            }
            Self::Export => app.queue(Action::ExportPlot(crate::export::Plot::BetterWorse)),
            Self::Help => app.queue(Action::Command(Command::HelpPrimer)),
            Self::SaveAs => app.queue(Action::Command(Command::SaveAs)),
            Self::PlotsShares => app.view_mut().plot = crate::ui::PlotKind::Shares,
            Self::PlotsContinuous => app.view_mut().plot = crate::ui::PlotKind::Continuous,
            Self::Compare => {
                let segments = app.document().project().segments();
                let picked: Vec<String> = segments
                    .first()
                    .into_iter()
                    .chain(segments.last().filter(|_| segments.len() > 1))
                    .map(|s| (*s).to_owned())
                    .collect();
                let view = app.view_mut();
                view.compare = picked;
                view.compare_diagram = true;
            }
            _ => {}
        }
    }

    /// The file dialogs the view's studio asks: the system's for Save As (to see what this
    /// desktop shows), scripted ones that answer "cancelled" otherwise.
    fn dialogs(self) -> Box<dyn super::FileDialogs> {
        match self {
            Self::SaveAs => {
                super::native_dialogs::install_logger();
                Box::new(super::NativeDialogs)
            }
            _ => Box::new(ScriptedDialogs::default()),
        }
    }
}

/// The project a screenshot shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProjectSource {
    /// The embedded sample, in the interface language.
    Sample,
    /// A project file.
    File(PathBuf),
}

/// Everything `kanoscope screenshot` was asked for.
#[derive(Clone, Debug)]
pub struct ScreenshotOptions {
    /// What to open.
    pub project: ProjectSource,
    /// What to show.
    pub view: ScreenshotView,
    /// The picture's size in pixels, width and height.
    pub size: [u32; 2],
    /// The interface language; `None` follows the system.
    pub lang: Option<Lang>,
    /// Light or dark.
    pub theme: egui::Theme,
    /// Where the PNG goes.
    pub output: PathBuf,
    /// A survey export to show in the import dialog, over the view.
    pub import: Option<PathBuf>,
    /// Kano's category names or plain ones.
    pub names: CategoryNames,
}

/// A picture that was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Picture {
    /// Its size in pixels: the window's, which is the requested size unless the screen was too
    /// small for it.
    pub size: [u32; 2],
}

/// Why no picture was written.
#[derive(Debug, thiserror::Error)]
pub enum ScreenshotError {
    /// The project file did not load.
    #[error("{0}")]
    Project(#[from] LoadError),
    /// The survey export for the import dialog could not be read.
    #[error("{}: {error}", path.display())]
    Import {
        /// The export.
        path: PathBuf,
        /// Why.
        error: io::import::ImportError,
    },
    /// The PNG's folder is missing.
    #[error("{}: cannot write the picture: the folder {} does not exist", path.display(), folder.display())]
    OutputFolder {
        /// The PNG asked for.
        path: PathBuf,
        /// Its folder.
        folder: PathBuf,
    },
    /// The throwaway settings folder could not be made.
    #[error("cannot make a temporary folder for the window's settings: {0}")]
    Storage(String),
    /// No window could be opened.
    #[error(
        "cannot open a window: {0}; a screenshot needs a display (on a server, run it under xvfb-run)"
    )]
    Window(String),
    /// The window never showed a picture.
    #[error("the window showed no picture within {} seconds", DEADLINE.as_secs())]
    TimedOut,
    /// The results worker never answered for the revision shown.
    #[error(
        "the category confidence for the results shown did not arrive within {} seconds",
        DEADLINE.as_secs()
    )]
    ResultsTimedOut,
    /// The window was closed by someone before the picture was taken.
    #[error("the window was closed before the picture was taken")]
    Closed,
    /// The picture could not be encoded or written.
    #[error("{}: cannot write the picture: {error}", path.display())]
    Write {
        /// The PNG asked for.
        path: PathBuf,
        /// Why.
        error: String,
    },
}

/// How long a window may take to show its picture. Software OpenGL on a busy CI machine needs
/// a few seconds; a minute means something is wrong.
const DEADLINE: Duration = Duration::from_secs(60);
/// Frames drawn at the right size before the picture is taken: panels measure their content on
/// the first frames and plots fit their bounds on the second.
const SETTLE_FRAMES: u32 = 8;
/// ... and the time they must span, so that opening animations (about 0.1 s) have finished.
const SETTLE_TIME: Duration = Duration::from_millis(500);
/// Frames between two attempts to resize the window, and how many attempts before the picture
/// is taken at whatever size the screen allows.
const RESIZE_EVERY: u32 = 10;
const RESIZE_ATTEMPTS: u32 = 5;

/// Opens the window, takes the picture, writes it and closes the window.
pub fn take(options: ScreenshotOptions) -> Result<Picture, ScreenshotError> {
    let project = match &options.project {
        ProjectSource::File(path) => Some((io::read_project(path)?, path.clone())),
        ProjectSource::Sample => None,
    };
    check_output_folder(&options.output)?;
    if let Some(path) = &options.import {
        io::import::read_file(path, &io::import::ReadOptions::default()).map_err(|error| {
            ScreenshotError::Import {
                path: path.clone(),
                error,
            }
        })?;
    }

    // A fresh storage folder: eframe reads remembered egui state (panel widths) from it and
    // writes to it on close; neither may involve the person's own.
    let storage = tempfile::tempdir().map_err(|e| ScreenshotError::Storage(e.to_string()))?;
    let outcome = Arc::new(Mutex::new(Outcome::Waiting));
    let [width, height] = options.size;
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Kanoscope")
            .with_inner_size([width as f32, height as f32]),
        persist_window: false,
        system_font_fallback: false,
        persistence_path: Some(storage.path().join("screenshot.ron")),
        ..Default::default()
    };
    let app_outcome = Arc::clone(&outcome);
    let lang = options.lang.unwrap_or_else(Lang::from_environment);
    let prefs = Preferences {
        lang: Some(lang),
        dark: options.theme == egui::Theme::Dark,
        category_names: options.names,
        ..Preferences::default()
    };
    let view = options.view;
    let import = options.import.clone();
    let target = options.size;
    eframe::run_native(
        "Kanoscope",
        native,
        Box::new(move |cc| {
            // The same fonts as the studio, so Chinese shows as it does for people.
            crate::ui::fonts::install(&cc.egui_ctx);
            // With the worker, so that the picture shows category confidence and p-values.
            let studio = StudioApp::new(prefs, view.dialogs()).with_results_worker(&cc.egui_ctx);
            let mut studio = match project {
                Some((project, path)) => studio.with_project(project, Some(path)),
                None => studio.with_project(sample_for(lang).project(), None),
            };
            view.show_in(&mut studio);
            if let Some(path) = &import {
                studio.open_import(path);
            }
            Ok(Box::new(ScreenshotApp::new(studio, target, app_outcome)))
        }),
    )
    // winit's messages end in a full stop; ours goes on after it.
    .map_err(|e| ScreenshotError::Window(e.to_string().trim_end_matches('.').to_owned()))?;

    let image = match std::mem::replace(&mut *outcome.lock(), Outcome::Waiting) {
        Outcome::Taken(image) => image,
        Outcome::Waiting => return Err(ScreenshotError::Closed),
        Outcome::TimedOut => return Err(ScreenshotError::TimedOut),
        Outcome::ResultsTimedOut => return Err(ScreenshotError::ResultsTimedOut),
    };
    let write_error = |error: String| ScreenshotError::Write {
        path: options.output.clone(),
        error,
    };
    let png = encode_png(&image).map_err(write_error)?;
    io::write_atomically(&options.output, &png).map_err(|e| write_error(e.to_string()))?;
    Ok(Picture {
        size: [image.width() as u32, image.height() as u32],
    })
}

/// The sample that suits the interface language.
fn sample_for(lang: Lang) -> Sample {
    match lang {
        Lang::En => Sample::MetroEnglish,
        Lang::Zh => Sample::MetroChinese,
    }
}

fn check_output_folder(path: &Path) -> Result<(), ScreenshotError> {
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    if folder.is_dir() {
        Ok(())
    } else {
        Err(ScreenshotError::OutputFolder {
            path: path.to_owned(),
            folder: folder.to_owned(),
        })
    }
}

/// Encodes a window picture as an opaque 8-bit RGB PNG. The window is opaque, so alpha (which
/// is whatever the OpenGL surface happens to hold) is dropped rather than stored.
pub fn encode_png(image: &egui::ColorImage) -> Result<Vec<u8>, String> {
    let [width, height] = image.size;
    let rgb: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(|p| [p.r(), p.g(), p.b()])
        .collect();
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width as u32, height as u32);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer.write_image_data(&rgb).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(bytes)
}

/// Where the picture stands, shared between the window and [`take`].
enum Outcome {
    Waiting,
    Taken(Arc<egui::ColorImage>),
    TimedOut,
    ResultsTimedOut,
}

/// The studio, driven: no input reaches it, and it closes once the picture is taken.
struct ScreenshotApp {
    studio: StudioApp,
    target: [u32; 2],
    outcome: Arc<Mutex<Outcome>>,
    deadline: Instant,
    /// Frames drawn since the window last had the wrong size, and since when.
    settled_frames: u32,
    settled_since: Instant,
    /// Frames drawn at the wrong size, to pace the resize requests.
    wrong_size_frames: u32,
    resize_attempts: u32,
    requested: bool,
}

impl ScreenshotApp {
    fn new(studio: StudioApp, target: [u32; 2], outcome: Arc<Mutex<Outcome>>) -> Self {
        let now = Instant::now();
        Self {
            studio,
            target,
            outcome,
            deadline: now + DEADLINE,
            settled_frames: 0,
            settled_since: now,
            wrong_size_frames: 0,
            resize_attempts: 0,
            requested: false,
        }
    }

    /// Counts frames at the right size, asks the window for that size when it is wrong, and
    /// asks for the picture once the layout has settled.
    fn advance(&mut self, ctx: &egui::Context) {
        let pixels_per_point = ctx.pixels_per_point();
        let size = ctx.input(|i| i.viewport_rect().size()) * pixels_per_point;
        let size = [size.x.round() as u32, size.y.round() as u32];
        let gave_up_resizing = self.resize_attempts >= RESIZE_ATTEMPTS;
        if size == self.target || gave_up_resizing {
            if self.settled_frames == 0 {
                self.settled_since = Instant::now();
            }
            self.settled_frames += 1;
        } else {
            self.settled_frames = 0;
            if self.wrong_size_frames % RESIZE_EVERY == 0 {
                self.resize_attempts += 1;
                let [w, h] = self.target.map(|side| side as f32 / pixels_per_point);
                ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(egui::vec2(w, h)));
            }
            self.wrong_size_frames += 1;
        }
        if self.settled_frames >= SETTLE_FRAMES && self.settled_since.elapsed() >= SETTLE_TIME {
            if self.studio.results_pending() {
                // The shown revision's confidence is still on the worker: wait for its answer,
                // then let the frames that show it settle before the picture.
                let left = self.deadline.saturating_duration_since(Instant::now());
                if !self.studio.wait_for_results(left) {
                    *self.outcome.lock() = Outcome::ResultsTimedOut;
                }
                self.settled_frames = 0;
                ctx.request_repaint();
                return;
            }
            self.requested = true;
            let outcome = Arc::clone(&self.outcome);
            let wake = ctx.clone();
            ctx.request_screenshot(move |image| {
                *outcome.lock() = Outcome::Taken(image);
                // The picture arrives after the frame; wake the window so that it closes.
                wake.request_repaint();
            });
        }
    }
}

impl eframe::App for ScreenshotApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        let done = !matches!(*self.outcome.lock(), Outcome::Waiting);
        if done {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        if Instant::now() > self.deadline {
            *self.outcome.lock() = Outcome::TimedOut;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        // Keep frames coming, even while the window is covered or minimised.
        ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaintWhileHidden);
        ctx.request_repaint();
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.studio.show(ui);
        if !self.requested {
            let ctx = ui.ctx().clone();
            self.advance(&ctx);
        }
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        // The pointer of a headless X server rests in the middle of the screen; a hover
        // highlight or a tooltip from it does not belong in the picture.
        raw_input.events.clear();
        raw_input.hovered_files.clear();
        raw_input.dropped_files.clear();
    }

    fn persist_egui_memory(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_view_has_a_distinct_name_and_tab() {
        let mut app = StudioApp::new(Preferences::default(), Box::new(ScriptedDialogs::default()));
        let mut tabs = Vec::new();
        for view in ScreenshotView::ALL {
            view.show_in(&mut app);
            tabs.push(app.view().tab);
        }
        // Survey and workshop mode cover the window; the studio behind them shows results.
        assert_eq!(
            tabs,
            [
                Tab::Features,
                Tab::Responses,
                Tab::Results,
                Tab::Plots,
                Tab::Map,
                Tab::Results,
                Tab::Results,
                Tab::Results,
                Tab::Plots,
                Tab::Results,
                Tab::Results,
                Tab::Plots,
                Tab::Plots,
                Tab::Results,
            ]
        );
        let names: Vec<&str> = ScreenshotView::ALL.iter().map(|v| v.name()).collect();
        assert_eq!(
            names,
            [
                "features",
                "responses",
                "results",
                "plots",
                "map",
                "survey",
                "present",
                "room",
                "export",
                "help",
                "save-as",
                "plots-shares",
                "plots-continuous",
                "compare",
            ]
        );
    }

    #[test]
    fn pictures_encode_as_opaque_rgb_png() {
        let mut image = egui::ColorImage::filled([3, 2], egui::Color32::from_rgb(10, 20, 30));
        image.pixels[4] = egui::Color32::from_rgba_premultiplied(200, 100, 50, 180);
        let bytes = encode_png(&image).unwrap_or_default();
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let Ok(mut reader) = decoder.read_info() else {
            panic!("no PNG header");
        };
        let mut pixels = vec![0; reader.output_buffer_size().unwrap_or_default()];
        let Ok(info) = reader.next_frame(&mut pixels) else {
            panic!("no PNG frame");
        };
        assert_eq!((info.width, info.height), (3, 2));
        assert_eq!(info.color_type, png::ColorType::Rgb);
        assert_eq!(&pixels[..3], &[10, 20, 30]);
        assert_eq!(&pixels[12..15], &[200, 100, 50]);
    }

    #[test]
    fn a_missing_output_folder_is_refused_before_any_window_opens() {
        let options = ScreenshotOptions {
            project: ProjectSource::Sample,
            view: ScreenshotView::Plots,
            size: [800, 600],
            lang: Some(Lang::En),
            theme: egui::Theme::Light,
            output: PathBuf::from("/no/such/folder/plots.png"),
            import: None,
            names: CategoryNames::Kano,
        };
        match take(options) {
            Err(ScreenshotError::OutputFolder { folder, .. }) => {
                assert_eq!(folder, PathBuf::from("/no/such/folder"));
            }
            other => panic!("expected a missing-folder error, got {other:?}"),
        }
        assert!(check_output_folder(Path::new("plots.png")).is_ok());
    }

    #[test]
    fn an_unreadable_export_for_the_import_dialog_is_refused_before_any_window_opens() {
        let Ok(dir) = tempfile::tempdir() else {
            panic!("no temporary folder");
        };
        let options = ScreenshotOptions {
            project: ProjectSource::Sample,
            view: ScreenshotView::Results,
            size: [800, 600],
            lang: Some(Lang::En),
            theme: egui::Theme::Light,
            output: dir.path().join("import.png"),
            import: Some(dir.path().join("no-such-export.csv")),
            names: CategoryNames::Kano,
        };
        match take(options) {
            Err(ScreenshotError::Import { path, .. }) => {
                assert_eq!(path, dir.path().join("no-such-export.csv"));
            }
            other => panic!("expected an import error, got {other:?}"),
        }
    }

    #[test]
    fn the_sample_follows_the_interface_language() {
        assert_eq!(sample_for(Lang::En), Sample::MetroEnglish);
        assert_eq!(sample_for(Lang::Zh), Sample::MetroChinese);
    }
}
