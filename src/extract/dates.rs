//! Finds the date expressions in a run of tokens and resolves them to calendar ranges:
//! full dates, month-year, bare years, ranges, year-less dates, fuzzy and relative ones.

use super::text::{month_number, number_word, Kind, Token};
use crate::model::{DateRange, PartialDate};

mod relative;
use relative::{anniversary_at, relative_at, years_ago};
pub(super) use relative::CELEBRATING;

/// What the words of a date expression say, before any context is applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stated {
    /// A calendar date, possibly without its year: "July 12, 1995", "on April 15", "In March",
    /// "November 2000", "2016"; with an end for "July 6 to 10", "2013-2017".
    Calendar { year: Option<i32>, month: u8, day: u8, end: Option<(Option<i32>, u8, u8)> },
    /// "early 2021", "late 2013", "mid-2013": a third of the year.
    PartOfYear { year: i32, part: Part },
    /// Words that count from the article's own date.
    Relative(Relative),
    /// "Also in the month", "the same month": the month of the date told just before.
    SameMonth,
    /// "a month later", "five years later", "the following year": counted from the date told
    /// just before, in months.
    Later { months: u16 },
    /// "two days later", "a week after" (said of what came after: "The port call came a week
    /// after a landmark visit", which dates the visit), "one month earlier": counted from the
    /// date told just before, in days (`weeks` when said in weeks, a looser count) or months;
    /// negative back.
    Shifted { days: i32, months: i32, weeks: bool },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Early,
    Mid,
    Late,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relative {
    Today,
    Yesterday,
    LastWeek,
    LastMonth,
    LastYear,
    ThisYear,
    /// "this month", "earlier this month": the article's month.
    ThisMonth,
    Recently,
    /// "on Sunday", "said Tuesday": the latest such day up to the article's date (Monday = 0).
    Weekday(u8),
    /// "last Sunday": the latest such day before the article's date.
    LastWeekday(u8),
    /// "last July": the latest such month before the article's month.
    LastNamedMonth(u8),
    /// "three years ago", "a decade ago": counted back from the article's year; `approximate`
    /// for "more than 20 years ago", "nearly a decade ago".
    YearsAgo { years: u16, approximate: bool },
    /// "the 10th anniversary of": what is celebrated, that many years before the article. It
    /// dates the founding, not the narration around it.
    Anniversary(u16),
}

/// A date expression found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Token indices: `first..last` (exclusive).
    pub first: usize,
    pub last: usize,
    pub start: usize,
    pub end: usize,
    pub stated: Stated,
    /// Inside round brackets: a side note such as "(July 12 Vietnam time)" or "(2013-2023)".
    pub in_brackets: bool,
}

/// What a year-less or relative date is resolved against.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    /// The latest year stated before this date in the same paragraph.
    pub year: Option<i32>,
    /// The date told just before this one.
    pub previous: Option<DateRange>,
    /// The article's publication date.
    pub published: Option<PartialDate>,
}

fn is_year(n: u32) -> bool {
    (1900..=2100).contains(&n)
}

/// Words after a number that make it a count or amount, not a year.
const NOT_YEAR_AFTER: [&str; 12] =
    ["million", "billion", "trillion", "people", "students", "projects", "usd", "dollars", "vnd", "sets", "times", "%"];

/// Finds every date expression in `tokens`.
pub fn scan(tokens: &[Token]) -> Vec<Mention> {
    let mut mentions = Vec::new();
    let mut depth = 0i32;
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if t.is("(") {
            depth += 1;
        } else if t.is(")") {
            depth = (depth - 1).max(0);
        }
        if let Some((last, stated)) = match_at(tokens, i) {
            let last = last.max(i + 1).min(tokens.len());
            mentions.push(Mention {
                first: i,
                last,
                start: t.start,
                end: tokens[last - 1].end,
                stated,
                in_brackets: depth > 0,
            });
            for token in &tokens[i + 1..last] {
                if token.is("(") {
                    depth += 1;
                } else if token.is(")") {
                    depth = (depth - 1).max(0);
                }
            }
            i = last;
            continue;
        }
        i += 1;
    }
    mentions
}

