//! Reads event candidates out of sentences: each dated clause with a trigger ("visited",
//! "signed", "normalized", "phone talks"…) becomes one candidate with its people, its
//! direction and a short title. Merging candidates into events is `merge`'s job.

use super::acts;
use super::dates::Mention as DateMention;
use super::people::{Entry, Mention as PersonMention};
use super::text::{Kind, Token};
use super::titles::title;
use crate::model::{Category, Country, DateRange, Direction};

/// What kind of happening a trigger names. Specific topics merge across articles by topic;
/// visits and meetings merge by the people in them.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Topic {
    Normalization,
    ComprehensivePartnership,
    ComprehensiveStrategicPartnership,
    /// An agreement signed, keyed by the folded head words of its name.
    Signed(String),
    /// An agreement taking effect, keyed likewise.
    InForce(String),
    PhoneTalks,
    /// An embargo lifted: on trade (1994) or on arms (2014, 2016).
    Embargo { trade: bool },
    Embassies,
    DefenseDialogue,
    WarLegacy,
    Climate,
    Visit,
    Meeting,
    Greetings,
    /// Any other act the lexicon knows (`acts`), keyed by its head word, told in the
    /// sentence's own words.
    Act { category: Category, key: String },
}

impl Topic {
    /// Higher wins when a clause has several triggers, and names the merged event.
    pub fn rank(&self) -> u8 {
        match self {
            Topic::Signed(_) => 12,
            Topic::InForce(_) => 11,
            Topic::ComprehensivePartnership | Topic::ComprehensiveStrategicPartnership => 10,
            Topic::Normalization => 9,
            Topic::Embargo { .. } => 8,
            Topic::PhoneTalks => 7,
            Topic::Embassies => 6,
            Topic::Visit => 5,
            Topic::WarLegacy => 4,
            Topic::DefenseDialogue => 3,
            Topic::Climate => 3,
            Topic::Meeting => 2,
            Topic::Act { .. } => 2,
            Topic::Greetings => 1,
        }
    }

    pub fn category(&self) -> Category {
        match self {
            Topic::Normalization
            | Topic::ComprehensivePartnership
            | Topic::ComprehensiveStrategicPartnership
            | Topic::PhoneTalks
            | Topic::Embassies => Category::Diplomacy,
            Topic::Embargo { trade: true } => Category::Trade,
            Topic::Meeting | Topic::Greetings => Category::Diplomacy,
            Topic::Signed(key) | Topic::InForce(key) if key.contains("trade") => Category::Trade,
            Topic::Signed(key) | Topic::InForce(key) if key.contains("defense") || key.contains("defence") => {
                Category::DefenseSecurity
            }
            Topic::Signed(_) | Topic::InForce(_) => Category::Agreement,
            Topic::Embargo { .. } | Topic::DefenseDialogue => Category::DefenseSecurity,
            Topic::WarLegacy => Category::WarLegacy,
            Topic::Climate => Category::Climate,
            Topic::Visit => Category::Visit,
            Topic::Act { category, .. } => *category,
        }
    }

    /// Topics that name one happening by themselves; the others need shared people to merge.
    pub fn is_specific(&self) -> bool {
        !matches!(self, Topic::Visit | Topic::Meeting | Topic::Greetings | Topic::WarLegacy | Topic::DefenseDialogue)
    }

    pub fn is_milestone(&self) -> bool {
        matches!(
            self,
            Topic::Normalization
                | Topic::ComprehensivePartnership
                | Topic::ComprehensiveStrategicPartnership
                | Topic::Signed(_)
                | Topic::InForce(_)
        )
    }
}

/// One sentence's claim that something happened at a date.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub doc: usize,
    pub sentence: usize,
    pub date: DateRange,
    /// Byte span of the date words.
    pub date_start: usize,
    pub date_end: usize,
    pub topic: Topic,
    /// People, by registry index; the visitor first for visits.
    pub actors: Vec<usize>,
    pub visitor: Option<usize>,
    pub direction: Option<Direction>,
    pub title: String,
    pub caption: bool,
    /// The sentence (or the one after it) says this was a first.
    pub first: bool,
}

/// A date in a sentence, resolved, with its mention.
#[derive(Clone, Copy, Debug)]
pub struct DatedMention {
    pub mention: DateMention,
    pub range: DateRange,
}

/// Everything the candidate rules read about one sentence.
pub struct SentenceView<'a> {
    pub doc: usize,
    pub sentence: usize,
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub dates: &'a [DatedMention],
    pub people: &'a [PersonMention],
    pub registry: &'a [Entry],
    /// Display names by registry index, computed once.
    pub names: &'a [String],
    pub caption: bool,
    /// The next sentence starts "This was the first…".
    pub next_says_first: bool,
    /// A chronology item ("July 1995 – …", or a line under a date standing alone): told as
    /// an event even when no trigger names its act.
    pub item: bool,
    /// For the first sentences of a story with a date line: the month (or year) of the
    /// article, which an undated lead in the present perfect tells of.
    pub lead: Option<DateRange>,
    /// For the first sentences of a wire story whose lead names the day of the news, while no
    /// other date has been told: that day, which an undated act told in the past tense and
    /// naming both sides took place on ("Following the White House meeting, Vice President
    /// Joe Biden hosted Trong for a lunch").
    pub news_day: Option<DateRange>,
}

/// Whether a sentence names both sides: a person of each, or "the two countries", "both
/// sides", "Washington and Hanoi".
fn names_both_sides(view: &SentenceView) -> bool {
    let country = |c: Country| view.people.iter().any(|p| view.registry.get(p.person).is_some_and(|e| e.country == Some(c)));
    let tokens = view.tokens;
    let pair = tokens.windows(2).any(|w| w[0].is_any(&["two", "both"]) && w[1].is_any(&["countries", "nations", "sides", "governments"]));
    pair || (country(Country::Us) && country(Country::Vietnam))
}

/// An act told as done, not planned or wished: a verb of doing in the simple past
/// ("launched", "announced"; not "exchanged views") and no word of a future, a plan or a
/// condition.
fn tells_past_act(tokens: &[Token]) -> bool {
    const NOT_DONE: [&str; 15] = ["will", "would", "could", "may", "might", "should", "plans", "plan", "planned", "expected", "hopes", "hoped", "if", "has", "have"];
    acts::tells_deed(tokens) && !tokens.iter().any(|t| t.is_any(&NOT_DONE))
}

