//! Bytes from a file or the clipboard as article text.

use super::{html_to_text, Rejection, MAX_BYTES};

/// Bytes from a file or the clipboard as article text: HTML reduced to its text, everything
/// else read as UTF-8 (broken bytes replaced, never dropped silently).
pub fn text_from_bytes(name: &str, bytes: &[u8]) -> Result<String, Rejection> {
    if bytes.len() > MAX_BYTES * 4 {
        return Err(Rejection::TooLarge { bytes: bytes.len() });
    }
    if looks_binary(bytes) {
        return Err(Rejection::NotText);
    }
    let text = String::from_utf8_lossy(bytes);
    let lower = name.to_ascii_lowercase();
    let html = lower.ends_with(".html") || lower.ends_with(".htm") || text.trim_start().starts_with('<');
    Ok(if html { html_to_text(&text) } else { text.into_owned() })
}

/// Whether bytes are binary: a NUL, or many control bytes, in the first 8 KB.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let control = sample.iter().filter(|&&b| b < 0x09 || (0x0e..0x20).contains(&b)).count();
    sample.contains(&0) || control * 20 > sample.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_is_refused() {
        assert_eq!(text_from_bytes("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Err(Rejection::NotText));
        assert_eq!(text_from_bytes("a.txt", b"caf\xe9 ok").unwrap(), "caf\u{fffd} ok");
    }
}
