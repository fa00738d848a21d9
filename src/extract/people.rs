//! Finds people by the titles that introduce them ("US President Joe Biden", "PM Chinh") and
//! then by the names so learned, and folds every spelling of one person into one entry:
//! "Nguyễn Phú Trọng", "Nguyen Phu Trong" and "General Secretary Trong" are one person.

use super::text::{Kind, Token};
use crate::model::{Country, Person};

/// Titles that introduce a name, as folded words, longest first where one extends another.
const TITLES: [&[&str]; 34] = [
    &["party", "general", "secretary"],
    &["general", "secretary"],
    &["communist", "party", "chief"],
    &["party", "chief"],
    &["secretary", "general"],
    &["vice", "president"],
    &["president"],
    &["deputy", "prime", "minister"],
    &["prime", "minister"],
    &["pm"],
    &["secretary", "of", "state"],
    &["secretary", "of", "defense"],
    &["secretary", "of", "defence"],
    &["defense", "minister"],
    &["defence", "minister"],
    &["foreign", "minister"],
    &["deputy", "foreign", "minister"],
    &["minister"],
    &["ambassador"],
    &["spokesperson"],
    &["spokesman"],
    &["spokeswoman"],
    &["press", "secretary"],
    &["senator"],
    &["sen"],
    &["chairman"],
    &["chairwoman"],
    &["speaker"],
    &["leader"],
    &["mr"],
    &["mrs"],
    &["ms"],
    &["admiral"],
    &["secretary"],
];

/// Words that are never part of a name, though capitalized.
const NOT_NAME: [&str; 38] = [
    "vietnam", "viet", "nam", "us", "usa", "america", "american", "united", "states", "vietnamese", "the",
    "of", "and", "communist", "party", "central", "committee", "white", "house", "government", "state",
    "foreign", "ministry", "hanoi", "ha", "noi", "washington", "in", "on", "at", "during", "when", "after",
    "former", "his", "her", "un", "a",
];

/// Vietnamese family names: a name that starts with one is Vietnamese.
const VIETNAMESE_FAMILY_NAMES: [&str; 22] = [
    "nguyen", "tran", "le", "pham", "phan", "vo", "vu", "truong", "bui", "do", "ho", "ngo", "duong", "dang",
    "dinh", "hoang", "huynh", "phung", "ly", "mai", "to", "lam",
];

/// Short and long forms of one first name.
const NICKNAMES: [(&str, &str); 10] = [
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

/// A person found in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub person: usize,
    /// Token indices of the name (title excluded).
    pub first: usize,
    pub last: usize,
    /// Followed by "'s".
    pub possessive: bool,
}

/// One person as learned so far.
#[derive(Clone, Debug, Default)]
pub struct Entry {
    /// Folded name words; the fullest form seen.
    pub words: Vec<String>,
    /// Each spelling seen, with how often.
    pub spellings: Vec<(String, usize)>,
    pub country: Option<Country>,
    pub roles: Vec<(String, usize)>,
}

impl Entry {
    pub fn last_word(&self) -> &str {
        self.words.last().map(String::as_str).unwrap_or("")
    }

    /// The spelling to show: the most frequent full name, preferring diacritics and length.
    pub fn display_name(&self) -> String {
        let longest = self.spellings.iter().map(|(s, _)| s.split_whitespace().count()).max().unwrap_or(0);
        self.spellings
            .iter()
            .filter(|(s, _)| s.split_whitespace().count() == longest)
            .max_by_key(|(s, n)| (s.chars().filter(|c| !c.is_ascii()).count() > 0, *n, s.len()))
            .map(|(s, _)| s.clone())
            .unwrap_or_default()
    }

    pub fn role(&self) -> Option<String> {
        self.roles.iter().max_by_key(|(_, n)| *n).map(|(r, _)| r.clone())
    }

    pub fn to_person(&self) -> Person {
        let name = self.display_name();
        let mut aliases: Vec<String> = self.spellings.iter().map(|(s, _)| s.clone()).filter(|s| *s != name).collect();
        aliases.sort();
        Person { name, aliases, country: self.country, role: self.role() }
    }
}

/// Everyone found in a set of documents.
#[derive(Clone, Debug, Default)]
pub struct Registry {
    pub entries: Vec<Entry>,
    /// The last words of the full names learned, sorted: every capitalized word of pass two
    /// is looked up here.
    full_names: Vec<String>,
}

