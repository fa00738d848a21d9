//! Who travels in a visit, where to, and for how long: hosts told from visitors, the visitor
//! found by possessive, "by" or position, the direction from the visitor's country or the
//! clause's destination, and a stated length ("a two-day visit").

use super::super::people::Mention as PersonMention;
use super::super::text::Token;
use super::{Candidate, DatedMention, SentenceView, Topic};
use crate::model::{Category, Country, DateRange, Direction, PartialDate, Precision};

/// People named as hosts: "at the invitation of President Bush", "following Trọng's invitation".
pub(super) fn is_host(tokens: &[Token], p: &PersonMention) -> bool {
    let before = &tokens[p.first.saturating_sub(4)..p.first];
    let invited = before.windows(2).any(|w| w[0].is("invitation") && w[1].is("of")) || before.iter().any(|t| t.is("counterpart"))
        || before.windows(2).any(|w| w[0].is("invited") && w[1].is("by"));
    let own_invitation = p.possessive && tokens.get(p.last + 2).is_some_and(|t| t.is("invitation"));
    invited || own_invitation
}

/// Who travels: "Biden's visit", "visit by Triết", "Clinton made a visit", "a visit to
/// Vietnam …, John Kerry".
pub(super) fn find_visitor(tokens: &[Token], people: &mut [&PersonMention], trigger: usize) -> Option<usize> {
    // "Son received visiting USAID Administrator Samantha Power", "received visiting
    // Administrator of the United States Agency for International Development (USAID) Samantha
    // Power": the visitor follows, after a title that may run long, within the clause.
    if tokens[trigger].is("visiting") {
        let clause_end = (trigger + 1..tokens.len()).find(|&i| tokens[i].is_any(&[",", ";", "."])).unwrap_or(tokens.len());
        if let Some(p) = people.iter().find(|p| p.first > trigger && p.first - trigger <= 16 && p.first < clause_end) {
            return Some(p.person);
        }
    }
    // "to welcome Foreign Minister Cam to the United States": the guest follows the welcome.
    if welcomes_a_guest(tokens, trigger) {
        if let Some(p) = people.iter().find(|p| p.first > trigger && p.first - trigger <= 8) {
            return Some(p.person);
        }
    }
    if let Some(p) = people.iter().find(|p| p.possessive && p.last < trigger && trigger - p.last <= 5) {
        return Some(p.person);
    }
    if let Some(p) = people.iter().find(|p| p.first > trigger && p.first - trigger <= 8 && tokens[p.first.saturating_sub(4)..p.first].iter().any(|t| t.is_any(&["by", "of"]))) {
        return Some(p.person);
    }
    if let Some(p) = people.iter().rfind(|p| p.last <= trigger) {
        return Some(p.person);
    }
    people.first().map(|p| p.person)
}

/// Words that tell a speaker's visit, or a guest's, as under way.
const VISIT_WORDS: [&str; 3] = ["visit", "trip", "delegation"];

/// Whether a speaker tells a visit as under way, in the present: a guest welcomed ("It's a
/// pleasure to welcome Foreign Minister Cam to the United States", "I'd like to warmly welcome
/// President Barack Obama … on your official visit to Vietnam") or the speaker here on a visit
/// ("I am pleased to be here on my first visit to Vietnam"). Not a plan ("will welcome", "next
/// visit") nor a welcome given to a deed ("welcome the agreement").
pub(super) fn under_way(tokens: &[Token]) -> bool {
    if tokens.iter().any(|t| t.is_any(&["will", "next", "tomorrow", "upcoming", "forward"])) {
        return false;
    }
    let welcome = (0..tokens.len()).any(|i| welcomes_a_guest(tokens, i));
    let here = tokens.windows(2).any(|w| w[0].is_any(&["be", "am", "is", "are"]) && w[1].is("here")) && tokens.iter().any(|t| t.is_any(&VISIT_WORDS));
    welcome || here
}

