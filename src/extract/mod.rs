//! The extraction engine: article texts in, one merged, source-cited `Model` out.
//! Pure Rust with no browser dependency; it never fails as a whole, whatever the input.
//!
//! Flow: `document` (layout, title, publication date) → `sentences` → `text` tokens →
//! `dates` and `people` on each sentence → `events` candidates and `money` figures →
//! `merge` into events with their sources and conflicts.

pub mod acts;
pub mod dateline;
pub mod dates;
mod dating;
pub mod document;
pub mod events;
mod items;
pub mod merge;
pub mod money;
pub mod people;
pub mod sentences;
pub mod text;
mod titles;

use crate::model::{Document, GrowthClaim, Model, TradeFigure};
use dating::{narration_date, news_day, resolve_dates};
use events::{DatedMention, SentenceView};

/// One article to read: its id (the file name without extension) and its text, with the title
/// and publication date a reader gave where the text has none.
#[derive(Clone, Copy, Debug)]
pub struct Article<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub title: Option<&'a str>,
    pub published: Option<crate::model::PartialDate>,
}

impl<'a> Article<'a> {
    pub fn new(id: &'a str, text: &'a str) -> Self {
        Article { id, text, title: None, published: None }
    }
}

/// How many of a story's first sentences are its lead.
const LEAD_SENTENCES: usize = 3;

/// How far into a story an undated act may still be told of its news day.
const NEWS_DAY_SENTENCES: usize = 15;


/// Reads every article and merges what they tell into one model.
pub fn extract(articles: &[Article]) -> Model {
    extract_prepared(articles.iter().map(prepare).collect())
}

/// One article's layout, sentences and tokens: the part of the reading done for each article
/// alone, so a page can read its articles one task at a time (`extract_prepared` does the rest).
pub fn prepare<'a>(article: &Article<'a>) -> document::Prepared<'a> {
    let mut doc = document::prepare(article.id, article.text);
    document::apply_reader_facts(&mut doc, article.title, article.published);
    doc
}

/// Merges what the prepared articles tell into one model: `extract` is `prepare` on each
/// article, then this. It runs the steps of `Extraction` to the end.
pub fn extract_prepared(prepared: Vec<document::Prepared>) -> Model {
    let mut extraction = Extraction::new(prepared);
    loop {
        if let Some(model) = extraction.step() {
            return model;
        }
    }
}

/// How many sentences one step of `Extraction` reads, at most: a step of the seeds' merge
/// stays near a millisecond natively, so a page can run one per task.
const SENTENCES_PER_STEP: usize = 16;

/// The merge of prepared articles cut into small steps, so a page can run one per task and
/// never hold its thread for long: names learned (an article a step), the registry sealed,
/// people found (an article a step), each article read for events and figures (a few
/// sentences a step), the events merged, the model assembled. Run to the end, it gives what
/// `extract_prepared` gives, which is exactly this run in one go.
pub struct Extraction<'a> {
    prepared: Vec<document::Prepared<'a>>,
    stage: Stage,
    registry: people::Registry,
    titled: Vec<Vec<Vec<(usize, usize, usize)>>>,
    people_by_sentence: Vec<Vec<Vec<people::Mention>>>,
    names: Vec<String>,
    reading: Option<Reading>,
    candidates: Vec<events::Candidate>,
    trade: Vec<TradeFigure>,
    growth: Vec<GrowthClaim>,
    events: Vec<crate::model::Event>,
}

/// Where an `Extraction` stands: what its next step does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    /// Learns the titled names of this article.
    Learn(usize),
    /// Seals the registry: bare names go to the full names they can be.
    Seal,
    /// Finds the people of this article.
    Mentions(usize),
    /// Reads this article's sentences from this one on.
    Read { doc: usize, sentence: usize },
    /// Merges the candidates into events.
    Merge,
    /// Assembles the model.
    Finish,
}

