//! Strings of the Responses tab.

use super::texts;

texts!(
    /// Strings of the Responses tab.
    ResponsesTexts {
        title: "Responses", "回答";
    }
);
