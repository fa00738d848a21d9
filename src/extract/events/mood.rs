//! What a sentence tells as done, and what as planned, wished or scheduled: the tense and mood
//! words that decide whether a dated clause reports a happening.

use super::super::acts;
use super::super::dates::{Mention as DateMention, Relative, Stated};
use super::super::text::{Kind, Token};

/// Verbs in the simple past that do not end in "-ed": "met", "held talks", "took office".
pub(super) const IRREGULAR_PAST: [&str; 16] =
    ["met", "held", "made", "sent", "took", "gave", "spoke", "struck", "paid", "began", "won", "sat", "set", "went", "came", "left"];

/// Past participles that do not end in "-ed": a passive ("were held"), a perfect ("has met"),
/// a reduced relative ("the talks held in Hanoi").
pub(super) const IRREGULAR_PARTICIPLES: [&str; 13] =
    ["held", "made", "built", "set", "begun", "struck", "won", "sent", "paid", "taken", "given", "become", "met"];

/// An act told as done, not planned or wished: a verb of doing in the simple past
/// ("launched", "announced"; not "exchanged views") and no word of a future, a plan or a
/// condition.
pub(super) fn tells_past_act(tokens: &[Token]) -> bool {
    acts::tells_deed(tokens) && tells_nothing_undone(tokens)
}

/// No word of a future, a plan, a condition or a perfect.
pub(super) fn tells_nothing_undone(tokens: &[Token]) -> bool {
    tells_nothing_undone_but_perfect(tokens) && !tokens.iter().any(|t| t.is_any(&["has", "have"]))
}

/// "has passed", "have signed", "has been lifted": the present perfect of a news lead. A
/// perfect told over a stretch of time ("Over the past decade, Washington and Hanoi have
/// normalized relations incrementally") sums up those years: no news of the date line's month.
pub(super) fn tells_news(tokens: &[Token]) -> bool {
    !tells_a_stretch(tokens) && tokens.iter().enumerate().any(|(i, t)| {
        t.is_any(&["has", "have"])
            && tokens[i + 1..tokens.len().min(i + 4)]
                .iter()
                .any(|n| n.kind == Kind::Word && !n.is("been") && (n.folded.as_str().ends_with("ed") || n.is_any(&IRREGULAR_PARTICIPLES)))
    })
}

/// "over the past decade", "in recent years", "during the last few months", "over the
/// years": a stretch of time a perfect runs over.
fn tells_a_stretch(tokens: &[Token]) -> bool {
    const SPANS: [&str; 5] = ["decade", "decades", "years", "months", "weeks"];
    tokens.iter().enumerate().any(|(i, t)| {
        let near = &tokens[i + 1..tokens.len().min(i + 5)];
        t.is_any(&["over", "in", "during", "through", "for"])
            && near.first().is_some_and(|n| n.is("the") || n.is("recent"))
            && near.iter().any(|n| n.is_any(&SPANS))
            && near.iter().take_while(|n| !n.is_any(&SPANS)).all(|n| n.is_any(&["the", "past", "last", "recent", "few", "two", "three", "several"]))
    })
}

/// No word of a future, a plan or a condition ("have come" is told, not planned).
pub(super) fn tells_nothing_undone_but_perfect(tokens: &[Token]) -> bool {
    const NOT_DONE: [&str; 13] = ["will", "would", "could", "may", "might", "should", "plans", "plan", "planned", "expected", "hopes", "hoped", "if"];
    // "They announced the launch of negotiations on a TIFA, which will serve as a platform …":
    // what a non-restrictive relative clause says of a noun is not the main clause's mood.
    let mut relative = false;
    !tokens.iter().enumerate().any(|(i, t)| {
        if t.is(",") {
            relative = tokens.get(i + 1).is_some_and(|n| n.is_any(&["which", "who"]));
            return false;
        }
        !relative && t.is_any(&NOT_DONE)
    })
}

