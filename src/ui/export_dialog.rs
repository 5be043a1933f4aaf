//! The export dialog of File ▸ Export… (and of each plot's Export… button): the person picks
//! what to export (report, results table, plot, questionnaire), its format, a picture's size,
//! the questionnaire's language and the respondents, then asks for a file.
//!
//! It only edits its own [`ExportDialog`] state and answers [`DialogAnswer::Export`] or
//! [`DialogAnswer::Cancel`]; asking for the path, writing and remembering the choice are the
//! app's. It never touches files and never changes the project.

use crate::export::{
    ExportChoice, ExportKind, ExportRequest, PictureFormat, PictureSize, Plot, QuestionnaireFormat,
    ReportFormat, ResultsFormat, SizePreset,
};
use crate::i18n::{ExportTexts, Lang, Texts, fill};
use crate::project::{Project, SegmentFilter};
use eframe::egui;

/// The dialog's state while it is open.
#[derive(Clone, Debug)]
pub struct ExportDialog {
    request: ExportRequest,
    /// The project's own survey language, marked as such in the language list.
    survey_lang: Lang,
    /// The custom size as typed, kept apart from the request so that a half-typed number is
    /// not lost or "corrected" while the person types.
    width: String,
    height: String,
    /// The two segments the studio compares, offered as the comparison diagram; empty when the
    /// studio compares none.
    compared: Vec<String>,
}

/// How the person closed the dialog.
#[derive(Clone, Debug, PartialEq)]
pub enum DialogAnswer {
    /// Ask for a file and export this.
    Export(ExportRequest),
    /// Close without exporting.
    Cancel,
}

/// What the dialog is shown with.
#[derive(Clone, Copy, Debug)]
pub struct DialogFrame<'a> {
    /// The interface's strings.
    pub t: &'static Texts,
    /// The open project, for its segments.
    pub project: &'a Project,
    /// The start of suggested file names (the project file's name).
    pub file_stem: &'a str,
    /// An export is still being written: a second one waits.
    pub busy: bool,
}

impl ExportDialog {
    /// A dialog showing `choice`, about `segment`, with the questionnaire in `survey_lang`.
    pub fn new(choice: ExportChoice, segment: SegmentFilter, survey_lang: Lang) -> Self {
        let custom = choice.custom_size;
        Self {
            request: ExportRequest {
                choice,
                segment,
                questionnaire_lang: survey_lang,
                compare: Vec::new(),
            },
            compared: Vec::new(),
            survey_lang,
            width: custom.width.to_string(),
            height: custom.height.to_string(),
        }
    }

    /// The same dialog offering the comparison diagram of the first two of `segments` (the
    /// segments the studio compares), chosen at once.
    pub fn comparing(mut self, segments: &[String]) -> Self {
        if segments.len() >= 2 {
            self.compared = segments[..2].to_vec();
            self.request.compare = self.compared.clone();
        }
        self
    }

    /// The same dialog with `plot` chosen (a plot's own Export… button).
    pub fn with_plot(mut self, plot: Plot) -> Self {
        self.request.choice.kind = ExportKind::Plot;
        self.request.choice.plot = plot;
        self
    }

    /// What would be exported now, custom size as last valid.
    pub fn request(&self) -> &ExportRequest {
        &self.request
    }

    /// The typed custom size, if both numbers are whole and within the limits.
    fn typed_size(&self) -> Option<PictureSize> {
        let side = |text: &str| {
            text.trim()
                .parse::<u32>()
                .ok()
                .filter(|n| (PictureSize::MIN..=PictureSize::MAX).contains(n))
        };
        Some(PictureSize {
            width: side(&self.width)?,
            height: side(&self.height)?,
        })
    }

    /// False while a typed custom size is in use and out of range.
    fn size_is_valid(&self) -> bool {
        let choice = &self.request.choice;
        choice.kind != ExportKind::Plot
            || choice.picture != PictureFormat::Png
            || choice.size != SizePreset::Custom
            || self.typed_size().is_some()
    }
}

/// Shows the dialog; `Some` once the person has decided.
pub fn show(
    ctx: &egui::Context,
    frame: DialogFrame<'_>,
    dialog: &mut ExportDialog,
) -> Option<DialogAnswer> {
    let e = &frame.t.export;
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("export_dialog")).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.heading(e.title);
        ui.add_space(4.0);
        ui.add_space(6.0);
        show_kinds(ui, e, &mut dialog.request.choice.kind);
        ui.add_space(4.0);
        ui.separator();
        ui.spacing_mut().item_spacing.y = 8.0;
        show_options(ui, frame, dialog);
        ui.separator();
        let name = dialog.request.suggested_file_name(frame.file_stem);
        ui.weak(fill(e.file_name, &[("name", &name)]));
        ui.add_space(4.0);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(e.cancel).clicked() {
                answer = Some(DialogAnswer::Cancel);
            }
            let ready = dialog.size_is_valid() && !frame.busy;
            let button = egui::Button::new(e.export_button).fill(ui.visuals().selection.bg_fill);
            let export = ui
                .add_enabled(ready, button)
                .on_hover_text(e.export_button_tip)
                .on_disabled_hover_text(if frame.busy {
                    e.busy
                } else {
                    e.size_out_of_range
                });
            if export.clicked() {
                answer = Some(DialogAnswer::Export(dialog.request.clone()));
            }
            if frame.busy {
                ui.weak(e.busy);
                ui.spinner();
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(DialogAnswer::Cancel);
    }
    answer
}

