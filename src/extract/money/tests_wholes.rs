//! Tests of `money` on how a sentence frames its amounts: a date at its head, a share said of
//! a whole, the market the US is for "the nation", a part of a year said as "opening".

use super::*;
use crate::extract::dates::{self, Context};
use crate::extract::text::tokenize;

fn figures(text: &str, published: Option<PartialDate>) -> Vec<String> {
    let tokens = tokenize(text, 0, text.len());
    let context = Context { published, ..Context::default() };
    let dates: Vec<DatedMention> = dates::scan(&tokens).into_iter().filter_map(|m| dates::resolve(m.stated, &context).map(|range| DatedMention { mention: m, range })).collect();
    let (figures, _) = scan(&tokens, &dates, published, &mut Narration::default());
    figures.iter().filter(|f| measure::is_flow(f.measure)).map(|f| format!("{} {:?} {} {:?}", f.period, f.qualifier, f.value_usd, f.measure)).collect()
}

#[test]
fn a_date_at_the_head_of_the_sentence_frames_every_amount() {
    // A republished news item on the 2025 deal: the deficit comes first, the flows after it.
    let text = "In 2023, America recorded a goods deficit of approximately $104.6 billion, with U.S. exports to Vietnam at about $9.8 billion and imports at $114.4 billion.";
    assert_eq!(figures(text, None), ["2023 About 9800000000 UsExportsToVn", "2023 Exact 114400000000 VnExportsToUs"]);
    // Counter-examples: a date inside the sentence, not set off at its head, does not reach past
    // another amount; an amount with its own date keeps it.
    let text = "America recorded a goods deficit in 2023 of approximately $104.6 billion, with U.S. exports to Vietnam at about $9.8 billion.";
    assert!(figures(text, None).is_empty(), "{:?}", figures(text, None));
    let text = "In 2023, U.S. exports to Vietnam were $9.8 billion, against $11 billion in 2022.";
    assert_eq!(figures(text, None), ["2023 Exact 9800000000 UsExportsToVn", "2022 Exact 11000000000 UsExportsToVn"]);
}

#[test]
fn a_share_said_of_an_export_total_leaves_the_total_a_flow() {
    // SGGP, 2014: the sector is a third of the whole, which is Vietnam's exports to the US.
    let text = "Garments contributed more than one third to $25 billion exports of Vietnam to the US market in 2013.";
    assert_eq!(figures(text, None), ["2013 Exact 25000000000 VnExportsToUs"]);
    // Counter-examples: the sector's own earnings, and the sector's exports named after it.
    let text = "Garments earned $8.6 billion from exports to the US market in 2013.";
    assert!(figures(text, None).is_empty(), "{:?}", figures(text, None));
    let text = "Garments contributed one third, some $8.6 billion in apparel exports to the US in 2013.";
    assert!(figures(text, None).is_empty(), "{:?}", figures(text, None));
}

#[test]
fn the_us_as_the_nations_export_market_buys_its_exports() {
    // Vinamas (VOV), 2020: "the nation's leading export market" with the US as the subject.
    let text = "In the first five months of 2020 the United States became the nation’s leading export market, with export turnover of US$24.6 billion.";
    assert_eq!(figures(text, None), ["2020-01/2020-05 Exact 24600000000 VnExportsToUs"]);
    // Counter-example: another country as the nation's market is not the US buying.
    let text = "In the first five months of 2020 China became the nation’s leading export market, with export turnover of US$16.3 billion.";
    assert!(figures(text, None).is_empty(), "{:?}", figures(text, None));
}

#[test]
fn the_opening_months_of_a_year_are_its_first() {
    let text = "The opening five months of 2020 saw exports to the US reach US$24.6 billion.";
    assert_eq!(figures(text, None), ["2020-01/2020-05 Exact 24600000000 VnExportsToUs"]);
    // Counter-example: an opening that is no count of months is no part of a year.
    let text = "The opening of the market in 2020 saw exports to the US reach US$24.6 billion.";
    assert_eq!(figures(text, None), ["2020 Exact 24600000000 VnExportsToUs"]);
}

