//! Survey mode, driven through the whole studio window with egui_kittest: a respondent answers
//! with keys only and becomes one undoable respondent; Esc never leaves without the
//! facilitator's confirmation; Back keeps answers; an abandoned survey keeps complete pairs
//! only; the answers appear in the survey's language; the facilitator's settings strip edits
//! the project's survey settings undoably.

use eframe::egui;
use egui_kittest::{Harness, kittest::Queryable};
use kanoscope::app::{Mode, Pending, Preferences, ScriptedDialogs, StudioApp};
use kanoscope::i18n::Lang;
use kanoscope::io::samples::Sample;
use kanoscope::kano::{Answer, Category, Response};
use kanoscope::project::{Project, SegmentFilter};
use kanoscope::ui::fonts::install_bundled;
use kanoscope::ui::survey::SurveyScreen;
use kanoscope::ui::{Action, Command};

mod start_and_layout;

fn app(project: Project) -> StudioApp {
    let prefs = Preferences {
        lang: Some(Lang::En),
        ..Preferences::default()
    };
    StudioApp::new(prefs, Box::new(ScriptedDialogs::default())).with_project(project, None)
}

/// The English studio with `project`, switched into survey mode the way the menu does it.
fn survey_harness(project: Project) -> Harness<'static, StudioApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        // The facilitator's strip names the survey languages in their own script.
        .with_context_setup(install_bundled)
        .build_ui_state(|ui, app: &mut StudioApp| app.show(ui), app(project));
    take_survey(&mut harness);
    harness
}

fn take_survey(harness: &mut Harness<'_, StudioApp>) {
    harness.run();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .run_actions(&ctx, vec![Action::Command(Command::TakeSurvey)]);
    harness.run();
}

fn screen<'a>(harness: &'a Harness<'_, StudioApp>) -> &'a SurveyScreen {
    match harness.state().mode() {
        Mode::Survey(screen) => screen,
        other => panic!("expected survey mode, found {other:?}"),
    }
}

fn in_survey(harness: &Harness<'_, StudioApp>) -> bool {
    matches!(harness.state().mode(), Mode::Survey(_))
}

fn press(harness: &mut Harness<'_, StudioApp>, key: egui::Key) {
    harness.key_press(key);
    harness.run();
}

fn respondents(harness: &Harness<'_, StudioApp>) -> usize {
    harness.state().document().project().respondents().len()
}

fn one_dimensional_count(project: &Project, feature: usize) -> u32 {
    let results = project.results(project.analysis(), &SegmentFilter::default());
    results.features[feature].stats.counts.get(Category::O)
}

#[test]
fn a_respondent_completes_the_survey_with_keys_only_and_undo_removes_them_in_one_step() {
    let mut harness = survey_harness(Sample::MetroEnglish.project());
    let before = harness.state().document().project().clone();
    assert_eq!(before.respondents().len(), 120);
    assert!(in_survey(&harness));
    // Nothing of the editor is visible.
    assert!(harness.query_by_label("Add feature").is_none());
    harness.get_by_label(before.title());

    press(&mut harness, egui::Key::Enter);
    let features = before.features().len();
    for page in 0..features {
        let first = 2 * page + 1;
        harness.get_by_label(&format!(
            "Questions {first}–{} of {}",
            first + 1,
            2 * features
        ));
        press(&mut harness, egui::Key::Num1);
        press(&mut harness, egui::Key::Num5);
        press(&mut harness, egui::Key::Enter);
    }
    assert!(screen(&harness).is_thanking());
    harness.get_by_label("Thank you!");

    let project = harness.state().document().project().clone();
    assert_eq!(project.respondents().len(), 121);
    let added = &project.respondents()[120];
    assert_eq!(added.id, before.unused_respondent_id());
    assert!(
        added
            .responses
            .iter()
            .all(|r| *r == Response::pair(Answer::Like, Answer::Dislike))
    );
    for feature in [0, features - 1] {
        assert_eq!(
            one_dimensional_count(&project, feature),
            one_dimensional_count(&before, feature) + 1,
            "like/dislike counts as one more one-dimensional answer"
        );
    }

    // Leave (facilitator), then one Ctrl+Z in the studio removes the respondent.
    press(&mut harness, egui::Key::Escape);
    harness.get_by_label("Leave").click();
    harness.run();
    assert!(!in_survey(&harness));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(respondents(&harness), 120);
    assert_eq!(
        one_dimensional_count(harness.state().document().project(), 0),
        one_dimensional_count(&before, 0)
    );
}

