//! Workshop mode: full-screen slides for a room, on a light, high-contrast projector theme with
//! large type. Every slide reads the project each frame, so answers arriving (survey mode in the
//! same window, or edits) show on every slide at once.
//!
//! Keys follow presentation software (clickers send ←/→ and PageUp/PageDown): B blanks the
//! screen black, W white, I shows or hides the 95% intervals on the Better–Worse slide (the same
//! setting as the Plots tab's box, kept in the view), Ctrl +/−/0 zoom, Esc closes the
//! distribution overlay or leaves. The
//! screen never changes the project; leaving is a request ([`Action::LeaveMode`]).

mod overlay;
mod slides;

pub use slides::{Page, Slide, SlideContext, slides};

use super::action::{Action, Actions};
use super::theme::projector;
use super::view::ViewState;
use crate::i18n::{Texts, fill};
use crate::project::Project;
use crate::results::Results;
use eframe::egui::{self, Color32, Key, Modifiers, RichText};

/// A blanked screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blank {
    /// All black (B).
    Black,
    /// All white (W).
    White,
}

/// The workshop screen's state.
#[derive(Debug)]
pub struct PresentScreen {
    slide: usize,
    blank: Option<Blank>,
    overlay: Option<usize>,
    /// The zoom of the studio, restored on leaving.
    studio_zoom: f32,
    /// Whether the studio was full screen already, restored on leaving.
    studio_fullscreen: bool,
}

impl Default for PresentScreen {
    fn default() -> Self {
        Self {
            slide: 0,
            blank: None,
            overlay: None,
            studio_zoom: 1.0,
            studio_fullscreen: false,
        }
    }
}

/// The zoom of workshop mode: 14-point plot labels become 24.5 pixels on a 1080p projector.
pub const WORKSHOP_ZOOM: f32 = projector::ZOOM;
// Feature labels must be at least 24 pixels on a 1080p projector (one point is one pixel there
// before the zoom): checked when building.
const _: () = assert!(super::theme::plot::LABEL_SIZE * WORKSHOP_ZOOM >= 24.0);
const _: () = assert!(super::journey_map::CardSize::SLIDE.text * WORKSHOP_ZOOM >= 24.0);
const _: () = assert!(super::journey_map::CardSize::LARGE.text * WORKSHOP_ZOOM >= 24.0);
const ZOOM_STEP: f32 = 1.1;
const ZOOM_RANGE: (f32, f32) = (0.8, 4.0);

/// What the keys of one frame ask for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Keys {
    next: bool,
    previous: bool,
    first: bool,
    last: bool,
    black: bool,
    white: bool,
    escape: bool,
    zoom_in: bool,
    zoom_out: bool,
    zoom_reset: bool,
    intervals: bool,
}

impl PresentScreen {
    /// Starts workshop mode: full screen, light theme, large type. [`Self::leave`] undoes it.
    pub fn enter(ctx: &egui::Context) -> Self {
        let screen = Self {
            studio_zoom: ctx.zoom_factor(),
            studio_fullscreen: ctx.input(|i| i.viewport().fullscreen.unwrap_or(false)),
            ..Self::default()
        };
        ctx.set_theme(egui::Theme::Light);
        ctx.set_zoom_factor(WORKSHOP_ZOOM);
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
        screen
    }

