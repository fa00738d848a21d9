//! A compact binary form of the model for the trip between the background reader and the page.
//! Hand-written rather than serde: reading the model back from JSON through serde's derives
//! cost the page about 24 KB of gzipped WebAssembly and 70 ms on a megabyte article; this is a
//! few KB and a few ms. Fields go in declaration order; `codec!` lists them, and a field left
//! out is a compile error (the struct literal would be incomplete).
//!
//! Reading never panics: running out of bytes, a bad tag or broken UTF-8 gives `None`.

use crate::model::date::{DateRange, PartialDate};
use crate::model::money::{Measure, Qualifier};
use crate::model::{
    Category, Conflict, Country, Direction, Document, Event, GrowthClaim, GrowthKind, Model, Person, Published, PublishedMethod,
    Source, Span, TradeConflict, TradeFigure,
};

pub trait Codec: Sized {
    fn put(&self, out: &mut Vec<u8>);
    fn take(input: &mut &[u8]) -> Option<Self>;
}

/// Unsigned integers as LEB128: most numbers here (offsets, counts) fit one to three bytes.
impl Codec for u64 {
    fn put(&self, out: &mut Vec<u8>) {
        let mut n = *self;
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                out.push(byte);
                return;
            }
            out.push(byte | 0x80);
        }
    }

    fn take(input: &mut &[u8]) -> Option<Self> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let (&byte, rest) = input.split_first()?;
            *input = rest;
            n |= u64::from(byte & 0x7f).checked_shl(shift)?;
            if byte & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }
}

impl Codec for usize {
    fn put(&self, out: &mut Vec<u8>) {
        (*self as u64).put(out);
    }

    fn take(input: &mut &[u8]) -> Option<Self> {
        usize::try_from(u64::take(input)?).ok()
    }
}

impl Codec for u32 {
    fn put(&self, out: &mut Vec<u8>) {
        u64::from(*self).put(out);
    }

    fn take(input: &mut &[u8]) -> Option<Self> {
        u32::try_from(u64::take(input)?).ok()
    }
}

impl Codec for u8 {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(*self);
    }

    fn take(input: &mut &[u8]) -> Option<Self> {
        let (&byte, rest) = input.split_first()?;
        *input = rest;
        Some(byte)
    }
}

impl Codec for i32 {
    /// Zigzag, so small negative numbers stay small.
    fn put(&self, out: &mut Vec<u8>) {
        (((*self << 1) ^ (*self >> 31)) as u32).put(out);
    }

    fn take(input: &mut &[u8]) -> Option<Self> {
        let n = u32::take(input)?;
        Some(((n >> 1) as i32) ^ -((n & 1) as i32))
    }
}

impl Codec for bool {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }

    fn take(input: &mut &[u8]) -> Option<Self> {
        match u8::take(input)? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Codec for f64 {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }

    fn take(input: &mut &[u8]) -> Option<Self> {
        let (bytes, rest) = input.split_first_chunk::<8>()?;
        *input = rest;
        Some(f64::from_le_bytes(*bytes))
    }
}

impl Codec for String {
    fn put(&self, out: &mut Vec<u8>) {
        self.len().put(out);
        out.extend_from_slice(self.as_bytes());
    }

    fn take(input: &mut &[u8]) -> Option<Self> {
        let len = usize::take(input)?;
        let (bytes, rest) = (input.get(..len)?, input.get(len..)?);
        *input = rest;
        String::from_utf8(bytes.to_vec()).ok()
    }
}

impl<T: Codec> Codec for Option<T> {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(value) => {
                out.push(1);
                value.put(out);
            }
        }
    }

    fn take(input: &mut &[u8]) -> Option<Self> {
        match u8::take(input)? {
            0 => Some(None),
            1 => Some(Some(T::take(input)?)),
            _ => None,
        }
    }
}

impl<T: Codec> Codec for Vec<T> {
    fn put(&self, out: &mut Vec<u8>) {
        self.len().put(out);
        for item in self {
            item.put(out);
        }
    }

    fn take(input: &mut &[u8]) -> Option<Self> {
        let len = usize::take(input)?;
        // Every item takes at least one byte: a length beyond the bytes left is a lie.
        if len > input.len() {
            return None;
        }
        // A plain loop: collecting into `Option<Vec<T>>` compiled an adapter per item type.
        let mut items = Vec::new();
        for _ in 0..len {
            items.push(T::take(input)?);
        }
        Some(items)
    }
}

/// A struct as its fields in order.
macro_rules! codec {
    ($type:ident { $($field:ident),* $(,)? }) => {
        impl Codec for $type {
            fn put(&self, out: &mut Vec<u8>) {
                $(self.$field.put(out);)*
            }

            fn take(input: &mut &[u8]) -> Option<Self> {
                Some($type { $($field: Codec::take(input)?),* })
            }
        }
    };
}

