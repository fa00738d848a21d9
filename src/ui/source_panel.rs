//! The source panel: for a selected event, each article that tells it, the sentence inside its
//! paragraph with the date words marked, and the disagreement spelled out; for a selected
//! trade figure, the same for the figure. Text is always rendered as text, never as HTML.

use super::lang::use_lang;
use super::state::{Shared, Texts};
use crate::i18n::{format_usd_in, number_in, Key};
use crate::model::Event;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourcePanelProps {
    pub model: Shared,
    pub texts: Texts,
    pub event: Option<Event>,
    /// Index into the model's trade figures.
    pub figure: Option<usize>,
    pub on_close: Callback<()>,
}

#[function_component(SourcePanel)]
pub fn source_panel(props: &SourcePanelProps) -> Html {
    let lang = use_lang();
    let format_usd = |value: u64| format_usd_in(lang, value);
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    let article = |doc: &str| article_line(&props.model, doc);
    let (heading, date, body) = if let Some(event) = &props.event {
        let disagreement = (!event.conflicts.is_empty()).then(|| {
            html! {
                <div class="disagreement" role="note">
                    <strong>{ lang.t(Key::DisagreeOnDate) }</strong>
                    { lang.f(Key::TimelineShows, &[&event.range().human_in(lang)]) }
                    { for event.conflicts.iter().map(|c| html! {
                        // The date as the address and the export write it, in English; in words elsewhere.
                        <span>{ lang.f(Key::ConflictSays, &[&article(&c.doc), &c.date_as_stated, &if lang == crate::i18n::Lang::En { c.date.to_string() } else { crate::model::DateRange::point(c.date).human_in(lang) }]) }</span>
                    }) }
                </div>
            }
        });
        let sources = html! {
            <ol class="sources">
                { for event.sources.iter().map(|s| html! {
                    <li class="source" data-doc={s.doc.clone()}>
                        <p class="source-article">{ article(&s.doc) }{ if s.caption { lang.t(Key::PhotoCaption) } else { "" } }
                            { if event.conflicts.iter().any(|c| c.doc == s.doc && c.quote == s.quote) { lang.t(Key::Disagrees) } else { "" } }</p>
                        { in_paragraph(&props.texts, &s.doc, s.start, s.end, &s.date_as_stated) }
                    </li>
                }) }
            </ol>
        };
        let people = (!event.actors.is_empty()).then(|| html! { <p class="source-people">{ event.actors.join(", ") }</p> });
        (event.title.clone(), event.range().human_in(lang), html! { <>{ people }{ disagreement }{ sources }</> })
    } else if let Some(figure) = props.figure.and_then(|i| props.model.trade.get(i)) {
        let hedge = figure.qualifier.label_in(lang);
        let value = format!("{}{}{}", hedge, if hedge.is_empty() { "" } else { " " }, format_usd(figure.value_usd));
        let heading = format!("{}: {value}", figure.measure.label_in(lang));
        let mut notes: Vec<&str> = Vec::new();
        if figure.derived {
            notes.push(lang.t(Key::NoteDerived));
        }
        if figure.partial_year {
            notes.push(lang.t(Key::NotePartYear));
        }
        if figure.period_inferred {
            notes.push(lang.t(Key::NoteNoYear));
        }
        let conflict = props.model.trade_conflicts.iter().find(|c| c.figures.contains(&props.figure.unwrap_or(usize::MAX)));
        let body = html! {
            <>
                { for notes.iter().map(|n| html! { <p class="note">{ *n }</p> }) }
                if let Some(c) = conflict {
                    <div class="disagreement" role="note">
                        <strong>{ lang.t(Key::DisagreeOnFigure) }</strong>
                        { lang.f(Key::FigureSpread, &[&if lang == crate::i18n::Lang::En { c.period.to_string() } else { c.period.human_in(lang) }, &format_usd(c.low_usd), &format_usd(c.high_usd), &number_in(lang, c.spread_percent, 1)]) }
                        <ul>
                            { for c.figures.iter().filter_map(|&i| props.model.trade.get(i)).map(|f| html! {
                                <li>{ format!("{}: {} {}", article(&f.doc), f.qualifier.label_in(lang), format_usd(f.value_usd)) }</li>
                            }) }
                        </ul>
                    </div>
                }
                <ol class="sources">
                    <li class="source" data-doc={figure.doc.clone()}>
                        <p class="source-article">{ article(&figure.doc) }</p>
                        { in_paragraph(&props.texts, &figure.doc, figure.start, figure.end, &figure.value_as_stated) }
                    </li>
                </ol>
            </>
        };
        (heading, figure.period.human_in(lang), body)
    } else {
        return Html::default();
    };
    html! {
        <aside class="source-panel" role="region" aria-label={lang.t(Key::Sources)} data-panel="sources">
            <div class="source-head">
                <h2>{ heading }</h2>
                <button type="button" class="close" onclick={close} aria-label={lang.t(Key::CloseSources)}>{ "×" }</button>
            </div>
            <p class="source-date">{ date }</p>
            { body }
        </aside>
    }
}

/// "Title · outlet · published" for a document id.
fn article_line(model: &Shared, doc: &str) -> String {
    let d = model.documents.iter().find(|d| d.id == doc);
    let title = model.article_title(doc);
    let outlet = d.and_then(|d| d.outlet.clone());
    let published = d.and_then(|d| d.published.as_ref()).map(|p| p.date.to_string());
    [Some(title), outlet, published].into_iter().flatten().collect::<Vec<_>>().join(" · ")
}

/// The sentence `start..end` of the document, inside its paragraph: the paragraph dimmed, the
/// sentence plain, and `marked` (the date or amount words) highlighted within it.
fn in_paragraph(texts: &Texts, doc: &str, start: usize, end: usize, marked: &str) -> Html {
    let Some(text) = texts.get(doc).filter(|t| end <= t.len() && t.is_char_boundary(start) && t.is_char_boundary(end) && start <= end) else {
        return Html::default();
    };
    let paragraph_start = text[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let paragraph_end = text[end..].find('\n').map(|i| end + i).unwrap_or(text.len());
    let sentence = &text[start..end];
    let (before, mark, after) = match sentence.find(marked).filter(|_| !marked.is_empty()) {
        Some(at) => (&sentence[..at], &sentence[at..at + marked.len()], &sentence[at + marked.len()..]),
        None => (sentence, "", ""),
    };
    html! {
        <blockquote>
            <span class="context">{ &text[paragraph_start..start] }</span>
            <span class="sentence">{ before }<mark>{ mark }</mark>{ after }</span>
            <span class="context">{ &text[end..paragraph_end] }</span>
        </blockquote>
    }
}
