use super::*;
use crate::library::{save, MAX_BYTES};

const SEEDS: &[(&str, &str)] = &[("seed-a", "Trọng visits the US\n\nTrọng visited the US in July 2015.")];

fn article(title: Option<&str>, published: Option<&str>, text: &str, enabled: bool) -> UserArticle {
    UserArticle { id: "user-9".into(), title: title.map(str::to_string), published: published.map(str::to_string), text: text.into(), enabled }
}

fn lines_of(raw: &str, shelf: &mut Shelf) -> Vec<String> {
    import(shelf, read_import(raw).unwrap()).lines()
}

#[test]
fn an_export_comes_back_whole_with_its_switched_off_articles() {
    let articles = vec![
        article(Some("Biden in Hanoi"), Some("2023-09-10"), "Biden visited Hanoi on September 10, 2023.", false),
        article(None, None, "Trade reached $138.9 billion in 2022.", true),
    ];
    let mut shelf = Shelf::new(SEEDS, Vec::new());
    assert_eq!(lines_of(&save(&articles), &mut shelf), ["Imported 2 of 2 articles."]);
    let ids: Vec<&str> = shelf.articles().iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["user-1", "user-2"]);
    assert_eq!(shelf.articles()[0], UserArticle { id: "user-1".into(), ..articles[0].clone() });
    assert!(!shelf.articles()[0].enabled, "switched off, it stays off");
    // Imported again, every article is already there.
    let again = lines_of(&save(&articles), &mut shelf);
    assert_eq!(
        again,
        [
            "Imported none of the 2 articles.",
            "Article 1, \u{201c}Biden in Hanoi\u{201d}: This article is already in the history, as \u{201c}Biden in Hanoi\u{201d}. It was not added twice.",
            "Article 2, \u{201c}Trade reached $138.9 billion in 2022.\u{201d}: This article is already in the history, as \u{201c}Trade reached $138.9 billion in 2022.\u{201d}. It was not added twice.",
        ]
    );
}

#[test]
fn each_refused_article_is_named_with_its_reason() {
    let big = "word ".repeat(1_240_000);
    assert!(big.len() > MAX_BYTES);
    let raw = format!(
        r#"{{"version": 1, "exported": "by hand", "articles": [
            {{"title": "Raimondo in Hanoi", "published": "2023-03", "text": "Gina Raimondo visited Hanoi in March 2023."}},
            {{"title": "Quiet", "published": "soon", "text": "Some words."}},
            {{"title": "Quiet", "published": "2023-13-45", "text": "Other words."}},
            {{"id": 7, "title": null}},
            {{"text": "{big}"}},
            {{"text": "TRONG visits the US\n\nTrong visited the US in July 2015."}},
            {{"title": "A copy", "text": "Gina Raimondo  visited Hanoi in March 2023."}},
            "an article",
            {{"text": 42, "enabled": "yes", "title": "The Comprehensive Strategic Partnership between Vietnam and the US"}},
            {{"text": "Switched off and kept so.", "enabled": false, "unknown": [1, 2]}}
        ]}}"#
    );
    let mut shelf = Shelf::new(SEEDS, Vec::new());
    let lines = lines_of(&raw, &mut shelf);
    let date_help = "not a date (write 2023-09-11, 2023-09 or 2023).";
    assert_eq!(
        lines,
        [
            "Imported 2 of 10 articles.".to_string(),
            format!("Article 2, \u{201c}Quiet\u{201d}: its field \u{201c}published\u{201d} is \u{201c}soon\u{201d}, {date_help}"),
            format!("Article 3, \u{201c}Quiet\u{201d}: its field \u{201c}published\u{201d} is \u{201c}2023-13-45\u{201d}, {date_help}"),
            "Article 4: its field \u{201c}text\u{201d} is missing.".to_string(),
            "Article 5, \u{201c}word word word word word word word word…\u{201d}: This article is 6.2 MB; the limit is 5 MB. Split it into several articles.".to_string(),
            "Article 6, \u{201c}TRONG visits the US Trong visited the US…\u{201d}: This article is already in the history, as \u{201c}Trọng visits the US\u{201d}. It was not added twice.".to_string(),
            "Article 7, \u{201c}A copy\u{201d}: This article is already in the history, as \u{201c}Raimondo in Hanoi\u{201d}. It was not added twice.".to_string(),
            "Article 8: it is \u{201c}an article\u{201d}, not an article.".to_string(),
            "Article 9, \u{201c}The Comprehensive Strategic Partnership…\u{201d}: its field \u{201c}text\u{201d} is 42, not text; its field \u{201c}enabled\u{201d} is \u{201c}yes\u{201d}, not true or false.".to_string(),
        ]
    );
    let kept: Vec<(&str, bool)> = shelf.articles().iter().map(|a| (a.text.as_str(), a.enabled)).collect();
    assert_eq!(kept, [("Gina Raimondo visited Hanoi in March 2023.", true), ("Switched off and kept so.", false)]);
}

