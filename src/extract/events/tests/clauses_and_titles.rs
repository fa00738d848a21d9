//! Rules for reference prose (background notes, chronologies): dates inside relative and
//! fronted clauses, pacts listed together, and what a title leaves out.

use super::super::clauses;
use super::events_of;
use crate::extract::text::tokenize;

#[test]
fn a_date_in_a_reduced_relative_clause_is_that_clause_s_and_a_date_after_a_fronted_phrase_is_the_next_clause_s() {
    // GeographyIQ, 2006 (the State Department's background note).
    let text = "Subsequent to President Clinton's normalization announcement, in August 1995, both nations upgraded their Liaison Offices opened during January 1995 to embassy status.";
    assert_eq!(
        events_of(text),
        ["1995-01 | Diplomacy | Liaison Offices opened", "1995-08 | Diplomacy | Both nations upgraded their Liaison Offices to embassy status"]
    );
    // Counter-examples: a participle after an auxiliary or with no verb before its noun is
    // the clause's own verb, and a date after a subject is not set off for what follows.
    for text in ["Relations were normalized in July 1995.", "The consulate general opened in January 1995 in Ho Chi Minh City."] {
        let tokens = tokenize(text, 0, text.len());
        let dates = crate::extract::dates::scan(&tokens);
        assert_eq!(dates.len(), 1, "{text}");
        assert_eq!(clauses::reduced_relative(&tokens, &dates[0]), None, "{text}");
    }
    let events = events_of("President Clinton announced the normalization of relations, in July 1995, after years of talks.");
    assert!(events.iter().any(|e| e == "1995-07 | Diplomacy | President Clinton announced the normalization of relations"), "{events:?}");
}

#[test]
fn a_relative_clause_set_off_by_commas_is_an_aside_of_the_title_and_the_title_of_its_own_date() {
    // Politico, 2018.
    let text = "On July 11, 1995, Clinton announced the normalization of relations.\n\nA month later, both nations upgraded their respective liaison offices, which had opened in January of that year, to embassy status.";
    let events = events_of(text);
    assert!(events.iter().any(|e| e == "1995-08 | Diplomacy | Both nations upgraded their respective liaison offices to embassy status"), "{events:?}");
    assert!(events.iter().any(|e| e == "1995-01 | Diplomacy | Liaison offices opened"), "{events:?}");
    // chronology_politico_2018, in a story of a later year: "of that year" keeps the year the
    // narration is in, though January falls before August.
    let events = events_of(&format!("July 11, 2018\n\n{text}"));
    assert!(events.iter().any(|e| e == "1995-01 | Diplomacy | Liaison offices opened"), "{events:?}");
    // Counter-example: a bare year-less date before the date just told is the article's year.
    let events = events_of("July 11, 2018\n\nIn August 2017, Vietnam and the US signed a health agreement. The two sides signed a trade agreement in January.");
    assert!(events.iter().any(|e| e.starts_with("2018-01 | ")), "{events:?}");
    // Counter-example: a comma before "which" that never closes keeps the title short.
    let events = events_of("In 2010, Vietnam inaugurated a consulate general in Houston, which serves Texas and nearby states.");
    assert_eq!(events, ["2010 | Diplomacy | Vietnam inaugurated a consulate general in Houston"]);
}

#[test]
fn pacts_signed_at_once_are_each_a_happening() {
    // GeographyIQ, 2006.
    let events = events_of("In 2003, the two countries signed a Counternarcotics Letter of Agreement (amended in 2006), a Civil Aviation Agreement, and a textile agreement.");
    assert_eq!(
        events,
        [
            "2003 | Agreement | Vietnam and the US sign a Civil Aviation Agreement",
            "2003 | Agreement | Vietnam and the US sign a Counternarcotics Letter of Agreement",
            "2003 | Agreement | Vietnam and the US sign a textile agreement",
        ]
    );
    // Counter-examples: a list of fields, and an apposition, name one pact.
    assert_eq!(events_of("In 2003, the two countries signed agreements on trade, health and education."), ["2003 | Trade | Vietnam and the US sign agreements on trade"]);
    assert_eq!(events_of("In 2003, the two countries signed a textile agreement, the first since 1995.").len(), 1);
}

