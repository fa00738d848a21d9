#[test]
fn later_counts_from_the_date_told_before() {
    use super::*;
    let context = |previous: PartialDate| Context { previous: Some(DateRange::point(previous)), ..Context::default() };
    let later = |text: &str| {
        let tokens = crate::extract::text::tokenize(text, 0, text.len());
        scan(&tokens).into_iter().map(|m| m.stated).find(|s| matches!(s, Stated::Later { .. }))
    };
    let july = PartialDate::day(1995, 7, 11).unwrap_or(PartialDate::year(1995));
    let cases = [
        ("A month later, both nations upgraded", july, "1995-08"),
        ("A year later, I normalized relations", PartialDate::year(1994), "1995"),
        ("and visited the nation five years later", PartialDate::year(1995), "2000"),
        ("the following year, Triet visited", PartialDate::year(2006), "2007"),
        ("a year and a half later, on July 11", PartialDate::day(1994, 2, 2).unwrap_or(july), "1995-08"),
    ];
    for (text, previous, want) in cases {
        let stated = later(text).unwrap_or_else(|| panic!("no date in {text}"));
        assert_eq!(resolve(stated, &context(previous)).map(|r| r.to_string()).as_deref(), Some(want), "{text}");
    }
    assert_eq!(later("the next day"), None);
    assert_eq!(later("the years later"), None);
    assert!(resolve(Stated::Later { months: 12 }, &Context::default()).is_none(), "nothing told before");
}

use super::*;
use crate::extract::text::tokenize;

/// Scans `text` and resolves each date with the given paragraph year and publication date.
fn check(text: &str, published: Option<PartialDate>, expected: &[&str]) {
    let tokens = tokenize(text, 0, text.len());
    let mut context = Context { published, ..Context::default() };
    let mut got = Vec::new();
    for mention in scan(&tokens) {
        let resolved = resolve(mention.stated, &context);
        let words = &text[mention.start..mention.end];
        got.push(match resolved {
            Some(range) => format!("{words} = {range}"),
            None => format!("{words} = ?"),
        });
        if let Some(year) = explicit_year(mention.stated) {
            context.year = Some(year);
        }
        context.previous = resolved.or(context.previous);
    }
    assert_eq!(got, expected);
}

#[test]
fn full_dates_and_month_years() {
    check(
        "On July 12, 1995, they met; in November 2000 and 2016, again.",
        None,
        &["July 12, 1995 = 1995-07-12", "November 2000 = 2000-11", "2016 = 2016"],
    );
    check("date 2023-08-29 US President", None, &["2023-08-29 = 2023-08-29"]);
    check("on 12 July 1995 and 6-10 July 2015", None, &["12 July 1995 = 1995-07-12", "6-10 July 2015 = 2015-07-06/2015-07-10"]);
}

#[test]
fn ranges_and_year_less_dates() {
    let published = PartialDate::day(2023, 8, 29);
    check(
        "from July 6 to 10, on September 10-11, from May 11-17, for the 2013-2017 period and 2020-22",
        published,
        &[
            "July 6 to 10 = 2023-07-06/2023-07-10",
            "September 10-11 = 2023-09-10/2023-09-11",
            "May 11-17 = 2023-05-11/2023-05-17",
            "2013-2017 = 2013/2017",
            "2020-22 = 2020/2022",
        ],
    );
    check("In 2022, he went from May 11-17.", None, &["2022 = 2022", "May 11-17 = 2022-05-11/2022-05-17"]);
    check("In March, they talked. He may go in May.", PartialDate::day(2023, 8, 29), &["March = 2023-03", "May = 2023-05"]);
}

