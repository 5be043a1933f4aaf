//! Strings of the Features tab and the side panel.

use super::texts;

texts!(
    /// Strings of the Features tab and the side panel.
    FeaturesTexts {
        title: "Features", "功能";
    }
);
