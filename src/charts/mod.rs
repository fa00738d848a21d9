//! Charts drawn with plotters over any backend: the canvas in the browser, SVG in tests.

pub mod trade;
