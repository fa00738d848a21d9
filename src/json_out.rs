//! A small JSON writer for the model export and the stored articles, written here so that the
//! page carries no serializer framework (serde's derives and serde_json's writer cost the page
//! about 4 KB of gzipped WebAssembly). The output is byte for byte what serde_json wrote before:
//! its pretty form (two-space indent, `"key": value`, `[]` and `{}` when empty) or its compact
//! form, its string escapes and its float form. A test compares the two on the seeds and the
//! corpus.
//!
//! `to_json!` lists a struct's fields once, in declaration order; a field left out is a compile
//! error (the struct pattern would be incomplete). `to_json_enum!` gives each fieldless variant
//! its name; a variant left out is a compile error too (the match would not be exhaustive).

use crate::model::date::{DateRange, PartialDate};
use crate::model::money::{Measure, Qualifier};
use crate::model::{
    Category, Conflict, Country, Direction, Document, Event, GrowthClaim, GrowthKind, Model, Person, Published, PublishedMethod,
    Source, Span, TradeConflict, TradeFigure,
};
use std::fmt::Write;

/// Where JSON is written, and how: pretty (serde_json's `to_string_pretty`) or compact.
pub struct JsonWriter {
    out: String,
    pretty: bool,
    depth: usize,
}

impl JsonWriter {
    pub fn pretty() -> Self {
        JsonWriter { out: String::new(), pretty: true, depth: 0 }
    }

    pub fn compact() -> Self {
        JsonWriter { out: String::new(), pretty: false, depth: 0 }
    }

    pub fn finish(self) -> String {
        self.out
    }

    /// Opens an object or array: `{` or `[`.
    pub fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
    }

    /// Closes an object or array; `empty` when nothing was written inside.
    pub fn close(&mut self, bracket: char, empty: bool) {
        self.depth -= 1;
        if self.pretty && !empty {
            self.new_line();
        }
        self.out.push(bracket);
    }

    /// Starts an array item: the comma before all but the first, and in the pretty form its line.
    pub fn item(&mut self, first: bool) {
        if !first {
            self.out.push(',');
        }
        if self.pretty {
            self.new_line();
        }
    }

    /// Starts an object member: `"key": ` (no space in the compact form). Keys are field names,
    /// which need no escaping.
    pub fn key(&mut self, first: bool, key: &str) {
        self.item(first);
        self.out.push('"');
        self.out.push_str(key);
        self.out.push_str(if self.pretty { "\": " } else { "\":" });
    }

    fn new_line(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    /// Writes text already in JSON form (a number, `null`, `true`).
    pub fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    /// A JSON string, escaped as serde_json does: `"` and `\`, the short escapes `\b \f \n \r
    /// \t`, other control characters as `\u00XX` (lowercase hex); everything else, non-ASCII
    /// included, as it is.
    pub fn string(&mut self, text: &str) {
        self.out.push('"');
        let mut plain_from = 0;
        for (i, byte) in text.bytes().enumerate() {
            let escape = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0x00..=0x1f => "",
                _ => continue,
            };
            // Every byte escaped is ASCII, so the slices fall on character boundaries.
            self.out.push_str(&text[plain_from..i]);
            plain_from = i + 1;
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.out.push_str("\\u00");
                self.out.push(HEX[usize::from(byte >> 4)] as char);
                self.out.push(HEX[usize::from(byte & 0xf)] as char);
            } else {
                self.out.push_str(escape);
            }
        }
        self.out.push_str(&text[plain_from..]);
        self.out.push('"');
    }

    /// A number as serde_json writes an `f64` (its zmij form): the shortest digits that read
    /// back as the same value; plain decimals with at least one digit after the point (`240.0`,
    /// `0.001234`) while the leading digit's power of ten is from -5 to 15, else an exponent
    /// with its sign (`1e-7`, `1.5e+300`); `null` for infinities and NaN.
    pub fn float(&mut self, value: f64) {
        if !value.is_finite() {
            self.out.push_str("null");
            return;
        }
        // Rust's shortest form gives the same digits: "-1.234e-7", "2.4e2", "0e0".
        let mut scientific = String::new();
        let _ = write!(scientific, "{value:e}");
        let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
        let exponent: i32 = exponent.parse().unwrap_or(0);
        let (sign, mantissa) = match mantissa.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", mantissa),
        };
        let mut digits: String = mantissa.chars().filter(|c| *c != '.').collect();
        if let Some(even) = even_of_tie(value, digits.len()) {
            digits = even.to_string();
        }
        let out = &mut self.out;
        out.push_str(sign);
        let count = digits.len() as i32;
        if (-5..=15).contains(&exponent) {
            if count - 1 <= exponent {
                // 1234e7 → 12340000000.0
                out.push_str(&digits);
                (0..exponent + 1 - count).for_each(|_| out.push('0'));
                out.push_str(".0");
            } else if exponent >= 0 {
                // 1234e-2 → 12.34
                let (whole, fraction) = digits.split_at(exponent as usize + 1);
                let _ = write!(out, "{whole}.{fraction}");
            } else {
                // 1234e-6 → 0.001234
                out.push_str("0.");
                (0..-exponent - 1).for_each(|_| out.push('0'));
                out.push_str(&digits);
            }
        } else {
            // 1234e30 → 1.234e+33
            let (first, rest) = digits.split_at(1);
            out.push_str(first);
            if !rest.is_empty() {
                out.push('.');
                out.push_str(rest);
            }
            let _ = write!(out, "e{}{}", if exponent < 0 { "-" } else { "+" }, exponent.unsigned_abs());
        }
    }
}

