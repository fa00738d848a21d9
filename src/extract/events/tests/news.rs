//! Rules for news prose (vn_news and wire texts): welcomes, plans, ships' names.

use super::events_of;

#[test]
fn a_welcome_given_to_a_deal_is_no_meeting() {
    // Viet Nam News, July 2, 2025.
    let text = "On July 2, 2025, General Secretary To Lam and President Donald Trump welcomed the agreement reached by the two countries' negotiating teams on a reciprocal trade agreement framework.";
    let events = events_of(text);
    assert!(events.iter().any(|e| e.starts_with("2025-07-02 | Trade")), "{events:?}");
    assert!(!events.iter().any(|e| e.contains("receives")), "{events:?}");
    // Counter-example: a welcome given to a guest is a meeting.
    let events = events_of("On August 25, 2021, Vice President Vo Thi Anh Xuan welcomed US Vice President Kamala Harris to Hanoi.");
    assert!(events.iter().any(|e| e.starts_with("2021-08-25") && e.contains("Harris")), "{events:?}");
}

#[test]
fn a_visit_after_will_and_an_adverb_is_a_plan() {
    // Viet Nam News (EIN Presswire), August 25, 2022.
    let events = events_of("Senator Patrick Leahy will again visit Vietnam in December 2022, followed by former senator John Kerry.");
    assert!(events.is_empty(), "{events:?}");
    // Counter-example: the same visit told as done.
    let events = events_of("Senator Patrick Leahy again visited Vietnam in December 2022.");
    assert!(events.iter().any(|e| e.starts_with("2022-12 | Visit")), "{events:?}");
}

#[test]
fn a_port_call_told_with_a_common_noun_takes_the_ship_s_name_told_beside_it() {
    // AP, March 29, 2005: the ship is named in the sentence after the one that dates its call.
    let text = "Tuesday, March 29, 2005\n\nHO CHI MINH CITY, Vietnam - An American warship made a rare visit to Vietnam on Tuesday, a sign of warmer ties.\n\nSailors lined the decks of the USS Gary as the frigate docked in Saigon Port.\n";
    let events = events_of(text);
    assert!(events.iter().any(|e| e.starts_with("2005-03-29 | DefenseSecurity") && e.contains("USS Gary")), "{events:?}");
    // Counter-example: a call that names its own ship keeps that name, whatever ship is told
    // after it.
    let text = "On March 5, 2018, the USS Carl Vinson arrived in Da Nang.\n\nThe USS Gary was built in 1982.\n";
    let events = events_of(text);
    assert!(events.iter().any(|e| e.contains("Carl Vinson")), "{events:?}");
    assert!(!events.iter().any(|e| e.contains("Gary")), "{events:?}");
}

#[test]
fn an_act_to_be_held_is_a_plan() {
    // A wire ticker above Xinhua's July 8, 2015 story: "Additional EU summit to be held Sunday".
    let story = |line: &str| format!("Tuesday, March 29, 2005\n\nHANOI - {line}\n");
    assert!(events_of(&story("A Vietnam-US business forum to be held Sunday in Hanoi.")).is_empty());
    // Counter-example: the forum held.
    let events = events_of(&story("A Vietnam-US business forum was held Sunday in Hanoi."));
    assert!(events.iter().any(|e| e.starts_with("2005-03-27")), "{events:?}");
}

#[test]
fn a_joint_field_activity_told_with_its_days_is_a_search_of_its_own() {
    // VietNamNet (VNA), July 17, 2020: the days belong to the search, not to the hand-over.
    let text = " date 2020-07-17 The Vietnamese side's representatives handed over to the US side a set of remains which was recovered during the 139st Joint Field Activities from May 5 to June 23, 2020.";
    let model = crate::extract::extract(&[crate::extract::Article::new("x", text)]);
    let search = model.events.iter().find(|e| e.title.contains("Joint Field Activities"));
    assert!(search.is_some_and(|e| (e.date.to_string(), e.end.map(|d| d.to_string())) == ("2020-05-05".to_string(), Some("2020-06-23".to_string()))), "{:?}", model.events);
    // Counter-example: a joint field that is no activity is no search.
    let events = events_of(" date 2020-07-17 The two armies set up a joint field hospital in Da Nang from May 5 to June 23, 2020.");
    assert!(!events.iter().any(|e| e.contains("Joint field") || e.contains("WarLegacy")), "{events:?}");
}

