//! The moments-of-truth map and workshop mode, driven through the whole studio window with
//! egui_kittest: cards in their touchpoint's column, the mixed marker, slides moved by keys,
//! blanking, live updates, the distribution overlay and leaving.

mod support;

use eframe::egui;
use egui_kittest::{Harness, kittest::Queryable};
use kanoscope::app::{Mode, Preferences, ScriptedDialogs, StudioApp};
use kanoscope::i18n::Lang;
use kanoscope::kano::Response;
use kanoscope::project::{Edit, Project};
use kanoscope::ui::present::{Blank, PresentScreen};
use kanoscope::ui::{Action, Tab};

/// The studio in English (tests never render Chinese: the CJK font is not bundled here).
fn harness(tab: Tab) -> Harness<'static, StudioApp> {
    let prefs = Preferences {
        lang: Some(Lang::En),
        ..Preferences::default()
    };
    let app = StudioApp::new(prefs, Box::new(ScriptedDialogs::default()));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_ui_state(|ui, app: &mut StudioApp| app.show(ui), app);
    harness.state_mut().view_mut().tab = tab;
    harness.run();
    harness
}

fn project(harness: &Harness<'_, StudioApp>) -> Project {
    harness.state().document().project().clone()
}

/// The node with this exact label right of `min_x` (the side panel also lists names).
fn node_right_of<'h>(
    harness: &'h Harness<'_, StudioApp>,
    label: &'h str,
    min_x: f32,
) -> egui_kittest::Node<'h> {
    harness
        .query_all_by_value(label)
        .find(|n| n.rect().left() > min_x)
        .unwrap_or_else(|| panic!("no node labelled {label:?} right of {min_x}"))
}

/// Right of the side panel.
const MAP_LEFT: f32 = 265.0;

#[test]
fn the_map_puts_each_feature_in_its_touchpoints_column() {
    let harness = harness(Tab::Map);
    let project = project(&harness);
    let headers: Vec<(String, f32)> = project
        .touchpoints()
        .into_iter()
        .map(|tp| {
            (
                tp.to_owned(),
                node_right_of(&harness, tp, MAP_LEFT).rect().left(),
            )
        })
        .collect();
    // Columns stand left to right in journey order.
    assert!(headers.windows(2).all(|w| w[0].1 < w[1].1), "{headers:?}");
    for feature in project.features() {
        let x = node_right_of(&harness, &feature.name, MAP_LEFT)
            .rect()
            .left();
        let column = headers
            .iter()
            .filter(|(_, left)| *left <= x + 1.0)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(tp, _)| tp.as_str());
        assert_eq!(
            column,
            Some(feature.touchpoint.as_str()),
            "{}",
            feature.name
        );
    }
}

#[test]
fn the_map_marks_the_two_mixed_features() {
    let harness = harness(Tab::Map);
    let project = project(&harness);
    // A label's text run carries the same value: count each place once.
    let mut markers: Vec<egui::Rect> = harness
        .query_all_by_value("Mixed")
        .map(|n| n.rect())
        .collect();
    markers.dedup_by(|a, b| a.left_top().distance(b.left_top()) < 2.0);
    assert_eq!(markers.len(), 2);
    let cards: Vec<(String, egui::Rect)> = project
        .features()
        .iter()
        .map(|f| {
            let rect = node_right_of(&harness, &f.name, MAP_LEFT).rect();
            (f.id.clone(), rect)
        })
        .collect();
    let mut marked: Vec<&str> = markers
        .iter()
        .map(|m| {
            // The card a marker belongs to: the nearest name above it in the same column.
            cards
                .iter()
                .filter(|(_, r)| {
                    (r.left()..r.left() + 220.0).contains(&m.left()) && r.top() < m.top()
                })
                .max_by(|a, b| a.1.top().total_cmp(&b.1.top()))
                .map(|(id, _)| id.as_str())
                .unwrap_or("")
        })
        .collect();
    marked.sort_unstable();
    assert_eq!(marked, ["delay-compensation", "step-free-access"]);
}

