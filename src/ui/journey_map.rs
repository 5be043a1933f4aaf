//! The moments-of-truth map (a studio tab): touchpoints as columns in journey order, each feature
//! a card coloured by its category. Placeholder until the map is built.

use super::view::Studio;
use eframe::egui;

/// Shows the map.
pub fn show(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    for touchpoint in studio.project.touchpoints() {
        ui.label(touchpoint);
    }
}
