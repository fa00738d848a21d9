//! Merges candidates into events: one event per real-world happening, with every sentence
//! that tells it, the best-supported date, and the sources that disagree with that date.

use super::events::{Candidate, Topic};
use crate::model::{Conflict, DateRange, Event, Precision, Source};
use std::collections::HashMap;

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

/// Two dates fit one happening when they overlap, allowing a day for time zones
/// ("July 11, 1995 … (July 12 Vietnam time)").
fn compatible(a: DateRange, b: DateRange) -> bool {
    a.overlaps(b) || a.gap_days(b) <= 1
}

fn share_actor(a: &[usize], b: &[usize]) -> bool {
    a.iter().any(|x| b.contains(x))
}

fn at_least_month(range: DateRange) -> bool {
    range.start.precision() >= Precision::Month && !range.approximate
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

fn relation(group: &Group, candidates: &[Candidate], c: &Candidate) -> Relation {
    let anchor = &candidates[group.members[0]];
    let actors = &group.actors;
    // Two candidates of one sentence are two things it tells ("visits Hanoi and announces
    // the lifting of the embargo"), unless they are the same kind.
    let same_sentence = group.members.iter().any(|&m| candidates[m].doc == c.doc && candidates[m].sentence == c.sentence);
    if same_sentence && anchor.topic != c.topic {
        return Relation::Different;
    }
    let same_key = match (&anchor.topic, &c.topic) {
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
    if near && group.members.iter().any(|&m| compatible(candidates[m].date, c.date)) {
        return Relation::Same;
    }
    let disagreeable = anchor.topic == c.topic && at_least_month(anchor.date) && at_least_month(c.date) && anchor.date.gap_days(c.date) <= 400;
    if disagreeable {
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
    candidates.sort_by_cached_key(|c| (c.caption, c.date.approximate, c.date.width_days(), c.doc, c.sentence));
    let mut groups: Vec<Group> = Vec::new();
    // Groups by the years they cover, so a candidate meets only groups near its date
    // (within the 400 days a disagreement may span), not every group so far.
    let mut by_year: HashMap<i32, Vec<usize>> = HashMap::new();
    for (index, candidate) in candidates.iter().enumerate() {
        let (first_year, last_year) = year_span(candidate.date);
        let mut nearby: Vec<usize> = (first_year - 2..=last_year + 2).flat_map(|y| by_year.get(&y).into_iter().flatten().copied()).collect();
        nearby.sort_unstable();
        nearby.dedup();
        let mut target = None;
        for g in nearby {
            match relation(&groups[g], &candidates, candidate) {
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
    events.sort_by(|a, b| (a.date, a.end, &a.title).cmp(&(b.date, b.end, &b.title)));
    assign_ids(&mut events);
    events
}

/// One event from its group: the date most articles support, the best title, all sources.
fn build(members: Vec<&Candidate>, docs: &Docs, names: &[String]) -> Event {
    // Clusters of mutually compatible dates; the one told by the most articles wins.
    let mut clusters: Vec<Vec<&Candidate>> = Vec::new();
    for m in &members {
        match clusters.iter_mut().find(|c| c.iter().any(|o| compatible(o.date, m.date))) {
            Some(cluster) => cluster.push(m),
            None => clusters.push(vec![m]),
        }
    }
    let support = |cluster: &Vec<&Candidate>| {
        let mut docs: Vec<usize> = cluster.iter().filter(|c| !c.caption).map(|c| c.doc).collect();
        docs.sort_unstable();
        docs.dedup();
        docs.len()
    };
    let winner_index = (0..clusters.len())
        .max_by_key(|&i| (support(&clusters[i]), std::cmp::Reverse(clusters[i].iter().map(|c| c.date.width_days()).min().unwrap_or(0))))
        .unwrap_or(0);
    let winner = &clusters[winner_index];
    // The finest precision told, and among those the range that agrees with the most
    // reports: "September 10-11" over "September 10" when both are told of one visit.
    let exact: Vec<&&Candidate> = winner.iter().filter(|c| !c.date.approximate).collect();
    let pool: Vec<&&Candidate> = if exact.is_empty() { winner.iter().collect() } else { exact };
    let finest = pool.iter().map(|c| c.date.start.precision()).max();
    let date = pool
        .iter()
        .filter(|c| Some(c.date.start.precision()) == finest)
        .max_by_key(|c| (winner.iter().filter(|o| c.date.contains(o.date)).count(), std::cmp::Reverse(c.date.width_days())))
        .map(|c| c.date)
        .unwrap_or(members[0].date);
    let best = winner
        .iter()
        .filter(|c| !c.caption)
        .max_by_key(|c| (c.topic.rank(), c.first, c.visitor.is_some(), std::cmp::Reverse(c.doc)))
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
    ordered.sort_by_key(|c| (c.caption, c.doc, c.sentence));
    for m in &ordered {
        if sources.iter().any(|s| s.doc == docs.ids[m.doc] && s.start == docs.sentence_spans[m.doc][m.sentence].0) {
            continue;
        }
        sources.push(source(m, docs));
    }
    let mut conflicts: Vec<Conflict> = Vec::new();
    for (i, cluster) in clusters.iter().enumerate() {
        if i == winner_index {
            continue;
        }
        for m in cluster {
            let s = source(m, docs);
            conflicts.push(Conflict { doc: s.doc, date: m.date.start, quote: s.quote, date_as_stated: s.date_as_stated });
        }
    }
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
    let mut seen: Vec<String> = Vec::new();
    for event in events.iter_mut() {
        let words: Vec<String> = crate::extract::text::fold(&event.title)
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty() && !matches!(*w, "the" | "a" | "an" | "of" | "and" | "to"))
            .take(4)
            .map(str::to_string)
            .collect();
        let base = format!("{}-{}", event.date, words.join("-"));
        let mut id = base.clone();
        let mut n = 2;
        while seen.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        seen.push(id.clone());
        event.id = id;
    }
}
