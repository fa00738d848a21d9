//! Short human titles for event candidates: "Bill Clinton visits Vietnam, the first US
//! president to do so", "Vietnam and the US sign the Bilateral Trade Agreement (BTA)", or the
//! clause itself without its date words.

use super::events::{pact_before_participle, reduced_relative, DatedMention, SentenceView, Topic};
use super::people::Entry;
use super::text::{capitalized, Kind};
use crate::model::{Country, Direction};

mod acronyms;
pub(super) use acronyms::{acronyms, expand_acronyms};

/// A short human title for the candidate.
#[allow(clippy::too_many_arguments)]
pub(super) fn title(
    view: &SentenceView,
    topic: &Topic,
    actors: &[usize],
    visitor: Option<usize>,
    direction: Option<Direction>,
    first: bool,
    (from, to): (usize, usize),
    trigger: Option<usize>,
    dated: &DatedMention,
) -> String {
    let name = |i: usize| view.names.get(i).cloned().unwrap_or_default();
    let role = |i: usize| view.registry.get(i).and_then(Entry::role);
    let place = match direction {
        Some(Direction::UsToVietnam) => "Vietnam",
        Some(Direction::VietnamToUs) => "the US",
        None => "",
    };
    match topic {
        Topic::Visit => {
            let Some(v) = visitor else { return clause_title(view, from, to, trigger, dated) };
            let mut title = if place.is_empty() { format!("{} makes a visit", name(v)) } else { format!("{} visits {place}", name(v)) };
            if first {
                if let Some(role) = role(v) {
                    let country = match view.registry[v].country {
                        Some(Country::Us) => "US ",
                        Some(Country::Vietnam) => "Vietnamese ",
                        _ => "",
                    };
                    let role = role.to_ascii_lowercase().replace("general secretary", "Party General Secretary");
                    title.push_str(&format!(", the first {country}{role} to do so"));
                }
            }
            title
        }
        // "U.S. President Clinton announced the normalization of diplomatic relations", "On July
        // 12, Prime Minister Vo Van Kiet announced the establishment of diplomatic relations":
        // who announced it, as the sentence says.
        Topic::Normalization if trigger.is_some_and(|t| announced_by_name(view, from, t).is_some()) => {
            let start = trigger.and_then(|t| announced_by_name(view, from, t)).unwrap_or(from);
            capitalized(&words_between(view, start, to, Some(dated)))
        }
        Topic::Normalization => "Vietnam and the US normalize diplomatic relations".to_string(),
        Topic::Embassies => "Vietnam and the US open embassies".to_string(),
        // "the joint statement on the Comprehensive Partnership signed in July 2013": the pact.
        Topic::Signed(_) if trigger.and_then(|t| pact_before_participle(view.tokens, t)).is_some() => trigger
            .and_then(|t| Some(capitalized(&format!("{} signed", words_between(view, pact_before_participle(view.tokens, t)?, t, Some(dated))))))
            .unwrap_or_default(),
        Topic::Signed(_) => match trigger.map(|t| phrase_after(view, t + 1, to)) {
            Some(object) if !object.is_empty() => {
                let subject = trigger.map(|t| named_subject(view, from, t)).unwrap_or_default();
                // The people who sign are named before the verb: "Christopher and Cam signed".
                let before = &view.tokens[from..trigger.unwrap_or(from)];
                let signers: Vec<usize> = actors
                    .iter()
                    .copied()
                    .filter(|&a| view.registry.get(a).is_some_and(|e| before.iter().any(|t| t.is(e.last_word()))))
                    .collect();
                let (who, verb) = match (signers.len(), subject.is_empty()) {
                    (1, _) => (name(signers[0]), "signs"),
                    (2, _) => (format!("{} and {}", name(signers[0]), name(signers[1])), "sign"),
                    (_, false) => (subject, "signs"),
                    _ => ("Vietnam and the US".to_string(), "sign"),
                };
                format!("{who} {verb} {object}")
            }
            _ => clause_title(view, from, to, trigger, dated),
        },
        // The subject starts after the date words: "On December 10, 2001, the BTA took effect".
        // "entry into force of the Bilateral Trade Agreement": what takes effect follows.
        Topic::InForce(_) if trigger.is_some_and(|t| view.tokens[t].is("entry") && view.tokens.get(t + 3).is_some_and(|o| o.is("of"))) => {
            let object = trigger.map(|t| phrase_after(view, t + 4, to)).unwrap_or_default();
            match ["the ", "a ", "an "].iter().find_map(|a| object.strip_prefix(a)).unwrap_or(&object) {
                object if !object.is_empty() => format!("{} takes effect", capitalized(object)),
                _ => clause_title(view, from, to, trigger, dated),
            }
        }
        Topic::InForce(_) => match trigger.map(|t| subject_phrase(view, from.max(if dated.mention.last <= t { dated.mention.last } else { from }), t)) {
            Some(subject) if !subject.is_empty() => format!("{} takes effect", capitalized(&subject)),
            _ => clause_title(view, from, to, trigger, dated),
        },
        Topic::Greetings if actors.len() >= 2 => {
            let (sender, receiver) = host_and_guest(view, actors);
            format!("{} sends greetings to {}", name(sender), name(receiver))
        }
        Topic::ComprehensiveStrategicPartnership => "Vietnam and the US upgrade ties to a Comprehensive Strategic Partnership".to_string(),
        Topic::ComprehensivePartnership => match visitor {
            Some(v) => format!("Comprehensive Partnership established during {}'s visit to the US", name(v)),
            None => "Vietnam and the US establish a Comprehensive Partnership".to_string(),
        },
        Topic::PhoneTalks if actors.len() >= 2 => format!("{} and {} hold phone talks", name(actors[0]), name(actors[1])),
        Topic::PhoneTalks if actors.len() == 1 => format!("{} holds phone talks", name(actors[0])),
        Topic::Meeting if actors.len() >= 2 => {
            const RECEIVING: [&str; 6] = ["reception", "received", "receives", "welcoming", "welcomed", "welcomes"];
            let verb = (from..to.min(view.tokens.len())).find(|&i| view.tokens[i].is_any(&RECEIVING));
            let (host, guest) = verb.and_then(|r| receiver_and_received(view, actors, r)).unwrap_or_else(|| host_and_guest(view, actors));
            let receiving = verb.is_some();
            if receiving {
                format!("{} receives {}", name(host), name(guest))
            } else {
                format!("{} meets {}", name(host), name(guest))
            }
        }
        // "recovered during the 139st Joint Field Activities from May 5 to June 23": the search
        // is named by its own words, whatever clause holds them.
        Topic::WarLegacy if trigger.is_some_and(|t| view.tokens[t].is("field")) => match trigger.and_then(|t| field_activity(view, t)) {
            Some(name) => name,
            None => clause_title(view, from, to, trigger, dated),
        },
        _ => clause_title(view, from, to, trigger, dated),
    }
}

