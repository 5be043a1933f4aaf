//! Panels and widgets. They read the project and its results and return what the person asked
//! for; they never change the project themselves and never touch files or dialogs.

pub mod results_table;
pub mod theme;
