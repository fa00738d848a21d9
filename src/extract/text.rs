//! Tokens with byte spans into the original text, and the diacritic-folded lowercase form
//! every rule matches on, so "Trọng" and "Trong" are one word to the engine.

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    /// Digits, with inner "," or "." between digits: "1,150", "123.86".
    Number,
    Punct,
}

/// A token's folded form, kept inline when short (nearly always), so that tokenizing a text
/// does not allocate once per word.
#[derive(Clone, Debug)]
pub enum Folded {
    /// Built only from a whole `&str` or from ASCII letters lowercased; see `as_str`.
    Inline { len: u8, bytes: [u8; 22] },
    Heap(Box<str>),
}

impl Folded {
    pub fn new(text: &str) -> Self {
        if text.len() <= 22 {
            let mut bytes = [0u8; 22];
            bytes[..text.len()].copy_from_slice(text.as_bytes());
            Folded::Inline { len: text.len() as u8, bytes }
        } else {
            Folded::Heap(text.into())
        }
    }

    /// The lowercase form of an ASCII word, in one pass.
    fn ascii_lowercase(text: &str) -> Self {
        if text.len() > 22 {
            return Folded::Heap(text.to_ascii_lowercase().into());
        }
        let mut bytes = [0u8; 22];
        for (to, from) in bytes.iter_mut().zip(text.bytes()) {
            *to = from.to_ascii_lowercase();
        }
        Folded::Inline { len: text.len() as u8, bytes }
    }

    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Folded::Inline { len, bytes } => &bytes[..*len as usize],
            Folded::Heap(text) => text.as_bytes(),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            // SAFETY: `Inline` is only built by `new`, which copies a whole `&str` (never a part
            // of one), and from ASCII letters lowercased (`ascii_lowercase`, `tokenize`): the first
            // `len` bytes are always valid UTF-8. Checking again on every comparison cost a
            // sixth of the engine's time.
            Folded::Inline { len, bytes } => unsafe { std::str::from_utf8_unchecked(&bytes[..*len as usize]) },
            Folded::Heap(text) => text,
        }
    }
}

impl std::ops::Deref for Folded {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

#[derive(Clone, Debug)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Lowercase, without diacritics.
    pub folded: Folded,
    /// The first letter is uppercase in the text.
    pub capitalized: bool,
}

/// Byte equality that settles most mismatches on length and first byte, and compares the rest
/// in a plain loop: rules compare every token with many short words, and a library call per
/// comparison (first for the whole test, then for `memcmp`) cost a sixth of the engine's time.
#[inline]
fn same_word(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.first() == b.first() && a.iter().zip(b).all(|(x, y)| x == y)
}

impl Token {
    pub fn is(&self, word: &str) -> bool {
        same_word(self.folded.as_bytes(), word.as_bytes())
    }

    /// The folded form is looked at once, not once per word: `is_any` runs over tables of
    /// dozens of words for nearly every token.
    pub fn is_any(&self, words: &[&str]) -> bool {
        let folded = self.folded.as_bytes();
        words.iter().any(|w| same_word(folded, w.as_bytes()))
    }

    /// The number's value when it is a plain integer with at most 9 digits.
    pub fn integer(&self) -> Option<u32> {
        if self.kind != Kind::Number || self.folded.len() > 9 || !self.folded.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        self.folded.parse().ok()
    }
}

/// What a byte starts or continues, looked up once per byte instead of testing ranges.
const SPACE: u8 = 0;
const DIGIT: u8 = 1;
const LETTER: u8 = 2;
const OTHER: u8 = 3;
/// A byte of a multi-byte character: decoded where it is met.
const HIGH: u8 = 4;

static CLASS: [u8; 256] = {
    let mut class = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        class[b] = if byte >= 0x80 {
            HIGH
        } else if byte.is_ascii_whitespace() {
            SPACE
        } else if byte.is_ascii_digit() {
            DIGIT
        } else if byte.is_ascii_alphabetic() {
            LETTER
        } else {
            OTHER
        };
        b += 1;
    }
    class
};

