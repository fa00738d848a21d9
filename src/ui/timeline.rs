//! The timeline: events in date order, grouped by year and the years by era, each event with
//! its date at its real precision, people, category, direction and how many articles tell it.
//! Eras come from the whole model (`model::eras`), once per model, so filters never move them.

use super::lang::use_lang;
use super::state::Shared;
use crate::i18n::{Key, Lang};
use crate::model::{era_of_year, eras, Category, Era};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub model: Shared,
    /// Indices of the events that pass the filters, in date order.
    pub visible: Rc<Vec<usize>>,
    pub selected: Option<String>,
    /// The year hovered on a chart or of the selection: its events are highlighted.
    pub highlight_year: Option<i32>,
    pub on_select: Callback<String>,
}

/// A short text mark for each category, shown with its label so colour is never alone.
/// Symbols from fonts every system has (no emoji: headless and older systems lack them).
pub fn category_icon(category: Category) -> &'static str {
    match category {
        Category::Visit => "✈",
        Category::Agreement => "✍",
        Category::Diplomacy => "⚑",
        Category::Trade => "⚖",
        Category::DefenseSecurity => "⚔",
        Category::WarLegacy => "☮",
        Category::Education => "✎",
        Category::Health => "✚",
        Category::Climate => "☘",
    }
}

pub fn category_class(category: Category) -> &'static str {
    match category {
        Category::Visit => "cat-visit",
        Category::Agreement => "cat-agreement",
        Category::Diplomacy => "cat-diplomacy",
        Category::Trade => "cat-trade",
        Category::DefenseSecurity => "cat-defense",
        Category::WarLegacy => "cat-war",
        Category::Education => "cat-education",
        Category::Health => "cat-health",
        Category::Climate => "cat-climate",
    }
}

/// The entries of one year: each an index into the model's events and whether the filters keep it.
struct Year {
    year: i32,
    entries: Vec<(usize, bool)>,
    /// Whether any of its entries is kept.
    shown: bool,
}

/// Consecutive years of one era, or of none (the years before the first era).
struct Group {
    era: Option<usize>,
    years: Vec<Year>,
}

/// How many events the timeline shows at first, and how many more each "Show more" adds:
/// thousands of the reader's articles can tell thousands of events, and rendering them all
/// would hold the page for seconds on every filter.
const SHOWN_STEP: usize = 400;

/// How many events the page's first render shows: a first screen on a tall phone, where the
/// timeline comes first (on a desktop the pane shows about eight). The rest arrive
/// `SLICE` at a time, each in a task of its own, below what is on screen.
pub const FIRST_SCREEN: usize = 12;
const SLICE: usize = 8;

/// The most entries left out by the filters that the timeline keeps rendered, hidden.
const HIDDEN_KEPT: usize = SHOWN_STEP;

