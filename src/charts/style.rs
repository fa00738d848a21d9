//! What every chart shares: the light and dark themes and their palettes, a colour per event
//! category (the timeline's colours in `style.css`), text scaled to the device, axes with ticks
//! at round values and a grid of bold lines only, the highlight band, the plot area in backend
//! pixels with plotters' own data-to-pixel mapping, a chart's title, and the SVG rendering
//! behind the downloads.

use crate::i18n::Lang;
use crate::model::Category;
use super::backend::Backend;
use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint, ValueFormatter};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::cell::RefCell;

/// Colours of a chart, so the page can draw it for a light or a dark theme. The values follow
/// `style.css` (`--text`, `--line`, `--mark` and the category colours of each scheme).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    pub background: RGBColor,
    pub text: RGBColor,
    pub grid: RGBColor,
    /// The band behind a highlighted year, drawn translucent (the page's `--mark`).
    pub highlight: RGBColor,
    /// A figure as the text states it.
    pub stated: RGBColor,
    /// A figure computed from another figure and a stated change.
    pub derived: RGBColor,
    /// Growth the chart infers between reports: never data.
    pub implied: RGBColor,
    pub milestone: RGBColor,
    pub consistent: RGBColor,
    pub inconsistent: RGBColor,
    pub unverifiable: RGBColor,
    /// Picks the dark scheme's category colours.
    pub dark: bool,
    /// The language of the chart's words and numbers (titles, legends, labels).
    pub lang: Lang,
}

impl Theme {
    pub const LIGHT: Theme = Theme {
        background: WHITE,
        text: RGBColor(0x1f, 0x29, 0x37),
        grid: RGBColor(0xd1, 0xd5, 0xdb),
        highlight: RGBColor(0xfd, 0xe6, 0x8a),
        stated: RGBColor(0x1d, 0x4e, 0x89),
        derived: RGBColor(0x8a, 0x5a, 0x00),
        implied: RGBColor(0x6b, 0x72, 0x80),
        milestone: RGBColor(0xb4, 0x23, 0x18),
        consistent: RGBColor(0x15, 0x80, 0x3d),
        inconsistent: RGBColor(0xb9, 0x1c, 0x1c),
        unverifiable: RGBColor(0x5b, 0x64, 0x72),
        dark: false,
        lang: Lang::En,
    };
    pub const DARK: Theme = Theme {
        background: RGBColor(0x11, 0x18, 0x27),
        text: RGBColor(0xe5, 0xe7, 0xeb),
        grid: RGBColor(0x37, 0x41, 0x51),
        highlight: RGBColor(0x85, 0x4d, 0x0e),
        stated: RGBColor(0x93, 0xc5, 0xfd),
        derived: RGBColor(0xfc, 0xd3, 0x4d),
        implied: RGBColor(0x9c, 0xa3, 0xaf),
        milestone: RGBColor(0xf8, 0x71, 0x71),
        consistent: RGBColor(0x86, 0xef, 0xac),
        inconsistent: RGBColor(0xfc, 0xa5, 0xa5),
        unverifiable: RGBColor(0x9c, 0xa3, 0xaf),
        dark: true,
        lang: Lang::En,
    };

    /// The same colours, with words in `lang`.
    pub fn in_lang(self, lang: Lang) -> Theme {
        Theme { lang, ..self }
    }

    /// The colour of an event category: the timeline's (`--visit`, `--agreement`… in
    /// `style.css`), so a reader matches a bar to an entry by colour.
    pub fn category(&self, category: Category) -> RGBColor {
        category_color(category, self.dark)
    }
}

/// How opaque the highlight band is: enough to see, not enough to hide what it covers.
pub(crate) const HIGHLIGHT_OPACITY: f64 = 0.5;

