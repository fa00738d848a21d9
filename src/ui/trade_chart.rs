//! The trade chart on a canvas: plotters draws it at the screen's pixel density, again on every
//! resize, with the year of the selection highlighted. Pointer and keyboard map back to data
//! through the layout the drawing returns: a tooltip on hover or focus, a click (or Enter)
//! opens the figure's source, a click on a milestone rule selects that event.

use super::canvas;
use super::data_table::DataTable;
use super::download;
use super::lang::use_lang;
use super::state::{Action, Shared};
use crate::charts::table;
use crate::i18n::{format_usd_in, number_in, Key, Lang};
use crate::charts::trade::{self, Layout, Scale};
use crate::model::Model;
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TradeChartProps {
    pub model: Shared,
    pub linear: bool,
    pub highlight_year: Option<i32>,
    pub selected_figure: Option<usize>,
    pub on_action: Callback<Action>,
}

/// Where a pointer or the keyboard rests on the chart.
#[derive(Clone, Copy, PartialEq)]
struct Tip {
    figure: usize,
    /// CSS pixels within the canvas.
    x: f64,
    y: f64,
}

#[function_component(TradeChart)]
pub fn trade_chart(props: &TradeChartProps) -> Html {
    let lang = use_lang();
    let canvas = use_node_ref();
    let resized = canvas::use_resize_count();
    let drawn = canvas::use_drawn_layout(|l: &Layout| (l.plot, l.years));
    let layout = drawn.layout.clone();
    let tip = use_state(|| None::<Tip>);
    {
        let canvas = canvas.clone();
        let model = props.model.clone();
        let drawn = drawn.clone();
        use_effect_with((props.linear, resized, model, lang), move |(linear, _, model, lang)| {
            // Drawn in a task of its own while the page opens (its canvas readied in the task
            // before), at once afterwards.
            let ready = canvas.clone();
            super::first_view::while_opening(move || {
                if let Some(element) = ready.cast::<HtmlCanvasElement>() {
                    canvas::warm(&element);
                }
            });
            let (linear, model, lang) = (*linear, model.clone(), *lang);
            super::first_view::later(move || {
                if let Some(element) = canvas.cast::<HtmlCanvasElement>() {
                    drawn.store(draw(&element, &model.0, linear, lang));
                }
                canvas::chart_drawn(canvas::Chart::Trade);
            });
        });
    }
    let ratio = canvas::pixel_ratio;
    let onmousemove = {
        let layout = layout.clone();
        let tip = tip.clone();
        let model = props.model.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |e: MouseEvent| {
            let (x, y, r) = pointer(&e);
            let layout = layout.borrow();
            let Some(layout) = layout.as_ref() else { return };
            let hit = layout.point_at(&model.0, x * r, y * r, HIT_RADIUS * r);
            tip.set(hit.map(|figure| Tip { figure, x, y }));
            on_action.emit(Action::HoverYear(layout.year_at(x * r)));
        })
    };
    let onmouseleave = {
        let tip = tip.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |_| {
            tip.set(None);
            on_action.emit(Action::HoverYear(None));
        })
    };
    let onclick = {
        let layout = layout.clone();
        let model = props.model.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |e: MouseEvent| {
            let (x, y, r) = pointer(&e);
            let layout = layout.borrow();
            let Some(layout) = layout.as_ref() else { return };
            if let Some(figure) = layout.point_at(&model.0, x * r, y * r, HIT_RADIUS * r) {
                on_action.emit(Action::SelectFigure(figure));
            } else if let Some(id) = layout.milestone_at(x * r, 4.0 * r) {
                on_action.emit(Action::SelectEvent(id.to_string()));
            }
        })
    };
    // Left and Right step through the points, Enter opens the source of the one in focus.
    let onkeydown = {
        let layout = layout.clone();
        let tip = tip.clone();
        let model = props.model.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            let layout = layout.borrow();
            let Some(layout) = layout.as_ref() else { return };
            let points = trade::points(&model.0);
            if points.is_empty() {
                return;
            }
            let current = tip.as_ref().and_then(|t| points.iter().position(|p| p.figure == t.figure));
            let next = match (e.key().as_str(), current) {
                ("ArrowRight", None) | ("ArrowLeft", None) | ("Home", _) => 0,
                ("ArrowRight", Some(i)) => (i + 1).min(points.len() - 1),
                ("ArrowLeft", Some(i)) => i.saturating_sub(1),
                ("End", _) => points.len() - 1,
                ("Enter", Some(i)) | (" ", Some(i)) => {
                    e.prevent_default();
                    on_action.emit(Action::SelectFigure(points[i].figure));
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            let r = ratio();
            let (x, y) = layout.pixel_of(&points[next]);
            tip.set(Some(Tip { figure: points[next].figure, x: x / r, y: y / r }));
            on_action.emit(Action::HoverYear(Some(points[next].x.round() as i32)));
        })
    };
    let onblur = {
        let tip = tip.clone();
        Callback::from(move |_| tip.set(None))
    };
    let toggle = |linear: bool, label: Key| {
        let on_action = props.on_action.clone();
        let pressed = props.linear == linear;
        html! {
            <button type="button" class={classes!("toggle", pressed.then_some("on"))} aria-pressed={pressed.to_string()}
                data-scale={if linear { "linear" } else { "log" }}
                onclick={Callback::from(move |_| on_action.emit(Action::SetLinear(linear)))}>{ lang.t(label) }</button>
        }
    };
    let downloads = {
        let (svg_model, csv_model, linear) = (props.model.clone(), props.model.clone(), props.linear);
        download::buttons(
            lang.t(Key::DownloadTrade),
            "vietnam-us-trade",
            canvas.clone(),
            Rc::new(move || trade::to_svg_in(&svg_model.0, if linear { Scale::Linear } else { Scale::Log }, 960, 540, lang)),
            Rc::new(move || table::trade_csv(&csv_model.0)),
            lang,
        )
    };
    let tooltip = (*tip).and_then(|t| props.model.trade.get(t.figure).map(|f| (t, f))).map(|(t, f)| {
        let article = props.model.article_title(&f.doc);
        let hedge = f.qualifier.label_in(lang);
        let kind = match (f.derived, f.partial_year) {
            (true, _) => lang.t(Key::TipDerived),
            (_, true) => lang.t(Key::TipPartYear),
            _ => "",
        };
        html! {
            <div class="tooltip" role="status" style={format!("left:{:.0}px;top:{:.0}px", t.x + 12.0, t.y + 12.0)}>
                <strong>{ format!("{} {}{}", f.period.human_in(lang), if hedge.is_empty() { String::new() } else { format!("{hedge} ") }, format_usd_in(lang, f.value_usd)) }</strong>
                <span>{ format!("{}{kind}", f.measure.label_in(lang)) }</span>
                <span class="tooltip-source">{ article }</span>
            </div>
        }
    });
    let rows = use_memo((props.model.clone(), lang), |(model, lang)| table::trade_rows_in(&model.0, *lang));
    let table = {
        let (rows, model, on_action, selected) = (rows.clone(), props.model.clone(), props.on_action.clone(), props.selected_figure);
        Rc::new(move || html! {
            <table>
                <thead><tr><th>{ lang.t(Key::ColPeriod) }</th><th>{ lang.t(Key::ColMeasure) }</th><th>{ lang.t(Key::ColValue) }</th><th>{ lang.t(Key::ColNote) }</th><th>{ lang.t(Key::ColArticle) }</th></tr></thead>
                <tbody>
                    { for rows.iter().enumerate().map(|(i, row)| {
                        let on_action = on_action.clone();
                        let figure = row.figure;
                        html! {
                            <tr key={i} class={classes!((selected == Some(figure)).then_some("selected"))}>
                                <td>{ &row.period_label }</td>
                                <td>{ row.measure }</td>
                                <td class="num">{ format!("{} {}", row.qualifier, lang.f(Key::BillionShort, &[&number_in(lang, row.billions, 3)])) }</td>
                                <td>{ &row.note }</td>
                                <td><button type="button" class="link" onclick={Callback::from(move |_| on_action.emit(Action::SelectFigure(figure)))}>{ model.article_title(&row.article) }</button></td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        }) as Rc<dyn Fn() -> Html>
    };
    html! {
        <figure class="chart" data-figure="trade">
            <div class="chart-tools">
                <div role="group" aria-label={lang.t(Key::VerticalScale)}>
                    { toggle(false, Key::LogScale) }
                    { toggle(true, Key::LinearScale) }
                </div>
                { downloads }
            </div>
            <div class="canvas-box">
                <canvas ref={canvas} data-chart="trade" tabindex="0" role="img"
                    aria-label={lang.t(Key::TradeChartLabel)}
                    onmousemove={onmousemove} onmouseleave={onmouseleave} onclick={onclick} onkeydown={onkeydown} onblur={onblur} />
                { drawn.band(props.highlight_year) }
                { tooltip }
            </div>
            <figcaption class="legend">
                <span><i class="mark dot" />{ lang.t(Key::LegendStated) }</span>
                <span><i class="mark up" />{ lang.t(Key::LegendOver) }</span>
                <span><i class="mark down" />{ lang.t(Key::LegendNearly) }</span>
                <span><i class="mark ring" />{ lang.t(Key::LegendDerived) }</span>
                <span><i class="mark square" />{ lang.t(Key::LegendPartYear) }</span>
                <span><i class="mark dash" />{ lang.t(Key::LegendImplied) }</span>
                <span><i class="mark rule" />{ lang.t(Key::LegendMilestone) }</span>
            </figcaption>
            <DataTable summary={lang.f(Key::TableFigures, &[&rows.len()])} table={table} />
        </figure>
    }
}


/// How near, in CSS pixels, a pointer must come to a point to touch it.
const HIT_RADIUS: f64 = 9.0;

/// The pointer in CSS pixels within the canvas, and the ratio to canvas pixels.
fn pointer(e: &MouseEvent) -> (f64, f64, f64) {
    (e.offset_x() as f64, e.offset_y() as f64, canvas::pixel_ratio())
}

/// Draws the chart on the canvas; returns where it drew.
fn draw(element: &HtmlCanvasElement, model: &Model, linear: bool, lang: Lang) -> Option<Layout> {
    let (root, ratio, theme) = canvas::prepare(element)?;
    let theme = theme.in_lang(lang);
    let scale = if linear { Scale::Linear } else { Scale::Log };
    match trade::draw(&root, model, scale, theme, ratio, None) {
        Ok(layout) => Some(layout),
        Err(_) => {
            gloo::console::warn!("trade chart not drawn");
            None
        }
    }
}
