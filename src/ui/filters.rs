//! The filter bar: free-text search, category chips, person, direction of visit and article,
//! and how many events pass.

use super::state::{Action, Shared};
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
    let select = |make: fn(Option<String>) -> Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                let value = select.value();
                on_action.emit(make((!value.is_empty()).then_some(value)));
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
                { category_icon(category) }{ " " }{ category.label() }
            </button>
        }
    };
    let article_label = |id: &str| {
        let doc = model.documents.iter().find(|d| d.id == id);
        let title = model.article_title(id);
        match doc.and_then(|d| d.published.as_ref()) {
            Some(p) => format!("{title} ({})", p.date),
            None => title,
        }
    };
    html! {
        <nav class="filters" aria-label="Filters">
            <input type="search" class="search" placeholder="Search events, people, sentences…" aria-label="Search"
                value={query.search.clone()} oninput={on_search} />
            <div class="chips" role="group" aria-label="Categories">
                { for present.into_iter().map(chip) }
            </div>
            <label class="select">
                <span>{ "Person" }</span>
                <select onchange={select(Action::SetPerson)} aria-label="Person" data-filter="person">
                    <option value="" selected={query.person.is_none()}>{ "Anyone" }</option>
                    { for model.people.iter().map(|p| html! {
                        <option value={p.name.clone()} selected={query.person.as_deref() == Some(p.name.as_str())}>{ &p.name }</option>
                    }) }
                </select>
            </label>
            <label class="select">
                <span>{ "Visits" }</span>
                <select onchange={on_direction} aria-label="Direction of visit" data-filter="direction">
                    <option value="" selected={query.direction.is_none()}>{ "Both ways" }</option>
                    { for [Direction::UsToVietnam, Direction::VietnamToUs].into_iter().map(|d| html! {
                        <option value={direction_key(d)} selected={query.direction == Some(d)}>{ d.label() }</option>
                    }) }
                </select>
            </label>
            <label class="select">
                <span>{ "Article" }</span>
                <select onchange={select(Action::SetArticle)} aria-label="Article" data-filter="article">
                    <option value="" selected={query.article.is_none()}>{ "All articles" }</option>
                    { for model.documents.iter().map(|d| html! {
                        <option value={d.id.clone()} selected={query.article.as_deref() == Some(d.id.as_str())}>{ article_label(&d.id) }</option>
                    }) }
                </select>
            </label>
            <span class="count" aria-live="polite">{ format!("{} of {} events", props.shown, model.events.len()) }</span>
            if query.is_filtered() {
                <button type="button" class="clear" onclick={on_clear}>{ "Clear filters" }</button>
            }
        </nav>
    }
}