    /// Restores the studio's zoom and window (the app restores its theme).
    pub fn leave(&self, ctx: &egui::Context) {
        ctx.set_zoom_factor(self.studio_zoom);
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(self.studio_fullscreen));
    }

    /// The slide shown (0-based).
    pub fn slide(&self) -> usize {
        self.slide
    }

    /// Whether the screen is blanked, and how.
    pub fn blank(&self) -> Option<Blank> {
        self.blank
    }

    /// The feature whose distribution is shown over the slide.
    pub fn overlay(&self) -> Option<usize> {
        self.overlay
    }

    /// Shows the current slide, after the keys of this frame.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        t: &Texts,
        project: &Project,
        results: &Results,
        view: &mut ViewState,
        actions: &mut Actions,
    ) {
        let segment = &view.segment.clone();
        let ctx = ui.ctx().clone();
        // The hint wraps to the slide's width: on a narrow projector it takes two lines rather
        // than run off the left edge.
        let hint = ui.painter().layout(
            t.present.hint.to_owned(),
            egui::FontId::proportional(projector::HINT_SIZE),
            projector::HINT,
            ui.available_width(),
        );
        // The content area under the header, the caption and above the hint. The header is one
        // row (title left, figures right) when every slide's title fits beside the figures, or
        // else two (the title whole on its own row): a deck keeps one header for all its slides.
        let room = ui.available_size();
        let content_under = |header: Header| {
            room - egui::vec2(
                0.0,
                header.height() + projector::META_SIZE * 1.4 + 12.0 + hint.size().y,
            )
        };
        let mut header = Header::OneRow;
        let mut slides = slides(t, project, results, content_under(header));
        let beside = header_figures_width(ui, t, slides.len(), results.respondents);
        let widest_title = slides
            .iter()
            .map(|s| text_width(ui, s.title(t), projector::TITLE_SIZE))
            .fold(0.0, f32::max);
        // A title too wide beside the figures first gets smaller type (down to
        // MIN_TITLE_SHARE of it), and only then a row of its own.
        let room_beside = (ui.available_width() - beside).max(0.0);
        let mut title_size = projector::TITLE_SIZE;
        if widest_title > room_beside {
            let share = room_beside / widest_title;
            if share >= MIN_TITLE_SHARE {
                title_size = projector::TITLE_SIZE * share;
            } else {
                header = Header::TwoRows;
                slides = self::slides(t, project, results, content_under(header));
            }
        }
        let content = content_under(header);
        let keys = read_keys(&ctx);
        self.apply_keys(keys, slides.len(), &ctx, actions);
        let mut intervals = view.intervals_shown(results.respondents);
        if keys.intervals {
            intervals = !intervals;
            view.show_intervals = Some(intervals);
        }
        let rect = ui.max_rect().expand(16.0);
        match self.blank {
            Some(blank) => {
                let color = match blank {
                    Blank::Black => Color32::BLACK,
                    Blank::White => Color32::WHITE,
                };
                ui.painter().rect_filled(rect, 0.0, color);
                return;
            }
            None => {
                ui.painter().rect_filled(rect, 0.0, projector::BACKGROUND);
            }
        }
        let Some(slide) = slides.get(self.slide) else {
            return;
        };
        projector_style(ui);

        if header == Header::TwoRows {
            ui.add(
                egui::Label::new(RichText::new(slide.title(t)).size(title_size).strong())
                    .truncate(),
            );
        }
        ui.horizontal(|ui| {
            // The figures on the right first; on one row the title takes the room left.
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let counter = fill(
                    t.present.slide_counter,
                    &[("n", &(self.slide + 1)), ("total", &slides.len())],
                );
                ui.label(RichText::new(counter).size(projector::META_SIZE));
                ui.separator();
                let n = fill(t.present.respondents, &[("n", &results.respondents)]);
                ui.label(RichText::new(n).size(projector::META_SIZE));
                if *slide == Slide::BetterWorse {
                    ui.separator();
                    if overlay::intervals_toggle(ui, t, intervals) {
                        intervals = !intervals;
                        view.show_intervals = Some(intervals);
                    }
                }
                if header == Header::OneRow {
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        ui.add(
                            egui::Label::new(
                                RichText::new(slide.title(t)).size(title_size).strong(),
                            )
                            .truncate(),
                        );
                    });
                }
            });
        });
        // What is shown: the segment and its n, in the room's language (the Better–Worse
        // picture carries its own caption).
        if *slide != Slide::BetterWorse {
            let caption = crate::figure::caption::caption(t, segment, results.respondents, None);
            ui.label(
                RichText::new(caption)
                    .size(projector::META_SIZE * 0.8)
                    .color(projector::WEAK_INK),
            );
        }
        ui.separator();
        let mut area = ui.available_rect_before_wrap();
        area.max.y -= hint.size().y;
        let clicked = ui
            .scope_builder(egui::UiBuilder::new().max_rect(area), |ui| {
                let cx = SlideContext {
                    t,
                    project,
                    results,
                    segment,
                    highlighted: self.overlay,
                    content,
                    show_intervals: intervals,
                };
                slide.show(ui, &cx)
            })
            .inner;
        if clicked.is_some() {
            self.overlay = clicked;
        }
        // The hint sits small in the bottom-right corner, readable for the facilitator only.
        let corner = ui.max_rect().right_bottom();
        let hint_rect = egui::Align2::RIGHT_BOTTOM.anchor_size(corner, hint.size());
        ui.painter().galley(hint_rect.min, hint, projector::HINT);

        if let Some(feature) = self.overlay
            && clicked.is_none()
            && overlay::show(&ctx, t, project, results, feature)
        {
            self.overlay = None;
        }
    }

    fn apply_keys(&mut self, keys: Keys, count: usize, ctx: &egui::Context, actions: &mut Actions) {
        let moves = keys.next || keys.previous || keys.first || keys.last;
        if keys.escape {
            if self.overlay.is_some() {
                self.overlay = None;
            } else {
                actions.push(Action::LeaveMode);
            }
        }
        if keys.black {
            self.blank = (self.blank != Some(Blank::Black)).then_some(Blank::Black);
        } else if keys.white {
            self.blank = (self.blank != Some(Blank::White)).then_some(Blank::White);
        } else if moves && self.blank.is_some() {
            // As in presentation software: a slide key on a blank screen first shows the slide.
            self.blank = None;
        } else if moves {
            self.overlay = None;
            self.slide = move_slide(self.slide, count, keys);
        }
        self.slide = self.slide.min(count.saturating_sub(1));
        let zoom = ctx.zoom_factor();
        let wanted = if keys.zoom_reset {
            WORKSHOP_ZOOM
        } else if keys.zoom_in {
            zoom * ZOOM_STEP
        } else if keys.zoom_out {
            zoom / ZOOM_STEP
        } else {
            zoom
        };
        let wanted = wanted.clamp(ZOOM_RANGE.0, ZOOM_RANGE.1);
        if wanted != zoom {
            ctx.set_zoom_factor(wanted);
        }
    }
}

