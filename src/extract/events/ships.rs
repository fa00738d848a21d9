//! A ship's name for a port call told with a common noun: "An American warship made a rare
//! visit to Vietnam on Tuesday. … the decks of the USS Gary as the frigate docked": news
//! prose names the ship in a sentence beside the one that dates its call, so the call's title
//! takes the name the article gives ("USS Gary").

use super::super::text::{Kind, Token};
use super::{Candidate, Topic};
use crate::model::Category;

/// Prefixes of a commissioned ship's name.
const PREFIXES: [&str; 4] = ["uss", "usns", "uscgc", "usnsc"];

/// Common nouns a port call's title may name its ship by.
/// Plurals too: "the arrival of two U.S. vessels", named in the next sentence.
const SHIP_NOUNS: [&str; 15] =
    ["warship", "ship", "frigate", "destroyer", "carrier", "vessel", "cutter", "cruiser", "submarine", "warships", "ships", "vessels", "destroyers", "cutters", "frigates"];

/// The first ship a sentence names: "USS Gary", "USS John S. McCain", from the prefix to the
/// last capitalized word (or initial) of the name, as the text writes it.
pub fn ship_name(text: &str, tokens: &[Token]) -> Option<String> {
    let at = tokens.iter().position(|t| t.is_any(&PREFIXES) && t.capitalized)?;
    let mut last = None;
    for (k, t) in tokens.iter().enumerate().skip(at + 1).take(6) {
        if t.kind == Kind::Word && t.capitalized {
            last = Some(k);
        } else if !(t.is(".") && last == Some(k - 1)) {
            break;
        }
    }
    let last = last?;
    text.get(tokens[at].start..tokens[last].end).map(str::to_string)
}

/// Whether a candidate is a ship's port call whose title names no ship ("An American warship
/// made a rare visit").
fn names_no_ship(c: &Candidate) -> bool {
    let port_call = matches!(&c.topic, Topic::Act { category: Category::DefenseSecurity, .. });
    let words = || c.title.split(|ch: char| !ch.is_alphanumeric()).map(str::to_lowercase);
    port_call && words().any(|w| SHIP_NOUNS.contains(&w.as_str())) && !words().any(|w| PREFIXES.contains(&w.as_str()))
}

/// Puts the ship's name after the title's common noun: "An American warship (USS Gary) made
/// a rare visit to Vietnam". Returns whether the title changed.
pub fn name_the_ship(c: &mut Candidate, name: &str) -> bool {
    if !names_no_ship(c) {
        return false;
    }
    let mut at = None;
    let mut start = 0;
    for word in c.title.split_inclusive(|ch: char| !ch.is_alphanumeric()) {
        let bare = word.trim_end_matches(|ch: char| !ch.is_alphanumeric());
        if SHIP_NOUNS.contains(&bare.to_lowercase().as_str()) {
            at = Some(start + bare.len());
            break;
        }
        start += word.len();
    }
    let Some(at) = at else { return false };
    c.title.insert_str(at, &format!(" ({name})"));
    true
}
