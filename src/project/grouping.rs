//! How features are grouped: by touchpoint (the moment of truth, in journey order) or by SERVQUAL
//! dimension. One type for every place that groups or filters features (the side panel, the
//! results table, the plots, the map, the overview), so the rule "which group is a feature in,
//! and in what order do groups come" lives here and nowhere else.
//!
//! Pure: it reads features and never draws, names groups in a language (that is `i18n`'s), or
//! changes the project.

use super::{Dimension, Feature, Project};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What features are grouped by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Grouping {
    /// By touchpoint, in journey order (the order touchpoints first appear among the features).
    #[default]
    ByTouchpoint,
    /// By SERVQUAL dimension, in SERVQUAL's order.
    ByDimension,
}

impl Grouping {
    /// Both groupings, in the order a selector offers them.
    pub const ALL: [Self; 2] = [Self::ByTouchpoint, Self::ByDimension];

    /// The group `feature` is in under this grouping.
    pub fn key_of(self, feature: &Feature) -> GroupKey {
        match self {
            Self::ByTouchpoint => GroupKey::Touchpoint(feature.touchpoint.clone()),
            Self::ByDimension => GroupKey::Dimension(feature.dimension),
        }
    }
}

/// One group: a touchpoint ("" for features without one) or a dimension (`None` for features
/// without one).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum GroupKey {
    /// The features of one touchpoint.
    Touchpoint(String),
    /// The features serving one SERVQUAL dimension.
    Dimension(Option<Dimension>),
}

impl GroupKey {
    /// Whether `feature` is in this group.
    pub fn holds(&self, feature: &Feature) -> bool {
        match self {
            Self::Touchpoint(t) => feature.touchpoint == *t,
            Self::Dimension(d) => feature.dimension == *d,
        }
    }

    /// Whether this is the group of the features that have no touchpoint (or no dimension).
    pub fn is_unassigned(&self) -> bool {
        match self {
            Self::Touchpoint(t) => t.is_empty(),
            Self::Dimension(d) => d.is_none(),
        }
    }

    /// The group's name as files and the CLI write it: the touchpoint, or the dimension's token;
    /// `None` for the group of the features without one.
    pub fn token(&self) -> Option<&str> {
        match self {
            Self::Touchpoint(t) => Some(t.as_str()).filter(|t| !t.is_empty()),
            Self::Dimension(d) => d.map(Dimension::token),
        }
    }

    /// The grouping this group belongs to.
    pub fn grouping(&self) -> Grouping {
        match self {
            Self::Touchpoint(_) => Grouping::ByTouchpoint,
            Self::Dimension(_) => Grouping::ByDimension,
        }
    }
}

/// The features of one group, in project order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// Which group.
    pub key: GroupKey,
    /// Positions of its features in [`Project::features`].
    pub features: Vec<usize>,
}

impl Group {
    /// Its features with their positions in `project`, in project order.
    pub fn features_of<'g, 'p>(
        &'g self,
        project: &'p Project,
    ) -> impl Iterator<Item = (usize, &'p Feature)> + use<'g, 'p> {
        self.features
            .iter()
            .filter_map(move |&i| project.features().get(i).map(|f| (i, f)))
    }
}

/// Which features the studio shows: all, or those of one group.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum FeatureFilter {
    /// Every feature.
    #[default]
    All,
    /// Only the features of this group.
    Only(GroupKey),
}

impl FeatureFilter {
    /// Whether `feature` passes the filter.
    pub fn admits(&self, feature: &Feature) -> bool {
        match self {
            Self::All => true,
            Self::Only(key) => key.holds(feature),
        }
    }

    /// Whether the feature at `index` of `project` passes the filter (false for no such feature).
    pub fn admits_index(&self, project: &Project, index: usize) -> bool {
        project
            .features()
            .get(index)
            .is_some_and(|f| self.admits(f))
    }

    /// The group filtered on, if any.
    pub fn group(&self) -> Option<&GroupKey> {
        match self {
            Self::All => None,
            Self::Only(key) => Some(key),
        }
    }
}

impl Project {
    /// The features in groups: by touchpoint in journey order, or by dimension in SERVQUAL
    /// order; the features without a touchpoint (dimension) come last. Empty groups are left
    /// out. Linear in the number of features.
    pub fn groups(&self, grouping: Grouping) -> Vec<Group> {
        let keys: Vec<GroupKey> = match grouping {
            Grouping::ByTouchpoint => self
                .touchpoints()
                .into_iter()
                .map(|t| GroupKey::Touchpoint(t.to_owned()))
                .chain([GroupKey::Touchpoint(String::new())])
                .collect(),
            Grouping::ByDimension => Dimension::ALL
                .into_iter()
                .map(Some)
                .chain([None])
                .map(GroupKey::Dimension)
                .collect(),
        };
        let mut groups: Vec<Group> = keys
            .into_iter()
            .map(|key| Group {
                key,
                features: Vec::new(),
            })
            .collect();
        let position: HashMap<GroupKey, usize> = groups
            .iter()
            .enumerate()
            .map(|(i, g)| (g.key.clone(), i))
            .collect();
        for (index, feature) in self.features().iter().enumerate() {
            if let Some(&g) = position.get(&grouping.key_of(feature)) {
                groups[g].features.push(index);
            }
        }
        groups.retain(|g| !g.features.is_empty());
        groups
    }
}