/// What reading one article carries from sentence to sentence.
struct Reading {
    dates: Vec<Vec<DatedMention>>,
    items: Vec<bool>,
    published: Option<crate::model::PartialDate>,
    acronyms: Vec<(String, String)>,
    first_candidate: usize,
    narration: money::Narration,
    told: std::collections::HashSet<(crate::model::DateRange, crate::model::Measure, u64)>,
    lead_date: Option<crate::model::DateRange>,
    news_day: Option<crate::model::DateRange>,
    on_news_day: bool,
    /// The paragraph and date of the narration so far: the one date of the last dated
    /// sentence of the paragraph (`narration_date`). (`narration` is the trade figures'.)
    story_date: Option<(usize, crate::model::DateRange)>,
    body_sentences: usize,
    /// The day of a transcript's remarks (its stated date line, to the day), and whether a
    /// speaker's label has opened a turn yet.
    remarks_day: Option<crate::model::DateRange>,
    in_turns: bool,
    /// The last ship the story's body named ("USS Gary"), which a port call told with a
    /// common noun ("the frigate docked") is titled with.
    ship: Option<String>,
}

impl<'a> Extraction<'a> {
    pub fn new(prepared: Vec<document::Prepared<'a>>) -> Self {
        let stage = if prepared.is_empty() { Stage::Seal } else { Stage::Learn(0) };
        Extraction {
            prepared,
            stage,
            registry: people::Registry::default(),
            titled: Vec::new(),
            people_by_sentence: Vec::new(),
            names: Vec::new(),
            reading: None,
            candidates: Vec::new(),
            trade: Vec::new(),
            growth: Vec::new(),
            events: Vec::new(),
        }
    }

    /// Does the next step; returns the model after the last one. Each stage is a function of
    /// its own, kept out of line: the browser compiles a WebAssembly function the first time it
    /// runs, and with every stage inlined here the page's first step compiled the whole merge
    /// (38 KB of code, 8-10 ms of its opening's longest task) to learn one article's names.
    pub fn step(&mut self) -> Option<Model> {
        match self.stage {
            Stage::Learn(d) => self.learn(d),
            Stage::Seal => self.seal(),
            Stage::Mentions(d) => self.mentions(d),
            Stage::Read { doc, sentence } => self.read(doc, sentence),
            Stage::Merge => self.merge_events(),
            Stage::Finish => return Some(self.finish()),
        }
        None
    }

    #[inline(never)]
    fn learn(&mut self, d: usize) {
        let docs = self.prepared.len();
        let doc = &self.prepared[d];
        let registry = &mut self.registry;
        self.titled.push(doc.tokens.iter().map(|tokens| registry.learn_titled(doc.text, tokens)).collect());
        self.stage = if d + 1 < docs { Stage::Learn(d + 1) } else { Stage::Seal };
    }

    #[inline(never)]
    fn seal(&mut self) {
        self.registry.seal();
        self.stage = if !self.prepared.is_empty() { Stage::Mentions(0) } else { Stage::Merge };
    }

    #[inline(never)]
    fn mentions(&mut self, d: usize) {
        let docs = self.prepared.len();
        let doc = &self.prepared[d];
        let registry = &mut self.registry;
        let mut found: Vec<Vec<people::Mention>> = doc.tokens.iter().zip(&self.titled[d]).map(|(tokens, titled)| registry.mentions(doc.text, tokens, titled)).collect();
        people::add_speakers(doc.text, &doc.tokens, &registry.entries, &mut found);
        self.people_by_sentence.push(found);
        if d + 1 < docs {
            self.stage = Stage::Mentions(d + 1);
        } else {
            self.names = self.registry.entries.iter().map(|e| e.display_name()).collect();
            self.stage = Stage::Read { doc: 0, sentence: 0 };
        }
    }

    #[inline(never)]
    fn read(&mut self, d: usize, sentence: usize) {
        let docs = self.prepared.len();
        if sentence == 0 {
            self.reading = Some(self.begin_reading(d));
        }
        let end = (sentence + SENTENCES_PER_STEP).min(self.prepared[d].sentences.len());
        for s in sentence..end {
            self.read_sentence(d, s);
        }
        if end < self.prepared[d].sentences.len() {
            self.stage = Stage::Read { doc: d, sentence: end };
        } else {
            self.end_reading(d);
            self.stage = if d + 1 < docs { Stage::Read { doc: d + 1, sentence: 0 } } else { Stage::Merge };
        }
    }

