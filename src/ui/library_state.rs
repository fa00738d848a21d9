//! What the articles panel holds between renders: the reader's shelf of articles, the seeds
//! switched off, what the last action came to (every message of it, in order), and what storage
//! said. Changes go through `reduce`, one after another, so several files dropped at once all
//! arrive and all report.

use crate::i18n::{Key, Lang};
use super::storage::Damaged;
use crate::library::{self, ImportReport, Shelf};
use std::rc::Rc;
use yew::prelude::*;

/// The reader's shelf, shared and compared by identity: a change makes a new shelf, and
/// megabytes of text are neither copied nor compared on every render.
#[derive(Clone, Default)]
pub struct Articles(pub Rc<Shelf>);

impl PartialEq for Articles {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A line the panel says: an error (shown as an alert) or not.
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    pub error: bool,
    pub text: String,
}

impl Said {
    fn info(text: String) -> Said {
        Said { error: false, text }
    }

    fn error(text: String) -> Said {
        Said { error: true, text }
    }
}

#[derive(Clone, PartialEq)]
pub struct LibraryState {
    pub articles: Articles,
    pub seeds_off: Vec<String>,
    /// Everything the reader's last action came to, in order: one file's refusal does not hide
    /// another's success.
    pub messages: Vec<Said>,
    /// Articles added but not yet found in the history shown: reported once they are.
    pub awaiting: Vec<library::Added>,
    /// The last write to storage failed, and why: shown until a write succeeds.
    pub storage_error: Option<String>,
    /// Copies of stored articles that could not be read, kept until the reader lets them go.
    pub damaged: Vec<Damaged>,
    /// Why the stored articles are not written over in this visit, when they are not.
    pub frozen: Option<String>,
    /// An import in progress: (articles done, articles in the file).
    pub importing: Option<(usize, usize)>,
    /// The language messages are said in from now on (those already said stay as they were).
    pub lang: Lang,
}

impl LibraryState {
    pub fn new(loaded: super::storage::Loaded, lang: Lang) -> Self {
        LibraryState {
            articles: Articles(Rc::new(Shelf::new(crate::seeds::SEEDS, loaded.articles))),
            seeds_off: loaded.seeds_off,
            messages: Vec::new(),
            awaiting: Vec::new(),
            storage_error: None,
            damaged: loaded.damaged,
            frozen: loaded.frozen,
            importing: None,
            lang,
        }
    }
}

/// What the reader asks of the articles, and what comes back of it.
pub enum LibraryAction {
    /// A new action by the reader: what the last one said is cleared.
    Begin,
    /// Text, the name it came from (a file name or "pasted text"), a title and a date given, and
    /// a note on how it was decoded when that was guessed.
    Add { text: String, source: String, title: String, published: String, note: Option<String> },
    Refused(String),
    /// The history now holds these added articles: say what they brought.
    Reported { ids: Vec<String>, message: String },
    Toggle(String),
    Remove(String),
    ImportProgress { done: usize, total: usize },
    /// An import ended: the shelf it built from the one it started with, and its report.
    Imported { shelf: Shelf, report: ImportReport },
    StorageFailed(String),
    StorageSaved,
    /// A copy of unreadable stored articles was let go.
    Forgotten(String),
    /// The interface's language changed.
    SetLang(Lang),
}

impl Reducible for LibraryState {
    type Action = LibraryAction;

    fn reduce(self: Rc<Self>, action: LibraryAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            LibraryAction::Begin => next.messages.clear(),
            LibraryAction::Add { text, source, title, published, note } => {
                let mut shelf = (*next.articles.0).clone();
                match shelf.add_in(text, &source, &title, &published, next.lang) {
                    Ok(added) => {
                        next.messages.extend(note.map(Said::error));
                        next.awaiting.push(added);
                        next.articles = Articles(Rc::new(shelf));
                    }
                    Err(why) => next.messages.push(Said::error(why)),
                }
            }
            LibraryAction::Reported { ids, message } => {
                next.awaiting.retain(|a| !ids.contains(&a.id));
                next.messages.push(Said::info(message));
            }
            LibraryAction::Refused(why) => next.messages.push(Said::error(why)),
            LibraryAction::Toggle(id) if crate::seeds::SEEDS.iter().any(|(seed, _)| *seed == id) => {
                match next.seeds_off.iter().position(|s| *s == id) {
                    Some(i) => {
                        next.seeds_off.remove(i);
                    }
                    None => next.seeds_off.push(id),
                }
            }
            LibraryAction::Toggle(id) => {
                let mut shelf = (*next.articles.0).clone();
                shelf.toggle(&id);
                next.articles = Articles(Rc::new(shelf));
            }
            LibraryAction::Remove(id) => {
                let mut shelf = (*next.articles.0).clone();
                if let Some(removed) = shelf.remove(&id) {
                    let name = removed.title.clone().unwrap_or_else(|| crate::extract::article_title(&removed.id, &removed.text));
                    next.messages = vec![Said::info(next.lang.f(Key::Removed, &[&library::shorten(&name)]))];
                    next.articles = Articles(Rc::new(shelf));
                }
                next.awaiting.retain(|a| a.id != id);
            }
            LibraryAction::ImportProgress { done, total } => next.importing = Some((done, total)),
            LibraryAction::Imported { shelf, report } => {
                next.importing = None;
                let lines = report.lines_in(next.lang);
                let summary = lines.first().cloned();
                next.messages.extend(summary.map(|line| Said { error: report.added.is_empty(), text: line }));
                next.messages.extend(lines.into_iter().skip(1).map(Said::error));
                if !report.added.is_empty() {
                    next.articles = Articles(Rc::new(shelf));
                }
            }
            LibraryAction::StorageFailed(why) => next.storage_error = Some(why),
            LibraryAction::StorageSaved => next.storage_error = None,
            LibraryAction::Forgotten(key) => next.damaged.retain(|d| d.key != key),
            LibraryAction::SetLang(lang) if lang == self.lang => return self,
            LibraryAction::SetLang(lang) => next.lang = lang,
        }
        Rc::new(next)
    }
}
