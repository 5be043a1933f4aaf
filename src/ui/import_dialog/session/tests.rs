//! The session's behaviour on small tables: detection, hand-made pairs, texts, codes, problems.

#![allow(clippy::unwrap_used)]

use super::*;
use crate::io::import::{Codes, ReadOptions, Role, read_table};
use crate::kano::Answer;

fn session(csv: &str) -> ImportSession {
    ImportSession::new(
        "survey.export.csv",
        read_table(csv.as_bytes(), &ReadOptions::default()).unwrap(),
    )
}

#[test]
fn detected_pairs_become_features_and_the_title_is_the_file_name() {
    let s = session("id,wifi_functional,wifi_dysfunctional\na,I like it,I dislike it\n");
    assert_eq!(s.title(), "survey");
    assert_eq!(s.features().len(), 1);
    assert_eq!(s.features()[0].functional, Some(1));
    assert_eq!(s.mapping().features.len(), 1);
    assert_eq!(s.column_name(1), "B · wifi_functional");
    assert_eq!(s.wordings().len(), 2);
}

#[test]
fn changing_a_column_reads_its_texts_and_incomplete_features_are_not_imported() {
    let mut s = session("a,b,c\nI like it,I dislike it,maybe\n");
    assert!(s.features().is_empty());
    s.add_feature();
    assert_eq!(s.features()[0].id, "F1");
    assert!(s.mapping().features.is_empty(), "no columns yet");
    s.set_column(0, Role::Functional, Some(0));
    s.set_column(0, Role::Dysfunctional, Some(2));
    assert_eq!(s.mapping().features.len(), 1);
    let texts: Vec<&str> = s
        .wordings()
        .iter()
        .map(|w| w.wording.text.as_str())
        .collect();
    assert_eq!(texts, ["maybe", "I like it"], "unknown texts first");
    assert_eq!(s.meaning(&s.wordings()[0].wording), Meaning::Unmapped);
    let maybe = s.wordings()[0].wording.clone();
    s.set_answer(&maybe, Some(Answer::Neutral));
    assert_eq!(
        s.meaning(&maybe),
        Meaning::Answer {
            answer: Answer::Neutral,
            by_hand: true
        }
    );
    s.set_answer(&maybe, None);
    assert_eq!(s.meaning(&maybe), Meaning::Unmapped);
    s.remove_feature(0);
    assert!(s.wordings().is_empty());
}

#[test]
fn codes_wait_for_an_order_unless_the_file_settles_it() {
    let mut s = session("x_functional,x_dysfunctional\n1,5\n2,3\n");
    assert!(s.uses_codes());
    assert_eq!(s.codes(), None);
    let one = s
        .wordings()
        .iter()
        .find(|w| w.wording.text == "1")
        .unwrap()
        .wording
        .clone();
    assert_eq!(s.meaning(&one), Meaning::AwaitsCodes);
    s.set_codes(Codes::DislikeFirst);
    assert_eq!(
        s.meaning(&one),
        Meaning::Answer {
            answer: Answer::Dislike,
            by_hand: false
        }
    );

    let s = session("x_functional,x_dysfunctional\n5 - I like it,1\n1 - I dislike it,5\n");
    assert_eq!(s.settled_codes(), Some(Codes::DislikeFirst));
    assert_eq!(s.codes(), Some(Codes::DislikeFirst));
}

#[test]
fn a_lone_column_becomes_a_feature_and_its_problem_is_settled() {
    let mut s = session(
        "id,wifi_functional,wifi_dysfunctional,seats_functional,other\np1,I like it,I dislike it,I like it,I dislike it\n",
    );
    assert_eq!(s.problems().len(), 1);
    s.feature_from_problem(0);
    assert!(s.problems().is_empty());
    assert_eq!(s.features()[1].id, "seats");
    assert_eq!(s.features()[1].functional, Some(3));
    assert_eq!(s.features()[1].dysfunctional, None);
    s.set_column(1, Role::Dysfunctional, Some(4));
    assert_eq!(s.mapping().features.len(), 2);
}

#[test]
fn questions_that_say_the_same_are_paired_on_opening_and_suggestions_take_only_unused_columns() {
    let mut s = session(
        "id,If it had maps,If it had no maps,If it had wifi,If it had no wifi,Tea,Coffee\n\
         r1,I like it,I dislike it,I expect it,I dislike it,I like it,I dislike it\n\
         r2,I am neutral,I dislike it,I like it,I am neutral,I like it,I am neutral\n",
    );
    // The same detection as the command line: by what the questions say.
    assert_eq!(s.features().len(), 2);
    assert_eq!(s.features()[0].name, "maps");
    assert_eq!(s.features()[1].functional, Some(3));
    assert_eq!(s.features()[1].dysfunctional, Some(4));
    // What no question pairs, the neighbours do, on request.
    assert_eq!(s.suggest_pairs(), 1);
    assert_eq!(s.features()[2].functional, Some(5));
    assert_eq!(s.suggest_pairs(), 0, "no unused pair is left");
    assert_eq!(s.id_candidates(), vec![0]);
}

