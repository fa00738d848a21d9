//! Articles the engine was not written against, in three other styles: a wire story ("on
//! Sunday", a dateline without a year), a chronology list ("1995 - July 11: …") and a government
//! fact sheet. Gold annotations written by reading them; the engine must reach F1 ≥ 0.85.

use vnus::extract::{extract, Article};
use vnus::model::{Category, Event, Measure, Model};

fn model() -> Model {
    let files = ["wire_story", "chronology", "fact_sheet"];
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|f| {
            let path = format!("{}/tests/unseen/{f}.txt", env!("CARGO_MANIFEST_DIR"));
            (f.to_string(), std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")))
        })
        .collect();
    let articles: Vec<Article> = texts.iter().map(|(id, text)| Article::new(id, text)).collect();
    extract(&articles)
}

use Category::*;

/// (date, category, a word of the title or a person)
const GOLD: &[(&str, Category, &str)] = &[
    ("1989", WarLegacy, "unexploded ordnance"),
    ("1994-02-03", Trade, "embargo"),
    ("1995-07-12", Diplomacy, "normalize"),
    ("1995-08-05", Diplomacy, "embassies"),
    ("1995-08-05", Visit, "Warren Christopher"),
    ("2000-07-13", Trade, "Bilateral Trade Agreement"),
    ("2000-11-16", Visit, "Clinton"),
    ("2005-06-21", Visit, "Phan Van Khai"),
    ("2006-11-17", Visit, "Bush"),
    ("2012", WarLegacy, "dioxin"),
    ("2013-07", Diplomacy, "Comprehensive Partnership"),
    ("2016-05-23", Visit, "Obama"),
    ("2016-05-23", DefenseSecurity, "arms embargo"),
    ("2018", WarLegacy, "dioxin"),
    ("2020", Agreement, "Peace Corps"),
    ("2022-05", Diplomacy, "Pham Minh Chinh"),
    ("2023-03", Diplomacy, "phone talks"),
    ("2023-04", Visit, "Blinken"),
    ("2023-09-10", Visit, "Joe Biden"),
    ("2023-09-10", Diplomacy, "Comprehensive Strategic Partnership"),
];

fn matches(event: &Event, (date, category, key): &(&str, Category, &str)) -> bool {
    let key = key.to_lowercase();
    event.date.to_string() == *date
        && event.category == *category
        && (event.title.to_lowercase().contains(&key) || event.actors.iter().any(|a| a.to_lowercase().contains(&key)))
}

#[test]
fn events_of_unseen_articles_reach_f1_085() {
    let model = model();
    let found = GOLD.iter().filter(|g| model.events.iter().filter(|e| matches(e, g)).count() == 1).count();
    let correct = model.events.iter().filter(|e| GOLD.iter().any(|g| matches(e, g))).count();
    let recall = found as f64 / GOLD.len() as f64;
    let precision = correct as f64 / model.events.len() as f64;
    let f1 = 2.0 * precision * recall / (precision + recall);
    let missing: Vec<_> = GOLD.iter().filter(|g| !model.events.iter().any(|e| matches(e, g))).map(|g| g.2).collect();
    let extra: Vec<_> = model.events.iter().filter(|e| !GOLD.iter().any(|g| matches(e, g))).map(|e| format!("{} {}", e.date, e.title)).collect();
    println!("unseen articles: precision {precision:.2}, recall {recall:.2}, F1 {f1:.2}; missing {missing:?}; extra {extra:?}");
    assert!(f1 >= 0.85, "F1 {f1:.2}: missing {missing:?}, extra {extra:?}");
}

#[test]
fn wire_story_dates_count_from_its_dateline() {
    let model = model();
    let wire = model.documents.iter().find(|d| d.id == "wire_story").expect("wire story");
    assert_eq!(wire.published.as_ref().map(|p| p.date.to_string()).as_deref(), Some("2023-09-11"), "a 2022 full-year figure puts the article in 2023");
    let visit = model.events.iter().find(|e| e.title.contains("Joe Biden visits")).expect("Biden's visit");
    assert_eq!(visit.sources[0].date_as_stated, "Sunday");
    assert_eq!(visit.date.to_string(), "2023-09-10");
}

#[test]
fn fact_sheet_figures_keep_their_direction() {
    let model = model();
    let measure = |billions: f64| model.trade.iter().find(|f| (f.value_usd as f64 / 1e9 - billions).abs() < 1e-6).map(|f| f.measure);
    assert_eq!(measure(11.4), Some(Measure::UsExportsToVn));
    assert_eq!(measure(127.5), Some(Measure::VnExportsToUs));
    assert_eq!(measure(138.9), Some(Measure::TwoWayTrade));
    let aid = model.trade.iter().find(|f| f.measure == Measure::Aid).expect("aid");
    assert_eq!(aid.period.to_string(), "1989/2023", "a running total since 1989");
}