/// A category's colour in `style.css`, light or dark scheme.
pub fn category_color(category: Category, dark: bool) -> RGBColor {
    let hex: u32 = match (category, dark) {
        (Category::Visit, false) => 0x1d4e89,
        (Category::Agreement, false) => 0x6d28d9,
        (Category::Diplomacy, false) => 0x0f766e,
        (Category::Trade, false) => 0xb45309,
        (Category::DefenseSecurity, false) => 0x374151,
        (Category::WarLegacy, false) => 0x9f1239,
        (Category::Education, false) => 0x4d7c0f,
        (Category::Health, false) => 0xbe123c,
        (Category::Climate, false) => 0x15803d,
        (Category::Visit, true) => 0x93c5fd,
        (Category::Agreement, true) => 0xc4b5fd,
        (Category::Diplomacy, true) => 0x5eead4,
        (Category::Trade, true) => 0xfcd34d,
        (Category::DefenseSecurity, true) => 0xd1d5db,
        (Category::WarLegacy, true) => 0xfda4af,
        (Category::Education, true) => 0xbef264,
        (Category::Health, true) => 0xfda4af,
        (Category::Climate, true) => 0x86efac,
    };
    RGBColor((hex >> 16) as u8, (hex >> 8) as u8, hex as u8)
}

/// Axes, labels and a grid of bold lines at the axes' ticks only: light lines between them
/// (one per year) made the grid a mesh.
pub(crate) fn mesh<DB, X, Y>(
    chart: &mut ChartContext<DB, Cartesian2d<X, Y>>,
    theme: Theme,
    sf: f64,
    x_label: &dyn Fn(&f64) -> String,
    y_label: &dyn Fn(&f64) -> String,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>>
where
    DB: DrawingBackend,
    X: Ranged<ValueType = f64> + ValueFormatter<f64>,
    Y: Ranged<ValueType = f64> + ValueFormatter<f64>,
{
    chart
        .configure_mesh()
        .max_light_lines(0)
        .bold_line_style(theme.grid.stroke_width(px(sf, 1.0).max(1)))
        .axis_style(theme.text)
        .label_style(text_style(theme, sf, 12.0))
        .x_label_formatter(x_label)
        .y_label_formatter(y_label)
        .draw()
}

/// A translucent band over `year`, the full height of the plot, when the year is on the axis.
pub(crate) fn highlight_band<DB: DrawingBackend, X: Ranged<ValueType = f64>, Y: Ranged<ValueType = f64>>(
    chart: &mut ChartContext<'_, DB, Cartesian2d<X, Y>>,
    theme: Theme,
    years: (f64, f64),
    values: (f64, f64),
    year: Option<i32>,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    if let Some(year) = year.map(f64::from).filter(|y| (years.0..=years.1).contains(y)) {
        let band = [((year - 0.5).max(years.0), values.0), ((year + 0.5).min(years.1), values.1)];
        chart.draw_series(std::iter::once(Rectangle::new(band, theme.highlight.mix(HIGHLIGHT_OPACITY).filled())))?;
    }
    Ok(())
}

/// The device pixel ratio made safe: a zero, negative or NaN ratio from a browser must not
/// make every size zero or enormous.
pub(crate) fn sane_scale(scale_factor: f64) -> f64 {
    if scale_factor.is_finite() {
        scale_factor.clamp(0.5, 4.0)
    } else {
        1.0
    }
}

/// `css_px` CSS pixels at this scale factor, in backend pixels.
pub(crate) fn px(scale_factor: f64, css_px: f64) -> u32 {
    (css_px * scale_factor).round().max(0.0) as u32
}

/// The sizes of the charts' text in CSS pixels (titles, tick labels, small notes), which the page
/// warms before its first drawing (`ui::canvas::warm`).
pub const TEXT_SIZES: [f64; 3] = [15.0, 12.0, 11.0];

pub(crate) fn text_style(theme: Theme, scale_factor: f64, css_px: f64) -> TextStyle<'static> {
    let mut style = TextStyle::from((FontFamily::SansSerif, css_px * scale_factor).into_font());
    style.color = theme.text.to_backend_color();
    style
}

/// A font as measured: (size, family, style).
type FontKey = (u64, String, String);

