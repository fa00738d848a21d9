//! The view state shared by the filters, the timeline, the charts and the source panel: the
//! reader's `Query` (kept in the address) and the year under the pointer. One reducer, with
//! verbs for actions.

use crate::model::{Category, Direction, Model};
use crate::query::Query;
use std::rc::Rc;
use yew::Reducible;

/// How a change should reach the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// A new entry, so Back returns to the view before.
    Push,
    /// Replace the entry: typing in the search box is one step, not one per key.
    Replace,
    /// The change came from the history itself (Back, Forward): leave it alone.
    Leave,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ViewState {
    pub query: Query,
    /// A year hovered or picked on a chart, highlighted in the timeline.
    pub hover_year: Option<i32>,
    pub history: History,
}

impl ViewState {
    pub fn new(query: Query) -> Self {
        ViewState { query, hover_year: None, history: History::Leave }
    }
}

pub enum Action {
    SelectEvent(String),
    SelectFigure(usize),
    CloseSource,
    HoverYear(Option<i32>),
    SetLinear(bool),
    ToggleCategory(Category),
    SetPerson(Option<String>),
    SetDirection(Option<Direction>),
    SetArticle(Option<String>),
    SetSearch(String),
    ClearFilters,
    /// The reader chose a language: the address keeps it.
    SetLang(crate::i18n::Lang),
    /// The address changed under us (Back or Forward).
    Restore(Query),
    /// The query with values the history does not hold dropped; the address is corrected in
    /// place, not as a new step.
    Correct(Query),
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.history = History::Push;
        let query = &mut next.query;
        match action {
            Action::SelectEvent(id) => {
                query.event = Some(id);
                query.figure = None;
            }
            Action::SelectFigure(index) => {
                query.figure = Some(index);
                query.event = None;
            }
            Action::CloseSource => {
                query.event = None;
                query.figure = None;
            }
            Action::HoverYear(year) => {
                next.hover_year = year;
                next.history = History::Leave;
            }
            Action::SetLinear(linear) => query.linear = linear,
            Action::ToggleCategory(category) => match query.categories.iter().position(|c| *c == category) {
                Some(i) => {
                    query.categories.remove(i);
                }
                None => query.categories.push(category),
            },
            Action::SetPerson(person) => query.person = person,
            Action::SetDirection(direction) => query.direction = direction,
            Action::SetArticle(article) => query.article = article,
            Action::SetSearch(text) => {
                query.search = text;
                next.history = History::Replace;
            }
            Action::ClearFilters => {
                *query = Query { event: query.event.take(), figure: query.figure, linear: query.linear, lang: query.lang, ..Query::default() };
            }
            Action::SetLang(lang) => {
                query.lang = Some(lang);
                next.history = History::Replace;
            }
            Action::Restore(restored) => {
                next.query = restored;
                next.history = History::Leave;
            }
            Action::Correct(corrected) => {
                next.query = corrected;
                next.history = History::Replace;
            }
        }
        if next.query == self.query && next.hover_year == self.hover_year {
            return self;
        }
        Rc::new(next)
    }
}

/// The model as the components share it: compared by identity, since it is parsed once.
#[derive(Clone)]
pub struct Shared(pub Rc<Model>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Shared {
    /// An article's name for people: its title, or its first words.
    pub fn article_title(&self, doc: &str) -> String {
        self.documents.iter().find(|d| d.id == doc).map(|d| d.display_title().to_string()).unwrap_or_else(|| doc.to_string())
    }
}

impl std::ops::Deref for Shared {
    type Target = Model;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

/// The articles' texts, by document id, for showing a sentence inside its paragraph.
#[derive(Clone)]
pub struct Texts(pub Rc<Vec<(String, String)>>);

impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Texts {
    pub fn get(&self, doc: &str) -> Option<&str> {
        self.0.iter().find(|(id, _)| id == doc).map(|(_, text)| text.as_str())
    }
}
