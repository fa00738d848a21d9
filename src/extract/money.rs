//! Reads money amounts ("US$130 billion", "USD 451 million", "123.86 billion USD") with
//! their hedge, period and measure, and the growth claims made about them ("up 11% compared
//! to 2021", "more than 240 times", "over 20% a year in the past 3 years").

mod words;

use super::events::DatedMention;
use super::text::{Kind, Token};
use crate::model::{DateRange, GrowthKind, Measure, PartialDate, Qualifier, TradeConflict, TradeFigure};

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
        Some(i) if words::names_a_sector(&tokens[i.saturating_sub(1)..amount.first]) => return Measure::Other,
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

fn is_flow(measure: Measure) -> bool {
    matches!(measure, Measure::TwoWayTrade | Measure::VnExportsToUs | Measure::UsExportsToVn)
}

/// Words that tell what an amount measures; a balance word stops the search as "other".
const MEASURE_WORDS: [&str; 33] = [
    "exported", "exports", "export", "shipments", "shipped", "imported", "imports", "investment", "invested",
    "investors", "fdi", "capital", "trade", "turnover", "two-way", "trading", "commitment", "aid", "funding", "grant",
    "assistance", "pledged", "donated", "provided", "surplus", "deficit", "surpluses", "deficits", "exporting",
    "importing", "sold", "sales", "purchases",
];

fn measure_word_before(tokens: &[Token], first: usize) -> Option<usize> {
    (0..first).rev().find(|&i| tokens[i].is_any(&MEASURE_WORDS))
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
    let partner = ["us", "united", "america", "american", "americans", "bilateral", "between", "both"];
    let two_way = tokens.windows(2).any(|w| w[0].is("two") && w[1].is("-"));
    let of_which = tokens[..first].windows(2).any(|w| w[0].is_any(&["of", "including"]) && w[1].is("which")) || tokens[..first].iter().any(|t| t.is("including"));
    of_which || two_way || tokens.iter().any(|t| t.is_any(&partner))
}

/// Which way goods go, from the words around "exports" or "imports": "exports to Vietnam",
/// "imports from Vietnam", "Vietnam exported … to the US", "it imported … from this country".
fn trade_direction(tokens: &[Token], i: usize) -> Measure {
    let importing = tokens[i].is_any(&["imported", "imports", "importing", "purchases"]);
    let after = &tokens[i + 1..tokens.len().min(i + 10)];
    let place = after.windows(2).find_map(|w| w[0].is_any(&["to", "from"]).then_some(&w[1]));
    let place = place.map(|t| if t.is("the") { after.iter().skip_while(|t| !t.is("the")).nth(1).unwrap_or(t) } else { t });
    if let Some(place) = place {
        let vietnam = place.is_any(&["vietnam", "viet"]);
        let us = place.is_any(&["us", "united", "america"]);
        if vietnam || us {
            // Exports to Vietnam and imports from the US are both US goods going to Vietnam.
            return if vietnam != importing { Measure::UsExportsToVn } else { Measure::VnExportsToUs };
        }
    }
    if subject_is_us(tokens, i) != importing {
        Measure::UsExportsToVn
    } else {
        Measure::VnExportsToUs
    }
}

/// Whether the side doing the exporting or importing at token `i` is the US: the nearest
/// country named before it that is not the object of "to", "from" or "with" ("US goods
/// exports", "Viet Nam shipped … to the US and imported").
fn subject_is_us(tokens: &[Token], i: usize) -> bool {
    for k in (0..i).rev() {
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
    let compared = after.is_some_and(|d| tokens[amount.last..d.mention.first].iter().any(|t| t.is_any(&COMPARISON)));
    if let Some(d) = after.filter(|_| !compared) {
        let by_year = d.mention.first > 0 && tokens[d.mention.first - 1].is("by");
        let range = level_at_end(tokens, amount, d.range);
        return Some(Period { by_year, ..part_of(tokens, d, range) });
    }
    let before = dates.iter().rev().find(|d| d.mention.last <= amount.first && !tokens[d.mention.last..amount.first].iter().any(|t| t.kind == Kind::Number && t.folded.len() > 4))?;
    Some(part_of(tokens, before, before.range))
}

/// Words between an amount and a date that make the date a base of comparison.
const COMPARISON: [&str; 5] = ["than", "compared", "over", "against", "from"];

/// A period as the text gives it, with whether it is part of a year and whether it is a
/// deadline ("by 2030").
#[derive(Clone, Copy, Debug)]
struct Period {
    range: DateRange,
    partial_year: bool,
    by_year: bool,
}

/// The period of date `d`, narrowed to months when a part-year phrase leads into it ("the
/// first nine months of 2023", "by the end of August").
fn part_of(tokens: &[Token], d: &DatedMention, range: DateRange) -> Period {
    let month = if range.end.is_none() { range.start.month } else { 0 };
    if let Some((from, to)) = words::part_year_before(tokens, d.mention.first, month) {
        let year = range.year();
        return Period { range: DateRange::span(PartialDate::month(year, from), PartialDate::month(year, to)), partial_year: true, by_year: false };
    }
    let partial = range.start.month != 0 && range.end.is_none_or(|e| e.month != 0);
    Period { range, partial_year: partial, by_year: false }
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
    let back = |d: PartialDate| PartialDate { year: d.year - 1, ..d };
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
    tokens[..first].windows(2).any(|w| w[0].is_any(&["the", "this", "that"]) && w[1].is_any(&["figure", "number", "value"]))
}

/// Reads the figures and growth claims of one sentence. `narration` carries the last trade
/// figure from one sentence to the next.
pub fn scan(tokens: &[Token], dates: &[DatedMention], published: Option<PartialDate>, narration: &mut Narration) -> (Vec<Figure>, Vec<Growth>) {
    let found = amounts(tokens);
    let mut figures: Vec<Figure> = Vec::new();
    for (k, amount) in found.iter().enumerate() {
        if words::forecast_before(tokens, amount.first) || words::is_change(tokens, amount.first, amount.last) {
            continue;
        }
        let next = found.get(k + 1).map(|a| a.first);
        let mut measure = measure_of(tokens, amount);
        if measure == Measure::Other && refers_back(tokens, amount.first) {
            measure = narration.last.map_or(Measure::Other, |l| l.2);
        }
        let (period, partial_year, inferred) = match period_of(tokens, amount, dates, next) {
            Some(p) if p.by_year && published.is_some_and(|d| d.year < p.range.year()) => continue,
            Some(p) => {
                let first = dates.iter().find(|d| d.range == p.range).map(|d| d.mention.first).unwrap_or(0);
                (since_period(tokens, p.range, first, published), p.partial_year, false)
            }
            None => match (narration.last.filter(|_| is_flow(measure)), published) {
                (Some((range, partial, _)), _) => (range, partial, false),
                (None, Some(p)) => part_year_of(tokens, amount, p.year),
                (None, None) => continue,
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
        let tokens = tokenize(text, 0, text.len());
        let context = Context { published, ..Context::default() };
        let dates: Vec<DatedMention> = dates::scan(&tokens)
            .into_iter()
            .filter_map(|m| dates::resolve(m.stated, &context).map(|range| DatedMention { mention: m, range }))
            .collect();
        let (figures, growth) = scan(&tokens, &dates, published, &mut Narration::default());
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
}