/// A project whose features `f0`, `f1`, … have these touchpoints, for tests of what groups them.
#[cfg(test)]
pub(crate) fn project_with_touchpoints(touchpoints: &[&str]) -> Project {
    let features = touchpoints
        .iter()
        .enumerate()
        .map(|(i, touchpoint)| Feature {
            id: format!("f{i}"),
            touchpoint: (*touchpoint).to_owned(),
            ..Feature::default()
        })
        .collect();
    Project::from_parts(
        "t".into(),
        crate::kano::Analysis::default(),
        features,
        Vec::new(),
    )
    .unwrap_or_else(|e| panic!("{e:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kano::Analysis;

    fn project(features: &[(&str, Option<Dimension>)]) -> Project {
        let features = features
            .iter()
            .enumerate()
            .map(|(i, (touchpoint, dimension))| Feature {
                id: format!("f{i}"),
                touchpoint: (*touchpoint).to_owned(),
                dimension: *dimension,
                ..Feature::default()
            })
            .collect();
        Project::from_parts("t".into(), Analysis::default(), features, Vec::new()).unwrap()
    }

    fn check(grouping: Grouping, expected: &[(GroupKey, &[usize])]) {
        use Dimension::*;
        let p = project(&[
            ("Station", Some(Empathy)),
            ("", Some(Reliability)),
            ("Train", None),
            ("Station", Some(Reliability)),
        ]);
        let got: Vec<(GroupKey, Vec<usize>)> = p
            .groups(grouping)
            .into_iter()
            .map(|g| (g.key, g.features))
            .collect();
        let expected: Vec<(GroupKey, Vec<usize>)> = expected
            .iter()
            .map(|(k, f)| (k.clone(), f.to_vec()))
            .collect();
        assert_eq!(got, expected, "{grouping:?}");
    }

    #[test]
    fn groups_come_in_journey_or_servqual_order_with_the_unassigned_last() {
        let tp = |t: &str| GroupKey::Touchpoint(t.into());
        check(
            Grouping::ByTouchpoint,
            &[
                (tp("Station"), &[0, 3]),
                (tp("Train"), &[2]),
                (tp(""), &[1]),
            ],
        );
        let dim = GroupKey::Dimension;
        check(
            Grouping::ByDimension,
            &[
                (dim(Some(Dimension::Reliability)), &[1, 3]),
                (dim(Some(Dimension::Empathy)), &[0]),
                (dim(None), &[2]),
            ],
        );
    }

    #[test]
    fn a_group_names_itself_and_lists_its_features() {
        let p = project(&[("Station", Some(Dimension::Empathy)), ("", None)]);
        let groups = p.groups(Grouping::ByTouchpoint);
        let tokens: Vec<Option<&str>> = groups.iter().map(|g| g.key.token()).collect();
        assert_eq!(tokens, [Some("Station"), None]);
        let ids: Vec<(usize, &str)> = groups[0]
            .features_of(&p)
            .map(|(i, f)| (i, f.id.as_str()))
            .collect();
        assert_eq!(ids, [(0, "f0")]);
        let by_dimension = p.groups(Grouping::ByDimension);
        assert_eq!(
            by_dimension[0].key.token(),
            Some(Dimension::Empathy.token())
        );
        assert_eq!(by_dimension[1].key.token(), None);
    }

    #[test]
    fn a_filter_admits_the_features_of_its_group() {
        let p = project(&[("Station", Some(Dimension::Empathy)), ("", None)]);
        let admitted = |filter: FeatureFilter| -> Vec<usize> {
            (0..3).filter(|&i| filter.admits_index(&p, i)).collect()
        };
        assert_eq!(admitted(FeatureFilter::All), [0, 1]);
        let only = |key| FeatureFilter::Only(key);
        assert_eq!(admitted(only(GroupKey::Touchpoint("Station".into()))), [0]);
        assert_eq!(admitted(only(GroupKey::Touchpoint(String::new()))), [1]);
        assert_eq!(admitted(only(GroupKey::Dimension(None))), [1]);
        assert_eq!(
            admitted(only(GroupKey::Dimension(Some(Dimension::Empathy)))),
            [0]
        );
        assert_eq!(admitted(only(GroupKey::Touchpoint("Train".into()))), [0; 0]);
    }
}