/// The date expression starting at token `i`, with the index just past it.
fn match_at(tokens: &[Token], i: usize) -> Option<(usize, Stated)> {
    let t = &tokens[i];
    let at = |k: usize| tokens.get(k);
    let prev = i.checked_sub(1).and_then(|k| tokens.get(k));
    // No date starts on a mark ("(1995)" starts on its year): a third of all tokens end here.
    if t.kind == Kind::Punct {
        return None;
    }
    if t.kind == Kind::Word {
        if let Some(month) = t.capitalized.then(|| month_number(&t.folded)).flatten() {
            return month_first(tokens, i, month);
        }
        if let Some(found) = relative_at(tokens, i).or_else(|| anniversary_at(tokens, i)) {
            return Some(found);
        }
        if t.is_any(&["early", "late", "mid", "end", "beginning", "middle"]) {
            return part_of_year(tokens, i);
        }
        return None;
    }
    if let Some(found) = years_ago(tokens, i).or_else(|| anniversary_at(tokens, i)) {
        return Some(found);
    }
    let n = t.integer()?;
    // ISO: 2023-08-29.
    if is_year(n) && t.folded.len() == 4 {
        if let (Some(d1), Some(m), Some(d2), Some(d)) = (at(i + 1), at(i + 2), at(i + 3), at(i + 4)) {
            if d1.is("-") && d2.is("-") && m.folded.len() == 2 && d.folded.len() == 2 && adjacent(tokens, i, i + 4) {
                if let (Some(month), Some(day)) = (m.integer(), d.integer()) {
                    if PartialDate::day(n as i32, month as u8, day as u8).is_some() {
                        let stated = Stated::Calendar { year: Some(n as i32), month: month as u8, day: day as u8, end: None };
                        return Some((i + 5, stated));
                    }
                }
            }
        }
    }
    // Day first: "12 July 1995", "6-10 July 2015", "3rd February 1994", "21 June, 2005".
    if (1..=31).contains(&n) && t.folded.len() <= 2 {
        let after = after_day(tokens, i);
        let (end_day, k) = match (at(after), at(after + 1)) {
            (Some(dash), Some(d2)) if is_range_dash(dash) => match d2.integer().filter(|d| (1..=31).contains(d) && d2.folded.len() <= 2) {
                Some(d) => (Some(d as u8), after_day(tokens, after + 1)),
                None => (None, after),
            },
            _ => (None, after),
        };
        if let Some(month) = at(k).filter(|m| m.capitalized).and_then(|m| month_number(&m.folded)) {
            let (year, last) = match year_after(tokens, after_month(tokens, k)) {
                Some((year, last)) => (Some(year), last),
                None => (None, k + 1),
            };
            if PartialDate::day(year.unwrap_or(2000), month, n as u8).is_some() {
                let end = end_day.map(|d| (year, month, d));
                return Some((last, Stated::Calendar { year, month, day: n as u8, end }));
            }
        }
        return None;
    }
    if !is_year(n) || t.folded.len() != 4 {
        return None;
    }
    if prev.is_some_and(|p| p.is("$") || p.is_any(&["us", "usd", "no", "number"])) {
        return None;
    }
    if at(i + 1).is_some_and(|next| next.is_any(&NOT_YEAR_AFTER)) {
        return None;
    }
    // "in the 1990s": a decade, no year of its own.
    if at(i + 1).is_some_and(|next| next.is("s")) && adjacent(tokens, i, i + 1) {
        return None;
    }
    // A chronology table's "1991 April – …", "1975 - April 30 – …": at the head of a sentence,
    // a year followed by a month (and day) is that month (or day) of that year.
    if i == 0 {
        if let Some(found) = year_then_month(tokens, n as i32) {
            return Some(found);
        }
    }
    // Year ranges: "2013-2017", "2020-22", "from 2013 to 2017".
    if let (Some(dash), Some(second)) = (at(i + 1), at(i + 2)) {
        if is_range_dash(dash) || (dash.is("to") && prev.is_some_and(|p| p.is("from"))) {
            if let Some(end) = second.integer() {
                let end_year = match second.folded.len() {
                    4 if is_year(end) => Some(end as i32),
                    2 => Some(n as i32 / 100 * 100 + end as i32),
                    _ => None,
                };
                if let Some(end_year) = end_year.filter(|e| *e > n as i32) {
                    let stated = Stated::Calendar { year: Some(n as i32), month: 0, day: 0, end: Some((Some(end_year), 0, 0)) };
                    return Some((i + 3, stated));
                }
            }
        }
    }
    Some((i + 1, Stated::Calendar { year: Some(n as i32), month: 0, day: 0, end: None }))
}

