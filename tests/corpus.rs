//! The engine scored against real articles it was not written for: the texts and gold
//! annotations in `tests/corpus/` (see its README), and the seeds' gold in the same form.
//! Prints precision, recall and F1 for events and trade figures on the seeds, the development
//! split and the test split, per kind of text, and holds each figure to a regression floor.
//!
//! `CORPUS_VERBOSE=1` lists each development text's misses and extras. The test split is only
//! ever scored, never listed: it is there to report on, not to tune against.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use vnus::extract::text::fold;
use vnus::extract::{extract, Article};
use vnus::model::{Measure, Model, Qualifier};

/// One gold file: the facts a careful editor reads in one text (or, for the seeds, in the
/// five seeds read together).
struct Gold {
    id: String,
    kind: String,
    split: String,
    published: Option<String>,
    events: Vec<GoldEvent>,
    trade: Vec<GoldFigure>,
}

struct GoldEvent {
    date: String,
    category: String,
    keys: Vec<String>,
    says: String,
}

struct GoldFigure {
    period: String,
    measure: Measure,
    value: f64,
    qualifier: Qualifier,
}

/// The corpus folder; `CORPUS_DIR` points the scorer at another copy of it.
fn corpus_dir() -> PathBuf {
    match std::env::var_os("CORPUS_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus"),
    }
}

/// Reads a `.gold` file; a malformed line fails the test with its place, so gold never
/// silently loses a fact.
fn parse_gold(id: &str, text: &str) -> Gold {
    let mut gold = Gold { id: id.to_string(), kind: String::new(), split: String::new(), published: None, events: Vec::new(), trade: Vec::new() };
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = || format!("{id}.gold line {}: {line}", n + 1);
        let Some((head, rest)) = line.split_once(':') else { panic!("{}: no field name", at()) };
        let fields: Vec<&str> = rest.split(" | ").map(str::trim).collect();
        match head.trim() {
            "kind" => gold.kind = rest.trim().to_string(),
            "split" => gold.split = rest.trim().to_string(),
            "published" => gold.published = Some(rest.trim()).filter(|p| *p != "none").map(str::to_string),
            "event" => {
                assert!(fields.len() >= 3, "{}: an event needs date | category | key", at());
                gold.events.push(GoldEvent {
                    date: fields[0].to_string(),
                    category: fields[1].to_string(),
                    keys: fields[2].split('/').map(|k| fold(k.trim())).filter(|k| !k.is_empty()).collect(),
                    says: fields.get(3).unwrap_or(&"").to_string(),
                });
            }
            "trade" => {
                assert!(fields.len() >= 4, "{}: a figure needs period | measure | value | qualifier", at());
                let measure = match fields[1] {
                    "two_way" => Measure::TwoWayTrade,
                    "vn_exports_to_us" => Measure::VnExportsToUs,
                    "us_exports_to_vn" => Measure::UsExportsToVn,
                    other => panic!("{}: unknown measure {other}", at()),
                };
                let qualifier = match fields[3] {
                    "exact" => Qualifier::Exact,
                    "over" => Qualifier::Over,
                    "nearly" => Qualifier::Nearly,
                    "about" => Qualifier::About,
                    other => panic!("{}: unknown qualifier {other}", at()),
                };
                let value: f64 = fields[2].replace(',', "").parse().unwrap_or_else(|_| panic!("{}: bad value", at()));
                gold.trade.push(GoldFigure { period: fields[0].to_string(), measure, value, qualifier });
            }
            "source" | "query" | "pulled" | "outlet" | "contains" | "texts" => {}
            other => panic!("{}: unknown field {other}", at()),
        }
    }
    gold
}

/// Every corpus text with its gold, in file-name order.
fn corpus() -> Vec<(Gold, String)> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("tests/corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "gold"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|path| {
            let id = path.file_stem().and_then(|s| s.to_str()).expect("file name").to_string();
            let gold = parse_gold(&id, &std::fs::read_to_string(path).expect("gold file"));
            let text = std::fs::read_to_string(path.with_extension("txt")).unwrap_or_else(|e| panic!("{id}.txt: {e}"));
            (gold, text)
        })
        .collect()
}

