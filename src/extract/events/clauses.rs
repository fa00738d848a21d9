//! How a sentence's dates divide it: which date opens the sentence, the tokens each date
//! governs, subordinate clauses whose triggers do not date the main event, and lists of
//! dates ("visits by A in 2015, B in 2016").

use super::super::dates::Mention as DateMention;
use super::super::text::{Kind, Token};
use super::DatedMention;
use super::mood::{IRREGULAR_PARTICIPLES, IRREGULAR_PAST};

/// "In November 2001, Bill Clinton…": the first date opens the sentence.
pub(super) fn is_leading(tokens: &[Token], first: &DateMention) -> bool {
    tokens[..first.first]
        .iter()
        .all(|t| t.is_any(&["and", "in", "on", "the", "night", "morning", "evening", "of", "also", "by", "during", "from", "since", "exactly", "years", "later", "notably", ","]) || t.integer().is_some())
}

/// The token range a date governs. Leading dates run to the next date; trailing dates
/// ("visits by A in 2015, B in 2016") run back to the previous one, plus the rest of the clause.
pub(super) fn segment(tokens: &[Token], dates: &[DatedMention], k: usize, leading: bool) -> (usize, usize) {
    let this = &dates[k].mention;
    if !leading && fronts_what_follows(tokens, dates, k) {
        // A later date in a reduced relative clause is that clause's, not the end of this one.
        let to = dates[k + 1..].iter().find(|d| reduced_relative(tokens, &d.mention).is_none()).map_or(tokens.len(), |d| d.mention.first);
        return (this.first, to);
    }
    if leading {
        let to = dates.get(k + 1).map(|d| d.mention.first).unwrap_or(tokens.len());
        return (this.first, to);
    }
    if dates.len() == 1 {
        return (0, tokens.len());
    }
    // "The United States last week named Vietnam a currency manipulator, … in January": a date
    // between the subject and its verb dates the clause that follows it.
    if let Some(end) = before_its_verb(tokens, dates, k) {
        return (if k == 0 { 0 } else { dates[k - 1].mention.last }, end);
    }
    let from = match k.checked_sub(1) {
        None => 0,
        Some(before) => before_its_verb(tokens, dates, before).unwrap_or(dates[before].mention.last),
    };
    let mut to = this.last;
    // "Bush went in 2006, while the following year, Triet came": a date that opens its own
    // clause is followed by it, past the comma.
    let opens_clause = tokens[from..this.first].iter().all(|t| t.kind != Kind::Word || t.is_any(&["while", "and", "but", "whereas", "then", "in", "on", "the"]));
    if k > 0 && k + 1 == dates.len() && opens_clause && tokens.get(to).is_some_and(|t| t.is(",")) {
        to += 1;
    }
    if k + 1 == dates.len() {
        // The rest of the clause: to the next comma or the end.
        while to < tokens.len() && !tokens[to].is_any(&[",", ";"]) {
            to += 1;
        }
    }
    // "from $451 million in 1995, the year the United States and Vietnam normalized
    // diplomatic relations": the apposition tells what happened that year.
    if to == this.last && tokens.get(to).is_some_and(|t| t.is(",")) && tokens.get(to + 1).is_some_and(|t| t.is("the")) && tokens.get(to + 2).is_some_and(|t| t.is("year")) {
        to += 3;
        while to < tokens.len() && !tokens[to].is_any(&[",", ";"]) {
            to += 1;
        }
    }
    (from, to)
}

