//! What a candidate is about, in a few words: the head words of an agreement's name or of a
//! subject, the antecedent of a relative clause, and whether a clause tells a first.

use super::super::text::{Kind, Token};

/// Head words of an agreement's name after "signed": "a Joint Vision Statement on …" →
/// "joint vision statement".
pub(super) fn object_key(tokens: &[Token], from: usize, to: usize) -> String {
    let mut i = from;
    while tokens.get(i).is_some_and(|t| t.is_any(&["a", "an", "the", "two", "countries", "'", "s"])) {
        i += 1;
    }
    head_key(tokens, i, to)
}

pub(super) fn head_key(tokens: &[Token], from: usize, to: usize) -> String {
    let to = to.min(tokens.len());
    let mut words = Vec::new();
    let mut stop = to;
    for (i, t) in tokens.iter().enumerate().take(to).skip(from) {
        if t.is_any(&["on", "in", "with", "between", "(", ",", ".", "at", "to", "for", "which", "that", "took", "came", "entered", "went", "goes"]) {
            stop = i;
            break;
        }
        if t.kind == Kind::Word && !t.is_any(&["vietnam", "viet", "nam", "us", "the", "of", "a", "an"]) {
            words.push(t.folded.as_str());
        }
        if words.len() == 4 {
            break;
        }
    }
    // A memorandum "on civil aviation" is not the one "on defense cooperation": the first
    // telling word of the subject joins the key.
    if tokens.get(stop).is_some_and(|t| t.is_any(&["on", "for"])) {
        const VAGUE: [&str; 11] = ["the", "a", "an", "bilateral", "promoting", "enhancing", "strengthening", "mutual", "further", "closer", "comprehensive"];
        if let Some(subject) = tokens.get(stop + 1..to).unwrap_or(&[]).iter().find(|t| t.kind == Kind::Word && !t.is_any(&VAGUE)) {
            words.push(subject.folded.as_str());
        }
    }
    words.join(" ")
}

/// Head words of the subject before "took effect": "Since the Bilateral Trade Agreement (BTA)",
/// or, for a relative clause, what it says of: "a bilateral trade agreement that went into force".
pub(super) fn subject_key(tokens: &[Token], from: usize, verb: usize) -> String {
    let start = (from..verb)
        .find(|&i| tokens[i].capitalized && !tokens[i].is_any(&["since", "when", "after", "the", "in", "on"]))
        .or_else(|| relative_subject(tokens, from, verb))
        .unwrap_or(verb);
    head_key(tokens, start, verb)
}

/// The start of what a relative clause in `tokens[from..verb]` says of: "a bilateral trade
/// agreement that went into force" → "bilateral".
pub(crate) fn relative_subject(tokens: &[Token], from: usize, verb: usize) -> Option<usize> {
    let pronoun = (from..verb).find(|&i| tokens[i].is_any(&["that", "which"]))?;
    let start = antecedent_start(tokens, pronoun);
    (start >= from && start < pronoun).then_some(start)
}

/// The first word of the noun phrase just before a relative pronoun, after its article: up
/// to five words, stopping at a verb of signing, a pronoun, a comma or a preposition.
/// A relative clause set off by a comma ("their liaison offices, which had opened in
/// January") says of the words before the comma.
/// A name in brackets after it ("the Vietnam Low Emission Energy Program II (V-LEEP II), which
/// was announced…") is passed over, and a name in capitals may run to eight words.
pub(super) fn antecedent_start(tokens: &[Token], pronoun: usize) -> usize {
    const STOP: [&str; 17] = ["a", "an", "the", "their", "its", "signed", "sign", "inked", "they", "we", "and", "of", "in", "on", "with", "to", "respective"];
    let mut end = if pronoun > 0 && tokens[pronoun - 1].is(",") { pronoun - 1 } else { pronoun };
    if end > 0 && tokens[end - 1].is(")") {
        if let Some(open) = (end.saturating_sub(6)..end - 1).rev().find(|&k| tokens[k].is("(")) {
            end = open;
        }
    }
    let mut start = end;
    let reach = |start: usize| if tokens[start - 1].capitalized { 8 } else { 5 };
    while start > 0 && end - start < reach(start) && tokens[start - 1].kind == Kind::Word && !tokens[start - 1].is_any(&STOP) {
        start -= 1;
    }
    if start == end { pronoun } else { start }
}

/// Heads of a pact's name: a list item that names one is a pact of its own.
const PACT_HEADS: [&str; 11] = ["agreement", "agreements", "memorandum", "letter", "treaty", "accord", "pact", "protocol", "convention", "arrangement", "statement"];

/// The later items of a list of pacts signed at once, as token spans after the verb at
/// `verb`: "signed a Counternarcotics Letter of Agreement (amended in 2006), a Civil Aviation
/// Agreement, and a textile agreement" → the civil aviation and the textile agreements. Only
/// items that name a pact count, and the list ends at the first that does not ("signed a
/// trade agreement, the first since 1995") or at a relative clause.
pub(super) fn later_pacts(tokens: &[Token], verb: usize, to: usize) -> Vec<(usize, usize)> {
    let to = to.min(tokens.len());
    let mut items = Vec::new();
    let mut depth = 0i32;
    let mut start = verb + 1;
    // `k` runs one past the last token, to close the last item: an index, not an iterator.
    #[allow(clippy::needless_range_loop)]
    for k in verb + 1..=to {
        let at_end = k == to || tokens[k].is_any(&[";", "."]) && depth == 0;
        if k < to && tokens[k].is("(") {
            depth += 1;
        } else if k < to && tokens[k].is(")") {
            depth = (depth - 1).max(0);
        }
        let splits = at_end || (depth == 0 && tokens[k].is_any(&[",", "and"]));
        if !splits {
            continue;
        }
        if k > start {
            items.push((start, k));
        }
        if at_end {
            break;
        }
        start = k + 1;
    }
    let mut later = Vec::new();
    for &(s, e) in items.iter().skip(1) {
        let names_pact = tokens[s..e].iter().any(|t| t.is_any(&PACT_HEADS));
        if tokens[s].is_any(&["which", "that", "who"]) || !names_pact {
            break;
        }
        later.push((s, e));
    }
    if items.first().is_some_and(|&(s, e)| tokens[s..e].iter().any(|t| t.is_any(&PACT_HEADS))) { later } else { Vec::new() }
}

/// "the first US President to…", but not "his first visit", which is a first only for him.
pub(super) fn says_first(tokens: &[Token], from: usize, to: usize) -> bool {
    let to = to.min(tokens.len());
    (from..to).any(|i| tokens[i].is("first") && !(i > 0 && tokens[i - 1].is_any(&["his", "her", "their", "its"])))
}
