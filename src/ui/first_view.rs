//! The first view: how the app starts and takes over the page's first screen. A release build
//! carries, in `index.html`, the markup this app rendered first at build time
//! (`<div class="app-root" data-first-view>`, written by `scripts/first-view.mjs`), so the
//! browser paints the header, the timeline's first screen and the chart frames before the
//! WebAssembly arrives. The app still parses the seeds here, renders its own tree into a
//! second, hidden `app-root` beside that one, in eight tasks (the app's state, the header, the articles panel, the
//! filters, the timeline, each of the three charts' frames), and right after the last render hides the old one
//! and shows its own: no frame ever shows both, or neither. The old markup leaves the page in a
//! later task of its own. The browser test proves the two are the same markup (tests/browser/firstview.mjs).
//! Effects of a render may run in a later task (Yew yields after 16 ms), so the takeover is
//! not an effect but a microtask queued behind the render.
//!
//! Startup is cut into tasks, so no one of them holds the page long: each seed is prepared in
//! one (its layout, sentences, tokens and dates), their merge in a step per task after that
//! (`extract::Extraction`: names, people, a few sentences, the events' merge), the app is
//! mounted in the next; what is below the first screen (the rest of the timeline, the charts) comes after
//! the takeover, each in a task of its own (`later`). The tasks are chained by a message the page
//! posts to itself (`next_task`), which browsers do not hold as they hold nested timers.

use crate::extract::{self, document::Prepared, Article, Extraction};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use wasm_bindgen::{JsCast, JsValue};

/// The event the page fires, synchronously, the moment the app's first render has replaced the
/// built first view: the build reads the markup the app rendered then, and the tests compare it.
pub const TAKEN_EVENT: &str = "vnus-first-view";

thread_local! {
    /// Whether the page's first screen is complete: until then, work below it waits its turn.
    static SETTLED: Cell<bool> = const { Cell::new(false) };
    /// Work waiting for its own task, run one per task in the order given.
    static QUEUE: RefCell<Vec<Box<dyn FnOnce()>>> = RefCell::new(Vec::new());
    /// Whether a task is set to run the next work (one chain of tasks at a time).
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
    /// Whether the waiting work waits for the frame after the takeover (`after_a_frame`).
    static FRAME_WAIT: Cell<bool> = const { Cell::new(false) };
    /// The app's root, hidden until the app takes over.
    static HOST: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
    /// Whether the app has taken over the page.
    static TAKEN: Cell<bool> = const { Cell::new(false) };
    /// Work waiting for the app's layout.
    static AFTER: RefCell<Vec<Box<dyn FnOnce()>>> = RefCell::new(Vec::new());
    /// Work waiting for a task of its own (`next_task`), and the listener that runs it.
    static TASKS: RefCell<VecDeque<Box<dyn FnOnce()>>> = RefCell::new(VecDeque::new());
    static TASK_LISTENER: RefCell<Option<EventListener>> = const { RefCell::new(None) };
}

/// Reads the seeds, one article per task, then merges them in small steps, one per task
/// (`extract::Extraction`), then mounts the app in the next task.
pub fn start() {
    // Read ahead, the seeds' history serves only a first render of the seeds alone
    // (`model_source::read_now`); a reader with articles of their own or seeds switched off
    // would have it read and thrown away.
    if super::storage::holds_choices() {
        next_task(mount);
        return;
    }
    let articles = super::model_source::articles_of(&[], &[]);
    next_task(move || read_seeds(articles.into_iter(), Vec::new()));
}

/// Prepares the next seed, or starts their merge when none is left.
fn read_seeds(mut articles: std::vec::IntoIter<Article<'static>>, mut prepared: Vec<Prepared<'static>>) {
    match articles.next() {
        Some(article) => {
            prepared.push(extract::prepare(&article));
            next_task(move || read_seeds(articles, prepared));
        }
        None => {
            let extraction = Extraction::new(prepared);
            next_task(move || merge_seeds(extraction));
        }
    }
}

/// Runs the next step of the seeds' merge; after the last, hands over the model and mounts the
/// app in the next task.
fn merge_seeds(mut extraction: Extraction<'static>) {
    match extraction.step() {
        Some(model) => {
            super::model_source::seeds_read(model);
            next_task(mount);
        }
        None => next_task(move || merge_seeds(extraction)),
    }
}