/// The slide a key moves to from `slide` of `count`.
/// How much smaller than [`projector::TITLE_SIZE`] a slide title may get to stay beside the
/// header's figures.
pub const MIN_TITLE_SHARE: f32 = 0.75;

/// How the slide's header is set: see [`PresentScreen::show`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Header {
    /// The title left, the figures right.
    OneRow,
    /// The title on its own row, the figures under it.
    TwoRows,
}

impl Header {
    /// Its height in points.
    fn height(self) -> f32 {
        match self {
            Self::OneRow => projector::TITLE_SIZE * 1.6,
            Self::TwoRows => projector::TITLE_SIZE * 1.6 + projector::META_SIZE * 1.6,
        }
    }
}

/// The width of `text` on one line at `size`.
fn text_width(ui: &egui::Ui, text: String, size: f32) -> f32 {
    ui.painter()
        .layout_no_wrap(text, egui::FontId::proportional(size), Color32::WHITE)
        .size()
        .x
}

/// The width the header's figures take beside the title: the intervals box, the respondents and
/// the slide counter with their separators and spacing (the widest counter of the deck).
fn header_figures_width(ui: &egui::Ui, t: &Texts, slides: usize, respondents: usize) -> f32 {
    let counter = fill(
        t.present.slide_counter,
        &[("n", &slides), ("total", &slides)],
    );
    let n = fill(t.present.respondents, &[("n", &respondents)]);
    let spacing = ui.spacing().item_spacing.x;
    let checkbox = ui.spacing().icon_width + ui.spacing().icon_spacing;
    text_width(ui, counter, projector::META_SIZE)
        + text_width(ui, n, projector::META_SIZE)
        + text_width(
            ui,
            t.present.intervals_toggle.to_owned(),
            projector::META_SIZE * 0.8,
        )
        + checkbox
        + 3.0 * (spacing * 2.0 + 1.0)
        + 2.0 * spacing
}

fn move_slide(slide: usize, count: usize, keys: Keys) -> usize {
    let last = count.saturating_sub(1);
    if keys.first {
        0
    } else if keys.last {
        last
    } else if keys.next {
        (slide + 1).min(last)
    } else if keys.previous {
        slide.saturating_sub(1)
    } else {
        slide
    }
}

/// Takes this frame's workshop keys, so that egui's own zoom keys do not act twice.
fn read_keys(ctx: &egui::Context) -> Keys {
    // While a text field has the keyboard (the room panel's question, say), its keys are text.
    if ctx.egui_wants_keyboard_input() {
        return Keys::default();
    }
    ctx.input_mut(|i| {
        let mut key = |m: Modifiers, k: Key| i.consume_key(m, k);
        let none = Modifiers::NONE;
        let command = Modifiers::COMMAND;
        Keys {
            next: key(none, Key::ArrowRight)
                | key(none, Key::PageDown)
                | key(none, Key::ArrowDown)
                | key(none, Key::Space),
            previous: key(none, Key::ArrowLeft) | key(none, Key::PageUp) | key(none, Key::ArrowUp),
            first: key(none, Key::Home),
            last: key(none, Key::End),
            black: key(none, Key::B) | key(none, Key::Period),
            white: key(none, Key::W) | key(none, Key::Comma),
            escape: key(none, Key::Escape),
            zoom_in: key(command, Key::Plus) | key(command, Key::Equals),
            zoom_out: key(command, Key::Minus),
            zoom_reset: key(command, Key::Num0),
            intervals: key(none, Key::I),
        }
    })
}

/// Black text, strong lines: a projector washes out greys.
fn projector_style(ui: &mut egui::Ui) {
    let visuals = &mut ui.style_mut().visuals;
    *visuals = egui::Visuals::light();
    visuals.override_text_color = Some(projector::INK);
    visuals.widgets.noninteractive.fg_stroke.color = projector::INK;
    visuals.widgets.noninteractive.bg_stroke.color = projector::LINE;
    visuals.weak_text_color = Some(projector::WEAK_INK);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slide_keys_stay_within_the_slides() {
        let next = Keys {
            next: true,
            ..Keys::default()
        };
        let previous = Keys {
            previous: true,
            ..Keys::default()
        };
        assert_eq!(move_slide(0, 8, next), 1);
        assert_eq!(move_slide(7, 8, next), 7);
        assert_eq!(move_slide(0, 8, previous), 0);
        assert_eq!(move_slide(5, 8, previous), 4);
        let last = Keys {
            last: true,
            ..Keys::default()
        };
        assert_eq!(move_slide(2, 8, last), 7);
        assert_eq!(move_slide(0, 0, next), 0);
    }
}
