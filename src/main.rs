//! The browser app's entry point; Trunk builds it for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    vnus::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The app runs in the browser: `scripts/serve.sh`. For the data, run `cargo run --bin extract`.");
}
