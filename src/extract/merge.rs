//! Merges candidates into events: one event per real-world happening, with every sentence
//! that tells it, the best-supported date, and the sources that disagree with that date.
//! Disagreements are between texts: one text telling one topic at two dates tells two
//! happenings. Two texts disagree on dates that cannot both be right: a day apart for a
//! one-day act (unless a text gives both days, as time zones do), a month apart, or a year
//! apart for a named act.

use super::events::{Candidate, Topic};
use crate::model::{Conflict, DateRange, Event, Precision, Source};
use std::collections::{HashMap, HashSet};

/// What the merge needs to know about the documents: ids and texts, by index.
pub struct Docs<'a> {
    pub ids: Vec<&'a str>,
    pub texts: Vec<&'a str>,
    /// Per document, per sentence: the byte span.
    pub sentence_spans: Vec<Vec<(usize, usize)>>,
}

/// How a candidate relates to a group of candidates.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Relation {
    Same,
    /// The same happening, told with a date that cannot be reconciled.
    Disagrees,
    Different,
}

/// Two dates fit one happening when they overlap, or when both are told to the day and fall
/// on days next to each other: a night in Washington is the next morning in Hanoi ("July 11,
/// 1995 … (July 12 Vietnam time)"). Months or years next to each other are no time zone
/// apart: "January 1992" and "February 1992" disagree.
fn joinable(a: DateRange, b: DateRange) -> bool {
    a.overlaps(b) || (to_the_day(a) && to_the_day(b) && a.gap_days(b) <= 1)
}

fn to_the_day(range: DateRange) -> bool {
    range.start.precision() == Precision::Day && range.end.is_none_or(|e| e.precision() == Precision::Day)
}

/// Two single days one day apart: one happening, but told on two dates. Only a text that
/// gives both days (the time zones spelled out) makes them one date; otherwise the texts
/// disagree ("February 2, 1994" in one chronology, "February 3, 1994" in another).
fn days_apart(a: DateRange, b: DateRange) -> bool {
    a.end.is_none() && b.end.is_none() && to_the_day(a) && to_the_day(b) && a.gap_days(b) == 1
}

fn share_actor(a: &[usize], b: &[usize]) -> bool {
    a.iter().any(|x| b.contains(x))
}

fn at_least_month(range: DateRange) -> bool {
    range.start.precision() >= Precision::Month && !range.approximate
}

/// Dates that cannot both be right for one happening, yet are close enough to be told of it:
/// within 400 days when both give at least a month; a year apart when one gives only the
/// year ("in 1996 I appointed Pete Peterson" against "in 1997, Clinton nominated Peterson"),
/// which only a topic that names one act may claim.
fn irreconcilable(a: DateRange, b: DateRange, specific: bool) -> bool {
    if at_least_month(a) && at_least_month(b) {
        return a.gap_days(b) <= 400;
    }
    let plain = |r: DateRange| !r.approximate && r.end.is_none();
    specific && plain(a) && plain(b) && (a.start.year - b.start.year).abs() == 1
}

/// Whether two acts of the lexicon (`acts`) name one kind of happening: one head word, or
/// one's head word among the other's words ("lifts the ban on organized U.S. travel", keyed
/// "ban", and "lifted the travel ban", keyed "travel"), or two verbs of one act done to the
/// same person (`ONE_ACT`). A chronology item is keyed by its line, which names nothing
/// outside its own text.
fn same_act(a_key: &str, a_words: &[String], b_key: &str, b_words: &[String], same_text: bool, same_people: bool) -> bool {
    let item = |k: &str| k.starts_with("item ");
    if item(a_key) || item(b_key) {
        return same_text && a_key == b_key;
    }
    let told_in = |words: &[String], key: &str| words.iter().any(|w| stem(w) == stem(key));
    // "Clinton nominated Peterson as the first U.S. ambassador" and "Peterson takes up post as
    // U.S. Ambassador in Hanoi": choosing an envoy is not any later act its title's words name.
    if choosing(a_key) != choosing(b_key) {
        return stem(a_key) == stem(b_key);
    }
    stem(a_key) == stem(b_key) || told_in(a_words, b_key) || told_in(b_words, a_key) || (same_people && one_act(a_key, b_key))
}

