//! The interface's language in the browser: chosen from the address (`lang=vi`), else the
//! reader's remembered choice (local storage), else the browser's preferred languages; the
//! switch in the header; `<html lang>` and the document's title kept in step. Components read
//! the language from a `ContextProvider<Lang>` (`use_lang`).

use crate::i18n::{Key, Lang};
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// Where the reader's choice is remembered.
const STORAGE_KEY: &str = "vnus.lang.v1";

/// The language every component renders in.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The remembered choice, else the first of the browser's languages the app speaks.
pub fn preferred() -> Lang {
    let window = web_sys::window();
    let stored = window.as_ref().and_then(|w| w.local_storage().ok().flatten()).and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    if let Some(lang) = stored.as_deref().and_then(Lang::from_code) {
        return lang;
    }
    // navigator.languages, read through Reflect: one property does not warrant a web-sys feature.
    let languages = window
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("navigator")).ok())
        .and_then(|n| js_sys::Reflect::get(&n, &JsValue::from_str("languages")).ok())
        .map(|list| js_sys::Array::from(&list).iter().filter_map(|v| v.as_string()).collect::<Vec<_>>())
        .unwrap_or_default();
    Lang::preferred(languages.iter().map(String::as_str))
}

/// Remembers the reader's choice; the write is checked (read back), and a failure returned in
/// words. A preference that cannot be kept is not lost for this visit: the address holds it.
pub fn remember(lang: Lang) -> Result<(), String> {
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten()).ok_or_else(|| lang.t(Key::NoStorage).to_string())?;
    match storage.set_item(STORAGE_KEY, lang.code()) {
        Ok(()) if storage.get_item(STORAGE_KEY).ok().flatten().as_deref() == Some(lang.code()) => Ok(()),
        _ => Err(lang.t(Key::WriteRefused).to_string()),
    }
}

/// `<html lang>` follows the language (the title too, set by the app with the event shown).
/// Written only when it changes: even the same value written again makes the browser look at the
/// style of the whole page (15 ms of the opening under Lighthouse's trace, where the page already
/// says `lang="en"`).
pub fn apply_to_document(lang: Lang) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(root) = document.document_element() {
        if root.get_attribute("lang").as_deref() != Some(lang.code()) {
            let _ = root.set_attribute("lang", lang.code());
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub on_choose: Callback<Lang>,
}

/// EN | VI, each button pressed when it is the language shown.
#[function_component(LangSwitch)]
pub fn lang_switch(props: &LangSwitchProps) -> Html {
    let lang = use_lang();
    let button = |choice: Lang, key: Key, name: Key| {
        let pressed = lang == choice;
        let on_choose = props.on_choose.clone();
        html! {
            <button type="button" class={classes!("lang", pressed.then_some("on"))} aria-pressed={pressed.to_string()}
                lang={choice.code()} title={choice.t(name)} data-lang={choice.code()}
                onclick={Callback::from(move |_| on_choose.emit(choice))}>{ lang.t(key) }</button>
        }
    };
    html! {
        <div class="lang-switch" role="group" aria-label={lang.t(Key::Language)}>
            { button(Lang::En, Key::LangEnButton, Key::LangEnName) }
            <span aria-hidden="true">{ "|" }</span>
            { button(Lang::Vi, Key::LangViButton, Key::LangViName) }
        </div>
    }
}
