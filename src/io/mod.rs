//! The outside world: project files (versioned JSON, atomic saves with a backup, defensive
//! loading, change detection, recovery copies) and survey exports ([`import`]).
//!
//! Everything here turns bytes into a [`crate::project::Project`] or back, and reports bad input
//! with a message that names the file, the place in it and what was expected. Nothing here
//! panics on input, and nothing here decides what to show a person: callers do that.

mod atomic;
mod backup;
pub mod import;
mod load;
mod parse_error;
mod project_file;
mod project_writer;
pub mod recovery;
pub mod samples;
mod save;
mod stamp;
mod system;
pub mod text_limits;

pub use atomic::{
    RealDisk, SaveStep, SaveSteps, StepError, write_all_atomically, write_all_atomically_with,
    write_atomically, write_atomically_with,
};
pub use backup::{Backup, backup_path, replace_keeping_backup};
pub(crate) use load::megabytes;
pub use load::{Limits, LoadError, Loaded, Progress, read_project, read_project_with_progress};
pub use parse_error::{FEATURES_FIELD, FORMAT_FIELD, IMPORTANCE_SCALE_FIELD, RESPONDENTS_FIELD};
pub use project_file::{FORMAT_NAME, FORMAT_VERSION, ParseError, ParseProblem, parse_project};
pub use project_writer::project_to_json;
pub use save::{SaveError, SaveProblem, Saved, save_project, save_project_with};
pub use stamp::{ContentHash, DiskChange, FileStamp, changed_on_disk, disk_change, looks_changed};
pub use system::{FileTrouble, SystemError};
