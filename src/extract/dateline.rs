//! The article's own date, read from its metadata lines rather than from its story: a date
//! line ("Jun 12, 2021 / 05:49", "19:39 14/11/2017"), a byline or release line ("BBC News |
//! 9 December 2006", "For Immediate Release July 13, 2000"), a keyword line ("Updated July
//! 2010", "Published: 21 June, 2005, 22:22:57 (GMT+7)"), and a wire dateline, which has no
//! year ("HANOI, Nov. 17 --", "April 15 (UPI) --").
//!
//! A line counts only when everything around its date is metadata: a keyword, a short lead
//! (an outlet, a weekday, a time) and a tail of times and time zones. A sentence that merely
//! names a date ("On July 7, 1991 the office opened") is the story, not its date.

use super::dates::{self, Context, Stated};
use super::text::{month_number, Kind, Token};
use crate::model::PartialDate;

/// Words that announce the article's date, folded, as token runs.
const KEYWORDS: [&[&str]; 15] = [
    &["first", "published"],
    &["last", "updated"],
    &["last", "modified"],
    &["modified"],
    &["created"],
    &["published"],
    &["updated"],
    &["posted"],
    &["date"],
    &["release", "date"],
    &["released"],
    &["for", "immediate", "release"],
    // "Submitted by ctv_en_4 on Wed, 06/25/2008 - 09:20" (a CMS's byline).
    &["submitted"],
    // "Release Date Revised Jan. 2, 2009": a revision's date qualifies the release's.
    &["revised"],
    // "Office of the Press Secretary November 17, 2000".
    &["office", "of", "the", "press", "secretary"],
];

/// Words that announce the date only inside a credit, after a field separator: "(Source: US
/// Embassy in Vietnam; issued May 26, 2017)". At a line's start "Issued" may open a sentence.
const CREDIT_KEYWORDS: [&[&str]; 1] = [&["issued"]];

/// Words of a clock time or a time zone after a date: "12:15 PM CDT", "03:50 (UTC +04:00)".
const TIME_WORDS: [&str; 33] = [
    "am", "pm", "a", "p", "m", "h", "hrs", "gmt", "utc", "ict", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst",
    "mdt", "pt", "pst", "pdt", "bst", "cet", "cest", "jst", "kst", "hkt", "sgt", "local", "time", "ist", "at",
];

/// Punctuation that separates the fields of a metadata line: "Nov 01, 2023 / 11:15".
const SEPARATORS: [&str; 11] = ["|", "/", "-", ",", ":", ".", "(", ")", "+", "•", "·"];

/// Weekdays, which may lead a byline date: "Saturday, November 18, 2006", "Wed, 06/25/2008".
const WEEKDAYS: [&str; 17] = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat", "sun",
];

/// At most this many tokens of a credit come before its keyword: "(Source: US Embassy in
/// Vietnam;" is eight.
const MAX_CREDIT_LEAD: usize = 12;

/// At most this many tokens name the author between a keyword's "by" and "on": "Submitted by
/// ctv_en_4 on", "First published by Ohmynews on".
const MAX_BY_TOKENS: usize = 8;

/// At most this many words before the date on a line without a keyword: "Other News Materials".
const MAX_LEAD_WORDS: usize = 4;

/// A date as a metadata line writes it: in words, or in figures whose order (day or month
/// first) the text's own habit decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineDate {
    Date(PartialDate),
    /// "7/8/2005": the first and second numbers, and the year.
    Numeric { first: u8, second: u8, year: i32 },
}

/// Which number comes first in a date written in figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    DayFirst,
    MonthFirst,
    /// The text does not say: an ambiguous date keeps only its year.
    Unknown,
}

impl LineDate {
    /// The date, at the precision the figures allow: "14/11/2017" is day first whatever the
    /// order, "7/8/2005" needs the text's order, and without it is only 2005.
    pub fn resolve(self, order: Order) -> PartialDate {
        let (first, second, year) = match self {
            LineDate::Date(date) => return date,
            LineDate::Numeric { first, second, year } => (first, second, year),
        };
        let day_first = match order {
            _ if first > 12 => Some(true),
            _ if second > 12 => Some(false),
            Order::DayFirst => Some(true),
            Order::MonthFirst => Some(false),
            Order::Unknown => None,
        };
        let (day, month) = match day_first {
            Some(true) => (first, second),
            Some(false) => (second, first),
            None => return PartialDate::year(year),
        };
        PartialDate::day(year, month, day).unwrap_or(PartialDate::year(year))
    }
}