/// "to welcome Foreign Minister Cam", "to warmly welcome President Barack Obama": the verb
/// "welcome" after "to" (an adverb may stand between), a name or title capitalized after it.
pub(super) fn welcomes_a_guest(tokens: &[Token], i: usize) -> bool {
    tokens[i].is("welcome")
        && tokens[i.saturating_sub(2)..i].iter().any(|t| t.is("to"))
        && tokens.get(i + 1).is_some_and(|t| t.capitalized || t.is_any(&["mr", "mrs", "ms", "madam"]))
}

/// An American visits Vietnam and a Vietnamese the US.
/// "Bush had talks with President Nguyen Minh Triet, General Secretary Nong Duc Manh and Prime
/// Minister Nguyen Tan Dung": a meeting whose people are all known to be of one side is not
/// between the sides; the other side's party went unrecognized, and the sentence is no
/// meeting of Triet with Manh.
pub(super) fn one_side_only(view: &SentenceView, actors: &[usize]) -> bool {
    let country = |a: &usize| view.registry.get(*a).and_then(|e| e.country);
    let first = actors.first().and_then(country);
    actors.len() >= 2 && first.is_some() && actors.iter().all(|a| country(a) == first)
}

pub(super) fn direction_of(view: &SentenceView, person: usize) -> Option<Direction> {
    match view.registry.get(person)?.country {
        Some(Country::Us) => Some(Direction::UsToVietnam),
        Some(Country::Vietnam) => Some(Direction::VietnamToUs),
        _ => None,
    }
}

/// "visits Hanoi", "visited the US": a visit told as the verb of its clause, not as the
/// setting of something else ("during Sang's visit").
pub(super) fn is_visit_verb(tokens: &[Token], i: usize) -> bool {
    let place = tokens.get(i + 1).is_some_and(|t| t.capitalized || t.is("the"));
    tokens[i].is_any(&["visits", "visited"]) && place && !tokens[i.saturating_sub(2)..i].iter().any(|t| t.is_any(&["'", "during", "of", "the"]))
}

/// Where a visit goes, from the words of the clause.
pub(super) fn destination(tokens: &[Token], from: usize, to: usize) -> Option<Direction> {
    let slice = &tokens[from..to.min(tokens.len())];
    for w in slice.windows(3) {
        let to_word = w[0].is_any(&["to", "visited", "visit", "visits", "in"]);
        if to_word && (w[1].is_any(&["vietnam", "hanoi", "viet", "ha", "da"]) || (w[1].is("ho") && w[2].is("chi"))) {
            return Some(Direction::UsToVietnam);
        }
        if to_word && (w[1].is_any(&["washington", "america"]) || (w[1].is("the") && w[2].is_any(&["us", "united", "white"]))) {
            return Some(Direction::VietnamToUs);
        }
    }
    None
}

/// "a two-day visit", "his three-day state visit", "a 5-day trip": how many days a visit lasts.
pub(super) fn visit_length(tokens: &[Token], from: usize, to: usize) -> Option<u32> {
    let to = to.min(tokens.len());
    (from..to).find_map(|i| {
        let days = tokens[i].integer().or_else(|| super::super::text::number_word(tokens[i].folded.as_str()))?;
        let hyphen = tokens.get(i + 1).is_some_and(|t| t.is("-"));
        let day = tokens.get(i + 2).is_some_and(|t| t.is("day"));
        (hyphen && day && i + 3 <= to).then_some(())?;
        tokens[i + 3..to.min(i + 7).max(i + 3)].iter().any(|t| t.is_any(&["visit", "trip", "tour", "call"])).then_some(days)
    })
}

