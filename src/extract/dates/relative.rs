//! Relative and counted date expressions: "last week", "on Sunday", "three years ago", "two
//! days later", "the 10th anniversary of". What they say is resolved against the article's
//! anchor by `resolve`; here they are only recognized.

use super::*;
use crate::extract::text::number_words_at;

/// Relative expressions: "last week", "today", "recently", "also in the month".
pub(super) fn relative_at(tokens: &[Token], i: usize) -> Option<(usize, Stated)> {
    let t = &tokens[i];
    let next = tokens.get(i + 1);
    let relative = |r| Some((i + 1, Stated::Relative(r)));
    match t.folded.as_str() {
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" => weekday_at(tokens, i),
        "today" => relative(Relative::Today),
        // "Just a few moments ago, they signed": the day of the remarks.
        "moments" | "minutes" | "hours" if next.is_some_and(|n| n.is("ago")) => Some((i + 2, Stated::Relative(Relative::Today))),
        "yesterday" => relative(Relative::Yesterday),
        "recently" => relative(Relative::Recently),
        "last" | "this" => {
            let r = match (t.folded.as_str(), next.map(|n| n.folded.as_str())) {
                ("last", Some("week")) => Relative::LastWeek,
                ("last", Some("month")) => Relative::LastMonth,
                ("last", Some("year")) => Relative::LastYear,
                ("this", Some("year")) => Relative::ThisYear,
                ("this", Some("month")) => Relative::ThisMonth,
                _ => return None,
            };
            Some((i + 2, Stated::Relative(r)))
        }
        // "in the month", "the same month": the month just told.
        "in" if tokens.get(i + 1).is_some_and(|t| t.is("the")) && tokens.get(i + 2).is_some_and(|t| t.is("month")) => {
            Some((i + 3, Stated::SameMonth))
        }
        "same" if next.is_some_and(|t| t.is("month")) => Some((i + 2, Stated::SameMonth)),
        "following" | "next" if i > 0 && tokens[i - 1].is("the") => {
            let months = match next.map(|n| n.folded.as_str()) {
                Some("year") => 12,
                Some("month") => 1,
                _ => return None,
            };
            Some((i + 2, Stated::Later { months }))
        }
        // Counted forms ("three years ago", "a month later") need a unit word next; most
        // words have none, so that is checked before the count is read.
        // One match on the next word, not `is_any`: this runs for every token of every text.
        _ => match next.map(|n| n.folded.as_str()) {
            Some("year" | "years" | "decade" | "decades" | "month" | "months") => {
                years_ago(tokens, i).or_else(|| later_at(tokens, i)).or_else(|| shifted_at(tokens, i))
            }
            Some("day" | "days" | "week" | "weeks") => shifted_at(tokens, i),
            _ => None,
        },
    }
}

/// The count that ends at `i` in "three years ago" or "a month later": figures of at most
/// `digits` digits, "a", or a number in words ("one", "thirty-five").
fn count_at(tokens: &[Token], i: usize, digits: usize) -> Option<u32> {
    let t = &tokens[i];
    match t.integer() {
        Some(n) if t.folded.len() <= digits => Some(n),
        Some(_) => None,
        None if t.is("a") => Some(1),
        None => number_words_at(tokens, i).filter(|n| *n > 0),
    }
}

/// "a month later", "two years later", "a year and a half later", from the count on.
fn later_at(tokens: &[Token], i: usize) -> Option<(usize, Stated)> {
    let count = count_at(tokens, i, 2)?;
    let per_unit = match tokens.get(i + 1)?.folded.as_str() {
        "month" | "months" => 1,
        "year" | "years" => 12,
        "decade" | "decades" => 120,
        _ => return None,
    };
    let mut k = i + 2;
    let mut months = count.checked_mul(per_unit)?;
    // "a year and a half later".
    if per_unit == 12 && tokens.get(k).is_some_and(|t| t.is("and")) && tokens.get(k + 1).is_some_and(|t| t.is("a")) && tokens.get(k + 2).is_some_and(|t| t.is("half")) {
        months = months.checked_add(6)?;
        k += 3;
    }
    tokens.get(k).filter(|t| t.is("later"))?;
    Some((k + 1, Stated::Later { months: u16::try_from(months).ok()? }))
}

