//! What an amount measures: two-way trade, either direction between Vietnam and the US, or
//! something else (a balance, one sector, investment, aid, trade with the world), from the words
//! around it.

use super::{words, Amount, LOOK_BACK};
use crate::extract::text::{month_number, Kind, Token};
use crate::model::Measure;

/// What an amount measures, from the nearest telling word before it in the sentence, else
/// the words right after it ("over 14.78 billion USD worth in the US's imports from Vietnam").
/// A balance ("trade surplus of $24.9 billion") or one sector's goods ("exports of electronic
/// products … $23.0 billion", "shrimp exports") is not a trade figure.
pub(super) fn measure_of(tokens: &[Token], amount: &Amount) -> Measure {
    if counted_items_before(tokens, amount.first) || market_of_one_kind(tokens, amount.first) || laid_under_a_levy(tokens, amount.first) {
        return Measure::Other;
    }
    if us_buys_from_vietnam(tokens, amount.first) {
        return Measure::VnExportsToUs;
    }
    if let Some(measure) = goods_worth(tokens, amount.first) {
        return measure;
    }
    let measure = match measure_word_before(tokens, amount.first) {
        // "apparel … make up two-thirds of Vietnam's total exports of some $14.7 billion": the
        // total, whatever its share of one sector.
        Some(i) if i > 0 && tokens[i - 1].is_any(&["total", "overall"]) && is_export_word(&tokens[i]) => measure_at(tokens, i),
        Some(i) if words::names_a_sector(&tokens[sector_window(tokens, i)..amount.first]) => return Measure::Other,
        Some(i) => measure_at(tokens, i),
        // "About $1.8 billion in apparel exports will be sold": one sector's goods, named
        // between the amount and its export word.
        None if words::names_a_sector(&tokens[amount.last..tokens.len().min(amount.last + 4)]) => return Measure::Other,
        // "Garments contributed more than one third to $25 billion exports of Vietnam to the US
        // market": the sector is a share of the amount, which is the whole.
        None if share_of_a_whole(tokens, amount) => measure_after(tokens, amount.last),
        // "In regard to garments alone, the industry earned 2.2 billion USD from exports to the
        // US market": the subject of the amount's own clause is one sector.
        None if words::names_a_sector(&tokens[clause_start(tokens, amount.first)..amount.first]) => return Measure::Other,
        None => measure_after(tokens, amount.last),
    };
    let worth_of = &tokens[amount.last..tokens.len().min(amount.last + 6)];
    if worth_of.first().is_some_and(|t| t.is("worth")) && words::names_a_sector(worth_of) {
        return Measure::Other;
    }
    if is_flow(measure) && (!names_the_partner(tokens, amount.first) || of_one_kind(tokens, amount.last) || listed_with_kinds(tokens, amount.last)) {
        return Measure::Other;
    }
    measure
}

/// "one third to $25 billion exports", "36 percent of the $25 billion exports": a share said
/// of an amount that is an export or import total itself ("exports" right after it).
fn share_of_a_whole(tokens: &[Token], amount: &Amount) -> bool {
    let mut k = amount.first;
    while k > 0 && tokens[k - 1].is_any(&["the", "a", "its", "total"]) {
        k -= 1;
    }
    let whole = tokens.get(amount.last).is_some_and(|t| t.is_any(&["exports", "imports"]));
    let of = k > 0 && tokens[k - 1].is_any(&["of", "to"]);
    let clause = clause_start(tokens, amount.first);
    let share = tokens[clause..k.saturating_sub(1).max(clause)].iter().any(|t| t.is_any(&words::SHARE));
    whole && of && share
}

/// "$7.2 billion of knit apparel", "$38 million of crude oil": an amount "of" a kind of goods
/// named in lower case is that kind's value. "$5 billion of goods", "of Vietnamese exports"
/// (a capitalized side), "of which" and "of two-way trade" name no kind.
fn of_one_kind(tokens: &[Token], last: usize) -> bool {
    let (Some(of), Some(next)) = (tokens.get(last), tokens.get(last + 1)) else { return false };
    let kind = next.kind == Kind::Word && !next.capitalized && !next.is_any(&words::GOODS_AS_A_WHOLE) && !next.is_any(&words::NOT_A_KIND);
    of.is("of") && kind
}

