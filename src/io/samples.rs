//! The sample projects compiled into the binary, so that Kanoscope shows something real on a
//! fresh machine with no file at hand.

use crate::project::Project;

/// A sample project shipped with Kanoscope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sample {
    /// Metro Line 11 passenger services, in English.
    MetroEnglish,
    /// The same survey in Simplified Chinese.
    MetroChinese,
}

impl Sample {
    /// Every sample.
    pub const ALL: [Self; 2] = [Self::MetroEnglish, Self::MetroChinese];

    /// The file name it ships as.
    pub const fn file_name(self) -> &'static str {
        match self {
            Self::MetroEnglish => "metro.kano.json",
            Self::MetroChinese => "metro-zh.kano.json",
        }
    }

    /// The file's text.
    pub const fn text(self) -> &'static str {
        match self {
            Self::MetroEnglish => include_str!("../../assets/samples/metro.kano.json"),
            Self::MetroChinese => include_str!("../../assets/samples/metro-zh.kano.json"),
        }
    }

    /// The project. The samples are checked by the test suite, so a failure here is a build
    /// defect; it still returns an empty project rather than panicking.
    pub fn project(self) -> Project {
        super::parse_project(self.text().as_bytes()).unwrap_or_default()
    }
}