fn seeds_gold() -> Gold {
    let text = std::fs::read_to_string(corpus_dir().join("seeds/seeds.gold")).expect("seeds.gold");
    parse_gold("seeds", &text)
}

/// Counts of one comparison: found (true positives), gold and engine totals.
#[derive(Clone, Copy, Default)]
struct Score {
    hits: usize,
    gold: usize,
    got: usize,
}

impl Score {
    fn add(&mut self, other: Score) {
        self.hits += other.hits;
        self.gold += other.gold;
        self.got += other.got;
    }
    fn precision(self) -> f64 {
        if self.got == 0 { 1.0 } else { self.hits as f64 / self.got as f64 }
    }
    fn recall(self) -> f64 {
        if self.gold == 0 { 1.0 } else { self.hits as f64 / self.gold as f64 }
    }
    fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
    fn show(self) -> String {
        format!("P {:.2} R {:.2} F1 {:.2} ({}/{} found, {} given)", self.precision(), self.recall(), self.f1(), self.hits, self.gold, self.got)
    }
}

/// What one text (or the seeds) scored, with the misses and extras for the verbose listing.
#[derive(Default)]
struct Outcome {
    events: Score,
    trade: Score,
    /// Gold events matched whose category the engine also got right.
    categories_right: usize,
    qualifiers_right: usize,
    published: Option<bool>,
    misses: Vec<String>,
    extras: Vec<String>,
}

/// Whether an engine event is the gold event: the same date at the same precision (a span
/// with both ends) and a key in its title or among its people.
fn event_matches(event: &vnus::model::Event, gold: &GoldEvent) -> bool {
    let date = match event.end {
        Some(end) => format!("{}/{}", event.date, end),
        None => event.date.to_string(),
    };
    if date != gold.date {
        return false;
    }
    let mut words = fold(&event.title);
    for actor in &event.actors {
        words.push(' ');
        words.push_str(&fold(actor));
    }
    let said: Vec<&str> = words.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    gold.keys.iter().any(|k| key_said(k, &said))
}

/// Whether every word of a key is in the title or the people, by its stem (the first six
/// letters), so "normalization" is said by "normalize" and "embassy" by "embassies", but
/// "embargo" is not said by "embassy".
fn key_said(key: &str, said: &[&str]) -> bool {
    let stem = |w: &str| w.char_indices().nth(6).map_or(w.len(), |(i, _)| i);
    key.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).all(|k| {
        let k = &k[..stem(k)];
        said.iter().any(|w| w.starts_with(k) || (w.len() >= 4 && k.starts_with(*w)))
    })
}

fn is_trade(measure: Measure) -> bool {
    matches!(measure, Measure::TwoWayTrade | Measure::VnExportsToUs | Measure::UsExportsToVn)
}

