//! The two-way trade chart: every reported figure a point, hedges as markers, derived and
//! part-year figures drawn apart, implied growth dashed, milestone events as dashed rules, a
//! highlighted year as a band. Returns a `Layout` that maps pointer pixels back to years,
//! figures and milestones. Generic over the plotters backend: canvas in the browser, SVG in tests.

use crate::i18n::{Key, Lang};
use super::style::{self, PlotArea};
use crate::model::{DateRange, Event, Measure, Model, PartialDate, Qualifier};
use plotters::coord::Shift;
use plotters::prelude::*;

/// Re-exported so callers that know only this chart keep one import.
pub use super::style::Theme;

/// The y axis: log by default, as the values span 250 times.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    Log,
    Linear,
}

/// One figure placed on the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    /// Fractional year: a whole year sits on its number, a part-year period at its middle.
    pub x: f64,
    /// Billions of US dollars.
    pub billions: f64,
    pub qualifier: Qualifier,
    pub derived: bool,
    pub partial_year: bool,
    /// Index into `Model::trade`.
    pub figure: usize,
}

/// How far apart, in years, reports of one period are drawn: about a marker apart on a chart
/// of 30 years at 800 pixels, and never beyond their year.
const SIDE_BY_SIDE: f64 = 0.4;

/// The two-way trade points of the model, in drawing order, exactly where the chart draws
/// them: reports of one period set side by side (closer when there are many, so they stay
/// inside their year).
pub fn points(model: &Model) -> Vec<Point> {
    let mut points: Vec<Point> = model
        .trade
        .iter()
        .enumerate()
        .filter(|(_, f)| f.measure == Measure::TwoWayTrade && !f.period_inferred && f.value_usd > 0)
        .map(|(i, f)| Point {
            x: date_x(f.period),
            billions: f.value_usd as f64 / 1e9,
            qualifier: f.qualifier,
            derived: f.derived,
            partial_year: f.partial_year,
            figure: i,
        })
        .collect();
    // Stable on equal x, so side-by-side order follows the model's order on every redraw.
    crate::sort::sort_by(&mut points, |a, b| a.x.total_cmp(&b.x));
    let mut i = 0;
    while i < points.len() {
        let n = points[i..].iter().take_while(|p| (p.x - points[i].x).abs() < 1e-9).count();
        if n > 1 {
            let step = SIDE_BY_SIDE.min(0.8 / (n - 1) as f64);
            for (k, p) in points[i..i + n].iter_mut().enumerate() {
                p.x += (k as f64 - (n - 1) as f64 / 2.0) * step;
            }
        }
        i += n;
    }
    points
}

/// Where a date sits on a year axis: a year-only date on its number, anything more precise at
/// the middle of the days it covers, so "July 2015" is right of "2015" and left of "2016".
pub fn date_x(range: DateRange) -> f64 {
    if range.start.month == 0 && range.end.is_none() {
        return range.start.year as f64;
    }
    let (first, last) = range.day_bounds();
    let (year_first, _) = PartialDate::year(range.start.year).day_bounds();
    let middle = (first + last) as f64 / 2.0;
    range.start.year as f64 - 0.5 + (middle - year_first as f64 + 0.5) / 365.25
}

/// Where the chart drew things, in backend pixels (canvas pixels in the browser: CSS pixels
/// times the device pixel ratio), so a pointer position maps back to data.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub plot: PlotArea,
    /// The x range in years.
    pub years: (f64, f64),
    /// The y range in billions of US dollars.
    pub values: (f64, f64),
    pub log: bool,
    /// Each milestone rule: its pixel column and the event's id.
    pub milestones: Vec<(f64, String)>,
}

impl Layout {
    /// The year under pixel column `px_x`, if it is inside the plot.
    pub fn year_at(&self, px_x: f64) -> Option<i32> {
        self.plot.year_at(self.years, px_x)
    }

    /// The pixel at which a value is drawn: plotters' own mapping over the stored ranges.
    pub fn to_pixel(&self, x: f64, billions: f64) -> (i32, i32) {
        let y = if self.log {
            self.plot.y_px_log(self.values, billions)
        } else {
            self.plot.y_px_linear(self.values, billions)
        };
        (self.plot.x_px(self.years, x), y)
    }

