//! Panels and widgets. They read the project and its results, adjust the view, and push
//! [`action::Action`]s; they never change the project themselves and never touch files, dialogs or
//! the clock. The app runs what they ask for once the frame is drawn.

pub mod action;
pub mod analysis_settings;
pub mod error_text;
pub mod export_dialog;
pub mod features_editor;
pub mod figure_cache;
pub mod figure_paint;
pub mod fonts;
pub mod group_names;
pub mod help;
pub mod import_dialog;
pub mod journey_map;
pub mod menu_bar;
pub mod overview;
pub mod plots;
pub mod present;
pub mod responses_grid;
pub mod results_filters;
pub mod results_table;
pub mod room_panel;
pub mod segment_comparison;
pub mod sidebar;
pub mod status_bar;
pub mod survey;
pub mod theme;
pub mod view;

pub use action::{Action, Actions, Command};
pub use view::{MapView, PlotKind, ResultsTableState, SortKey, Studio, Tab, ViewState};
