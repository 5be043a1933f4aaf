//! Pairing questions by what they say, for exports whose column names are whole question texts
//! (Qualtrics and SurveyMonkey matrices, Google Forms grids, 问卷星, Typeform) rather than
//! FORMATS.md's `<id>_functional` names.
//!
//! A header is split into its question and its item ("How do you feel if you have this …? -
//! Childcare", "… [Free Wi-Fi]", "…？—免费无线网络", "… (Childcare)", "问题：项目", numbered
//! prefixes dropped). Columns are grouped by question; a question that speaks of importance
//! ("important", "importance", "重要") gives importances; of the others, a question with a
//! negation (not, don't, without, 不, 没有, 未, 无 …) is dysfunctional and one without is
//! functional. Items are then paired across the blocks by their text, in any column order.
//! Questions that name no item (one column per question, as Typeform writes them) are paired
//! with the dysfunctional question that says the same once its negation is taken out, and the
//! feature is named by what sets its question apart from the others.
//!
//! Pure string work on headers and a per-column "holds Kano answers" flag: no table, no errors.

use std::collections::HashMap;

/// A header cut into its question and its item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Split {
    /// The question, numbering dropped, trimmed.
    pub question: String,
    /// The item the column asks about, if the header names one.
    pub item: Option<String>,
}

/// What a question asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Asks {
    /// How the respondent feels if the feature is there.
    Functional,
    /// How the respondent feels if it is not.
    Dysfunctional,
    /// How important it is.
    Importance,
}

/// One feature found by meaning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Paired {
    /// The item's text, as the header writes it: the feature's name.
    pub name: String,
    /// The functional column.
    pub functional: usize,
    /// The dysfunctional column.
    pub dysfunctional: usize,
    /// The importance column, if any.
    pub importance: Option<usize>,
    /// The functional question's text.
    pub functional_question: String,
    /// The dysfunctional question's text.
    pub dysfunctional_question: String,
}

/// Separators between a question and its item, tried from the end of the header.
const ITEM_SEPARATORS: [&str; 6] = [" - ", " – ", " — ", "——", "—", "："];

/// Drops a leading question number: "1.", "Q3.", "Q3_", "3、", "(2)", "（2）", "Q12:".
pub(super) fn strip_numbering(text: &str) -> &str {
    let t = text.trim_start();
    let mut rest = t;
    let lettered =
        rest.starts_with(['Q', 'q']) && rest[1..].starts_with(|c: char| c.is_ascii_digit());
    if lettered {
        rest = &rest[1..];
    }
    let open = rest.starts_with(['(', '（']);
    if open {
        rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
    }
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return t;
    }
    rest = &rest[digits..];
    let next = rest.chars().next();
    match next {
        Some(c @ (')' | '）')) if open => rest[c.len_utf8()..].trim_start(),
        _ if open => t,
        Some(c @ ('.' | '、' | '_' | ':' | '：' | '．' | ')' | '）')) => {
            rest[c.len_utf8()..].trim_start()
        }
        Some(' ') if lettered => rest.trim_start(),
        _ => t,
    }
}

/// Cuts a header into question and item.
pub(super) fn split_header(header: &str) -> Split {
    let header = strip_numbering(header.trim()).trim();
    let bracketed = |open: char, close: char| {
        if !header.ends_with(close) {
            return None;
        }
        let at = header.rfind(open)?;
        let question = header[..at].trim();
        let item = header[at + open.len_utf8()..header.len() - close.len_utf8()].trim();
        (!question.is_empty() && !item.is_empty()).then(|| Split {
            question: strip_numbering(question).trim().to_owned(),
            item: Some(item.to_owned()),
        })
    };
    // "Question [Item]" (Google Forms grids) first, then "Question - Item", then "Question (Item)".
    if let Some(split) = bracketed('[', ']').or_else(|| bracketed('【', '】')) {
        return split;
    }
    for separator in ITEM_SEPARATORS {
        if let Some(at) = header.rfind(separator) {
            let question = header[..at].trim();
            let item = strip_numbering(header[at + separator.len()..].trim()).trim();
            if !question.is_empty() && !item.is_empty() {
                return Split {
                    question: question.to_owned(),
                    item: Some(item.to_owned()),
                };
            }
        }
    }
    if let Some(split) = bracketed('(', ')').or_else(|| bracketed('（', '）')) {
        return split;
    }
    Split {
        question: header.to_owned(),
        item: None,
    }
}

