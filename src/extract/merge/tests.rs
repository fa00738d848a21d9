use super::*;
use crate::model::{Category, PartialDate};

fn day(y: i32, m: u8, d: u8) -> DateRange {
    DateRange::point(PartialDate::day(y, m, d).expect("a real day"))
}
fn month(y: i32, m: u8) -> DateRange {
    DateRange::point(PartialDate::month(y, m))
}
fn year(y: i32) -> DateRange {
    DateRange::point(PartialDate::year(y))
}

/// A candidate told by sentence `sentence` of text `doc`.
fn told(doc: usize, sentence: usize, date: DateRange, topic: Topic, actors: &[usize], title: &str) -> Candidate {
    Candidate {
        doc,
        sentence,
        date,
        date_start: sentence,
        date_end: sentence + 1,
        topic,
        actors: actors.to_vec(),
        visitor: None,
        direction: None,
        title: title.to_string(),
        caption: false,
        first: false,
    }
}

fn act(key: &str) -> Topic {
    Topic::Act { category: Category::Diplomacy, key: key.to_string() }
}

/// Merges candidates of up to four texts of ten one-letter sentences each.
fn events(candidates: Vec<Candidate>) -> Vec<Event> {
    let text = "abcdefghij";
    let docs = Docs {
        ids: vec!["a", "b", "c", "d"],
        texts: vec![text; 4],
        sentence_spans: vec![(0..10).map(|i| (i, i + 1)).collect(); 4],
    };
    merge(candidates, &docs, &["Pete Peterson".to_string(), "Bill Clinton".to_string()])
}

fn conflicts(event: &Event) -> Vec<(String, String)> {
    event.conflicts.iter().map(|c| (c.doc.clone(), c.date.to_string())).collect()
}

#[test]
fn days_next_to_each_other_are_one_happening_months_and_years_are_not() {
    assert!(joinable(day(1995, 7, 11), day(1995, 7, 12)));
    assert!(joinable(day(1994, 2, 3), month(1994, 2)));
    assert!(!joinable(month(1992, 1), month(1992, 2)));
    assert!(!joinable(year(1996), year(1997)));
    assert!(!joinable(day(1994, 2, 1), day(1994, 2, 3)));
}

#[test]
fn a_year_apart_disagrees_only_for_a_named_act() {
    assert!(irreconcilable(year(1996), year(1997), true));
    assert!(irreconcilable(year(1996), day(1997, 4, 10), true));
    assert!(!irreconcilable(year(1996), year(1997), false));
    assert!(!irreconcilable(year(2014), year(2016), true));
    assert!(irreconcilable(month(1992, 1), month(1992, 2), false));
    assert!(!irreconcilable(month(1992, 1), month(1994, 2), true));
}

#[test]
fn acts_told_with_other_words_are_one_act() {
    let words = |t: &str| title_words(t);
    let cases = [
        ("ban", "Washington lifts the ban on organized U.S. travel to Vietnam", "travel", "The US lifted the travel ban"),
        ("tariffs", "Trump imposes tariffs on Vietnam", "tariff", "a 46 percent tariff on Vietnam"),
        ("embassies", "The two upgrade their liaison offices to embassies", "embassy", "The embassy opened"),
    ];
    for (a, a_title, b, b_title) in cases {
        assert!(same_act(a, &words(a_title), b, &words(b_title), false, false), "{a} / {b}");
    }
    // Choosing an envoy is one act whatever the verb, when it is the same envoy.
    let (nominated, appointed) = (words("Clinton nominated Peterson"), words("I appointed Pete Peterson"));
    assert!(same_act("nominated", &nominated, "appointed", &appointed, false, true));
    assert!(!same_act("nominated", &nominated, "appointed", &appointed, false, false));
    // Counter-examples: a later step of its own, two missions, lines of two chronologies.
    assert!(!same_act("confirms", &words("Senate confirms Peterson"), "nominated", &nominated, false, true));
    let nominated_as = words("Clinton nominated former Rep. Douglas Peterson as the first U.S. ambassador to Vietnam");
    assert!(!same_act("nominated", &nominated_as, "ambassador", &words("Peterson takes up post as U.S. Ambassador in Hanoi"), false, true));
    assert!(!same_act("inaugurated", &words("Vietnam inaugurated a consulate in Houston"), "upgraded", &words("both upgraded their liaison offices"), false, false));
    assert!(!same_act("item 4", &words("Consular Agreement signed"), "item 4", &words("Consular Agreement signed"), false, false));
    assert!(same_act("item 4", &[], "item 4", &[], true, false));
}

