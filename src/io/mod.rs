//! The outside world: project files (versioned JSON, atomic saves), survey exports ([`import`])
//! and, later, reports.
//!
//! Everything here turns bytes into a [`crate::project::Project`] or back, and reports bad input
//! with a message that names the file, the place in it and what was expected. Nothing here
//! panics on input, and nothing here decides what to show a person: callers do that.

mod atomic;
pub mod import;
mod project_file;
pub mod samples;

pub use atomic::write_atomically;
pub use project_file::{
    FORMAT_NAME, FORMAT_VERSION, LoadError, ParseError, SaveError, parse_project, project_to_json,
    read_project, save_project,
};
