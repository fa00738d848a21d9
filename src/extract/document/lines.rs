//! A text's logical lines: the physical lines, with those a hard-wrapped release or
//! transcript broke mid-sentence joined again, so that no piece of a sentence looks like a
//! heading or a date line.

/// The text's lines as byte spans, with hard-wrapped lines joined: archived releases and
/// transcripts break a sentence every 70 characters ("…met in Washington Monday with\n
/// Vietnam's Prime Minister…"), and each piece alone would look like a heading. A line runs on
/// into the next when it does not end a sentence and the next goes on in lower case, or, in a
/// hard-wrapped text, when the next line follows with no blank line between and the line is
/// long or stops inside a phrase: such texts also break short lines mid-sentence ("Two-way\n
/// goods trade between the United\nStates and Vietnam totaled…"), and their headings and date
/// lines stand apart.
pub(super) fn logical_lines(text: &str) -> Vec<(usize, usize)> {
    let wrapped = is_hard_wrapped(text);
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut offset = 0;
    let mut joins = false;
    for raw in text.split('\n') {
        let (start, end) = (offset, offset + raw.len());
        offset = end + 1;
        let trimmed = raw.trim();
        match lines.last_mut() {
            Some(last) if joins && !trimmed.is_empty() => last.1 = end,
            _ => lines.push((start, end)),
        }
        let Some(&(from, to)) = lines.last() else { continue };
        let so_far = text[from..to].trim();
        let ends_sentence = so_far.ends_with(['.', '!', '?', ':', ';', '"', '”', '|', ')']);
        joins = !trimmed.is_empty() && !ends_sentence && (so_far.len() >= 12 || wrapped);
        if joins {
            let next = text.get(offset..).and_then(|rest| rest.split('\n').next()).map(str::trim).unwrap_or("");
            let goes_on = next.starts_with(|c: char| c.is_lowercase());
            joins = goes_on || (wrapped && !next.is_empty() && (trimmed.len() >= 50 || breaks_a_phrase(trimmed)));
        }
    }
    lines
}

/// Words no sentence or heading ends with: a line that ends with one goes on in the next.
const LINKING: [&str; 24] = [
    "and", "or", "but", "the", "a", "an", "of", "to", "with", "in", "on", "for", "by", "from", "at", "between", "during", "as", "that",
    "which", "who", "its", "their", "his",
];

/// Whether a short line stops inside a phrase: after a linking word ("Vietnam's Deputy Prime
/// Minister and"), or, in prose, inside a name begun by "the" ("goods trade between the
/// United"). A heading ("U.S. Department of State", "Office of the Spokesman": no word in
/// lower case but linking ones) or a date line ("May 9, 1997") does neither.
fn breaks_a_phrase(line: &str) -> bool {
    let mut words = line.rsplit(|c: char| c.is_whitespace()).filter(|w| !w.is_empty());
    let (Some(last), before) = (words.next(), words.next()) else { return false };
    let prose = || line.split_whitespace().any(|w| w.starts_with(|c: char| c.is_lowercase()) && !LINKING.contains(&w));
    LINKING.contains(&last) || (last.starts_with(|c: char| c.is_uppercase()) && before.is_some_and(|w| w == "the") && prose())
}

/// Whether a text breaks its sentences at a fixed width: a quarter of its lines (and at least
/// three) are 50–100 characters long, end mid-sentence and go on in the next line. A web
/// article whose title runs straight into its first paragraph is not.
fn is_hard_wrapped(text: &str) -> bool {
    let lines: Vec<&str> = text.split('\n').map(str::trim).collect();
    let content = lines.iter().filter(|l| !l.is_empty()).count();
    let wraps = lines
        .windows(2)
        .filter(|w| (50..=100).contains(&w[0].len()) && !w[0].ends_with(['.', '!', '?', ':', ';', '"', '”', ')']) && !w[1].is_empty())
        .count();
    wraps >= 3 && wraps * 4 >= content
}
