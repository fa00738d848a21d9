//! The reader's articles as a shelf that refuses what may not be added: empty text, text over
//! `MAX_BYTES`, and text already there (a seed's or a stored article's, whatever its spacing,
//! line ends or diacritics). Each text is reduced to a 64-bit key once, when it arrives, and
//! new ids are counted, not searched for, so adding is linear in the text added, not in the
//! articles already there: importing 10,000 articles used to take minutes.

use crate::i18n::{Key, Lang};
use super::fields::shortened;
use super::{parse_date, Added, Rejection, UserArticle, MAX_BYTES};
use crate::extract::article_title;
use crate::extract::text::fold_char;
use std::cell::OnceCell;
use std::collections::HashMap;

/// The reader's articles, with what is needed to refuse duplicates and give fresh ids.
#[derive(Clone, Debug, Default)]
pub struct Shelf {
    articles: Vec<UserArticle>,
    /// Per article, in the same order: its duplicate key (none for a stored article with no
    /// text), and its name once it was needed.
    article_keys: Vec<Option<u64>>,
    names: Vec<Option<String>>,
    /// Duplicate key → the index of the first article with that text.
    keys: HashMap<u64, usize>,
    /// The shipped articles, (id, text).
    seeds: &'static [(&'static str, &'static str)],
    /// The shipped articles' keys and names, made when a text is first added: folding and
    /// naming the seeds costs about 25 ms in the browser, which opening the page need not pay.
    seed_index: OnceCell<SeedIndex>,
    /// The number of the next id, "user-N": one more than the largest in use.
    next: u64,
}

/// The shipped articles' duplicate keys, each → the index in `names` of the first with that
/// text (an index, so this map is the same compiled type as `Shelf::keys`).
#[derive(Clone, Debug, Default)]
struct SeedIndex {
    keys: HashMap<u64, usize>,
    names: Vec<String>,
}

impl SeedIndex {
    fn new(seeds: &[(&str, &str)]) -> SeedIndex {
        let mut index = SeedIndex::default();
        for (id, text) in seeds {
            if let Some(key) = key(text) {
                if !index.keys.contains_key(&key) {
                    index.keys.insert(key, index.names.len());
                    index.names.push(article_title(id, text));
                }
            }
        }
        index
    }
}

/// Two shelves are equal when they hold the same articles over the same seeds; whether the
/// seeds' index was made yet does not count.
impl PartialEq for Shelf {
    fn eq(&self, other: &Shelf) -> bool {
        self.articles == other.articles
            && self.article_keys == other.article_keys
            && self.names == other.names
            && self.keys == other.keys
            && self.next == other.next
            && (std::ptr::eq(self.seeds, other.seeds) || self.seeds == other.seeds)
    }
}

impl Shelf {
    /// `seeds` is (id, text) of the shipped articles (the app passes `crate::seeds::SEEDS`);
    /// `articles` the reader's, as stored (kept as they are, even two with the same text).
    pub fn new(seeds: &'static [(&'static str, &'static str)], articles: Vec<UserArticle>) -> Shelf {
        let mut shelf = Shelf { next: 1, seeds, ..Shelf::default() };
        for article in articles {
            shelf.next = shelf.next.max(id_number(&article.id) + 1);
            let key = key(&article.text);
            if let Some(key) = key {
                shelf.keys.entry(key).or_insert(shelf.articles.len());
            }
            shelf.article_keys.push(key);
            shelf.names.push(None);
            shelf.articles.push(article);
        }
        shelf
    }

    pub fn articles(&self) -> &[UserArticle] {
        &self.articles
    }

    /// Adds text the reader gave, with the title and publication date they gave: refused when
    /// empty, too large or already there (named by its title), or when the date is not one.
    /// The article gets a fresh id "user-N" and is switched on. Nothing is read here beyond
    /// the article's head, for its name: the history reads it with the others (in the
    /// background when it is long), then `added_message` reports. `source` (a file name,
    /// "pasted text") opens the message of a refusal.
    pub fn add(&mut self, text: String, source: &str, title: &str, published: &str) -> Result<Added, String> {
        self.add_in(text, source, title, published, Lang::En)
    }

    /// `add`, with a refusal said in `lang`.
    pub fn add_in(&mut self, text: String, source: &str, title: &str, published: &str, lang: Lang) -> Result<Added, String> {
        let key = self.admit(&text).map_err(|rejection| format!("{source}: {}", rejection.message(lang)))?;
        let published = published.trim();
        let date = (!published.is_empty()).then(|| parse_date(published));
        if date == Some(None) {
            return Err(lang.f(Key::NotADate, &[&published]));
        }
        let title = Some(title.trim().to_string()).filter(|t| !t.is_empty());
        let article = UserArticle { id: String::new(), title, published: date.flatten().map(|d| d.to_string()), text, enabled: true };
        Ok(self.push(article, key))
    }

