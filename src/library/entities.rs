//! Character references in HTML text, read as browsers read them: the named ones in common
//! use, and numeric ones (`&#233;`, `&#xE9;`). A number that names no character is U+FFFD;
//! nothing here can panic, whatever follows the `&`.

use super::codepages::WINDOWS_1252;

/// The reference at the start of `text` (which starts with `&`): what it stands for (`None`
/// for a character with nothing to show, such as a soft hyphen) and its length in bytes.
/// `None` when `text` does not start with a reference: the `&` is then plain text.
pub fn reference(text: &str) -> Option<(Option<char>, usize)> {
    let bytes = text.as_bytes();
    if bytes.get(1) == Some(&b'#') {
        return numeric(bytes);
    }
    let name_len = bytes[1..].iter().take(32).take_while(|b| b.is_ascii_alphanumeric()).count();
    let name = &text[1..1 + name_len];
    let after = bytes.get(1 + name_len);
    if after == Some(&b';') {
        return named(name).map(|c| (c, name_len + 2));
    }
    // A few old names are read without their semicolon, as browsers do ("&amp", "&nbsp").
    let legacy = matches!(name, "amp" | "lt" | "gt" | "quot" | "nbsp" | "copy" | "reg");
    legacy.then(|| named(name).map(|c| (c, name_len + 1))).flatten()
}

/// `&#233;` or `&#xE9;`; the semicolon may be missing, as browsers allow.
fn numeric(bytes: &[u8]) -> Option<(Option<char>, usize)> {
    let hex = matches!(bytes.get(2), Some(b'x' | b'X'));
    let digits_from = if hex { 3 } else { 2 };
    let radix = if hex { 16 } else { 10 };
    let digits = bytes[digits_from..].iter().take_while(|b| (**b as char).is_digit(radix)).count();
    if digits == 0 {
        return None;
    }
    // Saturates past the last code point, so a thousand digits are one bad character.
    let code = bytes[digits_from..digits_from + digits].iter().fold(0u32, |n, &b| {
        let digit = (b as char).to_digit(radix).unwrap_or(0);
        n.saturating_mul(radix).saturating_add(digit).min(0x11_0000)
    });
    let mut len = digits_from + digits;
    if bytes.get(len) == Some(&b';') {
        len += 1;
    }
    let c = match code {
        0 => Some('\u{FFFD}'),
        // Pages written in Windows-1252 often number its characters: `&#150;` is a dash.
        0x80..=0x9F => Some(WINDOWS_1252[(code - 0x80) as usize]),
        // Control characters other than spacing show nothing.
        0x01..=0x08 | 0x0B | 0x0E..=0x1F | 0x7F => None,
        _ => Some(char::from_u32(code).unwrap_or('\u{FFFD}')),
    };
    Some((c, len))
}

