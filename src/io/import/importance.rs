//! Importance as it was asked: the scale an export's importance cells are on, found from the
//! cells themselves, and the value each cell stands for on it.
//!
//! Numbers (`7`, `7 - Very important`, `7分`) give a numeric scale: 0..10 when a 0 is given,
//! else the smallest of 1..5, 1..7, 1..9, 1..10 that holds every answer; where every point
//! carries one label ("5 - Extremely important"), the labels are kept. Words alone ("Very
//! important", "比较重要") must all come from one verbal scale of [`VERBAL_SCALES`], whose points
//! count 1, 2, 3, …. Nothing is ever squeezed into another range. Pure: no table, no errors
//! beyond "this text is no importance".

use super::wording::{normalise, parse_importance};
use crate::kano::Importance;
use crate::project::ImportanceScale;
use std::collections::HashMap;

/// A verbal importance scale, lowest point first, with where it is used.
pub struct VerbalScale {
    /// The words of each point, lowest first, as respondents read them.
    pub points: &'static [&'static str],
    /// Where the scale comes from.
    pub source: &'static str,
}

/// The verbal scales an export may use, tried in this order (the first that holds every text
/// wins).
pub const VERBAL_SCALES: [VerbalScale; 8] = [
    VerbalScale {
        points: &[
            "Not at all important",
            "Slightly important",
            "Moderately important",
            "Very important",
            "Extremely important",
        ],
        source: "Qualtrics' 5-point importance scale; Vagias (2006)",
    },
    VerbalScale {
        points: &[
            "Not important at all",
            "Not very important",
            "Somewhat important",
            "Very important",
            "Extremely important",
        ],
        source: "SurveyMonkey's importance question bank",
    },
    VerbalScale {
        points: &[
            "Not important",
            "Slightly important",
            "Moderately important",
            "Important",
            "Very important",
        ],
        source: "Google Forms templates",
    },
    VerbalScale {
        points: &[
            "Unimportant",
            "Of little importance",
            "Moderately important",
            "Important",
            "Very important",
        ],
        source: "Vagias (2006), Likert-type scale response anchors",
    },
    VerbalScale {
        points: &[
            "Not at all important",
            "Low importance",
            "Slightly important",
            "Neutral",
            "Moderately important",
            "Very important",
            "Extremely important",
        ],
        source: "Vagias (2006), 7-point importance",
    },
    VerbalScale {
        points: &["一点也不重要", "不太重要", "一般", "比较重要", "非常重要"],
        source: "问卷星 (Wenjuanxing) 量表题",
    },
    VerbalScale {
        points: &["非常不重要", "不重要", "一般", "重要", "非常重要"],
        source: "腾讯问卷 and 问卷星 量表题",
    },
    VerbalScale {
        points: &["完全不重要", "不太重要", "一般重要", "比较重要", "非常重要"],
        source: "Chinese translations of Qualtrics' scale",
    },
];

/// How the importance cells of one export are read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportanceReading {
    /// The scale they were asked on.
    pub scale: ImportanceScale,
    /// Each verbal answer (normalised) and its point.
    words: HashMap<String, u8>,
}

impl ImportanceReading {
    /// The importance a cell stands for; `None` when it is none (or off the scale).
    pub fn value(&self, text: &str) -> Option<Importance> {
        let found = match parse_importance(text) {
            Some(value) => Some(value),
            None => self
                .words
                .get(&normalise(text))
                .and_then(|&v| Importance::new(i64::from(v)).ok()),
        };
        found.filter(|v| self.scale.contains(*v))
    }
}

