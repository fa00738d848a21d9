//! What may be added to the reader's articles, and the adding: not empty, not too large, not
//! already there, with a fresh id.

use super::{parse_date, Added, Rejection, UserArticle, MAX_BYTES};
use crate::extract::text::fold;

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

/// A fresh id for a new article: "user-" and a number not taken yet.
pub fn new_id(articles: &[UserArticle]) -> String {
    (1..).map(|n| format!("user-{n}")).find(|id| !articles.iter().any(|a| &a.id == id)).unwrap_or_default()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::added_message;

    #[test]
    fn bad_input_gets_its_message() {
        let existing = [("seed-a", "Trọng visited the US  in July 2015.")];
        assert_eq!(check("  \n\t ", &existing), Err(Rejection::Empty));
        assert_eq!(check("Trong visited the US in July 2015.", &existing), Err(Rejection::Duplicate { of: "seed-a".to_string() }));
        assert_eq!(check(&"a".repeat(MAX_BYTES + 1), &existing), Err(Rejection::TooLarge { bytes: MAX_BYTES + 1 }));
        assert!(check("Biden visited Hanoi on September 10, 2023.", &existing).is_ok());
    }

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
        assert_eq!(new_id(&articles), "user-2");
        let again = add(&mut articles, &seeds, text.to_string(), "copy.txt", "", "");
        assert!(again.unwrap_err().starts_with("copy.txt: This article is already in the history"));
        assert!(add(&mut articles, &seeds, "Words.".to_string(), "x", "", "soon").unwrap_err().contains("is not a date"));
        assert_eq!(articles.len(), 1);
    }
}
