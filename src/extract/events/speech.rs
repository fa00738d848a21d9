//! Acts told as speech. A date right after a verb of saying dates the saying, not the deed
//! ("the spokesman said in a statement today that talks will resume"), unless what is said is
//! a deed just done, in the present perfect: "Trump said Wednesday the United States has
//! reached a trade agreement with Vietnam" is news of that day, and the deed's date.

use super::super::dates::Mention as DateMention;
use super::super::text::Token;

/// Whether the words after a speech date report a deed just done: an optional "that", then a
/// present perfect ("has reached", "have signed") within the next clause.
pub fn reports_done_deed(tokens: &[Token], date: &DateMention) -> bool {
    let from = date.last + usize::from(tokens.get(date.last).is_some_and(|t| t.is("that")));
    let to = (from..tokens.len().min(from + 10)).find(|&i| tokens[i].is_any(&[",", ";", "\""])).unwrap_or(tokens.len().min(from + 10));
    super::tells_news(&tokens[from..to])
}

/// Whether a date names a deadline, not a happening: "ahead of a self-imposed July 9
/// deadline", "the March 1 deadline". Told beside a deed, it is not the deed's date.
pub fn is_deadline(tokens: &[Token], date: &DateMention) -> bool {
    tokens.get(date.last).is_some_and(|t| t.is_any(&["deadline", "deadlines"]))
}