/// The four kinds, as a row of toggles.
fn show_kinds(ui: &mut egui::Ui, e: &ExportTexts, kind: &mut ExportKind) {
    ui.horizontal(|ui| {
        row_label(ui, e.what);
        for option in ExportKind::ALL {
            let (name, tip) = match option {
                ExportKind::Report => (e.kind_report, e.kind_report_tip),
                ExportKind::Results => (e.kind_results, e.kind_results_tip),
                ExportKind::Plot => (e.kind_plot, e.kind_plot_tip),
                ExportKind::Questionnaire => (e.kind_questionnaire, e.kind_questionnaire_tip),
            };
            if ui
                .add(egui::Button::selectable(*kind == option, name))
                .on_hover_text(tip)
                .clicked()
            {
                *kind = option;
            }
        }
    });
}

/// The rows of the options grid for the chosen kind.
fn show_options(ui: &mut egui::Ui, frame: DialogFrame<'_>, dialog: &mut ExportDialog) {
    let t = frame.t;
    let e = &t.export;
    let choice = &mut dialog.request.choice;
    match choice.kind {
        ExportKind::Report => {
            radio_row(
                ui,
                e.format,
                &mut choice.report,
                &ReportFormat::ALL.map(|f| match f {
                    ReportFormat::Html => (f, e.report_html),
                    ReportFormat::Markdown => (f, e.report_markdown),
                }),
            );
        }
        ExportKind::Results => {
            radio_row(
                ui,
                e.format,
                &mut choice.results,
                &ResultsFormat::ALL.map(|f| match f {
                    ResultsFormat::Csv => (f, e.results_csv),
                    ResultsFormat::Xlsx => (f, e.results_xlsx),
                }),
            );
        }
        ExportKind::Plot => {
            let r = &t.results;
            radio_row(
                ui,
                e.plot,
                &mut choice.plot,
                &Plot::ALL.map(|p| match p {
                    Plot::BetterWorse => (p, r.plot_better_worse),
                    Plot::Categories => (p, r.plot_shares),
                    Plot::Continuous => (p, r.plot_continuous),
                    Plot::Journey => (p, t.present.slide_map),
                }),
            );
            radio_row(
                ui,
                e.format,
                &mut choice.picture,
                &PictureFormat::ALL.map(|f| match f {
                    PictureFormat::Png => (f, e.picture_png),
                    PictureFormat::Svg => (f, e.picture_svg),
                }),
            );
            if choice.picture == PictureFormat::Png {
                show_size(ui, e, dialog);
            }
        }
        ExportKind::Questionnaire => {
            radio_row(
                ui,
                e.format,
                &mut choice.questionnaire,
                &QuestionnaireFormat::ALL.map(|f| match f {
                    QuestionnaireFormat::Html => (f, e.questionnaire_html),
                    QuestionnaireFormat::Markdown => (f, e.questionnaire_markdown),
                    QuestionnaireFormat::Csv => (f, e.questionnaire_csv),
                }),
            );
            show_language(ui, e, dialog);
        }
    }
    let plot = &dialog.request.choice;
    if plot.kind == ExportKind::Plot
        && plot.plot == Plot::BetterWorse
        && let [from, to] = &dialog.compared[..]
    {
        let mut on = !dialog.request.compare.is_empty();
        let text = fill(e.compare_arrows, &[("from", from), ("to", to)]);
        if ui.checkbox(&mut on, text).changed() {
            dialog.request.compare = if on {
                dialog.compared.clone()
            } else {
                Vec::new()
            };
        }
    }
    if dialog.request.choice.kind != ExportKind::Questionnaire && !dialog.request.compares() {
        show_segment(ui, e, frame.project, &mut dialog.request.segment);
    }
}

/// Width of the drop-down lists.
const COMBO_WIDTH: f32 = 260.0;

/// Width of the labels in front of the options, so that the options line up.
const LABEL_WIDTH: f32 = 104.0;

/// A label in the left column, centred on the first line of what follows it.
fn row_label(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let size = egui::vec2(LABEL_WIDTH, ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(
        size,
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_size(size);
            ui.label(text)
        },
    )
    .inner
}

/// One row of options: the label on the left, top-aligned with what `add` shows on the right.
fn option_row<R>(
    ui: &mut egui::Ui,
    label: &str,
    add: impl FnOnce(&mut egui::Ui, &egui::Response) -> R,
) -> R {
    ui.horizontal_top(|ui| {
        let label = row_label(ui, label);
        ui.vertical(|ui| add(ui, &label)).inner
    })
    .inner
}

/// A label and one radio button per option, stacked.
fn radio_row<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut T,
    options: &[(T, &str)],
) {
    option_row(ui, label, |ui, _| {
        ui.spacing_mut().item_spacing.y = 4.0;
        for (option, name) in options {
            ui.radio_value(value, *option, *name);
        }
    });
}

