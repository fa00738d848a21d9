//! Tables of trade figures: a header of columns ("Month Exports Imports Balance"), rows of a
//! month or a year and one number per column ("January 2015 528.0 2,693.4 -2,165.3"), a total
//! row ("TOTAL 2015 …"). A table is read only when the text says its unit ("All figures are in
//! millions of U.S. dollars") and whose trade it is ("U.S. trade in goods with Vietnam"): the
//! same "Exports" column is the US's goods in one and Vietnam's in the other, and a figure
//! the engine is not sure of is better left out.

use super::parse_scaled;
use crate::extract::text::{month_number, tokenize, Kind, Token};
use crate::model::{DateRange, Measure, PartialDate};

/// A figure read from one cell of a table.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub period: DateRange,
    pub partial_year: bool,
    pub measure: Measure,
    pub value_usd: u64,
    /// Byte span of the row's line and of the cell's number in the text.
    pub line: (usize, usize),
    pub cell: (usize, usize),
}

/// How many lines above a header its unit note and its title may sit.
const ABOVE: usize = 8;

/// What a column holds, from its header word.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Column {
    Exports,
    Imports,
    TwoWay,
    /// A balance, or a column the reader does not know: read past, never kept.
    Skip,
}

/// Whose trade a table tells: its "Exports" are the US's goods to Vietnam, or Vietnam's to the US.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Side {
    Us,
    Vietnam,
}

/// Every figure of every table in the lines of `text` between bytes `from` and `to` (the
/// article's body, without the page furniture after it).
pub fn read(text: &str, from: usize, to: usize) -> Vec<Cell> {
    let mut cells = Vec::new();
    let mut pos = text.get(..from).and_then(|head| head.rfind('\n')).map_or(0, |k| k + 1);
    while let Some((start, end)) = line_at(text, pos).filter(|&(start, _)| start <= to) {
        pos = end + 1;
        // Only a line that opens with a header's first word is tokenized: a byte test, as the
        // text around a table is read by the sentence scanner already.
        if !opens_a_header(&text.as_bytes()[start..end]) {
            continue;
        }
        let Some(columns) = header(&tokenize(text, start, end)) else { continue };
        let above = lines_above(text, start);
        let unit = above.iter().find_map(|&(s, e)| unit_of(&tokenize(text, s, e)));
        let side = above.iter().find_map(|&(s, e)| side_of(&tokenize(text, s, e)));
        let (Some(unit), Some(side)) = (unit, side) else { continue };
        let mut months: Vec<(i32, u8)> = Vec::new();
        while let Some((s, e)) = line_at(text, pos) {
            let tokens = tokenize(text, s, e);
            let Some((label, values)) = row(&tokens, columns.len()) else { break };
            pos = e + 1;
            let (period, partial_year) = match label {
                Label::Month(year, month) => {
                    months.push((year, month));
                    (DateRange::point(PartialDate::month(year, month)), true)
                }
                Label::Year(year) => (DateRange::point(PartialDate::year(year)), false),
                Label::Total(year) => total_period(year, &months),
            };
            for (column, &(value_at, negative)) in columns.iter().zip(&values) {
                let measure = match (column, side) {
                    (Column::Exports, Side::Us) | (Column::Imports, Side::Vietnam) => Measure::UsExportsToVn,
                    (Column::Exports, Side::Vietnam) | (Column::Imports, Side::Us) => Measure::VnExportsToUs,
                    (Column::TwoWay, _) => Measure::TwoWayTrade,
                    (Column::Skip, _) => continue,
                };
                let number = &tokens[value_at];
                let Some(value_usd) = parse_scaled(&number.folded, unit).filter(|_| !negative) else { continue };
                cells.push(Cell { period, partial_year, measure, value_usd, line: (s, e), cell: (number.start, number.end) });
            }
        }
    }
    cells
}

/// Whether a line opens with "Month", "Year" or "Period", in any case, as a word.
fn opens_a_header(line: &[u8]) -> bool {
    let at = line.iter().position(|b| !matches!(b, b' ' | b'\t')).unwrap_or(line.len());
    let rest = &line[at..];
    [&b"month"[..], b"year", b"period"].iter().any(|w| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w) && rest.get(w.len()).is_none_or(|b| !b.is_ascii_alphabetic()))
}