/// "Pham Binh Minh begins his two-day visit to the U.S. on Thursday": a weekday told with a
/// verb of going or starting in the simple present is a schedule, not a report.
pub(super) fn scheduled_for_a_weekday(tokens: &[Token], date: &DateMention, from: usize, to: usize) -> bool {
    const SCHEDULED: [&str; 12] = ["begins", "starts", "opens", "arrives", "leaves", "departs", "heads", "travels", "visits", "meets", "holds", "kicks"];
    let weekday = matches!(date.stated, Stated::Relative(Relative::Weekday(_)));
    weekday && tokens[from..to.min(tokens.len())].iter().any(|t| !t.capitalized && t.is_any(&SCHEDULED))
}

/// Words that, before "to", make what follows a plan or a wish: "is scheduled to visit",
/// "hope to sign the agreement".
pub(super) const PLANNING: [&str; 17] =
    ["expected", "scheduled", "slated", "plans", "plan", "planned", "set", "hope", "hopes", "hoped", "hoping", "aim", "aims", "seek", "seeks", "intend", "intends"];

/// Adverbs that may stand between a modal and its verb: "will again visit", "will also sign".
const MODAL_ADVERBS: [&str; 8] = ["again", "also", "soon", "then", "likely", "probably", "later", "formally"];

/// Whether the trigger at `at` is told as to come: after "will" or "shall" (past an adverb:
/// "will again visit"), before one ("The Dialogue will be held in Washington"), or in the
/// headline future ("Additional EU summit to be held Sunday").
pub(super) fn told_with_a_modal(tokens: &[Token], at: usize, from: usize) -> bool {
    let before = &tokens[at.saturating_sub(3).max(from)..at];
    let modal_before = before.iter().rev().find(|t| !t.is_any(&MODAL_ADVERBS)).is_some_and(|t| t.is_any(&["will", "shall"]));
    let modal_after = tokens.get(at + 1).is_some_and(|t| t.is_any(&["will", "shall"]));
    let to_be = tokens.get(at + 1).is_some_and(|t| t.is("to")) && tokens.get(at + 2).is_some_and(|t| t.is("be"));
    modal_before || modal_after || to_be
}

#[cfg(test)]
mod tests {
    use super::super::tests::events_of;

    /// A joint statement's register: "the two leaders" are both sides, and a relative clause's
    /// "will" says what the pact will do, not that the deed is planned (VOV and USTR, 2007-2008).
    #[test]
    fn the_two_leaders_deed_with_a_relative_clause_is_the_news_day_s() {
        let story = |later: &str| {
            format!("Leaders meet\nJune 25, 2008 04:10 PM\nWASHINGTON (dpa) - President Bush welcomed Prime Minister Nguyen Tan Dung to the White House on Tuesday.\n{later}\n")
        };
        for later in [
            "The two leaders agreed to start negotiations for a bilateral investment treaty (BIT) and to establish a high-level education group.",
            "The two countries announced the launch of negotiations toward a bilateral investment treaty, which will serve as a platform for investment.",
        ] {
            let events = events_of(&story(later));
            assert!(events.iter().any(|e| e.starts_with("2008-06-24 | Trade")), "{later}: {events:?}");
        }
        // Counter-examples: a plan of the two leaders, and a plan told after a relative clause.
        for later in [
            "The two leaders will start negotiations for a bilateral investment treaty.",
            "The two countries, which met often, will launch negotiations toward a bilateral investment treaty.",
        ] {
            let events = events_of(&story(later));
            assert!(!events.iter().any(|e| e.starts_with("2008-06-24 | Trade")), "{later}: {events:?}");
        }
    }

    /// A normalization told with a hedge is a state of the ties, not the act (LegiStorm, 2009).
    #[test]
    fn a_hedged_normalization_is_a_state() {
        let text = |sentence: &str| format!("Report\nRelease Date Revised Jan. 2, 2009\n{sentence}\n");
        let events = events_of(&text("Since then, bilateral ties have expanded remarkably, to the point where the relationship has been virtually normalized."));
        assert!(!events.iter().any(|e| e.contains("Diplomacy")), "{events:?}");
        // Counter-example: the act itself.
        let events = events_of(&text("The two countries normalized diplomatic relations in 1995."));
        assert!(events.iter().any(|e| e.starts_with("1995 | Diplomacy")), "{events:?}");
    }
}
