//! A generator of Kano surveys with known answers, written out as each survey platform exports
//! them (Qualtrics, Google Forms, SurveyMonkey, Typeform, 问卷星, Excel's UTF-16 text and
//! European Windows-1252 CSV). Deterministic: the same seed gives the same bytes.

use kanoscope::kano::{Answer, Importance, Response};
use kanoscope::project::{Feature, ImportanceScale, Project, Respondent};

/// One respondent's answers to one item: functional, dysfunctional, importance (`None` = blank).
pub type Given = (Option<Answer>, Option<Answer>, Option<u8>);

/// A survey whose every answer is known.
pub struct Survey {
    /// The items (features) asked about, in order.
    pub items: Vec<String>,
    /// Per respondent, per item.
    pub answers: Vec<Vec<Given>>,
}

/// The shapes the platforms write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Qualtrics CSV: QIDs, question texts, ImportId rows; functional block, dysfunctional
    /// block, verbal 5-point importance block.
    QualtricsCsv,
    /// Google Forms grids: "Question [Item]", importance 1..7.
    GoogleForms,
    /// SurveyMonkey: question over its columns, items in the second header row; importance 1..9.
    SurveyMonkey,
    /// Typeform: one whole question per column, importance 0..10.
    Typeform,
    /// 问卷星 matrix in GB18030: "1.问题—项目", Chinese wordings, verbal importance.
    Wenjuanxing,
    /// Excel's "Unicode text": UTF-16 LE with BOM, tab separated, importance 1..5.
    Utf16Tab,
    /// European Excel: Windows-1252, semicolons, no importance.
    Windows1252Semicolon,
}

impl Shape {
    /// Every shape.
    pub const ALL: [Self; 7] = [
        Self::QualtricsCsv,
        Self::GoogleForms,
        Self::SurveyMonkey,
        Self::Typeform,
        Self::Wenjuanxing,
        Self::Utf16Tab,
        Self::Windows1252Semicolon,
    ];

    /// The importance scale the shape asks on, if it asks.
    pub fn scale(self) -> Option<(u8, u8)> {
        match self {
            Self::QualtricsCsv | Self::Wenjuanxing | Self::Utf16Tab => Some((1, 5)),
            Self::GoogleForms => Some((1, 7)),
            Self::SurveyMonkey => Some((1, 9)),
            Self::Typeform => Some((0, 10)),
            Self::Windows1252Semicolon => None,
        }
    }

    /// The five answers as this platform's survey worded them.
    fn words(self) -> [&'static str; 5] {
        match self {
            Self::QualtricsCsv => [
                "I like it",
                "I expect it",
                "I am neutral",
                "I tolerate it",
                "I dislike it",
            ],
            Self::GoogleForms | Self::Utf16Tab => [
                "I like it",
                "It must be that way",
                "I\u{2019}m neutral",
                "I can live with it",
                "I dislike it",
            ],
            Self::SurveyMonkey => [
                "I like it that way",
                "I expect it that way",
                "I don't care",
                "I can tolerate it",
                "I dislike it that way",
            ],
            Self::Typeform | Self::Windows1252Semicolon => [
                "I like it",
                "It is a basic necessity",
                "Doesn't matter to me",
                "I can live with it",
                "I dislike it",
            ],
            Self::Wenjuanxing => ["我很喜欢", "必须这样", "无所谓", "我能接受", "我很不喜欢"],
        }
    }

    /// An importance as this platform writes it.
    fn importance(self, value: u8) -> String {
        const EN: [&str; 5] = [
            "Not at all important",
            "Slightly important",
            "Moderately important",
            "Very important",
            "Extremely important",
        ];
        const ZH: [&str; 5] = ["一点也不重要", "不太重要", "一般", "比较重要", "非常重要"];
        let k = usize::from(value.max(1) - 1).min(4);
        match self {
            Self::QualtricsCsv => EN[k].to_owned(),
            Self::Wenjuanxing => ZH[k].to_owned(),
            Self::SurveyMonkey if value == 9 => "9 - Extremely important".to_owned(),
            Self::SurveyMonkey if value == 1 => "1 - Not at all important".to_owned(),
            _ => value.to_string(),
        }
    }
}

/// A deterministic stream of numbers (a 64-bit LCG; its high bits are good enough here).
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// The answer pair that gives each designed category: A, O, M, I in turn.
const DESIGNED: [(Answer, Answer); 4] = [
    (Answer::Like, Answer::Neutral),
    (Answer::Like, Answer::Dislike),
    (Answer::MustBe, Answer::Dislike),
    (Answer::Neutral, Answer::LiveWith),
];

