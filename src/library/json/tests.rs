use super::*;

fn text(s: &str) -> Value {
    Value::String(s.to_string())
}

/// The error `parse` gives, as "line L, column C: message".
fn error(json: &str) -> String {
    parse(json).expect_err(json).to_string()
}

#[test]
fn reads_what_the_app_writes() {
    let articles = vec![crate::library::UserArticle {
        id: "user-1".into(),
        title: Some("Trọng \"in\" Washington\n".into()),
        published: None,
        text: "Line one\r\n\tTab – dash 😀 \u{1} end\\".into(),
        enabled: false,
    }];
    let saved = crate::library::save(&articles);
    let value = parse(&saved).unwrap();
    assert_eq!(value.get("version"), Some(&Value::Number("1".into())));
    let Some(Value::Array(list)) = value.get("articles") else { panic!("{value:?}") };
    assert_eq!(
        list[0],
        Value::Object(vec![
            ("id".into(), text("user-1")),
            ("title".into(), text("Trọng \"in\" Washington\n")),
            ("published".into(), Value::Null),
            ("text".into(), text("Line one\r\n\tTab – dash 😀 \u{1} end\\")),
            ("enabled".into(), Value::Bool(false)),
        ])
    );
}

#[test]
fn escapes_and_surrogate_pairs() {
    assert_eq!(parse(r#""\"\\\/\b\f\n\r\t\u00e9\u1EC5\ud83d\ude00""#), Ok(text("\"\\/\u{8}\u{c}\n\r\téễ😀")));
    // A surrogate half alone is one replacement character, not a failure.
    assert_eq!(parse(r#""\ud800x\udc00\ud83d""#), Ok(text("\u{fffd}x\u{fffd}\u{fffd}")));
    assert_eq!(error(r#""\x""#), "line 1, column 3: \u{201c}x\u{201d} cannot follow a backslash");
    assert_eq!(error(r#""\u12G4""#), "line 1, column 4: \\u must be followed by four hex digits");
}

#[test]
fn numbers_and_literals() {
    let list = parse("[0, -0, 12, -3.5, 1e3, 2.5E-2, 1E+2, true, false, null]").unwrap();
    let expected = ["0", "-0", "12", "-3.5", "1e3", "2.5E-2", "1E+2"].map(|n| Value::Number(n.into())).into_iter().chain([Value::Bool(true), Value::Bool(false), Value::Null]);
    assert_eq!(list, Value::Array(expected.collect()));
    for bad in ["01", "1.", ".5", "-", "1e", "+1", "tru", "nul", "NaN", "0x10"] {
        assert!(parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn errors_say_where() {
    assert_eq!(error("{\n  \"version\": 1,\n  \"articles\": [tru]\n}"), "line 3, column 16: expected a value, found \u{201c}t\u{201d}");
    assert_eq!(error("{\"a\": 1,}"), "line 1, column 9: expected a name in double quotes, found \u{201c}}\u{201d}");
    assert_eq!(error("[1 2]"), "line 1, column 4: expected \u{201c},\u{201d} or \u{201c}]\u{201d}, found \u{201c}2\u{201d}");
    assert_eq!(error("{\"a\" 1}"), "line 1, column 6: expected \u{201c}:\u{201d} after a name, found \u{201c}1\u{201d}");
    assert_eq!(error("{} x"), "line 1, column 4: \u{201c}x\u{201d} after the end of the data");
    assert_eq!(error(""), "line 1, column 1: expected a value, found the end of the text");
    assert_eq!(error("\"ắ\nb\""), "line 1, column 3: a line break or control character inside a string (write it as \\n, \\t or \\u…)");
    assert_eq!(error("[\"Việt Nam\", ]"), "line 1, column 14: expected a value, found \u{201c}]\u{201d}");
    assert_eq!(error("\"open"), "line 1, column 6: the text ends inside a string");
}

#[test]
fn nesting_is_limited() {
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(parse(&deep(MAX_DEPTH)).is_ok());
    assert_eq!(error(&deep(MAX_DEPTH + 1)), format!("line 1, column {}: lists and objects nest more than 64 deep", MAX_DEPTH + 1));
    assert!(parse(&"[".repeat(1_000_000)).is_err());
    assert!(parse(&"{\"a\":".repeat(100_000)).is_err());
}

#[test]
fn repeated_names_take_the_last_as_browsers_do() {
    let value = parse(r#"{"a": 1, "a": 2}"#).unwrap();
    assert_eq!(value.get("a"), Some(&Value::Number("2".into())));
    assert_eq!(value.get("b"), None);
    assert_eq!(Value::Null.get("a"), None);
}

#[test]
fn never_panics_on_any_cut() {
    let json = "{\"version\": 1, \"articles\": [{\"id\": \"user-1\", \"title\": \"Trọng \\u1EC5 \\ud83d\\ude00\", \"text\": \"a\\nb\", \"n\": -1.5e-3, \"ok\": [true, false, null]}]}";
    for cut in (0..=json.len()).filter(|&i| json.is_char_boundary(i)) {
        let _ = parse(&json[..cut]);
        let _ = parse(&json[cut..]);
    }
}

#[test]
fn a_large_string_reads_in_one_pass() {
    let long = "Nguyễn Phú Trọng visited Washington. \\n".repeat(50_000);
    let Ok(Value::String(read)) = parse(&format!("\"{long}\"")) else { panic!() };
    assert_eq!(read.len(), long.len() - 50_000);
}

#[test]
fn integers_however_written() {
    let integer = |written: &str| Value::Number(written.into()).integer();
    for (written, value) in [("1", 1), ("1.0", 1), ("1e0", 1), ("10E-1", 1), ("0.1e1", 1), ("-0", 0), ("0e99999999", 0), ("-12", -12), ("2023.000", 2023), ("1E+2", 100), ("999999999999999", 999_999_999_999_999)] {
        assert_eq!(integer(written), Some(value), "{written}");
    }
    for written in ["1.5", "0.025", "1e15", "1000000000000000", "1e300", "1e-300", "1e99999999999", "-1.01"] {
        assert_eq!(integer(written), None, "{written}");
    }
    assert_eq!(Value::Bool(true).integer(), None);
}