/// The line starting at byte `pos` (without its line end), `None` past the text's end.
fn line_at(text: &str, pos: usize) -> Option<(usize, usize)> {
    let rest = text.get(pos..)?;
    Some((pos, rest.find('\n').map_or(text.len(), |k| pos + k)))
}

/// The lines above the one starting at `start`, nearest first, at most `ABOVE` of them.
fn lines_above(text: &str, start: usize) -> Vec<(usize, usize)> {
    let mut lines = Vec::new();
    let mut end = start;
    while end > 0 && lines.len() < ABOVE {
        let line_end = end - 1;
        let line_start = text[..line_end].rfind('\n').map_or(0, |k| k + 1);
        lines.push((line_start, line_end));
        end = line_start;
    }
    lines
}

/// "Month Exports Imports Balance", "Year Exports Imports Total Trade": a first column of
/// periods, then only column words, one of them exports or imports.
fn header(tokens: &[Token]) -> Option<Vec<Column>> {
    let (first, rest) = tokens.split_first()?;
    if !first.is_any(&["month", "year", "period"]) || rest.is_empty() || rest.len() > 8 {
        return None;
    }
    let mut columns = Vec::new();
    for t in rest {
        let column = match t.folded.as_str() {
            "exports" | "export" => Column::Exports,
            "imports" | "import" => Column::Imports,
            "total" | "turnover" => Column::TwoWay,
            // "Total Trade", "Two-way trade": one column of two words.
            "trade" if columns.last() == Some(&Column::TwoWay) => continue,
            "two" | "-" => continue,
            "trade" => Column::TwoWay,
            "balance" => Column::Skip,
            _ => return None,
        };
        columns.push(column);
    }
    columns.iter().any(|c| matches!(c, Column::Exports | Column::Imports)).then_some(columns)
}

/// "All figures are in millions of U.S. dollars", "(million USD)", "in US$ billion": the
/// multiplier of a table's numbers.
fn unit_of(tokens: &[Token]) -> Option<u128> {
    let dollars = tokens.iter().any(|t| t.is_any(&["dollars", "dollar", "usd", "$"]));
    let unit = tokens.iter().find_map(|t| match t.folded.as_str() {
        "millions" | "million" => Some(1_000_000),
        "billions" | "billion" => Some(1_000_000_000),
        "thousands" | "thousand" => Some(1_000),
        _ => None,
    });
    // A unit note speaks of the figures or of what they are in, not of one amount.
    let note = tokens.iter().any(|t| t.is_any(&["figures", "in", "values", "unit"])) || tokens.first().is_some_and(|t| t.is("("));
    unit.filter(|_| dollars && note && !tokens.iter().any(|t| t.kind == Kind::Number))
}

/// "U.S. trade in goods with Vietnam" (the US's side), "Vietnam's trade with the US" (Vietnam's).
fn side_of(tokens: &[Token]) -> Option<Side> {
    let with = tokens.iter().position(|t| t.is("with"))?;
    let trade = tokens[..with].iter().any(|t| t.is_any(&["trade", "exports", "imports"]));
    let partner = tokens.get(with + 1..)?.iter().find(|t| !t.is("the"))?;
    match partner.folded.as_str() {
        _ if !trade => None,
        "vietnam" | "viet" => Some(Side::Us),
        "us" | "united" | "america" => Some(Side::Vietnam),
        _ => None,
    }
}

/// The period a row is labelled with.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Label {
    Month(i32, u8),
    Year(i32),
    Total(i32),
}

/// "January 2015 528.0 2,693.4 -2,165.3": the label and, per column, the index of its number
/// and whether it is negative; `None` when the line is not a row of `columns` numbers.
fn row(tokens: &[Token], columns: usize) -> Option<(Label, Vec<(usize, bool)>)> {
    let year_at = |i: usize| tokens.get(i).and_then(|t| t.integer()).filter(|y| (1900..=2100).contains(y)).map(|y| y as i32);
    let first = tokens.first()?;
    let (label, mut i) = if let Some(month) = month_number(&first.folded).filter(|_| first.capitalized) {
        (Label::Month(year_at(1)?, month), 2)
    } else if first.is("total") {
        (Label::Total(year_at(1)?), 2)
    } else {
        (Label::Year(year_at(0)?), 1)
    };
    let mut values = Vec::new();
    while i < tokens.len() {
        let negative = tokens[i].is("-");
        i += usize::from(negative);
        let number = tokens.get(i).filter(|t| t.kind == Kind::Number)?;
        // A number glued to the next one is not a column of its own.
        if tokens.get(i + 1).is_some_and(|next| next.start == number.end) {
            return None;
        }
        values.push((i, negative));
        i += 1;
    }
    (values.len() == columns).then_some((label, values))
}

