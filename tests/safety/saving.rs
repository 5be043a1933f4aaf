//! Saving keeps the previous version as `NAME.bak`, and a save that fails at any step (injected
//! through `SaveSteps`, or real: a folder in the way, a missing folder) says why and leaves the
//! old file byte-identical, the backup as it was, and no temporary file behind.

use super::common::{listing, sample, version};
use kanoscope::io::{
    Backup, SaveProblem, SaveStep, SaveSteps, backup_path, project_to_json, read_project,
    save_project, save_project_with,
};
use std::fs::File;
use std::io::{Error, ErrorKind, Write};
use std::path::{Path, PathBuf};
use tempfile::TempDir;

const NAME: &str = "plan.kano.json";
const BAK: &str = "plan.kano.json.bak";

/// A folder holding `plan.kano.json` saved twice (versions "one" then "two"), so that both the
/// file and its backup exist; returns their bytes.
fn saved_twice() -> (TempDir, PathBuf, Vec<u8>, Vec<u8>) {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join(NAME);
    save_project(&path, &version("one")).unwrap();
    save_project(&path, &sample()).unwrap();
    let old = std::fs::read(&path).unwrap();
    let bak = std::fs::read(backup_path(&path)).unwrap();
    (dir, path, old, bak)
}

/// Saves a new version with `steps` over [`saved_twice`], expects it to fail with `problem`, and
/// checks that nothing changed.
fn check_failure(steps: &mut dyn SaveSteps, problem: SaveProblem, words: &str) {
    let (dir, path, old, bak) = saved_twice();
    let error = save_project_with(&path, &version("three"), steps).unwrap_err();
    assert_eq!(error.problem(), problem, "{error}");
    assert_eq!(error.path, path);
    let message = error.to_string();
    assert!(message.contains(words), "{message}");
    assert!(
        message.ends_with("the previous file is unchanged"),
        "{message}"
    );
    assert_unchanged(dir.path(), &old, &bak);
}

fn assert_unchanged(dir: &Path, old: &[u8], bak: &[u8]) {
    assert!(
        std::fs::read(dir.join(NAME)).unwrap() == old,
        "the old file changed"
    );
    assert!(
        std::fs::read(dir.join(BAK)).unwrap() == bak,
        "the backup changed"
    );
    assert_eq!(listing(dir), [NAME, BAK], "something was left behind");
}

#[test]
fn each_save_keeps_the_version_before_it_as_bak() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join(NAME);
    let first = save_project_with(&path, &version("one"), &mut kanoscope::io::RealDisk).unwrap();
    assert!(matches!(first.backup, Backup::NoPreviousFile));
    assert_eq!(listing(dir.path()), [NAME]);
    for (previous, next) in [("one", "two"), ("two", "three")] {
        let saved = save_project_with(&path, &version(next), &mut kanoscope::io::RealDisk).unwrap();
        match saved.backup {
            Backup::Kept(bak) => assert_eq!(bak, dir.path().join(BAK)),
            other => panic!("expected a backup, got {other:?}"),
        }
        assert_eq!(read_project(&path).unwrap(), version(next));
        assert_eq!(
            std::fs::read_to_string(dir.path().join(BAK)).unwrap(),
            project_to_json(&version(previous))
        );
        assert_eq!(listing(dir.path()), [NAME, BAK]);
    }
}

#[test]
fn a_file_removed_since_it_was_opened_is_saved_again_and_the_old_backup_stays() {
    let (dir, path, _, bak) = saved_twice();
    std::fs::remove_file(&path).unwrap();
    save_project(&path, &version("three")).unwrap();
    assert_eq!(read_project(&path).unwrap(), version("three"));
    assert!(std::fs::read(dir.path().join(BAK)).unwrap() == bak);
}

type WriteStep = Box<dyn FnMut(&mut File, &[u8]) -> std::io::Result<()>>;
type SyncStep = Box<dyn FnMut(&File) -> std::io::Result<()>>;
type RenameStep = Box<dyn FnMut(&Path, &Path) -> std::io::Result<()>>;

/// Real disk steps, except those a test overrides through the closures.
#[derive(Default)]
struct Faulty {
    write: Option<WriteStep>,
    sync: Option<SyncStep>,
    hard_link: Option<std::io::ErrorKind>,
    copy: Option<std::io::ErrorKind>,
    /// Called with (from, to) before the real rename; an error stops it.
    rename: Option<RenameStep>,
    create: Option<std::io::ErrorKind>,
}

