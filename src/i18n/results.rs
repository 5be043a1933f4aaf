//! Strings of the Results and Plots tabs.

use super::texts;

texts!(
    /// Strings of the Results and Plots tabs.
    ResultsTexts {
        title: "Results", "结果";
    }
);
