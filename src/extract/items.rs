//! Chronology lists: "April 1991 – The Bush administration presents…", "1997 - May 9: …", a
//! date alone on a line with the text under it, or, in a list of several, a line that opens
//! with its date and runs straight on ("May 1996 U.S. presents Vietnam with…"). Every item is
//! an event, and the sentences of an item after its first take the item's date.

use super::document::Prepared;
use super::events::DatedMention;
use super::text::{Kind, Token};

/// How many lines must open with a bare date before such lines are read as a list: one line
/// that does ("2023 was a year of…") is prose.
const BARE_ITEMS: usize = 3;

/// "May 1996 U.S. presents…": a line that opens with its date and goes straight on with a
/// capitalized word, no dash between.
fn opens_bare_item(tokens: &[Token], first: &DatedMention, opens_line: bool) -> bool {
    let m = first.mention;
    opens_line && m.first == 0 && tokens.get(m.last).is_some_and(|t| t.kind == Kind::Word && t.capitalized)
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
    // The item date in force: its paragraph, and whether it came from a date line.
    let mut current: Option<(usize, DatedMention)> = None;
    let mut pending: Option<DatedMention> = None;
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let tokens = &doc.tokens[s];
        let Some(first) = dates[s].first().copied() else {
            match (current, pending) {
                (Some((paragraph, date)), _) if paragraph == sentence.paragraph => dates[s].push(at_start(date)),
                (_, Some(date)) => {
                    dates[s].push(at_start(date));
                    items[s] = true;
                    current = Some((sentence.paragraph, date));
                    pending = None;
                }
                _ => current = None,
            }
            continue;
        };
        pending = None;
        // A sentence of the item with a date of its own ("In August 1995, …") does not end
        // the item: a later undated sentence of the same paragraph still takes its date.
        let same_item = current.filter(|(paragraph, _)| *paragraph == sentence.paragraph);
        current = None;
        let m = first.mention;
        let leading = tokens[..m.first].iter().all(|t| t.kind != Kind::Word);
        let only_dates = tokens.iter().enumerate().all(|(i, t)| t.kind != Kind::Word || dates[s].iter().any(|d| d.mention.first <= i && i < d.mention.last));
        if sentence.caption {
            continue;
        }
        if only_dates {
            pending = Some(first);
        } else if (leading && tokens.get(m.last).is_some_and(|t| t.is_any(&["-", "–", "—", ":"])))
            || (bare_list && opens_bare_item(tokens, &first, opens_line(s)))
        {
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
    use crate::extract::document::prepare;

    /// Which sentences open an item.
    fn items(text: &str) -> Vec<bool> {
        let doc = prepare("x", text);
        let mut dates = crate::extract::resolve_dates(&doc);
        carry_item_dates(&doc, &mut dates)
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
