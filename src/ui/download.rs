//! Downloads made in the page: a text file (JSON, CSV, SVG) or a canvas as PNG, through a
//! temporary link. Nothing leaves the browser.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, Url};

/// Offers `content` as a file named `name` of type `mime`.
pub fn text(name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else { return };
    click_link(name, &url);
    let _ = Url::revoke_object_url(&url);
}

/// Offers the canvas's pixels as a PNG file.
pub fn canvas_png(name: &str, canvas: &HtmlCanvasElement) {
    if let Ok(url) = canvas.to_data_url_with_type("image/png") {
        click_link(name, &url);
    }
}

fn click_link(name: &str, url: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(link) = document.create_element("a").ok().and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok()) else { return };
    link.set_href(url);
    link.set_download(name);
    link.click();
}

/// The PNG, SVG and CSV buttons of a chart. `svg` and `csv` make the file when clicked;
/// `stem` names the files ("vietnam-us-trade" → "vietnam-us-trade.png").
pub fn buttons(label: &'static str, stem: &'static str, canvas: yew::NodeRef, svg: std::rc::Rc<dyn Fn() -> String>, csv: std::rc::Rc<dyn Fn() -> String>, lang: crate::i18n::Lang) -> yew::Html {
    use crate::i18n::Key;
    use yew::{html, Callback};
    let png = Callback::from(move |_| {
        if let Some(element) = canvas.cast::<HtmlCanvasElement>() {
            canvas_png(&format!("{stem}.png"), &element);
        }
    });
    let svg = Callback::from(move |_| text(&format!("{stem}.svg"), "image/svg+xml", &svg()));
    let csv = Callback::from(move |_| text(&format!("{stem}.csv"), "text/csv", &csv()));
    html! {
        <div class="downloads" role="group" aria-label={label}>
            <button type="button" onclick={png} data-download="png">{ lang.t(Key::FilePng) }</button>
            <button type="button" onclick={svg} data-download="svg">{ lang.t(Key::FileSvg) }</button>
            <button type="button" onclick={csv} data-download="csv">{ lang.t(Key::FileCsv) }</button>
        </div>
    }
}