#[test]
fn a_file_that_is_not_an_export_says_why() {
    let not_ours = |why: &str| Err(format!("That file is not a set of articles exported from this app: {why}; nothing was imported."));
    assert_eq!(read_import(""), Err("The file is empty; nothing was imported.".to_string()));
    assert_eq!(read_import("\u{feff} \n"), Err("The file is empty; nothing was imported.".to_string()));
    assert_eq!(read_import("{\"not\": \"ours\"}"), not_ours("it has no field \u{201c}version\u{201d}"));
    assert_eq!(read_import("[1, 2]"), not_ours("it holds a list of 2 items, not an object with \u{201c}version\u{201d} and \u{201c}articles\u{201d}"));
    assert_eq!(read_import("{\"version\": 2, \"articles\": []}"), not_ours("its field \u{201c}version\u{201d} is 2, where this app reads version 1"));
    assert_eq!(read_import("{\"version\": \"1\", \"articles\": []}"), not_ours("its field \u{201c}version\u{201d} is \u{201c}1\u{201d}, where this app reads version 1"));
    assert_eq!(read_import("{\"version\": 1}"), not_ours("it has no field \u{201c}articles\u{201d}"));
    assert_eq!(read_import("{\"version\": 1, \"articles\": {}}"), not_ours("its field \u{201c}articles\u{201d} is an object, not a list"));
    assert_eq!(
        read_import("{\n  \"version\": 1,\n  \"articles\": [\n    {\"text\": \"a\",}\n  ]\n}"),
        not_ours("it is not JSON (line 4, column 18: expected a name in double quotes, found \u{201c}}\u{201d})")
    );
}

#[test]
fn an_empty_export_and_a_byte_order_mark() {
    assert_eq!(read_import("\u{feff}{\"version\": 1, \"articles\": []}"), Ok(vec![]));
    let mut shelf = Shelf::new(SEEDS, Vec::new());
    assert_eq!(import(&mut shelf, vec![]).lines(), ["The file holds no articles; nothing was imported."]);
    let one = read_import("{\"version\": 1, \"articles\": [{\"text\": \" \"}]}").unwrap();
    assert_eq!(import(&mut shelf, one).lines(), ["The file's one article was not imported.", "Article 1: There is no text to add: the article is empty."]);
}

#[test]
fn counts_read_with_thousands() {
    let added = Added { id: "user-1".into(), name: "x".into() };
    let report = ImportReport { total: 1000, added: vec![added; 998], refused: vec!["Article 3: …".into(), "Article 7: …".into()] };
    assert_eq!(report.lines(), ["Imported 998 of 1,000 articles.", "Article 3: …", "Article 7: …"]);
    assert_eq!(thousands(0), "0");
    assert_eq!(thousands(1_234_567), "1,234,567");
}

#[test]
fn ten_thousand_articles_import_one_by_one() {
    let articles: Vec<UserArticle> =
        (0..10_000).map(|n| article(None, Some("2015-03"), &format!("Article {n}: on March 3, 2015 a delegation of group {n} visited Hanoi."), n % 2 == 0)).collect();
    let candidates = read_import(&save(&articles)).unwrap();
    assert_eq!(candidates.len(), 10_000);
    let mut shelf = Shelf::new(crate::seeds::SEEDS, Vec::new());
    let report = import(&mut shelf, candidates);
    assert_eq!((report.added.len(), report.refused.len()), (10_000, 0));
    assert_eq!(report.lines(), ["Imported 10,000 of 10,000 articles."]);
    assert_eq!(shelf.articles().iter().filter(|a| a.enabled).count(), 5_000);
}

#[test]
fn a_broken_file_and_a_bad_field_are_said_in_vietnamese() {
    let broken = read_import_in("{\"version\": 1,\n \"articles\": [}", Lang::Vi).unwrap_err();
    assert_eq!(broken, "Tệp này không phải là một bộ bài báo xuất từ ứng dụng này: nó không phải JSON (dòng 2, cột 15: cần một giá trị, nhưng gặp \u{201c}}\u{201d}); không có gì được nhập.");
    let candidates = read_import_in(r#"{"version": 1, "articles": [{"title": "Ghi chú", "text": 42, "published": "sớm"}]}"#, Lang::Vi).unwrap();
    assert_eq!(
        candidates[0].article,
        Err("Bài 1, \u{201c}Ghi chú\u{201d}: trường \u{201c}text\u{201d} là 42, không phải văn bản; trường \u{201c}published\u{201d} là \u{201c}sớm\u{201d}, không phải một ngày (hãy viết 2023-09-11, 2023-09 hoặc 2023).".to_string())
    );
}

#[test]
fn a_queue_read_in_slices_gives_what_reading_at_once_gives() {
    let articles: Vec<UserArticle> = (0..7).map(|n| article(None, if n == 3 { Some("not a date") } else { None }, &format!("Note {n}: trade in 2015."), true)).collect();
    let raw = save(&articles);
    let mut queue = queue_import_in(&raw, Lang::En).unwrap();
    assert_eq!(queue.len(), 7);
    let mut sliced = Vec::new();
    while !queue.is_empty() {
        sliced.extend(queue.take(3));
    }
    assert_eq!(sliced, read_import(&raw).unwrap());
    assert_eq!(sliced.iter().map(|c| c.position).collect::<Vec<_>>(), [1, 2, 3, 4, 5, 6, 7]);
    assert!(sliced[3].article.as_ref().is_err_and(|why| why.starts_with("Article 4")), "{:?}", sliced[3].article);
    assert!(queue_import_in("{\"version\": 1}", Lang::En).is_err(), "no list, no queue");
}