    /// One article of an import: it keeps its title, publication date and on/off state, gets a
    /// fresh id, and passes the same checks as `add`. A refusal says only why; the import
    /// report names the article.
    pub fn add_imported(&mut self, article: UserArticle) -> Result<Added, String> {
        self.add_imported_in(article, Lang::En)
    }

    /// `add_imported`, with a refusal of the text said in `lang`.
    pub fn add_imported_in(&mut self, mut article: UserArticle, lang: Lang) -> Result<Added, String> {
        let key = self.admit(&article.text).map_err(|rejection| rejection.message(lang))?;
        article.title = article.title.map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
        article.published = match article.published.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
            None => None,
            Some(published) => match parse_date(published) {
                Some(date) => Some(date.to_string()),
                None => return Err(format!("{}.", not_a_date("published", &shortened(published, 40), lang))),
            },
        };
        Ok(self.push(article, key))
    }

    /// Removes the article with this id, if there is one.
    pub fn remove(&mut self, id: &str) -> Option<UserArticle> {
        let index = self.articles.iter().position(|a| a.id == id)?;
        self.article_keys.remove(index);
        self.names.remove(index);
        let article = self.articles.remove(index);
        self.next = self.articles.iter().map(|a| id_number(&a.id)).max().unwrap_or(0) + 1;
        // The indices after it moved: the map is rebuilt from the keys kept, never from texts.
        self.keys.clear();
        for (i, key) in self.article_keys.iter().enumerate() {
            if let Some(key) = *key {
                self.keys.entry(key).or_insert(i);
            }
        }
        Some(article)
    }

    /// Switches the article with this id on or off.
    pub fn toggle(&mut self, id: &str) {
        if let Some(article) = self.articles.iter_mut().find(|a| a.id == id) {
            article.enabled = !article.enabled;
        }
    }

    /// The checks every new text passes; its duplicate key when it passes them.
    fn admit(&mut self, text: &str) -> Result<u64, Rejection> {
        if text.trim().is_empty() {
            return Err(Rejection::Empty);
        }
        if text.len() > MAX_BYTES {
            return Err(Rejection::TooLarge { bytes: text.len() });
        }
        let key = key(text).ok_or(Rejection::Empty)?;
        let seeds = self.seed_index.get_or_init(|| SeedIndex::new(self.seeds));
        if let Some(&seed) = seeds.keys.get(&key) {
            return Err(Rejection::Duplicate { of: seeds.names[seed].clone() });
        }
        match self.keys.get(&key) {
            Some(&index) => Err(Rejection::Duplicate { of: self.name(index) }),
            None => Ok(key),
        }
    }

    /// The name of the article at `index`: its title, else the one its head gives (kept, so
    /// a thousand copies of one article cost one reading of its head).
    fn name(&mut self, index: usize) -> String {
        let article = &self.articles[index];
        // Shortened: a title or a first line can be megabytes long, and a name is shown in lines.
        self.names[index].get_or_insert_with(|| super::shorten(&article.title.clone().unwrap_or_else(|| article_title(&article.id, &article.text)))).clone()
    }

    fn push(&mut self, mut article: UserArticle, key: u64) -> Added {
        article.id = format!("user-{}", self.next);
        self.next += 1;
        let index = self.articles.len();
        self.keys.entry(key).or_insert(index);
        self.article_keys.push(Some(key));
        self.names.push(None);
        self.articles.push(article);
        Added { id: self.articles[index].id.clone(), name: self.name(index) }
    }
}

/// N of an id "user-N", else 0. An absurd number in a stored id must not exhaust the ids.
fn id_number(id: &str) -> u64 {
    id.strip_prefix("user-").and_then(|n| n.parse::<u64>().ok()).filter(|&n| n < 1 << 53).unwrap_or(0)
}

/// What is said of a field that holds no date: "its field “published” is “soon”, not a date…".
pub(super) fn not_a_date(field: &str, shown: &str, lang: Lang) -> String {
    lang.f(Key::FieldNotADate, &[&field, &shown])
}

/// The duplicate key of a text: FNV-1a over the text with byte order marks removed, folded
/// (lowercase, no diacritics) and its spacing, line ends included, collapsed to single spaces.
/// `None` when nothing but spacing is left. Deterministic, so keys could be kept. Two texts
/// with one key are taken as one: at 64 bits, that is as good as never among different texts.
fn key(text: &str) -> Option<u64> {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(PRIME);
        }
    };
    let (mut seen, mut space) = (false, false);
    let mut folded = String::new();
    for c in text.chars() {
        folded.clear();
        match c {
            '\u{feff}' => continue,
            c if c.is_ascii() => folded.push(c.to_ascii_lowercase()),
            c => fold_char(c, &mut folded),
        }
        for f in folded.chars() {
            if f.is_whitespace() {
                space = seen;
            } else {
                if std::mem::take(&mut space) {
                    feed(b" ");
                }
                feed(f.encode_utf8(&mut [0; 4]).as_bytes());
                seen = true;
            }
        }
    }
    seen.then_some(hash)
}

#[cfg(test)]
mod tests;
