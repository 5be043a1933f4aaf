//! `kanoscope room FILE`: the live room without a window (FORMATS.md "The live room"). The
//! first line on stdout is `Room open: URL`; submissions become respondents in FILE, saved
//! atomically in groups before their phones are answered; Ctrl+C or SIGTERM ends the room with
//! the file complete.
//!
//! Must never: answer a phone before its respondent is in the file, keep in the file a
//! respondent whose phone was told its answers were not kept, or save more often than
//! [`SAVE_SPACING`] allows.

use super::{CliError, LangArg};
use crate::io;
use crate::project::{Edit, Project};
use crate::room::{Arrival, Outcome, Plan, Room, RoomOptions, RoomSurvey, SAVE_SPACING};
use std::net::{IpAddr, Ipv4Addr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// How often the loop looks whether it was asked to stop.
const STOP_POLL: Duration = Duration::from_millis(100);

/// Arguments of `kanoscope room`.
#[derive(Debug, clap::Args)]
pub struct RoomArgs {
    /// The project file (*.kano.json); respondents are added to it.
    pub file: PathBuf,
    /// The address to listen on (default: every interface; the URL names the LAN address).
    #[arg(long, default_value_t = IpAddr::V4(Ipv4Addr::UNSPECIFIED))]
    pub bind: IpAddr,
    /// The port (0 picks a free one).
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// The language of the phone page (default: the survey's language).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// A question whose answer becomes the respondent's segment ("Which line do you use?").
    #[arg(long)]
    pub segment_question: Option<String>,
}

/// Runs the room until Ctrl+C or SIGTERM.
pub fn run_room(args: &RoomArgs, out: &mut dyn std::io::Write) -> Result<(), CliError> {
    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst))
        .map_err(|e| CliError(format!("cannot catch Ctrl+C: {e}")))?;
    serve_room(args, out, &stop)
}

/// Runs the room until `stop` is set; its first line on `out` is `Room open: URL`.
pub fn serve_room(
    args: &RoomArgs,
    out: &mut dyn std::io::Write,
    stop: &AtomicBool,
) -> Result<(), CliError> {
    serve_room_announcing(args, stop, |url| {
        writeln!(out, "Room open: {url}")
            .and_then(|()| out.flush())
            .map_err(|e| CliError(format!("cannot write the room's address: {e}")))
    })
}

/// Runs the room until `stop` is set, telling `announce` its URL once it listens: for programs
/// that embed the headless room (the browser check, the benchmark) and need the address, not
/// the printed line.
pub fn serve_room_announcing(
    args: &RoomArgs,
    stop: &AtomicBool,
    announce: impl FnOnce(&str) -> Result<(), CliError>,
) -> Result<(), CliError> {
    let project = io::read_project(&args.file).map_err(|e| CliError(e.to_string()))?;
    let lang = args.lang.map_or(project.survey().language, Into::into);
    let survey = RoomSurvey::new(&project, lang, args.segment_question.as_deref());
    let room = Room::open(
        RoomOptions {
            bind: args.bind,
            port: args.port,
            survey,
        },
        Arc::new(|| {}),
    )
    .map_err(|e| CliError(format!("cannot open the room: {e}")))?;
    announce(room.url())?;
    let mut keeper = Keeper {
        path: &args.file,
        project,
        last_save: None,
    };
    while !stop.load(Ordering::SeqCst) {
        let Some(first) = room.wait_arrival(STOP_POLL) else {
            continue;
        };
        let mut batch = vec![first];
        // Gather what arrives until the next save is due.
        if let Some(due) = keeper.last_save.map(|t| t + SAVE_SPACING) {
            while let Some(left) = due.checked_duration_since(Instant::now()) {
                match room.wait_arrival(left) {
                    Some(arrival) => batch.push(arrival),
                    None => break,
                }
            }
        }
        while let Some(arrival) = room.try_arrival() {
            batch.push(arrival);
        }
        keeper.take(batch);
    }
    room.close();
    eprintln!(
        "Room closed: {} respondents in {}",
        keeper.project.respondents().len(),
        args.file.display()
    );
    Ok(())
}

/// The document of a headless room and its file.
struct Keeper<'a> {
    path: &'a Path,
    project: Project,
    last_save: Option<Instant>,
}

impl Keeper<'_> {
    /// Adds a group of submissions, saves once, then answers every phone.
    fn take(&mut self, batch: Vec<Arrival>) {
        let mut undo: Vec<Edit> = Vec::new();
        let mut answers: Vec<(Arrival, Outcome)> = Vec::with_capacity(batch.len());
        for arrival in batch {
            let outcome = match arrival.submission.plan(&self.project) {
                Plan::AlreadyIn(id) => Outcome::AlreadyIn(id),
                Plan::Refuse(refusal) => Outcome::Refused(refusal.0),
                Plan::Add(edit) => {
                    let id = arrival.submission.respondent_id();
                    match self.project.apply(edit) {
                        Ok(inverse) => {
                            undo.push(inverse);
                            Outcome::Added(id)
                        }
                        Err(e) => Outcome::Refused(e.to_string()),
                    }
                }
            };
            answers.push((arrival, outcome));
        }
        if !undo.is_empty() {
            self.last_save = Some(Instant::now());
            if let Err(error) = io::save_project(self.path, &self.project) {
                eprintln!("kanoscope: {error}");
                // Nothing of this group is kept: the phones are told so and will retry.
                for inverse in undo.into_iter().rev() {
                    let _ = self.project.apply(inverse);
                }
                let lost: Vec<String> = answers
                    .iter()
                    .filter_map(|(_, o)| match o {
                        Outcome::Added(id) => Some(id.clone()),
                        _ => None,
                    })
                    .collect();
                for (_, outcome) in &mut answers {
                    if let Outcome::Added(id) | Outcome::AlreadyIn(id) = outcome
                        && lost.contains(id)
                    {
                        *outcome = Outcome::NotSaved(error.to_string());
                    }
                }
            }
        }
        for (arrival, outcome) in answers {
            arrival.answer(outcome);
        }
    }
}
