//! Recovery copies: written atomically, listed newest first with when, what and how many
//! respondents, restored equal to the project, removed; damaged copies are listed with their
//! problem and refused on restore, never a crash.

use super::common::{listing, sample, version};
use kanoscope::io::recovery::{self, DocumentId, RecoveryMeta};
use kanoscope::io::{LoadError, read_project};
use std::path::Path;
use std::time::{Duration, SystemTime};
use tempfile::TempDir;

fn at(seconds: u64) -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_millis(seconds * 1000 + 250)
}

#[test]
fn a_copy_is_found_with_its_details_and_restores_the_project() {
    let dir = TempDir::new().unwrap();
    let folder = dir.path().join("recovery");
    let project = sample();
    let original = Path::new("/home/mei/Metro line 11 ✓.kano.json");
    let meta = RecoveryMeta {
        document: DocumentId(0xfeed),
        original: Some(original),
        saved_at: at(1_750_000_000),
    };
    let file = recovery::write(&folder, &project, &meta).unwrap();
    assert_eq!(file, recovery::copy_path(&folder, DocumentId(0xfeed)));
    let found = recovery::find(&folder).unwrap();
    assert_eq!(found.len(), 1);
    let info = &found[0];
    assert_eq!(info.problem, None);
    assert_eq!(info.file, file);
    assert_eq!(info.document, Some(DocumentId(0xfeed)));
    assert_eq!(info.original.as_deref(), Some(original));
    assert_eq!(info.saved_at, Some(at(1_750_000_000)));
    assert_eq!(info.title, project.title());
    assert_eq!(info.respondents, project.respondents().len());
    assert_eq!(info.features, project.features().len());
    assert_eq!(recovery::restore(&info.file).unwrap(), project);
    // A copy is an ordinary project file too.
    assert_eq!(read_project(&info.file).unwrap(), project);
    recovery::remove(&info.file).unwrap();
    assert!(recovery::find(&folder).unwrap().is_empty());
    assert!(listing(&folder).is_empty(), "{:?}", listing(&folder));
    // Removing it twice is fine.
    recovery::remove(&info.file).unwrap();
}

#[test]
fn later_copies_of_a_document_replace_earlier_ones_and_documents_list_newest_first() {
    let dir = TempDir::new().unwrap();
    let one = DocumentId::new();
    let two = DocumentId::new();
    assert_ne!(one, two);
    let write = |document, project, seconds| {
        let meta = RecoveryMeta {
            document,
            original: None,
            saved_at: at(seconds),
        };
        recovery::write(dir.path(), &project, &meta).unwrap();
    };
    write(one, version("one, first"), 100);
    write(two, version("two"), 200);
    write(one, version("one, second"), 300);
    let found = recovery::find(dir.path()).unwrap();
    let titles: Vec<&str> = found.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["one, second", "two"]);
    assert_eq!(found[0].original, None);
    assert_eq!(
        recovery::restore(&found[0].file).unwrap(),
        version("one, second")
    );
    assert_eq!(listing(dir.path()).len(), 2);
}

#[test]
fn damaged_copies_are_listed_with_their_problem_and_refused_on_restore() {
    let dir = TempDir::new().unwrap();
    let good = recovery::write(
        dir.path(),
        &version("good"),
        &RecoveryMeta {
            document: DocumentId(1),
            original: None,
            saved_at: at(10),
        },
    )
    .unwrap();
    let text = std::fs::read_to_string(&good).unwrap();
    let damage: [(u64, Vec<u8>); 6] = [
        (2, b"garbage".to_vec()),
        (3, Vec::new()),
        (4, text.as_bytes()[..text.len() / 2].to_vec()),
        (
            5,
            text.replacen("\"version\":1,", "\"version\":9,", 1)
                .into_bytes(),
        ),
        (6, "{\"kanoscope-recovery\": ".repeat(10_000).into_bytes()),
        (7, vec![0xff; 300]),
    ];
    for (k, bytes) in &damage {
        std::fs::write(recovery::copy_path(dir.path(), DocumentId(*k)), bytes).unwrap();
    }
    // Same length, body damaged: the header reads fine, restoring does not.
    let flipped = text.replacen("\"like\"", "\"lyke\"", 1);
    assert_eq!(flipped.len(), text.len());
    let body_damaged = recovery::copy_path(dir.path(), DocumentId(8));
    std::fs::write(&body_damaged, flipped).unwrap();
    // Files that are not copies are left alone.
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();

    let found = recovery::find(dir.path()).unwrap();
    assert_eq!(found.len(), 8);
    let damaged: Vec<_> = found.iter().filter(|i| i.problem.is_some()).collect();
    assert_eq!(damaged.len(), 6, "{found:#?}");
    assert!(
        found[..2].iter().all(|i| i.problem.is_none()),
        "usable copies come first"
    );
    let problem_of = |k: u64| {
        let file = recovery::copy_path(dir.path(), DocumentId(k));
        found
            .iter()
            .find(|i| i.file == file)
            .and_then(|i| i.problem.as_ref())
            .unwrap()
            .to_string()
    };
    assert!(problem_of(2).contains("header"), "{}", problem_of(2));
    assert!(problem_of(4).contains("cut off"), "{}", problem_of(4));
    assert!(problem_of(5).contains("newer"), "{}", problem_of(5));
    // All but the copy from a newer Kanoscope, whose project part is intact.
    for (k, _) in damage.iter().filter(|(k, _)| *k != 5) {
        let file = recovery::copy_path(dir.path(), DocumentId(*k));
        assert!(recovery::restore(&file).is_err(), "{k}");
    }
    match recovery::restore(&body_damaged) {
        Err(LoadError::Invalid { error, .. }) => {
            assert!(error.message().contains("lyke"), "{error}")
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(recovery::restore(&good).unwrap(), version("good"));
}

#[test]
fn a_header_with_absurd_numbers_is_damage_not_a_crash() {
    let dir = TempDir::new().unwrap();
    let meta = RecoveryMeta {
        document: DocumentId(1),
        original: None,
        saved_at: at(10),
    };
    let file = recovery::write(dir.path(), &version("v"), &meta).unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    let body_bytes = text.split("\"body_bytes\":").nth(1).unwrap();
    let body_bytes = &body_bytes[..body_bytes.find('}').unwrap()];
    for (field, value) in [
        (format!("\"body_bytes\":{body_bytes}"), u64::MAX.to_string()),
        ("\"saved_at_ms\":10250".to_owned(), u64::MAX.to_string()),
    ] {
        let key = &field[..field.find(':').unwrap() + 1];
        std::fs::write(&file, text.replacen(&field, &format!("{key}{value}"), 1)).unwrap();
        let found = recovery::find(dir.path()).unwrap();
        assert_eq!(found.len(), 1);
        if key.contains("body_bytes") {
            assert!(found[0].problem.is_some(), "{found:?}");
        } else {
            // A time far in the future is odd but harmless: the copy is still usable.
            assert_eq!(found[0].problem, None, "{found:?}");
            assert_eq!(recovery::restore(&file).unwrap(), version("v"));
        }
    }
}

#[test]
fn finding_in_a_folder_that_does_not_exist_finds_nothing() {
    let dir = TempDir::new().unwrap();
    assert!(
        recovery::find(&dir.path().join("never made"))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn remove_touches_nothing_but_recovery_copies() {
    let dir = TempDir::new().unwrap();
    let precious = dir.path().join("plan.kano.json");
    std::fs::write(&precious, "mine").unwrap();
    assert!(recovery::remove(&precious).is_err());
    assert_eq!(std::fs::read_to_string(&precious).unwrap(), "mine");
}