#[test]
fn the_map_shows_the_figures_of_the_chosen_segment() {
    let mut harness = harness(Tab::Map);
    let segment = kanoscope::project::SegmentFilter::Only("Commuter".into());
    harness.state_mut().view_mut().segment = segment.clone();
    harness.run();
    let project = project(&harness);
    let mut expected: Vec<u32> = project
        .results(project.analysis(), &segment)
        .features
        .iter()
        .map(|r| r.stats.n)
        .collect();
    expected.sort_unstable();
    assert_ne!(expected, project_ns(&harness), "the segment changes n");
    assert_eq!(card_ns(&harness), expected);
}

#[test]
fn clicking_a_card_on_the_map_selects_its_feature() {
    let mut harness = harness(Tab::Map);
    let project = project(&harness);
    let index = project.feature_index("fare-capping").unwrap();
    node_right_of(&harness, &project.features()[index].name, MAP_LEFT).click();
    harness.run();
    assert_eq!(harness.state().view().selected_feature, Some(index));
    assert!(matches!(harness.state().mode(), Mode::Studio));
}

/// The studio switched to workshop mode with F11.
fn workshop() -> Harness<'static, StudioApp> {
    let mut harness = harness(Tab::Results);
    harness.key_press(egui::Key::F11);
    harness.run();
    assert!(screen(&harness).is_some(), "F11 starts workshop mode");
    harness
}

fn screen<'a>(harness: &'a Harness<'_, StudioApp>) -> Option<&'a PresentScreen> {
    match harness.state().mode() {
        Mode::Present(screen) => Some(screen),
        _ => None,
    }
}

fn slide(harness: &Harness<'_, StudioApp>) -> usize {
    screen(harness).map_or(usize::MAX, PresentScreen::slide)
}

fn shows(harness: &Harness<'_, StudioApp>, text: &str) -> bool {
    harness.query_all_by_value(text).next().is_some()
}

/// The n of every card on the slide, sorted.
fn card_ns(harness: &Harness<'_, StudioApp>) -> Vec<u32> {
    let by = egui_kittest::kittest::By::new()
        .role(egui::accesskit::Role::Label)
        .predicate(|n| n.value().is_some_and(|v| v.starts_with("n = ")));
    let mut ns: Vec<u32> = harness
        .query_all(by)
        .filter_map(|n| n.value()?.strip_prefix("n = ")?.parse().ok())
        .collect();
    ns.sort_unstable();
    ns
}

/// The n of every card on the map's slides (the map takes as many as it needs), sorted; starts
/// and ends on the map's first slide.
fn map_ns(harness: &mut Harness<'_, StudioApp>) -> Vec<u32> {
    let first = slide(harness);
    let mut ns = Vec::new();
    while shown_starting_with(harness, "Moments of truth").is_some() {
        ns.extend(card_ns(harness));
        press(harness, egui::Key::PageDown);
    }
    while slide(harness) > first {
        press(harness, egui::Key::PageUp);
    }
    ns.sort_unstable();
    ns
}

/// The n of every feature in the project, sorted.
fn project_ns(harness: &Harness<'_, StudioApp>) -> Vec<u32> {
    let mut ns: Vec<u32> = project(harness)
        .current_results()
        .features
        .iter()
        .map(|r| r.stats.n)
        .collect();
    ns.sort_unstable();
    ns
}

fn press(harness: &mut Harness<'_, StudioApp>, key: egui::Key) {
    harness.key_press(key);
    harness.run();
}

/// A label that starts with `prefix`, if one is shown.
fn shown_starting_with(harness: &Harness<'_, StudioApp>, prefix: &str) -> Option<String> {
    let by = egui_kittest::kittest::By::new()
        .predicate(move |n| n.value().is_some_and(|v| v.starts_with(prefix)));
    harness
        .query_all(by)
        .next()
        .and_then(|n| n.value().map(|v| v.to_string()))
}

/// The number of slides, read from the counter "1 / N" on the first slide.
fn slide_total(harness: &Harness<'_, StudioApp>) -> usize {
    let counter = shown_starting_with(harness, "1 / ")
        .unwrap_or_else(|| panic!("no slide counter on the first slide"));
    counter["1 / ".len()..]
        .trim()
        .parse()
        .unwrap_or_else(|e| panic!("{counter:?} is not a slide counter: {e}"))
}

