//! What every chart canvas needs: sized to its box at the device's pixel ratio, themed for a
//! light or dark page, a hook that redraws it on resize, the layout of its last drawing under
//! the year band, and the `chart-drawn` mark once every chart has drawn.

use crate::charts::style::{PlotArea, Theme};
use gloo::events::EventListener;
use plotters::coord::Shift;
use plotters::prelude::*;
use crate::charts::backend::Backend;
use plotters_canvas::CanvasBackend;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// A drawing area over the whole canvas, the pixel ratio it was sized at, and the theme.
pub fn prepare(canvas: &HtmlCanvasElement) -> Option<(DrawingArea<Backend<'static>, Shift>, f64, Theme)> {
    let window = web_sys::window()?;
    let ratio = pixel_ratio();
    // Both sizes are read before either is written, so the page is laid out once.
    let width = (canvas.client_width().max(200) as f64 * ratio) as u32;
    let height = (canvas.client_height().max(150) as f64 * ratio) as u32;
    // Setting a size, even the same, clears the canvas and allocates its pixels again; a
    // drawing fills the whole canvas anyway, so a redraw at the same size keeps them.
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
    let dark = window.match_media("(prefers-color-scheme: dark)").ok().flatten().is_some_and(|m| m.matches());
    let theme = if dark { Theme::DARK } else { Theme::LIGHT };
    Some((Backend::Screen(CanvasBackend::with_canvas_object(canvas.clone())?).into_drawing_area(), ratio, theme))
}

/// Readies `canvas` for its first drawing, in a task of its own while the page opens: sizes it
/// (its pixels allocated) and takes the first use of each of the charts' fonts, on it and on the
/// canvas text is measured on. The trade chart's first drawing paid for both (4–5 ms of its
/// 11–12 ms of thread time under Lighthouse's trace).
pub fn warm(canvas: &HtmlCanvasElement) {
    use plotters_backend::BackendTextStyle;
    use wasm_bindgen::JsCast;
    let Some((area, ratio, theme)) = prepare(canvas) else { return };
    let context = canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
    for css_px in crate::charts::style::TEXT_SIZES {
        let style = crate::charts::style::text_style(theme, ratio, css_px);
        let _ = area.estimate_text_size("0123456789", &style);
        if let Some(context) = &context {
            // The font plotters_canvas draws with.
            context.set_font(&format!("{} {}px {}", style.style().as_str(), style.size(), style.family().as_str()));
            let _ = context.measure_text("0123456789");
        }
    }
}

/// The page's charts, each drawn by its own component.
#[derive(Clone, Copy)]
pub enum Chart {
    Trade,
    Growth,
    Events,
}

thread_local! {
    /// One bit per chart that has drawn since the page opened.
    static DRAWN: Cell<u8> = const { Cell::new(0) };
}

/// Records that `chart` has drawn (or tried: a canvas without a 2D context stays blank). The
/// first time every chart has, sets the `chart-drawn` performance mark, which the browser
/// benchmark reads as "load to drawn": the timeline is on the page by then, as the charts draw
/// after the first render.
pub fn chart_drawn(chart: Chart) {
    const ALL: u8 = 0b111;
    let before = DRAWN.with(|drawn| drawn.replace(drawn.get() | 1 << chart as u8));
    if before != ALL && before | 1 << chart as u8 == ALL {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("chart-drawn");
        }
    }
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

/// The layout of a chart's last drawing, for the pointer handlers and the year band.
pub struct DrawnLayout<L> {
    pub layout: Rc<RefCell<Option<L>>>,
    /// Whether the last render showed a band.
    band: Rc<Cell<bool>>,
    frame: fn(&L) -> (PlotArea, (f64, f64)),
    render: UseForceUpdateHandle,
}

impl<L> Clone for DrawnLayout<L> {
    fn clone(&self) -> Self {
        DrawnLayout { layout: self.layout.clone(), band: self.band.clone(), frame: self.frame, render: self.render.clone() }
    }
}

impl<L> DrawnLayout<L> {
    /// Keeps the layout of a new drawing. The chart renders again only when it shows a year
    /// band and the plot under it moved: a drawing with nothing highlighted (on load, after a
    /// filter) costs no second render.
    pub fn store(&self, layout: Option<L>) {
        let frame = self.frame;
        let moved = self.layout.borrow().as_ref().map(frame) != layout.as_ref().map(frame);
        *self.layout.borrow_mut() = layout;
        if moved && self.band.get() {
            self.render.force_update();
        }
    }

    /// The year band over the last drawing's plot; see [`year_band`].
    pub fn band(&self, year: Option<i32>) -> Html {
        self.band.set(year.is_some());
        year_band(self.layout.borrow().as_ref().map(self.frame), year)
    }
}

/// The layout of a chart's drawings; `frame` gives the plot area and the years of its x axis.
#[hook]
pub fn use_drawn_layout<L: 'static>(frame: fn(&L) -> (PlotArea, (f64, f64))) -> DrawnLayout<L> {
    let layout = use_mut_ref(|| None);
    let band = use_memo((), |_| Cell::new(false));
    DrawnLayout { layout, band, frame, render: use_force_update() }
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
