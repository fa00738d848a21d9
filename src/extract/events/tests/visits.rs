//! Visits, port calls and talks: how many days they last and which days those are.

use super::*;

#[test]
fn a_visit_says_how_many_days_it_lasts() {
    let length = |text: &str| {
        let tokens = tokenize(text, 0, text.len());
        super::super::visits::visit_length(&tokens, 0, tokens.len())
    };
    assert_eq!(length("Biden arrived on September 10, beginning his two-day State visit to Vietnam"), Some(2));
    assert_eq!(length("a 3-day official trip to Washington"), Some(3));
    assert_eq!(length("the two-day forum opened in Hanoi"), None);
    assert_eq!(length("a two-day"), None);
}

#[test]
fn a_visit_that_ended_on_its_date_ran_the_days_before() {
    // Taipei Times, 2003.
    let spans = |text: &str| -> Vec<String> {
        let model = crate::extract::extract(&[crate::extract::Article::new("x", text)]);
        model.events.iter().map(|e| format!("{}/{}", e.date, e.end.map_or(String::new(), |d| d.to_string()))).collect()
    };
    let text = "Sun, Nov 23, 2003 - Page 5 News List\n\nAmerican frigate ends historic visit\n\nThe USS Vandegrift pulled up anchor yesterday and ended its historic four-day port call in Ho Chi Minh City, after becoming the first US warship to visit Vietnam since the war ended nearly three decades ago.\n";
    assert_eq!(spans(text), ["2003-11-19/2003-11-22"]);
    // Counter-example: a port call that begins on its date runs the days after.
    let text = "Sun, Nov 23, 2003 - Page 5 News List\n\nFrigate arrives\n\nThe USS Vandegrift docked in Ho Chi Minh City yesterday for a four-day port call.\n";
    assert_eq!(spans(text), ["2003-11-22/2003-11-25"]);
}

#[test]
fn a_visit_s_length_may_be_told_in_the_next_sentences() {
    // vn_news_vnexpress_2020.
    let story = |later: &str| {
        format!(" date 2020-03-05 VnExpress International\n\nThe USS Theodore Roosevelt arrived in Da Nang on Thursday, the second U.S. aircraft carrier to visit Vietnam in two years.\n\nIt docked at Tien Sa Port along with cruiser USS Bunker Hill and a destroyer.\n\n{later}\n")
    };
    let spans = |text: &str| {
        let model = crate::extract::extract(&[crate::extract::Article::new("x", text)]);
        model.events.iter().map(|e| format!("{}/{}", e.date, e.end.map_or(String::new(), |d| d.to_string()))).collect::<Vec<_>>()
    };
    let events = spans(&story("They have come for a five-day visit at a time when Vietnam and the U.S. celebrate 25 years of diplomatic relations."));
    assert!(events.contains(&"2020-03-05/2020-03-09".to_string()), "{events:?}");
    // Counter-example: a visit still planned says nothing of this one's days.
    let events = spans(&story("Another carrier will come for a five-day visit next year."));
    assert!(events.contains(&"2020-03-05/".to_string()), "{events:?}");
}

#[test]
fn talks_that_began_on_a_day_and_run_until_another_span_those_days() {
    // Reuters via Bangkok Post, May 20, 2025.
    let spans = |text: &str| -> Vec<String> {
        let model = crate::extract::extract(&[crate::extract::Article::new("x", text)]);
        model.events.iter().map(|e| format!("{}/{}", e.date, e.end.map_or(String::new(), |d| d.to_string()))).collect()
    };
    let head = "Vietnam says second round of trade talks started\n\nPublished: May 20, 2025\n\n";
    let text = format!("{head}The second round of formal talks for a bilateral trade deal between Vietnam and the United States began on Monday and will run until May 22, the ministry said.\n");
    assert_eq!(spans(&text), ["2025-05-19/2025-05-22"]);
    // Counter-example: a deadline with no verb of lasting is not the talks' last day.
    let text = format!("{head}Vietnam and the United States began trade talks on Monday and agreed to keep tariffs until July 9, the ministry said.\n");
    assert!(spans(&text).iter().all(|s| !s.ends_with("2025-07-09")), "{:?}", spans(&text));
}