#[test]
fn fuzzy_and_relative_dates() {
    let published = PartialDate::day(2015, 7, 12);
    check(
        "Last week he left; in late 2013 and early 2021; today; recently",
        published,
        &[
            "Last week = 2015-07",
            "late 2013 = 2013-09/2013-12",
            "early 2021 = 2021-01/2021-04",
            "today = 2015-07-12",
            "recently = 2015",
        ],
    );
    // "Last week" is the calendar week before the article's, Sunday to Saturday: from Friday,
    // July 3, 2015, June 21-27; from Wednesday, March 2, 2022 (US Embassy Hanoi), February
    // 20-26. A week across a month's end keeps only its year, across a year's end the window.
    check("last week; recently", PartialDate::day(2015, 7, 3), &["last week = 2015-06", "recently = 2015"]);
    check("last week", PartialDate::day(2022, 3, 2), &["last week = 2022-02"]);
    check("last week", PartialDate::day(2015, 8, 5), &["last week = 2015"]);
    check("last week", PartialDate::day(2016, 1, 6), &["last week = 2015-12-27/2016-01-02"]);
    check("On August 5, 1995, they signed. Also in the month, they opened", None, &["August 5, 1995 = 1995-08-05", "in the month = 1995-08"]);
}

#[test]
fn this_month_is_the_article_s_month() {
    // Reuters (Bangkok Post), May 20, 2025: "The first round of talks was held earlier this month."
    check("The first round of talks was held earlier this month.", PartialDate::day(2025, 5, 20), &["this month = 2025-05"]);
    // Counter-examples: no month to take without an article's month, and "this monthly
    // report" is no date.
    check("The first round of talks was held earlier this month.", Some(PartialDate::year(2025)), &["this month = ?"]);
    check("this monthly report", PartialDate::day(2025, 5, 20), &[]);
}

#[test]
fn weekdays_count_back_from_the_article() {
    check("He arrived on Sunday and spoke on Monday.", PartialDate::day(2023, 9, 11), &["Sunday = 2023-09-10", "Monday = 2023-09-11"]);
}

#[test]
fn wire_copy_abbreviations_ordinals_and_commas() {
    check(
        "HANOI, Nov. 17 -- on Dec. 9, 2006, Sept 10, Jan. 5-7, 2007 and Feb 3rd, 1994",
        None,
        &["Nov. 17 = ?", "Dec. 9, 2006 = 2006-12-09", "Sept 10 = 2006-09-10", "Jan. 5-7, 2007 = 2007-01-05/2007-01-07", "Feb 3rd, 1994 = 1994-02-03"],
    );
    check(
        "Date: 3rd February 1994; Published: 21 June, 2005, 22:22; 10 September 2023; Nov. 2017",
        None,
        &["3rd February 1994 = 1994-02-03", "21 June, 2005 = 2005-06-21", "10 September 2023 = 2023-09-10", "Nov. 2017 = 2017-11"],
    );
    // A period after a full month name ends the sentence; "Jan" alone is a name.
    check("He came in May. 5 of them stayed. Jan Egeland spoke.", None, &["May = ?"]);
}

#[test]
fn weekdays_of_wire_copy() {
    // Friday 17 November 2006.
    let published = PartialDate::day(2006, 11, 17);
    check("Bush arrived Friday and said Thursday he would go.", published, &["Friday = 2006-11-17", "Thursday = 2006-11-16"]);
    check("Blinken visited Hanoi Saturday, meeting leaders.", published, &["Saturday = 2006-11-11"]);
    check("He left last Friday.", published, &["Friday = 2006-11-10"]);
    check("On Monday President Bush met them.", published, &["Monday = 2006-11-13"]);
    // A weekday opening a full date, or inside a name, is not a relative date.
    check("on Tuesday, July 7, 2015, in Washington", published, &["July 7, 2015 = 2015-07-07"]);
    check("after Super Tuesday, the Sunday Times said; tuesday", published, &[]);
    // Without a day to count from, a weekday gives no date.
    check("He arrived Friday.", PartialDate::day(2006, 11, 1).map(|d| PartialDate::month(d.year, d.month)), &["Friday = ?"]);
}