/// A metadata line's date and the token its body starts at (`tokens.len()` when the line is
/// nothing but metadata).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateLine {
    pub date: LineDate,
    pub body_from: usize,
    /// Announced by a keyword ("Published:", "Updated"), which a footer line must be.
    pub keyword: bool,
    /// The order its clock implies for figures: see `clock_order`.
    pub clock: Order,
    /// The line opens with a date in figures and goes on with text ("95/10/03 Remarks by
    /// Secretary Christopher"): an archive's header, unless every line of a chronology does so.
    pub leading_figures: bool,
}

/// The date of a metadata line: see the module's description.
pub fn date_line(tokens: &[Token]) -> Option<DateLine> {
    date_line_from_start(tokens).or_else(|| credit_date(tokens)).or_else(|| glued_byline(tokens))
}

/// A copy's crawl stamp, " date 2019-05-24" opening the text: the day the page was stored or
/// listed, which a release's own date line below it ("May 23, 2019") outranks.
pub fn is_crawl_stamp(tokens: &[Token]) -> bool {
    let iso = |k: usize| tokens.get(k).is_some_and(|t| t.kind == Kind::Number && t.folded.len() == 4);
    tokens.first().is_some_and(|t| t.is("date")) && iso(1) && tokens.get(2).is_some_and(|t| t.is("-"))
}

/// At most this many words name the outlet of a byline run into its date.
const MAX_BYLINE_WORDS: usize = 8;

/// An outlet's byline with its date in figures run into it, the page's separator lost in
/// copying: "Báo Nhân dânBáo Nhân dân19/11/2024" (a platform that reprints a paper's item
/// under the paper's name). Only words before, and nothing but a clock after: the line is
/// metadata. Prose puts a space before a date.
fn glued_byline(tokens: &[Token]) -> Option<DateLine> {
    let at = tokens.iter().position(|t| t.kind != Kind::Word)?;
    if at == 0 || at > MAX_BYLINE_WORDS || tokens[at - 1].end != tokens[at].start {
        return None;
    }
    let (date, end) = figures_at(tokens, at)?;
    (after_time(tokens, end) >= tokens.len()).then(|| DateLine { date, body_from: tokens.len(), keyword: false, clock: clock_order(tokens), leading_figures: false })
}

/// A keyword inside a line of metadata, after a field separator or run into the field before
/// it, with nothing but the date and its time after it: "(Source: US Embassy in Vietnam;
/// issued May 26, 2017)", "Story Number: NNS031126-16Release Date: 11/27/2003 1:47:00 PM".
/// The whole line is metadata.
fn credit_date(tokens: &[Token]) -> Option<DateLine> {
    if let Some(found) = bracketed_date(tokens) {
        return Some(found);
    }
    let opens = |k: usize| {
        let glued = tokens[k - 1].end == tokens[k].start && tokens[k - 1].kind != Kind::Punct;
        glued || tokens[k - 1].is_any(&[";", "|"])
    };
    let at = (1..tokens.len().min(MAX_CREDIT_LEAD + 1)).find(|&k| opens(k) && (keyword_len(tokens, k) > 0 || credit_keyword_len(tokens, k) > 0))?;
    let skip = credit_keyword_len(tokens, at);
    let found = if skip > 0 { date_line_from_start(&tokens[at + skip..]) } else { date_line_from_start(&tokens[at..]) };
    // Without its keyword the rest must still be a date alone: "issued May 26, 2017)".
    let found = found.filter(|d| d.body_from >= tokens.len() - at - skip && (skip == 0 || d.date_is_day()))?;
    Some(DateLine { body_from: tokens.len(), keyword: true, leading_figures: false, ..found })
}

/// A keyword's date in brackets after a title, with nothing after it but more brackets:
/// "Vietnam-U.S. Normalization Process [Updated November 28, 2003] [open pdf - 101KB]". A
/// bracket in a sentence goes on with the sentence ("(released May 5) found that …").
fn bracketed_date(tokens: &[Token]) -> Option<DateLine> {
    let open = (1..tokens.len().min(MAX_CREDIT_LEAD + 1)).find(|&k| tokens[k - 1].is_any(&["[", "("]) && keyword_len(tokens, k) > 0)?;
    let closer = if tokens[open - 1].is("[") { "]" } else { ")" };
    let close = (open..tokens.len()).find(|&k| tokens[k].is(closer))?;
    let found = date_line_from_start(&tokens[open..close]).filter(|d| d.body_from >= close - open && d.date_is_day())?;
    let after = tokens.get(close + 1);
    after.is_none_or(|t| t.is_any(&["[", "("])).then_some(DateLine { body_from: tokens.len(), keyword: true, leading_figures: false, ..found })
}

