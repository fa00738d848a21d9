//! The engine never panics and never hangs, whatever it is given: empty text, binary junk,
//! huge inputs, a line of a million digits, broken UTF-8 read lossily, and thousands of
//! random strings built from the pieces real articles are made of.

use vnus::extract::{extract, Article};

fn run(text: &str) -> vnus::model::Model {
    extract(&[Article::new("input", text)])
}

#[test]
fn empty_and_blank_inputs_give_an_empty_model() {
    for text in ["", " ", "\n\n\n", "\t \r\n", "."] {
        let model = run(text);
        assert!(model.events.is_empty() && model.trade.is_empty(), "{text:?}");
        assert_eq!(model.documents.len(), 1);
    }
    assert!(extract(&[]).documents.is_empty());
}

#[test]
fn binary_junk_and_lossy_utf8() {
    let bytes: Vec<u8> = (0..200_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let text = String::from_utf8_lossy(&bytes);
    run(&text);
    let broken = String::from_utf8_lossy(b"In July 2013 \xff\xfe\xc3 the two sides\xe2\x82 signed \xf0\x9f a deal for US$\xff5 billion.");
    run(&broken);
}

#[test]
fn pathological_lines() {
    run(&"9".repeat(1_000_000));
    run(&format!("In {} trade reached US${} billion.", "2".repeat(50_000), "1".repeat(50_000)));
    run(&"July ".repeat(100_000));
    run(&"President ".repeat(50_000));
    run(&"(".repeat(100_000));
    run(&"a".repeat(100_000));
    run(&"1.1.1.1,1,1.".repeat(50_000));
    run(&"On July 12, 1995, Mr. A. B. C. visited. ".repeat(5_000));
}

#[test]
fn ten_megabytes_of_article_text() {
    let seeds = vnus::seeds::articles();
    let mut text = String::new();
    while text.len() < 10_000_000 {
        for seed in &seeds {
            text.push_str(seed.text);
            text.push('\n');
        }
    }
    // The seeds' furniture tails ("Share your views", "back to top", "Photo Gallery") end an
    // article; strip them so all 10 MB are read.
    let text = text.replace("Share your views", "").replace("back to top", "").replace("Photo Gallery", "");
    let model = run(&text);
    assert!(!model.events.is_empty());
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "In", "On", "July", "12", ",", "1995", "2000-11", "from", "to", "10-11", "May", "last week", "today", "late",
    "early", "Exactly 5 years later", "Also in the month", "President", "Bill Clinton", "Nguyễn Phú Trọng", "Trong",
    "visited", "Vietnam", "the US", "signed", "a", "Joint Vision Statement", "took effect", "comprehensive partnership",
    "established", "US$", "$", "USD", "130", "123.86", "billion", "million", "over", "nearly", "more than", "times",
    "%", "up", "11", "compared to", "2021", "(", ")", ".", "\n", "\n\n", "“", "”", "'s", "-", "—", "Mr.", "W.",
    "since", "when", "that", "first", "anniversary", "20th", "of", "diplomatic relations", "date", "Share your views",
    "(Photo: VNA) |", "![]() |", "According to", "VNA", "Twenty", "-", "eight", "years", "since", "\u{301}", "ß",
    "İ", "𝔘", "\u{0}", "9999999999999999999999", "0", "31", "32", "February", "29", "2023-02-29", "1899", "2101",
];

#[test]
fn thousands_of_random_articles() {
    let mut random = Random(0x5eed_1995_0712);
    for case in 0..3_000 {
        let length = (random.next() % 120) as usize;
        let mut text = String::new();
        for _ in 0..length {
            text.push_str(random.pick(PIECES));
            if random.next() % 3 != 0 {
                text.push(' ');
            }
        }
        let model = run(&text);
        // Whatever it found must point into the text it was given.
        for event in &model.events {
            for source in &event.sources {
                assert!(source.end <= text.len() && text.is_char_boundary(source.start), "case {case}: {text:?}");
            }
        }
        for figure in &model.trade {
            assert!(figure.end <= text.len(), "case {case}: {text:?}");
        }
    }
}

#[test]
fn many_documents_at_once() {
    let seeds = vnus::seeds::articles();
    let ids: Vec<String> = (0..200).map(|i| format!("copy-{i}")).collect();
    let articles: Vec<Article> = ids.iter().enumerate().map(|(i, id)| Article::new(id, seeds[i % seeds.len()].text)).collect();
    let model = extract(&articles);
    // Two hundred copies of five articles tell the same history: the events merge.
    assert_eq!(model.events.len(), extract(&seeds).events.len());
}
