//! A chart's data table (also its text alternative), folded under a summary. Its rows are built
//! only while it is open: a closed table of ten thousand figures costs nothing to render.

use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

#[derive(Properties)]
pub struct DataTableProps {
    pub summary: String,
    /// Builds the `<table>`; called only while the table is open.
    pub table: Rc<dyn Fn() -> Html>,
}

impl PartialEq for DataTableProps {
    /// The table is rebuilt whenever its chart renders, as it would be if it were inline.
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

#[function_component(DataTable)]
pub fn data_table(props: &DataTableProps) -> Html {
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            if let Some(details) = e.target_dyn_into::<Element>() {
                open.set(details.has_attribute("open"));
            }
        })
    };
    html! {
        <details class="data-table" ontoggle={ontoggle}>
            <summary>{ &props.summary }</summary>
            if *open { { (props.table)() } }
        </details>
    }
}
