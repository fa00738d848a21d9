//! A small JSON reader for the stored articles and for imports, written here so that the page
//! carries no JSON deserializer (serde_json's, with its derives, is the larger part of JSON in
//! wasm). It reads RFC 8259 JSON into a `Value`, in one linear pass (imports reach 10 MB), to a
//! depth of `MAX_DEPTH`; an error says where, by line and column. It never panics: every byte
//! it looks at is checked to be there.

use crate::i18n::{Key, Lang};
use std::fmt;

/// How deep arrays and objects may nest. An export nests three deep; the limit keeps a
/// hostile file from exhausting the stack.
pub const MAX_DEPTH: usize = 64;

/// A JSON value. An object keeps its members in order, repeated keys included.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number as the file writes it ("1", "2.5E-2"): the page reads no floating-point
    /// numbers, so it carries no decimal-to-float conversion (its tables alone are 10 KB).
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The value of a number that is an integer below 10^15 in magnitude, however written
    /// ("1", "1.0", "1e0", "10E-1"), exactly; `None` for any other value.
    pub fn integer(&self) -> Option<i64> {
        let Value::Number(literal) = self else { return None };
        let (negative, unsigned) = match literal.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, literal.as_str()),
        };
        let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
            Some(at) => (&unsigned[..at], unsigned[at + 1..].strip_prefix('+').unwrap_or(&unsigned[at + 1..])),
            None => (unsigned, "0"),
        };
        // A longer exponent than this makes the value zero or far too large.
        let exponent: i64 = if exponent.trim_start_matches('-').len() > 6 { i64::MAX } else { exponent.parse().ok()? };
        let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        // The digits, with the decimal point `point` digits from their start.
        let digits = whole.bytes().chain(fraction.bytes());
        let mut point = (whole.len() as i64).saturating_add(exponent);
        let mut significant: Vec<u8> = Vec::new();
        for digit in digits {
            if significant.is_empty() && digit == b'0' {
                point = point.saturating_sub(1);
            } else {
                significant.push(digit);
            }
        }
        while significant.last() == Some(&b'0') {
            significant.pop();
        }
        if significant.is_empty() {
            return Some(0);
        }
        let length = significant.len() as i64;
        if point < length || point > 15 {
            return None;
        }
        let value = significant.iter().fold(0i64, |n, &d| n * 10 + i64::from(d - b'0')) * 10i64.pow((point - length) as u32);
        (value < 1_000_000_000_000_000).then_some(if negative { -value } else { value })
    }


    /// The member `key` of an object; when the key is repeated, the last one, as in browsers.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The value `get` gives, moved out of the object (a list of articles is not copied).
    pub fn take(&mut self, key: &str) -> Option<Value> {
        match self {
            Value::Object(members) => members.iter().rposition(|(k, _)| k == key).map(|at| members.remove(at).1),
            _ => None,
        }
    }
}

/// Where the text stops being JSON, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    problem: Problem,
}

/// What went wrong, as a message of the catalogue and what it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Problem {
    key: Key,
    arg: Arg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Arg {
    None,
    /// What stands where something else was expected: a character, or `None` at the end.
    Found(Option<char>),
    Number(usize),
}

impl Error {
    /// "line 3, column 14: expected a value, found “}”", in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let said = match self.problem.arg {
            Arg::None => lang.t(self.problem.key).to_string(),
            Arg::Found(Some(c)) => lang.f(self.problem.key, &[&format!("\u{201c}{c}\u{201d}")]),
            Arg::Found(None) => lang.f(self.problem.key, &[&lang.t(Key::JsonFoundEnd)]),
            Arg::Number(n) => lang.f(self.problem.key, &[&n]),
        };
        lang.f(Key::JsonWhere, &[&self.line, &self.column, &said])
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Reads `text` as one JSON value (spacing around it allowed, nothing else).
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut reader = Reader { text, bytes: text.as_bytes(), pos: 0 };
    let value = reader.value(0).and_then(|value| {
        reader.skip_space();
        match reader.pos < reader.bytes.len() {
            true => Err(reader.error(Key::JsonAfterEnd, reader.found())),
            false => Ok(value),
        }
    });
    value.map_err(|failure| locate(text, failure))
}

/// An error at a byte offset, before its line and column are counted.
struct Failure {
    at: usize,
    problem: Problem,
}

