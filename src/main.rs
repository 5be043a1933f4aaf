//! The `kanoscope` binary: no subcommand opens the studio; subcommands run from the command line.
//! `screenshot`, `survey` and `present` open a window too, so they run here, where both the command line and the app
//! are in reach; every other subcommand goes to `cli`.

use clap::Parser;
use eframe::egui;
use kanoscope::app::screenshot::{self, ProjectSource, ScreenshotOptions, ScreenshotView};
use kanoscope::cli::{self, Cli, CliError, Command, ScreenshotArgs, ThemeArg, ViewArg, WindowArgs};
use kanoscope::ui::Command as UiCommand;
use std::process::ExitCode;

/// Opens the window on a project in survey or workshop mode.
fn open_window(window: &WindowArgs, start_in: Option<UiCommand>) -> Result<(), CliError> {
    // A respondent or a room must not meet a load error: refuse a bad file before any window.
    if let Some(file) = &window.file {
        kanoscope::io::read_project(file).map_err(|e| CliError(e.to_string()))?;
    }
    kanoscope::app::run(kanoscope::app::StartOptions {
        file: window.file.clone(),
        lang: window.lang.map(Into::into),
        start_in,
    })
    .map_err(|error| CliError(format!("cannot open the window: {error}")))
}

fn main() -> ExitCode {
    let args = Cli::parse();
    let outcome = match &args.command {
        Some(Command::Screenshot(shot)) => take_screenshot(shot),
        Some(Command::Survey(window)) => open_window(window, Some(UiCommand::TakeSurvey)),
        Some(Command::Present(window)) => open_window(window, Some(UiCommand::Present)),
        Some(command) => cli::run(command, &mut std::io::stdout().lock()),
        None => kanoscope::app::run(kanoscope::app::StartOptions {
            file: args.file,
            lang: args.lang.map(Into::into),
            start_in: None,
        })
        .map_err(|error| CliError(format!("cannot open the window: {error}"))),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("kanoscope: {}", cli::printable(&error.to_string()));
            ExitCode::FAILURE
        }
    }
}

fn take_screenshot(args: &ScreenshotArgs) -> Result<(), CliError> {
    let size = cli::parse_size(&args.size)?;
    let options = ScreenshotOptions {
        project: match &args.file {
            Some(path) => ProjectSource::File(path.clone()),
            None => ProjectSource::Sample,
        },
        view: match args.view {
            ViewArg::Results => ScreenshotView::Results,
            ViewArg::Plots => ScreenshotView::Plots,
            ViewArg::Features => ScreenshotView::Features,
            ViewArg::Responses => ScreenshotView::Responses,
            ViewArg::Map => ScreenshotView::Map,
            ViewArg::Survey => ScreenshotView::Survey,
            ViewArg::Present => ScreenshotView::Present,
            ViewArg::Room => ScreenshotView::Room,
            ViewArg::Export => ScreenshotView::Export,
            ViewArg::Help => ScreenshotView::Help,
            ViewArg::SaveAs => ScreenshotView::SaveAs,
            ViewArg::Compare => ScreenshotView::Compare,
            ViewArg::PlotsShares => ScreenshotView::PlotsShares,
            ViewArg::PlotsContinuous => ScreenshotView::PlotsContinuous,
        },
        size,
        lang: args.lang.map(Into::into),
        theme: match args.theme {
            ThemeArg::Light => egui::Theme::Light,
            ThemeArg::Dark => egui::Theme::Dark,
        },
        output: args.output.clone(),
        import: args.import.clone(),
        names: args.names.into(),
    };
    let picture = screenshot::take(options).map_err(|e| CliError(e.to_string()))?;
    let [width, height] = picture.size;
    if picture.size != size {
        // The picture is still worth having; the note says why it is not the size asked for.
        eprintln!(
            "kanoscope: note: {}: the window could only be {width}x{height} pixels, not {}x{}",
            args.output.display(),
            size[0],
            size[1]
        );
    }
    Ok(())
}
