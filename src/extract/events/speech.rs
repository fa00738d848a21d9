//! Acts told as speech. A date right after a verb of saying dates the saying, not the deed
//! ("the spokesman said in a statement today that talks will resume"), unless what is said is
//! a deed just done, in the present perfect: "Trump said Wednesday the United States has
//! reached a trade agreement with Vietnam" is news of that day, and the deed's date; nor when
//! the saying is placed in the visit or talks it was part of: "Hegseth said on Sunday during a
//! visit to Hanoi" was in Hanoi that Sunday.

use super::super::dates::Mention as DateMention;
use super::super::text::Token;

/// Whether the words after a speech date report a deed just done: an optional "that", then a
/// present perfect ("has reached", "have signed") within the next clause.
pub fn reports_done_deed(tokens: &[Token], date: &DateMention) -> bool {
    let from = date.last + usize::from(tokens.get(date.last).is_some_and(|t| t.is("that")));
    let to = (from..tokens.len().min(from + 10)).find(|&i| tokens[i].is_any(&[",", ";", "\""])).unwrap_or(tokens.len().min(from + 10));
    super::tells_news(&tokens[from..to])
}

/// Words that place a saying inside a happening: "during a visit to Hanoi", "while holding
/// talks with", "at a meeting with".
const INSIDE: [&str; 3] = ["during", "while", "at"];

/// Happenings a saying may be placed in, which its date then dates.
const SAID_DURING: [&str; 8] = ["visit", "trip", "tour", "talks", "meeting", "holding", "visiting", "touring"];

/// Whether the words right after a speech date place the saying inside a visit or talks:
/// "said on Sunday during a visit to Hanoi", "said Tuesday while holding talks with". Not
/// "said on Sunday ahead of a visit", which is still to come.
pub fn placed_in_a_visit(tokens: &[Token], date: &DateMention) -> bool {
    let from = date.last;
    tokens.get(from).is_some_and(|t| t.is_any(&INSIDE))
        && tokens[from + 1..tokens.len().min(from + 4)].iter().take_while(|t| t.kind == super::super::text::Kind::Word).any(|t| t.is_any(&SAID_DURING))
}

/// Whether a date names a deadline, not a happening: "ahead of a self-imposed July 9
/// deadline", "the March 1 deadline". Told beside a deed, it is not the deed's date.
pub fn is_deadline(tokens: &[Token], date: &DateMention) -> bool {
    tokens.get(date.last).is_some_and(|t| t.is_any(&["deadline", "deadlines"]))
}