impl SaveSteps for Faulty {
    fn create_new(&mut self, path: &Path) -> std::io::Result<File> {
        match self.create {
            Some(kind) => Err(Error::from(kind)),
            None => kanoscope::io::RealDisk.create_new(path),
        }
    }
    fn write(&mut self, file: &mut File, bytes: &[u8]) -> std::io::Result<()> {
        match &mut self.write {
            Some(write) => write(file, bytes),
            None => kanoscope::io::RealDisk.write(file, bytes),
        }
    }
    fn sync(&mut self, file: &File) -> std::io::Result<()> {
        match &mut self.sync {
            Some(sync) => sync(file),
            None => file.sync_all(),
        }
    }
    fn hard_link(&mut self, from: &Path, to: &Path) -> std::io::Result<()> {
        match self.hard_link {
            Some(kind) => Err(Error::from(kind)),
            None => std::fs::hard_link(from, to),
        }
    }
    fn copy(&mut self, from: &Path, to: &Path) -> std::io::Result<()> {
        match self.copy {
            Some(kind) => Err(Error::from(kind)),
            None => kanoscope::io::RealDisk.copy(from, to),
        }
    }
    fn rename(&mut self, from: &Path, to: &Path) -> std::io::Result<()> {
        if let Some(rename) = &mut self.rename {
            rename(from, to)?;
        }
        std::fs::rename(from, to)
    }
}

#[test]
fn a_disk_that_fills_up_half_way_through_the_write() {
    let mut steps = Faulty {
        write: Some(Box::new(|file, bytes| {
            file.write_all(&bytes[..bytes.len() / 2])?;
            Err(Error::from(ErrorKind::StorageFull))
        })),
        ..Faulty::default()
    };
    check_failure(&mut steps, SaveProblem::DiskFull, "the disk is full");
}

#[test]
fn a_write_cut_short_without_an_error_is_caught_before_the_rename() {
    let mut steps = Faulty {
        write: Some(Box::new(|file, bytes| {
            file.write_all(&bytes[..bytes.len() / 3])
        })),
        ..Faulty::default()
    };
    check_failure(
        &mut steps,
        SaveProblem::Incomplete,
        "the disk did not keep everything written",
    );
}

#[test]
fn a_temporary_file_truncated_before_the_rename_is_caught() {
    let mut steps = Faulty {
        sync: Some(Box::new(|file| {
            file.set_len(10)?;
            file.sync_all()
        })),
        ..Faulty::default()
    };
    check_failure(&mut steps, SaveProblem::Incomplete, "holds 10 bytes");
}

#[test]
fn a_failed_flush_to_disk() {
    let mut steps = Faulty {
        sync: Some(Box::new(|_| Err(Error::other("input/output error")))),
        ..Faulty::default()
    };
    check_failure(&mut steps, SaveProblem::Other, "input/output error");
}

#[test]
fn a_rename_that_is_refused() {
    let mut steps = Faulty {
        rename: Some(Box::new(|_, _| {
            Err(Error::from(ErrorKind::PermissionDenied))
        })),
        ..Faulty::default()
    };
    check_failure(&mut steps, SaveProblem::NoPermission, "no permission");
}

#[test]
fn a_temporary_file_removed_by_another_program_before_the_rename() {
    let mut steps = Faulty {
        rename: Some(Box::new(|from, _| {
            std::fs::remove_file(from)?;
            Ok(())
        })),
        ..Faulty::default()
    };
    check_failure(&mut steps, SaveProblem::Vanished, "disappeared");
}

#[test]
fn a_read_only_disk() {
    let mut steps = Faulty {
        create: Some(ErrorKind::ReadOnlyFilesystem),
        ..Faulty::default()
    };
    check_failure(&mut steps, SaveProblem::ReadOnly, "read-only");
}

#[test]
fn a_backup_that_cannot_be_made_stops_the_save_before_anything_changes() {
    let mut steps = Faulty {
        hard_link: Some(ErrorKind::Unsupported),
        copy: Some(ErrorKind::StorageFull),
        ..Faulty::default()
    };
    check_failure(&mut steps, SaveProblem::DiskFull, "the disk is full");
}

#[test]
fn without_hard_links_the_backup_is_a_copy() {
    let (dir, path, old, _) = saved_twice();
    let mut steps = Faulty {
        hard_link: Some(ErrorKind::Unsupported),
        ..Faulty::default()
    };
    save_project_with(&path, &version("three"), &mut steps).unwrap();
    assert_eq!(read_project(&path).unwrap(), version("three"));
    assert!(std::fs::read(dir.path().join(BAK)).unwrap() == old);
    assert_eq!(listing(dir.path()), [NAME, BAK]);
}