/// A fieldless enum as the index of its variant in the list.
macro_rules! codec_enum {
    ($type:ident { $($variant:ident),* $(,)? }) => {
        impl Codec for $type {
            fn put(&self, out: &mut Vec<u8>) {
                const ALL: &[$type] = &[$($type::$variant),*];
                out.push(ALL.iter().position(|v| v == self).unwrap_or(0) as u8);
            }

            fn take(input: &mut &[u8]) -> Option<Self> {
                const ALL: &[$type] = &[$($type::$variant),*];
                ALL.get(u8::take(input)? as usize).copied()
            }
        }
    };
}

// The model's structs, their fields listed once for this form and `json_out`'s.
crate::model_structs!(codec);
codec!(PartialDate { year, month, day });
codec!(DateRange { start, end, approximate });
codec_enum!(PublishedMethod { Stated, Dateline, Anniversary, LatestYear, Given });
codec_enum!(Category { Visit, Agreement, Diplomacy, Trade, DefenseSecurity, WarLegacy, Education, Health, Climate });
codec_enum!(Direction { VietnamToUs, UsToVietnam });
codec_enum!(Country { Vietnam, Us, Other });
codec_enum!(Qualifier { Exact, Over, Nearly, About });
codec_enum!(Measure { TwoWayTrade, VnExportsToUs, UsExportsToVn, UsInvestmentInVn, Aid, Other });

impl Codec for GrowthKind {
    fn put(&self, out: &mut Vec<u8>) {
        match *self {
            GrowthKind::Multiple { times } => {
                out.push(0);
                times.put(out);
            }
            GrowthKind::Change { percent } => {
                out.push(1);
                percent.put(out);
            }
            GrowthKind::AnnualRate { percent, years } => {
                out.push(2);
                percent.put(out);
                years.put(out);
            }
        }
    }

    fn take(input: &mut &[u8]) -> Option<Self> {
        Some(match u8::take(input)? {
            0 => GrowthKind::Multiple { times: f64::take(input)? },
            1 => GrowthKind::Change { percent: f64::take(input)? },
            2 => GrowthKind::AnnualRate { percent: f64::take(input)?, years: u32::take(input)? },
            _ => return None,
        })
    }
}

impl<T: Codec> Codec for Result<T, String> {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            Ok(value) => {
                out.push(0);
                value.put(out);
            }
            Err(why) => {
                out.push(1);
                why.put(out);
            }
        }
    }

    fn take(input: &mut &[u8]) -> Option<Self> {
        match u8::take(input)? {
            0 => Some(Ok(T::take(input)?)),
            1 => Some(Err(String::take(input)?)),
            _ => None,
        }
    }
}

/// The value of all of `bytes`; `None` when they are not exactly one.
pub fn decode<T: Codec>(mut bytes: &[u8]) -> Option<T> {
    let value = T::take(&mut bytes)?;
    bytes.is_empty().then_some(value)
}

pub fn encode<T: Codec>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    value.put(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_text_come_back_as_they_went() {
        for n in [0u64, 1, 127, 128, 300, u32::MAX as u64, u64::MAX] {
            assert_eq!(decode::<u64>(&encode(&n)), Some(n));
        }
        for n in [0i32, -1, 1, 1995, -2000, i32::MIN, i32::MAX] {
            assert_eq!(decode::<i32>(&encode(&n)), Some(n));
        }
        let text = "Nguyễn Phú Trọng — “over” 123.86".to_string();
        assert_eq!(decode::<String>(&encode(&text)), Some(text));
        assert_eq!(decode::<Option<Vec<f64>>>(&encode(&Some(vec![1.5, -0.0, 1e300]))), Some(Some(vec![1.5, -0.0, 1e300])));
    }

    #[test]
    fn broken_bytes_are_refused_not_panicked_on() {
        let model = crate::extract::extract(&crate::seeds::articles());
        let bytes = encode(&model);
        for cut in [0, 1, bytes.len() / 3, bytes.len() - 1] {
            assert_eq!(decode::<Model>(&bytes[..cut]), None, "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode::<Model>(&longer), None);
        assert_eq!(decode::<Vec<u8>>(&[0xff, 0xff, 0xff, 0xff, 0x0f]), None, "a length beyond the bytes");
        assert_eq!(decode::<u64>(&[0x80; 11]), None, "an endless number");
        assert_eq!(decode::<String>(&[2, 0xc3, 0x28]), None, "broken UTF-8");
        // Every byte flipped in turn: some other model or None, never a panic.
        for i in (0..bytes.len()).step_by(97) {
            let mut flipped = bytes.clone();
            flipped[i] ^= 0xa5;
            let _ = decode::<Model>(&flipped);
        }
    }
}
