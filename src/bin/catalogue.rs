//! Prints the interface's catalogue as JSON, `{"en": {"Key": "text", …}, "vi": {…}}`, so the
//! browser test can tell the app's own words from the articles' on a page.
//! `cargo run --release --quiet --bin catalogue`

use vnus::i18n::{Key, Lang};

fn main() {
    let quoted = |text: &str| {
        let mut out = String::from("\"");
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    };
    let languages: Vec<String> = Lang::ALL
        .iter()
        .map(|&lang| {
            let entries: Vec<String> = Key::ALL.iter().map(|&key| format!("{}:{}", quoted(&format!("{key:?}")), quoted(lang.t(key)))).collect();
            format!("{}:{{{}}}", quoted(lang.code()), entries.join(","))
        })
        .collect();
    println!("{{{}}}", languages.join(","));
}
