//! Reads one article's layout: drops page furniture, marks photo captions and headings,
//! finds the title, the outlet and the publication date, and splits the body into sentences.

use super::dateline::{self, DateLine, Order};
use super::dates::{self, Context, Stated};
use super::sentences::{self, Sentence};
use super::text::{self, ordinal, Token};
use crate::model::{PartialDate, Published, PublishedMethod, Span};
use lines::logical_lines;
use stated::StatedDates;

/// An article ready for the event and figure rules.
pub struct Prepared<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<Published>,
    /// The publication year is a guess (the latest year the text names, for the date or a
    /// dateline's missing year), not a clue the text gives for its own date.
    pub year_guessed: bool,
    /// What relative dates count from: the dateline's day, else the publication date.
    pub anchor: Option<PartialDate>,
    /// The head caption whose day became the anchor (`caption_day`): it tells the story's
    /// own moment, so its act is an event like the body's.
    pub anchor_caption: Option<usize>,
    pub boilerplate_lines: usize,
    /// Where the article ends and the page's tail begins ("Related news", "Back to top"): the
    /// text's length when it has none.
    pub body_end: usize,
    pub captions: Vec<Span>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Vec<Token>>,
    /// The date expressions of each sentence, scanned once.
    pub mentions: Vec<Vec<dates::Mention>>,
    /// The first sentence of the story: the one after the date line at the page's head, when
    /// lines of the site's menu ("For Chinese millennials, despondency has a brand name")
    /// stand above it, else 0. A lead is counted from here.
    pub lead_from: usize,
    /// Byte spans of the article's content lines, headings included, for the sign-off.
    lines: Vec<(usize, usize)>,
}

/// Lines that are page furniture, by their folded start.
const FURNITURE: [&str; 14] = [
    "forgot your password",
    "back to login",
    "log in",
    "sign in",
    "sign up",
    "subscribe",
    "there were ",
    "advertisement",
    "read more",
    "print",
    "email",
    "share this",
    "tags:",
    "copyright",
];

/// Lines after which the article is over: comment boxes, galleries, quotes of the day.
const TAIL_MARKERS: [&str; 6] = ["share your views", "back to top", "photo gallery", "related news", "related articles", "comments"];

/// How many content lines from the top may hold the date line: past the site's menus, the
/// title, the author and their position.
const HEAD_LINES: usize = 12;

