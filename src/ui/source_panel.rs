//! The source panel: each article that tells the selected event, the sentence with the date
//! words marked, and the disagreement spelled out.

use crate::model::Event;
use super::state::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourcePanelProps {
    pub model: Shared,
    pub event: Event,
    pub on_close: Callback<()>,
}

#[function_component(SourcePanel)]
pub fn source_panel(props: &SourcePanelProps) -> Html {
    let event = &props.event;
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    let outlet = |doc: &str| {
        let d = props.model.documents.iter().find(|d| d.id == doc);
        let title = d.and_then(|d| d.title.clone()).unwrap_or_else(|| doc.to_string());
        let outlet = d.and_then(|d| d.outlet.clone());
        let published = d.and_then(|d| d.published.as_ref()).map(|p| p.date.to_string());
        [Some(title), outlet, published].into_iter().flatten().collect::<Vec<_>>().join(" · ")
    };
    html! {
        <aside class="source-panel" role="dialog" aria-label="Sources">
            <div class="source-head">
                <h2>{ &event.title }</h2>
                <button type="button" class="close" onclick={close} aria-label="Close sources">{ "×" }</button>
            </div>
            <p class="source-date">{ event.range().human() }</p>
            if !event.conflicts.is_empty() {
                <div class="disagreement" role="note">
                    <strong>{ "Sources disagree. " }</strong>
                    { format!("The timeline shows {}, told by most articles; ", event.range().human()) }
                    { for event.conflicts.iter().map(|c| html! {
                        <span>{ format!("{} says {} (\u{201c}{}\u{201d}). ", outlet(&c.doc), c.date, c.date_as_stated) }</span>
                    }) }
                </div>
            }
            <ol class="sources">
                { for event.sources.iter().map(|s| {
                    let (before, marked, after) = split_quote(&s.quote, &s.date_as_stated);
                    html! {
                        <li class="source" data-doc={s.doc.clone()}>
                            <p class="source-article">{ outlet(&s.doc) }{ if s.caption { " · photo caption" } else { "" } }</p>
                            <blockquote>{ before }<mark>{ marked }</mark>{ after }</blockquote>
                        </li>
                    }
                }) }
            </ol>
        </aside>
    }
}

/// The quote in three parts around the date words, so they can be marked without HTML.
fn split_quote<'a>(quote: &'a str, date: &str) -> (&'a str, &'a str, &'a str) {
    match quote.find(date).filter(|_| !date.is_empty()) {
        Some(at) => (&quote[..at], &quote[at..at + date.len()], &quote[at + date.len()..]),
        None => (quote, "", ""),
    }
}
