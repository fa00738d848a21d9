//! The articles panel: the seeds and the reader's own, each switched on or off, the reader's
//! removable (the first hundred listed, more on request); the form that adds one by pasting
//! text or choosing or dropping files (.txt, .md, .html); export and import; and everything the
//! last action and storage said. Every refusal says why; text is shown as text only.

use super::lang::use_lang;
use super::library_state::{LibraryAction, LibraryState};
use crate::i18n::{number_in, Key};
use super::state::Shared;
use crate::library::{self, UserArticle};
use crate::model::Model;
use std::collections::HashMap;
use gloo::file::callbacks::FileReader;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// An article as the list shows it.
#[derive(Clone, PartialEq)]
pub struct Listed {
    pub id: String,
    pub title: String,
    pub published: Option<String>,
    pub enabled: bool,
    pub user: bool,
}

/// How many of the reader's articles the list shows at first, and how many more each click on
/// "Show more" adds: ten thousand list items would hold the page on every render.
const SHOWN_STEP: usize = 100;

#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    pub model: Shared,
    pub state: UseReducerHandle<LibraryState>,
    pub on_action: Callback<LibraryAction>,
    /// Downloads a copy of unreadable stored articles (by storage key).
    pub on_download_damaged: Callback<String>,
}

#[function_component(Library)]
pub fn library_panel(props: &LibraryProps) -> Html {
    let lang = use_lang();
    let state = &props.state;
    let text = use_node_ref();
    let title = use_node_ref();
    let date = use_node_ref();
    let shown = use_state(|| SHOWN_STEP);
    // Readers in flight: dropping a handle cancels its read.
    let readers: Rc<RefCell<Vec<FileReader>>> = use_mut_ref(Vec::new);
    let listed = {
        let shown = *shown;
        use_memo((props.model.clone(), state.articles.clone(), state.seeds_off.clone(), shown), |(model, articles, seeds_off, shown)| {
            let user = articles.0.articles();
            listed(model, seeds_off, &user[..user.len().min(*shown)])
        })
    };
    let busy = state.importing.is_some();
    let value = |node: &NodeRef| {
        node.cast::<HtmlInputElement>().map(|i| i.value()).or_else(|| node.cast::<HtmlTextAreaElement>().map(|t| t.value())).unwrap_or_default()
    };
    let on_add = {
        let (text, title, date) = (text.clone(), title.clone(), date.clone());
        let on_action = props.on_action.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_action.emit(LibraryAction::Begin);
            submit(&on_action, value(&text), lang.t(Key::PastedText).to_string(), value(&title), value(&date), None);
            if let Some(area) = text.cast::<HtmlTextAreaElement>() {
                area.set_value("");
            }
        })
    };
    let read_files = {
        let readers = readers.clone();
        let on_action = props.on_action.clone();
        let (title, date) = (title.clone(), date.clone());
        move |files: Option<web_sys::FileList>| {
            let Some(files) = files else { return };
            on_action.emit(LibraryAction::Begin);
            for i in 0..files.length() {
                let Some(file) = files.get(i) else { continue };
                let file = gloo::file::File::from(file);
                let name = file.name();
                if file.size() as usize > library::MAX_BYTES * 4 {
                    on_action.emit(LibraryAction::Refused(format!("{name}: {}", library::Rejection::TooLarge { bytes: file.size() as usize }.message(lang))));
                    continue;
                }
                let on_action = on_action.clone();
                let (title, published) = (value(&title), value(&date));
                let reader = read_bytes(&file, Box::new(move |result| match result {
                    Ok(bytes) => match library::text_from_bytes_in(&name, &bytes, lang) {
                        Ok(decoded) => submit(&on_action, decoded.text, name.clone(), title.clone(), published.clone(), decoded.note),
                        Err(rejection) => on_action.emit(LibraryAction::Refused(format!("{name}: {}", rejection.message(lang)))),
                    },
                    Err(_) => on_action.emit(LibraryAction::Refused(lang.f(Key::FileUnreadable, &[&name]))),
                }));
                readers.borrow_mut().push(reader);
            }
        }
    };
    let on_files = {
        let read_files = read_files.clone();
        Callback::from(move |e: Event| {
            let input = e.target_dyn_into::<HtmlInputElement>();
            read_files(input.as_ref().and_then(|i| i.files()));
            if let Some(input) = input {
                input.set_value("");
            }
        })
    };
    let on_import = {
        let readers = readers.clone();
        let on_action = props.on_action.clone();
        let shelf = state.articles.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else { return };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                on_action.emit(LibraryAction::Begin);
                let on_action = on_action.clone();
                let shelf = shelf.clone();
                let file = gloo::file::File::from(file);
                let name = file.name();
                let reader = read_bytes(&file, Box::new(move |result| match result {
                    Ok(bytes) => super::import::start(&name, &String::from_utf8_lossy(&bytes), (*shelf.0).clone(), on_action, lang),
                    Err(_) => on_action.emit(LibraryAction::Refused(lang.f(Key::FileUnreadable, &[&name]))),
                }));
                readers.borrow_mut().push(reader);
            }
            input.set_value("");
        })
    };
    let on_export = {
        let shelf = state.articles.clone();
        Callback::from(move |_| super::download::text("my-vietnam-us-articles.json", "application/json", &library::save(shelf.0.articles())))
    };
    let on_drop = Callback::from(move |e: DragEvent| {
        e.prevent_default();
        read_files(e.data_transfer().and_then(|d| d.files()));
    });
    let on_dragover = Callback::from(|e: DragEvent| e.prevent_default());
    let yours = state.articles.0.articles().len();
    let seeds = crate::seeds::SEEDS.len();
    let hidden = yours.saturating_sub(*shown);
    let on_more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + SHOWN_STEP))
    };
    html! {
        <details class="library" data-panel="library">
            <summary>{ lang.f(Key::LibrarySummary, &[&seeds, &yours]) }</summary>
            if let Some((done, total)) = state.importing {
                <p class="message" role="status" data-status="importing">
                    <progress max={total.to_string()} value={done.to_string()} aria-label={lang.t(Key::Importing)} />{ " " }
                    { lang.f(Key::ImportingProgress, &[&done, &total]) }
                </p>
            }
            if !state.awaiting.is_empty() || !state.messages.is_empty() {
                <ul class="messages" data-message="library">
                    { for state.awaiting.iter().map(|a| {
                        let bytes = state.articles.0.articles().iter().find(|x| x.id == a.id).map_or(0, |x| x.text.len());
                        html! { <li class="message" role="status">{ lang.f(Key::ReadingArticle, &[&a.name, &number_in(lang, bytes as f64 / 1e6, 1)]) }</li> }
                    }) }
                    { for state.messages.iter().map(|said| html! {
                        <li class={classes!("message", said.error.then_some("error"))} role={if said.error { "alert" } else { "status" }}>{ &said.text }</li>
                    }) }
                </ul>
            }
            if let Some(why) = &state.storage_error {
                <p class="message error" role="alert" data-message="storage">{ why }</p>
            }
            if let Some(why) = &state.frozen {
                <p class="message error" role="alert" data-message="frozen">{ why }</p>
            }
            if !state.damaged.is_empty() {
                <div class="message error" role="alert" data-message="damaged">
                    { lang.t(Key::DamagedIntro) }
                    <ul>
                        { for state.damaged.iter().enumerate().map(|(i, copy)| {
                            let (download, forget) = (copy.key.clone(), copy.key.clone());
                            let on_download = props.on_download_damaged.reform(move |_| download.clone());
                            let on_forget = props.on_action.reform(move |_| LibraryAction::Forgotten(forget.clone()));
                            html! {
                                <li data-damaged={copy.key.clone()}>
                                    { lang.f(Key::DamagedCopy, &[&(i + 1), &number_in(lang, copy.bytes as f64 / 1e6, 1)]) }
                                    <button type="button" class="link" data-action="download-damaged" onclick={on_download}>{ lang.t(Key::DownloadIt) }</button>
                                    if copy.key != library::STORAGE_KEY {
                                        <button type="button" class="link" data-action="forget-damaged" onclick={on_forget}>{ lang.t(Key::LetItGo) }</button>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
            <ul class="articles">
                { for listed.iter().map(|a| {
                    let id = a.id.clone();
                    let remove = a.user.then(|| {
                        let id = a.id.clone();
                        html! { <button type="button" class="link" disabled={busy} onclick={props.on_action.reform(move |_| LibraryAction::Remove(id.clone()))}
                            aria-label={lang.f(Key::RemoveNamed, &[&a.title])}>{ lang.t(Key::Remove) }</button> }
                    });
                    html! {
                        <li data-article={a.id.clone()}>
                            <label>
                                <input type="checkbox" checked={a.enabled} disabled={busy && a.user} onchange={props.on_action.reform(move |_| LibraryAction::Toggle(id.clone()))} />
                                { " " }{ &a.title }
                            </label>
                            { a.published.as_ref().map(|p| html! { <span class="muted">{ format!(" · {p}") }</span> }) }
                            if a.user { <span class="badge">{ lang.t(Key::Yours) }</span> }
                            { remove }
                        </li>
                    }
                }) }
                if hidden > 0 {
                    <li><button type="button" class="link" onclick={on_more} data-action="show-more">
                        { lang.f(Key::ShowMoreYours, &[&hidden.min(SHOWN_STEP), &yours]) }
                    </button></li>
                }
            </ul>
            <form class="add" onsubmit={on_add} ondrop={on_drop} ondragover={on_dragover} aria-label={lang.t(Key::AddArticle)}>
                <textarea ref={text} rows="5" placeholder={lang.t(Key::TextPlaceholder)} aria-label={lang.t(Key::ArticleText)} data-input="text" />
                <div class="add-row">
                    <input ref={title} type="text" placeholder={lang.t(Key::TitlePlaceholder)} aria-label={lang.t(Key::Title)} data-input="title" />
                    <input ref={date} type="text" placeholder={lang.t(Key::DatePlaceholder)} aria-label={lang.t(Key::PublicationDate)} data-input="date" />
                    <button type="submit" data-action="add" disabled={busy}>{ lang.t(Key::AddButton) }</button>
                    <label class="files">{ lang.t(Key::ChooseFiles) }
                        <input type="file" multiple=true disabled={busy} accept=".txt,.md,.html,.htm,text/plain,text/html,text/markdown" onchange={on_files} data-input="files" />
                    </label>
                </div>
            </form>
            <div class="add-row">
                <button type="button" class="link" onclick={on_export} data-action="export">{ lang.t(Key::ExportYours) }</button>
                <label class="files">{ lang.t(Key::ImportSet) }
                    <input type="file" disabled={busy} accept=".json,application/json" onchange={on_import} data-input="import" />
                </label>
            </div>
        </details>
    }
}

/// Reads a file's bytes. The callback is boxed, so the article reader and the import reader
/// share one compiled file reader.
fn read_bytes(file: &gloo::file::File, done: Box<dyn FnOnce(Result<Vec<u8>, gloo::file::FileReadError>)>) -> FileReader {
    gloo::file::callbacks::read_as_bytes(file, done)
}

/// Hands text to the reducer. Adding only checks and stores it; the reading happens with the
/// history's (in the background when long), so nothing here holds the page.
fn submit(on_action: &Callback<LibraryAction>, text: String, source: String, title: String, published: String, note: Option<String>) {
    on_action.emit(LibraryAction::Add { text, source, title, published, note });
}

/// The articles to list: the seeds, then the reader's, each with its on/off state. Names and
/// dates come from the history shown where it holds the article, else from the article's head.
pub fn listed(model: &Model, seeds_off: &[String], user: &[UserArticle]) -> Vec<Listed> {
    // By id, so listing many articles stays linear; indices, so this map is the same compiled
    // type as `transfer::read_reply`'s.
    let documents: HashMap<&str, usize> = model.documents.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
    let heading = |id: &str, text: &str| {
        let (title, published) = match documents.get(id).map(|&i| &model.documents[i]) {
            Some(doc) => (doc.display_title().to_string(), doc.published.as_ref().map(|p| p.date)),
            None => crate::extract::article_heading(id, text),
        };
        (library::shorten(&title), published)
    };
    let mut list: Vec<Listed> = crate::seeds::SEEDS
        .iter()
        .map(|(id, text)| {
            let (title, published) = heading(id, text);
            Listed {
                id: id.to_string(),
                title,
                published: published.map(|d| d.to_string()),
                enabled: !seeds_off.iter().any(|s| s == id),
                user: false,
            }
        })
        .collect();
    list.extend(user.iter().map(|a| {
        let (title, published) = heading(&a.id, &a.text);
        Listed {
            id: a.id.clone(),
            title: a.title.as_deref().filter(|t| !t.trim().is_empty()).map(library::shorten).unwrap_or(title),
            published: a.published.clone().or_else(|| published.map(|d| d.to_string())),
            enabled: a.enabled,
            user: true,
        }
    }));
    list
}
