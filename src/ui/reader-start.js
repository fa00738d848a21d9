// Starts the background reader (src/bin/reader.rs) inside its Web Worker: loads the
// wasm-bindgen glue Trunk wrote for it, then the module. Copied to dist/ by index.html.
importScripts('./reader.js');
wasm_bindgen({ module_or_path: './reader_bg.wasm' });