/// Known outlets, folded, with the name to show.
const OUTLETS: [(&str, &str); 12] = [
    ("vietnam+", "Vietnam+"),
    ("vietnamplus", "Vietnam+"),
    ("vna", "VNA"),
    ("vns", "VNS"),
    ("viet nam news", "VNS"),
    ("vietnam news agency", "VNA"),
    ("nhan dan", "Nhan Dan"),
    ("vnexpress", "VnExpress"),
    ("reuters", "Reuters"),
    ("ap", "AP"),
    ("afp", "AFP"),
    ("vllf", "VLLF"),
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum LineKind {
    Body,
    Caption,
    Heading,
    Furniture,
}

pub fn prepare<'a>(id: &'a str, text: &'a str) -> Prepared<'a> {
    let mut prepared = Prepared {
        id,
        text,
        title: None,
        outlet: None,
        published: None,
        anchor: None,
        anchor_caption: None,
        boilerplate_lines: 0,
        body_end: text.len(),
        year_guessed: false,
        captions: Vec::new(),
        sentences: Vec::new(),
        tokens: Vec::new(),
        mentions: Vec::new(),
        lead_from: 0,
        lines: Vec::new(),
    };
    let mut stated = StatedDates::default();
    let mut dateline: Option<(u8, u8, String)> = None;
    let mut ended = false;
    let mut content_lines = 0;
    let mut paragraph = 0;
    // The line before was a keyword alone ("For Immediate Release:").
    let mut after_keyword = false;
    // A line above said "IMMEDIATE RELEASE" or "Release No: NR-127-19": the date line below
    // it is the release's own.
    let mut below_release = false;
    for (line_start, line_end) in logical_lines(text) {
        let raw_line = &text[line_start..line_end];
        let trimmed = raw_line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let mut start = line_start + (raw_line.len() - raw_line.trim_start().len());
        let end = start + trimmed.len();
        // Furniture and tail markers are told by how a line starts.
        let start_of_line = head(trimmed, 48);
        let folded = if start_of_line.is_ascii() { start_of_line.to_ascii_lowercase() } else { text::fold(start_of_line) };
        // "Photo Gallery »" in a site's menu above the story, before any date line, is no tail.
        let in_menu = content_lines < HEAD_LINES && stated.seen == 0 && dateline.is_none();
        if ended || (!in_menu && TAIL_MARKERS.iter().any(|m| folded.starts_with(m))) {
            if !ended {
                prepared.body_end = line_start;
            }
            ended = true;
            prepared.boilerplate_lines += 1;
            continue;
        }
        // Metadata: a date line among the first lines ("Jun 12, 2021 / 05:49", "BBC News | 9
        // December 2006", "19:39 14/11/2017"), a keyword line anywhere ("Published: 21 June,
        // 2005"), a dateline ("HANOI, Nov. 17 --").
        content_lines += 1;
        let in_head = content_lines <= HEAD_LINES;
        let announced = after_keyword;
        let tokens = if may_hold_metadata(trimmed, in_head) || (announced && trimmed.starts_with(|c: char| c.is_alphanumeric())) {
            text::tokenize(text, start, start + head(trimmed, 120).len())
        } else {
            Vec::new()
        };
        after_keyword = trimmed.len() <= 40
            && dateline::may_open_keyword(trimmed.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(""))
            && dateline::keyword_alone(&text::tokenize(text, start, end));
        let found = dateline::date_line(&tokens)
            .filter(|d| (d.body_from < tokens.len() || trimmed.len() <= 120) && (in_head || d.keyword || is_stamp(d, &tokens)))
            .or_else(|| if announced { dateline::date_after_keyword(&tokens) } else { None });
        if let Some(found) = found {
            // The first date line at the head, alone on its line, closes the menu above it; a
            // keyword's ("- Date: 3rd February 1994") is a field of a record, among others.
            if stated.seen == 0 && in_head && found.body_from >= tokens.len() && !found.keyword {
                prepared.lead_from = prepared.sentences.len();
            }
            let evidence = text[start..tokens[found.body_from.saturating_sub(1)].end].to_string();
            if content_lines == 1 && dateline::is_crawl_stamp(&tokens) {
                stated.add_stamp(found, evidence);
            } else {
                if below_release && in_head {
                    stated.release.get_or_insert((found, evidence.clone()));
                }
                stated.add(found, evidence);
            }
            // A line that opens with figures keeps them: in a chronology they date its story.
            match tokens.get(found.body_from) {
                _ if found.leading_figures => {}
                Some(t) => start = t.start,
                None => continue,
            }
        } else if let Some((month, day, body_from)) = dateline::dateline(&tokens).filter(|_| in_head) {
            dateline.get_or_insert((month, day, text[start..tokens[body_from - 1].end].to_string()));
            match tokens.get(body_from) {
                Some(t) => start = t.start,
                None => continue,
            }
        }
        below_release |= in_head && (folded.contains("immediate release") || folded.starts_with("release no") || folded.starts_with("news release"));
        let line = &text[start..end];
        let kind = match classify(line, &folded) {
            // "1995: US and Vietnam resume ties", "1995" over the lines of 1995: a list's item
            // and date heading, not headings of the page.
            LineKind::Heading if super::items::is_list_line(&text::tokenize(text, start, end)) => LineKind::Body,
            kind => kind,
        };
        if kind != LineKind::Furniture {
            prepared.lines.push((start, end));
        }
        match kind {
            LineKind::Furniture => prepared.boilerplate_lines += 1,
            LineKind::Heading => {
                if prepared.title.is_none() && prepared.sentences.is_empty() {
                    prepared.title = Some(line.to_string());
                }
            }
            LineKind::Caption => {
                prepared.captions.push(Span { start, end });
                sentences::split(text, start, end, paragraph, true, &mut prepared.sentences);
                paragraph += 1;
            }
            LineKind::Body => {
                sentences::split(text, start, end, paragraph, false, &mut prepared.sentences);
                paragraph += 1;
            }
        }
    }
    prepared.tokens = prepared.sentences.iter().map(|s| text::tokenize(text, s.start, s.end)).collect();
    prepared.mentions = prepared.tokens.iter().map(|tokens| dates::scan(tokens)).collect();
    prepared.outlet = find_outlet(&prepared);
    let prose = dateline::prose_order(&prepared.tokens, &prepared.mentions);
    let stated = stated.first().map(|(line, evidence)| {
        let order = if line.clock == Order::Unknown { prose } else { line.clock };
        (line.date.resolve(order), evidence)
    });
    prepared.published = stated
        .map(|(date, evidence)| Published { date, method: PublishedMethod::Stated, evidence })
        .or_else(|| {
            let (month, day, evidence) = dateline.clone()?;
            let stated_year = stated_current_year(&prepared);
            // With no year stated for now, the latest year named stands in (read once).
            let latest = if stated_year.is_none() { latest_year(&prepared) } else { None };
            let year = stated_year.or_else(|| {
                // A whole year's figure ("reached $138.9 billion in 2022") is reported after
                // that year has ended.
                let latest = latest?;
                Some(if month < 12 && reports_full_year(&prepared, latest) { latest + 1 } else { latest })
            })?;
            prepared.year_guessed = latest.is_some_and(|y| named_only_since(&prepared, y));
            let date = PartialDate::day(year, month, day)?;
            Some(Published { date, method: PublishedMethod::Dateline, evidence })
        })
        .or_else(|| anniversary_year(&prepared))
        .or_else(|| {
            let year = latest_year(&prepared)?;
            Some(Published { date: PartialDate::year(year), method: PublishedMethod::LatestYear, evidence: year.to_string() })
        });
    if let Some(p) = prepared.published.as_ref().filter(|p| p.method == PublishedMethod::LatestYear) {
        prepared.year_guessed = reports_full_year(&prepared, p.date.year) || named_only_since(&prepared, p.date.year);
    }
    let has_dateline = dateline.is_some();
    prepared.anchor = anchor(prepared.published.as_ref().map(|p| p.date), dateline.map(|(month, day, _)| (month, day)));
    if prepared.anchor.is_none_or(|a| a.day == 0) && !has_dateline {
        if let Some((sentence, day)) = caption_day(&prepared) {
            prepared.anchor = Some(day);
            prepared.anchor_caption = Some(sentence);
        }
    }
    prepared
}

/// The day a photo caption at the head of the story gives in full ("…during a welcoming
/// ceremony in Hanoi, Vietnam, May 23, 2016. REUTERS"): a wire photo is dated the day of the
/// story, so "announced on Monday" counts from it when the text has no date line of its own.
fn caption_day(prepared: &Prepared) -> Option<(usize, PartialDate)> {
    let head = prepared.sentences.iter().position(|s| !s.caption).unwrap_or(prepared.sentences.len());
    (0..head).find_map(|s| {
        prepared.mentions[s].iter().find_map(|m| {
            dates::explicit_year(m.stated)?;
            let range = dates::resolve(m.stated, &Context::default())?;
            (range.end.is_none() && range.start.day != 0).then_some((s, range.start))
        })
    })
}

/// The longest line a bare time stamp takes: "September 30, 2023 11:57 PM GMT+7".
const STAMP_LEN: usize = 48;

/// A line that is a date and a clock and nothing more ("January 31, 2018 2:57 PM GMT+7"), which
/// prose never is: a page's own stamp even below the head, where menus of a portal's sections
/// push it (a keyword is asked of other lines there).
fn is_stamp(found: &DateLine, tokens: &[Token]) -> bool {
    found.clock != Order::Unknown && found.body_from >= tokens.len() && tokens.last().is_some_and(|t| t.end - tokens[0].start <= STAMP_LEN)
}

/// A cheap look at a line's start before tokenizing it for a date line or a dateline: in the
/// head, a digit, a date word, a month, a weekday, a comma among the first words ("VIETNAM,
/// September 10 -") or a short line ("BBC News | 9 December 2006"); further down, only a
/// keyword ("Published: 21 June, 2005").
fn may_hold_metadata(line: &str, in_head: bool) -> bool {
    // Every date line has a figure (a day, a year or a clock) among its first words.
    if !head(line, 120).bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let line = line.trim_start_matches(['-', '*', '•', ' ']);
    let first = line.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if !in_head {
        return dateline::may_open_keyword(first) || (line.len() <= STAMP_LEN && line.contains(':'));
    }
    let first = first.to_ascii_lowercase();
    // "Normalization Process [Updated November 28, 2003]": a keyword opening a bracket.
    let bracketed = head(line, 120).split(['[', '(']).skip(1).any(|after| dateline::may_open_keyword(after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("")));
    bracketed
        || line.starts_with(|c: char| c.is_ascii_digit())
        || dateline::may_open_keyword(&first)
        || text::month_number(&first).is_some()
        || head(line, 30).contains(',')
        || line.len() <= 80
}

/// What relative dates count from: the dateline's day when the text has one ("HANOI, Nov. 17
/// --" under a byline of November 18: "arrived Friday" is Friday the 17th), in the year of the
/// publication date (the year before when the dateline's month is later), else that date.
fn anchor(published: Option<PartialDate>, dateline: Option<(u8, u8)>) -> Option<PartialDate> {
    let published = published?;
    let Some((month, day)) = dateline else { return Some(published) };
    let year = if published.month != 0 && month > published.month.saturating_add(1) { published.year - 1 } else { published.year };
    PartialDate::day(year, month, day).or(Some(published))
}

/// The first `max` bytes of `text`, cut at a character boundary.
fn head(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn classify(line: &str, folded: &str) -> LineKind {
    if FURNITURE.iter().any(|f| folded.starts_with(f)) || line.starts_with("![") || !line.chars().any(char::is_alphanumeric) {
        return LineKind::Furniture;
    }
    let lower = |needle: &str| line.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()));
    let caption = line.ends_with('|') || (line.contains("hoto") && (lower("(photo") || lower("photo:"))) || wire_credit(line).is_some();
    if caption && !narrates(line) {
        return LineKind::Caption;
    }
    let words = line.split_ascii_whitespace().take(17).count();
    let ends_like_sentence = line.ends_with(['.', '!', '?', '"', '”', ':', ';']) || line.ends_with("./.");
    if words <= 16 && !ends_like_sentence {
        return LineKind::Heading;
    }
    LineKind::Body
}

