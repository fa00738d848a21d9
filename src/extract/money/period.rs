//! Which period an amount is reported for: the date after it or before it, a part of a year
//! ("the first nine months of"), a base of comparison that is not its period, a deadline, a
//! running total, or the period carried from the sentences before.

use super::{words, Amount, Figure, LOOK_BACK};
use crate::extract::dates::Stated;
use crate::extract::events::DatedMention;
use crate::extract::text::{month_number, Kind, Token};
use crate::model::{DateRange, Measure, PartialDate};

/// The period an amount is reported for, from the date words right after it ("in 2022",
/// "(1995)", "by 2022", "in the first 6 months of 2023") or, failing that, before it. A date
/// after words of comparison ("19 percent more than 2009", "compared to 2021") is the base
/// the figure is measured against, not its period.
fn period_of(tokens: &[Token], amount: &Amount, dates: &[DatedMention], next_amount: Option<usize>) -> Option<Period> {
    // "about $65 billion worth of goods from Vietnam in the first 10 months of 2020": the date
    // may follow the words of what was traded, a few more tokens on.
    let reach = if tokens.get(amount.last).is_some_and(|t| t.is_any(&["worth", "from"])) { 14 } else { 9 };
    let limit = next_amount.unwrap_or(tokens.len()).min(amount.last + reach);
    let start = dates.partition_point(|d| d.mention.first < amount.last);
    let after = dates.get(start).filter(|d| d.mention.first <= limit).map(|_| start);
    // "during January-November 2015": the lone first month leads into the month-year after it.
    let after = after.map(|k| match (dates.get(k), dates.get(k + 1)) {
        (Some(d), Some(next)) if tokens.get(d.mention.last).is_some_and(|t| t.is("-")) && next.mention.first == d.mention.last + 1 => next,
        _ => &dates[k],
    });
    let compared = after.is_some_and(|d| {
        let between = &tokens[amount.last..d.mention.first];
        is_compared(tokens, d.mention.first, amount.last, &COMPARISON) || crosses_clause(between)
    });
    if let Some(d) = after.filter(|_| !compared) {
        let by_year = d.mention.first > 0 && tokens[d.mention.first - 1].is("by");
        let range = level_at_end(tokens, amount, d.range);
        return Some(Period { by_year, own: true, ..part_of(tokens, d, range) });
    }
    // Dates are in reading order: only the few just before the amount are looked at.
    let earlier = dates.partition_point(|d| d.mention.last <= amount.first);
    if let Some(owner) = earlier.checked_sub(1).map(|k| &dates[k]).filter(|d| owns_the_amount(tokens, d, amount.first)) {
        return Some(Period { own: true, ..part_of(tokens, owner, owner.range) });
    }
    let before = dates[earlier.saturating_sub(4)..earlier]
        .iter()
        .rev()
        .filter(|d| !is_compared(tokens, d.mention.first, d.mention.first.saturating_sub(6), &COMPARISON[..5]))
        .find(|d| opens_the_sentence(tokens, d) || !tokens[d.mention.last..amount.first].iter().any(|t| t.kind == Kind::Number && t.folded.len() > 4))?;
    Some(part_of(tokens, before, before.range))
}

/// "In 2023, America recorded a goods deficit of $104.6 billion, with U.S. exports to Vietnam at
/// about $9.8 billion and imports at $114.4 billion": a date set off by a comma at the head of
/// the sentence frames every amount after it, past the other amounts, until a date of their own.
fn opens_the_sentence(tokens: &[Token], date: &DatedMention) -> bool {
    let head = &tokens[..date.mention.first];
    let set_off = tokens.get(date.mention.last).is_some_and(|t| t.is(","));
    set_off && head.len() <= 8 && !head.iter().any(|t| t.is(",") || t.kind == Kind::Number)
}

