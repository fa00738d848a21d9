//! An article's fields read from a JSON object, for the stored form and for imports alike:
//! each field of the wrong kind is named with what it holds ("its field “published” is
//! “soon”"), so a reader can find it in the file. Unknown fields are ignored.

use super::json::Value;
use crate::i18n::{Key, Lang};

/// The fields of one article, and what was wrong with them.
pub struct Fields<'a> {
    object: &'a Value,
    /// The language the problems are said in.
    lang: Lang,
    /// Each a clause: "its field “text” is missing".
    pub problems: Vec<String>,
}

impl<'a> Fields<'a> {
    pub fn new(object: &'a Value, lang: Lang) -> Self {
        Fields { object, lang, problems: Vec::new() }
    }

    /// A field that must be text.
    pub fn text(&mut self, name: &str) -> Option<String> {
        match self.object.get(name) {
            Some(Value::String(text)) => Some(text.clone()),
            None => {
                self.problems.push(self.lang.f(Key::FieldMissing, &[&name]));
                None
            }
            Some(other) => self.wrong(name, other, Key::WantText),
        }
    }

    /// A field that may be text, null or missing.
    pub fn optional_text(&mut self, name: &str) -> Option<String> {
        match self.object.get(name) {
            Some(Value::String(text)) => Some(text.clone()),
            None | Some(Value::Null) => None,
            Some(other) => self.wrong(name, other, Key::WantText),
        }
    }

    /// A field that may be true or false; missing or null, it is `default`.
    pub fn flag(&mut self, name: &str, default: bool) -> bool {
        match self.object.get(name) {
            Some(Value::Bool(flag)) => *flag,
            None | Some(Value::Null) => default,
            Some(other) => self.wrong(name, other, Key::WantFlag).unwrap_or(default),
        }
    }

    fn wrong<T>(&mut self, name: &str, value: &Value, wanted: Key) -> Option<T> {
        let lang = self.lang;
        self.problems.push(lang.f(Key::FieldWrong, &[&name, &shown(value, lang), &lang.t(wanted)]));
        None
    }
}

/// A value as a message shows it: text in quotes and cut to about 40 characters, numbers as
/// written, lists and objects by their kind.
pub fn shown(value: &Value, lang: Lang) -> String {
    match value {
        Value::String(text) => format!("\u{201c}{}\u{201d}", shortened(text, 40)),
        Value::Number(written) => value.integer().map_or_else(|| written.clone(), |n| n.to_string()),
        Value::Bool(flag) => flag.to_string(),
        Value::Null => "null".to_string(),
        Value::Array(items) if items.len() == 1 => lang.t(Key::ShownList1).to_string(),
        Value::Array(items) => lang.f(Key::ShownList, &[&items.len()]),
        Value::Object(_) => lang.t(Key::ShownObject).to_string(),
    }
}

/// The first `max` characters of `text` on one line, cut at a space where one is near, with
/// an ellipsis when cut. Reads no further than it needs: the text may be megabytes long.
pub fn shortened(text: &str, max: usize) -> String {
    let mut line = String::new();
    let mut chars = 0;
    'words: for word in text.split_whitespace() {
        if chars > 0 {
            line.push(' ');
            chars += 1;
        }
        for c in word.chars() {
            if chars > max {
                break 'words;
            }
            line.push(c);
            chars += 1;
        }
    }
    if chars <= max {
        return line;
    }
    let cut: String = line.chars().take(max).collect();
    // A word that ends just at the cut stays whole.
    let whole = line[cut.len()..].starts_with(' ');
    let at_space = if whole { None } else { cut.rfind(' ').filter(|&at| at >= cut.len() / 2) };
    let at_space = at_space.unwrap_or(cut.len());
    format!("{}…", cut[..at_space].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::json::parse;

    #[test]
    fn each_wrong_field_is_named_with_what_it_holds() {
        let object = parse(r#"{"text": 42, "title": ["a", "b"], "enabled": "yes", "published": null, "extra": {}}"#).unwrap();
        let mut fields = Fields::new(&object, Lang::En);
        assert_eq!(fields.text("text"), None);
        assert_eq!(fields.optional_text("title"), None);
        assert!(fields.flag("enabled", true));
        assert_eq!(fields.optional_text("published"), None);
        assert_eq!(fields.text("id"), None);
        assert_eq!(
            fields.problems,
            [
                "its field \u{201c}text\u{201d} is 42, not text",
                "its field \u{201c}title\u{201d} is a list of 2 items, not text",
                "its field \u{201c}enabled\u{201d} is \u{201c}yes\u{201d}, not true or false",
                "its field \u{201c}id\u{201d} is missing",
            ]
        );
        let mut fields = Fields::new(&object, Lang::Vi);
        fields.text("text");
        fields.text("id");
        assert_eq!(fields.problems, ["trường \u{201c}text\u{201d} là 42, không phải văn bản", "thiếu trường \u{201c}id\u{201d}"]);
    }

    #[test]
    fn values_shown_short() {
        assert_eq!(shown(&Value::String("The Comprehensive Strategic Partnership between Vietnam and the United States".into()), Lang::En), "\u{201c}The Comprehensive Strategic Partnership…\u{201d}");
        assert_eq!(shown(&Value::String("a\n  b".into()), Lang::En), "\u{201c}a b\u{201d}");
        let number = |written: &str| Value::Number(written.to_string());
        assert_eq!(shown(&number("2023"), Lang::En), "2023");
        assert_eq!(shown(&number("2023.0"), Lang::En), "2023");
        assert_eq!(shown(&number("1.5"), Lang::En), "1.5");
        assert_eq!(shown(&number("1e300"), Lang::En), "1e300");
        assert_eq!(shortened(&"x".repeat(100), 40), format!("{}…", "x".repeat(40)));
        assert_eq!(shortened("Nguyễn Phú Trọng", 40), "Nguyễn Phú Trọng");
        assert_eq!(shortened("  Nguyễn\n Phú   Trọng ", 16), "Nguyễn Phú Trọng");
        assert_eq!(shortened("Nguyễn Phú Trọng visited", 16), "Nguyễn Phú Trọng…");
        assert_eq!(shortened(&"ễ".repeat(5_000_000), 3), "ễễễ…");
        assert_eq!(shortened("", 3), "");
    }
}