thread_local! {
    /// The height of a line of ASCII text, by font.
    static LINE_HEIGHTS: RefCell<Vec<(FontKey, u32)>> = const { RefCell::new(Vec::new()) };
}

/// Writes `text` centred at the top of `area` and returns the area below it, exactly as
/// plotters' `DrawingArea::titled` (and `ChartBuilder::caption`) do. In the browser plotters
/// measures text by adding it to the page and laying the page out; as a line of ASCII text is
/// as high as its font's line, that height is measured once per font, not at every drawing.
pub(crate) fn titled<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    style: TextStyle<'static>,
) -> Result<DrawingArea<DB, Shift>, DrawingAreaErrorKind<DB::ErrorType>> {
    let key = (style.font.get_size().to_bits(), style.font.get_family().as_str().to_string(), style.font.get_style().as_str().to_string());
    let known = text.is_ascii().then(|| LINE_HEIGHTS.with(|h| h.borrow().iter().find(|(k, _)| *k == key).map(|(_, height)| *height))).flatten();
    let text_height = match known {
        Some(height) => height,
        None => {
            let (_, height) = area.estimate_text_size(text, &style)?;
            if text.is_ascii() {
                LINE_HEIGHTS.with(|h| h.borrow_mut().push((key, height)));
            }
            height
        }
    };
    let padding = (text_height / 2).min(5);
    let (width, _) = area.dim_in_pixel();
    area.draw_text(text, &style.pos(Pos::new(HPos::Center, VPos::Top)), ((width / 2) as i32, padding as i32))?;
    Ok(area.split_vertically(padding * 2 + text_height).1)
}

/// Ticks at every multiple of `every` years inside the range, so years read as round numbers.
pub(crate) fn year_ticks(years: (f64, f64), every: i32) -> Vec<f64> {
    let every = every.max(1);
    let first = (years.0 / every as f64).ceil() as i32 * every;
    (0..)
        .map(|k| (first + k * every) as f64)
        .take_while(|y| *y <= years.1)
        .collect()
}

/// An axis that draws grid lines and labels only at the given values. plotters'
/// `with_key_points` does the same but its axis cannot be given to `configure_mesh` (no value
/// formatter), so this wrapper keeps the inner mapping and declares the default formatting.
/// Linear and log axes are one type, so every chart's drawing code is compiled once for one
/// coordinate system rather than once per pair of axis kinds.
pub(crate) struct Ticked {
    pub inner: Mapping,
    pub ticks: Vec<f64>,
}

/// How an axis maps values to pixels.
pub(crate) enum Mapping {
    Linear(RangedCoordf64),
    Log(LogCoord<f64>),
}

impl Ranged for Ticked {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        match &self.inner {
            Mapping::Linear(linear) => linear.map(value, limit),
            Mapping::Log(log) => log.map(value, limit),
        }
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        // No light lines: the per-unit lines between the ticks made the grid a mesh.
        if hint.weight().allow_light_points() {
            Vec::new()
        } else {
            self.ticks.clone()
        }
    }

    fn range(&self) -> std::ops::Range<f64> {
        match &self.inner {
            Mapping::Linear(linear) => linear.range(),
            Mapping::Log(log) => log.range(),
        }
    }
}

/// A linear axis over `range` with lines at `ticks`.
pub(crate) fn linear_axis(range: (f64, f64), ticks: Vec<f64>) -> Ticked {
    Ticked { inner: Mapping::Linear((range.0..range.1).into()), ticks }
}

/// A log axis over `range` with lines at `ticks`.
pub(crate) fn log_axis(range: (f64, f64), ticks: Vec<f64>) -> Ticked {
    Ticked { inner: Mapping::Log((range.0..range.1).log_scale().into()), ticks }
}

/// The plotting area of a chart in backend pixels, edges included. In the browser these are
/// canvas pixels: CSS pixels times the device pixel ratio.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlotArea {
    pub left: i32,
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
}

