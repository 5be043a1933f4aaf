//! The project loader on valid projects changed in small, meaningful ways: a value replaced by
//! one of another type or by a known token, a field removed, renamed or added, an element
//! duplicated (duplicate ids), a value nested or copied elsewhere. This reaches the checks past
//! the JSON syntax (ids, answers, importance, survey order, analysis settings) far more often
//! than random bytes do. Whatever the loader accepts must round-trip.
#![no_main]

mod check;

use arbitrary::Arbitrary;
use kanoscope::io::samples::Sample;
use serde_json::{Map, Number, Value};
use std::sync::OnceLock;

/// Field names and tokens of the format, so that mutations speak its language.
const WORDS: &[&str] = &[
    "format", "version", "title", "analysis", "survey", "features", "respondents", "id", "name",
    "functional", "dysfunctional", "touchpoint", "notes", "segment", "answers", "importance",
    "order", "table", "rule", "quadrant", "like", "must-be", "neutral", "live-with", "dislike",
    "standard", "pouliot", "max", "strength", "oam", "fixed", "mean", "kanoscope-project",
    "random", "single", "pair", "layout", "language", "en", "zh",
    "wifi", "seats", "r-0001", "r-0002", "", " ", "\u{3000}", "wifi ", "WIFI", "車站", "🚇",
    "a/b", "a.b", "\"", "\\", "\u{202e}rtl", "0", "1", "9", "10", "-1",
];

/// A small project that uses every part of the format.
const TINY: &str = r#"{
  "format": "kanoscope-project", "version": 1, "title": "Tiny",
  "analysis": {"table": "pouliot", "rule": "strength", "quadrant": "mean"},
  "survey": {"order": "random", "layout": "single", "importance": true, "language": "zh"},
  "features": [
    {"id": "wifi", "name": "Wi-Fi", "functional": "f?", "dysfunctional": "d?", "touchpoint": "Train", "notes": "n"},
    {"id": "seats", "name": "Seats"}
  ],
  "respondents": [
    {"id": "r-0001", "segment": "Commuter", "order": ["seats", "wifi"],
     "answers": {"wifi": {"functional": "like", "dysfunctional": "dislike", "importance": 9},
                 "seats": {"functional": "must-be"}}},
    {"id": "r-0002", "answers": {"seats": {"functional": "neutral", "dysfunctional": "live-with"}}}
  ]
}"#;

#[derive(Arbitrary, Debug)]
struct Input {
    base: bool,
    pretty: bool,
    mutations: Vec<Mutation>,
}

#[derive(Arbitrary, Debug)]
enum Mutation {
    Replace { at: Vec<u8>, with: Leaf },
    Remove { at: Vec<u8> },
    Duplicate { at: Vec<u8> },
    Rename { at: Vec<u8>, to: Word },
    Insert { at: Vec<u8>, key: Word, with: Leaf },
    Nest { at: Vec<u8>, depth: u8, in_array: bool },
    Copy { from: Vec<u8>, to: Vec<u8> },
}

#[derive(Arbitrary, Debug)]
enum Leaf {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Word(Word),
    Array,
    Object,
}

#[derive(Arbitrary, Debug)]
enum Word {
    Known(u8),
    Any(String),
}

impl Word {
    fn text(&self) -> String {
        match self {
            Self::Known(k) => WORDS[*k as usize % WORDS.len()].to_owned(),
            Self::Any(s) => s.clone(),
        }
    }
}

impl Leaf {
    fn value(&self) -> Value {
        match self {
            Self::Null => Value::Null,
            Self::Bool(b) => Value::Bool(*b),
            Self::Int(i) => Value::Number((*i).into()),
            Self::Float(f) => Number::from_f64(*f).map_or(Value::Null, Value::Number),
            Self::Word(w) => Value::String(w.text()),
            Self::Array => Value::Array(Vec::new()),
            Self::Object => Value::Object(Map::new()),
        }
    }
}

