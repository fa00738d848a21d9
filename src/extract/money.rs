//! Reads money amounts ("US$130 billion", "USD 451 million", "123.86 billion USD") with
//! their hedge, period and measure, and the growth claims made about them ("up 11% compared
//! to 2021", "more than 240 times", "over 20% a year in the past 3 years").

mod words;

use super::events::DatedMention;
use super::text::{month_number, Kind, Token};
use crate::model::{DateRange, GrowthKind, Measure, PartialDate, Qualifier, TradeConflict, TradeFigure};

/// How many tokens before an amount the rules look for its words: a clause or two. A bound,
/// so a sentence of a thousand amounts costs a thousand looks, not a million.
const LOOK_BACK: usize = 60;

/// A figure found in one sentence, before it is tied to its document.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub value_usd: u64,
    pub qualifier: Qualifier,
    pub measure: Measure,
    pub period: DateRange,
    pub partial_year: bool,
    /// The period is the article's own date, for "currently" figures.
    pub period_inferred: bool,
    pub derived: bool,
    /// Byte span of the amount's words ("more than US$130 billion" → "US$130 billion").
    pub amount: (usize, usize),
}

/// A growth claim found in one sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Growth {
    /// Byte span of the claim's number and unit ("11%", "240 times").
    pub span: (usize, usize),
    pub kind: GrowthKind,
    pub qualifier: Qualifier,
    pub measure: Measure,
    pub from: Option<i32>,
    pub to: Option<i32>,
}

/// An amount's tokens: value, where it sits, and whether its currency is the US dollar.
struct Amount {
    first: usize,
    last: usize,
    value: u64,
}

fn unit_value(word: &str) -> Option<u128> {
    match word {
        "thousand" => Some(1_000),
        "million" | "mln" | "m" => Some(1_000_000),
        "billion" | "bn" | "b" => Some(1_000_000_000),
        "trillion" => Some(1_000_000_000_000),
        _ => None,
    }
}

/// "123.86" × billion → 123 860 000 000, in integers; `None` on overflow or junk.
fn parse_scaled(number: &str, unit: u128) -> Option<u64> {
    let clean: String = number.chars().filter(|c| *c != ',').collect();
    let (whole, fraction) = clean.split_once('.').unwrap_or((&clean, ""));
    if whole.len() > 15 || fraction.len() > 9 || whole.is_empty() {
        return None;
    }
    let whole: u128 = whole.parse().ok()?;
    let mut value = whole.checked_mul(unit)?;
    if !fraction.is_empty() {
        let digits: u128 = fraction.parse().ok()?;
        let scale = 10u128.checked_pow(fraction.len() as u32)?;
        value = value.checked_add(digits.checked_mul(unit)? / scale)?;
    }
    u64::try_from(value).ok()
}

fn is_dollar_sign(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| t.is("$") || t.is("usd"))
}

/// Every US-dollar amount in the sentence.
fn amounts(tokens: &[Token]) -> Vec<Amount> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if t.kind != Kind::Number {
            i += 1;
            continue;
        }
        let unit = tokens.get(i + 1).and_then(|u| unit_value(&u.folded));
        let after_unit = if unit.is_some() { i + 2 } else { i + 1 };
        let dollar_before = i > 0 && is_dollar_sign(tokens, i - 1);
        let us_dollars = tokens.get(after_unit).is_some_and(|t| t.is("us")) && tokens.get(after_unit + 1).is_some_and(|t| t.is_any(&["dollars", "dollar"]));
        let dollar_after = is_dollar_sign(tokens, after_unit) || tokens.get(after_unit).is_some_and(|t| t.is_any(&["dollars", "usd"])) || us_dollars;
        if !(dollar_before || dollar_after) {
            i += 1;
            continue;
        }
        // "USD 100 billion mark" is a threshold, not a figure.
        let threshold = tokens.get(after_unit + usize::from(dollar_after) + usize::from(us_dollars)).is_some_and(|t| t.is_any(&["mark", "threshold", "milestone", "benchmark", "barrier"]));
        if let Some(value) = parse_scaled(&t.folded, unit.unwrap_or(1)).filter(|_| !threshold) {
            let mut first = i;
            if dollar_before {
                first = i - 1;
                if first > 0 && tokens[first - 1].is("us") && tokens[first - 1].end == tokens[first].start {
                    first -= 1;
                }
            }
            // "45 billion U.S. dollars" ends one word later than "45 billion USD".
            let last = after_unit + usize::from(dollar_after) + usize::from(us_dollars);
            found.push(Amount { first, last, value });
            i = last;
            continue;
        }
        i += 1;
    }
    found
}