/// Splits `text[start..end]` into tokens. Offsets are bytes into `text`. Walks bytes, and
/// decodes a character only where the text leaves ASCII.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let Some(slice) = text.get(start..end) else { return Vec::new() };
    let bytes = slice.as_bytes();
    // About one token per five bytes of news text; sized once to avoid regrowing.
    let mut tokens = Vec::with_capacity(bytes.len() / 5 + 4);
    let class_at = |j: usize| bytes.get(j).map_or(SPACE, |&b| CLASS[b as usize]);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match CLASS[b as usize] {
            SPACE => {
                i += 1;
                continue;
            }
            DIGIT => {
                let mut j = i + 1;
                loop {
                    match class_at(j) {
                        DIGIT => j += 1,
                        // A separator counts only between digits: "1,150", "123.86", but "2015," ends.
                        OTHER if matches!(bytes[j], b',' | b'.') && class_at(j + 1) == DIGIT => j += 2,
                        _ => break,
                    }
                }
                tokens.push(Token { start: start + i, end: start + j, kind: Kind::Number, folded: Folded::new(&slice[i..j]), capitalized: false });
                i = j;
                continue;
            }
            LETTER => {
                // Lowercased while scanning: for an ASCII letter, setting bit 5 is lowercase.
                let mut lower = [0u8; 22];
                let mut j = i;
                while class_at(j) == LETTER {
                    if let Some(to) = lower.get_mut(j - i) {
                        *to = bytes[j] | 0x20;
                    }
                    j += 1;
                }
                if class_at(j) == HIGH {
                    i = word(slice, start, i, j, b.is_ascii_uppercase(), &mut tokens);
                    continue;
                }
                // "U.S." and "U.S.A." are one word, "us".
                if b == b'U' && j == i + 1 && slice[j..].starts_with(".S.") {
                    let end = if slice[j..].starts_with(".S.A.") { j + 5 } else { j + 3 };
                    tokens.push(Token { start: start + i, end: start + end, kind: Kind::Word, folded: Folded::new("us"), capitalized: true });
                    i = end;
                    continue;
                }
                let folded = if j - i <= 22 { Folded::Inline { len: (j - i) as u8, bytes: lower } } else { Folded::ascii_lowercase(&slice[i..j]) };
                tokens.push(Token { start: start + i, end: start + j, kind: Kind::Word, folded, capitalized: b.is_ascii_uppercase() });
                i = j;
                continue;
            }
            _ => {}
        }
        let c = if b < 0x80 { b as char } else { slice[i..].chars().next().unwrap_or(' ') };
        if b >= 0x80 && is_letter(c) {
            i = word(slice, start, i, i, c.is_uppercase(), &mut tokens);
            continue;
        }
        let width = c.len_utf8();
        if !c.is_whitespace() {
            let normalized = match c {
                '’' | '‘' | '`' => '\'',
                '“' | '”' => '"',
                '–' | '—' | '‑' => '-',
                other => other,
            };
            tokens.push(Token { start: start + i, end: start + i + width, kind: Kind::Punct, folded: Folded::new(normalized.encode_utf8(&mut [0; 4])), capitalized: false });
        }
        i += width;
    }
    tokens
}

/// Reads on a word that leaves ASCII at byte `j` (its letters so far are `slice[i..j]`) and
/// pushes it folded; returns where it ends.
fn word(slice: &str, start: usize, i: usize, mut j: usize, capitalized: bool, tokens: &mut Vec<Token>) -> usize {
    let bytes = slice.as_bytes();
    let ascii_end = j;
    while j < bytes.len() {
        if bytes[j].is_ascii_alphabetic() {
            j += 1;
            continue;
        }
        if bytes[j] < 0x80 {
            break;
        }
        let d = slice[j..].chars().next().unwrap_or(' ');
        if is_letter(d) || is_combining_mark(d) {
            j += d.len_utf8();
        } else {
            break;
        }
    }
    // "word’s": the word itself stayed ASCII.
    let folded = if j == ascii_end { Folded::ascii_lowercase(&slice[i..j]) } else { Folded::new(&fold(&slice[i..j])) };
    tokens.push(Token { start: start + i, end: start + j, kind: Kind::Word, folded, capitalized });
    j
}

