use super::*;
use crate::extract::text::tokenize;

mod clauses_and_titles;
mod news;
mod visits;

/// The events one short article yields, as "date | category | title".
pub(super) fn events_of(text: &str) -> Vec<String> {
    let model = crate::extract::extract(&[crate::extract::Article::new("x", text)]);
    model.events.iter().map(|e| format!("{} | {:?} | {}", e.date, e.category, e.title)).collect()
}

#[test]
fn an_undated_deed_of_both_sides_early_in_a_wire_story_took_place_on_its_news_day() {
    let story = |later: &str| {
        format!("Leaders meet\nJune 25, 2008 04:10 PM\nWASHINGTON (dpa) - President Bush welcomed Prime Minister Nguyen Tan Dung to the White House on Tuesday.\nThe two leaders praised their ties.\n{later}\n")
    };
    let events = events_of(&story("The two countries also launched negotiations toward a bilateral investment treaty."));
    assert!(events.iter().any(|e| e.starts_with("2008-06-24 | Trade")), "{events:?}");
    // Counter-examples: a plan, one side alone, and a deed after the story has moved to
    // another date are not the news day's.
    for later in [
        "The two countries will launch negotiations toward a bilateral investment treaty.",
        "The Commerce Department launched an antidumping investigation into shrimp.",
        "In 2001 the two countries signed a trade agreement. The two countries also launched negotiations toward a bilateral investment treaty.",
    ] {
        let events = events_of(&story(later));
        assert!(!events.iter().any(|e| e.starts_with("2008-06-24 | Trade")), "{later}: {events:?}");
    }
}

#[test]
fn an_anniversary_in_a_list_dates_what_it_names_not_the_list_s_first_act() {
    let story = |second: &str| format!("Ceremony\nHANOI, Dec 10, 2025 - Vietnam handed over remains today.\nThe event marks the 30th anniversary of diplomatic relations and {second}.\n");
    let events = events_of(&story("40 years since the first joint efforts to search for missing US service members"));
    assert!(events.iter().any(|e| e.starts_with("1985 | WarLegacy | The first joint efforts to search")), "{events:?}");
    assert!(events.iter().any(|e| e.starts_with("1995 | Diplomacy")), "{events:?}");
    // Counter-example: an anniversary of nothing the engine knows is no event, and does
    // not take the relations' normalization either.
    let events = events_of(&story("40 years since the first city twinning"));
    assert!(!events.iter().any(|e| e.starts_with("1985")), "{events:?}");
}

#[test]
fn a_visitor_may_follow_a_long_title() {
    // The name is learned from its short title elsewhere in the article.
    let text = "On March 10, 2023, Foreign Minister Bui Thanh Son received visiting Administrator of the United States Agency for International Development (USAID) Samantha Power in Hanoi.\n\nUSAID Administrator Samantha Power thanked the ministry.";
    assert_eq!(events_of(text), ["2023-03-10 | Visit | Samantha Power visits Vietnam"]);
    // Visiting students are nobody's visit: the minister did not travel either.
    let text = "On March 10, 2023, Foreign Minister Bui Thanh Son received visiting students from the United States, and USAID Administrator Samantha Power spoke.";
    assert!(events_of(text).iter().all(|e| !e.contains("Power visits")), "{:?}", events_of(text));
}