fn qualifier_before(tokens: &[Token], first: usize) -> Qualifier {
    let w = |k: usize| first.checked_sub(k).and_then(|i| tokens.get(i)).map(|t| t.folded.as_str()).unwrap_or("");
    match (w(2), w(1)) {
        (_, "over" | "above" | "exceeding" | "surpassing") | ("more" | "greater", "than") => Qualifier::Over,
        (_, "nearly" | "almost" | "under") | ("less", "than") | ("close", "to") | ("up", "to") => Qualifier::Nearly,
        (_, "about" | "around" | "some" | "approximately" | "roughly" | "approx" | "estimated") | ("estimated", "at") => Qualifier::About,
        _ => Qualifier::Exact,
    }
}

/// What an amount measures, from the nearest telling word before it in the sentence, else
/// the words right after it ("over 14.78 billion USD worth in the US's imports from Vietnam").
/// A balance ("trade surplus of $24.9 billion") or one sector's goods ("exports of electronic
/// products … $23.0 billion", "shrimp exports") is not a trade figure.
fn measure_of(tokens: &[Token], amount: &Amount) -> Measure {
    let measure = match measure_word_before(tokens, amount.first) {
        Some(i) if words::names_a_sector(&tokens[sector_window(tokens, i)..amount.first]) => return Measure::Other,
        Some(i) => measure_at(tokens, i),
        None => measure_after(tokens, amount.last),
    };
    let worth_of = &tokens[amount.last..tokens.len().min(amount.last + 6)];
    if worth_of.first().is_some_and(|t| t.is("worth")) && words::names_a_sector(worth_of) {
        return Measure::Other;
    }
    if is_flow(measure) && !names_the_partner(tokens, amount.first) {
        return Measure::Other;
    }
    measure
}

/// Where the words that may name a sector begin, for the measure word at `i`: the word
/// before it ("shrimp exports"), or for exports and imports the whole clause it is in
/// ("Export of garment and textile was the main contributor … with the export value of").
fn sector_window(tokens: &[Token], i: usize) -> usize {
    if tokens[i].is_any(&["trade", "turnover", "trading"]) {
        return i.saturating_sub(1);
    }
    let from = i.saturating_sub(LOOK_BACK);
    (from..i).rev().find(|&k| tokens[k].is_any(&[",", ";", ":"])).map_or(from, |k| k + 1)
}

fn is_flow(measure: Measure) -> bool {
    matches!(measure, Measure::TwoWayTrade | Measure::VnExportsToUs | Measure::UsExportsToVn)
}

/// Words that tell what an amount measures; a balance word (`words::BALANCE`) stops the
/// search as "other".
const MEASURE_WORDS: [&str; 26] = [
    "exported", "exports", "export", "shipments", "shipped", "imported", "imports", "investment", "invested",
    "investors", "fdi", "capital", "trade", "turnover", "two-way", "trading", "commitment", "aid", "funding", "grant",
    "assistance", "pledged", "donated", "provided", "exporting",
    "importing",
];

fn measure_word_before(tokens: &[Token], first: usize) -> Option<usize> {
    (first.saturating_sub(LOOK_BACK)..first).rev().find(|&i| tokens[i].is_any(&MEASURE_WORDS) || tokens[i].is_any(&words::BALANCE))
}

fn measure_at(tokens: &[Token], i: usize) -> Measure {
    match tokens[i].folded.as_str() {
        w if words::BALANCE.contains(&w) => Measure::Other,
        "investment" | "invested" | "investors" | "fdi" | "capital" => Measure::UsInvestmentInVn,
        "trade" | "turnover" | "two-way" | "trading" if partner_after(tokens, i) == Partner::Elsewhere => Measure::Other,
        "trade" | "turnover" | "two-way" | "trading" => Measure::TwoWayTrade,
        "commitment" | "aid" | "funding" | "grant" | "assistance" | "pledged" | "donated" | "provided" => Measure::Aid,
        _ => trade_direction(tokens, i),
    }
}

/// "worth in the US's imports from Vietnam", "worth of goods exported to the US": an export or
/// import word a few words after the amount.
fn measure_after(tokens: &[Token], last: usize) -> Measure {
    let end = tokens.len().min(last + 7);
    (last..end)
        .find(|&i| tokens[i].is_any(&["exports", "imports", "exported", "imported"]))
        .map_or(Measure::Other, |i| trade_direction(tokens, i))
}

