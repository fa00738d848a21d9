//! The stored form of the reader's articles, `{"version":1,"articles":[…]}`, and its round trip.
//! Written with `json_out` in serde_json's compact form, read with `json`. `load`
//! never drops what it cannot read: when some stored articles are unreadable, the readable
//! ones are loaded and the whole stored text is handed back as `damaged` too, which the page
//! moves aside, untouched, before it saves the readable ones again.

use super::fields::Fields;
use crate::i18n::Lang;
use super::json::{self, Value};
use super::UserArticle;

/// The stored form: versioned, so an older or foreign form is recognized, not misread.
#[cfg_attr(test, derive(serde::Serialize))]
struct Stored<'a> {
    version: u32,
    articles: &'a [UserArticle],
}

crate::to_json!(Stored<'a> { version, articles });
crate::to_json!(UserArticle { id, title, published, text, enabled });

/// What local storage held, read back.
#[derive(Debug, PartialEq)]
pub struct Loaded {
    pub articles: Vec<UserArticle>,
    /// The stored text when it, or any article in it, could not be read (an older form, edited
    /// by hand): kept so nothing is lost, and offered for download.
    pub damaged: Option<String>,
}

/// Reads the stored string; never fails, never drops what it cannot read.
pub fn load(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else {
        return Loaded { articles: Vec::new(), damaged: None };
    };
    let damaged = |articles| Loaded { articles, damaged: Some(raw.to_string()) };
    let Ok(stored) = json::parse(raw.strip_prefix('\u{feff}').unwrap_or(raw)) else {
        return damaged(Vec::new());
    };
    let (Some(version), Some(Value::Array(list))) = (stored.get("version"), stored.get("articles")) else {
        return damaged(Vec::new());
    };
    if version.integer() != Some(1) {
        return damaged(Vec::new());
    }
    let articles: Vec<UserArticle> = list.iter().filter_map(stored_article).collect();
    match articles.len() == list.len() {
        true => Loaded { articles, damaged: None },
        false => damaged(articles),
    }
}

/// One stored article, when every field it has is of the right kind.
fn stored_article(value: &Value) -> Option<UserArticle> {
    let mut fields = Fields::new(value, Lang::En);
    let article = UserArticle {
        id: fields.text("id").unwrap_or_default(),
        title: fields.optional_text("title"),
        published: fields.optional_text("published"),
        text: fields.text("text").unwrap_or_default(),
        enabled: fields.flag("enabled", true),
    };
    (matches!(value, Value::Object(_)) && fields.problems.is_empty()).then_some(article)
}

/// The stored string for these articles.
pub fn save(articles: &[UserArticle]) -> String {
    crate::json_out::to_string(&Stored { version: 1, articles })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, enabled: bool) -> UserArticle {
        UserArticle { id: id.into(), title: Some("T".into()), published: Some("2023-09".into()), text: format!("Text of {id}."), enabled }
    }

    #[test]
    fn storage_round_trips() {
        let articles = vec![article("user-1", false), UserArticle { title: None, published: None, text: "“Trọng” \\ \"x\"\n\u{1}😀".into(), ..article("user-2", true) }];
        assert_eq!(load(Some(&save(&articles))), Loaded { articles: articles.clone(), damaged: None });
        assert_eq!(load(None), Loaded { articles: vec![], damaged: None });
        assert_eq!(load(Some("  ")), Loaded { articles: vec![], damaged: None });
        // Written by an earlier version: no "enabled" means switched on.
        let older = r#"{"version":1,"articles":[{"id":"user-1","title":null,"published":null,"text":"x"}]}"#;
        assert_eq!(load(Some(older)).articles, [UserArticle { id: "user-1".into(), title: None, published: None, text: "x".into(), enabled: true }]);
    }

    #[test]
    fn the_stored_form_is_what_serde_json_wrote() {
        let articles = [
            UserArticle { title: Some("T \"quoted\"".into()), text: "Line\r\nnext\u{1}\\😀 “Trọng”".into(), ..article("user-1", false) },
            UserArticle { title: None, published: None, text: String::new(), ..article("user-2", true) },
        ];
        for articles in [&articles[..], &[]] {
            assert_eq!(save(articles), serde_json::to_string(&Stored { version: 1, articles }).unwrap());
        }
    }

    #[test]
    fn what_cannot_be_read_is_kept() {
        for raw in ["{\"version\": 1, \"articles\": [{\"id\": 3", "{\"version\": 0, \"articles\": []}", "[]", "{\"articles\": []}", "{\"version\": 1}", "{\"version\": 1, \"articles\": {}}"] {
            assert_eq!(load(Some(raw)), Loaded { articles: vec![], damaged: Some(raw.to_string()) }, "{raw}");
        }
    }

    #[test]
    fn readable_articles_load_beside_a_damaged_one() {
        // The second was edited by hand: its text is a number. The others load; the whole text
        // is kept aside so the second is not lost when the readable ones are saved again.
        let raw = r#"{"version":1,"articles":[
            {"id":"user-1","title":"T","published":"2023-09","text":"Text of user-1.","enabled":false},
            {"id":"user-2","text":42},
            {"id":"user-3","title":"T","published":"2023-09","text":"Text of user-3.","enabled":true},
            "not an article"]}"#;
        let loaded = load(Some(raw));
        assert_eq!(loaded.articles, [article("user-1", false), article("user-3", true)]);
        assert_eq!(loaded.damaged.as_deref(), Some(raw));
    }
}
