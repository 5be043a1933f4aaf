//! The scale self-stated importance was asked on: its lowest and highest point and, when the
//! question named its points ("Not at all important" … "Extremely important"), one label per
//! point. Kanoscope's default is 1..9 without labels; an imported survey keeps the scale it was
//! asked on (1..5, 1..7, 0..10, a verbal 5-point scale), never squeezed into 1..9.
//!
//! Invariants, guarded here and nowhere else: `0 <= min < max <= 10`, and `labels` is empty or
//! has exactly one text per point. This module must never know about the screen or about a file
//! format beyond the fields FORMATS.md fixes (`min`, `max`, `labels`).

use crate::kano::Importance;
use serde::{Deserialize, Serialize};

/// The points on which importance is asked.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct ImportanceScale {
    min: u8,
    max: u8,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    labels: Vec<String>,
}

/// Why a scale is not one.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportanceScaleError {
    /// `min` or `max` outside 0..=10, or `min` not below `max`.
    #[error(
        "the importance scale {min} to {max} is not one; expected whole numbers with 0 <= min < max <= 10"
    )]
    Bounds {
        /// The lowest point given.
        min: i64,
        /// The highest point given.
        max: i64,
    },
    /// Labels given, but not one per point.
    #[error("the importance scale {min} to {max} has {points} points but {found} labels")]
    LabelCount {
        /// The lowest point.
        min: u8,
        /// The highest point.
        max: u8,
        /// How many points the scale has.
        points: usize,
        /// How many labels were given.
        found: usize,
    },
}

impl Default for ImportanceScale {
    /// Kanoscope's own scale: 1 to 9, no labels.
    fn default() -> Self {
        Self {
            min: 1,
            max: 9,
            labels: Vec::new(),
        }
    }
}

impl ImportanceScale {
    /// A scale from `min` to `max` with one label per point, or none (`labels` empty).
    pub fn new(min: i64, max: i64, labels: Vec<String>) -> Result<Self, ImportanceScaleError> {
        let bounds = |v: i64| {
            u8::try_from(v)
                .ok()
                .filter(|v| (Importance::MIN..=Importance::MAX).contains(v))
        };
        let (Some(lo), Some(hi)) = (bounds(min), bounds(max)) else {
            return Err(ImportanceScaleError::Bounds { min, max });
        };
        if lo >= hi {
            return Err(ImportanceScaleError::Bounds { min, max });
        }
        let points = usize::from(hi - lo) + 1;
        if !labels.is_empty() && labels.len() != points {
            return Err(ImportanceScaleError::LabelCount {
                min: lo,
                max: hi,
                points,
                found: labels.len(),
            });
        }
        Ok(Self {
            min: lo,
            max: hi,
            labels,
        })
    }

    /// The lowest point.
    pub const fn min(&self) -> u8 {
        self.min
    }

    /// The highest point.
    pub const fn max(&self) -> u8 {
        self.max
    }

    /// One label per point, lowest first; empty when the points are only numbers.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// True for Kanoscope's default 1..9 without labels (which files need not write).
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// How many points the scale has.
    pub fn points(&self) -> usize {
        usize::from(self.max - self.min) + 1
    }

    /// True when `importance` is a point of this scale.
    pub fn contains(&self, importance: Importance) -> bool {
        (self.min..=self.max).contains(&importance.get())
    }

    /// Every point of the scale, lowest first.
    pub fn values(&self) -> impl Iterator<Item = Importance> + use<> {
        (self.min..=self.max).filter_map(|v| Importance::new(i64::from(v)).ok())
    }

    /// The label of a point, if the scale has labels and the point is on it.
    pub fn label(&self, importance: Importance) -> Option<&str> {
        let v = importance.get();
        if !(self.min..=self.max).contains(&v) {
            return None;
        }
        self.labels
            .get(usize::from(v - self.min))
            .map(String::as_str)
    }

    /// Where a value (such as a mean importance) lies on the scale: 0 at `min`, 1 at `max`,
    /// clamped; for sizing points in pictures whatever the scale.
    pub fn fraction(&self, value: f64) -> f64 {
        let (lo, hi) = (f64::from(self.min), f64::from(self.max));
        ((value - lo) / (hi - lo)).clamp(0.0, 1.0)
    }
}

/// The file's shape of a scale, checked by [`ImportanceScale::new`] after reading.
#[derive(Deserialize)]
pub(crate) struct ImportanceScaleFields {
    pub(crate) min: i64,
    pub(crate) max: i64,
    #[serde(default)]
    pub(crate) labels: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn importance(v: i64) -> Importance {
        Importance::new(v).unwrap()
    }

    #[test]
    fn the_default_is_one_to_nine_without_labels() {
        let scale = ImportanceScale::default();
        assert_eq!((scale.min(), scale.max(), scale.points()), (1, 9, 9));
        assert!(scale.is_default());
        assert!(!scale.contains(importance(0)));
        assert!(scale.contains(importance(9)));
        assert!(!scale.contains(importance(10)));
        assert_eq!(scale.label(importance(5)), None);
        assert_eq!(
            serde_json::to_string(&scale).unwrap(),
            r#"{"min":1,"max":9}"#
        );
    }

    #[test]
    fn bounds_and_label_counts_are_checked() {
        let rows: [(i64, i64, usize, bool); 8] = [
            (1, 5, 0, true),
            (1, 5, 5, true),
            (0, 10, 11, true),
            (1, 5, 4, false),
            (5, 5, 0, false),
            (7, 1, 0, false),
            (-1, 5, 0, false),
            (0, 11, 0, false),
        ];
        for (min, max, labels, ok) in rows {
            let labels = (0..labels).map(|k| format!("point {k}")).collect();
            assert_eq!(
                ImportanceScale::new(min, max, labels).is_ok(),
                ok,
                "{min}..{max}"
            );
        }
        assert_eq!(
            ImportanceScale::new(1, 5, vec!["a".into(); 3]),
            Err(ImportanceScaleError::LabelCount {
                min: 1,
                max: 5,
                points: 5,
                found: 3
            })
        );
    }

    #[test]
    fn labels_are_looked_up_by_point() {
        let words = [
            "Not at all important",
            "Slightly important",
            "Moderately important",
            "Very important",
            "Extremely important",
        ];
        let scale =
            ImportanceScale::new(1, 5, words.iter().map(|w| (*w).to_owned()).collect()).unwrap();
        assert_eq!(scale.label(importance(1)), Some("Not at all important"));
        assert_eq!(scale.label(importance(5)), Some("Extremely important"));
        assert_eq!(scale.label(importance(6)), None);
        assert_eq!(
            scale.values().map(Importance::get).collect::<Vec<_>>(),
            [1, 2, 3, 4, 5]
        );
        assert_eq!(scale.fraction(3.0), 0.5);
        assert_eq!(scale.fraction(9.0), 1.0);
        let ten = ImportanceScale::new(0, 10, Vec::new()).unwrap();
        assert_eq!(ten.fraction(0.0), 0.0);
        assert_eq!(ten.points(), 11);
    }
}