#[test]
fn a_visit_with_nobody_named_gives_way_to_the_act_beside_it() {
    let text = "The official said she was pleased to visit and witness a ceremony to hand over the dioxin-decontaminated area in Bien Hoa Air Base to the Vietnamese side on March 7, 2023.";
    let events = events_of(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(events[0].starts_with("2023-03-07 | WarLegacy"), "{events:?}");
    assert!(events_of("She was pleased to visit Hanoi on March 7, 2023.").is_empty());
}

#[test]
fn an_announcement_dated_before_that_is_the_act_announced() {
    let story = |body: &str| format!("U.S. lifts arms embargo\n\nU.S. President Barack Obama shakes hands with President Tran Dai Quang in Hanoi, Vietnam, May 23, 2016. REUTERS/Kham\n\n{body}\n");
    let events = events_of(&story("U.S. President Barack Obama announced on Monday that Washington will fully lift an embargo on sales of lethal arms to Vietnam."));
    assert!(events.iter().any(|e| e.starts_with("2016-05-23 | DefenseSecurity")), "{events:?}");
    // What someone argued is an opinion, not the act.
    let events = events_of(&story("Critics argued on Monday that the embargo on sales of lethal arms mattered little."));
    assert!(events.iter().all(|e| !e.contains("DefenseSecurity")), "{events:?}");
}

#[test]
fn a_date_in_a_clause_is_told_by_that_clause() {
    let events = events_of("In July 2000, they signed a bilateral trade agreement that went into force in December 2001.");
    assert!(events.iter().any(|e| e.starts_with("2000-07 ")), "{events:?}");
    assert!(events.iter().any(|e| e.starts_with("2001-12 ") && e.contains("trade agreement takes effect")), "{events:?}");
    let events = events_of("In July 2000, they signed a bilateral trade agreement that critics opposed in December 2001.");
    assert!(events.iter().all(|e| !e.starts_with("2001")), "{events:?}");
    let events = events_of("The accord completed a reconciliation formally begun when President Bill Clinton lifted the trade embargo against Vietnam in 1994.");
    assert!(events.iter().any(|e| e.starts_with("1994 | Trade | ") && e.contains("lifted the trade embargo")), "{events:?}");
}

#[test]
fn a_weekday_after_a_us_date_line_is_the_day_the_text_states() {
    let story = |caption: &str| {
        format!("Peace Corps to teach English in Vietnam\n\nMay 23, 2016 | 08:09 pm PT\n\n{caption}The two countries signed the Peace Corps agreement in Hanoi on Tuesday, witnessed by Secretary of State John Kerry.\n")
    };
    let signed = |events: Vec<String>| events.into_iter().find(|e| e.contains("Agreement")).unwrap_or_default();
    let caption = "Officials exchange documents at the Government Guesthouse in Hanoi, Vietnam May 24, 2016. Photo by REUTERS/Kham\n\n";
    assert!(signed(events_of(&story(caption))).starts_with("2016-05-24"), "{:?}", events_of(&story(caption)));
    // Without the day stated, Tuesday is the one before the date line.
    assert!(signed(events_of(&story(""))).starts_with("2016-05-17"));
}

#[test]
fn the_end_of_a_quotation_is_no_event() {
    let quoted = "Washington, December 15, 2013\n\n\"Decades ago, I was on these waters. Today, I'm bearing witness as our nations signed an accord.\"\n";
    assert!(events_of(quoted).is_empty(), "{:?}", events_of(quoted));
    // Words quoted inside a report are the report's.
    let reported = "Washington, December 15, 2013\n\nToday, the two nations signed the \"Comprehensive Partnership\" accord.\n";
    assert_eq!(events_of(reported).len(), 1, "{:?}", events_of(reported));
}

#[test]
fn an_anniversary_dates_what_it_celebrates() {
    let story = |body: &str| format!("Blinken in Hanoi\n\nApril 15, 2023 / 2:39 PM\n\n{body}\n");
    let events = events_of(&story("The trip coincides with the 10th anniversary of the signing of a comprehensive partnership agreement between the two countries."));
    assert!(events.iter().any(|e| e.starts_with("2013 ") && e.to_lowercase().contains("comprehensive partnership")), "{events:?}");
    let events = events_of(&story("Your visit takes place on the 10th anniversary of our Comprehensive Partnership."));
    assert!(events.iter().any(|e| e.starts_with("2013 | Diplomacy")), "{events:?}");
    // The celebration is not dated by what it celebrates, nor is a tenth visit a founding.
    let events = events_of(&story("Officials held a meeting to mark the 10th anniversary of the visit, his tenth trip."));
    assert!(events.iter().all(|e| !e.starts_with("2013")), "{events:?}");
}

#[test]
fn years_since_an_act_date_it() {
    let story = |body: &str| format!("Khai at the White House\n\nPublished: 21 June, 2005, 22:22:57 (GMT+7)\n\n{body}\n");
    let events = events_of(&story("In the 10 years since diplomatic ties were restored after the war, the United States has become Vietnam's top trading partner."));
    assert!(events.iter().any(|e| e.starts_with("1995 | Diplomacy")), "{events:?}");
    let events = events_of(&story("The visit marks the 10th anniversary of diplomatic relations (1995–2005)."));
    assert!(events.iter().any(|e| e.starts_with("1995 | Diplomacy")), "{events:?}");
    assert!(events_of(&story("In the 10 years since, trade has grown fast.")).is_empty());
}

#[test]
fn a_date_that_opens_its_clause_is_followed_past_the_comma() {
    let events = events_of("President Bush travelled to Hanoi in 2006, while the following year, Vietnam President Nguyen Minh Triet visited the White House.");
    assert!(events.iter().any(|e| e.starts_with("2007 | Visit | Nguyen Minh Triet")), "{events:?}");
    // The clause after the comma names no act of its own: nothing happened in 2007.
    let events = events_of("President Bush travelled to Hanoi in 2006, while the following year, trade grew fast.");
    assert!(events.iter().all(|e| !e.starts_with("2007")), "{events:?}");
}


#[test]
fn a_sign_that_ties_improve_is_no_signing() {
    // AP, 2005: the noun "sign" after an article signs nothing; the warship's visit is the act.
    let text = "U.S. Navy Warship Visits Vietnam\nTuesday, March 29, 2005\nHO CHI MINH CITY, Vietnam - An American warship made a rare visit to Vietnam on Tuesday, a sign the two countries are looking to improve military ties 30 years after the Vietnam War.\n";
    let events = events_of(text);
    assert!(events.iter().all(|e| !e.contains("Agreement") && !e.contains("| Visit |")), "{events:?}");
    assert!(events.iter().any(|e| e.starts_with("2005-03-29 | DefenseSecurity")), "{events:?}");
    // Counter-example: the verb still signs.
    let events = events_of("On July 13, 2000, Vietnam and the United States sign a bilateral trade agreement in Washington.");
    assert!(events.iter().any(|e| e.starts_with("2000-07-13") && e.contains("sign")), "{events:?}");
}

#[test]
fn what_a_celebration_celebrates_is_not_of_the_celebration_s_date() {
    // Vietnam Business Forum, 2019.
    let text = "In 2019, the two countries are celebrating 25 years of economic relations normalization.";
    assert!(events_of(text).is_empty(), "{:?}", events_of(text));
    // Counter-example: the deed before the celebration keeps its date.
    let text = "The Vietnamese Embassy in the US held a meeting on February 11, 2014 marking 20 years of trade normalization.";
    assert!(events_of(text).iter().any(|e| e.starts_with("2014-02-11") && e.contains("20 years of trade normalization")), "{:?}", events_of(text));
    let text = "On July 12, 1996, U.S. National Security Adviser Anthony Lake visited Hanoi to mark the first anniversary of normalization of relations.";
    assert!(events_of(text).iter().any(|e| e.starts_with("1996-07-12 | Visit")), "{:?}", events_of(text));
}

#[test]
fn an_anniversary_counts_back_from_the_day_its_sentence_states() {
    // State Department, 2020; Viet Nam Government Portal, 2015.
    let text = "Commemorating 25 Years\nJuly 11, 2020\n\nOn July 11, 2020, the United States of America and the Socialist Republic of Vietnam will celebrate 25 years of diplomatic relations.\n";
    assert!(events_of(text).iter().any(|e| e.starts_with("1995 | Diplomacy")), "{:?}", events_of(text));
    // The day may be another year's than the article's: the first anniversary, in 1996.
    let text = "Milestones\nJuly 11, 2020\n\nOn July 12, 1996, U.S. National Security Adviser Anthony Lake visited Hanoi to mark the first anniversary of normalization of relations.\n";
    assert!(events_of(text).iter().any(|e| e.starts_with("1995 | Diplomacy")), "{:?}", events_of(text));
    let text = "Commemorating 25 Years\nJuly 8, 2015\n\nI want to welcome General Secretary Trong to the Oval Office for his first visit to the United States during this 20-year anniversary of the normalization of relations between the United States and Viet Nam.\n";
    assert!(events_of(text).iter().any(|e| e.starts_with("1995 | Diplomacy")), "{:?}", events_of(text));
    // Counter-examples: a date told after the anniversary is not its day, and two dates leave
    // no single day to count from.
    for text in [
        "Milestones\nJuly 11, 2020\n\nThe two sides marked the 10th anniversary of diplomatic relations established in July 2003.\n",
        "Milestones\nJuly 11, 2020\n\nIn 2019 and 2020, the two countries celebrated the 25th anniversary of diplomatic relations.\n",
        "Milestones\nJuly 11, 2020\n\nOn July 12, 2014, they marked the 20th anniversary of trade normalization between Vietnam and the US.\n",
    ] {
        assert!(events_of(text).iter().all(|e| !e.starts_with("1994") && !e.starts_with("1995 |")), "{text}: {:?}", events_of(text));
    }
}

#[test]
fn a_visit_worked_toward_is_an_aim() {
    // Department of Defense, 2018.
    let text = "Hanoi, January 25, 2018 - Both leaders agreed to work toward a visit by the aircraft carrier USS Carl Vinson to Da Nang in March, White said.";
    assert!(events_of(text).iter().all(|e| !e.starts_with("2018-03")), "{:?}", events_of(text));
    // Counter-example: the carrier that arrived.
    let text = "The aircraft carrier USS Carl Vinson arrived in Da Nang on March 5, 2018.";
    assert!(events_of(text).iter().any(|e| e.starts_with("2018-03-05 | DefenseSecurity")), "{:?}", events_of(text));
}

#[test]
fn a_wire_dateline_gives_way_to_the_sentence_s_own_date() {
    // US Embassy Hanoi, 2022: "last week" from Wednesday, March 2 is late February.
    let text = "Kerry in Vietnam\nMarch 2, 2022\n\nHANOI, March 02, 2022  \u{2013}  Special Presidential Envoy for Climate John Kerry visited Hanoi and Ho Chi Minh City last week to further U.S.-Vietnam engagement on climate.\n";
    let events = events_of(text);
    assert!(events.iter().any(|e| e.starts_with("2022-02 | Visit")), "{events:?}");
    // Counter-example: a dateline alone still dates its sentence.
    let text = "Kerry in Vietnam\nMarch 2, 2022\n\nHANOI, March 02, 2022  \u{2013}  Special Presidential Envoy for Climate John Kerry visited Hanoi to further U.S.-Vietnam engagement on climate.\n";
    assert!(events_of(text).iter().any(|e| e.starts_with("2022-03-02 | Visit")), "{:?}", events_of(text));
}

#[test]
fn a_deed_just_done_told_as_speech_is_dated_by_the_saying() {
    // CNN, 2025.
    let story = |said: &str| format!(" date 2025-07-02 By Elisabeth Buchwald, CNN\n\n(CNN) \u{2014} Against a ticking clock, President Donald Trump said Wednesday {said}, pulling off a third deal.\n");
    let events = events_of(&story("the United States has reached a trade agreement with Vietnam"));
    assert!(events.iter().any(|e| e.starts_with("2025-07-02 | Trade") && e.contains("trade agreement")), "{events:?}");
    // Counter-example: a plan said that day is no deed of that day.
    let events = events_of(&story("the United States will reach a trade agreement with Vietnam"));
    assert!(events.iter().all(|e| !e.starts_with("2025-07-02")), "{events:?}");
}


#[test]
fn a_partnership_founded_may_be_told_by_the_noun_of_its_verb() {
    // Vietnam Chamber of Commerce news, 2014.
    let text = "Addressing the event, Vietnamese Ambassador to the US Nguyen Quoc Cuong hailed the formulation of the comprehensive partnership between the two sides in July, 2013.";
    let events = events_of(text);
    assert!(events.iter().any(|e| e.starts_with("2013-07 | Diplomacy")), "{events:?}");
    // Counter-examples: a partnership deepened or spoken of was founded before; the
    // anniversary of a founding is not the founding's date.
    for text in [
        "In July 2015, the two sides deepened the comprehensive partnership between the two countries.",
        "In July 2023, the two sides celebrated the 10th anniversary of the establishment of the comprehensive partnership.",
    ] {
        let events = events_of(text);
        assert!(!events.iter().any(|e| e.contains("Comprehensive Partnership") && !e.starts_with("2013")), "{text}: {events:?}");
    }
}

#[test]
fn a_visit_one_is_invited_to_and_a_dialogue_that_will_be_held_are_plans() {
    // VnExpress, 2017; The Diplomatic Insight, 2022.
    for text in [
        "Hanoi has invited President Donald Trump to make an official visit to Vietnam and attend the APEC Summit in Da Nang City later in 2017.",
        "The Dialogue will be held in Washington on August 30, 2022.",
    ] {
        assert!(events_of(text).is_empty(), "{text}: {:?}", events_of(text));
    }
    // Counter-examples: a visit made at someone's invitation, a dialogue that was held.
    let events = events_of("At the invitation of President Tran Dai Quang, President Donald Trump visited Vietnam on November 11, 2017.");
    assert!(events.iter().any(|e| e.starts_with("2017-11-11 | Visit")), "{events:?}");
    let events = events_of("The dialogue was held in Washington on August 30, 2022.");
    assert!(events.iter().any(|e| e.starts_with("2022-08-30 | Diplomacy")), "{events:?}");
}

#[test]
fn a_year_written_into_a_pact_s_name_dates_the_pact() {
    // NPR, 2007; The Diplomatic Insight, 2022.
    let events = events_of("Trade between the two countries reached nearly $10 billion last year, a benefit of the 2001 bilateral trade agreement.");
    assert!(events.iter().any(|e| e.starts_with("2001 | Trade") && e.contains("bilateral trade agreement")), "{events:?}");
    let events = events_of("Relations are directed by the 2013 U.S.-Vietnam Comprehensive Partnership, which is a framework for improving the bilateral relationship.");
    assert!(events.iter().any(|e| e.starts_with("2013 | Diplomacy") && e.contains("Comprehensive Partnership")), "{events:?}");
    // Counter-examples: a year that is the pact's deadline, or not part of its name.
    for text in [
        "The two sides hope to sign the agreement in 2026.",
        "In the 2019 talks on the agreement, they disagreed.",
    ] {
        assert!(events_of(text).iter().all(|e| !e.starts_with("2019 | Trade") && !e.starts_with("2026")), "{text}: {:?}", events_of(text));
    }
}

#[test]
fn the_year_of_an_apposition_dates_what_it_tells() {
    // VnExpress, 2016.
    let events = events_of("U.S.-Vietnam goods trade has increased nearly a hundredfold to $45 billion in 2015 from $451 million in 1995, the year the United States and Vietnam normalized diplomatic relations.");
    assert!(events.iter().any(|e| e.starts_with("1995 | Diplomacy") && e.contains("normalize")), "{events:?}");
    // Counter-example: a year with no apposition names no act.
    let events = events_of("U.S.-Vietnam goods trade has increased to $45 billion in 2015 from $451 million in 1995, as the two normalized trade.");
    assert!(events.iter().all(|e| !e.contains("diplomatic relations")), "{events:?}");
}

#[test]
fn relations_established_are_the_normalization() {
    // The Diplomatic Insight, 2022.
    let events = events_of("After twenty-five years since the establishment of bilateral relations in 1995, the United States and Vietnam are dependable partners.");
    assert!(events.iter().any(|e| e.starts_with("1995 | Diplomacy") && e.contains("normalize")), "{events:?}");
    // Counter-example: trade relations established are not diplomatic ones.
    let events = events_of("The two sides established trade relations in 2001.");
    assert!(events.iter().all(|e| !e.contains("normalize")), "{events:?}");
}

#[test]
fn a_date_at_the_end_of_its_clause_is_titled_by_what_comes_before() {
    // CNN, 1997.
    let text = "May 9, 1997\nHANOI, Vietnam (CNN) -- The first U.S. ambassador to post-war Vietnam arrived in Hanoi on Friday, proclaiming a new era of relations between the former foes.\n";
    let events = events_of(text);
    assert!(events.iter().any(|e| e.starts_with("1997-05-09 | Diplomacy") && e.contains("ambassador")), "{events:?}");
    // Counter-example: a fronted date is followed past its comma.
    let events = events_of("On May 9, 1997, the first U.S. ambassador to Vietnam arrived in Hanoi.");
    assert!(events.iter().any(|e| e.starts_with("1997-05-09 | Diplomacy") && e.contains("The first U.S. ambassador")), "{events:?}");
}

#[test]
fn a_pact_named_by_a_bare_noun_is_titled_by_what_it_is_for() {
    // US Consulate General chronology, 2005.
    let events = events_of("April 7, 1997 U.S. Treasury Secretary Robert Rubin and Finance Minister Nguyen Sinh Hung sign accord in Hanoi for Vietnam to repay debts of US$145 million, from the former government of South Vietnam.");
    assert!(events.iter().any(|e| e.starts_with("1997-04-07") && e.contains("debts")), "{events:?}");
    // Counter-example: a named pact keeps its name alone.
    let events = events_of("On July 13, 2000, the two countries signed the Bilateral Trade Agreement in Washington for the benefit of both.");
    assert!(events.iter().any(|e| e.starts_with("2000-07-13") && e.contains("Bilateral Trade Agreement") && !e.contains("benefit")), "{events:?}");
}

#[test]
fn contracts_between_companies_are_not_acts_of_the_two_states() {
    // Vietnam Chamber of Commerce news, 2014; VnExpress, 2016.
    for text in [
        "In 2013, a group of Vietnamese companies signed contracts to purchase US wind turbines worth US $2.6 billion.",
        "VietJet Air also signed another $3.04 billion contract with engine manufacturer Pratt & Whitney on May 23, 2016.",
    ] {
        assert!(events_of(text).is_empty(), "{text}: {:?}", events_of(text));
    }
    // Counter-example: an agreement between the two is one.
    let events = events_of("In 2013, the two countries signed an agreement on civil nuclear cooperation.");
    assert!(events.iter().any(|e| e.starts_with("2013")), "{events:?}");
}

#[test]
fn relations_established_in_the_passive_are_the_normalization() {
    // wire_reuters_2011: the passive, in a "since" clause whose auxiliary is its own verb.
    let text = "/ 17 June 2011\n\nUS-Vietnam ties have blossomed since diplomatic relations were established 16 years ago and steps to resolve legacy issues from the war have formed a cornerstone of progress.\n";
    let events = events_of(text);
    assert!(events.iter().any(|e| e.starts_with("1995 | Diplomacy") && e.contains("normalize")), "{events:?}");
    // Counter-examples: military ties established are not diplomatic relations, and a
    // clause that ends at the main clause's verb gives it no trigger.
    let events = events_of("Military ties were established in 2011.");
    assert!(events.iter().all(|e| !e.contains("normalize")), "{events:?}");
    let events = events_of("The first president to come after the two countries established relations was Clinton in 2000.");
    assert!(events.iter().all(|e| !e.contains("normalize")), "{events:?}");
}

#[test]
fn talks_between_the_two_sides_are_a_meeting_beside_the_act_they_led_to() {
    // vn_news_tuoitre_2023.
    let text = "Sunday, September 10, 2023, 22:50 GMT+7\n\nVietnam and the U.S. announced the elevation of their bilateral relations to comprehensive strategic partnership, the highest level in the Southeast Asian country's international relations, following talks between General Secretary of the Communist Party of Vietnam Nguyen Phu Trong and U.S. President Joe Biden in Hanoi on Sunday.\n";
    let events = events_of(text);
    assert!(events.iter().any(|e| e.starts_with("2023-09-10 | Diplomacy") && e.contains("Partnership")), "{events:?}");
    assert!(events.iter().any(|e| e.starts_with("2023-09-10 | Diplomacy") && e.contains("Biden")), "{events:?}");
    // Counter-example: talks with nobody of either side named are no meeting of their own.
    let text = "Sunday, September 10, 2023, 22:50 GMT+7\n\nVietnam and the U.S. announced the elevation of their bilateral relations to comprehensive strategic partnership following talks in Hanoi on Sunday.\n";
    assert_eq!(events_of(text).len(), 1, "{:?}", events_of(text));
}

#[test]
fn speaking_by_phone_is_a_phone_call() {
    // vn_news_vnexpress_2017.
    let story = |sentence: &str| format!("By Dien Luong   April 19, 2017 | 09:00 am PT\n\n{sentence}\n");
    let events = events_of(&story("Last December, President Trump spoke to Prime Minister Nguyen Xuan Phuc by phone and expressed a desire to strengthen the warming ties between the two countries."));
    assert!(events.iter().any(|e| e.starts_with("2016-12 | Diplomacy") && e.contains("phone")), "{events:?}");
    // Counter-example: a phone that carries no words between the two is no call.
    let events = events_of(&story("Last December, President Trump spoke about the phone market in Vietnam."));
    assert!(events.iter().all(|e| !e.contains("phone")), "{events:?}");
}

#[test]
fn phone_talks_held_are_one_call_not_a_meeting_too() {
    // vn_news_sggp_2025: "held phone talks with" was read as phone talks and as a meeting.
    let story = |sentence: &str| format!(" date 2025-01-25 {sentence}\n");
    let events = events_of(&story("Vietnamese Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son held phone talks with US Secretary of State Marco Rubio on January 24 evening."));
    assert_eq!(events.len(), 1, "{events:?}");
    assert!(events[0].starts_with("2025-01-24 | Diplomacy") && events[0].contains("phone talks"), "{events:?}");
    // Counter-example: talks held face to face stay a meeting.
    let events = events_of(&story("Vietnamese Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son held talks with US Secretary of State Marco Rubio on January 24 evening."));
    assert!(events.iter().any(|e| e.starts_with("2025-01-24 | Diplomacy") && e.contains("meets")), "{events:?}");
}

#[test]
fn remains_examined_are_a_step_of_the_hand_over_not_a_happening() {
    // vn_news_vovworld_2025 (its "December 5" moved into the story's month) and
    // vn_news_vnexpress_2025: the forensic examination told beside the repatriation ceremony.
    let story = |sentence: &str| format!("By Staff   July 25, 2025 | 08:17 pm PT\n\n{sentence}\n");
    for sentence in [
        "Earlier, on July 5, forensic experts from both countries examined the remains and made a preliminary assessment that they may be linked to a US serviceman missing in Vietnam.",
        "The remains, recovered off the coast of Khanh Hoa Province during a recent joint operation, were examined by Vietnamese and U.S. forensic specialists on July 23.",
    ] {
        assert!(events_of(&story(sentence)).is_empty(), "{sentence}: {:?}", events_of(&story(sentence)));
    }
    // Counter-example: remains handed over, examined or not, are the hand-over.
    let events = events_of(&story("Vietnam handed over the remains, examined by forensic specialists, to the United States on July 23."));
    assert!(events.iter().any(|e| e.starts_with("2025-07-23 | WarLegacy")), "{events:?}");
}

#[test]
fn a_date_between_the_subject_and_its_verb_dates_the_clause_after_it() {
    // wire_brecorder_2020: "last week" stands before "named"; "in January" is another clause's.
    let text = "23 Dec, 2020\n\nThe United States last week named Vietnam a currency manipulator, a move that trade experts said could pave the way for Trump to impose tariffs on Vietnamese goods before he leaves office in January.\n";
    let events = events_of(text);
    assert!(events.iter().any(|e| e.starts_with("2020-12 | Trade") && e.contains("manipulator")), "{events:?}");
    assert!(events.iter().all(|e| !e.starts_with("2021")), "{events:?}");
    // Counter-example: a date after its verb ("lifted … on Tuesday") leaves the next clause to
    // its own date.
    let text = "23 Dec, 2020\n\nPresident Barack Obama lifted the arms embargo on Tuesday, and President Joe Biden visited Hanoi in 2023.\n";
    let events = events_of(text);
    assert!(events.iter().any(|e| e.starts_with("2023 | Visit")), "{events:?}");
}

#[test]
fn years_after_an_act_told_before_a_present_clause_count_back_from_the_article() {
    // wire_voa_2015.
    let story = |body: &str| format!("Published: July 8, 2015\n\n{body}\n");
    let events = events_of(&story("Twenty years after normalizing diplomatic ties with its one-time foe, the U.S. is eager to improve relations with Vietnam."));
    assert!(events.iter().any(|e| e.starts_with("1995 | Diplomacy")), "{events:?}");
    // Counter-example: told in the past, the years count from a moment of the story, not from
    // the article.
    let events = events_of(&story("Five years after normalizing diplomatic ties, President Bill Clinton visited Hanoi."));
    assert!(events.iter().all(|e| !e.starts_with("2010")), "{events:?}");
}

#[test]
fn a_relative_clause_that_founds_a_partnership_dates_it() {
    // wire_bangkokpost_2025.
    let story = |body: &str| format!("February 26, 2025\n\n{body}\n");
    let events = events_of(&story("In the call, Rubio and Bui Thanh Son hailed the 30th anniversary of US-Vietnam relations and progress made under a Comprehensive Strategic Partnership that the countries agreed on in 2023, a State Department statement said."));
    assert!(events.iter().any(|e| e.starts_with("2023 | Diplomacy") && e.contains("Comprehensive Strategic Partnership")), "{events:?}");
    // Counter-example: a relative clause that founds nothing dates no partnership.
    let events = events_of(&story("Trade under the Comprehensive Strategic Partnership that the countries value grew in 2024."));
    assert!(events.iter().all(|e| !e.contains("Partnership")), "{events:?}");
}

#[test]
fn a_weekday_told_in_the_simple_present_of_going_is_a_schedule() {
    // vn_news_vnexpress_2017.
    let story = |body: &str| format!("By Dien Luong   April 19, 2017 | 09:00 am PT\n\n{body}\n");
    let events = events_of(&story("Vietnam's Deputy Prime Minister and Foreign Minister Pham Binh Minh begins his two-day visit to the U.S. on Thursday at a time when Hanoi is trying to deepen ties with Washington."));
    assert!(events.iter().all(|e| !e.contains("Visit")), "{events:?}");
    // Counter-example: told in the past, the weekday's visit took place.
    let events = events_of(&story("Vietnam's Deputy Prime Minister and Foreign Minister Pham Binh Minh began his two-day visit to the U.S. on Monday at a time when Hanoi is trying to deepen ties with Washington."));
    assert!(events.iter().any(|e| e.contains("Visit") && e.contains("Pham Binh Minh")), "{events:?}");
}

#[test]
fn a_count_back_told_before_any_date_counts_from_the_next_day_stated() {
    // analysis_csis_2021.
    let story = |first: &str| {
        format!("Spotlight - Vietnam: September 2, 2021\n\n{first}\nVietnam hosted both Harris and Austin despite facing its worst Covid-19 outbreak since May.\nVice President Harris was welcomed by her Vietnamese counterpart Vo Thi Anh Xuan on August 25.\n")
    };
    let events = events_of(&story("On her first trip to Asia as vice president, Kamala Harris went to Singapore and Vietnam—the same two countries visited by Secretary of Defense Lloyd Austin one month earlier."));
    assert!(events.iter().any(|e| e.starts_with("2021-07 | Visit") && e.contains("Lloyd Austin")), "{events:?}");
    // Counter-example: a count forward has nothing before it to count from.
    let events = events_of(&story("On her first trip to Asia as vice president, Kamala Harris went to Singapore and Vietnam—the same two countries visited by Secretary of Defense Lloyd Austin one month later."));
    assert!(events.iter().all(|e| !e.contains("Lloyd Austin visits")), "{events:?}");
}

#[test]
fn a_phrase_that_opens_with_what_came_before_is_not_the_main_clause_s_act() {
    // encyclopedic_geographyiq_2006.
    let text = "Subsequent to President Clinton's normalization announcement, in August 1995, both nations upgraded their Liaison Offices opened during January 1995 to embassy status.";
    let events = events_of(text);
    assert!(events.iter().all(|e| !e.contains("normalize")), "{events:?}");
    assert!(events.iter().any(|e| e.starts_with("1995-01 | Diplomacy") && e.contains("Liaison Offices")), "{events:?}");
    // Counter-example: a date inside the opening phrase is that phrase's own.
    let events = events_of("Following the normalization of relations in July 1995, both nations upgraded their Liaison Offices.");
    assert!(events.iter().any(|e| e.starts_with("1995-07 | Diplomacy") && e.contains("normalize")), "{events:?}");
}

#[test]
fn years_of_relations_celebrated_date_their_founding() {
    // vn_news_vnexpress_2020.
    let story = |body: &str| format!(" date 2020-03-05 VnExpress International\n\n{body}\n");
    let events = events_of(&story("They have come for a five-day visit at a time when Vietnam and the U.S. celebrate 25 years of diplomatic relations."));
    assert!(events.iter().any(|e| e.starts_with("1995 | Diplomacy")), "{events:?}");
    // Counter-examples: years of anything else celebrated found no relations, and years of
    // relations merely counted are no anniversary.
    let events = events_of(&story("Hanoi celebrates 15 years of administrative boundary adjustment."));
    assert!(events.is_empty(), "{events:?}");
    let events = events_of(&story("Trade grew in 25 years of diplomatic relations."));
    assert!(events.is_empty(), "{events:?}");
}

#[test]
fn a_story_s_news_day_holds_past_an_anniversary_and_a_dozen_sentences() {
    // wire_voa_2015: the lunch is told in the story's thirteenth sentence, after "Twenty years
    // after normalizing diplomatic ties".
    let story = |middle: &str| {
        let filler = "Officials see Vietnam as a partner in the region. ".repeat(8);
        format!("Obama Meets Vietnam's Communist Leader\n\nPresident Barack Obama, right, meets with Vietnamese Communist party secretary general Nguyen Phu Trong in the Oval Office of the White House, on July 7, 2015, in Washington.\n\nPresident Barack Obama said Tuesday that the two countries are deepening cooperation.\n\n{middle}\n\n{filler}\n\nFollowing the White House meeting, Vice President Joe Biden hosted Trong for a lunch at the State Department.\n")
    };
    let events = events_of(&story("Twenty years after normalizing diplomatic ties with its one-time foe, the U.S. is eager to improve relations with Vietnam."));
    assert!(events.iter().any(|e| e.starts_with("2015-07-07 | Diplomacy") && e.contains("Joe Biden")), "{events:?}");
    // Counter-example: once the story tells another moment, the news day no longer holds.
    let events = events_of(&story("In 2013, President Truong Tan Sang visited the White House."));
    assert!(events.iter().all(|e| !(e.starts_with("2015-07-07") && e.contains("Joe Biden"))), "{events:?}");
}

#[test]
fn sitting_down_with_someone_is_a_meeting() {
    // wire_ny1_2024, with a date of its own.
    let events = events_of("President Joe Biden on September 25, 2024 sat down with Vietnamese General Secretary To Lam on the sidelines of the United Nations General Assembly in New York.");
    assert!(events.iter().any(|e| e.starts_with("2024-09-25 | Diplomacy") && e.contains("To Lam")), "{events:?}");
    // Counter-example: sitting down alone is no meeting.
    let events = events_of("President Joe Biden sat down on September 25, 2024 to write a speech.");
    assert!(events.is_empty(), "{events:?}");
}