/// "1991 April", "1996- May", "1993 July 2": the month (and day) after the year that opens
/// `tokens`, with the index just past them.
fn year_then_month(tokens: &[Token], year: i32) -> Option<(usize, Stated)> {
    let k = if tokens.get(1).is_some_and(|t| t.is_any(&["-", "–"])) { 2 } else { 1 };
    let month = tokens.get(k).filter(|t| t.capitalized).and_then(|t| month_number(&t.folded))?;
    let day = tokens.get(k + 1).filter(|t| t.folded.len() <= 2).and_then(|t| t.integer()).filter(|d| (1..=31).contains(d));
    let day = day.filter(|&d| PartialDate::day(year, month, d as u8).is_some()).map_or(0, |d| d as u8);
    let last = if day > 0 { k + 2 } else { k + 1 };
    Some((last, Stated::Calendar { year: Some(year), month, day, end: None }))
}

fn adjacent(tokens: &[Token], from: usize, to: usize) -> bool {
    tokens[from..to].windows(2).all(|w| w[0].end == w[1].start)
}

fn is_range_dash(t: &Token) -> bool {
    t.is("-") || t.is("to") || t.is("through")
}

/// "July 12, 1995", "July 6 to 10", "September 10-11", "July 2013", "In March", and the
/// abbreviated forms of wire copy: "Sept. 10", "Dec. 9, 2006", "Feb 3rd".
fn month_first(tokens: &[Token], i: usize, month: u8) -> Option<(usize, Stated)> {
    let at = |k: usize| tokens.get(k);
    let d = after_month(tokens, i);
    let day = at(d).and_then(Token::integer).filter(|day| (1..=31).contains(day) && tokens[d].folded.len() <= 2);
    if let Some(day) = day {
        let mut k = after_day(tokens, d);
        let mut end = None;
        if let (Some(dash), Some(next)) = (at(k), at(k + 1)) {
            if is_range_dash(dash) {
                if let Some(d2) = next.integer().filter(|d| (1..=31).contains(d) && *d > day && next.folded.len() <= 2) {
                    end = Some((month, d2 as u8));
                    k = after_day(tokens, k + 1);
                } else if let Some(m2) = month_number(&next.folded).filter(|_| next.capitalized) {
                    let d2_at = after_month(tokens, k + 1);
                    if let Some(d2) = at(d2_at).and_then(Token::integer).filter(|d| (1..=31).contains(d)) {
                        end = Some((m2, d2 as u8));
                        k = after_day(tokens, d2_at);
                    }
                }
            }
        }
        let year = year_after(tokens, k).map(|(year, last)| {
            k = last;
            year
        });
        PartialDate::day(year.unwrap_or(2000), month, day as u8)?;
        let end = end.map(|(m, d)| (year, m, d));
        return Some((k, Stated::Calendar { year, month, day: day as u8, end }));
    }
    // "July 2013", and "in July of 2015" as spoken.
    let of = usize::from(at(d).is_some_and(|t| t.is("of")) && at(d + 1).is_some_and(|t| t.integer().is_some()));
    if let Some((year, last)) = year_after(tokens, d + of) {
        return Some((last, Stated::Calendar { year: Some(year), month, day: 0, end: None }));
    }
    // A month alone needs a preposition before it: "In March", not "May" the verb or "July -".
    let prev = i.checked_sub(1).and_then(|k| tokens.get(k))?;
    if month == 5 && prev.is("may") {
        return None;
    }
    // "last July": the latest July before the article's month, whatever year the paragraph is in.
    if prev.is("last") {
        return Some((i + 1, Stated::Relative(Relative::LastNamedMonth(month))));
    }
    // "for March, the most recent monthly tally available, U.S. imports from Vietnam were $8.80
    // billion": the month a figure is for; "voted for May" is a name.
    let for_month = prev.is("for") && month != 5;
    if for_month || prev.is_any(&["in", "since", "during", "until", "by", "early", "late", "mid", "this"]) {
        return Some((i + 1, Stated::Calendar { year: None, month, day: 0, end: None }));
    }
    None
}

