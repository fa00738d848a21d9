use super::*;

#[test]
fn a_wire_photo_credit_makes_a_caption_whose_day_dates_the_story() {
    let text = "U.S. lifts arms embargo\n\nU.S. President Obama shakes hands with Quang in Hanoi, Vietnam, May 23, 2016. REUTERS/Kham\n\nObama announced on Monday that the embargo would be lifted.\n\nTrade grew in 2016.\n";
    let p = prepare("x", text);
    assert_eq!(p.captions.len(), 1);
    assert_eq!(p.anchor.map(|d| d.to_string()).as_deref(), Some("2016-05-23"));
    // A credit inside narration is not a caption's, and the story keeps its own year.
    let text = "U.S. lifts arms embargo\n\nOn May 23, 2016, Obama said REUTERS/Ipsos polls showed support for lifting the embargo.\n\nTrade grew in 2016.\n";
    let p = prepare("x", text);
    assert!(p.captions.is_empty());
    assert_eq!(p.anchor.map(|d| d.to_string()).as_deref(), Some("2016"));
}

#[test]
fn drops_furniture_and_finds_the_title() {
    let text = "Forgot your password?\n\nBack to login\n\nA milestone in Vietnam – US relation\nJuly 12, 2015, 3:58 pm\n\nLast week, Trong went to the US.\n\nShare your views\n\n\"It is hard to fail.\"\n";
    let p = prepare("x", text);
    assert_eq!(p.title.as_deref(), Some("A milestone in Vietnam – US relation"));
    assert_eq!(p.published.as_ref().map(|p| p.date.to_string()).as_deref(), Some("2015-07-12"));
    assert_eq!(p.published.as_ref().map(|p| p.method), Some(PublishedMethod::Stated));
    assert_eq!(p.sentences.len(), 1);
    assert_eq!(p.boilerplate_lines, 4);
}

#[test]
fn reads_a_date_prefix_and_keeps_the_body() {
    let text = " date 2023-08-29 US President Joe Biden is scheduled to visit Vietnam on September 10-11.";
    let p = prepare("x", text);
    assert_eq!(p.published.as_ref().map(|p| p.date.to_string()).as_deref(), Some("2023-08-29"));
    assert_eq!(&text[p.sentences[0].start..p.sentences[0].start + 2], "US");
    assert_eq!(p.title, None);
}

#[test]
fn completes_a_dateline_with_the_year_of_the_text() {
    let text = "Milestones\n\nVIETNAM, September 10 - HÀ NỘI — High-level visits matter.\n\nThe year 2023 is an important milestone.";
    let p = prepare("x", text);
    let published = p.published.unwrap();
    assert_eq!(published.date.to_string(), "2023-09-10");
    assert_eq!(published.method, PublishedMethod::Dateline);
    assert!(text[p.sentences[0].start..].starts_with("High-level"));
}

#[test]
fn infers_the_year_from_an_anniversary() {
    let text = "Visit\nThe visit marks the 20th anniversary of the establishment of Vietnam-US diplomatic relations.\nOn July 12, 1995, the two countries normalized relations and officially established diplomatic relations.\nAccording to Vietnam+";
    let p = prepare("x", text);
    let published = p.published.unwrap();
    assert_eq!((published.date.to_string(), published.method), ("2015".to_string(), PublishedMethod::Anniversary));
    assert_eq!(p.outlet.as_deref(), Some("Vietnam+"));
    // Letters with diacritics before the name must not shift where it is read from.
    let p = prepare("x", "Title here\nThe visit to Hà Nội and Đà Nẵng was reported, according to Vietnam+");
    assert_eq!(p.outlet.as_deref(), Some("Vietnam+"));
}

#[test]
fn a_bare_time_stamp_below_the_head_dates_the_page() {
    let menu: String = (1..=20).map(|n| format!("Section {n}\n")).collect();
    let story = |stamp: &str| format!("{menu}Talks held\nThe two sides met in Hanoi on January 30 to review ties begun in 2017.\n{stamp}\nBoth sides praised the year.\n");
    assert_eq!(published(&story("January 31, 2018 2:57 PM GMT+7")).as_deref(), Some("2018-01-31"));
    // Counter-examples: a date told in a sentence, and a date with no clock, say nothing of the page.
    assert_ne!(published(&story("On January 31, 2018 at 2:57 PM the talks closed.")).as_deref(), Some("2018-01-31"));
    assert_ne!(published(&story("January 31, 2018")).as_deref(), Some("2018-01-31"));
}