#[test]
fn stems_drop_inflections_only() {
    for (a, b) in [("opened", "opens"), ("opening", "open"), ("nominated", "nominates"), ("embassy", "embassies"), ("duty", "duties")] {
        assert_eq!(stem(a), stem(b), "{a} / {b}");
    }
    for (a, b) in [("ban", "band"), ("us", "use"), ("mission", "missing")] {
        assert_ne!(stem(a), stem(b), "{a} / {b}");
    }
}

#[test]
fn a_day_apart_between_texts_is_a_disagreement_and_the_best_supported_day_wins() {
    let embargo = Topic::Embargo { trade: true };
    let merged = events(vec![
        told(0, 1, day(1994, 2, 2), embargo.clone(), &[], "Clinton lifts the embargo"),
        told(1, 1, day(1994, 2, 3), embargo.clone(), &[], "Clinton lifts the embargo"),
        told(2, 1, day(1994, 2, 3), embargo.clone(), &[], "Clinton lifts the embargo"),
        // A year fits both days: it takes no side and is no conflict.
        told(3, 1, year(1994), embargo, &[], "Clinton lifts the embargo"),
    ]);
    assert_eq!(merged.len(), 1);
    assert_eq!(merged[0].date.to_string(), "1994-02-03");
    assert_eq!(conflicts(&merged[0]), [("a".to_string(), "1994-02-02".to_string())]);
}

#[test]
fn a_text_that_gives_both_days_reconciles_them() {
    let merged = events(vec![
        told(0, 1, day(1995, 7, 12), Topic::Normalization, &[], "normalize"),
        told(1, 1, day(1995, 7, 11), Topic::Normalization, &[], "normalize"),
        told(1, 2, day(1995, 7, 12), Topic::Normalization, &[], "normalize"),
    ]);
    assert_eq!(merged.len(), 1);
    assert!(merged[0].conflicts.is_empty());
}

#[test]
fn two_texts_naming_two_days_of_a_visit_do_not_disagree() {
    let merged = events(vec![
        told(0, 1, day(2016, 5, 23), Topic::Visit, &[1], "Clinton visits Vietnam"),
        told(1, 1, day(2016, 5, 24), Topic::Visit, &[1], "Clinton visits Vietnam"),
    ]);
    assert_eq!(merged.len(), 1);
    assert!(merged[0].conflicts.is_empty());
}

#[test]
fn one_text_telling_a_visit_on_two_days_tells_its_span() {
    let merged = events(vec![
        told(0, 1, day(2013, 12, 15), Topic::Visit, &[1], "Clinton visits Vietnam"),
        told(0, 3, day(2013, 12, 14), Topic::Visit, &[1], "Clinton visits Vietnam"),
    ]);
    assert_eq!(merged.len(), 1);
    assert_eq!((merged[0].date.to_string(), merged[0].end.map(|d| d.to_string())), ("2013-12-14".to_string(), Some("2013-12-15".to_string())));
    // Two texts naming a day each keep a day: which is right is theirs to settle.
    let merged = events(vec![
        told(0, 1, day(2013, 12, 15), Topic::Visit, &[1], "Clinton visits Vietnam"),
        told(1, 3, day(2013, 12, 14), Topic::Visit, &[1], "Clinton visits Vietnam"),
    ]);
    assert_eq!(merged[0].end, None);
}

