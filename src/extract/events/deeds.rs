//! The last resort for a dated clause that no trigger and no act row names: a deed the two
//! sides did together, told with a common verb of doing ("the United States and Vietnam
//! settled diplomatic and private property claims", "the two leaders agreed to establish a
//! high-level education group"). The lexicons name what happens between states; this names
//! who did it, so an act the lexicons never listed still reaches the timeline, told in the
//! sentence's own words.

use super::super::people::country_word;
use super::super::text::{Kind, Token};
use super::SentenceView;
use crate::model::Country;

/// Verbs of a deed done, in the simple past: what two states do together or to each other.
/// Not verbs of saying or of a state ("said", "remained", "grew"), which tell no happening.
const DEEDS: &[&str] = &[
    "agreed", "signed", "settled", "opened", "established", "launched", "held", "hosted", "conducted", "concluded",
    "reached", "adopted", "issued", "exchanged", "decided", "authorized", "authorised", "approved", "allowed", "lifted",
    "broke", "severed", "restored", "resumed", "upgraded", "elevated", "initiated", "inaugurated", "organized",
    "organised", "completed", "handed", "transferred", "delivered", "donated", "granted", "awarded", "pledged",
    "committed", "announced", "unveiled", "started", "began", "ended", "imposed", "joined", "recovered", "repatriated",
    "returned", "cooperated", "co-hosted", "co-chaired", "co-organized", "convened", "formed", "founded", "created",
    "introduced", "provided", "funded", "presented",
];

/// Words of a modal, a plan or a wish just before a verb: "will sign", "agreed to open" (the
/// agreeing is the deed, not the opening), "plan to hold".
const NOT_YET: &[&str] = &["will", "would", "could", "may", "might", "should", "shall", "to", "must", "can"];

/// "The two leaders agreed to start negotiations", "both sides": the pair named as one, a
/// joint statement's register.
const PAIRS: [&str; 5] = ["countries", "nations", "sides", "governments", "leaders"];

/// Whether a sentence names both sides: a person of each, or "the two countries", "both
/// sides".
pub(super) fn names_both_sides(view: &SentenceView) -> bool {
    names_pair(view.tokens) || (person_of(view, Country::Us, 0, view.tokens.len()) && person_of(view, Country::Vietnam, 0, view.tokens.len()))
}

fn names_pair(tokens: &[Token]) -> bool {
    tokens.windows(2).any(|w| w[0].is_any(&["two", "both"]) && w[1].is_any(&PAIRS))
}

/// Whether a person of `country` is named within `tokens[from..to]`.
fn person_of(view: &SentenceView, country: Country, from: usize, to: usize) -> bool {
    view.people.iter().any(|p| p.first >= from && p.last <= to && view.registry.get(p.person).is_some_and(|e| e.country == Some(country)))
}

/// The verb of a deed both sides did in `tokens[from..to]`, when the clause names both (by
/// country, capital, person or as "the two countries") and tells the deed in the simple past,
/// not as a plan.
pub(super) fn bilateral_deed(view: &SentenceView, from: usize, to: usize, allowed: &dyn Fn(usize) -> bool) -> Option<usize> {
    let tokens = view.tokens;
    let to = to.min(tokens.len());
    let clause = tokens.get(from..to)?;
    if !names_both(view, clause, from, to) || tells_figure(clause) {
        return None;
    }
    (from..to).find(|&i| {
        let t = &tokens[i];
        // "agreed that this respect is an important foundation", "announced that it had not
        // proposed": what follows "that" is said, not done.
        let says = tokens.get(i + 1).is_some_and(|n| n.is("that"));
        // "a conference organised by the Viet Nam – US Association": a participle naming who
        // made a thing, not a deed of the clause.
        let participle = tokens.get(i + 1).is_some_and(|n| n.is("by")) && !tokens[i.saturating_sub(2)..i].iter().any(|b| b.is_any(&["was", "were", "been"]));
        // "The remains, recovered off the coast …, were examined": a participle set off by a
        // comma says how a thing came to be, not what the clause tells.
        let aside = i > from && tokens[i - 1].is(",");
        // "The two ministers signed in Hanoi in 2011": a deed told without what was done
        // names no act.
        let bare = tokens.get(i + 1).is_none_or(|n| n.is_any(&["in", "on", "at", "during", "after", "before", "last", "this", ".", ","]));
        t.kind == Kind::Word && !t.capitalized && allowed(i) && t.is_any(DEEDS) && !says && !participle && !aside && !bare && !tokens[i.saturating_sub(2).max(from)..i].iter().any(|b| b.is_any(NOT_YET))
    })
}

