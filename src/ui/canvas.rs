//! What every chart canvas needs: sized to its box at the device's pixel ratio, themed for a
//! light or dark page, and a hook that redraws it on resize.

use crate::charts::style::{PlotArea, Theme};
use gloo::events::EventListener;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// A drawing area over the whole canvas, the pixel ratio it was sized at, and the theme.
pub fn prepare(canvas: &HtmlCanvasElement) -> Option<(DrawingArea<CanvasBackend, Shift>, f64, Theme)> {
    let window = web_sys::window()?;
    let ratio = pixel_ratio();
    canvas.set_width((canvas.client_width().max(200) as f64 * ratio) as u32);
    canvas.set_height((canvas.client_height().max(150) as f64 * ratio) as u32);
    let dark = window.match_media("(prefers-color-scheme: dark)").ok().flatten().is_some_and(|m| m.matches());
    let theme = if dark { Theme::DARK } else { Theme::LIGHT };
    Some((CanvasBackend::with_canvas_object(canvas.clone())?.into_drawing_area(), ratio, theme))
}

pub fn pixel_ratio() -> f64 {
    web_sys::window().map(|w| w.device_pixel_ratio()).unwrap_or(1.0).max(1.0)
}

/// A number that changes whenever the window is resized, to redraw on.
#[hook]
pub fn use_resize_count() -> u32 {
    let count = use_state(|| 0u32);
    {
        let count = count.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| EventListener::new(&window, "resize", move |_| count.set(count.wrapping_add(1))));
            move || drop(listener)
        });
    }
    *count
}

/// The highlighted year as a translucent band laid over the canvas, so that a selection or a
/// hover moves a `div` instead of redrawing the chart. `plot` is in canvas pixels.
pub fn year_band(plot: Option<(PlotArea, (f64, f64))>, year: Option<i32>) -> Html {
    let (Some((plot, years)), Some(year)) = (plot, year) else { return Html::default() };
    let ratio = pixel_ratio();
    let left = plot.x_px(years, year as f64 - 0.5).max(plot.left) as f64 / ratio;
    let right = plot.x_px(years, year as f64 + 0.5).min(plot.right) as f64 / ratio;
    if right <= left {
        return Html::default();
    }
    let style = format!(
        "left:{left:.1}px;width:{:.1}px;top:{:.1}px;height:{:.1}px",
        right - left,
        plot.top as f64 / ratio,
        (plot.bottom - plot.top) as f64 / ratio
    );
    html! { <div class="year-band" aria-hidden="true" data-band-year={year.to_string()} {style} /> }
}

/// Pointer handlers that report the year under the pointer, and none when it leaves.
pub fn hover_year<L: 'static>(
    layout: std::rc::Rc<std::cell::RefCell<Option<L>>>,
    year_at: fn(&L, f64) -> Option<i32>,
    on_year: Callback<Option<i32>>,
) -> (Callback<MouseEvent>, Callback<MouseEvent>) {
    let leave = on_year.clone();
    let onmousemove = Callback::from(move |e: MouseEvent| {
        let year = layout.borrow().as_ref().and_then(|l| year_at(l, e.offset_x() as f64 * pixel_ratio()));
        on_year.emit(year);
    });
    (onmousemove, Callback::from(move |_| leave.emit(None)))
}
