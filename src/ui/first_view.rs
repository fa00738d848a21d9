//! The first view: how the app starts and takes over the page's first screen. A release build
//! carries, in `index.html`, the markup this app rendered first at build time
//! (`<div class="app-root" data-first-view>`, written by `scripts/first-view.mjs`), so the
//! browser paints the header, the timeline's first screen and the chart frames before the
//! WebAssembly arrives. The app still parses the seeds here, renders its own tree into a
//! second `app-root` beside that one, and removes the old one in the same task as its first
//! render: no frame ever shows both, or neither. The browser test proves the two are the same
//! markup (tests/browser/firstview.mjs). Effects of that render may run in a later task
//! (Yew yields after 16 ms), so the takeover is not an effect.
//!
//! Startup is cut into tasks, so no one of them holds the page long: the seeds are parsed in
//! one, the app is mounted in the next; what is below the first screen (the rest of the
//! timeline, the charts) comes after, each in tasks of its own (`later`).

use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;

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
}

/// Parses the seeds in one task and mounts the app in the next.
pub fn start() {
    Timeout::new(0, || {
        super::model_source::prepare_seeds();
        Timeout::new(0, mount).forget();
    })
    .forget();
}

/// Mounts the app in a new `app-root` placed before the built first view (or at the end of the
/// body in development, where there is none).
fn mount() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let (Ok(host), Some(body)) = (document.create_element("div"), document.body()) else { return };
    host.set_class_name("app-root");
    let built = document.query_selector("[data-first-view]").ok().flatten();
    let placed = match &built {
        Some(built) => body.insert_before(&host, Some(built)),
        None => body.append_child(&host),
    };
    if placed.is_ok() {
        yew::Renderer::<super::app::App>::with_root(host).render();
        // Yew renders in a microtask queued by `render`, and may yield to the browser (a new
        // task, so a frame) once the first render is whole but before its effects run. This
        // microtask runs right after it, before any frame: the first view goes then.
        yew::platform::spawn_local(async { taken_over() });
    }
}

/// Called once the app's first render is whole: the built first view goes, the page says so.
fn taken_over() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Ok(built) = document.query_selector_all("[data-first-view]") {
        for i in 0..built.length() {
            if let Some(node) = built.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                node.remove();
            }
        }
    }
    if let Ok(event) = web_sys::Event::new(TAKEN_EVENT) {
        let _ = document.dispatch_event(&event);
    }
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("first-view");
    }
}

/// Runs `work` in a task of its own, after the work already waiting, until the first screen is
/// complete (the charts and the rest of the timeline arrive one task at a time); after that, at
/// once, so a filter or a resize redraws in the same task as its render.
pub fn later(work: impl FnOnce() + 'static) {
    if SETTLED.with(Cell::get) {
        work();
        return;
    }
    QUEUE.with(|queue| queue.borrow_mut().push(Box::new(work)));
    if !SCHEDULED.with(|scheduled| scheduled.replace(true)) {
        Timeout::new(0, run_next).forget();
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
        Timeout::new(0, run_next).forget();
    }
}
