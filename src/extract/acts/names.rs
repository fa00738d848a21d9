//! Bodies and pacts that news names in full as often as by their initials: "became the 150th
//! member of the World Trade Organization" is "joined the WTO". The act table (`acts`) is
//! written with the initials; a full name counts as its initials, wherever it stands.

use super::super::text::Token;

/// Each name's initials as the act table writes them, and its words in order.
const NAMES: &[(&str, &[&str])] = &[
    ("wto", &["world", "trade", "organization"]),
    ("wto", &["world", "trade", "organisation"]),
    ("tpp", &["trans", "-", "pacific", "partnership"]),
    ("tifa", &["trade", "and", "investment", "framework", "agreement"]),
    ("pntr", &["permanent", "normal", "trade", "relations"]),
];

/// Whether a full name that `words` (initials, as in the act table) knows begins at `i`.
pub(super) fn names_one_of(tokens: &[Token], i: usize, words: &[&str]) -> bool {
    // Most tokens open no name: one look at the first word passes them over.
    if !tokens[i].is_any(&["world", "trans", "trade", "permanent"]) {
        return false;
    }
    NAMES.iter().any(|(initials, name)| {
        words.contains(initials) && tokens.get(i..i + name.len()).is_some_and(|run| run.iter().zip(name.iter()).all(|(t, w)| t.is(w)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::tokenize;

    fn opens(text: &str, words: &[&str]) -> bool {
        let tokens = tokenize(text, 0, text.len());
        (0..tokens.len()).any(|i| names_one_of(&tokens, i, words))
    }

    #[test]
    fn a_full_name_counts_as_its_initials() {
        assert!(opens("Vietnam became the 150th member of the World Trade Organization.", &["wto"]));
        assert!(opens("withdraw the United States from the proposed Trans-Pacific Partnership (TPP)", &["tpp"]));
        assert!(opens("under the Trade and Investment Framework Agreement", &["tifa"]));
        // Counter-examples: a name's first words alone, and a name the row does not ask for.
        assert!(!opens("world trade grew by 3 percent", &["wto"]));
        assert!(!opens("the World Trade Organization", &["tifa"]));
    }
}
