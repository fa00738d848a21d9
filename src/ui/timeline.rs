//! The timeline: events in date order, grouped by year, each with its date at its real
//! precision, people, category, direction and how many articles tell it.

use crate::model::{Category, Event};
use super::state::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub model: Shared,
    pub selected: Option<String>,
    pub on_select: Callback<String>,
}

/// A short text mark for each category, shown with its label so colour is never alone.
/// Symbols from fonts every system has (no emoji: headless and older systems lack them).
pub fn category_icon(category: Category) -> &'static str {
    match category {
        Category::Visit => "✈",
        Category::Agreement => "✍",
        Category::Diplomacy => "⚑",
        Category::Trade => "⚖",
        Category::DefenseSecurity => "⚔",
        Category::WarLegacy => "☮",
        Category::Education => "✎",
        Category::Health => "✚",
        Category::Climate => "☘",
    }
}

pub fn category_class(category: Category) -> &'static str {
    match category {
        Category::Visit => "cat-visit",
        Category::Agreement => "cat-agreement",
        Category::Diplomacy => "cat-diplomacy",
        Category::Trade => "cat-trade",
        Category::DefenseSecurity => "cat-defense",
        Category::WarLegacy => "cat-war",
        Category::Education => "cat-education",
        Category::Health => "cat-health",
        Category::Climate => "cat-climate",
    }
}

#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let mut years: Vec<(i32, Vec<&Event>)> = Vec::new();
    for event in &props.model.events {
        match years.last_mut() {
            Some((year, events)) if *year == event.date.year => events.push(event),
            _ => years.push((event.date.year, vec![event])),
        }
    }
    html! {
        <ol class="timeline" aria-label="Events by year">
            { for years.iter().map(|(year, events)| html! {
                <li class="year" key={year.to_string()}>
                    <h2 class="year-label">{ year }</h2>
                    <ol class="events">
                        { for events.iter().map(|e| entry(e, props.selected.as_deref() == Some(e.id.as_str()), &props.on_select)) }
                    </ol>
                </li>
            }) }
        </ol>
    }
}

fn entry(event: &Event, selected: bool, on_select: &Callback<String>) -> Html {
    let id = event.id.clone();
    let onclick = {
        let on_select = on_select.clone();
        let id = id.clone();
        Callback::from(move |_| on_select.emit(id.clone()))
    };
    let articles = {
        let mut docs: Vec<&str> = event.sources.iter().map(|s| s.doc.as_str()).collect();
        docs.sort_unstable();
        docs.dedup();
        docs.len()
    };
    let class = classes!("event", category_class(event.category), selected.then_some("selected"), event.milestone.then_some("milestone"));
    html! {
        <li class={class} key={id.clone()} data-event={id}>
            <button type="button" class="event-button" onclick={onclick} aria-pressed={selected.to_string()}>
                <span class="event-date">{ event.range().human() }</span>
                <span class="event-title">{ &event.title }</span>
                <span class="event-meta">
                    <span class="category">{ category_icon(event.category) }{ " " }{ event.category.label() }</span>
                    if let Some(direction) = event.direction {
                        <span class="direction">{ direction.label() }</span>
                    }
                    if !event.actors.is_empty() {
                        <span class="people">{ event.actors.join(", ") }</span>
                    }
                    <span class="articles">{ format!("{articles} article{}", if articles == 1 { "" } else { "s" }) }</span>
                    if !event.conflicts.is_empty() {
                        <span class="conflict-mark" title="Sources disagree on the date">{ "⚠ sources disagree" }</span>
                    }
                </span>
            </button>
        </li>
    }
}
