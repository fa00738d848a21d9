//! The stored form of the reader's articles, versioned, and its round trip. `load` never drops
//! what it cannot read.

use super::UserArticle;
use serde::{Deserialize, Serialize};

/// The stored form: versioned, so an older or foreign form is recognized, not misread.
#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    articles: Vec<UserArticle>,
}

/// What local storage held, read back.
#[derive(Debug, PartialEq)]
pub struct Loaded {
    pub articles: Vec<UserArticle>,
    /// The stored text when it could not be read (an older form, edited by hand): kept so
    /// nothing is lost, and offered for download.
    pub damaged: Option<String>,
}

/// Reads the stored string; never fails, never drops what it cannot read.
pub fn load(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else {
        return Loaded { articles: Vec::new(), damaged: None };
    };
    match serde_json::from_str::<Stored>(raw) {
        Ok(stored) if stored.version == 1 => Loaded { articles: stored.articles, damaged: None },
        _ => Loaded { articles: Vec::new(), damaged: Some(raw.to_string()) },
    }
}

/// The stored string for these articles.
pub fn save(articles: &[UserArticle]) -> String {
    serde_json::to_string(&Stored { version: 1, articles: articles.to_vec() }).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn storage_round_trips_and_keeps_what_it_cannot_read() {
        let articles = vec![UserArticle { id: "user-1".into(), title: Some("T".into()), published: Some("2023-09".into()), text: "x".into(), enabled: false }];
        assert_eq!(load(Some(&save(&articles))), Loaded { articles: articles.clone(), damaged: None });
        assert_eq!(load(None).articles, vec![]);
        let damaged = load(Some("{\"version\": 1, \"articles\": [{\"id\": 3"));
        assert!(damaged.articles.is_empty());
        assert_eq!(damaged.damaged.as_deref(), Some("{\"version\": 1, \"articles\": [{\"id\": 3"));
        assert!(load(Some("{\"version\": 0, \"articles\": []}")).damaged.is_some(), "an older form is kept, not misread");
    }
}