/// English words that negate a question, lower case.
const NEGATIONS_EN: [&str; 26] = [
    "not", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "won't", "wouldn't", "isn't",
    "aren't", "wasn't", "weren't", "cannot", "can't", "couldn't", "hadn't", "hasn't", "haven't",
    "without", "lacked", "lacks", "lacking", "no", "never", "absent",
];

/// Chinese characters and words that negate a question.
const NEGATIONS_ZH: [&str; 7] = ["不", "没有", "没", "未", "无", "缺少", "缺乏"];

/// Words that mark an importance question.
const IMPORTANCE_WORDS: [&str; 4] = ["important", "importance", "重要", "priority"];

/// Lower-case words of a text, apostrophes kept and made straight.
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace(['\u{2019}', '\u{2018}'], "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// How many negations a question holds.
fn negations(question: &str) -> usize {
    let english = words(question)
        .iter()
        .filter(|w| NEGATIONS_EN.contains(&w.as_str()))
        .count();
    let mut chinese = 0;
    let mut rest = question;
    while let Some((at, word)) = NEGATIONS_ZH
        .iter()
        .filter_map(|w| rest.find(w).map(|at| (at, *w)))
        .min()
    {
        chinese += 1;
        rest = &rest[at + word.len()..];
    }
    english + chinese
}

/// What a question asks, from its words alone.
pub(super) fn asks(question: &str) -> Asks {
    let lower = question.to_lowercase();
    if IMPORTANCE_WORDS.iter().any(|w| lower.contains(w)) {
        Asks::Importance
    } else if negations(question) > 0 {
        Asks::Dysfunctional
    } else {
        Asks::Functional
    }
}

/// An item's key for pairing: lower case, spaces and punctuation dropped.
fn item_key(item: &str) -> String {
    item.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A question's key for matching a functional question with its dysfunctional twin: its
/// words without negations and without the verbs that change with them ("had" / "did not have").
fn twin_key(question: &str) -> Vec<String> {
    const CHANGING: [&str; 12] = [
        "do", "does", "did", "have", "has", "had", "is", "are", "was", "were", "be", "would",
    ];
    let mut keys: Vec<String> = words(question)
        .into_iter()
        .filter(|w| !NEGATIONS_EN.contains(&w.as_str()) && !CHANGING.contains(&w.as_str()))
        .collect();
    if keys.len() <= 1 {
        // Chinese has no spaces: compare characters, negations and 有 left out.
        keys = question
            .chars()
            .filter(|c| c.is_alphanumeric() && !matches!(c, '不' | '没' | '未' | '无' | '有'))
            .map(String::from)
            .collect();
    }
    keys
}

/// How alike two keys are: shared words over all words (0..1).
fn likeness(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut counts: HashMap<&str, i32> = HashMap::new();
    for w in a {
        *counts.entry(w).or_default() += 1;
    }
    let mut shared = 0;
    for w in b {
        if let Some(n) = counts.get_mut(w.as_str())
            && *n > 0
        {
            *n -= 1;
            shared += 1;
        }
    }
    f64::from(2 * shared) / (a.len() + b.len()) as f64
}

/// The part of each text that the texts do not share: a common beginning and end are cut.
/// With one text, the text itself.
fn distinct_parts(texts: &[&str]) -> Vec<String> {
    if texts.len() < 2 {
        return texts.iter().map(|t| (*t).to_owned()).collect();
    }
    let chars: Vec<Vec<char>> = texts.iter().map(|t| t.chars().collect()).collect();
    let shortest = chars.iter().map(Vec::len).min().unwrap_or(0);
    let mut head = (0..shortest)
        .take_while(|&i| chars.iter().all(|c| c[i] == chars[0][i]))
        .count();
    let mut tail = (0..shortest - head)
        .take_while(|&i| {
            chars
                .iter()
                .all(|c| c[c.len() - 1 - i] == chars[0][chars[0].len() - 1 - i])
        })
        .count();
    // Cut at word boundaries: "had dark mode" and "had dim mode" share "had d", not a word.
    while head > 0 && chars[0][head - 1].is_alphanumeric() && chars[0][head - 1].is_ascii() {
        head -= 1;
    }
    while tail > 0 && {
        let c = &chars[0];
        c[c.len() - tail].is_alphanumeric() && c[c.len() - tail].is_ascii()
    } {
        tail -= 1;
    }
    chars
        .iter()
        .map(|c| {
            let part: String = c[head..c.len() - tail].iter().collect();
            let part = part.trim_matches(|c: char| !c.is_alphanumeric()).trim();
            if part.is_empty() {
                c.iter().collect()
            } else {
                part.to_owned()
            }
        })
        .collect()
}

/// How alike a functional and a dysfunctional question must be, negations left out, to be
/// taken as one feature's pair (1 is word for word).
const TWIN_LIKENESS: f64 = 0.8;

/// A feature's name without the verbs the question put before it: "had offline maps" ->
/// "offline maps", "showed live arrivals" -> "live arrivals".
fn without_leading_verbs(name: &str) -> String {
    const VERBS: [&str; 22] = [
        "had", "has", "have", "having", "showed", "shows", "show", "offered", "offers", "offer",
        "provided", "provides", "provide", "included", "includes", "include", "gave", "gives",
        "could", "can", "were", "was",
    ];
    let mut rest = name.trim();
    while let Some((first, after)) = rest.split_once(' ') {
        if VERBS.contains(&first.to_lowercase().as_str()) && !after.trim().is_empty() {
            rest = after.trim_start();
        } else {
            break;
        }
    }
    rest.to_owned()
}

/// One column that may hold a Kano question or an importance.
#[derive(Clone, Debug)]
pub(super) struct Candidate {
    /// The column.
    pub column: usize,
    /// Its header (or the question text row, where the export has one).
    pub text: String,
    /// True when most of its filled cells are Kano answers (known wordings or codes 1..5).
    pub holds_answers: bool,
}

/// Pairs the candidates into features. Columns that pair with nothing are left out.
pub(super) fn pair(candidates: &[Candidate]) -> Vec<Paired> {
    struct Column {
        column: usize,
        split: Split,
        asks: Asks,
    }
    let all: Vec<(Column, bool)> = candidates
        .iter()
        .map(|c| {
            let split = split_header(&c.text);
            let asks = asks(&split.question);
            let column = Column {
                column: c.column,
                split,
                asks,
            };
            (column, c.holds_answers)
        })
        .collect();
    // A question answered with Kano answers is a Kano question; so is one that asks what such
    // a question asks (the same matrix question, or its twin), even if its own cells hold texts
    // nobody knows yet. Importance questions are taken as they are. The rest are attributes
    // ("Do you not own a car?").
    let answered_questions: Vec<String> = all
        .iter()
        .filter(|(_, holds)| *holds)
        .map(|(c, _)| c.split.question.to_lowercase())
        .collect();
    let answered_twins: Vec<Vec<String>> = all
        .iter()
        .filter(|(c, holds)| *holds && c.split.item.is_none())
        .map(|(c, _)| twin_key(&c.split.question))
        .collect();
    let columns: Vec<Column> = all
        .into_iter()
        .filter(|(c, holds)| {
            *holds
                || c.asks == Asks::Importance
                || (c.split.item.is_some()
                    && answered_questions.contains(&c.split.question.to_lowercase()))
                || (c.split.item.is_none() && answered_twins.contains(&twin_key(&c.split.question)))
        })
        .map(|(c, _)| c)
        .collect();
    let mut found = Vec::new();
    // Matrices: pair items across the blocks by their text.
    let mut by_item: HashMap<String, [Option<&Column>; 3]> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    for c in columns.iter().filter(|c| c.split.item.is_some()) {
        let key = item_key(c.split.item.as_deref().unwrap_or_default());
        if key.is_empty() {
            continue;
        }
        let slot = by_item.entry(key.clone()).or_insert_with(|| {
            order.push(key.clone());
            [None; 3]
        });
        let k = c.asks as usize;
        if slot[k].is_none() {
            slot[k] = Some(c);
        }
    }
    let mut used = vec![false; columns.len()];
    let index_of = |c: &Column| columns.iter().position(|o| o.column == c.column);
    for key in &order {
        let [Some(f), Some(d), importance] = by_item[key] else {
            continue;
        };
        for c in [Some(f), Some(d), importance].into_iter().flatten() {
            if let Some(i) = index_of(c) {
                used[i] = true;
            }
        }
        found.push(Paired {
            name: f.split.item.clone().unwrap_or_default(),
            functional: f.column,
            dysfunctional: d.column,
            importance: importance.map(|c| c.column),
            functional_question: f.split.question.clone(),
            dysfunctional_question: d.split.question.clone(),
        });
    }
    // Whole questions: each functional question with the likeliest dysfunctional twin.
    let whole = |asks: Asks| -> Vec<usize> {
        (0..columns.len())
            .filter(|&i| !used[i] && columns[i].asks == asks)
            .collect()
    };
    let functional = whole(Asks::Functional);
    let mut dysfunctional = whole(Asks::Dysfunctional);
    let importance = whole(Asks::Importance);
    let full = |i: usize| {
        let s = &columns[i].split;
        match &s.item {
            Some(item) => format!("{} {item}", s.question),
            None => s.question.clone(),
        }
    };
    // Every functional-dysfunctional couple by how alike they are once negations are out; the
    // likeliest couples are taken first, so that "had maps" never takes "had no wifi" while
    // "had no maps" is there.
    let mut scored: Vec<(f64, usize, usize)> = Vec::new();
    for &f in &functional {
        let key = twin_key(&full(f));
        for &d in &dysfunctional {
            let score = likeness(&key, &twin_key(&full(d)));
            if score >= TWIN_LIKENESS {
                scored.push((score, f, d));
            }
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut whole_pairs = Vec::new();
    for (_, f, d) in scored {
        if whole_pairs.iter().any(|&(pf, pd)| pf == f || pd == d) {
            continue;
        }
        whole_pairs.push((f, d));
        dysfunctional.retain(|&x| x != d);
    }
    whole_pairs.sort_unstable();
    let texts: Vec<String> = whole_pairs.iter().map(|&(f, _)| full(f)).collect();
    let text_refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let names: Vec<String> = distinct_parts(&text_refs)
        .into_iter()
        .map(|name| without_leading_verbs(&name))
        .collect();
    let mut importance_left = importance;
    for ((f, d), name) in whole_pairs.into_iter().zip(names) {
        // An importance question that names the feature ("How important is dark mode?").
        let name_key = item_key(&name);
        let imp = importance_left.iter().position(|&i| {
            let text = item_key(&full(i));
            !name_key.is_empty() && text.contains(&name_key)
        });
        let importance = imp.map(|k| columns[importance_left.remove(k)].column);
        found.push(Paired {
            name,
            functional: columns[f].column,
            dysfunctional: columns[d].column,
            importance,
            functional_question: full(f),
            dysfunctional_question: full(d),
        });
    }
    found.sort_by_key(|p| p.functional.min(p.dysfunctional));
    found
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn check_split(header: &str, question: &str, item: Option<&str>) {
        assert_eq!(
            split_header(header),
            Split {
                question: question.to_owned(),
                item: item.map(str::to_owned)
            },
            "{header}"
        );
    }

    #[test]
    fn headers_split_into_question_and_item() {
        check_split(
            "How do you feel if you have this benefit? - Childcare",
            "How do you feel if you have this benefit?",
            Some("Childcare"),
        );
        check_split(
            "If the train had the following, how would you feel? [Free Wi-Fi]",
            "If the train had the following, how would you feel?",
            Some("Free Wi-Fi"),
        );
        check_split(
            "1.如果提供以下服务，您的感受是？—免费无线网络",
            "如果提供以下服务，您的感受是？",
            Some("免费无线网络"),
        );
        check_split(
            "Q3. How would you feel (Dark mode)",
            "How would you feel",
            Some("Dark mode"),
        );
        check_split("满意度：座椅", "满意度", Some("座椅"));
        check_split("Q12_How would you feel?", "How would you feel?", None);
        check_split("(2) 您的感受", "您的感受", None);
        check_split("Gender", "Gender", None);
        check_split("2024 budget", "2024 budget", None);
    }

    #[test]
    fn negations_tell_the_questions_apart() {
        let rows = [
            (
                "How do you feel if you have this benefit?",
                Asks::Functional,
            ),
            (
                "How do you feel if you do not have this benefit?",
                Asks::Dysfunctional,
            ),
            (
                "If the train didn't have the following?",
                Asks::Dysfunctional,
            ),
            ("If the station lacked the following?", Asks::Dysfunctional),
            ("How would you feel without it?", Asks::Dysfunctional),
            ("How important is each to you?", Asks::Importance),
            ("如果提供以下服务，您的感受是？", Asks::Functional),
            ("如果不提供以下服务，您的感受是？", Asks::Dysfunctional),
            ("如果没有以下服务，您的感受是？", Asks::Dysfunctional),
            ("以下服务对您的重要程度", Asks::Importance),
        ];
        for (question, expected) in rows {
            assert_eq!(asks(question), expected, "{question}");
        }
    }

    fn candidate(column: usize, text: &str) -> Candidate {
        Candidate {
            column,
            text: text.to_owned(),
            holds_answers: !text.contains("important"),
        }
    }

    #[test]
    fn matrices_pair_by_item_in_any_column_order() {
        let f = "How do you feel if you have this? - ";
        let d = "How do you feel if you do not have this? - ";
        let i = "How important is this to you? - ";
        let cands = vec![
            candidate(2, &format!("{f}Childcare")),
            candidate(3, &format!("{f}Gym")),
            candidate(4, &format!("{d}Gym")),
            candidate(5, &format!("{d}childcare")),
            candidate(6, &format!("{i}Gym")),
            candidate(7, &format!("{i}Childcare")),
        ];
        let paired = pair(&cands);
        assert_eq!(paired.len(), 2);
        assert_eq!(
            (
                paired[0].name.as_str(),
                paired[0].functional,
                paired[0].dysfunctional,
                paired[0].importance
            ),
            ("Childcare", 2, 5, Some(7))
        );
        assert_eq!(
            (
                paired[1].name.as_str(),
                paired[1].functional,
                paired[1].dysfunctional
            ),
            ("Gym", 3, 4)
        );
        assert_eq!(
            paired[1].dysfunctional_question,
            "How do you feel if you do not have this?"
        );
    }

    #[test]
    fn whole_questions_pair_with_their_negated_twin() {
        let cands = vec![
            candidate(1, "How would you feel if the app had dark mode?"),
            candidate(2, "How would you feel if the app did not have dark mode?"),
            candidate(3, "How would you feel if the app had offline maps?"),
            candidate(
                4,
                "How would you feel if the app did not have offline maps?",
            ),
            candidate(5, "How important are offline maps to you?"),
        ];
        let paired = pair(&cands);
        let got: Vec<_> = paired
            .iter()
            .map(|p| (p.name.as_str(), p.functional, p.dysfunctional, p.importance))
            .collect();
        assert_eq!(
            got,
            [("dark mode", 1, 2, None), ("offline maps", 3, 4, Some(5))]
        );
    }

    proptest::proptest! {
        /// Any headers at all: splitting and pairing never panic, and no column is used twice.
        #[test]
        fn any_headers_pair_without_panicking_or_sharing_a_column(
            headers in proptest::collection::vec("(Q?[0-9]{0,2}[.、 ]?)?[a-z不没有 ]{0,12}( - |\\[|—|（)?[^\\x00]{0,10}", 0..16)
        ) {
            let cands: Vec<Candidate> = headers
                .iter()
                .enumerate()
                .map(|(i, h)| Candidate { column: i, text: h.clone(), holds_answers: i % 3 != 2 })
                .collect();
            let mut seen = std::collections::HashSet::new();
            for p in pair(&cands) {
                for c in [Some(p.functional), Some(p.dysfunctional), p.importance].into_iter().flatten() {
                    proptest::prop_assert!(seen.insert(c), "column {} used twice", c);
                }
            }
            for h in &headers {
                let _ = split_header(h);
            }
        }
    }

    #[test]
    fn columns_without_kano_answers_are_not_questions() {
        let cands = vec![Candidate {
            column: 0,
            text: "Do you not own a car?".into(),
            holds_answers: false,
        }];
        assert!(pair(&cands).is_empty());
    }
}