#[test]
fn talks_discussed_over_the_phone_are_phone_talks() {
    // Viet Nam Government Portal, 2021: the verb of discussing stands far before "over the phone".
    let story = |lead: &str| format!("Vietnamese FM holds talks with U.S. Secretary of State\n\n05/28/2021 03:00\n\nVGP - {lead}\n");
    let events = events_of(&story("Vietnamese Foreign Minister Bui Thanh Son and U.S. Secretary of State Antony Blinken discussed ways to boost Viet Nam-U.S. relations, regional and international issues of shared concerns over the phone on Friday."));
    assert!(events.iter().any(|e| e.starts_with("2021-05-28 | Diplomacy") && e.contains("phone talks")), "{events:?}");
    // Counter-examples: a phone that is no way of talking, and one used without discussing.
    for lead in [
        "Vietnamese Foreign Minister Bui Thanh Son and U.S. Secretary of State Antony Blinken discussed the phone bill of the embassy on Friday.",
        "Vietnamese Foreign Minister Bui Thanh Son answered questions from U.S. Secretary of State Antony Blinken's staff by phone on Friday.",
    ] {
        assert!(events_of(&story(lead)).iter().all(|e| !e.contains("phone talks")), "{lead}: {:?}", events_of(&story(lead)));
    }
}

#[test]
fn a_saying_placed_in_a_visit_dates_the_visit() {
    // Reuters (Korea JoongAng Daily), November 2, 2025.
    let story = |placed: &str| {
        format!("Pentagon chief in Hanoi\nPublished: 02 Nov. 2025, 19:42\nWashington wants deeper military cooperation with Vietnam, U.S. Defense Secretary Pete Hegseth said on Sunday {placed} to Hanoi, where he is set to meet leaders of the Southeast Asian nation.\n")
    };
    let events = events_of(&story("during a visit"));
    assert!(events.iter().any(|e| e.starts_with("2025-11-02 | Visit") && e.contains("Hegseth")), "{events:?}");
    // Counter-example: a saying ahead of a visit dates nothing of it.
    let events = events_of(&story("ahead of a visit"));
    assert!(events.is_empty(), "{events:?}");
}

#[test]
fn the_news_day_holds_under_a_menu_and_past_a_plan_s_month() {
    // Reuters, February 16, 2016: a menu above the date line, a plan's month in the lead.
    let story = |met: &str| {
        format!("Obama to visit Vietnam in May: White House\nFor Chinese millennials, despondency has a brand name\nLIFE\nFor Chinese millennials, despondency has a brand name\nBritain stumbles toward a new deal with the U.S.\nCOMMENTARY\nBritain stumbles toward a new deal with the U.S.\nFebruary 16, 2016 / 3:29 AM / 2 years ago\n\nRANCHO MIRAGE, Calif. (Reuters) - U.S. President Barack Obama will visit Vietnam in May during a trip to Asia, a White House official said on Monday.\n\nObama {met} Vietnamese Prime Minister Nguyen Tan Dung at a summit of Southeast Asian nations in California.\n")
    };
    let events = events_of(&story("met"));
    assert_eq!(events, ["2016-02-15 | Diplomacy | Nguyen Tan Dung meets Barack Obama"]);
    // Counter-example: a meeting still ahead is no meeting held.
    let events = events_of(&story("will meet"));
    assert!(events.is_empty(), "{events:?}");
}

#[test]
fn a_perfect_told_over_a_stretch_of_years_is_no_news_of_the_date_line() {
    let story = |lead: &str| format!("Vietnam-U.S. Normalization Process [Updated November 28, 2003]\n\n{lead}\n");
    let events = events_of(&story("Over the past decade, Washington and Hanoi have normalized relations incrementally."));
    assert!(!events.iter().any(|e| e.starts_with("2003-11")), "{events:?}");
    // Counter-example: a lead in the perfect with no stretch is the news of the date line.
    let events = events_of(&story("Washington and Hanoi have normalized relations."));
    assert!(events.iter().any(|e| e.starts_with("2003-11")), "{events:?}");
}

#[test]
fn ships_told_in_the_plural_take_the_name_told_after_them() {
    // Tuoi Tre News, 2014: the arrival dated by "on Monday", the ships named in the next sentence.
    let text = "U.S. ships\n\nTuesday, April 08, 2014, 14:43 GMT+7\n\nU.S. Captain Paul Schlise said upon the arrival of two U.S. vessels in the central city of Da Nang on Monday. As scheduled, the guided missile destroyer USS John S. McCain and the rescue and salvage ship USNS Safeguard landed in Da Nang for a five-day visit.\n";
    let events = events_of(text);
    assert!(events.iter().any(|e| e.starts_with("2014-04-07") && e.contains("McCain")), "{events:?}");
    // Counter-example: ships of no port call are not named.
    let text = "Tuesday, April 08, 2014, 14:43 GMT+7\n\nVietnam bought two vessels from Japan on Monday. The USS John S. McCain was built in 1994.\n";
    assert!(!events_of(text).iter().any(|e| e.contains("McCain")), "{:?}", events_of(text));
}
