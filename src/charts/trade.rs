//! The two-way trade chart: every reported figure a point, hedges as markers, derived and
//! part-year figures drawn apart, implied growth dashed, milestone events as vertical rules.
//! Generic over the plotters backend: the canvas in the browser, SVG in native tests.

use crate::model::{Event, Measure, Model, Qualifier, TradeFigure};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;

/// The y axis: log by default, as the values span 250 times.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    Log,
    Linear,
}

/// One figure placed on the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    /// Fractional year: a part-year period sits at its middle.
    pub x: f64,
    /// Billions of US dollars.
    pub billions: f64,
    pub qualifier: Qualifier,
    pub derived: bool,
    pub partial_year: bool,
    /// Index into `Model::trade`.
    pub figure: usize,
}

/// The two-way trade points of the model, reports of one year set side by side.
pub fn points(model: &Model) -> Vec<Point> {
    let mut points: Vec<Point> = model
        .trade
        .iter()
        .enumerate()
        .filter(|(_, f)| f.measure == Measure::TwoWayTrade && !f.period_inferred)
        .map(|(i, f)| Point {
            x: period_middle(f),
            billions: f.value_usd as f64 / 1e9,
            qualifier: f.qualifier,
            derived: f.derived,
            partial_year: f.partial_year,
            figure: i,
        })
        .collect();
    points.sort_by(|a, b| a.x.total_cmp(&b.x));
    // Several reports of one period: spread them a little so none hides another.
    let mut i = 0;
    while i < points.len() {
        let j = (i..points.len()).take_while(|&k| (points[k].x - points[i].x).abs() < 1e-9).count() + i;
        let n = j - i;
        if n > 1 {
            for (k, p) in points[i..j].iter_mut().enumerate() {
                p.x += (k as f64 - (n - 1) as f64 / 2.0) * 0.22;
            }
        }
        i = j;
    }
    points
}

fn period_middle(f: &TradeFigure) -> f64 {
    let (first, last) = f.period.day_bounds();
    let (year_first, _) = crate::model::PartialDate::year(f.period.start.year).day_bounds();
    let middle = (first + last) as f64 / 2.0;
    let offset = (middle - year_first as f64) / 365.25;
    if f.period.start.month == 0 && f.period.end.is_none() {
        f.period.start.year as f64
    } else {
        f.period.start.year as f64 - 0.5 + offset
    }
}

pub const STATED: RGBColor = RGBColor(0x1d, 0x4e, 0x89);
pub const DERIVED: RGBColor = RGBColor(0x8a, 0x5a, 0x00);
pub const IMPLIED: RGBColor = RGBColor(0x6b, 0x72, 0x80);
pub const MILESTONE: RGBColor = RGBColor(0xb4, 0x23, 0x18);

/// Colours of the chart, so the page can draw it for a light or a dark theme.
#[derive(Clone, Copy, Debug)]
pub struct Theme {
    pub background: RGBColor,
    pub text: RGBColor,
    pub grid: RGBColor,
}

impl Theme {
    pub const LIGHT: Theme = Theme { background: WHITE, text: RGBColor(0x1f, 0x29, 0x37), grid: RGBColor(0xe5, 0xe7, 0xeb) };
    pub const DARK: Theme = Theme { background: RGBColor(0x11, 0x18, 0x27), text: RGBColor(0xe5, 0xe7, 0xeb), grid: RGBColor(0x37, 0x41, 0x51) };
}

/// The mapping from data to pixels, kept so a pointer position maps back to a year.
pub type TradeCoord = Cartesian2d<RangedCoordf64, RangedCoordf64>;