#[test]
fn infers_the_year_from_a_span_that_runs_to_now() {
    let text = "Ties\nSince Vietnam and the United States normalized relations in 1995, trade has grown.\nOn May 3 the leaders met again, capping this 30-year journey of reconciliation.\n";
    let found = prepare("x", text).published.unwrap();
    assert_eq!((found.date.to_string(), found.method), ("2025".to_string(), PublishedMethod::Anniversary));
    // Counter-examples: a span that need not end now, and one with nothing founded.
    assert_eq!(published("Ties\nSince the two normalized relations in 1995, trade has grown.\nIt was a 30-year journey of reconciliation.\n").as_deref(), Some("1995"));
    assert_eq!(published("Ties\nTrade grew in 2019.\nOn May 3 the leaders met, capping this 30-year journey.\n").as_deref(), Some("2019"));
}

fn published(text: &str) -> Option<String> {
    prepare("x", text).published.map(|p| p.date.to_string())
}

#[test]
fn the_date_line_wins_over_years_in_the_story() {
    let story = "\n\nIn 1994, Clinton lifted the embargo; in 2016 Obama lifted the arms embargo, he said.";
    assert_eq!(published(&format!("Title of the story\nBy Michael A. Fletcher\nSaturday, November 18, 2006{story}")).as_deref(), Some("2006-11-18"));
    assert_eq!(published(&format!("Menu\nJun 12, 2021 / 05:49\nTitle of the story{story}")).as_deref(), Some("2021-06-12"));
    assert_eq!(published(&format!("Title\nBizLIVE\n19:39 14/11/2017{story}")).as_deref(), Some("2017-11-14"));
    assert_eq!(published(&format!("Chronology\nUpdated July 2010{story}")).as_deref(), Some("2010-07"));
    // A footer line, far from the head, counts only with its keyword.
    let footer = format!("Title of the story{}\nStory from Thanh Nien News\nPublished: 21 June, 2005, 22:22:57 (GMT+7)", story.repeat(14));
    assert_eq!(published(&footer).as_deref(), Some("2005-06-21"));
    let footer = format!("Title of the story{}\nSaturday, November 18, 2006", story.repeat(14));
    assert_eq!(published(&footer).as_deref(), Some("2016"));
}

#[test]
fn figures_take_the_order_of_their_clock_or_of_the_prose() {
    assert_eq!(published("Title\n3:26:42 PM | 7/8/2005\nOn July 7, 1991, the office opened.").as_deref(), Some("2005-07-08"));
    assert_eq!(published("Title\n7/8/2005\nOn 7 July 1991, the office opened.").as_deref(), Some("2005-08-07"));
    assert_eq!(published("Title\n7/8/2005\nOn July 7, 1991, the office opened.").as_deref(), Some("2005"));
}

#[test]
fn an_archive_header_in_figures_but_not_a_chronology() {
    let header = "Index of speeches\n95/10/03 Remarks by Secretary Christopher and FM Cam\nI visited Hanoi in August, he said in 1995.";
    assert_eq!(published(header).as_deref(), Some("1995-10-03"));
    let chronology = "Milestones\n7/7/1991 US office for MIA affairs opens in Hanoi.\n8/6/1995 Christopher visits Hanoi.";
    assert_eq!(published(chronology).as_deref(), Some("1995"));
}

#[test]
fn relative_dates_count_from_the_dateline() {
    let text = "Bush in Vietnam\nSaturday, November 18, 2006\n\nHANOI, Nov. 17 -- President Bush arrived Friday in Vietnam.";
    let p = prepare("x", text);
    assert_eq!(p.published.as_ref().map(|p| p.date.to_string()).as_deref(), Some("2006-11-18"));
    assert_eq!(p.anchor.map(|d| d.to_string()).as_deref(), Some("2006-11-17"));
    assert!(text[p.sentences[0].start..].starts_with("President Bush"));
    // A dateline late in the year under a January byline is from the year before.
    assert_eq!(anchor(PartialDate::day(2007, 1, 2), Some((12, 31))).map(|d| d.to_string()).as_deref(), Some("2006-12-31"));
}