/// A photo credit after narration is not a caption: "On July 11, 1995, Clinton announced the
/// normalization of relations. Photo: AFP", "One month later, Christopher visited Vietnam.
/// Photo: AP". A caption shows one moment in one sentence ("Trọng receives Clinton (Photo:
/// VNA)"); narration opens with its date or with the time since the last item, or runs to
/// more than one sentence.
fn narrates(line: &str) -> bool {
    let cut = line.find("Photo").or_else(|| line.find("photo")).or_else(|| line.find("PHOTO")).or_else(|| wire_credit(line)).unwrap_or(line.len());
    let before = line[..cut].trim_end_matches(['(', '_', ' ']);
    let words: Vec<&str> = before.split_whitespace().collect();
    let opens_with_date = matches!(words.first(), Some(&"On" | &"In"))
        && words.get(1).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()) || crate::extract::text::month_number(&w.to_ascii_lowercase()).is_some());
    let opens_with_lapse = words.iter().take(8).any(|w| w.trim_end_matches(',') == "later");
    // "U.S." and "D.C." end no sentence.
    let ends_sentence = |w: &str| w.len() > 3 && w.ends_with('.') && !w[..w.len() - 1].contains('.');
    let sentences = words.windows(2).filter(|w| ends_sentence(w[0]) && w[1].starts_with(char::is_uppercase)).count();
    // "Prime Minister Pham Minh Chinh hosted a reception for … in Hanoi on March 30. (Photo:
    // VNA)": a lead that tells its day as news does ("on March 30", no year) and ends its
    // sentence before the credit is the story, its photo's caption borrowed from it. A
    // caption names no day and ends in no full stop; a wire photo's caption writes the day in
    // full ("… in Hanoi, Vietnam May 23, 2016. REUTERS/…").
    let photo_credit = line[cut..].starts_with(['P', 'p']);
    let year_named = words.iter().any(|w| w.trim_end_matches(['.', ',']).len() == 4 && w.trim_end_matches(['.', ',']).bytes().all(|b| b.is_ascii_digit()));
    let dated_lead = photo_credit
        && before.ends_with('.')
        && !year_named
        && words.windows(3).any(|w| w[0] == "on" && crate::extract::text::month_number(&w[1].to_ascii_lowercase()).is_some() && w[2].starts_with(|c: char| c.is_ascii_digit()));
    opens_with_date || opens_with_lapse || sentences >= 1 || dated_lead
}

