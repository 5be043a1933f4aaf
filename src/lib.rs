//! Kanoscope: a desktop studio for the Kano model of customer satisfaction.
//!
//! Floors, from the bottom: [`kano`] (the pure engine) <- [`project`] (the document and its edits)
//! <- [`results`] (one results model, once per revision) <- [`io`] (files), [`export`] (results, plots, reports and questionnaires out) and `ui`
//! <- `app` and [`cli`]. Nothing points upward.

pub mod app;
pub mod cli;
pub mod export;
pub mod figure;
pub mod i18n;
pub mod io;
pub mod kano;
pub mod project;
pub mod results;
pub mod room;
pub mod survey;
pub mod ui;
pub mod version;
