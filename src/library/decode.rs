//! Bytes from a file or the clipboard as article text. The encoding is read from a byte order
//! mark (UTF-8, UTF-16 LE or BE); without one, UTF-8 is taken when the bytes are UTF-8, else
//! Windows-1258 when they look Vietnamese, else Windows-1252, and the reader is told the
//! encoding was guessed. Binary files are refused; stray control characters dropped; line ends
//! made "\n"; HTML reduced to its text.

use super::codepages::{compose, TONE_MARKS, WINDOWS_1252, WINDOWS_1258};
use super::{html_to_text, Rejection, MAX_BYTES};
use crate::i18n::{Key, Lang};

/// A file's text, and what the reader should know of how it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// Said when the encoding was guessed or some bytes could not be read.
    pub note: Option<String>,
}

/// Bytes from a file or the clipboard as article text; `name` (the file's) tells HTML and
/// names the file in notes.
pub fn text_from_bytes(name: &str, bytes: &[u8]) -> Result<Decoded, Rejection> {
    text_from_bytes_in(name, bytes, Lang::En)
}

/// `text_from_bytes`, with the note on the encoding in `lang`.
pub fn text_from_bytes_in(name: &str, bytes: &[u8], lang: Lang) -> Result<Decoded, Rejection> {
    if bytes.len() > MAX_BYTES * 4 {
        return Err(Rejection::TooLarge { bytes: bytes.len() });
    }
    let (text, note) = match bytes {
        [0xFF, 0xFE, rest @ ..] => (utf16(rest, u16::from_le_bytes), None),
        [0xFE, 0xFF, rest @ ..] => (utf16(rest, u16::from_be_bytes), None),
        // Text never holds a NUL byte outside UTF-16: an image, a PDF, an archive does.
        _ if bytes.contains(&0) => return Err(Rejection::NotText),
        [0xEF, 0xBB, 0xBF, rest @ ..] => match std::str::from_utf8(rest) {
            Ok(text) => (text.to_string(), None),
            Err(_) => (
                String::from_utf8_lossy(rest).into_owned(),
                Some(lang.f(Key::NotUtf8, &[&name])),
            ),
        },
        _ => match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_string(), None),
            Err(_) if looks_vietnamese(bytes) => (windows_1258(bytes), Some(lang.f(Key::ReadAs, &[&name, &lang.t(Key::EncodingVietnamese)]))),
            Err(_) => (bytes.iter().map(|&b| single_byte(b, &WINDOWS_1252)).collect(), Some(lang.f(Key::ReadAs, &[&name, &lang.t(Key::EncodingWestern)]))),
        },
    };
    let text = clean(text)?;
    let lower = name.to_ascii_lowercase();
    let html = [".html", ".htm", ".xhtml"].iter().any(|end| lower.ends_with(end)) || text.trim_start().starts_with('<');
    Ok(Decoded { text: if html { html_to_text(&text) } else { text }, note })
}


/// UTF-16 in the byte order given; a lone surrogate or an odd last byte is U+FFFD.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text: String = char::decode_utf16(units).map(|c| c.unwrap_or('\u{fffd}')).collect();
    if bytes.len() % 2 == 1 {
        text.push('\u{fffd}');
    }
    text
}

fn single_byte(b: u8, upper: &[char; 128]) -> char {
    if b < 0x80 {
        b as char
    } else {
        upper[usize::from(b - 0x80)]
    }
}

/// Windows-1258, each vowel and its tone mark composed into one letter: "Nguyê" and a
/// combining tilde become "Nguyễ".
fn windows_1258(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 4);
    let mut last: Option<char> = None;
    for &b in bytes {
        let c = single_byte(b, &WINDOWS_1258);
        match last.and_then(|base| compose(base, c)) {
            Some(toned) => {
                text.pop();
                text.push(toned);
                last = Some(toned);
            }
            None => {
                text.push(c);
                last = Some(c);
            }
        }
    }
    text
}

/// Whether bytes that are not UTF-8 read as Vietnamese in Windows-1258: its tone marks follow
/// vowels. In Windows-1252 the same bytes are "ÌÒÞìò", which Western languages put after
/// consonants as often as not ("però", "così", "Það"), when they use them at all.
fn looks_vietnamese(bytes: &[u8]) -> bool {
    let is_tone = |b: u8| TONE_MARKS.contains(&single_byte(b, &WINDOWS_1258));
    // a e i o u y, and â ê ô ă ơ ư in both cases.
    let is_vowel = |b: u8| {
        matches!(b.to_ascii_lowercase(), b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
            || matches!(b, 0xE2 | 0xEA | 0xF4 | 0xE3 | 0xF5 | 0xFD | 0xC2 | 0xCA | 0xD4 | 0xC3 | 0xD5 | 0xDD)
    };
    let (mut after_vowel, mut elsewhere) = (0usize, 0usize);
    for (i, _) in bytes.iter().enumerate().filter(|&(_, &b)| b >= 0x80 && is_tone(b)) {
        if i > 0 && is_vowel(bytes[i - 1]) {
            after_vowel += 1;
        } else {
            elsewhere += 1;
        }
    }
    after_vowel > 0 && after_vowel >= 3 * elsewhere
}

/// Line ends made "\n" (CRLF and a lone CR); control characters other than tab, newline and
/// form feed dropped. Text in which they are more than one character in twenty (and more than
/// a few) is not text, even without a NUL byte.
fn clean(text: String) -> Result<String, Rejection> {
    let stray = |c: char| c < ' ' && !matches!(c, '\t' | '\n' | '\x0c');
    if !text.chars().any(stray) {
        return Ok(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut junk = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push('\n');
            }
            c if stray(c) => junk += 1,
            c => out.push(c),
        }
    }
    if junk > 16 && junk * 20 > text.len() {
        return Err(Rejection::NotText);
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
