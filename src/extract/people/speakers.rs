//! Who "I" is in a transcript: a turn opens with its speaker's label in capitals
//! ("SECRETARY CHRISTOPHER:  Good afternoon."), and "I" and "my" in the turn are that person,
//! until the next label ("QUESTION:" names nobody, and "I" is then nobody known).

use super::{Entry, Mention};
use crate::extract::text::{simple_lower, simple_upper, Kind, Token};

/// Adds a mention of the speaker at each "I" and "my" of a labelled turn. `found` holds the
/// mentions of each sentence, in token order, and keeps that order.
pub fn add_speakers(text: &str, sentences: &[Vec<Token>], entries: &[Entry], found: &mut [Vec<Mention>]) {
    let mut speaker: Option<usize> = None;
    for (tokens, mentions) in sentences.iter().zip(found.iter_mut()) {
        if let Some(colon) = label_end(text, tokens) {
            // A label in capitals is not read as a name: its last word is the family name of
            // the one person known by it ("SECRETARY CHRISTOPHER").
            let by_family_name = || {
                let family = tokens[colon - 1].folded.as_str();
                let mut known = entries.iter().enumerate().filter(|(_, e)| !e.words.is_empty() && e.last_word() == family);
                match (known.next(), known.next()) {
                    (Some((p, _)), None) => Some(p),
                    _ => None,
                }
            };
            speaker = mentions.iter().find(|m| m.last <= colon).map(|m| m.person).or_else(by_family_name);
        }
        let Some(person) = speaker else { continue };
        for (k, t) in tokens.iter().enumerate() {
            let word = &text[t.start..t.end];
            if !(word == "I" || word == "My" || word == "my") || mentions.iter().any(|m| m.first <= k && k < m.last) {
                continue;
            }
            let at = mentions.partition_point(|m| m.first < k);
            mentions.insert(at, Mention { person, first: k, last: k + 1, possessive: word != "I", role: None });
        }
    }
}

/// Whether a sentence opens a speaker's turn with a label in capitals: the text is a transcript.
pub fn opens_turn(text: &str, tokens: &[Token]) -> bool {
    label_end(text, tokens).is_some()
}

/// The token of the colon that ends a speaker's label opening the sentence: one to four words
/// all in capitals ("SECRETARY CHRISTOPHER:", "FOREIGN MINISTER SON:", "Q:").
fn label_end(text: &str, tokens: &[Token]) -> Option<usize> {
    let colon = tokens.iter().take(5).position(|t| t.is(":"))?;
    let capitals = |t: &Token| t.kind == Kind::Word && text[t.start..t.end].chars().all(|c| !c.is_lowercase());
    (colon > 0 && tokens[..colon].iter().all(|t| capitals(t) || t.is("."))).then_some(colon)
}

/// "CHRISTOPHER" (a speaker's label is all that names him) → "Christopher". With the engine's
/// own case tables: `char::to_uppercase` brings the whole Unicode case tables into the page
/// (24 KB of data).
pub(super) fn in_mixed_case(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or(String::new(), |c| std::iter::once(simple_upper(c)).chain(chars.map(simple_lower)).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use crate::extract::{extract, Article};

    fn events_of(text: &str) -> Vec<String> {
        let model = extract(&[Article::new("x", text)]);
        model.events.iter().map(|e| format!("{} | {:?} | {}", e.date, e.category, e.title)).collect()
    }

    #[test]
    fn i_in_a_labelled_turn_is_the_speaker() {
        // State Department, 1995.
        let text = "95/10/03 Remarks by Secretary Christopher and FM Cam\nSECRETARY CHRISTOPHER:  Good afternoon.  It's a pleasure to welcome Foreign Minister Cam to the United States.\nI visited Hanoi in August to open our embassy and to exchange documents with the Foreign Minister.\n";
        let events = events_of(text);
        assert!(events.iter().any(|e| e.starts_with("1995-08 | Visit") && e.contains("Christopher")), "{events:?}");
        // Counter-example: after a label that names nobody, "I" is nobody known.
        let text = "95/10/03 Remarks by Secretary Christopher and FM Cam\nSECRETARY CHRISTOPHER:  Good afternoon.\nQUESTION:  Thank you.  I visited Hanoi in August to see the new embassy.\n";
        let events = events_of(text);
        assert!(events.iter().all(|e| !e.contains("Christopher visits")), "{events:?}");
    }

    #[test]
    fn a_title_names_the_speaker_for_i() {
        // State Department, 2023.
        let text = " date 2023-04-15 GENERAL SECRETARY TRONG: (Via interpreter) Welcome.\nSECRETARY BLINKEN: Thank you so much, General Secretary. Earlier today, the foreign minister and I were able to break ground on the new U.S. embassy.\n";
        let events = events_of(text);
        assert!(events.iter().any(|e| e.starts_with("2023-04-15 | Diplomacy") && e.contains("Blinken were able to break ground")), "{events:?}");
    }
}
