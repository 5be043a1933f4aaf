//! The names of groups of features in the person's language: SERVQUAL dimensions, touchpoints
//! (a touchpoint's name is the person's own text), the groups of features without either, and the
//! two groupings. The one place that turns a [`GroupKey`] or [`Dimension`] into words.

use crate::i18n::Texts;
use crate::project::{Dimension, GroupKey, Grouping};

/// A dimension's name: "Reliability", "可靠性".
pub fn dimension(t: &Texts, dimension: Dimension) -> &'static str {
    let m = &t.method;
    match dimension {
        Dimension::Tangibles => m.tangibles,
        Dimension::Reliability => m.reliability,
        Dimension::Responsiveness => m.responsiveness,
        Dimension::Assurance => m.assurance,
        Dimension::Empathy => m.empathy,
    }
}

/// What a dimension is about, for a tooltip.
pub fn dimension_tip(t: &Texts, dimension: Dimension) -> &'static str {
    let m = &t.method;
    match dimension {
        Dimension::Tangibles => m.tangibles_tip,
        Dimension::Reliability => m.reliability_tip,
        Dimension::Responsiveness => m.responsiveness_tip,
        Dimension::Assurance => m.assurance_tip,
        Dimension::Empathy => m.empathy_tip,
    }
}

/// A group's name: the touchpoint, the dimension, or "No touchpoint" / "No dimension".
pub fn group<'a>(t: &Texts, key: &'a GroupKey) -> &'a str {
    match key {
        GroupKey::Touchpoint(touchpoint) if touchpoint.is_empty() => t.features.no_touchpoint,
        GroupKey::Touchpoint(touchpoint) => touchpoint,
        GroupKey::Dimension(Some(d)) => dimension(t, *d),
        GroupKey::Dimension(None) => t.features.no_dimension,
    }
}

/// What a grouping groups by: "Touchpoint", "Dimension".
pub fn grouping(t: &Texts, grouping: Grouping) -> &'static str {
    match grouping {
        Grouping::ByTouchpoint => t.results.by_touchpoint,
        Grouping::ByDimension => t.results.by_dimension,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_dimension_has_a_name_in_both_languages() {
        for lang in [Lang::En, Lang::Zh] {
            let t = lang.texts();
            let names: Vec<&str> = Dimension::ALL.iter().map(|&d| dimension(t, d)).collect();
            for (i, name) in names.iter().enumerate() {
                assert!(!name.is_empty() && !names[..i].contains(name), "{names:?}");
                assert!(!dimension_tip(t, Dimension::ALL[i]).is_empty());
            }
        }
        let zh = Lang::Zh.texts();
        assert_eq!(dimension(zh, Dimension::Empathy), "移情性");
        assert_eq!(group(zh, &GroupKey::Dimension(None)), "未分配维度");
        let key = GroupKey::Touchpoint("Ticketing".into());
        assert_eq!(group(zh, &key), "Ticketing");
    }
}
