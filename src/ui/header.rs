//! The page header: what this is, how much it was built from, and the language switch.

use super::lang::{use_lang, LangSwitch};
use super::state::Shared;
use crate::i18n::{Key, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub model: Shared,
    pub on_lang: Callback<Lang>,
    /// Said when the language chosen could not be remembered.
    pub lang_note: Option<String>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let lang = use_lang();
    let model = &props.model;
    let disagreements = model.events.iter().filter(|e| !e.conflicts.is_empty()).count() + model.trade_conflicts.len();
    let export = {
        let model = props.model.clone();
        Callback::from(move |_| super::download::text("vietnam-us-history.json", "application/json", &crate::export::to_json(&model.0)))
    };
    html! {
        <header class="page-header">
            <h1>{ lang.t(Key::PageTitle) }</h1>
            <p class="summary">
                { lang.f(Key::Summary, &[&model.documents.len(), &model.events.len(), &model.trade.len(), &disagreements]) }
            </p>
            <div class="header-tools">
                <LangSwitch on_choose={props.on_lang.clone()} />
                <button type="button" class="export" onclick={export} data-download="json">{ lang.t(Key::DownloadAll) }</button>
            </div>
            if let Some(note) = &props.lang_note {
                <p class="message notice" role="status" data-message="lang">{ note }</p>
            }
        </header>
    }
}
