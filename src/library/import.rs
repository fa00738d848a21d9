//! A set of articles exported from this app, read back article by article. The file as a whole
//! is refused only when it is not an export at all; otherwise each article is added or refused
//! on its own, and the report names each refused one (its position, its title or first words)
//! and says why, down to the field and what it holds.

use crate::i18n::{thousands_in, Key, Lang};
use super::fields::{shortened, shown, Fields};
use super::json::{self, Value};
use super::shelf::not_a_date;
use super::{parse_date, Added, Shelf, UserArticle};

/// One article of an import, read or not.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// 1-based, in the file's order.
    pub position: usize,
    /// The article; when it could not be read, the whole line the report gives for it
    /// ("Article 9: its field “text” is missing.").
    pub article: Result<UserArticle, String>,
}

/// The exported file read article by article. Err only when the file as a whole is not an
/// export: empty, not JSON (saying where: "line 3, column 14"), or not an object with
/// "version" 1 and an "articles" list (saying which is missing or wrong). Ids in the file are
/// not kept (each article gets a fresh one), so a file without them is fine; unknown fields
/// are ignored; a byte order mark may open the file.
pub fn read_import(raw: &str) -> Result<Vec<Candidate>, String> {
    read_import_in(raw, Lang::En)
}

/// `read_import`, saying in `lang` what is wrong with the file or with each article.
pub fn read_import_in(raw: &str, lang: Lang) -> Result<Vec<Candidate>, String> {
    queue_import_in(raw, lang).map(|mut queue| queue.take(usize::MAX))
}

/// A file's articles, checked as a whole but not yet read one by one: the page reads them in
/// slices (`ui::import`), as reading ten thousand at once held it for a tenth of a second.
pub struct ImportQueue {
    values: std::vec::IntoIter<Value>,
    position: usize,
    lang: Lang,
}

impl ImportQueue {
    /// How many articles are left to read.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.len() == 0
    }

    /// Reads the next `n` articles (fewer at the end).
    pub fn take(&mut self, n: usize) -> Vec<Candidate> {
        let lang = self.lang;
        let start = self.position;
        let read: Vec<Candidate> = self.values.by_ref().take(n).enumerate().map(|(i, value)| Candidate { position: start + i + 1, article: candidate(start + i + 1, &value, lang) }).collect();
        self.position += read.len();
        read
    }
}

/// The file checked as a whole (see `read_import`), its articles queued.
pub fn queue_import_in(raw: &str, lang: Lang) -> Result<ImportQueue, String> {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    if raw.trim().is_empty() {
        return Err(lang.t(Key::ImportEmpty).to_string());
    }
    let not_ours = |why: String| lang.f(Key::ImportNotOurs, &[&why]);
    let mut file = json::parse(raw).map_err(|e| not_ours(lang.f(Key::ImportNotJson, &[&e.message(lang)])))?;
    if !matches!(file, Value::Object(_)) {
        return Err(not_ours(lang.f(Key::ImportNotObject, &[&shown(&file, lang)])));
    }
    match file.get("version") {
        Some(version) if version.integer() == Some(1) => {}
        None => return Err(not_ours(lang.f(Key::ImportNoField, &[&"version"]))),
        Some(other) => return Err(not_ours(lang.f(Key::ImportBadVersion, &[&shown(other, lang)]))),
    }
    let list = match file.take("articles") {
        Some(Value::Array(list)) => list,
        None => return Err(not_ours(lang.f(Key::ImportNoField, &[&"articles"]))),
        Some(other) => return Err(not_ours(lang.f(Key::ImportNotList, &[&shown(&other, lang)]))),
    };
    Ok(ImportQueue { values: list.into_iter(), position: 0, lang })
}

