//! Finds people by the titles that introduce them ("US President Joe Biden", "PM Chinh") and
//! then by the names so learned, and folds every spelling of one person into one entry:
//! "Nguyễn Phú Trọng", "Nguyen Phu Trong" and "General Secretary Trong" are one person.
//!
//! A person is a full name, never a shared name part: "George W. Bush" and "George H. W. Bush"
//! are two, and so are Bill and Hillary Clinton. A bare "Clinton" or "Trong" after a title is
//! set aside while the text is read and given, once every full name is known, to the one it
//! can only be (or the one with the same role). The country comes from the words before the
//! title ("US", "Vietnam's"), the title itself (a senator is American), or the name's form.

mod country;
mod names;
mod roles;
mod speakers;
mod titles;

use super::text::{Kind, Token};
use crate::model::{Country, Person};
use names::*;
pub use speakers::{add_speakers, opens_turn};
use speakers::in_mixed_case;
pub(crate) use country::country_word;
use country::{country_before, country_of, is_vietnamese_name, is_vietnamese_syllable};
use roles::{Side, DEPARTMENT_WORDS, ROLES};
use titles::{appositive_title, skip_post_title, starts_title, title_at, title_in_any_case, Title};

/// Words just before a title that may stand between it and its country: "Vietnam's former".
const BEFORE_TITLE: [&str; 10] = ["'", "s", "former", "then", "-", "the", "acting", "late", "new", "visiting"];

/// A person found in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub person: usize,
    /// Token indices of the name (title excluded).
    pub first: usize,
    pub last: usize,
    /// Followed by "'s".
    pub possessive: bool,
    /// The title the text gives the person here, as an index into the entry's `roles`: Biden
    /// is "Vice President" in one sentence and "President" in another.
    pub role: Option<usize>,
}

impl Mention {
    /// The role the text gives the person at this mention, if a title stands with the name.
    pub fn role<'a>(&self, entries: &'a [Entry]) -> Option<&'a str> {
        let entry = entries.get(self.person)?;
        entry.roles.get(self.role?).map(|(r, _)| r.as_str())
    }
}

/// One person as learned so far.
#[derive(Clone, Debug, Default)]
pub struct Entry {
    /// Folded name words; the fullest form seen. Empty once the entry was folded into another.
    pub words: Vec<String>,
    /// Each spelling seen, with how often.
    pub spellings: Vec<(String, usize)>,
    pub country: Option<Country>,
    pub roles: Vec<(String, usize)>,
    /// How sure the country is: what the text says beats what a name suggests.
    certainty: Certainty,
    /// First names given in quotes: "Pete" in Douglas "Pete" Peterson.
    nicknames: Vec<String>,
}

/// Where a person's country was read, weakest first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
enum Certainty {
    #[default]
    None,
    /// An office that is American unless the name is Vietnamese ("President Bush").
    Office,
    /// The name's form: "Nguyen Tan Dung".
    Name,
    /// The title itself: a senator, the Party's General Secretary; an ambassador "to Vietnam".
    Title,
    /// The words before the title: "US", "Vietnamese", "Vietnam's".
    Stated,
}

impl Entry {
    pub fn last_word(&self) -> &str {
        self.words.last().map(String::as_str).unwrap_or("")
    }

    /// The spelling to show: the fullest name, written in mixed case, preferring diacritics,
    /// then the most frequent.
    pub fn display_name(&self) -> String {
        let rank = |s: &str| (!is_all_caps(s), s.split_whitespace().count());
        let best = self.spellings.iter().map(|(s, _)| rank(s)).max().unwrap_or((false, 0));
        self.spellings
            .iter()
            .filter(|(s, _)| rank(s) == best)
            .max_by_key(|(s, n)| (!s.is_ascii(), *n, s.len()))
            .map(|(s, _)| if is_all_caps(s) { in_mixed_case(s) } else { s.clone() })
            .unwrap_or_default()
    }

