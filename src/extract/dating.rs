//! Where each date of a document falls: year-less dates take the year the narration is in,
//! counts take the date told before (or, told first, the next day stated), and a story's news
//! day and a paragraph's date reach the undated sentences after them.

use super::dates::{self, Context};
use super::events::DatedMention;
use super::{document, text, LEAD_SENTENCES};

/// The day a wire story reports: a weekday or "today" its lead names ("President Barack Obama
/// said Tuesday"), else the day of the head photo that dates the story. `None` when the lead
/// tells no such day: a publication date alone does not say when the news happened.
pub(super) fn news_day(doc: &document::Prepared, dates: &[Vec<DatedMention>]) -> Option<crate::model::DateRange> {
    let lead = doc.sentences.iter().enumerate().skip(doc.lead_from).filter(|(_, s)| !s.caption).take(LEAD_SENTENCES);
    let told = lead.flat_map(|(s, _)| dates[s].iter()).find(|m| {
        matches!(m.mention.stated, dates::Stated::Relative(dates::Relative::Weekday(_) | dates::Relative::Today))
            && m.range.end.is_none()
            && m.range.start.precision() == crate::model::Precision::Day
    });
    match told {
        Some(m) => Some(m.range),
        None => doc
            .anchor_caption
            .and(doc.anchor)
            .filter(|a| a.precision() == crate::model::Precision::Day)
            .map(crate::model::DateRange::point)
            .or_else(|| day_of_lead(doc, dates)),
    }
}

/// The day a story's lead states in full when it is the story's own moment: "arrived in Hanoi
/// at 4 pm on September 10" in a story dated September 10, or a head photo line "in the Oval
/// Office, Thursday, July 25, 2013" over a story whose only date is its year. Not a day long
/// before a dated story ("On July 11, 1995, …" in a story of 2010): that is history told.
fn day_of_lead(doc: &document::Prepared, dates: &[Vec<DatedMention>]) -> Option<crate::model::DateRange> {
    use crate::model::Precision;
    let lead = doc.sentences.iter().enumerate().skip(doc.lead_from).filter(|(_, s)| !s.caption).take(LEAD_SENTENCES);
    // "The Dialogue will be held in Washington on August 30": a day planned is not the news's.
    let planned = |s: usize| doc.tokens.get(s).is_some_and(|tokens| tokens.iter().any(|t| t.is_any(&["will", "shall"])));
    let first = lead.filter(|(s, _)| !planned(*s)).flat_map(|(s, _)| dates[s].iter()).next()?;
    let day = first.range.start;
    let stated = matches!(first.mention.stated, dates::Stated::Calendar { day: 1.., end: None, .. });
    if !stated || first.range.end.is_some() || day.precision() != Precision::Day {
        return None;
    }
    let fits = match doc.anchor {
        // Told the day of its date line, or a few days before it.
        Some(anchor) if anchor.precision() == Precision::Day => (0..=NEWS_DAY_LAG).any(|back| anchor.add_days(-back) == day),
        Some(anchor) if anchor.precision() == Precision::Month => anchor.year == day.year && anchor.month == day.month,
        Some(anchor) => anchor.year == day.year,
        None => true,
    };
    fits.then(|| crate::model::DateRange::point(day))
}

/// Whether a date is a year before the news day's, told inside its sentence rather than
/// fronting it: "President Bush recalled his trip to Vietnam in 2006" recalls the past in a
/// sentence of the day, while "In 2013, President Sang visited the White House" moves the
/// story to another moment.
pub(super) fn recalls_earlier_year(m: &DatedMention, day: crate::model::DateRange) -> bool {
    m.range.end.is_none() && m.range.start.precision() == crate::model::Precision::Year && m.range.start.year < day.start.year && m.mention.first >= FRONTING_TOKENS
}

/// How many tokens a fronted date may stand after ("In 2013,", "Back in 2013,").
const FRONTING_TOKENS: usize = 3;

/// How many days before its date line a story's lead may tell its news.
const NEWS_DAY_LAG: i64 = 3;

/// "of that year", "of the same year", "that same year" right after a date.
fn of_that_year(tokens: &[text::Token], at: usize) -> bool {
    let next = &tokens[at.min(tokens.len())..tokens.len().min(at + 4)];
    let words = |w: &[&str]| next.len() >= w.len() && next.iter().zip(w).all(|(t, w)| t.is(w));
    words(&["of", "that", "year"]) || words(&["of", "the", "same", "year"]) || words(&["that", "same", "year"]) || words(&["of", "that", "same", "year"])
}