#[test]
fn next_respondent_starts_a_fresh_session_with_the_next_id() {
    let mut harness = survey_harness(Sample::MetroEnglish.project());
    press(&mut harness, egui::Key::Enter);
    for _ in 0..14 {
        press(&mut harness, egui::Key::Num3);
        press(&mut harness, egui::Key::Num3);
        press(&mut harness, egui::Key::Enter);
    }
    assert!(screen(&harness).is_thanking());
    harness.get_by_label("Next respondent (Enter)").click();
    harness.run();
    assert!(!screen(&harness).is_thanking());
    press(&mut harness, egui::Key::Enter);
    let session = screen(&harness).session().expect("a new session");
    assert_eq!(session.progress().first, 1);
    assert_eq!(
        session.respondent_id,
        harness.state().document().project().unused_respondent_id()
    );
    assert_eq!(session.response(0), Response::default());
}

#[test]
fn escape_asks_the_facilitator_and_does_not_leave_on_its_own() {
    let mut harness = survey_harness(Sample::MetroEnglish.project());
    press(&mut harness, egui::Key::Enter);
    press(&mut harness, egui::Key::Escape);
    assert!(in_survey(&harness));
    assert!(screen(&harness).is_confirming_leave());
    harness.get_by_label("Leave the survey?");
    harness.get_by_label("Only the facilitator should do this.");
    // Studio shortcuts are off: Ctrl+N does not start a new project behind the survey.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run();
    assert!(in_survey(&harness));

    harness.get_by_label("Continue the survey").click();
    harness.run();
    assert!(in_survey(&harness));
    assert!(!screen(&harness).is_confirming_leave());
    assert!(
        screen(&harness).session().is_some(),
        "the session is still under way"
    );
    assert_eq!(respondents(&harness), 120);
}

#[test]
fn back_keeps_the_answer_and_next_waits_for_a_full_page() {
    let mut harness = survey_harness(Sample::MetroEnglish.project());
    press(&mut harness, egui::Key::Enter);
    press(&mut harness, egui::Key::Enter);
    let session = screen(&harness).session().expect("started");
    assert_eq!(
        session.progress().page,
        1,
        "an unanswered page does not move on"
    );

    press(&mut harness, egui::Key::Num2);
    press(&mut harness, egui::Key::Num4);
    press(&mut harness, egui::Key::Enter);
    assert_eq!(
        screen(&harness).session().map(|s| s.progress().page),
        Some(2)
    );
    harness.get_by_label("Questions 3–4 of 28");

    press(&mut harness, egui::Key::Backspace);
    let session = screen(&harness).session().expect("started");
    assert_eq!(session.progress().page, 1);
    assert_eq!(
        session.response(0),
        Response::pair(Answer::MustBe, Answer::LiveWith)
    );
    harness.get_by_label("Questions 1–2 of 28");
    // The answered page moves on again at once.
    press(&mut harness, egui::Key::ArrowRight);
    assert_eq!(
        screen(&harness).session().map(|s| s.progress().page),
        Some(2)
    );
    assert_eq!(
        respondents(&harness),
        120,
        "nothing is recorded before the end"
    );
}