    #[inline(never)]
    fn merge_events(&mut self) {
        let docs = merge::Docs {
            ids: self.prepared.iter().map(|p| p.id).collect(),
            texts: self.prepared.iter().map(|p| p.text).collect(),
            sentence_spans: self.prepared.iter().map(|p| p.sentences.iter().map(|s| (s.start, s.end)).collect()).collect(),
        };
        self.events = merge::merge(std::mem::take(&mut self.candidates), &docs, &self.names);
        self.stage = Stage::Finish;
    }

    /// What reading article `d` starts from: its dates resolved, its list items, its lead's
    /// date and its news day.
    #[inline(never)]
    fn begin_reading(&self, d: usize) -> Reading {
        let doc = &self.prepared[d];
        let mut dates = resolve_dates(doc);
        let items = items::carry_item_dates(doc, &mut dates);
        // Only a date the article states for itself dates its lead.
        let lead_date = doc
            .published
            .as_ref()
            .filter(|p| matches!(p.method, crate::model::PublishedMethod::Stated | crate::model::PublishedMethod::Dateline))
            .map(|p| crate::model::DateRange::point(if p.date.month == 0 { p.date } else { crate::model::PartialDate::month(p.date.year, p.date.month) }));
        let news_day = news_day(doc, &dates);
        Reading {
            items,
            published: doc.published.as_ref().map(|p| p.date),
            acronyms: titles::acronyms(doc.text, &doc.tokens),
            first_candidate: self.candidates.len(),
            narration: money::Narration { year_guessed: doc.year_guessed, ..money::Narration::default() },
            told: std::collections::HashSet::new(),
            lead_date,
            news_day,
            dates,
            // The story stays on its news day until a sentence names a date of another day.
            on_news_day: true,
            story_date: None,
            body_sentences: 0,
            remarks_day: doc
                .published
                .as_ref()
                .filter(|p| matches!(p.method, crate::model::PublishedMethod::Stated | crate::model::PublishedMethod::Dateline) && p.date.precision() == crate::model::Precision::Day)
                .map(|p| crate::model::DateRange::point(p.date)),
            in_turns: false,
            ship: None,
        }
    }