#[test]
fn slides_move_with_arrow_and_page_keys() {
    let mut harness = workshop();
    let touchpoints = project(&harness).touchpoints().len();
    assert_eq!(slide(&harness), 0);
    assert!(shows(&harness, "Better–Worse diagram"));
    // A touchpoint whose cards do not fit one slide takes several pages.
    let total = slide_total(&harness);
    assert!(total >= 3 + touchpoints, "{total}");
    press(&mut harness, egui::Key::ArrowRight);
    assert_eq!(slide(&harness), 1);
    assert!(shows(&harness, "Category distribution"));
    assert!(!shows(&harness, "Better–Worse diagram"));
    press(&mut harness, egui::Key::PageDown);
    assert_eq!(slide(&harness), 2);
    assert!(shown_starting_with(&harness, "Moments of truth").is_some());
    // The map takes as many slides as it needs ("Moments of truth (1/2)"), then come the
    // touchpoints.
    while shown_starting_with(&harness, "Moments of truth").is_some() {
        press(&mut harness, egui::Key::PageDown);
    }
    let ticketing = slide(&harness);
    assert!(shown_starting_with(&harness, "Moment of truth: Ticketing").is_some());
    press(&mut harness, egui::Key::PageUp);
    assert!(shown_starting_with(&harness, "Moments of truth").is_some());
    press(&mut harness, egui::Key::ArrowLeft);
    assert_eq!(slide(&harness), ticketing - 2);
    press(&mut harness, egui::Key::End);
    assert_eq!(slide(&harness), total - 1);
    // The last slide stays the last.
    press(&mut harness, egui::Key::ArrowRight);
    assert_eq!(slide(&harness), total - 1);
    assert!(shows(&harness, &format!("{0} / {0}", total)));
}

#[test]
fn every_touchpoint_slide_shows_all_its_cards_whole_at_projector_size() {
    for size in [egui::vec2(1024.0, 768.0), egui::vec2(1360.0, 860.0)] {
        let mut harness = workshop();
        // A screen of `size` pixels under workshop mode's large type.
        harness.set_size(size / harness.ctx.zoom_factor());
        harness.run();
        let project = project(&harness);
        let total = slide_total(&harness);
        let mut seen: Vec<String> = Vec::new();
        press(&mut harness, egui::Key::PageDown);
        press(&mut harness, egui::Key::PageDown);
        for _ in 3..total {
            press(&mut harness, egui::Key::PageDown);
            let screen = harness.ctx.content_rect();
            for f in project.features() {
                if let Some(node) = harness.query_all_by_value(&f.name).next() {
                    let r = node.rect();
                    assert!(
                        screen.contains_rect(r),
                        "{size:?}: {} at {r:?} is not whole on the slide",
                        f.name
                    );
                    seen.push(f.id.clone());
                }
            }
        }
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), project.features().len(), "{size:?}: {seen:?}");
    }
}

#[test]
fn b_blanks_the_screen_and_b_or_a_slide_key_shows_it_again() {
    let mut harness = workshop();
    press(&mut harness, egui::Key::ArrowRight);
    press(&mut harness, egui::Key::B);
    assert_eq!(screen(&harness).unwrap().blank(), Some(Blank::Black));
    assert!(!shows(&harness, "Category distribution"));
    press(&mut harness, egui::Key::B);
    assert_eq!(screen(&harness).unwrap().blank(), None);
    assert!(shows(&harness, "Category distribution"));
    press(&mut harness, egui::Key::W);
    assert_eq!(screen(&harness).unwrap().blank(), Some(Blank::White));
    assert!(!shows(&harness, "Category distribution"));
    // A slide key reveals the same slide first.
    press(&mut harness, egui::Key::ArrowRight);
    assert_eq!(screen(&harness).unwrap().blank(), None);
    assert_eq!(slide(&harness), 1);
    assert!(shows(&harness, "Category distribution"));
}