/// Where the clause of a date that stands between a subject and its verb ends ("Trump on
/// Wednesday announced a deal, …"): at the next comma or the next date. Only for a date
/// followed by another, in running prose (not one that opens the sentence).
fn before_its_verb(tokens: &[Token], dates: &[DatedMention], k: usize) -> Option<usize> {
    let this = &dates[k].mention;
    let next = dates.get(k + 1)?;
    let verb = tokens.get(this.last)?;
    let past = verb.kind == Kind::Word && !verb.capitalized && ((verb.folded.len() > 3 && verb.folded.as_str().ends_with("ed")) || verb.is_any(&IRREGULAR_PAST));
    // The word before the date ("on Tuesday", "in 2001" stepped over) ends the subject: a
    // noun, not a verb ("ended on Tuesday" tells the verb before).
    let mut before = this.first.checked_sub(1);
    if let Some(b) = before.filter(|&b| tokens[b].is_any(&["on", "in"])) {
        before = b.checked_sub(1);
    }
    let is_verb = |t: &Token| t.folded.as_str().ends_with("ed") || t.is_any(&IRREGULAR_PAST) || t.is_any(&["is", "are", "was", "were", "be", "been"]);
    let subject = before.is_some_and(|b| tokens[b].kind == Kind::Word && !is_verb(&tokens[b]) && !tokens[b].is_any(&["in", "on", "at", "by", "of", "since", "from", "to", "until", "during", "for", "and", "that"]));
    if !past || !subject {
        return None;
    }
    let end = (this.last..next.mention.first).find(|&i| tokens[i].is_any(&[",", ";"])).unwrap_or(next.mention.first);
    Some(end)
}

/// Words that open a phrase standing before a sentence's subject: "Subsequent to President
/// Clinton's normalization announcement, in August 1995, both nations upgraded…".
const FRONTING: [&str; 12] = ["subsequent", "following", "after", "prior", "before", "despite", "amid", "upon", "under", "with", "as", "during"];

/// Whether the date `k`, set off by commas after a fronted phrase that names no date ("Subsequent
/// to President Clinton's normalization announcement, in August 1995, both nations
/// upgraded…"), dates the clause after it: the phrase before is background, as a fronted
/// date's clause is the one that follows it.
fn fronts_what_follows(tokens: &[Token], dates: &[DatedMention], k: usize) -> bool {
    let this = &dates[k].mention;
    if !tokens.get(this.last).is_some_and(|t| t.is(",")) || !tokens.first().is_some_and(|t| t.is_any(&FRONTING)) {
        return false;
    }
    let Some(comma) = (0..this.first).rev().find(|&i| !tokens[i].is_any(&["in", "on", "by", "during", "the"])) else { return false };
    tokens[comma].is(",") && !dates[..k].iter().any(|d| d.mention.first < comma)
}

