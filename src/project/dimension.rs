//! The SERVQUAL dimension a feature serves (Parasuraman, Zeithaml & Berry 1988): the service-quality
//! lens the project's features can be grouped by, besides their touchpoint.
//!
//! Only the five dimensions and their file tokens live here; their names in the person's language
//! belong to `i18n`. This module must never know about the screen or about any one file format beyond
//! the tokens FORMATS.md fixes (`"tangibles"`, `"reliability"`, `"responsiveness"`, `"assurance"`,
//! `"empathy"`).

use serde::{Deserialize, Serialize};

/// One of SERVQUAL's five dimensions of service quality.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    /// Physical facilities, equipment, staff appearance.
    Tangibles,
    /// Performing the promised service dependably and accurately.
    Reliability,
    /// Willingness to help and prompt service.
    Responsiveness,
    /// Knowledge and courtesy of staff, and their ability to inspire trust.
    Assurance,
    /// Caring, individual attention.
    Empathy,
}

impl Dimension {
    /// All five, in SERVQUAL's customary order.
    pub const ALL: [Self; 5] = [
        Self::Tangibles,
        Self::Reliability,
        Self::Responsiveness,
        Self::Assurance,
        Self::Empathy,
    ];

    /// The token written in project files and accepted on the command line.
    pub fn token(self) -> &'static str {
        match self {
            Self::Tangibles => "tangibles",
            Self::Reliability => "reliability",
            Self::Responsiveness => "responsiveness",
            Self::Assurance => "assurance",
            Self::Empathy => "empathy",
        }
    }

    /// The dimension a token names (case and surrounding spaces ignored), if any.
    pub fn from_token(text: &str) -> Option<Self> {
        let text = text.trim();
        Self::ALL
            .into_iter()
            .find(|d| d.token().eq_ignore_ascii_case(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_and_match_serde() {
        for d in Dimension::ALL {
            assert_eq!(Dimension::from_token(d.token()), Some(d));
            assert_eq!(
                serde_json::to_string(&d).unwrap(),
                format!("\"{}\"", d.token())
            );
        }
        assert_eq!(Dimension::from_token(" Empathy "), Some(Dimension::Empathy));
        assert_eq!(Dimension::from_token("speed"), None);
    }
}
