//! The method, checked against its published tables: every answer pair of both evaluation
//! tables, the worked example of KANO_METHOD.md (stp25kano) and the published REPPL results.
//!
//! The REPPL figures are facts written here (answer-pair matrices derived from the public survey
//! data, and the published results); the test never reads ../shared.

// A test fails by panicking, so unwrapping is how it reports a broken expectation.
#![allow(clippy::unwrap_used)]

use kanoscope::kano::{
    Analysis, Answer, Category, CategoryCounts, Coefficients, EvaluationTable, FeatureStats,
    FongTest, Response, Rule, Strength, Tally,
};

/// One row of a table as written in KANO_METHOD.md: the categories for dysfunctional answers
/// like, must-be, neutral, live-with, dislike.
fn row(letters: &str) -> Vec<Category> {
    letters
        .split_whitespace()
        .map(|l| Category::from_letter(l).unwrap())
        .collect()
}

fn check_table(table: EvaluationTable, expected: [(&str, &str); 5]) {
    for (functional, (label, letters)) in Answer::ALL.into_iter().zip(expected) {
        assert_eq!(functional.token(), label, "row order");
        for (dysfunctional, want) in Answer::ALL.into_iter().zip(row(letters)) {
            assert_eq!(
                table.classify(functional, dysfunctional),
                want,
                "{table:?}: functional {functional:?}, dysfunctional {dysfunctional:?}"
            );
        }
    }
}

#[test]
fn standard_table_classifies_all_25_pairs() {
    check_table(
        EvaluationTable::Standard,
        [
            ("like", "Q A A A O"),
            ("must-be", "R I I I M"),
            ("neutral", "R I I I M"),
            ("live-with", "R I I I M"),
            ("dislike", "R R R R Q"),
        ],
    );
}

#[test]
fn pouliot_table_classifies_all_25_pairs() {
    check_table(
        EvaluationTable::Pouliot,
        [
            ("like", "Q A A A O"),
            ("must-be", "R Q I I M"),
            ("neutral", "R I I I M"),
            ("live-with", "R I I Q M"),
            ("dislike", "R R R R Q"),
        ],
    );
}

/// A row of the worked example in KANO_METHOD.md (stp25kano README, n = 296).
struct Worked {
    name: &'static str,
    /// M, O, A, I, R, Q, in the order the source prints them.
    moairq: [u32; 6],
    max: Category,
    strength: Category,
    /// Derived by hand from the counts with the `oam` rule (not in the source table).
    oam: Category,
    total_strength_percent: f64,
    category_strength_percent: f64,
    better: f64,
    worse: f64,
    difference: u32,
    critical: f64,
    significant: bool,
}