/// Whether a person named just before a verb of announcing, in `tokens[from..trigger]`, is its
/// subject: "Prime Minister Vo Van Kiet announced the establishment of diplomatic relations";
/// not "Bill Clinton, who officially announced the normalization" (a relative clause).
/// Returns where the announcer's name (with its title) starts.
fn announced_by_name(view: &SentenceView, from: usize, trigger: usize) -> Option<usize> {
    let tokens = view.tokens;
    (from..trigger).filter(|&v| tokens[v].is_any(&["announced", "announces", "declared", "declares", "proclaimed"])).find_map(|v| {
        let m = view.people.iter().find(|m| m.first >= from && m.last <= v && tokens[m.last..v].iter().all(|t| t.kind == Kind::Word && t.folded.as_str().ends_with("ly")))?;
        // The title before the name: "Vietnamese Prime Minister Vo Van Kiet".
        let title = (from..m.first).rev().take_while(|&k| tokens[k].kind == Kind::Word && tokens[k].capitalized).last().unwrap_or(m.first);
        Some(title)
    })
}

/// The Vietnamese side receives the American guest in Vietnam, and the other way round.
/// "President George W. Bush welcomed Prime Minister Nguyen Tan Dung to the White House": the
/// one named before a verb of receiving (`at`) in the active voice is the host, the one after
/// it the guest, whichever side each is of.
fn receiver_and_received(view: &SentenceView, actors: &[usize], at: usize) -> Option<(usize, usize)> {
    if at > 0 && view.tokens[at - 1].is_any(&["was", "were", "been", "be", "being"]) {
        return None;
    }
    let named = |a: usize, before: bool| view.people.iter().any(|p| p.person == a && if before { p.last <= at } else { p.first > at });
    let host = actors.iter().copied().find(|&a| named(a, true))?;
    let guest = actors.iter().copied().find(|&a| a != host && named(a, false))?;
    Some((host, guest))
}

