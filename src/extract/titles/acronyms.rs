//! The acronyms a text defines ("Fulbright University Vietnam (FUV)"), so a title that names
//! one alone can write it out.

use crate::extract::text::{Kind, Token};

/// The acronyms a text defines, with their long forms: "Fulbright University Vietnam (FUV)",
/// "United States Agency for International Development (USAID)". A title that says only
/// "the FUV" then names it in full, as a reader of the title alone needs.
pub(in crate::extract) fn acronyms(text: &str, sentences: &[Vec<Token>]) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = Vec::new();
    for tokens in sentences {
        for i in 1..tokens.len().saturating_sub(1) {
            if !(tokens[i].is("(") && tokens[i + 1].kind == Kind::Word && tokens.get(i + 2).is_some_and(|t| t.is(")"))) {
                continue;
            }
            let short = &text[tokens[i + 1].start..tokens[i + 1].end];
            if !(2..=6).contains(&short.len()) || !short.bytes().all(|b| b.is_ascii_uppercase()) || found.iter().any(|(s, _)| s == short) {
                continue;
            }
            if let Some(first) = long_form_start(text, tokens, i, short.as_bytes()) {
                // A long form broken over lines is one phrase: "Trade and Investment\nFramework Agreement".
                let long = text[tokens[first].start..tokens[i - 1].end].split_whitespace().collect::<Vec<_>>().join(" ");
                found.push((short.to_string(), long));
            }
        }
    }
    found
}

/// Where the capitalized words before `tokens[paren]` whose initials spell `letters` begin,
/// small linking words ("of", "for", "and") passed over.
fn long_form_start(text: &str, tokens: &[Token], paren: usize, letters: &[u8]) -> Option<usize> {
    let mut k = letters.len();
    let mut j = paren;
    while k > 0 && j > 0 {
        let t = &tokens[j - 1];
        let initial = text.as_bytes()[t.start];
        if t.kind == Kind::Word && !t.capitalized && t.is_any(&["of", "for", "and", "on", "the"]) && k < letters.len() {
            j -= 1;
        } else if t.kind == Kind::Word && t.capitalized && initial == letters[k - 1] {
            k -= 1;
            j -= 1;
        } else {
            return None;
        }
    }
    (k == 0).then_some(j)
}

/// `title` with a defined acronym it names alone written out: "The establishment of the FUV"
/// → "The establishment of the Fulbright University Vietnam".
pub(in crate::extract) fn expand_acronyms(title: &str, acronyms: &[(String, String)]) -> Option<String> {
    let mut out: Option<String> = None;
    for (short, long) in acronyms {
        let current = out.as_deref().unwrap_or(title);
        let whole_word = |at: usize| {
            let before = current[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after = current[at + short.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            before && after
        };
        // Most titles name no acronym: that is looked for first, the long form only then.
        let Some(at) = current.match_indices(short.as_str()).map(|(at, _)| at).find(|&at| whole_word(at)) else { continue };
        if !current.contains(long.as_str()) {
            out = Some(format!("{}{}{}", &current[..at], long, &current[at + short.len()..]));
        }
    }
    // "The Congress ratified the Agreement on October 3, 2001, and the Agreement takes effect
    // today": in a text that defines one agreement ("the U.S.-Vietnam Bilateral Trade Agreement
    // (BTA)"), "the Agreement" capitalized is that one.
    for head in ["Agreement", "Treaty", "Memorandum"] {
        let mut defined = acronyms.iter().filter(|(_, long)| long.ends_with(&format!(" {head}")));
        let (Some((_, long)), None) = (defined.next(), defined.next()) else { continue };
        let current = out.as_deref().unwrap_or(title);
        let whole_word = |at: usize| current[at + head.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()) && current[..at].chars().next_back().is_none_or(|c| c == ' ');
        let Some(at) = current.match_indices(head).map(|(at, _)| at).find(|&at| whole_word(at)) else { continue };
        if !current.contains(long.as_str()) {
            out = Some(format!("{}{}{}", &current[..at], long, &current[at + head.len()..]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::tokenize;

    fn defined(text: &str) -> Vec<(String, String)> {
        acronyms(text, &[tokenize(text, 0, text.len())])
    }

    #[test]
    fn acronyms_are_read_from_their_definitions() {
        let text = "USAID has presented grants to Fulbright University Vietnam (FUV) through the United States Agency for International Development (USAID) and the Trade and Investment Council (TIC).";
        let found = defined(text);
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(expand_acronyms("The establishment of the FUV was announced", &found).as_deref(), Some("The establishment of the Fulbright University Vietnam was announced"));
        assert_eq!(expand_acronyms("The first TIC meeting", &found).as_deref(), Some("The first Trade and Investment Council meeting"));
        // A title that already names it, or names only a word containing the letters, is kept.
        assert_eq!(expand_acronyms("Fulbright University Vietnam (FUV) opens", &found), None);
        assert_eq!(expand_acronyms("The FUVS opened", &found), None);
    }

    #[test]
    fn the_agreement_capitalized_is_the_one_the_text_defines() {
        // USINFO, 2001.
        let found = defined("Zoellick exchanged letters to implement the U.S.-Vietnam Bilateral Trade Agreement (BTA).");
        assert_eq!(expand_acronyms("Agreement takes effect", &found).as_deref(), Some("Bilateral Trade Agreement takes effect"));
        // Counter-examples: a lowercase agreement, a text that defines two agreements.
        assert_eq!(expand_acronyms("The two sides reached an agreement", &found), None);
        let two = defined("the Bilateral Trade Agreement (BTA) and the Trade and Investment Framework Agreement (TIFA)");
        assert_eq!(expand_acronyms("Agreement takes effect", &two), None);
    }

    #[test]
    fn a_long_form_broken_over_lines_is_one_phrase() {
        // Congressional Research Service, 2020: a hard-wrapped report.
        let found = defined("established by the 2007 bilateral Trade and Investment\nFramework Agreement (TIFA).");
        assert_eq!(found, [("TIFA".to_string(), "Trade and Investment Framework Agreement".to_string())]);
        assert_eq!(expand_acronyms("Established bilateral Trade and Investment Framework Agreement (TIFA)", &found), None);
    }

    #[test]
    fn brackets_that_spell_nothing_define_nothing() {
        assert!(defined("The ship (USCGC) and President Obama (R) met the Prime Minister (Vietnam) of Vietnam (VN) today.").is_empty());
    }
}
