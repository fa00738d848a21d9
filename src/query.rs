//! What the reader has asked to see: the filters, the search and the selection, with their
//! round trip through the page address so a link reopens the same view. Pure: the browser
//! layer only reads and writes the string.

use crate::i18n::Lang;
use crate::extract::text::fold;
use crate::model::{Category, Direction, Event, Model};

/// Filters and selection, as the address holds them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Categories to show; empty shows all.
    pub categories: Vec<Category>,
    /// A person's canonical name.
    pub person: Option<String>,
    pub direction: Option<Direction>,
    /// A document id.
    pub article: Option<String>,
    /// Free text, matched without diacritics against titles, people and sentences.
    pub search: String,
    /// The selected event's id.
    pub event: Option<String>,
    /// The selected trade figure (index into the model's trade list).
    pub figure: Option<usize>,
    /// Linear rather than log scale.
    pub linear: bool,
    /// The interface's language when the reader chose one (`lang=vi`), so a shared link opens
    /// in it; `None` leaves it to the reader's stored choice or the browser's.
    pub lang: Option<Lang>,
}

impl Query {
    /// Whether the event passes every filter. `folded_search` is `fold(search)`, computed once.
    pub fn matches(&self, event: &Event, folded_search: &str) -> bool {
        if !self.categories.is_empty() && !self.categories.contains(&event.category) {
            return false;
        }
        if self.person.as_ref().is_some_and(|p| !event.actors.contains(p)) {
            return false;
        }
        if self.direction.is_some() && event.direction != self.direction {
            return false;
        }
        if self.article.as_ref().is_some_and(|a| !event.sources.iter().any(|s| &s.doc == a)) {
            return false;
        }
        let words: Vec<&str> = folded_search.split_whitespace().collect();
        if words.is_empty() {
            return true;
        }
        let haystack = searchable(event);
        words.iter().all(|w| haystack.contains(w))
    }

    pub fn is_filtered(&self) -> bool {
        !self.categories.is_empty() || self.person.is_some() || self.direction.is_some() || self.article.is_some() || !self.search.trim().is_empty()
    }

    /// The query as an address query string, without the leading "?"; empty for the default view.
    pub fn to_query_string(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if !self.categories.is_empty() {
            let names: Vec<&str> = self.categories.iter().map(|c| category_key(*c)).collect();
            parts.push(format!("category={}", names.join(",")));
        }
        if let Some(person) = &self.person {
            parts.push(format!("person={}", encode(person)));
        }
        if let Some(direction) = self.direction {
            parts.push(format!("direction={}", direction_key(direction)));
        }
        if let Some(article) = &self.article {
            parts.push(format!("article={}", encode(article)));
        }
        if !self.search.is_empty() {
            parts.push(format!("q={}", encode(&self.search)));
        }
        if let Some(event) = &self.event {
            parts.push(format!("event={}", encode(event)));
        }
        if let Some(figure) = self.figure {
            parts.push(format!("figure={figure}"));
        }
        if let Some(lang) = self.lang {
            parts.push(format!("lang={}", lang.code()));
        }
        if self.linear {
            parts.push("scale=linear".to_string());
        }
        parts.join("&")
    }

    /// Reads a query string (with or without "?"); unknown keys and bad values are ignored.
    pub fn from_query_string(text: &str) -> Query {
        let mut query = Query::default();
        for pair in text.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match key {
                "category" => {
                    // Each category once, however often the address names it.
                    query.categories.clear();
                    for category in value.split(',').filter_map(category_from_key) {
                        if !query.categories.contains(&category) {
                            query.categories.push(category);
                        }
                    }
                }
                "person" if !value.is_empty() => query.person = Some(value),
                "direction" => query.direction = direction_from_key(&value),
                "article" if !value.is_empty() => query.article = Some(value),
                "q" => query.search = value,
                "event" if !value.is_empty() => query.event = Some(value),
                "figure" => query.figure = value.parse().ok(),
                "scale" => query.linear = value == "linear",
                "lang" => query.lang = Lang::from_code(&value),
                _ => {}
            }
        }
        query
    }
}

impl Query {
    /// The query with every value the model does not hold dropped: a person, an article, an
    /// event or a figure that is not there, a category no event has. A filter the page cannot
    /// show (no chip, no option in a select) must not be in force, hiding events unseen.
    pub fn in_force(&self, model: &Model) -> Query {
        let mut query = self.clone();
        query.categories.retain(|c| model.events.iter().any(|e| e.category == *c));
        if query.person.as_ref().is_some_and(|p| !model.people.iter().any(|known| &known.name == p)) {
            query.person = None;
        }
        if query.article.as_ref().is_some_and(|a| !model.documents.iter().any(|d| &d.id == a)) {
            query.article = None;
        }
        if query.event.as_ref().is_some_and(|id| !model.events.iter().any(|e| &e.id == id)) {
            query.event = None;
        }
        query.figure = query.figure.filter(|&i| i < model.trade.len());
        query
    }
}

/// Everything a search looks at, folded: title, people, categories, and every sentence.
fn searchable(event: &Event) -> String {
    let mut text = fold(&event.title);
    for actor in &event.actors {
        text.push(' ');
        text.push_str(&fold(actor));
    }
    text.push(' ');
    // The category's name in every language, so either finds it.
    for lang in Lang::ALL {
        text.push(' ');
        text.push_str(&fold(event.category.label_in(lang)));
    }
    for source in &event.sources {
        text.push(' ');
        text.push_str(&fold(&source.quote));
    }
    text
}