/// The token after a month name, past the period of an abbreviation: "Sept. 10", "Dec. 9".
fn after_month(tokens: &[Token], i: usize) -> usize {
    let month = &tokens[i];
    let abbreviated = month.folded.len() <= 4 && !month.is_any(&["may", "june", "july"]);
    match tokens.get(i + 1) {
        Some(dot) if abbreviated && dot.is(".") && dot.start == month.end => i + 2,
        _ => i + 1,
    }
}

/// The token after the day number at `k`, past an ordinal suffix: "3rd", "21st".
fn after_day(tokens: &[Token], k: usize) -> usize {
    match tokens.get(k + 1) {
        Some(suffix) if suffix.start == tokens[k].end && suffix.is_any(&["st", "nd", "rd", "th"]) => k + 2,
        _ => k + 1,
    }
}

/// The year that closes a date at token `k`, with or without a comma before it ("July 12,
/// 1995", "12 July 1995", "21 June, 2005", "in July, 2013"), and the index just past it.
fn year_after(tokens: &[Token], k: usize) -> Option<(i32, usize)> {
    let comma = usize::from(tokens.get(k).is_some_and(|t| t.is(",")));
    let year = tokens.get(k + comma).filter(|t| t.folded.len() == 4).and_then(Token::integer).filter(|y| is_year(*y))?;
    Some((year as i32, k + comma + 1))
}

/// "early 2021", "late 2013", "mid-2013", "the end of 2013".
fn part_of_year(tokens: &[Token], i: usize) -> Option<(usize, Stated)> {
    let part = match tokens[i].folded.as_str() {
        "early" | "beginning" => Part::Early,
        "mid" | "middle" => Part::Mid,
        _ => Part::Late,
    };
    let mut k = i + 1;
    while tokens.get(k).is_some_and(|t| t.is_any(&["-", "of", "the"])) {
        k += 1;
    }
    let year = tokens.get(k).and_then(Token::integer).filter(|y| is_year(*y) && tokens[k].folded.len() == 4)?;
    Some((k + 1, Stated::PartOfYear { year: year as i32, part }))
}