impl PlotArea {
    /// The area plotters maps data onto. `ChartBuilder` maps x onto `start..=end-1` and y onto
    /// `end-1..=start` of the plotting area's pixel range; these edges are those limits.
    pub(crate) fn of<DB: DrawingBackend, CT: CoordTranslate>(area: &DrawingArea<DB, CT>) -> Self {
        let (x, y) = area.get_pixel_range();
        PlotArea { left: x.start, top: y.start, right: x.end - 1, bottom: y.end - 1 }
    }

    pub fn contains(&self, px_x: f64, px_y: f64) -> bool {
        (self.left as f64..=self.right as f64).contains(&px_x) && (self.top as f64..=self.bottom as f64).contains(&px_y)
    }

    /// The pixel column of `x` on a linear axis over `range`: plotters' own mapping, so it
    /// lands on the pixel the chart drew.
    pub fn x_px(&self, range: (f64, f64), x: f64) -> i32 {
        RangedCoordf64::from(range.0..range.1).map(&x, (self.left, self.right))
    }

    /// The pixel row of `y` on a linear axis over `range`.
    pub fn y_px_linear(&self, range: (f64, f64), y: f64) -> i32 {
        RangedCoordf64::from(range.0..range.1).map(&y, (self.bottom, self.top))
    }

    /// The pixel row of `y` on a log axis over `range`.
    pub fn y_px_log(&self, range: (f64, f64), y: f64) -> i32 {
        LogCoord::from((range.0..range.1).log_scale()).map(&y, (self.bottom, self.top))
    }

    /// The year under pixel column `px_x` on an axis over `years`, where each year is drawn
    /// centred on its whole number; `None` outside the plot or the year range.
    pub fn year_at(&self, years: (f64, f64), px_x: f64) -> Option<i32> {
        let width = (self.right - self.left) as f64;
        if !px_x.is_finite() || width <= 0.0 || px_x < self.left as f64 || px_x > self.right as f64 {
            return None;
        }
        let x = years.0 + (px_x - self.left as f64) / width * (years.1 - years.0);
        let year = x.round();
        (year >= years.0.ceil() && year <= years.1.floor()).then_some(year as i32)
    }
}

/// Renders a chart into an SVG document; a failure becomes a document saying so, since a
/// download must always produce a file.
pub(crate) fn svg_document<E: std::fmt::Debug>(
    width: u32,
    height: u32,
    draw: impl FnOnce(&DrawingArea<Backend<'_>, Shift>) -> Result<(), E>,
) -> String {
    let mut svg = String::new();
    let result = {
        // Through `Backend`, the type the page's canvas is drawn on, so the chart is compiled once.
        let root = Backend::Svg(SVGBackend::with_string(&mut svg, (width.max(1), height.max(1)))).into_drawing_area();
        draw(&root).map_err(|error| format!("{error:?}")).and_then(|()| root.present().map_err(|error| format!("{error:?}")))
    };
    match result {
        Ok(()) => svg,
        Err(error) => {
            let message = format!("chart not drawn: {error}").replace('&', "&amp;").replace('<', "&lt;");
            format!("<svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"4\" y=\"16\">{message}</text></svg>")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_ticks_fall_on_multiples_of_five() {
        assert_eq!(year_ticks((1993.6, 2024.0), 5), vec![1995.0, 2000.0, 2005.0, 2010.0, 2015.0, 2020.0]);
        assert!(year_ticks((2001.0, 2004.0), 5).is_empty());
    }

    #[test]
    fn year_at_inverts_the_x_mapping() {
        let plot = PlotArea { left: 50, top: 10, right: 650, bottom: 300 };
        let years = (1994.0, 2024.0);
        for year in 1994..=2024 {
            assert_eq!(plot.year_at(years, plot.x_px(years, year as f64) as f64), Some(year));
        }
        assert_eq!(plot.year_at(years, 10.0), None);
        assert_eq!(plot.year_at(years, f64::NAN), None);
    }

    #[test]
    fn a_bad_scale_factor_is_made_safe() {
        assert_eq!(sane_scale(f64::NAN), 1.0);
        assert_eq!(sane_scale(0.0), 0.5);
        assert_eq!(sane_scale(2.0), 2.0);
    }
}
