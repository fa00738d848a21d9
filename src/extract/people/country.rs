//! Which country a person is of: named before the title ("US President", "Vietnam's Prime
//! Minister"), implied by the title ("Senator"), or read from the name's form (a Vietnamese
//! family name and syllables of Vietnamese shape), else from the office.

use super::roles::{Side, OTHER_NATIONALITIES};
use super::{Certainty, BEFORE_TITLE};
use crate::extract::text::Token;
use crate::model::Country;

/// Vietnamese family names: a name that starts with one is Vietnamese.
const VIETNAMESE_FAMILY_NAMES: [&str; 22] = [
    "nguyen", "tran", "le", "pham", "phan", "vo", "vu", "truong", "bui", "do", "ho", "ngo", "duong", "dang",
    "dinh", "hoang", "huynh", "phung", "ly", "mai", "to", "lam",
];

/// The consonants a Vietnamese syllable may start with, as written without diacritics, longest
/// first ("dz" is an older spelling of "d", as in "Dzung").
const VIETNAMESE_ONSETS: [&str; 27] = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "dz", "b", "c", "d", "g", "h", "k", "l",
    "m", "n", "p", "r", "s", "t", "v", "x",
];

/// The consonants a Vietnamese syllable may end with.
const VIETNAMESE_CODAS: [&str; 9] = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// The country a word before a title names.
pub(crate) fn country_word(word: &str) -> Option<Country> {
    match word {
        "us" | "usa" | "american" | "america" | "states" => Some(Country::Us),
        "vietnamese" | "vietnam" | "viet" | "nam" => Some(Country::Vietnam),
        _ if OTHER_NATIONALITIES.contains(&word) => Some(Country::Other),
        _ => None,
    }
}

/// The country named just before a title, with nothing but "former", "the", "'s" between:
/// "US President", "Vietnam's Prime Minister", "North Korean leader". A country further
/// back belongs to another phrase ("U.S.-Vietnam relations, Ambassador Burghardt").
pub(super) fn country_before(tokens: &[Token], title: usize) -> Option<Country> {
    let mut k = title;
    while k > 0 {
        k -= 1;
        let t = &tokens[k];
        let word = t.folded.as_str();
        if let Some(country) = country_word(word) {
            return Some(country);
        }
        if !BEFORE_TITLE.contains(&word) {
            return None;
        }
    }
    None
}

/// A country when the words before the title say none: from the title ("Senator" is
/// American), else from the name's form, else from the office: American unless Vietnamese.
pub(super) fn country_of(words: &[&str], side: Side, place: Option<Country>) -> (Option<Country>, Certainty) {
    if place.is_some() {
        return (place, Certainty::Title);
    }
    match side {
        Side::Us => return (Some(Country::Us), Certainty::Title),
        Side::Vietnam => return (Some(Country::Vietnam), Certainty::Title),
        _ => {}
    }
    if is_vietnamese_name(words) {
        return (Some(Country::Vietnam), Certainty::Name);
    }
    let syllables = words.iter().all(|w| is_vietnamese_syllable(w));
    match side {
        Side::Official | Side::Minister if syllables => (Some(Country::Vietnam), Certainty::Office),
        Side::Official => (Some(Country::Us), Certainty::Office),
        _ => (None, Certainty::None),
    }
}

/// A full name of Vietnamese form: a Vietnamese family name, then syllables of Vietnamese form.
pub(super) fn is_vietnamese_name(words: &[&str]) -> bool {
    words.len() >= 2 && VIETNAMESE_FAMILY_NAMES.contains(&words[0]) && words.iter().all(|w| is_vietnamese_syllable(w))
}

/// Whether a folded word has the shape of one Vietnamese syllable: a consonant onset, one to
/// three vowels, a final consonant Vietnamese allows. "Trong", "Nguyen", "Troung" fit; "Bush",
/// "Biden", "Joe" (no "j" in Vietnamese) do not.
pub(super) fn is_vietnamese_syllable(word: &str) -> bool {
    let onset = VIETNAMESE_ONSETS.iter().find(|o| word.starts_with(*o)).map_or(0, |o| o.len());
    let rest = &word[onset..];
    let vowels = rest.bytes().take_while(|b| b"aeiouy".contains(b)).count();
    (1..=3).contains(&vowels) && VIETNAMESE_CODAS.contains(&&rest[vowels..])
}