#[test]
fn worked_example_from_kano_method() {
    use Category::{A, I, M, O};
    let rows = [
        Worked {
            name: "Service app",
            moairq: [95, 123, 45, 33, 0, 0],
            max: O,
            strength: O,
            oam: O,
            total_strength_percent: 89.0,
            category_strength_percent: 9.0,
            better: 0.568,
            worse: -0.736,
            difference: 28,
            critical: 19.4,
            significant: true,
        },
        Worked {
            name: "Excellent service",
            moairq: [101, 54, 54, 81, 3, 3],
            max: M,
            strength: M,
            oam: M,
            total_strength_percent: 71.0,
            category_strength_percent: 7.0,
            better: 0.372,
            worse: -0.534,
            difference: 20,
            critical: 18.5,
            significant: true,
        },
        Worked {
            name: "Hotline",
            moairq: [15, 24, 121, 124, 6, 6],
            max: I,
            strength: A,
            oam: A,
            total_strength_percent: 54.0,
            category_strength_percent: 1.0,
            better: 0.511,
            worse: -0.137,
            difference: 3,
            critical: 19.8,
            significant: false,
        },
        Worked {
            name: "Loan machine",
            moairq: [65, 87, 93, 51, 0, 0],
            max: A,
            strength: O,
            oam: A,
            total_strength_percent: 83.0,
            category_strength_percent: 2.0,
            better: 0.608,
            worse: -0.514,
            difference: 6,
            critical: 18.5,
            significant: false,
        },
        Worked {
            name: "Ready-to-use return",
            moairq: [9, 18, 83, 177, 6, 3],
            max: I,
            strength: I,
            oam: I,
            total_strength_percent: 37.0,
            category_strength_percent: 32.0,
            better: 0.352,
            worse: -0.094,
            difference: 94,
            critical: 19.9,
            significant: true,
        },
    ];
    for w in rows {
        let [m, o, a, i, r, q] = w.moairq;
        let counts = CategoryCounts::new(a, o, m, i, r, q);
        assert_eq!(counts.total(), 296, "{}", w.name);
        assert_eq!(Rule::Max.category(&counts), Some(w.max), "{} max", w.name);
        assert_eq!(
            Rule::Strength.category(&counts),
            Some(w.strength),
            "{} strength",
            w.name
        );
        assert_eq!(Rule::Oam.category(&counts), Some(w.oam), "{} oam", w.name);

        let strength = Strength::from_counts(&counts).unwrap();
        assert_eq!(
            (strength.total * 100.0).round(),
            w.total_strength_percent,
            "{} TS",
            w.name
        );
        assert_eq!(
            (strength.category * 100.0).round(),
            w.category_strength_percent,
            "{} CS",
            w.name
        );

        let c = Coefficients::from_counts(&counts).unwrap();
        assert!(
            (c.better - w.better).abs() < 5e-4,
            "{} Better {}",
            w.name,
            c.better
        );
        assert!(
            (c.worse - w.worse).abs() < 5e-4,
            "{} Worse {}",
            w.name,
            c.worse
        );

        let fong = FongTest::from_counts(&counts).unwrap();
        assert_eq!(fong.difference, w.difference, "{} |a-b|", w.name);
        assert!(
            (fong.critical - w.critical).abs() < 0.05,
            "{} critical {}",
            w.name,
            fong.critical
        );
        assert_eq!(fong.significant, w.significant, "{} Fong", w.name);
    }
}

/// A feature of the REPPL "transfers" survey (358 respondents): the answer pairs (rows
/// functional, columns dysfunctional, both like..dislike) and importances 1..9 derived from the
/// public data, and the results published in the REPPL README (Pouliot table, `oam` rule).
struct Reppl {
    feature: &'static str,
    pairs: [[u32; 5]; 5],
    importance: [u32; 9],
    aomirq: [u32; 6],
    class: Category,
    better: f64,
    worse: f64,
    importance_mean: f64,
}

