//! The Yew app: renders the model and keeps view state. The only code that touches the DOM.

mod app;
mod canvas;
mod data_table;
mod download;
mod events_chart;
mod filters;
mod first_view;
mod growth_chart;
mod header;
mod import;
mod lang;
mod library;
mod library_state;
mod model_source;
mod reader;
mod source_panel;
mod state;
mod storage;
mod timeline;
mod trade_chart;

/// Starts the app: the seeds read, then the app mounted over the page's first view.
pub fn start() {
    first_view::start();
}