/// "arrived on September 10, beginning his two-day state visit": the visit's days, or a ship's
/// port call's; "ended its four-day port call" yesterday: the days up to it; "talks began on
/// Monday and will run until May 22": the days from the date to the one they run to.
pub(super) fn stretch_to_stated_days(view: &SentenceView, dated: &mut DatedMention, topic: &Topic, from: usize, to: usize) {
    let tokens = view.tokens;
    if dated.range.end.is_some() || dated.range.start.precision() != Precision::Day {
        return;
    }
    if matches!(topic, Topic::Visit | Topic::Act { .. }) {
        // The length may stand past the date's segment, in its clause ("pulled up anchor
        // yesterday and ended its four-day port call, after …").
        let clause_to = (dated.mention.last..tokens.len()).find(|&i| tokens[i].is_any(&[",", ";"])).unwrap_or(tokens.len()).max(to);
        if let Some(days) = visit_length(tokens, from, clause_to).filter(|d| (2..=14).contains(d)) {
            let last = dated.range.start.add_days(i64::from(days) - 1);
            if ends_there(tokens, from, clause_to) {
                dated.range = DateRange { start: dated.range.start.add_days(1 - i64::from(days)), end: Some(dated.range.start), approximate: false };
            } else {
                dated.range.end = Some(last);
            }
            return;
        }
    }
    if matches!(topic, Topic::Visit | Topic::Act { .. } | Topic::Meeting) {
        if let Some(last) = runs_until(view, dated) {
            dated.range.end = Some(last);
        }
    }
}

/// Verbs that say how long something lasts, before "until" or "through" and the last day.
const LASTING: [&str; 12] = ["run", "runs", "last", "lasts", "continue", "continues", "ran", "lasted", "continued", "running", "lasting", "continuing"];

/// The last day of a happening dated to `dated` when, a few words on and in the same clause, a
/// verb of lasting runs "until" or "through" a later day of the same month or the next:
/// "began on Monday and will run until May 22". Not "agreed on Monday to keep tariffs until
/// July 9" (no verb of lasting) nor a day before the start.
fn runs_until(view: &SentenceView, dated: &DatedMention) -> Option<PartialDate> {
    let tokens = view.tokens;
    let start = dated.range.start;
    view.dates.iter().find_map(|d| {
        let m = d.mention;
        if m.first <= dated.mention.last + 1 || m.first > dated.mention.last + 8 {
            return None;
        }
        let between = tokens.get(dated.mention.last..m.first)?;
        if between.iter().any(|t| t.is_any(&[",", ";", ".", "but"])) {
            return None;
        }
        let (verb, until) = (tokens.get(m.first - 2)?, tokens.get(m.first - 1)?);
        let last = d.range.start;
        let fits = last.precision() == Precision::Day && d.range.end.is_none() && last > start && last.day_bounds().0 - start.day_bounds().0 <= 31;
        (fits && verb.is_any(&LASTING) && until.is_any(&["until", "through", "till"])).then_some(last)
    })
}

/// Whether the clause tells a visit's end, so its date is the last day: "pulled up anchor
/// yesterday and ended its historic four-day port call", "wrapped up a two-day visit".
pub(super) fn ends_there(tokens: &[Token], from: usize, to: usize) -> bool {
    tokens[from..to.min(tokens.len())].iter().any(|t| t.is_any(&["ended", "ends", "concluded", "concludes", "wrapped", "wraps", "completed", "completes"]))
}

/// "The USS Theodore Roosevelt arrived in Da Nang on Thursday. … They have come for a
/// five-day visit": an undated sentence that names nobody, told soon after a visit or port call
/// dated to a day, says how many days it lasts. Returns whether `last` was stretched.
pub fn stretch_by_length(last: &mut Candidate, tokens: &[Token]) -> bool {
    let port_call = matches!(&last.topic, Topic::Act { category: Category::DefenseSecurity, .. });
    if !(last.topic == Topic::Visit || port_call) || last.date.end.is_some() || last.date.start.precision() != crate::model::Precision::Day {
        return false;
    }
    let Some(days) = visit_length(tokens, 0, tokens.len()).filter(|d| (2..=14).contains(d)) else { return false };
    if ends_there(tokens, 0, tokens.len()) || !super::mood::tells_nothing_undone_but_perfect(tokens) {
        return false;
    }
    last.date.end = Some(last.date.start.add_days(i64::from(days) - 1));
    true
}

