//! The visible text of an HTML page. Nothing of it is ever rendered as HTML; this only keeps
//! markup out of the engine's sentences.

/// The visible text of an HTML page: scripts, styles and comments dropped, tags removed,
/// block elements ending lines, the common entities decoded.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..open]));
        rest = &rest[open..];
        let lower: String = rest.chars().take(12).collect::<String>().to_ascii_lowercase();
        if lower.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |end| &rest[end + 3..]);
            continue;
        }
        let skip_to = ["script", "style", "noscript", "template", "head"].iter().find(|t| {
            lower.starts_with(&format!("<{t}")) && lower[t.len() + 1..].starts_with(|c: char| c == '>' || c.is_whitespace())
        });
        if let Some(tag) = skip_to {
            let close = format!("</{tag}");
            let lower_rest = rest.to_ascii_lowercase();
            rest = lower_rest.find(&close).and_then(|at| rest[at..].find('>').map(|gt| &rest[at + gt + 1..])).unwrap_or("");
            continue;
        }
        let Some(end) = rest.find('>') else {
            rest = "";
            break;
        };
        let name: String = lower.trim_start_matches(['<', '/']).chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if matches!(name.as_str(), "p" | "div" | "br" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "tr" | "section" | "article" | "blockquote" | "title") {
            out.push('\n');
        }
        rest = &rest[end + 1..];
    }
    out.push_str(&decode_entities(rest));
    // Lines trimmed, runs of blank lines folded to one.
    let mut text = String::with_capacity(out.len());
    let mut blank = true;
    for line in out.lines().map(str::trim) {
        if line.is_empty() {
            if !blank {
                text.push('\n');
            }
            blank = true;
        } else {
            text.push_str(line);
            text.push('\n');
            blank = false;
        }
    }
    text
}

fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    text.replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&rsquo;", "’")
        .replace("&lsquo;", "‘")
        .replace("&ldquo;", "“")
        .replace("&rdquo;", "”")
        .replace("&ndash;", "–")
        .replace("&mdash;", "—")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_reduced_to_its_text() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body><script>alert(1)</script>\
                    <h1>Biden in Hanoi</h1><p>On Sunday, U.S. President Joe Biden&nbsp;arrived.</p><!-- x --><p>Trade &amp; ties</p></body></html>";
        assert_eq!(html_to_text(html), "Biden in Hanoi\n\nOn Sunday, U.S. President Joe Biden arrived.\n\nTrade & ties\n");
        assert_eq!(html_to_text("<p>unclosed <b"), "unclosed\n");
        assert_eq!(html_to_text("<SCRIPT type=x>evil()</SCRIPT>kept"), "kept\n");
    }
}
