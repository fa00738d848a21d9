//! Gold annotations of the five seed articles, written by reading them: every event a careful
//! reader would put on a Vietnam–US timeline, every trade figure, both disagreements, every
//! publication date. The engine is measured against them.

use vnus::extract::extract;
use vnus::model::{Category, Event, Measure, Model, Qualifier};

fn model() -> Model {
    extract(&vnus::seeds::articles())
}

/// One gold event: its date (ISO prefix) and end, its category, a word that must appear in its
/// title or among its people, and the articles (id prefixes) that tell it.
struct Gold {
    date: &'static str,
    end: Option<&'static str>,
    category: Category,
    key: &'static str,
    docs: &'static [&'static str],
}

const fn gold(date: &'static str, end: Option<&'static str>, category: Category, key: &'static str, docs: &'static [&'static str]) -> Gold {
    Gold { date, end, category, key, docs }
}

use Category::*;

const GOLD: &[Gold] = &[
    gold("1995-07-12", None, Diplomacy, "normalize", &["000", "003", "004"]),
    gold("1995-08", None, Diplomacy, "embassies", &["003"]),
    gold("1995-08-05", None, Agreement, "protocol", &["003"]),
    gold("2000-07-13", None, Trade, "Bilateral Trade Agreement", &["000"]),
    gold("2000-11", None, Visit, "Clinton", &["001", "003", "004"]),
    gold("2001", None, Trade, "takes effect", &["000"]),
    gold("2005-06", None, Visit, "Phan Văn Khải", &["001", "003"]),
    gold("2006-11", None, Visit, "Bush", &["001", "003"]),
    gold("2007-06", None, Visit, "Nguyễn Minh Triết", &["001", "003"]),
    gold("2008-06", None, Visit, "Nguyễn Tấn Dũng", &["001", "003"]),
    gold("2010", None, DefenseSecurity, "defense policy dialogue", &["000"]),
    gold("2011", None, Agreement, "Memorandum of Understanding", &["000"]),
    gold("2013", None, WarLegacy, "mine clearance", &["000"]),
    gold("2013", Some("2017"), Climate, "Climate Change", &["000"]),
    gold("2013-07", None, Diplomacy, "Comprehensive Partnership", &["000", "001", "003", "004"]),
    gold("2013-09", Some("2013-12"), Visit, "John Kerry", &["002"]),
    gold("2014", None, DefenseSecurity, "embargo", &["000"]),
    gold("2015-06", None, DefenseSecurity, "Joint Vision Statement", &["000", "002"]),
    gold("2015-07-06", Some("2015-07-10"), Visit, "Nguyễn Phú Trọng", &["000", "001", "002", "003"]),
    gold("2016", None, Visit, "Obama", &["001", "003"]),
    gold("2016", None, DefenseSecurity, "embargo", &["004"]),
    gold("2017", None, Visit, "Nguyễn Xuân Phúc", &["001", "003"]),
    gold("2017-11", None, Visit, "Trump", &["001", "003", "004"]),
    gold("2019-02", None, Visit, "Trump", &["001", "003", "004"]),
    gold("2021", None, Visit, "Harris", &["001", "003"]),
    gold("2022-05-11", Some("2022-05-17"), Visit, "Phạm Minh Chính", &["001", "003", "004"]),
    gold("2023-03-29", None, Diplomacy, "phone talks", &["001", "003", "004"]),
    gold("2023-04-15", None, Visit, "Blinken", &["003", "004"]),
    gold("2023-06-05", None, Diplomacy, "Knapper", &["003"]),
    gold("2023-07-26", None, Diplomacy, "greetings", &["001"]),
    gold("2023-09-10", Some("2023-09-11"), Visit, "Joe Biden", &["001", "004"]),
];

fn matches(event: &Event, g: &Gold) -> bool {
    let key = g.key.to_lowercase();
    event.date.to_string() == g.date
        && event.end.map(|e| e.to_string()).as_deref() == g.end
        && event.category == g.category
        && (event.title.to_lowercase().contains(&key) || event.actors.iter().any(|a| a.to_lowercase().contains(&key)))
}

fn docs_of(event: &Event) -> Vec<String> {
    let mut docs: Vec<String> = event.sources.iter().filter(|s| !s.caption).map(|s| s.doc[..3].to_string()).collect();
    docs.sort();
    docs.dedup();
    docs
}

#[test]
fn every_gold_event_is_found_exactly_once_with_its_sources() {
    let model = model();
    let mut missing = Vec::new();
    for g in GOLD {
        let found: Vec<&Event> = model.events.iter().filter(|e| matches(e, g)).collect();
        match found.as_slice() {
            [event] => assert_eq!(docs_of(event), g.docs, "sources of {} ({})", event.title, g.date),
            [] => missing.push(format!("{} {}", g.date, g.key)),
            many => panic!("{} {} found {} times: {:?}", g.date, g.key, many.len(), many.iter().map(|e| &e.title).collect::<Vec<_>>()),
        }
    }
    let recall = (GOLD.len() - missing.len()) as f64 / GOLD.len() as f64;
    assert!(recall >= 0.95, "recall {recall:.2}, missing: {missing:?}");
}

#[test]
fn no_event_outside_the_gold_list() {
    let model = model();
    let extra: Vec<String> = model
        .events
        .iter()
        .filter(|e| !GOLD.iter().any(|g| matches(e, g)))
        .map(|e| format!("{} {}", e.date, e.title))
        .collect();
    let precision = (model.events.len() - extra.len()) as f64 / model.events.len() as f64;
    assert!(precision >= 0.95, "precision {precision:.2}, not in gold: {extra:?}");
}

#[test]
fn clintons_first_visit_is_november_2000_with_the_2001_article_as_a_conflict() {
    let model = model();
    let visit = model.events.iter().find(|e| e.title.contains("Clinton") && e.category == Visit).expect("Clinton's visit");
    assert_eq!(visit.date.to_string(), "2000-11");
    assert_eq!(visit.title, "Bill Clinton visits Vietnam, the first US president to do so");
    assert_eq!(visit.sources.len(), 3);
    assert_eq!(visit.conflicts.len(), 1);
    assert!(visit.conflicts[0].doc.starts_with("001"));
    assert_eq!(visit.conflicts[0].date.to_string(), "2001-11");
    assert_eq!(visit.conflicts[0].date_as_stated, "November 2001");
    assert!(visit.milestone);
}

#[test]
fn no_other_event_claims_a_conflict() {
    let model = model();
    let with_conflicts: Vec<&str> = model.events.iter().filter(|e| !e.conflicts.is_empty()).map(|e| e.title.as_str()).collect();
    assert_eq!(with_conflicts.len(), 1, "{with_conflicts:?}");
}

#[test]
fn people_are_one_whatever_the_spelling() {
    let model = model();
    let trong = model.people.iter().find(|p| p.name == "Nguyễn Phú Trọng").expect("Trọng");
    assert!(trong.aliases.contains(&"Nguyen Phu Trong".to_string()), "{:?}", trong.aliases);
    let clinton = model.people.iter().find(|p| p.name == "Bill Clinton").expect("Clinton");
    assert!(clinton.aliases.contains(&"William Clinton".to_string()), "{:?}", clinton.aliases);
    assert!(model.people.iter().all(|p| p.name != "Nguyen Phu Trong" && p.name != "William Clinton"));
}

#[test]
fn visits_have_their_direction() {
    use vnus::model::Direction::*;
    let model = model();
    let direction = |key: &str| model.events.iter().find(|e| e.category == Visit && e.title.contains(key)).and_then(|e| e.direction);
    assert_eq!(direction("Clinton"), Some(UsToVietnam));
    assert_eq!(direction("Nguyễn Phú Trọng"), Some(VietnamToUs));
    assert_eq!(direction("Phạm Minh Chính"), Some(VietnamToUs));
    assert_eq!(direction("Kerry"), Some(UsToVietnam));
}

#[test]
fn every_source_quote_is_the_text_at_its_span() {
    let model = model();
    let seeds = vnus::seeds::articles();
    for event in &model.events {
        for source in &event.sources {
            let text = seeds.iter().find(|a| a.id == source.doc).expect("known document").text;
            assert_eq!(&text[source.start..source.end], source.quote);
            assert!(source.quote.contains(&source.date_as_stated) || event.approximate, "{} not in {}", source.date_as_stated, source.quote);
        }
    }
}

#[test]
fn publication_dates_titles_and_outlets() {
    let model = model();
    let got: Vec<(String, String, Option<&str>, Option<&str>)> = model
        .documents
        .iter()
        .map(|d| {
            let published = d.published.as_ref().map(|p| format!("{} {:?}", p.date, p.method)).unwrap_or_default();
            (d.id[..3].to_string(), published, d.outlet.as_deref(), d.title.as_deref())
        })
        .collect();
    let expected = [
        ("000", "2015 Anniversary", Some("Vietnam+"), Some("General Secretary's official visit to the United States: Historic visit")),
        ("001", "2023-09-10 Dateline", None, Some("Historical milestones in Việt Nam-US relations")),
        ("002", "2015-07-12 Stated", None, Some("A milestone in Vietnam – US relation")),
        ("003", "2023 Anniversary", Some("VNA/VLLF"), Some("Vietnam-US Comprehensive Partnership: Substantive and effective")),
        ("004", "2023-08-29 Stated", None, None),
    ];
    for (got, want) in got.iter().zip(expected) {
        assert_eq!((got.0.as_str(), got.1.as_str(), got.2, got.3), want);
    }
}

#[test]
fn boilerplate_is_dropped_and_captions_are_kept_apart() {
    let model = model();
    let doc = |p: &str| model.documents.iter().find(|d| d.id.starts_with(p)).expect("document");
    assert_eq!(doc("002").boilerplate_lines, 6, "login prompts, share box, quotes of the day, gallery");
    assert_eq!(doc("000").captions.len(), 1);
    assert_eq!(doc("003").captions.len(), 5);
    let quotes: Vec<&str> = model.events.iter().flat_map(|e| &e.sources).map(|s| s.quote.as_str()).collect();
    assert!(quotes.iter().all(|q| !q.contains("Forgot your password") && !q.contains("Share your views")));
}

/// (period, measure, billions, qualifier, derived, article)
type TradeRow = (&'static str, Measure, f64, Qualifier, bool, &'static str);

#[test]
fn every_trade_figure_with_its_period_measure_and_qualifier() {
    use Measure::*;
    use Qualifier::*;
    let model = model();
    let expected: &[TradeRow] = &[
        ("1995", TwoWayTrade, 0.451, Exact, false, "001"),
        ("1995", TwoWayTrade, 0.451, Exact, false, "003"),
        ("2013/2017", Aid, 0.017, Exact, false, "000"),
        ("2014", TwoWayTrade, 36.0, Exact, false, "000"),
        ("2014", VnExportsToUs, 30.0, Over, false, "000"),
        ("2015", UsInvestmentInVn, 11.0, Nearly, false, "000"),
        ("2021", TwoWayTrade, 111.585585586, Over, true, "004"),
        ("2022", TwoWayTrade, 130.0, Over, false, "001"),
        ("2022", TwoWayTrade, 123.0, Over, false, "003"),
        ("2022", TwoWayTrade, 123.86, Over, false, "004"),
        ("2023", UsInvestmentInVn, 10.3, Over, false, "001"),
        ("2023", UsInvestmentInVn, 10.3, Over, false, "003"),
        ("2023-01/2023-06", TwoWayTrade, 51.2, Over, false, "004"),
    ];
    let got: Vec<TradeRow> = model
        .trade
        .iter()
        .map(|f| {
            let doc: &'static str = ["000", "001", "002", "003", "004"].into_iter().find(|p| f.doc.starts_with(p)).unwrap_or("?");
            let period: &'static str = expected.iter().map(|r| r.0).find(|p| *p == f.period.to_string()).unwrap_or("?");
            (period, f.measure, f.value_usd as f64 / 1e9, f.qualifier, f.derived, doc)
        })
        .collect();
    assert_eq!(got, expected);
    let partial = model.trade.iter().find(|f| f.period.to_string() == "2023-01/2023-06").expect("half year");
    assert!(partial.partial_year);
    assert!(model.trade.iter().filter(|f| f.measure == UsInvestmentInVn).all(|f| f.period_inferred), "'currently' figures take the article's year");
}

#[test]
fn the_2022_trade_disagreement_is_found() {
    let model = model();
    assert_eq!(model.trade_conflicts.len(), 1);
    let conflict = &model.trade_conflicts[0];
    assert_eq!((conflict.period.to_string().as_str(), conflict.measure), ("2022", Measure::TwoWayTrade));
    assert_eq!((conflict.low_usd, conflict.high_usd), (123_000_000_000, 130_000_000_000));
    assert_eq!(conflict.figures.len(), 3);
}

#[test]
fn growth_claims_are_kept_for_checking() {
    use vnus::model::GrowthKind;
    let model = model();
    let kinds: Vec<String> = model.growth.iter().map(|g| format!("{:?} {:?}-{:?} {}", g.kind, g.from, g.to, &g.doc[..3])).collect();
    assert_eq!(
        kinds,
        [
            "AnnualRate { percent: 20.0, years: 3 } Some(2011)-Some(2014) 000",
            "Multiple { times: 240.0 } Some(1995)-Some(2022) 001",
            "AnnualRate { percent: 20.0, years: 3 } Some(2012)-Some(2015) 002",
            "Multiple { times: 240.0 } Some(1995)-Some(2022) 003",
            "Change { percent: 11.0 } Some(2021)-Some(2022) 004",
        ]
    );
    assert!(model.growth.iter().all(|g| g.measure == Measure::TwoWayTrade && !matches!(g.kind, GrowthKind::Change { percent } if percent <= 0.0)));
}
