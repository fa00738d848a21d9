//! The page: header, filters, the timeline beside the charts, and the source panel. Parses the
//! embedded articles once, when the app mounts; keeps the reader's query in the address.

use super::events_chart::EventsChart;
use super::filters::Filters;
use super::growth_chart::GrowthChart;
use super::header::Header;
use super::source_panel::SourcePanel;
use super::state::{Action, History, Shared, Texts, ViewState};
use super::timeline::Timeline;
use super::trade_chart::TradeChart;
use super::library::Library;
use super::library_state::{LibraryAction, LibraryState};
use super::storage;
use super::model_source::{articles_of, use_model};
use crate::extract::text::fold;
use crate::i18n::{number_in, Key, Lang};
use crate::library;
use crate::query::Query;
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// The query string of the page's address, without the "?".
fn address_query() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default().trim_start_matches('?').to_string()
}

/// The title of the page showing `event`, so a tab, a bookmark or the history says which event
/// a link opens, in the page's language. In English, with no event, it is index.html's
/// `<title>` (the browser test checks they agree).
fn page_title(event: Option<&crate::model::Event>, lang: Lang) -> String {
    match event {
        Some(event) => lang.f(Key::EventPageTitle, &[&event.title, &event.range().human_in(lang)]),
        None => lang.t(Key::DocumentTitle).to_string(),
    }
}

