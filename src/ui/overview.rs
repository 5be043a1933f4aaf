//! The touchpoint × dimension overview (on the map tab): per moment of truth (a row) and SERVQUAL
//! dimension (a column), how many features are basics (M), performance (O) and delights (A), so
//! a team sees whether a touchpoint's basics are about reliability or empathy, and where delight
//! can come from.
//!
//! It only reads the project and its results; a click on a chip selects a feature and nothing else.

use super::group_names;
use super::theme::{Chip, category_color};
use super::view::{MapView, Studio};
use crate::i18n::fill;
use crate::kano::Category;
use crate::project::GroupKey;
use crate::results::{GroupResult, overview};
use eframe::egui;

/// The categories a cell shows, in the order a reader looks for them: basics, performance,
/// delights (the others are in the cell's tooltip).
const SHOWN: [Category; 3] = [Category::M, Category::O, Category::A];

/// The map tab's two views: the journey map, or this overview.
pub fn map_choice(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    let r = &studio.t.results;
    ui.horizontal(|ui| {
        let map = &mut studio.view.map;
        ui.selectable_value(map, MapView::Journey, r.map_journey)
            .on_hover_text(r.map_journey_tip);
        ui.selectable_value(map, MapView::Overview, r.map_overview)
            .on_hover_text(studio.t.with_categories(r.map_overview_tip));
    });
}

/// Shows the overview.
pub fn show(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    let t = studio.t;
    // The app computes the overview once per revision; a studio without one computes it here.
    let computed;
    let o = match studio.overview {
        Some(o) => o,
        None => {
            computed = overview(studio.project, studio.results);
            &computed
        }
    };
    ui.weak(t.with_categories(t.results.overview_hint));
    ui.add_space(4.0);
    egui::ScrollArea::both()
        .id_salt("overview")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("overview_grid")
                .striped(true)
                .min_col_width(110.0)
                .spacing([12.0, 8.0])
                .show(ui, |ui| {
                    ui.label("");
                    for &dimension in &o.dimensions {
                        let key = GroupKey::Dimension(dimension);
                        let header = ui.strong(group_names::group(t, &key));
                        if let Some(d) = dimension {
                            header.on_hover_text(group_names::dimension_tip(t, d));
                        }
                    }
                    ui.end_row();
                    for (touchpoint, row) in o.touchpoints.iter().zip(&o.cells) {
                        let key = GroupKey::Touchpoint(touchpoint.clone());
                        ui.strong(group_names::group(t, &key));
                        for cell in row {
                            if let Some(feature) = cell_ui(ui, studio, cell) {
                                studio.view.selected_feature = Some(feature);
                            }
                        }
                        ui.end_row();
                    }
                });
        });
}

/// One cell: a chip per category among M, O, A that has features, and the features' names in
/// its tooltip; a click on a chip selects the cell's first feature of that category.
fn cell_ui(ui: &mut egui::Ui, studio: &Studio<'_>, cell: &GroupResult) -> Option<usize> {
    let t = studio.t;
    if cell.features.is_empty() {
        ui.weak("–");
        return None;
    }
    let names: Vec<String> = cell
        .features
        .iter()
        .filter_map(|&i| {
            let feature = studio.project.features().get(i)?;
            let category = studio.results.features.get(i)?.stats.category;
            let letter = category.map_or("–", Category::letter);
            Some(format!("{letter}  {}", feature.name))
        })
        .collect();
    let tip = names.join("\n");
    let mut clicked = None;
    ui.horizontal(|ui| {
        let mut any = false;
        for category in SHOWN {
            let n = cell.count(category);
            if n == 0 {
                continue;
            }
            any = true;
            let text = format!("{}{n}", category.letter());
            let hover = fill(
                t.results.overview_cell_tip,
                &[("n", &n), ("category", &t.category(category))],
            );
            let chip = Chip::filled(ui, text.clone(), category_color(category));
            let (rect, response) = ui.allocate_exact_size(chip.size(), egui::Sense::click());
            chip.paint(ui.painter(), rect);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &text));
            if response.on_hover_text(&hover).clicked() {
                clicked = cell.features.iter().copied().find(|&i| {
                    studio
                        .results
                        .features
                        .get(i)
                        .and_then(|r| r.stats.category)
                        == Some(category)
                });
            }
        }
        if !any {
            let others = fill(t.results.overview_others, &[("n", &cell.features.len())]);
            ui.weak(others);
        }
    })
    .response
    .on_hover_text(tip);
    clicked
}
