//! `cargo bench`: how long the engine takes on the five seeds, and on 1 MB and 4 MB of text,
//! to show time grows linearly; and how long importing 10,000 articles takes. A plain harness
//! (no criterion) keeps the build lean: each case runs repeatedly for about a second and
//! reports the median and the fastest run.

use std::hint::black_box;
use std::time::{Duration, Instant};
use vnus::extract::{extract, Article};

/// Times `run`, once to warm up, then until a second has passed (at least 5 runs): the runs,
/// fastest first.
fn timed(mut run: impl FnMut()) -> Vec<Duration> {
    run();
    let mut runs = Vec::new();
    let started = Instant::now();
    while runs.len() < 5 || (started.elapsed() < Duration::from_secs(1) && runs.len() < 10_000) {
        let t = Instant::now();
        run();
        runs.push(t.elapsed());
    }
    runs.sort();
    runs
}

fn measure(name: &str, bytes: usize, articles: &[Article]) -> Duration {
    let runs = timed(|| {
        black_box(extract(black_box(articles)));
    });
    let median = runs[runs.len() / 2];
    let per_mb = median.as_secs_f64() * 1e3 / (bytes as f64 / 1e6);
    println!(
        "{name:<28} {:>9} bytes  median {:>10.3} ms  min {:>10.3} ms  ({per_mb:.1} ms per MB, {} runs)",
        bytes,
        median.as_secs_f64() * 1e3,
        runs[0].as_secs_f64() * 1e3,
        runs.len()
    );
    median
}

/// The seeds, repeated under distinct ids until they fill `target` bytes.
fn corpus(target: usize) -> Vec<(String, String)> {
    let seeds = vnus::seeds::articles();
    let mut out = Vec::new();
    let mut size = 0;
    let mut round = 0;
    while size < target {
        for seed in &seeds {
            out.push((format!("{}-{round}", seed.id), seed.text.to_string()));
            size += seed.text.len();
        }
        round += 1;
    }
    out
}

fn main() {
    let seeds = vnus::seeds::articles();
    let seed_bytes: usize = seeds.iter().map(|a| a.text.len()).sum();
    measure("five seed articles", seed_bytes, &seeds);
    let mut last = None;
    for mb in [1usize, 4] {
        let texts = corpus(mb * 1_000_000);
        let articles: Vec<Article> = texts.iter().map(|(id, text)| Article::new(id, text)).collect();
        let bytes = texts.iter().map(|(_, t)| t.len()).sum();
        let time = measure(&format!("{mb} MB (seeds repeated)"), bytes, &articles);
        if let Some((prev_mb, prev)) = last {
            let ratio = time.as_secs_f64() / Duration::as_secs_f64(&prev) / (mb as f64 / prev_mb as f64);
            println!("{:<28} time per byte at {mb} MB / at {prev_mb} MB = {ratio:.2} (1.00 is linear)", "linearity");
        }
        last = Some((mb, time));
    }
    // The seeds' furniture tails ("Share your views", "back to top", "Photo Gallery") would end
    // the one article early; strip them so the whole megabyte is read.
    let one_big = corpus(1_000_000)
        .into_iter()
        .map(|(_, t)| t.replace("Share your views", "").replace("back to top", "").replace("Photo Gallery", ""))
        .collect::<Vec<_>>()
        .join("\n\n");
    let article = [Article::new("one-big-article", &one_big)];
    measure("one 1 MB article", one_big.len(), &article);
    // Many short articles, as after an import: the per-article work (people, merging) counts
    // more than the bytes. The page reads these itself when they are few bytes in all.
    let short: Vec<(String, String)> = (0..1_000)
        .map(|i| (format!("user-{i}"), format!("Note {i}\nOn March {}, {}, U.S. Secretary of Commerce Person{i} Example visited Hanoi to discuss trade with Vietnam.", 1 + i % 28, 1995 + i % 28)))
        .collect();
    let mut many = vnus::seeds::articles();
    many.extend(short.iter().map(|(id, text)| Article::new(id, text)));
    measure("seeds and 1,000 short notes", many.iter().map(|a| a.text.len()).sum(), &many);
    measure_import(10_000);
}

/// An export of `count` short articles read back and added one by one to a shelf holding the
/// seeds: the file read, each article checked (size, duplicates by key), named and given an id.
/// Importing 10,000 took minutes when every add compared every stored text.
fn measure_import(count: usize) {
    use vnus::library::{import, read_import, save, Shelf, UserArticle};
    let articles: Vec<UserArticle> = (0..count)
        .map(|n| UserArticle {
            id: format!("user-{n}"),
            title: None,
            published: Some("2015-03-03".into()),
            text: format!("Article {n}: on March 3, 2015 a delegation of group {n} visited Hanoi."),
            enabled: true,
        })
        .collect();
    let export = save(&articles);
    let runs = timed(|| {
        let mut shelf = Shelf::new(vnus::seeds::SEEDS, Vec::new());
        let candidates = read_import(black_box(&export)).unwrap_or_default();
        let report = import(&mut shelf, candidates);
        assert_eq!(report.added.len(), count);
        black_box(shelf);
    });
    let median = runs[runs.len() / 2];
    println!(
        "{:<28} {:>9} bytes  median {:>10.3} ms  min {:>10.3} ms  ({:.1} µs per article, {} runs)",
        format!("import {count} articles"),
        export.len(),
        median.as_secs_f64() * 1e3,
        runs[0].as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e6 / count as f64,
        runs.len()
    );
}
