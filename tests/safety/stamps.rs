//! Telling that the open file changed on disk: a stamp taken at load or save matches the file
//! until someone else writes it; touching it without changing it is not a change; a rewrite of
//! the same size is; a removed file is reported as such.

use super::common::{sample, version};
use kanoscope::io::{
    ContentHash, DiskChange, FileStamp, Limits, RealDisk, changed_on_disk, disk_change,
    looks_changed, project_to_json, read_project_with_progress, save_project_with,
};
use std::time::{Duration, SystemTime};
use tempfile::TempDir;

#[test]
fn a_saved_file_is_unchanged_until_someone_else_writes_it() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("plan.kano.json");
    let stamp = save_project_with(&path, &sample(), &mut RealDisk)
        .unwrap()
        .stamp;
    assert_eq!(stamp, FileStamp::read(&path).unwrap());
    assert!(!changed_on_disk(&path, &stamp).unwrap());
    assert!(!looks_changed(&path, &stamp));

    // Another program appends a line.
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push('\n');
    std::fs::write(&path, &text).unwrap();
    assert!(looks_changed(&path, &stamp));
    assert_eq!(disk_change(&path, &stamp).unwrap(), DiskChange::Modified);
}

#[test]
fn a_same_size_rewrite_is_a_change_even_with_the_same_time() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("plan.kano.json");
    let loaded_text = project_to_json(&version("aaaa"));
    std::fs::write(&path, &loaded_text).unwrap();
    let loaded = read_project_with_progress(&path, &Limits::default(), &|_| {}).unwrap();
    let stamp = loaded.stamp;
    assert_eq!(stamp, FileStamp::read(&path).unwrap());
    // A colleague's sync tool writes a title of the same length and restores the time: only
    // the contents tell.
    let file = std::fs::File::options().write(true).open(&path).unwrap();
    std::fs::write(&path, project_to_json(&version("bbbb"))).unwrap();
    if let Some(modified) = stamp.modified {
        file.set_modified(modified).unwrap();
    }
    assert!(!looks_changed(&path, &stamp), "the cheap look cannot tell");
    assert_eq!(disk_change(&path, &stamp).unwrap(), DiskChange::Modified);
}

#[test]
fn a_file_touched_but_not_changed_is_unchanged() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("plan.kano.json");
    let stamp = save_project_with(&path, &version("one"), &mut RealDisk)
        .unwrap()
        .stamp;
    let file = std::fs::File::options().write(true).open(&path).unwrap();
    file.set_modified(SystemTime::now() + Duration::from_secs(60))
        .unwrap();
    assert!(looks_changed(&path, &stamp), "the time changed");
    assert_eq!(disk_change(&path, &stamp).unwrap(), DiskChange::Unchanged);
    // Copied back unchanged by another program: also unchanged.
    let bytes = std::fs::read(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    std::fs::write(&path, bytes).unwrap();
    assert!(!changed_on_disk(&path, &stamp).unwrap());
}

#[test]
fn a_removed_or_replaced_by_a_folder_file_is_reported() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("plan.kano.json");
    let stamp = save_project_with(&path, &version("one"), &mut RealDisk)
        .unwrap()
        .stamp;
    std::fs::remove_file(&path).unwrap();
    assert_eq!(disk_change(&path, &stamp).unwrap(), DiskChange::Removed);
    assert!(changed_on_disk(&path, &stamp).unwrap());
    assert!(looks_changed(&path, &stamp));
    std::fs::create_dir(&path).unwrap();
    assert_eq!(disk_change(&path, &stamp).unwrap(), DiskChange::Modified);
}

#[test]
fn the_content_hash_does_not_depend_on_how_the_bytes_are_cut() {
    let bytes: Vec<u8> = (0..300_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let mut whole = ContentHash::new();
    whole.update(&bytes);
    for piece in [1, 7, 4096, 65_535, 65_536, 65_537, 200_000] {
        let mut cut = ContentHash::new();
        for chunk in bytes.chunks(piece) {
            cut.update(chunk);
        }
        assert_eq!(cut.finish(), whole.finish(), "pieces of {piece}");
    }
    // And it does depend on the bytes.
    let mut other = bytes.clone();
    other[150_000] ^= 1;
    let mut changed = ContentHash::new();
    changed.update(&other);
    assert_ne!(changed.finish(), whole.finish());
    let mut shorter = ContentHash::new();
    shorter.update(&bytes[..bytes.len() - 1]);
    assert_ne!(shorter.finish(), whole.finish());
}