/// The scale of the given importance texts (blank ones already left out). `Err` holds the first
/// text that is neither a number nor a point of a known verbal scale.
pub fn read_scale<'a>(
    texts: impl IntoIterator<Item = &'a str>,
) -> Result<ImportanceReading, &'a str> {
    let mut numbers: HashMap<u8, Option<String>> = HashMap::new();
    let mut verbal: Vec<(&'a str, String)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for text in texts {
        if !seen.insert(text) {
            continue;
        }
        match parse_importance(text) {
            Some(value) => {
                let label = label_after_number(text);
                let slot = numbers.entry(value.get()).or_insert(label.clone());
                if *slot != label {
                    *slot = None;
                }
            }
            None => verbal.push((text, normalise(text))),
        }
    }
    if !verbal.is_empty() {
        if !numbers.is_empty() {
            return Err(verbal[0].0);
        }
        for scale in &VERBAL_SCALES {
            let keys: Vec<String> = scale.points.iter().map(|p| normalise(p)).collect();
            if verbal.iter().all(|(_, key)| keys.contains(key)) {
                let max = i64::try_from(keys.len()).unwrap_or(i64::MAX);
                let labels = scale.points.iter().map(|p| (*p).to_owned()).collect();
                let words = keys.into_iter().zip(1u8..).collect::<HashMap<String, u8>>();
                let scale = ImportanceScale::new(1, max, labels).map_err(|_| verbal[0].0)?;
                return Ok(ImportanceReading { scale, words });
            }
        }
        // Name the first text that no scale holds.
        let known: Vec<String> = VERBAL_SCALES
            .iter()
            .flat_map(|s| s.points.iter().map(|p| normalise(p)))
            .collect();
        let odd = verbal
            .iter()
            .find(|(_, key)| !known.contains(key))
            .unwrap_or(&verbal[0]);
        return Err(odd.0);
    }
    let lo = numbers.keys().copied().min().unwrap_or(1);
    let hi = numbers.keys().copied().max().unwrap_or(9);
    let (min, max) = if lo == 0 {
        (0, 10)
    } else {
        let top = [5, 7, 9, 10].into_iter().find(|&m| hi <= m).unwrap_or(10);
        (1, top)
    };
    let labels: Vec<String> = (min..=max)
        .map_while(|v| numbers.get(&v).cloned().flatten())
        .collect();
    let labels = if labels.len() == usize::from(max - min) + 1 {
        labels
    } else {
        Vec::new()
    };
    let scale = ImportanceScale::new(i64::from(min), i64::from(max), labels).unwrap_or_default();
    Ok(ImportanceReading {
        scale,
        words: HashMap::new(),
    })
}

/// "Very important" from "7 - Very important"; `None` for a bare number.
fn label_after_number(text: &str) -> Option<String> {
    let rest = text
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start_matches([' ', '-', '–', '—', '.', ':', '(', ')', '、', '='])
        .trim_end_matches(')')
        .trim();
    (!rest.is_empty() && rest != "0" && rest != "分").then(|| rest.to_owned())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn scale_of(texts: &[&str]) -> (u8, u8, usize) {
        let r = read_scale(texts.iter().copied()).unwrap();
        (r.scale.min(), r.scale.max(), r.scale.labels().len())
    }

    #[test]
    fn numeric_scales_are_kept_as_asked() {
        assert_eq!(scale_of(&["1", "3", "5"]), (1, 5, 0));
        assert_eq!(scale_of(&["2", "6"]), (1, 7, 0));
        assert_eq!(scale_of(&["1", "9"]), (1, 9, 0));
        assert_eq!(scale_of(&["0", "7", "10"]), (0, 10, 0));
        assert_eq!(scale_of(&["3", "10"]), (1, 10, 0));
        assert_eq!(scale_of(&["7分", "9"]), (1, 9, 0));
    }

    #[test]
    fn labelled_numbers_keep_their_labels_when_every_point_has_one() {
        let texts = [
            "1 - Not at all important",
            "2 - Slightly important",
            "3 - Moderately important",
            "4 - Very important",
            "5 - Extremely important",
        ];
        let r = read_scale(texts).unwrap();
        assert_eq!(r.scale.labels()[4], "Extremely important");
        assert_eq!(r.value("4 - Very important").unwrap().get(), 4);
        // "7 - Very important" alone says the top is at least 7, nothing about the labels.
        assert_eq!(scale_of(&["7 - Very important", "2"]), (1, 7, 0));
    }

    #[test]
    fn verbal_scales_in_english_and_chinese() {
        let r = read_scale([
            "Very important",
            "Not at all important",
            "extremely important",
        ])
        .unwrap();
        assert_eq!((r.scale.min(), r.scale.max()), (1, 5));
        assert_eq!(r.value("Extremely important.").unwrap().get(), 5);
        assert_eq!(r.value("Slightly important").unwrap().get(), 2);
        assert_eq!(r.scale.labels()[0], "Not at all important");
        let r = read_scale(["比较重要", "非常重要", "一般"]).unwrap();
        assert_eq!(r.value("比较重要").unwrap().get(), 4);
        let r = read_scale(["Neutral", "Low importance"]).unwrap();
        assert_eq!(r.scale.max(), 7);
        assert_eq!(read_scale(["Very important", "Crucial"]), Err("Crucial"));
        assert_eq!(read_scale(["Very important", "3"]), Err("Very important"));
        assert_eq!(read_scale(["12"]), Err("12"));
    }
}
