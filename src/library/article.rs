//! One article the reader added, as stored, and what is said once the history holds it. The
//! reader's publication date is read here, so every entry point accepts the same forms.

use crate::model::PartialDate;

/// An article the reader added. Stored by `stored::save` (`json_out`); read back by `stored::load`
/// (a missing `enabled` is true).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct UserArticle {
    pub id: String,
    pub title: Option<String>,
    /// ISO 8601 at any precision: "2023", "2023-09", "2023-09-11".
    pub published: Option<String>,
    pub text: String,
    pub enabled: bool,
}

/// An article just added, to be reported once the history has read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Added {
    pub id: String,
    pub name: String,
}

/// A reader's date, "2023-09-11", "2023-09" or "2023", as a date; `None` when it is not one.
pub fn parse_date(text: &str) -> Option<PartialDate> {
    let parts: Vec<&str> = text.trim().split('-').collect();
    let number = |s: &str| s.parse::<u32>().ok();
    match parts.as_slice() {
        [y] if y.len() == 4 => Some(PartialDate::year(number(y)? as i32)),
        [y, m] if y.len() == 4 => {
            let m = number(m)?;
            (1..=12).contains(&m).then(|| PartialDate::month(number(y).unwrap_or(0) as i32, m as u8))
        }
        [y, m, d] if y.len() == 4 => PartialDate::day(number(y)? as i32, number(m)? as u8, number(d)? as u8),
        _ => None,
    }
}

/// What the reader is told once the history holds the article: how many of its events and
/// trade figures it tells (events it shares with other articles count too).
pub fn added_message(added: &Added, model: &crate::model::Model) -> String {
    added_message_in(added, model, crate::i18n::Lang::En)
}

/// `added_message` in `lang`.
pub fn added_message_in(added: &Added, model: &crate::model::Model, lang: crate::i18n::Lang) -> String {
    use crate::i18n::{Key, Lang};
    let name = &added.name;
    let events = model.events.iter().filter(|e| e.sources.iter().any(|s| s.doc == added.id)).count();
    let figures = model.trade.iter().filter(|f| f.doc == added.id).count();
    if lang != Lang::En {
        return match (events, figures) {
            (0, 0) => lang.f(Key::AddedNothing, &[name]),
            (events, figures) => lang.f(
                Key::Added,
                &[name, &lang.f(if events == 1 { Key::EventOne } else { Key::EventMany }, &[&events]), &lang.f(if figures == 1 { Key::FigureOne } else { Key::FigureMany }, &[&figures])],
            ),
        };
    }
    match (events, figures) {
        (0, 0) => format!("Added \u{201c}{name}\u{201d}, but no dated event or trade figure was found in it. It is kept; remove it below if you wish."),
        (events, figures) => format!(
            "Added \u{201c}{name}\u{201d}: {events} event{} and {figures} trade figure{}, merged into the history.",
            if events == 1 { "" } else { "s" },
            if figures == 1 { "" } else { "s" }
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reader_dates() {
        assert_eq!(parse_date("2023-09-11").map(|d| d.to_string()).as_deref(), Some("2023-09-11"));
        assert_eq!(parse_date("2023").map(|d| d.to_string()).as_deref(), Some("2023"));
        assert_eq!(parse_date("2023-13"), None);
        assert_eq!(parse_date("yesterday"), None);
    }
}
