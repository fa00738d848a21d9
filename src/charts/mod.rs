//! Charts drawn with plotters over any backend: the canvas in the browser, SVG in tests and
//! downloads. Each chart is a `draw` function over a `DrawingArea` that returns where it drew
//! (so the page can map a pointer back to data) and a `to_svg`; `table` holds the same data as
//! text for the charts' text alternative and the CSV download.

pub mod backend;
pub mod events_per_year;
pub mod growth;
pub mod style;
pub mod table;
pub mod trade;

pub use style::{category_color, PlotArea, Theme};
