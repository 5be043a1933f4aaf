//! Every input that ever crashed a fuzz target (fuzz/, `cargo +nightly fuzz run <target>`), kept
//! in tests/data/fuzz-regressions/ as `<target>-<what>.<ext>` and checked the way that target
//! checks it: the loader (or the recovery listing) answers without panicking, and whatever it
//! accepts saves and loads back equal, with tallies equal to a fresh count.

use kanoscope::io::recovery::{self, DocumentId};

#[path = "../../fuzz/fuzz_targets/import_options.rs"]
mod import_options;
use kanoscope::io::{parse_project, project_to_json};
use kanoscope::project::{Project, Tallies};
use std::path::Path;
use tempfile::TempDir;

/// What the fuzz targets check once the loader accepted something (fuzz/fuzz_targets/check.rs).
fn accepted(name: &str, project: &Project) {
    let again = parse_project(project_to_json(project).as_bytes())
        .unwrap_or_else(|e| panic!("{name}: does not load back: {e}"));
    assert_eq!(&again, project, "{name}: loads back different");
    let fresh = Tallies::count(project.features().len(), project.respondents());
    assert_eq!(fresh.all(), project.tallies().all(), "{name}: tallies");
}

/// The `project_bytes` and `project_structured` targets.
fn as_project_file(name: &str, bytes: &[u8]) {
    if let Ok(project) = parse_project(bytes) {
        accepted(name, &project);
    }
}

/// The `import_survey` target: the first byte picks the options, the rest is the file.
fn as_survey_export(name: &str, bytes: &[u8]) {
    use kanoscope::io::import::import_bytes;
    let Some((&flags, bytes)) = bytes.split_first() else {
        return;
    };
    let options = import_options::from_flags(flags);
    match import_bytes(bytes, &options) {
        Ok(project) => accepted(name, &project),
        // An error must say something a person can act on.
        Err(error) => assert!(!error.to_string().is_empty(), "{name}: empty message"),
    }
}

/// The `recovery_copy` target.
fn as_recovery_copy(name: &str, bytes: &[u8]) {
    let dir = TempDir::new().unwrap();
    std::fs::write(recovery::copy_path(dir.path(), DocumentId(1)), bytes).unwrap();
    for info in recovery::find(dir.path()).unwrap() {
        if info.problem.is_none()
            && let Ok(project) = recovery::restore(&info.file)
        {
            accepted(name, &project);
        }
    }
}

#[test]
fn every_input_that_once_crashed_a_fuzz_target_is_handled() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz-regressions");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".md") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        if name.starts_with("recovery_copy-") {
            as_recovery_copy(&name, &bytes);
        } else if name.starts_with("import_survey-") {
            as_survey_export(&name, &bytes);
        } else if name.starts_with("project_bytes-") || name.starts_with("project_structured-") {
            as_project_file(&name, &bytes);
        } else {
            panic!("{name}: name it after the fuzz target it crashed");
        }
        checked += 1;
    }
    assert!(checked > 0, "no regression inputs in {}", dir.display());
}
