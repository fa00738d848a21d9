//! Chronology lists: "April 1991 – The Bush administration presents…", "1997 - May 9: …", a
//! date alone on a line with the text under it, or, in a list of several, a line that opens
//! with its date and runs straight on ("May 1996 U.S. presents Vietnam with…"). Every item is
//! an event, and the sentences of an item after its first take the item's date.

use super::dates::{self, Mention, Stated};
use super::document::Prepared;
use super::events::DatedMention;
use super::text::{month_number, Kind, Token};

/// The marks that set an item's date off from its text: "1995: …", "April 1991 – …".
const ITEM_MARKS: [&str; 4] = [":", "-", "–", "—"];

/// Whether a line opens with a date set off by a mark and goes on in words: a chronology
/// item's headline ("1995: US and Vietnam resume ties", "July 1995: Embassies opened"), short
/// and with no full stop as it may be, is a sentence of the list, not a heading.
/// A bullet before the date ("- January - …") changes nothing.
fn opens_item(tokens: &[Token], mentions: &[Mention]) -> bool {
    let lead = tokens.iter().position(|t| t.kind != Kind::Punct).unwrap_or(tokens.len());
    let after_date = match mentions.first() {
        Some(m) if m.first == lead => m.last,
        _ if bare_month(tokens).is_some() => lead + 1,
        _ => return false,
    };
    tokens.get(after_date).is_some_and(|t| t.is_any(&ITEM_MARKS)) && tokens.get(after_date + 1).is_some_and(|t| t.kind == Kind::Word)
}

/// Whether a line is a chronology's item (`opens_item`) or holds a date and nothing else
/// ("1995", "July 1995"): in a list, the heading of the lines under it, which it dates. Either
/// is a sentence of the list, not a title.
pub fn is_list_line(tokens: &[Token]) -> bool {
    let mentions = dates::scan(tokens);
    opens_item(tokens, &mentions) || only_dates(tokens, mentions.iter())
}

/// Whether every word of `tokens` is inside one of the date mentions `mentions`.
fn only_dates<'m>(tokens: &[Token], mentions: impl Iterator<Item = &'m Mention> + Clone) -> bool {
    mentions.clone().next().is_some() && tokens.iter().enumerate().all(|(i, t)| t.kind != Kind::Word || mentions.clone().any(|m| m.first <= i && i < m.last))
}

/// Words that name a happening, by their first letters: what a list item with no verb the
/// event rules know must hold to be an event ("Embassies opened in Hanoi and Washington",
/// "Launch of the Fulbright program"), unlike one that names a trend or a state ("Rapid
/// growth of Vietnamese students", "Internet Comes to Vietnam").
const HAPPENING_STEMS: [&str; 33] = [
    "open", "establish", "launch", "began", "begin", "start", "lift", "arriv", "visit", "meet", "held", "hold", "agree",
    "approv", "appoint", "confirm", "present", "announc", "resum", "restor", "normali", "upgrad", "grant", "submit", "receiv",
    "host", "exchang", "inaugurat", "deliver", "transfer", "appropriat", "nominat", "abolish",
];

/// The same, for words too short to match by their first letters
/// ("sign" would take "significant" in).
const HAPPENING_WORDS: [&str; 10] = ["end", "ends", "ended", "met", "set", "took", "sign", "signs", "signed", "signing"];

/// Whether `tokens` name a happening (see `HAPPENING_STEMS`).
pub fn names_happening(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| t.kind == Kind::Word && (t.is_any(&HAPPENING_WORDS) || HAPPENING_STEMS.iter().any(|s| t.folded.as_str().starts_with(s))))
}

/// How many lines must open with a bare date before such lines are read as a list: one line
/// that does ("2023 was a year of…") is prose.
const BARE_ITEMS: usize = 3;

/// How many dates must stand alone on their lines before each dates the lines under it: one
/// alone (a photo's date, a byline's) dates only the line after it.
const DATE_HEADINGS: usize = 2;

/// "May 1996 U.S. presents…": a line that opens with its date and goes straight on with a
/// capitalized word, no dash between.
fn opens_bare_item(tokens: &[Token], first: &DatedMention, opens_line: bool) -> bool {
    let m = first.mention;
    opens_line && m.first == 0 && tokens.get(m.last).is_some_and(|t| t.kind == Kind::Word && t.capitalized)
}

/// Where a list's years run: an item with a year of its own sets it, and an item with none
/// ("- July 11 - President Clinton announces…") takes it, unless it falls before the item
/// told last, which a list running forward in time cannot do ("1994 February 3 - …", then
/// "- January - …"): the page lost its year line, and the list's year is lost until an item
/// gives one again.
#[derive(Default)]
struct RunningYear {
    last: Option<DatedMention>,
    lost: bool,
}

