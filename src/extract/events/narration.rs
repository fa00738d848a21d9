//! What an undated sentence of a story's narration tells of the story's day: a meeting held
//! that day ("Following the White House meeting, Vice President Joe Biden hosted Trong for a
//! lunch"), or the lead's meeting told again ("Schwab and Dung also exchanged views").

use crate::extract::dates::{Mention as DateMention, Stated};
use crate::extract::people::Mention;
use crate::extract::text::Token;

/// Verbs in the simple past that tell a meeting held.
const HELD: [&str; 6] = ["hosted", "met", "received", "welcomed", "held", "visited"];

/// Whether the sentence tells a meeting held, in the simple past: a verb of meeting, or "had a
/// talk", "had talks" (not "had" of a past perfect).
pub(super) fn tells_meeting_held(tokens: &[Token]) -> bool {
    tokens.iter().enumerate().any(|(i, t)| {
        t.is_any(&HELD) || (t.is("had") && tokens[i + 1..tokens.len().min(i + 3)].iter().any(|n| n.is_any(&["talk", "talks"])))
    })
}

/// "also exchanged views", "also discussed": the lead's meeting told again, not another.
pub(super) fn tells_again(tokens: &[Token]) -> bool {
    tokens.windows(2).any(|w| w[0].is("also") && w[1].is_any(&["exchanged", "discussed", "talked", "agreed", "reviewed", "stressed", "affirmed"]))
}

/// "Mr Kerry announced a $US17 million package": a person named before a verb of doing in
/// the active voice is the doer. "The Peace Corps was established by President John F.
/// Kennedy" is told of the body, in the passive: background, not the day's deed.
pub(super) fn person_did(tokens: &[Token], people: &[Mention]) -> bool {
    let Some(deed) = tokens.iter().position(|t| crate::extract::acts::tells_deed(std::slice::from_ref(t))) else { return false };
    let passive = deed > 0 && tokens[deed - 1].is_any(&["was", "were", "been", "be", "being"]);
    !passive && people.iter().any(|p| p.last <= deed)
}

/// "They agreed to further promote the partnership", "pledged to continue cooperation": a
/// pledge to go on as before, a general state, not a deed of the day (unlike "agreed to start
/// negotiations", or "a platform on which the two countries will work to further strengthen
/// ties" told after the deed).
pub(super) fn pledges_more_of_the_same(tokens: &[Token]) -> bool {
    tokens.windows(3).any(|w| {
        w[0].is_any(&["agreed", "pledged", "vowed", "decided", "committed"]) && w[1].is("to") && w[2].is_any(&["further", "continue", "keep", "maintain"])
    })
}

/// "The deal was signed by …", "were lifted": an act told in the passive, of something told
/// before.
pub(super) fn tells_passive(tokens: &[Token]) -> bool {
    tokens.windows(2).any(|w| w[0].is_any(&["was", "were"]) && w[1].folded.as_str().ends_with("ed"))
}

/// "came a week after a landmark visit": a count that dates the happening named after it
/// (`dates::Stated::Shifted` read back from what came).
pub(super) fn dates_what_follows(tokens: &[Token], mention: &DateMention) -> bool {
    matches!(mention.stated, Stated::Shifted { .. }) && mention.last > 0 && tokens[mention.last - 1].is_any(&["after", "before"])
}

/// Whether an undated sentence tells a deed that follows the paragraph's narration: a deed
/// done in the simple past by both sides or by a person named before it, not in the past
/// perfect ("had opened": told from before the narration's moment) nor as a plan.
pub(super) fn continues(view: &super::SentenceView) -> bool {
    let tokens = view.tokens;
    // The cheap tests first: most sentences tell no deed at all.
    if !crate::extract::acts::tells_deed(tokens) || tokens.iter().any(|t| t.is("had")) {
        return false;
    }
    // "During the visit, he announced …": the person the narration is about.
    let pronoun = || tokens.windows(2).any(|w| (w[0].is("he") || w[0].is("she")) && crate::extract::acts::tells_deed(std::slice::from_ref(&w[1])));
    (person_did(tokens, view.people) || pronoun() || super::names_both_sides(view)) && super::tells_past_act(tokens)
}

#[cfg(test)]
mod tests {
    use super::super::tests::events_of;

    #[test]
    fn a_day_the_lead_states_in_full_is_the_story_s_day() {
        // analysis_foreignpolicyblogs_2013: a photo line dates a story whose only other date is its year.
        let story = |head: &str| {
            format!("{head}\nPresident Barack Obama hosted Vietnamese President Truong Tan Sang at the White House for the first bilateral meeting between the two leaders.\n")
        };
        let events = events_of(&story("President Obama and Vietnamese President Truong Tan Sang in the Oval Office, Thursday, July 25, 2013."));
        assert!(events.iter().any(|e| e.starts_with("2013-07-25 | Diplomacy | Truong Tan Sang meets Barack Obama")), "{events:?}");
        // Counter-example: a day long before the story's own date is history told, not its day.
        let events = events_of(&story("Published: March 3, 2010\nOn July 11, 1995, President Bill Clinton announced the normalization of relations."));
        assert!(events.iter().all(|e| !e.contains("Truong Tan Sang meets")), "{events:?}");
    }