fn credit_keyword_len(tokens: &[Token], i: usize) -> usize {
    phrase_len(&CREDIT_KEYWORDS, tokens, i)
}

impl DateLine {
    fn date_is_day(&self) -> bool {
        matches!(self.date, LineDate::Numeric { .. }) || matches!(self.date, LineDate::Date(d) if d.day != 0)
    }
}

/// "by Ohmynews on", "by ctv_en_4 on": an author between a keyword and its date; the index
/// past "on", or `i` when there is none.
fn after_author(tokens: &[Token], i: usize) -> usize {
    if !tokens.get(i).is_some_and(|t| t.is("by")) {
        return i;
    }
    let Some(on) = (i + 2..tokens.len().min(i + 2 + MAX_BY_TOKENS)).find(|&k| tokens[k].is("on")) else { return i };
    // A name or a user's handle, not a phrase: "by the embassy to the ministry on" is a story.
    let named = (i + 2..on).all(|k| tokens[k].capitalized || tokens[k].start == tokens[k - 1].end);
    if named {
        on + 1
    } else {
        i
    }
}

fn date_line_from_start(tokens: &[Token]) -> Option<DateLine> {
    let mut i = usize::from(tokens.first().is_some_and(|t| t.is_any(&["-", "*", "•"])));
    // "Reuters | Updated: 23-12-2020 05:15 IST": an outlet's name and a bar before the keyword.
    if let Some(bar) = tokens.iter().take(4).position(|t| t.is("|")) {
        let outlet = tokens[i..bar].iter().all(|t| t.kind == Kind::Word && t.capitalized);
        if bar > i && outlet && keyword_len(tokens, bar + 1) > 0 {
            i = bar + 1;
        }
    }
    let mut keyword = keyword_len(tokens, i);
    i += keyword;
    if keyword > 0 {
        // "Release Date Revised Jan. 2, 2009": a revision qualifies the first keyword.
        let more = if tokens.get(i).is_some_and(|t| t.is("revised")) { keyword_len(tokens, i) } else { 0 };
        keyword += more;
        i = after_author(tokens, i + more);
    }
    // "Published: 21 June", "Updated - 5 May", "Published on 5 January 2019".
    while keyword > 0 && tokens.get(i).is_some_and(|t| t.is_any(&[":", "-", "on"])) {
        i += 1;
    }
    let mut lead_words = 0;
    for at in i..tokens.len() {
        if let Some((date, end, in_figures)) = date_at(tokens, at) {
            let day_precise = in_figures || matches!(date, LineDate::Date(d) if d.day != 0);
            let body_from = after_report_number(tokens, after_time(tokens, end));
            if body_from >= tokens.len() {
                let found = DateLine { date, body_from, keyword: keyword > 0, clock: clock_order(tokens), leading_figures: false };
                return (keyword > 0 || day_precise).then_some(found);
            }
            let leading_figures = at == 0 && in_figures;
            // "Washington DC, 31 August 2022 (TDI): Deputy Secretary …": a wire dateline that
            // gives its year, a place before the date and the agency after it.
            if let Some(body) = agency_after(tokens, end).filter(|_| day_precise && keyword == 0 && lead_words > 0 && tokens[at - 1].is(",")) {
                return Some(DateLine { date, body_from: body, keyword: false, clock: clock_order(tokens), leading_figures: false });
            }
            // A keyword's date may follow its weekday: "DATE: FRIDAY, February 4, 1994 TAG: …".
            let followed_by_body = (keyword > 0 && lead_words == 0) || leading_figures;
            // "Xinhua, July 8, 2015 Adjust font size:": an outlet's byline, then a page
            // control's label.
            let byline = lead_words > 0 && keyword == 0 && tokens[at - 1].is(",");
            if day_precise && (is_furniture(&tokens[body_from..]) || is_page_controls(&tokens[body_from..]) || (byline && is_label(&tokens[body_from..]))) {
                let found = DateLine { date, body_from: tokens.len(), keyword: keyword > 0, clock: clock_order(tokens), leading_figures: false };
                return Some(found);
            }
            let found = DateLine { date, body_from, keyword: keyword > 0, clock: clock_order(tokens), leading_figures };
            return followed_by_body.then_some(found);
        }
        let t = &tokens[at];
        if is_time_part(t) || t.is_any(&WEEKDAYS) {
            continue;
        }
        lead_words += 1;
        let may_lead = t.kind == Kind::Word && (t.capitalized || t.is("by"));
        if keyword > 0 || !may_lead || lead_words > MAX_LEAD_WORDS {
            return None;
        }
    }
    None
}

