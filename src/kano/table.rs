//! The evaluation tables that turn an answer pair into a category, kept as data.

use super::answer::Answer;
use super::category::Category;
use serde::{Deserialize, Serialize};

/// Which evaluation table classifies answer pairs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EvaluationTable {
    /// Berger et al. 1993, Sauerwein et al. 1996 (Fig. 6).
    #[default]
    Standard,
    /// Pouliot 1993: the same answer on both sides is Questionable, except neutral/neutral.
    Pouliot,
}

use Category::{A, I, M, O, Q, R};

/// Rows: functional answer; columns: dysfunctional answer; both in [`Answer::ALL`] order.
const STANDARD: [[Category; 5]; 5] = [
    [Q, A, A, A, O],
    [R, I, I, I, M],
    [R, I, I, I, M],
    [R, I, I, I, M],
    [R, R, R, R, Q],
];

const POULIOT: [[Category; 5]; 5] = [
    [Q, A, A, A, O],
    [R, Q, I, I, M],
    [R, I, I, I, M],
    [R, I, I, Q, M],
    [R, R, R, R, Q],
];

impl EvaluationTable {
    /// Both tables.
    pub const ALL: [Self; 2] = [Self::Standard, Self::Pouliot];

    /// The category of one answer pair.
    pub const fn classify(self, functional: Answer, dysfunctional: Answer) -> Category {
        self.cells()[functional.index()][dysfunctional.index()]
    }

    /// The whole table, rows functional, columns dysfunctional.
    pub const fn cells(self) -> &'static [[Category; 5]; 5] {
        match self {
            Self::Standard => &STANDARD,
            Self::Pouliot => &POULIOT,
        }
    }

    /// The token used in project files and on the command line.
    pub const fn token(self) -> &'static str {
        match self {
            Self::Standard => "standard",
            Self::Pouliot => "pouliot",
        }
    }

    /// A name for menus.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Standard => "Standard (Berger 1993)",
            Self::Pouliot => "Pouliot (1993)",
        }
    }
}
