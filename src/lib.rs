//! Vietnam–US relations from news articles: a source-cited timeline and trade charts.
//!
//! `seeds` (the embedded articles) → `extract` (the pure engine) → `model` → `charts`
//! (plotters drawings, any backend) and `ui` (the Yew app, in the browser only).

pub mod charts;
pub mod export;
pub mod extract;
pub mod i18n;
pub mod json_out;
pub mod library;
pub mod model;
pub mod query;
pub mod seeds;
pub mod sort;
pub mod transfer;

#[cfg(target_arch = "wasm32")]
pub mod ui;