/// "last year's 18.3 billion USD", "2022's $123.86 billion": a date in the possessive right
/// before the amount is its period, even after a word of comparison ("over last year's").
fn owns_the_amount(tokens: &[Token], date: &DatedMention, first: usize) -> bool {
    let end = date.mention.last;
    end + 2 == first && tokens[end].is("'") && tokens[end + 1].is("s") && tokens[end].start == tokens[end - 1].end
}

/// Words before a date that make it a base of comparison: "19 percent more than 2009", "up 16
/// percent from 2014", "compared with the same period of 2014". "since" last: a date before the
/// amount opened by it ("Since 1989, … $155 million") starts a running total instead.
const COMPARISON: [&str; 6] = ["than", "compared", "over", "against", "from", "since"];

/// Words that may sit between a comparison word and its date.
const COMPARISON_FILLER: [&str; 12] = ["the", "same", "period", "time", "level", "levels", "of", "in", "a", "with", "to", "year"];

/// Words of a part of a year between a comparison word and its date.
const PART_OF_YEAR: [&str; 9] = ["first", "second", "third", "fourth", "quarter", "half", "months", "month", "last"];

/// Whether the date at token `date` is compared against: a comparison word before it (not
/// before `floor`) with only filler words between ("from the same period of"), so "earned $33.5
/// billion from exports to the US in 2015" keeps its year.
fn is_compared(tokens: &[Token], date: usize, floor: usize, comparison: &[&str]) -> bool {
    let mut passed_part = false;
    for k in (floor..date).rev() {
        // "over the first seven months of 2022" is a time span; "more than the first quarter of
        // 2009" compares.
        if tokens[k].is_any(comparison) {
            return !passed_part || tokens[k].is_any(&["than", "compared", "against"]);
        }
        // "more than the first quarter of 2009", "compared with the first nine months of 2019":
        // a part of a year compared against.
        let part_of_year = tokens[k].is_any(&PART_OF_YEAR) || crate::extract::text::number_word(&tokens[k].folded).is_some() || tokens[k].integer().is_some_and(|n| n <= 12);
        passed_part |= part_of_year && !tokens[k].is_any(&COMPARISON_FILLER);
        if !tokens[k].is_any(&COMPARISON_FILLER) && !part_of_year {
            return false;
        }
    }
    false
}

/// "$6.4 billion, and Bush visited in 2006": a date past a new clause is another clause's.
fn crosses_clause(between: &[Token]) -> bool {
    let opens = ["and", "but", "while", "when", "as", "after", "before", "which", "who", "where"];
    between.iter().any(|t| t.is(";")) || between.windows(2).any(|w| w[0].is(",") && w[1].is_any(&opens))
}

/// A period as the text gives it, with whether it is part of a year and whether it is a
/// deadline ("by 2030").
#[derive(Clone, Copy, Debug)]
pub(super) struct Period {
    range: DateRange,
    partial_year: bool,
    by_year: bool,
    /// The date follows the amount ("$6.4 billion in 2004"), rather than opening the clause.
    own: bool,
    /// The date's first token.
    at: usize,
    /// The date counts from the article's own ("this year", "last year"): it is only as sure
    /// as the article's year.
    relative: bool,
}

/// The period of date `d`, narrowed to months when a part-year phrase leads into it ("the
/// first nine months of 2023", "by the end of August").
fn part_of(tokens: &[Token], d: &DatedMention, range: DateRange) -> Period {
    let relative = matches!(d.mention.stated, Stated::Relative(_));
    let month = if range.end.is_none() { range.start.month } else { 0 };
    if let Some((from, to)) = words::part_year_before(tokens, d.mention.first, month) {
        let year = range.year();
        return Period { range: months(year, from, to), partial_year: true, by_year: false, own: false, at: d.mention.first, relative };
    }
    // "In January-June, …": a lone month that runs on to a later one of the same year.
    if let Some(to) = month_run_after(tokens, d.mention.last).filter(|&to| month != 0 && to > month) {
        let year = range.year();
        return Period { range: DateRange::span(PartialDate::month(year, month), PartialDate::month(year, to)), partial_year: true, by_year: false, own: false, at: d.mention.first, relative };
    }
    let partial = range.start.month != 0 && range.end.is_none_or(|e| e.month != 0);
    Period { range, partial_year: partial, by_year: false, own: false, at: d.mention.first, relative }
}