thread_local! {
    /// The address and title writes of the last render, waiting for their task.
    static AFTER_RENDER: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `work` in the task after the render, with the rest of the render's history writes, in
/// the order given: the browser's history write takes 1–6 ms, and a filter's redraw need not wait
/// for it. One task for all of them, so the address and the title change together.
fn after_render(work: impl FnOnce() + 'static) {
    let first = AFTER_RENDER.with(|waiting| {
        let mut waiting = waiting.borrow_mut();
        waiting.push(Box::new(work));
        waiting.len() == 1
    });
    if first {
        super::first_view::next_task(|| {
            for work in AFTER_RENDER.with(|waiting| std::mem::take(&mut *waiting.borrow_mut())) {
                work();
            }
        });
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| ViewState::new(Query::from_query_string(&address_query())));
    // The first render sets up the app's state and renders none of the page (its first render
    // holds Yew's start-up); the header, the articles panel, the filters, the timeline and the
    // three charts' frames follow, a task each, then the app takes over the page (`first_view`).
    let parts = use_state(|| 0u8);
    {
        let parts = parts.clone();
        use_effect_with((), move |_| super::first_view::first_part_rendered(move |part| parts.set(part)));
    }
    // The language: the address's, else the reader's remembered choice or the browser's.
    let preferred = use_state(super::lang::preferred);
    let lang = state.query.lang.unwrap_or(*preferred);
    let lang_note = use_state(|| None::<String>);
    use_effect_with(lang, |lang| super::lang::apply_to_document(*lang));
    let library_state = use_reducer(|| LibraryState::new(storage::load(lang), lang));
    {
        let dispatcher = library_state.dispatcher();
        use_effect_with(lang, move |lang| dispatcher.dispatch(LibraryAction::SetLang(*lang)));
    }
    // Every callback handed down is made once (or again when what it uses changes): a new one
    // on every render would make each child's props differ, and every part of the page render
    // again on a filter's click.
    let on_lang = {
        let (preferred, lang_note) = (preferred.setter(), lang_note.setter());
        use_callback(state.dispatcher(), move |choice: Lang, dispatcher| {
            preferred.set(choice);
            // A choice that cannot be remembered is said once, briefly; the address keeps it.
            lang_note.set(super::lang::remember(choice).err().map(|why| choice.f(Key::LangNotRemembered, &[&why])));
            dispatcher.dispatch(Action::SetLang(choice));
        })
    };
    let (user, seeds_off) = (library_state.articles.clone(), library_state.seeds_off.clone());
    let texts = use_memo((user.clone(), seeds_off.clone()), |(user, seeds_off)| {
        articles_of(seeds_off, user.0.articles()).iter().map(|a| (a.id.to_string(), a.text.to_string())).collect::<Vec<_>>()
    });
    let texts = Texts(texts);
    let source = use_model(user.clone(), seeds_off.clone(), texts.clone());
    let model = Shared(source.model.clone());
    // The reader's articles are saved on every change (not when the page opens: nothing has
    // changed then); a failed write is said until a later one succeeds.
    {
        let dispatcher = library_state.dispatcher();
        let frozen = library_state.frozen.is_some();
        let lang = library_state.lang;
        let opened = use_mut_ref(|| true);
        use_effect_with((user.clone(), seeds_off.clone()), move |(user, seeds_off)| {
            if !std::mem::replace(&mut *opened.borrow_mut(), false) {
                dispatcher.dispatch(match storage::save(user.0.articles(), seeds_off, frozen, lang) {
                    Ok(()) => LibraryAction::StorageSaved,
                    Err(why) => LibraryAction::StorageFailed(why),
                });
            }
        });
    }
    // Articles just added are reported once the history shown holds them.
    {
        let dispatcher = library_state.dispatcher();
        let awaiting = library_state.awaiting.clone();
        let lang = library_state.lang;
        use_effect_with((model.clone(), awaiting), move |(model, awaiting)| {
            let arrived: Vec<&library::Added> = awaiting.iter().filter(|a| model.documents.iter().any(|d| d.id == a.id)).collect();
            if !arrived.is_empty() {
                let message = arrived.iter().map(|a| library::added_message_in(a, model, lang)).collect::<Vec<_>>().join(" ");
                dispatcher.dispatch(LibraryAction::Reported { ids: arrived.iter().map(|a| a.id.clone()).collect(), message });
            }
        });
    }
    let on_library = use_callback((library_state.dispatcher(), lang), |action: LibraryAction, (dispatcher, lang)| match action {
        LibraryAction::Forgotten(key) => match storage::forget(&key, *lang) {
            Ok(()) => dispatcher.dispatch(LibraryAction::Forgotten(key)),
            Err(why) => dispatcher.dispatch(LibraryAction::Refused(lang.f(Key::CopyNotLetGo, &[&why]))),
        },
        other => dispatcher.dispatch(other),
    });
    let on_download_damaged = use_callback((), |key: String, _| {
        if let Some(raw) = storage::damaged_text(&key) {
            super::download::text("unreadable-stored-articles.json", "application/json", &raw);
        }
    });
    // Back and Forward restore the view the address describes.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "popstate", move |_| dispatcher.dispatch(Action::Restore(Query::from_query_string(&address_query()))))
            });
            move || drop(listener)
        });
    }
    // Escape closes the source panel wherever the focus is.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().and_then(|w| w.document()).map(|document| {
                EventListener::new(&document, "keydown", move |event| {
                    let key = event.dyn_ref::<web_sys::KeyboardEvent>().map(|k| k.key()).unwrap_or_default();
                    if key == "Escape" {
                        dispatcher.dispatch(Action::CloseSource);
                    }
                })
            });
            move || drop(listener)
        });
    }
    // The address follows the query, in the task after the render (`after_render`).
    {
        let history = state.history;
        use_effect_with(state.query.clone(), move |query| {
            let wanted = query.to_query_string();
            if history == History::Leave || wanted == address_query() {
                return;
            }
            after_render(move || {
                if wanted == address_query() {
                    return;
                }
                if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
                    let url = if wanted.is_empty() { "?".to_string() } else { format!("?{wanted}") };
                    let url = if wanted.is_empty() { web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or(url) } else { url };
                    let _ = match history {
                        History::Replace => h.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
                        _ => h.push_state_with_url(&JsValue::NULL, "", Some(&url)),
                    };
                }
            });
        });
    }

    // Values the history does not hold (a person or an article not there, an article just
    // removed, a category no event has) are dropped, so no filter is in force unseen. Not while
    // a newer history is being read: it may hold them.
    {
        let dispatcher = state.dispatcher();
        let reading = source.reading.is_some();
        use_effect_with((model.clone(), state.query.clone(), reading), move |(model, query, reading)| {
            let in_force = query.in_force(model);
            if !*reading && in_force != *query {
                dispatcher.dispatch(Action::Correct(in_force));
            }
        });
    }

    let visible: Rc<Vec<usize>> = {
        let query = state.query.clone();
        let model = model.clone();
        use_memo((query, model), |(query, model)| {
            let folded = fold(&query.search);
            (0..model.events.len()).filter(|&i| query.matches(&model.events[i], &folded)).collect()
        })
    };
    let on_select = use_callback(state.dispatcher(), |id: String, dispatcher| dispatcher.dispatch(Action::SelectEvent(id)));
    let on_close = use_callback(state.dispatcher(), |_: (), dispatcher| dispatcher.dispatch(Action::CloseSource));
    let on_action = use_callback(state.dispatcher(), |action: Action, dispatcher| dispatcher.dispatch(action));
    let selected_event = state.query.event.as_ref().and_then(|id| model.events.iter().find(|e| &e.id == id)).cloned();
    let selected_figure = state.query.figure.filter(|&i| i < model.trade.len());
    // The title names the selected event (a deep link, a click, Back). Written after the
    // address, in the same task, so the history entry left keeps its title.
    {
        let title = page_title(selected_event.as_ref(), lang);
        use_effect_with(title, |title| {
            let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
            if document.title() != *title {
                let title = title.clone();
                after_render(move || document.set_title(&title));
            }
        });
    }
    let highlight_year = state.hover_year.or_else(|| selected_event.as_ref().map(|e| e.date.year)).or_else(|| selected_figure.map(|i| model.trade[i].period.year()));
    // The first render (the state alone) renders none of the page: the markup is built by a
    // function of its own, which the browser compiles on its first call, in the task of the
    // first part rather than with the rest of Yew's start-up.
    if *parts == 0 {
        return Html::default();
    }
    view(View {
        lang,
        parts: *parts,
        model,
        on_lang,
        lang_note: (*lang_note).clone(),
        library_state,
        on_library,
        on_download_damaged,
        reading: source.reading,
        failure: source.failure.clone(),
        query: state.query.clone(),
        visible,
        on_action,
        on_select,
        on_close,
        highlight_year,
        selected_event,
        selected_figure,
        texts,
    })
}

