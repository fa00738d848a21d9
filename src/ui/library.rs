//! The articles the history is built from: the seeds and the reader's own, each switched on or
//! off, the reader's removable; and the form that adds one by pasting text or choosing or
//! dropping files (.txt, .md, .html). Every refusal says why; text is shown as text only.

use crate::library::{self, Shelf, UserArticle};
use crate::model::Model;
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

/// The reader's articles, shared and compared by identity: a change makes a new shelf, and a
/// megabyte of text is neither copied nor compared on every render.
#[derive(Clone, Default)]
pub struct Articles(pub Rc<Shelf>);

impl PartialEq for Articles {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The reader's articles, the seeds switched off, and what the last action came to. Changes
/// go through `reduce`, one after another, so several files dropped at once all arrive.
#[derive(Clone, PartialEq)]
pub struct LibraryState {
    pub articles: Articles,
    pub seeds_off: Vec<String>,
    /// (is an error, message)
    pub message: Option<(bool, String)>,
    /// Articles added but not yet found in the history shown: reported once they are.
    pub awaiting: Vec<library::Added>,
}

impl Reducible for LibraryState {
    type Action = LibraryAction;

    fn reduce(self: Rc<Self>, action: LibraryAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            LibraryAction::Add { text, source, title, published, note } => {
                let bytes = text.len();
                let mut shelf = (*next.articles.0).clone();
                match shelf.add(text, &source, &title, &published) {
                    Ok(added) => {
                        let reading = format!("Reading \u{201c}{}\u{201d} ({:.1} MB)…", added.name, bytes as f64 / 1e6);
                        next.message = Some((false, note.map_or(reading.clone(), |note| format!("{reading} {note}"))));
                        next.awaiting.push(added);
                        next.articles = Articles(Rc::new(shelf));
                    }
                    Err(why) => next.message = Some((true, why)),
                }
            }
            LibraryAction::Reported { ids, message } => {
                next.awaiting.retain(|a| !ids.contains(&a.id));
                next.message = Some((false, message));
            }
            LibraryAction::Refused(why) => next.message = Some((true, why)),
            LibraryAction::Toggle(id) if crate::seeds::SEEDS.iter().any(|(seed, _)| *seed == id) => {
                match next.seeds_off.iter().position(|s| *s == id) {
                    Some(i) => {
                        next.seeds_off.remove(i);
                    }
                    None => next.seeds_off.push(id),
                }
            }
            LibraryAction::Toggle(id) => {
                let mut shelf = (*next.articles.0).clone();
                shelf.toggle(&id);
                next.articles = Articles(Rc::new(shelf));
            }
            LibraryAction::Remove(id) => {
                let mut shelf = (*next.articles.0).clone();
                let name = shelf.remove(&id).map(|a| a.title.clone().unwrap_or_else(|| crate::extract::article_title(&a.id, &a.text)));
                next.articles = Articles(Rc::new(shelf));
                next.awaiting.retain(|a| a.id != id);
                next.message = name.map(|n| (false, format!("Removed \u{201c}{n}\u{201d}.")));
            }
            LibraryAction::Import(raw) => {
                next.message = Some(match library::read_import(&raw) {
                    Err(why) => (true, why),
                    Ok(candidates) => {
                        let mut shelf = (*next.articles.0).clone();
                        let report = library::import(&mut shelf, candidates);
                        next.articles = Articles(Rc::new(shelf));
                        // The count, then the first refusals; a file of thousands would fill the page.
                        let lines = report.lines();
                        let more = lines.len().saturating_sub(11);
                        let mut message = lines.into_iter().take(11).collect::<Vec<_>>().join(" ");
                        if more > 0 {
                            message.push_str(&format!(" \u{2026}and {more} more refused."));
                        }
                        (report.added.is_empty() && report.total > 0, message)
                    }
                });
            }
            LibraryAction::StorageFull => {
                next.message = Some((true, "Your browser's storage is full: your articles are kept for this visit only. Download the data (JSON) to keep them.".to_string()));
            }
            LibraryAction::DownloadDamaged => return self,
        }
        Rc::new(next)
    }
}

