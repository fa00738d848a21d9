//! Unit tests of the dateline and metadata-line reader.

use super::*;
use crate::extract::text::tokenize;

/// The date of `line` read as a metadata line, with the text's order, and its body.
fn check(line: &str, order: Order, expected: Option<(&str, &str)>) {
    let tokens = tokenize(line, 0, line.len());
    let got = date_line(&tokens).map(|found| {
        let body = tokens.get(found.body_from).map_or("", |t| &line[t.start..]);
        (found.date.resolve(order).to_string(), body.to_string())
    });
    assert_eq!(got.as_ref().map(|(d, b)| (d.as_str(), b.as_str())), expected, "{line}");
}

#[test]
fn date_lines_of_many_outlets() {
    let lines = [
        ("Jun 12, 2021 / 05:49", "2021-06-12"),
        ("Nov 01, 2023 / 11:15", "2023-11-01"),
        ("Jul 7, 2015 12:15 PM CDT", "2015-07-07"),
        ("April 15, 2023 / 2:39 PM", "2023-04-15"),
        ("July 12, 2015, 3:58 pm", "2015-07-12"),
        ("Saturday, November 18, 2006", "2006-11-18"),
        ("BBC News | 9 December 2006", "2006-12-09"),
        ("Other News Materials 25 June 2008 03:50 (UTC +04:00)", "2008-06-25"),
        ("For Immediate Release July 13, 2000", "2000-07-13"),
        ("- Date: 3rd February 1994", "1994-02-03"),
        ("Updated July 2010", "2010-07"),
        ("Updated: 2013-07-26 07:59", "2013-07-26"),
        ("Published: 21 June, 2005, 22:22:57 (GMT+7)", "2005-06-21"),
        ("19:39 14/11/2017", "2017-11-14"),
        ("Posted 10/09/2023", "2023-09-10"),
        ("April 16, 2018 (R45172)", "2018-04-16"),
        ("Last modified: 12 March 2018", "2018-03-12"),
        ("Published on 5 January 2019", "2019-01-05"),
        ("March 14, 2019 at 10:32 am", "2019-03-14"),
        // Taipei Times archive: a page's date with its page number.
        ("Sun, Nov 23, 2003 - Page 5 News List", "2003-11-23"),
        // Xinhua on China Gate: a byline, then a page control's label.
        ("Xinhua, July 8, 2015 Adjust font size:", "2015-07-08"),
        // VOV, OhmyNews (a reprint), LegiStorm, US Navy, Defense-Aerospace (a US Embassy release).
        ("Submitted by ctv_en_4 on Wed, 06/25/2008 - 09:20", "2008-06-25"),
        ("First published by Ohmynews on 2006-11-18 16:48 (KST)", "2006-11-18"),
        ("Release Date Revised Jan. 2, 2009", "2009-01-02"),
        ("Story Number: NNS031126-16Release Date: 11/27/2003 1:47:00 PM", "2003-11-27"),
        ("(Source: US Embassy in Vietnam; issued May 26, 2017)", "2017-05-26"),
        ("Office of the Press Secretary November 17, 2000", "2000-11-17"),
        // Reuters' archive: the date, its clock and the page's age.
        ("February 16, 2016 / 3:29 AM / 2 years ago", "2016-02-16"),
        // A Defense Department release: the date, then the page's buttons.
        ("Aug. 8, 2017 PRINT | E-MAIL", "2017-08-08"),
        // Defense.gov: a release's date with its page buttons; a CRS report's title with its
        // revision in brackets; a reprint's byline run into its date (Vietnam.vn).
        ("Vietnam-U.S. Normalization Process [Updated November 28, 2003]   [open pdf - 101KB]", "2003-11-28"),
        ("Báo Nhân dânBáo Nhân dân19/11/2024", "2024-11-19"),
    ];
    for (line, date) in lines {
        check(line, Order::DayFirst, Some((date, "")));
    }
    check("3:26:42 PM | 7/8/2005", Order::MonthFirst, Some(("2005-07-08", "")));
    check("3:26:42 PM | 7/8/2005", Order::Unknown, Some(("2005", "")));
}

#[test]
fn the_clock_tells_the_order_of_figures() {
    let clock = |line: &str| date_line(&tokenize(line, 0, line.len())).map(|d| d.clock);
    assert_eq!(clock("3:26:42 PM | 7/8/2005"), Some(Order::MonthFirst));
    assert_eq!(clock("7/8/2005 10:15 a.m."), Some(Order::MonthFirst));
    assert_eq!(clock("19:39 14/11/2017"), Some(Order::DayFirst));
    assert_eq!(clock("Jun 12, 2021 / 05:49"), Some(Order::DayFirst));
    assert_eq!(clock("Posted 10/09/2023"), Some(Order::Unknown));
    assert_eq!(clock("10/09/2023 10:15"), Some(Order::Unknown));
}

#[test]
fn a_sentence_that_ends_in_a_colon_is_no_byline() {
    // Counter-examples of the byline's label: a sentence's date before a quotation, and
    // a byline followed by prose.
    check("On July 8, 2015 he said:", Order::Unknown, None);
    check("Xinhua, July 8, 2015 the leaders met and said:", Order::Unknown, None);
    // An age told in a sentence is no page's age: the line is a story, not metadata.
    check("February 16, 2016 / 3:29 AM / 2 years ago the two leaders met", Order::Unknown, None);
    // Buttons' words in a sentence are prose: "Aug. 8, 2017 print runs began" is a story.
    check("Aug. 8, 2017 print runs began", Order::Unknown, None);
}