#[test]
fn answers_arriving_update_the_slide_in_the_next_frame() {
    let mut harness = workshop();
    press(&mut harness, egui::Key::PageDown);
    press(&mut harness, egui::Key::PageDown);
    assert!(shown_starting_with(&harness, "Moments of truth").is_some());
    let features = project(&harness).features().len();
    let respondents = project(&harness).respondents().len();
    assert!(shows(&harness, &format!("{respondents} respondents")));
    let before = project_ns(&harness);
    assert_eq!(map_ns(&mut harness), before);

    let ctx = harness.ctx.clone();
    let respondent = support::walk_in(features);
    harness.state_mut().run_actions(
        &ctx,
        vec![Action::Edit {
            edit: Edit::InsertRespondent {
                index: respondents,
                respondent,
            },
            label: "Add respondent".into(),
            merge: None,
        }],
    );
    harness.step();
    assert!(shows(&harness, &format!("{} respondents", respondents + 1)));
    let after = project_ns(&harness);
    assert_eq!(map_ns(&mut harness), after);
    // The walk-in answered everything: every card counts one more.
    assert_eq!(after, before.iter().map(|n| n + 1).collect::<Vec<_>>());

    // One answer taken back: that feature's card counts one fewer at once.
    harness.state_mut().run_actions(
        &ctx,
        vec![Action::Edit {
            edit: Edit::SetResponse {
                respondent: respondents,
                feature: 0,
                response: Response::default(),
            },
            label: "Clear answer".into(),
            merge: None,
        }],
    );
    harness.step();
    let cleared = project_ns(&harness);
    assert_ne!(cleared, after);
    assert_eq!(map_ns(&mut harness), cleared);
    assert_eq!(slide(&harness), 2);
}

#[test]
fn clicking_a_card_shows_its_distribution_and_esc_closes_then_leaves() {
    let mut harness = workshop();
    press(&mut harness, egui::Key::End);
    let project = project(&harness);
    let index = project.feature_index("delay-compensation").unwrap();
    let name = project.features()[index].name.clone();
    harness.query_all_by_value(&name).next().unwrap().click();
    harness.run();
    assert_eq!(screen(&harness).unwrap().overlay(), Some(index));
    assert!(shows(&harness, "Distribution of answers"));
    // A click anywhere closes it, as in a slide show.
    harness
        .query_all_by_value("Distribution of answers")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(screen(&harness).unwrap().overlay(), None);
    harness.query_all_by_value(&name).next().unwrap().click();
    harness.run();
    assert_eq!(screen(&harness).unwrap().overlay(), Some(index));
    press(&mut harness, egui::Key::Escape);
    assert_eq!(screen(&harness).unwrap().overlay(), None);
    assert!(!shows(&harness, "Distribution of answers"));
    press(&mut harness, egui::Key::Escape);
    assert!(matches!(harness.state().mode(), Mode::Studio));
    assert_eq!(harness.ctx.zoom_factor(), 1.0);
}

#[test]
fn workshop_mode_is_light_even_over_the_dark_studio_and_gives_the_dark_theme_back() {
    let mut harness = harness(Tab::Results);
    let ctx = harness.ctx.clone();
    harness.state_mut().run_actions(
        &ctx,
        vec![Action::Command(kanoscope::ui::Command::ToggleTheme)],
    );
    harness.run();
    let dark = harness.ctx.theme();
    harness.key_press(egui::Key::F11);
    harness.run();
    assert_eq!(harness.ctx.theme(), egui::Theme::Light);
    press(&mut harness, egui::Key::Escape);
    assert!(matches!(harness.state().mode(), Mode::Studio));
    assert_eq!(harness.ctx.theme(), dark);
    assert_ne!(dark, egui::Theme::Light);
}

#[test]
fn ctrl_plus_minus_and_zero_zoom_the_slides() {
    let mut harness = workshop();
    let start = harness.ctx.zoom_factor();
    assert!(start > 1.5, "workshop type is large");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    harness.run();
    assert!(harness.ctx.zoom_factor() > start);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    harness.run();
    assert_eq!(harness.ctx.zoom_factor(), start);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    harness.run();
    assert!(harness.ctx.zoom_factor() < start);
}

