//! Tests of `money`: figures with their period, measure and qualifier from real-style
//! sentences, and the forecasts, changes, balances and sectors that are not figures.

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
    // SGGP, 2022: "mn" is million as "bn" is billion; "mn" alone is no scale of its own.
    let (figures, _) = check("The bilateral trade turnover between Vietnam and the US in 1995 was at USD 450 mn, and by 2021 it had increased to USD 111.6 bn.", None);
    assert_eq!(figures, ["1995 Exact 450000000 TwoWayTrade", "2021 Exact 111600000000 TwoWayTrade"]);
    let (figures, _) = check("The bilateral trade turnover between Vietnam and the US in 1995 was at USD 450, a token sum.", None);
    assert_eq!(figures, ["1995 Exact 450 TwoWayTrade"]);
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
    let stated = check(text, published).0.into_iter().filter(|f| !f.ends_with("derived"));
    stated.filter(|f| !f.ends_with("Other") && !f.ends_with("Aid") && !f.ends_with("InVn")).collect()
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
fn world_totals_balances_and_base_years_are_told_apart() {
    let published = Some(PartialDate::day(2016, 3, 2).expect("a date"));
    let cases: [(&str, &[&str]); 9] = [
        ("Two-way trade reached almost 45 billion U.S. dollars last year, up from 36.3 billion U.S. dollars in 2014.", &["2015 Nearly 45000000000 TwoWayTrade", "2014 Exact 36300000000 TwoWayTrade"]),
        ("Vietnam's exports to the US rose to 33.5 billion USD in 2015, up 16 percent from 2014, while its imports from the US were 7.8 billion USD.", &["2015 Exact 33500000000 VnExportsToUs", "2015 Exact 7800000000 UsExportsToVn"]),
        ("Vietnam's exports hit 162 billion USD in 2015, of which the US accounted for 33.5 billion USD.", &["2015 Exact 33500000000 VnExportsToUs"]),
        ("In 2015 the two countries' trade turnover reached some 45 billion USD.", &["2015 About 45000000000 TwoWayTrade"]),
        ("The bilateral trade gap widened to 30.9 billion USD in 2015.", &[]),
        ("Vietnam's two-way trade with the world reached 327 billion USD in 2015.", &[]),
        ("Trade turnover between Vietnam and the US was 41.5 billion USD during January-November 2015.", &["2015-01/2015-11 Exact 41500000000 TwoWayTrade"]),
        ("Vietnam earned 33.5 billion USD from exports to the US in 2015.", &["2015 Exact 33500000000 VnExportsToUs"]),
        ("Bilateral trade grew from January to October 2015 to reach 37 billion USD.", &["2015-01/2015-10 Exact 37000000000 TwoWayTrade"]),
    ];
    for (text, want) in cases {
        assert_eq!(flows(text, published), want, "{text}");
    }
}