#[test]
fn a_date_line_may_open_the_body() {
    check("date 2023-08-29 US President Joe Biden is scheduled", Order::Unknown, Some(("2023-08-29", "US President Joe Biden is scheduled")));
    check("95/10/03 Remarks by Secretary Christopher and FM Cam", Order::Unknown, Some(("1995-10-03", "Remarks by Secretary Christopher and FM Cam")));
    // Roanoke Times archive (AP): the weekday between the keyword and its date.
    check("DATE: FRIDAY, February 4, 1994                   TAG: 9402040147", Order::Unknown, Some(("1994-02-04", "TAG: 9402040147")));
    check("Reuters | Updated: 23-12-2020 05:15 IST | Created: 23-12-2020 05:15 IST", Order::DayFirst, Some(("2020-12-23", "Created: 23-12-2020 05:15 IST")));
}

#[test]
fn story_lines_are_not_date_lines() {
    for line in [
        "July 7, 1991 - United States Office for MIA Affairs opens officially for business in Hanoi.",
        "July 11, 1995 President Clinton announces normalization of relations",
        "On July 12, 1995, the two countries normalized relations",
        "Vietnam and the US sign a deal on July 12, 2015",
        "1991 - 1992 - 1993 - 1994 - 1995",
        "April 1991 – The George Bush Administration presents Hanoi with a roadmap",
        "1/2",
        "Updated figures show trade grew",
        "The 70th anniversary of Hanoi's Liberation Day Vietnam 2021",
        "July 11, 1995 (in Vietnamese)",
        "July 11, 1995 (Agreement 12) signed",
        "March 14, 2019 at the White House, the two leaders met",
        "Vietnam | Trade rose in 2019",
        "Created a new office on March 3, 2019",
        "November 23, 2003 Vandegrift Docks In Saigon",
        "November 23, 2003 - the ship turned a page in the story",
        "Date: we met the minister on February 4, 1994 in Hanoi",
        "Submitted by the embassy to the ministry on March 3, 2019 for review",
        "The report was issued May 26, 2017",
        "Premium   Revised Oct. 31, 2008 (35 pages, $24.95) add",
        "The figures; issued May 26, 2017, show trade grew",
    ] {
        check(line, Order::Unknown, None);
    }
}

#[test]
fn a_keyword_alone_announces_the_date_on_the_next_line() {
    // USINFO, 2001.
    let read = |line: &str| tokenize(line, 0, line.len());
    assert!(keyword_alone(&read("For Immediate Release:")));
    let line = "December 10, 2001United States and Vietnam Trade Agreement Takes Effect Today";
    let tokens = read(line);
    let found = date_after_keyword(&tokens).expect("a date");
    assert_eq!(found.date, LineDate::Date(PartialDate::day(2001, 12, 10).expect("a date")));
    assert_eq!(&line[tokens[found.body_from].start..], "United States and Vietnam Trade Agreement Takes Effect Today");
    // Counter-examples: a keyword with more on its line; a month alone is no day's date.
    assert!(!keyword_alone(&read("Published in the journal of record")));
    assert_eq!(date_after_keyword(&read("December 2001 was a cold month")), None);
}

#[test]
fn a_wire_dateline_with_its_year_is_a_date_line() {
    // The Diplomatic Insight, 2022.
    let line = "Washington DC, 31 August 2022 (TDI): Deputy Secretary of State of the US, Wendy Sherman met with Deputy Foreign Minister of Vietnam Nguyen Minh Vu.";
    let tokens = tokenize(line, 0, line.len());
    let found = date_line(&tokens).expect("a date line");
    assert_eq!(found.date, LineDate::Date(PartialDate::day(2022, 8, 31).expect("a date")));
    assert_eq!(&line[tokens[found.body_from].start..], "Deputy Secretary of State of the US, Wendy Sherman met with Deputy Foreign Minister of Vietnam Nguyen Minh Vu.");
    // Counter-examples: a bracket that is no agency, a date in the story.
    for line in ["Washington DC, 31 August 2022 (the day after the talks) was hot.", "On July 7, 1991 (Reuters) the office opened in Hanoi."] {
        let tokens = tokenize(line, 0, line.len());
        assert_eq!(date_line(&tokens), None, "{line}");
    }
}

#[test]
fn wire_datelines() {
    let read = |line: &str| {
        let tokens = tokenize(line, 0, line.len());
        dateline(&tokens).map(|(m, d, body)| (m, d, line[tokens[body].start..].to_string()))
    };
    assert_eq!(read("HANOI, Nov. 17 -- President Bush arrived"), Some((11, 17, "President Bush arrived".to_string())));
    assert_eq!(read("HANOI, Sept 10 (Kyodo) – Vietnam and"), Some((9, 10, "Vietnam and".to_string())));
    assert_eq!(read("April 15 (UPI) -- U.S. Secretary"), Some((4, 15, "U.S. Secretary".to_string())));
    assert_eq!(read("VIETNAM, September 10 - HÀ NỘI — High-level visits"), Some((9, 10, "High-level visits".to_string())));
    assert_eq!(read("April 15 - the day he left"), None);
    assert_eq!(read("WASHINGTON (AP) — President Barack Obama said Tuesday"), None);
}

#[test]
fn buttons_brackets_and_run_in_bylines_are_metadata_but_prose_is_not() {
    // Counter-examples: prose after a date, a bracket that goes on with its sentence, a date
    // in figures after a space in a sentence.
    check("Aug. 8, 2017 Secretary Mattis met Minister Lich.", Order::DayFirst, None);
    check("The report (updated May 5, 2003) found that trade grew.", Order::DayFirst, None);
    check("The office opened on 19/11/2024", Order::DayFirst, None);
}