impl RunningYear {
    /// An item with a month alone ("- January - …"), which dates nothing but still tells
    /// whether the list has lost its year.
    fn see_month(&mut self, month: u8) {
        let before = self.last.map(|d| d.range.start);
        if before.is_some_and(|b| month < b.month) {
            self.lost = true;
        }
    }

    /// The item's date with the list's year, or `None` when its year cannot be known.
    fn date(&mut self, first: DatedMention) -> Option<DatedMention> {
        let Stated::Calendar { year, month, day, .. } = first.mention.stated else { return Some(first) };
        if year.is_some() || month == 0 {
            self.last = Some(first);
            self.lost = false;
            return Some(first);
        }
        let Some(last) = self.last.filter(|_| !self.lost) else {
            return if self.lost { None } else { Some(first) };
        };
        let before = last.range.start;
        let forward = before.month == 0 || month > before.month || (month == before.month && (day == 0 || before.day == 0 || day >= before.day));
        if !forward {
            self.lost = true;
            return None;
        }
        let shift = before.year - first.range.start.year;
        let mut dated = first;
        dated.range.start.year += shift;
        if let Some(end) = dated.range.end.as_mut() {
            end.year += shift;
        }
        self.last = Some(dated);
        Some(dated)
    }
}

/// "- January - Vietnam submits…": the month alone that opens an item, which the date rules
/// do not read as a date.
fn bare_month(tokens: &[Token]) -> Option<u8> {
    let i = tokens.iter().position(|t| t.kind != Kind::Punct)?;
    let month = tokens.get(i).filter(|t| t.capitalized).and_then(|t| month_number(&t.folded))?;
    tokens.get(i + 1).is_some_and(|t| t.is_any(&ITEM_MARKS)).then_some(month)
}

/// Marks each sentence that opens a chronology item (or follows a date standing alone on its
/// line) and gives the item's date to the later sentences of the item that have none.
pub fn carry_item_dates(doc: &Prepared, dates: &mut [Vec<DatedMention>]) -> Vec<bool> {
    let mut items = vec![false; doc.sentences.len()];
    let opens_line = |s: usize| s == 0 || doc.sentences[s - 1].paragraph != doc.sentences[s].paragraph;
    let bare_items = (0..doc.sentences.len())
        .filter(|&s| !doc.sentences[s].caption && dates[s].first().is_some_and(|d| opens_bare_item(&doc.tokens[s], d, opens_line(s))))
        .count();
    let bare_list = bare_items >= BARE_ITEMS;
    // Dates standing alone on their lines, more than one: the list's headings ("1995", then
    // the lines of 1995), each dating the lines under it until the next date.
    let alone: Vec<bool> = (0..doc.sentences.len())
        .map(|s| only_dates(&doc.tokens[s], dates[s].iter().map(|d| &d.mention)))
        .collect();
    let headed_list = (0..doc.sentences.len()).filter(|&s| !doc.sentences[s].caption && alone[s]).count() >= DATE_HEADINGS;
    // The heading in force in a headed list.
    let mut heading: Option<DatedMention> = None;
    // The item date in force: its paragraph, and whether it came from a date line.
    let mut current: Option<(usize, DatedMention)> = None;
    let mut pending: Option<DatedMention> = None;
    let mut running = RunningYear::default();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let tokens = &doc.tokens[s];
        let Some(first) = dates[s].first().copied() else {
            if let Some(month) = bare_month(tokens) {
                running.see_month(month);
            }
            match (current, pending) {
                (Some((paragraph, date)), _) if paragraph == sentence.paragraph => dates[s].push(at_start(date)),
                (_, Some(date)) => {
                    dates[s].push(at_start(date));
                    items[s] = true;
                    current = Some((sentence.paragraph, date));
                    pending = None;
                    heading = headed_list.then_some(date);
                }
                // A later line under the same heading.
                _ if heading.is_some() && !sentence.caption => {
                    if let Some(date) = heading {
                        dates[s].push(at_start(date));
                        items[s] = true;
                        current = Some((sentence.paragraph, date));
                    }
                }
                _ => current = None,
            }
            continue;
        };
        pending = None;
        heading = None;
        // A sentence of the item with a date of its own ("In August 1995, …") does not end
        // the item: a later undated sentence of the same paragraph still takes its date.
        let same_item = current.filter(|(paragraph, _)| *paragraph == sentence.paragraph);
        current = None;
        let m = first.mention;
        let leading = tokens[..m.first].iter().all(|t| t.kind != Kind::Word);
        let only_dates = alone[s];
        if sentence.caption {
            continue;
        }
        if only_dates {
            pending = running.date(first);
        } else if (leading && tokens.get(m.last).is_some_and(|t| t.is_any(&ITEM_MARKS)))
            || (bare_list && opens_bare_item(tokens, &first, opens_line(s)))
        {
            let Some(first) = running.date(first) else {
                // Its year cannot be known: its year-less dates say no year at all.
                dates[s].retain(|d| !matches!(d.mention.stated, Stated::Calendar { year: None, .. }));
                continue;
            };
            if let Some(own) = dates[s].first_mut() {
                *own = first;
            }
            items[s] = true;
            current = Some((sentence.paragraph, first));
        } else {
            current = same_item;
        }
    }
    items
}

