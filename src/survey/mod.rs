//! Taking the survey: one respondent's walk through the questions, as a pure state machine.
//!
//! The survey screen (in `ui`) only draws the current [`Page`] and forwards keys and clicks; every
//! rule about order, pages, going back and what is kept lives here, where it is tested without a
//! window. This module never touches the screen, the disk or the clock: a random order comes from
//! a seed the caller passes in.

mod session;

pub use session::{Page, PagePart, Progress, SurveySession, shuffled_order};
