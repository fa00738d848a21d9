//! Calendar dates as the articles state them: a year, a month or a day, never more precise
//! than the text, and spans with a start and an end.

use std::fmt;

/// How much of a date the text gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A date known to a year, a month or a day. `month` and `day` are 0 when unknown, so the
/// derived ordering sorts "2015" before "2015-07" before "2015-07-06".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl PartialDate {
    pub fn year(year: i32) -> Self {
        PartialDate { year, month: 0, day: 0 }
    }

    pub fn month(year: i32, month: u8) -> Self {
        PartialDate { year, month, day: 0 }
    }

    /// A day date; `None` when the day does not exist in that month.
    pub fn day(year: i32, month: u8, day: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(())?;
        (day >= 1 && day <= days_in_month(year, month)).then_some(PartialDate { year, month, day })
    }

    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    /// The first and last day this date covers, as day numbers (days since 0000-03-01).
    pub fn day_bounds(self) -> (i64, i64) {
        match self.precision() {
            Precision::Year => (day_number(self.year, 1, 1), day_number(self.year, 12, 31)),
            Precision::Month => (
                day_number(self.year, self.month, 1),
                day_number(self.year, self.month, days_in_month(self.year, self.month)),
            ),
            Precision::Day => {
                let d = day_number(self.year, self.month, self.day);
                (d, d)
            }
        }
    }

    /// Months since year 0, counting a year-only date as its January.
    pub fn month_index(self) -> i64 {
        self.year as i64 * 12 + self.month.max(1) as i64 - 1
    }

    /// The day of the week of a day date, Monday = 0; `None` for year or month dates.
    pub fn weekday(self) -> Option<u8> {
        (self.precision() == Precision::Day).then(|| {
            // 2000-01-01 was a Saturday (5).
            let since = day_number(self.year, self.month, self.day) - day_number(2000, 1, 1);
            (since + 5).rem_euclid(7) as u8
        })
    }

    /// The date `days` after this day date (negative: before); year or month dates are kept.
    pub fn add_days(self, days: i64) -> Self {
        if self.precision() != Precision::Day {
            return self;
        }
        from_day_number(day_number(self.year, self.month, self.day) + days)
    }
}

impl fmt::Display for PartialDate {
    /// ISO 8601 at the date's own precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision() {
            Precision::Year => write!(f, "{:04}", self.year),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

/// A point date or a span. `approximate` marks spans read from words like "late 2013" or
/// "recently", whose bounds are the reader's best guess rather than the text's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateRange {
    pub start: PartialDate,
    pub end: Option<PartialDate>,
    pub approximate: bool,
}

impl DateRange {
    pub fn point(date: PartialDate) -> Self {
        DateRange { start: date, end: None, approximate: false }
    }

    pub fn span(start: PartialDate, end: PartialDate) -> Self {
        DateRange { start, end: Some(end), approximate: false }
    }

    pub fn approximate(start: PartialDate, end: PartialDate) -> Self {
        DateRange { start, end: Some(end), approximate: true }
    }

    /// The first and last day covered.
    pub fn day_bounds(self) -> (i64, i64) {
        let (first, last) = self.start.day_bounds();
        match self.end {
            Some(end) => (first, end.day_bounds().1.max(first)),
            None => (first, last),
        }
    }

    /// The number of days covered: a smaller number is a more precise statement.
    pub fn width_days(self) -> i64 {
        let (first, last) = self.day_bounds();
        last - first + 1
    }

    pub fn overlaps(self, other: DateRange) -> bool {
        let (a0, a1) = self.day_bounds();
        let (b0, b1) = other.day_bounds();
        a0 <= b1 && b0 <= a1
    }

    /// Whether `other` lies wholly inside this range.
    pub fn contains(self, other: DateRange) -> bool {
        let (a0, a1) = self.day_bounds();
        let (b0, b1) = other.day_bounds();
        a0 <= b0 && b1 <= a1
    }

    /// The gap in days between the two ranges, 0 when they overlap.
    pub fn gap_days(self, other: DateRange) -> i64 {
        let (a0, a1) = self.day_bounds();
        let (b0, b1) = other.day_bounds();
        (b0 - a1).max(a0 - b1).max(0)
    }

    /// The calendar year the range starts in.
    pub fn year(self) -> i32 {
        self.start.year
    }
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.end {
            Some(end) => write!(f, "{}/{}", self.start, end),
            None => write!(f, "{}", self.start),
        }
    }
}

impl DateRange {
    /// The date as a reader of `lang` says it: `human` in English; "tháng 11/2000",
    /// "6–10/7/2015", "cuối năm 2013" in Vietnamese.
    pub fn human_in(self, lang: crate::i18n::Lang) -> String {
        match lang {
            crate::i18n::Lang::En => self.human(),
            crate::i18n::Lang::Vi => crate::i18n::date_vi(self),
        }
    }