    /// Reads sentence `s` of article `d` for event candidates, trade figures and growth claims.
    #[inline(never)]
    fn read_sentence(&mut self, d: usize, s: usize) {
        let doc = &self.prepared[d];
        let Some(r) = self.reading.as_mut() else { return };
        let sentence = &doc.sentences[s];
        // The site's menu above the date line is no part of the story's lead.
        let in_story = s >= doc.lead_from;
        r.body_sentences += usize::from(!sentence.caption && in_story);
        if !sentence.caption && in_story {
            let news_day = r.news_day;
            // An anniversary ("Twenty years after normalizing diplomatic ties") is no moment of
            // the story: the news day holds past it.
            // Nor does a year before the news day's, told inside the day's own sentence
            // ("President Bush recalled his trip to Vietnam in 2006").
            // Nor a plan's date after the news day ("will visit Vietnam in May, a White House
            // official said on Monday"): told that day, not a moment the story moves to (a
            // date line of the day after is one).
            r.on_news_day &= r.dates[s].iter().all(|m| {
                dates::is_anniversary(m.mention.stated)
                    || news_day.is_some_and(|day| {
                        day == m.range
                            || dating::recalls_earlier_year(m, day)
                            || (m.range.day_bounds().0 > day.day_bounds().1 && dating::told_as_a_plan(&doc.tokens[s], &m.mention))
                    })
            });
        }
        // The narration's date holds within its paragraph, until another date is told.
        let narration = r.story_date.filter(|(paragraph, _)| *paragraph == sentence.paragraph && !sentence.caption).map(|(_, date)| date);
        if !sentence.caption && !r.dates[s].is_empty() {
            r.story_date = narration_date(&r.dates[s]).map(|date| (sentence.paragraph, date));
        }
        let tokens = &doc.tokens[s];
        r.in_turns |= people::opens_turn(doc.text, tokens);
        let next_says_first = doc.sentences.get(s + 1).is_some_and(|next| next.paragraph == sentence.paragraph)
            && doc.tokens.get(s + 1).is_some_and(|next| says_first_visit(next));
        let view = SentenceView {
            doc: d,
            sentence: s,
            text: doc.text,
            tokens,
            dates: &r.dates[s],
            people: &self.people_by_sentence[d][s],
            registry: &self.registry.entries,
            names: &self.names,
            caption: sentence.caption && doc.anchor_caption != Some(s),
            next_says_first,
            item: r.items[s],
            lead: (in_story && r.body_sentences <= LEAD_SENTENCES && !sentence.caption).then_some(r.lead_date).flatten(),
            news_day: (in_story && r.on_news_day && r.body_sentences <= NEWS_DAY_SENTENCES && !sentence.caption).then_some(r.news_day).flatten(),
            narration,
            remarks_day: (r.in_turns && !sentence.caption).then_some(r.remarks_day).flatten(),
        };
        let published = r.published;
        // "net zero by 2050": a target set for a year after the article's, not a happening.
        let after_publication = |c: &events::Candidate| {
            let by = c.date_start > 0 && doc.text[..c.date_start].trim_end().ends_with(" by");
            by && published.is_some_and(|p| c.date.start.year > p.year)
        };
        let mut found = events::candidates(&view);
        // "An American warship made a rare visit to Vietnam on Tuesday. Sailors lined the
        // decks of the USS Gary as the frigate docked": the call takes the ship's name told
        // beside it, before or after.
        let named = if sentence.caption { None } else { events::ship_name(doc.text, tokens) };
        if let Some(name) = named.as_deref().or(r.ship.as_deref()) {
            for c in found.iter_mut() {
                events::name_the_ship(c, name);
            }
        }
        if let Some(name) = named {
            let first = r.first_candidate;
            for c in self.candidates[first..].iter_mut().rev().take_while(|c| c.doc == d && c.sentence + 2 >= s) {
                events::name_the_ship(c, &name);
            }
            r.ship = Some(name);
        }
        // An undated sentence that names nobody, within three sentences of a visit dated to a
        // day, may say how long it lasted.
        let only_anniversaries = r.dates[s].iter().all(|m| dates::is_anniversary(m.mention.stated));
        let tells_no_visit = found.iter().all(|c| !matches!(c.topic, events::Topic::Visit | events::Topic::Act { .. }));
        if tells_no_visit && only_anniversaries && self.people_by_sentence[d][s].is_empty() && !sentence.caption {
            if let Some(last) = self.candidates.last_mut().filter(|c| c.doc == d && c.sentence + 3 >= s && !c.caption) {
                events::stretch_by_length(last, tokens);
            }
        }
        self.candidates.extend(found.into_iter().filter(|c| !after_publication(c)));
        // Captions are read for figures too: a photo review tells its figures only there, and a
        // caption repeating the body is one report (below).
        let (figures, claims) = money::scan(tokens, &r.dates[s], published, &mut r.narration);
        let quote = &doc.text[sentence.start..sentence.end];
        for f in figures {
            // The same figure told twice in one article (a caption, a recap) is one report.
            if !f.derived && !r.told.insert((f.period, f.measure, f.value_usd)) {
                continue;
            }
            self.trade.push(TradeFigure {
                period: f.period,
                measure: f.measure,
                value_usd: f.value_usd,
                qualifier: f.qualifier,
                derived: f.derived,
                partial_year: f.partial_year,
                period_inferred: f.period_inferred,
                doc: doc.id.to_string(),
                start: sentence.start,
                end: sentence.end,
                quote: quote.to_string(),
                value_as_stated: doc.text[f.amount.0..f.amount.1].to_string(),
            });
        }
        for g in claims {
            self.growth.push(GrowthClaim {
                kind: g.kind,
                measure: g.measure,
                qualifier: g.qualifier,
                from: g.from,
                to: g.to,
                as_stated: doc.text[g.span.0..g.span.1].to_string(),
                doc: doc.id.to_string(),
                start: sentence.start,
                end: sentence.end,
                quote: quote.to_string(),
            });
        }
    }