/// "Vietnam's largest export to the United States was electrical machinery. The U.S. imported
/// $11 billion worth, plus $7.2 billion of knit apparel": a bare "worth" listed with amounts of
/// kinds of goods is the worth of a kind named before, not of all goods.
fn listed_with_kinds(tokens: &[Token], last: usize) -> bool {
    if !tokens.get(last).is_some_and(|t| t.is("worth")) {
        return false;
    }
    let joined = |k: usize| tokens.get(k).is_some_and(|t| t.is_any(&[",", "plus", "and"]));
    let mut k = last + 1;
    while joined(k) {
        k += 1;
    }
    let next_amount = k > last + 1 && tokens.get(k).is_some_and(|t| t.is("$") || t.kind == Kind::Number);
    next_amount && (k + 1..tokens.len().min(k + 5)).any(|of| of_one_kind(tokens, of))
}

/// "the largest export market of Vietnamese tuna, accounting for 51% with turnover reaching
/// US$374 million": the US buying one named kind of Vietnamese goods, not Vietnamese goods as a
/// whole ("importer of Vietnamese goods"), with no other measure named before the amount.
fn market_of_one_kind(tokens: &[Token], first: usize) -> bool {
    let from = first.saturating_sub(LOOK_BACK);
    let Some(m) = (from..first).rev().find(|&k| names_vietnams_market(tokens, k)) else { return false };
    let other = tokens[m + 1..first].iter().any(|t| (t.is_any(&MEASURE_WORDS) && !t.is_any(&["export", "exports", "turnover", "trade"])) || t.is_any(&words::BALANCE));
    let one_kind = tokens.get(m + 2).is_some_and(|t| t.is("vietnamese")) && tokens.get(m + 3).is_some_and(|t| t.kind == Kind::Word && !t.is_any(&words::GOODS_AS_A_WHOLE));
    one_kind && !other
}

/// "a 25 percent tariff on $34 billion of Chinese imports", "delay a tariff increase on $200
/// billion": the goods a levy is laid on, not a trade figure.
fn laid_under_a_levy(tokens: &[Token], first: usize) -> bool {
    first >= 1 && tokens[first - 1].is("on") && tokens[first.saturating_sub(5)..first - 1].iter().any(|t| t.is_any(&words::LEVIES))
}

/// Where the clause of token `first` begins: past the last comma, semicolon or colon before it
/// (within `LOOK_BACK` tokens).
fn clause_start(tokens: &[Token], first: usize) -> usize {
    let from = first.saturating_sub(LOOK_BACK);
    (from..first).rev().find(|&k| tokens[k].is_any(&[",", ";", ":"])).map_or(from, |k| k + 1)
}

/// "of which thirteen items were valued at USD 1 bn", "14 import categories recorded a value of
/// $100 million": a count of items just before the amount, each of which is worth it.
fn counted_items_before(tokens: &[Token], first: usize) -> bool {
    // "the country witnessed 11 export items to the US record turnover reaching over US$1
    // billion": the count may open the amount's clause.
    let from = first.saturating_sub(6).min(clause_start(tokens, first));
    (from..first).any(|k| {
        let items = tokens[k].is_any(&["items", "products", "commodities", "categories", "groups"]);
        let count = |t: &Token| t.kind == Kind::Number && t.integer().is_some_and(|n| n < 1000) || crate::extract::text::number_word(&t.folded).is_some();
        items && (k >= 1 && count(&tokens[k - 1]) || k >= 2 && count(&tokens[k - 2]))
    })
}

/// "The U.S. bought Vietnamese goods worth $38.46 billion": one side's goods "worth" the amount,
/// bought by the other side named as the clause's subject.
fn goods_worth(tokens: &[Token], first: usize) -> Option<Measure> {
    if first < 3 || !tokens[first - 1].is("worth") || !tokens[first - 2].is_any(&["goods", "products", "commodities"]) {
        return None;
    }
    let side = &tokens[first - 3];
    if side.is("vietnamese") && us_is_the_subject(tokens, first - 3) {
        Some(Measure::VnExportsToUs)
    } else if side.is("american") && vietnam_is_the_subject(tokens, first - 3) {
        Some(Measure::UsExportsToVn)
    } else {
        None
    }
}

fn is_export_word(t: &Token) -> bool {
    t.is_any(&["exports", "imports", "export", "import"])
}