/// The character a named reference stands for; `Some(None)` for one with nothing to show.
fn named(name: &str) -> Option<Option<char>> {
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" | "ensp" | "emsp" | "thinsp" | "numsp" | "puncsp" => ' ',
        "shy" | "zwnj" | "zwj" | "lrm" | "rlm" | "ZeroWidthSpace" | "NoBreak" => return Some(None),
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "minus" => '−',
        "hyphen" | "dash" => '‐',
        "lsquo" => '‘',
        "rsquo" | "rsquor" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" | "rdquor" => '”',
        "bdquo" => '„',
        "laquo" => '«',
        "raquo" => '»',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "prime" => '′',
        "Prime" => '″',
        "bull" | "bullet" => '•',
        "middot" => '·',
        "deg" => '°',
        "plusmn" => '±',
        "times" => '×',
        "divide" => '÷',
        "frac12" | "half" => '½',
        "frac14" => '¼',
        "frac34" => '¾',
        "sup1" => '¹',
        "sup2" => '²',
        "sup3" => '³',
        "micro" => 'µ',
        "para" => '¶',
        "sect" => '§',
        "cent" => '¢',
        "pound" => '£',
        "yen" => '¥',
        "euro" => '€',
        "curren" => '¤',
        "iexcl" => '¡',
        "iquest" => '¿',
        "ordf" => 'ª',
        "ordm" => 'º',
        "not" => '¬',
        "macr" => '¯',
        "acute" => '´',
        "cedil" => '¸',
        "uml" => '¨',
        "brvbar" => '¦',
        "dagger" => '†',
        "Dagger" => '‡',
        "permil" => '‰',
        "larr" => '←',
        "rarr" => '→',
        "uarr" => '↑',
        "darr" => '↓',
        "harr" => '↔',
        "circ" => 'ˆ',
        "tilde" => '˜',
        "fnof" => 'ƒ',
        "Agrave" => 'À',
        "Aacute" => 'Á',
        "Acirc" => 'Â',
        "Atilde" => 'Ã',
        "Auml" => 'Ä',
        "Aring" => 'Å',
        "AElig" => 'Æ',
        "Ccedil" => 'Ç',
        "Egrave" => 'È',
        "Eacute" => 'É',
        "Ecirc" => 'Ê',
        "Euml" => 'Ë',
        "Igrave" => 'Ì',
        "Iacute" => 'Í',
        "Icirc" => 'Î',
        "Iuml" => 'Ï',
        "ETH" => 'Ð',
        "Ntilde" => 'Ñ',
        "Ograve" => 'Ò',
        "Oacute" => 'Ó',
        "Ocirc" => 'Ô',
        "Otilde" => 'Õ',
        "Ouml" => 'Ö',
        "Oslash" => 'Ø',
        "Ugrave" => 'Ù',
        "Uacute" => 'Ú',
        "Ucirc" => 'Û',
        "Uuml" => 'Ü',
        "Yacute" => 'Ý',
        "THORN" => 'Þ',
        "szlig" => 'ß',
        "agrave" => 'à',
        "aacute" => 'á',
        "acirc" => 'â',
        "atilde" => 'ã',
        "auml" => 'ä',
        "aring" => 'å',
        "aelig" => 'æ',
        "ccedil" => 'ç',
        "egrave" => 'è',
        "eacute" => 'é',
        "ecirc" => 'ê',
        "euml" => 'ë',
        "igrave" => 'ì',
        "iacute" => 'í',
        "icirc" => 'î',
        "iuml" => 'ï',
        "eth" => 'ð',
        "ntilde" => 'ñ',
        "ograve" => 'ò',
        "oacute" => 'ó',
        "ocirc" => 'ô',
        "otilde" => 'õ',
        "ouml" => 'ö',
        "oslash" => 'ø',
        "ugrave" => 'ù',
        "uacute" => 'ú',
        "ucirc" => 'û',
        "uuml" => 'ü',
        "yacute" => 'ý',
        "thorn" => 'þ',
        "yuml" => 'ÿ',
        "Yuml" => 'Ÿ',
        "OElig" => 'Œ',
        "oelig" => 'œ',
        "Scaron" => 'Š',
        "scaron" => 'š',
        // The Vietnamese letters HTML names (ơ and ư have no name).
        "Abreve" => 'Ă',
        "abreve" => 'ă',
        "Dstrok" => 'Đ',
        "dstrok" => 'đ',
        "Itilde" => 'Ĩ',
        "itilde" => 'ĩ',
        "Utilde" => 'Ũ',
        "utilde" => 'ũ',
        _ => return None,
    };
    Some(Some(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        assert_eq!(reference("&amp;rest"), Some((Some('&'), 5)));
        assert_eq!(reference("&eacute;"), Some((Some('é'), 8)));
        assert_eq!(reference("&#233;"), Some((Some('é'), 6)));
        assert_eq!(reference("&#xE9;"), Some((Some('é'), 6)));
        assert_eq!(reference("&#XE9"), Some((Some('é'), 5)));
        assert_eq!(reference("&#7877;"), Some((Some('ễ'), 7)));
        assert_eq!(reference("&#150;"), Some((Some('–'), 6)), "Windows-1252 numbers, as browsers read them");
        assert_eq!(reference("&shy;"), Some((None, 5)));
        assert_eq!(reference("&amp rest"), Some((Some('&'), 4)));
    }

    #[test]
    fn bad_numbers_are_one_replacement_character() {
        assert_eq!(reference("&#0;"), Some((Some('\u{FFFD}'), 4)));
        assert_eq!(reference("&#xD800;"), Some((Some('\u{FFFD}'), 8)));
        assert_eq!(reference("&#x110000;"), Some((Some('\u{FFFD}'), 10)));
        let huge = format!("&#{};", "9".repeat(1000));
        assert_eq!(reference(&huge), Some((Some('\u{FFFD}'), huge.len())));
        assert_eq!(reference("&#1;"), Some((None, 4)));
    }

    #[test]
    fn what_is_not_a_reference_stays_text() {
        for text in ["&", "& ", "&;", "&#;", "&#x;", "&#xZ", "&bogus;", "&T", "&ampersand", "&eacute"] {
            assert_eq!(reference(text), None, "{text}");
        }
    }
}
