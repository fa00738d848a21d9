//! Words whose sense the sentence decides, read before they trigger anything: "sign" is a
//! noun in "a sign the two countries are looking to improve ties", and a ship's "visit" is a
//! port call (an act of `acts`), not a person's trip. Kept apart so the trigger table in
//! `events` stays one word, one topic.

use super::super::text::Token;

/// Words before "sign" that make it a noun: a determiner or an adjective ("a sign", "another
/// clear sign"). A verb "sign" follows a subject or a modal, never these.
const NOUN_SIGN_BEFORE: [&str; 12] = ["a", "an", "the", "another", "this", "clear", "strong", "positive", "good", "further", "latest", "welcome"];

/// Whether the "sign" at `i` is the noun: "a sign the two countries…", "signs of progress".
pub fn is_noun_sign(tokens: &[Token], i: usize) -> bool {
    let before = i > 0 && tokens[i - 1].is_any(&NOUN_SIGN_BEFORE);
    let of = tokens.get(i + 1).is_some_and(|t| t.is("of"));
    tokens[i].is("sign") && (before || of)
}

/// Ship nouns that make a visit a port call. Not "navy": a navy commander's visit is his.
const SHIPS: [&str; 14] =
    ["carrier", "warship", "warships", "destroyer", "frigate", "cutter", "vessel", "vessels", "ship", "ships", "uss", "usns", "uscgc", "submarine"];

/// Whether the visit word at `i` is a ship's: a ship names the clause's subject before it
/// ("An American warship made a rare visit", "the frigate's visit") or follows "visit of/by"
/// ("the visit by the USS Vandegrift"), or a "port visit" is told. "Panetta visited the USNS
/// Richard E. Byrd" is his.
pub fn is_ship_visit(tokens: &[Token], i: usize, from: usize) -> bool {
    // "completing an historic port visit to Vietnam": a port's visit is a ship's.
    if i > 0 && tokens[i - 1].is("port") {
        return true;
    }
    let lo = i.saturating_sub(8).max(from);
    let before = tokens[lo..i].iter().rev().take_while(|t| !t.is_any(&[",", ";", "and", "who", "which"])).any(|t| t.is_any(&SHIPS));
    let after = tokens.get(i + 1).is_some_and(|t| t.is_any(&["of", "by"])) && tokens[i + 1..tokens.len().min(i + 5)].iter().any(|t| t.is_any(&SHIPS));
    before || after
}

/// Words of striving before "toward": what follows is sought. "Launched negotiations toward a
/// treaty" launched something: the negotiations are the act.
const STRIVING: [&str; 12] = ["work", "working", "worked", "works", "move", "moving", "moved", "step", "steps", "efforts", "effort", "progress"];

/// Whether the act at `at` is an aim: "agreed to work toward a visit by the aircraft carrier
/// USS Carl Vinson", "steps towards an agreement". "Steps toward normalizing" is read with
/// its verb (`events`).
pub fn is_aim(tokens: &[Token], at: usize, from: usize) -> bool {
    let lo = at.saturating_sub(7).max(from);
    tokens[lo..at].windows(3).any(|w| w[0].is_any(&STRIVING) && w[1].is_any(&["toward", "towards"]) && w[2].is_any(&["a", "an", "the"]))
}

/// Words of inviting: what one is invited to do has not happened.
const INVITING: [&str; 6] = ["invited", "invites", "invite", "inviting", "invitation", "invitations"];

/// Whether the act at `at` is what someone is invited to do: "Hanoi has invited President
/// Donald Trump to make an official visit to Vietnam", "an invitation to visit". A visit made
/// "at the invitation of" someone, or "invited by" them, has a "to" nowhere between.
pub fn is_invited(tokens: &[Token], at: usize, from: usize) -> bool {
    let lo = at.saturating_sub(8).max(from);
    tokens[lo..at].iter().position(|t| t.is_any(&INVITING)).is_some_and(|k| tokens[lo + k + 1..at].iter().any(|t| t.is("to")))
}