#[test]
fn years_ago_and_last_month_names() {
    let published = PartialDate::day(2015, 3, 10);
    check(
        "three years ago, 20 years ago, a year ago, more than 20 years ago, a decade ago",
        published,
        &["three years ago = 2012", "20 years ago = 1995", "a year ago = 2014", "20 years ago = 1994/1996", "a decade ago = 2005"],
    );
    check("last July and last February", published, &["July = 2014-07", "February = 2015-02"]);
    check("20 years later, 5 years old, three years of talks", published, &[]);
    check("the 10th anniversary of the partnership, the tenth anniversary of ties", published, &["10th anniversary of = 2005", "tenth anniversary of = 2005"]);
    check("the 10th anniversary celebrations, his tenth visit", published, &[]);
    // White House, 2016: a month "of" its year, as spoken; not "of that year" nor a count.
    check("the Joint Vision Statement in July of 2015, in May of that year", published, &["July of 2015 = 2015-07", "May = 2015-05"]);
    // Viet Nam Government Portal, 2015: a count of years hyphenated to "anniversary".
    check("during this 20-year anniversary of the normalization of relations", published, &["20-year anniversary of = 1995"]);
    // Counter-examples: a span of years that is no anniversary, an anniversary of nothing named.
    check("a 20-year lease of the land, a 20-year anniversary celebration", published, &[]);
    check("In the 10 years since ties were restored, and forty years since", published, &["10 years = 2005", "forty years = 1975"]);
    check("for years since then, a year since", published, &[]);
    check("Just a few moments ago they signed; two hours ago he left.", published, &["moments ago = 2015-03-10", "hours ago = 2015-03-10"]);
    check("It took hours to agree, and minutes later they left.", published, &[]);
}

#[test]
fn a_count_of_tens_and_units_is_read_whole() {
    // government_state-dept_2012 ("Thirty-five years ago"): read alone, "five" counted thirty
    // years short.
    let published = PartialDate::day(2012, 7, 10);
    check("Thirty-five years ago, and more than twenty-one years ago", published, &["five years ago = 1977", "one years ago = 1990/1992"]);
    // Counter-examples: a hyphen after anything but tens joins nothing ("ten-five" is no
    // number, "2-year" is a figure's own), and tens alone stay tens.
    check("a ten-five years ago vote, and thirty years ago", published, &["five years ago = 2007", "thirty years ago = 1982"]);
}

#[test]
fn year_less_dates_look_back_from_the_article() {
    let january = PartialDate::day(2007, 1, 5);
    check("on Dec. 9, on January 20 and on February 28", january, &["Dec. 9 = 2006-12-09", "January 20 = 2007-01-20", "February 28 = 2007-02-28"]);
    // An article of September looks back to January, and only weeks ahead.
    let september = PartialDate::day(2023, 9, 10);
    check("in January and in November; on December 20", september, &["January = 2023-01", "November = 2023-11", "December 20 = 2022-12-20"]);
    // The paragraph's own year still wins.
    check("In 2005, on Dec. 9, they met.", january, &["2005 = 2005", "Dec. 9 = 2005-12-09"]);
    // A year alone gives no nearer anchor than itself.
    check("on Dec. 9", Some(PartialDate::year(2007)), &["Dec. 9 = 2007-12-09"]);
}

#[test]
fn amounts_are_not_years() {
    check("reaching 2000 million USD and US$ 2015 and 1,727 press releases", None, &[]);
}

#[test]
fn a_month_and_its_year_may_have_a_comma_between() {
    // Vietnam Chamber of Commerce news, 2014.
    check("the comprehensive partnership between the two sides in July, 2013.", None, &["July, 2013 = 2013-07"]);
    // Counter-example: a count after the comma is not a year; the month stays year-less.
    let published = PartialDate::day(2014, 2, 12);
    check("In January, 20 delegates met.", published, &["January = 2014-01"]);
}

