//! The reader's articles in the browser's local storage. Every write is checked and its failure
//! returned, never ignored; stored text that cannot be read is copied aside under a key of its
//! own before anything is written over it, and when the copy fails it is left where it is and
//! nothing is written there for the rest of the visit. A copy never replaces an earlier copy.

use crate::i18n::{number_in, Key, Lang};
use crate::library::{self, UserArticle};

const SEEDS_OFF_KEY: &str = "vnus.seeds-off.v1";
/// Copies of unreadable stored articles: this prefix, then ".1", ".2"… (the first copies, from
/// before numbering, have the bare prefix).
const DAMAGED_PREFIX: &str = "vnus.articles.v1.unreadable";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok()).flatten()
}

/// A copy of stored articles that could not be read, kept until the reader lets it go.
#[derive(Clone, Debug, PartialEq)]
pub struct Damaged {
    pub key: String,
    pub bytes: usize,
}

/// What the page found in storage when it opened.
pub struct Loaded {
    pub articles: Vec<UserArticle>,
    pub seeds_off: Vec<String>,
    pub damaged: Vec<Damaged>,
    /// Why the stored articles must not be written over in this visit, when they must not:
    /// they could not be read and there was no room to copy them aside.
    pub frozen: Option<String>,
}

/// Whether the first render may read more or less than the seeds alone: stored articles or
/// seeds switched off. A cheap look at the raw text, not a parse (the app parses them when it
/// opens); a wrong "yes" only costs the read-ahead of the seeds (`ui::first_view`), never
/// the history's truth.
pub fn holds_choices() -> bool {
    let Some(store) = storage() else { return false };
    let item = |key: &str| store.get_item(key).ok().flatten().unwrap_or_default();
    item(library::STORAGE_KEY).contains("\"id\"") || !item(SEEDS_OFF_KEY).trim().is_empty()
}

/// Reads the stored articles, copying aside what cannot be read.
pub fn load(lang: Lang) -> Loaded {
    let store = storage();
    let raw = store.as_ref().and_then(|s| s.get_item(library::STORAGE_KEY).ok().flatten());
    let loaded = library::load(raw.as_deref());
    let mut frozen = None;
    if let (Some(unreadable), Some(store)) = (&loaded.damaged, &store) {
        let key = free_key(store);
        match store.set_item(&key, unreadable) {
            // Copied: only now is the original replaced by what could be read of it (so the
            // next visit does not copy it again).
            Ok(()) if store.get_item(&key).ok().flatten().as_deref() == Some(unreadable.as_str()) => {
                if store.set_item(library::STORAGE_KEY, &library::save(&loaded.articles)).is_err() {
                    let _ = store.remove_item(library::STORAGE_KEY);
                }
            }
            _ => {
                let _ = store.remove_item(&key);
                frozen = Some(lang.f(Key::StorageFrozen, &[&number_in(lang, unreadable.len() as f64 / 1e6, 1)]));
            }
        }
    }
    let mut damaged = store.as_ref().map(copies).unwrap_or_default();
    if frozen.is_some() {
        if let Some(unreadable) = &loaded.damaged {
            damaged.push(Damaged { key: library::STORAGE_KEY.to_string(), bytes: unreadable.len() });
        }
    }
    Loaded { articles: loaded.articles, seeds_off: load_seeds_off(store.as_ref()), damaged, frozen }
}

/// The first copy key not taken, so a copy never replaces an earlier one.
fn free_key(store: &web_sys::Storage) -> String {
    (1..)
        .map(|n| format!("{DAMAGED_PREFIX}.{n}"))
        .find(|key| store.get_item(key).ok().flatten().is_none())
        .unwrap_or_else(|| DAMAGED_PREFIX.to_string())
}

/// The copies of unreadable articles in storage, oldest first.
fn copies(store: &web_sys::Storage) -> Vec<Damaged> {
    let mut found: Vec<(u32, Damaged)> = (0..store.length().unwrap_or(0))
        .filter_map(|i| store.key(i).ok().flatten())
        .filter_map(|key| {
            let number = match key.strip_prefix(DAMAGED_PREFIX)? {
                "" => 0,
                rest => rest.strip_prefix('.')?.parse().ok()?,
            };
            let bytes = store.get_item(&key).ok().flatten()?.len();
            Some((number, Damaged { key, bytes }))
        })
        .collect();
    crate::sort::sort_by_key(&mut found, |(n, _)| *n);
    found.into_iter().map(|(_, d)| d).collect()
}

/// A stored copy's text, for download.
pub fn damaged_text(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

/// Lets a copy go, once the reader has it (or does not want it). Never the live key.
pub fn forget(key: &str, lang: Lang) -> Result<(), String> {
    if !key.starts_with(DAMAGED_PREFIX) {
        return Err(lang.t(Key::NotRemovedHere).to_string());
    }
    storage().ok_or_else(|| no_storage(lang))?.remove_item(key).map_err(|_| lang.t(Key::RemoveRefused).to_string())
}

fn load_seeds_off(store: Option<&web_sys::Storage>) -> Vec<String> {
    let raw = store.and_then(|s| s.get_item(SEEDS_OFF_KEY).ok().flatten()).unwrap_or_default();
    raw.split('\n').filter(|id| crate::seeds::SEEDS.iter().any(|(seed, _)| seed == id)).map(str::to_string).collect()
}

fn no_storage(lang: Lang) -> String {
    lang.t(Key::NoStorage).to_string()
}

/// Saves the reader's articles (unless `frozen`) and the seeds switched off. The error says
/// what was not saved and why.
pub fn save(articles: &[UserArticle], seeds_off: &[String], frozen: bool, lang: Lang) -> Result<(), String> {
    let store = storage().ok_or_else(|| no_storage(lang))?;
    if !frozen {
        store.set_item(library::STORAGE_KEY, &library::save(articles)).map_err(|_| {
            let mb = articles.iter().map(|a| a.text.len()).sum::<usize>() as f64 / 1e6;
            lang.f(Key::StorageFull, &[&number_in(lang, mb, 1)])
        })?;
    }
    store.set_item(SEEDS_OFF_KEY, &seeds_off.join("\n")).map_err(|_| lang.t(Key::StorageSeedsFull).to_string())
}