/// A survey of `respondents` on `items`: item k leans to category A, O, M, I (k mod 4); one
/// answer in ten is random and one in twenty left blank; importance on `scale`.
pub fn survey(items: &[&str], respondents: usize, scale: (u8, u8), seed: u64) -> Survey {
    let mut dice = Dice(seed);
    let answers = (0..respondents)
        .map(|_| {
            (0..items.len())
                .map(|k| {
                    let (mut f, mut d) = DESIGNED[k % 4];
                    if dice.below(10) == 0 {
                        f = Answer::ALL[dice.below(5) as usize];
                        d = Answer::ALL[dice.below(5) as usize];
                    }
                    let blank = dice.below(20) == 0;
                    let span = u64::from(scale.1 - scale.0) + 1;
                    let importance = scale.0 + dice.below(span) as u8;
                    if blank {
                        (None, None, None)
                    } else {
                        (Some(f), Some(d), Some(importance))
                    }
                })
                .collect()
        })
        .collect();
    Survey {
        items: items.iter().map(|i| (*i).to_owned()).collect(),
        answers,
    }
}

/// The project the survey should import as: features named by their items, respondents
/// numbered r-0001…, importance on the shape's scale (or none).
pub fn expected(survey: &Survey, shape: Shape) -> Project {
    let features = survey
        .items
        .iter()
        .map(|i| Feature {
            id: kanoscope::project::feature_id_from_name(i),
            name: i.clone(),
            ..Feature::default()
        })
        .collect();
    let respondents = survey
        .answers
        .iter()
        .enumerate()
        .map(|(r, row)| Respondent {
            id: format!("r-{:04}", r + 1),
            responses: row
                .iter()
                .map(|&(f, d, i)| Response {
                    functional: f,
                    dysfunctional: d,
                    importance: i
                        .filter(|_| shape.scale().is_some())
                        .map(|v| Importance::new(i64::from(v)).unwrap()),
                })
                .collect(),
            ..Respondent::default()
        })
        .collect();
    let scale = match shape.scale() {
        Some((min, max)) => {
            ImportanceScale::new(i64::from(min), i64::from(max), Vec::new()).unwrap()
        }
        None => ImportanceScale::default(),
    };
    Project::from_parts_on_scale(
        String::new(),
        Default::default(),
        scale,
        features,
        respondents,
    )
    .unwrap()
}

fn csv_line(cells: &[String], separator: char) -> String {
    let quoted: Vec<String> = cells
        .iter()
        .map(|c| {
            if c.contains([separator, '"', '\n', ',']) {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.clone()
            }
        })
        .collect();
    quoted.join(&separator.to_string()) + "\r\n"
}

/// The rows of a Qualtrics export (three header rows, then one row per respondent), also what
/// its workbook holds.
pub fn qualtrics_rows(survey: &Survey) -> Vec<Vec<String>> {
    let n = survey.items.len();
    let shape = Shape::QualtricsCsv;
    let words = shape.words();
    let blocks = [
        ("Q1", "How do you feel if you have this benefit?"),
        ("Q2", "How do you feel if you do not have this benefit?"),
        ("Q3", "How important is this benefit to you?"),
    ];
    let mut names = vec!["ResponseId".to_owned(), "Finished".to_owned()];
    let mut texts = vec!["Response ID".to_owned(), "Finished".to_owned()];
    let mut imports = vec![
        "{\"ImportId\":\"_recordId\"}".to_owned(),
        "{\"ImportId\":\"finished\"}".to_owned(),
    ];
    for (qid, question) in blocks {
        for (k, item) in survey.items.iter().enumerate() {
            names.push(format!("{qid}_{}", k + 1));
            texts.push(format!("{question} - {item}"));
            imports.push(format!("{{\"ImportId\":\"{qid}_{}\"}}", k + 1));
        }
    }
    let mut rows = vec![names, texts, imports];
    for (r, answers) in survey.answers.iter().enumerate() {
        let mut row = vec![format!("R_{r:05}"), "True".to_owned()];
        let cell = |a: Option<Answer>| a.map_or(String::new(), |a| words[a.index()].to_owned());
        row.extend(answers.iter().map(|a| cell(a.0)));
        row.extend(answers.iter().map(|a| cell(a.1)));
        row.extend(
            answers
                .iter()
                .map(|a| a.2.map_or(String::new(), |v| shape.importance(v))),
        );
        debug_assert_eq!(row.len(), 2 + 3 * n);
        rows.push(row);
    }
    rows
}

