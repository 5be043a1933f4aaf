//! The start screen (settings strip, respondent id), the survey language, and the page layout.

use super::{app, press, screen, survey_harness, take_survey};
use eframe::egui;
use egui_kittest::{Harness, kittest::Queryable};
use kanoscope::app::StudioApp;
use kanoscope::i18n::Lang;
use kanoscope::io::samples::Sample;
use kanoscope::project::{PageLayout, SurveySettings};
use kanoscope::ui::fonts::install_bundled;
use kanoscope::ui::{Action, Command};

#[test]
fn a_chinese_survey_shows_the_standard_chinese_answers_in_an_english_studio() {
    let project = Sample::MetroEnglish.project().with_survey(SurveySettings {
        language: Lang::Zh,
        ..SurveySettings::default()
    });
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_context_setup(install_bundled)
        .build_ui_state(|ui, app: &mut StudioApp| app.show(ui), app(project));
    take_survey(&mut harness);
    harness.get_by_label("开始问卷（回车）");
    press(&mut harness, egui::Key::Enter);
    harness.get_by_label("第 1–2 题，共 28 题");
    for answer in ["我很喜欢", "我很不喜欢"] {
        let buttons = harness.query_all_by_label_contains(answer).count();
        assert!(buttons >= 2, "{answer} on both questions, found {buttons}");
    }
    assert!(harness.query_by_label_contains("I like it").is_none());
    // The facilitator's bits stay in the interface language.
    harness.get_by_label("Facilitator: Esc to leave");
}

#[test]
fn the_facilitator_strip_sets_single_pages_and_importance_undoably() {
    let mut harness = survey_harness(Sample::MetroEnglish.project());
    harness
        .get_by_label("Survey settings (facilitator)")
        .click();
    harness.run();
    harness.get_by_label("One question per page").click();
    harness.run();
    harness.get_by_label("Ask importance (1–9)").click();
    harness.run();
    let survey = *harness.state().document().project().survey();
    assert_eq!(survey.layout, PageLayout::Single);
    assert!(survey.importance);

    press(&mut harness, egui::Key::Enter);
    harness.get_by_label("Question 1 of 28");
    press(&mut harness, egui::Key::Num2);
    press(&mut harness, egui::Key::Enter);
    harness.get_by_label("Question 2 of 28");
    harness.get_by_label("7").click();
    harness.run();
    press(&mut harness, egui::Key::Num4);
    let session = screen(&harness).session().expect("started");
    assert_eq!(session.response(0).importance.map(|i| i.get()), Some(7));
    assert!(session.response(0).answer_pair().is_some());

    // Each change of the strip is an undo step of its own.
    assert_eq!(
        harness.state().document().undo_label(),
        Some("Change survey settings")
    );
    let ctx = harness.ctx.clone();
    harness.state_mut().run_actions(
        &ctx,
        vec![
            Action::Command(Command::Undo),
            Action::Command(Command::Undo),
        ],
    );
    assert_eq!(
        *harness.state().document().project().survey(),
        SurveySettings::default()
    );
}

#[test]
fn a_taken_respondent_id_cannot_start() {
    let mut harness = survey_harness(Sample::MetroEnglish.project());
    let taken = harness.state().document().project().respondents()[0]
        .id
        .clone();
    let default_id = harness.state().document().project().unused_respondent_id();
    harness
        .get_by_label("Your name or respondent number (optional)")
        .focus();
    harness.run();
    // Backspace edits the field on the start screen; it only means "back" on question pages.
    for _ in 0..default_id.chars().count() {
        press(&mut harness, egui::Key::Backspace);
    }
    harness
        .get_by_label("Your name or respondent number (optional)")
        .type_text(&taken);
    harness.run();
    harness.get_by_label(&format!(
        "Respondent {taken} already exists; please choose another name or number."
    ));
    press(&mut harness, egui::Key::Enter);
    assert!(
        screen(&harness).session().is_none(),
        "still on the start screen"
    );
}

#[test]
fn the_page_is_one_centred_column_of_large_answer_buttons_that_fits_the_window() {
    let mut harness = survey_harness(Sample::MetroEnglish.project());
    press(&mut harness, egui::Key::Enter);
    let name = harness
        .get_by_label("Tap-and-go gates (bank card or phone)")
        .rect();
    assert!((name.center().x - 700.0).abs() < 2.0, "centred: {name:?}");
    // The functional question's five answers: one row, left to right, large, inside the column.
    let mut previous_right = f32::NEG_INFINITY;
    let mut top = None;
    for label in [
        "1\nI like it",
        "2\nI expect it",
        "3\nI am neutral",
        "4\nI can live with it",
        "5\nI dislike it",
    ] {
        let rect = harness
            .query_all_by_label(label)
            .map(|n| n.rect())
            .min_by(|a, b| a.top().total_cmp(&b.top()))
            .unwrap_or_else(|| panic!("no button {label:?}"));
        assert!(
            rect.height() >= 80.0 && rect.width() >= 150.0,
            "{label:?} {rect:?}"
        );
        assert!(rect.left() > previous_right, "{label:?} overlaps");
        assert!(
            rect.left() >= 170.0 && rect.right() <= 1230.0,
            "{label:?} {rect:?}"
        );
        assert!(
            (top.unwrap_or(rect.top()) - rect.top()).abs() < 1.0,
            "one row"
        );
        top = Some(rect.top());
        previous_right = rect.right();
    }
    let next = harness.get_by_label("Next").rect();
    assert!(
        next.bottom() < 900.0,
        "Next is on screen without scrolling: {next:?}"
    );
}

#[test]
fn importance_is_asked_on_the_projects_own_labelled_scale() {
    use kanoscope::project::{ImportanceScale, Project};
    let sample = Sample::MetroEnglish.project();
    let words = [
        "Not at all important",
        "Slightly important",
        "Moderately important",
        "Very important",
        "Extremely important",
    ];
    let scale = ImportanceScale::new(1, 5, words.map(str::to_owned).to_vec()).unwrap();
    let project = Project::from_parts_on_scale(
        "Five points".into(),
        kanoscope::kano::Analysis::default(),
        scale,
        sample.features().to_vec(),
        Vec::new(),
    )
    .unwrap();
    let mut harness = survey_harness(project);
    harness
        .get_by_label("Survey settings (facilitator)")
        .click();
    harness.run();
    harness.get_by_label("One question per page").click();
    harness.run();
    // The strip says the scale the project asks on, not 1–9.
    harness.get_by_label("Ask importance (1–5)").click();
    harness.run();
    press(&mut harness, egui::Key::Enter);
    press(&mut harness, egui::Key::Num2);
    press(&mut harness, egui::Key::Enter);
    harness.get_by_label("Question 2 of 28");
    // Five buttons, each with its words; no sixth point.
    assert!(
        harness
            .query_by_label_contains("Extremely important")
            .is_some()
    );
    assert!(harness.query_by_label("9").is_none());
    harness.get_by_label_contains("Very important").click();
    harness.run();
    // The dysfunctional answer; the importance stays the one clicked.
    press(&mut harness, egui::Key::Num4);
    let session = screen(&harness).session().expect("started");
    assert_eq!(session.response(0).importance.map(|i| i.get()), Some(4));
}