/// Resolves a mention to a calendar range, or `None` when the context lacks what it needs.
pub fn resolve(stated: Stated, context: &Context) -> Option<DateRange> {
    match stated {
        Stated::Calendar { year: None, month, day, end } if context.year.is_some() => {
            // "… in May 2022, and Blinken visited Hanoi in April": a year-less date that would
            // fall before the date just told belongs to the article's own year, when later.
            let resolved = resolve(Stated::Calendar { year: context.year, month, day, end }, context)?;
            let published = context.published.map(|p| p.year).filter(|y| Some(*y) > context.year);
            match (context.previous, published) {
                (Some(previous), Some(year)) if resolved.start.day_bounds().1 < previous.start.day_bounds().0 => {
                    resolve(Stated::Calendar { year: Some(year), month, day, end }, context)
                }
                _ => Some(resolved),
            }
        }
        Stated::Calendar { year, month, day, end } => {
            let anchored = || context.published.map(|p| if p.month == 0 { p.year } else { nearest_year(p, month, day) });
            let year = year.or(context.year).or_else(anchored)?;
            let start = make(year, month, day)?;
            match end {
                None => Some(DateRange::point(start)),
                Some((end_year, end_month, end_day)) => {
                    let end = make(end_year.unwrap_or(year), end_month, end_day)?;
                    (end > start).then_some(DateRange::span(start, end))
                }
            }
        }
        Stated::PartOfYear { year, part } => {
            let (first, last) = match part {
                Part::Early => (1, 4),
                Part::Mid => (5, 8),
                Part::Late => (9, 12),
            };
            Some(DateRange::approximate(PartialDate::month(year, first), PartialDate::month(year, last)))
        }
        Stated::Later { months } => {
            // From the end of what was told before: "signed in 2000 … took effect a year later".
            let previous = context.previous.map(|p| p.end.unwrap_or(p.start))?;
            if months % 12 == 0 || previous.month == 0 {
                // A year and a half after a year is the year after, rounded to the nearer.
                let years = i32::from(months / 12 + u16::from(months % 12 >= 6));
                return Some(DateRange::point(PartialDate::year(previous.year.checked_add(years)?)));
            }
            let total = i32::from(previous.month) - 1 + i32::from(months);
            let year = previous.year.checked_add(total / 12)?;
            Some(DateRange::point(PartialDate::month(year, (total % 12 + 1) as u8)))
        }
        Stated::Shifted { days, months, weeks } => {
            let previous = context.previous?;
            let (first, last) = (previous.start, previous.end.unwrap_or(previous.start));
            if months != 0 {
                // Years counted, or months from a year, are years ("three years earlier"), as
                // `Later` counts them; months from a month reach a month.
                let shift = |d: PartialDate| -> Option<PartialDate> {
                    if d.month == 0 || months % 12 == 0 {
                        return Some(PartialDate::year(d.year.checked_add((months + 6 * months.signum()) / 12)?));
                    }
                    let total = d.year.checked_mul(12)? + i32::from(d.month) - 1 + months;
                    Some(PartialDate::month(total.div_euclid(12), (total.rem_euclid(12) + 1) as u8))
                };
                let (a, b) = (shift(first)?, shift(last)?);
                return Some(if a == b { DateRange::point(a) } else { certain(a, b) });
            }
            // Days from a day: the day reached, or what is certain of the days a span reaches.
            if first.precision() != crate::model::Precision::Day || last.precision() != crate::model::Precision::Day {
                return None;
            }
            let slack = if weeks { 3 } else { 0 };
            let (a, b) = (first.add_days(i64::from(days) - slack), last.add_days(i64::from(days) + slack));
            Some(if a == b { DateRange::point(a) } else { certain(a, b) })
        }
        Stated::SameMonth => {
            let previous = context.previous?.start;
            (previous.month != 0).then(|| DateRange::point(PartialDate::month(previous.year, previous.month)))
        }
        Stated::Relative(relative) => {
            let published = context.published?;
            let day_precise = published.day != 0;
            match relative {
                Relative::Today if day_precise => Some(DateRange::point(published)),
                Relative::Weekday(day) => match published.weekday() {
                    Some(today) => Some(DateRange::point(published.add_days(-(((today + 7 - day) % 7) as i64)))),
                    // No day to count from: the weekday next to the day told just before, on
                    // either side of it, at what is certain of the two ("a Friday meeting"
                    // after "June 21, 2007" is June 2007).
                    None => {
                        let previous = context.previous.filter(|p| p.end.is_none() && p.start.day != 0)?.start;
                        let shift = i64::from((day + 7 - previous.weekday()?) % 7);
                        let (after, before) = (previous.add_days(shift), previous.add_days(shift - 7));
                        let within = |d: PartialDate| d.year == published.year;
                        (within(after) && within(before) && shift != 0).then(|| certain(before, after))
                    }
                },
                Relative::Yesterday if day_precise => Some(DateRange::point(published.add_days(-1))),
                // The calendar week, Sunday to Saturday, before the article's: from Wednesday,
                // March 2, February 20-26.
                Relative::LastWeek if day_precise => {
                    let sunday = published.add_days(-((i64::from(published.weekday()?) + 1) % 7) - 7);
                    Some(certain(sunday, sunday.add_days(6)))
                }
                Relative::Recently if day_precise => Some(certain(published.add_days(-90), published)),
                Relative::LastMonth if published.month != 0 => {
                    let (y, m) = if published.month == 1 { (published.year - 1, 12) } else { (published.year, published.month - 1) };
                    Some(DateRange::point(PartialDate::month(y, m)))
                }
                Relative::LastWeekday(day) => {
                    let today = published.weekday()?;
                    let back = match (today + 7 - day) % 7 {
                        0 => 7,
                        n => n,
                    };
                    Some(DateRange::point(published.add_days(-(back as i64))))
                }
                Relative::LastNamedMonth(month) if published.month != 0 => {
                    let year = if month < published.month { published.year } else { published.year - 1 };
                    Some(DateRange::point(PartialDate::month(year, month)))
                }
                Relative::YearsAgo { years, approximate } => {
                    let year = published.year.checked_sub(i32::from(years))?;
                    Some(if approximate {
                        DateRange::approximate(PartialDate::year(year.saturating_sub(1)), PartialDate::year(year.saturating_add(1)))
                    } else {
                        DateRange::point(PartialDate::year(year))
                    })
                }
                Relative::Anniversary(years) => Some(DateRange::point(PartialDate::year(published.year.checked_sub(i32::from(years))?))),
                Relative::LastYear => Some(DateRange::point(PartialDate::year(published.year - 1))),
                Relative::ThisYear => Some(DateRange::point(PartialDate::year(published.year))),
                Relative::ThisMonth if published.month != 0 => Some(DateRange::point(PartialDate::month(published.year, published.month))),
                _ => None,
            }
        }
    }
}

