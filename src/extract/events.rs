//! Reads event candidates out of sentences: each dated clause with a trigger ("visited",
//! "signed", "normalized", "phone talks"…) becomes one candidate with its people, its
//! direction and a short title. Merging candidates into events is `merge`'s job.

use super::acts;
use super::dates::Mention as DateMention;
use super::people::{Entry, Mention as PersonMention};
use super::text::{Kind, Token};
use super::titles::title;
use crate::model::{Category, Country, DateRange, Direction};

mod clauses;
mod deeds;
mod founding;
mod keys;
mod mood;
mod narration;
mod senses;
mod ships;
mod speech;
mod triggers;
mod visits;

use founding::FOUNDING;
use mood::{scheduled_for_a_weekday, tells_news, tells_nothing_undone, tells_past_act, PLANNING};
pub use visits::stretch_by_length;
pub use ships::{name_the_ship, ship_name};
use deeds::names_both_sides;
use clauses::{celebrated_from, enumerates, is_dateline, is_leading, segment, subordinate_clauses};
use keys::{antecedent_start, object_key, says_first};
pub(crate) use keys::relative_subject;
pub(crate) use clauses::reduced_relative;
pub(crate) use triggers::pact_before_participle;
use triggers::{best_trigger, best_trigger_where, celebrated_topic, named_by_year, trigger_at as trigger_at_word};
use visits::{destination, direction_of, find_visitor, is_host, is_visit_verb, one_side_only};

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
    /// For an undated sentence of a paragraph whose narration a date has set: that date (at
    /// the month, for a day), which a past deed told next took place in ("Obama arrived in
    /// Hanoi on May 23, 2016. During the visit, he announced the lifting of the embargo").
    pub narration: Option<DateRange>,
    /// In a transcript's turns: the day of the remarks, which a guest welcomed or a visit
    /// told as under way ("It's a pleasure to welcome Foreign Minister Cam to the United
    /// States") took place on.
    pub remarks_day: Option<DateRange>,
}