/// "In the first eight months, the U.S. was Vietnam's largest export market with a turnover of
/// $38.6 billion", "The US was the largest importer of Vietnamese goods …, with total export
/// turnover hitting 21.2 billion USD": what the US buys from Vietnam is Vietnam's exports to it,
/// whatever word ("turnover", "trade") comes between. Only when the US is the one that buys:
/// "China was Vietnam's largest export market with $X" is not.
fn us_buys_from_vietnam(tokens: &[Token], first: usize) -> bool {
    let from = first.saturating_sub(LOOK_BACK);
    let Some(m) = (from..first).rev().find(|&k| names_vietnams_market(tokens, k)) else { return false };
    // Another measure named between the phrase and the amount is the amount's own.
    let other = tokens[m + 1..first].iter().any(|t| (t.is_any(&MEASURE_WORDS) && !t.is_any(&["export", "exports", "turnover", "trade"])) || t.is_any(&words::BALANCE));
    // "the largest importer of Vietnamese handbags, wallets and suitcases, spending $180 million".
    let one_sector = words::names_a_sector(&tokens[m..first]);
    !other && !one_sector && us_is_the_subject(tokens, m)
}

/// "Vietnam's (largest) export market", "export market for Vietnam", "importer of Vietnamese
/// goods", "buyer of Viet Nam's commodities", at token `k`.
fn names_vietnams_market(tokens: &[Token], k: usize) -> bool {
    let vietnam = |i: usize| tokens.get(i).is_some_and(|t| t.is_any(&["vietnam", "viet", "vietnamese"]));
    if tokens[k].is("market") && k > 0 && tokens[k - 1].is("export") {
        // "the US become the nation's leading export market": the US cannot be its own market,
        // so with the US as the subject (checked by the caller) "the nation's" is Vietnam's.
        let home = |i: usize| tokens[i].is_any(&["nation", "country"]) && i > 0 && tokens[i - 1].is("the");
        let possessive_before = (k.saturating_sub(5)..k - 1).any(|i| (vietnam(i) || home(i)) && is_possessive(tokens, i));
        let for_vietnam = tokens.get(k + 1).is_some_and(|t| t.is_any(&["for", "of"])) && vietnam(k + 2);
        return possessive_before || for_vietnam;
    }
    tokens[k].is_any(&["importer", "buyer", "consumer", "purchaser"]) && tokens.get(k + 1).is_some_and(|t| t.is("of")) && vietnam(k + 2)
}

/// "Vietnam's": the word at `i` followed by an apostrophe and "s".
fn is_possessive(tokens: &[Token], i: usize) -> bool {
    let next = i + usize::from(tokens.get(i).is_some_and(|t| t.is("viet")) && tokens.get(i + 1).is_some_and(|t| t.is("nam")));
    tokens.get(next + 1).is_some_and(|t| t.is("'")) && tokens.get(next + 2).is_some_and(|t| t.is("s"))
}

/// "Vietnam bought $2 billion worth of American goods": the nearest name before `m` is Vietnam.
fn vietnam_is_the_subject(tokens: &[Token], m: usize) -> bool {
    (m.saturating_sub(12)..m).rev().map(|k| &tokens[k]).take_while(|t| !t.is_any(&[",", ";"])).find(|t| t.capitalized && t.kind == Kind::Word && !t.is_any(&["the", "in"])).is_some_and(|t| t.is_any(&["vietnam", "viet", "nam"]))
}

/// "US$109.39 billion": the "US" of a currency, not the country.
fn is_currency(tokens: &[Token], k: usize) -> bool {
    tokens.get(k + 1).is_some_and(|next| next.is("$") && next.start == tokens[k].end)
}

/// Whether the clause's subject before token `m` is the US: the nearest name before it that is
/// not a possessive ("Vietnam's") nor the object of "to", "from", "with" or "of".
fn us_is_the_subject(tokens: &[Token], m: usize) -> bool {
    for k in (m.saturating_sub(12)..m).rev() {
        let t = &tokens[k];
        if t.is_any(&[",", ";"]) {
            return false;
        }
        let object = tokens[k.saturating_sub(2)..k].iter().any(|p| p.is_any(&["to", "from", "with", "of"]));
        if t.is_any(&["us", "united", "america"]) && !object && !is_currency(tokens, k) {
            return true;
        }
        if t.is_any(&["vietnam", "viet", "nam", "vietnamese"]) {
            let possessive = is_possessive(tokens, k) || (t.is("nam") && is_possessive(tokens, k.saturating_sub(1)));
            if possessive || object {
                continue;
            }
            return false;
        }
        if t.capitalized && t.kind == Kind::Word && !t.is_any(&["the", "in", "states", "s"]) {
            return false;
        }
    }
    false
}