/// Resolves every date of a document, in reading order, so that year-less dates take the
/// year told just before them in the paragraph, or else the article's own year.
pub(super) fn resolve_dates(doc: &document::Prepared) -> Vec<Vec<DatedMention>> {
    let mut context: Context = document::context(doc);
    // "May 23, 2016 | 08:09 pm PT" over a story of a signing "on Tuesday" that a caption dates
    // "May 24, 2016": a date line kept in US time is often the day before in Hanoi, so a
    // weekday the day after the anchor is that day when the text states it in full.
    let next_day_stated = context.published.filter(|a| a.day != 0).map(|a| a.add_days(1)).filter(|next| {
        doc.mentions.iter().flatten().any(|m| {
            matches!(m.stated, dates::Stated::Calendar { year: Some(_), day: 1.., end: None, .. })
                && dates::resolve(m.stated, &Context::default()).is_some_and(|r| r.start == *next)
        })
    });
    let heading_day = doc.title.as_deref().and_then(day_of_heading);
    let mut paragraph = usize::MAX;
    let mut out: Vec<Vec<DatedMention>> = Vec::with_capacity(doc.sentences.len());
    let mut waiting: Vec<(usize, dates::Mention)> = Vec::new();
    for ((sentence, mentions), tokens) in doc.sentences.iter().zip(&doc.mentions).zip(&doc.tokens) {
        if sentence.paragraph != paragraph {
            paragraph = sentence.paragraph;
            context.year = None;
        }
        let mut resolved = Vec::new();
        for &mention in mentions {
            // "the same two countries visited by Lloyd Austin one month earlier", told before any
            // date: counted back from the next day the text states ("on August 25").
            if context.previous.is_none() && counts_back(mention.stated) {
                waiting.push((out.len(), mention));
                continue;
            }
            // "which had opened in January of that year": the year the narration is in, even
            // when that puts it before the date just told (no move to the article's year).
            let stated = match mention.stated {
                dates::Stated::Calendar { year: None, month, day, end } if context.year.is_some() && of_that_year(tokens, mention.last) => {
                    dates::Stated::Calendar { year: context.year, month, day, end }
                }
                // "Obama will visit Vietnam in May", told in February: the coming May, not
                // the last one the looking back of a year-less date would give.
                dates::Stated::Calendar { year: None, month: month @ 1.., day, end } if context.year.is_none() && told_as_a_plan(tokens, &mention) => {
                    match context.published.filter(|p| p.month != 0) {
                        Some(p) => {
                            let year = if (month, day) >= (p.month, p.day) { p.year } else { p.year + 1 };
                            dates::Stated::Calendar { year: Some(year), month, day, end }
                        }
                        None => mention.stated,
                    }
                }
                stated => stated,
            };
            let Some(mut range) = dates::resolve(stated, &context) else { continue };
            let states_a_day = matches!(mention.stated, dates::Stated::Calendar { day: 1.., end: None, .. })
                && !(mention.first > 0 && tokens[mention.first - 1].is_any(&["since", "until", "by", "before"]));
            if states_a_day {
                for (at, earlier) in waiting.drain(..) {
                    let from = Context { previous: Some(range), ..context };
                    if let Some(counted) = dates::resolve(earlier.stated, &from) {
                        let list: &mut Vec<DatedMention> = if at == out.len() { &mut resolved } else { &mut out[at] };
                        let place = list.iter().position(|d| d.mention.first > earlier.first).unwrap_or(list.len());
                        list.insert(place, DatedMention { mention: earlier, range: counted });
                    }
                }
            }
            if let Some(day) = this_day(tokens, &mention, heading_day, context.published) {
                range = crate::model::DateRange::point(day);
            }
            if let (dates::Stated::Relative(dates::Relative::Weekday(day)), Some(next)) = (mention.stated, next_day_stated) {
                if next.weekday() == Some(day) {
                    range = crate::model::DateRange::point(next);
                }
            }
            // "A month later, … which had opened in January of that year": a date counted
            // from another sets the year the narration is in, as a stated year does.
            if let Some(year) = dates::explicit_year(mention.stated).or_else(|| dates::is_relative(mention.stated).then_some(range.start.year)) {
                context.year = Some(year);
            }
            if !dates::is_anniversary(mention.stated) && !looks_back_from_since(tokens, &mention) {
                context.previous = Some(range);
            }
            resolved.push(DatedMention { mention, range });
        }
        out.push(resolved);
    }
    out
}