#[test]
fn one_texts_bare_agreement_is_the_one_it_names() {
    let merged = events(vec![
        told(0, 1, month(2016, 5), Topic::Signed("agreement".to_string()), &[], "Vietnam and the US sign an agreement"),
        told(0, 3, day(2016, 5, 24), Topic::Signed("peace corps operation agreement".to_string()), &[], "X signs the Peace Corps Operation agreement"),
    ]);
    assert_eq!(merged.len(), 1);
    // Two named agreements are two, and another text's bare word names nothing.
    let merged = events(vec![
        told(0, 1, day(2016, 5, 24), Topic::Signed("trade agreement".to_string()), &[], "a"),
        told(0, 3, day(2016, 5, 24), Topic::Signed("peace corps operation agreement".to_string()), &[], "b"),
        told(1, 3, month(2016, 5), Topic::Signed("agreement".to_string()), &[], "c"),
    ]);
    assert_eq!(merged.len(), 3);
}

#[test]
fn months_next_to_each_other_disagree_between_texts() {
    let merged = events(vec![
        told(0, 1, month(1992, 2), Topic::WarLegacy, &[], "Joint Task Force established"),
        told(1, 1, month(1992, 1), Topic::WarLegacy, &[], "Joint Task Force established"),
    ]);
    assert_eq!(merged.len(), 1);
    assert_eq!(merged[0].conflicts.len(), 1);
}

#[test]
fn one_topic_at_two_dates_of_one_text_is_two_happenings() {
    let merged = events(vec![
        told(0, 1, month(1991, 4), Topic::WarLegacy, &[], "agree to open an office for MIA affairs"),
        told(0, 2, day(1991, 7, 7), Topic::WarLegacy, &[], "the office for MIA affairs opens"),
    ]);
    assert_eq!(merged.len(), 2);
    assert!(merged.iter().all(|e| e.conflicts.is_empty()));
}

#[test]
fn one_envoy_named_a_year_apart_is_a_disagreement() {
    let merged = events(vec![
        told(0, 1, year(1997), act("nominated"), &[0, 1], "Clinton nominated Peterson as ambassador"),
        told(1, 1, year(1996), act("appointed"), &[0, 1], "I appointed Pete Peterson to be our Ambassador"),
    ]);
    assert_eq!(merged.len(), 1);
    assert_eq!(merged[0].conflicts.len(), 1);
    // Counter-example: two acts of one category a year apart, with no head word in common.
    let merged = events(vec![
        told(0, 1, year(1997), act("nominated"), &[0], "Clinton nominated Peterson as ambassador"),
        told(1, 1, year(1996), act("recognized"), &[1], "Clinton recognized the new government"),
    ]);
    assert_eq!(merged.len(), 2);
}

#[test]
fn one_text_s_meetings_of_a_day_with_other_people_each_are_two_meetings() {
    // wire_ap_2015: Obama met Trong (0, 1); "Following the White House meeting, Vice
    // President Joe Biden hosted Trong for a lunch" (2, 1).
    let out = events(vec![
        told(0, 0, day(2015, 7, 7), Topic::Meeting, &[0, 1], "Nguyen Phu Trong meets Barack Obama"),
        told(0, 3, day(2015, 7, 7), Topic::Meeting, &[2, 1], "Nguyen Phu Trong meets Joe Biden"),
    ]);
    assert_eq!(out.len(), 2);
    // Counter-examples: the same meeting told again with fewer people, or by another text with
    // others, is one meeting.
    let out = events(vec![
        told(0, 0, day(2015, 7, 7), Topic::Meeting, &[0, 1], "Nguyen Phu Trong meets Barack Obama"),
        told(0, 3, day(2015, 7, 7), Topic::Meeting, &[1], "Nguyen Phu Trong meets"),
    ]);
    assert_eq!(out.len(), 1);
    let out = events(vec![
        told(0, 0, day(2015, 7, 7), Topic::Meeting, &[0, 1], "Nguyen Phu Trong meets Barack Obama"),
        told(1, 3, day(2015, 7, 7), Topic::Meeting, &[2, 1], "Nguyen Phu Trong meets Joe Biden"),
    ]);
    assert_eq!(out.len(), 1);
}
