//! The visible text of an HTML page, read the way a browser reads it: tags removed, block
//! elements breaking lines, spacing collapsed outside `<pre>`, character references decoded.
//! Nothing is skipped as a block except what a browser never shows: the contents of script,
//! style, noscript and template, and comments. Optional end tags (`</head>`, `</p>`, `</li>`)
//! and unclosed elements need no special case, because no element's end is waited for except
//! those. Nothing of the result is ever rendered as HTML; this only keeps markup out of the
//! engine's sentences. One pass, linear in the page's length.

use super::entities::reference;

/// The visible text of an HTML page. The `<title>` comes first, on a line of its own (the
/// engine takes a first short line for the article's title); then the body, one line per
/// block, paragraphs apart.
pub fn html_to_text(html: &str) -> String {
    let html = html.strip_prefix('\u{feff}').unwrap_or(html);
    let bytes = html.as_bytes();
    let mut out = Out::default();
    let mut title: Option<String> = None;
    // Inside an inline SVG drawing, a <title> is a tooltip, not the page's title.
    let mut svg_depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let Some(lt) = find(bytes, i, b'<') else {
            out.text(&html[i..]);
            break;
        };
        out.text(&html[i..lt]);
        i = lt;
        let rest = &bytes[i..];
        if rest.starts_with(b"<!--") {
            i = comment_end(bytes, i);
            continue;
        }
        // A doctype, a CDATA section, a processing instruction: nothing to show, up to '>'.
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i = find(bytes, i, b'>').map_or(bytes.len(), |gt| gt + 1);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = i + 1 + usize::from(closing);
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            match (closing, bytes.get(name_start)) {
                // "</>" is dropped; "</ x>" and "</3>" are read as comments.
                (true, Some(b'>')) => i = name_start + 1,
                (true, Some(_)) => i = find(bytes, i, b'>').map_or(bytes.len(), |gt| gt + 1),
                // "a < b", "<3", a '<' at the very end: plain text.
                _ => {
                    out.text("<");
                    i += 1;
                }
            }
            continue;
        }
        // A tag the text ends inside is dropped, as browsers do.
        let Some(tag) = read_tag(bytes, name_start) else { break };
        i = tag.end;
        let name = html[name_start..tag.name_end].to_ascii_lowercase();
        if closing {
            match name.as_str() {
                "svg" => svg_depth = svg_depth.saturating_sub(1),
                "pre" | "listing" => {
                    out.pre = out.pre.saturating_sub(1);
                    out.paragraph_break();
                }
                // Browsers read a stray "</br>" as "<br>".
                "br" => out.newline(),
                _ => out.block(&name),
            }
            continue;
        }
        match name.as_str() {
            "script" | "style" | "noscript" | "template" | "xmp" | "iframe" | "noembed" | "noframes" => {
                i = skip_element(bytes, i, &name);
            }
            "title" if svg_depth > 0 => i = skip_element(bytes, i, "title"),
            "title" => {
                // Its text is read up to "</title>" whatever it holds, tags included; an unclosed
                // title takes the rest of the page, as in browsers.
                let end = end_tag(bytes, i, "title");
                let raw = &html[i..end.map_or(bytes.len(), |(at, _)| at)];
                if title.is_none() {
                    title = Some(collapse(&decode(raw)));
                }
                i = end.map_or(bytes.len(), |(_, after)| after);
            }
            "svg" if !tag.self_closing => svg_depth += 1,
            "br" => out.newline(),
            "pre" | "listing" => {
                out.paragraph_break();
                out.pre += 1;
                // A newline just after <pre> is not shown.
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                } else if bytes[i..].starts_with(b"\r\n") {
                    i += 2;
                }
            }
            _ => out.block(&name),
        }
    }
    let body = out.finish();
    match title.filter(|t| !t.is_empty()) {
        Some(title) if body.is_empty() => format!("{title}\n"),
        Some(title) => format!("{title}\n\n{body}"),
        None => body,
    }
}

/// The visible text as it is built: spaces collapsed as they come, breaks asked for by blocks.
#[derive(Default)]
struct Out {
    text: String,
    /// Spacing seen since the last character shown: one space, if more text follows on the line.
    space: bool,
    /// Inside <pre>: spacing and newlines kept as written.
    pre: usize,
}

impl Out {
    /// Text between tags, its references decoded.
    fn text(&mut self, raw: &str) {
        let mut rest = raw;
        while let Some(amp) = rest.find('&') {
            rest[..amp].chars().for_each(|c| self.push(c));
            match reference(&rest[amp..]) {
                Some((decoded, len)) => {
                    decoded.into_iter().for_each(|c| self.push(c));
                    rest = &rest[amp + len..];
                }
                None => {
                    self.push('&');
                    rest = &rest[amp + 1..];
                }
            }
        }
        rest.chars().for_each(|c| self.push(c));
    }

