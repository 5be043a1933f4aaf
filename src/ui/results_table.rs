//! The results table: one row per feature with counts, category, Better/Worse, strengths,
//! Fong's test and importance. It only reads.

use super::theme::category_color;
use super::view::Studio;
use crate::kano::Category;
use eframe::egui::{self, RichText};
use egui_extras::{Column, TableBuilder};

/// Shows the results table.
pub fn show(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    let (project, results) = (studio.project, studio.results);
    let text_height = egui::TextStyle::Body.resolve(ui.style()).size + 6.0;
    let figure = |x: Option<f64>| x.map_or_else(|| "–".to_owned(), |v| format!("{v:.2}"));
    let percent =
        |x: Option<f64>| x.map_or_else(|| "–".to_owned(), |v| format!("{:.0}%", v * 100.0));
    TableBuilder::new(ui)
        .striped(true)
        .resizable(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::initial(260.0).at_least(120.0).clip(true))
        .column(Column::auto())
        .columns(Column::auto().at_least(28.0), 6)
        .column(Column::initial(150.0))
        .columns(Column::auto().at_least(48.0), 5)
        .column(Column::remainder())
        .header(text_height + 4.0, |mut header| {
            for title in [
                "Feature",
                "n",
                "A",
                "O",
                "M",
                "I",
                "R",
                "Q",
                "Category",
                "Better",
                "Worse",
                "CS",
                "TS",
                "Fong",
                "Importance",
            ] {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(text_height, results.features.len(), |mut row| {
                let result = &results.features[row.index()];
                let feature = &project.features()[result.index];
                let s = &result.stats;
                row.col(|ui| {
                    ui.label(&feature.name).on_hover_text(&feature.id);
                });
                row.col(|ui| {
                    ui.label(s.n.to_string());
                });
                for c in Category::ALL {
                    row.col(|ui| {
                        ui.label(s.counts[c].to_string());
                    });
                }
                row.col(|ui| match s.category {
                    Some(c) => {
                        ui.label(
                            RichText::new(format!("{} {}", c.letter(), c.classic_name()))
                                .color(category_color(c))
                                .strong(),
                        );
                    }
                    None => {
                        ui.label("–");
                    }
                });
                row.col(|ui| {
                    ui.label(figure(s.coefficients.map(|c| c.better)));
                });
                row.col(|ui| {
                    ui.label(figure(s.coefficients.map(|c| c.worse)));
                });
                row.col(|ui| {
                    ui.label(percent(s.strength.map(|st| st.category)));
                });
                row.col(|ui| {
                    ui.label(percent(s.strength.map(|st| st.total)));
                });
                row.col(|ui| {
                    ui.label(match s.fong {
                        Some(f) if f.significant => "sig.",
                        Some(_) => "mixed",
                        None => "–",
                    });
                });
                row.col(|ui| {
                    ui.label(
                        s.importance
                            .map_or_else(|| "–".to_owned(), |i| format!("{:.1}", i.mean)),
                    );
                });
            });
        });
}