    /// The most frequent role; of equals, the first the text gave.
    pub fn role(&self) -> Option<String> {
        self.roles.iter().rev().max_by_key(|(_, n)| *n).map(|(r, _)| r.clone())
    }

    pub fn to_person(&self) -> Person {
        let name = self.display_name();
        let mut aliases: Vec<String> = self.spellings.iter().map(|(s, _)| s.clone()).filter(|s| *s != name).collect();
        crate::sort::sort(&mut aliases);
        Person { name, aliases, country: self.country, role: self.role() }
    }

    fn mentions(&self) -> usize {
        self.spellings.iter().map(|(_, n)| n).sum()
    }

    fn is_bare(&self) -> bool {
        self.words.len() == 1
    }

    fn has_role_like(&self, role: &str) -> bool {
        self.roles.iter().any(|(r, _)| r == role || r.starts_with(role) || role.starts_with(r.as_str()))
    }

    fn set_country(&mut self, country: Option<Country>, certainty: Certainty) {
        if country.is_some() && (self.country.is_none() || certainty > self.certainty) {
            self.country = country;
            self.certainty = certainty;
        }
    }

    /// Takes in everything `other` knows, leaving it empty.
    fn absorb(&mut self, other: &mut Entry) {
        for (spelling, n) in other.spellings.drain(..) {
            match self.spellings.iter_mut().find(|(s, _)| *s == spelling) {
                Some((_, m)) => *m += n,
                None => self.spellings.push((spelling, n)),
            }
        }
        // A bare title counts for the fuller one it begins: "Secretary" for "Secretary of State".
        for (role, n) in other.roles.drain(..) {
            match self.roles.iter_mut().find(|(r, _)| r.starts_with(role.as_str())) {
                Some((_, m)) => *m += n,
                None => self.roles.push((role, n)),
            }
        }
        self.set_country(other.country, other.certainty);
        self.nicknames.append(&mut other.nicknames);
        other.words.clear();
        other.country = None;
    }
}

/// Everyone found in a set of documents.
#[derive(Clone, Debug, Default)]
pub struct Registry {
    pub entries: Vec<Entry>,
    /// The last words of the names learned, sorted: every capitalized word of pass two is
    /// looked up here.
    full_names: Vec<String>,
    /// For each entry, the entry it was folded into when sealed (itself if none).
    redirect: Vec<usize>,
    /// Each name pass one found, as (person, role given there): what `learn_titled` numbers.
    learned: Vec<(usize, Option<String>)>,
}

/// What a name brings to the registry besides its words.
struct Facts {
    country: Option<Country>,
    certainty: Certainty,
    role: Option<String>,
    nickname: Option<String>,
}