impl Registry {
    /// Pass one: learns the names that follow a title in `tokens` of `text`.
    /// Returns the names found, as (first token, last token, person), for `mentions`.
    pub fn learn_titled(&mut self, text: &str, tokens: &[Token]) -> Vec<(usize, usize, usize)> {
        let mut titled = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if let Some(after_title) = title_end(tokens, i) {
                let name_start = skip_post_title(tokens, after_title);
                let name_end = name_extent(tokens, name_start);
                if name_end > name_start {
                    let country = country_before(tokens, i).or_else(|| title_country(tokens, i));
                    let role = role_name(tokens, i, after_title);
                    let person = self.add(text, &tokens[name_start..name_end], country, role);
                    titled.push((name_start, name_end, person));
                    i = name_end;
                    continue;
                }
            }
            i += 1;
        }
        titled
    }

    fn add(&mut self, text: &str, name: &[Token], country: Option<Country>, role: Option<String>) -> usize {
        let words = name_words(name);
        let spelling = spelling(text, name);
        let index = match self.find(&words) {
            Some(index) => index,
            None => {
                self.entries.push(Entry::default());
                self.entries.len() - 1
            }
        };
        let country = country.or_else(|| guess_country(&words));
        let entry = &mut self.entries[index];
        if words.len() > entry.words.len() {
            entry.words = words.iter().map(|w| w.to_string()).collect();
        }
        match entry.spellings.iter_mut().find(|(s, _)| *s == spelling) {
            Some((_, n)) => *n += 1,
            None => entry.spellings.push((spelling, 1)),
        }
        if entry.country.is_none() {
            entry.country = country;
        }
        if let Some(role) = role {
            match entry.roles.iter_mut().find(|(r, _)| *r == role) {
                Some((_, n)) => *n += 1,
                None => entry.roles.push((role, 1)),
            }
        }
        index
    }

    /// The entry these name words belong to: same last word, and compatible first words.
    fn find(&self, words: &[&str]) -> Option<usize> {
        let last = *words.last()?;
        let mut candidates = (0..self.entries.len()).filter(|&i| self.entries[i].last_word() == last);
        if words.len() == 1 {
            // A bare "Clinton" or "Trong" is the fullest known person with that name.
            return candidates.max_by_key(|&i| self.entries[i].spellings.iter().map(|(_, n)| n).sum::<usize>());
        }
        candidates.find(|&i| {
            let known = &self.entries[i].words;
            known.len() == 1 || same_first_name(&known[0], words[0])
        })
    }

    /// Ends pass one: what pass two looks names up in. Pass two adds spellings to known people
    /// but no new last names.
    pub fn seal(&mut self) {
        self.full_names = self.entries.iter().filter(|e| e.words.len() > 1).map(|e| e.last_word().to_string()).collect();
        self.full_names.sort();
        self.full_names.dedup();
    }

    /// Pass two: every person in `tokens`: the titled names pass one found there, and the
    /// names it learned, wherever they stand without a title.
    pub fn mentions(&mut self, text: &str, tokens: &[Token], titled: &[(usize, usize, usize)]) -> Vec<Mention> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if let Some(&(name_start, name_end, person)) = titled.iter().find(|t| t.0 == i) {
                found.push(mention(tokens, person, name_start, name_end));
                i = name_end;
                continue;
            }
            let t = &tokens[i];
            if t.kind == Kind::Word && t.capitalized && t.folded.len() >= 3 {
                let known = self.full_names.binary_search_by(|w| w.as_str().cmp(t.folded.as_str())).is_ok();
                if known && !NOT_NAME.contains(&t.folded.as_str()) {
                    // Take the first names written before it: "Bill Clinton", "George W. Bush".
                    let mut first = i;
                    while first > 0 && is_name_word(&tokens[first - 1]) && !is_title_word(&tokens[first - 1]) {
                        first -= 1;
                    }
                    let words = name_words(&tokens[first..=i]);
                    if let Some(person) = self.find(&words) {
                        if words.len() > 1 {
                            self.add(text, &tokens[first..=i], None, None);
                        }
                        found.push(mention(tokens, person, first, i + 1));
                    }
                }
            }
            i += 1;
        }
        found
    }
}

fn mention(tokens: &[Token], person: usize, first: usize, last: usize) -> Mention {
    let possessive = tokens.get(last).is_some_and(|t| t.is("'")) && tokens.get(last + 1).is_some_and(|t| t.is("s"));
    Mention { person, first, last, possessive }
}

fn same_first_name(a: &str, b: &str) -> bool {
    a == b || NICKNAMES.iter().any(|(short, long)| (a == *short && b == *long) || (a == *long && b == *short))
}

