//! Which word of a clause tells what happened: the trigger words ("signed", "took effect",
//! "normalized", "visited", "held talks"…), ranked, the nearest to the date among equals,
//! and what an anniversary celebrates.

use super::super::dates::Mention as DateMention;
use super::super::text::{Kind, Token};
use super::keys::{object_key, subject_key};
use super::{senses, Topic, FOUNDING};

/// The highest-ranked trigger in `tokens[from..to]`, the nearest to the date among equals.
pub(super) fn best_trigger(tokens: &[Token], from: usize, to: usize, date: usize, allowed: &dyn Fn(usize) -> bool) -> Option<(Topic, Option<usize>)> {
    best_trigger_where(tokens, from, to, date, allowed, &|_| true)
}

/// `best_trigger` among the topics `keep` lets count.
pub(super) fn best_trigger_where(
    tokens: &[Token],
    from: usize,
    to: usize,
    date: usize,
    allowed: &dyn Fn(usize) -> bool,
    keep: &dyn Fn(&Topic) -> bool,
) -> Option<(Topic, Option<usize>)> {
    let mut best: Option<(Topic, usize)> = None;
    // A date that is itself "the 10th anniversary of" (or "this 20-year anniversary of") dates
    // what is celebrated.
    let celebrated = tokens.get(date..date + 4).is_some_and(|w| w.iter().any(|t| t.is("anniversary")));
    for i in from..to.min(tokens.len()) {
        if tokens[i].kind != Kind::Word || !allowed(i) {
            continue;
        }
        if let Some(topic) = trigger_at(tokens, i, from, to).filter(|t| keep(t) && (celebrated || !after_anniversary(tokens, i))) {
            let better = match &best {
                None => true,
                Some((b, at)) => topic.rank() > b.rank() || (topic.rank() == b.rank() && i.abs_diff(date) < at.abs_diff(date)),
            };
            if better {
                best = Some((topic, i));
            }
        }
    }
    best.map(|(topic, at)| (topic, Some(at)))
}

/// What "the 10th anniversary of" celebrates, when it names a founding by itself: "of our
/// Comprehensive Partnership", "of diplomatic relations" (an anniversary is of a beginning).
pub(super) fn celebrated_topic(tokens: &[Token], date: &DateMention) -> Option<(Topic, Option<usize>)> {
    if !super::super::dates::is_anniversary(date.stated) {
        return None;
    }
    let words = &tokens[date.last..tokens.len().min(date.last + 7)];
    let pair = |a: &str, b: &str| words.windows(2).position(|w| w[0].is(a) && w[1].is(b));
    if let Some(at) = pair("strategic", "partnership") {
        return Some((Topic::ComprehensiveStrategicPartnership, Some(date.last + at + 1)));
    }
    if let Some(at) = pair("comprehensive", "partnership") {
        return Some((Topic::ComprehensivePartnership, Some(date.last + at + 1)));
    }
    pair("diplomatic", "relations").or_else(|| pair("diplomatic", "ties")).map(|at| (Topic::Normalization, Some(date.last + at)))
}

/// Heads of a pact's name that a year may be written into: "the 2001 bilateral trade agreement".
const PACTS: [&str; 8] = ["agreement", "memorandum", "mou", "treaty", "accord", "pact", "statement", "partnership"];

/// "the 2013 U.S.-Vietnam Comprehensive Partnership", "a benefit of the 2001 bilateral trade
/// agreement": a year written into a pact's name is the year the pact was made. Only a bare
/// year after "the", and only words of the name between it and the pact's head.
pub(super) fn named_by_year(tokens: &[Token], date: &DateMention) -> Option<(Topic, Option<usize>)> {
    let bare_year = matches!(date.stated, super::super::dates::Stated::Calendar { year: Some(_), month: 0, day: 0, end: None });
    if !bare_year || date.last != date.first + 1 || date.first == 0 || !tokens[date.first - 1].is("the") {
        return None;
    }
    const NOT_OF_A_NAME: [&str; 14] = ["was", "is", "were", "are", "to", "of", "in", "on", "and", "that", "which", "with", "for", "by"];
    let head = (date.last..tokens.len().min(date.last + 6))
        .take_while(|&k| !tokens[k].is_any(&NOT_OF_A_NAME) && !tokens[k].is_any(&[",", ";", "("]))
        .find(|&k| tokens[k].is_any(&PACTS))?;
    let words = &tokens[date.last..head];
    let topic = if tokens[head].is("partnership") {
        match (words.iter().any(|t| t.is("comprehensive")), words.iter().any(|t| t.is("strategic"))) {
            (true, true) => Topic::ComprehensiveStrategicPartnership,
            (true, false) => Topic::ComprehensivePartnership,
            _ => return None,
        }
    } else {
        Topic::Signed(object_key(tokens, date.last, head + 1))
    };
    Some((topic, Some(date.first)))
}