/// Whether an undated sentence of a story's news day tells an act of that day: a deed done
/// ("launched", "announced") or a meeting held ("hosted", "met"), with no word of a plan, and
/// naming both sides, or one side's person doing a deed ("Mr Kerry announced a $US17 million
/// package").
fn takes_news_day(view: &SentenceView) -> bool {
    let tokens = view.tokens;
    let deed = tells_past_act(tokens) && !narration::pledges_more_of_the_same(tokens);
    let met = !deed && narration::tells_meeting_held(tokens) && tells_nothing_undone(tokens);
    (deed && (names_both_sides(view) || narration::person_did(tokens, view.people))) || (met && names_both_sides(view))
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
        let range = match view.lead {
            Some(range) if tells_news(tokens) => range,
            _ => match view.news_day {
                Some(range) if takes_news_day(view) => {
                    by_news_day = true;
                    range
                }
                _ => match (view.narration, view.remarks_day) {
                    (Some(range), _) if narration::continues(view) => range,
                    (_, Some(day)) if visits::under_way(tokens) => day,
                    _ => return Vec::new(),
                },
            },
        };
        // Dated by the story, not by words of its own: an empty mention at its start.
        let mention = DateMention {
            first: 0,
            last: 0,
            start: tokens[0].start,
            end: tokens[0].start,
            stated: super::dates::Stated::Relative(super::dates::Relative::Recently),
            in_brackets: false,
        };
        dates.push(DatedMention { mention, range });
    }
    // "the 10th anniversary of …" counts back from the article's date: in a sentence with a
    // date of its own ("On July 12, 1996, Lake visited Hanoi to mark the first anniversary of
    // normalization") it counts from that day instead, or stands only alone.
    let is_anniversary = |d: &DatedMention| super::dates::is_anniversary(d.mention.stated);
    // A span in brackets only repeats it: "the 30th anniversary of relations (1995–2025)".
    if view.dates.iter().any(|d| !d.mention.in_brackets && !is_anniversary(d)) {
        clauses::count_anniversaries_from_their_day(tokens, view.dates, &mut dates);
        if dates.is_empty() {
            return Vec::new();
        }
    }
    let leading = is_leading(tokens, &dates[0].mention);
    let mut regions = subordinate_clauses(tokens, &dates);
    // "their Liaison Offices opened during January 1995": a reduced relative clause is the
    // date's own clause, as a relative clause is.
    let reduced: Vec<Option<(usize, usize)>> = dates.iter().map(|d| reduced_relative(tokens, &d.mention)).collect();
    regions.extend(reduced.iter().zip(&dates).filter_map(|(r, d)| r.map(|(_, participle)| (participle, d.mention.last))));
    let mut out: Vec<Candidate> = Vec::new();
    for (k, dated) in dates.iter().enumerate() {
        let (from, to) = segment(tokens, &dates, k, leading);
        // "A month later, both nations upgraded their liaison offices, which had opened in
        // January of that year, to embassy status": the next date, inside a relative clause,
        // does not end this one's clause.
        let to = if regions.iter().any(|r| r.0 >= dated.mention.last && r.0 < to && to < r.1 && (tokens[r.0].is_any(&["which", "who"]) || reduced.iter().flatten().any(|(_, p)| *p == r.0))) {
            dates[k + 1..].iter().map(|d| d.mention.first).find(|&f| !regions.iter().any(|r| r.0 < f && f < r.1)).unwrap_or(tokens.len())
        } else {
            to
        };
        // "The port call came a week after a landmark visit to Washington": the date is the
        // visit's, told after it; what came is of the date told before.
        let follows = narration::dates_what_follows(tokens, &dated.mention);
        let from = if follows { from.max(dated.mention.last) } else { from };
        let enumerated = k > 0 && reduced[k].is_none() && enumerates(tokens, from, dated.mention.first, leading);
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
        // The clause its "after" opens is the date's own.
        let inside = if follows { regions.iter().copied().find(|r| r.0 + 1 == dated.mention.last).or(inside) } else { inside };
        let allowed_in = |own_clause: Option<(usize, usize)>, i: usize| match own_clause {
            Some((lo, hi)) => lo <= i && i < hi,
            None => !regions.iter().any(|r| r.0 <= i && i < r.1),
        };
        // "In July 2000, they signed a trade agreement that went into force in December 2001":
        // a date in a relative clause is told by that clause, which runs back to what it
        // says of.
        // An adverbial clause ("when Clinton lifted the embargo in 1994") is told from its
        // own first word.
        // "the Vietnam Low Emission Energy Program II (V-LEEP II), which was announced by Vice
        // President Kamala Harris during her visit to Vietnam in August 2021": a passive
        // relative clause tells a deed done to what it says of, beside the visit it names.
        let passive = inside.filter(|&(lo, _)| {
            lo > 0
                && tokens[lo - 1].is(",")
                && tokens[lo].is_any(&["which", "that"])
                && tokens.get(lo + 1).is_some_and(|t| t.is_any(&["was", "were"]))
                && tokens.get(lo + 2).is_some_and(|t| acts::tells_deed(std::slice::from_ref(t)))
                && tokens.get(lo + 3).is_some_and(|t| t.is("by"))
        });
        let from = match inside {
            Some((lo, _)) if passive.is_some() => antecedent_start(tokens, lo),
            // A reduced relative clause says of the noun phrase before it.
            Some((lo, _)) if reduced[k].is_some_and(|(_, p)| p == lo) => reduced[k].map_or(from, |(np, _)| np),
            Some((lo, _)) if leading && lo < from && tokens[lo].is_any(&["that", "which"]) => antecedent_start(tokens, lo),
            Some((lo, _)) if lo >= from && !tokens[lo].is_any(&["that", "which", "who"]) => lo + 1,
            _ => from,
        };
        // The reduced relative clause ends with its date.
        let to = if reduced[k].is_some() && inside.is_some() { dated.mention.last } else { to };
        // What an anniversary celebrates follows it: "held a meeting to mark the 10th
        // anniversary of the visit" dates no meeting.
        let from = if is_anniversary(dated) { from.max(dated.mention.first) } else { from };
        // "In 2019, the two countries are celebrating 25 years of …": the celebrated act is not
        // of 2019.
        // Only when nothing before the celebration is told: "held a meeting marking 20 years
        // of trade normalization" is the meeting, titled in full.
        let to = match celebrated_from(tokens, from, to) {
            Some(at)
                if !is_anniversary(dated)
                    && at >= dated.mention.last
                    && best_trigger(tokens, from, at, dated.mention.first, &|_| true).is_none()
                    && acts::find(tokens, from, at, view.item, &|_| true).is_none() =>
            {
                at
            }
            _ => to,
        };
        // "a Comprehensive Strategic Partnership that the countries agreed on in 2023": a
        // relative clause tells of the noun it follows, which counts as its own.
        let inside = inside.map(|(lo, hi)| if tokens[lo].is_any(&["that", "which"]) { (antecedent_start(tokens, lo).max(from), hi) } else { (lo, hi) });
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
            // Only when its words name a happening: "Rapid growth of Vietnamese students" is a trend.
            let happening = super::items::names_happening(&tokens[from.min(to)..to.min(tokens.len())]);
            (view.item && k == 0 && words >= 3 && happening).then(|| {
                let category = acts::category_of(tokens, from, to);
                // Keyed by its sentence: two items are two happenings.
                (Topic::Act { category, key: format!("item {}", view.sentence) }, None)
            })
        };
        // An anniversary names what it celebrates after it, so in a list ("the 30th anniversary
        // of relations and 40 years since the first joint searches for the missing") it takes
        // that act before the list's shared trigger.
        let celebrated_act = || if is_anniversary(dated) { act() } else { None };
        let (mut topic, mut trigger_at) = match (celebrated_topic(tokens, &m).or_else(|| named_by_year(tokens, &m)).or(trigger).or_else(celebrated_act), &previous) {
            (Some(found), _) => found,
            (None, Some(prev)) if enumerated && !is_anniversary(dated) => (prev.topic.clone(), None),
            _ => match act().or_else(item).or_else(|| {
                // Only at a date of the calendar: "20 years ago" dates no deed well enough.
                let calendar = matches!(m.stated, super::dates::Stated::Calendar { .. });
                let at = calendar.then(|| deeds::bilateral_deed(view, from, to, &allowed)).flatten()?;
                Some((Topic::Act { category: acts::category_of(tokens, from, to), key: tokens[at].folded.as_str().to_string() }, Some(at)))
            }) {
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
            let planned = mood::told_with_a_modal(tokens, at, from)
                || before.windows(2).any(|w| w[0].is_any(&PLANNING) && w[1].is("to"))
                || senses::is_invited(tokens, at, from)
                || senses::is_aim(tokens, at, from)
                || scheduled_for_a_weekday(tokens, &dated.mention, from, to);
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
            let direction = destination(tokens, from, to);
            if let Some(title) = trigger_at.filter(|_| topic == Topic::Visit).and_then(|at| visits::delegation_title(view, from, at, direction)) {
                out.push(candidate(view, dated, Topic::Visit, Vec::new(), None, direction, title, false));
                continue;
            }
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
        if topic == Topic::Meeting && one_side_only(view, &actors) { continue; }
        let direction = visitor
            .and_then(|v| direction_of(view, v))
            .or_else(|| destination(tokens, from, to))
            .filter(|_| topic == Topic::Visit);
        let first = view.next_says_first || says_first(tokens, from, to);
        // The days a visit, a port call or talks run, when the sentence tells them.
        let mut dated = *dated;
        visits::stretch_to_stated_days(view, &mut dated, &topic, from, to);
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
        // "announced the elevation … following talks between Trong and Biden in Hanoi on
        // Sunday": talks of both sides are a meeting of their own beside the act they led to.
        if !matches!(topic, Topic::Visit | Topic::Meeting) {
            let talks = (from..to.min(tokens.len())).find(|&i| allowed(i) && tokens[i].is_any(&["talks", "talk"]) && trigger_at_word(tokens, i, from, to) == Some(Topic::Meeting));
            let side = |c: Country| people.iter().any(|p| view.registry.get(p.person).is_some_and(|e| e.country == Some(c)));
            if let Some(at) = talks.filter(|_| side(Country::Us) && side(Country::Vietnam)) {
                let met: Vec<usize> = people.iter().map(|p| p.person).collect();
                let title = title(view, &Topic::Meeting, &met, None, None, false, (from, to), Some(at), dated);
                out.push(candidate(view, dated, Topic::Meeting, met, None, None, title, false));
            }
        }
        let mut title = title(view, &topic, &actors, visitor, direction, first, (from, to), trigger_at, dated);
        if title.trim().is_empty() {
            // Never an empty title: the sentence's first words stand in.
            let words: Vec<&str> = view.text[tokens[0].start..tokens[tokens.len() - 1].end].split_whitespace().take(14).collect();
            title = words.join(" ");
        }
        if let Some((lo, hi)) = passive.filter(|_| matches!(topic, Topic::Visit | Topic::Meeting)) {
            let title = super::titles::passive_title(view, from, lo, hi.min(to), dated);
            if let Some(title) = title {
                let category = acts::category_of(tokens, from, lo);
                let key = tokens[lo + 2].folded.as_str().to_string();
                out.push(candidate(view, dated, Topic::Act { category, key }, actors.clone(), None, None, title, first));
            }
        }
        // "In 2003, the two countries signed a Counternarcotics Letter of Agreement, a Civil
        // Aviation Agreement, and a textile agreement": each pact is a happening, titled as the
        // first is.
        let mut more = Vec::new();
        if let (Topic::Signed(_), Some(at)) = (&topic, trigger_at) {
            let object = super::titles::signed_object(view, at + 1, to);
            if let Some(prefix) = title.strip_suffix(object.as_str()).filter(|_| !object.is_empty()) {
                for (s, e) in keys::later_pacts(tokens, at, to) {
                    let object = super::titles::signed_object(view, s, e);
                    let key = object_key(tokens, s, e);
                    if !object.is_empty() && !key.is_empty() {
                        more.push(candidate(view, dated, Topic::Signed(key), actors.clone(), None, None, format!("{prefix}{object}"), first));
                    }
                }
            }
        }
        out.push(candidate(view, dated, topic, actors, visitor, direction, title, first));
        out.extend(more);
    }
    // A meeting told again after the lead ("Schwab and Dung also exchanged views") is the
    // lead's meeting, not another: on the news day only acts are added.
    if by_news_day {
        out.retain(|c| match c.topic {
            Topic::Act { .. } => true,
            // A new meeting of the day ("Vice President Joe Biden hosted Trong for a lunch").
            Topic::Meeting | Topic::Visit => !narration::tells_again(view.tokens),
            // The lead's agreement told again, in the passive ("The deal was signed by …").
            _ => !narration::tells_passive(view.tokens),
        });
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
            || speech::is_deadline(tokens, &m)
    };
    // "…, the spokesman said in a statement today": the date of the saying, not of the deed.
    let of_speech = |d: &DatedMention| {
        tokens[d.mention.first.saturating_sub(4)..d.mention.first].iter().any(|t| t.is_any(&["said", "says", "told", "stated", "statement", "remarked"]))
            && !speech::reports_done_deed(tokens, &d.mention)
            && !speech::placed_in_a_visit(tokens, &d.mention)
    };
    let mut inside: Vec<DatedMention> =
        view.dates.iter().copied().filter(|d| !d.mention.in_brackets && !period_start(d) && !of_speech(d)).collect();
    if inside.len() > 1 && is_dateline(tokens, &inside[0].mention) {
        inside.remove(0);
    }
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

#[cfg(test)]
mod tests;