/// The line and column of a byte offset, counted only once, when reading failed.
fn locate(text: &str, failure: Failure) -> Error {
    let before = &text.as_bytes()[..failure.at.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    // Characters, not bytes: count the bytes that start one.
    let column = before[line_start..].iter().filter(|&&b| (b as i8) >= -0x40).count() + 1;
    Error { line, column, problem: failure.problem }
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn error(&self, key: Key, arg: Arg) -> Failure {
        Failure { at: self.pos, problem: Problem { key, arg } }
    }

    /// What is at the reading position, for a message: a character, or the end of the text.
    fn found(&self) -> Arg {
        Arg::Found(self.text.get(self.pos..).and_then(|rest| rest.chars().next()))
    }

    fn skip_space(&mut self) {
        while matches!(self.bytes.get(self.pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, Failure> {
        self.skip_space();
        match self.bytes.get(self.pos) {
            Some(b'{') | Some(b'[') if depth >= MAX_DEPTH => Err(self.error(Key::JsonTooDeep, Arg::Number(MAX_DEPTH))),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error(Key::JsonExpectedValue, self.found())),
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, Failure> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error(Key::JsonExpectedValue, self.found()))
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, Failure> {
        self.pos += 1;
        let mut members = Vec::new();
        self.skip_space();
        if self.bytes.get(self.pos) == Some(&b'}') {
            self.pos += 1;
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_space();
            if self.bytes.get(self.pos) != Some(&b'"') {
                return Err(self.error(Key::JsonExpectedName, self.found()));
            }
            let key = self.string()?;
            self.skip_space();
            if self.bytes.get(self.pos) != Some(&b':') {
                return Err(self.error(Key::JsonExpectedColon, self.found()));
            }
            self.pos += 1;
            let value = self.value(depth + 1)?;
            members.push((key, value));
            self.skip_space();
            match self.bytes.get(self.pos) {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Value::Object(members));
                }
                _ => return Err(self.error(Key::JsonExpectedCommaBrace, self.found())),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, Failure> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.bytes.get(self.pos) == Some(&b']') {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.bytes.get(self.pos) {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error(Key::JsonExpectedCommaBracket, self.found())),
            }
        }
    }

    /// A string, from its opening quote. Runs without escapes are copied whole; they end only
    /// at ASCII bytes, so every cut falls between characters.
    fn string(&mut self) -> Result<String, Failure> {
        self.pos += 1;
        let mut out = String::new();
        let mut run = self.pos;
        loop {
            let Some(&b) = self.bytes.get(self.pos) else {
                return Err(self.error(Key::JsonEndsInString, Arg::None));
            };
            match b {
                b'"' => {
                    out.push_str(&self.text[run..self.pos]);
                    self.pos += 1;
                    return Ok(out);
                }
                b'\\' => {
                    out.push_str(&self.text[run..self.pos]);
                    self.escape(&mut out)?;
                    run = self.pos;
                }
                0x00..=0x1F => return Err(self.error(Key::JsonControlInString, Arg::None)),
                _ => self.pos += 1,
            }
        }
    }

    /// An escape, from its backslash. A surrogate half without its other half is U+FFFD.
    fn escape(&mut self, out: &mut String) -> Result<(), Failure> {
        let c = match self.bytes.get(self.pos + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let high = self.hex4(self.pos + 2)?;
                self.pos += 6;
                if (0xD800..0xDC00).contains(&high) && self.bytes[self.pos..].starts_with(b"\\u") {
                    let low = self.hex4(self.pos + 2)?;
                    if (0xDC00..0xE000).contains(&low) {
                        self.pos += 6;
                        let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                        out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                        return Ok(());
                    }
                }
                out.push(char::from_u32(high).unwrap_or('\u{fffd}'));
                return Ok(());
            }
            _ => {
                self.pos += 1;
                return Err(self.error(Key::JsonBadEscape, self.found()));
            }
        };
        out.push(c);
        self.pos += 2;
        Ok(())
    }

    /// The four hex digits at `at`.
    fn hex4(&mut self, at: usize) -> Result<u32, Failure> {
        let digits = self.bytes.get(at..at + 4).filter(|d| d.iter().all(u8::is_ascii_hexdigit));
        match digits {
            Some(digits) => Ok(digits.iter().fold(0, |n, &d| n * 16 + (d as char).to_digit(16).unwrap_or(0))),
            None => {
                self.pos = at;
                Err(self.error(Key::JsonBadUnicode, Arg::None))
            }
        }
    }

    /// A number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    fn number(&mut self) -> Result<Value, Failure> {
        let start = self.pos;
        let digits = |reader: &mut Self| {
            let from = reader.pos;
            while reader.bytes.get(reader.pos).is_some_and(u8::is_ascii_digit) {
                reader.pos += 1;
            }
            reader.pos - from
        };
        if self.bytes.get(self.pos) == Some(&b'-') {
            self.pos += 1;
        }
        let whole_from = self.pos;
        let whole = digits(self);
        if whole == 0 || (whole > 1 && self.bytes[whole_from] == b'0') {
            self.pos = whole_from;
            return Err(self.error(Key::JsonBadNumberStart, Arg::None));
        }
        if self.bytes.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            if digits(self) == 0 {
                return Err(self.error(Key::JsonDigitAfterPoint, Arg::None));
            }
        }
        if matches!(self.bytes.get(self.pos), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.bytes.get(self.pos), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if digits(self) == 0 {
                return Err(self.error(Key::JsonDigitInExponent, Arg::None));
            }
        }
        Ok(Value::Number(self.text[start..self.pos].to_string()))
    }
}

#[cfg(test)]
mod tests;