const REPPL: [Reppl; 6] = [
    Reppl {
        feature: "F6 Anonymous transfers",
        pairs: [
            [13, 21, 32, 38, 19],
            [11, 10, 20, 9, 3],
            [9, 31, 70, 10, 4],
            [10, 11, 9, 7, 2],
            [10, 7, 1, 1, 0],
        ],
        importance: [15, 21, 68, 39, 84, 20, 64, 6, 41],
        aomirq: [91, 19, 9, 160, 49, 30],
        class: Category::I,
        better: 0.3942652,
        worse: -0.1003584,
        importance_mean: 5.089385,
    },
    Reppl {
        feature: "F7 Convenient transfers",
        pairs: [
            [12, 10, 13, 47, 121],
            [3, 6, 9, 32, 57],
            [2, 5, 19, 7, 2],
            [2, 3, 2, 4, 0],
            [0, 1, 1, 0, 0],
        ],
        importance: [4, 6, 14, 12, 56, 38, 105, 20, 103],
        aomirq: [70, 121, 59, 77, 9, 22],
        class: Category::O,
        better: 0.5840979,
        worse: -0.5504587,
        importance_mean: 6.804469,
    },
    Reppl {
        feature: "F8 Reliable transfers",
        pairs: [
            [14, 15, 24, 39, 122],
            [1, 7, 10, 23, 63],
            [1, 4, 15, 3, 1],
            [2, 4, 3, 2, 2],
            [0, 2, 1, 0, 0],
        ],
        importance: [1, 1, 17, 11, 47, 29, 98, 28, 126],
        aomirq: [78, 122, 66, 62, 7, 23],
        class: Category::O,
        better: 0.6097561,
        worse: -0.5731707,
        importance_mean: 7.125698,
    },
    Reppl {
        feature: "F9 Responsive transfers",
        pairs: [
            [11, 12, 27, 106, 76],
            [3, 6, 13, 28, 20],
            [4, 5, 19, 3, 4],
            [1, 4, 6, 1, 1],
            [0, 1, 1, 2, 4],
        ],
        importance: [4, 2, 14, 15, 71, 33, 107, 34, 78],
        aomirq: [145, 76, 25, 78, 12, 22],
        class: Category::A,
        better: 0.6820988,
        worse: -0.3117284,
        importance_mean: 6.664804,
    },
    Reppl {
        feature: "F10 Secure transfers",
        pairs: [
            [12, 8, 5, 5, 174],
            [3, 8, 4, 5, 79],
            [2, 9, 19, 1, 10],
            [1, 1, 3, 2, 1],
            [0, 0, 1, 0, 5],
        ],
        importance: [0, 1, 12, 5, 33, 16, 75, 21, 195],
        aomirq: [18, 174, 90, 42, 7, 27],
        class: Category::O,
        better: 0.5925926,
        worse: -0.8148148,
        importance_mean: 7.729050,
    },
    Reppl {
        feature: "F11 Transparent transfers",
        pairs: [
            [16, 5, 21, 62, 90],
            [8, 7, 19, 29, 27],
            [1, 4, 32, 14, 5],
            [0, 3, 4, 2, 0],
            [2, 1, 2, 1, 3],
        ],
        importance: [2, 4, 18, 10, 60, 40, 86, 30, 108],
        aomirq: [88, 90, 32, 105, 15, 28],
        class: Category::O,
        better: 0.5650794,
        worse: -0.3873016,
        importance_mean: 6.865922,
    },
];

fn reppl_tally(r: &Reppl) -> Tally {
    let mut tally = Tally::new();
    for (f, row) in Answer::ALL.into_iter().zip(r.pairs) {
        for (d, count) in Answer::ALL.into_iter().zip(row) {
            for _ in 0..count {
                tally.add(Response::pair(f, d));
            }
        }
    }
    for (level, count) in (1..=9).zip(r.importance) {
        for _ in 0..count {
            tally.add(Response {
                importance: kanoscope::kano::Importance::new(level).ok(),
                ..Response::default()
            });
        }
    }
    tally
}

#[test]
fn reppl_published_results_are_reproduced() {
    let analysis = Analysis {
        table: EvaluationTable::Pouliot,
        rule: Rule::Oam,
        ..Analysis::default()
    };
    for r in &REPPL {
        let stats = FeatureStats::from_tally(&reppl_tally(r), &analysis);
        let [a, o, m, i, rev, q] = r.aomirq;
        assert_eq!(
            stats.counts,
            CategoryCounts::new(a, o, m, i, rev, q),
            "{}",
            r.feature
        );
        assert_eq!(stats.n, 358, "{}", r.feature);
        assert_eq!(stats.category, Some(r.class), "{}", r.feature);
        let c = stats.coefficients.unwrap();
        assert!(
            (c.better - r.better).abs() < 5e-8,
            "{} Better {}",
            r.feature,
            c.better
        );
        assert!(
            (c.worse - r.worse).abs() < 5e-8,
            "{} Worse {}",
            r.feature,
            c.worse
        );
        let importance = stats.importance.unwrap();
        assert_eq!(importance.count, 358, "{}", r.feature);
        assert!(
            (importance.mean - r.importance_mean).abs() < 5e-7,
            "{} importance {}",
            r.feature,
            importance.mean
        );
    }
}

