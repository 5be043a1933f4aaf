//! Error details in the person's language, through the studio window: in Chinese, a broken
//! project file, a survey export that cannot be imported and a refused change each show a notice
//! whose detail is Chinese too, with nothing English left but the values it names (the file, the
//! JSON path, the column, the cell).
//!
//! The studio runs in Chinese with the bundled font, as in `tests/i18n`: egui_kittest panics on a
//! missing glyph, so this also proves the font covers the error texts.

// A test fails by panicking, so unwrapping is how it reports a broken expectation.
#![allow(clippy::unwrap_used)]

use eframe::egui;
use egui_kittest::{Harness, kittest::Queryable};
use kanoscope::app::{ScriptedDialogs, StudioApp};
use kanoscope::i18n::Lang;
use kanoscope::io::samples::Sample;
use kanoscope::project::{Edit, Feature};
use kanoscope::ui::{Action, Command};
use support::command;
use tempfile::TempDir;

mod support;

/// English words a Chinese notice may hold: the product's name and file-format terms.
const ALLOWED_WORDS: &[&str] = &["Kanoscope", "JSON", "json", "kano", "CSV", "Ctrl"];

fn chinese_studio(dialogs: ScriptedDialogs) -> Harness<'static, StudioApp> {
    support::studio(Lang::Zh, dialogs)
}

/// The last notice, which must be an error.
fn error_notice(harness: &Harness<'_, StudioApp>) -> String {
    let notice = harness.state().notices().last().unwrap();
    assert!(notice.is_error, "{}", notice.text);
    notice.text.clone()
}

/// The English words of `text` once `values` are taken out.
fn english_words(text: &str, values: &[&str]) -> Vec<String> {
    let mut rest = text.to_owned();
    for value in values {
        rest = rest.replace(value, " ");
    }
    rest.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3 && !ALLOWED_WORDS.contains(w))
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_cut_off_project_file_says_so_in_chinese() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("地铁.kano.json");
    let text = Sample::MetroChinese.text();
    let mut cut = text.len() / 2;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    std::fs::write(&path, &text[..cut]).unwrap();
    // Where the reader stops: the notice may name this JSON path, which is a value.
    let parsed = kanoscope::io::parse_project(&text.as_bytes()[..cut]).unwrap_err();
    let json_path = parsed.path.clone().unwrap_or_default();
    let (line, column) = parsed.position.unwrap();

    let mut dialogs = ScriptedDialogs::default();
    dialogs.open.push_back(Some(path.clone()));
    let mut harness = chinese_studio(dialogs);
    command(&mut harness, Command::Open);

    let notice = error_notice(&harness);
    assert!(notice.starts_with("无法打开文件。"), "{notice}");
    assert!(notice.contains("文件过早结束"), "{notice}");
    assert!(
        notice.contains(&format!("第 {line} 行，第 {column} 列")),
        "{notice}"
    );
    assert!(notice.contains("当前打开的项目没有改变"), "{notice}");
    let shown = path.display().to_string();
    assert_eq!(
        english_words(&notice, &[&shown, &json_path]),
        Vec::<String>::new(),
        "{notice}"
    );
    // On screen, drawn with the bundled font.
    assert!(harness.query_by_label_contains("文件过早结束").is_some());
}

#[test]
fn a_survey_export_with_an_unknown_answer_is_flagged_in_chinese_and_nothing_changes() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("问卷.csv");
    std::fs::write(
        &path,
        "编号,wifi_functional,wifi_dysfunctional\nr1,我很喜欢,我很不喜欢\nr2,超级喜欢,我很不喜欢\n",
    )
    .unwrap();
    let mut dialogs = ScriptedDialogs::default();
    dialogs.import.push_back(Some(path.clone()));
    let mut harness = chinese_studio(dialogs);
    let before = harness.state().document().project().clone();
    command(&mut harness, Command::Import);

    // The import dialog lists the unknown text and says, in Chinese, what blocks the import.
    harness.get_by_label("超级喜欢");
    let blocking = harness
        .query_by_label_contains("种回答文字无法识别")
        .expect("the dialog says an answer text is not recognised");
    let text = {
        use egui_kittest::kittest::NodeT;
        blocking.accesskit_node().label().unwrap_or_default()
    };
    assert_eq!(english_words(&text, &[]), Vec::<String>::new(), "{text}");
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(*harness.state().document().project(), before);
}

#[test]
fn a_survey_export_that_is_a_folder_says_so_in_chinese() {
    let dir = TempDir::new().unwrap();
    let folder = dir.path().join("导出");
    std::fs::create_dir(&folder).unwrap();
    let mut dialogs = ScriptedDialogs::default();
    dialogs.import.push_back(Some(folder.clone()));
    let mut harness = chinese_studio(dialogs);
    command(&mut harness, Command::Import);

    let notice = error_notice(&harness);
    assert!(
        notice.contains("无法读取文件：这是文件夹，不是文件"),
        "{notice}"
    );
    let shown = folder.display().to_string();
    assert_eq!(
        english_words(&notice, &[&shown]),
        Vec::<String>::new(),
        "{notice}"
    );
}

#[test]
fn a_refused_change_says_why_in_chinese() {
    let mut harness = chinese_studio(ScriptedDialogs::default());
    let before = harness.state().document().project().features().len();
    let feature = |id: &str| Feature {
        id: id.to_owned(),
        ..Feature::default()
    };
    for _ in 0..2 {
        harness.state_mut().queue(Action::Edit {
            edit: Edit::InsertFeature {
                index: 0,
                feature: feature("网络-7"),
                responses: Vec::new(),
            },
            label: "添加功能".to_owned(),
            merge: None,
        });
        harness.run();
    }
    let notice = error_notice(&harness);
    assert_eq!(notice, "未能进行此更改：另一个功能已在使用 ID「网络-7」。");
    assert_eq!(
        harness.state().document().project().features().len(),
        before + 1
    );
}