/// Mounts the app in a new, hidden `app-root` placed before the built first view (or at the end
/// of the body in development, where there is none), rendered from the next task. It is shown
/// when its first screen is whole (`first_part_rendered`).
fn mount() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let (Ok(host), Some(body)) = (document.create_element("div"), document.body()) else { return };
    host.set_class_name("app-root");
    let _ = host.set_attribute("hidden", "");
    let built = document.query_selector("[data-first-view]").ok().flatten();
    let placed = match &built {
        Some(built) => body.insert_before(&host, Some(built)),
        None => body.append_child(&host),
    };
    if placed.is_ok() {
        HOST.with(|h| *h.borrow_mut() = Some(host.clone()));
        // The app's first render (Yew's start-up, its first call of most of the app's code) in
        // the next task.
        next_task(move || {
            yew::Renderer::<super::app::App>::with_root(host).render();
        });
    }
}

/// The parts of the app's first screen rendered after its first render (its state alone), a
/// task each and each adding to the last: the header, the articles panel, the filters, the
/// timeline, the trade chart's frame (with the source panel of a selection), the growth chart's,
/// the events chart's (`app.rs`).
pub const LATER_PARTS: u8 = 7;

/// Called by the app once the first part of its first screen has rendered (its state alone): in each
/// of the next tasks, `show_part` renders one more part
/// (1 to `LATER_PARTS`), and right after the last one's render (a microtask, before any frame)
/// the app takes over.
pub fn first_part_rendered(show_part: impl Fn(u8) + 'static) {
    show_next(std::rc::Rc::new(show_part), 1);
}

fn show_next(show_part: std::rc::Rc<dyn Fn(u8)>, part: u8) {
    next_task(move || {
        show_part(part);
        if part < LATER_PARTS {
            show_next(show_part, part + 1);
        } else {
            // Yew renders in a microtask queued by the state change; this one runs after it.
            // Yew may yield (a new task, so maybe a frame) once a render is whole, before its
            // effects: the page is taken over before that. Its host is hidden until then, so a
            // frame shows the built first view alone.
            yew::platform::spawn_local(async { take_over_when_whole() });
        }
    });
}

/// Takes over once the app's root holds its whole first screen (its last part, the events
/// chart's frame, is rendered only with all the others), else tries again in the next task: Yew may have had a
/// render waiting.
fn take_over_when_whole() {
    let whole = HOST.with(|host| host.borrow().as_ref().is_some_and(|h| h.query_selector(".charts-pane [data-figure=\"events\"]").ok().flatten().is_some()));
    if whole {
        taken_over();
    } else {
        Timeout::new(0, take_over_when_whole).forget();
    }
}

/// Runs `work` once the app has taken over the page (at once if it has): what needs the app's
/// layout, such as scrolling a deep link's event into view.
pub fn after_takeover(work: impl FnOnce() + 'static) {
    if TAKEN.with(Cell::get) {
        work();
    } else {
        AFTER.with(|after| after.borrow_mut().push(Box::new(work)));
    }
}

/// The app's first screen is whole: the built first view is hidden, the app's root is shown, what
/// waited for its layout runs, and the page says so. The built view's markup leaves the page in a
/// task of its own (`remove_built`): removing its thousand nodes took 5–15 ms under Lighthouse's
/// trace, on top of the last part's render.
fn taken_over() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(host) = HOST.with(|h| h.borrow().clone()) {
        let _ = host.remove_attribute("hidden");
    }
    if let Ok(built) = document.query_selector_all("[data-first-view]") {
        for i in 0..built.length() {
            if let Some(node) = built.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                let _ = node.set_attribute("hidden", "");
            }
        }
    }
    TAKEN.with(|taken| taken.set(true));
    for work in AFTER.with(|after| std::mem::take(&mut *after.borrow_mut())) {
        work();
    }
    // The work below the first screen waits for a frame: the page's style and layout of the
    // app's root are that frame's (a task of their own, which no chart's drawing forces when it
    // reads its canvas's size; forced from a task of ours, they took up to 30 ms under
    // Lighthouse's trace, against 10–14 ms in a frame). First after it, the built view's removal.
    QUEUE.with(|queue| queue.borrow_mut().insert(0, Box::new(remove_built)));
    after_a_frame();
    if let Ok(event) = web_sys::Event::new(TAKEN_EVENT) {
        let _ = document.dispatch_event(&event);
    }
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("first-view");
    }
}

