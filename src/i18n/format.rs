//! Numbers, amounts and dates as each language writes them: "123.86" and "1,000" in English,
//! "123,86" and "1.000" in Vietnamese; "US$451 million" and "451 triệu USD"; "Nov 2000" and
//! "tháng 11/2000". The English forms are the model's own (`format_usd`, `DateRange::human`).

use super::{Key, Lang};
use crate::model::date::{DateRange, PartialDate, Precision};

/// A number with `decimals` decimals, in the language's decimal mark.
pub fn number_in(lang: Lang, value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    match lang {
        Lang::En => text,
        Lang::Vi => text.replace('.', ","),
    }
}

/// A whole number with thousands separated: "1,000" / "1.000".
pub fn thousands_in(lang: Lang, value: usize) -> String {
    let digits = value.to_string();
    let mark = if lang == Lang::Vi { '.' } else { ',' };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(mark);
        }
        out.push(c);
    }
    out
}

/// Whole dollars as the language writes them: "US$123.86 billion", "123,86 tỷ USD".
pub fn format_usd_in(lang: Lang, value: u64) -> String {
    if lang == Lang::En {
        return crate::model::money::format_usd(value);
    }
    let (unit, key) = if value >= 1_000_000_000 {
        (1_000_000_000u64, Key::Billion)
    } else if value >= 1_000_000 {
        (1_000_000, Key::Million)
    } else {
        return lang.f(Key::Dollars, &[&value]);
    };
    let hundredths_total = (value as u128 * 100 + unit as u128 / 2) / unit as u128;
    let (whole, hundredths) = ((hundredths_total / 100) as u64, (hundredths_total % 100) as u64);
    let amount = if hundredths == 0 {
        whole.to_string()
    } else if hundredths % 10 == 0 {
        format!("{whole},{}", hundredths / 10)
    } else {
        format!("{whole},{hundredths:02}")
    };
    lang.f(key, &[&amount])
}

/// A date range in Vietnamese: "năm 2016", "tháng 11/2000", "12/7/1995", "6–10/7/2015",
/// "cuối năm 2013".
pub(crate) fn date_vi(range: DateRange) -> String {
    let lang = Lang::Vi;
    let one = |d: PartialDate| match d.precision() {
        Precision::Year => lang.f(Key::DateYear, &[&d.year]),
        Precision::Month => lang.f(Key::DateMonth, &[&format!("{}/{}", d.month, d.year)]),
        Precision::Day => format!("{}/{}/{}", d.day, d.month, d.year),
    };
    let Some(end) = range.end else { return one(range.start) };
    let (s, e) = (range.start, end);
    if range.approximate {
        if s.year == e.year && s.precision() == Precision::Month {
            let part = match (s.month, e.month) {
                (1, _) => Some(Key::DateEarly),
                (9, 12) => Some(Key::DateLate),
                (5, _) => Some(Key::DateMid),
                _ => None,
            };
            if let Some(part) = part {
                return lang.f(part, &[&s.year]);
            }
        }
        return lang.f(Key::DateAbout, &[&one(s), &one(e)]);
    }
    match (s.precision(), e.precision()) {
        (Precision::Day, Precision::Day) if s.year == e.year && s.month == e.month => format!("{}–{}/{}/{}", s.day, e.day, s.month, s.year),
        (Precision::Day, Precision::Day) if s.year == e.year => format!("{}/{} – {}/{}/{}", s.day, s.month, e.day, e.month, s.year),
        (Precision::Month, Precision::Month) if s.year == e.year => lang.f(Key::DateMonth, &[&format!("{}–{}/{}", s.month, e.month, s.year)]),
        (Precision::Year, Precision::Year) => format!("{}–{}", s.year, e.year),
        _ => format!("{} – {}", one(s), one(e)),
    }
}
