//! Importing a saved set of articles without holding the page: the file is parsed once, then its
//! articles are read and added to a copy of the shelf in slices of a few milliseconds, each slice
//! a task of its own with a progress line between, and the finished shelf replaces the old one in
//! one step. The panel's other controls wait meanwhile; the timeline and charts stay usable.

use super::library_state::LibraryAction;
use crate::i18n::Lang;
use crate::library::{import_in, queue_import_in, ImportQueue, ImportReport, Shelf};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::Callback;

/// How long one slice may run, in milliseconds: well under a frame at 60 Hz.
const SLICE_MS: f64 = 12.0;

struct Run {
    shelf: Shelf,
    candidates: ImportQueue,
    report: ImportReport,
    on_action: Callback<LibraryAction>,
    lang: Lang,
}

/// Starts importing `raw` (the file's text, named `name`) into a copy of `shelf`.
pub fn start(name: &str, raw: &str, shelf: Shelf, on_action: Callback<LibraryAction>, lang: Lang) {
    let candidates = match queue_import_in(raw, lang) {
        Ok(candidates) => candidates,
        Err(why) => return on_action.emit(LibraryAction::Refused(format!("{name}: {why}"))),
    };
    let total = candidates.len();
    let report = ImportReport { total, added: Vec::new(), refused: Vec::new() };
    on_action.emit(LibraryAction::ImportProgress { done: 0, total });
    let run = Rc::new(RefCell::new(Some(Run { shelf, candidates, report, on_action, lang })));
    // The first slice runs after the progress line is painted.
    Timeout::new(0, move || step(run)).forget();
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

fn step(cell: Rc<RefCell<Option<Run>>>) {
    let Some(mut run) = cell.borrow_mut().take() else { return };
    let started = now();
    // A hundred short articles take about a millisecond; the clock is read between batches.
    while now() - started < SLICE_MS && !run.candidates.is_empty() {
        let batch = run.candidates.take(100);
        let part = import_in(&mut run.shelf, batch, run.lang);
        run.report.added.extend(part.added);
        run.report.refused.extend(part.refused);
    }
    let total = run.report.total;
    let done = total - run.candidates.len();
    if done < total {
        run.on_action.emit(LibraryAction::ImportProgress { done, total });
        *cell.borrow_mut() = Some(run);
        Timeout::new(0, move || step(cell)).forget();
    } else {
        let Run { shelf, report, on_action, .. } = run;
        on_action.emit(LibraryAction::Imported { shelf, report });
    }
}