/// How far back in its clause a plan's "will" may stand from the date it governs: "will
/// visit Vietnam in May during a trip to Asia".
const PLAN_REACH: usize = 8;

/// Whether a date is told in a clause of the future: "will visit Vietnam in May", "is to
/// travel to Hanoi in June". Not "visited in May, and will return": the "will" must come
/// before the date, in its clause.
pub(super) fn told_as_a_plan(tokens: &[text::Token], mention: &dates::Mention) -> bool {
    let before = tokens[mention.first.saturating_sub(PLAN_REACH)..mention.first].iter().rev().take_while(|t| !t.is_any(&[",", ";", ".", ":", "and", "but"]));
    let words: Vec<&text::Token> = before.collect();
    words.iter().any(|t| t.is_any(&["will", "shall"])) || words.windows(2).any(|w| w[0].is("to") && w[1].is_any(&["is", "are"]))
}

/// "one month earlier", "two days before": a count back from another date.
fn counts_back(stated: dates::Stated) -> bool {
    matches!(stated, dates::Stated::Shifted { days, months, .. } if days < 0 || months < 0)
}

/// The full date a heading states: "U.S. and Vietnam establish diplomatic relations, July 11,
/// 1995".
fn day_of_heading(title: &str) -> Option<crate::model::PartialDate> {
    let tokens = text::tokenize(title, 0, title.len());
    dates::scan(&tokens).into_iter().find_map(|m| match m.stated {
        dates::Stated::Calendar { year: Some(_), day: 1.., end: None, .. } => dates::resolve(m.stated, &Context::default()).map(|r| r.start),
        _ => None,
    })
}

/// "on this day in 1995": the day of the heading's date when the heading states one in that
/// year, else the day and month of a day-precise publication date, in the year told. Not a
/// bare "in 1995", nor "this day" of another year than the heading's.
fn this_day(
    tokens: &[text::Token],
    mention: &dates::Mention,
    heading: Option<crate::model::PartialDate>,
    published: Option<crate::model::PartialDate>,
) -> Option<crate::model::PartialDate> {
    let dates::Stated::Calendar { year: Some(year), month: 0, end: None, .. } = mention.stated else { return None };
    let before = &tokens[mention.first.saturating_sub(3)..mention.first];
    if !(before.len() == 3 && before[0].is("this") && before[1].is("day") && before[2].is("in")) {
        return None;
    }
    match heading {
        Some(day) if day.year == year => Some(day),
        Some(_) => None,
        None => published.filter(|p| p.day != 0).and_then(|p| crate::model::PartialDate::day(year, p.month, p.day)),
    }
}

/// "after becoming the first US warship to visit Vietnam since the war between the two
/// countries ended nearly three decades ago": a count of years back in a "since" clause opens
/// a period that runs to the narration's moment; it is not a moment of the narration, so a
/// later "a week after" does not count from it.
fn looks_back_from_since(tokens: &[text::Token], mention: &dates::Mention) -> bool {
    // "since Clinton normalized relations in 1995 and visited … five years later": a stated
    // year in such a clause may be what the narration counts from.
    if !matches!(mention.stated, dates::Stated::Relative(dates::Relative::YearsAgo { .. })) {
        return false;
    }
    let clause = tokens[mention.first.saturating_sub(12)..mention.first].iter().rev().take_while(|t| !t.is_any(&[",", ";", ".", ":"]));
    clause.into_iter().any(|t| t.is("since"))
}

/// The date a sentence sets its paragraph's narration at: its one date, a point, told as a
/// moment ("Obama arrived in Hanoi on May 23, 2016"), at the month when it names a day, since
/// the sentences after it tell what followed within the story, not on that day ("During the
/// visit, he announced the lifting of the arms embargo"). None for several dates, spans, a
/// count of years back or an anniversary: they set no moment for what follows.
pub(super) fn narration_date(dates: &[DatedMention]) -> Option<crate::model::DateRange> {
    use crate::model::{DateRange, PartialDate};
    let [only] = dates else { return None };
    let looks_back = matches!(only.mention.stated, dates::Stated::Relative(dates::Relative::YearsAgo { .. } | dates::Relative::Anniversary(_)));
    if looks_back || only.mention.in_brackets || only.range.end.is_some() {
        return None;
    }
    let start = only.range.start;
    Some(DateRange::point(if start.day != 0 { PartialDate::month(start.year, start.month) } else { start }))
}