/// The months `from` to `to` of `year`: one month alone is a point.
fn months(year: i32, from: u8, to: u8) -> DateRange {
    if from == to {
        DateRange::point(PartialDate::month(year, to))
    } else {
        DateRange::span(PartialDate::month(year, from), PartialDate::month(year, to))
    }
}

/// The month a "-", "to" or "through" right at `at` runs on to ("January-June"), when it has
/// no year of its own (a year after it is a date the date rules read as a whole).
fn month_run_after(tokens: &[Token], at: usize) -> Option<u8> {
    let (dash, month) = (tokens.get(at)?, tokens.get(at + 1)?);
    let to = month_number(&month.folded).filter(|_| month.capitalized && dash.is_any(&["-", "to", "through"]))?;
    let year_follows = tokens.get(at + 2).is_some_and(|t| t.integer().is_some_and(|y| (1900..=2100).contains(&y)));
    (!year_follows).then_some(to)
}

/// "rising by $17.5 billion to $66.7 billion in 2018–19": the level a change reaches over a
/// span of years is the level of its last year.
fn level_at_end(tokens: &[Token], amount: &Amount, range: DateRange) -> DateRange {
    let reached = amount.first > 0 && tokens[amount.first - 1].is("to");
    match range.end {
        Some(end) if reached && end.month == 0 && range.start.month == 0 => DateRange::point(end),
        _ => range,
    }
}

/// "up from $5.8 billion the year before", "compared with $73 billion in the same period last
/// year": the value a figure is compared with.
fn is_base(tokens: &[Token], first: usize) -> bool {
    let before = |k: usize| first.checked_sub(k).and_then(|i| tokens.get(i));
    // "up from $5.8 billion", "down 20 percent from $59 billion", "fell to $46.3 billion in the
    // first half, from $55.7 billion": "from" after a change told earlier in the sentence.
    let changed = tokens[first.saturating_sub(14)..first.saturating_sub(1)].iter().any(|t| t.is_any(&["up", "down", "rising", "falling", "increasing"]) || t.is_any(&words::CHANGE));
    let from = before(1).is_some_and(|t| t.is("from")) && changed;
    let compared = before(1).is_some_and(|t| t.is_any(&["with", "to"])) && before(2).is_some_and(|t| t.is("compared"));
    from || compared
}

/// A compared value takes the period a year before the figure it is compared with, unless it
/// states a period of its own other than that year ("up from $5.8 billion in 2001").
fn base_fits(previous: &Figure, stated: Option<Period>) -> bool {
    let year = previous.period.year().saturating_sub(1);
    match stated {
        Some(p) if p.own => p.range.end.is_none() && p.range.start.month == 0 && p.range.year() == year,
        _ => true,
    }
}

/// "By the end of August, …": a month with no year of its own (the date rules want a
/// preposition before a lone month), counted from January of the article's year, or the year
/// before when that month is still to come.
fn month_end_of(tokens: &[Token], amount: &Amount, published: Option<PartialDate>) -> Option<DateRange> {
    let published = published?;
    let around = &tokens[amount.first.saturating_sub(LOOK_BACK)..amount.first];
    let month = around.windows(3).find_map(|w| (w[0].is("end") && w[1].is("of") && w[2].capitalized).then(|| month_number(&w[2].folded)).flatten())?;
    let year = if published.month != 0 && month > published.month { published.year.saturating_sub(1) } else { published.year };
    Some(DateRange::span(PartialDate::month(year, 1), PartialDate::month(year, month)))
}