#[test]
fn reppl_f11_shows_why_the_rule_matters() {
    let f11 = &REPPL[5];
    let pouliot = Analysis {
        table: EvaluationTable::Pouliot,
        ..Analysis::default()
    };
    let tally = reppl_tally(f11);
    let by_max = FeatureStats::from_tally(&tally, &pouliot);
    let by_oam = FeatureStats::from_tally(
        &tally,
        &Analysis {
            rule: Rule::Oam,
            ..pouliot
        },
    );
    assert_eq!(by_max.category, Some(Category::I));
    assert_eq!(by_oam.category, Some(Category::O));
}

#[test]
fn the_standard_table_counts_the_same_data_differently() {
    // Under the standard table, must-be/must-be and live-with/live-with are Indifferent, not
    // Questionable: F6 has 10 + 7 such pairs, so Q drops by 17 and I rises by 17.
    let tally = reppl_tally(&REPPL[0]);
    let standard = tally.counts(EvaluationTable::Standard);
    let pouliot = tally.counts(EvaluationTable::Pouliot);
    assert_eq!(standard[Category::Q] + 17, pouliot[Category::Q]);
    assert_eq!(standard[Category::I], pouliot[Category::I] + 17);
}

#[test]
fn continuous_means_follow_the_dumouchel_scale() {
    // Two respondents: (like, dislike) scores functional 4, dysfunctional 4;
    // (neutral, must-be) scores 0 and -1.
    let tally = Tally::from_responses([
        Response::pair(Answer::Like, Answer::Dislike),
        Response::pair(Answer::Neutral, Answer::MustBe),
    ]);
    let stats = FeatureStats::from_tally(&tally, &Analysis::default());
    let c = stats.continuous.unwrap();
    assert_eq!(c.functional.mean, 2.0);
    assert_eq!(c.dysfunctional.mean, 1.5);
    // Sample standard deviations: sqrt(((4-2)^2 + (0-2)^2) / 1) and sqrt((2.5^2 * 2) / 1).
    assert!((c.functional.sd.unwrap() - 8.0_f64.sqrt()).abs() < 1e-12);
    assert!((c.dysfunctional.sd.unwrap() - 12.5_f64.sqrt()).abs() < 1e-12);
}

#[test]
fn nothing_answered_means_no_figures_not_nan() {
    let stats = FeatureStats::from_tally(&Tally::new(), &Analysis::default());
    assert_eq!(stats.n, 0);
    assert_eq!(stats.category, None);
    assert_eq!(stats.coefficients, None);
    assert_eq!(stats.strength, None);
    assert_eq!(stats.fong, None);
    assert_eq!(stats.continuous, None);
    assert_eq!(stats.importance, None);
}

#[test]
fn only_questionable_and_reverse_answers_leave_better_and_worse_undefined() {
    let counts = CategoryCounts::new(0, 0, 0, 0, 3, 2);
    assert_eq!(Coefficients::from_counts(&counts), None);
    assert_eq!(Rule::Max.category(&counts), Some(Category::R));
    // Under the strength rule a questionable majority stays questionable.
    let counts = CategoryCounts::new(1, 0, 0, 1, 0, 5);
    assert_eq!(Rule::Strength.category(&counts), Some(Category::Q));
}

#[test]
fn a_tie_is_never_significant() {
    let fong = FongTest::from_counts(&CategoryCounts::new(0, 0, 0, 0, 0, 4)).unwrap();
    assert!(!fong.significant);
    let fong = FongTest::from_counts(&CategoryCounts::new(10, 10, 0, 0, 0, 0)).unwrap();
    assert!(!fong.significant);
}