/// The index just past a title starting at `i`, if one does (and is capitalized as a title).
fn title_end(tokens: &[Token], i: usize) -> Option<usize> {
    let first = tokens.get(i)?;
    if first.kind != Kind::Word || !starts_title(&first.folded) {
        return None;
    }
    for title in TITLES.iter() {
        let fits = title.iter().enumerate().all(|(k, w)| tokens.get(i + k).is_some_and(|t| t.is(w)));
        if fits {
            let mut end = i + title.len();
            // "Secretary of Commerce", "Secretary of the Treasury": any department.
            if *title == ["secretary"] && tokens.get(end).is_some_and(|t| t.is("of")) {
                let mut k = end + 1;
                if tokens.get(k).is_some_and(|t| t.is("the")) {
                    k += 1;
                }
                if tokens.get(k).is_some_and(|t| t.capitalized && t.kind == Kind::Word) {
                    end = k + 1;
                }
            }
            // "Mr." and "Sen." take their period.
            if tokens.get(end).is_some_and(|t| t.is(".")) && title.len() == 1 {
                end += 1;
            }
            // "press secretary Karine Jean-Pierre", "North Korean leader Kim": a lowercase
            // title counts when a name follows it.
            let name_follows = tokens.get(end).is_some_and(|t| t.capitalized && t.kind == Kind::Word);
            let lowercase_allowed = name_follows && title.len() + usize::from(i > 0 && tokens[i - 1].capitalized) >= 2;
            return (first.capitalized || lowercase_allowed).then_some(end);
        }
    }
    None
}

/// Whether a word can open a title: a quick test by first letter, as every token is asked.
fn starts_title(word: &str) -> bool {
    let candidates: &[&str] = match word.as_bytes().first() {
        Some(b'p') => &["party", "president", "prime", "pm", "press"],
        Some(b'g') => &["general"],
        Some(b'c') => &["communist", "chairman", "chairwoman"],
        Some(b's') => &["secretary", "spokesperson", "spokesman", "spokeswoman", "senator", "sen", "speaker"],
        Some(b'v') => &["vice"],
        Some(b'd') => &["deputy", "defense", "defence"],
        Some(b'f') => &["foreign"],
        Some(b'm') => &["minister", "mr", "mrs", "ms"],
        Some(b'a') => &["ambassador", "admiral"],
        Some(b'l') => &["leader"],
        _ => return false,
    };
    candidates.iter().any(|c| c.as_bytes() == word.as_bytes())
}

/// Skips "to Vietnam" in "Ambassador to Vietnam Marc Knapper".
fn skip_post_title(tokens: &[Token], mut i: usize) -> usize {
    if tokens.get(i).is_some_and(|t| t.is("to")) {
        let mut k = i + 1;
        while tokens.get(k).is_some_and(|t| t.is_any(&["the", "vietnam", "viet", "nam", "us", "united", "states", "usa"])) {
            k += 1;
        }
        if k > i + 1 {
            i = k;
        }
    }
    i
}

fn is_name_word(t: &Token) -> bool {
    t.kind == Kind::Word && t.capitalized && !NOT_NAME.contains(&t.folded.as_str()) && !is_month(t)
}

fn is_month(t: &Token) -> bool {
    super::text::month_number(&t.folded).is_some()
}

fn is_title_word(t: &Token) -> bool {
    starts_title(&t.folded) || t.is_any(&["state", "chief", "of"])
}

/// The end of a name starting at `i`: capitalized words, initials ("W."), hyphenated parts.
fn name_extent(tokens: &[Token], i: usize) -> usize {
    let mut k = i;
    let mut words = 0;
    while let Some(t) = tokens.get(k) {
        if words >= 4 {
            break;
        }
        if is_name_word(t) {
            k += 1;
            words += 1;
            // An initial: "W." in "George W. Bush", "E." in "Marc E.Knapper".
            if t.folded.len() == 1 && tokens.get(k).is_some_and(|p| p.is(".") && p.start == t.end) {
                k += 1;
            }
            // A hyphenated part: "Jong-un", "Jean-Pierre".
            if tokens.get(k).is_some_and(|p| p.is("-") && p.start == tokens[k - 1].end)
                && tokens.get(k + 1).is_some_and(|w| w.kind == Kind::Word && w.start == tokens[k].end)
            {
                k += 2;
            }
        } else {
            break;
        }
    }
    // A lone initial is not a name.
    if words == 1 && tokens[i].folded.len() == 1 {
        return i;
    }
    k
}

/// The country words just before a title: "US President", "Vietnamese PM", "North Korean leader".
fn country_before(tokens: &[Token], title: usize) -> Option<Country> {
    let from = title.saturating_sub(3);
    let mut country = None;
    for t in &tokens[from..title] {
        match t.folded.as_str() {
            "us" | "u" | "american" | "america" | "white" => country = Some(Country::Us),
            "vietnamese" | "vietnam" | "viet" => country = Some(Country::Vietnam),
            "korean" | "un" | "chinese" | "china" | "japanese" | "russian" => country = Some(Country::Other),
            _ => {}
        }
    }
    country
}

