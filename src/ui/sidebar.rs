//! The side panel: the project's title, editable in place, over its features grouped by
//! touchpoint in journey order or by SERVQUAL dimension (the view's `grouping`). Each feature
//! shows its category chip (and a marker when the audience is split); each group shows how many
//! of its features fall in each category, collapses, and has a filter button that limits the
//! studio to that group. A click on a feature opens it in the Features tab.
//!
//! It reads the project and its results, adjusts the view and pushes actions; it never changes
//! the project itself. Rows are virtualised, so hundreds of features cost only the rows on screen.

mod groups;

pub use groups::{OutlineRow, category_counts, outline_rows};

use super::action::Action;
use super::features_editor::{self, summary};
use super::group_names;
use super::theme::{
    CHIP_SLOT, Chip, OUTLINE_INDENT, OUTLINE_ROW_HEIGHT, category_color, truncated_text,
};
use super::view::{Studio, Tab};
use crate::i18n::fill;
use crate::project::{Edit, FeatureFilter, Group, Grouping};
use eframe::egui::{
    self, Color32, Id, Pos2, Rect, Role, ScrollArea, Sense, Shape, Stroke, TextEdit, TextStyle,
    Vec2, WidgetInfo,
};

/// Shows the side panel.
pub fn show(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    title(ui, studio);
    grouping_choice(ui, studio);
    filter_banner(ui, studio);
    ui.separator();
    let project = studio.project;
    if project.features().is_empty() {
        ui.weak(studio.t.features.no_features);
        return;
    }
    let groups = project.groups(studio.view.grouping);
    let rows = outline_rows(
        &groups,
        &studio.view.collapsed_groups,
        studio.view.features.group(),
    );
    ScrollArea::vertical()
        .id_salt("outline")
        .auto_shrink(false)
        .show_rows(ui, OUTLINE_ROW_HEIGHT, rows.len(), |ui, range| {
            for row in &rows[range] {
                match *row {
                    OutlineRow::Group(g) => group_row(ui, studio, &groups[g]),
                    OutlineRow::Feature(index) => feature_row(ui, studio, index),
                }
            }
        });
}

/// The title, edited in place: typing is one undo step, ended when the field loses focus.
fn title(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    let t = &studio.t.features;
    let mut title = studio.project.title().to_owned();
    let label = ui.weak(t.project_title);
    let response = ui
        .add(
            TextEdit::singleline(&mut title)
                .char_limit(crate::io::text_limits::MAX_NAME_CHARS)
                .id(Id::unique("project_title"))
                .font(TextStyle::Heading)
                .hint_text(t.project_title_hint)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id)
        .on_hover_text(t.project_title_tip);
    if response.changed() {
        studio.actions.typing(
            Edit::SetTitle(title),
            t.step_rename_project,
            "project:title",
        );
    }
    if response.lost_focus() {
        studio.actions.push(Action::SealHistory);
    }
}

/// Touchpoint or dimension: what the outline groups features by.
fn grouping_choice(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    let t = studio.t;
    ui.horizontal(|ui| {
        for grouping in Grouping::ALL {
            ui.selectable_value(
                &mut studio.view.grouping,
                grouping,
                group_names::grouping(t, grouping),
            )
            .on_hover_text(t.results.group_by_tip);
        }
    });
}

/// Says which group the studio is limited to, with a way back to all features.
fn filter_banner(ui: &mut egui::Ui, studio: &mut Studio<'_>) {
    let Some(key) = studio.view.features.group() else {
        return;
    };
    let name = group_names::group(studio.t, key);
    let t = &studio.t.features;
    let text = fill(t.filtered_to, &[("touchpoint", &name)]);
    let mut clear = false;
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(ui.visuals().warn_fg_color, text);
        clear = ui
            .small_button(t.show_all)
            .on_hover_text(t.clear_filter_tip)
            .clicked();
    });
    if clear {
        studio.view.features = FeatureFilter::All;
    }
}

