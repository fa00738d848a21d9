//! Where the page's model comes from. While the reader's own articles are short, the history is
//! read here, during the render, so the first paint already shows it. When they are long, the
//! background reader (a Web Worker) reads it and the page keeps showing the last history, and
//! stays responsive, until the new one arrives. If the worker cannot run, the text is read here
//! after all, and the reader is told why the page held.

use super::library_state::Articles;
use super::reader::BackgroundReader;
use super::state::Texts;
use crate::extract::{extract, Article};
use crate::library::{self, UserArticle};
use crate::model::Model;
use crate::transfer::{read_reply, Job};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Above this many bytes of the reader's own text switched on, the history is read in the
/// background. The engine reads about 10 MB a second in the browser, so 150 KB holds the page
/// for about 15 ms: one frame.
pub const BACKGROUND_BYTES: usize = 150_000;

/// Above this many of the reader's articles switched on, the history is read in the background
/// too, however short they are: each article costs the reading its own people and events to
/// merge, so a thousand notes of 130 bytes held the page for 60 to 220 ms (`cargo bench`:
/// "seeds and 1,000 short notes").
pub const BACKGROUND_ARTICLES: usize = 100;

/// What the page shows, and whether a newer history is being read.
pub struct ModelSource {
    pub model: Rc<Model>,
    /// Bytes of text being read in the background, if any.
    pub reading: Option<usize>,
    /// Why the background reader could not be used, when it could not.
    pub failure: Option<String>,
}

/// The articles the history is built from: the seeds switched on, and the reader's.
pub fn articles_of<'a>(seeds_off: &[String], user: &'a [UserArticle]) -> Vec<Article<'a>> {
    let mut articles: Vec<Article> = crate::seeds::articles().into_iter().filter(|a| !seeds_off.iter().any(|s| s == a.id)).collect();
    articles.extend(user.iter().filter(|a| a.enabled).map(|a| Article {
        id: &a.id,
        text: &a.text,
        title: a.title.as_deref(),
        published: a.published.as_deref().and_then(library::parse_date),
    }));
    articles
}

thread_local! {
    /// The seeds' history, read ahead of the first render in a task of its own
    /// (`ui::first_view::start`), taken by the first render that reads the seeds alone.
    static SEEDS_READ: RefCell<Option<Rc<Model>>> = const { RefCell::new(None) };
}

/// Keeps the seeds' history, read before the first render (`extract::prepare` on each of
/// `articles_of(&[], &[])`, then `extract::extract_prepared`), for that render.
pub fn seeds_read(model: Model) {
    SEEDS_READ.with(|read| *read.borrow_mut() = Some(Rc::new(model)));
}

/// The history of `seeds_off` and the reader's articles switched on: the one read ahead when it
/// is the seeds' alone, else read now.
fn read_now(seeds_off: &[String], user: &[UserArticle]) -> Rc<Model> {
    let seeds_alone = seeds_off.is_empty() && !user.iter().any(|a| a.enabled);
    SEEDS_READ
        .with(|read| read.borrow_mut().take())
        .filter(|_| seeds_alone)
        .unwrap_or_else(|| Rc::new(extract(&articles_of(seeds_off, user))))
}

/// A history and the number of the set of articles it was read from.
type Numbered = (u32, Rc<Model>);

/// A job in flight: what the reply needs to be read back, and what to read here if it fails.
struct Pending {
    generation: u32,
    /// The texts the job was made of, to cut the reply's quotes from.
    texts: Texts,
    user: Articles,
    seeds_off: Vec<String>,
}

#[derive(Default)]
struct Background {
    reader: Option<BackgroundReader>,
    /// The reader stopped (its script failed, it crashed): start a new one for the next job.
    broken: bool,
    pending: Option<Pending>,
}