/// Where the words that may name a sector begin, for the measure word at `i`: the word
/// before it ("shrimp exports"), or for exports and imports the whole clause it is in
/// ("Export of garment and textile was the main contributor … with the export value of").
fn sector_window(tokens: &[Token], i: usize) -> usize {
    // "the biggest importer of Vietnamese textile and garment products with a turnover of":
    // a turnover "with" which a clause ends is the turnover of what the clause is about.
    let with_a = i >= 2 && tokens[i - 1].is_any(&["a", "an", "the"]) && tokens[i - 2].is("with");
    if tokens[i].is_any(&["trade", "turnover", "trading"]) && !with_a {
        return i.saturating_sub(1);
    }
    clause_start(tokens, i)
}

pub(super) fn is_flow(measure: Measure) -> bool {
    matches!(measure, Measure::TwoWayTrade | Measure::VnExportsToUs | Measure::UsExportsToVn)
}

/// Words that tell what an amount measures; a balance word (`words::BALANCE`) stops the
/// search as "other".
pub(super) const MEASURE_WORDS: [&str; 26] = [
    "exported", "exports", "export", "shipments", "shipped", "imported", "imports", "investment", "invested",
    "investors", "fdi", "capital", "trade", "turnover", "two-way", "trading", "commitment", "aid", "funding", "grant",
    "assistance", "pledged", "donated", "provided", "exporting",
    "importing",
];

fn measure_word_before(tokens: &[Token], first: usize) -> Option<usize> {
    // "the U.S.-China trade war … a tariff on $34 billion": "trade" before a noun it modifies
    // measures nothing.
    let modifier = |i: usize| tokens[i].is_any(&["trade", "trading"]) && tokens.get(i + 1).is_some_and(|t| t.is_any(&words::TRADE_AS_MODIFIER));
    let found = (first.saturating_sub(LOOK_BACK)..first).rev().find(|&i| (tokens[i].is_any(&MEASURE_WORDS) && !modifier(i)) || tokens[i].is_any(&words::BALANCE))?;
    // "its export turnover to the country surging … to 76.4 billion USD": a turnover of exports
    // (or imports) alone is that direction's; "import-export turnover" stays both ways.
    let one_way = found >= 1 && tokens[found].is("turnover") && is_export_word(&tokens[found - 1]);
    let both = found >= 2 && tokens[found - 2].is_any(&["-", "and", "&"]);
    Some(if one_way && !both { found - 1 } else { found })
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
    // "The US bought $109.4 billion worth of Vietnamese goods": one side's goods, bought by
    // the other named as the subject.
    let goods_of = (last..end.saturating_sub(1)).find_map(|i| {
        let goods = tokens[i + 1].is_any(&["goods", "products", "commodities", "exports"]);
        (goods && tokens[i].is_any(&["vietnamese", "american"])).then_some(tokens[i].is("vietnamese"))
    });
    match goods_of {
        Some(true) if last > 0 && us_is_the_subject(tokens, last - 1) => return Measure::VnExportsToUs,
        Some(false) if last > 0 && vietnam_is_the_subject(tokens, last - 1) => return Measure::UsExportsToVn,
        _ => {}
    }
    (last..end)
        .find(|&i| tokens[i].is_any(&["exports", "imports", "exported", "imported", "exporting", "importing"]))
        .map_or(Measure::Other, |i| trade_direction(tokens, i))
}

