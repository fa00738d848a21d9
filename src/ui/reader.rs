//! The page's side of the background reader (`src/bin/reader.rs`, a Web Worker): starts it on
//! first use, holds back the job until the worker says it is listening, and hands each reply
//! (or the news that the worker cannot run) to the page.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker};

/// The worker's script (src/ui/reader-start.js): it loads the wasm-bindgen glue and the module.
/// A release build names it, and the files it loads, by their content hashes and says so in
/// `<meta name="vnus-reader">` (scripts/reader-names.mjs), so this page never starts another
/// build's reader; `trunk serve` keeps the plain name. Relative: the page may live in any folder.
fn worker_url() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=\"vnus-reader\"]").ok().flatten())
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_else(|| "./reader-start.js".to_string())
}

pub struct BackgroundReader {
    worker: Worker,
    ready: Rc<Cell<bool>>,
    /// The newest job sent before the worker was listening; an older one is replaced.
    waiting: Rc<RefCell<Option<Vec<u8>>>>,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(web_sys::Event)>,
}

impl BackgroundReader {
    /// Starts the worker. `on_reply` receives each reply's JSON bytes; `on_failure` says why
    /// the worker stopped (its script did not load, it crashed).
    pub fn start(on_reply: impl Fn(Vec<u8>) + 'static, on_failure: impl Fn(String) + 'static) -> Result<Self, String> {
        let worker = Worker::new(&worker_url()).map_err(|e| format!("the background reader could not start ({})", describe(&e)))?;
        let ready = Rc::new(Cell::new(false));
        let waiting: Rc<RefCell<Option<Vec<u8>>>> = Rc::new(RefCell::new(None));
        let on_message = {
            let (worker, ready, waiting) = (worker.clone(), ready.clone(), waiting.clone());
            Closure::<dyn Fn(MessageEvent)>::new(move |message: MessageEvent| {
                let data = message.data();
                if data.as_string().as_deref() == Some(crate::transfer::READY) {
                    ready.set(true);
                    if let Some(job) = waiting.borrow_mut().take() {
                        let _ = post(&worker, &job);
                    }
                } else {
                    on_reply(js_sys::Uint8Array::new(&data).to_vec());
                }
            })
        };
        let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            event.prevent_default();
            on_failure("the background reader stopped".to_string());
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(BackgroundReader { worker, ready, waiting, _on_message: on_message, _on_error: on_error })
    }

    /// Sends a job (JSON of `transfer::Job`), or keeps it until the worker is listening.
    pub fn send(&self, job: Vec<u8>) -> Result<(), String> {
        if !self.ready.get() {
            *self.waiting.borrow_mut() = Some(job);
            return Ok(());
        }
        post(&self.worker, &job).map_err(|e| format!("the background reader could not be reached ({})", describe(&e)))
    }
}

impl Drop for BackgroundReader {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// Posts bytes, handing their buffer over rather than copying it.
fn post(worker: &Worker, bytes: &[u8]) -> Result<(), JsValue> {
    let array = js_sys::Uint8Array::from(bytes);
    worker.post_message_with_transfer(&array, &js_sys::Array::of1(&array.buffer()))
}

fn describe(error: &JsValue) -> String {
    error.as_string().or_else(|| js_sys::Reflect::get(error, &JsValue::from_str("message")).ok().and_then(|m| m.as_string())).unwrap_or_else(|| "no reason given".to_string())
}
