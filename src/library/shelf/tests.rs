use super::*;
use crate::library::added_message;

const SEEDS: &[(&str, &str)] = &[("seed-a", "Trọng visits the US\n\nTrọng visited the US  in July 2015.")];

fn stored(id: &str, title: Option<&str>, text: &str) -> UserArticle {
    UserArticle { id: id.into(), title: title.map(str::to_string), published: None, text: text.into(), enabled: true }
}

#[test]
fn adds_with_a_report_and_refuses_twice_the_same_text() {
    let mut shelf = Shelf::new(&[("seed", "Forgot your password?\nSomething else entirely, on July 12, 1995.")], Vec::new());
    let text = "HANOI, March 14 (Wire) - U.S. Secretary of Commerce Gina Raimondo visited Hanoi on Tuesday. Two-way trade reached $138.9 billion in 2022.";
    let added = shelf.add(text.to_string(), "pasted text", "", "").unwrap();
    let article = &shelf.articles()[0];
    let model = crate::extract::extract(&[crate::extract::Article::new(&article.id, &article.text)]);
    let said = added_message(&added, &model);
    assert!(said.starts_with("Added") && said.contains("1 event and 1 trade figure,"), "{said}");
    assert_eq!((article.id.as_str(), article.enabled), ("user-1", true));
    let again = shelf.add(text.to_string(), "copy.txt", "", "");
    assert!(again.unwrap_err().starts_with("copy.txt: This article is already in the history"));
    assert_eq!(
        shelf.add("Words.".to_string(), "x", "", "soon"),
        Err("\u{201c}soon\u{201d} is not a date: write it as 2023-09-11, 2023-09 or 2023.".to_string())
    );
    assert_eq!(shelf.articles().len(), 1);
}

#[test]
fn each_refusal_has_its_message() {
    let mut shelf = Shelf::new(SEEDS, Vec::new());
    let refused = |shelf: &mut Shelf, text: &str| shelf.add(text.to_string(), "a.txt", "", "").unwrap_err();
    assert_eq!(refused(&mut shelf, "  \n\t "), "a.txt: There is no text to add: the article is empty.");
    assert_eq!(refused(&mut shelf, "\u{feff}\u{feff} "), "a.txt: There is no text to add: the article is empty.");
    assert_eq!(
        refused(&mut shelf, &"a".repeat(MAX_BYTES + 1)),
        "a.txt: This article is 5.0 MB; the limit is 5 MB. Split it into several articles."
    );
    // A seed is named by its title; the same text with other spacing, line ends, case,
    // diacritics or a byte order mark is the same text.
    let seed = "\u{feff}TRONG VISITS THE US\r\n\r\nTrong visited the US in July 2015.  ";
    assert_eq!(
        refused(&mut shelf, seed),
        "a.txt: This article is already in the history, as \u{201c}Trọng visits the US\u{201d}. It was not added twice."
    );
    assert!(shelf.add("Biden visited Hanoi on September 10, 2023.".into(), "b.txt", "  Biden in Hanoi ", " 2023-09 ").is_ok());
    assert_eq!(
        refused(&mut shelf, "Biden  visited Hanoi on September 10, 2023.\n"),
        "a.txt: This article is already in the history, as \u{201c}Biden in Hanoi\u{201d}. It was not added twice."
    );
    let article = &shelf.articles()[0];
    assert_eq!((article.title.as_deref(), article.published.as_deref()), (Some("Biden in Hanoi"), Some("2023-09")));
}

#[test]
fn ids_are_one_more_than_the_largest_in_use() {
    let loaded = vec![stored("user-3", None, "One."), stored("user-10", None, "Two."), stored("custom", None, "Three."), stored("user-99999999999999999999", None, "Four.")];
    let mut shelf = Shelf::new(SEEDS, loaded);
    assert_eq!(shelf.add("Five.".into(), "x", "", "").unwrap().id, "user-11");
    assert_eq!(shelf.remove("user-11").map(|a| a.text), Some("Five.".to_string()));
    assert_eq!(shelf.add("Six.".into(), "x", "", "").unwrap().id, "user-11");
    shelf.remove("user-10");
    assert_eq!(shelf.add("Seven.".into(), "x", "", "").unwrap().id, "user-12");
    assert_eq!(shelf.remove("nothing"), None);
    let ids: Vec<&str> = shelf.articles().iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["user-3", "custom", "user-99999999999999999999", "user-11", "user-12"]);
}