/// Titles only one side uses: the Party's General Secretary is Vietnamese.
fn title_country(tokens: &[Token], title: usize) -> Option<Country> {
    let t = &tokens[title];
    let next = tokens.get(title + 1);
    let party = t.is("party") || t.is("communist") || (t.is("general") && next.is_some_and(|n| n.is("secretary")));
    let us_only = t.is("senator") || (t.is("secretary") && next.is_some_and(|n| n.is("of")));
    if party {
        Some(Country::Vietnam)
    } else if us_only {
        Some(Country::Us)
    } else {
        None
    }
}

fn guess_country(words: &[&str]) -> Option<Country> {
    let first = words.first()?;
    (words.len() >= 2 && VIETNAMESE_FAMILY_NAMES.contains(first)).then_some(Country::Vietnam)
}

/// A readable role from the title words: "PM" → "Prime Minister".
fn role_name(tokens: &[Token], from: usize, to: usize) -> Option<String> {
    let words: Vec<&str> = tokens[from..to].iter().filter(|t| t.kind == Kind::Word).map(|t| t.folded.as_str()).collect();
    let role = match words.as_slice() {
        ["mr"] | ["mrs"] | ["ms"] => return None,
        ["pm"] => "Prime Minister".to_string(),
        ["party", "chief"] | ["communist", "party", "chief"] | ["party", "general", "secretary"] => {
            "General Secretary".to_string()
        }
        ["sen"] => "Senator".to_string(),
        other => {
            let mut role = String::new();
            for (i, word) in other.iter().enumerate() {
                if i > 0 {
                    role.push(' ');
                }
                if *word == "of" && i > 0 {
                    role.push_str("of");
                } else {
                    role.push_str(&super::text::capitalized(word));
                }
            }
            role
        }
    };
    Some(role)
}


/// The folded words of a name's tokens.
fn name_words(name: &[Token]) -> Vec<&str> {
    name.iter().filter(|t| t.kind == Kind::Word).map(|t| t.folded.as_str()).collect()
}

/// The name as written, words joined by single spaces ("E.Knapper" keeps its form).
fn spelling(text: &str, name: &[Token]) -> String {
    let (Some(first), Some(last)) = (name.first(), name.last()) else { return String::new() };
    let raw = &text[first.start..last.end];
    let even = !raw.contains("  ") && !raw.contains(|c: char| c.is_whitespace() && c != ' ');
    if even {
        return raw.to_string();
    }
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::tokenize;

    fn names(texts: &[&str]) -> Vec<String> {
        let mut registry = Registry::default();
        let titled: Vec<_> = texts.iter().map(|text| registry.learn_titled(text, &tokenize(text, 0, text.len()))).collect();
        registry.seal();
        let mut found = Vec::new();
        for (text, titled) in texts.iter().zip(&titled) {
            let tokens = tokenize(text, 0, text.len());
            for m in registry.mentions(text, &tokens, titled) {
                found.push(registry.entries[m.person].display_name());
            }
        }
        found
    }

    #[test]
    fn one_person_whatever_the_spelling() {
        let found = names(&[
            "Party General Secretary Nguyễn Phú Trọng said.",
            "General Secretary Nguyen Phu Trong will visit. Trong is the first.",
            "Vietnam’s Communist Party Chief Nguyen Phu Trong embarked.",
        ]);
        assert_eq!(found, ["Nguyễn Phú Trọng"; 4]);
    }

    #[test]
    fn western_names_with_nicknames_and_initials() {
        assert_eq!(names(&["U.S. Secretary of Commerce Gina Raimondo visited Hanoi."]), ["Gina Raimondo"]);
        let found = names(&[
            "President William Clinton announced it. In 2001, Bill Clinton made a visit.",
            "former US President Bill Clinton was there; President Clinton left.",
            "US President George W. Bush and President George Bush met Mr. Trump.",
            "US Ambassador to Vietnam Marc E.Knapper spoke with North Korean leader Kim Jong-un.",
        ]);
        assert_eq!(
            found,
            [
                "Bill Clinton", "Bill Clinton", "Bill Clinton", "Bill Clinton", "George W. Bush", "George W. Bush", "Trump",
                "Marc E.Knapper", "Kim Jong-un"
            ]
        );
    }

    #[test]
    fn countries_come_from_titles_and_family_names() {
        let mut registry = Registry::default();
        let text = "US President Joe Biden met Prime Minister Pham Minh Chinh and North Korean leader Kim Jong-un.";
        registry.learn_titled(text, &tokenize(text, 0, text.len()));
        let countries: Vec<_> = registry.entries.iter().map(|e| e.country).collect();
        assert_eq!(countries, [Some(Country::Us), Some(Country::Vietnam), Some(Country::Other)]);
    }
}