    /// The pixel at which a point of `points` is drawn, as floats for placing a tooltip.
    pub fn pixel_of(&self, point: &Point) -> (f64, f64) {
        let (x, y) = self.to_pixel(point.x, point.billions);
        (x as f64, y as f64)
    }

    /// The figure (index into `model.trade`) drawn nearest to the pixel, within `radius_px`.
    /// `model` must be the one drawn.
    pub fn point_at(&self, model: &Model, px_x: f64, px_y: f64, radius_px: f64) -> Option<usize> {
        points(model)
            .iter()
            .map(|p| {
                let (x, y) = self.to_pixel(p.x, p.billions);
                ((x as f64 - px_x).hypot(y as f64 - px_y), p.figure)
            })
            .filter(|(distance, _)| *distance <= radius_px)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, figure)| figure)
    }

    /// The id of the milestone event whose rule is nearest to the pixel column, within `radius_px`.
    pub fn milestone_at(&self, px_x: f64, radius_px: f64) -> Option<&str> {
        self.milestones
            .iter()
            .map(|(x, id)| ((x - px_x).abs(), id))
            .filter(|(distance, _)| *distance <= radius_px)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, id)| id.as_str())
    }
}

/// Draws the chart and returns where it drew.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    model: &Model,
    scale: Scale,
    theme: Theme,
    scale_factor: f64,
    highlight_year: Option<i32>,
) -> Result<Layout, DrawingAreaErrorKind<DB::ErrorType>> {
    let sf = style::sane_scale(scale_factor);
    root.fill(&theme.background)?;
    let points = points(model);
    let milestones: Vec<&Event> = model.events.iter().filter(|e| e.milestone).collect();
    let xs = || points.iter().map(|p| p.x).chain(milestones.iter().map(|e| date_x(e.range())));
    let years = (xs().fold(1995.0, f64::min).floor() - 1.0, xs().fold(2023.0, f64::max).ceil() + 1.0);
    let max_value = points.iter().map(|p| p.billions).fold(1.0, f64::max) * 1.4;
    let min_value = points.iter().map(|p| p.billions).fold(1.0, f64::min);
    let log = scale == Scale::Log;
    // On a log axis the bottom is the power of ten below the smallest figure, so 1995's
    // US$0.451 billion sits above the 0.1 line rather than on the frame.
    let values = if log { (10f64.powf((min_value * 0.9).log10().floor()).max(1e-3), max_value) } else { (0.0, max_value) };

    let lang = theme.lang;
    let caption = lang.t(if log { Key::AxisTradeLog } else { Key::AxisTradeLinear });
    let margin = style::px(sf, 10.0) as i32;
    let area = style::titled(&root.margin(margin, margin, margin, margin), caption, style::text_style(theme, sf, 15.0))?;
    let mut builder = ChartBuilder::on(&area);
    builder.x_label_area_size(style::px(sf, 28.0)).y_label_area_size(style::px(sf, 52.0));
    let x_axis = style::linear_axis(years, style::year_ticks(years, 5));
    let label = |v: &f64| if *v >= 1.0 { format!("{v:.0}") } else if lang == Lang::Vi { format!("{v}").replace('.', ",") } else { format!("{v}") };
    let x_label = |y: &f64| format!("{y:.0}");
    let frame = Layout { plot: PlotArea::default(), years, values, log, milestones: Vec::new() };
    let y_axis = if log {
        let ticks: Vec<f64> = [0.001, 0.01, 0.1, 1.0, 10.0, 100.0, 1000.0, 10000.0]
            .into_iter()
            .filter(|v| (values.0..=values.1).contains(v))
            .collect();
        style::log_axis(values, ticks)
    } else {
        let step = nice_step(values.1 / 5.0);
        let ticks: Vec<f64> = (0..).map(|k| k as f64 * step).take_while(|v| *v <= values.1).collect();
        style::linear_axis(values, ticks)
    };
    let mut chart = builder.build_cartesian_2d(x_axis, y_axis)?;
    style::mesh(&mut chart, theme, sf, &x_label, &label)?;
    let layout = series(&mut chart, &points, &milestones, theme, sf, highlight_year, frame)?;
    root.present()?;
    Ok(layout)
}