/// A flow between Vietnam and the US names the US (or is "bilateral", "two-way", "between"
/// the two) in its sentence, or is part of such a figure ("…, of which Vietnam exported");
/// "Vietnam's exports reached $X" alone is its trade with the world.
fn names_the_partner(tokens: &[Token], first: usize) -> bool {
    let before = &tokens[first.saturating_sub(LOOK_BACK)..first];
    // The amount's own clause runs on to the next comma or semicolon: "Vietnam's exports hit
    // $162 billion, of which the US accounted for …" names the US for the second amount only.
    let clause_end = (first..tokens.len().min(first + LOOK_BACK)).find(|&k| tokens[k].is_any(&[",", ";"])).unwrap_or(tokens.len().min(first + LOOK_BACK));
    let clause = &tokens[first.saturating_sub(LOOK_BACK)..clause_end];
    let partner = ["us", "united", "america", "american", "americans", "bilateral", "between", "both"];
    let pair = clause.windows(2).any(|w| w[0].is("two") && w[1].is_any(&["-", "countries", "nations", "sides", "economies"]));
    let of_which = before.windows(2).any(|w| w[0].is("of") && w[1].is("which")) || before.iter().any(|t| t.is("including"));
    of_which || pair || clause.iter().any(|t| t.is_any(&partner))
}