/// `char::is_alphabetic`, answered without its table search for the letters of Latin-1 and
/// Vietnamese and for typographic punctuation, which are nearly all the text leaving ASCII.
fn is_letter(c: char) -> bool {
    match c as u32 {
        0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F | 0x1E00..=0x1EFF => true,
        0x2000..=0x206F | 0xD7 | 0xF7 => false,
        _ => c.is_alphabetic(),
    }
}

fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Lowercase ASCII form of a whole string, diacritics removed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Appends the lowercase, diacritic-free form of `c` (Latin-1, Latin Extended-A, and the
/// Vietnamese letters of Latin Extended-B and Latin Extended Additional).
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if is_combining_mark(c) {
        return;
    }
    let code = c as u32;
    let base: &str = match code {
        0xC0..=0xC5 | 0xE0..=0xE5 => "a",
        0xC6 | 0xE6 => "ae",
        0xC7 | 0xE7 => "c",
        0xC8..=0xCB | 0xE8..=0xEB => "e",
        0xCC..=0xCF | 0xEC..=0xEF => "i",
        0xD0 | 0xF0 => "d",
        0xD1 | 0xF1 => "n",
        0xD2..=0xD6 | 0xD8 | 0xF2..=0xF6 | 0xF8 => "o",
        0xD9..=0xDC | 0xF9..=0xFC => "u",
        0xDD | 0xFD | 0xFF => "y",
        0xDF => "ss",
        0x100..=0x105 => "a",
        0x106..=0x10D => "c",
        0x10E..=0x111 => "d",
        0x112..=0x11B => "e",
        0x11C..=0x123 => "g",
        0x124..=0x127 => "h",
        0x128..=0x131 => "i",
        0x134..=0x135 => "j",
        0x136..=0x138 => "k",
        0x139..=0x142 => "l",
        0x143..=0x14B => "n",
        0x14C..=0x151 => "o",
        0x152..=0x153 => "oe",
        0x154..=0x159 => "r",
        0x15A..=0x161 => "s",
        0x162..=0x167 => "t",
        0x168..=0x173 => "u",
        0x174..=0x175 => "w",
        0x176..=0x178 => "y",
        0x179..=0x17E => "z",
        0x1A0..=0x1A1 => "o",
        0x1AF..=0x1B0 => "u",
        0x1EA0..=0x1EB7 => "a",
        0x1EB8..=0x1EC7 => "e",
        0x1EC8..=0x1ECB => "i",
        0x1ECC..=0x1EE3 => "o",
        0x1EE4..=0x1EF1 => "u",
        0x1EF2..=0x1EF9 => "y",
        _ => {
            out.push(simple_lower(c));
            return;
        }
    };
    out.push_str(base);
}

/// The lowercase of a letter of the Latin, Vietnamese, Greek or Cyrillic alphabets, one to
/// one. `char::to_lowercase` would do every script, but links 24 KB of case tables into the
/// WebAssembly bundle.
pub fn simple_lower(c: char) -> char {
    let code = c as u32;
    let lower = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A9 | 0x410..=0x42F => code + 0x20,
        0x400..=0x40F => code + 0x50,
        0x100..=0x137 | 0x14A..=0x177 | 0x1EA0..=0x1EF9 if code % 2 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17E if code % 2 == 1 => code + 1,
        0x1A0 | 0x1AF => code + 1,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// The uppercase of a letter, the inverse of `simple_lower`.
pub fn simple_upper(c: char) -> char {
    let code = c as u32;
    let upper = match code {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE | 0x3B1..=0x3C9 | 0x430..=0x44F => code - 0x20,
        0x450..=0x45F => code - 0x50,
        0x101..=0x137 | 0x14B..=0x177 | 0x1EA1..=0x1EF9 if code % 2 == 1 => code - 1,
        0x13A..=0x148 | 0x17A..=0x17E if code % 2 == 0 => code - 1,
        0x1A1 | 0x1B0 => code - 1,
        _ => code,
    };
    char::from_u32(upper).unwrap_or(c)
}

/// The text with its first letter uppercase.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else { return String::new() };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(simple_upper(first));
    out.push_str(chars.as_str());
    out
}