/// Where a wire photographer's credit ends a line ("…in Hanoi, Vietnam, May 23, 2016.
/// REUTERS/Kham", "…at the White House. AFP/Saul Loeb"): the agency in capitals, a slash and
/// the name, as the line's last words.
fn wire_credit(line: &str) -> Option<usize> {
    const AGENCIES: [&str; 4] = ["REUTERS/", "AFP/", "AP/", "AP Photo/"];
    const TAIL: usize = 40;
    // Only a line's last bytes can hold the credit, and most lines have no slash there.
    let mut from = line.len().saturating_sub(TAIL);
    while !line.is_char_boundary(from) {
        from -= 1;
    }
    let tail = &line[from..];
    if !tail.as_bytes().contains(&b'/') {
        return None;
    }
    let at = from + AGENCIES.iter().filter_map(|a| tail.rfind(a)).max()?;
    // "… 2016. REUTERS/Kham", "… 2016. Photo by REUTERS/Kham", "… 2013. (AFP/Vietnam News Agency)".
    let before = line[..at].trim_end_matches(['(', ' ']);
    let before = before.strip_suffix("Photo by").or_else(|| before.strip_suffix("Photo:")).unwrap_or(before).trim_end();
    let after_sentence = before.is_empty() || before.ends_with('.');
    after_sentence.then_some(at)
}