#[test]
fn a_backup_rename_that_fails_after_the_save_reports_it_and_leaves_no_clutter() {
    let (dir, path, _, bak) = saved_twice();
    let mut steps = Faulty {
        rename: Some(Box::new(|_, to| {
            if to.to_string_lossy().ends_with(".bak") {
                Err(Error::from(ErrorKind::PermissionDenied))
            } else {
                Ok(())
            }
        })),
        ..Faulty::default()
    };
    let saved = save_project_with(&path, &version("three"), &mut steps).unwrap();
    assert!(matches!(saved.backup, Backup::NotKept(_)), "{saved:?}");
    assert_eq!(read_project(&path).unwrap(), version("three"));
    assert!(std::fs::read(dir.path().join(BAK)).unwrap() == bak);
    assert_eq!(listing(dir.path()), [NAME, BAK]);
}

/// The closest a test can come to killing the app mid-save: a step that never returns. The
/// old file and the backup are as they were and the temporary files are gone.
#[test]
fn a_save_that_dies_at_any_step_leaves_the_old_file_whole() {
    type Die = fn(&mut Faulty);
    let deaths: [(&str, Die); 4] = [
        ("writing", |s| {
            s.write = Some(Box::new(|file, bytes| {
                file.write_all(&bytes[..bytes.len() / 2]).unwrap();
                panic!("killed while writing")
            }))
        }),
        ("syncing", |s| {
            s.sync = Some(Box::new(|_| panic!("killed while syncing")))
        }),
        ("renaming", |s| {
            s.rename = Some(Box::new(|_, _| panic!("killed before the rename")))
        }),
        ("backing up", |s| {
            s.rename = Some(Box::new(|_, to| {
                assert!(!to.to_string_lossy().ends_with(".bak"), "killed");
                Ok(())
            }))
        }),
    ];
    for (when, die) in deaths {
        let (dir, path, old, bak) = saved_twice();
        let mut steps = Faulty::default();
        die(&mut steps);
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            save_project_with(&path, &version("three"), &mut steps)
        }));
        assert!(outcome.is_err(), "{when}: the step should have died");
        if when == "backing up" {
            // Killed after the switch but before the backup's rename: the new file is whole,
            // the backup is still the version before, and the second name is cleaned away.
            assert_eq!(read_project(&path).unwrap(), version("three"), "{when}");
            assert!(
                std::fs::read(dir.path().join(BAK)).unwrap() == bak,
                "{when}"
            );
            assert_eq!(listing(dir.path()), [NAME, BAK], "{when}");
        } else {
            assert_unchanged(dir.path(), &old, &bak);
        }
    }
}

#[test]
fn a_folder_where_the_file_or_its_backup_should_go_is_refused_before_writing() {
    for blocked in [NAME, BAK] {
        let dir = TempDir::new().unwrap();
        let path = dir.path().join(NAME);
        if blocked == BAK {
            std::fs::write(&path, "old").unwrap();
        }
        std::fs::create_dir(dir.path().join(blocked)).unwrap();
        let error = save_project(&path, &version("new")).unwrap_err();
        assert_eq!(error.problem(), SaveProblem::FolderInTheWay, "{error}");
        assert_eq!(error.step, SaveStep::Check);
        assert!(error.to_string().contains("folder"), "{error}");
        assert!(dir.path().join(blocked).is_dir());
        let expected: Vec<&str> = if blocked == BAK {
            vec![NAME, BAK]
        } else {
            vec![NAME]
        };
        assert_eq!(listing(dir.path()), expected);
        if blocked == BAK {
            assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        }
    }
}

#[test]
fn a_folder_that_no_longer_exists_is_named() {
    let dir = TempDir::new().unwrap();
    let folder = dir.path().join("gone");
    let path = folder.join(NAME);
    let error = save_project(&path, &version("new")).unwrap_err();
    assert_eq!(error.problem(), SaveProblem::FolderMissing, "{error}");
    assert!(error.to_string().contains("does not exist"), "{error}");
    assert!(error.to_string().contains("gone"), "{error}");
    assert!(listing(dir.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn saving_through_a_symbolic_link_updates_the_linked_file() {
    let dir = TempDir::new().unwrap();
    let real = dir.path().join("real");
    std::fs::create_dir(&real).unwrap();
    let target = real.join(NAME);
    save_project(&target, &version("one")).unwrap();
    let link = dir.path().join("link.kano.json");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    save_project(&link, &version("two")).unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(read_project(&target).unwrap(), version("two"));
    assert_eq!(read_project(&real.join(BAK)).unwrap(), version("one"));
    assert_eq!(listing(&real), [NAME, BAK]);
}