/// Which way goods go, from the words around "exports" or "imports": "exports to Vietnam",
/// "imports from Vietnam", "Vietnam exported … to the US", "it imported … from this country".
fn trade_direction(tokens: &[Token], i: usize) -> Measure {
    let importing = tokens[i].is_any(&["imported", "imports", "importing"]);
    match partner_after(tokens, i) {
        partner @ (Partner::Vietnam | Partner::Us) => {
            // Exports to Vietnam and imports from the US are both US goods going to Vietnam.
            let vietnam = partner == Partner::Vietnam;
            return if vietnam != importing { Measure::UsExportsToVn } else { Measure::VnExportsToUs };
        }
        Partner::Elsewhere => return Measure::Other,
        Partner::Unsaid if tokens[i.saturating_sub(1)].is_any(&["total", "overall", "global"]) => return Measure::Other,
        Partner::Unsaid => {}
    }
    if subject_is_us(tokens, i) != importing {
        Measure::UsExportsToVn
    } else {
        Measure::VnExportsToUs
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Partner {
    Vietnam,
    Us,
    /// "to China", "to the world", "to other markets": not a Vietnam–US flow.
    Elsewhere,
    Unsaid,
}

/// The other side of an export or import word: what follows "to" or "from" within a few words
/// ("exports to the US", "imported $9.2 billion worth of products from the US").
fn partner_after(tokens: &[Token], i: usize) -> Partner {
    let end = tokens.len().min(i + 10);
    let Some(k) = (i + 1..end).find(|&k| tokens[k].is_any(&["to", "from", "with"])) else { return Partner::Unsaid };
    let Some(place) = tokens[k + 1..].iter().find(|t| !t.is("the")) else { return Partner::Unsaid };
    if place.is_any(&["vietnam", "viet", "vietnamese"]) {
        Partner::Vietnam
    } else if place.is_any(&["us", "united", "america", "american"]) {
        Partner::Us
    } else if place.is_any(&["world", "other", "all", "global"]) || (place.capitalized && place.kind == Kind::Word && month_number(&place.folded).is_none() && !place.is("usd")) {
        Partner::Elsewhere
    } else {
        Partner::Unsaid
    }
}

/// Whether the side doing the exporting or importing at token `i` is the US: the nearest
/// country named before it that is not the object of "to", "from" or "with" ("US goods
/// exports", "Viet Nam shipped … to the US and imported").
fn subject_is_us(tokens: &[Token], i: usize) -> bool {
    for k in (i.saturating_sub(LOOK_BACK)..i).rev() {
        let t = &tokens[k];
        let us = t.is_any(&["us", "american", "america", "united"]);
        let vietnam = t.is_any(&["vietnam", "viet", "vietnamese"]);
        if !(us || vietnam) {
            continue;
        }
        let object = tokens[k.saturating_sub(2)..k].iter().any(|p| p.is_any(&["to", "from", "with"]));
        if !object {
            return us;
        }
    }
    false
}

/// The period an amount is reported for, from the date words right after it ("in 2022",
/// "(1995)", "by 2022", "in the first 6 months of 2023") or, failing that, before it. A date
/// after words of comparison ("19 percent more than 2009", "compared to 2021") is the base
/// the figure is measured against, not its period.
fn period_of(tokens: &[Token], amount: &Amount, dates: &[DatedMention], next_amount: Option<usize>) -> Option<Period> {
    let limit = next_amount.unwrap_or(tokens.len()).min(amount.last + 9);
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
    let before = dates[earlier.saturating_sub(4)..earlier]
        .iter()
        .rev()
        .filter(|d| !is_compared(tokens, d.mention.first, d.mention.first.saturating_sub(6), &COMPARISON[..5]))
        .find(|d| !tokens[d.mention.last..amount.first].iter().any(|t| t.kind == Kind::Number && t.folded.len() > 4))?;
    Some(part_of(tokens, before, before.range))
}

/// Words before a date that make it a base of comparison: "19 percent more than 2009", "up 16
/// percent from 2014", "compared with the same period of 2014". "since" last: a date before the
/// amount opened by it ("Since 1989, … $155 million") starts a running total instead.
const COMPARISON: [&str; 6] = ["than", "compared", "over", "against", "from", "since"];

/// Words that may sit between a comparison word and its date.
const COMPARISON_FILLER: [&str; 12] = ["the", "same", "period", "time", "level", "levels", "of", "in", "a", "with", "to", "year"];

/// Whether the date at token `date` is compared against: a comparison word before it (not
/// before `floor`) with only filler words between ("from the same period of"), so "earned $33.5
/// billion from exports to the US in 2015" keeps its year.
fn is_compared(tokens: &[Token], date: usize, floor: usize, comparison: &[&str]) -> bool {
    for k in (floor..date).rev() {
        if tokens[k].is_any(comparison) {
            return true;
        }
        if !tokens[k].is_any(&COMPARISON_FILLER) {
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
struct Period {
    range: DateRange,
    partial_year: bool,
    by_year: bool,
    /// The date follows the amount ("$6.4 billion in 2004"), rather than opening the clause.
    own: bool,
    /// The date's first token.
    at: usize,
}

/// The period of date `d`, narrowed to months when a part-year phrase leads into it ("the
/// first nine months of 2023", "by the end of August").
fn part_of(tokens: &[Token], d: &DatedMention, range: DateRange) -> Period {
    let month = if range.end.is_none() { range.start.month } else { 0 };
    if let Some((from, to)) = words::part_year_before(tokens, d.mention.first, month) {
        let year = range.year();
        return Period { range: DateRange::span(PartialDate::month(year, from), PartialDate::month(year, to)), partial_year: true, by_year: false, own: false, at: d.mention.first };
    }
    let partial = range.start.month != 0 && range.end.is_none_or(|e| e.month != 0);
    Period { range, partial_year: partial, by_year: false, own: false, at: d.mention.first }
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
    let from = before(1).is_some_and(|t| t.is("from")) && before(2).is_some_and(|t| t.is_any(&["up", "down", "rising", "falling", "increasing"]));
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
fn part_year_of(tokens: &[Token], amount: &Amount, year: i32) -> (DateRange, bool, bool) {
    let around = &tokens[amount.first.saturating_sub(10)..tokens.len().min(amount.last + 8)];
    match words::part_year_in(around) {
        Some((from, to)) => (DateRange::span(PartialDate::month(year, from), PartialDate::month(year, to)), true, true),
        None => (DateRange::point(PartialDate::year(year)), false, true),
    }
}

/// "from $736 million to $1.57 billion in the first nine months": the starting value of a
/// change with no date of its own is the same period a year before.
fn from_the_year_before(tokens: &[Token], found: &[Amount], figures: &mut [Figure]) {
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

fn year_before(range: DateRange) -> DateRange {
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

/// What the sentences before tell about the figures that follow: the period and measure of
/// the last trade figure, for "The figure included over 14.78 billion USD …" or a figure whose
/// sentence names no date.
#[derive(Clone, Copy, Debug, Default)]
pub struct Narration {
    pub last: Option<(DateRange, bool, Measure)>,
}

/// "the figure was $80 billion": a sentence that speaks of the figure told before.
fn refers_back(tokens: &[Token], first: usize) -> bool {
    tokens[first.saturating_sub(LOOK_BACK)..first].windows(2).any(|w| w[0].is_any(&["the", "this", "that"]) && w[1].is_any(&["figure", "number", "value"]))
}

/// The period of the `k`th amount of the sentence, whether part of a year, and whether
/// inferred from the article's date; `None` for a deadline still to come ("by 2030") or when
/// nothing dates it. `figures` are the sentence's figures so far; `carried` is the last trade
/// figure's period, for a sentence that names none.
fn figure_period(
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
        Some(p) if p.by_year && published.is_some_and(|d| d.year < p.range.year()) => None,
        _ if is_base(tokens, amount.first) && figures.last().is_some_and(|f| base_fits(f, stated)) => {
            let previous = &figures[figures.len() - 1];
            Some((year_before(previous.period), previous.partial_year, previous.period_inferred))
        }
        Some(p) => Some((since_period(tokens, p.range, p.at, published), p.partial_year, false)),
        None => match (carried, month_end_of(tokens, amount, published), published) {
            (_, Some(range), _) => Some((range, true, false)),
            (Some((range, partial, _)), None, _) => Some((range, partial, false)),
            (None, None, Some(p)) => Some(part_year_of(tokens, amount, p.year)),
            (None, None, None) => None,
        },
    }
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

/// Reads the figures and growth claims of one sentence. `narration` carries the last trade
/// figure from one sentence to the next.
pub fn scan(tokens: &[Token], dates: &[DatedMention], published: Option<PartialDate>, narration: &mut Narration) -> (Vec<Figure>, Vec<Growth>) {
    let found = amounts(tokens);
    let mut figures: Vec<Figure> = Vec::new();
    for (k, amount) in found.iter().enumerate() {
        if words::forecast_before(tokens, amount.first, LOOK_BACK) || words::is_change(tokens, amount.first, amount.last) {
            continue;
        }
        let mut measure = measure_of(tokens, amount);
        if measure == Measure::Other && refers_back(tokens, amount.first) {
            measure = narration.last.map_or(Measure::Other, |l| l.2);
        }
        let Some((period, partial_year, inferred)) = figure_period(tokens, &found, k, dates, published, &figures, narration.last.filter(|_| is_flow(measure))) else { continue };
        let figure = Figure {
            value_usd: amount.value,
            qualifier: qualifier_before(tokens, amount.first),
            measure,
            period,
            partial_year,
            period_inferred: inferred,
            derived: false,
            amount: (tokens[amount.first].start, tokens[amount.last - 1].end),
        };
        if is_flow(measure) && !inferred {
            narration.last = Some((period, partial_year, measure));
        }
        figures.push(figure);
    }
    from_the_year_before(tokens, &found, &mut figures);
    let growth = growth_claims(tokens, dates, &figures, published);
    // "123.86 billion USD in 2022, up 11% compared to 2021": the 2021 value follows.
    let mut derived = Vec::new();
    for g in &growth {
        if let (GrowthKind::Change { percent }, Some(from), Some(to)) = (g.kind, g.from, g.to) {
            let base = figures.iter().find(|f| !f.derived && f.period.end.is_none() && f.period.start.year == to && f.period.start.month == 0);
            if let Some(base) = base {
                let value = (base.value_usd as f64 / (1.0 + percent / 100.0)).round() as u64;
                derived.push(Figure {
                    value_usd: value,
                    qualifier: base.qualifier,
                    measure: base.measure,
                    period: DateRange::point(PartialDate::year(from)),
                    partial_year: false,
                    period_inferred: false,
                    derived: true,
                    amount: g.span,
                });
            }
        }
    }
    figures.extend(derived);
    (figures, growth)
}

fn growth_claims(tokens: &[Token], dates: &[DatedMention], figures: &[Figure], published: Option<PartialDate>) -> Vec<Growth> {
    let mut claims = Vec::new();
    // Most sentences have no "N%" or "N times": nothing more to look at.
    let rate_or_multiple = tokens.windows(2).any(|w| w[0].kind == Kind::Number && w[1].is_any(&["%", "percent", "per", "times"]));
    if !rate_or_multiple {
        return claims;
    }
    let measure = if tokens.iter().any(|t| t.is_any(&["trade", "turnover"])) { Measure::TwoWayTrade } else { Measure::Other };
    let growth_verb = tokens.iter().any(|t| t.is_any(&["increased", "rose", "grew", "grown", "up", "increase", "growth", "risen", "surged", "jumped"]));
    let years: Vec<i32> = figures.iter().filter(|f| !f.period_inferred).map(|f| f.period.year()).collect();
    for i in 0..tokens.len() {
        let t = &tokens[i];
        let Some(number) = number_value(t) else { continue };
        let next = tokens.get(i + 1);
        let qualifier = qualifier_before(tokens, i);
        if next.is_some_and(|n| n.is("times")) && growth_verb {
            claims.push(Growth {
                span: (t.start, tokens[i + 1].end),
                kind: GrowthKind::Multiple { times: number },
                qualifier,
                measure,
                from: years.iter().copied().min(),
                to: years.iter().copied().max(),
            });
            continue;
        }
        if !next.is_some_and(|n| n.is_any(&["%", "percent", "per"])) || !growth_verb {
            continue;
        }
        let after = &tokens[i + 2..tokens.len().min(i + 8)];
        let yearly = after.iter().any(|t| t.is_any(&["annually", "yearly"])) || after.windows(2).any(|w| w[0].is_any(&["a", "per", "each"]) && w[1].is("year"));
        let past_years = tokens.windows(4).find_map(|w| (w[0].is_any(&["past", "last"]) && w[2].is("years")).then(|| w[1].integer().or_else(|| super::text::number_word(&w[1].folded))).flatten());
        if yearly || past_years.is_some() {
            let years_count = past_years.unwrap_or(1);
            let to = years.iter().copied().max().or(published.map(|p| p.year));
            claims.push(Growth {
                span: (t.start, tokens[i + 1].end),
                kind: GrowthKind::AnnualRate { percent: number, years: years_count },
                qualifier,
                measure,
                from: to.map(|y| y - years_count as i32),
                to,
            });
            continue;
        }
        // "up 11% compared to 2021": the year it is compared with.
        let compared = dates.iter().find(|d| d.mention.first > i && d.mention.first <= i + 6 && tokens[i..d.mention.first].iter().any(|t| t.is_any(&["compared", "from", "over", "against", "than"])));
        if let Some(base) = compared {
            let to = figures.iter().filter(|f| !f.period_inferred && f.period.year() > base.range.year()).map(|f| f.period.year()).min();
            claims.push(Growth {
                span: (t.start, tokens[i + 1].end),
                kind: GrowthKind::Change { percent: number },
                qualifier,
                measure,
                from: Some(base.range.year()),
                to,
            });
        }
    }
    claims
}

/// Reports further apart than this, in percent, disagree; closer ones are rounding
/// ("over 123 billion" and "123.86 billion").
pub const DISAGREEMENT_PERCENT: f64 = 3.0;

/// Groups stated figures by measure and period and keeps the groups whose reports disagree:
/// 2022 trade at 123.86 billion in one article and more than 130 billion in another.
pub fn disagreements(trade: &[TradeFigure]) -> Vec<TradeConflict> {
    let mut conflicts: Vec<TradeConflict> = Vec::new();
    let stated: Vec<usize> = (0..trade.len()).filter(|&i| !trade[i].derived && !trade[i].period_inferred).collect();
    for &i in &stated {
        let f = &trade[i];
        if conflicts.iter().any(|c| c.measure == f.measure && c.period == f.period) {
            continue;
        }
        let group: Vec<usize> = stated.iter().copied().filter(|&j| trade[j].measure == f.measure && trade[j].period == f.period).collect();
        let low = group.iter().map(|&j| trade[j].value_usd).min().unwrap_or(0);
        let high = group.iter().map(|&j| trade[j].value_usd).max().unwrap_or(0);
        if low == 0 {
            continue;
        }
        let spread_percent = (high as f64 / low as f64 - 1.0) * 100.0;
        if spread_percent > DISAGREEMENT_PERCENT {
            conflicts.push(TradeConflict { measure: f.measure, period: f.period, figures: group, low_usd: low, high_usd: high, spread_percent });
        }
    }
    conflicts
}

/// A number token's value: "11", "20.5". Digits over an exact power of ten give the same
/// f64 as `str::parse`, without linking the float parser (14 KB) into the bundle.
fn number_value(t: &Token) -> Option<f64> {
    const POWERS: [f64; 12] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11];
    if t.kind != Kind::Number || t.folded.contains(',') || t.folded.len() > 12 {
        return None;
    }
    let (whole, fraction) = t.folded.split_once('.').unwrap_or((&t.folded, ""));
    if fraction.contains('.') {
        return None;
    }
    let digits: u64 = format!("{whole}{fraction}").parse().ok()?;
    Some(digits as f64 / POWERS.get(fraction.len())?)
}

#[cfg(test)]
mod tests;