/// Draws the chart; returns the x range drawn, for hit-testing.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    model: &Model,
    scale: Scale,
    theme: Theme,
    scale_factor: f64,
) -> Result<(f64, f64), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&theme.background)?;
    let points = points(model);
    let milestones: Vec<&Event> = model.events.iter().filter(|e| e.milestone).collect();
    let min_year = points.iter().map(|p| p.x).fold(1995.0f64, f64::min).floor() - 1.0;
    let max_year = points.iter().map(|p| p.x).fold(2023.0f64, f64::max).ceil() + 1.0;
    let max_value = points.iter().map(|p| p.billions).fold(1.0f64, f64::max) * 1.3;
    let min_value = points.iter().map(|p| p.billions).fold(max_value, f64::min).max(0.01) / 1.5;
    let font = (13.0 * scale_factor) as u32;
    let text = TextStyle::from(("sans-serif", font).into_font()).color(&theme.text);
    let caption = TextStyle::from(("sans-serif", (font as f64 * 1.15) as u32).into_font()).color(&theme.text);
    let mut builder = ChartBuilder::on(root);
    builder
        .margin((10.0 * scale_factor) as u32)
        .x_label_area_size((28.0 * scale_factor) as u32)
        .y_label_area_size((52.0 * scale_factor) as u32)
        .caption("Two-way trade, billion US$", caption);
    let label = |v: &f64| if *v >= 1.0 { format!("{v:.0}") } else { format!("{v:.1}") };
    match scale {
        Scale::Log => {
            let mut chart = builder.build_cartesian_2d(min_year..max_year, (min_value..max_value).log_scale())?;
            chart
                .configure_mesh()
                .light_line_style(theme.grid)
                .bold_line_style(theme.grid)
                .axis_style(theme.text)
                .label_style(text.clone())
                .x_labels(8)
                .x_label_formatter(&|y| format!("{y:.0}"))
                .y_label_formatter(&label)
                .draw()?;
            series(&mut chart, &points, &milestones, (min_value, max_value), scale_factor)?;
        }
        Scale::Linear => {
            let mut chart = builder.build_cartesian_2d(min_year..max_year, 0.0..max_value)?;
            chart
                .configure_mesh()
                .light_line_style(theme.grid)
                .bold_line_style(theme.grid)
                .axis_style(theme.text)
                .label_style(text.clone())
                .x_labels(8)
                .x_label_formatter(&|y| format!("{y:.0}"))
                .y_label_formatter(&label)
                .draw()?;
            series(&mut chart, &points, &milestones, (0.0, max_value), scale_factor)?;
        }
    }
    root.present()?;
    Ok((min_year, max_year))
}

fn series<DB: DrawingBackend, Y: Ranged<ValueType = f64>>(
    chart: &mut ChartContext<DB, Cartesian2d<RangedCoordf64, Y>>,
    points: &[Point],
    milestones: &[&Event],
    (bottom, top): (f64, f64),
    scale_factor: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let size = (5.0 * scale_factor) as i32;
    for event in milestones {
        let x = event.date.year as f64 + (event.date.month.max(1) as f64 - 0.5) / 12.0 - 0.5;
        chart.draw_series(DashedLineSeries::new(
            [(x, bottom), (x, top)],
            (4.0 * scale_factor) as i32,
            (4.0 * scale_factor) as i32,
            MILESTONE.mix(0.55).stroke_width(1),
        ))?;
    }
    // Growth implied between reported years: the highest stated report of each year, dashed.
    let mut yearly: Vec<(f64, f64)> = Vec::new();
    for p in points.iter().filter(|p| !p.derived && !p.partial_year) {
        let year = p.x.round();
        match yearly.iter_mut().find(|(y, _)| *y == year) {
            Some(entry) => entry.1 = entry.1.max(p.billions),
            None => yearly.push((year, p.billions)),
        }
    }
    chart.draw_series(DashedLineSeries::new(yearly, (6.0 * scale_factor) as i32, (5.0 * scale_factor) as i32, IMPLIED.stroke_width(2)))?;
    for p in points {
        let at = (p.x, p.billions);
        let color = if p.derived { DERIVED } else { STATED };
        match (p.qualifier, p.partial_year, p.derived) {
            (_, true, _) => chart.draw_series(std::iter::once(Rectangle::new(
                [at, at],
                color.stroke_width(2),
            )))
            .map(|_| ())?,
            (Qualifier::Over, _, _) => chart.draw_series(std::iter::once(TriangleMarker::new(at, size + 1, color.filled()))).map(|_| ())?,
            (Qualifier::Nearly, _, _) => {
                chart.draw_series(std::iter::once(EmptyElement::at(at) + Polygon::new(vec![(-size, -size), (size, -size), (0, size)], color.filled())))
                    .map(|_| ())?
            }
            (_, _, true) => chart.draw_series(std::iter::once(Circle::new(at, size, color.stroke_width(2)))).map(|_| ())?,
            _ => chart.draw_series(std::iter::once(Circle::new(at, size, color.filled()))).map(|_| ())?,
        }
        if p.partial_year {
            chart.draw_series(std::iter::once(EmptyElement::at(at) + Rectangle::new([(-size, -size), (size, size)], color.stroke_width(2))))?;
        }
    }
    Ok(())
}

/// The chart as an SVG document, for tests and the SVG download.
pub fn to_svg(model: &Model, scale: Scale, width: u32, height: u32) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        if let Err(error) = draw(&root, model, scale, Theme::LIGHT, 1.0) {
            return format!("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>chart failed: {error:?}</text></svg>");
        }
    }
    svg
}