/// The line segments painted in a category's colour in the last frame: whiskers and leader lines.
fn category_lines(harness: &Harness<'_, StudioApp>) -> usize {
    use kanoscope::figure::palette::category_color;
    let colours: Vec<egui::Color32> = kanoscope::kano::Category::ALL
        .iter()
        .map(|&c| {
            let c = category_color(c);
            egui::Color32::from_rgb(c.0, c.1, c.2)
        })
        .collect();
    fn count(shape: &egui::Shape, colours: &[egui::Color32]) -> usize {
        match shape {
            egui::Shape::LineSegment { stroke, .. } => usize::from(colours.contains(&stroke.color)),
            egui::Shape::Vec(shapes) => shapes.iter().map(|s| count(s, colours)).sum(),
            _ => 0,
        }
    }
    harness
        .output()
        .shapes
        .iter()
        .map(|s| count(&s.shape, &colours))
        .sum()
}

#[test]
fn i_and_the_slides_box_hide_and_show_the_intervals_for_plots_and_slides_alike() {
    let mut harness = workshop();
    assert_eq!(slide(&harness), 0, "the Better–Worse slide comes first");
    // The sample has 100 respondents or more: no whiskers by default.
    let respondents = project(&harness).respondents().len();
    assert!(respondents >= 100);
    let without = category_lines(&harness);
    let features = project(&harness).features().len();
    press(&mut harness, egui::Key::I);
    assert_eq!(harness.state().view().show_intervals, Some(true));
    let with = category_lines(&harness);
    // Two whiskers per point came; the leader lines stayed.
    assert_eq!(with - without, 2 * features, "{without} then {with}");
    // The box on the slide says so, and hides them again.
    let toggle = harness.get_by_label("95% intervals (I)");
    {
        use egui_kittest::kittest::NodeT;
        assert_eq!(
            toggle.accesskit_node().toggled(),
            Some(egui::accesskit::Toggled::True)
        );
    }
    toggle.click();
    harness.run();
    assert_eq!(harness.state().view().show_intervals, Some(false));
    assert_eq!(category_lines(&harness), without);
    // One setting for plots and slides: the Plots tab's box follows.
    assert!(!harness.state().view().intervals_shown(respondents));
}

#[test]
fn a_projectors_slide_title_is_whole_and_clear_of_the_slide_counter() {
    for size in [egui::vec2(1024.0, 768.0), egui::vec2(1920.0, 1080.0)] {
        let mut harness = workshop();
        // A screen of `size` pixels under workshop mode's large type.
        harness.set_size(size / harness.ctx.zoom_factor());
        harness.run();
        let title = "Better–Worse diagram";
        let node = harness
            .query_all_by_value(title)
            .next()
            .unwrap_or_else(|| panic!("{size:?}: no slide title {title:?}"));
        let shown = node.rect();
        let whole = harness.ctx.fonts_mut(|fonts| {
            fonts
                .layout_no_wrap(
                    title.to_owned(),
                    // A title may get smaller type to stay beside the figures, never less.
                    egui::FontId::proportional(
                        kanoscope::ui::theme::projector::TITLE_SIZE
                            * kanoscope::ui::present::MIN_TITLE_SHARE,
                    ),
                    egui::Color32::WHITE,
                )
                .size()
                .x
        });
        assert!(
            shown.width() + 1.0 >= whole,
            "{size:?}: the title is {} wide of {whole}: cut",
            shown.width()
        );
        let counter = harness
            .query_all(
                egui_kittest::kittest::By::new()
                    .predicate(|n| n.value().is_some_and(|v| v.starts_with("1 / "))),
            )
            .next()
            .unwrap_or_else(|| panic!("{size:?}: no slide counter"))
            .rect();
        assert!(
            !shown.intersects(counter),
            "{size:?}: the title {shown:?} runs into the counter {counter:?}"
        );
        assert!(
            harness.ctx.content_rect().contains_rect(shown),
            "{size:?}: {shown:?}"
        );
    }
}

#[test]
fn while_a_text_field_has_the_keyboard_workshop_keys_are_text() {
    let mut harness = workshop();
    // The room panel's setup asks for a segment question in a text field.
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::L,
    );
    harness.run();
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .click();
    harness.run();
    let intervals = harness.state().view().show_intervals;
    let before = slide(&harness);
    press(&mut harness, egui::Key::I);
    press(&mut harness, egui::Key::ArrowRight);
    assert_eq!(
        harness.state().view().show_intervals,
        intervals,
        "I toggled the intervals"
    );
    assert_eq!(slide(&harness), before, "→ moved the slide");
    assert!(screen(&harness).is_some(), "still in workshop mode");
}
