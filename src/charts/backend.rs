//! One backend type for both ways the page draws a chart, on its canvas and into an SVG
//! download, so each chart (and plotters' generic drawing code under it) is compiled once
//! rather than once per backend: about 10 KB of gzipped WebAssembly. `Backend` hands every call
//! to the backend it holds, so each draws exactly as it would alone. The chart functions stay
//! generic over any backend; native tests draw on `SVGBackend` itself too.

use plotters::prelude::*;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind};
use std::fmt;

/// What the page draws on: its canvas in the browser. Natively there is no screen, and SVG
/// stands in, so the type exists everywhere.
#[cfg(target_arch = "wasm32")]
pub type Screen = plotters_canvas::CanvasBackend;
#[cfg(not(target_arch = "wasm32"))]
pub type Screen = SVGBackend<'static>;

/// The SVG document of a download, or the page's screen.
pub enum Backend<'a> {
    Svg(SVGBackend<'a>),
    Screen(Screen),
}

/// The error of whichever backend failed.
#[derive(Debug)]
pub enum BackendError {
    Svg(<SVGBackend<'static> as DrawingBackend>::ErrorType),
    Screen(<Screen as DrawingBackend>::ErrorType),
}

impl fmt::Display for BackendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackendError::Svg(error) => error.fmt(f),
            BackendError::Screen(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for BackendError {}

/// The inner backend's result with its error wrapped.
fn lift<T, E: std::error::Error + Send + Sync>(
    result: Result<T, DrawingErrorKind<E>>,
    wrap: fn(E) -> BackendError,
) -> Result<T, DrawingErrorKind<BackendError>> {
    result.map_err(|error| match error {
        DrawingErrorKind::DrawingError(error) => DrawingErrorKind::DrawingError(wrap(error)),
        DrawingErrorKind::FontError(error) => DrawingErrorKind::FontError(error),
    })
}

/// Calls the same method on whichever backend is held, wrapping its error.
macro_rules! forward {
    ($self:ident, $backend:ident => $call:expr) => {
        match $self {
            Backend::Svg($backend) => lift($call, BackendError::Svg),
            Backend::Screen($backend) => lift($call, BackendError::Screen),
        }
    };
}

impl DrawingBackend for Backend<'_> {
    type ErrorType = BackendError;

    fn get_size(&self) -> (u32, u32) {
        match self {
            Backend::Svg(backend) => backend.get_size(),
            Backend::Screen(backend) => backend.get_size(),
        }
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<BackendError>> {
        forward!(self, backend => backend.ensure_prepared())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<BackendError>> {
        forward!(self, backend => backend.present())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<BackendError>> {
        forward!(self, backend => backend.draw_pixel(point, color))
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Result<(), DrawingErrorKind<BackendError>> {
        forward!(self, backend => backend.draw_line(from, to, style))
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<BackendError>> {
        forward!(self, backend => backend.draw_rect(upper_left, bottom_right, style, fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Result<(), DrawingErrorKind<BackendError>> {
        forward!(self, backend => backend.draw_path(path, style))
    }

    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> Result<(), DrawingErrorKind<BackendError>> {
        forward!(self, backend => backend.draw_circle(center, radius, style, fill))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vert: I, style: &S) -> Result<(), DrawingErrorKind<BackendError>> {
        forward!(self, backend => backend.fill_polygon(vert, style))
    }

    fn draw_text<TStyle: BackendTextStyle>(&mut self, text: &str, style: &TStyle, pos: BackendCoord) -> Result<(), DrawingErrorKind<BackendError>> {
        forward!(self, backend => backend.draw_text(text, style, pos))
    }

    fn estimate_text_size<TStyle: BackendTextStyle>(&self, text: &str, style: &TStyle) -> Result<(u32, u32), DrawingErrorKind<BackendError>> {
        #[cfg(target_arch = "wasm32")]
        if let (Backend::Screen(_), Some(size)) = (self, measure::text_size(text, style)) {
            return Ok(size);
        }
        forward!(self, backend => backend.estimate_text_size(text, style))
    }

    fn blit_bitmap(&mut self, pos: BackendCoord, size: (u32, u32), src: &[u8]) -> Result<(), DrawingErrorKind<BackendError>> {
        forward!(self, backend => backend.blit_bitmap(pos, size, src))
    }
}

/// Text measured on a canvas of its own, never put in the page. Plotters' own measure (the
/// default `estimate_text_size`) puts each text in a `span` in the page and reads its size: a
/// forced style and layout of the whole page for every label, most of the time a chart took to
/// draw while the page opens or after a filter. Widths are the same to the pixel; the height is
/// the span's, its font size times the page's line height (`body` in style.css), so every chart
/// lays out as it did.
#[cfg(target_arch = "wasm32")]
mod measure {
    use plotters_backend::BackendTextStyle;
    use wasm_bindgen::JsCast;
    use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

    /// The page's line height (style.css: `font: 15px/1.45 …`).
    const LINE_HEIGHT: f64 = 1.45;

    thread_local! {
        static CONTEXT: Option<CanvasRenderingContext2d> = context();
    }

    fn context() -> Option<CanvasRenderingContext2d> {
        let canvas: HtmlCanvasElement = web_sys::window()?.document()?.create_element("canvas").ok()?.dyn_into().ok()?;
        canvas.get_context("2d").ok()??.dyn_into().ok()
    }

    /// The width and height of `text` in `style`, as plotters' span gave them; `None` where there
    /// is no canvas to measure on.
    pub fn text_size<S: BackendTextStyle>(text: &str, style: &S) -> Option<(u32, u32)> {
        CONTEXT.with(|context| {
            let context = context.as_ref()?;
            // The font the canvas backend draws with (plotters_canvas `draw_text`).
            context.set_font(&format!("{} {}px {}", style.style().as_str(), style.size(), style.family().as_str()));
            let width = context.measure_text(text).ok()?.width();
            Some((width.round() as u32, (style.size() * LINE_HEIGHT).round() as u32))
        })
    }
}