/// "two days later", "a week later", "one month earlier", "three years earlier", and "came a
/// week after" (what the sentence tells came before the date told: negative), from the count
/// on. A count of days or weeks after "after" or "before" alone ("a week after the visit") is
/// counted from a happening the words name, not from the date told, so it is left alone.
fn shifted_at(tokens: &[Token], i: usize) -> Option<(usize, Stated)> {
    let count = i32::try_from(count_at(tokens, i, 2)?).ok()?;
    let unit = tokens.get(i + 1)?.folded.as_str();
    let way = tokens.get(i + 2)?;
    let came = i > 0 && tokens[i - 1].is_any(&["came", "comes", "come"]);
    let sign = match way.folded.as_str() {
        "later" => 1,
        "earlier" => -1,
        // "The port call came a week after a landmark visit": the visit was a week before.
        "after" if came => -1,
        "before" if came => 1,
        _ => return None,
    };
    let stated = match unit {
        "day" | "days" => Stated::Shifted { days: sign * count, months: 0, weeks: false },
        "week" | "weeks" => Stated::Shifted { days: sign * count * 7, months: 0, weeks: true },
        // Months and years later are `Later`'s; the other ways are counted here.
        "month" | "months" => Stated::Shifted { days: 0, months: sign * count, weeks: false },
        "year" | "years" => Stated::Shifted { days: 0, months: sign * count * 12, weeks: false },
        "decade" | "decades" => Stated::Shifted { days: 0, months: sign * count * 120, weeks: false },
        _ => return None,
    };
    Some((i + 3, stated))
}

/// Words that make a weekday part of a name, not a date: "Super Tuesday", "Good Friday".
const WEEKDAY_NAME_BEFORE: [&str; 9] = ["super", "black", "good", "bloody", "ash", "easter", "palm", "holy", "cyber"];

/// "on Sunday", "said Tuesday", "visited Hanoi Saturday", "last Monday". Not a weekday that
/// opens a full date ("Tuesday, July 7, 2015": the date says it all), nor one inside a name
/// ("Super Tuesday", "the Sunday Times").
fn weekday_at(tokens: &[Token], i: usize) -> Option<(usize, Stated)> {
    const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    let t = &tokens[i];
    let day = DAYS.iter().position(|d| t.is(d))? as u8;
    let prev = i.checked_sub(1).map(|k| &tokens[k]);
    let next = tokens.get(i + 1);
    let after_preposition = prev.is_some_and(|p| p.is_any(&["on", "last", "since", "by", "until", "from"]));
    let in_name = prev.is_some_and(|p| p.is_any(&WEEKDAY_NAME_BEFORE))
        || (!after_preposition && next.is_some_and(|n| n.kind == Kind::Word && n.capitalized));
    let opens_date = next.is_some_and(|n| n.is(",")) && tokens.get(i + 2).is_some_and(|m| m.capitalized && month_number(&m.folded).is_some());
    if !t.capitalized || in_name || opens_date {
        return None;
    }
    let relative = if prev.is_some_and(|p| p.is("last")) { Relative::LastWeekday(day) } else { Relative::Weekday(day) };
    Some((i + 1, Stated::Relative(relative)))
}

/// Verbs of celebrating: they mark a span of years as an anniversary ("celebrating 25 years
/// of …"), and what they celebrate is dated by its "years of", not by the celebration's date.
pub(in crate::extract) const CELEBRATING: [&str; 12] = [
    "celebrate", "celebrates", "celebrating", "celebrated", "mark", "marks", "marking", "marked", "commemorate", "commemorates", "commemorating", "commemorated",
];

/// Hedges before a count of years ago: "more than 20 years ago", "nearly a decade ago".
const HEDGES: [&str; 8] = ["than", "nearly", "about", "some", "almost", "around", "roughly", "over"];