#[test]
fn colliding_ids_are_found_only_when_appending() {
    let mut s = session(
        "id,wifi_functional,wifi_dysfunctional\na,I like it,I dislike it\nb,I like it,I dislike it\n",
    );
    let project = crate::io::samples::Sample::MetroEnglish.project();
    let taken = project.respondents()[0].id.clone();
    let mut s2 = session(&format!(
        "id,wifi_functional,wifi_dysfunctional\n{taken},I like it,I dislike it\nzz,I like it,I dislike it\n"
    ));
    s2.set_id_column(Some(0));
    s2.target = Target::AppendToOpen;
    s2.blockers(&project);
    assert_eq!(s2.clashes(), &[(taken, 2)]);
    s.set_id_column(Some(0));
    s.blockers(&project);
    assert!(s.clashes().is_empty());
}

#[test]
fn texts_are_listed_unknown_first_then_codes_in_order_then_by_count() {
    let s =
        session("a_functional,a_dysfunctional\n5,I like it\n1,huh\n3,I like it\n1,I dislike it\n");
    let texts: Vec<&str> = s
        .wordings()
        .iter()
        .map(|w| w.wording.text.as_str())
        .collect();
    assert_eq!(texts, ["huh", "1", "3", "5", "I like it", "I dislike it"]);
    assert_eq!(s.wordings()[1].wording.count, 2);
    assert!(s.has_codes() && s.uses_codes());
}

#[test]
fn a_column_used_for_both_questions_counts_its_texts_once() {
    let mut s = session("a,b\nI like it,I dislike it\nI like it,I dislike it\n");
    s.add_feature();
    s.set_column(0, Role::Functional, Some(0));
    s.set_column(0, Role::Dysfunctional, Some(0));
    assert_eq!(s.wordings().len(), 1);
    assert_eq!(s.wordings()[0].wording.count, 2);
}

#[test]
fn problems_can_be_left_out_and_a_lone_importance_becomes_a_feature() {
    let mut s = session("wifi_importance,seats_functional\n7,I like it\n");
    assert_eq!(s.problems().len(), 2);
    s.ignore_problem(1);
    assert_eq!(s.problems().len(), 1);
    s.feature_from_problem(0);
    assert!(s.problems().is_empty());
    assert_eq!(s.features()[0].id, "wifi");
    assert_eq!(s.features()[0].importance, Some(0));
}

#[test]
fn a_pasted_table_takes_the_files_place_and_is_paired_the_same_way() {
    let mut s = session("id,wifi_functional,wifi_dysfunctional\na,I like it,I dislike it\n");
    s.target = Target::AppendToOpen;
    let pasted = "Respondent\tIf the train had the following? [Wi-Fi]\tIf the train did not have the following? [Wi-Fi]\n\
                  p1\tI like it\tI dislike it\n\
                  p2\tI expect it\tI dislike it\n";
    s.paste("pasted table", pasted).unwrap();
    assert_eq!(s.file_name(), "pasted table");
    assert_eq!(s.table().rows.len(), 2);
    assert_eq!(s.features().len(), 1);
    assert_eq!(s.features()[0].name, "Wi-Fi");
    assert_eq!(
        (s.features()[0].functional, s.features()[0].dysfunctional),
        (Some(1), Some(2))
    );
    assert_eq!(
        s.target,
        Target::AppendToOpen,
        "where the respondents go stays"
    );
    assert!(s.paste("pasted table", "").is_err());
    assert_eq!(
        s.table().rows.len(),
        2,
        "a paste that is no table changes nothing"
    );
}

#[test]
fn what_was_said_about_texts_is_recalled_for_the_same_survey_only() {
    let csv = "id,wifi_functional,wifi_dysfunctional\na,Meh,I dislike it\nb,I like it,Meh\n";
    let mut first = session(csv);
    let meh = first
        .wordings()
        .iter()
        .find(|w| w.wording.text == "Meh")
        .unwrap()
        .wording
        .clone();
    first.set_answer(&meh, Some(Answer::Neutral));
    let remembered = vec![first.remembered()];
    assert_eq!(remembered[0].answers, [("meh".to_owned(), Answer::Neutral)]);

    // The next wave: same columns, new rows.
    let mut next = session("id,wifi_functional,wifi_dysfunctional\nc,Meh,Meh\n");
    next.recall(&remembered);
    assert_eq!(next.mapping().answer_for_text("Meh"), Some(Answer::Neutral));
    // Another survey keeps its own texts unknown.
    let mut other = session("id,seats_functional,seats_dysfunctional\nc,Meh,Meh\n");
    other.recall(&remembered);
    assert_eq!(other.mapping().answer_for_text("Meh"), None);
}