/// The item's date, placed before the sentence's first word, so it leads it.
fn at_start(date: DatedMention) -> DatedMention {
    let mut date = date;
    date.mention.first = 0;
    date.mention.last = 0;
    date
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_item_line(tokens: &[Token]) -> bool {
        opens_item(tokens, &dates::scan(tokens))
    }
    use crate::extract::document::prepare;

    /// Which sentences open an item.
    fn items(text: &str) -> Vec<bool> {
        let doc = prepare("x", text);
        let mut dates = crate::extract::resolve_dates(&doc);
        carry_item_dates(&doc, &mut dates)
    }

    fn tokens(line: &str) -> Vec<Token> {
        crate::extract::text::tokenize(line, 0, line.len())
    }

    #[test]
    fn a_date_set_off_at_the_head_of_a_short_line_makes_an_item_not_a_heading() {
        // Fulbright University Vietnam's timeline: a headline after its year, no full stop.
        assert!(is_item_line(&tokens("1995: US and Vietnam resume ties")));
        assert!(is_item_line(&tokens("July 1995 – Embassies opened in Hanoi and Washington")));
        assert!(is_item_line(&tokens("- January - Vietnam submits a formal written request for WTO Accession")));
        // Counter-examples: a date line, a heading, a row of years that is navigation.
        assert!(!is_item_line(&tokens("Updated July 2010")));
        assert!(!is_item_line(&tokens("Visits that shape the Vietnam-U.S. relationship")));
        assert!(!is_item_line(&tokens("1991 - 1992 - 1993 - 1994 - 1995")));
        let doc = prepare("x", "Timeline\n\n2000: Bilateral Trade Agreement signed\nTrade and investment ties flourish.\n\nA heading of the page\n");
        let said: Vec<&str> = doc.sentences.iter().map(|s| &doc.text[s.start..s.end]).collect();
        assert_eq!(said, vec!["2000: Bilateral Trade Agreement signed", "Trade and investment ties flourish."]);
    }

    #[test]
    fn an_item_with_no_known_verb_is_an_event_when_its_words_name_a_happening() {
        assert!(names_happening(&tokens("Bilateral Trade Agreement signed")));
        assert!(names_happening(&tokens("Embassies opened in Hanoi and Washington")));
        assert!(names_happening(&tokens("US and Vietnam resume ties")));
        // Counter-examples: a trend, a state, a word that only begins like a happening.
        assert!(!names_happening(&tokens("Rapid growth of Vietnamese students in the US")));
        assert!(!names_happening(&tokens("Internet Comes to Vietnam")));
        assert!(!names_happening(&tokens("Significant milestones in the relationship")));
        let list = "Timeline\n\n1994: US ends embargo President Clinton abolishes 19-year economic embargo against Vietnam.\n\n2000: Bilateral Trade Agreement signed\nTrade and investment ties flourish.\n\n2009: Rapid growth of Vietnamese students in the US\nMore students come every year.\n";
        let model = crate::extract::extract(&[crate::extract::Article { id: "x", text: list, title: None, published: None }]);
        let years: Vec<i32> = model.events.iter().map(|e| e.date.year).collect();
        assert!(years.contains(&2000), "{years:?}");
        assert!(!years.contains(&2009), "{years:?}");
    }

    /// The events a text gives, as "date title".
    fn events(text: &str) -> Vec<String> {
        let model = crate::extract::extract(&[crate::extract::Article { id: "x", text, title: None, published: None }]);
        model.events.iter().map(|e| format!("{} {}", e.date, e.title)).collect()
    }

    #[test]
    fn a_list_whose_year_lines_are_lost_dates_no_item_that_runs_back() {
        // vietnam-ustrade.org: the bullets after "1994 February 3" belong to later years the
        // page no longer prints; "January" cannot follow February in one year.
        let lost = "Milestones\n\n1994 February 3 - President Clinton lifts the trade embargo.\n\n- January - Vietnam submits a formal written request for WTO Accession\n- July 11 - President Clinton announces normalization of relations with Vietnam.\n\n1996- May - U.S. presents Vietnam with trade agreement blueprint.\n";
        let found = events(lost);
        assert!(found.iter().any(|e| e.starts_with("1994-02-03")), "{found:?}");
        assert!(found.iter().any(|e| e.starts_with("1996-05")), "{found:?}");
        assert!(!found.iter().any(|e| e.contains("-07-11")), "{found:?}");
        // Counter-example: a list running forward, whose year-less item takes the year above it.
        let forward = "Milestones\n\n1995 July 11 - President Clinton announces normalization of relations with Vietnam.\n- August 6 - Secretary of State Warren Christopher visits Hanoi.\n";
        let found = events(forward);
        assert!(found.iter().any(|e| e.starts_with("1995-08-06")), "{found:?}");
    }

    #[test]
    fn dates_alone_on_their_lines_date_the_lines_under_them() {
        let headed = "Chronology\n\n1997\nPeterson takes up his post as ambassador in Hanoi.\nThe Secretary of State visits Vietnam.\n\n2000\nThe Bilateral Trade Agreement is signed in Washington.\nPresident Clinton visits Vietnam.\n";
        let doc = prepare("x", headed);
        let mut dates = crate::extract::resolve_dates(&doc);
        carry_item_dates(&doc, &mut dates);
        let year = |s: usize| dates[s].first().map(|d| d.range.start.year);
        let years: Vec<Option<i32>> = (0..doc.sentences.len()).map(year).collect();
        assert_eq!(years, vec![Some(1997), Some(1997), Some(1997), Some(2000), Some(2000), Some(2000)]);
        // Counter-example: one date alone (a photo's, a byline's) dates only the line after it.
        let single = "Hanoi visit\n\nThe minister spoke of trade at length before the talks.\n\nJune 1, 2015\nThe minister arrived.\nTrade grew strongly over the decade.\n";
        let doc = prepare("x", single);
        let mut dates = crate::extract::resolve_dates(&doc);
        carry_item_dates(&doc, &mut dates);
        let last = doc.sentences.len() - 1;
        assert!(dates[last].is_empty(), "{:?}", &doc.text[doc.sentences[last].start..doc.sentences[last].end]);
    }

    #[test]
    fn an_item_is_titled_by_who_did_what_past_a_phrase_of_background() {
        let found = events("Milestones\n\n1991 April – Under the Bush Administration, Washington presents Hanoi with a “roadmap” plan for phased normalization of ties.\n");
        assert!(found.iter().any(|e| e.starts_with("1991-04 Washington presents Hanoi")), "{found:?}");
        // Counter-example: an item that opens with its subject keeps it.
        let found = events("Milestones\n\nApril 1991 – The Bush Administration presents Hanoi with a “roadmap” plan for phased normalization of ties.\n");
        assert!(found.iter().any(|e| e.contains("Bush Administration presents")), "{found:?}");
    }

    #[test]
    fn lines_that_open_with_their_date_make_a_list() {
        let list = "Key dates\n\nJuly 7, 1991 A U.S. office for MIA affairs opens in Hanoi.\n\n1992 The first Fulbright grantees arrive in the U.S.\n\nMay 1996 U.S. presents Vietnam with a trade agreement blueprint. It is welcomed.\n";
        assert_eq!(items(list), vec![true, true, true, false]);
    }

    #[test]
    fn a_dated_sentence_inside_an_item_does_not_end_it() {
        // Vietnam Business Forum, 2019: Christopher's visit is told after "In August 1995" and
        // takes the item's year. Each item is a paragraph; the next one starts afresh.
        let text = "Milestones\n\n1995: July 11: U.S. President Clinton announced the normalization of diplomatic relations with Vietnam. In August 1995, Vietnam and the U.S. opened embassies in Washington, D.C. and Hanoi. U.S. Secretary of State Warren Christopher paid his official visit to Vietnam.\n\nThe two countries grew closer.\n";
        let doc = prepare("x", text);
        let mut dates = crate::extract::resolve_dates(&doc);
        carry_item_dates(&doc, &mut dates);
        let year = |s: usize| dates[s].first().map(|d| d.range.start.year);
        // The heading is no sentence: 0 and 1 are the item's dated sentences.
        assert_eq!(year(2), Some(1995));
        assert_eq!(year(3), None, "a new paragraph is no longer the item");
    }

    #[test]
    fn one_line_that_opens_with_a_date_is_prose() {
        let prose = "A year of firsts\n\n2016 Was a year of visits for both sides.\n\nIn May 1996, the U.S. presented Vietnam with a blueprint.\n\nTrade grew in 1997.\n";
        assert!(items(prose).iter().all(|item| !item));
    }
}