/// "The year 2023 is…": the text names its own year.
fn stated_current_year(prepared: &Prepared) -> Option<i32> {
    prepared.tokens.iter().find_map(|tokens| {
        tokens.windows(3).find_map(|w| {
            (w[0].is("the") && w[1].is("year")).then(|| w[2].integer().filter(|y| (1900..=2100).contains(y)).map(|y| y as i32)).flatten()
        })
    })
}

/// Whether a sentence gives an amount for the whole of `year`: "… billion in 2022".
fn reports_full_year(prepared: &Prepared, year: i32) -> bool {
    prepared.tokens.iter().zip(&prepared.mentions).any(|(tokens, mentions)| {
        let amount = tokens.iter().position(|t| t.is_any(&["billion", "million"]));
        mentions.iter().any(|m| {
            let whole_year = matches!(m.stated, Stated::Calendar { year: Some(y), month: 0, end: None, .. } if y == year);
            whole_year && m.first > 0 && tokens[m.first - 1].is("in") && amount.is_some_and(|a| a < m.first)
        })
    })
}

/// "one of Vietnam's top consumer markets since 2003": a year the text names only to start a
/// run from is a year it is written after, not in. So is a year named only as the base of a
/// comparison ("last year … a 29.1% rise in terms of export growth from 2018").
fn named_only_since(prepared: &Prepared, year: i32) -> bool {
    let mut named = prepared.tokens.iter().zip(&prepared.mentions).flat_map(|(tokens, mentions)| mentions.iter().map(move |m| (m, tokens)));
    let base = |tokens: &[Token], m: &dates::Mention| {
        let before = |k: usize, words: &[&str]| m.first.checked_sub(k).and_then(|i| tokens.get(i)).is_some_and(|t| t.is_any(words));
        before(1, &["since", "from", "than", "against"]) || (before(1, &["to", "with"]) && before(2, &["compared"]))
    };
    named.all(|(m, tokens)| dates::explicit_year(m.stated) != Some(year) || base(tokens, m))
}