/// One article of the file, or the report's line on why it cannot be read.
fn candidate(position: usize, value: &Value, lang: Lang) -> Result<UserArticle, String> {
    if !matches!(value, Value::Object(_)) {
        return Err(lang.f(Key::ImportNotArticle, &[&position, &shown(value, lang)]));
    }
    let mut fields = Fields::new(value, lang);
    let text = fields.text("text");
    let title = fields.optional_text("title");
    let published = fields.optional_text("published");
    if let Some(date) = published.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        if parse_date(date).is_none() {
            fields.problems.push(not_a_date("published", &shortened(date, 40), lang));
        }
    }
    let enabled = fields.flag("enabled", true);
    let label = label(position, title.as_deref(), text.as_deref(), lang);
    match text {
        Some(text) if fields.problems.is_empty() => Ok(UserArticle { id: String::new(), title, published, text, enabled }),
        _ => Err(format!("{label}: {}.", fields.problems.join("; "))),
    }
}

/// "Article 3, “Title”": the article's position, and its title or else its first words.
fn label(position: usize, title: Option<&str>, text: Option<&str>, lang: Lang) -> String {
    let name = [title, text].into_iter().flatten().map(|t| shortened(t, 40)).find(|t| !t.is_empty());
    match name {
        Some(name) => lang.f(Key::ImportArticleNamed, &[&position, &name]),
        None => lang.f(Key::ImportArticle, &[&position]),
    }
}

/// What an import came to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportReport {
    /// Articles in the file.
    pub total: usize,
    pub added: Vec<Added>,
    /// One line per refused article, naming it and saying why.
    pub refused: Vec<String>,
}

impl ImportReport {
    /// Each line a message: first how many were imported ("Imported 998 of 1,000 articles."),
    /// then one line per refused article.
    pub fn lines(&self) -> Vec<String> {
        self.lines_in(Lang::En)
    }

    /// `lines` with the first line in `lang`. The lines on refused articles are as the import
    /// wrote them (English).
    pub fn lines_in(&self, lang: Lang) -> Vec<String> {
        let (added, total) = (self.added.len(), self.total);
        if lang != Lang::En {
            let head = match (added, total) {
                (_, 0) => lang.t(Key::ImportedNothing).to_string(),
                (0, 1) => lang.t(Key::ImportedNotOne).to_string(),
                (0, _) => lang.f(Key::ImportedNone, &[&thousands_in(lang, total)]),
                (_, 1) => lang.f(Key::ImportedOne, &[&thousands_in(lang, added), &thousands_in(lang, total)]),
                _ => lang.f(Key::Imported, &[&thousands_in(lang, added), &thousands_in(lang, total)]),
            };
            return std::iter::once(head).chain(self.refused.iter().cloned()).collect();
        }
        let articles = if total == 1 { "article" } else { "articles" };
        let head = match (added, total) {
            (_, 0) => "The file holds no articles; nothing was imported.".to_string(),
            (0, 1) => "The file's one article was not imported.".to_string(),
            (0, _) => format!("Imported none of the {} {articles}.", thousands(total)),
            _ => format!("Imported {} of {} {articles}.", thousands(added), thousands(total)),
        };
        std::iter::once(head).chain(self.refused.iter().cloned()).collect()
    }
}

/// Adds each readable article to the shelf, in the file's order (so of two copies in the file,
/// the second is refused as a duplicate of the first), and reports.
pub fn import(shelf: &mut Shelf, candidates: Vec<Candidate>) -> ImportReport {
    import_in(shelf, candidates, Lang::En)
}

/// `import`, with each refusal of the shelf (empty, too large, a duplicate) said in `lang`.
pub fn import_in(shelf: &mut Shelf, candidates: Vec<Candidate>, lang: Lang) -> ImportReport {
    let mut report = ImportReport { total: candidates.len(), ..ImportReport::default() };
    for Candidate { position, article } in candidates {
        match article {
            Ok(article) => {
                let label = label(position, article.title.as_deref(), Some(&article.text), lang);
                match shelf.add_imported_in(article, lang) {
                    Ok(added) => report.added.push(added),
                    Err(why) => report.refused.push(format!("{label}: {why}")),
                }
            }
            Err(line) => report.refused.push(line),
        }
    }
    report
}

/// 1,000 for 1000.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests;