impl Registry {
    /// Pass one: learns the names that follow a title in `tokens` of `text`, the names a title
    /// follows after a comma, and the full Vietnamese names written without one ("Nguyen Phu
    /// Trong's invitation").
    /// Returns the names found, as (first token, last token, number), for `mentions`.
    pub fn learn_titled(&mut self, text: &str, tokens: &[Token]) -> Vec<(usize, usize, usize)> {
        let mut titled = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let found = self
                .titled_name_at(text, tokens, i)
                .or_else(|| self.name_after_comma_at(text, tokens, i))
                .or_else(|| self.untitled_name_at(text, tokens, i));
            if let Some(found) = found {
                titled.push(found);
                i = found.1;
                continue;
            }
            i += 1;
        }
        titled
    }

    fn titled_name_at(&mut self, text: &str, tokens: &[Token], i: usize) -> Option<(usize, usize, usize)> {
        let title = title_at(tokens, i)?;
        let (name_start, place) = skip_post_title(tokens, title.end);
        let (name_end, nickname) = name_extent(tokens, name_start);
        // A headline in capitals runs the name into the next words ("BILL CLINTON LIFTS
        // EMBARGO"): such a name is left to pass two, which knows the names from the body.
        // A transcript's speaker label is in capitals too, and ends at its colon: "SECRETARY
        // CHRISTOPHER:  Good afternoon."
        let label = i == 0 && tokens.get(name_end).is_some_and(|t| t.is(":"));
        if name_end <= name_start || (is_all_caps(written(text, &tokens[name_start..name_end])) && !label) {
            return None;
        }
        Some(self.learn_titled_name(text, tokens, i, (name_start, name_end), title, place, nickname))
    }

    /// Learns a name found with its title at `i`: its country is the one stated before the
    /// title, else the one the title, the name's form or the place after the title gives.
    #[allow(clippy::too_many_arguments)]
    fn learn_titled_name(
        &mut self,
        text: &str,
        tokens: &[Token],
        i: usize,
        (name_start, name_end): (usize, usize),
        title: Title,
        place: Option<Country>,
        nickname: Option<String>,
    ) -> (usize, usize, usize) {
        let name = &tokens[name_start..name_end];
        let (country, certainty) = match country_before(tokens, i) {
            Some(country) => (Some(country), Certainty::Stated),
            None => country_of(&name_words(name), title.side, place),
        };
        let role = Some(title.role).filter(|r| !r.is_empty());
        (name_start, name_end, self.learn(text, name, Facts { country, certainty, role, nickname }))
    }

    /// A name set off by commas after its title: "the US ambassador, Ted Osius, said",
    /// "Vietnam's foreign minister, Bui Thanh Son." The title must read as a noun phrase (after
    /// "the" or a country) and the name be full and closed by a comma or the sentence's end.
    fn name_after_comma_at(&mut self, text: &str, tokens: &[Token], i: usize) -> Option<(usize, usize, usize)> {
        let first = tokens.get(i)?;
        if first.kind != Kind::Word || !starts_title(&first.folded) || i == 0 {
            return None;
        }
        let before = &tokens[i - 1];
        if !(before.is("the") || country_word(&before.folded).is_some() || before.is("s")) {
            return None;
        }
        let title = title_in_any_case(tokens, i)?;
        let (after_place, place) = skip_post_title(tokens, title.end);
        if !tokens.get(after_place).is_some_and(|t| t.is(",")) {
            return None;
        }
        let name_start = after_place + 1;
        let (name_end, nickname) = name_extent(tokens, name_start);
        let name = &tokens[name_start..name_end];
        let closed = tokens.get(name_end).is_none_or(|t| t.is_any(&[",", ".", ";"]));
        if name_words(name).len() < 2 || !closed || is_all_caps(written(text, name)) {
            return None;
        }
        Some(self.learn_titled_name(text, tokens, i, (name_start, name_end), title, place, nickname))
    }

    /// A name without a title before it: a full Vietnamese name (three or more words of
    /// Vietnamese form, the first a family name; two are not enough, "Lam Dong" is a
    /// province), or any full name with its title after it: "Hoang Quang Phong, Vice Chairman
    /// of …", "Marc Knapper, the US ambassador to Vietnam, said".
    fn untitled_name_at(&mut self, text: &str, tokens: &[Token], i: usize) -> Option<(usize, usize, usize)> {
        let t = &tokens[i];
        if !is_name_word(t) || is_title_word(t) || (i > 0 && is_name_word(&tokens[i - 1])) {
            return None;
        }
        let (end, _) = name_extent(tokens, i);
        let name = &tokens[i..end];
        let words = name_words(name);
        let vietnamese = words.len() >= 3 && name.len() == words.len() && is_vietnamese_name(&words);
        let after = appositive_title(tokens, end);
        if !(vietnamese || (after.is_some() && words.len() >= 2)) || is_all_caps(written(text, name)) {
            return None;
        }
        let (country, certainty, role) = match after {
            Some((title, Some(country))) => (Some(country), Certainty::Stated, Some(title.role)),
            Some((title, None)) => {
                let (country, certainty) = country_of(&words, title.side, None);
                (country, certainty, Some(title.role))
            }
            None => (Some(Country::Vietnam), Certainty::Name, None),
        };
        let facts = Facts { country, certainty, role: role.filter(|r| !r.is_empty()), nickname: None };
        Some((i, end, self.learn(text, name, facts)))
    }

    /// Adds a name found in pass one and numbers the finding.
    fn learn(&mut self, text: &str, name: &[Token], facts: Facts) -> usize {
        let role = facts.role.clone();
        let person = self.add(text, name, facts);
        self.learned.push((person, role));
        self.learned.len() - 1
    }

    fn add(&mut self, text: &str, name: &[Token], facts: Facts) -> usize {
        let words = name_words(name);
        let spelling = spelling(text, name);
        let index = match self.find_while_learning(&words, facts.role.as_deref(), facts.nickname.as_deref()) {
            Some(index) => index,
            None => {
                self.entries.push(Entry::default());
                self.redirect.push(self.entries.len() - 1);
                self.entries.len() - 1
            }
        };
        let entry = &mut self.entries[index];
        if words.len() > entry.words.len() {
            entry.words = words.iter().map(|w| w.to_string()).collect();
        }
        match entry.spellings.iter_mut().find(|(s, _)| *s == spelling) {
            Some((_, n)) => *n += 1,
            None => entry.spellings.push((spelling, 1)),
        }
        entry.set_country(facts.country, facts.certainty);
        if let Some(role) = facts.role {
            match entry.roles.iter_mut().find(|(r, _)| *r == role) {
                Some((_, n)) => *n += 1,
                None => entry.roles.push((role, 1)),
            }
        }
        if let Some(nickname) = facts.nickname {
            if !entry.nicknames.contains(&nickname) {
                entry.nicknames.push(nickname);
            }
        }
        index
    }

    /// Pass one's lookup: a bare name joins only a bare entry with the same word and role (the
    /// seal decides whose it is); a full name joins the full name it can be.
    fn find_while_learning(&self, words: &[&str], role: Option<&str>, nickname: Option<&str>) -> Option<usize> {
        let last = *words.last()?;
        let mut same_last = (0..self.entries.len()).filter(|&i| same_word(self.entries[i].last_word(), last));
        if words.len() == 1 {
            return same_last.find(|&i| self.entries[i].is_bare() && self.entries[i].role().as_deref() == role);
        }
        same_last.find(|&i| !self.entries[i].is_bare() && same_person(&self.entries[i], words, nickname))
    }

    /// Pass two's lookup: a bare name is the most mentioned person with that last word; a full
    /// name the full name it can be.
    fn find(&self, words: &[&str]) -> Option<usize> {
        let last = *words.last()?;
        let mut same_last = (0..self.entries.len()).filter(|&i| same_word(self.entries[i].last_word(), last));
        if words.len() == 1 {
            return same_last.max_by_key(|&i| (!self.entries[i].is_bare(), self.entries[i].mentions()));
        }
        same_last.find(|&i| self.entries[i].is_bare() || same_person(&self.entries[i], words, None))
    }

    /// Ends pass one: gives each bare name to its full name, and makes what pass two looks
    /// names up in. Pass two adds spellings to known people but no new last names.
    pub fn seal(&mut self) {
        for bare in 0..self.entries.len() {
            if !self.entries[bare].is_bare() {
                continue;
            }
            if let Some(into) = self.owner_of_bare(bare) {
                let mut taken = std::mem::take(&mut self.entries[bare]);
                self.entries[into].absorb(&mut taken);
                self.entries[bare] = taken;
                self.redirect[bare] = into;
            }
        }
        for i in 0..self.redirect.len() {
            let mut to = self.redirect[i];
            while self.redirect[to] != to {
                to = self.redirect[to];
            }
            self.redirect[i] = to;
        }
        // A bare name that stayed alone is looked up too when an office introduced it
        // ("President Clinton" … "Clinton said"), not when only "Mr." did.
        let known = |e: &&Entry| e.words.len() > 1 || (e.is_bare() && !e.roles.is_empty());
        self.full_names = self.entries.iter().filter(known).map(|e| e.last_word().to_string()).collect();
        // "Dzung" is also looked up as "Dung".
        let modern: Vec<String> = self.full_names.iter().filter_map(|w| w.strip_prefix("dz").map(|rest| format!("d{rest}"))).collect();
        self.full_names.extend(modern);
        crate::sort::sort(&mut self.full_names);
        self.full_names.dedup();
    }

    /// The entry a bare name belongs to: the only full name ending in it, else the one with
    /// its role, else the most mentioned; a Vietnamese family name used alone ("President
    /// Truong") is the only full name starting with it; another bare entry of the same word
    /// (the same person under another title) comes last.
    fn owner_of_bare(&self, bare: usize) -> Option<usize> {
        let entry = &self.entries[bare];
        let word = entry.last_word();
        let full: Vec<usize> = (0..self.entries.len()).filter(|&i| !self.entries[i].is_bare() && same_word(self.entries[i].last_word(), word)).collect();
        let role = entry.role();
        let by_role = || full.iter().copied().filter(|&i| role.as_deref().is_some_and(|r| self.entries[i].has_role_like(r))).collect::<Vec<_>>();
        let chosen = match full.len() {
            0 => None,
            1 => Some(full[0]),
            _ => match by_role().as_slice() {
                [one] => Some(*one),
                _ => full.iter().copied().max_by_key(|&i| self.entries[i].mentions()),
            },
        };
        chosen.or_else(|| {
            let family: Vec<usize> = (0..self.entries.len())
                .filter(|&i| self.entries[i].words.len() > 2 && same_word(&self.entries[i].words[0], word) && self.entries[i].country == Some(Country::Vietnam))
                .collect();
            (family.len() == 1).then(|| family[0])
        })
        .or_else(|| (0..bare).find(|&i| self.entries[i].is_bare() && same_word(self.entries[i].last_word(), word)))
    }

    /// Pass two: every person in `tokens`: the titled names pass one found there, and the
    /// names it learned, wherever they stand without a title.
    pub fn mentions(&mut self, text: &str, tokens: &[Token], titled: &[(usize, usize, usize)]) -> Vec<Mention> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if let Some(&(name_start, name_end, number)) = titled.iter().find(|t| t.0 == i) {
                if let Some((person, role)) = self.learned.get(number) {
                    let person = self.redirect.get(*person).copied().unwrap_or(*person);
                    let role = role.as_deref().and_then(|r| self.entries[person].roles.iter().position(|(known, _)| known.starts_with(r)));
                    found.push(Mention { role, ..mention(tokens, person, name_start, name_end) });
                }
                i = name_end;
                continue;
            }
            let t = &tokens[i];
            if t.kind == Kind::Word && t.capitalized && t.folded.len() >= 3 {
                let known = self.full_names.binary_search_by(|w| w.as_str().cmp(t.folded.as_str())).is_ok();
                if known && !t.is_any(&NOT_NAME) {
                    // Take the first names written before it: "Bill Clinton", "George W. Bush".
                    let mut first = i;
                    while first > 0 && is_name_word(&tokens[first - 1]) && !is_title_word(&tokens[first - 1]) {
                        first -= 1;
                    }
                    let words = name_words(&tokens[first..=i]);
                    if let Some(person) = self.find(&words) {
                        if words.len() > 1 {
                            self.add_spelling(person, &spelling(text, &tokens[first..=i]));
                        }
                        found.push(mention(tokens, person, first, i + 1));
                    }
                }
            }
            i += 1;
        }
        found
    }

    fn add_spelling(&mut self, person: usize, spelling: &str) {
        let entry = &mut self.entries[person];
        match entry.spellings.iter_mut().find(|(s, _)| s == spelling) {
            Some((_, n)) => *n += 1,
            None => entry.spellings.push((spelling.to_string(), 1)),
        }
    }
}

fn mention(tokens: &[Token], person: usize, first: usize, last: usize) -> Mention {
    let possessive = tokens.get(last).is_some_and(|t| t.is("'")) && tokens.get(last + 1).is_some_and(|t| t.is("s"));
    Mention { person, first, last, possessive, role: None }
}

#[cfg(test)]
mod tests;