/// Where the pact named right before "signed" at `i` starts, when a date follows the
/// participle ("the Joint Vision Statement signed in July 2015", "an agreement signed
/// yesterday"); not "the two sides signed in Hanoi".
pub(crate) fn pact_before_participle(tokens: &[Token], i: usize) -> Option<usize> {
    let next = tokens.get(i + 1);
    let date_after = next.is_some_and(|t| t.is_any(&["yesterday", "today", "last"]))
        || (next.is_some_and(|t| t.is_any(&["in", "on", "during"])) && tokens.get(i + 2).is_some_and(|t| t.integer().is_some() || super::super::text::month_number(&t.folded).is_some()));
    (i > 0 && tokens[i - 1].is_any(&PACTS) && date_after).then(|| super::keys::antecedent_start(tokens, i))
}

/// Verbs of discussing, whose object may run long before "over the phone".
const DISCUSSED: [&str; 4] = ["discussed", "discusses", "exchanged", "exchanges"];

/// Verbs of speaking that a call by phone is told with.
const SPOKE: [&str; 7] = ["spoke", "speaks", "talked", "talks", "spoken", "conversed", "chatted"];

/// "a Comprehensive Strategic Partnership that the countries agreed on in 2023": a relative
/// clause right after the pact's name tells its founding.
fn founded_in_relative_clause(tokens: &[Token], i: usize, to: usize) -> bool {
    let to = to.min(tokens.len());
    tokens.get(i + 1).is_some_and(|t| t.is_any(&["that", "which"]))
        && tokens[(i + 2).min(to)..to.min(i + 8)].iter().any(|t| t.is_any(&FOUNDING) || t.is_any(&["agreed", "signed", "reached"]))
}

/// Verbs and nouns of examining, which remains are put to before they are identified.
const EXAMINING: [&str; 8] = ["examined", "examine", "examines", "examining", "examination", "analyzed", "analysed", "analysis"];

/// Words of handing remains over, which make an examination part of the hand-over's clause.
const HANDING_OVER: [&str; 7] = ["handed", "hands", "handover", "hand-over", "repatriated", "repatriation", "returned"];

/// "by phone", "over the phone": the way two people spoke.
fn by_phone(tokens: &[Token], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).map(|j| &tokens[j]);
    before(1).is_some_and(|t| t.is_any(&["by", "over"])) || (before(1).is_some_and(|t| t.is("the")) && before(2).is_some_and(|t| t.is("over")))
}

/// Past participles that found relations: "relations were established".
const FOUNDED: [&str; 7] = ["established", "restored", "reestablished", "re-established", "normalized", "normalised", "resumed"];

/// "relations were established", "ties had been restored": the word at `i` is the subject of a
/// passive whose participle is one of `participles`, within the clause.
fn is_passive_of(tokens: &[Token], i: usize, to: usize, participles: &[&str]) -> bool {
    let words = &tokens[i + 1..to.min(tokens.len()).min(i + 4).max(i + 1)];
    words.first().is_some_and(|t| t.is_any(&["were", "was", "had", "have", "has", "been"]))
        && words.iter().position(|t| t.is_any(participles)).is_some_and(|at| words[..at].iter().all(|t| t.is_any(&["were", "was", "had", "have", "has", "been", "formally", "officially", "fully"])))
}

/// Nouns of deeds and decisions, which a welcome may be given to instead of a guest.
const WELCOMED_THINGS: [&str; 16] = [
    "agreement", "agreements", "decision", "decisions", "upgrade", "upgrading", "elevation", "results", "outcome", "outcomes",
    "progress", "development", "developments", "announcement", "deal", "move",
];

/// "welcomed the agreement", "welcomes the positive developments": the object of the welcome,
/// within its first three words, is a deed or a decision.
fn welcomes_a_thing(tokens: &[Token], i: usize) -> bool {
    tokens.iter().skip(i + 1).take(3).take_while(|t| t.kind == Kind::Word).any(|t| t.is_any(&WELCOMED_THINGS))
}

/// Words just after "anniversary of" name what is celebrated, not what happens.
pub(super) fn after_anniversary(tokens: &[Token], i: usize) -> bool {
    tokens[i.saturating_sub(6)..i].iter().any(|t| t.is("anniversary"))
}