/// Nouns of a group that travels on an office's behalf, which visits as a person does.
const DELEGATIONS: [&str; 4] = ["delegation", "delegations", "staffdel", "codel"];

/// Words that make a group official and say whose it is: "U.S. Congressional", "Vietnamese".
const OFFICIAL_SIDES: [&str; 8] = ["us", "u.s", "american", "congressional", "senate", "vietnamese", "vietnam", "national"];

/// The title of a visit whose traveller is a delegation named with no person: "A 10-member
/// U.S. Congressional Staff Delegation visited Vietnam from April 7 to 15 2012" is the
/// delegation's visit. The subject before the verb at `at` must be the delegation, with its
/// side; "a delegation of farmers" names no office and makes no visit of the two states.
pub(super) fn delegation_title(view: &SentenceView, from: usize, at: usize, direction: Option<Direction>) -> Option<String> {
    let tokens = view.tokens;
    let subject = &tokens[from..at];
    // The delegation is the verb's subject: named right before it, opening its clause, not one
    // of a list carried somewhere ("carrying the president, his wife, and a high-ranking U.S.
    // delegation to Hanoi, beginning the four-day visit").
    let head = subject.len().checked_sub(1).filter(|&k| subject[k].is_any(&DELEGATIONS))?;
    if subject[..head].iter().any(|t| t.is_any(&[",", ";", "and", "or", "with"])) {
        return None;
    }
    let start = usize::from(subject.first().is_some_and(|t| t.is_any(&["a", "an", "the"])));
    let official = subject[start..head].iter().any(|t| t.is_any(&OFFICIAL_SIDES));
    let place = match direction? {
        Direction::UsToVietnam => "Vietnam",
        Direction::VietnamToUs => "the US",
    };
    official.then(|| format!("{} visits {place}", &view.text[subject[start].start..subject[head].end]))
}

#[cfg(test)]
mod tests {
    use super::super::tests::events_of;

    /// OhmyNews, 2006: the American side is a bare name the engine does not know as a person.
    #[test]
    fn a_meeting_of_one_side_only_is_none() {
        let story = |sentence: &str| format!("Talks in Hanoi\nNovember 18, 2006\n{sentence}\n");
        let events = events_of(&story("On Friday afternoon, Bush had talks with Vietnamese President Nguyen Minh Triet, Vietnamese Communist Party Secretary General Nong Duc Manh, and Prime Minister Nguyen Tan Dung."));
        assert!(!events.iter().any(|e| e.contains("Triet meets Nong Duc Manh")), "{events:?}");
        // Counter-example: both sides named.
        let events = events_of(&story("On Friday afternoon, US President George W. Bush had talks with Vietnamese President Nguyen Minh Triet."));
        assert!(events.iter().any(|e| e.starts_with("2006-11-17 | Diplomacy")), "{events:?}");
    }

    /// The Public Papers, 2008: the one who welcomes is the host, whichever side.
    #[test]
    fn the_subject_of_a_verb_of_receiving_is_the_host() {
        let story = |sentence: &str| format!("Leaders meet\nJune 25, 2008\n{sentence}\n");
        let events = events_of(&story("President George W. Bush welcomed Prime Minister Nguyen Tan Dung to the White House on June 24."));
        assert!(events.iter().any(|e| e.ends_with("George W. Bush receives Nguyen Tan Dung")), "{events:?}");
        // Counter-example: the Vietnamese host, named first, stays the host.
        let events = events_of(&story("Prime Minister Nguyen Tan Dung received US Ambassador Michael Michalak in Hanoi on June 24."));
        assert!(events.iter().any(|e| e.ends_with("Nguyen Tan Dung receives Michael Michalak")), "{events:?}");
    }
}