#[test]
fn shifted_dates_count_from_the_date_told_before_at_the_precision_it_supports() {
    let context = |first: PartialDate, last: Option<PartialDate>| Context {
        previous: Some(match last {
            Some(last) => DateRange::span(first, last),
            None => DateRange::point(first),
        }),
        ..Context::default()
    };
    let shifted = |text: &str| {
        let tokens = tokenize(text, 0, text.len());
        scan(&tokens).into_iter().map(|m| m.stated).find(|s| matches!(s, Stated::Shifted { .. }))
    };
    let day = |m: u8, d: u8| PartialDate::day(2003, m, d).unwrap_or(PartialDate::year(2003));
    let cases = [
        // wire_taipeitimes_2003: after a four-day port call of November 19-22, the visit it
        // "came a week after" lay in November 12-18 of some day: November.
        ("The port call came a week after a landmark visit to Washington", day(11, 19), Some(day(11, 22)), "2003-11"),
        ("Two days later, the ship left", day(11, 19), None, "2003-11-21"),
        ("visited by Secretary of Defense Lloyd Austin one month earlier", day(8, 25), None, "2003-07"),
        ("Three years earlier, they signed", day(8, 25), None, "2000"),
        ("a decade earlier", PartialDate::year(2003), None, "1993"),
    ];
    for (text, first, last, want) in cases {
        let stated = shifted(text).unwrap_or_else(|| panic!("no date in {text}"));
        assert_eq!(resolve(stated, &context(first, last)).map(|r| r.to_string()).as_deref(), Some(want), "{text}");
    }
    // Counter-examples: a count after "after" alone counts from the happening it names, and
    // a week's count is loose: from a month it knows no day.
    assert_eq!(shifted("A week after the visit, they signed a pact"), None);
    assert_eq!(shifted("six years after lifting the embargo"), None);
    let stated = shifted("Two weeks later, they met").expect("a shift");
    assert!(resolve(stated, &context(PartialDate::month(2003, 11), None)).is_none());
    assert!(resolve(stated, &Context::default()).is_none(), "nothing told before");
}

#[test]
fn a_weekday_with_no_day_to_count_from_is_placed_by_the_day_told_before() {
    // wire_npr_2007: "June 21, 2007" told, then "at a Friday meeting", in a page dated by its year only.
    let text = "discussed trade at a Friday meeting";
    let tokens = tokenize(text, 0, text.len());
    let stated = scan(&tokens).into_iter().map(|m| m.stated).next().expect("a weekday");
    let context = |previous: Option<PartialDate>| Context {
        previous: previous.map(DateRange::point),
        published: Some(PartialDate::year(2007)),
        ..Context::default()
    };
    let day = |m: u8, d: u8| PartialDate::day(2007, m, d);
    assert_eq!(resolve(stated, &context(day(6, 21))).map(|r| r.to_string()).as_deref(), Some("2007-06"));
    // Counter-examples: Friday on either side of Monday, July 2 may be in June or July, so
    // only the year is certain; with nothing told before, nothing is known.
    assert_eq!(resolve(stated, &context(day(7, 2))).map(|r| r.to_string()).as_deref(), Some("2007"));
    assert!(resolve(stated, &context(None)).is_none());
}

#[test]
fn a_year_then_its_month_at_the_head_of_a_chronology_line() {
    // vietnam-ustrade.org's milestones: the year first, then the month and day.
    check("1991 April – Under the Bush Administration, Washington presents Hanoi", None, &["1991 April = 1991-04"]);
    check("1975 - April 30 – Liberation of Saigon", None, &["1975 - April 30 = 1975-04-30"]);
    // Counter-example: in running prose the year and a month after it are two dates.
    check("In 1995 April was the month of talks", None, &["1995 = 1995"]);
}

#[test]
fn a_month_alone_after_for_is_the_month_a_figure_is_for() {
    // Sourcing Journal, May 13, 2021: the Census Bureau's latest monthly tally.
    let text = "Data from the U.S. Census Bureau shows that for March, the most recent monthly tally available, U.S. imports from Vietnam were $8.80 billion.";
    check(text, PartialDate::day(2021, 5, 13), &["March = 2021-03"]);
    // Counter-examples: "for" before a month that is a name or the verb "may" dates nothing.
    check("They voted for May and for Kerry.", PartialDate::day(2021, 5, 13), &[]);
}
