//! Reads money amounts ("US$130 billion", "USD 451 million", "123.86 billion USD") with
//! their hedge, period and measure, and the growth claims made about them ("up 11% compared
//! to 2021", "more than 240 times", "over 20% a year in the past 3 years").

mod measure;
mod period;
pub mod table;
mod words;
mod year;

use measure::{is_flow, measure_of};
use period::{after_a_deadline, figure_period, from_the_year_before};

use super::events::DatedMention;
use super::text::{Kind, Token};
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
pub(super) struct Amount {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) value: u64,
}

fn unit_value(word: &str) -> Option<u128> {
    match word {
        "thousand" => Some(1_000),
        "million" | "mln" | "mn" | "m" => Some(1_000_000),
        "billion" | "bn" | "bln" | "b" => Some(1_000_000_000),
        "trillion" => Some(1_000_000_000_000),
        _ => None,
    }
}

/// "123.86" × billion → 123 860 000 000, in integers; `None` on overflow or junk.
pub(super) fn parse_scaled(number: &str, unit: u128) -> Option<u64> {
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

/// "two-way trade surpassed US$100 billion to reach the record $111 billion": a round amount
/// crossed on the way to the figure the sentence then gives is a threshold, not a figure. The
/// verb stands before the amount (at `verb`, or one word before: "US$"), and "to reach",
/// "reaching" or "to hit" and a number follow it.
fn crossed_on_the_way(tokens: &[Token], verb: usize, past: usize) -> bool {
    const CROSSED: [&str; 6] = ["surpassed", "exceeded", "topped", "passed", "crossed", "surpassing"];
    let crossed = tokens.get(verb).is_some_and(|t| t.is_any(&CROSSED)) || (verb > 0 && tokens[verb - 1].is_any(&CROSSED) && tokens[verb].is("us"));
    let on_to = |k: usize| tokens.get(k).is_some_and(|t| t.is("reaching")) || (tokens.get(k).is_some_and(|t| t.is("to")) && tokens.get(k + 1).is_some_and(|t| t.is_any(&["reach", "hit"])));
    let figure_follows = tokens[past.min(tokens.len())..tokens.len().min(past + 8)].iter().any(|t| t.kind == Kind::Number);
    crossed && on_to(past) && figure_follows
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
        let past_amount = after_unit + usize::from(dollar_after) + usize::from(us_dollars);
        let threshold = tokens.get(past_amount).is_some_and(|t| t.is_any(&["mark", "threshold", "milestone", "benchmark", "barrier"]))
            || crossed_on_the_way(tokens, i.saturating_sub(usize::from(dollar_before) + 1), past_amount);
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
    if !found.is_empty() {
        shared_currency(tokens, &mut found);
    }
    found
}

/// "the two-way trade increased to 75.7 billion in 2019 from just 450 million USD": a bare
/// "N billion" or "N million" that runs from or to a dollar amount of the same sentence is in
/// dollars too: the one runs "to", the other "from", a few words apart. Not when a unit of its
/// own follows ("6.5 million tonnes").
fn shared_currency(tokens: &[Token], found: &mut Vec<Amount>) {
    // The word that links an amount: "from" or "to" just before it ("from just 450 million USD").
    let link = |first: usize| (first.saturating_sub(2)..first).rev().find(|&k| tokens[k].is_any(&["from", "to"])).map(|k| tokens[k].is("from"));
    if !found.iter().any(|a| link(a.first).is_some()) {
        return;
    }
    let mut bare = Vec::new();
    for i in 1..tokens.len().saturating_sub(1) {
        if tokens[i].kind != Kind::Number || !tokens[i - 1].is_any(&["to", "from"]) || found.iter().any(|a| a.first <= i && i < a.last) {
            continue;
        }
        let from = tokens[i - 1].is("from");
        let paired = found.iter().any(|a| a.first.abs_diff(i) <= 8 && link(a.first) == Some(!from));
        if !paired {
            continue;
        }
        let Some(unit) = unit_value(&tokens[i + 1].folded).filter(|&u| u >= 1_000_000) else { continue };
        let own_unit = tokens.get(i + 2).is_some_and(|t| t.kind == Kind::Word && !t.is_any(&["in", "from", "to", "last", "this", "by", "during", "over", "and"]));
        if own_unit {
            continue;
        }
        if let Some(value) = parse_scaled(&tokens[i].folded, unit) {
            bare.push(Amount { first: i, last: i + 2, value });
        }
    }
    if !bare.is_empty() {
        found.extend(bare);
        found.sort_by_key(|a| a.first);
    }
}

/// "bilateral trade may reach 34.9 billion USD this year after hitting 24.9 billion USD in 2012
/// and 29.7 billion USD in 2013", "expects exports … to climb to 12.7 billion USD this year from 12
/// billion USD in 2008": the value a forecast starts from ("from", "after", "against", "compared
/// with" a forecast amount) is a figure told, not forecast.
fn base_of_a_forecast(tokens: &[Token], found: &[Amount], k: usize) -> bool {
    let first = found[k].first;
    let Some(forecast) = (first.saturating_sub(LOOK_BACK)..first).rev().find(|&i| words::is_forecast_word(&tokens[i])) else { return false };
    found[..k].iter().filter(|a| a.first > forecast).any(|a| tokens[a.last..first].iter().any(|t| t.is_any(&["from", "after", "against", "compared", "versus"])))
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

/// What the sentences before tell about the figures that follow: the period and measure of
/// the last trade figure, for "The figure included over 14.78 billion USD …" or a figure whose
/// sentence names no date.
#[derive(Clone, Debug, Default)]
pub struct Narration {
    pub last: Option<(DateRange, bool, Measure)>,
    /// The period of the last figure of any measure ("Viet Nam gained nearly US$77 billion from
    /// exporting to American nations over the first seven months of 2022"), for a sentence
    /// that speaks of it ("Of the figure, …").
    pub told: Option<(DateRange, bool)>,
    /// The text speaks of the Americas as a region ("exporting to American nations", "with the
    /// continent"): a bare "America" in it is the continent, not the US.
    pub americas: bool,
    /// The article's year is a guess (`Prepared::year_guessed`): "this year", "last year" and
    /// "the first nine months of the year" cannot be placed from it.
    pub year_guessed: bool,
    /// The article's year as the text itself fixes it when its date does not: a figure told
    /// with its year ("more than US$123 billion in 2022") and again as "last year's".
    pub echoed_year: Option<i32>,
    /// The figures told with a year of their own, to recognize one told again as "last year".
    pub stated: Vec<(u64, Measure, i32)>,
    /// The date of the sentence just before when it told a trade flow with no amount ("U.S.
    /// exports to Vietnam in 2016 soared 77 percent"), for an amount "in the same period".
    pub said: Option<DateRange>,
}

/// "U.S. exports to Vietnam in 2016 soared 77 percent from the previous year": a sentence with
/// no amount that tells a flow in a period ("in 2016"), the first date opened by "in",
/// "during" or "for".
fn flow_said_without_amount(tokens: &[Token], dates: &[DatedMention]) -> Option<DateRange> {
    let flow = tokens.iter().any(|t| t.is_any(&["exports", "imports", "exported", "imported", "shipments", "trade", "turnover"]));
    let opened = |d: &&DatedMention| d.mention.first > 0 && tokens[d.mention.first - 1].is_any(&["in", "during", "for"]);
    flow.then(|| dates.iter().find(opened).map(|d| d.range)).flatten()
}

/// "a jump of 15 percent in the same period": the period of the sentence before, not a base
/// of comparison ("compared with the same period last year", "over the same period").
fn in_the_same_period(tokens: &[Token]) -> bool {
    tokens.windows(4).enumerate().any(|(i, w)| {
        let base_follows = tokens.get(i + 4).is_some_and(|t| t.is_any(&["last", "of", "a", "in", "the", "previous", "year"]));
        w[0].is_any(&["in", "during"]) && w[1].is("the") && w[2].is("same") && w[3].is("period") && !base_follows
    })
}

/// Whether a sentence speaks of the Americas as a region: "American nations", "American
/// countries", "the Americas", "the continent".
fn speaks_of_the_americas(tokens: &[Token]) -> bool {
    let american_region = tokens.windows(2).any(|w| w[0].is("american") && w[1].is_any(&["nations", "countries", "markets", "continent", "region"]));
    american_region || tokens.iter().any(|t| t.is_any(&["americas", "continent"]))
}

/// "exports to America rose … to US$114 billion" in a text about the Americas: the continent.
/// A sentence that names the US itself ("the United States of America", "the US") is the US's.
fn bare_america(tokens: &[Token]) -> bool {
    // "US$114 billion" names a currency, not the US.
    let names_us = tokens.iter().enumerate().any(|(k, t)| t.is_any(&["us", "united", "states"]) && !tokens.get(k + 1).is_some_and(|n| n.is("$") && n.start == t.end));
    tokens.iter().any(|t| t.is("america")) && !names_us
}

/// "the figure was $80 billion": a sentence that speaks of the figure told before.
fn refers_back(tokens: &[Token], first: usize) -> bool {
    tokens[first.saturating_sub(LOOK_BACK)..first].windows(2).any(|w| w[0].is_any(&["the", "this", "that"]) && w[1].is_any(&["figure", "number", "value"]))
}

/// "crude oil … with $99.6 million worth of it shipped in 1999 and $38.4 million in the first
/// five months of 2000": an amount right after "and", joined with no comma to the amount before
/// it (which ends at `previous`) that measured one sector's goods, is that sector's too.
fn joined_to_one_sector(tokens: &[Token], previous: Option<(usize, Measure)>, first: usize) -> bool {
    let Some((end, Measure::Other)) = previous else { return false };
    let joined = first >= 1 && end < first && tokens[first - 1].is("and");
    joined && !tokens[end..first].iter().any(|t| t.is_any(&[",", ";"]) || t.is_any(&words::BALANCE))
}

/// Reads the figures and growth claims of one sentence. `narration` carries the last trade
/// figure from one sentence to the next.
pub fn scan(tokens: &[Token], dates: &[DatedMention], published: Option<PartialDate>, narration: &mut Narration) -> (Vec<Figure>, Vec<Growth>) {
    let found = amounts(tokens);
    // Only sentences with amounts are read for it: most sentences have none.
    if !found.is_empty() && !narration.americas {
        narration.americas = speaks_of_the_americas(tokens);
    }
    // A text whose year is a guess places "this year" and "last year" only once it fixes its
    // year itself; until then no figure takes the article's year.
    let echoed;
    let (dates, published) = if narration.year_guessed {
        if narration.echoed_year.is_none() {
            narration.echoed_year = year::echoed(tokens, &found, dates, &narration.stated);
        }
        echoed = narration.echoed_year.map(|y| year::placed(dates, y)).unwrap_or_default();
        match narration.echoed_year {
            Some(y) => (&echoed[..], Some(PartialDate::year(y))),
            None => (dates, None),
        }
    } else {
        (dates, published)
    };
    let said = narration.said.take();
    if found.is_empty() {
        narration.said = flow_said_without_amount(tokens, dates);
    }
    let same_period = said.filter(|_| !found.is_empty() && in_the_same_period(tokens));
    let mut figures: Vec<Figure> = Vec::new();
    let mut previous: Option<(usize, Measure)> = None;
    for (k, amount) in found.iter().enumerate() {
        let forecast = (words::forecast_before(tokens, amount.first, LOOK_BACK) && !base_of_a_forecast(tokens, &found, k)) || words::estimate_for_this_year(tokens, amount.first, amount.last, LOOK_BACK);
        let today = words::present_after(tokens, amount.last);
        if forecast || today || words::is_change(tokens, amount.first, amount.last) || after_a_deadline(tokens, dates, amount.first, published) {
            continue;
        }
        let mut measure = measure_of(tokens, amount);
        if joined_to_one_sector(tokens, previous, amount.first) {
            measure = Measure::Other;
        }
        previous = Some((amount.last, measure));
        if narration.americas && is_flow(measure) && bare_america(tokens) {
            measure = Measure::Other;
        }
        let back = refers_back(tokens, amount.first);
        if measure == Measure::Other && back {
            measure = narration.last.map_or(Measure::Other, |l| l.2);
        }
        // "Of the figure, export value to the U.S. reached US$66.7 billion": the period of the
        // figure told just before, whatever it measured.
        let told = narration.told.filter(|_| back).map(|(range, partial)| (range, partial, measure));
        let carried = told.or(narration.last.filter(|_| is_flow(measure)));
        let Some((mut period, mut partial_year, mut inferred)) = figure_period(tokens, &found, k, dates, published, &figures, carried) else { continue };
        if let Some(range) = same_period.filter(|_| inferred) {
            (period, partial_year, inferred) = (range, range.start.month != 0, false);
        }
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
        if !inferred {
            narration.told = Some((period, partial_year));
        }
        if is_flow(measure) && !inferred && period.end.is_none() && period.start.month == 0 {
            narration.stated.push((amount.value, measure, period.start.year));
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
#[cfg(test)]
mod tests_wholes;