#[hook]
pub fn use_model(user: Articles, seeds_off: Vec<String>, texts: Texts) -> ModelSource {
    let on = || user.0.articles().iter().filter(|a| a.enabled);
    let bytes: usize = on().map(|a| a.text.len()).sum();
    let background = bytes > BACKGROUND_BYTES || on().count() > BACKGROUND_ARTICLES;
    // Each set of articles gets a number (the newest model shown wins), and is read here at
    // once when it is short.
    let counter = use_mut_ref(|| 0u32);
    let here = use_memo((user.clone(), seeds_off.clone()), move |(user, seeds_off)| {
        *counter.borrow_mut() += 1;
        let generation = *counter.borrow();
        (generation, (!background).then(|| read_now(seeds_off, user.0.articles())))
    });
    let generation = here.0;
    // (generation, model) of the newest history the background reader (or its fallback) gave.
    let read: UseStateHandle<Option<Numbered>> = use_state(|| None);
    let failure: UseStateHandle<Option<String>> = use_state(|| None);
    let state: Rc<RefCell<Background>> = use_mut_ref(Background::default);
    // The newest history shown so far, kept on screen while a newer one is read.
    let last: Rc<RefCell<Option<Numbered>>> = use_mut_ref(|| None);
    {
        let (read, failure, state) = (read.clone(), failure.clone(), state.clone());
        use_effect_with((user.clone(), seeds_off.clone()), move |(user, seeds_off)| {
            if background {
                let job = Job::new(generation, &articles_of(seeds_off, user.0.articles()));
                state.borrow_mut().pending = Some(Pending { generation, texts: texts.clone(), user: user.clone(), seeds_off: seeds_off.clone() });
                send(&state, job.to_bytes(), &read, &failure);
            } else {
                state.borrow_mut().pending = None;
            }
        });
    }

    let mut last = last.borrow_mut();
    let newest = [here.1.as_ref().map(|m| (generation, m.clone())), (*read).clone(), last.clone()]
        .into_iter()
        .flatten()
        .max_by_key(|(g, _)| *g);
    // Long articles stored from an earlier visit: the seeds first (as generation 0, which any
    // history read later replaces), the rest when read.
    let newest = newest.unwrap_or_else(|| (0, read_now(&seeds_off, &[])));
    *last = Some(newest.clone());
    let model = newest.1;
    let waiting = background && read.as_ref().is_none_or(|(g, _)| *g < generation);
    ModelSource { model, reading: waiting.then_some(bytes), failure: (*failure).clone() }
}

/// Hands the job to the background reader, starting it if needed; reads here if it cannot.
fn send(state: &Rc<RefCell<Background>>, job: Vec<u8>, read: &UseStateHandle<Option<Numbered>>, failure: &UseStateHandle<Option<String>>) {
    if state.borrow().reader.is_none() || state.borrow().broken {
        // A reader that stopped is dropped here, never inside its own handlers.
        state.borrow_mut().reader = None;
        state.borrow_mut().broken = false;
        let on_reply = {
            let (state, read, failure) = (state.clone(), read.clone(), failure.clone());
            move |reply: Vec<u8>| {
                let pending = state.borrow_mut().pending.take();
                let Some(pending) = pending else { return };
                let result = read_reply(&reply, &pending.texts.0);
                let generation = pending.generation;
                // Until the newest reply arrives, the newest job stays pending.
                state.borrow_mut().pending = Some(pending);
                match result {
                    Ok((replied, model)) if replied == generation => {
                        state.borrow_mut().pending = None;
                        // Shown in a task of its own: reading a history of thousands of events
                        // back and drawing it would otherwise hold the page twice as long.
                        let read = read.clone();
                        gloo::timers::callback::Timeout::new(0, move || read.set(Some((replied, Rc::new(model))))).forget();
                    }
                    Ok(_) => {}
                    Err(why) => read_here(&state, why, &read, &failure),
                }
            }
        };
        let on_failure = {
            let (state, read, failure) = (state.clone(), read.clone(), failure.clone());
            move |why: String| {
                state.borrow_mut().broken = true;
                read_here(&state, why, &read, &failure);
            }
        };
        match BackgroundReader::start(on_reply, on_failure) {
            Ok(reader) => state.borrow_mut().reader = Some(reader),
            Err(why) => return read_here(state, why, read, failure),
        }
    }
    let sent = state.borrow().reader.as_ref().map(|reader| reader.send(job));
    if let Some(Err(why)) = sent {
        read_here(state, why, read, failure);
    }
}

/// The fallback: the pending job read on the page's own thread, which holds it meanwhile.
fn read_here(state: &Rc<RefCell<Background>>, why: String, read: &UseStateHandle<Option<Numbered>>, failure: &UseStateHandle<Option<String>>) {
    let pending = state.borrow_mut().pending.take();
    let Some(pending) = pending else { return };
    let model = extract(&articles_of(&pending.seeds_off, pending.user.0.articles()));
    // The page words the message in its language (`Key::ReadOnPage`); `why` is the browser's.
    failure.set(Some(why));
    read.set(Some((pending.generation, Rc::new(model))));
}