#[test]
fn an_entry_into_force_told_as_a_noun_is_the_pact_taking_effect() {
    // GeographyIQ, 2006.
    let events = events_of("Since entry into force of the U.S.-Vietnam Bilateral Trade Agreement on December 10, 2001, increased trade evidences the maturing relationship.");
    assert_eq!(events, ["2001-12-10 | Trade | U.S.-Vietnam Bilateral Trade Agreement takes effect"]);
    // Counter-example: an entry into a market takes nothing into force.
    assert!(events_of("Since entry into the U.S. market on December 10, 2001, Vietnamese catfish sales have grown.").is_empty());
}

#[test]
fn progress_toward_relations_and_a_decade_are_no_normalization() {
    // worldhistory.biz: a process, and a decade with no year of its own.
    assert!(events_of("Further progress in establishing relations with Vietnam came under the Clinton administration, starting in 1993.").is_empty());
    assert!(events_of("Only in the 1990s, under the William J. Clinton administration, did the United States establish diplomatic relations with the unified nation of Vietnam.").is_empty());
    // Counter-example: relations established in a year are the normalization.
    let events = events_of("The United States established diplomatic relations with Vietnam in 1995.");
    assert_eq!(events, ["1995 | Diplomacy | Vietnam and the US normalize diplomatic relations"]);
}

#[test]
fn a_title_leaves_out_a_dateline_an_aside_in_brackets_and_a_pronoun_subject() {
    // VietnamPlus, 2020; GeographyIQ, 2006; Fulbright University, 2020.
    let events = events_of("USAID grant\n\nHanoi (VNA) - The US Agency for International Development (USAID) has presented 4.65 million USD to Fulbright University Vietnam (FUV) in June 2020.");
    assert_eq!(events, ["2020-06 | Education | The US Agency for International Development (USAID) has presented 4.65 million USD to Fulbright University Vietnam (FUV)"]);
    assert_eq!(events_of("They signed a Bilateral Trade Agreement in July 2000, which went into force in December 2001.")[0], "2000-07 | Trade | Vietnam and the US sign a Bilateral Trade Agreement");
    // Counter-examples: a named subject stays, and so does an acronym in brackets.
    assert_eq!(events_of("The Peace Corps signed a memorandum with Vietnam in May 2016."), ["2016-05 | Agreement | The Peace Corps signs a memorandum"]);
}

#[test]
fn a_year_after_since_starts_a_period_and_opens_no_clause() {
    // Congressional Research Service, 2020.
    let events = events_of("The two nations held the first TIC meeting since 2011 on March 27-28, 2017, in Hanoi.");
    assert_eq!(events, ["2017-03-27 | Diplomacy | The two nations held the first TIC meeting since 2011"]);
    // Counter-example: "since" before a clause still opens one, whose act is not the date's.
    let events = events_of("Trade has grown since the two nations signed an agreement, and on March 27, 2017, the two nations held a meeting in Hanoi.");
    assert!(events.iter().all(|e| !e.contains("sign")), "{events:?}");
}

#[test]
fn a_fronted_gerund_s_deed_is_the_main_subject_s() {
    // U.S. Navy, 2003.
    let events = events_of("After completing an historic port visit to Vietnam Nov. 22, 2003, the guided-missile frigate USS Vandegrift (FFG 48) departed with a successful diplomatic achievement in its logbook.");
    assert_eq!(events, ["2003-11-22 | DefenseSecurity | An historic port visit to Vietnam by the guided-missile frigate USS Vandegrift"]);
    // Counter-example: a subject that names no one leaves the clause as it is.
    let events = events_of("After completing an historic port visit to Vietnam Nov. 22, 2003, the ship departed with a successful diplomatic achievement in its logbook.");
    assert_eq!(events, ["2003-11-22 | DefenseSecurity | Completing an historic port visit to Vietnam"]);
}

#[test]
fn a_deed_told_in_a_passive_relative_clause_stands_beside_the_visit_it_was_done_during() {
    // U.S. Embassy Hanoi, 2022.
    let text = "Secretary Kerry applauded the Government of Vietnam’s approval of USAID’s new flagship clean energy project, the Vietnam Low Emission Energy Program II (V-LEEP II), which was announced by Vice President Kamala Harris during her visit to Vietnam in August 2021.";
    let events = events_of(text);
    assert!(events.iter().any(|e| e == "2021-08 | Climate | Vietnam Low Emission Energy Program II announced by Vice President Kamala Harris"), "{events:?}");
    assert!(events.iter().any(|e| e == "2021-08 | Visit | Kamala Harris visits Vietnam"), "{events:?}");
    // Counter-example: an active relative clause names no deed done to what it says of.
    let text = "Secretary Kerry praised Vice President Kamala Harris, who announced nothing during her visit to Vietnam in August 2021.";
    assert_eq!(events_of(text), ["2021-08 | Visit | Kamala Harris visits Vietnam"]);
}

