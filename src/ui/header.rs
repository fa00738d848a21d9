//! The page header: what this is, and how much it was built from.

use super::state::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub model: Shared,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let model = &props.model;
    let disagreements = model.events.iter().filter(|e| !e.conflicts.is_empty()).count() + model.trade_conflicts.len();
    html! {
        <header class="page-header">
            <h1>{ "Vietnam–US relations, from the articles" }</h1>
            <p class="summary">
                { format!(
                    "Built in your browser from {} articles: {} events, {} trade figures, {} disagreements between sources. Every fact links to the sentence it came from.",
                    model.documents.len(), model.events.len(), model.trade.len(), disagreements
                ) }
            </p>
        </header>
    }
}