/// A figure with no date of its own takes the article's year, narrowed to months by a part-year
/// phrase around it ("in the first nine months of the year").
/// The phrase may open the sentence ("In the first eight months, the U.S. was Vietnam's largest
/// export market with a turnover of $38.6 billion") or close it ("… to the US in the first five
/// months of the year"); a year's part so stated is the figure's own period, told on to the
/// sentences after, not the article's date.
fn part_year_of(tokens: &[Token], amount: &Amount, next_amount: Option<usize>, year: i32) -> (DateRange, bool, bool) {
    let end = next_amount.unwrap_or(tokens.len()).min(amount.last + 14);
    let around = &tokens[amount.first.saturating_sub(LOOK_BACK)..end];
    match words::part_year_in(around) {
        Some((from, to)) => (months(year, from, to), true, false),
        None => (DateRange::point(PartialDate::year(year)), false, true),
    }
}

/// "from $736 million to $1.57 billion in the first nine months": the starting value of a
/// change with no date of its own is the same period a year before.
pub(super) fn from_the_year_before(tokens: &[Token], found: &[Amount], figures: &mut [Figure]) {
    for pair in found.windows(2) {
        let (from, to) = (&pair[0], &pair[1]);
        let starts = from.first > 0 && tokens[from.first - 1].is("from");
        if !starts || to.first != from.last + 1 || !tokens[from.last].is("to") {
            continue;
        }
        let span = |a: &Amount| (tokens[a.first].start, tokens[a.last - 1].end);
        let Some(reached) = figures.iter().find(|f| f.amount == span(to)).map(|f| (f.period, f.partial_year)) else { continue };
        if let Some(figure) = figures.iter_mut().find(|f| f.amount == span(from)) {
            figure.period = year_before(reached.0);
            figure.partial_year = reached.1;
        }
    }
}

pub(super) fn year_before(range: DateRange) -> DateRange {
    let back = |d: PartialDate| PartialDate { year: d.year.saturating_sub(1), ..d };
    DateRange { start: back(range.start), end: range.end.map(back), approximate: range.approximate }
}

/// "Since 1989, … more than $155 million": a running total from that year to the article's.
fn since_period(tokens: &[Token], range: DateRange, first: usize, published: Option<PartialDate>) -> DateRange {
    let since = first > 0 && tokens[first - 1].is("since");
    match (since, published) {
        (true, Some(p)) if p.year > range.start.year => DateRange::span(PartialDate::year(range.start.year), PartialDate::year(p.year)),
        _ => range,
    }
}

/// The period of the `k`th amount of the sentence, whether part of a year, and whether
/// inferred from the article's date; `None` for a deadline still to come ("by 2030") or when
/// nothing dates it. `figures` are the sentence's figures so far; `carried` is the last trade
/// figure's period, for a sentence that names none.
pub(super) fn figure_period(
    tokens: &[Token],
    found: &[Amount],
    k: usize,
    dates: &[DatedMention],
    published: Option<PartialDate>,
    figures: &[Figure],
    carried: Option<(DateRange, bool, Measure)>,
) -> Option<(DateRange, bool, bool)> {
    let amount = &found[k];
    let stated = period_of(tokens, amount, dates, found.get(k + 1).map(|a| a.first)).or_else(|| shared_with_next(tokens, found, k, dates));
    match stated {
        // "$54 billion last year" in a text whose year is a guess (no article date is given
        // then): no period can be known.
        Some(p) if p.relative && published.is_none() => None,
        Some(p) if p.by_year && published.is_some_and(|d| d.year < p.range.year()) => None,
        _ if is_base(tokens, amount.first) && !whole_year_said(tokens, stated) && figures.last().is_some_and(|f| base_fits(f, stated)) => {
            let previous = &figures[figures.len() - 1];
            Some((year_before(previous.period), previous.partial_year, previous.period_inferred))
        }
        Some(p) => Some((since_period(tokens, p.range, p.at, published), p.partial_year, false)),
        None if a_year_after_its_base(tokens, amount, dates).is_some() => a_year_after_its_base(tokens, amount, dates).map(|range| (range, true, false)),
        None => match (carried.filter(|c| c.1 || !names_a_part_year(tokens, found, k)), month_end_of(tokens, amount, published), published) {
            (_, Some(range), _) => Some((range, true, false)),
            (Some((range, partial, _)), None, _) => Some((range, partial, false)),
            (None, None, Some(p)) => Some(part_year_of(tokens, amount, found.get(k + 1).map(|a| a.first), p.year)),
            (None, None, None) => None,
        },
    }
}