/// A total row sums the months above it: January to October 2015 is that span, all twelve a
/// year, none (a table of years) the year.
fn total_period(year: i32, months: &[(i32, u8)]) -> (DateRange, bool) {
    let of_year: Vec<u8> = months.iter().filter(|(y, _)| *y == year).map(|(_, m)| *m).collect();
    match (of_year.iter().min(), of_year.iter().max()) {
        (Some(&1), Some(&12)) | (None, None) => (DateRange::point(PartialDate::year(year)), false),
        (Some(&from), Some(&to)) => (DateRange::span(PartialDate::month(year, from), PartialDate::month(year, to)), true),
        _ => (DateRange::point(PartialDate::year(year)), false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str) -> Vec<String> {
        read(text, 0, text.len()).iter().map(|c| format!("{} {:?} {}", c.period, c.measure, c.value_usd)).collect()
    }

    #[test]
    fn a_monthly_table_with_its_unit_and_side() {
        let text = "2015: U.S. trade in goods with Vietnam\n\nNOTE: All figures are in millions of U.S. dollars on a nominal basis.\n\nMonth Exports Imports Balance\nJanuary 2015 528.0 2,693.4 -2,165.3\nFebruary 2015 505.2 2,330.2 -1,825.0\nTOTAL 2015 1,033.2 5,023.6 -3,990.3\n\n2014: U.S. trade";
        assert_eq!(
            cells(text),
            [
                "2015-01 UsExportsToVn 528000000",
                "2015-01 VnExportsToUs 2693400000",
                "2015-02 UsExportsToVn 505200000",
                "2015-02 VnExportsToUs 2330200000",
                "2015-01/2015-02 UsExportsToVn 1033200000",
                "2015-01/2015-02 VnExportsToUs 5023600000",
            ]
        );
    }

    #[test]
    fn a_yearly_table_from_vietnams_side() {
        let text = "Vietnam's trade with the United States\n(million USD)\nYear Exports Imports Total trade\n2019 61,300 14,400 75,700\n2020 77,000 13,700 90,700";
        assert_eq!(
            cells(text),
            [
                "2019 VnExportsToUs 61300000000",
                "2019 UsExportsToVn 14400000000",
                "2019 TwoWayTrade 75700000000",
                "2020 VnExportsToUs 77000000000",
                "2020 UsExportsToVn 13700000000",
                "2020 TwoWayTrade 90700000000",
            ]
        );
    }

    #[test]
    fn tables_without_unit_or_side_or_of_another_shape_are_not_read() {
        // No unit: the numbers could be tonnes or percent.
        assert!(cells("U.S. trade in goods with Vietnam\nMonth Exports Imports Balance\nJanuary 2015 528.0 2,693.4 -2,165.3").is_empty());
        // No side: "Exports" of whom?
        assert!(cells("All figures are in millions of U.S. dollars.\nMonth Exports Imports Balance\nJanuary 2015 528.0 2,693.4 -2,165.3").is_empty());
        // Trade with another country.
        assert!(cells("U.S. trade in goods with China\nAll figures are in millions of U.S. dollars.\nMonth Exports Imports Balance\nJanuary 2015 528.0 2,693.4 -2,165.3").is_empty());
        // A row with a missing cell ends the table.
        assert!(cells("U.S. trade in goods with Vietnam\nAll figures are in millions of U.S. dollars.\nMonth Exports Imports Balance\nJanuary 2015 528.0 2,693.4").is_empty());
        // A prose line that opens with a month is no row.
        assert!(cells("U.S. trade in goods with Vietnam\nAll figures are in millions of U.S. dollars.\nMonth Exports Imports Balance\nJanuary 2015 saw exports of 528.0 and imports of 2,693.4").is_empty());
    }
}