/// What the page's markup is made of, once the app's state is set up.
struct View {
    lang: Lang,
    parts: u8,
    model: Shared,
    on_lang: Callback<Lang>,
    lang_note: Option<String>,
    library_state: UseReducerHandle<LibraryState>,
    on_library: Callback<LibraryAction>,
    on_download_damaged: Callback<String>,
    reading: Option<usize>,
    failure: Option<String>,
    query: Query,
    visible: Rc<Vec<usize>>,
    on_action: Callback<Action>,
    on_select: Callback<String>,
    on_close: Callback<()>,
    highlight_year: Option<i32>,
    selected_event: Option<crate::model::Event>,
    selected_figure: Option<usize>,
    texts: Texts,
}

/// The page's markup: the parts rendered so far (`first_view::LATER_PARTS`), in the language.
#[inline(never)]
fn view(v: View) -> Html {
    let View { lang, parts, model, on_lang, lang_note, library_state, on_library, on_download_damaged, reading, failure, query, visible, on_action, on_select, on_close, highlight_year, selected_event, selected_figure, texts } = v;
    let parts = &parts;
    html! {
        <ContextProvider<Lang> context={lang}>
            if *parts >= 1 {
                <Header model={model.clone()} on_lang={on_lang} lang_note={lang_note} />
            }
            if *parts >= 2 {
                <Library model={model.clone()} state={library_state.clone()} on_action={on_library} on_download_damaged={on_download_damaged} />
            }
            if let Some(bytes) = reading {
                <p class="message notice" role="status" data-status="reading">
                    <progress aria-label={lang.t(Key::ReadingLabel)} />{ " " }
                    { lang.f(Key::ReadingBackground, &[&number_in(lang, bytes as f64 / 1e6, 1)]) }
                </p>
            }
            if let Some(failure) = &failure {
                <p class="message notice error" role="alert" data-status="failure">{ lang.f(Key::ReadOnPage, &[failure]) }</p>
            }
            if *parts >= 3 {
                <Filters model={model.clone()} query={query.clone()} shown={visible.len()} on_action={on_action.clone()} />
            }
            <main class="layout">
                <section class="pane timeline-pane" aria-label={lang.t(Key::TimelineRegion)}>
                    if *parts >= 4 {
                        <Timeline model={model.clone()} visible={visible.clone()} selected={query.event.clone()}
                            highlight_year={highlight_year} on_select={on_select} />
                    }
                </section>
                <section class="pane charts-pane" aria-label={lang.t(Key::ChartsRegion)}>
                    if *parts >= 5 {
                        if selected_event.is_some() || selected_figure.is_some() {
                            <SourcePanel model={model.clone()} texts={texts.clone()} event={selected_event.clone()} figure={selected_figure} on_close={on_close} />
                        }
                        <TradeChart model={model.clone()} linear={query.linear} highlight_year={highlight_year}
                            selected_figure={selected_figure} on_action={on_action.clone()} />
                    }
                    if *parts >= 6 {
                        <GrowthChart model={model.clone()} highlight_year={highlight_year} on_action={on_action.clone()} />
                    }
                    if *parts >= 7 {
                        <EventsChart model={model.clone()} visible={visible.clone()} highlight_year={highlight_year} on_action={on_action.clone()} />
                    }
                </section>
            </main>
        </ContextProvider<Lang>>
    }
}
