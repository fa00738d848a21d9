//! The reader's own articles: what may be added (and the plain message when not), HTML reduced
//! to text, and the stored form with its versioned round trip. Pure; the browser layer only
//! moves the stored string in and out of local storage.

use crate::extract::text::fold;
use crate::model::PartialDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The largest article accepted, in bytes of text.
pub const MAX_BYTES: usize = 5_000_000;

/// The storage key; the version in it changes when the stored form does.
pub const STORAGE_KEY: &str = "vnus.articles.v1";

/// An article the reader added.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserArticle {
    pub id: String,
    pub title: Option<String>,
    /// ISO 8601 at any precision: "2023", "2023-09", "2023-09-11".
    pub published: Option<String>,
    pub text: String,
    #[serde(default = "yes")]
    pub enabled: bool,
}

fn yes() -> bool {
    true
}

/// The stored form: versioned, so an older or foreign form is recognized, not misread.
#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    articles: Vec<UserArticle>,
}

/// Why an article was not added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejection {
    Empty,
    /// Binary data: an image, a PDF, an archive.
    NotText,
    TooLarge { bytes: usize },
    /// The same text is already there: `check` names it by id, `add` by its title.
    Duplicate { of: String },
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejection::Empty => write!(f, "There is no text to add: the article is empty."),
            Rejection::NotText => write!(f, "This is not text (it looks like an image or another binary file). Add .txt, .md or .html files, or paste the article's text."),
            Rejection::TooLarge { bytes } => write!(
                f,
                "This article is {:.1} MB; the limit is {} MB. Split it into several articles.",
                *bytes as f64 / 1e6,
                MAX_BYTES / 1_000_000
            ),
            Rejection::Duplicate { of } => write!(f, "This article is already in the history, as \u{201c}{of}\u{201d}. It was not added twice."),
        }
    }
}

/// Bytes from a file or the clipboard as article text: HTML reduced to its text, everything
/// else read as UTF-8 (broken bytes replaced, never dropped silently).
pub fn text_from_bytes(name: &str, bytes: &[u8]) -> Result<String, Rejection> {
    if bytes.len() > MAX_BYTES * 4 {
        return Err(Rejection::TooLarge { bytes: bytes.len() });
    }
    if looks_binary(bytes) {
        return Err(Rejection::NotText);
    }
    let text = String::from_utf8_lossy(bytes);
    let lower = name.to_ascii_lowercase();
    let html = lower.ends_with(".html") || lower.ends_with(".htm") || text.trim_start().starts_with('<');
    Ok(if html { html_to_text(&text) } else { text.into_owned() })
}

/// Whether bytes are binary: a NUL, or many control bytes, in the first 8 KB.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let control = sample.iter().filter(|&&b| b < 0x09 || (0x0e..0x20).contains(&b)).count();
    sample.contains(&0) || control * 20 > sample.len().max(1)
}

/// Checks text before it is added: not empty, not too large, not already there.
/// `existing` holds (id, text); a duplicate is named by its id.
pub fn check(text: &str, existing: &[(&str, &str)]) -> Result<(), Rejection> {
    if text.trim().is_empty() {
        return Err(Rejection::Empty);
    }
    if text.len() > MAX_BYTES {
        return Err(Rejection::TooLarge { bytes: text.len() });
    }
    let key = normalized(text);
    match existing.iter().find(|(_, other)| normalized(other) == key) {
        Some((id, _)) => Err(Rejection::Duplicate { of: id.to_string() }),
        None => Ok(()),
    }
}

