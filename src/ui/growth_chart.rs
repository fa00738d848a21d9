//! The growth chart: the multiple of 1995's trade each reported year reached, and the
//! articles' own growth claims checked against their figures, with each verdict in words.

use super::canvas;
use super::data_table::DataTable;
use super::download;
use super::lang::use_lang;
use super::state::{Action, Shared};
use crate::i18n::Key;
use crate::charts::{growth, table};
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GrowthChartProps {
    pub model: Shared,
    pub highlight_year: Option<i32>,
    pub on_action: Callback<Action>,
}

#[function_component(GrowthChart)]
pub fn growth_chart(props: &GrowthChartProps) -> Html {
    let lang = use_lang();
    let canvas_ref = use_node_ref();
    let resized = canvas::use_resize_count();
    let drawn = canvas::use_drawn_layout(|l: &growth::Layout| (l.plot, l.years));
    {
        let canvas_ref = canvas_ref.clone();
        let model = props.model.clone();
        let drawn = drawn.clone();
        use_effect_with((resized, model, lang), move |(_, model, lang)| {
            // Drawn in a task of its own while the page opens (its canvas readied in the task
            // before), at once afterwards.
            let ready = canvas_ref.clone();
            super::first_view::while_opening(move || {
                if let Some(element) = ready.cast::<HtmlCanvasElement>() {
                    canvas::warm(&element);
                }
            });
            let (model, lang) = (model.clone(), *lang);
            super::first_view::later(move || {
                if let Some((root, ratio, theme)) = canvas_ref.cast::<HtmlCanvasElement>().as_ref().and_then(canvas::prepare) {
                    drawn.store(growth::draw(&root, &model.0, theme.in_lang(lang), ratio, None).ok());
                }
                canvas::chart_drawn(canvas::Chart::Growth);
            });
        });
    }
    let (onmousemove, onmouseleave) = {
        let on_action = props.on_action.clone();
        canvas::hover_year(drawn.layout.clone(), growth::Layout::year_at, Callback::from(move |year| on_action.emit(Action::HoverYear(year))))
    };
    let tables = use_memo((props.model.clone(), lang), |(model, lang)| {
        let analysis = growth::analysis_in(&model.0, *lang);
        (table::claim_rows_in(&model.0, &analysis, *lang), table::growth_rows(&analysis))
    });
    let (claims, rows) = &*tables;
    // The verdict's class stays English whatever the language ("verdict-consistent").
    let verdict_class = |c: &table::ClaimRow| {
        let verdict = [growth::Verdict::Consistent, growth::Verdict::Inconsistent, growth::Verdict::Unverifiable].into_iter().find(|v| v.label_in(lang) == c.verdict);
        format!("verdict-{}", verdict.map_or("unverifiable", growth::Verdict::label))
    };
    let downloads = {
        let (svg_model, csv_model) = (props.model.clone(), props.model.clone());
        download::buttons(
            lang.t(Key::DownloadGrowth),
            "vietnam-us-trade-growth",
            canvas_ref.clone(),
            std::rc::Rc::new(move || { let model = &svg_model; growth::to_svg_in(&model.0, 960, 540, lang) }),
            std::rc::Rc::new(move || { let model = &csv_model; table::growth_csv(&growth::analysis(&model.0)) }),
            lang,
        )
    };
    html! {
        <figure class="chart" data-figure="growth">
            <div class="chart-tools"><h3 class="chart-title">{ lang.t(Key::GrowthTitle) }</h3>{ downloads }</div>
            <div class="canvas-box">
            <canvas ref={canvas_ref} data-chart="growth" role="img" class="short"
                aria-label={lang.t(Key::GrowthLabel)}
                onmousemove={onmousemove} onmouseleave={onmouseleave} />
                { drawn.band(props.highlight_year) }
            </div>
            <ul class="claims" aria-label={lang.t(Key::ClaimsLabel)}>
                { for claims.iter().map(|c| {
                    let on_action = props.on_action.clone();
                    let claim = props.model.growth.get(c.claim).cloned();
                    html! {
                        <li class={classes!("claim", verdict_class(c))} data-claim={c.claim.to_string()}>
                            <span class="verdict">{ c.verdict }</span>{ " " }
                            <strong>{ format!("\u{201c}{}\u{201d}", claim.as_ref().map(|g| g.as_stated.clone()).unwrap_or_default()) }</strong>
                            { format!(" ({}): {}", c.claim_words, c.explanation) }{ " " }
                            if let Some(g) = claim {
                                <button type="button" class="link" onclick={Callback::from(move |_| on_action.emit(Action::SetArticle(Some(g.doc.clone()))))}>
                                    { props.model.article_title(&c.article) }
                                </button>
                            }
                        </li>
                    }
                }) }
            </ul>
            <DataTable summary={lang.f(Key::TableReportedYears, &[&rows.len()])} table={{
                let rows = rows.clone();
                Rc::new(move || html! {
                    <table>
                        <thead><tr>{ for table::GrowthRow::header_in(lang).iter().map(|h| html! { <th>{ *h }</th> }) }</tr></thead>
                        <tbody>{ for rows.iter().map(|r| html! { <tr>{ for r.fields_in(lang).into_iter().map(|f| html! { <td>{ f }</td> }) }</tr> }) }</tbody>
                    </table>
                }) as Rc<dyn Fn() -> Html>
            }} />
        </figure>
    }
}