    /// The date as a reader says it, at its real precision: "2016", "Nov 2000", "12 Jul 1995",
    /// "6–10 Jul 2015", "2013–2017", "late 2013" for approximate spans.
    pub fn human(self) -> String {
        let short = |m: u8| MONTH_NAMES.get(m.wrapping_sub(1) as usize).map(|n| &n[..3]).unwrap_or("");
        let one = |d: PartialDate| match d.precision() {
            Precision::Year => d.year.to_string(),
            Precision::Month => format!("{} {}", short(d.month), d.year),
            Precision::Day => format!("{} {} {}", d.day, short(d.month), d.year),
        };
        let Some(end) = self.end else { return one(self.start) };
        if self.approximate {
            if self.start.year == end.year && self.start.precision() == Precision::Month {
                let part = match (self.start.month, end.month) {
                    (1, _) => "early",
                    (9, 12) => "late",
                    (5, _) => "mid",
                    _ => "",
                };
                if !part.is_empty() {
                    return format!("{part} {}", self.start.year);
                }
            }
            return format!("c. {}–{}", one(self.start), one(end));
        }
        let (s, e) = (self.start, end);
        match (s.precision(), e.precision()) {
            (Precision::Day, Precision::Day) if s.year == e.year && s.month == e.month => {
                format!("{}–{} {} {}", s.day, e.day, short(s.month), s.year)
            }
            (Precision::Day, Precision::Day) if s.year == e.year => {
                format!("{} {} – {} {} {}", s.day, short(s.month), e.day, short(e.month), s.year)
            }
            (Precision::Year, Precision::Year) => format!("{}–{}", s.year, e.year),
            _ => format!("{} – {}", one(s), one(e)),
        }
    }
}

pub const MONTH_NAMES: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
];

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 0000-03-01 (the civil-from-days algorithm); any month and day are clamped.
fn day_number(year: i32, month: u8, day: u8) -> i64 {
    let month = month.clamp(1, 12) as i64;
    let year = year as i64 - if month <= 2 { 1 } else { 0 };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day.max(1) as i64 - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era
}

fn from_day_number(number: i64) -> PartialDate {
    let era = number.div_euclid(146_097);
    let day_of_era = number - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_from_march + 2) / 5 + 1) as u8;
    let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 } as u8;
    let year = year_of_era + era * 400 + if month <= 2 { 1 } else { 0 };
    PartialDate { year: year.clamp(i32::MIN as i64, i32::MAX as i64) as i32, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_at_its_own_precision() {
        assert_eq!(PartialDate::year(2015).to_string(), "2015");
        assert_eq!(PartialDate::month(2000, 11).to_string(), "2000-11");
        assert_eq!(PartialDate::day(2015, 7, 6).unwrap().to_string(), "2015-07-06");
        assert_eq!(PartialDate::day(2023, 2, 29), None);
    }

    #[test]
    fn adds_days_across_months_and_years() {
        let d = PartialDate::day(2015, 7, 12).unwrap();
        assert_eq!(d.add_days(-7).to_string(), "2015-07-05");
        assert_eq!(PartialDate::day(2000, 12, 31).unwrap().add_days(1).to_string(), "2001-01-01");
        assert_eq!(PartialDate::day(2024, 3, 1).unwrap().add_days(-1).to_string(), "2024-02-29");
    }

    #[test]
    fn knows_the_day_of_the_week() {
        assert_eq!(PartialDate::day(2023, 9, 11).unwrap().weekday(), Some(0), "a Monday");
        assert_eq!(PartialDate::day(2015, 7, 12).unwrap().weekday(), Some(6), "a Sunday");
        assert_eq!(PartialDate::month(2015, 7).weekday(), None);
    }

    #[test]
    fn says_dates_as_a_reader_would() {
        let day = |y, m, d| PartialDate::day(y, m, d).unwrap();
        assert_eq!(DateRange::point(PartialDate::month(2000, 11)).human(), "Nov 2000");
        assert_eq!(DateRange::point(PartialDate::year(2016)).human(), "2016");
        assert_eq!(DateRange::point(day(1995, 7, 12)).human(), "12 Jul 1995");
        assert_eq!(DateRange::span(day(2015, 7, 6), day(2015, 7, 10)).human(), "6–10 Jul 2015");
        assert_eq!(DateRange::span(PartialDate::year(2013), PartialDate::year(2017)).human(), "2013–2017");
        assert_eq!(DateRange::approximate(PartialDate::month(2013, 9), PartialDate::month(2013, 12)).human(), "late 2013");
    }

    #[test]
    fn approximate_spans_carry_the_edtf_mark_in_json() {
        let late_2013 = DateRange::approximate(PartialDate::month(2013, 9), PartialDate::month(2013, 12));
        let ranges = [late_2013, DateRange::point(PartialDate::year(1995)), DateRange::span(PartialDate::month(2023, 1), PartialDate::month(2023, 6))];
        assert_eq!(crate::json_out::to_string(&ranges[..]), r#"["2013-09~/2013-12~","1995","2023-01/2023-06"]"#);
    }

    #[test]
    fn ranges_overlap_and_contain() {
        let year = DateRange::point(PartialDate::year(2015));
        let visit = DateRange::span(PartialDate::day(2015, 7, 6).unwrap(), PartialDate::day(2015, 7, 10).unwrap());
        assert!(year.contains(visit));
        assert!(!visit.contains(year));
        assert_eq!(visit.width_days(), 5);
        let next = DateRange::point(PartialDate::month(2016, 1));
        assert!(!year.overlaps(next));
        assert_eq!(year.gap_days(next), 1);
        assert_eq!(visit.to_string(), "2015-07-06/2015-07-10");
    }
}
