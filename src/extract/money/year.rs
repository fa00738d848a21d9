//! The article's year as its figures fix it, for a text that states no date of its own: a
//! figure told with its year ("to more than US$123 billion in 2022") and told again as last
//! year's ("to more than US$123 billion last year") makes the text's year the year after.

use super::measure::measure_of;
use super::Amount;
use crate::extract::dates::{Relative, Stated};
use crate::extract::events::DatedMention;
use crate::extract::text::Token;
use crate::model::{DateRange, Measure, PartialDate};

/// The "last year" that dates amount `amount`: right after it ("US$123 billion last year") or
/// in the possessive right before it ("last year's 18.3 billion USD").
fn last_year_of<'a>(tokens: &[Token], amount: &Amount, dates: &'a [DatedMention]) -> Option<&'a DatedMention> {
    dates.iter().filter(|d| matches!(d.mention.stated, Stated::Relative(Relative::LastYear))).find(|d| {
        let after = d.mention.first >= amount.last && d.mention.first <= amount.last + 2;
        let possessive = d.mention.last + 2 == amount.first && tokens.get(d.mention.last).is_some_and(|t| t.is("'"));
        after || possessive
    })
}

/// The text's year, when an amount of this sentence told as last year's is one told before with
/// its own year (`stated`: value, measure, year): that year and one.
pub(super) fn echoed(tokens: &[Token], found: &[Amount], dates: &[DatedMention], stated: &[(u64, Measure, i32)]) -> Option<i32> {
    found.iter().find_map(|amount| {
        last_year_of(tokens, amount, dates)?;
        let measure = measure_of(tokens, amount);
        stated.iter().find(|&&(value, m, _)| value == amount.value && m == measure).map(|&(_, _, year)| year + 1)
    })
}

/// The sentence's dates with "this year" and "last year" placed in `year` and the year before,
/// as if the text had named them.
pub(super) fn placed(dates: &[DatedMention], year: i32) -> Vec<DatedMention> {
    dates
        .iter()
        .map(|d| {
            let named = match d.mention.stated {
                Stated::Relative(Relative::ThisYear) => Some(year),
                Stated::Relative(Relative::LastYear) => Some(year - 1),
                _ => None,
            };
            match named {
                Some(y) => {
                    let mut d = *d;
                    d.mention.stated = Stated::Calendar { year: Some(y), month: 0, day: 0, end: None };
                    d.range = DateRange::point(PartialDate::year(y));
                    d
                }
                None => *d,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{scan, Narration};
    use crate::extract::dates::{self, Context};
    use crate::extract::events::DatedMention;
    use crate::extract::text::tokenize;
    use crate::model::PartialDate;

    /// Reads each sentence in turn with the article's year `guessed` (a guess) or stated.
    fn read(sentences: &[&str], published: PartialDate, guessed: bool) -> Vec<String> {
        let mut narration = Narration { year_guessed: guessed, ..Narration::default() };
        let mut out = Vec::new();
        for text in sentences {
            let tokens = tokenize(text, 0, text.len());
            let context = Context { published: Some(published), ..Context::default() };
            let dates: Vec<DatedMention> = dates::scan(&tokens).into_iter().filter_map(|m| dates::resolve(m.stated, &context).map(|range| DatedMention { mention: m, range })).collect();
            let (figures, _) = scan(&tokens, &dates, Some(published), &mut narration);
            out.extend(figures.iter().map(|f| format!("{} {} {:?}", f.period, f.value_usd, f.measure)));
        }
        out
    }

    #[test]
    fn a_figure_told_again_as_last_years_fixes_the_year() {
        // VietNamNet, no date line: the latest year named (2022) is a guess.
        let text = [
            "Statistically, bilateral trade turnover surges by an average of roughly 16% per year, representing a rise of more than 550% from US$ 21.8 billion in 2011 to more than US$123 billion in 2022.",
            "Since the normalization of relations in 1995, trade growth between the two countries has increased 360 times, from US$450 million in 1995 to more than US$123 billion last year.",
            "The past ten months of this year saw bilateral trade turnover reach more than US$90.1 billion, of which exports hit more than US$78.6 billion and imports stood at US$11.5 billion.",
        ];
        let figures = read(&text, PartialDate::year(2022), true);
        assert!(figures.contains(&"2022 123000000000 TwoWayTrade".to_string()), "{figures:?}");
        assert!(figures.contains(&"2023-01/2023-10 90100000000 TwoWayTrade".to_string()), "{figures:?}");
        assert!(figures.contains(&"2023-01/2023-10 11500000000 UsExportsToVn".to_string()), "{figures:?}");
        assert!(!figures.iter().any(|f| f.starts_with("2021") || f.starts_with("2022-01")), "{figures:?}");
    }

    #[test]
    fn an_unknown_this_year_or_last_year_is_not_guessed() {
        // VnExpress, no date line: "last year" and "this year" cannot be placed.
        let text = ["But Dung noted that trade turnover between Vietnam and the U.S. has been increasing significantly in recent years, from $7.8 billion in 2005 to $54 billion last year."];
        assert_eq!(read(&text, PartialDate::year(2005), true), ["2005 7800000000 TwoWayTrade"]);
        let text = ["During the past 10 months of the year, Vietnamese exports to the US surged by 21% to US$93 billion against the same period from last year."];
        assert!(read(&text, PartialDate::year(2021), true).is_empty());
        // Counter-example: a text whose date is stated places both.
        let text = ["Vietnam's exports to the US reached $54 billion last year."];
        assert_eq!(read(&text, PartialDate::day(2018, 9, 12).unwrap_or(PartialDate::year(2018)), false), ["2017 54000000000 VnExportsToUs"]);
    }
}