/// Reads the sentences in turn, carrying the narration, with the article's year unknown.
fn figures_told(sentences: &[&str]) -> Vec<String> {
    let mut narration = Narration::default();
    let mut out = Vec::new();
    for text in sentences {
        let tokens = tokenize(text, 0, text.len());
        let context = Context::default();
        let dates: Vec<DatedMention> = dates::scan(&tokens).into_iter().filter_map(|m| dates::resolve(m.stated, &context).map(|range| DatedMention { mention: m, range })).collect();
        let (figures, _) = scan(&tokens, &dates, Some(PartialDate::year(2017)), &mut narration);
        out.extend(figures.iter().filter(|f| measure::is_flow(f.measure)).map(|f| format!("{} {} {:?} {}", f.period, f.value_usd, f.measure, f.period_inferred)));
    }
    out
}

#[test]
fn the_same_period_is_the_one_the_sentence_before_told_a_flow_in() {
    // VnExpress, 2017: the sentence before tells the period with no amount.
    let text = ["U.S. exports to Vietnam in 2016 soared 77 percent from the previous year, VietnamPlus reported.", "The U.S. bought Vietnamese goods worth $38.46 billion, a jump of 15 percent in the same period, based on Vietnam Customs data."];
    assert_eq!(figures_told(&text), ["2016 38460000000 VnExportsToUs false"]);
    // Counter-examples: "the same period last year" is a base, and a sentence between breaks
    // the link; the figure keeps the article's year as a guess.
    let text = ["U.S. exports to Vietnam in 2016 soared 77 percent from the previous year.", "The U.S. bought Vietnamese goods worth $38.46 billion, up 15 percent compared with the same period last year."];
    assert_eq!(figures_told(&text), ["2017 38460000000 VnExportsToUs true"]);
    let text = ["U.S. exports to Vietnam in 2016 soared 77 percent.", "The ambassador praised the growth.", "The U.S. bought Vietnamese goods worth $38.46 billion in the same period."];
    assert_eq!(figures_told(&text), ["2017 38460000000 VnExportsToUs true"]);
}

#[test]
fn an_export_or_import_turnover_goes_one_way() {
    // Xe.today, 2025, and VietnamInsider (SGGP), 2021: a turnover of imports or exports alone.
    let text = "In the first four months of this year, the import turnover from the US reached $5.6 billion, up by 25.8%.";
    assert_eq!(figures(text, Some(PartialDate::year(2025))), ["2025-01/2025-04 Exact 5600000000 UsExportsToVn"]);
    let text = "In the first five months of 2021, the total commodity export turnover to the United States market reached US$37.6 billion, an increase of 49.8 percent over the same period last year.";
    assert_eq!(figures(text, None), ["2021-01/2021-05 Exact 37600000000 VnExportsToUs"]);
    // Counter-examples: an import-export turnover is both ways; a sector's export turnover is
    // the sector's.
    let text = "In the first half of 2022, Vietnam and the US had an import-export turnover of US$70 billion.";
    assert_eq!(figures(text, None), ["2022-01/2022-06 Exact 70000000000 TwoWayTrade"]);
    let text = "In the first half of 2022, the garment export turnover to the US reached US$8 billion.";
    assert!(figures(text, None).is_empty(), "{:?}", figures(text, None));
}

#[test]
fn a_bare_worth_listed_with_kinds_of_goods_is_a_kind() {
    // Vietnam Star (Newsweek), 2019: the $11 billion is the electrical machinery named before.
    let text = "In 2018, the U.S. imported $11 billion worth, plus $7.2 billion of knit apparel and $6.2 billion of footwear.";
    assert!(figures(text, None).is_empty(), "{:?}", figures(text, None));
    // Counter-examples: worth of goods as a whole, and a bare worth listed with no kind.
    let text = "In 2018, the U.S. imported $49.2 billion worth of Vietnamese goods, plus $7.2 billion of knit apparel.";
    assert_eq!(figures(text, None), ["2018 Exact 49200000000 VnExportsToUs"]);
    let text = "In 2018, the U.S. imported $49.2 billion worth from Vietnam, and exported $9.7 billion.";
    assert_eq!(figures(text, None), ["2018 Exact 49200000000 VnExportsToUs", "2018 Exact 9700000000 UsExportsToVn"]);
}