/// Whether the clause names both sides, as a sentence does (`names_both_sides`), or by their
/// countries' names or capitals, which the clause of a deed does ("Vietnam and the United States
/// settled …"; a capital letter tells "the US" from "us").
fn names_both(view: &SentenceView, clause: &[Token], from: usize, to: usize) -> bool {
    let named = |c: Country| clause.iter().any(|t| t.capitalized && country_or_capital(&t.folded) == Some(c)) || person_of(view, c, from, to);
    names_pair(clause) || (named(Country::Us) && named(Country::Vietnam))
}

/// The country a word names, or whose capital it is.
fn country_or_capital(word: &str) -> Option<Country> {
    match word {
        "washington" => Some(Country::Us),
        "hanoi" => Some(Country::Vietnam),
        _ => country_word(word),
    }
}

/// An amount of money or a share ("investment reached US$11 billion", "contracts worth US
/// $2.6 billion") makes the clause a figure's, which the lexicons' acts may still name.
fn tells_figure(clause: &[Token]) -> bool {
    clause.iter().any(|t| t.is_any(&["billion", "million", "bln", "mln", "percent", "%", "record"]))
}

#[cfg(test)]
mod tests {
    use super::super::tests::events_of;

    #[test]
    fn a_deed_of_both_sides_no_lexicon_names_is_an_event() {
        // worldhistory.biz, on North Vietnam–US relations: "authorized" names no act of the
        // lexicons, but a US president's deed toward Vietnam is one.
        let events = events_of("In 1991 President George H. W. Bush authorized travel, and commercial sales of food and medicine, to Vietnam.");
        assert!(events.iter().any(|e| e.starts_with("1991 |") && e.contains("authorized travel")), "{events:?}");
        // Counter-examples: one side alone; a view agreed on; a figure; a plan.
        assert!(events_of("In 1991 President George H. W. Bush authorized travel to Canada.").is_empty());
        assert!(events_of("In 2023, the two sides agreed that this respect is an important foundation.").is_empty());
        assert!(events_of("In 2013 a group of Vietnamese companies signed contracts to purchase US wind turbines worth US $2.6 billion.").is_empty());
        assert!(events_of("In 2026 Vietnam and the United States will hold a new round of talks.").is_empty());
        // A deed told without its object, and a participle set off by commas.
        assert!(events_of("The two ministers signed in Hanoi in 2011 after long talks.").is_empty());
        assert!(events_of("The remains, recovered by Vietnamese and U.S. teams, were examined on July 23, 2025.").is_empty());
    }

    #[test]
    fn a_participle_naming_the_maker_is_no_deed() {
        // VietNamNet, 2015: the conference was organised by an association, not held between
        // the two states.
        let events = events_of("Rena Bitter, US consul general, spoke at a conference July 31, 2015 organised by the Viet Nam – US Association.");
        assert!(events.is_empty(), "{events:?}");
        // Counter-example: a passive of a deed the two did.
        let events = events_of("On July 31, 2015 a memorandum was signed by Viet Nam and the US.");
        assert!(events.iter().any(|e| e.starts_with("2015-07-31")), "{events:?}");
    }
}
