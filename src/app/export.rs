//! File ▸ Export: a report, the results or a plot, chosen by the file name's extension. Exports
//! only read the project; a failed export says why and writes nothing.

use super::StudioApp;
use crate::i18n::fill;
use crate::io;
use crate::ui;
use std::path::PathBuf;

impl StudioApp {
    /// Asks where to export, and writes a report, the results or the Better–Worse diagram,
    /// as the file name's extension says, for the segment the studio shows.
    pub(super) fn export(&mut self) {
        let t = self.texts();
        let project = self.document.project();
        let stem = self
            .document
            .path()
            .and_then(|p| p.file_name())
            .map(|n| {
                n.to_string_lossy()
                    .trim_end_matches(".kano.json")
                    .to_owned()
            })
            .unwrap_or_else(|| "kanoscope".to_owned());
        let start = self
            .document
            .path()
            .and_then(|p| p.parent())
            .map(PathBuf::from);
        let Some(path) = self
            .dialogs
            .pick_export_path(&format!("{stem}-report.html"), start.as_deref())
        else {
            return;
        };
        let options = crate::export::ReportOptions {
            segment: self.view.segment.clone(),
            ..crate::export::ReportOptions::new(project)
        };
        let size = crate::export::PictureSize {
            width: 1600,
            height: 1000,
        };
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let bytes: Result<Vec<u8>, String> = match extension.as_str() {
            "html" | "htm" => Ok(crate::export::report_html(project, &options).into_bytes()),
            "csv" => Ok(crate::export::results_csv(project, &options).into_bytes()),
            "xlsx" => crate::export::results_xlsx(project, &options)
                .map_err(|e| ui::error_text::export_error(t, &e)),
            "svg" => Ok(crate::export::plot_svg(
                project,
                &options,
                crate::export::Plot::BetterWorse,
                size,
            )
            .into_bytes()),
            "png" => {
                let svg = crate::export::plot_svg(
                    project,
                    &options,
                    crate::export::Plot::BetterWorse,
                    size,
                );
                crate::export::svg_to_png(&svg, &[ui::fonts::BUNDLED_CJK_FONT.to_vec()])
                    .map_err(|e| ui::error_text::export_error(t, &e))
            }
            _ => Err(t.app.export_kinds.to_owned()),
        };
        let shown = path.display().to_string();
        match bytes.and_then(|b| {
            io::write_atomically(&path, &b).map_err(|e| ui::error_text::io_error(t, &e))
        }) {
            Ok(()) => self.notify(fill(t.app.exported, &[("path", &shown)])),
            Err(error) => self.notify_error(fill(
                t.app.could_not_export,
                &[("path", &shown), ("error", &error)],
            )),
        }
    }
}
