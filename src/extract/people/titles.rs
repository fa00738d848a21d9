//! Titles that introduce people: "US President", "Deputy Prime Minister", "Minister of
//! Industry and Trade", read from the roles table (`roles.rs`) with a department after "of",
//! what may follow a title before the name ("-elect", a country), and titles set after a name
//! ("Joe Biden, the US president").

use super::*;

/// A title found in the text.
pub(super) struct Title {
    pub(super) end: usize,
    pub(super) role: String,
    pub(super) side: Side,
}

/// The title starting at `i`, if one does (and is capitalized as a title).
pub(super) fn title_at(tokens: &[Token], i: usize) -> Option<Title> {
    let first = tokens.get(i)?;
    if first.kind != Kind::Word || !starts_title(&first.folded) {
        return None;
    }
    let (role, mut end) = ROLES.iter().filter(|r| first.is(r.words[0])).find_map(|r| title_words_end(tokens, i, r.words).map(|end| (r, end)))?;
    let mut name = role.name.to_string();
    let mut side = role.side;
    if let Some((department, after)) = department(tokens, role.words, end) {
        name = format!("{name} of {department}");
        end = after;
        if side == Side::Official {
            side = Side::Us;
        }
    }
    // "Mr." and "Sen." take their period.
    if role.words.len() == 1 && tokens.get(end).is_some_and(|t| t.is(".")) {
        end += 1;
    }
    // "press secretary Karine Jean-Pierre", "North Korean leader Kim": a lowercase title
    // counts when a name follows it and it is more than one word or follows a capitalized one.
    let name_follows = tokens.get(end).is_some_and(|t| t.capitalized && t.kind == Kind::Word);
    // "former president Bill Clinton", "then-president Bill Clinton": a past holder's title.
    let former = (i > 0 && tokens[i - 1].is_any(&["former", "then", "late"])) || (i > 1 && tokens[i - 1].is("-") && tokens[i - 2].is("then"));
    let lowercase_allowed = name_follows && (former || role.words.len() + usize::from(i > 0 && tokens[i - 1].capitalized) >= 2);
    (first.capitalized || lowercase_allowed).then_some(Title { end, role: name, side })
}

/// Where the title's words end if they stand at `i`; a hyphen may join them ("Secretary-General").
pub(super) fn title_words_end(tokens: &[Token], i: usize, words: &[&str]) -> Option<usize> {
    let mut k = i;
    for (n, word) in words.iter().enumerate() {
        if n > 0 && tokens.get(k).is_some_and(|t| t.is("-")) && *word != "-" {
            k += 1;
        }
        if !tokens.get(k).is_some_and(|t| t.is(word)) {
            return None;
        }
        k += 1;
    }
    Some(k)
}

/// "of Commerce", "of the Treasury", "of Industry and Trade" after a title ending in
/// "secretary" or "minister": the department as written, and where it ends.
pub(super) fn department(tokens: &[Token], words: &[&str], end: usize) -> Option<(String, usize)> {
    if !matches!(words.last(), Some(&"secretary") | Some(&"minister")) || !tokens.get(end).is_some_and(|t| t.is("of")) {
        return None;
    }
    let mut k = end + 1;
    let the = tokens.get(k).is_some_and(|t| t.is("the"));
    if the {
        k += 1;
    }
    let is_department = |t: &Token| DEPARTMENT_WORDS.contains(&t.folded.as_str());
    let from = k;
    let mut parts = Vec::new();
    while let Some(t) = tokens.get(k) {
        if is_department(t) {
            parts.push(crate::extract::text::capitalized(&t.folded));
        } else if t.is("and") && tokens.get(k + 1).is_some_and(is_department) && k > from {
            parts.push("and".to_string());
        } else {
            break;
        }
        k += 1;
    }
    if parts.is_empty() {
        return None;
    }
    let department = parts.join(" ");
    Some((if the { format!("the {department}") } else { department }, k))
}

/// Whether a word can open a title: asked of every token, so the first letter is tested
/// before the table is.
pub(super) fn starts_title(word: &str) -> bool {
    let Some(&letter) = word.as_bytes().first() else { return false };
    letter.is_ascii_lowercase() && TITLE_LETTERS & (1 << (letter - b'a')) != 0 && title_openers(letter).contains(&word)
}

/// The distinct first words of the titles that start with `letter`: a handful, where the whole
/// table is seventy rows. Built once.
pub(super) fn title_openers(letter: u8) -> &'static [&'static str] {
    static BY_LETTER: std::sync::OnceLock<Vec<Vec<&'static str>>> = std::sync::OnceLock::new();
    let table = BY_LETTER.get_or_init(|| {
        let mut table = vec![Vec::new(); 26];
        for role in ROLES {
            let first = role.words[0];
            if let Some(bucket) = first.as_bytes().first().and_then(|b| table.get_mut(usize::from(b.wrapping_sub(b'a')))) {
                if !bucket.contains(&first) {
                    bucket.push(first);
                }
            }
        }
        table
    });
    table.get(usize::from(letter.wrapping_sub(b'a'))).map_or(&[], Vec::as_slice)
}