/// A flow between Vietnam and the US names the US (or is "bilateral", "two-way", "between"
/// the two) in its sentence, or is part of such a figure ("…, of which Vietnam exported");
/// "Vietnam's exports reached $X" alone is its trade with the world.
fn names_the_partner(tokens: &[Token], first: usize) -> bool {
    let before = &tokens[first.saturating_sub(LOOK_BACK)..first];
    // The amount's own clause runs on to the next comma or semicolon: "Vietnam's exports hit
    // $162 billion, of which the US accounted for …" names the US for the second amount only.
    // A conjunction after the amount starts a clause of its own: "Vietnam's exports … rose to
    // US$122.53 billion as shipments to the US surged" names the US for the shipments only.
    let clause_end = (first..tokens.len().min(first + LOOK_BACK)).find(|&k| tokens[k].is_any(&[",", ";"]) || starts_a_clause(tokens, k)).unwrap_or(tokens.len().min(first + LOOK_BACK));
    let lo = first.saturating_sub(LOOK_BACK);
    let clause = &tokens[lo..clause_end];
    // "stateside": to or in the US ("The nation's exports stateside increased from …").
    let partner = ["us", "united", "america", "american", "americans", "stateside", "bilateral", "both"];
    let pair = clause.windows(2).any(|w| w[0].is("two") && w[1].is_any(&["-", "countries", "nations", "sides", "economies"]));
    let of_which = before.windows(2).any(|w| w[0].is("of") && w[1].is("which")) || before.iter().any(|t| t.is("including"));
    // "between the two", "between Vietnam and the US"; "Between January and August" is a time.
    let between = clause.windows(2).any(|w| w[0].is("between") && month_number(&w[1].folded).is_none() && w[1].kind != Kind::Number);
    // "US$23.5 billion" names a currency, not the US.
    let names_us = clause.iter().enumerate().any(|(k, t)| t.is_any(&partner) && !is_currency(tokens, lo + k));
    of_which || pair || between || names_us
}

/// "as", "while", "whereas" joining a clause with its own subject after an amount ("as well
/// as", "such as" and "as of" do not).
fn starts_a_clause(tokens: &[Token], k: usize) -> bool {
    let next = tokens.get(k + 1);
    let before = k.checked_sub(1).map(|p| &tokens[p]);
    let joins = !next.is_some_and(|n| n.is_any(&["well", "of", "much", "many", "a"])) && !before.is_some_and(|p| p.is_any(&["well", "such", "same", "much"]));
    (tokens[k].is("as") && joins) || tokens[k].is_any(&["while", "whereas"])
}

/// Words for Vietnam or the US (or what stands for them) that may name the side that trades.
const SIDES: [&str; 14] = ["vietnam", "viet", "nam", "vietnamese", "vn", "us", "usa", "united", "states", "america", "american", "americans", "hanoi", "washington"];

/// "China imported $9.1 billion of U.S. farm produce", "$300 billion of Chinese imports",
/// "Japan's exports": a third country's name or people, capitalized right before the export or
/// import word at `i` (or before its "'s"), trades, not Vietnam or the US. The first word of a
/// sentence is capitalized whatever it is, so there only a subject of a verb ("China imported").
fn another_country_trades(tokens: &[Token], i: usize) -> bool {
    let possessive = i >= 3 && tokens[i - 1].is("s") && tokens[i - 2].is("'");
    let Some(k) = i.checked_sub(if possessive { 3 } else { 1 }) else { return false };
    let t = &tokens[k];
    let verb = tokens[i].is_any(&["imported", "exported"]);
    let common = ["the", "its", "it", "their", "they", "this", "these", "total", "overall", "goods", "merchandise", "annual", "bilateral", "two-way", "trade", "customs", "in"];
    t.capitalized && t.kind == Kind::Word && (k > 0 || verb) && !t.is_any(&SIDES) && !t.is_any(&common) && month_number(&t.folded).is_none()
}

/// Which way goods go, from the words around "exports" or "imports": "exports to Vietnam",
/// "imports from Vietnam", "Vietnam exported … to the US", "it imported … from this country".
fn trade_direction(tokens: &[Token], i: usize) -> Measure {
    if another_country_trades(tokens, i) {
        return Measure::Other;
    }
    // "the import turnover from the US": the singular too.
    let importing = tokens[i].is_any(&["imported", "imports", "import", "importing"]);
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
    let Some(at) = (k + 1..tokens.len()).find(|&p| !tokens[p].is("the")) else { return Partner::Unsaid };
    // "supplier of goods imports in 2019 with US$66.6 billion": a currency, not a partner.
    if is_currency(tokens, at) {
        return Partner::Unsaid;
    }
    let place = &tokens[at];
    if place.is_any(&["vietnam", "viet", "vietnamese"]) {
        Partner::Vietnam
    } else if place.is("american") && tokens.get(at + 1).is_some_and(|t| t.is_any(&["nations", "countries", "markets", "continent"])) {
        // "exporting to American nations": the Americas, not the US.
        Partner::Elsewhere
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
        let us = t.is_any(&["us", "american", "america", "united"]) && !is_currency(tokens, k);
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
