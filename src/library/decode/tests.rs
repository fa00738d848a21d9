use super::*;
use crate::extract::text::fold;

fn read(name: &str, bytes: &[u8]) -> Decoded {
    text_from_bytes(name, bytes).unwrap_or_else(|why| panic!("{name}: {why}"))
}

fn utf16le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

const ARTICLE: &str = "Nguyễn Phú Trọng visited Washington on July 7, 2015.\r\nIt was a first.";

#[test]
fn utf8_with_or_without_a_byte_order_mark() {
    let plain = read("a.txt", ARTICLE.as_bytes());
    assert_eq!(plain, Decoded { text: ARTICLE.replace("\r\n", "\n"), note: None });
    let marked = read("a.txt", &[b"\xEF\xBB\xBF".as_slice(), ARTICLE.as_bytes()].concat());
    assert_eq!(marked, plain, "the mark is not text");
    let broken = read("a.txt", b"\xEF\xBB\xBFcaf\xE9");
    assert_eq!(broken.text, "caf\u{fffd}");
    assert!(broken.note.is_some_and(|n| n.contains("not UTF-8")));
}

#[test]
fn utf16_by_its_byte_order_mark() {
    // Notepad's "Unicode": UTF-16 LE with a mark. Its NUL bytes do not make it binary.
    let le = read("notepad.txt", &utf16le(ARTICLE));
    assert_eq!(le, Decoded { text: ARTICLE.replace("\r\n", "\n"), note: None });
    let mut be = vec![0xFE, 0xFF];
    be.extend(ARTICLE.encode_utf16().flat_map(u16::to_be_bytes));
    assert_eq!(read("be.txt", &be), le);
    // A cut last unit and a lone surrogate are replaced, not fatal.
    let mut odd = utf16le("Hanoi");
    odd.extend([0x00, 0xD8, 0x41, 0x00, 0x42]);
    assert_eq!(read("odd.txt", &odd).text, "Hanoi\u{fffd}A\u{fffd}");
    let html = utf16le("<html><head><title>Việt Nam</title><body><p>Text");
    assert_eq!(read("page.htm", &html).text, "Việt Nam\n\nText\n");
}

#[test]
fn vietnamese_windows_1258_is_composed() {
    // As Windows writes it: precomposed where the code page has the letter (ú, à), else the
    // base letter then a tone mark (ê + tilde, o + dot below, y + grave).
    let bytes = b"Nguy\xEA\xDEn Ph\xFA Tr\x6F\xF2ng \xF0\xEA\xECn Hoa K\x79\xCC. Vi\xEA\xF2t Nam, \xD0\xE0 N\xE3\xDEng, th\xFD\xF5ng m\x61\xF2i.";
    let read = read("bao.txt", bytes);
    assert_eq!(read.text, "Nguyễn Phú Trọng đến Hoa Kỳ. Việt Nam, Đà Nẵng, thương mại.");
    assert_eq!(fold(&read.text), fold("Nguyễn Phú Trọng đến Hoa Kỳ. Việt Nam, Đà Nẵng, thương mại."));
    assert_eq!(
        read.note.as_deref(),
        Some("\u{201c}bao.txt\u{201d} was not UTF-8; it was read as Windows-1258 (Vietnamese). If letters look wrong, save it as UTF-8 and add it again.")
    );
    let page = read_html(b"<title>Vi\xEA\xF2t Nam</title><p>Hoa K\x79\xCC");
    assert_eq!(page, "Việt Nam\n\nHoa Kỳ\n");
}

fn read_html(bytes: &[u8]) -> String {
    read("page.html", bytes).text
}

#[test]
fn western_windows_1252_otherwise() {
    let read = read("old.txt", b"The caf\xE9 said \x93ties\x94 \x96 S\xE3o Paulo n\xE3o, per\xF2 cos\xEC");
    assert_eq!(read.text, "The café said “ties” – São Paulo não, però così");
    assert!(read.note.is_some_and(|n| n.contains("Windows-1252 (Western European)")));
}

#[test]
fn binary_is_refused_wherever_its_nul_bytes_are() {
    assert_eq!(text_from_bytes("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Err(Rejection::NotText));
    let late = [b"a".repeat(20_000), vec![0], b"b".repeat(100)].concat();
    assert_eq!(text_from_bytes("late.txt", &late), Err(Rejection::NotText));
    let controls: Vec<u8> = (0..4000u32).map(|i| [b'a', 0x01, 0x02, 0x1b][i as usize % 4]).collect();
    assert_eq!(text_from_bytes("junk.bin", &controls), Err(Rejection::NotText));
    let huge = vec![b'a'; MAX_BYTES * 4 + 1];
    assert_eq!(text_from_bytes("huge.txt", &huge), Err(Rejection::TooLarge { bytes: MAX_BYTES * 4 + 1 }));
}

#[test]
fn stray_controls_dropped_and_line_ends_made_newlines() {
    let read = read("a.txt", b"Hanoi\x07, July\x1b 2015\x0c\r\nnext\rlast\n");
    assert_eq!(read.text, "Hanoi, July 2015\x0c\nnext\nlast\n");
}

#[test]
fn never_panics_on_any_bytes() {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    for len in 0..300 {
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state as u8
            })
            .collect();
        for prefix in [&b""[..], b"\xFF\xFE", b"\xFE\xFF", b"\xEF\xBB\xBF", b"<"] {
            let _ = text_from_bytes("x.html", &[prefix, &bytes].concat());
        }
    }
}
