//! The page reads its seeds in small steps (`extract::Extraction`, one step per task): run step
//! by step, it must give exactly the model `extract` gives, on the seeds, on real articles read
//! alone and on several read together (names learned in one article name people in another).

use vnus::extract::{self, extract, Article, Extraction};

/// Runs `articles` through `Extraction` one step at a time, as the page does, and checks the
/// model is `extract`'s; returns how many steps it took.
fn check(articles: &[Article]) -> usize {
    let mut extraction = Extraction::new(articles.iter().map(extract::prepare).collect());
    let mut steps = 1;
    let stepwise = loop {
        if let Some(model) = extraction.step() {
            break model;
        }
        steps += 1;
    };
    assert!(stepwise == extract(articles), "the stepwise model differs from extract's on {:?}", articles.iter().map(|a| a.id).collect::<Vec<_>>());
    steps
}

/// The first `n` real articles of the corpus, with their texts.
fn corpus(n: usize) -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut names: Vec<_> = std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    names.sort();
    names
        .into_iter()
        .take(n)
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect()
}

#[test]
fn seeds_read_step_by_step_are_what_extract_reads() {
    let seeds = vnus::seeds::articles();
    let steps = check(&seeds);
    // Names, the seal, people, at least a step per article read, the merge, the model.
    assert!(steps >= 3 * seeds.len() + 3, "{steps} steps");
}

#[test]
fn corpus_articles_read_step_by_step_are_what_extract_reads() {
    let texts = corpus(12);
    assert!(texts.len() == 12);
    let articles: Vec<Article> = texts.iter().map(|(id, text)| Article::new(id, text)).collect();
    for article in &articles {
        check(std::slice::from_ref(article));
    }
    check(&articles);
    let mut with_seeds = vnus::seeds::articles();
    with_seeds.extend_from_slice(&articles[..4]);
    check(&with_seeds);
}

#[test]
fn nothing_read_step_by_step_is_an_empty_model() {
    assert_eq!(check(&[]), 3);
}
