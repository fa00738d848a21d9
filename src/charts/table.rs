//! The charts' data as plain rows: the text alternative a screen reader gets instead of the
//! canvas, and the CSV download. Pure: no drawing, and `to_csv` quotes as RFC 4180 does.

use crate::i18n::{Key, Lang};
use super::events_per_year::counts;
use super::growth::{claim_words_in, GrowthAnalysis};
use crate::model::{Category, Event, Model};

/// One trade figure as the articles report it.
#[derive(Clone, Debug, PartialEq)]
pub struct TradeRow {
    /// Index into `Model::trade`.
    pub figure: usize,
    /// ISO 8601: "2022", "2023-01/2023-06".
    pub period: String,
    /// As a reader says it: "Jan 2023 – Jun 2023".
    pub period_label: String,
    pub measure: &'static str,
    /// Billions of US dollars.
    pub billions: f64,
    /// "over", "nearly", "about" or empty.
    pub qualifier: &'static str,
    pub derived: bool,
    pub partial_year: bool,
    /// What a reader must know about the number, in words: "derived from a stated change",
    /// "part of a year", "no period given: the article's year"; empty for a plain report.
    pub note: String,
    pub article: String,
    pub quote: String,
}

impl TradeRow {
    pub const HEADER: [&'static str; 8] =
        ["period", "measure", "value_billion_usd", "qualifier", "derived", "part_of_year", "article", "quote"];

    pub fn fields(&self) -> Vec<String> {
        vec![
            self.period.clone(),
            self.measure.to_string(),
            self.billions.to_string(),
            self.qualifier.to_string(),
            self.derived.to_string(),
            self.partial_year.to_string(),
            self.article.clone(),
            self.quote.clone(),
        ]
    }
}

/// Every money figure of the model, in the model's order (row `i` is `model.trade[i]`).
pub fn trade_rows(model: &Model) -> Vec<TradeRow> {
    trade_rows_in(model, Lang::En)
}

/// The rows with their words in `lang`, for the page's table (the CSV is always English).
pub fn trade_rows_in(model: &Model, lang: Lang) -> Vec<TradeRow> {
    model
        .trade
        .iter()
        .enumerate()
        .map(|(i, f)| TradeRow {
            figure: i,
            period: f.period.to_string(),
            period_label: f.period.human_in(lang),
            measure: f.measure.label_in(lang),
            billions: f.value_usd as f64 / 1e9,
            qualifier: f.qualifier.label_in(lang),
            derived: f.derived,
            partial_year: f.partial_year,
            note: [
                (f.derived, lang.t(Key::RowDerived)),
                (f.partial_year, lang.t(Key::RowPartYear)),
                (f.period_inferred, lang.t(Key::RowNoPeriod)),
            ]
            .iter()
            .filter(|(applies, _)| *applies)
            .map(|(_, words)| *words)
            .collect::<Vec<_>>()
            .join("; "),
            article: f.doc.clone(),
            quote: f.quote.clone(),
        })
        .collect()
}

/// Every money figure as a CSV document, for the download.
pub fn trade_csv(model: &Model) -> String {
    to_csv(&TradeRow::HEADER, trade_rows(model).iter().map(TradeRow::fields))
}

/// One reported year of two-way trade, as the growth chart draws it.
#[derive(Clone, Debug, PartialEq)]
pub struct GrowthRow {
    pub year: i32,
    pub low_billions_usd: f64,
    pub high_billions_usd: f64,
    /// The multiple since the first reported year, lowest and highest.
    pub multiple: (f64, f64),
    /// Growth a year since the previous reported year, in percent, lowest and highest.
    pub annual_percent_since_previous: Option<(f64, f64)>,
}

impl GrowthRow {
    pub const HEADER: [&'static str; 7] = [
        "year",
        "low_billion_usd",
        "high_billion_usd",
        "multiple_low",
        "multiple_high",
        "annual_growth_percent_low",
        "annual_growth_percent_high",
    ];

    /// The header as the page's table shows it in `lang` (the CSV keeps `HEADER`).
    pub fn header_in(lang: Lang) -> [&'static str; 7] {
        [Key::ColYear, Key::ColLow, Key::ColHigh, Key::ColMultipleLow, Key::ColMultipleHigh, Key::ColGrowthLow, Key::ColGrowthHigh].map(|k| lang.t(k))
    }

    /// The fields as the page's table shows them: the language's decimal mark.
    pub fn fields_in(&self, lang: Lang) -> Vec<String> {
        let fields = self.fields();
        match lang {
            Lang::En => fields,
            Lang::Vi => fields.into_iter().map(|f| f.replace('.', ",")).collect(),
        }
    }

    pub fn fields(&self) -> Vec<String> {
        let rounded = |v: f64| format!("{v:.2}");
        let (growth_low, growth_high) = self.annual_percent_since_previous.map_or((String::new(), String::new()), |(l, h)| (rounded(l), rounded(h)));
        vec![
            self.year.to_string(),
            self.low_billions_usd.to_string(),
            self.high_billions_usd.to_string(),
            rounded(self.multiple.0),
            rounded(self.multiple.1),
            growth_low,
            growth_high,
        ]
    }
}

pub fn growth_rows(analysis: &GrowthAnalysis) -> Vec<GrowthRow> {
    analysis
        .years
        .iter()
        .map(|y| GrowthRow {
            year: y.year,
            low_billions_usd: y.low_usd as f64 / 1e9,
            high_billions_usd: y.high_usd as f64 / 1e9,
            multiple: y.multiple,
            annual_percent_since_previous: analysis.steps.iter().find(|s| s.to == y.year).map(|s| s.cagr_percent),
        })
        .collect()
}

/// The reported years of two-way trade, their multiples and growth, as a CSV document.
pub fn growth_csv(analysis: &GrowthAnalysis) -> String {
    to_csv(&GrowthRow::HEADER, growth_rows(analysis).iter().map(GrowthRow::fields))
}

/// One growth claim with its verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimRow {
    /// Index into `Model::growth`.
    pub claim: usize,
    /// "rise of more than 240 times from 1995 to 2022".
    pub claim_words: String,
    pub verdict: &'static str,
    pub explanation: String,
    pub article: String,
    pub quote: String,
}