/// "three years ago", "a decade ago", "more than 20 years ago", from the count on.
pub(super) fn years_ago(tokens: &[Token], i: usize) -> Option<(usize, Stated)> {
    let count = count_at(tokens, i, 3)?;
    // Where the count starts: "thirty-five" is three tokens.
    let start = if count > 20 && count % 10 != 0 && tokens[i].kind == Kind::Word { i - 2 } else { i };
    let per_unit = match tokens.get(i + 1)?.folded.as_str() {
        "year" | "years" => 1,
        "decade" | "decades" => 10,
        _ => return None,
    };
    let years = u16::try_from(count.checked_mul(per_unit)?).ok()?;
    // "In the 10 years since diplomatic ties were restored": what follows "since" happened
    // that many years before the article, as an anniversary's founding did.
    let counted = tokens[i].kind == Kind::Number || number_word(&tokens[i].folded).is_some();
    if counted && tokens.get(i + 2).is_some_and(|t| t.is("since")) {
        return Some((i + 2, Stated::Relative(Relative::Anniversary(years))));
    }
    // "at a time when Vietnam and the U.S. celebrate 25 years of diplomatic relations": years
    // celebrated are an anniversary, of what follows "of".
    // Only of a founding that is the relations' own: diplomatic relations or ties, a partnership.
    let celebrating = tokens[i.saturating_sub(2)..i].iter().any(|t| t.is_any(&CELEBRATING));
    let founded = || {
        let after = &tokens[(i + 3).min(tokens.len())..tokens.len().min(i + 9)];
        after.windows(2).any(|w| w[0].is("diplomatic") && w[1].is_any(&["relations", "ties"])) || after.iter().any(|t| t.is("partnership"))
    };
    if counted && celebrating && tokens.get(i + 2).is_some_and(|t| t.is("of")) && founded() {
        return Some((i + 3, Stated::Relative(Relative::Anniversary(years))));
    }
    // "Twenty years after normalizing diplomatic ties with its one-time foe, the U.S. is eager
    // to improve relations": a sentence that opens so and goes on in the present counts back
    // from the article, as "since" does. Told in the past ("Five years after normalization,
    // Clinton visited"), it counts from a moment of the story.
    if counted && start == 0 && tokens.get(i + 2).is_some_and(|t| t.is("after")) && main_clause_in_present(tokens) {
        return Some((i + 3, Stated::Relative(Relative::Anniversary(years))));
    }
    tokens.get(i + 2).filter(|t| t.is("ago"))?;
    let hedged = start.checked_sub(1).is_some_and(|k| tokens[k].is_any(&HEDGES));
    Some((i + 3, Stated::Relative(Relative::YearsAgo { years, approximate: hedged })))
}

/// Whether the clause after a sentence's opening phrase (past its first comma) has its verb in
/// the present: "…, the U.S. is eager", "…, the two countries have become partners".
fn main_clause_in_present(tokens: &[Token]) -> bool {
    let Some(comma) = tokens.iter().position(|t| t.is(",")) else { return false };
    tokens[comma + 1..tokens.len().min(comma + 8)].iter().any(|t| t.is_any(&["is", "are", "has", "have", "remains", "remain"]))
}

/// "the 10th anniversary of the comprehensive partnership": what is celebrated happened that
/// many years before the article, so the words up to "of" date it.
pub(super) fn anniversary_at(tokens: &[Token], i: usize) -> Option<(usize, Stated)> {
    // "this 20-year anniversary of the normalization of relations": a count of years joined to
    // "anniversary" by a hyphen says the same as "the 20th anniversary of".
    if tokens[i].kind == Kind::Number && tokens.get(i + 1).is_some_and(|t| t.is("-")) && tokens.get(i + 2).is_some_and(|t| t.is("year")) {
        tokens.get(i + 3).filter(|t| t.is("anniversary"))?;
        tokens.get(i + 4).filter(|t| t.is("of"))?;
        let years = count_at(tokens, i, 3).and_then(|n| u16::try_from(n).ok()).filter(|y| *y > 0)?;
        return Some((i + 5, Stated::Relative(Relative::Anniversary(years))));
    }
    // The words after are checked first: nearly every token is no ordinal.
    let word = if tokens[i].kind == Kind::Number { i + 2 } else { i + 1 };
    tokens.get(word).filter(|t| t.is("anniversary"))?;
    tokens.get(word + 1).filter(|t| t.is("of"))?;
    let years = crate::extract::text::ordinal(tokens, i)?;
    let years = u16::try_from(years).ok().filter(|y| *y > 0)?;
    Some((word + 2, Stated::Relative(Relative::Anniversary(years))))
}