/// When `value` lies exactly halfway between the two closest decimals of the `count` digits
/// Rust's shortest form has, the even one of them: serde_json (zmij) takes the even one there,
/// Rust the one away from zero. Only values with a few fraction bits and 14 to 16 whole digits
/// can be such a tie ("662936471232937.25").
fn even_of_tie(value: f64, count: usize) -> Option<u64> {
    let bits = value.abs().to_bits();
    let biased_exponent = (bits >> 52) as i32;
    if biased_exponent == 0 {
        return None; // Subnormal: hundreds of digits, never a tie.
    }
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let fraction_bits = 1075 - biased_exponent - mantissa.trailing_zeros() as i32;
    if !(1..=17).contains(&fraction_bits) {
        return None;
    }
    // The value is `exact` / 10^fraction_bits exactly: a tie is one digit more, ending in 5
    // (at most 18 digits, so a product past u64 is none).
    let exact = (mantissa >> mantissa.trailing_zeros()).checked_mul(5u64.pow(fraction_bits as u32))?;
    if exact.checked_ilog10() != Some(count as u32) || exact % 10 != 5 {
        return None;
    }
    let lower = exact / 10;
    Some(lower + lower % 2)
}

/// A value that writes itself as JSON.
pub trait ToJson {
    fn write_json(&self, out: &mut JsonWriter);
}

/// The value as serde_json's pretty form.
pub fn to_string_pretty<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = JsonWriter::pretty();
    value.write_json(&mut out);
    out.finish()
}

/// The value as serde_json's compact form.
pub fn to_string<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = JsonWriter::compact();
    value.write_json(&mut out);
    out.finish()
}

macro_rules! integer_to_json {
    ($($type:ty),*) => {
        $(impl ToJson for $type {
            fn write_json(&self, out: &mut JsonWriter) {
                let _ = write!(out.out, "{self}");
            }
        })*
    };
}

integer_to_json!(u8, u32, u64, usize, i32);

