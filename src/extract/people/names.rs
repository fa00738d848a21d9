//! Name words: what may be part of a name ("W.", "O’Brien", "Jong-un", a nickname in quotes),
//! how far a name runs, how it is spelled, and whether two full names are one person
//! ("Bill" and "William", "Dzung" and "Dung").

use super::*;

/// Words that are never part of a name, though capitalized.
pub(super) const NOT_NAME: [&str; 59] = [
    "vietnam", "viet", "nam", "us", "usa", "america", "american", "united", "states", "vietnamese", "the",
    "of", "and", "communist", "party", "central", "committee", "white", "house", "government", "state",
    "foreign", "ministry", "hanoi", "ha", "noi", "washington", "in", "on", "at", "during", "when", "after",
    "former", "his", "her", "un", "a", "office", "department", "embassy", "consulate", "agency", "congress",
    "senate", "assembly", "national", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "general", "this", "he", "she", "it",
];

/// Short and long forms of one first name.
pub(super) const NICKNAMES: [(&str, &str); 10] = [
    ("bill", "william"),
    ("joe", "joseph"),
    ("bob", "robert"),
    ("jim", "james"),
    ("mike", "michael"),
    ("tony", "antony"),
    ("tony", "anthony"),
    ("dick", "richard"),
    ("tom", "thomas"),
    ("ted", "edward"),
];

/// Whether a full name is this entry's: the same first name (or its short form, or the
/// nickname in quotes) and no other middle initials. "George W. Bush" is not "George H. W.
/// Bush"; "George Bush" could be either and joins the first.
pub(super) fn same_person(entry: &Entry, words: &[&str], nickname: Option<&str>) -> bool {
    let known = &entry.words;
    let first_fits = same_first_name(&known[0], words[0])
        || entry.nicknames.iter().any(|n| n == words[0])
        || nickname.is_some_and(|n| n == known[0]);
    let middle = |w: &[String]| w[1..w.len() - 1].to_vec();
    let known_middle = middle(known);
    let new_middle: Vec<String> = words[1..words.len() - 1].iter().map(|w| w.to_string()).collect();
    let same_middle = known_middle.len() == new_middle.len() && known_middle.iter().zip(&new_middle).all(|(a, b)| same_word(a, b));
    first_fits && (known_middle.is_empty() || new_middle.is_empty() || same_middle)
}

/// Whether two folded name words are one: equal, or one spelled with the older Vietnamese
/// "dz" for "d" ("Dzung", "Dung"; "Dzu", "Du").
pub(super) fn same_word(a: &str, b: &str) -> bool {
    fn modern(w: &str) -> Option<&str> {
        w.strip_prefix("dz").or_else(|| w.strip_prefix('d'))
    }
    a == b || (modern(a).is_some() && modern(a) == modern(b) && is_vietnamese_syllable(a) && is_vietnamese_syllable(b))
}

pub(super) fn same_first_name(a: &str, b: &str) -> bool {
    a == b || NICKNAMES.iter().any(|(short, long)| (a == *short && b == *long) || (a == *long && b == *short))
}

pub(super) fn is_name_word(t: &Token) -> bool {
    t.kind == Kind::Word && t.capitalized && !t.is_any(&NOT_NAME) && !is_month(t)
}

pub(super) fn is_month(t: &Token) -> bool {
    crate::extract::text::month_number(&t.folded).is_some()
}

pub(super) fn is_title_word(t: &Token) -> bool {
    starts_title(&t.folded) || t.is_any(&["state", "chief", "of"])
}

/// The end of a name starting at `i`: capitalized words, initials ("W."), hyphenated parts,
/// and a nickname in quotes between them (Douglas "Pete" Peterson), which it also returns.
pub(super) fn name_extent(tokens: &[Token], i: usize) -> (usize, Option<String>) {
    let mut k = i;
    let mut words = 0;
    let mut nickname = None;
    while let Some(t) = tokens.get(k) {
        if words >= 4 {
            break;
        }
        if words > 0 && nickname.is_none() {
            if let Some(after) = quoted_nickname(tokens, k) {
                nickname = Some(tokens[k + 1].folded.to_string());
                k = after;
                continue;
            }
        }
        if !is_name_word(t) {
            break;
        }
        k += 1;
        words += 1;
        // An initial: "W." in "George W. Bush", "E." in "Marc E.Knapper".
        if t.folded.len() == 1 && tokens.get(k).is_some_and(|p| p.is(".") && p.start == t.end) {
            k += 1;
        }
        // An Irish or French prefix: "O’Brien", "D'Amato".
        let apostrophe = |p: &Token| (p.is("'") || p.is("’")) && p.start == t.end;
        if t.is_any(&["o", "d"]) && tokens.get(k).is_some_and(apostrophe) && tokens.get(k + 1).is_some_and(|w| w.kind == Kind::Word && w.capitalized && w.start == tokens[k].end) {
            k += 2;
        }
        // A hyphenated part: "Jong-un", "Jean-Pierre".
        if tokens.get(k).is_some_and(|p| p.is("-") && p.start == tokens[k - 1].end)
            && tokens.get(k + 1).is_some_and(|w| w.kind == Kind::Word && w.start == tokens[k].end)
        {
            k += 2;
        }
    }
    // A lone initial is not a name, nor is a nickname left hanging at the end.
    if words == 1 && tokens[i].folded.len() == 1 {
        return (i, None);
    }
    (k, nickname)
}

/// `"Pete"` followed by a name word, at `k`: where the quotes end.
pub(super) fn quoted_nickname(tokens: &[Token], k: usize) -> Option<usize> {
    let quote = |t: Option<&Token>| t.is_some_and(|t| t.is("\"") || t.is("'"));
    let inner = tokens.get(k + 1).is_some_and(is_name_word);
    (inner && quote(tokens.get(k)) && quote(tokens.get(k + 2)) && tokens.get(k + 3).is_some_and(is_name_word)).then_some(k + 3)
}

/// Whether a spelling is written in capitals only ("BILL CLINTON"), as headlines are.
pub(super) fn is_all_caps(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() > 1 && !s.chars().any(char::is_lowercase)
}

/// The folded words of a name's tokens.
pub(super) fn name_words(name: &[Token]) -> Vec<&str> {
    name.iter().filter(|t| t.kind == Kind::Word).map(|t| t.folded.as_str()).collect()
}

/// The name's stretch of the text as it stands, spacing and all: enough to tell its case
/// without building its spelling, which is asked of every candidate name.
pub(super) fn written<'t>(text: &'t str, name: &[Token]) -> &'t str {
    match (name.first(), name.last()) {
        (Some(first), Some(last)) => text.get(first.start..last.end).unwrap_or(""),
        _ => "",
    }
}

/// The name as written, words joined by single spaces ("E.Knapper" keeps its form).
pub(super) fn spelling(text: &str, name: &[Token]) -> String {
    let (Some(first), Some(last)) = (name.first(), name.last()) else { return String::new() };
    let raw = &text[first.start..last.end];
    let even = !raw.contains("  ") && !raw.contains(|c: char| c.is_whitespace() && c != ' ');
    if even {
        return raw.to_string();
    }
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}
