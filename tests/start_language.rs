//! `kanoscope --lang zh` shows the studio in that language for one run: the saved preference is
//! left as it was, and a language picked in the menu afterwards wins and is saved.

use kanoscope::app::{Preferences, ScriptedDialogs, StudioApp};
use kanoscope::i18n::Lang;
use kanoscope::ui::Action;

#[test]
fn the_command_line_language_wins_for_this_run_only() {
    let prefs = Preferences {
        lang: Some(Lang::En),
        ..Preferences::default()
    };
    let mut app =
        StudioApp::new(prefs, Box::new(ScriptedDialogs::default())).with_session_language(Lang::Zh);
    assert_eq!(app.lang(), Lang::Zh);
    assert_eq!(app.texts().lang, Lang::Zh);
    assert_eq!(
        app.preferences().lang,
        Some(Lang::En),
        "the saved choice is kept"
    );

    // Picking a language in the menu is a real choice: it shows and it is saved.
    let ctx = eframe::egui::Context::default();
    app.run_actions(&ctx, vec![Action::SetLanguage(Lang::En)]);
    assert_eq!(app.lang(), Lang::En);
    assert_eq!(app.preferences().lang, Some(Lang::En));
    app.run_actions(&ctx, vec![Action::SetLanguage(Lang::Zh)]);
    assert_eq!(
        (app.lang(), app.preferences().lang),
        (Lang::Zh, Some(Lang::Zh))
    );
}

#[test]
fn without_a_command_line_language_the_preference_shows() {
    let prefs = Preferences {
        lang: Some(Lang::Zh),
        ..Preferences::default()
    };
    let app = StudioApp::new(prefs, Box::new(ScriptedDialogs::default()));
    assert_eq!(app.lang(), Lang::Zh);
}
