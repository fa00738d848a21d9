//! The two single-byte code pages a text that is not UTF-8 is read in: Windows-1252 (Western
//! European, a superset of Latin-1) and Windows-1258 (Vietnamese), their upper halves as tables.
//! Browsers also read the numeric references `&#128;`–`&#159;` through the Windows-1252 table.
//! Bytes a code page leaves undefined are U+FFFD, so they show rather than vanish.

/// Windows-1252, bytes 0x80–0xFF.
pub const WINDOWS_1252: [char; 128] = [
    '\u{20AC}', '\u{FFFD}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', // 80
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{FFFD}', '\u{017D}', '\u{FFFD}', // 88
    '\u{FFFD}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', // 90
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{FFFD}', '\u{017E}', '\u{0178}', // 98
    '\u{00A0}', '\u{00A1}', '\u{00A2}', '\u{00A3}', '\u{00A4}', '\u{00A5}', '\u{00A6}', '\u{00A7}', // A0
    '\u{00A8}', '\u{00A9}', '\u{00AA}', '\u{00AB}', '\u{00AC}', '\u{00AD}', '\u{00AE}', '\u{00AF}', // A8
    '\u{00B0}', '\u{00B1}', '\u{00B2}', '\u{00B3}', '\u{00B4}', '\u{00B5}', '\u{00B6}', '\u{00B7}', // B0
    '\u{00B8}', '\u{00B9}', '\u{00BA}', '\u{00BB}', '\u{00BC}', '\u{00BD}', '\u{00BE}', '\u{00BF}', // B8
    '\u{00C0}', '\u{00C1}', '\u{00C2}', '\u{00C3}', '\u{00C4}', '\u{00C5}', '\u{00C6}', '\u{00C7}', // C0
    '\u{00C8}', '\u{00C9}', '\u{00CA}', '\u{00CB}', '\u{00CC}', '\u{00CD}', '\u{00CE}', '\u{00CF}', // C8
    '\u{00D0}', '\u{00D1}', '\u{00D2}', '\u{00D3}', '\u{00D4}', '\u{00D5}', '\u{00D6}', '\u{00D7}', // D0
    '\u{00D8}', '\u{00D9}', '\u{00DA}', '\u{00DB}', '\u{00DC}', '\u{00DD}', '\u{00DE}', '\u{00DF}', // D8
    '\u{00E0}', '\u{00E1}', '\u{00E2}', '\u{00E3}', '\u{00E4}', '\u{00E5}', '\u{00E6}', '\u{00E7}', // E0
    '\u{00E8}', '\u{00E9}', '\u{00EA}', '\u{00EB}', '\u{00EC}', '\u{00ED}', '\u{00EE}', '\u{00EF}', // E8
    '\u{00F0}', '\u{00F1}', '\u{00F2}', '\u{00F3}', '\u{00F4}', '\u{00F5}', '\u{00F6}', '\u{00F7}', // F0
    '\u{00F8}', '\u{00F9}', '\u{00FA}', '\u{00FB}', '\u{00FC}', '\u{00FD}', '\u{00FE}', '\u{00FF}', // F8
];

/// Windows-1258, bytes 0x80–0xFF. Vietnamese letters are written base letter then tone mark:
/// the five tone marks are combining characters (0xCC grave, 0xD2 hook above, 0xDE tilde,
/// 0xEC acute, 0xF2 dot below) and ă đ ơ ư (0xE3 0xF0 0xF5 0xFD, capitals 0xC3 0xD0 0xD5 0xDD)
/// take the places of Latin-1 letters Vietnamese does not use.
pub const WINDOWS_1258: [char; 128] = [
    '\u{20AC}', '\u{FFFD}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', // 80
    '\u{02C6}', '\u{2030}', '\u{FFFD}', '\u{2039}', '\u{0152}', '\u{FFFD}', '\u{FFFD}', '\u{FFFD}', // 88
    '\u{FFFD}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', // 90
    '\u{02DC}', '\u{2122}', '\u{FFFD}', '\u{203A}', '\u{0153}', '\u{FFFD}', '\u{FFFD}', '\u{0178}', // 98
    '\u{00A0}', '\u{00A1}', '\u{00A2}', '\u{00A3}', '\u{00A4}', '\u{00A5}', '\u{00A6}', '\u{00A7}', // A0
    '\u{00A8}', '\u{00A9}', '\u{00AA}', '\u{00AB}', '\u{00AC}', '\u{00AD}', '\u{00AE}', '\u{00AF}', // A8
    '\u{00B0}', '\u{00B1}', '\u{00B2}', '\u{00B3}', '\u{00B4}', '\u{00B5}', '\u{00B6}', '\u{00B7}', // B0
    '\u{00B8}', '\u{00B9}', '\u{00BA}', '\u{00BB}', '\u{00BC}', '\u{00BD}', '\u{00BE}', '\u{00BF}', // B8
    '\u{00C0}', '\u{00C1}', '\u{00C2}', '\u{0102}', '\u{00C4}', '\u{00C5}', '\u{00C6}', '\u{00C7}', // C0
    '\u{00C8}', '\u{00C9}', '\u{00CA}', '\u{00CB}', '\u{0300}', '\u{00CD}', '\u{00CE}', '\u{00CF}', // C8
    '\u{0110}', '\u{00D1}', '\u{0309}', '\u{00D3}', '\u{00D4}', '\u{01A0}', '\u{00D6}', '\u{00D7}', // D0
    '\u{00D8}', '\u{00D9}', '\u{00DA}', '\u{00DB}', '\u{00DC}', '\u{01AF}', '\u{0303}', '\u{00DF}', // D8
    '\u{00E0}', '\u{00E1}', '\u{00E2}', '\u{0103}', '\u{00E4}', '\u{00E5}', '\u{00E6}', '\u{00E7}', // E0
    '\u{00E8}', '\u{00E9}', '\u{00EA}', '\u{00EB}', '\u{0301}', '\u{00ED}', '\u{00EE}', '\u{00EF}', // E8
    '\u{0111}', '\u{00F1}', '\u{0323}', '\u{00F3}', '\u{00F4}', '\u{01A1}', '\u{00F6}', '\u{00F7}', // F0
    '\u{00F8}', '\u{00F9}', '\u{00FA}', '\u{00FB}', '\u{00FC}', '\u{01B0}', '\u{20AB}', '\u{00FF}', // F8
];

