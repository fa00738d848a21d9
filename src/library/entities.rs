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

/// The named references read, one `name=character` a line; an empty character is one with
/// nothing to show. A table in one string rather than a `match`: the match compiled to 4 KB of
/// wasm code, the string is a fifth of that gzipped.
const NAMED: &str = "\
    amp=&\n\
    lt=<\n\
    gt=>\n\
    quot=\"\n\
    apos='\n\
    nbsp= \n\
    ensp= \n\
    emsp= \n\
    thinsp= \n\
    numsp= \n\
    puncsp= \n\
    shy=\n\
    zwnj=\n\
    zwj=\n\
    lrm=\n\
    rlm=\n\
    ZeroWidthSpace=\n\
    NoBreak=\n\
    copy=©\n\
    reg=®\n\
    trade=™\n\
    hellip=…\n\
    mdash=—\n\
    ndash=–\n\
    minus=−\n\
    hyphen=‐\n\
    dash=‐\n\
    lsquo=‘\n\
    rsquo=’\n\
    rsquor=’\n\
    sbquo=‚\n\
    ldquo=“\n\
    rdquo=”\n\
    rdquor=”\n\
    bdquo=„\n\
    laquo=«\n\
    raquo=»\n\
    lsaquo=‹\n\
    rsaquo=›\n\
    prime=′\n\
    Prime=″\n\
    bull=•\n\
    bullet=•\n\
    middot=·\n\
    deg=°\n\
    plusmn=±\n\
    times=×\n\
    divide=÷\n\
    frac12=½\n\
    half=½\n\
    frac14=¼\n\
    frac34=¾\n\
    sup1=¹\n\
    sup2=²\n\
    sup3=³\n\
    micro=µ\n\
    para=¶\n\
    sect=§\n\
    cent=¢\n\
    pound=£\n\
    yen=¥\n\
    euro=€\n\
    curren=¤\n\
    iexcl=¡\n\
    iquest=¿\n\
    ordf=ª\n\
    ordm=º\n\
    not=¬\n\
    macr=¯\n\
    acute=´\n\
    cedil=¸\n\
    uml=¨\n\
    brvbar=¦\n\
    dagger=†\n\
    Dagger=‡\n\
    permil=‰\n\
    larr=←\n\
    rarr=→\n\
    uarr=↑\n\
    darr=↓\n\
    harr=↔\n\
    circ=ˆ\n\
    tilde=˜\n\
    fnof=ƒ\n\
    Agrave=À\n\
    Aacute=Á\n\
    Acirc=Â\n\
    Atilde=Ã\n\
    Auml=Ä\n\
    Aring=Å\n\
    AElig=Æ\n\
    Ccedil=Ç\n\
    Egrave=È\n\
    Eacute=É\n\
    Ecirc=Ê\n\
    Euml=Ë\n\
    Igrave=Ì\n\
    Iacute=Í\n\
    Icirc=Î\n\
    Iuml=Ï\n\
    ETH=Ð\n\
    Ntilde=Ñ\n\
    Ograve=Ò\n\
    Oacute=Ó\n\
    Ocirc=Ô\n\
    Otilde=Õ\n\
    Ouml=Ö\n\
    Oslash=Ø\n\
    Ugrave=Ù\n\
    Uacute=Ú\n\
    Ucirc=Û\n\
    Uuml=Ü\n\
    Yacute=Ý\n\
    THORN=Þ\n\
    szlig=ß\n\
    agrave=à\n\
    aacute=á\n\
    acirc=â\n\
    atilde=ã\n\
    auml=ä\n\
    aring=å\n\
    aelig=æ\n\
    ccedil=ç\n\
    egrave=è\n\
    eacute=é\n\
    ecirc=ê\n\
    euml=ë\n\
    igrave=ì\n\
    iacute=í\n\
    icirc=î\n\
    iuml=ï\n\
    eth=ð\n\
    ntilde=ñ\n\
    ograve=ò\n\
    oacute=ó\n\
    ocirc=ô\n\
    otilde=õ\n\
    ouml=ö\n\
    oslash=ø\n\
    ugrave=ù\n\
    uacute=ú\n\
    ucirc=û\n\
    uuml=ü\n\
    yacute=ý\n\
    thorn=þ\n\
    yuml=ÿ\n\
    Yuml=Ÿ\n\
    OElig=Œ\n\
    oelig=œ\n\
    Scaron=Š\n\
    scaron=š\n\
    Abreve=Ă\n\
    abreve=ă\n\
    Dstrok=Đ\n\
    dstrok=đ\n\
    Itilde=Ĩ\n\
    itilde=ĩ\n\
    Utilde=Ũ\n\
    utilde=ũ";

/// The character a named reference stands for; `Some(None)` for one with nothing to show.
fn named(name: &str) -> Option<Option<char>> {
    NAMED.split('\n').find_map(|entry| {
        let (entry_name, shown) = entry.split_once('=')?;
        (entry_name == name).then(|| shown.chars().next())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_named_entry_is_a_name_and_at_most_one_character() {
        for entry in NAMED.split('\n') {
            let (name, shown) = entry.split_once('=').unwrap_or_else(|| panic!("{entry:?}"));
            assert!(!name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric()), "{entry:?}");
            assert!(shown.chars().count() <= 1, "{entry:?}");
        }
        assert_eq!(named("nbsp"), Some(Some(' ')));
        assert_eq!(named("shy"), Some(None));
        assert_eq!(named("dstrok"), Some(Some('đ')));
        assert_eq!(named("yuml"), Some(Some('ÿ')));
        assert_eq!(named("nope"), None);
        assert_eq!(named(""), None);
    }

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