/// The latest year the text names, leaving out deadlines ("by 2020, annual bilateral trade …
/// will reach $35 billion"): a text is written before the years it sets goals for. A deadline
/// counts only when the text names no other year.
fn latest_year(prepared: &Prepared) -> Option<i32> {
    let years = || prepared.mentions.iter().zip(&prepared.tokens).flat_map(|(mentions, tokens)| mentions.iter().map(move |m| (m, tokens)));
    let deadline = |m: &dates::Mention, tokens: &[Token]| m.first > 0 && tokens[m.first - 1].is("by");
    let latest = years().filter(|(m, tokens)| !deadline(m, tokens)).filter_map(|(m, _)| dates::explicit_year(m.stated)).max();
    latest.or_else(|| years().filter_map(|(m, _)| dates::explicit_year(m.stated)).max())
}

/// "the 20th anniversary of … diplomatic relations" or "Twenty-eight years since the two
/// countries … established diplomatic relations": the year of that founding event, found in
/// the same text, plus the count.
fn anniversary_year(prepared: &Prepared) -> Option<Published> {
    for (s, tokens) in prepared.tokens.iter().enumerate() {
        for i in 0..tokens.len() {
            let (count, topic_from) = if tokens[i].is("anniversary") && tokens.get(i + 1).is_some_and(|t| t.is("of")) {
                match i.checked_sub(1).and_then(|k| ordinal(tokens, k)).or_else(|| i.checked_sub(2).and_then(|k| ordinal(tokens, k))) {
                    Some(n) => (n, i + 2),
                    None => continue,
                }
            } else if tokens[i].is("years") && tokens.get(i + 1).is_some_and(|t| t.is_any(&["since", "after"])) {
                match years_count(tokens, i) {
                    Some(n) => (n, i + 2),
                    None => continue,
                }
            } else if let Some(n) = span_to_now(tokens, i) {
                // The span names no topic: it is the relations', which the text founds elsewhere.
                (n, tokens.len())
            } else {
                continue;
            };
            let topic: Vec<&str> = if topic_from == tokens.len() {
                RELATIONS_FOUNDED.to_vec()
            } else {
                tokens[topic_from..tokens.len().min(topic_from + 10)]
                    .iter()
                    .map(|t| t.folded.as_str())
                    .filter(|w| ["diplomatic", "relations", "ties", "normalization", "comprehensive", "partnership"].contains(w))
                    .collect()
            };
            if topic.len() < 2 {
                continue;
            }
            let founded = founding_year(prepared, &topic)?;
            let sentence = prepared.sentences[s];
            let evidence = prepared.text[sentence.start..sentence.end].to_string();
            return Some(Published {
                date: PartialDate::year(founded + count as i32),
                method: PublishedMethod::Anniversary,
                evidence,
            });
        }
    }
    None
}

/// The words a sentence founding the relations uses ("normalized relations in 1995",
/// "established diplomatic ties"), two of which it must hold.
const RELATIONS_FOUNDED: [&str; 6] = ["diplomatic", "relations", "ties", "normalization", "normalized", "established"];

/// "this 30-year journey", "this twenty-year history": a span that runs up to the writer's
/// present, so it counts from the founding the text tells to the text's own year. Only after
/// "this": "a 30-year partnership" may be any thirty years.
fn span_to_now(tokens: &[Token], i: usize) -> Option<u32> {
    if !tokens[i].is("this") {
        return None;
    }
    let count = tokens.get(i + 1)?;
    let n = count.integer().filter(|n| (2..=100).contains(n)).or_else(|| text::number_word(&count.folded))?;
    tokens.get(i + 2).filter(|t| t.is("-"))?;
    tokens.get(i + 3).filter(|t| t.is("year"))?;
    tokens.get(i + 4).filter(|t| t.is_any(&["journey", "history", "relationship", "partnership", "friendship"]))?;
    Some(n)
}