fn host_and_guest(view: &SentenceView, actors: &[usize]) -> (usize, usize) {
    let vietnamese = actors.iter().copied().find(|a| view.registry.get(*a).is_some_and(|e| e.country == Some(Country::Vietnam)));
    let american = actors.iter().copied().find(|a| view.registry.get(*a).is_some_and(|e| e.country == Some(Country::Us)));
    match (vietnamese, american) {
        (Some(v), Some(a)) => (v, a),
        _ => (actors[0], actors[1]),
    }
}

/// The words of `tokens[from..to]` as written, stopping at a comma, "which" or the end;
/// date words are left out.
fn words_between(view: &SentenceView, from: usize, to: usize, dated: Option<&DatedMention>) -> String {
    let tokens = view.tokens;
    let to = to.min(tokens.len());
    let (date_first, date_last) = dated.map(|d| (d.mention.first, d.mention.last)).unwrap_or((usize::MAX, usize::MAX));
    // Spans, so punctuation glued to a word stays glued: "(BTA)", "Vietnam-US".
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut i = from;
    while i < to {
        let t = &tokens[i];
        // "opened at the end of 2016": the preposition and article go with the date.
        let before_date = (i + 1 == date_first && t.is_any(&["in", "on", "since", "for", "by", "during"]))
            || (i + 2 == date_first && t.is_any(&["in", "at", "by", "until", "since", "from", "during"]) && tokens[i + 1].is("the"));
        if before_date || (i >= date_first && i < date_last) {
            i = date_last.max(i + 1);
            if tokens.get(i).is_some_and(|t| t.is("period")) {
                i += 1;
            }
            // "in January of that year", "in May of the same year": the year told before.
            if tokens.get(i..i + 3).is_some_and(|w| w[0].is("of") && w[1].is_any(&["that", "the"]) && w[2].is_any(&["year", "same"])) {
                i += if tokens[i + 2].is("same") { 4 } else { 3 };
            }
            continue;
        }
        // Another date's reduced relative clause is an aside: "their Liaison Offices [opened
        // during January 1995] to embassy status".
        if dated.is_some() {
            if let Some(other) = view.dates.iter().find(|d| d.mention.first == i + 2 && d.mention.first != date_first && reduced_relative(tokens, &d.mention).is_some_and(|(_, p)| p == i)) {
                i = other.mention.last;
                continue;
            }
        }
        // A relative clause set off by commas is an aside: "both nations upgraded their
        // liaison offices[, which had opened in January of that year,] to embassy status".
        if t.is(",") && tokens.get(i + 1).is_some_and(|n| n.is_any(&["which", "who"])) && !words.is_empty() {
            if let Some(close) = (i + 2..to).find(|&k| tokens[k].is_any(&[",", ";"])).filter(|&k| tokens[k].is(",")) {
                i = close + 1;
                continue;
            }
        }
        // An aside between dashes ("the Fulbright University Vietnam - Vietnam's first
        // independent higher education institution - was announced") is left out.
        let dash = |k: usize| tokens.get(k).is_some_and(|t| t.is_any(&["-", "–", "—", "--"]));
        // "--" may be two tokens: a run of dashes is one.
        let run_end = |k: usize| (k..to).find(|&j| !dash(j)).unwrap_or(to);
        if dash(i) && !words.is_empty() && i > 0 && t.start > tokens[i - 1].end && tokens.get(run_end(i)).is_some_and(|n| n.start > tokens[run_end(i) - 1].end) {
            let open_end = run_end(i);
            if let Some(close) = (open_end + 1..to.min(open_end + 16)).find(|&k| dash(k) && tokens[k].start > tokens[k - 1].end) {
                i = run_end(close);
                continue;
            }
        }
        // An aside in brackets ("(amended in 2006)") is left out; an acronym ("(BTA)") stays;
        // a bracket the text never closes ends the title.
        if t.is("(") {
            match (i + 1..to).find(|&k| tokens[k].is(")")) {
                Some(close) if close > i + 2 => {
                    i = close + 1;
                    continue;
                }
                Some(_) => {}
                None if i + 1 >= to || !tokens[i + 1..to].iter().any(|t| t.is(")")) && tokens.len() <= to => break,
                None => {}
            }
        }
        // A period inside a sentence is an initial or an abbreviation ("William J. Clinton",
        // "the U.S. trade embargo"), never the clause's end.
        let period_ends = t.is(".") && i + 1 == tokens.len();
        // A long title ends at 18 words, but not inside a name: "…to implement the U.S.-Vietnam
        // Bilateral Trade Agreement".
        let in_name = t.capitalized && words.len() < 23;
        if t.is_any(&[",", ";", "which", "who", "when"]) || period_ends || (words.len() >= 18 && !in_name) {
            break;
        }
        match words.last_mut() {
            Some(last) if last.1 == t.start && !t.is("(") => last.1 = t.end,
            _ => words.push((t.start, t.end)),
        }
        i += 1;
    }
    // No dangling "for", "the", "of" at the end.
    while words.last().is_some_and(|&(s, e)| matches!(crate::extract::text::fold(&view.text[s..e]).as_str(), "for" | "the" | "of" | "in" | "on" | "at" | "a" | "an" | "and" | "to")) {
        words.pop();
    }
    // "The foreign minister and I were able to break ground": in a speaker's turn, "I" is
    // written as the speaker's name (`people::add_speakers`).
    let speaker_at = |s: usize| view.people.iter().find(|m| tokens.get(m.first).is_some_and(|t| t.start == s)).and_then(|m| view.names.get(m.person));
    words
        .iter()
        .map(|&(s, e)| match (&view.text[s..e], speaker_at(s)) {
            ("I", Some(name)) => name.clone(),
            ("my" | "My", Some(name)) => format!("{name}'s"),
            (word, _) => word.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// What was signed in `tokens[from..to]`, as a title says it: "a Civil Aviation Agreement".
pub(super) fn signed_object(view: &SentenceView, from: usize, to: usize) -> String {
    phrase_after(view, from, to)
}

/// What was signed: the words after "signed", without the article.
fn phrase_after(view: &SentenceView, from: usize, to: usize) -> String {
    let mut i = from;
    // "the signing of the trade agreement": the name starts after "of".
    if view.tokens.get(i).is_some_and(|t| t.is("of")) {
        i += 1;
    }
    let from = i;
    while view.tokens.get(i).is_some_and(|t| t.is_any(&["a", "an", "the"])) {
        i += 1;
    }
    let article = if i > from { &view.text[view.tokens[from].start..view.tokens[i - 1].end] } else { "" };
    // The name ends before "with Vietnam", "in 2020", "to open…".
    let date_at = |k: usize| view.dates.iter().any(|d| d.mention.first == k || (d.mention.first == k + 1 && view.tokens[k].is_any(&["on", "in", "since"])));
    // Words in brackets are an aside ("a Counternarcotics Letter of Agreement (amended in
    // 2006)"); a relative clause ("a bilateral trade agreement that went into force") or the
    // next item of a list tells something else.
    // A bare "an agreement that will allow the Peace Corps…" is told by its clause.
    let in_brackets = |k: usize| bracket_depth(view.tokens, i, k) > 0;
    let relative = |k: usize| view.tokens[k].is_any(&["that", "which"]) && k >= i + 2;
    let mut end = (i..to.min(view.tokens.len()))
        .find(|&k| !in_brackets(k) && (view.tokens[k].is_any(&["with", "in", "to", "at", "during", "between", ","]) || relative(k) || date_at(k)))
        .unwrap_or(to);
    // "sign accord in Hanoi for Vietnam to repay debts of US$145 million": a pact named by a
    // bare noun is told by what it is for, to the end of the clause.
    if end == i + 1 && view.tokens[i].is_any(&["accord", "agreement", "pact", "deal", "memorandum"]) {
        let purpose = (end..to.min(view.tokens.len()).min(end + 4)).find(|&k| view.tokens[k].is_any(&["for", "on"]) && !date_at(k));
        if let Some(p) = purpose {
            end = (p..to.min(view.tokens.len())).find(|&k| view.tokens[k].is_any(&[",", ";"]) || date_at(k)).unwrap_or(to);
        }
    }
    let object = words_between(view, i, end, None);
    if object.is_empty() {
        return object;
    }
    if article.is_empty() { object } else { format!("{} {object}", article.to_ascii_lowercase()) }
}

/// How many brackets are open at token `k`, counting from `from`.
fn bracket_depth(tokens: &[super::text::Token], from: usize, k: usize) -> i32 {
    tokens[from..k].iter().fold(0, |depth, t| if t.is("(") { depth + 1 } else if t.is(")") { (depth - 1).max(0) } else { depth })
}

/// A named subject just before the verb: "The Peace Corps signed" → "The Peace Corps"; empty
/// for "the two countries", a pronoun ("They signed") and other subjects that name no one.
fn named_subject(view: &SentenceView, from: usize, verb: usize) -> String {
    let tokens = view.tokens;
    let mut start = verb;
    while start > from && start + 5 > verb && tokens[start - 1].kind == Kind::Word && !tokens[start - 1].is_any(&["in", "on", "since", "and"]) {
        start -= 1;
    }
    let words = &tokens[start..verb];
    const NO_ONE: [&str; 13] = ["the", "vietnam", "us", "united", "states", "vietnamese", "american", "they", "we", "it", "he", "she", "i"];
    let names_someone = words.iter().any(|t| t.capitalized && !t.is_any(&NO_ONE));
    if words.is_empty() || !names_someone {
        return String::new();
    }
    view.text[words[0].start..words[words.len() - 1].end].to_string()
}

/// What takes effect: the capitalized subject before "took effect", "the" dropped.
fn subject_phrase(view: &SentenceView, from: usize, verb: usize) -> String {
    let tokens = view.tokens;
    if let Some(start) = (from..verb).find(|&i| tokens[i].capitalized && !tokens[i].is_any(&["since", "when", "after", "the", "in", "on"])) {
        return words_between(view, start, verb, None);
    }
    // "a bilateral trade agreement that went into force": what the clause says of.
    match super::events::relative_subject(tokens, from, verb) {
        Some(start) => {
            let pronoun = (start..verb).find(|&i| tokens[i].is_any(&["that", "which"])).unwrap_or(verb);
            words_between(view, start, pronoun, None)
        }
        None => String::new(),
    }
}


/// "the 139st Joint Field Activities": a joint field activity named from its ordinal to its
/// last word, for the `field` of "joint field activit…" at `field`.
fn field_activity(view: &SentenceView, field: usize) -> Option<String> {
    let tokens = view.tokens;
    let joint = field.checked_sub(1)?;
    let last = field + 1;
    tokens.get(last).filter(|t| t.folded.as_str().starts_with("activit"))?;
    // "the 139st", "the 159th": the ordinal goes with the name.
    let ordinal = |t: &super::text::Token| t.integer().is_some() || t.folded.as_bytes().first().is_some_and(u8::is_ascii_digit);
    let first = if joint > 0 && ordinal(&tokens[joint - 1]) { joint - 1 } else { joint };
    Some(capitalized(&words_between(view, first, last + 1, None)))
}

/// The clause itself, without its date words: "The US completely lifted the arms embargo".
/// A fronted date ("In 2014, …", "since 2013, …") is followed by the main clause; otherwise
/// the clause is the comma-delimited stretch around the trigger.
/// Words that open a phrase of background before an item's subject ("Under the Bush
/// Administration, Washington presents…").
const BACKGROUND: [&str; 7] = ["under", "after", "following", "during", "amid", "despite", "upon"];

fn clause_title(view: &SentenceView, from: usize, to: usize, trigger: Option<usize>, dated: &DatedMention) -> String {
    let tokens = view.tokens;
    let to = to.min(tokens.len());
    // Fronted only when the date opens its clause: "arrived in Hanoi on Friday, proclaiming a
    // new era" is titled by what comes before the date.
    let clause_start = (from..dated.mention.first.min(to)).rev().find(|&i| tokens[i].is_any(&[",", ";"])).map_or(from, |i| i + 1);
    let opens_clause = tokens[clause_start.min(dated.mention.first)..dated.mention.first].iter().all(|t| t.kind != Kind::Word || t.is_any(&OPENING_DATE));
    let fronted = opens_clause && tokens.get(dated.mention.last).is_some_and(|t| t.is(","));
    // "In 1994, with the support of Congress, I lifted the embargo": the clause of the
    // trigger, when a fronted date is followed by a side phrase.
    let comma_before_trigger = trigger.and_then(|t| (dated.mention.last + 1..t.min(to)).rev().find(|&i| tokens[i].is(",")));
    let start = if fronted {
        comma_before_trigger.map_or(dated.mention.last + 1, |c| c + 1)
    } else {
        let anchor = trigger.unwrap_or(dated.mention.first).min(to.saturating_sub(1));
        (from..anchor).rev().find(|&i| tokens[i].is_any(&[",", ";"])).map(|i| i + 1).unwrap_or(from)
    };
    let mut start = start;
    // A chronology line "1994 - February 3: …" starts after its colon, and "April 1991 – The
    // Bush administration presents…" after its dash, wherever its trigger stands.
    if let Some(colon) = (start..to.min(dated.mention.last + 3)).find(|&k| tokens[k].is(":")) {
        start = start.max(colon + 1);
    }
    if dated.mention.first == 0 && tokens.get(dated.mention.last).is_some_and(|t| t.is_any(&["-", "–", "—", ":"])) {
        start = dated.mention.last + 1;
        // "1991 April – Under the Bush Administration, Washington presents Hanoi with a
        // roadmap": who did what follows the phrase of background, past its comma.
        if tokens.get(start).is_some_and(|t| t.capitalized && t.is_any(&BACKGROUND)) {
            start = (start..to).find(|&k| tokens[k].is(",")).map_or(start, |k| k + 1);
        }
    }
    while tokens.get(start).is_some_and(|t| t.is_any(&["and", "but", "notably", "also", "-", "–", "—", "--", ":"]) || t.integer().is_some()) {
        start += 1;
    }
    // The tail of a wire dateline: "HANOI, Vietnam - An American warship made…" starts after
    // its dash.
    if let Some(dash) = (start + 1..to.min(start + 4)).find(|&k| tokens[k].is_any(&["-", "–", "—", "--"])) {
        if tokens[start..dash].iter().all(|t| t.kind == Kind::Word && t.capitalized) && start > from && tokens[start - 1].is(",") {
            start = dash + 1;
            while tokens.get(start).is_some_and(|t| t.is_any(&["-", "–", "—", "--"])) {
                start += 1;
            }
        }
    }
    if let Some(title) = relative_title(view, from, to, dated) {
        return title;
    }
    if let Some(title) = gerund_title(view, from, to, dated) {
        return title;
    }
    // A wire dateline opening the sentence is no part of what happened: "Hanoi (VNA) - The US
    // Agency for International Development has presented…".
    if let Some(dash) = (start..to.min(start + 7)).find(|&k| tokens[k].is_any(&["-", "–", "—"])) {
        let place = &tokens[start..dash];
        let outlet = place.len() >= 4 && place[place.len() - 3].is("(") && place[place.len() - 1].is(")");
        if outlet && place[..place.len() - 3].iter().all(|t| t.capitalized || t.is(",")) {
            start = dash + 1;
            while tokens.get(start).is_some_and(|t| t.is_any(&["-", "–", "—", "--"])) {
                start += 1;
            }
        }
    }
    capitalized(&words_between(view, start, to, Some(dated)))
}

/// "After completing an historic port visit to Vietnam Nov. 22, the guided-missile frigate USS
/// Vandegrift (FFG 48) departed": the deed of a fronted gerund is the main clause's subject's,
/// told as a noun phrase so no verb needs inflecting: "An historic port visit to Vietnam by
/// the guided-missile frigate USS Vandegrift". Only for a subject that names someone or
/// something (a capitalized word), within a few words of the comma.
fn gerund_title(view: &SentenceView, from: usize, to: usize, dated: &DatedMention) -> Option<String> {
    let tokens = view.tokens;
    let opens = from > 0 && tokens[from - 1].is_any(&["after", "upon", "before", "following"]) && tokens.get(from)?.folded.as_str().ends_with("ing");
    if !opens {
        return None;
    }
    let comma = (from..tokens.len()).find(|&k| tokens[k].is_any(&[",", ";"]) && !(dated.mention.first..dated.mention.last).contains(&k)).filter(|&k| tokens[k].is(","))?;
    let mut named = false;
    let mut end = None;
    for (k, t) in tokens.iter().enumerate().take(comma + 16).skip(comma + 1) {
        if t.kind == Kind::Word && t.capitalized {
            named = true;
        } else if named && t.kind == Kind::Word && !t.is_any(&["of", "and"]) {
            end = Some(k);
            break;
        }
    }
    let subject = words_between(view, comma + 1, end?, None);
    let deed = words_between(view, from + 1, comma.min(to.max(comma)), Some(dated));
    (!subject.is_empty() && !deed.is_empty()).then(|| capitalized(&format!("{deed} by {subject}")))
}

/// A deed told in a passive relative clause, as a headline says it: "the Vietnam Low Emission
/// Energy Program II (V-LEEP II), which was announced by Vice President Kamala Harris during
/// her visit" → "Vietnam Low Emission Energy Program II (V-LEEP II) announced by Vice President
/// Kamala Harris". The clause ends before the visit it is told during.
pub(super) fn passive_title(view: &SentenceView, from: usize, pronoun: usize, to: usize, dated: &DatedMention) -> Option<String> {
    let tokens = view.tokens;
    let noun_end = if tokens[pronoun - 1].is(",") { pronoun - 1 } else { pronoun };
    let during = (pronoun + 2..to).find(|&k| tokens[k].is_any(&["during", "at", "while", "on", "in"])).unwrap_or(to);
    let noun = words_between(view, from, noun_end, None);
    let deed = words_between(view, pronoun + 2, during, Some(dated));
    (!noun.is_empty() && !deed.is_empty() && noun_end > from).then(|| capitalized(&format!("{noun} {deed}")))
}

/// When the date stands in a relative clause, the clause told of what it says of: "their
/// liaison offices, which had opened in January of that year," → "Liaison offices opened";
/// "their Liaison Offices opened during January 1995" → "Liaison Offices opened". `from` is
/// where the candidate's clause starts: the noun phrase the clause says of.
fn relative_title(view: &SentenceView, from: usize, to: usize, dated: &DatedMention) -> Option<String> {
    let tokens = view.tokens;
    let date = dated.mention.first;
    let noun_end = |pronoun: usize| if pronoun > 0 && tokens[pronoun - 1].is(",") { pronoun - 1 } else { pronoun };
    let (noun, verb) = match reduced_relative(tokens, &dated.mention) {
        Some((np, participle)) if np == from => (words_between(view, np, participle, None), words_between(view, participle, to, Some(dated))),
        _ => {
            let pronoun = (from..date.min(to)).find(|&i| tokens[i].is_any(&["which", "who"]))?;
            let interrupted = tokens[pronoun + 1..date].iter().any(|t| t.is_any(&[",", ";"]));
            let noun = from..noun_end(pronoun);
            if interrupted || noun.is_empty() || noun.len() > 6 || tokens[noun].iter().any(|t| !(t.kind == Kind::Word || t.is("-"))) {
                return None;
            }
            (words_between(view, from, noun_end(pronoun), None), words_between(view, pronoun + 1, to, Some(dated)))
        }
    };
    // "which had opened" → "opened": the past perfect only places the act before the story.
    let verb = verb.strip_prefix("had ").unwrap_or(&verb).to_string();
    (!noun.is_empty() && !verb.is_empty()).then(|| capitalized(&format!("{noun} {verb}")))
}

/// Words that may stand before a date that opens its clause: "On July 11, 1995,", "Also in
/// early 2000,".
const OPENING_DATE: [&str; 16] = ["in", "on", "by", "the", "at", "since", "during", "from", "of", "and", "also", "then", "until", "later", "but", "so"];