#[test]
fn abandoning_keeps_complete_pairs_only_as_one_undoable_respondent() {
    let mut harness = survey_harness(Sample::MetroEnglish.project());
    press(&mut harness, egui::Key::Enter);
    for _ in 0..2 {
        press(&mut harness, egui::Key::Num1);
        press(&mut harness, egui::Key::Num5);
        press(&mut harness, egui::Key::Enter);
    }
    // Half of the third pair.
    press(&mut harness, egui::Key::Num1);
    press(&mut harness, egui::Key::Escape);
    harness
        .get_by_label("2 features are fully answered so far; half-answered features are not kept.");
    harness
        .get_by_label("Keep partial answers and leave")
        .click();
    harness.run();
    assert!(!in_survey(&harness));

    let project = harness.state().document().project();
    assert_eq!(project.respondents().len(), 121);
    let kept = &project.respondents()[120].responses;
    assert_eq!(kept[0], Response::pair(Answer::Like, Answer::Dislike));
    assert_eq!(kept[1], Response::pair(Answer::Like, Answer::Dislike));
    assert_eq!(kept[2], Response::default(), "half a pair is dropped");
    assert_eq!(kept.iter().filter(|r| r.answer_pair().is_some()).count(), 2);
    assert_eq!(
        harness.state().document().undo_label(),
        Some("Partial survey answers of r-0121")
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(respondents(&harness), 120);
}

#[test]
fn leaving_without_keeping_records_nothing() {
    let mut harness = survey_harness(Sample::MetroEnglish.project());
    press(&mut harness, egui::Key::Enter);
    press(&mut harness, egui::Key::Num1);
    press(&mut harness, egui::Key::Num5);
    press(&mut harness, egui::Key::Enter);
    press(&mut harness, egui::Key::Escape);
    harness.get_by_label("Leave").click();
    harness.run();
    assert!(!in_survey(&harness));
    assert_eq!(respondents(&harness), 120);
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn closing_the_window_mid_survey_still_asks_about_unsaved_answers() {
    let mut harness = survey_harness(Sample::MetroEnglish.project());
    press(&mut harness, egui::Key::Enter);
    press(&mut harness, egui::Key::Num1);
    press(&mut harness, egui::Key::Num5);
    press(&mut harness, egui::Key::Escape);
    harness
        .get_by_label("Keep partial answers and leave")
        .click();
    harness.run();
    // Back into the survey with an unsaved respondent, then the window's close button.
    take_survey(&mut harness);
    assert!(harness.state().document().is_dirty());
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
    assert!(matches!(harness.state().pending(), Some(Pending::Quit)));
    // While the prompt is open, Enter is not the survey's.
    press(&mut harness, egui::Key::Enter);
    assert!(screen(&harness).session().is_none());
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().pending().is_none());
    assert!(in_survey(&harness));
    // Once it is gone, the keys are the survey's again.
    press(&mut harness, egui::Key::Enter);
    press(&mut harness, egui::Key::Num1);
    let session = screen(&harness)
        .session()
        .expect("started after the prompt closed");
    assert_eq!(session.response(0).functional, Some(Answer::Like));
}

#[test]
fn a_respondent_can_answer_with_the_mouse_too() {
    let mut harness = survey_harness(Sample::MetroEnglish.project());
    harness.get_by_label("Start the survey (Enter)").click();
    harness.run();
    // Two questions on the page: the first "I like it" is the functional one.
    let like = harness
        .query_all_by_label_contains("I like it")
        .min_by(|a, b| a.rect().top().total_cmp(&b.rect().top()))
        .expect("a like button");
    like.click();
    harness.run();
    let dislike = harness
        .query_all_by_label_contains("I dislike it")
        .max_by(|a, b| a.rect().top().total_cmp(&b.rect().top()))
        .expect("a dislike button");
    dislike.click();
    harness.run();
    harness.get_by_label("Next").click();
    harness.run();
    let session = screen(&harness).session().expect("started");
    assert_eq!(session.progress().page, 2);
    assert_eq!(
        session.response(0),
        Response::pair(Answer::Like, Answer::Dislike)
    );
}
