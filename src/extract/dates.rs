//! Finds the date expressions in a run of tokens and resolves them to calendar ranges:
//! full dates, month-year, bare years, ranges, year-less dates, fuzzy and relative ones.

use super::text::{month_number, Kind, Token};
use crate::model::{DateRange, PartialDate};

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
    Recently,
    /// "on Sunday": the latest such day up to the article's date (Monday = 0).
    Weekday(u8),
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
    if t.kind == Kind::Word {
        if let Some(month) = t.capitalized.then(|| month_number(&t.folded)).flatten() {
            return month_first(tokens, i, month);
        }
        if let Some(found) = relative_at(tokens, i) {
            return Some(found);
        }
        if t.is_any(&["early", "late", "mid", "end", "beginning", "middle"]) {
            return part_of_year(tokens, i);
        }
        return None;
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
    // Day first: "12 July 1995", "6-10 July 2015".
    if (1..=31).contains(&n) && t.folded.len() <= 2 {
        let (end_day, k) = match (at(i + 1), at(i + 2)) {
            (Some(dash), Some(d2)) if is_range_dash(dash) => match d2.integer().filter(|d| (1..=31).contains(d)) {
                Some(d2) => (Some(d2 as u8), i + 3),
                None => (None, i + 1),
            },
            _ => (None, i + 1),
        };
        if let Some(month) = at(k).filter(|m| m.capitalized).and_then(|m| month_number(&m.folded)) {
            let year = at(k + 1).and_then(Token::integer).filter(|y| is_year(*y));
            let last = if year.is_some() { k + 2 } else { k + 1 };
            let year = year.map(|y| y as i32);
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

fn adjacent(tokens: &[Token], from: usize, to: usize) -> bool {
    tokens[from..to].windows(2).all(|w| w[0].end == w[1].start)
}

fn is_range_dash(t: &Token) -> bool {
    t.is("-") || t.is("to") || t.is("through")
}

/// "July 12, 1995", "July 6 to 10", "September 10-11", "July 2013", "In March".
fn month_first(tokens: &[Token], i: usize, month: u8) -> Option<(usize, Stated)> {
    let at = |k: usize| tokens.get(k);
    let day = at(i + 1).and_then(Token::integer).filter(|d| (1..=31).contains(d) && tokens[i + 1].folded.len() <= 2);
    if let Some(day) = day {
        let mut k = i + 2;
        let mut end = None;
        if let (Some(dash), Some(next)) = (at(k), at(k + 1)) {
            if is_range_dash(dash) {
                if let Some(d2) = next.integer().filter(|d| (1..=31).contains(d) && *d > day) {
                    end = Some((month, d2 as u8));
                    k += 2;
                } else if let Some(m2) = month_number(&next.folded).filter(|_| next.capitalized) {
                    if let Some(d2) = at(k + 2).and_then(Token::integer).filter(|d| (1..=31).contains(d)) {
                        end = Some((m2, d2 as u8));
                        k += 3;
                    }
                }
            }
        }
        let mut year = None;
        let comma_year = at(k).is_some_and(|c| c.is(",")) && at(k + 1).and_then(Token::integer).is_some_and(is_year);
        if comma_year {
            year = at(k + 1).and_then(Token::integer).map(|y| y as i32);
            k += 2;
        } else if let Some(y) = at(k).and_then(Token::integer).filter(|y| is_year(*y)) {
            year = Some(y as i32);
            k += 1;
        }
        PartialDate::day(year.unwrap_or(2000), month, day as u8)?;
        let end = end.map(|(m, d)| (year, m, d));
        return Some((k, Stated::Calendar { year, month, day: day as u8, end }));
    }
    if let Some(year) = at(i + 1).and_then(Token::integer).filter(|y| is_year(*y)) {
        return Some((i + 2, Stated::Calendar { year: Some(year as i32), month, day: 0, end: None }));
    }
    // A month alone needs a preposition before it: "In March", not "May" the verb or "July -".
    let prev = i.checked_sub(1).and_then(|k| tokens.get(k))?;
    if prev.is_any(&["in", "since", "during", "until", "by", "early", "late", "mid", "last", "this"]) {
        if month == 5 && prev.is("may") {
            return None;
        }
        return Some((i + 1, Stated::Calendar { year: None, month, day: 0, end: None }));
    }
    None
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

/// Relative expressions: "last week", "today", "recently", "also in the month".
fn relative_at(tokens: &[Token], i: usize) -> Option<(usize, Stated)> {
    let t = &tokens[i];
    let next = tokens.get(i + 1);
    let relative = |r| Some((i + 1, Stated::Relative(r)));
    match t.folded.as_str() {
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
            if t.capitalized && i > 0 && tokens[i - 1].is_any(&["on", "last", "since", "by"]) =>
        {
            let day = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].iter().position(|d| t.is(d))?;
            relative(Relative::Weekday(day as u8))
        }
        "today" => relative(Relative::Today),
        "yesterday" => relative(Relative::Yesterday),
        "recently" => relative(Relative::Recently),
        "last" | "this" => {
            let r = match (t.folded.as_str(), next.map(|n| n.folded.as_str())) {
                ("last", Some("week")) => Relative::LastWeek,
                ("last", Some("month")) => Relative::LastMonth,
                ("last", Some("year")) => Relative::LastYear,
                ("this", Some("year")) => Relative::ThisYear,
                _ => return None,
            };
            Some((i + 2, Stated::Relative(r)))
        }
        // "in the month", "the same month": the month just told.
        "in" if tokens.get(i + 1).is_some_and(|t| t.is("the")) && tokens.get(i + 2).is_some_and(|t| t.is("month")) => {
            Some((i + 3, Stated::SameMonth))
        }
        "same" if next.is_some_and(|t| t.is("month")) => Some((i + 2, Stated::SameMonth)),
        _ => None,
    }
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
            let year = year.or(context.year).or(context.published.map(|p| p.year))?;
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
        Stated::SameMonth => {
            let previous = context.previous?.start;
            (previous.month != 0).then(|| DateRange::point(PartialDate::month(previous.year, previous.month)))
        }
        Stated::Relative(relative) => {
            let published = context.published?;
            let day_precise = published.day != 0;
            match relative {
                Relative::Today if day_precise => Some(DateRange::point(published)),
                Relative::Weekday(day) => {
                    let today = published.weekday()?;
                    Some(DateRange::point(published.add_days(-(((today + 7 - day) % 7) as i64))))
                }
                Relative::Yesterday if day_precise => Some(DateRange::point(published.add_days(-1))),
                Relative::LastWeek if day_precise => {
                    Some(DateRange::approximate(published.add_days(-8), published.add_days(-1)))
                }
                Relative::Recently if day_precise => Some(DateRange::approximate(published.add_days(-90), published)),
                Relative::LastMonth if published.month != 0 => {
                    let (y, m) = if published.month == 1 { (published.year - 1, 12) } else { (published.year, published.month - 1) };
                    Some(DateRange::point(PartialDate::month(y, m)))
                }
                Relative::LastYear => Some(DateRange::point(PartialDate::year(published.year - 1))),
                Relative::ThisYear => Some(DateRange::point(PartialDate::year(published.year))),
                _ => None,
            }
        }
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
pub fn explicit_year(stated: Stated) -> Option<i32> {
    match stated {
        Stated::Calendar { year, end, .. } => end.and_then(|e| e.0).or(year),
        Stated::PartOfYear { year, .. } => Some(year),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::tokenize;

    /// Scans `text` and resolves each date with the given paragraph year and publication date.
    fn check(text: &str, published: Option<PartialDate>, expected: &[&str]) {
        let tokens = tokenize(text, 0, text.len());
        let mut context = Context { published, ..Context::default() };
        let mut got = Vec::new();
        for mention in scan(&tokens) {
            let resolved = resolve(mention.stated, &context);
            let words = &text[mention.start..mention.end];
            got.push(match resolved {
                Some(range) => format!("{words} = {range}"),
                None => format!("{words} = ?"),
            });
            if let Some(year) = explicit_year(mention.stated) {
                context.year = Some(year);
            }
            context.previous = resolved.or(context.previous);
        }
        assert_eq!(got, expected);
    }

    #[test]
    fn full_dates_and_month_years() {
        check(
            "On July 12, 1995, they met; in November 2000 and 2016, again.",
            None,
            &["July 12, 1995 = 1995-07-12", "November 2000 = 2000-11", "2016 = 2016"],
        );
        check("date 2023-08-29 US President", None, &["2023-08-29 = 2023-08-29"]);
        check("on 12 July 1995 and 6-10 July 2015", None, &["12 July 1995 = 1995-07-12", "6-10 July 2015 = 2015-07-06/2015-07-10"]);
    }

    #[test]
    fn ranges_and_year_less_dates() {
        let published = PartialDate::day(2023, 8, 29);
        check(
            "from July 6 to 10, on September 10-11, from May 11-17, for the 2013-2017 period and 2020-22",
            published,
            &[
                "July 6 to 10 = 2023-07-06/2023-07-10",
                "September 10-11 = 2023-09-10/2023-09-11",
                "May 11-17 = 2023-05-11/2023-05-17",
                "2013-2017 = 2013/2017",
                "2020-22 = 2020/2022",
            ],
        );
        check("In 2022, he went from May 11-17.", None, &["2022 = 2022", "May 11-17 = 2022-05-11/2022-05-17"]);
        check("In March, they talked. He may go in May.", PartialDate::day(2023, 8, 29), &["March = 2023-03", "May = 2023-05"]);
    }

    #[test]
    fn fuzzy_and_relative_dates() {
        let published = PartialDate::day(2015, 7, 12);
        check(
            "Last week he left; in late 2013 and early 2021; today; recently",
            published,
            &[
                "Last week = 2015-07-04/2015-07-11",
                "late 2013 = 2013-09/2013-12",
                "early 2021 = 2021-01/2021-04",
                "today = 2015-07-12",
                "recently = 2015-04-13/2015-07-12",
            ],
        );
        check("On August 5, 1995, they signed. Also in the month, they opened", None, &["August 5, 1995 = 1995-08-05", "in the month = 1995-08"]);
    }

    #[test]
    fn weekdays_count_back_from_the_article() {
        check("He arrived on Sunday and spoke on Monday.", PartialDate::day(2023, 9, 11), &["Sunday = 2023-09-10", "Monday = 2023-09-11"]);
    }

    #[test]
    fn amounts_are_not_years() {
        check("reaching 2000 million USD and US$ 2015 and 1,727 press releases", None, &[]);
    }
}
