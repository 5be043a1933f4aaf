//! Which respondents results are about: everybody or one segment. The results themselves are
//! [`crate::results`]'s; this filter is the document's word for a group of its respondents.

/// Which respondents the results are about.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum SegmentFilter {
    /// Everybody.
    #[default]
    All,
    /// Only respondents in this segment ("" for those without one).
    Only(String),
}