#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let lang = use_lang();
    let list = use_node_ref();
    let eras = use_memo(props.model.clone(), |model| eras(&model.0));
    let limit = use_state(|| SHOWN_STEP);
    // While the page opens: the first screen, then the rest in slices (None once all came).
    let opening = use_state(|| Some(FIRST_SCREEN));
    {
        let (opening, total) = (opening.clone(), props.visible.len().min(SHOWN_STEP));
        use_effect_with((), move |_| {
            // Queued behind the charts on screen, one slice per task; the last lifts the cap.
            super::first_view::later(move || {
                let mut cap = FIRST_SCREEN;
                while cap < total {
                    cap += SLICE;
                    let (opening, next) = (opening.clone(), (cap < total).then_some(cap));
                    super::first_view::later(move || opening.set(next));
                }
                if total <= FIRST_SCREEN {
                    opening.set(None);
                }
            });
        });
    }
    // The selection is always shown, however far down it is.
    let selected_at = props.selected.as_ref().and_then(|id| props.visible.iter().position(|&i| props.model.events.get(i).is_some_and(|e| &e.id == id)));
    let cap = opening.map_or(*limit, |opening| opening.min(*limit));
    let shown = cap.max(selected_at.map_or(0, |at| at + 1));
    let hidden = props.visible.len().saturating_sub(shown);
    // Events still to come in the opening's slices are not the reader's "more".
    let busy = opening.is_some() && hidden > 0;
    // Entries the filters leave out stay rendered, hidden, so a filter's click toggles an
    // attribute on each entry that changes instead of building and removing their markup
    // (each entry is a component whose props compare equal when nothing about it changed).
    // At most `HIDDEN_KEPT` of them, so a narrow filter over thousands of events does not
    // render thousands of hidden ones; while the page opens, no more than it shows.
    let left_out_cap = if opening.is_some() { cap } else { HIDDEN_KEPT };
    let mut entries: Vec<(usize, bool)> = Vec::new();
    let (mut kept, mut left_out) = (0, 0);
    let mut next_visible = props.visible.iter().copied().peekable();
    for index in 0..props.model.events.len() {
        if next_visible.next_if_eq(&index).is_some() {
            if kept == shown {
                break;
            }
            kept += 1;
            entries.push((index, true));
        } else if left_out < left_out_cap {
            left_out += 1;
            entries.push((index, false));
        }
    }
    let mut years: Vec<Year> = Vec::new();
    for (index, visible) in entries {
        let year = props.model.events[index].date.year;
        match years.last_mut() {
            Some(last) if last.year == year => {
                last.entries.push((index, visible));
                last.shown |= visible;
            }
            _ => years.push(Year { year, entries: vec![(index, visible)], shown: visible }),
        }
    }
    // An era whose events are all filtered out shows no header: only eras with something shown.
    let mut groups: Vec<Group> = Vec::new();
    for year in years {
        let era = era_of_year(&eras, year.year);
        match groups.last_mut() {
            Some(group) if group.era == era => group.years.push(year),
            _ => groups.push(Group { era, years: vec![year] }),
        }
    }
    // A selection made elsewhere (a deep link, a chart) scrolls its entry into view, once the
    // page is laid out (the app's root is hidden until it takes over the page).
    {
        let list = list.clone();
        use_effect_with(props.selected.clone(), move |selected| {
            let selected = selected.clone();
            super::first_view::after_takeover(move || {
                if let (Some(id), Some(list)) = (selected, list.cast::<Element>()) {
                    if let Ok(Some(entry)) = list.query_selector(&format!("[data-event=\"{}\"]", css_escape(&id))) {
                        entry.scroll_into_view_with_bool(false);
                    }
                }
            });
        });
    }
    // Up and Down move through the entries; Home and End jump to the ends.
    let onkeydown = {
        let list = list.clone();
        Callback::from(move |e: KeyboardEvent| {
            let step: i32 = match e.key().as_str() {
                "ArrowDown" => 1,
                "ArrowUp" => -1,
                "Home" => i32::MIN,
                "End" => i32::MAX,
                _ => return,
            };
            e.prevent_default();
            move_focus(&list, step);
        })
    };
    let year_item = |year: &Year, in_era: bool| {
        let label = html! { year.year };
        html! {
            <li class={classes!("year", (props.highlight_year == Some(year.year)).then_some("highlight"))} key={year.year.to_string()} data-year={year.year.to_string()}
                hidden={!year.shown}>
                // Eras are the second level of headings, so their years are the third.
                if in_era {
                    <h3 class="year-label">{ label }</h3>
                } else {
                    <h2 class="year-label">{ label }</h2>
                }
                <ol class="events">
                    { for year.entries.iter().map(|&(index, visible)| {
                        let event = &props.model.events[index];
                        let selected = props.selected.as_ref() == Some(&event.id);
                        let class = classes!("event", category_class(event.category), selected.then_some("selected"), event.milestone.then_some("milestone"));
                        html! {
                            <li {class} key={event.id.clone()} data-event={event.id.clone()} hidden={!visible}>
                                <EntryButton model={props.model.clone()} {index} {selected} {lang} on_select={props.on_select.clone()} />
                            </li>
                        }
                    }) }
                </ol>
            </li>
        }
    };
    // Every child of the list is keyed: an era by its opening event, a year outside eras by the year.
    let items = groups.iter().flat_map(|group| match group.era.and_then(|i| eras.get(i).map(|era| (i, era))) {
        Some((index, era)) => {
            let shown = group.years.iter().any(|y| y.shown);
            vec![era_item(index, era, lang, shown, group.years.iter().map(|y| year_item(y, true)).collect())]
        }
        None => group.years.iter().map(|y| year_item(y, false)).collect(),
    });
    let empty = kept == 0;
    let on_more = {
        let limit = limit.clone();
        Callback::from(move |_| limit.set(shown + SHOWN_STEP))
    };
    html! {
        <>
            if empty {
                <p class="empty" role="status">{ lang.t(Key::NoEventMatches) }</p>
            }
            <ol class="timeline" aria-label={lang.t(Key::EventsByEra)} aria-busy={busy.then_some("true")} ref={list} onkeydown={onkeydown} hidden={empty}>
                { for items }
            </ol>
            if hidden > 0 && !busy {
                <button type="button" class="link more" onclick={on_more} data-action="more-events">
                    { lang.f(Key::ShowMoreEvents, &[&hidden.min(SHOWN_STEP), &hidden]) }
                </button>
            }
        </>
    }
}