/// "has passed", "have signed", "has been lifted": the present perfect of a news lead.
fn tells_news(tokens: &[Token]) -> bool {
    const IRREGULAR: [&str; 12] = ["held", "made", "taken", "begun", "given", "won", "become", "sent", "met", "paid", "set", "struck"];
    tokens.iter().enumerate().any(|(i, t)| {
        t.is_any(&["has", "have"])
            && tokens[i + 1..tokens.len().min(i + 4)]
                .iter()
                .any(|n| n.kind == Kind::Word && !n.is("been") && (n.folded.as_str().ends_with("ed") || n.is_any(&IRREGULAR)))
    })
}

/// Finds the candidates of one sentence.
pub fn candidates(view: &SentenceView) -> Vec<Candidate> {
    let tokens = view.tokens;
    // A quotation is what someone said, not a report of what happened.
    if tokens.first().is_some_and(|t| t.is("\"") || t.is("'")) {
        return Vec::new();
    }
    // The end of a quotation that began sentences before: "…I'm bearing witness to how far our
    // nations have come together." closes a quote it never opened.
    let closes_quote = tokens.iter().rev().find(|t| !t.is(".")).is_some_and(|t| t.is("\""));
    if closes_quote && tokens.iter().filter(|t| t.is("\"")).count() % 2 == 1 {
        return Vec::new();
    }
    let mut dates = usable_dates(view);
    let mut by_news_day = false;
    // A news lead tells the news: "The US Congress has passed legislation normalising trade
    // ties with Vietnam" happened just before the article's date.
    if dates.is_empty() {
        match view.lead {
            Some(range) if tells_news(tokens) => dates.push(DatedMention {
                mention: DateMention {
                    first: 0,
                    last: 0,
                    start: tokens[0].start,
                    end: tokens[0].start,
                    stated: super::dates::Stated::Relative(super::dates::Relative::Recently),
                    in_brackets: false,
                },
                range,
            }),
            _ if view.news_day.is_some() && tells_past_act(tokens) && names_both_sides(view) => {
                if let Some(range) = view.news_day {
                    by_news_day = true;
                    dates.push(DatedMention {
                        mention: DateMention {
                            first: 0,
                            last: 0,
                            start: tokens[0].start,
                            end: tokens[0].start,
                            stated: super::dates::Stated::Relative(super::dates::Relative::Recently),
                            in_brackets: false,
                        },
                        range,
                    });
                }
            }
            _ => return Vec::new(),
        }
    }
    // "the 10th anniversary of …" counts back from the article's date: in a sentence with a
    // date of its own ("On July 12, 1996, Lake visited Hanoi to mark the first anniversary of
    // normalization") it would count from the wrong day, so it stands only alone.
    let is_anniversary = |d: &DatedMention| super::dates::is_anniversary(d.mention.stated);
    // A span in brackets only repeats it: "the 30th anniversary of relations (1995–2025)".
    let others = view.dates.iter().filter(|d| !d.mention.in_brackets && !is_anniversary(d)).count();
    if others > 0 {
        dates.retain(|d| !is_anniversary(d));
        if dates.is_empty() {
            return Vec::new();
        }
    }
    let leading = is_leading(tokens, &dates[0].mention);
    let regions = subordinate_clauses(tokens, &dates);
    let mut out: Vec<Candidate> = Vec::new();
    for (k, dated) in dates.iter().enumerate() {
        let (from, to) = segment(tokens, &dates, k, leading);
        let enumerated = k > 0 && enumerates(tokens, from, dated.mention.first, leading);
        // A date inside a subordinate clause takes its trigger from that clause only; any
        // other date ignores the triggers of subordinate clauses around it.
        // "$220 million in 1994 (when the US lifted the embargo)", "in 1995, when relations
        // were normalized": a "when" clause right after a date tells what happened then.
        let m = dated.mention;
        // "the 10 years since diplomatic ties were restored": likewise the "since" clause.
        let opens_told = |w: &Token| w.is("when") || (w.is("since") && super::dates::is_anniversary(m.stated));
        let when_after = regions.iter().copied().find(|r| {
            opens_told(&tokens[r.0]) && (r.0 == m.last || (r.0 == m.last + 1 && tokens[m.last].is_any(&["(", ","])))
        });
        // The innermost clause: in "an agreement that completed a period begun when Clinton
        // lifted the embargo in 1994", 1994 is the "when" clause's.
        let inside = regions.iter().copied().filter(|r| r.0 < dated.mention.first && dated.mention.first < r.1).max_by_key(|r| r.0);
        let allowed_in = |own_clause: Option<(usize, usize)>, i: usize| match own_clause {
            Some((lo, hi)) => lo <= i && i < hi,
            None => !regions.iter().any(|r| r.0 <= i && i < r.1),
        };
        // "In July 2000, they signed a trade agreement that went into force in December 2001":
        // a date in a relative clause is told by that clause, which runs back to what it
        // says of.
        // An adverbial clause ("when Clinton lifted the embargo in 1994") is told from its
        // own first word.
        let from = match inside {
            Some((lo, _)) if leading && lo < from && tokens[lo].is_any(&["that", "which"]) => antecedent_start(tokens, lo),
            Some((lo, _)) if lo >= from && !tokens[lo].is_any(&["that", "which", "who"]) => lo + 1,
            _ => from,
        };
        // What an anniversary celebrates follows it: "held a meeting to mark the 10th
        // anniversary of the visit" dates no meeting.
        let from = if is_anniversary(dated) { from.max(dated.mention.first) } else { from };
        let mut own_clause = inside;
        let mut trigger = best_trigger(tokens, from, to, dated.mention.first, &|i| allowed_in(inside, i));
        // Only when the main clause names no happening of its own ("Mr. Trump visited Vietnam
        // in November 2017, when he went to Da Nang" is the visit).
        let (from, to) = match when_after {
            Some((lo, hi)) if (!enumerated || is_anniversary(dated)) && trigger.is_none() && acts::find(tokens, from, to, view.item, &|i| allowed_in(inside, i)).is_none() => {
                own_clause = when_after;
                trigger = best_trigger(tokens, lo + 1, hi, dated.mention.first, &|i| allowed_in(when_after, i));
                (lo + 1, hi)
            }
            _ => (from, to),
        };
        let allowed = |i: usize| allowed_in(own_clause, i);
        let previous = out.last().filter(|c| c.sentence == view.sentence).cloned();
        let act = || {
            let (category, at) = acts::find(tokens, from, to, view.item, &allowed)?;
            Some((Topic::Act { category, key: tokens[at].folded.as_str().to_string() }, Some(at)))
        };
        // A chronology item is an event whatever its verb: "May 1994 - Consular Agreement
        // signed by the United States and Vietnam."
        let item = || {
            let words = (from..to.min(tokens.len())).filter(|&i| tokens[i].kind == Kind::Word && !(dated.mention.first <= i && i < dated.mention.last)).count();
            (view.item && k == 0 && words >= 3).then(|| {
                let category = acts::category_of(tokens, from, to);
                // Keyed by its sentence: two items are two happenings.
                (Topic::Act { category, key: format!("item {}", view.sentence) }, None)
            })
        };
        // An anniversary names what it celebrates after it, so in a list ("the 30th anniversary
        // of relations and 40 years since the first joint searches for the missing") it takes
        // that act before the list's shared trigger.
        let celebrated_act = || if is_anniversary(dated) { act() } else { None };
        let (mut topic, mut trigger_at) = match (celebrated_topic(tokens, &m).or(trigger).or_else(celebrated_act), &previous) {
            (Some(found), _) => found,
            (None, Some(prev)) if enumerated && !is_anniversary(dated) => (prev.topic.clone(), None),
            _ => match act().or_else(item) {
                Some(found) => found,
                None => continue,
            },
        };
        // People in a clause the date does not belong to ("affirmed that the phone talks
        // between Trọng and Biden…") are not part of this event.
        let counts = |p: &&PersonMention| p.first >= from && p.last <= to && (own_clause.is_some() || allowed(p.first));
        let mut people: Vec<&PersonMention> = view.people.iter().filter(counts).filter(|p| !is_host(tokens, p)).collect();
        let hosts: Vec<&PersonMention> = view.people.iter().filter(counts).filter(|p| is_host(tokens, p)).collect();
        let inherited = people.is_empty() && enumerated;
        let mut actors: Vec<usize> = people.iter().map(|p| p.person).collect();
        if inherited {
            if let Some(prev) = &previous {
                actors = prev.actors.clone();
            }
        }
        // A partnership set up "during Sang's visit" names a visitor; one "announced" by two
        // presidents does not.
        let visit_told = (from..to.min(tokens.len())).any(|i| tokens[i].is_any(&["visit", "visited", "visits", "trip"]));
        let visitor = if topic == Topic::Visit || (topic == Topic::ComprehensivePartnership && visit_told) {
            match trigger_at {
                Some(at) => find_visitor(tokens, &mut people, at),
                None if inherited => previous.as_ref().and_then(|p| p.visitor),
                None => people.first().map(|p| p.person),
            }
        } else {
            None
        };
        if let Some(v) = visitor {
            actors.retain(|a| *a != v);
            actors.insert(0, v);
        }
        // "will sign", "is scheduled to visit": a plan, not a happening.
        if let Some(at) = trigger_at {
            let before = &tokens[at.saturating_sub(3).max(from)..at];
            let planned = before.last().is_some_and(|t| t.is_any(&["will", "shall"]))
                || before.windows(2).any(|w| w[0].is_any(&["expected", "scheduled", "slated", "plans", "set"]) && w[1].is("to"));
            if planned {
                continue;
            }
        }
        // A visit or a meeting is somebody's: without a person it is not an event.
        // Without one, the clause may still name an act: "received permission to open a
        // consulate".
        // "She was pleased to visit and witness a ceremony to hand over the dioxin-cleaned area on
        // March 7": the clause's other trigger, which needs no person, comes first.
        if matches!(topic, Topic::Visit | Topic::Meeting) && actors.is_empty() {
            let impersonal = |t: &Topic| !matches!(t, Topic::Visit | Topic::Meeting | Topic::Greetings);
            match best_trigger_where(tokens, from, to, dated.mention.first, &allowed, &impersonal).or_else(act) {
                Some((other, at)) => (topic, trigger_at) = (other, at),
                None => continue,
            }
        }
        for host in hosts {
            if !actors.contains(&host.person) {
                actors.push(host.person);
            }
        }
        let direction = visitor
            .and_then(|v| direction_of(view, v))
            .or_else(|| destination(tokens, from, to))
            .filter(|_| topic == Topic::Visit);
        let first = view.next_says_first || says_first(tokens, from, to);
        // "arrived on September 10, beginning his two-day state visit": the visit's days.
        let mut dated = *dated;
        if topic == Topic::Visit && dated.range.end.is_none() && dated.range.start.precision() == crate::model::Precision::Day {
            if let Some(days) = visit_length(tokens, from, to).filter(|d| (2..=14).contains(d)) {
                dated.range.end = Some(dated.range.start.add_days(i64::from(days) - 1));
            }
        }
        let dated = &dated;
        // "Obama visits Hanoi and announces the lifting of the arms embargo": the visit is an
        // event of its own beside the announcement.
        if !matches!(topic, Topic::Visit | Topic::Meeting) {
            if let Some(v) = (from..to.min(tokens.len())).find(|&i| allowed(i) && is_visit_verb(tokens, i)) {
                let mut visitors: Vec<&PersonMention> = people.iter().copied().filter(|p| p.last <= v).collect();
                if let Some(visitor) = find_visitor(tokens, &mut visitors, v) {
                    let direction = direction_of(view, visitor).or_else(|| destination(tokens, from, to));
                    let name = view.names.get(visitor).cloned().unwrap_or_default();
                    let place = match direction {
                        Some(Direction::UsToVietnam) => "Vietnam",
                        _ => "the US",
                    };
                    out.push(candidate(view, dated, Topic::Visit, vec![visitor], Some(visitor), direction, format!("{name} visits {place}"), false));
                }
            }
        }
        let mut title = title(view, &topic, &actors, visitor, direction, first, (from, to), trigger_at, dated);
        if title.trim().is_empty() {
            // Never an empty title: the sentence's first words stand in.
            let words: Vec<&str> = view.text[tokens[0].start..tokens[tokens.len() - 1].end].split_whitespace().take(14).collect();
            title = words.join(" ");
        }
        out.push(candidate(view, dated, topic, actors, visitor, direction, title, first));
    }
    // A meeting told again after the lead ("Schwab and Dung also exchanged views") is the
    // lead's meeting, not another: on the news day only acts are added.
    if by_news_day {
        out.retain(|c| matches!(c.topic, Topic::Act { .. }));
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn candidate(
    view: &SentenceView,
    dated: &DatedMention,
    topic: Topic,
    actors: Vec<usize>,
    visitor: Option<usize>,
    direction: Option<Direction>,
    title: String,
    first: bool,
) -> Candidate {
    Candidate {
        doc: view.doc,
        sentence: view.sentence,
        date: dated.range,
        date_start: dated.mention.start,
        date_end: dated.mention.end,
        topic,
        actors,
        visitor,
        direction,
        title,
        caption: view.caption,
        first,
    }
}

/// Dates that can anchor an event: not a side note in brackets, and not the vaguer of two
/// dates that say the same thing ("In 2022, … from May 11-17" keeps May 11-17).
fn usable_dates(view: &SentenceView) -> Vec<DatedMention> {
    let tokens = view.tokens;
    // "the first visit since 1995": a period's start, not when something happened; a fronted
    // "Since 2010, …" still dates its clause.
    let period_start = |d: &DatedMention| {
        let m = d.mention;
        // "in place since 1975, when…" runs from 1975: only a "since" that opens its clause
        // fronts a date.
        let opens_clause = m.first < 2 || tokens[m.first - 2].is_any(&[",", ";", "and", "but"]);
        m.first > 0 && tokens[m.first - 1].is_any(&["since", "until", "before"]) && !(opens_clause && tokens.get(m.last).is_some_and(|t| t.is(",")))
    };
    // "…, the spokesman said in a statement today": the date of the saying, not of the deed.
    let of_speech = |d: &DatedMention| {
        tokens[d.mention.first.saturating_sub(4)..d.mention.first].iter().any(|t| t.is_any(&["said", "says", "told", "stated", "statement", "remarked"]))
    };
    let inside: Vec<DatedMention> =
        view.dates.iter().copied().filter(|d| !d.mention.in_brackets && !period_start(d) && !of_speech(d)).collect();
    inside
        .iter()
        .copied()
        .filter(|d| {
            !inside.iter().any(|other| {
                other.mention.start != d.mention.start && d.range.contains(other.range) && d.range.width_days() > other.range.width_days()
            })
        })
        .collect()
}

/// "In November 2001, Bill Clinton…": the first date opens the sentence.
fn is_leading(tokens: &[Token], first: &DateMention) -> bool {
    tokens[..first.first]
        .iter()
        .all(|t| t.is_any(&["and", "in", "on", "the", "night", "morning", "evening", "of", "also", "by", "during", "from", "since", "exactly", "years", "later", "notably", ","]) || t.integer().is_some())
}

/// The token range a date governs. Leading dates run to the next date; trailing dates
/// ("visits by A in 2015, B in 2016") run back to the previous one, plus the rest of the clause.
fn segment(tokens: &[Token], dates: &[DatedMention], k: usize, leading: bool) -> (usize, usize) {
    let this = &dates[k].mention;
    if leading {
        let to = dates.get(k + 1).map(|d| d.mention.first).unwrap_or(tokens.len());
        return (this.first, to);
    }
    if dates.len() == 1 {
        return (0, tokens.len());
    }
    let from = if k == 0 { 0 } else { dates[k - 1].mention.last };
    let mut to = this.last;
    // "Bush went in 2006, while the following year, Triet came": a date that opens its own
    // clause is followed by it, past the comma.
    let opens_clause = tokens[from..this.first].iter().all(|t| t.kind != Kind::Word || t.is_any(&["while", "and", "but", "whereas", "then", "in", "on", "the"]));
    if k > 0 && k + 1 == dates.len() && opens_clause && tokens.get(to).is_some_and(|t| t.is(",")) {
        to += 1;
    }
    if k + 1 == dates.len() {
        // The rest of the clause: to the next comma or the end.
        while to < tokens.len() && !tokens[to].is_any(&[",", ";"]) {
            to += 1;
        }
    }
    (from, to)
}

/// Words that open a clause whose triggers do not date the sentence's main event; "that"
/// opens reported content: "PM Chinh affirmed that the phone talks … is evidence".
const SUBORDINATORS: [&str; 9] = ["since", "when", "after", "before", "until", "which", "who", "while", "that"];

/// Subordinate clauses as token ranges: from "since", "when", "after"… to the next comma or
/// main verb. In "his first visit since he took office in 2021", 2021 belongs to "took office";
/// in "the first president to come … after the two countries established relations was
/// Clinton in 2000", the clause's "established relations" is background.
fn subordinate_clauses(tokens: &[Token], dates: &[DatedMention]) -> Vec<(usize, usize)> {
    let mut regions = Vec::new();
    for i in 0..tokens.len() {
        // "since 2010," is a fronted date, not a clause.
        // "while the following year, …" likewise.
        let fronts_date = || dates.iter().any(|d| d.mention.first == i + 1 || (d.mention.first == i + 2 && tokens[i + 1].is("the")));
        if !tokens[i].is_any(&SUBORDINATORS) || fronts_date() {
            continue;
        }
        // "Clinton announced that the two countries had established relations": what is
        // announced is the happening itself.
        // "announced on Monday that …": the verb's own date may stand between.
        let verb = dates.iter().find(|d| d.mention.last == i && d.mention.first > 0).map_or(i, |d| {
            let m = d.mention.first;
            if m > 0 && tokens[m - 1].is_any(&["on", "in"]) { m - 1 } else { m }
        });
        if tokens[i].is("that") && verb > 0 && tokens[verb - 1].is_any(&["announced", "announces", "announce", "declared", "declares", "proclaimed"]) {
            continue;
        }
        // A relative clause ("which was completed in 2018") has its own verb and runs to the
        // comma; an adverbial one ("after the two countries established ties was …") ends at
        // the main clause's verb.
        let relative = tokens[i].is_any(&["which", "who", "that"]);
        let ends = |t: &Token| t.is_any(&[",", ";", ")"]) || (!relative && t.is_any(&["was", "were", "is", "are"]));
        let end = (i + 1..tokens.len()).find(|&j| ends(&tokens[j])).unwrap_or(tokens.len());
        regions.push((i, end));
    }
    regions
}

/// Whether a later date continues a list: ", B in 2016", "2017 and 2019", ", and in February 2019".
fn enumerates(tokens: &[Token], from: usize, date_first: usize, leading: bool) -> bool {
    if leading {
        // "…, and in May 2022, Chính visited": only a list word before the date continues it.
        return tokens[..date_first].iter().rev().find(|t| !t.is_any(&["in", "on"])).is_some_and(|t| t.is_any(&["and", ","]));
    }
    let between = &tokens[from..date_first];
    let starts_list = between.first().is_some_and(|t| t.is_any(&[",", "and"]));
    let ends_list = between.iter().rev().find(|t| !t.is_any(&["in", "on"])).is_some_and(|t| t.is_any(&["and", ","]));
    // "Bush went in 2006, while the following year Triet came": a new clause, not a list.
    let subordinate = between.iter().any(|t| t.is_any(&["since", "when", "after", "before", "which", "who", "while", "whereas", "but"]));
    ends_list || (starts_list && !subordinate)
}

/// The highest-ranked trigger in `tokens[from..to]`, the nearest to the date among equals.
fn best_trigger(tokens: &[Token], from: usize, to: usize, date: usize, allowed: &dyn Fn(usize) -> bool) -> Option<(Topic, Option<usize>)> {
    best_trigger_where(tokens, from, to, date, allowed, &|_| true)
}

/// `best_trigger` among the topics `keep` lets count.
fn best_trigger_where(
    tokens: &[Token],
    from: usize,
    to: usize,
    date: usize,
    allowed: &dyn Fn(usize) -> bool,
    keep: &dyn Fn(&Topic) -> bool,
) -> Option<(Topic, Option<usize>)> {
    let mut best: Option<(Topic, usize)> = None;
    // A date that is itself "the 10th anniversary of" dates what is celebrated.
    let celebrated = tokens.get(date..date + 3).is_some_and(|w| w.iter().any(|t| t.is("anniversary")));
    for i in from..to.min(tokens.len()) {
        if tokens[i].kind != Kind::Word || !allowed(i) {
            continue;
        }
        if let Some(topic) = trigger_at(tokens, i, from, to).filter(|t| keep(t) && (celebrated || !after_anniversary(tokens, i))) {
            let better = match &best {
                None => true,
                Some((b, at)) => topic.rank() > b.rank() || (topic.rank() == b.rank() && i.abs_diff(date) < at.abs_diff(date)),
            };
            if better {
                best = Some((topic, i));
            }
        }
    }
    best.map(|(topic, at)| (topic, Some(at)))
}

/// What "the 10th anniversary of" celebrates, when it names a founding by itself: "of our
/// Comprehensive Partnership", "of diplomatic relations" (an anniversary is of a beginning).
fn celebrated_topic(tokens: &[Token], date: &DateMention) -> Option<(Topic, Option<usize>)> {
    if !super::dates::is_anniversary(date.stated) {
        return None;
    }
    let words = &tokens[date.last..tokens.len().min(date.last + 7)];
    let pair = |a: &str, b: &str| words.windows(2).position(|w| w[0].is(a) && w[1].is(b));
    if let Some(at) = pair("strategic", "partnership") {
        return Some((Topic::ComprehensiveStrategicPartnership, Some(date.last + at + 1)));
    }
    if let Some(at) = pair("comprehensive", "partnership") {
        return Some((Topic::ComprehensivePartnership, Some(date.last + at + 1)));
    }
    pair("diplomatic", "relations").or_else(|| pair("diplomatic", "ties")).map(|at| (Topic::Normalization, Some(date.last + at)))
}

/// Words just after "anniversary of" name what is celebrated, not what happens.
fn after_anniversary(tokens: &[Token], i: usize) -> bool {
    tokens[i.saturating_sub(6)..i].iter().any(|t| t.is("anniversary"))
}

fn trigger_at(tokens: &[Token], i: usize, from: usize, to: usize) -> Option<Topic> {
    let t = &tokens[i];
    let word = t.folded.as_str();
    let next = tokens.get(i + 1).map(|t| t.folded.as_str()).unwrap_or("");
    let window = |before: usize, after: usize, words: &[&str]| {
        let lo = i.saturating_sub(before).max(from);
        let hi = (i + after + 1).min(to).min(tokens.len());
        tokens[lo..hi].iter().any(|t| t.is_any(words))
    };
    match word {
        "signed" | "sign" | "signing" | "inked" => {
            // A statement that sets up a partnership is told as the partnership.
            let object = &tokens[i + 1..to.min(tokens.len()).min(i + 12)];
            if object.windows(2).any(|w| w[0].is("comprehensive") && w[1].is("strategic")) {
                return Some(Topic::ComprehensiveStrategicPartnership);
            }
            let key = object_key(tokens, i + 1, to);
            (!key.is_empty()).then_some(Topic::Signed(key))
        }
        "took" | "take" | "takes" | "came" | "comes" | "entered" | "enters" | "went" | "goes" | "go" | "going" | "put"
            if next == "effect" || (next == "into" && tokens.get(i + 2).is_some_and(|t| t.is_any(&["force", "effect"]))) =>
        {
            let key = subject_key(tokens, from, i);
            (!key.is_empty()).then_some(Topic::InForce(key))
        }
        "partnership" if i > 1 && tokens[i - 1].is("strategic") && tokens[i - 2].is("comprehensive") => {
            window(12, 0, &ESTABLISH).then_some(Topic::ComprehensiveStrategicPartnership)
        }
        "partnership" if i > 0 && tokens[i - 1].is("comprehensive") => window(9, 0, &ESTABLISH).then_some(Topic::ComprehensivePartnership),
        // A "roadmap for phased normalization" or "steps toward normalizing" is a plan, not
        // the normalization: such a clause is told in its own words (`acts`).
        // Normalized trade (PNTR) is a trade act (`acts`), not the normalization of relations.
        "normalized" | "normalised" | "normalization" | "normalisation" | "normalize" | "normalizing" | "normalising" | "normalise" => {
            let planned = window(6, 0, &["roadmap", "toward", "towards", "steps", "plan", "phased", "ready", "process", "road", "talks", "negotiations"]);
            let of_trade = window(0, 2, &["trade"]) || window(2, 0, &["trade"]);
            (!planned && !of_trade).then_some(Topic::Normalization)
        }
        "diplomatic" if next == "relations" && window(4, 0, &["established", "establish"]) => Some(Topic::Normalization),
        "restored" | "reestablished" | "re-established" if window(5, 0, &["relations", "ties"]) && !window(6, 0, &["trade", "economic", "military", "defense"]) => {
            Some(Topic::Normalization)
        }
        // "ties were restored in 1995", "restored full diplomatic relations".
        "relations" | "ties"
            if window(4, 3, &["restored", "restore", "restores", "reestablished", "reestablish", "re-established", "resumed"])
                && !window(3, 0, &["trade", "economic", "military", "defense"]) =>
        {
            Some(Topic::Normalization)
        }
        "phone" | "telephone" if matches!(next, "talks" | "conversation" | "call" | "talk") => Some(Topic::PhoneTalks),
        "embargo" => Some(Topic::Embargo { trade: window(3, 0, &["trade", "economic"]) }),
        "embassies" | "embassy" if window(4, 4, &["opened", "open", "opening", "opens"]) => Some(Topic::Embassies),
        "visit" | "visited" | "visits" | "visiting" | "trip" | "tour" => Some(Topic::Visit),
        "came" | "come" | "travelled" | "traveled" if next == "to" => Some(Topic::Visit),
        // A ship's arrival is a port call (`acts`), not a person's visit.
        // "arrived in Hanoi", "arrived Friday in Vietnam".
        "arrived" | "arrives" | "arriving" if tokens[i + 1..(i + 4).min(to).max(i + 1)].iter().any(|t| t.is_any(&["in", "at"])) => {
            (!window(8, 0, &["carrier", "warship", "destroyer", "frigate", "cutter", "vessel", "ship", "uss", "usns", "uscgc", "navy"])).then_some(Topic::Visit)
        }
        "mine" | "dioxin" | "decontamination" | "detoxification" | "remains" | "mia" | "bombs" | "ordnance" | "uxo" => {
            Some(Topic::WarLegacy)
        }
        "dialogue" if window(3, 0, &["defense", "defence", "security"]) => Some(Topic::DefenseDialogue),
        "climate" if window(0, 6, &["project", "programme", "program"]) => Some(Topic::Climate),
        // "held talks with", "hosted Trong": a meeting, told by its people.
        "talks" if window(2, 2, &["held", "hold", "holds", "with"]) => Some(Topic::Meeting),
        "hosted" | "hosts" | "hosting" if window(0, 6, &["at", "for", "in"]) => Some(Topic::Meeting),
        "received" | "receives" | "receiving" | "reception" | "welcoming" | "welcomed" | "welcomes" | "met" | "meets" => {
            Some(Topic::Meeting)
        }
        "greetings" | "congratulations" => Some(Topic::Greetings),
        _ => None,
    }
}

/// Verbs that set up a partnership.
const ESTABLISH: [&str; 10] =
    ["established", "establish", "set", "upgraded", "upgrade", "establishing", "formed", "forged", "announced", "elevated"];

/// Head words of an agreement's name after "signed": "a Joint Vision Statement on …" →
/// "joint vision statement".
fn object_key(tokens: &[Token], from: usize, to: usize) -> String {
    let mut i = from;
    while tokens.get(i).is_some_and(|t| t.is_any(&["a", "an", "the", "two", "countries", "'", "s"])) {
        i += 1;
    }
    head_key(tokens, i, to)
}

fn head_key(tokens: &[Token], from: usize, to: usize) -> String {
    let to = to.min(tokens.len());
    let mut words = Vec::new();
    let mut stop = to;
    for (i, t) in tokens.iter().enumerate().take(to).skip(from) {
        if t.is_any(&["on", "in", "with", "between", "(", ",", ".", "at", "to", "for", "which", "that", "took", "came", "entered", "went", "goes"]) {
            stop = i;
            break;
        }
        if t.kind == Kind::Word && !t.is_any(&["vietnam", "viet", "nam", "us", "the", "of", "a", "an"]) {
            words.push(t.folded.as_str());
        }
        if words.len() == 4 {
            break;
        }
    }
    // A memorandum "on civil aviation" is not the one "on defense cooperation": the first
    // telling word of the subject joins the key.
    if tokens.get(stop).is_some_and(|t| t.is_any(&["on", "for"])) {
        const VAGUE: [&str; 11] = ["the", "a", "an", "bilateral", "promoting", "enhancing", "strengthening", "mutual", "further", "closer", "comprehensive"];
        if let Some(subject) = tokens[stop + 1..to].iter().find(|t| t.kind == Kind::Word && !t.is_any(&VAGUE)) {
            words.push(subject.folded.as_str());
        }
    }
    words.join(" ")
}

/// Head words of the subject before "took effect": "Since the Bilateral Trade Agreement (BTA)",
/// or, for a relative clause, what it says of: "a bilateral trade agreement that went into force".
fn subject_key(tokens: &[Token], from: usize, verb: usize) -> String {
    let start = (from..verb)
        .find(|&i| tokens[i].capitalized && !tokens[i].is_any(&["since", "when", "after", "the", "in", "on"]))
        .or_else(|| relative_subject(tokens, from, verb))
        .unwrap_or(verb);
    head_key(tokens, start, verb)
}

/// The start of what a relative clause in `tokens[from..verb]` says of: "a bilateral trade
/// agreement that went into force" → "bilateral".
pub(super) fn relative_subject(tokens: &[Token], from: usize, verb: usize) -> Option<usize> {
    let pronoun = (from..verb).find(|&i| tokens[i].is_any(&["that", "which"]))?;
    let start = antecedent_start(tokens, pronoun);
    (start >= from && start < pronoun).then_some(start)
}

/// The first word of the noun phrase just before a relative pronoun, after its article: up
/// to five words, stopping at a verb of signing, a pronoun, a comma or a preposition.
fn antecedent_start(tokens: &[Token], pronoun: usize) -> usize {
    const STOP: [&str; 16] = ["a", "an", "the", "their", "its", "signed", "sign", "inked", "they", "we", "and", "of", "in", "on", "with", "to"];
    let mut start = pronoun;
    while start > 0 && pronoun - start < 5 && tokens[start - 1].kind == Kind::Word && !tokens[start - 1].is_any(&STOP) {
        start -= 1;
    }
    start
}

/// People named as hosts: "at the invitation of President Bush", "following Trọng's invitation".
fn is_host(tokens: &[Token], p: &PersonMention) -> bool {
    let before = &tokens[p.first.saturating_sub(4)..p.first];
    let invited = before.windows(2).any(|w| w[0].is("invitation") && w[1].is("of")) || before.iter().any(|t| t.is("counterpart"))
        || before.windows(2).any(|w| w[0].is("invited") && w[1].is("by"));
    let own_invitation = p.possessive && tokens.get(p.last + 2).is_some_and(|t| t.is("invitation"));
    invited || own_invitation
}

/// Who travels: "Biden's visit", "visit by Triết", "Clinton made a visit", "a visit to
/// Vietnam …, John Kerry".
fn find_visitor(tokens: &[Token], people: &mut [&PersonMention], trigger: usize) -> Option<usize> {
    // "Son received visiting USAID Administrator Samantha Power", "received visiting
    // Administrator of the United States Agency for International Development (USAID) Samantha
    // Power": the visitor follows, after a title that may run long, within the clause.
    if tokens[trigger].is("visiting") {
        let clause_end = (trigger + 1..tokens.len()).find(|&i| tokens[i].is_any(&[",", ";", "."])).unwrap_or(tokens.len());
        if let Some(p) = people.iter().find(|p| p.first > trigger && p.first - trigger <= 16 && p.first < clause_end) {
            return Some(p.person);
        }
    }
    if let Some(p) = people.iter().find(|p| p.possessive && p.last < trigger && trigger - p.last <= 5) {
        return Some(p.person);
    }
    if let Some(p) = people.iter().find(|p| p.first > trigger && p.first - trigger <= 8 && tokens[p.first.saturating_sub(4)..p.first].iter().any(|t| t.is_any(&["by", "of"]))) {
        return Some(p.person);
    }
    if let Some(p) = people.iter().rfind(|p| p.last <= trigger) {
        return Some(p.person);
    }
    people.first().map(|p| p.person)
}

/// An American visits Vietnam and a Vietnamese the US.
fn direction_of(view: &SentenceView, person: usize) -> Option<Direction> {
    match view.registry.get(person)?.country {
        Some(Country::Us) => Some(Direction::UsToVietnam),
        Some(Country::Vietnam) => Some(Direction::VietnamToUs),
        _ => None,
    }
}

/// "visits Hanoi", "visited the US": a visit told as the verb of its clause, not as the
/// setting of something else ("during Sang's visit").
fn is_visit_verb(tokens: &[Token], i: usize) -> bool {
    let place = tokens.get(i + 1).is_some_and(|t| t.capitalized || t.is("the"));
    tokens[i].is_any(&["visits", "visited"]) && place && !tokens[i.saturating_sub(2)..i].iter().any(|t| t.is_any(&["'", "during", "of", "the"]))
}

/// Where a visit goes, from the words of the clause.
fn destination(tokens: &[Token], from: usize, to: usize) -> Option<Direction> {
    let slice = &tokens[from..to.min(tokens.len())];
    for w in slice.windows(3) {
        let to_word = w[0].is_any(&["to", "visited", "visit", "visits", "in"]);
        if to_word && (w[1].is_any(&["vietnam", "hanoi", "viet", "ha", "da"]) || (w[1].is("ho") && w[2].is("chi"))) {
            return Some(Direction::UsToVietnam);
        }
        if to_word && (w[1].is_any(&["washington", "america"]) || (w[1].is("the") && w[2].is_any(&["us", "united", "white"]))) {
            return Some(Direction::VietnamToUs);
        }
    }
    None
}

/// "a two-day visit", "his three-day state visit", "a 5-day trip": how many days a visit lasts.
fn visit_length(tokens: &[Token], from: usize, to: usize) -> Option<u32> {
    let to = to.min(tokens.len());
    (from..to).find_map(|i| {
        let days = tokens[i].integer().or_else(|| super::text::number_word(tokens[i].folded.as_str()))?;
        let hyphen = tokens.get(i + 1).is_some_and(|t| t.is("-"));
        let day = tokens.get(i + 2).is_some_and(|t| t.is("day"));
        (hyphen && day && i + 3 <= to).then_some(())?;
        tokens[i + 3..to.min(i + 7).max(i + 3)].iter().any(|t| t.is_any(&["visit", "trip", "tour"])).then_some(days)
    })
}

/// "the first US President to…", but not "his first visit", which is a first only for him.
fn says_first(tokens: &[Token], from: usize, to: usize) -> bool {
    let to = to.min(tokens.len());
    (from..to).any(|i| tokens[i].is("first") && !(i > 0 && tokens[i - 1].is_any(&["his", "her", "their", "its"])))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::tokenize;

    /// The events one short article yields, as "date | category | title".
    fn events_of(text: &str) -> Vec<String> {
        let model = crate::extract::extract(&[crate::extract::Article::new("x", text)]);
        model.events.iter().map(|e| format!("{} | {:?} | {}", e.date, e.category, e.title)).collect()
    }

    #[test]
    fn an_undated_deed_of_both_sides_early_in_a_wire_story_took_place_on_its_news_day() {
        let story = |later: &str| {
            format!("Leaders meet\nJune 25, 2008 04:10 PM\nWASHINGTON (dpa) - President Bush welcomed Prime Minister Nguyen Tan Dung to the White House on Tuesday.\nThe two leaders praised their ties.\n{later}\n")
        };
        let events = events_of(&story("The two countries also launched negotiations toward a bilateral investment treaty."));
        assert!(events.iter().any(|e| e.starts_with("2008-06-24 | Trade")), "{events:?}");
        // Counter-examples: a plan, one side alone, and a deed after the story has moved to
        // another date are not the news day's.
        for later in [
            "The two countries will launch negotiations toward a bilateral investment treaty.",
            "The Commerce Department launched an antidumping investigation into shrimp.",
            "In 2001 the two countries signed a trade agreement. The two countries also launched negotiations toward a bilateral investment treaty.",
        ] {
            let events = events_of(&story(later));
            assert!(!events.iter().any(|e| e.starts_with("2008-06-24 | Trade")), "{later}: {events:?}");
        }
    }

    #[test]
    fn an_anniversary_in_a_list_dates_what_it_names_not_the_list_s_first_act() {
        let story = |second: &str| format!("Ceremony\nHANOI, Dec 10, 2025 - Vietnam handed over remains today.\nThe event marks the 30th anniversary of diplomatic relations and {second}.\n");
        let events = events_of(&story("40 years since the first joint efforts to search for missing US service members"));
        assert!(events.iter().any(|e| e.starts_with("1985 | WarLegacy | The first joint efforts to search")), "{events:?}");
        assert!(events.iter().any(|e| e.starts_with("1995 | Diplomacy")), "{events:?}");
        // Counter-example: an anniversary of nothing the engine knows is no event, and does
        // not take the relations' normalization either.
        let events = events_of(&story("40 years since the first city twinning"));
        assert!(!events.iter().any(|e| e.starts_with("1985")), "{events:?}");
    }

    #[test]
    fn a_visitor_may_follow_a_long_title() {
        // The name is learned from its short title elsewhere in the article.
        let text = "On March 10, 2023, Foreign Minister Bui Thanh Son received visiting Administrator of the United States Agency for International Development (USAID) Samantha Power in Hanoi.\n\nUSAID Administrator Samantha Power thanked the ministry.";
        assert_eq!(events_of(text), ["2023-03-10 | Visit | Samantha Power visits Vietnam"]);
        // Visiting students are nobody's visit: the minister did not travel either.
        let text = "On March 10, 2023, Foreign Minister Bui Thanh Son received visiting students from the United States, and USAID Administrator Samantha Power spoke.";
        assert!(events_of(text).iter().all(|e| !e.contains("Power visits")), "{:?}", events_of(text));
    }

    #[test]
    fn a_visit_with_nobody_named_gives_way_to_the_act_beside_it() {
        let text = "The official said she was pleased to visit and witness a ceremony to hand over the dioxin-decontaminated area in Bien Hoa Air Base to the Vietnamese side on March 7, 2023.";
        let events = events_of(text);
        assert_eq!(events.len(), 1, "{events:?}");
        assert!(events[0].starts_with("2023-03-07 | WarLegacy"), "{events:?}");
        assert!(events_of("She was pleased to visit Hanoi on March 7, 2023.").is_empty());
    }

    #[test]
    fn an_announcement_dated_before_that_is_the_act_announced() {
        let story = |body: &str| format!("U.S. lifts arms embargo\n\nU.S. President Barack Obama shakes hands with President Tran Dai Quang in Hanoi, Vietnam, May 23, 2016. REUTERS/Kham\n\n{body}\n");
        let events = events_of(&story("U.S. President Barack Obama announced on Monday that Washington will fully lift an embargo on sales of lethal arms to Vietnam."));
        assert!(events.iter().any(|e| e.starts_with("2016-05-23 | DefenseSecurity")), "{events:?}");
        // What someone argued is an opinion, not the act.
        let events = events_of(&story("Critics argued on Monday that the embargo on sales of lethal arms mattered little."));
        assert!(events.iter().all(|e| !e.contains("DefenseSecurity")), "{events:?}");
    }

    #[test]
    fn a_date_in_a_clause_is_told_by_that_clause() {
        let events = events_of("In July 2000, they signed a bilateral trade agreement that went into force in December 2001.");
        assert!(events.iter().any(|e| e.starts_with("2000-07 ")), "{events:?}");
        assert!(events.iter().any(|e| e.starts_with("2001-12 ") && e.contains("trade agreement takes effect")), "{events:?}");
        let events = events_of("In July 2000, they signed a bilateral trade agreement that critics opposed in December 2001.");
        assert!(events.iter().all(|e| !e.starts_with("2001")), "{events:?}");
        let events = events_of("The accord completed a reconciliation formally begun when President Bill Clinton lifted the trade embargo against Vietnam in 1994.");
        assert!(events.iter().any(|e| e.starts_with("1994 | Trade | ") && e.contains("lifted the trade embargo")), "{events:?}");
    }

    #[test]
    fn a_weekday_after_a_us_date_line_is_the_day_the_text_states() {
        let story = |caption: &str| {
            format!("Peace Corps to teach English in Vietnam\n\nMay 23, 2016 | 08:09 pm PT\n\n{caption}The two countries signed the Peace Corps agreement in Hanoi on Tuesday, witnessed by Secretary of State John Kerry.\n")
        };
        let signed = |events: Vec<String>| events.into_iter().find(|e| e.contains("Agreement")).unwrap_or_default();
        let caption = "Officials exchange documents at the Government Guesthouse in Hanoi, Vietnam May 24, 2016. Photo by REUTERS/Kham\n\n";
        assert!(signed(events_of(&story(caption))).starts_with("2016-05-24"), "{:?}", events_of(&story(caption)));
        // Without the day stated, Tuesday is the one before the date line.
        assert!(signed(events_of(&story(""))).starts_with("2016-05-17"));
    }

    #[test]
    fn the_end_of_a_quotation_is_no_event() {
        let quoted = "Washington, December 15, 2013\n\n\"Decades ago, I was on these waters. Today, I'm bearing witness as our nations signed an accord.\"\n";
        assert!(events_of(quoted).is_empty(), "{:?}", events_of(quoted));
        // Words quoted inside a report are the report's.
        let reported = "Washington, December 15, 2013\n\nToday, the two nations signed the \"Comprehensive Partnership\" accord.\n";
        assert_eq!(events_of(reported).len(), 1, "{:?}", events_of(reported));
    }

    #[test]
    fn an_anniversary_dates_what_it_celebrates() {
        let story = |body: &str| format!("Blinken in Hanoi\n\nApril 15, 2023 / 2:39 PM\n\n{body}\n");
        let events = events_of(&story("The trip coincides with the 10th anniversary of the signing of a comprehensive partnership agreement between the two countries."));
        assert!(events.iter().any(|e| e.starts_with("2013 ") && e.to_lowercase().contains("comprehensive partnership")), "{events:?}");
        let events = events_of(&story("Your visit takes place on the 10th anniversary of our Comprehensive Partnership."));
        assert!(events.iter().any(|e| e.starts_with("2013 | Diplomacy")), "{events:?}");
        // The celebration is not dated by what it celebrates, nor is a tenth visit a founding.
        let events = events_of(&story("Officials held a meeting to mark the 10th anniversary of the visit, his tenth trip."));
        assert!(events.iter().all(|e| !e.starts_with("2013")), "{events:?}");
    }

    #[test]
    fn years_since_an_act_date_it() {
        let story = |body: &str| format!("Khai at the White House\n\nPublished: 21 June, 2005, 22:22:57 (GMT+7)\n\n{body}\n");
        let events = events_of(&story("In the 10 years since diplomatic ties were restored after the war, the United States has become Vietnam's top trading partner."));
        assert!(events.iter().any(|e| e.starts_with("1995 | Diplomacy")), "{events:?}");
        let events = events_of(&story("The visit marks the 10th anniversary of diplomatic relations (1995–2005)."));
        assert!(events.iter().any(|e| e.starts_with("1995 | Diplomacy")), "{events:?}");
        assert!(events_of(&story("In the 10 years since, trade has grown fast.")).is_empty());
    }

    #[test]
    fn a_date_that_opens_its_clause_is_followed_past_the_comma() {
        let events = events_of("President Bush travelled to Hanoi in 2006, while the following year, Vietnam President Nguyen Minh Triet visited the White House.");
        assert!(events.iter().any(|e| e.starts_with("2007 | Visit | Nguyen Minh Triet")), "{events:?}");
        // The clause after the comma names no act of its own: nothing happened in 2007.
        let events = events_of("President Bush travelled to Hanoi in 2006, while the following year, trade grew fast.");
        assert!(events.iter().all(|e| !e.starts_with("2007")), "{events:?}");
    }

    #[test]
    fn a_visit_says_how_many_days_it_lasts() {
        let length = |text: &str| {
            let tokens = tokenize(text, 0, text.len());
            visit_length(&tokens, 0, tokens.len())
        };
        assert_eq!(length("Biden arrived on September 10, beginning his two-day State visit to Vietnam"), Some(2));
        assert_eq!(length("a 3-day official trip to Washington"), Some(3));
        assert_eq!(length("the two-day forum opened in Hanoi"), None);
        assert_eq!(length("a two-day"), None);
    }
}
