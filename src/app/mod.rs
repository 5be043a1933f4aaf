//! The desktop application: the eframe `App`, the open [`Document`], preferences, and the only
//! place that performs effects (file dialogs, saving, loading, quitting).
//!
//! A frame runs in two halves. First every panel draws, reading the project and pushing
//! [`Action`]s; then [`StudioApp::run_actions`] carries them out. Panels never change the project
//! and never touch files; nothing here is lost silently: every failure becomes a notice.

mod autosave;
pub mod desktop;
mod dialogs;
mod document;
mod export;
mod export_job;
pub mod file_browser;
mod files;
mod help;
mod import;
pub mod loading;
mod modal;
mod native_dialogs;
mod notices;
mod prefs;
mod recovery;
mod room;
pub mod screenshot;

pub use autosave::{AUTOSAVE_INTERVAL, Autosave, Tick, default_dir as default_recovery_dir};
pub use dialogs::{
    Asked, Direction, ExportAsked, FileAnswer, FileDialogs, FileFilter, FileQuestion, FileRequest,
    NativeDialogs, ScriptedDialogs, SystemDialogs, with_project_extension,
};
pub use document::Document;
pub use files::DiskConflict;
pub use import::Importing;
pub use modal::{FilePurpose, FileWait, Modal};
pub use prefs::Preferences;
pub use recovery::Offer;
pub use room::{LiveRoom, OpenRoom};

use crate::i18n::{Lang, Texts, fill};
use crate::io::samples::Sample;
use crate::project::{Edit, Feature, Project, Respondent};
use crate::results::{Comparison, Overview, Results, ResultsCache, ResultsKey};
use crate::ui::{self, Action, Actions, Command, Studio, Tab, ViewState, error_text};
use eframe::egui;
use std::path::PathBuf;
use std::sync::Arc;

/// Something that waits for an answer to "Save changes?".
#[derive(Debug)]
pub enum Pending {
    /// Start a new project.
    New,
    /// Pick a file to open.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Replace the open project with what this import dialog reads (Cancel goes back to it).
    Import(Box<Importing>),
    /// Restore this recovery copy; the rest of the offer shows again afterwards.
    Restore {
        /// The copy to restore.
        copy: Box<crate::io::recovery::RecoveryInfo>,
        /// The other copies on offer, if any.
        rest: Option<Offer>,
    },
    /// Close the window.
    Quit,
}

/// A message for the person: an error stays until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The text, one or two sentences naming what and where.
    pub text: String,
    /// Errors are shown in the error colour.
    pub is_error: bool,
}

/// What the window shows.
#[derive(Debug, Default)]
pub enum Mode {
    /// The editor: features, responses, results, plots, map.
    #[default]
    Studio,
    /// A respondent takes the survey; nothing of the editor is visible.
    Survey(Box<ui::survey::SurveyScreen>),
    /// Workshop slides for a room.
    Present(ui::present::PresentScreen),
}

/// The studio window.
pub struct StudioApp {
    document: Document,
    mode: Mode,
    /// Actions asked for from outside a frame, run at the start of the next one.
    queued: Vec<Action>,
    view: ViewState,
    prefs: Preferences,
    dialogs: Box<dyn FileDialogs>,
    notices: Vec<Notice>,
    /// The one dialog showing over the studio, if any.
    modal: Option<Modal>,
    /// The export being written.
    exporting: export::Exporting,
    /// Set once the person has agreed to close; the next close request goes through.
    closing: bool,
    /// The title last sent to the window, to send it only when it changes.
    title: String,
    /// The theme last applied.
    applied_dark: Option<bool>,
    /// A language asked for on the command line: it wins over the saved preference for this
    /// run only, until the person picks one in the menu.
    session_lang: Option<Lang>,
    /// The recovery copy of the open document; `None` when autosave is off (tests, screenshots).
    autosave: Option<Autosave>,
    /// Files up to this size open on the spot; bigger ones on a worker thread with a progress bar.
    open_on_the_spot_up_to: u64,
    /// How project files are read.
    read_project: loading::ProjectReader,
    /// The size and time of the document's file when it was last found changed on disk, so the
    /// notice is given once per change, not on every return to the window.
    disk_change_noticed: Option<(u64, Option<std::time::SystemTime>)>,
    /// The document's results for the view's segment, computed once per revision.
    results: ResultsCache,
    /// The live room, while it is open or being set up.
    room: Option<LiveRoom>,
}

