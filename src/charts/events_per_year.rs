//! Events per year by category, as stacked bars in the timeline's category colours, with a
//! legend of the categories present and a highlighted year. Returns a `Layout` that maps a
//! pointer to a year or a bar. Counts each event once, in the year its date starts.

use crate::i18n::{Key, Lang};
use super::style::{self, PlotArea, Theme};
use crate::model::{Category, Event, Model};
use plotters::coord::Shift;
use plotters::prelude::*;

/// How many events of each category one year has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearCounts {
    pub year: i32,
    /// Indexed like `Category::ALL`.
    pub counts: [usize; Category::ALL.len()],
}

impl YearCounts {
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }

    pub fn count(&self, category: Category) -> usize {
        self.counts[slot(category)]
    }
}

fn slot(category: Category) -> usize {
    Category::ALL.iter().position(|c| *c == category).unwrap_or(0)
}

/// The years that have events, in order, with their counts by category. Takes events rather
/// than the model so the page can pass the ones its filters keep.
pub fn counts(events: &[&Event]) -> Vec<YearCounts> {
    let mut years: Vec<YearCounts> = Vec::new();
    for event in events {
        let year = event.date.year;
        let index = match years.binary_search_by_key(&year, |y| y.year) {
            Ok(index) => index,
            Err(index) => {
                years.insert(index, YearCounts { year, counts: [0; Category::ALL.len()] });
                index
            }
        };
        years[index].counts[slot(event.category)] += 1;
    }
    years
}

/// One drawn segment of a stacked bar, with its rectangle in backend pixels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub year: i32,
    pub category: Category,
    pub count: usize,
    pub left: i32,
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
}

/// Where the chart drew things, in backend pixels (canvas pixels in the browser).
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub plot: PlotArea,
    /// The x range in years; each year's bar is centred on its number.
    pub years: (f64, f64),
    /// The y range in events.
    pub max_count: f64,
    pub bars: Vec<Bar>,
}

impl Layout {
    /// The year under pixel column `px_x`, if it is inside the plot.
    pub fn year_at(&self, px_x: f64) -> Option<i32> {
        self.plot.year_at(self.years, px_x)
    }

    /// The bar segment under the pixel, so a click can pick a year and a category.
    pub fn bar_at(&self, px_x: f64, px_y: f64) -> Option<&Bar> {
        self.bars.iter().find(|b| {
            (b.left as f64..=b.right as f64).contains(&px_x) && (b.top.min(b.bottom) as f64..=b.top.max(b.bottom) as f64).contains(&px_y)
        })
    }
}

/// Draws the chart over `events` (all of `model.events`, or those the filters keep) and
/// returns where it drew.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    events: &[&Event],
    theme: Theme,
    scale_factor: f64,
    highlight_year: Option<i32>,
) -> Result<Layout, DrawingAreaErrorKind<DB::ErrorType>> {
    let sf = style::sane_scale(scale_factor);
    root.fill(&theme.background)?;
    let years_counted = counts(events);
    let first = years_counted.first().map_or(1995, |y| y.year.min(1995));
    let last = years_counted.last().map_or(2023, |y| y.year.max(2023));
    let years = (first as f64 - 1.0, last as f64 + 1.0);
    let max_total = years_counted.iter().map(YearCounts::total).max().unwrap_or(0);
    // Headroom of one event so the tallest bar does not touch the frame.
    let max_count = (max_total + 1).max(2) as f64;

    let present: Vec<Category> = Category::ALL.into_iter().filter(|c| years_counted.iter().any(|y| y.count(*c) > 0)).collect();
    let (width, _) = root.dim_in_pixel();
    let legend_width = if present.is_empty() { 0 } else { style::px(sf, 140.0).min(width / 3) };
    let (chart_area, legend_area) = root.split_horizontally(width.saturating_sub(legend_width));

    let step = ((max_count / 6.0).ceil() as usize).max(1);
    let y_ticks: Vec<f64> = (0..=max_count as usize).step_by(step).map(|v| v as f64).collect();
    let margin = style::px(sf, 10.0) as i32;
    let titled = style::titled(&chart_area.margin(margin, margin, margin, margin), theme.lang.t(Key::AxisEvents), style::text_style(theme, sf, 15.0))?;
    let mut chart = ChartBuilder::on(&titled)
        .x_label_area_size(style::px(sf, 28.0))
        .y_label_area_size(style::px(sf, 36.0))
        .build_cartesian_2d(
            style::linear_axis(years, style::year_ticks(years, 5)),
            style::linear_axis((0.0, max_count), y_ticks),
        )?;
    style::mesh(&mut chart, theme, sf, &|y| format!("{y:.0}"), &|v| format!("{v:.0}"))?;

    style::highlight_band(&mut chart, theme, years, (0.0, max_count), highlight_year)?;

    let mut bars = Vec::new();
    for year in &years_counted {
        let x = year.year as f64;
        let mut base = 0.0;
        for category in Category::ALL {
            let count = year.count(category);
            if count == 0 {
                continue;
            }
            let corners = [(x - 0.38, base), (x + 0.38, base + count as f64)];
            chart.draw_series(std::iter::once(Rectangle::new(corners, theme.category(category).filled())))?;
            let (left, bottom) = chart.backend_coord(&corners[0]);
            let (right, top) = chart.backend_coord(&corners[1]);
            bars.push(Bar { year: year.year, category, count, left, top, right, bottom });
            base += count as f64;
        }
    }
    let plot = PlotArea::of(chart.plotting_area());
    legend(&legend_area, &present, theme, sf)?;
    root.present()?;
    Ok(Layout { plot, years, max_count, bars })
}

/// The categories present, a swatch and a name each, top to bottom.
fn legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    present: &[Category],
    theme: Theme,
    sf: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let line = style::px(sf, 18.0) as i32;
    let swatch = style::px(sf, 10.0) as i32;
    let top = style::px(sf, 40.0) as i32;
    let text = style::text_style(theme, sf, 12.0);
    for (i, category) in present.iter().enumerate() {
        let y = top + i as i32 * line;
        area.draw(&Rectangle::new([(4, y), (4 + swatch, y + swatch)], theme.category(*category).filled()))?;
        area.draw(&Text::new(category.label_in(theme.lang), (8 + swatch, y), text.clone()))?;
    }
    Ok(())
}

/// The chart over all the model's events as an SVG document, for the SVG download and tests.
pub fn to_svg(model: &Model, width: u32, height: u32) -> String {
    to_svg_in(model, width, height, Lang::En)
}

/// The chart as an SVG document with its words in `lang`.
pub fn to_svg_in(model: &Model, width: u32, height: u32, lang: Lang) -> String {
    let events: Vec<&Event> = model.events.iter().collect();
    style::svg_document(width, height, |root| draw(root, &events, Theme::LIGHT.in_lang(lang), 1.0, None).map(|_| ()))
}
