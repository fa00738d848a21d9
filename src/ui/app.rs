//! The page: header, timeline beside the charts, and the source panel. Parses the embedded
//! articles once, when the app mounts, and shares the model behind an `Rc`.

use super::header::Header;
use super::source_panel::SourcePanel;
use super::state::{Action, Shared, ViewState};
use super::timeline::Timeline;
use super::trade_chart::TradeChart;
use crate::extract::extract;
use crate::model::Model;
use std::rc::Rc;
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    let model: Rc<Model> = use_memo((), |_| extract(&crate::seeds::articles()));
    let model = Shared(model);
    let state = use_reducer(ViewState::default);
    let on_select = {
        let state = state.dispatcher();
        Callback::from(move |id: String| state.dispatch(Action::Select(id)))
    };
    let on_close = {
        let state = state.dispatcher();
        Callback::from(move |_| state.dispatch(Action::CloseSource))
    };
    let on_scale = {
        let state = state.dispatcher();
        Callback::from(move |scale| state.dispatch(Action::SetScale(scale)))
    };
    let selected = state.selected.as_ref().and_then(|id| model.events.iter().find(|e| &e.id == id)).cloned();
    html! {
        <>
            <Header model={model.clone()} />
            <main class="layout">
                <section class="pane timeline-pane" aria-label="Timeline of events">
                    <Timeline model={model.clone()} selected={state.selected.clone()} on_select={on_select} />
                </section>
                <section class="pane charts-pane" aria-label="Charts">
                    <TradeChart model={model.clone()} scale={state.scale} on_scale={on_scale} />
                    if let Some(event) = selected {
                        <SourcePanel model={model.clone()} event={event} on_close={on_close} />
                    }
                </section>
            </main>
        </>
    }
}