impl Default for StudioApp {
    fn default() -> Self {
        Self::new(Preferences::default(), Box::new(NativeDialogs))
    }
}

impl StudioApp {
    /// A studio showing the embedded sample project.
    pub fn new(prefs: Preferences, dialogs: Box<dyn FileDialogs>) -> Self {
        let view = ViewState {
            tab: prefs.last_tab,
            ..ViewState::default()
        };
        Self {
            document: Document::new(Sample::MetroEnglish.project(), None),
            mode: Mode::Studio,
            queued: Vec::new(),
            view,
            prefs,
            dialogs,
            notices: Vec::new(),
            modal: None,
            exporting: export::Exporting::default(),
            closing: false,
            title: String::new(),
            applied_dark: None,
            session_lang: None,
            autosave: None,
            open_on_the_spot_up_to: loading::OPEN_ON_THE_SPOT_BYTES,
            read_project: loading::default_reader(),
            disk_change_noticed: None,
            results: ResultsCache::new(),
            room: None,
        }
    }

    /// Computes category confidence on a worker thread that wakes `ctx` when it is done (the
    /// studio window; tests and screenshots go without, and show no confidence).
    pub fn with_results_worker(mut self, ctx: &egui::Context) -> Self {
        self.start_results_worker(ctx);
        self
    }

    /// [`with_results_worker`](Self::with_results_worker) on a studio already made (a test
    /// harness owns the context only once it holds the studio).
    pub fn start_results_worker(&mut self, ctx: &egui::Context) {
        let ctx = ctx.clone();
        self.results = ResultsCache::with_worker(
            crate::results::uncertainty::Engine::KANO,
            Box::new(move || ctx.request_repaint()),
        );
    }

    /// True while the results worker has not answered for the results or comparison last
    /// shown (their confidence or p-values are still empty).
    pub fn results_pending(&self) -> bool {
        self.results.pending()
    }

    /// Waits, at most `timeout`, for the results worker's answers for the results last shown;
    /// true when they are complete. Screenshots and tests only: the studio never waits.
    pub fn wait_for_results(&mut self, timeout: std::time::Duration) -> bool {
        self.results.wait(timeout)
    }

    /// The open document's results for the view's segment: computed once per revision, and
    /// taken from the cache on every other frame.
    pub fn results(&mut self) -> Arc<Results> {
        let key = self.results_key();
        self.results.get(self.document.project(), key)
    }

    /// What the results shown depend on: the document, its revision, its analysis settings and
    /// the view's segment filter.
    fn results_key(&self) -> ResultsKey {
        ResultsKey {
            document: self.document.serial(),
            revision: self.document.revision(),
            analysis: *self.document.project().analysis(),
            segment: self.view.segment.clone(),
        }
    }

    /// The segments picked for comparing, side by side, when two or more are picked; from the
    /// cache, once per revision.
    pub fn comparison(&mut self) -> Option<Arc<Comparison>> {
        if !self.view.is_comparing() {
            return None;
        }
        let key = self.results_key();
        Some(
            self.results
                .comparison(self.document.project(), key, &self.view.compare),
        )
    }

    /// The touchpoint × dimension overview, when the map tab shows it; from the cache, once per
    /// revision.
    pub fn overview(&mut self) -> Option<Arc<Overview>> {
        if self.view.tab != Tab::Map || self.view.map != ui::MapView::Overview {
            return None;
        }
        let key = self.results_key();
        Some(self.results.overview(self.document.project(), key))
    }