    fn push(&mut self, c: char) {
        if self.pre > 0 {
            match c {
                '\r' => {}
                '\u{a0}' => self.text.push(' '),
                c => self.text.push(c),
            }
        } else if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c' | '\u{a0}') {
            self.space = true;
        } else {
            if std::mem::take(&mut self.space) && !self.text.is_empty() && !self.text.ends_with('\n') {
                self.text.push(' ');
            }
            self.text.push(c);
        }
    }

    /// The break a block element's start or end makes.
    fn block(&mut self, name: &str) {
        match name {
            "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "ul" | "ol" | "dl" | "table" | "figure" | "hr"
            | "address" | "header" | "footer" | "main" | "nav" | "aside" | "section" | "article" | "form" | "fieldset"
            | "details" => self.paragraph_break(),
            "div" | "li" | "dd" | "dt" | "tr" | "td" | "th" | "caption" | "figcaption" | "summary" | "legend" | "option"
            | "center" | "body" | "html" | "head" | "thead" | "tbody" | "tfoot" | "menu" | "dialog" | "search" => {
                self.line_break()
            }
            _ => {}
        }
    }

    /// What follows starts a line.
    fn line_break(&mut self) {
        self.space = false;
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }

    /// What follows starts a paragraph: a blank line apart.
    fn paragraph_break(&mut self) {
        self.line_break();
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }

    /// A <br>: a line ends here, even an empty one.
    fn newline(&mut self) {
        self.space = false;
        self.text.push('\n');
    }

    /// Lines trimmed, runs of blank lines folded to one, none at the start or the end.
    fn finish(self) -> String {
        let mut text = String::with_capacity(self.text.len());
        let mut blank = false;
        for line in self.text.lines().map(str::trim) {
            if line.is_empty() {
                blank = !text.is_empty();
            } else {
                if std::mem::take(&mut blank) {
                    text.push('\n');
                }
                text.push_str(line);
                text.push('\n');
            }
        }
        text
    }
}

/// A start or end tag read past its name.
struct Tag {
    name_end: usize,
    /// Just after the closing '>'.
    end: usize,
    self_closing: bool,
}

/// Reads the tag whose name starts at `from`: the name, then attributes, whose quoted values
/// may hold '>' ("<a title=\"a > b\">"). `None` when the text ends inside the tag.
fn read_tag(bytes: &[u8], from: usize) -> Option<Tag> {
    let name_end = from + bytes[from..].iter().take_while(|&&b| !is_space(b) && b != b'/' && b != b'>').count();
    let mut i = name_end;
    let mut self_closing = false;
    loop {
        match *bytes.get(i)? {
            b'>' => return Some(Tag { name_end, end: i + 1, self_closing }),
            b'/' => {
                self_closing = bytes.get(i + 1) == Some(&b'>');
                i += 1;
            }
            b if is_space(b) => i += 1,
            _ => {
                self_closing = false;
                // The attribute's name (a quote in it is part of it), then perhaps its value.
                i += 1;
                while !matches!(*bytes.get(i)?, b'>' | b'/' | b'=') && !is_space(bytes[i]) {
                    i += 1;
                }
                while is_space(*bytes.get(i)?) {
                    i += 1;
                }
                if bytes[i] != b'=' {
                    continue;
                }
                i += 1;
                while is_space(*bytes.get(i)?) {
                    i += 1;
                }
                match bytes[i] {
                    quote @ (b'"' | b'\'') => i = find(bytes, i + 1, quote)? + 1,
                    _ => {
                        while *bytes.get(i)? != b'>' && !is_space(bytes[i]) {
                            i += 1;
                        }
                    }
                }
            }
        }
    }
}

/// Where an element whose contents are never shown ends: after its end tag, or at the end of
/// the text when it is not closed (the browser shows nothing of the rest either). Templates
/// may nest; the others end at the first end tag.
fn skip_element(bytes: &[u8], from: usize, name: &str) -> usize {
    if name != "template" {
        return end_tag(bytes, from, name).map_or(bytes.len(), |(_, after)| after);
    }
    let mut depth = 1;
    let mut i = from;
    while let Some(lt) = find(bytes, i, b'<') {
        let closing = bytes.get(lt + 1) == Some(&b'/');
        let at = lt + 1 + usize::from(closing);
        i = lt + 1;
        if !names_tag(bytes, at, name) {
            continue;
        }
        let Some(tag) = read_tag(bytes, at) else { return bytes.len() };
        i = tag.end;
        if closing {
            depth -= 1;
            if depth == 0 {
                return i;
            }
        } else {
            depth += 1;
        }
    }
    bytes.len()
}

/// The first end tag `</name…>` from `from`: where it starts and where it ends.
fn end_tag(bytes: &[u8], from: usize, name: &str) -> Option<(usize, usize)> {
    let mut i = from;
    while let Some(lt) = find(bytes, i, b'<') {
        if bytes.get(lt + 1) == Some(&b'/') && names_tag(bytes, lt + 2, name) {
            let after = read_tag(bytes, lt + 2).map_or(bytes.len(), |tag| tag.end);
            return Some((lt, after));
        }
        i = lt + 1;
    }
    None
}

/// Whether the tag name at `at` is `name`, in any case, and ends there.
fn names_tag(bytes: &[u8], at: usize, name: &str) -> bool {
    let end = at + name.len();
    bytes.get(at..end).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
        && bytes.get(end).is_none_or(|&b| is_space(b) || b == b'/' || b == b'>')
}

/// Just after the comment opening at `from`: at the first "-->" or "--!>" (whose dashes may be
/// those of the opening, as in "<!-->"), or the end of the text when it is not closed.
fn comment_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from + 4;
    while let Some(gt) = find(bytes, i, b'>') {
        let before = &bytes[from + 2..gt];
        if before.ends_with(b"--") || before.ends_with(b"--!") {
            return gt + 1;
        }
        i = gt + 1;
    }
    bytes.len()
}

fn find(bytes: &[u8], from: usize, byte: u8) -> Option<usize> {
    bytes.get(from..)?.iter().position(|&b| b == byte).map(|at| from + at)
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Text with its references decoded (a title's).
fn decode(raw: &str) -> String {
    let mut out = Out { pre: 1, ..Out::default() };
    out.text(raw);
    out.text
}

/// Spacing collapsed to single spaces, none at either end.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
