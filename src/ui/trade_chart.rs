//! The trade chart on a canvas: plotters draws it at the screen's pixel density and again on
//! every resize; the log/linear toggle sits above it.

use crate::charts::trade::{self, Scale, Theme};
use crate::model::Model;
use gloo::events::EventListener;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use super::state::Shared;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TradeChartProps {
    pub model: Shared,
    pub scale: Scale,
    pub on_scale: Callback<Scale>,
}

#[function_component(TradeChart)]
pub fn trade_chart(props: &TradeChartProps) -> Html {
    let canvas = use_node_ref();
    let resized = use_state(|| 0u32);
    {
        let resized = resized.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "resize", move |_| resized.set(resized.wrapping_add(1)))
            });
            move || drop(listener)
        });
    }
    {
        let canvas = canvas.clone();
        let model = props.model.clone();
        use_effect_with((props.scale, *resized), move |(scale, _)| {
            if let Some(element) = canvas.cast::<HtmlCanvasElement>() {
                draw(&element, &model.0, *scale);
            }
        });
    }
    let toggle = |scale: Scale, label: &'static str| {
        let on_scale = props.on_scale.clone();
        let pressed = props.scale == scale;
        html! {
            <button type="button" class={classes!("toggle", pressed.then_some("on"))} aria-pressed={pressed.to_string()}
                onclick={Callback::from(move |_| on_scale.emit(scale))}>{ label }</button>
        }
    };
    html! {
        <figure class="chart">
            <div class="chart-tools" role="group" aria-label="Vertical scale">
                { toggle(Scale::Log, "Log scale") }
                { toggle(Scale::Linear, "Linear scale") }
            </div>
            <canvas ref={canvas} data-chart="trade" role="img"
                aria-label="Two-way trade between Vietnam and the US, billion US dollars, as reported by the articles" />
            <figcaption class="legend">
                <span><i class="mark dot" />{ "stated" }</span>
                <span><i class="mark up" />{ "“over”: at least" }</span>
                <span><i class="mark down" />{ "“nearly”: at most" }</span>
                <span><i class="mark ring" />{ "derived from a stated change" }</span>
                <span><i class="mark square" />{ "part of a year" }</span>
                <span><i class="mark dash" />{ "growth implied between reports" }</span>
                <span><i class="mark rule" />{ "milestone event" }</span>
            </figcaption>
        </figure>
    }
}

/// Sizes the canvas to its box at the device's pixel ratio, then draws.
fn draw(canvas: &HtmlCanvasElement, model: &Model, scale: Scale) {
    let Some(window) = web_sys::window() else { return };
    let ratio = window.device_pixel_ratio().max(1.0);
    let width = (canvas.client_width().max(200) as f64 * ratio) as u32;
    let height = (canvas.client_height().max(150) as f64 * ratio) as u32;
    canvas.set_width(width);
    canvas.set_height(height);
    let dark = window
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let theme = if dark { Theme::DARK } else { Theme::LIGHT };
    if let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) {
        let root = backend.into_drawing_area();
        if let Err(error) = trade::draw(&root, model, scale, theme, ratio) {
            gloo::console::warn!(format!("trade chart not drawn: {error:?}"));
        }
    }
}