/// The month number of a folded month name or its abbreviation.
pub fn month_number(folded: &str) -> Option<u8> {
    Some(match folded {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// The value of a number written as a word, "five" or "twenty-eight" split as two tokens.
pub fn number_word(folded: &str) -> Option<u32> {
    const UNITS: [&str; 20] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];
    const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    if let Some(i) = UNITS.iter().position(|u| *u == folded) {
        return Some(i as u32);
    }
    TENS.iter().position(|t| *t == folded).map(|i| (i as u32 + 2) * 10)
}

/// The value of a number in words that ends at token `i`: "five", or "thirty-five" whole, its
/// tens two tokens before across the hyphen (read alone, "five" would be thirty short).
pub fn number_words_at(tokens: &[Token], i: usize) -> Option<u32> {
    let units = number_word(&tokens.get(i)?.folded)?;
    let tens = i.checked_sub(2).filter(|_| units < 10 && tokens[i - 1].is("-")).and_then(|k| number_word(&tokens[k].folded)).filter(|n| n % 10 == 0 && *n >= 20);
    Some(tens.unwrap_or(0) + units)
}

/// The value of an ordinal: "20th", "10th", "first", "tenth".
pub fn ordinal(tokens: &[Token], i: usize) -> Option<u32> {
    let token = tokens.get(i)?;
    if let Some(n) = token.integer() {
        let suffix = tokens.get(i + 1).filter(|t| t.start == token.end)?;
        return suffix.is_any(&["st", "nd", "rd", "th"]).then_some(n);
    }
    const WORDS: [&str; 10] =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
    WORDS.iter().position(|w| token.is(w)).map(|p| p as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_vietnamese_and_latin_letters() {
        assert_eq!(fold("Nguyễn Phú Trọng"), "nguyen phu trong");
        assert_eq!(fold("Việt Nam, Hà Nội, Biên Hoà, Đà Nẵng"), "viet nam, ha noi, bien hoa, da nang");
        assert_eq!(fold("Trương Tấn Sang, Bùi Thanh Sơn, Phạm Thu Hằng"), "truong tan sang, bui thanh son, pham thu hang");
    }

    #[test]
    fn tokens_keep_byte_spans() {
        let text = "Trọng visited on July 7, 2015 with US$1,150.5 million.";
        let tokens = tokenize(text, 0, text.len());
        let words: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            words,
            ["Trọng", "visited", "on", "July", "7", ",", "2015", "with", "US", "$", "1,150.5", "million", "."]
        );
        assert_eq!(tokens[0].folded.as_str(), "trong");
        assert!(tokens[0].capitalized);
        assert_eq!(tokens[4].integer(), Some(7));
    }

    #[test]
    fn knows_letters_as_the_standard_library_does() {
        for c in (0x80u32..0x2100).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn changes_case_without_tables() {
        assert_eq!(capitalized("ông"), "Ông");
        assert_eq!(capitalized("đà nẵng"), "Đà nẵng");
        assert_eq!(simple_lower('Ж'), 'ж');
        assert_eq!(simple_lower('Ạ'), 'ạ');
        assert_eq!(fold("ЖΩ"), "жω");
        for c in ['A', 'Ý', 'Ă', 'Ł', 'Ơ', 'Ư', 'Ỹ', 'Σ', 'Я', 'Ё'] {
            assert_eq!(simple_upper(simple_lower(c)), c);
            assert_eq!(simple_lower(c).to_string(), c.to_lowercase().to_string());
        }
    }

    #[test]
    fn reads_ordinals_and_number_words() {
        let text = "the 20th and the first";
        let tokens = tokenize(text, 0, text.len());
        assert_eq!(ordinal(&tokens, 1), Some(20));
        assert_eq!(ordinal(&tokens, 5), Some(1));
        assert_eq!(number_word("twenty"), Some(20));
        assert_eq!(month_number("sept"), Some(9));
    }
}