/// 1, 2 or 5 times a power of ten, at least `raw`: grid lines at round values.
fn nice_step(raw: f64) -> f64 {
    if !(raw.is_finite() && raw > 0.0) {
        return 1.0;
    }
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * power).find(|s| *s >= raw).unwrap_or(10.0 * power)
}

/// Draws everything inside the plot; `frame` holds the ranges and gets the pixels filled in.
fn series<DB: DrawingBackend, X: Ranged<ValueType = f64>, Y: Ranged<ValueType = f64>>(
    chart: &mut ChartContext<DB, Cartesian2d<X, Y>>,
    points: &[Point],
    milestones: &[&Event],
    theme: Theme,
    sf: f64,
    highlight_year: Option<i32>,
    frame: Layout,
) -> Result<Layout, DrawingAreaErrorKind<DB::ErrorType>> {
    let Layout { years, values, log, .. } = frame;
    let plot = PlotArea::of(chart.plotting_area());
    let size = (5.0 * sf).round().max(2.0) as i32;
    let line = style::px(sf, 1.0).max(1);

    style::highlight_band(chart, theme, years, values, highlight_year)?;

    let dash = (4.0 * sf).round().max(1.0) as u32;
    let mut rules = Vec::with_capacity(milestones.len());
    for event in milestones {
        let x = date_x(event.range());
        chart.draw_series(DashedLineSeries::new([(x, values.0), (x, values.1)], dash, dash, theme.milestone.mix(0.6).stroke_width(line)))?;
        rules.push((chart.backend_coord(&(x, values.0)).0 as f64, event.id.clone()));
    }

    // Growth implied between reported years: through the highest stated full-year report of
    // each year, where that marker is drawn; dashed and grey, as it is the chart's inference
    // and not a figure.
    let mut yearly: Vec<(f64, f64, f64)> = Vec::new();
    for p in points.iter().filter(|p| !p.derived && !p.partial_year) {
        let year = p.x.round();
        match yearly.iter_mut().find(|(y, _, _)| *y == year) {
            Some(entry) if entry.2 >= p.billions => {}
            Some(entry) => *entry = (year, p.x, p.billions),
            None => yearly.push((year, p.x, p.billions)),
        }
    }
    let yearly = yearly.into_iter().map(|(_, x, billions)| (x, billions));
    let (dash, gap) = ((6.0 * sf).round().max(1.0) as u32, (5.0 * sf).round().max(1.0) as u32);
    chart.draw_series(DashedLineSeries::new(yearly, dash, gap, theme.implied.stroke_width(2 * line)))?;

    for p in points {
        let at = (p.x, p.billions);
        let color = if p.derived { theme.derived } else { theme.stated };
        // One shape per figure; part of a year and derived come first, as they say most
        // about what the number is.
        if p.partial_year {
            chart.draw_series(std::iter::once(
                EmptyElement::at(at) + Rectangle::new([(-size, -size), (size, size)], color.stroke_width(2 * line)),
            ))?;
        } else if p.derived {
            chart.draw_series(std::iter::once(Circle::new(at, size, color.stroke_width(2 * line))))?;
        } else if p.qualifier == Qualifier::Over {
            chart.draw_series(std::iter::once(
                EmptyElement::at(at) + Polygon::new(vec![(-size, size), (size, size), (0, -size)], color.filled()),
            ))?;
        } else if p.qualifier == Qualifier::Nearly {
            chart.draw_series(std::iter::once(
                EmptyElement::at(at) + Polygon::new(vec![(-size, -size), (size, -size), (0, size)], color.filled()),
            ))?;
        } else {
            chart.draw_series(std::iter::once(Circle::new(at, size, color.filled())))?;
        }
    }
    Ok(Layout { plot, years, values, log, milestones: rules })
}

/// The chart as an SVG document, for the SVG download and tests.
pub fn to_svg(model: &Model, scale: Scale, width: u32, height: u32) -> String {
    to_svg_in(model, scale, width, height, Lang::En)
}

/// The chart as an SVG document with its words in `lang`.
pub fn to_svg_in(model: &Model, scale: Scale, width: u32, height: u32, lang: Lang) -> String {
    style::svg_document(width, height, |root| draw(root, model, scale, Theme::LIGHT.in_lang(lang), 1.0, None).map(|_| ()))
}