/// The PNG size: a preset, or width and height typed, with a message when they are out of range.
fn show_size(ui: &mut egui::Ui, e: &ExportTexts, dialog: &mut ExportDialog) {
    let preset_name = |preset: SizePreset| match preset {
        SizePreset::Screen => e.size_screen,
        SizePreset::Slide => e.size_slide,
        SizePreset::Uhd => e.size_uhd,
        SizePreset::A4Print => e.size_a4,
        SizePreset::Custom => e.size_custom,
    };
    option_row(ui, e.size, |ui, label| {
        let choice = &mut dialog.request.choice;
        egui::ComboBox::from_id_salt("export_size")
            .selected_text(preset_name(choice.size))
            .width(COMBO_WIDTH)
            .show_ui(ui, |ui| {
                for preset in SizePreset::ALL {
                    ui.selectable_value(&mut choice.size, preset, preset_name(preset));
                }
            })
            .response
            .labelled_by(label.id);
        if choice.size == SizePreset::Custom {
            ui.horizontal(|ui| {
                for (name, text) in [(e.width, &mut dialog.width), (e.height, &mut dialog.height)] {
                    let label = ui.label(name);
                    ui.add(egui::TextEdit::singleline(text).desired_width(56.0))
                        .labelled_by(label.id);
                    ui.label(e.pixels);
                }
            });
            match dialog.typed_size() {
                Some(size) => dialog.request.choice.custom_size = size,
                None => {
                    let message = fill(
                        e.size_out_of_range,
                        &[("min", &PictureSize::MIN), ("max", &PictureSize::MAX)],
                    );
                    ui.colored_label(ui.visuals().error_fg_color, message);
                }
            }
        }
        if dialog.request.choice.plot == Plot::Categories {
            ui.weak(e.taller_note);
        }
    });
}

/// The questionnaire's language, the survey's own marked.
fn show_language(ui: &mut egui::Ui, e: &ExportTexts, dialog: &mut ExportDialog) {
    let name = |lang: Lang| {
        let plain = match lang {
            Lang::En => e.lang_en,
            Lang::Zh => e.lang_zh,
        };
        if lang == dialog.survey_lang {
            fill(e.survey_language, &[("lang", &plain)])
        } else {
            plain.to_owned()
        }
    };
    let current = name(dialog.request.questionnaire_lang);
    let mut chosen = dialog.request.questionnaire_lang;
    option_row(ui, e.language, |ui, label| {
        egui::ComboBox::from_id_salt("export_language")
            .selected_text(current)
            .width(COMBO_WIDTH)
            .show_ui(ui, |ui| {
                for lang in Lang::ALL {
                    ui.selectable_value(&mut chosen, lang, name(lang));
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(e.language_tip);
    });
    dialog.request.questionnaire_lang = chosen;
}

/// Which respondents reports, results and plots are about.
fn show_segment(
    ui: &mut egui::Ui,
    e: &ExportTexts,
    project: &Project,
    segment: &mut SegmentFilter,
) {
    let current = match segment {
        SegmentFilter::All => e.all_respondents.to_owned(),
        SegmentFilter::Only(s) => s.clone(),
    };
    option_row(ui, e.respondents, |ui, label| {
        egui::ComboBox::from_id_salt("export_segment")
            .selected_text(current)
            .width(COMBO_WIDTH)
            .show_ui(ui, |ui| {
                ui.selectable_value(segment, SegmentFilter::All, e.all_respondents);
                for name in project.segments() {
                    ui.selectable_value(segment, SegmentFilter::Only(name.to_owned()), name);
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(e.respondents_tip);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_custom_size_must_be_whole_numbers_within_limits() {
        let choice = ExportChoice {
            kind: ExportKind::Plot,
            picture: PictureFormat::Png,
            size: SizePreset::Custom,
            ..ExportChoice::default()
        };
        let mut dialog = ExportDialog::new(choice, SegmentFilter::All, Lang::En);
        for (width, height, valid) in [
            ("1600", "1000", true),
            ("320", "8000", true),
            ("319", "1000", false),
            ("1600", "8001", false),
            ("16o0", "1000", false),
            ("", "1000", false),
            (" 800 ", "600", true),
        ] {
            dialog.width = width.into();
            dialog.height = height.into();
            assert_eq!(dialog.size_is_valid(), valid, "{width} x {height}");
        }
        // Out of range only matters where the custom size is used.
        dialog.request.choice.size = SizePreset::Slide;
        assert!(dialog.size_is_valid());
    }

    #[test]
    fn a_plots_button_preselects_its_plot() {
        let dialog = ExportDialog::new(ExportChoice::default(), SegmentFilter::All, Lang::Zh)
            .with_plot(Plot::Continuous);
        assert_eq!(dialog.request().choice.kind, ExportKind::Plot);
        assert_eq!(dialog.request().choice.plot, Plot::Continuous);
        assert_eq!(dialog.request().questionnaire_lang, Lang::Zh);
    }
}
