//! Keyboard flows through the studio window, driven with egui_kittest: after Add respondent the
//! grid has the keyboard at the new row's first feature (keys work without a click); ↓ or Enter
//! on the last row adds a respondent; the answer picker follows the arrow keys; Add feature
//! puts the keyboard in the new name every time, and the id and questions follow the name.

// A test fails by panicking, so unwrapping is how it reports a broken expectation.
#![allow(clippy::unwrap_used)]

use eframe::egui::{Key, Modifiers};
use egui_kittest::{Harness, kittest::Queryable};
use kanoscope::app::{ScriptedDialogs, StudioApp};
use kanoscope::i18n::Lang;
use kanoscope::kano::{Answer, Response};
use kanoscope::project::{Feature, Project, Respondent};
use kanoscope::ui::{Command, Tab};
use support::command;

mod support;

/// Three features, two respondents with nothing answered.
fn small_project() -> Project {
    let features = ["Free Wi-Fi", "Live arrival times", "Quiet carriage"]
        .iter()
        .enumerate()
        .map(|(j, name)| Feature {
            id: format!("f{j}"),
            name: (*name).to_owned(),
            ..Feature::default()
        })
        .collect();
    let respondents = ["r-0001", "r-0002"]
        .iter()
        .map(|id| Respondent {
            id: (*id).to_owned(),
            responses: vec![Response::default(); 3],
            ..Respondent::default()
        })
        .collect();
    Project::from_parts("Test".into(), Default::default(), features, respondents).unwrap()
}

fn studio(tab: Tab) -> Harness<'static, StudioApp> {
    let mut app =
        support::app(Lang::En, ScriptedDialogs::default()).with_project(small_project(), None);
    app.view_mut().tab = tab;
    support::window(app)
}

fn press(harness: &mut Harness<'_, StudioApp>, keys: &[Key]) {
    for key in keys {
        harness.key_press(*key);
        harness.run();
    }
}

fn respondents(harness: &Harness<'_, StudioApp>) -> usize {
    harness.state().document().project().respondents().len()
}

#[test]
fn after_add_respondent_keys_answer_the_first_feature_without_a_click() {
    let mut harness = studio(Tab::Responses);
    // The side panel's selection is on the third feature; the new row still starts at the first.
    harness.state_mut().view_mut().selected_feature = Some(2);
    harness.get_by_label("Add respondent").click();
    harness.run();
    press(&mut harness, &[Key::Num1, Key::Num5]);
    let project = harness.state().document().project();
    assert_eq!(project.respondents().len(), 3);
    assert_eq!(
        project.respondents()[2].responses[0],
        Response::pair(Answer::Like, Answer::Dislike)
    );
    // The shortcut works the same way, from another tab.
    harness.state_mut().view_mut().tab = Tab::Results;
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::R);
    harness.run();
    press(&mut harness, &[Key::Num2, Key::Num4]);
    let project = harness.state().document().project();
    assert_eq!(
        project.respondents()[3].responses[0],
        Response::pair(Answer::MustBe, Answer::LiveWith)
    );
}

#[test]
fn down_or_enter_on_the_last_row_adds_a_respondent() {
    let mut harness = studio(Tab::Responses);
    command(&mut harness, Command::AddRespondent);
    assert_eq!(respondents(&harness), 3);
    press(&mut harness, &[Key::ArrowDown]);
    assert_eq!(respondents(&harness), 4);
    assert_eq!(harness.state().view().selected_respondent, Some(3));
    press(&mut harness, &[Key::Enter]);
    assert_eq!(respondents(&harness), 5);
    // Moving up and down inside the grid adds nothing.
    press(&mut harness, &[Key::ArrowUp, Key::ArrowDown]);
    assert_eq!(respondents(&harness), 5);
}

#[test]
fn the_answer_picker_follows_the_arrow_keys() {
    let mut harness = studio(Tab::Responses);
    command(&mut harness, Command::AddRespondent);
    press(&mut harness, &[Key::Space]);
    assert_eq!(harness.state().view().responses.picker(), Some((2, 0)));
    press(&mut harness, &[Key::ArrowRight]);
    assert_eq!(harness.state().view().responses.picker(), Some((2, 1)));
    press(&mut harness, &[Key::ArrowUp]);
    assert_eq!(harness.state().view().responses.picker(), Some((1, 1)));
    press(&mut harness, &[Key::Escape]);
    assert_eq!(harness.state().view().responses.picker(), None);
}

#[test]
fn every_added_feature_takes_the_keyboard_and_its_id_and_questions_follow_the_name() {
    let mut harness = studio(Tab::Features);
    for (k, name) in ["Platform doors", "Step-free access"].iter().enumerate() {
        harness.get_by_label("Add feature").click();
        harness.run();
        harness.get_by_label("Name").type_text(name);
        harness.run();
        let project = harness.state().document().project();
        let feature = &project.features()[3 + k];
        assert_eq!(
            feature.name, *name,
            "typing after Add #{k} names the new feature"
        );
        let lower = name.to_lowercase();
        assert_eq!(
            feature.functional,
            format!("If {lower} were available, how would you feel?")
        );
        assert_eq!(feature.id, lower.replace(' ', "-"));
    }
}