fn category_name(category: vnus::model::Category) -> String {
    format!("{category:?}").chars().fold(String::new(), |mut out, c| {
        if c.is_uppercase() && !out.is_empty() {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
        out
    })
}

/// The most gold facts matched one to one with the engine's (augmenting paths): taking the
/// first fitting engine fact for each gold fact in turn can leave a later gold fact unmatched
/// when an engine fact fits both, and would count the engine wrong for the scorer's order.
fn pair(golds: usize, gots: usize, fits: impl Fn(usize, usize) -> bool) -> Vec<Option<usize>> {
    fn augment(g: usize, fits: &dyn Fn(usize, usize) -> bool, gots: usize, owner: &mut [Option<usize>], seen: &mut [bool]) -> bool {
        for i in 0..gots {
            if !seen[i] && fits(g, i) {
                seen[i] = true;
                if owner[i].is_none_or(|other| augment(other, fits, gots, owner, seen)) {
                    owner[i] = Some(g);
                    return true;
                }
            }
        }
        false
    }
    let mut owner = vec![None; gots];
    for g in 0..golds {
        augment(g, &fits, gots, &mut owner, &mut vec![false; gots]);
    }
    let mut pairs = vec![None; golds];
    for (i, g) in owner.iter().enumerate() {
        if let Some(g) = g {
            pairs[*g] = Some(i);
        }
    }
    pairs
}

fn score(gold: &Gold, model: &Model) -> Outcome {
    let mut out = Outcome::default();
    // Events, matched one to one: a happening told twice by the engine is one hit and one extra.
    let pairs = pair(gold.events.len(), model.events.len(), |g, i| event_matches(&model.events[i], &gold.events[g]));
    let mut used = vec![false; model.events.len()];
    for (g, got) in gold.events.iter().zip(&pairs) {
        match *got {
            Some(i) => {
                used[i] = true;
                out.events.hits += 1;
                out.categories_right += usize::from(category_name(model.events[i].category) == g.category);
            }
            None => out.misses.push(format!("event {} | {} | {} | {}", g.date, g.category, g.keys.join("/"), g.says)),
        }
    }
    for (i, e) in model.events.iter().enumerate().filter(|(i, _)| !used[*i]) {
        let _ = i;
        let range = match e.end {
            Some(end) => format!("{}/{}", e.date, end),
            None => e.date.to_string(),
        };
        out.extras.push(format!("event {range} | {} | {} [{}]", category_name(e.category), e.title, e.sources[0].date_as_stated));
    }
    out.events.gold = gold.events.len();
    out.events.got = model.events.len();

    // Trade figures as the text states them: derived values are the engine's arithmetic.
    let figures: Vec<&vnus::model::TradeFigure> = model.trade.iter().filter(|f| is_trade(f.measure) && !f.derived).collect();
    let pairs = pair(gold.trade.len(), figures.len(), |g, i| {
        let (g, f) = (&gold.trade[g], figures[i]);
        f.period.to_string() == g.period && f.measure == g.measure && (f.value_usd as f64 - g.value).abs() <= g.value * 0.005
    });
    let mut used = vec![false; figures.len()];
    for (g, got) in gold.trade.iter().zip(&pairs) {
        match *got {
            Some(i) => {
                used[i] = true;
                out.trade.hits += 1;
                out.qualifiers_right += usize::from(figures[i].qualifier == g.qualifier);
            }
            None => out.misses.push(format!("trade {} | {:?} | {} | {:?}", g.period, g.measure, g.value, g.qualifier)),
        }
    }
    for (f, _) in figures.iter().zip(&used).filter(|(_, u)| !**u) {
        out.extras.push(format!("trade {} | {:?} | {} | {:?} [{}]", f.period, f.measure, f.value_usd, f.qualifier, f.value_as_stated));
    }
    out.trade.gold = gold.trade.len();
    out.trade.got = figures.len();

    if let Some(want) = &gold.published {
        let got = model.documents.first().and_then(|d| d.published.as_ref()).map(|p| p.date.to_string());
        out.published = Some(got.as_deref() == Some(want.as_str()));
        if got.as_deref() != Some(want.as_str()) {
            out.misses.push(format!("published {want}, engine says {got:?}"));
        }
    }
    out
}

/// Sums per split and per kind.
#[derive(Default)]
struct Tally {
    events: Score,
    trade: Score,
    categories_right: usize,
    qualifiers_right: usize,
    published: (usize, usize),
    texts: usize,
}

impl Tally {
    fn add(&mut self, o: &Outcome) {
        self.events.add(o.events);
        self.trade.add(o.trade);
        self.categories_right += o.categories_right;
        self.qualifiers_right += o.qualifiers_right;
        if let Some(right) = o.published {
            self.published.0 += usize::from(right);
            self.published.1 += 1;
        }
        self.texts += 1;
    }
    fn line(&self, name: &str) -> String {
        format!(
            "{name:<28} {:>2} texts | events {} | trade {} | categories {}/{} | qualifiers {}/{} | published {}/{}",
            self.texts,
            self.events.show(),
            self.trade.show(),
            self.categories_right,
            self.events.hits,
            self.qualifiers_right,
            self.trade.hits,
            self.published.0,
            self.published.1
        )
    }
}

/// Reads each corpus text alone, as a reader who pastes one article would, and scores it.
fn outcomes() -> Vec<(Gold, Outcome)> {
    corpus()
        .into_iter()
        .map(|(gold, text)| {
            let model = extract(&[Article::new(&gold.id, &text)]);
            let outcome = score(&gold, &model);
            (gold, outcome)
        })
        .collect()
}

/// The regression floors: F1 for events and trade figures on each split. Raise them as the
/// engine improves; never lower them to make a change pass. A floor is for one set of texts:
/// when texts join a split, its floor is measured again on the larger set before any rule
/// changes (eight unseen texts joined the test split on 2026-12-01: events 0.49 -> 0.42; twelve
/// new texts joined the dev split on 2026-12-01: events 0.75 -> 0.70, trade 0.94 -> 0.93; the
/// general rules that followed raised them to 0.75 and 0.96, and the test split's events to 0.46;
/// five more unseen texts joined the test split the same day, measured on the engine before those
/// rules: events 0.43 -> 0.47, trade 0.73 -> 0.65; with the rules, test events 0.50; with the
/// dating from context, dev events 0.77 and test events 0.52; eight more dev texts, mostly of
/// trade figures, joined later that day: dev events 0.77 -> 0.76, trade 0.96 -> 0.93; five more
/// unseen texts joined the test split in the seventh session, before any rule changed in it: test
/// events 0.52 -> 0.51, trade 0.65 -> 0.59; eight dev texts of news prose joined that session,
/// measured before any rule: dev events 0.76 -> 0.749 (the eight alone 0.50); the news-prose
/// rules that followed: dev events 0.797, test events 0.52 -> 0.543 on the 29 older test texts;
/// seven more dev texts (chronology, encyclopedic, government) joined: dev events 0.76 -> 0.75,
/// trade 0.93 -> 0.92 (the seven alone: events 0.50, trade 0.40); the title and clause rules that
/// followed: dev events 0.79, trade 0.94, test events 0.52 -> 0.53 on the 29 older test texts;
/// eight more dev texts, on trade figures 1996-2025, half from before 2015, measured before any
/// rule change: dev trade 0.93 -> 0.86 (the eight alone 0.50); trade2's six rules, each kept
/// for what it did on those eight, and the general rules that followed: dev trade 0.948, test
/// trade 0.65 -> 0.64 on the 29 older test texts; on all 34, with the other rules, test trade
/// 0.596 -> 0.586, one more figure given. That one floor was set lower, once, and not to make a
/// change pass: the rules were chosen on eight texts new to them, before anyone scored the test
/// split, and rejecting them for one test figure would make the test split a tuning set; three
/// more unseen texts joined the test split in the eighth session, before any rule changed in it:
/// test events 0.55 -> 0.546, the three alone 4 of 9 events found; a fourth, a US Embassy release
/// on a 2017 cutter, went to dev instead, as a dev text pulled the same day reprints parts of it;
/// in the ninth session 32 dev texts joined, eight each of trade figures, news prose, government
/// and older texts, and list layouts, measured before any rule changed for them (the four sets
/// alone: trade 0.40, events 0.49, 0.17 and 0.36): dev events 0.81 -> 0.707, trade 0.95 -> 0.916;
/// and a page found twice in the test split under two names was taken out once: test trade
/// 0.59 -> 0.64, events unchanged; the four branches' rules that followed, chosen on dev texts:
/// dev events 0.707 -> 0.772, trade 0.916 -> 0.962; the test split did not move, events 0.549,
/// trade 0.64; in the tenth session eight vn_news texts joined dev, measured before any rule
/// changed for them (alone: events 0.59, trade 1.00): dev events 0.776 -> 0.769; the rules
/// that followed, chosen on dev texts: dev events 0.769 -> 0.776, trade 0.963; test unchanged;
/// then eight trade_report texts, measured before any rule changed for them (alone: trade 0.29,
/// events 0 of 5): dev trade 0.962 -> 0.897, lifted by the trade rules after them to 0.931 on
/// the 169 texts (events 0.768); then eight government pages of 1997-2021, measured before any
/// rule changed for them (alone: events 2 of 17 found, F1 0.18), and the government rules after
/// them (the eight alone 7 of 17): on the 177 texts, dev events 0.762, trade 0.931; the test
/// split, scored at the end only: events 0.549 -> 0.563, trade 0.64; then a test gold a helper
/// had read moved to dev and a new unseen government readout took its place, annotated before
/// the engine read it: dev (178) events 0.763, trade 0.931; test events 0.571, trade 0.64; in
/// the eleventh session 24 unseen texts joined the test split, annotated before the engine read
/// them (alone: events 28 of 55 found, F1 0.57; trade 11 of 15): on the 60 test texts, events
/// 0.571, trade 0.64 -> 0.675); then eight dev trade_report texts of 2004-2025, measured before
/// any rule changed for them (alone: events 0 of 5, trade 2 of 6, F1 0.44): on the 186 dev
/// texts, events 0.763 -> 0.754, trade 0.931 -> 0.916; the trade rules that followed, chosen
/// on dev texts: trade 0.916 -> 0.940, events unchanged; then, in parallel, eight unseen dev texts
/// of events in government readouts and wire stories, annotated before the engine read them
/// (alone: events 2 of 10 found, F1 0.29): their own 186 dev texts, events 0.763 -> 0.752, and
/// eight unseen dev vn_news texts (alone: events 4 of 11, F1 0.47); the three branches' rules
/// that followed, chosen on dev texts, merged: on the 202 dev texts events 0.748, trade 0.940,
/// publication dates 121 of 125; the test split unchanged, events 0.571, trade 0.675).
const FLOORS: [(&str, f64, f64); 2] = [("dev", 0.74, 0.94), ("test", 0.57, 0.67)];

#[test]
fn corpus_scores() {
    let seeds = seeds_gold();
    let seeds_outcome = score(&seeds, &extract(&vnus::seeds::articles()));
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let outcomes = outcomes();
    let verbose = std::env::var_os("CORPUS_VERBOSE").is_some();
    for (gold, outcome) in &outcomes {
        assert!(matches!(gold.split.as_str(), "dev" | "test"), "{}: split must be dev or test", gold.id);
        tallies.entry(gold.split.clone()).or_default().add(outcome);
        tallies.entry(format!("{} / {}", gold.split, gold.kind)).or_default().add(outcome);
        if verbose && gold.split == "dev" && !(outcome.misses.is_empty() && outcome.extras.is_empty()) {
            println!("\n## {}", gold.id);
            for m in &outcome.misses {
                println!("  missed {m}");
            }
            for e in &outcome.extras {
                println!("  extra  {e}");
            }
        }
    }
    let mut seeds_tally = Tally::default();
    seeds_tally.add(&seeds_outcome);
    println!("\n{}", seeds_tally.line("seeds (read together)"));
    for (name, tally) in &tallies {
        println!("{}", tally.line(name));
    }
    assert_eq!((seeds_outcome.events.f1(), seeds_outcome.trade.f1()), (1.0, 1.0), "seeds: {:?} {:?}", seeds_outcome.misses, seeds_outcome.extras);
    for (split, events, trade) in FLOORS {
        let tally = tallies.get(split).expect("split present");
        assert!(tally.events.f1() >= events, "{split}: event F1 {:.3} under the floor {events}", tally.events.f1());
        assert!(tally.trade.f1() >= trade, "{split}: trade F1 {:.3} under the floor {trade}", tally.trade.f1());
    }
}

#[test]
fn the_corpus_is_what_the_issue_asks_for() {
    let corpus = corpus();
    let outlets: std::collections::BTreeSet<String> = corpus
        .iter()
        .filter_map(|(g, _)| std::fs::read_to_string(corpus_dir().join(format!("{}.gold", g.id))).ok())
        .filter_map(|t| t.lines().find_map(|l| l.strip_prefix("outlet:").map(|o| o.trim().to_lowercase())))
        .collect();
    let kinds: std::collections::BTreeSet<&str> = corpus.iter().map(|(g, _)| g.kind.as_str()).collect();
    let test = corpus.iter().filter(|(g, _)| g.split == "test").count();
    let trade_texts = corpus.iter().filter(|(g, _)| g.kind == "trade_report").count();
    assert!(corpus.len() >= 40, "{} texts", corpus.len());
    assert!(outlets.len() >= 10, "{} outlets", outlets.len());
    assert!(kinds.len() >= 6, "kinds {kinds:?}");
    assert!(test >= 10 && test * 5 <= corpus.len() * 2, "{test} test texts of {}", corpus.len());
    assert!(trade_texts >= 8, "{trade_texts} trade texts");
    let excluded = std::fs::read_to_string(corpus_dir().join("EXCLUDED.md")).expect("EXCLUDED.md");
    // A text taken twice would count its facts twice (once, the same page was in the test
    // split under two names): every text and every address is in the corpus once.
    let mut seen_texts = BTreeMap::new();
    let mut seen_addresses = BTreeMap::new();
    for (gold, text) in &corpus {
        let source = std::fs::read_to_string(corpus_dir().join(format!("{}.gold", gold.id))).expect("gold");
        let address = source.lines().find_map(|l| l.strip_prefix("source:")).map(str::trim).unwrap_or_else(|| panic!("{}: no source", gold.id));
        if let Some(other) = seen_texts.insert(text.trim(), &gold.id) {
            panic!("{} and {other} are the same text", gold.id);
        }
        let page = address.trim_start_matches("https://").trim_start_matches("http://").trim_start_matches("www.").trim_end_matches('/');
        if let Some(other) = seen_addresses.insert(page.to_string(), &gold.id) {
            panic!("{} and {other} come from the same address {address}", gold.id);
        }
        for part in excluded.lines().filter_map(|l| l.strip_prefix("- ")) {
            // Each address kept aside, or its page name where the list gives one per site.
            for page in part.split([',', ' ']).map(|s| s.trim_matches(|c: char| matches!(c, '"' | '(' | ')' | ':'))).filter(|s| s.len() > 12 && s.contains(['/', '-'])) {
                assert!(!address.contains(page), "{}: {address} is kept aside for the independent check", gold.id);
            }
        }
    }
}

/// The disagreements between corpus texts (`disagreements.list`), looked for in the model of
/// the whole corpus read together: an event told by one text with the other's date among its
/// conflicts, or a trade conflict holding both texts' figures.
#[test]
fn disagreements_between_texts() {
    let corpus = corpus();
    let articles: Vec<Article> = corpus.iter().map(|(g, text)| Article::new(&g.id, text)).collect();
    let model = extract(&articles);
    let gold = std::fs::read_to_string(corpus_dir().join("disagreements.list")).expect("disagreements.list");
    let doc_of = |field: &str| field.split_whitespace().next().unwrap_or("").to_string();
    let (mut found, mut total) = (0, 0);
    for line in gold.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let (head, rest) = line.split_once(':').expect("field name");
        let fields: Vec<&str> = rest.split(" | ").map(str::trim).collect();
        total += 1;
        let hit = match head {
            "event" => {
                let (a, b) = (doc_of(fields[1]), doc_of(fields[2]));
                let key = fold(fields[0]);
                model.events.iter().filter(|e| fold(&e.title).contains(&key) || e.actors.iter().any(|x| fold(x).contains(&key))).any(|e| {
                    let told = |d: &str| e.sources.iter().any(|s| s.doc == d);
                    let differs = |d: &str| e.conflicts.iter().any(|c| c.doc == d);
                    (told(&a) && differs(&b)) || (told(&b) && differs(&a))
                })
            }
            "trade" => {
                let (a, b) = (doc_of(fields[2]), doc_of(fields[3]));
                model.trade_conflicts.iter().filter(|c| c.period.to_string() == fields[0]).any(|c| {
                    let has = |d: &str| c.figures.iter().any(|&i| model.trade.get(i).is_some_and(|f| f.doc == d));
                    has(&a) && has(&b)
                })
            }
            other => panic!("disagreements.list: unknown field {other}"),
        };
        found += usize::from(hit);
        if !hit {
            println!("disagreement not found: {line}");
        }
    }
    println!("disagreements between corpus texts found: {found} of {total}");
    assert!(total >= 6);
    assert!(found >= DISAGREEMENTS_FLOOR, "{found} of {total} disagreements found");
}

/// The regression floor for disagreements found.
const DISAGREEMENTS_FLOOR: usize = 6;
