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
    let export = {
        let model = props.model.clone();
        Callback::from(move |_| super::download::text("vietnam-us-history.json", "application/json", &crate::export::to_json(&model.0)))
    };
    html! {
        <header class="page-header">
            <h1>{ "Vietnam–US relations, from the articles" }</h1>
            <p class="summary">
                { format!(
                    "Built in your browser from {} articles: {} events, {} trade figures, {} disagreements between sources. Every fact links to the sentence it came from.",
                    model.documents.len(), model.events.len(), model.trade.len(), disagreements
                ) }
            </p>
            <button type="button" class="export" onclick={export} data-download="json">{ "Download all data (JSON)" }</button>
        </header>
    }
}