#[test]
fn a_ship_s_visit_is_a_port_call_and_a_person_s_visit_to_a_ship_is_a_visit() {
    let text = "The frigate's visit came as ties grew";
    let tokens = tokenize(text, 0, text.len());
    let at = tokens.iter().position(|t| t.is("visit")).unwrap();
    assert!(senses::is_ship_visit(&tokens, at, 0));
    let text = "Panetta visited the USNS Richard E. Byrd in Cam Ranh Bay on June 3, 2012.";
    let tokens = tokenize(text, 0, text.len());
    assert!(!senses::is_ship_visit(&tokens, 1, 0));
    // A navy's commander travels himself.
    let text = "Vietnam People's Navy Commander Tran Thanh Nghiem visited the United States in 2013.";
    let tokens = tokenize(text, 0, text.len());
    let at = tokens.iter().position(|t| t.is("visited")).unwrap();
    assert!(!senses::is_ship_visit(&tokens, at, 0));
}

#[test]
fn a_guest_welcomed_in_a_transcript_visits_on_the_day_of_the_remarks() {
    // State Department, 1995: the release's date line, then a speaker's turn.
    let remarks = |turn: &str| format!("U.S. Department of State\n95/10/03 Remarks by Secretary Christopher and FM Cam\nOffice of the Spokesman\nSECRETARY CHRISTOPHER:  Good afternoon.  {turn}\n");
    let events = events_of(&remarks("It's a pleasure to welcome Foreign Minister Cam to the United States."));
    assert!(events.iter().any(|e| e.starts_with("1995-10-03 | Visit") && e.contains("Cam")), "{events:?}");
    // White House, 2016: the host's turn welcomes the guest "on your official visit".
    let text = "For Immediate Release\nMay 23, 2016\nRemarks by President Obama and President Quang of Vietnam\nPRESIDENT QUANG: (As interpreted.) Your Excellency, once again I'd like to warmly welcome President Barack Obama and the high-level delegation of the U.S. government on your official visit to Vietnam.\n";
    let events = events_of(text);
    assert!(events.iter().any(|e| e.starts_with("2016-05-23 | Visit") && e.contains("Obama")), "{events:?}");
    // Counter-examples: a welcome planned, a welcome given to a deed, and a welcome outside
    // any speaker's turn.
    for turn in ["We will welcome Foreign Minister Cam to the United States next year.", "We are glad to welcome the agreement reached by our negotiators."] {
        let events = events_of(&remarks(turn));
        assert!(events.iter().all(|e| !e.starts_with("1995-10-03")), "{turn}: {events:?}");
    }
    let text = "News\nOctober 3, 1995\nIt's a pleasure to welcome Foreign Minister Cam to the United States, an aide said.\n";
    assert!(events_of(text).iter().all(|e| !e.starts_with("1995-10-03")), "{:?}", events_of(text));
}

#[test]
fn an_official_delegation_named_with_no_person_visits() {
    // Embassy of Vietnam in the US, April 2012.
    let events = events_of("A 10-member U.S. Congressional Staff Delegation visited Vietnam from April 7 to 15 2012.");
    assert_eq!(events, ["2012-04-07 | Visit | 10-member U.S. Congressional Staff Delegation visits Vietnam"]);
    // Counter-examples: a delegation of no office, and one carried in a list, visit nothing.
    assert!(events_of("A delegation of farmers visited Vietnam from April 7 to 15 2012.").is_empty());
    let events = events_of("On November 17, 2006, Air Force One landed carrying the president, his wife, and a high-ranking U.S. delegation to Hanoi, beginning the four-day official visit to Vietnam.");
    assert!(!events.iter().any(|e| e.contains("delegation visits")), "{events:?}");
}