/// What is certain of a guessed window of days: its month when it lies in one month ("last
/// week" in an article of July 12, 2015 is July 2015), its year when in one year, else the
/// window itself, marked approximate.
fn certain(start: PartialDate, end: PartialDate) -> DateRange {
    match (start.year == end.year, start.month == end.month) {
        (true, true) => DateRange::point(PartialDate::month(start.year, start.month)),
        (true, false) => DateRange::point(PartialDate::year(start.year)),
        _ => DateRange::approximate(start, end),
    }
}

/// How far after the article's date a year-less date may fall and stay in the article's year:
/// news tells what happened, and tells plans only weeks ahead.
const AHEAD_DAYS: i64 = 62;

/// The year of a year-less date with no year in its paragraph: the article's year, unless
/// that would put it more than two months after the article, when the story looks back a
/// year: "Dec. 9" in an article of January 5, 2007 is December 2006, "January 20" is 2007.
fn nearest_year(published: PartialDate, month: u8, day: u8) -> i32 {
    let year = published.year;
    let ahead = make(year, month, day).map_or(0, |d| d.day_bounds().0 - published.day_bounds().1);
    if ahead > AHEAD_DAYS {
        year.saturating_sub(1)
    } else {
        year
    }
}

fn make(year: i32, month: u8, day: u8) -> Option<PartialDate> {
    match (month, day) {
        (0, _) => Some(PartialDate::year(year)),
        (m, 0) => (1..=12).contains(&m).then(|| PartialDate::month(year, m)),
        (m, d) => PartialDate::day(year, m, d),
    }
}

/// The year a mention states outright, if any.
/// Whether a date is counted from another ("on Monday", "a year later"), so that once resolved
/// it sets the year the narration is in.
pub fn is_relative(stated: Stated) -> bool {
    matches!(stated, Stated::Relative(_) | Stated::Later { .. } | Stated::Shifted { .. }) && !is_anniversary(stated)
}

/// "the 10th anniversary of": it dates what is celebrated and leaves the narration alone.
pub fn is_anniversary(stated: Stated) -> bool {
    matches!(stated, Stated::Relative(Relative::Anniversary(_)))
}

pub fn explicit_year(stated: Stated) -> Option<i32> {
    match stated {
        Stated::Calendar { year, end, .. } => end.and_then(|e| e.0).or(year),
        Stated::PartOfYear { year, .. } => Some(year),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