/// Whether `bare` is a one-word key that ends `full`: "agreement" of "peace corps operation
/// agreement".
fn bare_of(bare: &str, full: &str) -> bool {
    !bare.contains(' ') && full.len() > bare.len() && full.ends_with(bare) && full.as_bytes()[full.len() - bare.len() - 1] == b' '
}

/// Verbs that name one act: choosing an envoy ("Clinton nominated Peterson", "I appointed
/// Pete Peterson"). A Senate confirming or an envoy sworn in is a later step, so "confirm"
/// and "swear" are not here.
const ONE_ACT: &[&[&str]] = &[&["nominate", "appoint", "name"]];

/// Whether two folded head words are verbs of one act (`ONE_ACT`), whatever their inflection.
fn one_act(a: &str, b: &str) -> bool {
    let (a, b) = (stem(a), stem(b));
    ONE_ACT.iter().any(|act| act.iter().any(|w| stem(w) == a) && act.iter().any(|w| stem(w) == b))
}

/// Whether a head word is one of choosing an envoy (`ONE_ACT`).
fn choosing(key: &str) -> bool {
    ONE_ACT.iter().any(|act| act.iter().any(|w| stem(w) == stem(key)))
}

/// A folded word without its English inflection, keeping at least three letters: "opened",
/// "opens" and "opening" are "open"; "embassy" and "embassies" are "embass".
fn stem(word: &str) -> &str {
    ["ing", "ies", "ed", "es", "s", "e", "y"]
        .iter()
        .find_map(|ending| word.strip_suffix(ending).filter(|rest| rest.len() >= 3))
        .unwrap_or(word)
}

