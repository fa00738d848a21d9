//! The bare comparison page of issue #4: a Yew component that draws one plotters chart on a
//! canvas and marks `chart-drawn`, as the app does. It exists only so the browser benchmark
//! (`tests/browser/bench.mjs`) can measure what Yew and plotters cost on their own; the data
//! is a fixed series, as nothing here is the app.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// US–Vietnam two-way trade, (year, US$): the figures the app finds in its articles.
const TRADE: [(f64, f64); 7] = [
    (1995.0, 0.451e9),
    (2001.0, 1.5e9),
    (2005.0, 7.8e9),
    (2010.0, 18e9),
    (2015.0, 45e9),
    (2020.0, 90e9),
    (2022.0, 123.86e9),
];

/// The canvas size in pixels, about the size of the app's trade chart.
const WIDTH: u32 = 640;
const HEIGHT: u32 = 360;

#[function_component(Bare)]
fn bare() -> Html {
    let canvas = use_node_ref();
    {
        let canvas = canvas.clone();
        use_effect_with((), move |_| {
            if let Some(element) = canvas.cast::<HtmlCanvasElement>() {
                if draw(&element).is_some() {
                    // The browser benchmark reads the first of these as "load to drawn".
                    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                        let _ = performance.mark("chart-drawn");
                    }
                }
            }
        });
    }
    html! {
        <main>
            <h1>{ "Vietnam–US trade" }</h1>
            <canvas ref={canvas} width={WIDTH.to_string()} height={HEIGHT.to_string()} />
        </main>
    }
}

/// Draws the trade series on a log scale with a caption, axis labels and a mesh; `None` when
/// the canvas has no 2D context or plotters reports an error.
fn draw(element: &HtmlCanvasElement) -> Option<()> {
    let root = CanvasBackend::with_canvas_object(element.clone())?.into_drawing_area();
    root.fill(&WHITE).ok()?;
    let mut chart = ChartBuilder::on(&root)
        .margin(10)
        .caption("Two-way trade, billion US$ (log scale)", ("sans-serif", 15).into_font())
        .x_label_area_size(40)
        .y_label_area_size(56)
        .build_cartesian_2d(1994.0..2023.0, (0.1f64..200.0).log_scale())
        .ok()?;
    chart
        .configure_mesh()
        .x_desc("Year")
        .y_desc("Billion US$")
        .x_label_formatter(&|year| format!("{year:.0}"))
        .y_label_formatter(&|value| format!("{value}"))
        .draw()
        .ok()?;
    let billions = || TRADE.iter().map(|&(year, usd)| (year, usd / 1e9));
    chart.draw_series(LineSeries::new(billions(), BLUE.stroke_width(2))).ok()?;
    chart.draw_series(billions().map(|at| Circle::new(at, 4, BLUE.filled()))).ok()?;
    root.present().ok()
}

fn main() {
    yew::Renderer::<Bare>::new().render();
}