/// One era: a heading with its name and years, its years inside, a rail down its side.
fn era_item(index: usize, era: &Era, lang: Lang, shown: bool, years: Vec<Html>) -> Html {
    let heading = format!("era-{}", css_escape(&era.event));
    // Two rail colours taking turns tell neighbouring eras apart; the heading names them.
    let shade = if index % 2 == 0 { "era-a" } else { "era-b" };
    html! {
        <li class={classes!("era", shade)} key={format!("era-{}", era.event)} data-era={era.event.clone()}
            data-era-first={era.first_year.to_string()} data-era-last={era.last_year.map(|y| y.to_string())}
            aria-labelledby={heading.clone()} hidden={!shown}>
            <h2 class="era-label" id={heading}>
                <span class="era-kind">{ lang.t(Key::Era) }</span>
                <span class="era-name">{ &era.name }</span>
                <span class="era-years">{ era.years_label_in(lang) }</span>
            </h2>
            <ol class="years">{ for years }</ol>
        </li>
    }
}

/// Moves the focus among the entries' buttons.
fn move_focus(list: &NodeRef, step: i32) {
    let Some(list) = list.cast::<Element>() else { return };
    let Ok(buttons) = list.query_selector_all(".event:not([hidden]) .event-button") else { return };
    let count = buttons.length() as i32;
    if count == 0 {
        return;
    }
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    let current = (0..count).find(|&i| buttons.item(i as u32).is_some_and(|b| Some(&b) == active.as_ref().map(|a| a.as_ref())));
    let next = match (step, current) {
        (i32::MIN, _) => 0,
        (i32::MAX, _) => count - 1,
        (_, None) => 0,
        (step, Some(i)) => (i + step).clamp(0, count - 1),
    };
    if let Some(button) = buttons.item(next as u32).and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
        let _ = button.focus();
    }
}

/// Event ids are slugs, but a selector must never break on what an address carries.
fn css_escape(id: &str) -> String {
    id.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect()
}

#[derive(Properties, PartialEq)]
struct EntryProps {
    model: Shared,
    /// The event's index in the model.
    index: usize,
    selected: bool,
    lang: Lang,
    on_select: Callback<String>,
}

/// The button of one event's entry: rendered again only when its props change, so a filter
/// that hides or shows the entry (an attribute of its `li`) builds none of it.
#[function_component(EntryButton)]
fn entry_button(props: &EntryProps) -> Html {
    let EntryProps { model, index, selected, lang, on_select } = props;
    let (selected, lang) = (*selected, *lang);
    let event = &model.events[*index];
    let onclick = {
        let on_select = on_select.clone();
        let id = event.id.clone();
        Callback::from(move |_| on_select.emit(id.clone()))
    };
    let articles = {
        let mut docs: Vec<&str> = event.sources.iter().map(|s| s.doc.as_str()).collect();
        crate::sort::sort(&mut docs);
        docs.dedup();
        docs.len()
    };
    html! {
        <button type="button" class="event-button" onclick={onclick} aria-pressed={selected.to_string()}>
            <span class="event-date">{ event.range().human_in(lang) }</span>
            <span class="event-title">{ &event.title }</span>
            <span class="event-meta">
                <span class="category">{ category_icon(event.category) }{ " " }{ event.category.label_in(lang) }</span>
                if let Some(direction) = event.direction {
                    <span class="direction">{ direction.label_in(lang) }</span>
                }
                if !event.actors.is_empty() {
                    <span class="people">{ event.actors.join(", ") }</span>
                }
                <span class="articles">{ lang.f(if articles == 1 { Key::ArticleCount } else { Key::ArticlesCount }, &[&articles]) }</span>
                if !event.conflicts.is_empty() {
                    <span class="conflict-mark" title={lang.t(Key::DisagreeTitle)}>{ lang.t(Key::DisagreeMark) }</span>
                }
            </span>
        </button>
    }
}