/// Removes the built first view, hidden since the takeover.
fn remove_built() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Ok(built) = document.query_selector_all("[data-first-view]") {
        for i in 0..built.length() {
            if let Some(node) = built.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                node.remove();
            }
        }
    }
}

/// Holds the waiting work until the browser has rendered a frame (its animation frame, then a
/// task after it), or 100 ms in a tab that renders none.
fn after_a_frame() {
    use wasm_bindgen::closure::Closure;
    FRAME_WAIT.with(|wait| wait.set(true));
    let resume = || {
        if FRAME_WAIT.with(|wait| wait.replace(false)) {
            schedule();
        }
    };
    let frame = Closure::once_into_js(resume);
    let asked = web_sys::window().is_some_and(|w| w.request_animation_frame(frame.unchecked_ref()).is_ok());
    Timeout::new(if asked { 100 } else { 0 }, resume).forget();
}

/// Runs `work` in a task of its own, after the work already waiting, from the takeover until the
/// first screen is complete (the charts and the rest of the timeline arrive one task at a time);
/// after that, at once, so a filter or a resize redraws in the same task as its render.
pub fn later(work: impl FnOnce() + 'static) {
    if SETTLED.with(Cell::get) {
        work();
        return;
    }
    QUEUE.with(|queue| queue.borrow_mut().push(Box::new(work)));
    // Nothing runs before the takeover: the first screen is the first render's alone.
    if TAKEN.with(Cell::get) {
        schedule();
    }
}

/// Runs `work` in a task of its own while the page opens, like `later`; once it has opened,
/// never: work that only readies the first drawings.
pub fn while_opening(work: impl FnOnce() + 'static) {
    if !SETTLED.with(Cell::get) {
        later(work);
    }
}

/// Sets a task to run the waiting work, unless one is set.
fn schedule() {
    if FRAME_WAIT.with(Cell::get) {
        return;
    }
    if !SCHEDULED.with(|scheduled| scheduled.replace(true)) {
        next_task(run_next);
    }
}

/// Runs the first waiting work, and schedules the next in a new task; when none is left, the
/// first screen is complete.
fn run_next() {
    let work = QUEUE.with(|queue| {
        let mut queue = queue.borrow_mut();
        (!queue.is_empty()).then(|| queue.remove(0))
    });
    if let Some(work) = work {
        work();
    }
    if QUEUE.with(|queue| queue.borrow().is_empty()) {
        SCHEDULED.with(|scheduled| scheduled.set(false));
        SETTLED.with(|settled| settled.set(true));
    } else {
        next_task(run_next);
    }
}

/// The message the page posts to itself to run the next of `TASKS`.
const NEXT_TASK: &str = "vnus-next-task";

/// Runs `work` in a task of its own, after those already asked for: a message the page posts to
/// itself. Browsers hold a timer set from a chain of five or more timers at least 4 ms; a
/// message is not held, so the dozen steps of opening the page cost no idle time between them.
pub fn next_task(work: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    TASK_LISTENER.with(|listener| {
        if listener.borrow().is_none() {
            *listener.borrow_mut() = Some(EventListener::new(&window, "message", |event| {
                let ours = event.dyn_ref::<web_sys::MessageEvent>().is_some_and(|m| m.data().as_string().as_deref() == Some(NEXT_TASK));
                if ours {
                    run_one_task();
                }
            }));
        }
    });
    TASKS.with(|tasks| tasks.borrow_mut().push_back(Box::new(work)));
    if window.post_message(&JsValue::from_str(NEXT_TASK), "*").is_err() {
        Timeout::new(0, run_one_task).forget();
    }
}

/// Runs the first work waiting in `TASKS`.
fn run_one_task() {
    let work = TASKS.with(|tasks| tasks.borrow_mut().pop_front());
    if let Some(work) = work {
        work();
    }
}
