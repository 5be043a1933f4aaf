//! The desktop application: the eframe `App`, the open document, and the only place that performs
//! effects (file dialogs, saving, loading, quitting). Panels in `ui` never do.

use crate::io::{self, samples::Sample};
use crate::project::Project;
use crate::ui;
use eframe::egui;
use std::path::PathBuf;

/// The studio window.
pub struct StudioApp {
    project: Project,
    path: Option<PathBuf>,
    error: Option<String>,
}

impl StudioApp {
    /// Opens `file`, or the embedded sample when there is none. A file that fails to load leaves
    /// the sample open and shows why.
    pub fn new(file: Option<PathBuf>) -> Self {
        match file {
            None => Self {
                project: Sample::MetroEnglish.project(),
                path: None,
                error: None,
            },
            Some(path) => match io::read_project(&path) {
                Ok(project) => Self {
                    project,
                    path: Some(path),
                    error: None,
                },
                Err(e) => Self {
                    project: Sample::MetroEnglish.project(),
                    path: None,
                    error: Some(e.to_string()),
                },
            },
        }
    }
}

impl eframe::App for StudioApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::Panel::top("title").show(ui, |ui| {
            ui.heading(self.project.title());
            let source = self
                .path
                .as_ref()
                .map_or_else(|| "embedded sample".to_owned(), |p| p.display().to_string());
            ui.label(format!(
                "{} respondents · {} features · {source}",
                self.project.respondents().len(),
                self.project.features().len()
            ));
            if let Some(error) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
        });
        egui::CentralPanel::default().show(ui, |ui| {
            let results = self.project.current_results();
            ui::results_table::show(ui, &self.project, &results);
        });
    }
}

/// Opens the studio window and runs until it is closed.
pub fn run(file: Option<PathBuf>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Kanoscope")
            .with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Kanoscope",
        options,
        Box::new(move |_cc| Ok(Box::new(StudioApp::new(file)))),
    )
}