    /// Ends reading article `d`: its tables of figures, and its acronyms spelled out in the
    /// titles of its candidates.
    #[inline(never)]
    fn end_reading(&mut self, d: usize) {
        let doc = &self.prepared[d];
        let Some(mut r) = self.reading.take() else { return };
        // Tables of figures ("Month Exports Imports Balance"), read line by line.
        for cell in money::table::read(doc.text, 0, doc.body_end) {
            if !r.told.insert((cell.period, cell.measure, cell.value_usd)) {
                continue;
            }
            self.trade.push(TradeFigure {
                period: cell.period,
                measure: cell.measure,
                value_usd: cell.value_usd,
                qualifier: crate::model::Qualifier::Exact,
                derived: false,
                partial_year: cell.partial_year,
                period_inferred: false,
                doc: doc.id.to_string(),
                start: cell.line.0,
                end: cell.line.1,
                quote: doc.text[cell.line.0..cell.line.1].to_string(),
                value_as_stated: doc.text[cell.cell.0..cell.cell.1].to_string(),
            });
        }
        if !r.acronyms.is_empty() {
            for c in &mut self.candidates[r.first_candidate..] {
                if let Some(title) = titles::expand_acronyms(&c.title, &r.acronyms) {
                    c.title = title;
                }
            }
        }
    }

    /// The model: figures sorted, the people the events name, the documents, the
    /// disagreements between figures.
    #[inline(never)]
    fn finish(&mut self) -> Model {
        let events = std::mem::take(&mut self.events);
        let mut trade = std::mem::take(&mut self.trade);
        crate::sort::sort_by_key(&mut trade, |a| (a.period, a.measure, a.derived));
        let mut people: Vec<_> = self
            .registry
            .entries
            .iter()
            .zip(&self.names)
            .filter(|(_, name)| events.iter().any(|ev| ev.actors.contains(name)))
            .map(|(e, _)| e.to_person())
            .collect();
        crate::sort::sort_by(&mut people, |a, b| a.name.cmp(&b.name));

        let documents = std::mem::take(&mut self.prepared)
            .into_iter()
            .map(|p| Document {
                id: p.id.to_string(),
                lead: lead(&p),
                title: p.title,
                outlet: p.outlet,
                published: p.published,
                boilerplate_lines: p.boilerplate_lines,
                captions: p.captions,
                length: p.text.len(),
            })
            .collect();
        let trade_conflicts = money::disagreements(&trade);
        Model { documents, events, trade, growth: std::mem::take(&mut self.growth), trade_conflicts, people }
    }
}

/// An article's name for lists: its title, or its first words.
pub fn article_title(id: &str, text: &str) -> String {
    article_heading(id, text).0
}

/// An article's name and publication date, for lists, from its head only (the first
/// `HEAD_BYTES`), so naming a megabyte article costs what naming a short one does. The date
/// can differ from the model's, which reads the whole text; lists prefer the model's.
pub fn article_heading(id: &str, text: &str) -> (String, Option<crate::model::PartialDate>) {
    const HEAD_BYTES: usize = 16_000;
    let mut cut = text.len().min(HEAD_BYTES);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let doc = document::prepare(id, &text[..cut]);
    let published = doc.published.as_ref().map(|p| p.date);
    (doc.title.clone().unwrap_or_else(|| lead(&doc)), published)
}

/// The first dozen words of the article's first body sentence, with an ellipsis when cut.
fn lead(doc: &document::Prepared) -> String {
    let Some(first) = doc.sentences.iter().find(|s| !s.caption) else { return doc.id.to_string() };
    let words: Vec<&str> = doc.text[first.start..first.end].split_whitespace().collect();
    let mut lead = words[..words.len().min(12)].join(" ");
    if words.len() > 12 {
        lead.push('…');
    }
    lead
}

/// "This was the first official visit…", "Trong is the first ever … to visit the US": the
/// sentence after a visit that calls it a first.
fn says_first_visit(tokens: &[text::Token]) -> bool {
    let first = tokens.windows(2).any(|w| w[0].is("the") && w[1].is("first"));
    first && tokens.iter().any(|t| t.is_any(&["visit", "visited", "visits", "visiting"]))
}