impl ClaimRow {
    pub const HEADER: [&'static str; 5] = ["claim", "verdict", "explanation", "article", "quote"];

    pub fn fields(&self) -> Vec<String> {
        vec![self.claim_words.clone(), self.verdict.to_string(), self.explanation.clone(), self.article.clone(), self.quote.clone()]
    }
}

pub fn claim_rows(model: &Model, analysis: &GrowthAnalysis) -> Vec<ClaimRow> {
    claim_rows_in(model, analysis, Lang::En)
}

/// The rows with their words in `lang` (the analysis should be in `lang` too).
pub fn claim_rows_in(model: &Model, analysis: &GrowthAnalysis, lang: Lang) -> Vec<ClaimRow> {
    analysis
        .claims
        .iter()
        .filter_map(|check| {
            let claim = model.growth.get(check.claim)?;
            Some(ClaimRow {
                claim: check.claim,
                claim_words: claim_words_in(claim, lang),
                verdict: check.verdict.label_in(lang),
                explanation: check.explanation.clone(),
                article: claim.doc.clone(),
                quote: claim.quote.clone(),
            })
        })
        .collect()
}

/// The growth claims and their verdicts as a CSV document.
pub fn claims_csv(model: &Model, analysis: &GrowthAnalysis) -> String {
    to_csv(&ClaimRow::HEADER, claim_rows(model, analysis).iter().map(ClaimRow::fields))
}

/// One year of the events-per-year chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventsPerYearRow {
    pub year: i32,
    /// Indexed like `Category::ALL`.
    pub counts: [usize; Category::ALL.len()],
    pub total: usize,
}

impl EventsPerYearRow {
    /// "year", each category's label, "total".
    pub fn header() -> Vec<&'static str> {
        let mut header = vec!["year"];
        header.extend(Category::ALL.iter().map(|c| c.label()));
        header.push("total");
        header
    }

    /// The header as the page's table shows it in `lang`.
    pub fn header_in(lang: Lang) -> Vec<&'static str> {
        let mut header = vec![lang.t(Key::ColYear)];
        header.extend(Category::ALL.iter().map(|c| c.label_in(lang)));
        header.push(lang.t(Key::ColTotal));
        header
    }

    pub fn fields(&self) -> Vec<String> {
        let mut fields = vec![self.year.to_string()];
        fields.extend(self.counts.iter().map(usize::to_string));
        fields.push(self.total.to_string());
        fields
    }
}

/// The years with events, as the chart counts them (the same `events` it was given).
pub fn events_per_year_rows(events: &[&Event]) -> Vec<EventsPerYearRow> {
    counts(events).into_iter().map(|y| EventsPerYearRow { year: y.year, total: y.total(), counts: y.counts }).collect()
}

/// Events per year by category as a CSV document.
pub fn events_per_year_csv(events: &[&Event]) -> String {
    to_csv(&EventsPerYearRow::header(), events_per_year_rows(events).iter().map(EventsPerYearRow::fields))
}

/// A CSV document: the header, then one line per row, lines ended by CRLF. A field is quoted
/// when it holds a comma, a quote or a line break, and its quotes are doubled.
pub fn to_csv<I, R>(header: &[&str], rows: I) -> String
where
    I: IntoIterator<Item = R>,
    R: IntoIterator,
    R::Item: AsRef<str>,
{
    let mut csv = String::new();
    let mut line = |fields: &mut dyn Iterator<Item = &str>| {
        for (i, field) in fields.enumerate() {
            if i > 0 {
                csv.push(',');
            }
            if field.contains([',', '"', '\n', '\r']) {
                csv.push('"');
                csv.push_str(&field.replace('"', "\"\""));
                csv.push('"');
            } else {
                csv.push_str(field);
            }
        }
        csv.push_str("\r\n");
    };
    line(&mut header.iter().copied());
    for row in rows {
        let fields: Vec<R::Item> = row.into_iter().collect();
        line(&mut fields.iter().map(|f| f.as_ref()));
    }
    csv
}

#[cfg(test)]
mod tests {
    use super::to_csv;

    #[test]
    fn fields_with_commas_quotes_and_line_breaks_are_quoted() {
        let rows = vec![
            vec!["plain", "a, b", "say \"hi\""],
            vec!["two\nlines", "", "carriage\rreturn"],
        ];
        assert_eq!(
            to_csv(&["x", "y", "z"], rows),
            "x,y,z\r\nplain,\"a, b\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,\"carriage\rreturn\"\r\n"
        );
    }

    #[test]
    fn a_header_alone_is_one_line() {
        assert_eq!(to_csv(&["year", "total"], Vec::<Vec<String>>::new()), "year,total\r\n");
    }
}