/// The first letters of the titles, one bit each.
const TITLE_LETTERS: u32 = {
    let mut bits = 0u32;
    let mut i = 0;
    while i < ROLES.len() {
        bits |= 1 << (ROLES[i].words[0].as_bytes()[0] - b'a');
        i += 1;
    }
    bits
};

/// Skips the post's place in "Ambassador to Vietnam Marc Knapper" and "Envoy for Climate
/// John Kerry". Returns where the name starts and the country the place implies: an
/// ambassador to Vietnam is American, one to the US Vietnamese.
pub(super) fn skip_post_title(tokens: &[Token], i: usize) -> (usize, Option<Country>) {
    let Some(t) = tokens.get(i) else { return (i, None) };
    if t.is("for") && tokens.get(i + 1).is_some_and(|w| w.capitalized && w.is("climate")) {
        return (i + 2, None);
    }
    if t.is("of") {
        return holder_country(tokens, i);
    }
    if !t.is_any(&["to", "in"]) {
        return (i, None);
    }
    let mut k = i + 1;
    let mut country = None;
    while let Some(w) = tokens.get(k) {
        if w.is_any(&["vietnam", "viet", "nam", "hanoi"]) {
            country = Some(Country::Us);
        } else if w.is_any(&["us", "united", "states", "usa", "washington"]) {
            country = Some(Country::Vietnam);
        } else if !w.is("the") {
            break;
        }
        k += 1;
    }
    match country {
        Some(_) => (k, country),
        None => (i, None),
    }
}

/// "of the US, Wendy Sherman", "of Vietnam Nguyen Minh Vu", "of the National Assembly Vuong
/// Dinh Hue" after a title at `i` (the "of"): the country whose post it is, when a name
/// follows. Not when no name does: "the President of Vietnam, who" keeps the title alone.
fn holder_country(tokens: &[Token], i: usize) -> (usize, Option<Country>) {
    let mut k = i + 1;
    if tokens.get(k).is_some_and(|t| t.is("the")) {
        k += 1;
    }
    let from = k;
    let mut country = None;
    while let Some(w) = tokens.get(k).filter(|w| w.capitalized) {
        if w.is_any(&["vietnam", "viet", "nam"]) || (w.is("national") && tokens.get(k + 1).is_some_and(|a| a.is("assembly"))) {
            country = Some(Country::Vietnam);
            k += if w.is("national") { 2 } else { 1 };
        } else if w.is_any(&["us", "usa", "united", "states", "america"]) {
            country = Some(Country::Us);
            k += 1;
        } else {
            break;
        }
    }
    let after = if tokens.get(k).is_some_and(|t| t.is(",")) { k + 1 } else { k };
    match country {
        Some(_) if k > from && tokens.get(after).is_some_and(is_name_word) => (after, country),
        _ => (i, None),
    }
}

/// The title after a name and a comma, in any case, with the country written before it:
/// ", general secretary of Vietnam's Communist Party", ", the US ambassador to Vietnam,". Not
/// when a name follows the title: in "Tuan, Vietnamese Ambassador Dung" the title is Dung's.
pub(super) fn appositive_title(tokens: &[Token], end: usize) -> Option<(Title, Option<Country>)> {
    if !tokens.get(end).is_some_and(|t| t.is(",")) {
        return None;
    }
    let mut k = end + 1;
    let mut country = None;
    while let Some(t) = tokens.get(k) {
        match country_word(&t.folded) {
            Some(c) => country = Some(c),
            None if BEFORE_TITLE.contains(&t.folded.as_str()) => {}
            None => break,
        }
        k += 1;
    }
    let title = title_in_any_case(tokens, k)?;
    let (after_place, place) = skip_post_title(tokens, title.end);
    let place = place.filter(|_| country.is_none());
    if tokens.get(after_place).is_some_and(is_name_word) {
        return None;
    }
    Some((title, country.or(place)))
}

/// A title at `k` that gives a role, whatever its case, with its department: "general
/// secretary", "Minister of Industry and Trade".
pub(super) fn title_in_any_case(tokens: &[Token], k: usize) -> Option<Title> {
    let role = ROLES.iter().find(|r| !r.name.is_empty() && title_words_end(tokens, k, r.words).is_some())?;
    let mut end = title_words_end(tokens, k, role.words)?;
    let mut name = role.name.to_string();
    let mut side = role.side;
    if let Some((department, after)) = department(tokens, role.words, end) {
        name = format!("{name} of {department}");
        end = after;
        side = if side == Side::Official { Side::Us } else { side };
    }
    Some(Title { end, role: name, side })
}
