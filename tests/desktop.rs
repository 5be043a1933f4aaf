//! How Kanoscope shows itself on a desktop. The Linux desktop files in `packaging/linux/` agree
//! with the program: the desktop entry is named after the window's application id and runs the
//! binary on the file it is given; the file type it opens is the one shared-mime-info learns,
//! matching the files the studio saves (by name and by content) and named as the studio names
//! them. `scripts/check-package.sh` checks the same files once installed; this catches a
//! mismatch without building a package. The About box shows the icon and the commit.

mod support;

use eframe::egui;
use egui_kittest::kittest::Queryable;
use kanoscope::app::desktop::APP_ID;
use kanoscope::app::{ScriptedDialogs, with_project_extension};
use kanoscope::i18n::{Lang, fill};
use kanoscope::ui::Command;
use kanoscope::version::{COMMIT, VERSION};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn packaging_file(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("packaging/linux")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The `[Desktop Entry]` group's keys and values.
fn desktop_entry() -> BTreeMap<String, String> {
    let text = packaging_file(&format!("{APP_ID}.desktop"));
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("[Desktop Entry]"));
    lines
        .take_while(|line| !line.starts_with('['))
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (key, value) = line
                .split_once('=')
                .unwrap_or_else(|| panic!("not key=value: {line:?}"));
            (key.to_owned(), value.to_owned())
        })
        .collect()
}

/// What the shared-mime-info file says about its one file type.
struct MimeType {
    name: String,
    comments: BTreeMap<String, String>,
    globs: Vec<String>,
    magic: Vec<String>,
    parent: String,
}

fn mime_type() -> MimeType {
    let text = packaging_file("kanoscope.xml");
    let document = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{e}"));
    let types: Vec<_> = document
        .descendants()
        .filter(|n| n.has_tag_name("mime-type"))
        .collect();
    assert_eq!(types.len(), 1, "one file type");
    let node = types[0];
    let xml_lang = ("http://www.w3.org/XML/1998/namespace", "lang");
    let children = |tag: &str| {
        node.descendants()
            .filter(|n| n.has_tag_name(tag))
            .collect::<Vec<_>>()
    };
    MimeType {
        name: node.attribute("type").unwrap_or_default().to_owned(),
        comments: children("comment")
            .iter()
            .map(|n| {
                (
                    n.attribute(xml_lang).unwrap_or_default().to_owned(),
                    n.text().unwrap_or_default().to_owned(),
                )
            })
            .collect(),
        globs: children("glob")
            .iter()
            .filter_map(|n| n.attribute("pattern").map(str::to_owned))
            .collect(),
        magic: children("match")
            .iter()
            .filter_map(|n| n.attribute("value").map(str::to_owned))
            .collect(),
        parent: children("sub-class-of")
            .first()
            .and_then(|n| n.attribute("type"))
            .unwrap_or_default()
            .to_owned(),
    }
}

#[test]
fn the_desktop_entry_runs_this_binary_on_a_project_and_shows_the_window_icon() {
    let entry = desktop_entry();
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_kanoscope"));
    let binary = binary
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let mime = format!("{};", mime_type().name);
    let check = |key: &str, expected: &str| {
        assert_eq!(entry.get(key).map(String::as_str), Some(expected), "{key}");
    };
    check("Type", "Application");
    check("Name", "Kanoscope");
    check("Exec", &format!("{binary} %f"));
    check("TryExec", &binary);
    check("Icon", APP_ID);
    check("StartupWMClass", APP_ID);
    check("MimeType", &mime);
    check("Terminal", "false");
}

#[test]
fn the_file_type_is_the_studios_project_file_by_name_and_by_content() {
    let mime = mime_type();
    assert_eq!(mime.name, "application/x-kanoscope-project");
    assert_eq!(mime.parent, "application/json");

    // The name: what the studio's Save As gives a project.
    let saved_as = with_project_extension(PathBuf::from("metro"));
    let saved_as = saved_as.to_string_lossy();
    let stem_and_star = saved_as.replacen("metro", "*", 1);
    assert_eq!(mime.globs, [stem_and_star]);

    // The content: what a saved project holds in its first 256 bytes.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join(saved_as.as_ref());
    let project = kanoscope::io::samples::Sample::MetroEnglish.project();
    kanoscope::io::save_project(&path, &project).unwrap_or_else(|e| panic!("{e}"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{e}"));
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(256)]).into_owned();
    assert_eq!(mime.magic.len(), 1);
    assert!(
        head.contains(&mime.magic[0]),
        "{:?} not in the first 256 bytes: {head:?}",
        mime.magic[0]
    );
}

#[test]
fn the_file_type_is_named_as_the_studio_names_it_in_both_languages() {
    let comments = mime_type().comments;
    let check = |xml_lang: &str, lang: Lang| {
        assert_eq!(
            comments.get(xml_lang).map(String::as_str),
            Some(lang.texts().app.filter_project),
            "{xml_lang:?}"
        );
    };
    check("", Lang::En);
    check("zh_CN", Lang::Zh);
    assert_eq!(comments.len(), 2);
}

#[test]
fn the_about_box_shows_the_icon_and_the_version_and_commit_built() {
    for lang in Lang::ALL {
        let mut harness = support::studio(lang, ScriptedDialogs::default());
        support::command(&mut harness, Command::About);
        let icon = harness.get_by_role_and_label(egui::accesskit::Role::Image, "Kanoscope");
        assert_eq!(icon.rect().size(), egui::vec2(48.0, 48.0), "{lang:?}");
        let version = fill(
            lang.texts().app.version,
            &[("version", &VERSION), ("commit", &COMMIT)],
        );
        assert!(version.contains(COMMIT) && version.contains(VERSION));
        harness.get_by_label(&version);
    }
}