pub fn category_key(category: Category) -> &'static str {
    match category {
        Category::Visit => "visit",
        Category::Agreement => "agreement",
        Category::Diplomacy => "diplomacy",
        Category::Trade => "trade",
        Category::DefenseSecurity => "defense",
        Category::WarLegacy => "war",
        Category::Education => "education",
        Category::Health => "health",
        Category::Climate => "climate",
    }
}

fn category_from_key(key: &str) -> Option<Category> {
    Category::ALL.into_iter().find(|c| category_key(*c) == key)
}

pub fn direction_key(direction: Direction) -> &'static str {
    match direction {
        Direction::UsToVietnam => "us-vn",
        Direction::VietnamToUs => "vn-us",
    }
}

pub fn direction_from_key(key: &str) -> Option<Direction> {
    match key {
        "us-vn" => Some(Direction::UsToVietnam),
        "vn-us" => Some(Direction::VietnamToUs),
        _ => None,
    }
}

/// Percent-encodes everything but unreserved characters, so any name survives the address.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Reverses `encode`; malformed escapes are kept as written and invalid UTF-8 is replaced.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = text.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(value) => {
                        out.push(value);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_the_address() {
        let query = Query {
            categories: vec![Category::Visit, Category::DefenseSecurity],
            person: Some("Nguyễn Phú Trọng".to_string()),
            direction: Some(Direction::VietnamToUs),
            article: Some("001_da00e33f3f816a63".to_string()),
            search: "trade & 100%".to_string(),
            event: Some("2000-11-bill-clinton-visits-vietnam".to_string()),
            figure: Some(7),
            linear: true,
            lang: Some(Lang::Vi),
        };
        let text = query.to_query_string();
        assert!(!text.contains(' ') && !text.contains('ễ'));
        assert_eq!(Query::from_query_string(&format!("?{text}")), query);
        assert_eq!(Query::default().to_query_string(), "");
        assert!(text.ends_with("lang=vi&scale=linear") || text.contains("lang=vi"), "{text}");
        assert_eq!(Query::from_query_string("?lang=vi-VN").lang, Some(Lang::Vi));
        assert_eq!(Query::from_query_string("?lang=fr").lang, None);
    }

    #[test]
    fn bad_addresses_give_the_default_view() {
        assert_eq!(Query::from_query_string("?category=nope&figure=x&%%=&q=%zz&direction=up"), Query { search: "%zz".to_string(), ..Query::default() });
        assert_eq!(Query::from_query_string("q=%"), Query { search: "%".to_string(), ..Query::default() });
        assert_eq!(Query::from_query_string("q=%E1"), Query { search: "\u{fffd}".to_string(), ..Query::default() });
    }

    #[test]
    fn only_values_the_model_holds_stay_in_force() {
        let model = crate::extract::extract(&crate::seeds::articles());
        let asked = Query::from_query_string("?category=visit,visit,health,visit&person=Nobody+At+All&article=no-such-article&event=nope&figure=9999&q=trade");
        assert_eq!(asked.categories, vec![Category::Visit, Category::Health], "each category once");
        let kept = asked.in_force(&model);
        assert_eq!(kept, Query { categories: vec![Category::Visit], search: "trade".to_string(), ..Query::default() });
        let person = model.people[0].name.clone();
        let article = model.documents[0].id.clone();
        let good = Query { person: Some(person), article: Some(article), figure: Some(0), ..Query::default() };
        assert_eq!(good.in_force(&model), good, "values the model holds are kept");
    }

    #[test]
    fn search_ignores_diacritics_and_filters_combine() {
        let model = crate::extract::extract(&crate::seeds::articles());
        let find = |query: &Query| -> Vec<String> {
            let folded = fold(&query.search);
            model.events.iter().filter(|e| query.matches(e, &folded)).map(|e| e.id.clone()).collect()
        };
        let trong = find(&Query { search: "Trong".to_string(), ..Query::default() });
        let trong_diacritics = find(&Query { search: "Trọng".to_string(), ..Query::default() });
        assert_eq!(trong, trong_diacritics);
        assert!(trong.len() >= 3, "{trong:?}");
        let person = find(&Query { person: Some("Donald Trump".to_string()), ..Query::default() });
        assert_eq!(person.len(), 2);
        let visits_to_us = find(&Query { direction: Some(Direction::VietnamToUs), categories: vec![Category::Visit], ..Query::default() });
        assert!(visits_to_us.iter().all(|id| model.events.iter().any(|e| &e.id == id && e.direction == Some(Direction::VietnamToUs))));
        assert_eq!(visits_to_us.len(), 6, "Khải, Triết, Dũng, Trọng, Phúc, Chính");
        let trade = find(&Query { categories: vec![Category::Trade], ..Query::default() });
        let thuong_mai = find(&Query { search: "thuong mai".to_string(), ..Query::default() });
        assert!(!trade.is_empty() && trade.iter().all(|id| thuong_mai.contains(id)), "the Vietnamese category name finds, without diacritics");
    }
}