    /// How many times results were computed since the studio started (tests, benches).
    pub fn results_computed(&self) -> u64 {
        self.results.computed()
    }

    /// Keeps recovery copies in `dir` (every `interval` while there are unsaved changes, and
    /// after each survey respondent), and offers those a crash left there.
    pub fn with_autosave(mut self, dir: PathBuf, interval: std::time::Duration) -> Self {
        let autosave = Autosave::new(dir, interval);
        let leftovers = autosave.leftovers();
        if !leftovers.is_empty() {
            self.open_modal(Modal::RecoveryOffer(recovery::Offer::new(leftovers)));
        }
        self.autosave = Some(autosave);
        self
    }

    /// Opens files larger than `bytes` on a worker thread (tests set 0 to see the progress).
    pub fn with_background_open_above(mut self, bytes: u64) -> Self {
        self.open_on_the_spot_up_to = bytes;
        self
    }

    /// Reads project files with `read` (tests: a reader that waits, to watch the progress).
    pub fn with_project_reader(mut self, read: loading::ProjectReader) -> Self {
        self.read_project = read;
        self
    }

    /// A studio showing `project`, as if opened from `path`.
    pub fn with_project(mut self, project: Project, path: Option<PathBuf>) -> Self {
        self.document = Document::new(project, path);
        self.view = ViewState {
            tab: self.view.tab,
            ..ViewState::default()
        };
        self
    }

    /// Shows the studio in `lang` for this run without changing the saved preference.
    pub fn with_session_language(mut self, lang: Lang) -> Self {
        self.session_lang = Some(lang);
        self
    }

    /// Opens `path` on start; a file that fails to load leaves the sample open and says why.
    pub fn open_on_start(mut self, path: PathBuf) -> Self {
        self.queue(Action::OpenPath(path));
        self
    }

    /// The recovery copies offered for restoring, if the offer is showing.
    pub fn recovery_offer(&self) -> Option<&[crate::io::recovery::RecoveryInfo]> {
        match &self.modal {
            Some(Modal::RecoveryOffer(offer)) => Some(offer.copies()),
            _ => None,
        }
    }

    /// Whether a dialog, or the progress of a file being opened, covers the studio.
    fn is_modal_open(&self) -> bool {
        self.modal.is_some()
    }

    /// Whether the person has agreed to close the window (it closes on the next frame).
    pub fn is_closing(&self) -> bool {
        self.closing
    }

    /// Whether a file is being opened on a worker thread.
    pub fn is_loading(&self) -> bool {
        matches!(self.modal, Some(Modal::Loading(..)))
    }

    /// Waits for the file being opened on a worker thread, if any, to be read; the next frame
    /// takes it. For headless runs and tests, which must not poll a clock.
    pub fn wait_for_open(&mut self) {
        if let Some(Modal::Loading(loading, _)) = &mut self.modal {
            loading.wait();
        }
    }

    /// The open document.
    pub fn document(&self) -> &Document {
        &self.document
    }

    /// The view state.
    pub fn view(&self) -> &ViewState {
        &self.view
    }

    /// The view state, to steer it (screenshots, tests).
    pub fn view_mut(&mut self) -> &mut ViewState {
        &mut self.view
    }

    /// What the window shows.
    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    /// The notices being shown.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// What waits for "Save changes?", if anything.
    pub fn pending(&self) -> Option<&Pending> {
        match &self.modal {
            Some(Modal::SaveChanges(pending)) => Some(pending),
            _ => None,
        }
    }

    /// The preferences.
    pub fn preferences(&self) -> &Preferences {
        &self.prefs
    }

    /// The interface language: the command line's, the preference, or the system's.
    pub fn lang(&self) -> Lang {
        self.session_lang
            .or(self.prefs.lang)
            .unwrap_or_else(Lang::from_environment)
    }