#[test]
fn marks_captions() {
    let text = "Title here\nGeneral Secretary Trong received Bill Clinton. (Photo: Tri Dung/VNA) |\nThe body says something long enough to be a sentence of the article.";
    let p = prepare("x", text);
    assert_eq!(p.captions.len(), 1);
    assert!(p.sentences.iter().any(|s| s.caption));
    assert_eq!(first_date("in 2016").map(|d| d.to_string()).as_deref(), Some("2016"));
}

#[test]
fn a_deadline_is_not_the_year_of_the_text() {
    let text = "US-Vietnam trade nears $18b\nVietnam's exports to the US were some $14.7 billion in 2010. “I am confident that by 2020, annual bilateral trade will reach $35 billion or more,” she said.";
    assert_eq!(published(text).as_deref(), Some("2010"));
    // Counter-example: a deadline is the text's year when it names no other.
    assert_eq!(published("Goals\nTrade should reach $100 billion by 2025, the minister said.").as_deref(), Some("2025"));
    // A report's number in brackets closes its date line.
    assert_eq!(published("U.S-Vietnam Economic and Trade Relations: Key Issues in 2018\n\nApril 16, 2018 (R45172)\nJump to Main Text of Report").as_deref(), Some("2018-04-16"));
}

#[test]
fn a_hard_wrapped_release_runs_on_past_short_lines_that_stop_inside_a_phrase() {
    // USTR, 2007: a release wrapped at about 70 characters, with short lines mid-sentence.
    let text = "Washington, D.C. - United States Trade Representative Susan C. Schwab met in Washington today with Minister Nguyen Xuan Phuc.\nThe meeting was focused on Vietnam's implementation of its World Trade\nOrganization (WTO) commitments as well as ways to further deepen trade and\ninvestment relations between the United\nStates and Vietnam.\nAmbassador Schwab and Minister Phuc welcomed the growth in trade. Two-way\ngoods trade between the United\nStates and Vietnam totaled $10.2 billion during\nthe first 10 months of 2007, an increase of 25 percent over the same period the\nprevious year.\n";
    let lines: Vec<&str> = logical_lines(text).iter().map(|&(s, e)| text[s..e].trim()).filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[2].contains("Two-way\ngoods trade between the United\nStates and Vietnam totaled"), "{lines:?}");
    // Counter-example: in the same kind of text, a heading and a date line stand apart.
    let text = "U.S. Department of State\n95/10/03 Remarks by Secretary Christopher and FM Cam\nOffice of the Spokesman\nMay 9, 1997\nThe first U.S. ambassador to post-war Vietnam arrived in Hanoi on Friday, proclaiming a new\nera of relations between the former foes and chance to move past their history of\nconflict and suspicion after decades of war and of a long and bitter peace between\nthem.\n";
    let lines: Vec<&str> = logical_lines(text).iter().map(|&(s, e)| text[s..e].trim()).filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], "U.S. Department of State", "{lines:?}");
    assert!(lines.contains(&"May 9, 1997"), "{lines:?}");
}

#[test]
fn a_latest_year_told_as_a_whole_year_past_or_a_start_is_a_guessed_year() {
    // VietNamNet: the latest year named has its whole-year figure, so the text is written later.
    let text = "Bilateral turnover rose from US$450 million in 1995 to nearly US$112 billion in 2021.\n\nDuring the past 10 months of the year, Vietnamese exports to the US surged by 21% to US$93 billion.";
    assert!(prepare("x", text).year_guessed);
    // Vietnam Briefing: a dateline without a year, and 2003 named only as a start.
    let text = "Apr. 22 – Bilateral trade reported a record high during the first quarter of this year.\n\nThe United States has been one of Vietnam's top consumer markets since 2003.";
    assert!(prepare("x", text).year_guessed);
    // Counter-examples: a stated date line; a latest year that is the narration's own.
    let text = "date 2023-08-29 Vietnam-US trade reached US$123 billion in 2022.";
    assert!(!prepare("x", text).year_guessed);
    let text = "If US - Vietnam trade turnover in the remaining months of this year retains the growth rates, plan for trade turnover increase in 2011 by 10 percent over last year's 18.3 billion USD is within reach.";
    assert!(!prepare("x", text).year_guessed);
}