#[test]
fn normalization_announced_by_someone_named_is_titled_by_who_announced_it() {
    // VCCI News, 2019.
    let events = events_of("On July 12, 1995, Vietnamese Prime Minister Vo Van Kiet announced the establishment of diplomatic relations with the U.S.");
    assert_eq!(events, ["1995-07-12 | Diplomacy | Vietnamese Prime Minister Vo Van Kiet announced the establishment of diplomatic relations with the U.S."]);
    // Counter-examples: a relative clause's announcer, and no announcer, keep the fixed title.
    let events = events_of("On July 11, 1995, President Clinton's announcement of the normalization of relations was welcomed in Hanoi.");
    assert_eq!(events, ["1995-07-11 | Diplomacy | Vietnam and the US normalize diplomatic relations"]);
    assert_eq!(events_of("The two countries normalized relations on July 11, 1995."), ["1995-07-11 | Diplomacy | Vietnam and the US normalize diplomatic relations"]);
    // Talks about normalization are talks, told as the sentence tells them.
    let events = events_of("In November 1991, Deputy Foreign Minister Le Mai and Assistant Secretary Solomon first negotiated the normalization of bilateral relations in New York.");
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(events[0].contains("negotiated the normalization"), "{events:?}");
}

#[test]
fn a_title_leaves_out_an_aside_between_dashes_and_the_tail_of_a_wire_dateline() {
    // VietnamPlus, 2020; CNN, 1997.
    let events = events_of("The establishment of the FUV - Vietnam’s first independent and not-for-profit higher education institution - was announced in HCM City on May 25, 2016.");
    assert_eq!(events, ["2016-05-25 | Education | The establishment of the FUV was announced in HCM City"]);
    let events = events_of("Peterson returns\n\nMay 9, 1997\n\nHANOI, Vietnam (CNN) -- The first U.S. ambassador to post-war Vietnam arrived in Hanoi on Friday.");
    assert_eq!(events, ["1997-05-09 | Diplomacy | The first U.S. ambassador to post-war Vietnam arrived in Hanoi"]);
    // Counter-example: a hyphen inside a word, and a dash that opens no aside, stay.
    let events = events_of("The Vietnam-US Business Forum opened in Ho Chi Minh City on May 5, 2016.");
    assert_eq!(events, ["2016-05-05 | Trade | The Vietnam-US Business Forum opened in Ho Chi Minh City"]);
}

#[test]
fn what_is_announced_to_hearers_is_the_act_announced() {
    // Baonghe, 1995 pictures: the hearers stand between the verb and its "that".
    let events = events_of("On July 11, 1995, the leaders of Vietnam and the United States announced to the world that the two countries had officially normalized relations.");
    assert!(events.iter().any(|e| e.starts_with("1995-07-11") && e.contains("normalize")), "{events:?}");
    // Counter-example: a "that" after a comma opens a clause of its own.
    let events = events_of("On July 11, 1995, the two sides held talks in Hanoi, a step that normalized relations.");
    assert!(!events.iter().any(|e| e.contains("normalize diplomatic")), "{events:?}");
}

#[test]
fn a_pact_named_before_signed_and_its_date_is_the_pact_signed() {
    // White House, 2016: the pacts' names stand before their participles and dates.
    let text = "Remarks\nMay 23, 2016\n\nWe discussed the implementation of the joint statement on Vietnam-U.S. Comprehensive Partnership signed in July 2013, and the Joint Vision Statement between the two countries in July of 2015 concluded between the high-level leaders of the two countries.\n";
    let events = events_of(text);
    assert!(events.iter().any(|e| e.starts_with("2013-07") && e.contains("Comprehensive Partnership signed")), "{events:?}");
    assert!(events.iter().any(|e| e.starts_with("2015-07") && e.contains("Joint Vision Statement")), "{events:?}");
    // Counter-example: "signed in" a place, with no pact before it, names no pact.
    let text = "Talks\nMay 23, 2016\n\nThe two ministers signed in Hanoi in 2011 after long talks.\n";
    assert!(events_of(text).iter().all(|e| !e.contains("signed")), "{:?}", events_of(text));
}