    /// The strings of the interface language.
    pub fn texts(&self) -> &'static Texts {
        self.lang().texts_with(self.prefs.category_names)
    }

    /// Asks for an action to run at the start of the next frame, where the window's context is
    /// at hand (start-up options, screenshots of a mode).
    pub fn queue(&mut self, action: Action) {
        self.queued.push(action);
    }

    /// Draws one frame and then runs what it asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.serve_room(&ctx);
        if !self.queued.is_empty() {
            let queued = std::mem::take(&mut self.queued);
            self.run_actions(&ctx, queued);
        }
        let t = self.texts();
        let mut actions = Actions::default();
        self.apply_theme(&ctx);
        if self.show_mode(ui, &mut actions) {
            // Closing the window still asks about unsaved changes (survey answers!).
            self.read_close_request(&ctx);
            self.show_dialogs(&ctx);
            self.run_actions(&ctx, actions.take());
            self.keep_work_safe(&ctx);
            self.update_title(&ctx);
            return;
        }
        if !self.is_modal_open() {
            // A dialog is modal: no shortcut or dropped file may act behind it.
            self.read_shortcuts(&ctx, &mut actions);
            self.read_dropped_files(&ctx, &mut actions);
            read_pasted_table(&ctx, &mut actions);
        }
        self.read_close_request(&ctx);

        let results = self.results();
        let comparison = self.comparison();
        let overview = self.overview();

        egui::Panel::top("menu_bar").show(ui, |ui| {
            let state = ui::menu_bar::MenuState {
                undo_label: self.document.undo_label(),
                redo_label: self.document.redo_label(),
                recent_files: &self.prefs.recent_files,
                dark: self.prefs.dark,
                names: self.prefs.category_names,
                lang: self.lang(),
            };
            ui::menu_bar::show(ui, t, &self.view, &state, &mut actions);
        });
        egui::Panel::bottom("status_bar").show(ui, |ui| {
            use ui::status_bar::{Changes, SaveState};
            let changes = if self.document.is_dirty() {
                Changes::Unsaved
            } else {
                Changes::None
            };
            let state = SaveState::of(self.document.path(), changes);
            ui::status_bar::show(ui, t, self.document.project(), state);
        });
        if !self.notices.is_empty() {
            egui::Panel::top("notices").show(ui, |ui| self.show_notices(ui));
        }
        {
            let mut studio = Studio {
                t,
                project: self.document.project(),
                results: &results,
                comparison: comparison.as_deref(),
                overview: overview.as_deref(),
                view: &mut self.view,
                actions: &mut actions,
            };
            egui::Panel::left("sidebar")
                .resizable(true)
                .default_size(260.0)
                .show(ui, |ui| ui::sidebar::show(ui, &mut studio));
            egui::CentralPanel::default().show(ui, |ui| {
                ui.horizontal(|ui| {
                    for tab in Tab::ALL {
                        if ui
                            .selectable_label(studio.view.tab == tab, tab.label(t))
                            .clicked()
                        {
                            studio.view.tab = tab;
                        }
                    }
                });
                ui.separator();
                match studio.view.tab {
                    Tab::Features => ui::features_editor::show(ui, &mut studio),
                    Tab::Responses => ui::responses_grid::show(ui, &mut studio),
                    Tab::Results => ui::results_table::show(ui, &mut studio),
                    Tab::Plots => ui::plots::show(ui, &mut studio),
                    Tab::Map => {
                        ui::overview::map_choice(ui, &mut studio);
                        match studio.view.map {
                            ui::MapView::Journey => ui::journey_map::show(ui, &mut studio),
                            ui::MapView::Overview => ui::overview::show(ui, &mut studio),
                        }
                    }
                }
            });
        }
        self.show_dialogs(&ctx);

        self.run_actions(&ctx, actions.take());
        self.keep_work_safe(&ctx);
        self.prefs.last_tab = self.view.tab;
        self.update_title(&ctx);
    }

    /// The dialog over the window (the progress of a file being opened is one), and the note of
    /// an export being written.
    fn show_dialogs(&mut self, ctx: &egui::Context) {
        self.show_modal(ctx);
        self.show_export_progress(ctx);
    }

    /// Draws survey or workshop mode, if one is on; returns false in the studio.
    fn show_mode(&mut self, ui: &mut egui::Ui, actions: &mut Actions) -> bool {
        let t = self.texts();
        if matches!(self.mode, Mode::Studio) {
            return false;
        }
        // From the cache: survey answers change it once per respondent, not per frame.
        let results = self.results();
        let project = self.document.project();
        match &mut self.mode {
            Mode::Studio => false,
            Mode::Survey(screen) => {
                egui::CentralPanel::default().show(ui, |ui| screen.show(ui, t, project, actions));
                true
            }
            Mode::Present(screen) => {
                if let Some(shortcut) = Command::OpenRoom.shortcut()
                    && ui.ctx().input_mut(|i| i.consume_shortcut(&shortcut))
                {
                    actions.command(Command::OpenRoom);
                }
                if let Some(room) = &mut self.room {
                    room::show_room_panel(ui, t, room, actions);
                }
                egui::CentralPanel::default().show(ui, |ui| {
                    screen.show(ui, t, project, &results, &mut self.view, actions)
                });
                true
            }
        }
    }

    fn apply_theme(&mut self, ctx: &egui::Context) {
        if self.applied_dark != Some(self.prefs.dark) {
            ctx.set_theme(if self.prefs.dark {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
            self.applied_dark = Some(self.prefs.dark);
        }
    }

    fn read_shortcuts(&self, ctx: &egui::Context, actions: &mut Actions) {
        // Shortcuts with more modifiers first: egui matches Ctrl+Z "logically", so it would also
        // take Ctrl+Shift+Z if asked first.
        let mut shortcuts: Vec<(egui::KeyboardShortcut, Command)> = Command::ALL
            .into_iter()
            .flat_map(|c| {
                [c.shortcut(), c.alternative_shortcut()]
                    .into_iter()
                    .flatten()
                    .map(move |s| (s, c))
            })
            .collect();
        shortcuts.sort_by_key(|(s, _)| std::cmp::Reverse(modifier_count(s.modifiers)));
        ctx.input_mut(|input| {
            for (shortcut, command) in &shortcuts {
                if input.consume_shortcut(shortcut) {
                    actions.command(*command);
                }
            }
        });
    }

    fn read_dropped_files(&self, ctx: &egui::Context, actions: &mut Actions) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        // One project is open at a time; the last file dropped wins. A survey export (CSV,
        // spreadsheet) goes to the import dialog rather than being opened as a project.
        if let Some(path) = dropped.into_iter().last() {
            if is_survey_export(&path) {
                actions.push(Action::ImportPath(path));
            } else {
                actions.push(Action::OpenPath(path));
            }
        }
    }

    fn read_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && !self.closing
            && self.document.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.open_modal(Modal::SaveChanges(Pending::Quit));
        }
    }

    /// Carries out the frame's actions, in order.
    pub fn run_actions(&mut self, ctx: &egui::Context, actions: Vec<Action>) {
        for action in actions {
            match action {
                Action::Command(command) => self.run_command(ctx, command),
                Action::Edit { edit, label, merge } => {
                    if let Err(error) = self.document.apply(edit, label, merge) {
                        let t = self.texts();
                        let error = error_text::edit_error(t, &error);
                        self.notify_error(fill(t.app.change_refused, &[("error", &error)]));
                    }
                }
                Action::SealHistory => self.document.seal(),
                Action::OpenPath(path) => self.ask_unless_clean(ctx, Pending::OpenPath(path)),
                Action::ImportPath(path) => self.open_import(&path),
                Action::ImportPasted(text) => self.open_import_pasted(&text),
                Action::ExportPlot(plot) => self.open_export_dialog(Some(plot)),
                Action::SetLanguage(lang) => {
                    self.prefs.lang = Some(lang);
                    self.session_lang = None;
                }
                Action::SetCategoryNames(names) => self.prefs.category_names = names,
                Action::WriteRecoveryCopy => self.write_recovery_copy(),
                Action::OpenRoom(setup) => self.open_room(ctx, &setup),
                Action::CloseRoom => self.close_room(),
                Action::LeaveMode => {
                    self.close_room();
                    if let Mode::Present(screen) = &self.mode {
                        screen.leave(ctx);
                        // Workshop mode forced the light theme: put the studio's back.
                        self.applied_dark = None;
                    }
                    self.mode = Mode::Studio;
                }
            }
        }
    }

    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => self.ask_unless_clean(ctx, Pending::New),
            Command::Open => self.ask_unless_clean(ctx, Pending::Open),
            Command::Quit => self.ask_unless_clean(ctx, Pending::Quit),
            Command::Save => self.save(ctx, None),
            Command::SaveAs => self.save_as(ctx, None),
            Command::Import => self.start_import(ctx),
            Command::Export => self.open_export_dialog(None),
            Command::Undo => {
                if self.document.undo().is_none() {
                    self.notify(self.texts().app.nothing_to_undo);
                }
            }
            Command::Redo => {
                if self.document.redo().is_none() {
                    self.notify(self.texts().app.nothing_to_redo);
                }
            }
            Command::AddFeature => self.add_feature(),
            Command::AddRespondent => self.add_respondent(),
            Command::ShowFeatures => self.view.tab = Tab::Features,
            Command::ShowResponses => self.view.tab = Tab::Responses,
            Command::ShowResults => self.view.tab = Tab::Results,
            Command::ShowPlots => self.view.tab = Tab::Plots,
            Command::ShowMap => self.view.tab = Tab::Map,
            Command::TakeSurvey => {
                let seed = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos() as u64);
                self.mode = Mode::Survey(Box::new(ui::survey::SurveyScreen::new(
                    self.document.project(),
                    seed,
                )));
            }
            Command::Present => self.mode = Mode::Present(ui::present::PresentScreen::enter(ctx)),
            Command::OpenRoom => self.start_room_setup(ctx),
            Command::ToggleTheme => self.prefs.dark = !self.prefs.dark,
            Command::About => self.open_modal(Modal::About),
            Command::HelpPrimer => self.open_modal(Modal::Help(ui::help::HelpPage::Primer)),
            Command::HelpShortcuts => self.open_modal(Modal::Help(ui::help::HelpPage::Shortcuts)),
            Command::HelpWording => self.open_modal(Modal::Help(ui::help::HelpPage::Wording)),
        }
    }

    fn add_feature(&mut self) {
        let project = self.document.project();
        let index = self
            .view
            .selected_feature
            .map_or(project.features().len(), |i| {
                (i + 1).min(project.features().len())
            });
        let touchpoint = self
            .view
            .selected_feature
            .and_then(|i| project.features().get(i))
            .map(|f| f.touchpoint.clone())
            .unwrap_or_default();
        let t = self.texts();
        let name = t.app.new_feature_name.to_owned();
        // Generated from the placeholder name, the questions and id follow the name as it is
        // typed (until the person edits them).
        let (functional, dysfunctional) = ui::features_editor::question_pair(t, &name);
        let feature = Feature {
            id: project.unused_feature_id(&name),
            name,
            touchpoint,
            functional,
            dysfunctional,
            ..Feature::default()
        };
        let edit = Edit::InsertFeature {
            index,
            feature,
            responses: Vec::new(),
        };
        if self
            .document
            .apply(edit, t.app.step_add_feature, None)
            .is_ok()
        {
            self.view.selected_feature = Some(index);
            self.view.feature_editor.focus_name = Some(index);
            self.view.feature_editor.reveal_selected = true;
            self.view.tab = Tab::Features;
        }
    }

    fn add_respondent(&mut self) {
        let project = self.document.project();
        let index = project.respondents().len();
        let respondent = Respondent {
            id: project.unused_respondent_id(),
            ..Respondent::default()
        };
        let edit = Edit::InsertRespondent { index, respondent };
        let label = self.texts().app.step_add_respondent;
        if self.document.apply(edit, label, None).is_ok() {
            // The new respondent's answers start at the first feature, with the keyboard in the
            // grid: typing 1–5 enters them at once.
            self.view.selected_respondent = Some(index);
            if !self.document.project().features().is_empty() {
                self.view.selected_feature = Some(0);
            }
            self.view.responses.take_focus();
            self.view.tab = Tab::Responses;
        }
    }
}