#[test]
fn removing_and_toggling() {
    // Two stored articles with one text (stored before duplicates were refused) stay; removing
    // one leaves the other still refusing its text.
    let loaded = vec![stored("user-1", Some("First"), "Same text."), stored("user-2", Some("Second"), "Same text."), stored("user-3", None, "Other.")];
    let mut shelf = Shelf::new(SEEDS, loaded);
    assert_eq!(shelf.articles().len(), 3);
    shelf.remove("user-1");
    assert_eq!(shelf.add("same TEXT.".into(), "x", "", "").unwrap_err(), "x: This article is already in the history, as \u{201c}Second\u{201d}. It was not added twice.");
    shelf.remove("user-2");
    assert!(shelf.add("same TEXT.".into(), "x", "", "").is_ok());
    shelf.toggle("user-3");
    shelf.toggle("unknown");
    assert!(!shelf.articles().iter().find(|a| a.id == "user-3").unwrap().enabled);
    shelf.toggle("user-3");
    assert!(shelf.articles().iter().all(|a| a.enabled));
}

#[test]
fn imported_articles_keep_their_state() {
    let mut shelf = Shelf::new(SEEDS, vec![stored("user-1", None, "Here already.")]);
    let off = UserArticle { id: "user-1".into(), title: Some(" Off ".into()), published: Some("2015-07-07".into()), text: "Switched off.".into(), enabled: false };
    let added = shelf.add_imported(off).unwrap();
    assert_eq!(added, Added { id: "user-2".into(), name: "Off".into() });
    assert_eq!(shelf.articles()[1], UserArticle { id: "user-2".into(), title: Some("Off".into()), published: Some("2015-07-07".into()), text: "Switched off.".into(), enabled: false });
    let dated = |published: &str| UserArticle { published: Some(published.into()), ..stored("x", None, &format!("Text dated {published}.")) };
    assert_eq!(
        shelf.add_imported(dated("soon")),
        Err("its field \u{201c}published\u{201d} is \u{201c}soon\u{201d}, not a date (write 2023-09-11, 2023-09 or 2023).".to_string())
    );
    assert_eq!(shelf.add_imported(dated(" ")).map(|_| shelf.articles()[2].published.clone()), Ok(None));
    assert_eq!(shelf.add_imported(stored("x", None, "here ALREADY.")), Err("This article is already in the history, as \u{201c}Here already.\u{201d}. It was not added twice.".to_string()));
}

#[test]
fn ten_thousand_articles_and_a_hundred_copies() {
    let mut shelf = Shelf::new(crate::seeds::SEEDS, Vec::new());
    let text = |n: usize| format!("Article {n}: on March 3, 2015 a delegation of group {n} visited Hanoi.");
    let mut refused = 0;
    for n in 0..10_000 {
        shelf.add(text(n), "pasted text", "", "").unwrap();
        // Every hundredth article is sent again, with other spacing and case.
        if n % 100 == 0 {
            let copy = text(n).to_uppercase().replace(' ', "  ");
            refused += usize::from(shelf.add(copy, "copy", "", "").is_err());
        }
    }
    assert_eq!((shelf.articles().len(), refused), (10_000, 100));
    assert_eq!(shelf.articles().last().map(|a| a.id.as_str()), Some("user-10000"));
}

#[test]
fn keys_ignore_what_does_not_show() {
    assert_eq!(key("Nguyễn  Phú\r\nTrọng"), key("\u{feff}nguyen phu trong "));
    assert_eq!(key("Nguyê\u{303}n"), key("Nguyễn"));
    assert_ne!(key("group 1 visited"), key("group 10 visited"));
    assert_eq!(key(" \n\u{feff}"), None);
}