/// The bytes of the survey exported in `shape`.
pub fn export(survey: &Survey, shape: Shape) -> Vec<u8> {
    let words = shape.words();
    let cell = |a: Option<Answer>| a.map_or(String::new(), |a| words[a.index()].to_owned());
    let imp = |v: Option<u8>| v.map_or(String::new(), |v| shape.importance(v));
    let mut text = String::new();
    let separator = match shape {
        Shape::Utf16Tab => '\t',
        Shape::Windows1252Semicolon => ';',
        _ => ',',
    };
    match shape {
        Shape::QualtricsCsv => {
            for row in qualtrics_rows(survey) {
                text.push_str(&csv_line(&row, ','));
            }
        }
        Shape::GoogleForms | Shape::Utf16Tab | Shape::Windows1252Semicolon => {
            let (f, d, i) = (
                "If the train had the following, how would you feel?",
                "If the train did not have the following, how would you feel?",
                "How important is each of these to you?",
            );
            let mut header = vec!["Timestamp".to_owned()];
            header.extend(survey.items.iter().map(|item| format!("{f} [{item}]")));
            header.extend(survey.items.iter().map(|item| format!("{d} [{item}]")));
            if shape.scale().is_some() {
                header.extend(survey.items.iter().map(|item| format!("{i} [{item}]")));
            }
            text.push_str(&csv_line(&header, separator));
            for (r, answers) in survey.answers.iter().enumerate() {
                let mut row = vec![format!("2026/12/0{} 10:{:02}:00", 1 + r % 7, r % 60)];
                row.extend(answers.iter().map(|a| cell(a.0)));
                row.extend(answers.iter().map(|a| cell(a.1)));
                if shape.scale().is_some() {
                    row.extend(answers.iter().map(|a| imp(a.2)));
                }
                text.push_str(&csv_line(&row, separator));
            }
        }
        Shape::SurveyMonkey => {
            let questions = [
                "How would you feel if the product had this?",
                "How would you feel if the product didn't have this?",
                "How important is this to you?",
            ];
            let mut top = vec!["Respondent ID".to_owned(), "Collector ID".to_owned()];
            let mut sub = vec![String::new(), String::new()];
            for q in questions {
                for (k, item) in survey.items.iter().enumerate() {
                    top.push(if k == 0 { q.to_owned() } else { String::new() });
                    sub.push(item.clone());
                }
            }
            text.push_str(&csv_line(&top, ','));
            text.push_str(&csv_line(&sub, ','));
            for (r, answers) in survey.answers.iter().enumerate() {
                let mut row = vec![format!("{}", 11_400_000_000u64 + r as u64), "431".into()];
                row.extend(answers.iter().map(|a| cell(a.0)));
                row.extend(answers.iter().map(|a| cell(a.1)));
                row.extend(answers.iter().map(|a| imp(a.2)));
                text.push_str(&csv_line(&row, ','));
            }
        }
        Shape::Typeform => {
            let mut header = vec!["#".to_owned()];
            for item in &survey.items {
                header.push(format!("How would you feel if the app had {item}?"));
                header.push(format!(
                    "How would you feel if the app did not have {item}?"
                ));
                header.push(format!("How important is {item} to you?"));
            }
            header.push("Submitted At".to_owned());
            text.push_str(&csv_line(&header, ','));
            for (r, answers) in survey.answers.iter().enumerate() {
                let mut row = vec![format!("tf{r:06x}")];
                for a in answers {
                    row.extend([cell(a.0), cell(a.1), imp(a.2)]);
                }
                row.push("2026-12-01 10:00:00".to_owned());
                text.push_str(&csv_line(&row, ','));
            }
        }
        Shape::Wenjuanxing => {
            let mut header = vec!["序号".to_owned(), "提交答卷时间".to_owned()];
            header.extend(
                survey
                    .items
                    .iter()
                    .map(|i| format!("1.如果提供以下服务，您的感受是？—{i}")),
            );
            header.extend(
                survey
                    .items
                    .iter()
                    .map(|i| format!("2.如果不提供以下服务，您的感受是？—{i}")),
            );
            header.extend(
                survey
                    .items
                    .iter()
                    .map(|i| format!("3.以下服务对您的重要程度—{i}")),
            );
            text.push_str(&csv_line(&header, ','));
            for (r, answers) in survey.answers.iter().enumerate() {
                let mut row = vec![(r + 1).to_string(), "2026/12/1 10:00:00".to_owned()];
                row.extend(answers.iter().map(|a| cell(a.0)));
                row.extend(answers.iter().map(|a| cell(a.1)));
                row.extend(answers.iter().map(|a| imp(a.2)));
                text.push_str(&csv_line(&row, ','));
            }
        }
    }
    match shape {
        Shape::Wenjuanxing => encoding_rs::GB18030.encode(&text).0.into_owned(),
        Shape::Windows1252Semicolon => encoding_rs::WINDOWS_1252.encode(&text).0.into_owned(),
        Shape::Utf16Tab => {
            let mut bytes = vec![0xFF, 0xFE];
            for unit in text.encode_utf16() {
                bytes.extend(unit.to_le_bytes());
            }
            bytes
        }
        _ => text.into_bytes(),
    }
}

/// A Qualtrics workbook: a dozen analysis sheets first, the raw data among them.
pub fn qualtrics_workbook(survey: &Survey) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    for k in 0..6 {
        let sheet = book.add_worksheet();
        sheet.set_name(format!("Analysis {}", k + 1)).unwrap();
        sheet.write_string(0, 0, "Category").unwrap();
        sheet.write_string(0, 1, "Count").unwrap();
        for (r, word) in ["Attractive", "One-dimensional", "Must-be"]
            .iter()
            .enumerate()
        {
            sheet.write_string(r as u32 + 1, 0, *word).unwrap();
            sheet
                .write_number(r as u32 + 1, 1, (r * 7 + k) as f64)
                .unwrap();
        }
    }
    let sheet = book.add_worksheet();
    sheet.set_name("Raw data").unwrap();
    for (r, row) in qualtrics_rows(survey).iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, text).unwrap();
        }
    }
    for k in 0..6 {
        book.add_worksheet()
            .set_name(format!("Chart data {}", k + 1))
            .unwrap();
    }
    book.save_to_buffer().unwrap()
}