#[test]
fn a_latest_year_named_only_as_a_base_of_comparison_is_a_guessed_year() {
    // Vinamas (VOV), no date line: 2018 is named only as what last year's growth is measured from.
    let text = "The opening five months of the year has seen the United States become the nation’s leading export market, with export turnover of US$24.6 billion.\n\nThis comes after the US had one of the highest export growth rates last year, with a 29.1% rise in terms of export growth from 2018.";
    assert!(prepare("x", text).year_guessed);
    // Counter-example: a year that starts a figure's run ("from 2018 to 2019" names 2019 too)
    // and a year of the narration's own stay the text's year.
    let text = "Exports to the US rose 20% in 2019 from 2018.\n\nIn the first five months of the year, exports reached US$24.6 billion.";
    assert!(!prepare("x", text).year_guessed);
}

#[test]
fn a_tail_marker_in_the_menu_above_the_story_is_no_tail() {
    // USAID, 2008: "Photo Gallery »" in the site's menu, before the release's date line.
    let menu = "Skip to main content\nAbout USAID Our Work Locations Policy Press\n  Press Home »\nPress Releases »\nFact Sheets »\nPhoto Gallery »\nContact USAID »\n\nUSAID Administrator Officiates at Vietnam Mission Opening\n\nFOR IMMEDIATE RELEASE\nJuly 4, 2008\n\nWASHINGTON, D.C. - Administrator Henrietta Fore presided at a ceremonial opening of the agency's new mission in Hanoi.\n";
    let p = prepare("x", menu);
    assert_eq!(p.published.as_ref().map(|p| p.date.to_string()).as_deref(), Some("2008-07-04"));
    assert!(!p.sentences.is_empty());
    // Counter-example: after the story's date line, the same marker ends the story.
    let story = "Mission opens\nJuly 4, 2008\n\nAdministrator Henrietta Fore opened the mission in Hanoi.\n\nPhoto Gallery\n\nThe embassy hosted a party in 2009.\n";
    let p = prepare("x", story);
    assert_eq!(p.sentences.len(), 1);
}

#[test]
fn the_story_starts_after_a_date_line_under_the_site_s_menu() {
    // Reuters' archive: headlines of other stories above the story's date line.
    let text = "Obama to visit Vietnam in May: White House\nFor Chinese millennials, despondency has a brand name\nLIFE\nFor Chinese millennials, despondency has a brand name\nBritain stumbles toward a new deal with the U.S.\nCOMMENTARY\nBritain stumbles toward a new deal with the U.S.\nFebruary 16, 2016 / 3:29 AM / 2 years ago\n\nObama will visit Vietnam in May, an official said on Monday.\n";
    let doc = prepare("x", text);
    assert_eq!(doc.published.map(|p| p.date.to_string()).as_deref(), Some("2016-02-16"));
    let story = &doc.sentences[doc.lead_from];
    assert!(text[story.start..story.end].starts_with("Obama will visit"), "{:?}", doc.sentences);
    assert!(doc.lead_from > 0);
    // Counter-example: a keyword's date line is a field of a record, and opens no story.
    let doc = prepare("x", "Clinton lifts embargo\nRecord ID: 504369\n- Date: 3rd February 1994\n- Summary: Clinton ends the embargo.\n");
    assert_eq!(doc.lead_from, 0);
}