/// Words before a participle that make it a verb of the clause, not a reduced relative: an
/// auxiliary ("were normalized in"), a pronoun, an adverb of manner.
const NOT_A_NOUN: [&str; 17] = ["was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "it", "they", "he", "she", "we", "who", "which"];

/// A reduced relative clause that a date closes: "both nations upgraded their Liaison Offices
/// opened during January 1995 to embassy status" tells of offices opened in January 1995, and
/// the upgrade is of another date. A past participle right before "in"/"on"/"during" and the
/// date, after a noun, with a verb of the clause told before that noun. Returns the start of
/// the noun phrase and the participle.
pub(crate) fn reduced_relative(tokens: &[Token], date: &DateMention) -> Option<(usize, usize)> {
    if date.first < 3 || !tokens[date.first - 1].is_any(&["in", "on", "during"]) {
        return None;
    }
    let participle = date.first - 2;
    let p = &tokens[participle];
    let is_participle = p.kind == Kind::Word && !p.capitalized && ((p.folded.as_str().ends_with("ed") && p.folded.as_str().len() >= 5) || p.is_any(&IRREGULAR_PARTICIPLES));
    let noun = &tokens[participle - 1];
    if !is_participle || noun.kind != Kind::Word || noun.is_any(&NOT_A_NOUN) || noun.folded.as_str().ends_with("ly") {
        return None;
    }
    let np = super::keys::antecedent_start(tokens, participle);
    // The clause's own verb stands before the noun phrase, in its stretch: "upgraded their …".
    let stretch = (0..np).rev().find(|&i| tokens[i].is_any(&[",", ";", "that", "which", "who"])).map_or(0, |i| i + 1);
    let verb_before = tokens[stretch..np].iter().any(|t| t.kind == Kind::Word && !t.capitalized && t.folded.as_str().ends_with("ed") && t.folded.as_str().len() >= 5);
    (np < participle && verb_before).then_some((np, participle))
}

/// An anniversary in a sentence that states the day it is celebrated ("On July 12, 1996, Lake
/// visited Hanoi to mark the first anniversary of normalization of relations", "On July 11,
/// 2020, the two countries will celebrate 25 years of diplomatic relations") counts back from
/// that day, not from the article's. Only from a single day told before it: with any other
/// date ("the 10th anniversary of the pact signed in 2003"), or none before, it is dropped.
/// Only the relations' own founding is so counted (diplomatic relations or ties, their
/// normalization, a partnership): "held a meeting on February 11 to mark the 20th anniversary
/// of trade normalization" tells the meeting, titled in full.
pub(super) fn count_anniversaries_from_their_day(tokens: &[Token], all: &[DatedMention], dates: &mut Vec<DatedMention>) {
    use super::super::dates::{is_anniversary, Relative, Stated};
    let mut told = all.iter().filter(|d| !d.mention.in_brackets && !is_anniversary(d.mention.stated));
    let day = match (told.next(), told.next()) {
        (Some(d), None) if d.range.end.is_none() => Some(*d),
        _ => None,
    };
    dates.retain_mut(|d| {
        let Stated::Relative(Relative::Anniversary(years)) = d.mention.stated else { return true };
        let Some(day) = day.filter(|day| day.mention.last <= d.mention.first) else { return false };
        let of = tokens.get(d.mention.last..tokens.len().min(d.mention.last + 8)).unwrap_or(&[]);
        let founding = of.iter().any(|t| t.is_any(&["relations", "ties", "partnership"])) && !of.iter().any(|t| t.is_any(&["trade", "economic", "commercial"]));
        if !founding {
            return false;
        }
        match day.range.start.year.checked_sub(i32::from(years)) {
            Some(year) => {
                d.range = crate::model::DateRange::point(crate::model::PartialDate::year(year));
                true
            }
            None => false,
        }
    });
}

/// Words that open a clause whose triggers do not date the sentence's main event; "that"
/// opens reported content: "PM Chinh affirmed that the phone talks … is evidence".
const SUBORDINATORS: [&str; 9] = ["since", "when", "after", "before", "until", "which", "who", "while", "that"];

/// Subordinate clauses as token ranges: from "since", "when", "after"… to the next comma or
/// main verb. In "his first visit since he took office in 2021", 2021 belongs to "took office";
/// in "the first president to come … after the two countries established relations was
/// Clinton in 2000", the clause's "established relations" is background.
pub(super) fn subordinate_clauses(tokens: &[Token], dates: &[DatedMention]) -> Vec<(usize, usize)> {
    let mut regions = Vec::new();
    for i in 0..tokens.len() {
        // "since 2010," is a fronted date, not a clause.
        // "while the following year, …" likewise.
        // "the first TIC meeting since 2011 on March 27-28, 2017": a year after "since" is
        // the start of a period (no date of an event), not a clause.
        let fronts_date = || {
            dates.iter().any(|d| d.mention.first == i + 1 || (d.mention.first == i + 2 && tokens[i + 1].is("the")))
                || (tokens[i].is_any(&["since", "until", "before", "after"]) && tokens.get(i + 1).is_some_and(|t| t.integer().is_some_and(|n| (1900..=2100).contains(&n)) && t.folded.len() == 4))
        };
        // "Subsequent to President Clinton's normalization announcement, in August 1995, …",
        // "Following the White House meeting, …": a phrase that opens the sentence with what
        // came before tells of that, not of the main clause's date.
        let opens_with_before = i == 0 && tokens[i].is_any(&["following", "subsequent", "prior"]);
        if !(tokens[i].is_any(&SUBORDINATORS) || opens_with_before) || fronts_date() {
            continue;
        }
        // "Clinton announced that the two countries had established relations": what is
        // announced is the happening itself.
        // "announced on Monday that …": the verb's own date may stand between.
        let verb = dates.iter().find(|d| d.mention.last == i && d.mention.first > 0).map_or(i, |d| {
            let m = d.mention.first;
            if m > 0 && tokens[m - 1].is_any(&["on", "in"]) { m - 1 } else { m }
        });
        // "announced to the world that …", "declared to reporters that …": a short phrase of
        // the hearers may stand between, with no comma.
        const ANNOUNCING: [&str; 6] = ["announced", "announces", "announce", "declared", "declares", "proclaimed"];
        let announced = (verb.saturating_sub(5)..verb).rev().take_while(|&k| tokens[k].kind == super::super::text::Kind::Word).any(|k| tokens[k].is_any(&ANNOUNCING));
        if tokens[i].is("that") && announced {
            continue;
        }
        // A relative clause ("which was completed in 2018") has its own verb and runs to the
        // comma; an adverbial one ("after the two countries established ties was …") ends at
        // the main clause's verb.
        let relative = tokens[i].is_any(&["which", "who", "that"]);
        // "since diplomatic relations were established": a passive's auxiliary is the clause's
        // own verb, not the main clause's.
        let passive = |j: usize| tokens.get(j + 1).is_some_and(|n| n.kind == super::super::text::Kind::Word && (n.folded.as_str().ends_with("ed") || n.is_any(&IRREGULAR_PARTICIPLES)));
        let ends = |j: usize| tokens[j].is_any(&[",", ";", ")"]) || (!relative && tokens[j].is_any(&["was", "were", "is", "are"]) && !passive(j));
        let end = (i + 1..tokens.len()).find(|&j| ends(j)).unwrap_or(tokens.len());
        regions.push((i, end));
    }
    regions
}

/// Whether a later date continues a list: ", B in 2016", "2017 and 2019", ", and in February 2019".
pub(super) fn enumerates(tokens: &[Token], from: usize, date_first: usize, leading: bool) -> bool {
    if leading {
        // "…, and in May 2022, Chính visited": only a list word before the date continues it.
        return tokens[..date_first].iter().rev().find(|t| !t.is_any(&["in", "on"])).is_some_and(|t| t.is_any(&["and", ","]));
    }
    let between = &tokens[from..date_first];
    let starts_list = between.first().is_some_and(|t| t.is_any(&[",", "and"]));
    let ends_list = between.iter().rev().find(|t| !t.is_any(&["in", "on"])).is_some_and(|t| t.is_any(&["and", ","]));
    // "Bush went in 2006, while the following year Triet came": a new clause, not a list.
    let subordinate = between.iter().any(|t| t.is_any(&["since", "when", "after", "before", "which", "who", "while", "whereas", "but"]));
    ends_list || (starts_list && !subordinate)
}


/// Where what is celebrated begins, in `tokens[from..to]`: "In 2019, the two countries are
/// celebrating 25 years of economic relations normalization" names no normalization in 2019.
/// A date's own clause ends there. An anniversary date ("the 10th anniversary of") dates what
/// follows it, and is read elsewhere (`dates::is_anniversary`).
pub(super) fn celebrated_from(tokens: &[Token], from: usize, to: usize) -> Option<usize> {
    let to = to.min(tokens.len());
    (from..to).find(|&i| {
        tokens[i].is_any(&super::super::dates::CELEBRATING)
            && tokens[i + 1..to.min(i + 6)].windows(2).any(|w| w[0].is_any(&["years", "anniversary", "decades"]) && w[1].is_any(&["of", "since"]))
    })
}

/// Whether a date is the sentence's wire dateline: only capitalized place words and commas
/// before it, a dash after ("HANOI, March 02, 2022 – Kerry visited Hanoi last week"). It is
/// the article's date, not the deed's, when the sentence tells a date of its own.
pub(super) fn is_dateline(tokens: &[Token], date: &DateMention) -> bool {
    let place = &tokens[..date.first];
    !place.is_empty()
        && place.len() <= 6
        && place.iter().all(|t| t.is(",") || (t.kind == Kind::Word && t.capitalized))
        && tokens.get(date.last).is_some_and(|t| t.is_any(&["-", "–", "—", "--"]))
}