#[test]
fn amounts_joined_by_and_share_a_date() {
    let published = Some(PartialDate::year(2016));
    let text = "Vietnam exported 33.5 billion USD of goods to the US and imported 7.8 billion USD from the country in 2015.";
    assert_eq!(flows(text, published), ["2015 Exact 33500000000 VnExportsToUs", "2015 Exact 7800000000 UsExportsToVn"]);
    let text = "Two-way trade rose from $451 million to $139 billion in 2022.";
    assert_eq!(flows(text, published), ["2021 Exact 451000000 TwoWayTrade", "2022 Exact 139000000000 TwoWayTrade"]);
    let text = "Vietnam's exports to the US reached $9 billion in 2007, while imports from the US were $1.7 billion; in 2008 trade grew.";
    assert_eq!(flows(text, published), ["2007 Exact 9000000000 VnExportsToUs", "2007 Exact 1700000000 UsExportsToVn"]);
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
fn goods_bought_and_suppliers_tell_the_direction() {
    let cases: [(&str, &[&str]); 6] = [
        // trade_report_vnexpress_2017, with its period in the sentence.
        ("The U.S. bought Vietnamese goods worth $38.46 billion in 2016, a jump of 15 percent, based on Vietnam Customs data.", &["2016 Exact 38460000000 VnExportsToUs"]),
        ("In 2019 Vietnam bought American goods worth $14 billion.", &["2019 Exact 14000000000 UsExportsToVn"]),
        // trade_report_hanoitimes_2020: "US$" after "with" is a currency, not the partner.
        ("Vietnam was the US’ seventh largest supplier of goods imports in 2019 with US$66.6 billion in 2019, up 35.5% on-year.", &["2019 Exact 66600000000 VnExportsToUs"]),
        ("Vietnam's imports from the US reached US$14 billion in 2019.", &["2019 Exact 14000000000 UsExportsToVn"]),
        // Counter-examples: a third country buys; one sector's goods (analysis_americanthinker_2004).
        ("Chinese firms bought Vietnamese goods worth $5 billion in 2019.", &[]),
        ("About $1.8 billion in apparel exports will be sold by the Vietnamese to the U.S. in 2004.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(flows(text, None), want, "{text}");
    }
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

#[test]
fn the_us_buying_from_vietnam_is_vietnams_exports() {
    let published = Some(PartialDate::day(2019, 8, 30).expect("a date"));
    let cases: [(&str, &[&str]); 7] = [
        ("In the first eight months, the U.S. was Vietnam’s largest export market with a turnover of $38.6 billion, up 25.3 percent year-on-year.", &["2019-01/2019-08 Exact 38600000000 VnExportsToUs"]),
        ("The US was the largest importer of Vietnamese goods in the first quarter of 2021, with total export turnover hitting 21.2 billion USD.", &["2021-01/2021-03 Exact 21200000000 VnExportsToUs"]),
        ("The U.S. remained the largest importer of Viet Nam's commodities in 2021 with US$96 billion.", &["2021 Exact 96000000000 VnExportsToUs"]),
        // Counter-examples: another country buys; one sector; the US's own sales.
        ("In the first eight months, China was Vietnam’s largest export market with a turnover of $30 billion.", &[]),
        ("The US was the largest importer of Vietnamese handbags, wallets and suitcases, spending $180 million on the products.", &[]),
        ("The US was Vietnam's largest export market, while Vietnam imported $5 billion of goods from the US in 2019.", &["2019 Exact 5000000000 UsExportsToVn"]),
        ("The US remained the biggest importer of Vietnamese textile and garment products with a turnover of over 11 billion USD by the end of September.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(flows(text, published), want, "{text}");
    }
}

#[test]
fn america_in_a_text_about_the_americas_is_the_continent() {
    // Vietnam Government News, 2022: the paragraph before speaks of "American nations".
    let published = Some(PartialDate::year(2022));
    let mut narration = Narration::default();
    check_after("Viet Nam gained nearly US$77 billion from exporting to American nations over the first seven months of 2022.", published, &mut narration);
    let (figures, _) = check_after("Last year, the Southeast Asian nation's exports to America rose by 27 percent compared to 2020, to US$114 billion.", published, &mut narration);
    assert!(figures.iter().all(|f| f.contains(" Other")), "{figures:?}");
    // Counter-examples: the same sentence in a text about the US alone, and a sentence that
    // names the US in a text about the Americas.
    let alone = flows("Last year, the Southeast Asian nation's exports to America rose by 27 percent compared to 2020, to US$114 billion.", published);
    assert_eq!(alone, ["2021 Exact 114000000000 VnExportsToUs"]);
    let (figures, _) = check_after("Of that, export value to the U.S. reached US$66.7 billion in the first seven months of 2022.", published, &mut narration);
    assert_eq!(figures, ["2022-01/2022-07 Exact 66700000000 VnExportsToUs"]);
}

#[test]
fn a_part_of_a_year_compared_against_is_not_the_period() {
    // VietnamPlus, 2010: the base is the first quarter of 2009; the figure's own quarter was
    // told in the sentence before, so this one has no period of its own.
    let published = Some(PartialDate::year(2010));
    let text = "Two-way trade was valued at 3,964 million USD, 16.5 percent (or 564 million USD) more than the first quarter of 2009, statistics said.";
    assert!(flows(text, published).iter().all(|f| !f.starts_with("2009")), "{:?}", flows(text, published));
    // Counter-example: the figure's own part of the year.
    let text = "Two-way trade was valued at 3,964 million USD in the first quarter of 2010, statistics said.";
    assert_eq!(flows(text, published), ["2010-01/2010-03 Exact 3964000000 TwoWayTrade"]);
}

#[test]
fn a_part_of_the_year_anywhere_in_the_sentence_dates_an_undated_figure() {
    let published = Some(PartialDate::day(2011, 6, 25).expect("a date"));
    let cases: [(&str, &[&str]); 4] = [
        ("Viet Nam earned over US$6.15 billion from exporting goods to the US in the first five months of the year.", &["2011-01/2011-05 Over 6150000000 VnExportsToUs"]),
        ("US companies imported about $65 billion worth of goods from Vietnam in the first 10 months of 2020, compared with $66.6 billion for all of 2019.", &["2020-01/2020-10 About 65000000000 VnExportsToUs", "2019 Exact 66600000000 VnExportsToUs"]),
        // Counter-examples: a base with no whole year of its own is the same months a year before.
        ("US imports from Vietnam reached $65 billion in the first 10 months of 2020, compared with $50 billion in the same period of 2019.", &["2020-01/2020-10 Exact 65000000000 VnExportsToUs", "2019-01/2019-10 Exact 50000000000 VnExportsToUs"]),
        ("Viet Nam earned US$6 billion from exporting goods to the US.", &["2011 Exact 6000000000 VnExportsToUs"]),
    ];
    for (text, want) in cases {
        assert_eq!(flows(text, published), want, "{text}");
    }
}

#[test]
fn differences_goals_and_other_periods_are_not_levels() {
    let published = Some(PartialDate::year(2010));
    let cases: [(&str, &[&str]); 7] = [
        ("Two-way trade was valued at 3,964 million USD, 16.5 percent (or 564 million USD) more than the first quarter of 2009.", &["2010-01/2010-03 Exact 3964000000 TwoWayTrade"]),
        ("U.S. exports to Vietnam declined in 2009 by nearly $2 billion compared to 2008, while U.S. imports from Vietnam increased by more than $4 billion.", &[]),
        ("“I am confident that by 2020, annual bilateral trade between our two countries will reach $35 billion or more,” she said.", &[]),
        ("Between January and August, exports totaled $169.98 billion, up 7.3 percent.", &[]),
        ("Viet Nam gained nearly US$77 billion from exporting to American nations over the first seven months of 2010.", &[]),
        // Counter-examples: a level after "more than"; a deadline already past; trade "between" the two.
        ("Two-way trade reached more than $15 billion in 2009.", &["2009 Over 15000000000 TwoWayTrade"]),
        ("By 2008, trade between the two countries had reached $15.69 billion.", &["2008 Exact 15690000000 TwoWayTrade"]),
    ];
    for (text, want) in cases {
        assert_eq!(flows(text, published), want, "{text}");
    }
}

#[test]
fn a_possessive_date_or_the_figure_told_before_gives_the_period() {
    let published = Some(PartialDate::year(2011));
    assert_eq!(flows("If US - Vietnam trade turnover in the remaining months of this year retains the growth rates in the first months, plan for trade turnover increase in 2011 by 10 percent over last year's 18.3 billion USD is within reach.", published), ["2010 Exact 18300000000 TwoWayTrade"]);
    let mut narration = Narration::default();
    let (figures, _) = check_after("Viet Nam gained nearly US$77 billion from exporting to American nations over the first seven months of 2022.", published, &mut narration);
    assert_eq!(figures, ["2022-01/2022-07 Nearly 77000000000 Other"]);
    let (figures, _) = check_after("Of the figure, export value to the U.S. reached US$66.7 billion, an increase of 23.7 percent.", published, &mut narration);
    assert_eq!(figures, ["2022-01/2022-07 Exact 66700000000 VnExportsToUs"]);
    // Counter-example: a sentence that does not speak of the figure before keeps the article's year.
    let mut narration = Narration::default();
    check_after("Viet Nam gained nearly US$77 billion from exporting to American nations over the first seven months of 2022.", published, &mut narration);
    let (figures, _) = check_after("Export value to the U.S. reached US$66.7 billion.", published, &mut narration);
    assert_eq!(figures, ["2011 Exact 66700000000 VnExportsToUs"]);
}

#[test]
fn more_ways_to_name_a_period_and_a_side() {
    let published = Some(PartialDate::day(2024, 4, 10).expect("a date"));
    let cases: [(&str, &[&str]); 7] = [
        ("Q1 2024 bilateral trade between Vietnam and the US was $28 billion.", &["2024-01/2024-03 Exact 28000000000 TwoWayTrade"]),
        ("In January-June 2023, Vietnam's exports to the US were valued at $55.6 billion.", &["2023-01/2023-06 Exact 55600000000 VnExportsToUs"]),
        ("Bilateral trade between Vietnam and the US in the January-May period was estimated at $46.5 billion.", &["2024-01/2024-05 About 46500000000 TwoWayTrade"]),
        ("The US bought $109.4 billion worth of Vietnamese goods in 2023.", &["2023 Exact 109400000000 VnExportsToUs"]),
        ("Vietnam's exports to the U.S. in 2022 stood at US$109.39 billion, while imports were US$14.45 billion.", &["2022 Exact 109390000000 VnExportsToUs", "2022 Exact 14450000000 UsExportsToVn"]),
        ("Vietnam's exports to the US fell to $46.3 billion in the first quarter, from $55.7 billion in the same period last year.", &["2024-01/2024-03 Exact 46300000000 VnExportsToUs", "2023-01/2023-03 Exact 55700000000 VnExportsToUs"]),
        // Counter-examples: another buyer; a month run with a year of its own stays the date rules'.
        ("The EU bought $50 billion worth of Vietnamese goods in 2023.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(flows(text, published), want, "{text}");
    }
}

#[test]
fn mn_and_bln_are_units() {
    // Dev sentence (trade_report_sggp-dttc_2022).
    let text = "According to statistics from the General Department of Customs, the bilateral trade turnover between Vietnam and the US in 1995 was at USD 450 mn, and by 2021 it had increased to USD 111.6 bn, 248 times higher.";
    assert_eq!(flows(text, None), ["1995 Exact 450000000 TwoWayTrade", "2021 Exact 111600000000 TwoWayTrade"]);
    // Counter-example: a bare number stays itself.
    let (figures, _) = check("The bilateral trade between Vietnam and the US in 1995 was USD 450 per head.", None);
    assert_eq!(figures, ["1995 Exact 450 TwoWayTrade"]);
}

#[test]
fn a_currency_does_not_name_the_partner() {
    let published = Some(PartialDate::day(2019, 7, 13).expect("a date"));
    // Dev sentences: one product (wire_businesstimes_2019) and Vietnam's exports to the world
    // (wire_afp-daily8_2025), where only "US$" says "US".
    let text = "Smartphones, mostly made by South Korea's Samsung Electronics, were Vietnam's largest export earner in the first half, rising 3.9 per cent to US$23.5 billion from a year ago.";
    assert!(flows(text, published).is_empty(), "{text}");
    let text = "May exports stood at US$39.6 billion, according to data from the General Statistics Office, up 17 per cent on the same period a year ago, while the year-to-date total reached US$180.2 billion, 14 per cent higher than in 2024.";
    assert!(flows(text, published).is_empty(), "{text}");
    // Counter-examples: the US named beside its currency, or as "stateside" (dev sentence,
    // vn_news_vccinews_2006).
    let text = "Vietnam's exports to the US rose to US$30 billion in the first half.";
    assert_eq!(flows(text, published), ["2019-01/2019-06 Exact 30000000000 VnExportsToUs"]);
    let text = "The nation's exports stateside increased from US$1.1 billion in 2001 to US$8.56 billion in 2006, accounting for 21.6 per cent of its total export value, said Steve Parker, senior economist from the STAR-Vietnam.";
    assert_eq!(flows(text, None), ["2001 Exact 1100000000 VnExportsToUs", "2006 Exact 8560000000 VnExportsToUs"]);
}

#[test]
fn a_later_clause_does_not_lend_its_partner() {
    let published = Some(PartialDate::day(2019, 7, 13).expect("a date"));
    let cases: [(&str, &[&str]); 3] = [
        // Dev sentence (wire_businesstimes_2019): Vietnam's exports to the world.
        ("Vietnam's exports in the six-month period rose 7.2 per cent to US$122.53 billion from a year earlier as shipments to the US surged 27.4 per cent and South Korea rose 16.8 per cent, according to figures from the Customs Department.", &[]),
        // Counter-examples: the partner named in the amount's own clause, and "as well as".
        ("Vietnam's exports to the US rose to US$30 billion in the first half as shipments of phones surged.", &["2019-01/2019-06 Exact 30000000000 VnExportsToUs"]),
        ("Vietnam exported US$30 billion worth of goods in 2018 as well as services to the United States.", &["2018 Exact 30000000000 VnExportsToUs"]),
    ];
    for (text, want) in cases {
        assert_eq!(flows(text, published), want, "{text}");
    }
}

#[test]
fn a_third_country_trading_is_not_vietnam_us_trade() {
    let published = Some(PartialDate::day(2019, 8, 6).expect("a date"));
    let cases: [(&str, &[&str]); 4] = [
        // Dev sentences (vn_news_vnexpress_2019): China's purchases, and a tariff on China's goods.
        ("China imported $9.1 billion of U.S. farm produce in 2018, down from $19.5 billion in 2017, according to the American Farm Bureau.", &[]),
        ("China Tuesday halted its purchases of U.S. agricultural products after Washington ratcheted up tensions last week with U.S. President Donald Trump vowing to impose a 10 percent tariff on $300 billion of Chinese imports from September 1.", &[]),
        // Counter-examples: Vietnam or the US is the side that trades.
        ("Vietnam imported $6.9 billion of U.S. goods in the first half of 2019.", &["2019-01/2019-06 Exact 6900000000 UsExportsToVn"]),
        ("In 2018, U.S. imports from Vietnam reached $49.2 billion.", &["2018 Exact 49200000000 VnExportsToUs"]),
    ];
    for (text, want) in cases {
        assert_eq!(flows(text, published), want, "{text}");
    }
}

#[test]
fn a_bare_amount_running_to_a_dollar_amount_is_in_dollars() {
    // Dev sentence (vn_news_vietnamnet_2020).
    let text = "Statistics from the US side show that the two-way trade increased to 75.7 billion in 2019 from juts 450 million USD in 1995 when Vietnam and the US established diplomatic relations.";
    assert_eq!(flows(text, None), ["2019 Exact 75700000000 TwoWayTrade", "1995 Exact 450000000 TwoWayTrade"]);
    // Counter-examples: a unit of its own, and no dollar amount to run from.
    let text = "Vietnam's exports to the US rose to 1.5 million tonnes in 2019 from $450 million in 2018.";
    assert!(flows(text, None).iter().all(|f| !f.contains("1500000")), "{text}");
    assert!(flows("Two-way trade between Vietnam and the US increased to 75.7 billion in 2019.", None).is_empty());
    let text = "Vietnam's population grew from 60 million to 96 million as two-way trade with the US rose from $450 million in 1995.";
    assert_eq!(flows(text, None), ["1995 Exact 450000000 TwoWayTrade"], "{text}");
}

#[test]
fn an_amount_each_of_counted_items_is_worth_is_not_a_total() {
    // Dev sentence (trade_report_sggp-dttc_2022).
    let text = "In 2021, Vietnamese exports to the US had twenty-eight key products, of which thirteen items were valued at USD 1 bn.";
    assert!(flows(text, None).is_empty(), "{text}");
    // Counter-example: a total of exports, no count of items before it.
    let text = "In 2021, Vietnam exported USD 96.3 bn worth of goods to the US, up by 24.9% compared to 2020.";
    assert_eq!(flows(text, None), ["2021 Exact 96300000000 VnExportsToUs"]);
}


#[test]
fn the_value_a_forecast_starts_from_is_a_figure() {
    let cases: [(&str, &[&str]); 4] = [
        // Dev sentences (trade_report_vietnamplus_2014, vn_news_vna-embassy_2009).
        ("According to the report, bilateral trade may reach 34.9 billion USD this year after hitting 24.9 billion USD in 2012 and 29.7 billion USD in 2013, a healthy increase of nearly 20 percent for two years in a row.", &["2012 Exact 24900000000 TwoWayTrade", "2013 Exact 29700000000 TwoWayTrade"]),
        ("(VNA) The Ministry of Industry and Trade expects exports to the US market to climb slightly to 12.7 billion USD this year from 12 billion USD in 2008.", &["2008 Exact 12000000000 VnExportsToUs"]),
        // Counter-examples: the forecast's own amounts, one after the other.
        ("Two-way trade between Vietnam and the US is expected to rise to $15 billion in 2025 and $20 billion in 2030.", &[]),
        ("Vietnam's exports to the US will likely reach 29.4 billion USD in 2014, and its imports from the market will likely reach 5.5 billion USD.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(flows(text, Some(PartialDate::year(2014))), want, "{text}");
    }
}

#[test]
fn one_month_against_the_one_before_is_the_later_month() {
    let published = Some(PartialDate::year(2025));
    // Dev sentence (wire_reuters-stockwealth_2025), and a counter-example: a run of months.
    let text = "Vietnam’s exports to the United States fell 2% from July to August to $13.94 billion, according to Vietnamese customs data on Tuesday, as a tariff of 20% on shipments to the US took effect.";
    assert_eq!(flows(text, published), ["2025-08 Exact 13940000000 VnExportsToUs"]);
    let text = "Vietnam's exports to the United States from July to August reached $27 billion.";
    assert_eq!(flows(text, published), ["2025-07/2025-08 Exact 27000000000 VnExportsToUs"]);
}

#[test]
fn a_figure_compared_with_part_of_a_year_is_for_that_part_a_year_on() {
    // Dev sentence (trade_report_vietnamplus_2010), in a text whose latest year named is 2009.
    let published = Some(PartialDate::year(2009));
    let text = "Two-way trade was valued at 3,964 million USD, 16.5 percent (or 564 million USD) more than the first quarter of 2009, statistics recently released by the US Department of Commerce said.";
    assert_eq!(flows(text, published), ["2010-01/2010-03 Exact 3964000000 TwoWayTrade"]);
    // Counter-examples: a period of its own, and a whole year compared with.
    let text = "Two-way trade was valued at 3,964 million USD in the first quarter of 2010, more than the first quarter of 2009.";
    assert_eq!(flows(text, published), ["2010-01/2010-03 Exact 3964000000 TwoWayTrade"]);
    let text = "Two-way trade was valued at 15.4 billion USD, 19 percent more than 2008.";
    assert_eq!(flows(text, published), ["2009 Exact 15400000000 TwoWayTrade"]);
}


#[test]
fn an_industry_earning_from_exports_is_one_sector() {
    let published = Some(PartialDate::year(2009));
    // Dev sentence (vn_news_vna-embassy_2009), and a counter-example: the country earning.
    let text = "In regard to garments alone, the industry earned 2.2 billion USD from exports to the US market in the first half of this year, representing 55 percent of its total export revenues over the period.";
    assert!(flows(text, published).is_empty(), "{text}");
    let text = "In the first half of this year, Vietnam earned 20 billion USD from exports to the US market.";
    assert_eq!(flows(text, published), ["2009-01/2009-06 Exact 20000000000 VnExportsToUs"]);
}

#[test]
fn a_part_of_the_year_does_not_take_the_whole_year_told_before() {
    // VietNamNet: "the year" of the ten months is the article's, not 2021.
    let mut narration = Narration::default();
    let published = Some(PartialDate::year(2022));
    check_after("Bilateral turnover between the two countries has witnessed a 248-fold rise from US$450 million in 1995 to nearly US$112 billion in 2021.", published, &mut narration);
    let (figures, _) = check_after("During the past 10 months of the year, Vietnamese exports to the US surged by 21% to US$93 billion against the same period from last year.", published, &mut narration);
    assert_eq!(figures, ["2022-01/2022-10 Exact 93000000000 VnExportsToUs"]);
    // Counter-example: a sentence with no part of a year keeps the year told before.
    let mut narration = Narration::default();
    check_after("The US-Vietnam bilateral trade reached a record in 2010 with a value of nearly 18.3 billion USD.", published, &mut narration);
    let (figures, _) = check_after("The figure included over 14.78 billion USD worth in the US's imports from Vietnam.", published, &mut narration);
    assert_eq!(figures, ["2010 Over 14780000000 VnExportsToUs"]);
}

#[test]
fn one_kind_of_goods_bought_is_not_the_total() {
    // Dev sentences (trade_report_vietnamstar_2019, vn_news_vietnamnet_2022): an amount "of" a
    // kind of goods, the US as the market of one Vietnamese product.
    let text = "The U.S. imported $11 billion worth, plus $7.2 billion of knit apparel and $6.2 billion of footwear, according to the Office of the United States Trade Representative.";
    assert!(!flows(text, None).iter().any(|f| f.contains(" 7200000000 ")), "{text}");
    let text = "Aside from shrimp, the US has also become the largest export market of Vietnamese tuna, accounting for 51% with turnover reaching US$374 million.";
    assert!(flows(text, Some(PartialDate::year(2022))).is_empty(), "{text}");
    // Counter-examples: goods as a whole.
    assert_eq!(flows("In 2019, Vietnam imported $5 billion of goods from the US.", None), ["2019 Exact 5000000000 UsExportsToVn"]);
    let text = "The US was the largest importer of Vietnamese goods in the first quarter of 2021, with total export turnover hitting 21.2 billion USD.";
    assert_eq!(flows(text, None), ["2021-01/2021-03 Exact 21200000000 VnExportsToUs"]);
}

#[test]
fn a_count_of_items_opening_the_clause_is_worth_each() {
    // Dev sentence (vn_news_vietnamnet_2022): eleven items each over US$1 billion.
    let text = "With regard to exports, the country witnessed 11 export items to the US record turnover reaching over US$1 billion.";
    assert!(flows(text, Some(PartialDate::year(2022))).is_empty(), "{text}");
    // Counter-example: a count of months is a period, not items.
    let text = "With regard to exports, in the first 10 months the country shipped goods to the US worth over US$93 billion.";
    assert_eq!(flows(text, Some(PartialDate::year(2022))), ["2022-01/2022-10 Over 93000000000 VnExportsToUs"]);
}

#[test]
fn a_trade_war_and_the_goods_under_a_tariff_are_not_trade() {
    // Dev sentence (trade_report_sourcing-journal_2021).
    let text = "The start of the U.S.-China trade war on July 6, 2018, when the U.S. under the Trump administration imposed a 25 percent tariff on $34 billion of Chinese imports, further accelerated anywhere-but-China sourcing.";
    assert!(flows(text, None).is_empty(), "{text}");
    // Counter-examples: trade measured beside a trade war; goods facing tariffs, measured.
    let text = "Two-way trade between Vietnam and the US reached $77 billion in 2019 despite the trade war.";
    assert_eq!(flows(text, None), ["2019 Exact 77000000000 TwoWayTrade"]);
    let text = "Vietnam's exports to the US, which face new tariffs, reached $120 billion in 2024.";
    assert_eq!(flows(text, None), ["2024 Exact 120000000000 VnExportsToUs"]);
}

#[test]
fn until_a_month_is_the_year_so_far_and_today_is_no_period() {
    // Dev sentences (trade_report_vietnam-news_2000, trade_report_vcci_2019).
    let text = "The value of exports to the US until early June was US$243 million.";
    assert_eq!(flows(text, Some(PartialDate::year(2000))), ["2000-01/2000-06 Exact 243000000 VnExportsToUs"]);
    let text = "She celebrated 25 years of renewed economic cooperation between the United States and Vietnam, during which bilateral trade has grown from just over $200 million in 1994 to more than $50 billion today.";
    assert_eq!(flows(text, None), ["1994 Over 200000000 TwoWayTrade"]);
    // Counter-examples: one month's value; a later "today" not about the amount.
    let text = "The value of exports to the US in June was US$43 million.";
    assert_eq!(flows(text, Some(PartialDate::year(2000))), ["2000-06 Exact 43000000 VnExportsToUs"]);
    let text = "Bilateral trade reached $50 billion in 2018, and today the two sides met.";
    assert_eq!(flows(text, None), ["2018 Exact 50000000000 TwoWayTrade"]);
}

#[test]
fn aquatic_products_topping_a_list_are_one_sector() {
    // Dev sentence (trade_report_vietnam-news_2000).
    let text = "Topping the list of exports to the US were aqua products, with a value of $125.5 million last year and $76.9 million in the first five months of this year.";
    assert!(flows(text, Some(PartialDate::year(2000))).is_empty(), "{text}");
    // Counter-example: the total the same list is drawn from.
    let text = "Exports to the US were worth $504 million in 1999, led by aqua products and footwear.";
    assert_eq!(flows(text, None), ["1999 Exact 504000000 VnExportsToUs"]);
}

#[test]
fn a_second_amount_joined_to_a_sectors_is_that_sectors() {
    // Dev sentence (trade_report_vietnam-news_2000).
    let text = "Although crude oil exports to the US only began last year, it is now the third largest category, with $99.6 million worth of it shipped in 1999 and $38.4 million in the first five months of 2000.";
    assert!(flows(text, None).is_empty(), "{text}");
    // Counter-example: a total after a comma, and one after its own measure word.
    let text = "Shrimp exports to the US reached $700 million in 2019, and exports to the US as a whole $61 billion in 2019.";
    assert_eq!(flows(text, None), ["2019 Exact 61000000000 VnExportsToUs"]);
}

#[test]
fn a_round_amount_crossed_on_the_way_to_the_figure_is_a_threshold() {
    let published = Some(PartialDate::day(2022, 3, 31).expect("a day"));
    let (figures, _) = check("Last year, two-way trade surpassed US$100 billion to reach the record $111 billion, he continued.", published);
    assert_eq!(figures, ["2021 Exact 111000000000 TwoWayTrade"]);
    // Counter-example: an amount surpassed with no figure after it is the figure.
    let (figures, _) = check("Last year, two-way trade surpassed US$100 billion, he continued.", published);
    assert!(figures.iter().any(|f| f.starts_with("2021") && f.ends_with("100000000000 TwoWayTrade")), "{figures:?}");
}