#[test]
fn a_year_less_month_told_as_a_plan_is_the_coming_one() {
    // "in May" in a story of February 16, 2016: May 2016, not May 2015.
    let month_of = |text: &str| {
        let doc = prepare("x", text);
        let dates = super::super::dating::resolve_dates(&doc);
        dates.iter().flatten().map(|d| d.range.to_string()).find(|d| d.contains("-05"))
    };
    let head = "Obama to visit Vietnam\nFebruary 16, 2016 / 3:29 AM\n\n";
    assert_eq!(month_of(&format!("{head}Obama will visit Vietnam in May during a trip to Asia.\n")).as_deref(), Some("2016-05"));
    // Counter-example: a May told as past looks back a year.
    assert_eq!(month_of(&format!("{head}Obama visited Vietnam in May during a trip to Asia.\n")).as_deref(), Some("2015-05"));
}

#[test]
fn a_release_s_own_date_line_outranks_the_page_s_stamp_above_it() {
    // Defense Department releases: the copy's stamp, then the release's own date.
    let release = " date 2019-05-24 IMMEDIATE RELEASE\n\nMay 23, 2019\n\nNews Release\n\nRelease No: NR-127-19\n\nActing Secretary of Defense Patrick M. Shanahan met with Deputy Prime Minister Pham Binh Minh at the Pentagon today.\n";
    assert_eq!(published(release).as_deref(), Some("2019-05-23"));
    let release = " date 2015-04-10 Department of Defense\nIMMEDIATE RELEASE\n\nReadout of Secretary Mattis' Meeting\n\nRelease No: NR-285-17\nAug. 8, 2017 PRINT | E-MAIL\nSecretary of Defense Jim Mattis met with Minister of National Defense Ngo Xuan Lich.\n";
    assert_eq!(published(release).as_deref(), Some("2017-08-08"));
    // A crawl stamp with no release under it gives way to the text's own line as well (see
    // `a_crawl_stamp_gives_way_to_the_text_s_own_date_line`).
}

#[test]
fn a_crawl_stamp_gives_way_to_the_text_s_own_date_line() {
    let story = "\n\nActing Secretary of Defense Patrick M. Shanahan met Pham Binh Minh at the Pentagon today.";
    // Defense.gov releases under a stamp of the day the copy was stored.
    assert_eq!(published(&format!(" date 2019-05-24 IMMEDIATE RELEASE\n\nMay 23, 2019\n\nNews Release{story}")).as_deref(), Some("2019-05-23"));
    assert_eq!(published(&format!(" date 2015-04-10 Department of Defense\nSearch\nRelease No: NR-285-17\nAug. 8, 2017 PRINT | E-MAIL{story}")).as_deref(), Some("2017-08-08"));
    // Counter-example: with no date line of its own, the stamp is the text's date.
    assert_eq!(published(&format!(" date 2019-05-24 Deputy Prime Minister meets Shanahan.{story}")).as_deref(), Some("2019-05-24"));
}

#[test]
fn a_reprint_s_byline_run_into_its_date_dates_the_text() {
    let text = "Vietnam.vn\n\nVietnam-US Partnership is Full of Prospects\n\nBáo Nhân dânBáo Nhân dân19/11/2024\n\nNDO - On the morning of August 7, Nghia received US Ambassador Marc Knapper.";
    assert_eq!(published(text).as_deref(), Some("2024-11-19"));
    assert_eq!(prepare("x", text).anchor.map(|a| a.to_string()).as_deref(), Some("2024-11-19"));
}

#[test]
fn a_lead_that_tells_its_day_before_a_photo_credit_is_the_story() {
    let body = "\nChinh noted with pleasure strides made in the bilateral ties over the past time.";
    let lead = " date 2022-03-31 Prime Minister Pham Minh Chinh hosted a reception for newly-appointed US Ambassador Marc Evans Knapper in Hanoi on March 30. (Photo: VNA)";
    assert!(prepare("x", &format!("{lead}{body}")).captions.is_empty());
    // Counter-examples: a caption that names no day, a wire photo's caption with its full date.
    let caption = " date 2022-03-31 Prime Minister Pham Minh Chinh (R) receives US Ambassador Marc Evans Knapper. (Photo: VNA)";
    assert_eq!(prepare("x", &format!("{caption}{body}")).captions.len(), 1);
    let wire = "Title\nObama speaks during a news conference in Hanoi, Vietnam on May 23, 2016. Photo: REUTERS/Carlos Barria";
    assert_eq!(prepare("x", &format!("{wire}{body}")).captions.len(), 1);
}
