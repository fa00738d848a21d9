//! Events per year by category, stacked, for the events the filters keep; the year under the
//! pointer is highlighted in the timeline.

use super::canvas;
use super::download;
use super::state::{Action, Shared};
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
    let canvas_ref = use_node_ref();
    let resized = canvas::use_resize_count();
    // Bumped after each drawing, so the year band is laid out over the new layout.
    let drawn = use_state(|| 0u32);
    let layout = use_mut_ref(|| None::<events_per_year::Layout>);
    {
        let canvas_ref = canvas_ref.clone();
        let model = props.model.clone();
        let layout = layout.clone();
        let drawn = drawn.clone();
        use_effect_with((props.visible.clone(), resized), move |(visible, _)| {
            let events: Vec<&Event> = visible.iter().filter_map(|&i| model.events.get(i)).collect();
            if let Some((root, ratio, theme)) = canvas_ref.cast::<HtmlCanvasElement>().as_ref().and_then(canvas::prepare) {
                *layout.borrow_mut() = events_per_year::draw(&root, &events, theme, ratio, None).ok();
                drawn.set(drawn.wrapping_add(1));
            }
        });
    }
    let onmousemove = {
        let layout = layout.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |e: MouseEvent| {
            let year = layout.borrow().as_ref().and_then(|l| l.year_at(e.offset_x() as f64 * canvas::pixel_ratio()));
            on_action.emit(Action::HoverYear(year));
        })
    };
    let onmouseleave = {
        let on_action = props.on_action.clone();
        Callback::from(move |_| on_action.emit(Action::HoverYear(None)))
    };
    let events: Vec<&Event> = props.visible.iter().filter_map(|&i| props.model.events.get(i)).collect();
    let rows = table::events_per_year_rows(&events);
    let downloads = {
        let png_ref = canvas_ref.clone();
        let png = Callback::from(move |_| {
            if let Some(element) = png_ref.cast::<HtmlCanvasElement>() {
                download::canvas_png("events-per-year.png", &element);
            }
        });
        let model = props.model.clone();
        let svg = Callback::from(move |_| download::text("events-per-year.svg", "image/svg+xml", &events_per_year::to_svg(&model.0, 960, 400)));
        let model = props.model.clone();
        let visible = props.visible.clone();
        let csv = Callback::from(move |_| {
            let events: Vec<&Event> = visible.iter().filter_map(|&i| model.events.get(i)).collect();
            download::text("events-per-year.csv", "text/csv", &table::events_per_year_csv(&events));
        });
        html! {
            <div class="downloads" role="group" aria-label="Download the events chart">
                <button type="button" onclick={png}>{ "PNG" }</button>
                <button type="button" onclick={svg}>{ "SVG" }</button>
                <button type="button" onclick={csv}>{ "CSV" }</button>
            </div>
        }
    };
    html! {
        <figure class="chart" data-figure="events">
            <div class="chart-tools"><h3 class="chart-title">{ "Events per year, by category" }</h3>{ downloads }</div>
            <div class="canvas-box">
            <canvas ref={canvas_ref} data-chart="events" role="img" class="short"
                aria-label="Number of events per year by category, for the events shown in the timeline; the data table below holds the counts."
                onmousemove={onmousemove} onmouseleave={onmouseleave} />
                { canvas::year_band(layout.borrow().as_ref().map(|l| (l.plot, l.years)), props.highlight_year) }
            </div>
            <details class="data-table">
                <summary>{ format!("Data table: {} years", rows.len()) }</summary>
                <table>
                    <thead><tr>{ for table::EventsPerYearRow::header().iter().map(|h| html! { <th>{ h.replace('_', " ") }</th> }) }</tr></thead>
                    <tbody>{ for rows.iter().map(|r| html! { <tr>{ for r.fields().into_iter().map(|f| html! { <td>{ f }</td> }) }</tr> }) }</tbody>
                </table>
            </details>
        </figure>
    }
}
