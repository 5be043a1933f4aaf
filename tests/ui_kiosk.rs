//! The kiosk lock and keys in survey mode, through the studio window with egui_kittest: a
//! facilitator PIN guards leaving and the settings; importance is answered with keys 1–9, and
//! Enter never skips it without saying so.

use eframe::egui;
use egui_kittest::{Harness, kittest::Queryable};
use kanoscope::app::{Mode, ScriptedDialogs, StudioApp};
use kanoscope::i18n::Lang;
use kanoscope::io::samples::Sample;
use kanoscope::project::{Project, SurveySettings};
use kanoscope::ui::survey::SurveyScreen;
use kanoscope::ui::{Action, Command};

mod support;

fn survey(project: Project) -> Harness<'static, StudioApp> {
    let app = support::app(Lang::En, ScriptedDialogs::default()).with_project(project, None);
    let mut harness = support::window(app);
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .run_actions(&ctx, vec![Action::Command(Command::TakeSurvey)]);
    harness.run();
    harness
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

fn press(harness: &mut Harness<'_, StudioApp>, keys: &[egui::Key]) {
    for key in keys {
        harness.key_press(*key);
        harness.run();
    }
}

/// How many PIN fields the window shows.
fn pin_fields(harness: &Harness<'_, StudioApp>) -> usize {
    harness
        .query_all_by_role_and_label(egui::accesskit::Role::PasswordInput, "Facilitator PIN")
        .count()
}

/// Types `text` into the PIN field drawn last (there is one at a time): the password input, not
/// its label.
fn type_pin(harness: &mut Harness<'_, StudioApp>, text: &str) {
    let field = |h: &Harness<'_, StudioApp>| {
        h.get_all_by_role_and_label(egui::accesskit::Role::PasswordInput, "Facilitator PIN")
            .last()
            .map(|node| node.rect().center())
    };
    let Some(at) = field(harness) else {
        panic!("no PIN field");
    };
    harness.hover_at(at);
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run();
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run();
}

#[test]
fn a_pin_guards_leaving_and_the_settings() {
    let mut harness = survey(Sample::MetroEnglish.project());
    harness
        .get_by_label("Survey settings (facilitator)")
        .click();
    harness.run();
    type_pin(&mut harness, "2468");
    harness.get_by_label("Lock").click();
    harness.run();
    assert!(screen(&harness).lock().is_locked());
    // The settings now show only the PIN field.
    assert!(harness.query_by_label("Ask importance (1–9)").is_none());

    press(&mut harness, &[egui::Key::Escape]);
    assert!(screen(&harness).is_confirming_leave());
    // One PIN field: the confirmation's; the settings behind it show none.
    assert_eq!(pin_fields(&harness), 1);
    harness.get_by_label("Leave").click();
    harness.run();
    assert!(in_survey(&harness), "Leave does nothing without the PIN");

    // Enter in the field gives the PIN, as Unlock does.
    type_pin(&mut harness, "1357");
    press(&mut harness, &[egui::Key::Enter]);
    // Said once, in the confirmation.
    assert_eq!(
        harness.query_all_by_label("That PIN is not right.").count(),
        1
    );
    harness.get_by_label("Leave").click();
    harness.run();
    assert!(in_survey(&harness));

    type_pin(&mut harness, "2468");
    press(&mut harness, &[egui::Key::Enter]);
    harness.get_by_label("Leave").click();
    harness.run();
    assert!(
        !in_survey(&harness),
        "the right PIN lets the facilitator leave"
    );
}

#[test]
fn importance_is_answered_with_keys_and_enter_says_when_it_is_skipped() {
    let project = Sample::MetroEnglish.project().with_survey(SurveySettings {
        importance: true,
        ..SurveySettings::default()
    });
    let mut harness = survey(project);
    press(&mut harness, &[egui::Key::Enter]);
    let page = |h: &Harness<'_, StudioApp>| screen(h).session().map(|s| s.progress().page);
    assert_eq!(page(&harness), Some(1));
    // Both answers, then 7 is the importance, then Enter goes on.
    press(
        &mut harness,
        &[egui::Key::Num1, egui::Key::Num5, egui::Key::Num7],
    );
    let session = screen(&harness).session().unwrap();
    let feature = session.current().unwrap().feature;
    assert_eq!(
        session.response(feature).importance.map(|i| i.get()),
        Some(7)
    );
    press(&mut harness, &[egui::Key::Enter]);
    assert_eq!(page(&harness), Some(2));
    // Without importance, the first Enter says it is optional and stays; the second goes on.
    press(
        &mut harness,
        &[egui::Key::Num2, egui::Key::Num4, egui::Key::Enter],
    );
    assert_eq!(page(&harness), Some(2));
    harness.get_by_label_contains("Importance is optional");
    press(&mut harness, &[egui::Key::Enter]);
    assert_eq!(page(&harness), Some(3));
}

#[test]
fn without_a_pin_the_leave_confirmation_asks_for_none() {
    let mut harness = survey(Sample::MetroEnglish.project());
    harness
        .get_by_label("Survey settings (facilitator)")
        .click();
    harness.run();
    assert_eq!(pin_fields(&harness), 1, "the settings offer to set a PIN");
    press(&mut harness, &[egui::Key::Escape]);
    assert!(screen(&harness).is_confirming_leave());
    assert_eq!(
        pin_fields(&harness),
        0,
        "nothing to give, nothing to set here"
    );
    harness.get_by_label("Leave").click();
    harness.run();
    assert!(!in_survey(&harness));
}