    #[test]
    fn a_day_the_lead_plans_is_not_the_story_s_day() {
        // wire_diplomaticinsight_2022: the day of a dialogue still to come does not date the meeting.
        let text = "Washington DC, 31 August 2022 (TDI): Deputy Secretary of State of the US, Wendy Sherman met with Deputy Foreign Minister of Vietnam Nguyen Minh Vu.\n\nThe Dialogue will be held in Washington on August 30.\n";
        let events = events_of(text);
        assert!(events.iter().all(|e| !e.starts_with("2022-08-30")), "{events:?}");
        // Counter-example: a day told as done still dates it (the Oval Office photo line above).
        let text = "Published: July 26, 2013\nPresident Obama and Vietnamese President Truong Tan Sang met in the Oval Office on July 25, 2013.\n";
        assert!(events_of(text).iter().any(|e| e.starts_with("2013-07-25")), "{:?}", events_of(text));
    }

    #[test]
    fn one_side_s_person_doing_a_deed_on_the_news_day_is_the_day_s_act() {
        // wire_abc-australia_2013: the head caption dates the story.
        let story = |later: &str| {
            format!("Kerry in the Mekong\n\nVisiting US State Secretary John Kerry talks with a local official during a visit to Ca Mau on December 15, 2013.\n(AFP/Vietnam News Agency)\nUnited States secretary of state John Kerry has returned to Vietnam's Mekong Delta.\n{later}\n")
        };
        let events = events_of(&story("Mr Kerry announced a $US17 million package to help local communities adapt to climate change."));
        assert!(events.iter().any(|e| e.starts_with("2013-12-15 | Climate")), "{events:?}");
        // Counter-example: a deed told in the passive is background, not the day's (as "The
        // Peace Corps was established by President John F. Kennedy" in vn_news_vnexpress_2016).
        let events = events_of(&story("Former US Secretary of State John Kerry's Fulbright University was established in Ho Chi Minh City."));
        assert!(events.iter().all(|e| !e.contains("Fulbright")), "{events:?}");
    }

    #[test]
    fn having_a_talk_is_a_meeting_held() {
        use crate::extract::text::tokenize;
        let held = |s: &str| super::tells_meeting_held(&tokenize(s, 0, s.len()));
        // vn_news_sggp_2023.
        assert!(held("After the welcome ceremony, Party General Secretary Nguyen Phu Trong and US President Joe Biden had a talk at the Party Central Committee's headquarters."));
        // Counter-example: "had" of a past perfect holds no meeting.
        assert!(!held("The two leaders had discussed trade before."));
    }

    #[test]
    fn an_agreement_of_the_news_day_told_after_a_year_recalled_is_of_that_day() {
        // vn_news_vov_2008: the lead's day holds past a trip recalled in a year before it.
        let story = |later: &str| {
            format!("Submitted on Wed, 06/25/2008 - 09:20\nVietnamese Prime Minister Nguyen Tan Dung and US President George W. Bush held talks in Washington D.C. on June 24 and released a joint statement.\n\nPresident Bush recalled his trip to Vietnam in 2006 while attending the APEC summit in Hanoi.\n\n{later}\n")
        };
        let events = events_of(&story("The two leaders agreed to start negotiations for a bilateral investment treaty (BIT)."));
        assert!(events.iter().any(|e| e.starts_with("2008-06-24 | Trade")), "{events:?}");
        // Counter-examples: a pledge to go on as before is no deed, and a year that fronts
        // its sentence moves the story off its day.
        let events = events_of(&story("The two leaders agreed to further promote the constructive partnership."));
        assert!(events.iter().all(|e| !e.contains("promote")), "{events:?}");
        let text = "Submitted on Wed, 06/25/2008 - 09:20\nVietnamese Prime Minister Nguyen Tan Dung and US President George W. Bush held talks in Washington D.C. on June 24.\n\nIn 2006, President Bush attended the APEC summit in Hanoi.\n\nThe two leaders agreed to start negotiations for a bilateral investment treaty (BIT).\n";
        let events = events_of(text);
        assert!(events.iter().all(|e| !e.starts_with("2008-06-24 | Trade")), "{events:?}");
    }