/// The node reached by following `at` (one choice of child per byte), as far as it goes.
fn walk<'v>(root: &'v mut Value, at: &[u8]) -> &'v mut Value {
    enum Pick {
        Item(usize),
        Field(String),
    }
    // Choose the way down on a shared borrow, then follow it.
    let mut picks = Vec::new();
    let mut node: &Value = root;
    for &choice in at {
        node = match node {
            Value::Array(items) if !items.is_empty() => {
                let k = choice as usize % items.len();
                picks.push(Pick::Item(k));
                &items[k]
            }
            Value::Object(fields) if !fields.is_empty() => {
                let k = choice as usize % fields.len();
                match fields.iter().nth(k) {
                    Some((key, child)) => {
                        picks.push(Pick::Field(key.clone()));
                        child
                    }
                    None => break,
                }
            }
            _ => break,
        };
    }
    let mut node = root;
    for pick in picks {
        node = match (node, pick) {
            (Value::Array(items), Pick::Item(k)) => &mut items[k],
            (Value::Object(fields), Pick::Field(key)) => &mut fields[key.as_str()],
            (other, _) => other,
        };
    }
    node
}

/// Splits `at` into the path to a container and the choice of one of its children.
fn parent_and_child(at: &[u8]) -> (&[u8], u8) {
    match at.split_last() {
        Some((&last, rest)) => (rest, last),
        None => (&[], 0),
    }
}

fn apply(root: &mut Value, mutation: &Mutation) {
    match mutation {
        Mutation::Replace { at, with } => *walk(root, at) = with.value(),
        Mutation::Remove { at } => {
            let (path, child) = parent_and_child(at);
            match walk(root, path) {
                Value::Array(items) if !items.is_empty() => {
                    items.remove(child as usize % items.len());
                }
                Value::Object(fields) if !fields.is_empty() => {
                    if let Some(key) = fields.keys().nth(child as usize % fields.len()).cloned() {
                        fields.remove(&key);
                    }
                }
                _ => {}
            }
        }
        Mutation::Duplicate { at } => {
            let (path, child) = parent_and_child(at);
            if let Value::Array(items) = walk(root, path)
                && !items.is_empty()
                && items.len() < 64
            {
                let item = items[child as usize % items.len()].clone();
                items.push(item);
            }
        }
        Mutation::Rename { at, to } => {
            let (path, child) = parent_and_child(at);
            if let Value::Object(fields) = walk(root, path)
                && !fields.is_empty()
                && let Some(key) = fields.keys().nth(child as usize % fields.len()).cloned()
                && let Some(value) = fields.remove(&key)
            {
                fields.insert(to.text(), value);
            }
        }
        Mutation::Insert { at, key, with } => {
            if let Value::Object(fields) = walk(root, at) {
                fields.insert(key.text(), with.value());
            } else if let Value::Array(items) = walk(root, at) {
                items.push(with.value());
            }
        }
        Mutation::Nest { at, depth, in_array } => {
            let node = walk(root, at);
            let mut value = node.take();
            for _ in 0..*depth {
                value = if *in_array {
                    Value::Array(vec![value])
                } else {
                    let mut fields = Map::new();
                    fields.insert("x".to_owned(), value);
                    Value::Object(fields)
                };
            }
            *node = value;
        }
        Mutation::Copy { from, to } => {
            let value = walk(root, from).clone();
            *walk(root, to) = value;
        }
    }
}

fn metro() -> &'static Value {
    static METRO: OnceLock<Value> = OnceLock::new();
    METRO.get_or_init(|| {
        let mut value: Value =
            serde_json::from_str(Sample::MetroEnglish.text()).unwrap_or(Value::Null);
        // A few respondents keep every part of the sample and each run fast.
        if let Some(Value::Array(respondents)) = value.get_mut("respondents") {
            respondents.truncate(4);
        }
        value
    })
}

fn tiny() -> &'static Value {
    static TINY_VALUE: OnceLock<Value> = OnceLock::new();
    TINY_VALUE.get_or_init(|| serde_json::from_str(TINY).unwrap_or(Value::Null))
}

libfuzzer_sys::fuzz_target!(|input: Input| {
    let mut value = if input.base { metro() } else { tiny() }.clone();
    for mutation in input.mutations.iter().take(16) {
        apply(&mut value, mutation);
    }
    let bytes = if input.pretty {
        serde_json::to_vec_pretty(&value)
    } else {
        serde_json::to_vec(&value)
    };
    let Ok(bytes) = bytes else { return };
    if let Ok(project) = kanoscope::io::parse_project(&bytes) {
        check::accepted(&project);
    }
});