/// What the reader asks of the articles.
pub enum LibraryAction {
    /// Text, the name it came from (a file name or "pasted text"), a title and a date given,
    /// and what the reader should know of how the file was read (an encoding guessed).
    Add { text: String, source: String, title: String, published: String, note: Option<String> },
    Refused(String),
    /// The history now holds these added articles: say what they brought.
    Reported { ids: Vec<String>, message: String },
    Toggle(String),
    Remove(String),
    /// A set of articles exported earlier, as its JSON text.
    Import(String),
    StorageFull,
    DownloadDamaged,
}

#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    pub articles: Vec<Listed>,
    /// The outcome of the last action: (is an error, message).
    pub message: Option<(bool, String)>,
    pub damaged: bool,
    /// The reader's articles, for the export.
    pub export: Articles,
    pub on_action: Callback<LibraryAction>,
}

#[function_component(Library)]
pub fn library_panel(props: &LibraryProps) -> Html {
    let text = use_node_ref();
    let title = use_node_ref();
    let date = use_node_ref();
    // Readers in flight: dropping a handle cancels its read.
    let readers: Rc<RefCell<Vec<FileReader>>> = use_mut_ref(Vec::new);
    let value = |node: &NodeRef| {
        node.cast::<HtmlInputElement>().map(|i| i.value()).or_else(|| node.cast::<HtmlTextAreaElement>().map(|t| t.value())).unwrap_or_default()
    };
    let on_add = {
        let (text, title, date) = (text.clone(), title.clone(), date.clone());
        let on_action = props.on_action.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            submit(&on_action, value(&text), "pasted text".to_string(), value(&title), value(&date), None);
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
            for i in 0..files.length() {
                let Some(file) = files.get(i) else { continue };
                let file = gloo::file::File::from(file);
                let name = file.name();
                if file.size() as usize > library::MAX_BYTES * 4 {
                    on_action.emit(LibraryAction::Refused(format!("{name}: {}", library::Rejection::TooLarge { bytes: file.size() as usize })));
                    continue;
                }
                let on_action = on_action.clone();
                let (title, published) = (value(&title), value(&date));
                let reader = gloo::file::callbacks::read_as_bytes(&file, move |result| match result {
                    Ok(bytes) => match library::text_from_bytes(&name, &bytes) {
                        Ok(decoded) => submit(&on_action, decoded.text, name.clone(), title.clone(), published.clone(), decoded.note),
                        Err(rejection) => on_action.emit(LibraryAction::Refused(format!("{name}: {rejection}"))),
                    },
                    Err(_) => on_action.emit(LibraryAction::Refused(format!("{name}: the file could not be read."))),
                });
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
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else { return };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                let on_action = on_action.clone();
                let reader = gloo::file::callbacks::read_as_bytes(&gloo::file::File::from(file), move |result| match result {
                    Ok(bytes) => on_action.emit(LibraryAction::Import(String::from_utf8_lossy(&bytes).into_owned())),
                    Err(_) => on_action.emit(LibraryAction::Refused("The file could not be read.".to_string())),
                });
                readers.borrow_mut().push(reader);
            }
            input.set_value("");
        })
    };
    let on_export = {
        let export = props.export.clone();
        Callback::from(move |_| super::download::text("my-vietnam-us-articles.json", "application/json", &library::save(export.0.articles())))
    };
    let on_drop = Callback::from(move |e: DragEvent| {
        e.prevent_default();
        read_files(e.data_transfer().and_then(|d| d.files()));
    });
    let on_dragover = Callback::from(|e: DragEvent| e.prevent_default());
    let yours = props.articles.iter().filter(|a| a.user).count();
    html! {
        <details class="library" data-panel="library">
            <summary>{ format!("Articles: {} shipped, {} yours — add your own", props.articles.len() - yours, yours) }</summary>
            if let Some((error, message)) = &props.message {
                <p class={classes!("message", error.then_some("error"))} role={if *error { "alert" } else { "status" }} data-message="library">{ message }</p>
            }
            if props.damaged {
                <p class="message error" role="alert">
                    { "Stored articles from an earlier visit could not be read. They are kept as they were, untouched; " }
                    <button type="button" class="link" onclick={props.on_action.reform(|_| LibraryAction::DownloadDamaged)}>{ "download them" }</button>
                    { " to keep a copy." }
                </p>
            }
            <ul class="articles">
                { for props.articles.iter().map(|a| {
                    let id = a.id.clone();
                    let remove = a.user.then(|| {
                        let id = a.id.clone();
                        html! { <button type="button" class="link" onclick={props.on_action.reform(move |_| LibraryAction::Remove(id.clone()))}
                            aria-label={format!("Remove {}", a.title)}>{ "remove" }</button> }
                    });
                    html! {
                        <li data-article={a.id.clone()}>
                            <label>
                                <input type="checkbox" checked={a.enabled} onchange={props.on_action.reform(move |_| LibraryAction::Toggle(id.clone()))} />
                                { " " }{ &a.title }
                            </label>
                            { a.published.as_ref().map(|p| html! { <span class="muted">{ format!(" · {p}") }</span> }) }
                            if a.user { <span class="badge">{ "yours" }</span> }
                            { remove }
                        </li>
                    }
                }) }
            </ul>
            <form class="add" onsubmit={on_add} ondrop={on_drop} ondragover={on_dragover} aria-label="Add an article">
                <textarea ref={text} rows="5" placeholder="Paste an article's text here, or drop .txt, .md or .html files on this box…" aria-label="Article text" data-input="text" />
                <div class="add-row">
                    <input ref={title} type="text" placeholder="Title (if the text has none)" aria-label="Title" data-input="title" />
                    <input ref={date} type="text" placeholder="Published: 2023-09-11" aria-label="Publication date" data-input="date" />
                    <button type="submit" data-action="add">{ "Add article" }</button>
                    <label class="files">{ "or choose files " }
                        <input type="file" multiple=true accept=".txt,.md,.html,.htm,text/plain,text/html,text/markdown" onchange={on_files} data-input="files" />
                    </label>
                </div>
            </form>
            <div class="add-row">
                <button type="button" class="link" onclick={on_export} data-action="export">{ "Export your articles (JSON)" }</button>
                <label class="files">{ "Import a saved set " }
                    <input type="file" accept=".json,application/json" onchange={on_import} data-input="import" />
                </label>
            </div>
        </details>
    }
}

/// Hands text to the reducer. Adding only checks and stores it; the reading happens with the
/// history's (in the background when long), so nothing here holds the page.
fn submit(on_action: &Callback<LibraryAction>, text: String, source: String, title: String, published: String, note: Option<String>) {
    on_action.emit(LibraryAction::Add { text, source, title, published, note });
}

/// The articles to list: the seeds, then the reader's, each with its on/off state. Names and
/// dates come from the history shown where it holds the article, else from the article's head.
pub fn listed(model: &Model, seeds_off: &[String], user: &[UserArticle]) -> Vec<Listed> {
    let heading = |id: &str, text: &str| match model.documents.iter().find(|d| d.id == id) {
        Some(doc) => (doc.display_title().to_string(), doc.published.as_ref().map(|p| p.date)),
        None => crate::extract::article_heading(id, text),
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
            title: a.title.clone().filter(|t| !t.trim().is_empty()).unwrap_or(title),
            published: a.published.clone().or_else(|| published.map(|d| d.to_string())),
            enabled: a.enabled,
            user: true,
        }
    }));
    list
}
