//! The writer against serde_json, which wrote the export before: the same bytes on the seeds'
//! model, on the corpus, on every enum variant, on strings holding every ASCII character and on
//! floats of every kind (the stored articles are checked in `library::stored`). The model's
//! `serde` attributes (kept only in test builds) and the two impls below are how serde_json was
//! told to write it.

use super::*;
use crate::extract::{extract, Article};
use serde::{Serialize, Serializer};

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl Serialize for DateRange {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match (self.approximate, self.end) {
            (true, Some(end)) => serializer.collect_str(&format_args!("{}~/{}~", self.start, end)),
            _ => serializer.collect_str(self),
        }
    }
}

/// Both forms of `value` as serde_json writes them.
fn check<T: ToJson + Serialize + ?Sized>(value: &T) {
    let pretty = serde_json::to_string_pretty(value).unwrap();
    let ours = to_string_pretty(value);
    if ours != pretty {
        let (line, (a, b)) = ours.lines().zip(pretty.lines()).enumerate().find(|(_, (a, b))| a != b).unwrap_or((0, ("", "")));
        panic!("pretty forms differ at line {}:\nours:  {a}\nserde: {b}", line + 1);
    }
    assert_eq!(to_string(value), serde_json::to_string(value).unwrap());
}

fn corpus() -> Vec<(String, String)> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut texts: Vec<(String, String)> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .map(|path| (path.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&path).unwrap()))
        .collect();
    texts.sort();
    texts
}

#[test]
fn the_seeds_export_is_what_serde_json_wrote() {
    let model = extract(&crate::seeds::articles());
    assert!(!model.growth.is_empty() && !model.trade_conflicts.is_empty(), "the seeds exercise every part");
    check(&model);
    assert_eq!(crate::export::to_json(&model), serde_json::to_string_pretty(&model).unwrap());
}

#[test]
fn the_corpus_exports_are_what_serde_json_wrote() {
    let texts = corpus();
    assert!(texts.len() > 40);
    let articles: Vec<Article> = texts.iter().map(|(id, text)| Article::new(id, text)).collect();
    for article in &articles {
        check(&extract(std::slice::from_ref(article)));
    }
    let mut all = crate::seeds::articles();
    all.extend(articles);
    check(&extract(&all));
}

#[test]
fn every_variant_is_named_as_serde_named_it() {
    check(&Category::ALL[..]);
    check(&[PublishedMethod::Stated, PublishedMethod::Dateline, PublishedMethod::Anniversary, PublishedMethod::LatestYear, PublishedMethod::Given][..]);
    check(&[Direction::VietnamToUs, Direction::UsToVietnam][..]);
    check(&[Country::Vietnam, Country::Us, Country::Other][..]);
    check(&[Qualifier::Exact, Qualifier::Over, Qualifier::Nearly, Qualifier::About][..]);
    check(&[Measure::TwoWayTrade, Measure::VnExportsToUs, Measure::UsExportsToVn, Measure::UsInvestmentInVn, Measure::Aid, Measure::Other][..]);
    check(&[
        GrowthKind::Multiple { times: 240.0 },
        GrowthKind::Change { percent: -11.5 },
        GrowthKind::AnnualRate { percent: 20.0, years: 3 },
    ][..]);
    let day = |y, m, d| PartialDate::day(y, m, d).unwrap();
    check(&[
        DateRange::point(PartialDate::year(1995)),
        DateRange::point(PartialDate::month(2013, 9)),
        DateRange::span(day(2015, 7, 6), day(2015, 7, 10)),
        DateRange::approximate(PartialDate::month(2013, 9), PartialDate::month(2013, 12)),
        DateRange { start: PartialDate::year(2013), end: None, approximate: true },
        DateRange::point(PartialDate::year(-44)),
        DateRange::point(PartialDate::year(12)),
    ][..]);
    check(&Model::default());
    check(&vec![Vec::<u8>::new(), vec![1], vec![]]);
    check(&[None, Some(-3), Some(i32::MIN)][..]);
    check(&[0, u64::MAX][..]);
}

#[test]
fn strings_are_escaped_as_serde_json_escapes_them() {
    let every_ascii: String = (0u8..=0x7f).map(char::from).collect();
    let texts = [
        every_ascii.as_str(),
        "",
        "\"",
        "\\",
        "“Trọng” \\ \"x\"\n\u{1}😀",
        "Nguyễn Phú Trọng — 123.86 \u{2028}\u{2029}\u{feff}\u{7f}\u{80}\u{9f}",
        "ends with an escape\t",
        "\u{0}\u{1f}\u{b}",
    ];
    check(&texts[..]);
}

/// A small deterministic generator, so the test needs no crate and fails the same way twice.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

const ROUNDS: usize = 200_000;

#[test]
// The literals are the exact values that once printed wrong, digit for digit.
#[allow(clippy::excessive_precision)]
fn floats_are_written_as_serde_json_writes_them() {
    let mut values = vec![
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.1,
        0.2 + 0.1,
        1e-7,
        1e-5,
        1.5e-5,
        1e-4,
        0.00012345,
        123456789012345.6,
        1e15,
        1e16,
        1.5e16,
        9007199254740993.0,
        1e21,
        1e22,
        1e23,
        1.5e300,
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
        f64::EPSILON,
        5e-324,
        2.2250738585072009e-308,
        240.0,
        11.0,
        33.333333333333336,
        123.86,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ];
    for exponent in -330..=310 {
        for mantissa in [1.0, 1.5, 2.0, 9.99, 1.2345678901234567] {
            values.push(mantissa * 10f64.powi(exponent));
        }
    }
    let mut random = XorShift(0x9e37_79b9_7f4a_7c15);
    for _ in 0..ROUNDS {
        values.push(f64::from_bits(random.next()));
    }
    for _ in 0..50_000 {
        // Percentages and spreads as the engine computes them: ratios of whole numbers.
        let (a, b) = (random.next() % 1_000_000_000_000, random.next() % 1_000_000 + 1);
        values.push(a as f64 / b as f64 * 100.0 - 100.0);
        values.push((random.next() % 100_000) as f64 / 100.0);
    }
    // Values with a few fraction bits and 14 to 16 whole digits, some halfway between two
    // decimals of their shortest length, which serde_json rounds to even.
    for _ in 0..ROUNDS {
        let whole = random.next() % (1 << (44 + random.next() % 9));
        let fraction_bits = 1 + random.next() % 6;
        values.push(whole as f64 + (random.next() % (1 << fraction_bits)) as f64 / (1u64 << fraction_bits) as f64);
    }
    for value in values {
        let mut out = JsonWriter::compact();
        out.float(value);
        assert_eq!(out.finish(), serde_json::to_string(&value).unwrap(), "{value:e} ({:#x})", value.to_bits());
    }
}