/// A group's header: the arrow and name toggle it open or closed; chips count its features per
/// category; the funnel at the right filters the studio to it.
fn group_row(ui: &mut egui::Ui, studio: &mut Studio<'_>, group: &Group) {
    let t = studio.t;
    let name = group_names::group(t, &group.key);
    let collapsed = studio.view.collapsed_groups.contains(&group.key);
    let filtered_here = studio.view.features.group() == Some(&group.key);
    let dimmed = studio.view.features.group().is_some() && !filtered_here;
    let (_, rect) = ui.allocate_space(Vec2::new(ui.available_width(), OUTLINE_ROW_HEIGHT));

    let filter_rect = Rect::from_min_size(
        Pos2::new(rect.right() - OUTLINE_ROW_HEIGHT, rect.top()),
        Vec2::splat(OUTLINE_ROW_HEIGHT),
    );
    let filter_tip = if filtered_here {
        t.features.clear_filter_tip.to_owned()
    } else {
        fill(t.features.filter_touchpoint_tip, &[("touchpoint", &name)])
    };
    let filter = ui.interact(
        filter_rect,
        Id::unique(("outline_filter", &group.key)),
        Sense::click(),
    );
    filter.widget_info(|| WidgetInfo::selected(Role::Button, true, filtered_here, &filter_tip));
    paint_funnel(ui, &filter, filtered_here);
    if filter.clicked() {
        studio.view.features = if filtered_here {
            FeatureFilter::All
        } else {
            FeatureFilter::Only(group.key.clone())
        };
    }
    filter.on_hover_text(&filter_tip);

    // Count chips, right-aligned before the funnel, in M O A I R Q order.
    let counts = category_counts(studio.results, &group.features);
    let mut right = filter_rect.left() - 4.0;
    let painter = ui.painter();
    for &(category, n) in counts.iter().rev() {
        let mut chip = Chip::filled(
            ui,
            format!("{}{n}", category.letter()),
            category_color(category),
        );
        if dimmed {
            chip = Chip::outlined(
                ui,
                format!("{}{n}", category.letter()),
                category_color(category),
            );
        }
        let left = right - chip.size().x;
        chip.paint_at(painter, left, rect.center().y);
        right = left - 3.0;
    }

    let header_rect =
        Rect::from_min_max(rect.min, Pos2::new(right.max(rect.left()), rect.bottom()));
    let header = ui.interact(
        header_rect,
        Id::unique(("outline_group", &group.key)),
        Sense::click(),
    );
    header.widget_info(|| WidgetInfo::selected(Role::Button, true, !collapsed, name));
    let visuals = ui.visuals();
    if header.hovered() {
        painter.rect_filled(header_rect, 3.0, visuals.widgets.hovered.weak_bg_fill);
    }
    let color = if dimmed {
        visuals.weak_text_color()
    } else {
        visuals.strong_text_color()
    };
    paint_arrow(
        painter,
        Pos2::new(rect.left() + 8.0, rect.center().y),
        collapsed,
        color,
    );
    let text_left = rect.left() + OUTLINE_INDENT;
    let heading = format!("{name} ({})", group.features.len());
    let galley = truncated_text(
        ui,
        &heading,
        TextStyle::Body.resolve(ui.style()),
        color,
        header_rect.right() - text_left - 4.0,
    );
    let y = rect.center().y - galley.size().y / 2.0;
    painter.galley(Pos2::new(text_left, y), galley, color);

    if header.clicked() {
        let list = &mut studio.view.collapsed_groups;
        if collapsed {
            list.retain(|c| *c != group.key);
        } else {
            list.push(group.key.clone());
        }
    }
    let mut tip = (if collapsed {
        t.features.expand_tip
    } else {
        t.features.collapse_tip
    })
    .to_owned();
    for (category, n) in counts {
        tip.push('\n');
        tip.push_str(&fill(
            t.features.category_count_tip,
            &[("category", &t.category(category)), ("n", &n)],
        ));
    }
    header.on_hover_text(tip);
}