pub(super) fn trigger_at(tokens: &[Token], i: usize, from: usize, to: usize) -> Option<Topic> {
    let t = &tokens[i];
    let word = t.folded.as_str();
    let next = tokens.get(i + 1).map(|t| t.folded.as_str()).unwrap_or("");
    let window = |before: usize, after: usize, words: &[&str]| {
        let lo = i.saturating_sub(before).max(from);
        let hi = (i + after + 1).min(to).min(tokens.len());
        tokens[lo..hi].iter().any(|t| t.is_any(words))
    };
    match word {
        "signed" | "sign" | "signing" | "inked" if !senses::is_noun_sign(tokens, i) => {
            // A statement that sets up a partnership is told as the partnership.
            let object = &tokens[i + 1..to.min(tokens.len()).min(i + 12)];
            if object.windows(2).any(|w| w[0].is("comprehensive") && w[1].is("strategic")) {
                return Some(Topic::ComprehensiveStrategicPartnership);
            }
            // "the joint statement on the Comprehensive Partnership signed in July 2013": a pact
            // named before its participle, which a date follows.
            let key = match pact_before_participle(tokens, i) {
                Some(start) => super::keys::head_key(tokens, start, i),
                None => object_key(tokens, i + 1, to),
            };
            // "VietJet Air also signed another $3.04 billion contract", "companies signed
            // contracts to purchase US wind turbines": business deals, not acts of the states.
            let contract = object.iter().take_while(|t| !t.is_any(&[",", ";", "with", "to", "for"])).any(|t| t.is_any(&["contract", "contracts"]));
            (!key.is_empty() && !contract).then_some(Topic::Signed(key))
        }
        "took" | "take" | "takes" | "came" | "comes" | "entered" | "enters" | "went" | "goes" | "go" | "going" | "put"
            if next == "effect" || (next == "into" && tokens.get(i + 2).is_some_and(|t| t.is_any(&["force", "effect"]))) =>
        {
            let key = subject_key(tokens, from, i);
            (!key.is_empty()).then_some(Topic::InForce(key))
        }
        // The noun: "Since entry into force of the U.S.-Vietnam Bilateral Trade Agreement on
        // December 10, 2001", "the BTA's entry into force".
        "entry" if next == "into" && tokens.get(i + 2).is_some_and(|t| t.is("force")) => {
            let key = if tokens.get(i + 3).is_some_and(|t| t.is("of")) { object_key(tokens, i + 4, to) } else { subject_key(tokens, from, i) };
            (!key.is_empty()).then_some(Topic::InForce(key))
        }
        "partnership" if i > 1 && tokens[i - 1].is("strategic") && tokens[i - 2].is("comprehensive") => {
            (window(12, 0, &FOUNDING) || founded_in_relative_clause(tokens, i, to)).then_some(Topic::ComprehensiveStrategicPartnership)
        }
        "partnership" if i > 0 && tokens[i - 1].is("comprehensive") => {
            (window(9, 0, &FOUNDING) || founded_in_relative_clause(tokens, i, to)).then_some(Topic::ComprehensivePartnership)
        }
        // A "roadmap for phased normalization" or "steps toward normalizing" is a plan, not
        // the normalization: such a clause is told in its own words (`acts`).
        // Normalized trade (PNTR) is a trade act (`acts`), not the normalization of relations.
        "normalized" | "normalised" | "normalization" | "normalisation" | "normalize" | "normalizing" | "normalising" | "normalise" => {
            // "first negotiated the normalization of bilateral relations": talks about it.
            let planned = window(6, 0, &["roadmap", "toward", "towards", "steps", "plan", "phased", "ready", "process", "road", "talks", "negotiations", "negotiated", "negotiate", "negotiating"]);
            let of_trade = window(0, 2, &["trade"]) || window(2, 0, &["trade"]);
            // "the relationship has been virtually normalized": a state told with a hedge.
            let hedged = window(1, 0, &["virtually", "essentially", "largely", "nearly", "almost", "mostly"]);
            (!planned && !of_trade && !hedged).then_some(Topic::Normalization)
        }
        "diplomatic" if next == "relations" && window(4, 0, &["established", "establish"]) => Some(Topic::Normalization),
        "restored" | "reestablished" | "re-established" if window(5, 0, &["relations", "ties"]) && !window(6, 0, &["trade", "economic", "military", "defense"]) => {
            Some(Topic::Normalization)
        }
        // "since diplomatic relations were established 16 years ago": the passive, told after.
        "relations" | "ties" if is_passive_of(tokens, i, to, &FOUNDED) && !window(3, 0, &["trade", "economic", "military", "defense", "commercial"]) => {
            Some(Topic::Normalization)
        }
        // "since the establishment of bilateral relations in 1995"; not trade relations.
        // Not "further progress in establishing relations" or "efforts to establish ties":
        // a process, not the act.
        "relations" | "ties"
            if window(4, 0, &["establishment", "established", "establish", "establishing"])
                && !window(3, 0, &["trade", "economic", "military", "defense", "commercial"])
                && !window(5, 0, &["progress", "efforts", "effort", "toward", "towards", "process", "steps"]) =>
        {
            Some(Topic::Normalization)
        }
        // "ties were restored in 1995", "restored full diplomatic relations".
        "relations" | "ties"
            if window(4, 3, &["restored", "restore", "restores", "reestablished", "reestablish", "re-established", "resumed"])
                && !window(3, 0, &["trade", "economic", "military", "defense"]) =>
        {
            Some(Topic::Normalization)
        }
        "phone" | "telephone" if matches!(next, "talks" | "conversation" | "call" | "talk") => Some(Topic::PhoneTalks),
        // "Trump spoke to Prime Minister Phuc by phone": a verb of speaking done by phone.
        "phone" | "telephone" if by_phone(tokens, i) && window(8, 0, &SPOKE) => Some(Topic::PhoneTalks),
        // "Son and Blinken discussed ways to boost relations, regional and international issues
        // over the phone on Friday": a verb of discussing anywhere before, in the clause.
        "phone" | "telephone" if by_phone(tokens, i) && tokens[from.min(i)..i].iter().any(|t| t.is_any(&DISCUSSED)) => Some(Topic::PhoneTalks),
        "embargo" => Some(Topic::Embargo { trade: window(3, 0, &["trade", "economic"]) }),
        "embassies" | "embassy" if window(4, 4, &["opened", "open", "opening", "opens"]) => Some(Topic::Embassies),
        // A ship's visit is a port call (`acts`), not a person's trip.
        "visit" | "visited" | "visits" | "visiting" | "trip" | "tour" => (!senses::is_ship_visit(tokens, i, from)).then_some(Topic::Visit),
        "came" | "come" | "travelled" | "traveled" if next == "to" => Some(Topic::Visit),
        // "It's a pleasure to welcome Foreign Minister Cam to the United States": a guest's visit.
        "welcome" if super::visits::welcomes_a_guest(tokens, i) => Some(Topic::Visit),
        // A ship's arrival is a port call (`acts`), not a person's visit.
        // "arrived in Hanoi", "arrived Friday in Vietnam".
        "arrived" | "arrives" | "arriving" if tokens[i + 1..(i + 4).min(to).max(i + 1)].iter().any(|t| t.is_any(&["in", "at"])) => {
            (!window(8, 0, &["carrier", "warship", "destroyer", "frigate", "cutter", "vessel", "ship", "uss", "usns", "uscgc", "navy"])).then_some(Topic::Visit)
        }
        // "forensic experts examined the remains on December 5", "The remains, recovered off
        // the coast …, were examined by … on July 23": remains examined are a step of the
        // hand-over told beside it, not a happening of their own, unless the clause hands them
        // over too.
        "remains" if window(12, 20, &EXAMINING) && !window(12, 20, &HANDING_OVER) => None,
        // The joint searches for missing Americans are numbered "Joint Field Activities", each
        // told with its own days: "a set of remains which was recovered during the 139st Joint
        // Field Activities from May 5 to June 23, 2020".
        "field" if i > 0 && tokens[i - 1].is("joint") && next.starts_with("activit") => Some(Topic::WarLegacy),
        "mine" | "dioxin" | "decontamination" | "detoxification" | "remains" | "mia" | "bombs" | "ordnance" | "uxo" => {
            Some(Topic::WarLegacy)
        }
        "dialogue" if window(3, 0, &["defense", "defence", "security"]) => Some(Topic::DefenseDialogue),
        "climate" if window(0, 6, &["project", "programme", "program"]) => Some(Topic::Climate),
        // "held phone talks with": talks by phone are the phone talks above, not a meeting too.
        "talks" if i > 0 && tokens[i - 1].is_any(&["phone", "telephone"]) => None,
        // "held talks with", "hosted Trong": a meeting, told by its people; "talks between
        // Trong and Biden", "had a talk": the noun of a meeting held.
        "talks" if window(2, 2, &["held", "hold", "holds", "with", "between"]) || window(3, 0, &["had"]) => Some(Topic::Meeting),
        "talk" if i > 0 && tokens[i - 1].is_any(&["a", "their"]) && window(3, 0, &["had", "held"]) => Some(Topic::Meeting),
        "hosted" | "hosts" | "hosting" if window(0, 6, &["at", "for", "in"]) => Some(Topic::Meeting),
        // "welcomed the agreement reached by the two countries' negotiating teams": a welcome
        // given to a deed or a decision is no meeting; one given to a person is.
        "welcoming" | "welcomed" | "welcomes" if welcomes_a_thing(tokens, i) => None,
        "received" | "receives" | "receiving" | "reception" | "welcoming" | "welcomed" | "welcomes" | "met" | "meets" => {
            Some(Topic::Meeting)
        }
        // "Biden on Wednesday sat down with General Secretary To Lam": a meeting.
        "sat" | "sits" if next == "down" && tokens.get(i + 2).is_some_and(|t| t.is("with")) => Some(Topic::Meeting),
        "greetings" | "congratulations" => Some(Topic::Greetings),
        _ => None,
    }
}
