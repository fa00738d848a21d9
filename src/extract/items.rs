//! Chronology lists: "April 1991 – The Bush administration presents…", "1997 - May 9: …", or
//! a date alone on a line with the text under it. Every item is an event, and the sentences
//! of an item after its first take the item's date.

use super::document::Prepared;
use super::events::DatedMention;
use super::text::Kind;

/// Marks each sentence that opens a chronology item (or follows a date standing alone on its
/// line) and gives the item's date to the later sentences of the item that have none.
pub fn carry_item_dates(doc: &Prepared, dates: &mut [Vec<DatedMention>]) -> Vec<bool> {
    let mut items = vec![false; doc.sentences.len()];
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
        current = None;
        let m = first.mention;
        let leading = tokens[..m.first].iter().all(|t| t.kind != Kind::Word);
        let only_dates = tokens.iter().enumerate().all(|(i, t)| t.kind != Kind::Word || dates[s].iter().any(|d| d.mention.first <= i && i < d.mention.last));
        if sentence.caption {
            continue;
        }
        if only_dates {
            pending = Some(first);
        } else if leading && tokens.get(m.last).is_some_and(|t| t.is_any(&["-", "–", "—", ":"])) {
            items[s] = true;
            current = Some((sentence.paragraph, first));
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