    #[test]
    fn the_lead_s_agreement_told_again_in_the_passive_is_no_second_event() {
        // wire_chicagotribune_2000.
        let text = "US, Vietnam sign trade deal\nJuly 13, 2000\nThe United States and Vietnam, after resolving final differences, signed a landmark trade agreement Thursday.\nThe deal was signed by U.S. Trade Representative Charlene Barshefsky and Vietnam's Trade Minister Vu Khoan shortly before a White House ceremony.\n";
        let events = events_of(text);
        assert_eq!(events.len(), 1, "{events:?}");
    }

    #[test]
    fn what_came_a_week_after_another_happening_dates_that_happening() {
        // wire_taipeitimes_2003.
        let story = |later: &str| format!("Frigate leaves\nHANOI, Nov 23, 2003 - The USS Vandegrift pulled up anchor yesterday and ended its four-day port call in Ho Chi Minh City.\n{later}\n");
        let events = events_of(&story("The port call came a week after a landmark visit to Washington by Vietnam's Defense Minister Pham Van Tran, who met with Secretary of Defense Donald Rumsfeld."));
        assert!(events.iter().any(|e| e.starts_with("2003-11 | Visit | Pham Van Tran")), "{events:?}");
        // The years counted back in a "since" clause between are no moment of the story.
        let text = "Frigate leaves\nHANOI, Nov 23, 2003 - The USS Vandegrift pulled up anchor yesterday and ended its port call, after becoming the first US warship to visit Vietnam since the war between the two countries ended nearly three decades ago.\nThe port call came a week after a landmark visit to Washington by Vietnam's Defense Minister Pham Van Tran.\n";
        assert!(events_of(text).iter().any(|e| e.starts_with("2003-11 | Visit | Pham Van Tran")), "{:?}", events_of(text));
        // Counter-example (wire_dpa_2008): a year stated in a "since" clause is counted from.
        let text = "Relations have improved since former president Bill Clinton normalized relations in 1995 and visited the South-East Asian nation five years later.";
        assert!(events_of(text).iter().any(|e| e.starts_with("2000 | Visit")), "{:?}", events_of(text));
        // Counter-example: "a week after" with no "came" counts from the happening it names,
        // whose date is not known here.
        let events = events_of(&story("A week after a landmark visit to Washington by Vietnam's Defense Minister Pham Van Tran, the ship sailed."));
        assert!(events.iter().all(|e| !e.contains("Pham Van Tran")), "{events:?}");
    }

    #[test]
    fn this_day_in_a_year_is_the_heading_s_day() {
        // chronology_politico_2018: the heading states the day; the body says "on this day in 1995".
        let story = |heading: &str| {
            format!("{heading}\n\nAfter two decades of severed ties, on this day in 1995, President Bill Clinton announced that the United States and Vietnam had established normal diplomatic relations.\n\nA month later, both nations upgraded their liaison offices to embassies.\n")
        };
        let events = events_of(&story("U.S. and Vietnam establish diplomatic relations, July 11, 1995"));
        assert!(events.iter().any(|e| e.starts_with("1995-07-11 | Diplomacy")), "{events:?}");
        // Counter-example: a heading's day of another year says nothing of "this day in 1995".
        let events = events_of(&story("Looking back, July 11, 2015"));
        assert!(events.iter().any(|e| e.starts_with("1995 | Diplomacy")), "{events:?}");
    }

    #[test]
    fn an_undated_deed_after_a_dated_one_in_its_paragraph_took_place_in_its_month() {
        // wire_abc-australia_2013, its arrival and announcement told in one paragraph of a story
        // of months later.
        let story = |second: &str| format!("Kerry in the Mekong\nPublished: March 3, 2014\n\nOn his first official visit to Vietnam, Mr Kerry arrived in Ho Chi Minh City on December 14, 2013 and travelled by boat through Ca Mau. {second}\n");
        let events = events_of(&story("Mr Kerry announced a $US17 million package to help local communities adapt to climate change."));
        assert!(events.iter().any(|e| e.starts_with("2013-12 | Climate")), "{events:?}");
        let events = events_of(&story("During the visit, he announced a $US17 million package to help local communities adapt to climate change."));
        assert!(events.iter().any(|e| e.starts_with("2013-12 | Climate")), "{events:?}");
        // Counter-examples: a deed told in the past perfect is from before the narration's
        // moment, a plan is none, and a new paragraph is a new narration.
        for second in [
            "Mr Kerry had announced a $US17 million package to help local communities adapt to climate change.",
            "Mr Kerry will announce a $US17 million package to help local communities adapt to climate change.",
            "\nMr Kerry announced a $US17 million package to help local communities adapt to climate change.",
        ] {
            let events = events_of(&story(second));
            assert!(events.iter().all(|e| !e.contains("Climate")), "{second}: {events:?}");
        }
    }
}