/// The folded words of a title, for `same_act`.
fn title_words(title: &str) -> Vec<String> {
    crate::extract::text::fold(title).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// Candidates merged so far, with what `relation` asks kept up to date.
struct Group {
    members: Vec<usize>,
    actors: Vec<usize>,
    /// The union of the members' days, for a quick test before looking at each member.
    first_day: i64,
    last_day: i64,
}

impl Group {
    fn new(index: usize, c: &Candidate) -> Self {
        let (first_day, last_day) = c.date.day_bounds();
        Group { members: vec![index], actors: c.actors.clone(), first_day, last_day }
    }

    fn add(&mut self, index: usize, c: &Candidate) {
        self.members.push(index);
        for a in &c.actors {
            if !self.actors.contains(a) {
                self.actors.push(*a);
            }
        }
        let (first, last) = c.date.day_bounds();
        self.first_day = self.first_day.min(first);
        self.last_day = self.last_day.max(last);
    }
}

fn relation(group: &Group, candidates: &[Candidate], words: &[Vec<String>], index: usize) -> Relation {
    let c = &candidates[index];
    let anchor_index = group.members[0];
    let anchor = &candidates[anchor_index];
    let actors = &group.actors;
    // Two candidates of one sentence are two things it tells ("visits Hanoi and announces
    // the lifting of the embargo"), unless they are the same kind.
    let same_sentence = group.members.iter().any(|&m| candidates[m].doc == c.doc && candidates[m].sentence == c.sentence);
    if same_sentence && anchor.topic != c.topic {
        return Relation::Different;
    }
    // "Following the White House meeting, Vice President Joe Biden hosted Trong for a lunch":
    // one text's meetings of one day, each with someone the other lacks, are two meetings.
    let other_meeting = |m: &usize| {
        let o = &candidates[*m];
        o.doc == c.doc && o.topic == Topic::Meeting && o.actors.iter().any(|a| !c.actors.contains(a)) && c.actors.iter().any(|a| !o.actors.contains(a))
    };
    if c.topic == Topic::Meeting && group.members.iter().any(other_meeting) {
        return Relation::Different;
    }
    let same_key = match (&anchor.topic, &c.topic) {
        (Topic::Act { category: a, key: a_key }, Topic::Act { category: b, key: b_key }) => {
            a == b && same_act(a_key, &words[anchor_index], b_key, &words[index], anchor.doc == c.doc, share_actor(actors, &c.actors))
        }
        // One text's "signed an agreement" and its "signed the Peace Corps Operation
        // agreement": the bare word names nothing else there.
        (Topic::Signed(a), Topic::Signed(b)) if anchor.doc == c.doc => a == b || bare_of(a, b) || bare_of(b, a),
        (a, b) if a.is_specific() && b.is_specific() => a == b,
        (Topic::Visit, Topic::Visit) => match (anchor.visitor, c.visitor) {
            (Some(a), Some(b)) => a == b,
            _ => share_actor(actors, &c.actors),
        },
        (Topic::Visit | Topic::Meeting, Topic::Visit | Topic::Meeting) => share_actor(actors, &c.actors),
        // A partnership set up during a visit and the visit are two events: "Biden arrived in
        // Hanoi on Sunday" and "the two countries upgraded relations" each stand.
        (a, b) if a.is_specific() || b.is_specific() => false,
        (a, b) => a == b && (actors.is_empty() || c.actors.is_empty() || share_actor(actors, &c.actors)),
    };
    if !same_key {
        return Relation::Different;
    }
    let (first, last) = c.date.day_bounds();
    let near = first <= group.last_day + 1 && last + 1 >= group.first_day;
    if near && group.members.iter().any(|&m| joinable(candidates[m].date, c.date)) {
        return Relation::Same;
    }
    // A text does not disagree with itself: one topic at two dates of one text is two
    // happenings ("April 1991 – the two sides agree to open an office for MIA affairs",
    // "July 7, 1991 – the office opens").
    if group.members.iter().any(|&m| candidates[m].doc == c.doc) {
        return Relation::Different;
    }
    let same_kind = anchor.topic == c.topic || matches!((&anchor.topic, &c.topic), (Topic::Act { .. }, Topic::Act { .. }));
    if same_kind && irreconcilable(anchor.date, c.date, c.topic.is_specific()) {
        Relation::Disagrees
    } else {
        Relation::Different
    }
}

/// The calendar years a date covers, at most 50 of them.
fn year_span(date: DateRange) -> (i32, i32) {
    let first = date.start.year;
    let last = date.end.map_or(first, |e| e.year).clamp(first, first.saturating_add(50));
    (first, last)
}

/// Groups candidates into events.
pub fn merge(mut candidates: Vec<Candidate>, docs: &Docs, registry_names: &[String]) -> Vec<Event> {
    // Precise dates first, so they anchor their groups; captions last, as they never anchor.
    crate::sort::sort_by_cached_key(&mut candidates, |c| (c.caption, c.date.approximate, c.date.width_days(), c.doc, c.sentence));
    let mut groups: Vec<Group> = Vec::new();
    // Groups by the years they cover, so a candidate meets only groups near its date
    // (within the 400 days a disagreement may span), not every group so far.
    let mut by_year: HashMap<i32, Vec<usize>> = HashMap::new();
    let words: Vec<Vec<String>> =
        candidates.iter().map(|c| if matches!(c.topic, Topic::Act { .. }) { title_words(&c.title) } else { Vec::new() }).collect();
    for (index, candidate) in candidates.iter().enumerate() {
        let (first_year, last_year) = year_span(candidate.date);
        let mut nearby: Vec<usize> = (first_year - 2..=last_year + 2).flat_map(|y| by_year.get(&y).into_iter().flatten().copied()).collect();
        crate::sort::sort_numbers(&mut nearby);
        nearby.dedup();
        let mut target = None;
        for g in nearby {
            match relation(&groups[g], &candidates, &words, index) {
                Relation::Same => {
                    target = Some(g);
                    break;
                }
                Relation::Disagrees if target.is_none() => target = Some(g),
                _ => {}
            }
        }
        let g = match target {
            Some(g) => {
                groups[g].add(index, candidate);
                g
            }
            None if !candidate.caption => {
                groups.push(Group::new(index, candidate));
                groups.len() - 1
            }
            None => continue,
        };
        for year in first_year..=last_year {
            let list = by_year.entry(year).or_default();
            if !list.contains(&g) {
                list.push(g);
            }
        }
    }
    let mut events: Vec<Event> =
        groups.iter().map(|g| build(g.members.iter().map(|&i| &candidates[i]).collect(), docs, registry_names)).collect();
    crate::sort::sort_by(&mut events, |a, b| (a.date, a.end, &a.title).cmp(&(b.date, b.end, &b.title)));
    assign_ids(&mut events);
    events
}

/// One date told of a happening, with what decides where it stands among the others.
struct Claim {
    date: DateRange,
    /// A one-day act (signed, lifted, announced) can be told a day apart; a visit or a
    /// meeting lasts days, and two texts naming two of its days do not disagree.
    one_day: bool,
    /// A coarse date that fits finer dates of two clusters.
    neutral: bool,
}

/// The distinct claims of a group's members, in the members' order (precise dates first),
/// grouped into clusters of agreeing claims, and which claims agree with the winning
/// cluster. Claims, not members, are compared, so a happening told a thousand times at one
/// date costs one comparison.
struct Claims {
    /// Per claim: whether it agrees with the winning cluster.
    wins: Vec<bool>,
    /// Per member: its claim.
    member_claim: Vec<usize>,
}

impl Claims {
    fn new(members: &[&Candidate]) -> Self {
        let mut claims: Vec<Claim> = Vec::new();
        let mut index: HashMap<(DateRange, bool), usize> = HashMap::new();
        let member_claim: Vec<usize> = members
            .iter()
            .map(|m| {
                let one_day = m.topic.is_specific();
                *index.entry((m.date, one_day)).or_insert_with(|| {
                    claims.push(Claim { date: m.date, one_day, neutral: false });
                    claims.len() - 1
                })
            })
            .collect();
        // A text that gives two days of one happening reconciles them ("July 11, 1995 (July
        // 12 Vietnam time)").
        let mut docs_by_date: HashMap<DateRange, Vec<usize>> = HashMap::new();
        for m in members {
            let docs = docs_by_date.entry(m.date).or_default();
            if !docs.contains(&m.doc) {
                docs.push(m.doc);
            }
        }
        let told_both = |a: DateRange, b: DateRange| {
            let (of_a, of_b) = (docs_by_date.get(&a), docs_by_date.get(&b));
            of_a.zip(of_b).is_some_and(|(x, y)| x.iter().any(|d| y.contains(d)))
        };
        // Whether two claims tell one date: they fit one happening (`joinable`), and are not
        // two days of a one-day act that no text gives both of.
        let agree = |a: &Claim, b: &Claim| {
            joinable(a.date, b.date) && !(days_apart(a.date, b.date) && a.one_day && b.one_day && !told_both(a.date, b.date))
        };
        let mut cluster_of: Vec<usize> = Vec::with_capacity(claims.len());
        let mut clusters = 0;
        for k in 0..claims.len() {
            match (0..k).find(|&o| agree(&claims[o], &claims[k])) {
                Some(o) => cluster_of.push(cluster_of[o]),
                None => {
                    cluster_of.push(clusters);
                    clusters += 1;
                }
            }
        }
        // A coarse date that fits finer dates of two clusters ("1994" beside "February 2"
        // and "February 3") takes no side: it counts for neither and is no conflict with the
        // winner.
        let neutral: Vec<bool> = (0..claims.len())
            .map(|k| {
                let mut fitted: Vec<usize> = (0..claims.len())
                    .filter(|&o| claims[o].date.width_days() < claims[k].date.width_days() && agree(&claims[o], &claims[k]))
                    .map(|o| cluster_of[o])
                    .collect();
                crate::sort::sort_numbers(&mut fitted);
                fitted.dedup();
                fitted.len() >= 2
            })
            .collect();
        for (claim, neutral) in claims.iter_mut().zip(neutral) {
            claim.neutral = neutral;
        }
        let winner = winning_cluster(members, &member_claim, &claims, &cluster_of, clusters);
        // The winner's own dates, without the coarse ones it shares, say what else fits it.
        let own: Vec<usize> = (0..claims.len()).filter(|&k| cluster_of[k] == winner && !claims[k].neutral).collect();
        let wins = (0..claims.len()).map(|k| cluster_of[k] == winner || own.iter().any(|&o| agree(&claims[o], &claims[k]))).collect();
        Claims { wins, member_claim }
    }
}

/// The cluster told by the most texts (coarse dates that take no side and captions do not
/// count), then the one with the most precise date.
fn winning_cluster(members: &[&Candidate], member_claim: &[usize], claims: &[Claim], cluster_of: &[usize], clusters: usize) -> usize {
    let mut docs: Vec<Vec<usize>> = vec![Vec::new(); clusters];
    let mut narrowest: Vec<i64> = vec![i64::MAX; clusters];
    for (m, &k) in members.iter().zip(member_claim) {
        let cluster = cluster_of[k];
        narrowest[cluster] = narrowest[cluster].min(m.date.width_days());
        if !m.caption && !claims[k].neutral && !docs[cluster].contains(&m.doc) {
            docs[cluster].push(m.doc);
        }
    }
    (0..clusters).max_by_key(|&i| (docs[i].len(), std::cmp::Reverse(narrowest[i]))).unwrap_or(0)
}

/// One event from its group: the date most articles support, the best title, all sources.
fn build(members: Vec<&Candidate>, docs: &Docs, names: &[String]) -> Event {
    // The date most texts tell wins; the others are conflicts.
    let claims = Claims::new(&members);
    let (mut winner, mut losers): (Vec<&Candidate>, Vec<&Candidate>) = (Vec::new(), Vec::new());
    for (&m, &k) in members.iter().zip(&claims.member_claim) {
        if claims.wins[k] {
            winner.push(m);
        } else {
            losers.push(m);
        }
    }
    // The finest precision told, and among those the range that agrees with the most
    // reports: "September 10-11" over "September 10" when both are told of one visit.
    let exact: Vec<&&Candidate> = winner.iter().filter(|c| !c.date.approximate).collect();
    let pool: Vec<&&Candidate> = if exact.is_empty() { winner.iter().collect() } else { exact };
    let finest = pool.iter().map(|c| c.date.start.precision()).max();
    // The winners' dates, each with how many tell it: an event told a hundred times has a
    // handful of distinct dates, so this keeps the choice linear in its tellings.
    let mut told: Vec<(DateRange, usize)> = Vec::new();
    for c in &winner {
        match told.iter_mut().find(|(d, _)| *d == c.date) {
            Some((_, n)) => *n += 1,
            None => told.push((c.date, 1)),
        }
    }
    let date = pool
        .iter()
        .filter(|c| Some(c.date.start.precision()) == finest)
        .max_by_key(|c| (told.iter().filter(|(d, _)| c.date.contains(*d)).map(|(_, n)| n).sum::<usize>(), std::cmp::Reverse(c.date.width_days())))
        .map(|c| c.date)
        .unwrap_or(members[0].date);
    // Among equals, a text's first telling names the event: a later sentence ("Le Van Bang is
    // confirmed as well") adds to it.
    // One text telling a visit on two days ("arrived on Saturday", a photo "on December 15")
    // tells the days it lasted.
    let one_day = |c: &&Candidate| c.topic == Topic::Visit && c.date.end.is_none() && !c.date.approximate && c.date.start.precision() == Precision::Day;
    let date = if winner.len() > 1 && winner.iter().all(|c| c.doc == winner[0].doc && one_day(c)) {
        let first = winner.iter().map(|c| c.date.start).min().unwrap_or(date.start);
        let last = winner.iter().map(|c| c.date.start).max().unwrap_or(date.start);
        if first < last && DateRange::point(first).gap_days(DateRange::point(last)) <= 14 { DateRange::span(first, last) } else { date }
    } else {
        date
    };
    let best = winner
        .iter()
        .filter(|c| !c.caption)
        .max_by_key(|c| (c.topic.rank(), c.first, c.visitor.is_some(), std::cmp::Reverse(c.doc), std::cmp::Reverse(c.sentence)))
        .or_else(|| winner.first())
        .copied()
        .unwrap_or(members[0]);
    let mut actors: Vec<usize> = best.actors.clone();
    for m in &members {
        for a in &m.actors {
            if !actors.contains(a) {
                actors.push(*a);
            }
        }
    }
    let mut sources: Vec<Source> = Vec::new();
    let mut ordered = members.clone();
    crate::sort::sort_by_key(&mut ordered, |c| (c.caption, c.doc, c.sentence));
    // One source per sentence, however many candidates it gave the event.
    let mut quoted: HashSet<(usize, usize)> = HashSet::new();
    for m in &ordered {
        if quoted.insert((m.doc, m.sentence)) {
            sources.push(source(m, docs));
        }
    }
    let conflicts: Vec<Conflict> = losers
        .iter()
        .map(|m| {
            let s = source(m, docs);
            Conflict { doc: s.doc, date: m.date.start, quote: s.quote, date_as_stated: s.date_as_stated }
        })
        .collect();
    Event {
        id: String::new(),
        date: date.start,
        end: date.end,
        approximate: date.approximate,
        title: best.title.clone(),
        category: best.topic.category(),
        actors: actors.iter().filter_map(|&a| names.get(a).cloned()).collect(),
        direction: best.direction.or_else(|| members.iter().find_map(|m| m.direction)),
        sources,
        conflicts,
        milestone: best.topic.is_milestone() || (best.topic == Topic::Visit && members.iter().any(|m| m.first)),
    }
}

fn source(c: &Candidate, docs: &Docs) -> Source {
    let (start, end) = docs.sentence_spans[c.doc][c.sentence];
    let text = docs.texts[c.doc];
    Source {
        doc: docs.ids[c.doc].to_string(),
        start,
        end,
        quote: text[start..end].to_string(),
        date_as_stated: text[c.date_start..c.date_end].to_string(),
        date: c.date,
        caption: c.caption,
    }
}

/// Stable, readable ids: the date and the first words of the title.
fn assign_ids(events: &mut [Event]) {
    let mut seen: HashSet<String> = HashSet::new();
    // The next number to try for each base: many events with one title stay linear.
    let mut next: HashMap<String, usize> = HashMap::new();
    for event in events.iter_mut() {
        let words: Vec<String> = crate::extract::text::fold(&event.title)
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty() && !matches!(*w, "the" | "a" | "an" | "of" | "and" | "to"))
            .take(4)
            .map(str::to_string)
            .collect();
        let base = format!("{}-{}", event.date, words.join("-"));
        let mut id = base.clone();
        let n = next.entry(base.clone()).or_insert(2);
        while seen.contains(&id) {
            id = format!("{base}-{n}");
            *n += 1;
        }
        seen.insert(id.clone());
        event.id = id;
    }
}

#[cfg(test)]
mod tests;