/// Text compared for duplicates: folded, with spacing evened out.
fn normalized(text: &str) -> String {
    fold(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The visible text of an HTML page: scripts, styles and comments dropped, tags removed,
/// block elements ending lines, the common entities decoded. Nothing of it is ever rendered as
/// HTML; this only keeps markup out of the engine's sentences.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..open]));
        rest = &rest[open..];
        let lower: String = rest.chars().take(12).collect::<String>().to_ascii_lowercase();
        if lower.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |end| &rest[end + 3..]);
            continue;
        }
        let skip_to = ["script", "style", "noscript", "template", "head"].iter().find(|t| {
            lower.starts_with(&format!("<{t}")) && lower[t.len() + 1..].starts_with(|c: char| c == '>' || c.is_whitespace())
        });
        if let Some(tag) = skip_to {
            let close = format!("</{tag}");
            let lower_rest = rest.to_ascii_lowercase();
            rest = lower_rest.find(&close).and_then(|at| rest[at..].find('>').map(|gt| &rest[at + gt + 1..])).unwrap_or("");
            continue;
        }
        let Some(end) = rest.find('>') else {
            rest = "";
            break;
        };
        let name: String = lower.trim_start_matches(['<', '/']).chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if matches!(name.as_str(), "p" | "div" | "br" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "tr" | "section" | "article" | "blockquote" | "title") {
            out.push('\n');
        }
        rest = &rest[end + 1..];
    }
    out.push_str(&decode_entities(rest));
    // Lines trimmed, runs of blank lines folded to one.
    let mut text = String::with_capacity(out.len());
    let mut blank = true;
    for line in out.lines().map(str::trim) {
        if line.is_empty() {
            if !blank {
                text.push('\n');
            }
            blank = true;
        } else {
            text.push_str(line);
            text.push('\n');
            blank = false;
        }
    }
    text
}

fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    text.replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&rsquo;", "’")
        .replace("&lsquo;", "‘")
        .replace("&ldquo;", "“")
        .replace("&rdquo;", "”")
        .replace("&ndash;", "–")
        .replace("&mdash;", "—")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
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

