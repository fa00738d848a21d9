//! Events per year by category, stacked, for the events the filters keep; the year under the
//! pointer is highlighted in the timeline.

use super::canvas;
use super::data_table::DataTable;
use super::download;
use super::lang::use_lang;
use super::state::{Action, Shared};
use crate::i18n::Key;
use crate::charts::{events_per_year, table};
use crate::model::Event;
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventsChartProps {
    pub model: Shared,
    pub visible: Rc<Vec<usize>>,
    pub highlight_year: Option<i32>,
    pub on_action: Callback<Action>,
}

#[function_component(EventsChart)]
pub fn events_chart(props: &EventsChartProps) -> Html {
    let lang = use_lang();
    let canvas_ref = use_node_ref();
    let resized = canvas::use_resize_count();
    let drawn = canvas::use_drawn_layout(|l: &events_per_year::Layout| (l.plot, l.years));
    {
        let canvas_ref = canvas_ref.clone();
        let model = props.model.clone();
        let drawn = drawn.clone();
        use_effect_with((props.visible.clone(), resized, model, lang), move |(visible, _, model, lang)| {
            // Drawn in a task of its own while the page opens (its canvas readied in the task
            // before), at once afterwards.
            let ready = canvas_ref.clone();
            super::first_view::while_opening(move || {
                if let Some(element) = ready.cast::<HtmlCanvasElement>() {
                    canvas::warm(&element);
                }
            });
            let (visible, model, lang) = (visible.clone(), model.clone(), *lang);
            super::first_view::later(move || {
                let events: Vec<&Event> = visible.iter().filter_map(|&i| model.events.get(i)).collect();
                if let Some((root, ratio, theme)) = canvas_ref.cast::<HtmlCanvasElement>().as_ref().and_then(canvas::prepare) {
                    drawn.store(events_per_year::draw(&root, &events, theme.in_lang(lang), ratio, None).ok());
                }
                canvas::chart_drawn(canvas::Chart::Events);
            });
        });
    }
    let (onmousemove, onmouseleave) = {
        let on_action = props.on_action.clone();
        canvas::hover_year(drawn.layout.clone(), events_per_year::Layout::year_at, Callback::from(move |year| on_action.emit(Action::HoverYear(year))))
    };
    // Counted again only when the events shown change, not on every render (a hover, a selection).
    let rows = use_memo((props.model.clone(), props.visible.clone()), |(model, visible)| {
        let events: Vec<&Event> = visible.iter().filter_map(|&i| model.events.get(i)).collect();
        table::events_per_year_rows(&events)
    });
    let downloads = {
        let (svg_model, model, visible) = (props.model.clone(), props.model.clone(), props.visible.clone());
        download::buttons(
            lang.t(Key::DownloadEvents),
            "events-per-year",
            canvas_ref.clone(),
            std::rc::Rc::new(move || { let model = &svg_model; events_per_year::to_svg_in(&model.0, 960, 400, lang) }),
            std::rc::Rc::new(move || {
                let events: Vec<&Event> = visible.iter().filter_map(|&i| model.events.get(i)).collect();
                table::events_per_year_csv(&events)
            }),
            lang,
        )
    };
    html! {
        <figure class="chart" data-figure="events">
            <div class="chart-tools"><h3 class="chart-title">{ lang.t(Key::EventsTitle) }</h3>{ downloads }</div>
            <div class="canvas-box">
            <canvas ref={canvas_ref} data-chart="events" role="img" class="short"
                aria-label={lang.t(Key::EventsLabel)}
                onmousemove={onmousemove} onmouseleave={onmouseleave} />
                { drawn.band(props.highlight_year) }
            </div>
            <DataTable summary={lang.f(Key::TableYears, &[&rows.len()])} table={{
                let rows = rows.clone();
                Rc::new(move || html! {
                    <table>
                        <thead><tr>{ for table::EventsPerYearRow::header_in(lang).iter().map(|h| html! { <th>{ *h }</th> }) }</tr></thead>
                        <tbody>{ for rows.iter().map(|r| html! { <tr>{ for r.fields().into_iter().map(|f| html! { <td>{ f }</td> }) }</tr> }) }</tbody>
                    </table>
                }) as Rc<dyn Fn() -> Html>
            }} />
        </figure>
    }
}
