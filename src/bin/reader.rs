//! The background reader: a Web Worker that runs the extraction engine on long texts, so the
//! page stays responsive while a megabyte article is read. Trunk builds it for wasm32 beside
//! the app (`data-type="worker"` in index.html); what it says is defined in `vnus::transfer`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |message: MessageEvent| {
        let job = js_sys::Uint8Array::new(&message.data()).to_vec();
        let reply = js_sys::Uint8Array::from(vnus::transfer::answer(&job).as_slice());
        // The reply's buffer is handed over, not copied.
        let _ = replies.post_message_with_transfer(&reply, &js_sys::Array::of1(&reply.buffer()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    // Messages sent before the module had set its handler are lost: the page waits for this.
    let _ = scope.post_message(&JsValue::from_str(vnus::transfer::READY));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The background reader runs in the browser, as the app's Web Worker. For the data, run `cargo run --bin extract`.");
}
