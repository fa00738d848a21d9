//! The filter bar: free-text search, category chips, person, direction of visit and article,
//! and how many events pass.

use super::lang::use_lang;
use super::state::{Action, Shared};
use crate::i18n::{Key, Lang};
use super::timeline::{category_class, category_icon};
use crate::model::Category;
use crate::query::{direction_from_key, direction_key, Query};
use crate::model::Direction;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub model: Shared,
    pub query: Query,
    /// How many events pass the filters.
    pub shown: usize,
    pub on_action: Callback<Action>,
}

#[function_component(Filters)]
pub fn filters(props: &FiltersProps) -> Html {
    let lang = use_lang();
    let model = &props.model;
    let query = &props.query;
    let on_search = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                on_action.emit(Action::SetSearch(input.value()));
            }
        })
    };
    let on_direction = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                on_action.emit(Action::SetDirection(direction_from_key(&select.value())));
            }
        })
    };
    let on_clear = {
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::ClearFilters))
    };
    let present: Vec<Category> = Category::ALL.into_iter().filter(|c| model.events.iter().any(|e| e.category == *c)).collect();
    let chip = |category: Category| {
        let on = query.categories.contains(&category);
        let on_action = props.on_action.clone();
        html! {
            <button type="button" class={classes!("chip", category_class(category), on.then_some("on"))} aria-pressed={on.to_string()}
                data-category={crate::query::category_key(category)}
                onclick={Callback::from(move |_| on_action.emit(Action::ToggleCategory(category)))}>
                { category_icon(category) }{ " " }{ category.label_in(lang) }
            </button>
        }
    };
    html! {
        <nav class="filters" aria-label={lang.t(Key::Filters)}>
            <input type="search" class="search" placeholder={lang.t(Key::SearchPlaceholder)} aria-label={lang.t(Key::Search)}
                value={query.search.clone()} oninput={on_search} />
            <div class="chips" role="group" aria-label={lang.t(Key::Categories)}>
                { for present.into_iter().map(chip) }
            </div>
            <PersonSelect model={model.clone()} selected={query.person.clone()} on_action={props.on_action.clone()} />
            <label class="select">
                <span>{ lang.t(Key::Visits) }</span>
                <select onchange={on_direction} aria-label={lang.t(Key::DirectionOfVisit)} data-filter="direction">
                    <option value="" selected={query.direction.is_none()}>{ lang.t(Key::BothWays) }</option>
                    { for [Direction::UsToVietnam, Direction::VietnamToUs].into_iter().map(|d| html! {
                        <option value={direction_key(d)} selected={query.direction == Some(d)}>{ d.label_in(lang) }</option>
                    }) }
                </select>
            </label>
            <ArticleSelect model={model.clone()} selected={query.article.clone()} on_action={props.on_action.clone()} />
            <span class="count" aria-live="polite">{ lang.f(Key::EventsShown, &[&props.shown, &model.events.len()]) }</span>
            if query.is_filtered() {
                <button type="button" class="clear" onclick={on_clear}>{ lang.t(Key::ClearFilters) }</button>
            }
        </nav>
    }
}

#[derive(Properties, PartialEq)]
struct SelectProps {
    model: Shared,
    selected: Option<String>,
    on_action: Callback<Action>,
}

/// The article filter, a component of its own: with thousands of the reader's articles its
/// options are many, and they are built again only when the history or the choice changes, not
/// on every other filter's click. The person filter likewise.
#[function_component(ArticleSelect)]
fn article_select(props: &SelectProps) -> Html {
    let lang = use_lang();
    let model = &props.model;
    let on_change = on_choice(&props.on_action, Action::SetArticle);
    let label = |doc: &crate::model::Document| {
        let title = crate::library::shorten(doc.display_title());
        match &doc.published {
            Some(p) => format!("{title} ({})", p.date),
            None => title,
        }
    };
    html! {
        <label class="select">
            <span>{ lang.t(Key::Article) }</span>
            <select onchange={on_change} aria-label={lang.t(Key::Article)} data-filter="article">
                <option value="" selected={props.selected.is_none()}>{ lang.t(Key::AllArticles) }</option>
                { for listed(&model.documents, |d| d.id.as_str(), props.selected.as_deref()).map(|d| html! {
                    <option value={d.id.clone()} selected={props.selected.as_deref() == Some(d.id.as_str())}>{ label(d) }</option>
                }) }
                { more(model.documents.len(), lang, Key::MoreArticles) }
            </select>
        </label>
    }
}

#[function_component(PersonSelect)]
fn person_select(props: &SelectProps) -> Html {
    let lang = use_lang();
    let on_change = on_choice(&props.on_action, Action::SetPerson);
    html! {
        <label class="select">
            <span>{ lang.t(Key::Person) }</span>
            <select onchange={on_change} aria-label={lang.t(Key::Person)} data-filter="person">
                <option value="" selected={props.selected.is_none()}>{ lang.t(Key::Anyone) }</option>
                { for listed(&props.model.people, |p| p.name.as_str(), props.selected.as_deref()).map(|p| html! {
                    <option value={p.name.clone()} selected={props.selected.as_deref() == Some(p.name.as_str())}>{ crate::library::shorten(&p.name) }</option>
                }) }
                { more(props.model.people.len(), lang, Key::MorePeople) }
            </select>
        </label>
    }
}

/// A select's change as an action: its value, or `None` for its first, empty option.
fn on_choice(on_action: &Callback<Action>, make: fn(Option<String>) -> Action) -> Callback<Event> {
    let on_action = on_action.clone();
    Callback::from(move |e: Event| {
        if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
            let value = select.value();
            on_action.emit(make((!value.is_empty()).then_some(value)));
        }
    })
}

/// The most options a filter lists. A browser lays out every option of a select, even closed:
/// eight thousand of them hold the page for 200 ms on every change of the history.
const MAX_OPTIONS: usize = 250;

/// The first `MAX_OPTIONS` items, and the one chosen wherever it is.
fn listed<'a, T>(items: &'a [T], key: impl Fn(&T) -> &str + 'a, selected: Option<&'a str>) -> impl Iterator<Item = &'a T> + 'a {
    items.iter().enumerate().filter(move |(i, item)| *i < MAX_OPTIONS || Some(key(item)) == selected).map(|(_, item)| item)
}

/// A last, disabled option saying how many were left out.
fn more(count: usize, lang: Lang, what: Key) -> Html {
    if count <= MAX_OPTIONS {
        return html! {};
    }
    html! { <option disabled=true value="">{ lang.f(what, &[&(count - MAX_OPTIONS)]) }</option> }
}
