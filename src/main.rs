//! The `kanoscope` binary: no subcommand opens the studio; subcommands run from the command line.

use clap::Parser;
use kanoscope::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
    match &args.command {
        Some(command) => match cli::run(command, &mut std::io::stdout().lock()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("kanoscope: {error}");
                ExitCode::FAILURE
            }
        },
        None => match kanoscope::app::run(kanoscope::app::StartOptions { file: args.file }) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("kanoscope: cannot open the window: {error}");
                ExitCode::FAILURE
            }
        },
    }
}