fn years_count(tokens: &[Token], years: usize) -> Option<u32> {
    let before = tokens.get(years.checked_sub(1)?)?;
    if let Some(n) = before.integer() {
        return Some(n);
    }
    // "Twenty-eight years".
    text::number_words_at(tokens, years - 1)
}

/// The earliest explicit year of a sentence that speaks of the topic outside an anniversary.
fn founding_year(prepared: &Prepared, topic: &[&str]) -> Option<i32> {
    prepared
        .tokens
        .iter()
        .zip(&prepared.mentions)
        .filter(|(tokens, _)| {
            let counts_back = tokens.windows(2).any(|w| w[0].is("years") && w[1].is_any(&["since", "after", "ago"]));
            !counts_back && !tokens.iter().any(|t| t.is("anniversary"))
        })
        .filter(|(tokens, _)| topic.iter().filter(|w| tokens.iter().any(|t| t.is(w))).count() >= 2)
        .flat_map(|(_, mentions)| mentions.iter().copied())
        .filter(|m| !m.in_brackets)
        .filter_map(|m| match m.stated {
            Stated::Calendar { year: Some(year), end: None, .. } => Some(year),
            _ => None,
        })
        .min()
}

/// "According to Vietnam+", "(VNA/VLLF)", "Source: Reuters" near the end of the article.
fn find_outlet(prepared: &Prepared) -> Option<String> {
    for &(start, end) in prepared.lines.iter().rev().take(3) {
        let line = &prepared.text[start..end];
        // ASCII lowercase keeps every byte where it was, so an offset found in it is one in the
        // line (folding "Hà Nội" would shift them); the words looked for are ASCII.
        let folded = line.to_ascii_lowercase();
        let named = if let Some(at) = folded.find("according to ") {
            Some(line.get(at + "according to ".len()..).unwrap_or(""))
        } else if let Some(at) = folded.find("source: ") {
            Some(line.get(at + "source: ".len()..).unwrap_or(""))
        } else if let (Some(open), true) = (line.rfind('('), line.trim_end_matches(['.', ' ']).ends_with(')')) {
            Some(&line[open + 1..])
        } else {
            None
        };
        if let Some(named) = named {
            let name = named.trim().trim_end_matches(['.', '/', ')', ' ']).trim();
            let known = name.split('/').all(|part| OUTLETS.iter().any(|(key, _)| text::fold(part.trim()) == *key));
            if known && !name.is_empty() {
                let parts: Vec<&str> = name
                    .split('/')
                    .map(|part| OUTLETS.iter().find(|(key, _)| text::fold(part.trim()) == *key).map(|(_, shown)| *shown).unwrap_or(part))
                    .collect();
                return Some(parts.join("/"));
            }
        }
    }
    None
}

/// What the reader said of an article the text does not say: its title, its date. A date the
/// text states outright still wins, and the reader's date is marked as theirs.
pub fn apply_reader_facts(prepared: &mut Prepared, title: Option<&str>, published: Option<PartialDate>) {
    if let Some(title) = title.map(str::trim).filter(|t| !t.is_empty()) {
        prepared.title = Some(title.to_string());
    }
    let stated = prepared.published.as_ref().is_some_and(|p| p.method == PublishedMethod::Stated);
    if let (Some(date), false) = (published, stated) {
        prepared.published = Some(Published { date, method: PublishedMethod::Given, evidence: "given when the article was added".to_string() });
        prepared.anchor = Some(date);
    }
}

/// The article's anchor (its dateline's day, else its publication date) as a context for
/// resolving year-less and relative dates.
pub fn context(prepared: &Prepared) -> Context {
    Context { published: prepared.anchor, ..Context::default() }
}

/// For tests: the resolved range of the first date mention in a string.
#[cfg(test)]
pub fn first_date(text: &str) -> Option<crate::model::DateRange> {
    let tokens = text::tokenize(text, 0, text.len());
    let mention = dates::scan(&tokens).into_iter().next()?;
    dates::resolve(mention.stated, &Context::default())
}

mod lines;
mod stated;
#[cfg(test)]
mod tests;