/// "During the past 10 months of the year, Vietnamese exports to the US surged by 21% to US$93
/// billion": a part of a year said around the amount, so a whole year told in the sentence
/// before is not its period.
fn names_a_part_year(tokens: &[Token], found: &[Amount], k: usize) -> bool {
    let amount = &found[k];
    let end = found.get(k + 1).map_or(tokens.len(), |a| a.first).min(amount.last + 14);
    words::part_year_in(&tokens[amount.first.saturating_sub(LOOK_BACK)..end]).is_some()
}

/// "Two-way trade was valued at 3,964 million USD, 16.5 percent (or 564 million USD) more than
/// the first quarter of 2009": a figure with no period of its own, compared with a part of a
/// year, is for the same part of the year after.
fn a_year_after_its_base(tokens: &[Token], amount: &Amount, dates: &[DatedMention]) -> Option<DateRange> {
    let start = dates.partition_point(|d| d.mention.first < amount.last);
    let base = dates[start..].iter().take_while(|d| d.mention.first <= amount.last + 20).find(|d| is_compared(tokens, d.mention.first, amount.last, &["than", "compared", "against"]))?;
    // The date rules may read "the first quarter of 2009" as its months already.
    let (start, end) = (base.range.start, base.range.end.unwrap_or(base.range.start));
    let (from, to) = match (start.month, end.month) {
        (0, _) => words::part_year_before(tokens, base.mention.first, 0)?,
        (from, to) if start.year == end.year && to > from => (from, to),
        _ => return None,
    };
    Some(months(start.year + 1, from, to))
}

/// "compared with $66.6 billion for all of 2019": a base the text itself gives a whole year
/// keeps it, even after a part-year figure.
fn whole_year_said(tokens: &[Token], stated: Option<Period>) -> bool {
    stated.is_some_and(|p| p.own && p.range.start.month == 0 && tokens[p.at.saturating_sub(3)..p.at].iter().any(|t| t.is_any(&["all", "whole", "full", "entire"])))
}

/// "by 2020, annual bilateral trade between our two countries will reach $35 billion": an
/// amount after a deadline later than the article's year is a goal, not a figure.
pub(super) fn after_a_deadline(tokens: &[Token], dates: &[DatedMention], first: usize, published: Option<PartialDate>) -> bool {
    let Some(published) = published else { return false };
    dates.iter().take_while(|d| d.mention.last <= first).any(|d| {
        let by = d.mention.first > 0 && tokens[d.mention.first - 1].is("by");
        by && d.mention.first + LOOK_BACK > first && d.range.year() > published.year
    })
}

/// "Vietnam exported $33.5 billion of goods to the US and imported $7.8 billion in 2015": an
/// amount with no date of its own shares the date of the next amount joined to it by "and".
fn shared_with_next(tokens: &[Token], found: &[Amount], k: usize, dates: &[DatedMention]) -> Option<Period> {
    let (amount, next) = (&found[k], found.get(k + 1)?);
    // Amounts may share a dollar sign ("5 $ 6 billion" in junk): no words between, no link.
    let between = tokens.get(amount.last..next.first)?;
    let joined = between.iter().any(|t| t.is("and")) && !between.iter().any(|t| t.is_any(&[";", "while", "but", "whereas"]));
    let period = period_of(tokens, next, dates, found.get(k + 2).map(|a| a.first))?;
    (joined && period.own).then_some(period)
}