/// A feature under its touchpoint: its category chip, a marker when the audience is split, its
/// name. A click selects it and opens it in the Features tab.
fn feature_row(ui: &mut egui::Ui, studio: &mut Studio<'_>, index: usize) {
    let t = studio.t;
    let Some(feature) = studio.project.features().get(index) else {
        return;
    };
    let stats = studio.results.features.get(index).map(|r| r.stats);
    let selected = studio.view.selected_feature == Some(index);
    let (_, rect) = ui.allocate_space(Vec2::new(ui.available_width(), OUTLINE_ROW_HEIGHT));
    let response = ui.interact(rect, Id::unique(("outline_feature", index)), Sense::click());
    response.widget_info(|| WidgetInfo::selected(Role::ListItem, true, selected, &feature.name));
    if ui.is_rect_visible(rect) {
        let visuals = ui.visuals();
        let painter = ui.painter();
        if selected {
            painter.rect_filled(rect, 3.0, visuals.selection.bg_fill);
        } else if response.hovered() {
            painter.rect_filled(rect, 3.0, visuals.widgets.hovered.weak_bg_fill);
        }
        let text_color = if selected {
            visuals.selection.stroke.color
        } else {
            visuals.text_color()
        };
        let chip = match stats.and_then(|s| s.category) {
            Some(category) => Chip::category(ui, category),
            None => Chip::outlined(ui, "–", visuals.weak_text_color()),
        };
        chip.paint_at(painter, rect.left() + OUTLINE_INDENT, rect.center().y);
        let mut left = rect.left() + OUTLINE_INDENT + CHIP_SLOT + 3.0;
        if stats.is_some_and(|s| s.is_mixed()) {
            left = Chip::outlined(ui, "≈", visuals.warn_fg_color)
                .paint_at(painter, left, rect.center().y)
                .right()
                + 3.0;
        }
        let galley = truncated_text(
            ui,
            &feature.name,
            TextStyle::Body.resolve(ui.style()),
            text_color,
            rect.right() - left - 6.0,
        );
        let y = rect.center().y - galley.size().y / 2.0;
        painter.galley(Pos2::new(left + 3.0, y), galley, text_color);
    }
    if response.clicked() {
        features_editor::select(studio, index);
        studio.view.tab = Tab::Features;
    }
    if response.hovered() {
        let mut tip = stats.map_or_else(|| t.features.no_answers.to_owned(), |s| summary(t, &s));
        if stats.is_some_and(|s| s.is_mixed()) {
            tip.push('\n');
            tip.push_str(t.method.mixed_tooltip);
        }
        response.on_hover_text(tip);
    }
}

/// A small triangle: pointing right when the group is closed, down when open.
fn paint_arrow(painter: &egui::Painter, center: Pos2, collapsed: bool, color: Color32) {
    let r = 4.0;
    let points = if collapsed {
        vec![
            center + Vec2::new(-r * 0.6, -r),
            center + Vec2::new(r * 0.8, 0.0),
            center + Vec2::new(-r * 0.6, r),
        ]
    } else {
        vec![
            center + Vec2::new(-r, -r * 0.6),
            center + Vec2::new(r, -r * 0.6),
            center + Vec2::new(0.0, r * 0.8),
        ]
    };
    painter.add(Shape::convex_polygon(points, color, Stroke::NONE));
}

/// A funnel, drawn rather than taken from a font, so it looks the same everywhere.
fn paint_funnel(ui: &egui::Ui, response: &egui::Response, active: bool) {
    let visuals = ui.visuals();
    let rect = response.rect.shrink(3.0);
    let painter = ui.painter();
    if active {
        painter.rect_filled(rect, 3.0, visuals.selection.bg_fill);
    } else if response.hovered() {
        painter.rect_filled(rect, 3.0, visuals.widgets.hovered.weak_bg_fill);
    }
    let color = if active {
        visuals.selection.stroke.color
    } else if response.hovered() {
        visuals.strong_text_color()
    } else {
        visuals.weak_text_color()
    };
    let c = rect.center();
    let (w, h) = (rect.width() * 0.32, rect.height() * 0.3);
    let funnel = vec![
        Pos2::new(c.x - w, c.y - h),
        Pos2::new(c.x + w, c.y - h),
        Pos2::new(c.x + w * 0.2, c.y + h * 0.1),
        Pos2::new(c.x - w * 0.2, c.y + h * 0.1),
    ];
    painter.add(Shape::convex_polygon(funnel, color, Stroke::NONE));
    painter.rect_filled(
        Rect::from_min_max(
            Pos2::new(c.x - w * 0.2, c.y + h * 0.1),
            Pos2::new(c.x + w * 0.2, c.y + h),
        ),
        0.0,
        color,
    );
}