/// "(TDI):", "(Reuters) -": an agency's name in brackets right after a date, then a colon or a
/// dash; the token the story starts at.
fn agency_after(tokens: &[Token], end: usize) -> Option<usize> {
    if !tokens.get(end).is_some_and(|t| t.is("(")) {
        return None;
    }
    let close = (end + 1..tokens.len().min(end + 5)).find(|&k| tokens[k].is(")"))?;
    let agency = close > end + 1 && tokens[end + 1..close].iter().all(|t| t.kind == Kind::Word && t.capitalized);
    let mut body = close + 1;
    if !agency || !tokens.get(body).is_some_and(|t| t.is_any(&[":", "-", "–", "—"])) {
        return None;
    }
    while tokens.get(body).is_some_and(|t| t.is_any(&[":", "-", "–", "—"])) {
        body += 1;
    }
    (body < tokens.len()).then_some(body)
}

/// Words a print archive writes after a page's date: "Sun, Nov 23, 2003 - Page 5 News List".
const MAX_FURNITURE_WORDS: usize = 4;

/// Whether what follows a day's date on its line is page furniture, not a story: a page
/// number and a few capitalized words, with no word of running prose (lower case) and no verb.
fn is_furniture(rest: &[Token]) -> bool {
    let words = rest.iter().filter(|t| t.kind == Kind::Word).count();
    let page = rest.iter().any(|t| t.is("page"));
    page && words <= MAX_FURNITURE_WORDS && rest.iter().all(|t| t.kind != Kind::Word || t.capitalized || is_time_part(t))
}

/// The buttons a page prints beside its date, folded: "Aug. 8, 2017 PRINT | E-MAIL".
const PAGE_CONTROLS: [&str; 11] = ["print", "email", "e-mail", "e", "mail", "share", "tweet", "comment", "comments", "save", "pdf"];

/// Whether what follows a day's date on its line is only a row of page controls and the bars
/// or dashes between them: no story starts with "PRINT".
fn is_page_controls(rest: &[Token]) -> bool {
    rest.iter().any(|t| t.kind == Kind::Word) && rest.iter().all(|t| t.is_any(&PAGE_CONTROLS) || t.is_any(&["|", "-", "/", "•", "·"]))
}

/// Whether what follows a byline's date is a page control's label: a few words ending in a
/// colon, with nothing after it ("Adjust font size:").
fn is_label(rest: &[Token]) -> bool {
    let words = rest.iter().filter(|t| t.kind == Kind::Word).count();
    (1..=MAX_FURNITURE_WORDS).contains(&words) && rest.last().is_some_and(|t| t.is(":")) && rest.iter().filter(|t| t.kind != Kind::Word).count() == 1
}

/// Whether a line's first word may open a keyword: the cheap test before tokenizing a line
/// far from the head, where only a keyword line ("Published: 21 June, 2005") is looked for.
pub fn may_open_keyword(first_word: &str) -> bool {
    KEYWORDS.iter().any(|words| words[0].eq_ignore_ascii_case(first_word))
}

/// How many tokens the keyword at `i` takes, 0 when there is none.
fn keyword_len(tokens: &[Token], i: usize) -> usize {
    phrase_len(&KEYWORDS, tokens, i)
}

/// How many tokens the first phrase of `table` that stands at `i` takes, 0 when none does.
fn phrase_len(table: &[&[&str]], tokens: &[Token], i: usize) -> usize {
    table.iter().find(|words| words.iter().enumerate().all(|(k, w)| tokens.get(i + k).is_some_and(|t| t.is(w)))).map_or(0, |words| words.len())
}

/// A line that is nothing but a keyword ("For Immediate Release:"): the date it announces
/// opens the next line.
pub fn keyword_alone(tokens: &[Token]) -> bool {
    let k = keyword_len(tokens, 0);
    k > 0 && tokens[k..].iter().all(|t| t.is_any(&[":", "-"]))
}