/// The tone marks of Windows-1258, in the order of `VIETNAMESE` below's columns.
pub const TONE_MARKS: [char; 5] = ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'];

/// Each Vietnamese vowel with its five toned forms (grave, acute, tilde, hook above, dot
/// below), composed: Windows-1258 writes "ễ" as "ê" and a combining tilde, which shows as one
/// letter in most fonts but is two characters to search, copy and compare.
const VIETNAMESE: [(char, [char; 5]); 24] = [
    ('a', ['à', 'á', 'ã', 'ả', 'ạ']),
    ('ă', ['ằ', 'ắ', 'ẵ', 'ẳ', 'ặ']),
    ('â', ['ầ', 'ấ', 'ẫ', 'ẩ', 'ậ']),
    ('e', ['è', 'é', 'ẽ', 'ẻ', 'ẹ']),
    ('ê', ['ề', 'ế', 'ễ', 'ể', 'ệ']),
    ('i', ['ì', 'í', 'ĩ', 'ỉ', 'ị']),
    ('o', ['ò', 'ó', 'õ', 'ỏ', 'ọ']),
    ('ô', ['ồ', 'ố', 'ỗ', 'ổ', 'ộ']),
    ('ơ', ['ờ', 'ớ', 'ỡ', 'ở', 'ợ']),
    ('u', ['ù', 'ú', 'ũ', 'ủ', 'ụ']),
    ('ư', ['ừ', 'ứ', 'ữ', 'ử', 'ự']),
    ('y', ['ỳ', 'ý', 'ỹ', 'ỷ', 'ỵ']),
    ('A', ['À', 'Á', 'Ã', 'Ả', 'Ạ']),
    ('Ă', ['Ằ', 'Ắ', 'Ẵ', 'Ẳ', 'Ặ']),
    ('Â', ['Ầ', 'Ấ', 'Ẫ', 'Ẩ', 'Ậ']),
    ('E', ['È', 'É', 'Ẽ', 'Ẻ', 'Ẹ']),
    ('Ê', ['Ề', 'Ế', 'Ễ', 'Ể', 'Ệ']),
    ('I', ['Ì', 'Í', 'Ĩ', 'Ỉ', 'Ị']),
    ('O', ['Ò', 'Ó', 'Õ', 'Ỏ', 'Ọ']),
    ('Ô', ['Ồ', 'Ố', 'Ỗ', 'Ổ', 'Ộ']),
    ('Ơ', ['Ờ', 'Ớ', 'Ỡ', 'Ở', 'Ợ']),
    ('U', ['Ù', 'Ú', 'Ũ', 'Ủ', 'Ụ']),
    ('Ư', ['Ừ', 'Ứ', 'Ữ', 'Ử', 'Ự']),
    ('Y', ['Ỳ', 'Ý', 'Ỹ', 'Ỷ', 'Ỵ']),
];

/// The letter `base` with the tone `mark` as one character, when Vietnamese writes it so.
pub fn compose(base: char, mark: char) -> Option<char> {
    let tone = TONE_MARKS.iter().position(|&m| m == mark)?;
    VIETNAMESE.iter().find(|(b, _)| *b == base).map(|(_, toned)| toned[tone])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_agree_with_the_standard_forms() {
        // Spot checks against the published tables (the full tables were generated from them).
        assert_eq!(WINDOWS_1252[0x93 - 0x80], '“');
        assert_eq!(WINDOWS_1252[0xE9 - 0x80], 'é');
        assert_eq!(WINDOWS_1258[0xF0 - 0x80], 'đ');
        assert_eq!(WINDOWS_1258[0xFE - 0x80], '₫');
        assert_eq!(compose('ê', '\u{0303}'), Some('ễ'));
        assert_eq!(compose('Ư', '\u{0323}'), Some('Ự'));
        assert_eq!(compose('b', '\u{0303}'), None);
        assert_eq!(compose('a', 'b'), None);
    }
}
