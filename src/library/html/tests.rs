use super::*;

/// The text `html` comes to, lines joined with '|' to keep the expectations on one line.
fn check(html: &str, expected: &str) {
    let text = html_to_text(html);
    assert_eq!(text.trim_end().replace('\n', "|"), expected, "{html}");
}

#[test]
fn html5_without_the_optional_end_tags() {
    // Valid HTML5: </head>, </p>, </body> and </html> may all be left out.
    check(
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Biden in Hanoi | Wire</title>\
         <link rel=stylesheet href=/a.css><body><p>On September 10, 2023, U.S. President Joe Biden arrived in Hanoi.\
         <p>Two-way trade reached $138.9 billion in 2022.",
        "Biden in Hanoi | Wire||On September 10, 2023, U.S. President Joe Biden arrived in Hanoi.||Two-way trade reached $138.9 billion in 2022.",
    );
    check("<ul><li>Normalization, 1995<li>Trade agreement, 2000</ul><p>After", "Normalization, 1995|Trade agreement, 2000||After");
}

#[test]
fn the_title_is_the_first_line() {
    let html = "<html><head><title>T</title><style>p{}</style></head><body><script>alert(1)</script>\
                <h1>Biden in Hanoi</h1><p>On Sunday, U.S. President Joe Biden&nbsp;arrived.</p><!-- x --><p>Trade &amp; ties</p></body></html>";
    assert_eq!(html_to_text(html), "T\n\nBiden in Hanoi\n\nOn Sunday, U.S. President Joe Biden arrived.\n\nTrade & ties\n");
    check("<title>\n  Vietnam &amp; the US\n</title><p>Body", "Vietnam & the US||Body");
    // An icon's tooltip is not the page's title, nor text.
    check("<title>Page</title><body><svg viewBox='0 0 9 9'><title>Share on Facebook</title><path d='M0'/></svg><p>Text</p>", "Page||Text");
    check("<title>Only a title</title>", "Only a title");
}

#[test]
fn what_browsers_never_show_is_dropped() {
    check("<SCRIPT type=x>evil()</SCRIPT>kept", "kept");
    check("<script>document.write('</p><p>not text')</script ><p>After</p>", "After");
    check("<style media='x>y'>p > a { color: red }</style><p>Shown", "Shown");
    check("<noscript><p>Enable JavaScript</p></noscript><p>Article", "Article");
    check("<template><p>a<template>b</template>c</p></template><p>shown", "shown");
    check("<p>a</p><!-- <p>hidden</p> --><p>b</p><!---->c<!-->d", "a||b||cd");
    // Unclosed, they take the rest of the page with them, as in a browser.
    check("<p>Kept.</p><script>var a = \"<p>not text</p>\";", "Kept.");
    check("<p>Kept.</p><!-- never closed <p>Not shown</p>", "Kept.");
}

#[test]
fn tags_end_at_their_own_bracket() {
    check("<a title=\"a > b\" href='x>y'>Link text</a> and more", "Link text and more");
    check("<img alt=\"2 > 1\"/>After the image", "After the image");
    check("<p>unclosed <b", "unclosed");
    check("<p>a <a href=\"never closed>text", "a");
    check("5 < 6 and 7 <= 8, <3 </> x", "5 < 6 and 7 <= 8, <3 x");
}

#[test]
fn blocks_break_lines_and_spacing_collapses() {
    check(
        "<table><tr><th>Year<th>Trade<tr><td>2022<td>$138.9 billion</table><p>Source: customs",
        "Year|Trade|2022|$138.9 billion||Source: customs",
    );
    check("<p>On Sunday,\n     U.S. President\n\tJoe   Biden arrived.</p>", "On Sunday, U.S. President Joe Biden arrived.");
    check("<header>Menu</header><main><article><h1>Title</h1><figure><img src=a><figcaption>A caption</figcaption></figure>Body</article></main><footer>Foot", "Menu||Title||A caption||Body||Foot");
    check("<dl><dt>1995<dd>Relations normalized<dt>2000<dd>Trade agreement</dl>", "1995|Relations normalized|2000|Trade agreement");
    check("line one<br>line two<br/><br>line four<hr>after", "line one|line two||line four||after");
    check("<pre>\nfirst line\n  second line</pre>after", "first line|second line||after");
    check("a<span> b </span>c<b>d</b>", "a b cd");
}

#[test]
fn references_are_decoded() {
    check("Nguy&#7877;n Ph&uacute; Tr&#x1ECD;ng &ndash; 2015 &amp; &quot;ties&quot; &#150; caf&eacute;", "Nguyễn Phú Trọng – 2015 & \"ties\" – café");
    check("&#0; &#xD800; &#99999999999; &#x110000; &bogus; AT&T &lt;p&gt;", "\u{FFFD} \u{FFFD} \u{FFFD} \u{FFFD} &bogus; AT&T <p>");
    check("\u{feff}<p>after a byte order mark", "after a byte order mark");
}

#[test]
fn never_panics_on_any_cut_of_a_page() {
    let page = "<!DOCTYPE html><html><head><title>Tr&#7885;ng &amp; Biden</title><script>if (a < b) {}</script>\
                <body><div class=\"x\" data-a='>'><p>Nguyễn Phú Trọng visited on July 7, 2015.<!-- c --><br/>\
                <table><tr><td>1<td>2</table><pre>x\n y</pre><svg><title>t</title></svg>&#x1F600;&eacute</div>";
    for cut in (0..=page.len()).filter(|&i| page.is_char_boundary(i)) {
        html_to_text(&page[..cut]);
        html_to_text(&page[cut..]);
    }
}

#[test]
fn pathological_pages_stay_linear() {
    // Each of these would be quadratic if every tag searched the rest of the page again.
    for piece in ["<script>", "<!--", "<title>", "<template>", "</ x", "<a b='", "<p>", "&#", "&amp", "<i>x</i>", "<"] {
        let page = piece.repeat(100_000);
        html_to_text(&page);
    }
}