/// The day's date opening the line after a keyword line: "December 10, 2001United States and
/// Vietnam Trade Agreement Takes Effect Today" (a release's date run into its headline).
pub fn date_after_keyword(tokens: &[Token]) -> Option<DateLine> {
    let (date, end, in_figures) = date_at(tokens, 0)?;
    let day_precise = in_figures || matches!(date, LineDate::Date(d) if d.day != 0);
    day_precise.then(|| DateLine { date, body_from: after_time(tokens, end), keyword: true, clock: clock_order(tokens), leading_figures: false })
}

/// A token of a clock time, a time zone or a field separator.
fn is_time_part(t: &Token) -> bool {
    t.is_any(&SEPARATORS) || t.is_any(&TIME_WORDS) || t.integer().is_some_and(|n| n < 100 && t.folded.len() <= 2)
}

/// "April 16, 2018 (R45172)": a report's number in brackets closing its date line (the index
/// the bracket's contents start at is `from`, past the opening one). Words in brackets ("(in
/// Vietnamese)") are not a number.
fn after_report_number(tokens: &[Token], from: usize) -> usize {
    let rest = &tokens[from.min(tokens.len())..];
    let opened = from > 0 && tokens[from - 1].is("(");
    let code = rest.split_last().is_some_and(|(close, inner)| {
        close.is(")") && (1..=2).contains(&inner.len()) && inner.iter().any(|t| t.folded.bytes().any(|b| b.is_ascii_digit())) && inner.iter().all(|t| t.kind == Kind::Number || t.capitalized)
    });
    if opened && code {
        tokens.len()
    } else {
        from
    }
}

/// The index past the times and separators that follow a date.
fn after_time(tokens: &[Token], from: usize) -> usize {
    let mut k = from;
    loop {
        while tokens.get(k).is_some_and(is_time_part) {
            k += 1;
        }
        // "February 16, 2016 / 3:29 AM / 2 years ago": the page's age, which a site writes
        // beside its date when it is shown, is metadata too.
        let age = k > from
            && tokens[k - 1].integer().is_some()
            && tokens.get(k).is_some_and(|t| t.is_any(&AGE_UNITS))
            && tokens.get(k + 1).is_some_and(|t| t.is("ago"));
        if !age {
            return k;
        }
        k += 2;
    }
}

/// Units a page's age is told in beside its date: "/ 2 years ago", "· 3 hours ago".
const AGE_UNITS: [&str; 12] = ["year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes"];

/// The tokens a date line's own date is looked for in: the longest date form, with room.
const DATE_WINDOW: usize = 16;

/// A date with its year starting at token `at`, in figures or in words, the index past it, and
/// whether it is in figures.
fn date_at(tokens: &[Token], at: usize) -> Option<(LineDate, usize, bool)> {
    if let Some((date, end)) = figures_at(tokens, at) {
        return Some((date, end, true));
    }
    // Only the date at `at` is wanted, and none is longer than a dozen tokens ("July 6 to
    // July 10, 2015"): scanning the rest of a long line cost a sixtieth of the engine's time.
    let mention = dates::scan(&tokens[at..tokens.len().min(at + DATE_WINDOW)]).into_iter().next().filter(|m| m.first == 0)?;
    let Stated::Calendar { year: Some(_), end: None, .. } = mention.stated else { return None };
    let range = dates::resolve(mention.stated, &Context::default())?;
    Some((LineDate::Date(range.start), at + mention.last, false))
}

/// "14/11/2017", "7/8/2005", "2013.07.26", "95/10/03": three numbers joined by one separator,
/// the year last, or first in four figures or in two above 31 (an archive's "yy/mm/dd").
fn figures_at(tokens: &[Token], at: usize) -> Option<(LineDate, usize)> {
    let run = tokens.get(at..at + 5)?;
    let separator = &run[1];
    let joined = separator.is_any(&["/", ".", "-"]) && run[3].is(separator.folded.as_str()) && run.windows(2).all(|w| w[0].end == w[1].start);
    if !joined {
        return None;
    }
    let (a, b, c) = (run[0].integer()?, run[2].integer()?, run[4].integer()?);
    let (la, lc) = (run[0].folded.len(), run[4].folded.len());
    let date = if la == 4 || (la == 2 && a > 31 && lc == 2) {
        let year = if la == 4 { a } else if a >= 50 { 1900 + a } else { 2000 + a };
        LineDate::Date(PartialDate::day(i32::try_from(year).ok()?, u8::try_from(b).ok()?, u8::try_from(c).ok()?)?)
    } else if lc == 4 && la <= 2 && run[2].folded.len() <= 2 && (1..=31).contains(&a) && (1..=31).contains(&b) && (a <= 12 || b <= 12) {
        LineDate::Numeric { first: a as u8, second: b as u8, year: i32::try_from(c).ok()? }
    } else {
        return None;
    };
    (1900..=2100).contains(&year_of(date)).then_some((date, at + 5))
}