/// A fresh id for a new article: "user-" and a number not taken yet.
pub fn new_id(articles: &[UserArticle]) -> String {
    (1..).map(|n| format!("user-{n}")).find(|id| !articles.iter().any(|a| &a.id == id)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_reduced_to_its_text() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body><script>alert(1)</script>\
                    <h1>Biden in Hanoi</h1><p>On Sunday, U.S. President Joe Biden&nbsp;arrived.</p><!-- x --><p>Trade &amp; ties</p></body></html>";
        assert_eq!(html_to_text(html), "Biden in Hanoi\n\nOn Sunday, U.S. President Joe Biden arrived.\n\nTrade & ties\n");
        assert_eq!(html_to_text("<p>unclosed <b"), "unclosed\n");
        assert_eq!(html_to_text("<SCRIPT type=x>evil()</SCRIPT>kept"), "kept\n");
    }

    #[test]
    fn bad_input_gets_its_message() {
        let existing = [("seed-a", "Trọng visited the US  in July 2015.")];
        assert_eq!(check("  \n\t ", &existing), Err(Rejection::Empty));
        assert_eq!(check("Trong visited the US in July 2015.", &existing), Err(Rejection::Duplicate { of: "seed-a".to_string() }));
        assert_eq!(check(&"a".repeat(MAX_BYTES + 1), &existing), Err(Rejection::TooLarge { bytes: MAX_BYTES + 1 }));
        assert!(check("Biden visited Hanoi on September 10, 2023.", &existing).is_ok());
        assert_eq!(text_from_bytes("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Err(Rejection::NotText));
        assert_eq!(text_from_bytes("a.txt", b"caf\xe9 ok").unwrap(), "caf\u{fffd} ok");
        assert_eq!(Rejection::TooLarge { bytes: 6_200_000 }.to_string(), "This article is 6.2 MB; the limit is 5 MB. Split it into several articles.");
    }

    #[test]
    fn storage_round_trips_and_keeps_what_it_cannot_read() {
        let articles = vec![UserArticle { id: "user-1".into(), title: Some("T".into()), published: Some("2023-09".into()), text: "x".into(), enabled: false }];
        assert_eq!(load(Some(&save(&articles))), Loaded { articles: articles.clone(), damaged: None });
        assert_eq!(load(None).articles, vec![]);
        let damaged = load(Some("{\"version\": 1, \"articles\": [{\"id\": 3"));
        assert!(damaged.articles.is_empty());
        assert_eq!(damaged.damaged.as_deref(), Some("{\"version\": 1, \"articles\": [{\"id\": 3"));
        assert!(load(Some("{\"version\": 0, \"articles\": []}")).damaged.is_some(), "an older form is kept, not misread");
        assert_eq!(new_id(&articles), "user-2");
    }

    #[test]
    fn reader_dates() {
        assert_eq!(parse_date("2023-09-11").map(|d| d.to_string()).as_deref(), Some("2023-09-11"));
        assert_eq!(parse_date("2023").map(|d| d.to_string()).as_deref(), Some("2023"));
        assert_eq!(parse_date("2023-13"), None);
        assert_eq!(parse_date("yesterday"), None);
    }
}

/// An article just added, to be reported once the history has read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Added {
    pub id: String,
    pub name: String,
}

/// Adds the text as the reader's article after `check`, with the title and publication date
/// the reader gave. Nothing is read here beyond the article's head, for its name: the history
/// reads it with the others (in the background when it is long), then `added_message` reports.
pub fn add(
    articles: &mut Vec<UserArticle>,
    seeds: &[(&str, &str)],
    text: String,
    source: &str,
    title: &str,
    published: &str,
) -> Result<Added, String> {
    let name_of = |id: &str, title: &Option<String>, text: &str| title.clone().unwrap_or_else(|| crate::extract::article_title(id, text));
    let mut existing: Vec<(&str, &str)> = seeds.to_vec();
    existing.extend(articles.iter().map(|a| (a.id.as_str(), a.text.as_str())));
    if let Err(rejection) = check(&text, &existing) {
        let rejection = match rejection {
            Rejection::Duplicate { of } => {
                let title = articles.iter().find(|a| a.id == of).and_then(|a| a.title.clone());
                let text = existing.iter().find(|(id, _)| *id == of).map_or("", |(_, t)| t);
                Rejection::Duplicate { of: name_of(&of, &title, text) }
            }
            other => other,
        };
        return Err(format!("{source}: {rejection}"));
    }
    let published = published.trim();
    let date = (!published.is_empty()).then(|| parse_date(published));
    if date == Some(None) {
        return Err(format!("\u{201c}{published}\u{201d} is not a date: write it as 2023-09-11, 2023-09 or 2023."));
    }
    let title = Some(title.trim().to_string()).filter(|t| !t.is_empty());
    let article = UserArticle { id: new_id(articles), title, published: date.flatten().map(|d| d.to_string()), text, enabled: true };
    let added = Added { id: article.id.clone(), name: name_of(&article.id, &article.title, &article.text) };
    articles.push(article);
    Ok(added)
}

/// What the reader is told once the history holds the article: how many of its events and
/// trade figures it tells (events it shares with other articles count too).
pub fn added_message(added: &Added, model: &crate::model::Model) -> String {
    let name = &added.name;
    let events = model.events.iter().filter(|e| e.sources.iter().any(|s| s.doc == added.id)).count();
    let figures = model.trade.iter().filter(|f| f.doc == added.id).count();
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
mod add_tests {
    use super::*;

    #[test]
    fn adds_with_a_report_and_refuses_twice_the_same_text() {
        let mut articles = Vec::new();
        let seeds = [("seed", "Forgot your password?\nSomething else entirely, on July 12, 1995.")];
        let text = "HANOI, March 14 (Wire) - U.S. Secretary of Commerce Gina Raimondo visited Hanoi on Tuesday. Two-way trade reached $138.9 billion in 2022.";
        let added = add(&mut articles, &seeds, text.to_string(), "pasted text", "", "").unwrap();
        let model = crate::extract::extract(&[crate::extract::Article::new(&articles[0].id, &articles[0].text)]);
        let said = added_message(&added, &model);
        assert!(said.starts_with("Added") && said.contains("1 event and 1 trade figure,"), "{said}");
        assert_eq!(articles[0].id, "user-1");
        let again = add(&mut articles, &seeds, text.to_string(), "copy.txt", "", "");
        assert!(again.unwrap_err().starts_with("copy.txt: This article is already in the history"));
        assert!(add(&mut articles, &seeds, "Words.".to_string(), "x", "", "soon").unwrap_err().contains("is not a date"));
        assert_eq!(articles.len(), 1);
    }
}
