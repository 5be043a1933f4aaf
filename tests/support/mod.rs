//! What the studio's UI tests share: the real studio window under egui_kittest, in a chosen
//! language, with file dialogs that answer from a script.
//!
//! Every test crate includes this module (`mod support;`) and uses part of it.
#![allow(dead_code)]

use eframe::egui;
use egui_kittest::Harness;
use kanoscope::app::{Preferences, ScriptedDialogs, StudioApp};
use kanoscope::i18n::Lang;
use kanoscope::ui::{Action, Command};

/// The studio on the embedded sample, in `lang`, with `dialogs` answering file questions.
pub fn app(lang: Lang, dialogs: ScriptedDialogs) -> StudioApp {
    let prefs = Preferences {
        lang: Some(lang),
        ..Preferences::default()
    };
    StudioApp::new(prefs, Box::new(dialogs))
}

/// `app` in a 1400 × 900 window with the bundled CJK font (egui_kittest panics on a missing
/// glyph), after its first frames.
pub fn window(app: StudioApp) -> Harness<'static, StudioApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        // A submenu opened by hovering settles over a few more frames than the default four
        // (each widget seen for the first time asks for one more frame to be styled); an
        // optimised build takes six.
        .with_max_steps(8)
        .with_context_setup(kanoscope::ui::fonts::install_bundled)
        .build_ui_state(|ui, app: &mut StudioApp| app.show(ui), app);
    harness.run();
    harness
}

/// The studio in `lang` with `dialogs`, in a window.
pub fn studio(lang: Lang, dialogs: ScriptedDialogs) -> Harness<'static, StudioApp> {
    window(app(lang, dialogs))
}

/// Runs a command as the menu or its shortcut would, and the frames it causes.
pub fn command(harness: &mut Harness<'_, StudioApp>, command: Command) {
    harness.state_mut().queue(Action::Command(command));
    harness.run();
}

/// Starts the studio's results worker (category confidence, segments' p-values) in `harness`,
/// as the real window has it.
pub fn start_results_worker(harness: &mut Harness<'_, StudioApp>) {
    let ctx = harness.ctx.clone();
    harness.state_mut().start_results_worker(&ctx);
    harness.run();
}

/// Runs frames until the results worker has answered for the results shown, waiting on its
/// mailbox between frames (never sleeping); fails the test if no answer comes within a minute.
pub fn finish_results(harness: &mut Harness<'_, StudioApp>) {
    harness.run();
    while harness.state().results_pending() {
        assert!(
            harness
                .state_mut()
                .wait_for_results(std::time::Duration::from_secs(60)),
            "the results worker did not answer within a minute"
        );
        harness.run();
    }
}

/// A respondent who walked in and liked every one of `features` features being there and
/// disliked its absence: one more answer for a test to see arrive.
pub fn walk_in(features: usize) -> kanoscope::project::Respondent {
    use kanoscope::kano::{Answer, Response};
    let answer = Response {
        functional: Some(Answer::Like),
        dysfunctional: Some(Answer::Dislike),
        importance: None,
    };
    kanoscope::project::Respondent {
        id: "walk-in".into(),
        segment: String::new(),
        responses: vec![answer; features],
        order: Vec::new(),
    }
}