fn year_of(date: LineDate) -> i32 {
    match date {
        LineDate::Date(d) => d.year,
        LineDate::Numeric { year, .. } => year,
    }
}

/// A wire dateline: "HANOI, Nov. 17 --", "VIETNAM, September 10 - HÀ NỘI —", "HANOI, Sept 10
/// (Kyodo) –", "April 15 (UPI) --". The month, the day and the token the story starts at.
pub fn dateline(tokens: &[Token]) -> Option<(u8, u8, usize)> {
    let first = tokens.first()?;
    if first.kind != Kind::Word || !first.capitalized {
        return None;
    }
    let date_from = if month_number(&first.folded).is_some() { 0 } else { tokens.iter().take(5).position(|t| t.is(","))? + 1 };
    let mention = dates::scan(&tokens[date_from..tokens.len().min(date_from + DATE_WINDOW)]).into_iter().next().filter(|m| m.first == 0)?;
    let Stated::Calendar { year: None, month, day, end: None } = mention.stated else { return None };
    if day == 0 {
        return None;
    }
    let after_date = date_from + mention.last;
    // A line that opens with its date must go on with the agency: "April 15 (UPI) --".
    if date_from == 0 && !tokens.get(after_date).is_some_and(|t| t.is("(")) {
        return None;
    }
    // The last free-standing dash: "HÀ NỘI — High-level" ends at "—", not inside "High-level".
    let free = |k: usize| tokens[k].is("-") && tokens[k].start > tokens[k - 1].end;
    let last_dash = (after_date.max(1)..tokens.len().min(after_date + 8)).rfind(|&k| free(k))?;
    // "--" is one dash written twice.
    let mut body = last_dash + 1;
    while tokens.get(body).is_some_and(|t| t.is("-")) {
        body += 1;
    }
    Some((month, day, body))
}

/// The order of figures a line's clock implies: a 12-hour clock ("3:26:42 PM | 7/8/2005") is
/// the American habit, month first; a 24-hour clock ("19:39 14/11/2017", "05:49") the
/// European and Vietnamese one, day first.
fn clock_order(tokens: &[Token]) -> Order {
    if tokens.iter().any(|t| t.is_any(&["am", "pm"])) || tokens.windows(3).any(|w| w[0].is_any(&["a", "p"]) && w[1].is(".") && w[2].is("m")) {
        return Order::MonthFirst;
    }
    let hour_24 = tokens.windows(2).any(|w| {
        let hour = w[0].integer().filter(|_| w[0].folded.len() == 2);
        w[1].is(":") && w[0].end == w[1].start && hour.is_some_and(|h| h >= 13 || w[0].folded.starts_with('0'))
    });
    if hour_24 {
        Order::DayFirst
    } else {
        Order::Unknown
    }
}

/// The order of figures the text's own prose suggests: dates written "14 November 2017" put
/// the day first. Dates written "November 14, 2017" say nothing: Vietnamese outlets write
/// their English prose month first and their figures day first.
pub fn prose_order(tokens: &[Vec<Token>], mentions: &[Vec<dates::Mention>]) -> Order {
    let (mut day_first, mut month_first) = (0, 0);
    for (tokens, mentions) in tokens.iter().zip(mentions) {
        for m in mentions {
            let Stated::Calendar { day, .. } = m.stated else { continue };
            let opener = &tokens[m.first];
            match opener.kind {
                _ if day == 0 => {}
                Kind::Number if opener.folded.len() <= 2 => day_first += 1,
                Kind::Word => month_first += 1,
                _ => {}
            }
        }
    }
    if day_first > month_first {
        Order::DayFirst
    } else {
        Order::Unknown
    }
}

#[cfg(test)]
mod tests;
