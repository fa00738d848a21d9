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
        let dollar_after = is_dollar_sign(tokens, after_unit) || tokens.get(after_unit).is_some_and(|t| t.is_any(&["dollars", "usd"]));
        if !(dollar_before || dollar_after) {
            i += 1;
            continue;
        }
        // "USD 100 billion mark" is a threshold, not a figure.
        let threshold = tokens.get(after_unit + usize::from(dollar_after)).is_some_and(|t| t.is_any(&["mark", "threshold", "milestone", "benchmark", "barrier"]));
        if let Some(value) = parse_scaled(&t.folded, unit.unwrap_or(1)).filter(|_| !threshold) {
            let mut first = i;
            if dollar_before {
                first = i - 1;
                if first > 0 && tokens[first - 1].is("us") && tokens[first - 1].end == tokens[first].start {
                    first -= 1;
                }
            }
            let last = if dollar_after { after_unit + 1 } else { after_unit };
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

/// Words that tell what an amount measures; a balance word stops the search as "other".
const MEASURE_WORDS: [&str; 30] = [
    "exported", "exports", "export", "shipments", "shipped", "imported", "imports", "investment", "invested",
    "investors", "fdi", "capital", "trade", "turnover", "two-way", "trading", "commitment", "aid", "funding", "grant",
    "assistance", "pledged", "donated", "provided", "surplus", "deficit", "surpluses", "deficits", "exporting",
    "importing",
];

fn measure_word_before(tokens: &[Token], first: usize) -> Option<usize> {
    (first.saturating_sub(LOOK_BACK)..first).rev().find(|&i| tokens[i].is_any(&MEASURE_WORDS))
}

fn measure_at(tokens: &[Token], i: usize) -> Measure {
    match tokens[i].folded.as_str() {
        w if words::BALANCE.contains(&w) => Measure::Other,
        "investment" | "invested" | "investors" | "fdi" | "capital" => Measure::UsInvestmentInVn,
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
    let tokens = &tokens[first.saturating_sub(LOOK_BACK)..tokens.len().min(first + LOOK_BACK)];
    let partner = ["us", "united", "america", "american", "americans", "bilateral", "between", "both"];
    let two_way = tokens.windows(2).any(|w| w[0].is("two") && w[1].is("-"));
    let of_which = before.windows(2).any(|w| w[0].is("of") && w[1].is("which")) || before.iter().any(|t| t.is("including"));
    of_which || two_way || tokens.iter().any(|t| t.is_any(&partner))
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
    let Some(k) = (i + 1..end).find(|&k| tokens[k].is_any(&["to", "from"])) else { return Partner::Unsaid };
    let Some(place) = tokens[k + 1..].iter().find(|t| !t.is("the")) else { return Partner::Unsaid };
    if place.is_any(&["vietnam", "viet", "vietnamese"]) {
        Partner::Vietnam
    } else if place.is_any(&["us", "united", "america", "american"]) {
        Partner::Us
    } else if place.is_any(&["world", "other", "all", "global"]) || (place.capitalized && place.kind == Kind::Word) {
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
    let after = dates.iter().find(|d| d.mention.first >= amount.last && d.mention.first <= limit);
    let compared = after.is_some_and(|d| {
        let between = &tokens[amount.last..d.mention.first];
        between.iter().any(|t| t.is_any(&COMPARISON)) || crosses_clause(between)
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
        .find(|d| !tokens[d.mention.last..amount.first].iter().any(|t| t.kind == Kind::Number && t.folded.len() > 4))?;
    Some(part_of(tokens, before, before.range))
}

/// Words between an amount and a date that make the date a base of comparison.
const COMPARISON: [&str; 6] = ["than", "compared", "over", "against", "from", "since"];

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
}

/// The period of date `d`, narrowed to months when a part-year phrase leads into it ("the
/// first nine months of 2023", "by the end of August").
fn part_of(tokens: &[Token], d: &DatedMention, range: DateRange) -> Period {
    let month = if range.end.is_none() { range.start.month } else { 0 };
    if let Some((from, to)) = words::part_year_before(tokens, d.mention.first, month) {
        let year = range.year();
        return Period { range: DateRange::span(PartialDate::month(year, from), PartialDate::month(year, to)), partial_year: true, by_year: false, own: false };
    }
    let partial = range.start.month != 0 && range.end.is_none_or(|e| e.month != 0);
    Period { range, partial_year: partial, by_year: false, own: false }
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

/// Reads the figures and growth claims of one sentence. `narration` carries the last trade
/// figure from one sentence to the next.
pub fn scan(tokens: &[Token], dates: &[DatedMention], published: Option<PartialDate>, narration: &mut Narration) -> (Vec<Figure>, Vec<Growth>) {
    let found = amounts(tokens);
    let mut figures: Vec<Figure> = Vec::new();
    for (k, amount) in found.iter().enumerate() {
        if words::forecast_before(tokens, amount.first, LOOK_BACK) || words::is_change(tokens, amount.first, amount.last) {
            continue;
        }
        let next = found.get(k + 1).map(|a| a.first);
        let mut measure = measure_of(tokens, amount);
        if measure == Measure::Other && refers_back(tokens, amount.first) {
            measure = narration.last.map_or(Measure::Other, |l| l.2);
        }
        let stated = period_of(tokens, amount, dates, next);
        let (period, partial_year, inferred) = match stated {
            Some(p) if p.by_year && published.is_some_and(|d| d.year < p.range.year()) => continue,
            _ if is_base(tokens, amount.first) && figures.last().is_some_and(|f| base_fits(f, stated)) => {
                let previous = &figures[figures.len() - 1];
                (year_before(previous.period), previous.partial_year, previous.period_inferred)
            }
            Some(p) => {
                let first = dates.iter().find(|d| d.range == p.range).map(|d| d.mention.first).unwrap_or(0);
                (since_period(tokens, p.range, first, published), p.partial_year, false)
            }
            None => match (narration.last.filter(|_| is_flow(measure)), month_end_of(tokens, amount, published), published) {
                (_, Some(range), _) => (range, true, false),
                (Some((range, partial, _)), None, _) => (range, partial, false),
                (None, None, Some(p)) => part_year_of(tokens, amount, p.year),
                (None, None, None) => continue,
            },
        };
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
mod tests {
    use super::*;
    use crate::extract::dates::{self, Context};
    use crate::extract::text::tokenize;

    fn check(text: &str, published: Option<PartialDate>) -> (Vec<String>, Vec<String>) {
        check_after(text, published, &mut Narration::default())
    }

    /// Reads `text` as the sentence that follows what `narration` holds.
    fn check_after(text: &str, published: Option<PartialDate>, narration: &mut Narration) -> (Vec<String>, Vec<String>) {
        let tokens = tokenize(text, 0, text.len());
        let context = Context { published, ..Context::default() };
        let dates: Vec<DatedMention> = dates::scan(&tokens)
            .into_iter()
            .filter_map(|m| dates::resolve(m.stated, &context).map(|range| DatedMention { mention: m, range }))
            .collect();
        let (figures, growth) = scan(&tokens, &dates, published, narration);
        let figures = figures
            .iter()
            .map(|f| format!("{} {:?} {} {:?}{}", f.period, f.qualifier, f.value_usd, f.measure, if f.derived { " derived" } else { "" }))
            .collect();
        let growth = growth.iter().map(|g| format!("{:?} {:?} {:?}-{:?}", g.kind, g.qualifier, g.from, g.to)).collect();
        (figures, growth)
    }

    #[test]
    fn reads_numbers_like_the_float_parser() {
        for text in ["11", "20.5", "240", "0.1", "123.86", "99999999999"] {
            let tokens = tokenize(text, 0, text.len());
            assert_eq!(number_value(&tokens[0]), text.parse::<f64>().ok(), "{text}");
        }
    }

    #[test]
    fn reads_amounts_with_hedges_and_periods() {
        let (figures, growth) = check("Two-way trade rose over 240 times to more than US$130 billion in 2022 from $451 million in 1995.", None);
        assert_eq!(figures, ["2022 Over 130000000000 TwoWayTrade", "1995 Exact 451000000 TwoWayTrade"]);
        assert_eq!(growth, ["Multiple { times: 240.0 } Over Some(1995)-Some(2022)"]);
        let (figures, _) = check("Two-way trade has increased more than 240 times, from USD 451 million (1995) to over USD 123 billion by 2022.", None);
        assert_eq!(figures, ["1995 Exact 451000000 TwoWayTrade", "2022 Over 123000000000 TwoWayTrade"]);
    }

    #[test]
    fn derives_the_base_year_and_reads_part_years() {
        let text = "Vietnam – US trade will reach more than 123.86 billion USD in 2022, up 11% compared to 2021, and reach more than 51.2 billion USD in the first 6 months of 2023.";
        let (figures, growth) = check(text, None);
        assert_eq!(
            figures,
            [
                "2022 Over 123860000000 TwoWayTrade",
                "2023-01/2023-06 Over 51200000000 TwoWayTrade",
                "2021 Over 111585585586 TwoWayTrade derived"
            ]
        );
        assert_eq!(growth, ["Change { percent: 11.0 } Exact Some(2021)-Some(2022)"]);
    }

    #[test]
    fn tells_exports_investment_and_aid_apart() {
        let (figures, growth) = check("Two-way trade turnover has grown continuously at over 20% in the past 3 years, reaching 36 billion USD in 2014, of which Vietnam exported over 30 billion USD.", None);
        assert_eq!(figures, ["2014 Exact 36000000000 TwoWayTrade", "2014 Over 30000000000 VnExportsToUs"]);
        assert_eq!(growth, ["AnnualRate { percent: 20.0, years: 3 } Over Some(2011)-Some(2014)"]);
        let published = Some(PartialDate::year(2015));
        let (figures, _) = check("Currently, the total direct investment capital of the United States reaches nearly 11 billion USD.", published);
        assert_eq!(figures, ["2015 Nearly 11000000000 UsInvestmentInVn"]);
        let (figures, _) = check("The two sides are implementing the Climate Project for the 2013-2017 period, with an initial total commitment of 17 million USD.", None);
        assert_eq!(figures, ["2013/2017 Exact 17000000 Aid"]);
        let (figures, _) = check("its first export market to surpass the USD 100 billion mark.", published);
        assert!(figures.is_empty());
        let (figures, _) = check("U.S. goods exports to Vietnam were $11.4 billion in 2022, and imports from Vietnam were $127.5 billion.", published);
        assert_eq!(figures, ["2022 Exact 11400000000 UsExportsToVn", "2022 Exact 127500000000 VnExportsToUs"]);
        let (figures, _) = check("Since 1989, the United States has provided more than $155 million to clear unexploded ordnance.", Some(PartialDate::year(2023)));
        assert_eq!(figures, ["1989/2023 Over 155000000 Aid"]);
    }

    /// The trade figures of `text`, with its flows only ("2022 Exact 139000000000 TwoWayTrade").
    fn flows(text: &str, published: Option<PartialDate>) -> Vec<String> {
        check(text, published).0.into_iter().filter(|f| !f.ends_with("Other") && !f.ends_with("Aid") && !f.ends_with("InVn")).collect()
    }

    #[test]
    fn forecasts_changes_balances_and_sectors_are_not_figures() {
        let published = Some(PartialDate::year(2023));
        let cases: [(&str, &[&str]); 9] = [
            ("Bilateral trade reached $139 billion in 2022 and is expected to reach $200 billion by 2025.", &["2022 Exact 139000000000 TwoWayTrade"]),
            ("The ministry said two-way trade may hit $150 billion this year.", &[]),
            ("U.S. exports to Vietnam rose by $1.5 billion to $12.4 billion in 2021.", &["2021 Exact 12400000000 UsExportsToVn"]),
            ("U.S. imports from Vietnam were up $9.1 billion in 2021.", &[]),
            ("Vietnam posted a trade surplus of $30 billion with the US in 2016.", &[]),
            ("Vietnam's shrimp exports to the US reached $700 million in 2018.", &[]),
            ("U.S. imports of furniture from Vietnam rose to $7 billion in 2020.", &[]),
            ("Vietnam's exports reached $300 billion in 2021, the customs office said.", &[]),
            ("Two-way trade is estimated at $60 billion by 2030.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(flows(text, published), want, "{text}");
        }
    }

    #[test]
    fn part_years_and_comparisons_give_the_right_period() {
        let published = Some(PartialDate::day(2021, 11, 24).expect("a date"));
        let cases: [(&str, &[&str]); 7] = [
            ("In the first quarter of 2024, two-way trade between Vietnam and the US was $25 billion.", &["2024-01/2024-03 Exact 25000000000 TwoWayTrade"]),
            ("The first eight months of this year saw bilateral trade of US$70 billion.", &["2021-01/2021-08 Exact 70000000000 TwoWayTrade"]),
            ("Vietnam's exports to the US rose 40 percent in the first 10 months of 2019 to nearly $50 billion.", &["2019-01/2019-10 Nearly 50000000000 VnExportsToUs"]),
            ("By the end of August 2020, bilateral trade had reached $58 billion.", &["2020-01/2020-08 Exact 58000000000 TwoWayTrade"]),
            ("Bilateral trade hit a record in 2011 at 20 billion USD, or 11 percent more than 2010.", &["2011 Exact 20000000000 TwoWayTrade"]),
            ("U.S. imports from Vietnam rose by $10 billion to $50 billion in 2017-18.", &["2018 Exact 50000000000 VnExportsToUs"]),
            ("For 2005, two-way trade between the countries was an estimated $7.8 billion.", &["2005 About 7800000000 TwoWayTrade"]),
        ];
        for (text, want) in cases {
            assert_eq!(flows(text, published), want, "{text}");
        }
    }

    #[test]
    fn only_flows_between_the_two_are_trade() {
        let published = Some(PartialDate::year(2022));
        let cases: [(&str, &[&str]); 6] = [
            ("Vietnam's exports to China reached $50 billion in 2021, while the US remained its top market.", &[]),
            ("Vietnam's total exports hit $336 billion in 2021, with the US its largest buyer.", &[]),
            ("Vietnam's exports to the world rose to $300 billion in 2020; the US took a quarter.", &[]),
            ("Vietnam's exports to the American market reached $96 billion in 2021.", &["2021 Exact 96000000000 VnExportsToUs"]),
            ("Vietnam's imports from the US stood at $15 billion in 2021.", &["2021 Exact 15000000000 UsExportsToVn"]),
            ("US imports from Vietnam were $101.9 billion in 2021.", &["2021 Exact 101900000000 VnExportsToUs"]),
        ];
        for (text, want) in cases {
            assert_eq!(flows(text, published), want, "{text}");
        }
    }

    #[test]
    fn a_date_in_another_clause_is_not_the_period() {
        let published = Some(PartialDate::year(2006));
        let text = "Last year, two-way trade was worth $7.8 billion, and Bush is due in Hanoi in November.";
        assert_eq!(flows(text, published), ["2005 Exact 7800000000 TwoWayTrade"]);
        let text = "Bilateral trade was $15 billion in 2009, the highest since 1995.";
        assert_eq!(flows(text, published), ["2009 Exact 15000000000 TwoWayTrade"]);
    }

    #[test]
    fn compared_values_take_the_period_before() {
        let published = Some(PartialDate::day(2023, 9, 10).expect("a date"));
        let cases: [(&str, &[&str]); 5] = [
            ("Trade between the two countries was worth $6.4 billion in 2004, up from $5.8 billion the year before.", &["2004 Exact 6400000000 TwoWayTrade", "2003 Exact 5800000000 TwoWayTrade"]),
            ("In the first seven months of this year, two-way trade reached $62 billion, compared with $73 billion in the same period last year.", &["2023-01/2023-07 Exact 62000000000 TwoWayTrade", "2022-01/2022-07 Exact 73000000000 TwoWayTrade"]),
            ("Two-way trade was $9.7 billion in 2008, up from $7.8 billion in 2006.", &["2008 Exact 9700000000 TwoWayTrade", "2006 Exact 7800000000 TwoWayTrade"]),
            ("US goods exports to Vietnam in 2022 were $11.4 billion, up 4.9% ($534 million) from 2021.", &["2022 Exact 11400000000 UsExportsToVn"]),
            ("By the end of August, Vietnam's exports to the US had reached $60.5 billion.", &["2023-01/2023-08 Exact 60500000000 VnExportsToUs"]),
        ];
        for (text, want) in cases {
            assert_eq!(flows(text, published), want, "{text}");
        }
        let text = "In January-October 2022, Vietnam's exports to the US reached $94 billion.";
        assert_eq!(flows(text, published), ["2022-01/2022-10 Exact 94000000000 VnExportsToUs"]);
    }

    #[test]
    fn the_starting_value_of_a_change_is_the_year_before() {
        let published = Some(PartialDate::year(2010));
        let text = "Vietnam's exports to the US climbed from $800 million to $1.6 billion in the first half of 2009.";
        assert_eq!(flows(text, published), ["2008-01/2008-06 Exact 800000000 VnExportsToUs", "2009-01/2009-06 Exact 1600000000 VnExportsToUs"]);
    }

    #[test]
    fn the_side_that_ships_decides_the_direction() {
        let text = "In 2019, Vietnam shipped $60 billion worth of goods to the US and imported $12 billion from the country.";
        assert_eq!(flows(text, None), ["2019 Exact 60000000000 VnExportsToUs", "2019 Exact 12000000000 UsExportsToVn"]);
        let text = "The US imported 500 million USD worth of Vietnam's coffee in 2019, while the US bought machinery worth 300 million USD.";
        assert!(flows(text, None).is_empty(), "{text}");
    }

    #[test]
    fn later_sentences_keep_the_period_and_measure_told_before() {
        let mut narration = Narration::default();
        let (figures, _) = check_after("The US-Vietnam bilateral trade reached 20 billion USD in 2011, or 15 percent more than 2010.", None, &mut narration);
        assert_eq!(figures, ["2011 Exact 20000000000 TwoWayTrade"]);
        let (figures, _) = check_after("The figure included over 16 billion USD worth of US imports from Vietnam, a 17 percent rise over 2010.", None, &mut narration);
        assert_eq!(figures, ["2011 Over 16000000000 VnExportsToUs"]);
        let (figures, _) = check_after("In the first nine months of 2012, the figure was $15 billion.", None, &mut narration);
        assert_eq!(figures, ["2012-01/2012-09 Exact 15000000000 VnExportsToUs"]);
    }
}