impl ToJson for f64 {
    fn write_json(&self, out: &mut JsonWriter) {
        out.float(*self);
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut JsonWriter) {
        out.raw(if *self { "true" } else { "false" });
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut JsonWriter) {
        out.string(self);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut JsonWriter) {
        out.string(self);
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, out: &mut JsonWriter) {
        (**self).write_json(out);
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut JsonWriter) {
        match self {
            Some(value) => value.write_json(out),
            None => out.raw("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut JsonWriter) {
        out.open('[');
        for (i, item) in self.iter().enumerate() {
            out.item(i == 0);
            item.write_json(out);
        }
        out.close(']', self.is_empty());
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut JsonWriter) {
        self.as_slice().write_json(out);
    }
}

/// A struct as an object of its fields, in declaration order, named as declared.
#[macro_export]
macro_rules! to_json {
    ($type:ident $(<$lifetime:lifetime>)? { $first:ident $(, $field:ident)* $(,)? }) => {
        impl $(<$lifetime>)? $crate::json_out::ToJson for $type $(<$lifetime>)? {
            fn write_json(&self, out: &mut $crate::json_out::JsonWriter) {
                let $type { $first, $($field),* } = self;
                out.open('{');
                out.key(true, stringify!($first));
                $crate::json_out::ToJson::write_json($first, out);
                $(
                    out.key(false, stringify!($field));
                    $crate::json_out::ToJson::write_json($field, out);
                )*
                out.close('}', false);
            }
        }
    };
}

/// A fieldless enum as a string: each variant's name in the export.
macro_rules! to_json_enum {
    ($type:ident { $($variant:ident => $name:literal),* $(,)? }) => {
        impl ToJson for $type {
            fn write_json(&self, out: &mut JsonWriter) {
                out.string(match self {
                    $($type::$variant => $name),*
                });
            }
        }
    };
}

// The model's structs, their fields listed once for this form and `transfer::codec`'s.
crate::model_structs!(to_json);

to_json_enum!(PublishedMethod { Stated => "stated", Dateline => "dateline", Anniversary => "anniversary", LatestYear => "latest_year", Given => "given" });
to_json_enum!(Category {
    Visit => "visit",
    Agreement => "agreement",
    Diplomacy => "diplomacy",
    Trade => "trade",
    DefenseSecurity => "defense_security",
    WarLegacy => "war_legacy",
    Education => "education",
    Health => "health",
    Climate => "climate",
});
to_json_enum!(Direction { VietnamToUs => "vietnam_to_us", UsToVietnam => "us_to_vietnam" });
to_json_enum!(Country { Vietnam => "vietnam", Us => "us", Other => "other" });
to_json_enum!(Qualifier { Exact => "exact", Over => "over", Nearly => "nearly", About => "about" });
to_json_enum!(Measure {
    TwoWayTrade => "two_way_trade",
    VnExportsToUs => "vn_exports_to_us",
    UsExportsToVn => "us_exports_to_vn",
    UsInvestmentInVn => "us_investment_in_vn",
    Aid => "aid",
    Other => "other",
});

/// A date as its ISO 8601 form at its own precision: "2015", "2015-07", "2015-07-06".
impl ToJson for PartialDate {
    fn write_json(&self, out: &mut JsonWriter) {
        out.string(&self.to_string());
    }
}

/// A date or interval, "2023" or "2023-01/2023-06"; an approximate span with the ISO 8601-2
/// (EDTF) mark on its bounds, "2013-09~/2013-12~" for "late 2013".
impl ToJson for DateRange {
    fn write_json(&self, out: &mut JsonWriter) {
        out.string(&match (self.approximate, self.end) {
            (true, Some(end)) => format!("{}~/{}~", self.start, end),
            _ => self.to_string(),
        });
    }
}

/// Tagged by its variant's name in `type`, then its fields: `{"type": "change", "percent": 11.0}`.
impl ToJson for GrowthKind {
    fn write_json(&self, out: &mut JsonWriter) {
        out.open('{');
        out.key(true, "type");
        match *self {
            GrowthKind::Multiple { times } => {
                out.string("multiple");
                out.key(false, "times");
                out.float(times);
            }
            GrowthKind::Change { percent } => {
                out.string("change");
                out.key(false, "percent");
                out.float(percent);
            }
            GrowthKind::AnnualRate { percent, years } => {
                out.string("annual_rate");
                out.key(false, "percent");
                out.float(percent);
                out.key(false, "years");
                years.write_json(out);
            }
        }
        out.close('}', false);
    }
}

#[cfg(test)]
mod tests;