/// Whether a file's extension says it is a survey platform's export rather than a project.
/// A table pasted onto the studio while no field has the keys (copied from a spreadsheet: tabs
/// and more than one line) opens the import dialog on it.
fn read_pasted_table(ctx: &egui::Context, actions: &mut Actions) {
    if ctx.memory(|m| m.focused().is_some()) {
        return;
    }
    let pasted = ctx.input(|i| {
        i.events.iter().find_map(|e| match e {
            egui::Event::Paste(text) if text.contains('\t') && text.trim().contains('\n') => {
                Some(text.clone())
            }
            _ => None,
        })
    });
    if let Some(text) = pasted {
        actions.push(Action::ImportPasted(text));
    }
}

fn is_survey_export(path: &std::path::Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|e| {
            matches!(
                e.as_str(),
                "csv" | "tsv" | "txt" | "xlsx" | "xlsm" | "xls" | "ods"
            )
        })
}

fn modifier_count(m: egui::Modifiers) -> u8 {
    u8::from(m.alt) + u8::from(m.ctrl || m.command || m.mac_cmd) + u8::from(m.shift)
}

impl eframe::App for StudioApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.prefs);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.close_room();
        self.exit_cleanly();
    }
}

/// How the window starts.
#[derive(Debug, Default)]
pub struct StartOptions {
    /// A project file to open instead of the sample.
    pub file: Option<PathBuf>,
    /// The interface language for this run, over the saved preference (`--lang`).
    pub lang: Option<Lang>,
    /// Start in survey mode (`kanoscope survey FILE`) or workshop mode (`kanoscope present FILE`)
    /// instead of the studio.
    pub start_in: Option<Command>,
}

