//! Splits paragraphs into sentences with byte spans, without being fooled by "Mr.", "D.C."
//! or the initial in "George W. Bush".

/// One sentence of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index of the paragraph (non-empty body line) it stands in.
    pub paragraph: usize,
    pub caption: bool,
}

/// Words after which a period does not end a sentence.
const ABBREVIATIONS: [&str; 24] = [
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col", "no", "vs", "inc", "co", "corp", "prof",
    "sen", "rep", "gov", "ft", "mt", "jan", "feb", "aug",
];

/// Splits `text[start..end]` into sentences.
pub fn split(text: &str, start: usize, end: usize, paragraph: usize, caption: bool, out: &mut Vec<Sentence>) {
    let Some(slice) = text.get(start..end) else { return };
    let bytes = slice.as_bytes();
    let mut sentence_start = 0;
    let mut i = 0;
    // Jump from one sentence mark to the next: nearly every byte is none.
    while let Some(at) = find_mark(&bytes[i..]) {
        i += at;
        if ends_sentence(slice, i) {
            // Take closing quotes and brackets with the sentence.
            let mut j = i + 1;
            while j < bytes.len() {
                let rest = &slice[j..];
                let closer = rest.chars().next().filter(|c| matches!(c, '"' | '\'' | ')' | '”' | '’' | '.'));
                match closer {
                    Some(c) => j += c.len_utf8(),
                    None => break,
                }
            }
            push(slice, start, sentence_start, j, paragraph, caption, out);
            sentence_start = j;
            i = j;
            continue;
        }
        i += 1;
    }
    push(slice, start, sentence_start, bytes.len(), paragraph, caption, out);
}

/// The first '.', '!' or '?' in `bytes`, eight bytes at a time: a byte equal to the mark is a
/// zero byte after XOR, and `(x - 0x01…) & !x & 0x80…` is non-zero exactly when a word holds a
/// zero byte. This scan was a twentieth of the engine's time done byte by byte.
fn find_mark(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS != 0;
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        if has_zero(x ^ (ONES * b'.' as u64)) || has_zero(x ^ (ONES * b'!' as u64)) || has_zero(x ^ (ONES * b'?' as u64)) {
            break;
        }
        offset += 8;
    }
    bytes[offset..].iter().position(|b| matches!(b, b'.' | b'!' | b'?')).map(|at| offset + at)
}

fn push(slice: &str, offset: usize, from: usize, to: usize, paragraph: usize, caption: bool, out: &mut Vec<Sentence>) {
    let piece = &slice[from..to];
    let trimmed_start = from + (piece.len() - piece.trim_start().len());
    let trimmed_end = to - (piece.len() - piece.trim_end().len());
    if trimmed_end > trimmed_start {
        out.push(Sentence { start: offset + trimmed_start, end: offset + trimmed_end, paragraph, caption });
    }
}

/// Whether the mark at byte `i` of `slice` ends a sentence.
fn ends_sentence(slice: &str, i: usize) -> bool {
    let after = &slice[i + 1..];
    let after = after.trim_start_matches(['"', '\'', ')', '”', '’']);
    let next = after.trim_start();
    if next.len() == after.len() && !after.is_empty() {
        return false; // No space after the mark: "E.Knapper", "1.5", "D.C.".
    }
    let Some(first) = next.chars().next() else { return true };
    if !(first.is_uppercase() || first.is_ascii_digit() || matches!(first, '"' | '“' | '(' | '‘' | '\'')) {
        return false;
    }
    if slice.as_bytes()[i] != b'.' {
        return true;
    }
    // The word before the period: "Mr", "W", "D.C" ends in "C".
    let word_start = slice[..i].char_indices().rev().take_while(|(_, c)| c.is_alphabetic()).last().map_or(i, |(at, _)| at);
    let word = &slice[word_start..i];
    let mut letters = word.chars();
    let single_initial = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    // "on Dec. 10, 2001": a month's abbreviation before a day.
    let month_before_day = first.is_ascii_digit() && MONTH_ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word));
    // "… trade growth with the U.S. About $1.8 billion …": after an initial, a word that opens
    // sentences and never a name ends the one before.
    let next_word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
    if single_initial && OPENERS.iter().any(|o| o.eq_ignore_ascii_case(&next_word)) {
        return true;
    }
    !single_initial && !month_before_day && !ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Words that open a sentence and do not follow an initial inside a name ("George W. Bush",
/// "U.S. President"): determiners, pronouns and adverbs of the sentence's start.
const OPENERS: [&str; 24] = [
    "the", "a", "an", "about", "but", "and", "it", "its", "this", "that", "these", "those", "there", "they", "he",
    "she", "we", "in", "on", "at", "since", "after", "however", "meanwhile",
];

/// Months as wire copy shortens them; a period after one ends no sentence when a day follows.
const MONTH_ABBREVIATIONS: [&str; 12] = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let mut out = Vec::new();
        split(text, 0, text.len(), 0, false, &mut out);
        let got: Vec<&str> = out.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn finds_marks_anywhere_in_a_word() {
        for at in 0..20 {
            let mut text = vec![b'a'; 20];
            text[at] = b'?';
            assert_eq!(find_mark(&text), Some(at));
        }
        assert_eq!(find_mark("Hà Nội, Đà Nẵng và Huế không có dấu chấm".as_bytes()), None);
        assert_eq!(find_mark(b""), None);
    }

    #[test]
    fn splits_on_sentence_ends_only() {
        check(
            "On July 12, 1995, they normalized relations. Exactly 5 years later, on July 13, 2000, they signed.",
            &["On July 12, 1995, they normalized relations.", "Exactly 5 years later, on July 13, 2000, they signed."],
        );
        check("Mr. Trump met George W. Bush in Washington, D.C. and left.", &["Mr. Trump met George W. Bush in Washington, D.C. and left."]);
        check("He said “we agreed.” Then he left", &["He said “we agreed.”", "Then he left"]);
        check("Ambassador Marc E.Knapper spoke. It was 1.5 hours.", &["Ambassador Marc E.Knapper spoke.", "It was 1.5 hours."]);
        check("They signed on Dec. 10, 2001 and Sept. 3, 2002.", &["They signed on Dec. 10, 2001 and Sept. 3, 2002."]);
        // A month's name ends a sentence like any word when no day follows.
        check("The talks ended in Nov. 2002 was a good year.", &["The talks ended in Nov. 2002 was a good year."]);
        check("It happened in Oct. Then they left.", &["It happened in Oct.", "Then they left."]);
        // analysis_americanthinker_2004: "U.S." ends a sentence before a word that opens one.
        check(
            "They wrote of Vietnam's trade growth with the U.S. About $1.8 billion in apparel will be sold.",
            &["They wrote of Vietnam's trade growth with the U.S.", "About $1.8 billion in apparel will be sold."],
        );
        // Counter-examples: an initial inside a name, or before a title.
        check("Mr. Trump met George W. Bush and U.S. President Obama.", &["Mr. Trump met George W. Bush and U.S. President Obama."]);
        check("It was signed by John F. Kennedy in Washington, D.C. The next day they left.", &["It was signed by John F. Kennedy in Washington, D.C.", "The next day they left."]);
    }
}
