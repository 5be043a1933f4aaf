//! The five standard Kano answers and self-stated importance.
//!
//! Order matters: like, must-be, neutral, live-with, dislike is the order of the evaluation table's
//! rows and columns and of the codes 1..=5 in most Western survey exports.

use serde::{Deserialize, Serialize};

/// One answer to a functional or dysfunctional question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Answer {
    /// "I like it".
    Like,
    /// "I expect it" / "It must be that way".
    MustBe,
    /// "I am neutral".
    Neutral,
    /// "I can live with it".
    LiveWith,
    /// "I dislike it".
    Dislike,
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnswerVisitor;
        impl serde::de::Visitor<'_> for AnswerVisitor {
            type Value = Answer;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an answer: like, must-be, neutral, live-with or dislike")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Answer, E> {
                Answer::from_token(v).ok_or_else(|| {
                    E::custom(format!(
                        "unknown answer \"{v}\"; expected like, must-be, neutral, live-with or dislike"
                    ))
                })
            }
        }
        deserializer.deserialize_str(AnswerVisitor)
    }
}

/// Which question of the pair an answer belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// "If the service had X, how would you feel?"
    Functional,
    /// "If the service did not have X, how would you feel?"
    Dysfunctional,
}

impl Answer {
    /// All answers in table order.
    pub const ALL: [Self; 5] = [
        Self::Like,
        Self::MustBe,
        Self::Neutral,
        Self::LiveWith,
        Self::Dislike,
    ];

    /// Position in table order, 0..=4.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The answer at a position in table order, if `index < 5`.
    pub const fn from_index(index: usize) -> Option<Self> {
        match index {
            0 => Some(Self::Like),
            1 => Some(Self::MustBe),
            2 => Some(Self::Neutral),
            3 => Some(Self::LiveWith),
            4 => Some(Self::Dislike),
            _ => None,
        }
    }

    /// The token used in project files: `like`, `must-be`, `neutral`, `live-with`, `dislike`.
    pub const fn token(self) -> &'static str {
        match self {
            Self::Like => "like",
            Self::MustBe => "must-be",
            Self::Neutral => "neutral",
            Self::LiveWith => "live-with",
            Self::Dislike => "dislike",
        }
    }

    /// The answer a token names, exactly as written in project files.
    pub fn from_token(token: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.token() == token)
    }

    /// The standard English wording shown to respondents.
    pub const fn wording(self) -> &'static str {
        match self {
            Self::Like => "I like it",
            Self::MustBe => "I expect it",
            Self::Neutral => "I am neutral",
            Self::LiveWith => "I can live with it",
            Self::Dislike => "I dislike it",
        }
    }

    /// A one-letter abbreviation for dense grids: L, E (expect), N, T (tolerate), D.
    pub const fn short(self) -> char {
        match self {
            Self::Like => 'L',
            Self::MustBe => 'E',
            Self::Neutral => 'N',
            Self::LiveWith => 'T',
            Self::Dislike => 'D',
        }
    }

    /// The score on DuMouchel's continuous scale (Berger et al. 1993).
    ///
    /// Functional: like 4, must-be 2, neutral 0, live-with -1, dislike -2.
    /// Dysfunctional: like -2, must-be -1, neutral 0, live-with 2, dislike 4.
    pub const fn score(self, side: Side) -> i32 {
        match side {
            Side::Functional => match self {
                Self::Like => 4,
                Self::MustBe => 2,
                Self::Neutral => 0,
                Self::LiveWith => -1,
                Self::Dislike => -2,
            },
            Side::Dysfunctional => match self {
                Self::Like => -2,
                Self::MustBe => -1,
                Self::Neutral => 0,
                Self::LiveWith => 2,
                Self::Dislike => 4,
            },
        }
    }
}

/// Self-stated importance of a feature: a whole number from 0 to 10, the widest range any
/// importance scale may span (0..10 is the widest asked; 1..9 is Kanoscope's default).
///
/// The type guarantees that outer range; which points a project accepts is its importance scale
/// (`crate::project::ImportanceScale`), checked where responses enter a project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Importance(u8);

/// An importance outside 0..=10.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("importance {0} is out of range; expected an integer from 0 to 10")]
pub struct ImportanceError(pub i64);

impl Importance {
    /// The lowest importance any scale may use.
    pub const MIN: u8 = 0;
    /// The highest importance any scale may use.
    pub const MAX: u8 = 10;

    /// An importance, if `value` is within 0..=10.
    pub fn new(value: i64) -> Result<Self, ImportanceError> {
        match u8::try_from(value) {
            Ok(v) if (Self::MIN..=Self::MAX).contains(&v) => Ok(Self(v)),
            _ => Err(ImportanceError(value)),
        }
    }

    /// The value, 0..=10.
    pub const fn get(self) -> u8 {
        self.0
    }
}

impl<'de> Deserialize<'de> for Importance {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ImportanceVisitor;
        impl serde::de::Visitor<'_> for ImportanceVisitor {
            type Value = Importance;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an integer from 0 to 10")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Importance, E> {
                Importance::new(v).map_err(E::custom)
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Importance, E> {
                Importance::new(i64::try_from(v).unwrap_or(i64::MAX)).map_err(E::custom)
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Importance, E> {
                Err(E::custom(format!(
                    "importance {v} is not a whole number; expected an integer from 0 to 10"
                )))
            }
        }
        deserializer.deserialize_any(ImportanceVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_and_follow_table_order() {
        for (i, answer) in Answer::ALL.into_iter().enumerate() {
            assert_eq!(answer.index(), i);
            assert_eq!(Answer::from_index(i), Some(answer));
            assert_eq!(Answer::from_token(answer.token()), Some(answer));
            let json = serde_json::to_string(&answer).unwrap();
            assert_eq!(json, format!("\"{}\"", answer.token()));
        }
        assert_eq!(Answer::from_index(5), None);
        assert_eq!(Answer::from_token("Like"), None);
    }

    #[test]
    fn importance_accepts_zero_to_ten_only() {
        for v in 0..=10 {
            assert_eq!(Importance::new(v).map(Importance::get), Ok(v as u8));
        }
        for v in [11, -1, 255, 256, i64::MAX] {
            assert_eq!(Importance::new(v), Err(ImportanceError(v)));
        }
        assert!(serde_json::from_str::<Importance>("11").is_err());
        assert_eq!(serde_json::from_str::<Importance>("10").unwrap().get(), 10);
        assert!(serde_json::from_str::<Importance>("7.5").is_err());
        assert_eq!(serde_json::from_str::<Importance>("7").unwrap().get(), 7);
    }
}