/// Opens the studio window and runs until it is closed.
pub fn run(options: StartOptions) -> eframe::Result {
    let viewport = egui::ViewportBuilder::default()
        .with_title("Kanoscope")
        .with_app_id(desktop::APP_ID)
        .with_inner_size([1360.0, 860.0])
        .with_min_inner_size([720.0, 480.0])
        .with_drag_and_drop(true);
    // Without its own icon (it cannot fail to decode: a test reads it) the window keeps egui's.
    let viewport = match desktop::window_icon() {
        Ok(icon) => viewport.with_icon(icon),
        Err(_) => viewport,
    };
    let native = eframe::NativeOptions {
        viewport,
        // ui::fonts installs the bundled CJK font and its own system-font fallback.
        system_font_fallback: false,
        ..Default::default()
    };
    native_dialogs::install_logger();
    eframe::run_native(
        "Kanoscope",
        native,
        Box::new(move |cc| {
            ui::fonts::install(&cc.egui_ctx);
            let prefs: Preferences = cc
                .storage
                .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
                .unwrap_or_default();
            let app =
                StudioApp::new(prefs, Box::new(NativeDialogs)).with_results_worker(&cc.egui_ctx);
            // Without a data folder (no home directory) the studio runs without recovery copies.
            let app = match default_recovery_dir() {
                Some(dir) => app.with_autosave(dir, AUTOSAVE_INTERVAL),
                None => app,
            };
            let app = match options.lang {
                Some(lang) => app.with_session_language(lang),
                None => app,
            };
            let mut app = match options.file {
                Some(path) => app.open_on_start(path),
                None => app,
            };
            if let Some(command) = options.start_in {
                app.queue(Action::Command(command));
            }
            Ok(Box::new(app))
        }),
    )
}
