//! The interface's words in English and Vietnamese: one catalogue per language (`en.rs`,
//! `vi.rs`), each an exhaustive `match` over `Key`, so a message missing in either language
//! does not compile; there is no fallback from one language to the other. Messages with
//! numbers or names are templates whose `{}` take the arguments in order (`fill`). Pure Rust:
//! no browser, tested natively; `cargo run --bin catalogue` prints both as JSON for the
//! browser test. Text from the articles is never translated.

mod en;
mod format;
mod vi;

pub use format::{format_usd_in, number_in, thousands_in};
pub(crate) use format::date_vi;

use std::fmt::Display;

/// The language of the interface.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Vi,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Vi];

    /// The BCP 47 tag: the address's `lang=`, `<html lang>`, local storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }

    /// The language of a tag: "vi", "vi-VN", "EN-us"; `None` for any other language.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("vi") {
            Some(Lang::Vi)
        } else if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The first of the browser's preferred languages that the app speaks, else English.
    pub fn preferred<'a>(codes: impl IntoIterator<Item = &'a str>) -> Lang {
        codes.into_iter().find_map(Lang::from_code).unwrap_or(Lang::En)
    }

    /// The catalogue's text for `key`. Never inlined: a few hundred call sites each choosing
    /// between two constants weigh more in the page than one call each.
    #[inline(never)]
    pub fn t(self, key: Key) -> &'static str {
        match self {
            Lang::En => en::text(key),
            Lang::Vi => vi::text(key),
        }
    }

    /// The template for `key` with its `{}` filled in order by `args`.
    pub fn f(self, key: Key, args: &[&dyn Display]) -> String {
        fill(self.t(key), args)
    }
}

/// Replaces each `{}` of `template` by the next argument; a missing argument leaves nothing.
pub fn fill(template: &str, args: &[&dyn Display]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut args = args.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        if let Some(arg) = args.next() {
            let _ = write!(out, "{arg}");
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

macro_rules! keys {
    ($($key:ident),* $(,)?) => {
        /// Every message of the interface.
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        pub enum Key { $($key),* }

        impl Key {
            /// Every key, for the catalogue's export and its tests.
            pub const ALL: &'static [Key] = &[$(Key::$key),*];
        }
    };
}

keys! {
    // The page.
    PageTitle, DocumentTitle, EventPageTitle, Summary, DownloadAll, Language, LangEnButton, LangViButton,
    LangEnName, LangViName, LangNotRemembered,
    ReadingLabel, ReadingBackground, ReadOnPage, TimelineRegion, ChartsRegion, CopyNotLetGo,
    // Filters.
    Filters, SearchPlaceholder, Search, Categories, Visits, DirectionOfVisit, BothWays, Article,
    AllArticles, Person, Anyone, MoreArticles, MorePeople, EventsShown, ClearFilters,
    // Categories, directions, hedges, measures.
    CatVisit, CatAgreement, CatDiplomacy, CatTrade, CatDefense, CatWarLegacy, CatEducation,
    CatHealth, CatClimate, VietnamToUs, UsToVietnam, HedgeOver, HedgeNearly, HedgeAbout,
    MeasureTrade, MeasureVnExports, MeasureUsExports, MeasureInvestment, MeasureAid, MeasureOther,
    // Dates and amounts.
    DateYear, DateMonth, DateEarly, DateMid, DateLate, DateAbout, Billion, Million, Dollars,
    // Timeline.
    NoEventMatches, EventsByEra, ShowMoreEvents, Era, EraSince, ArticleCount, ArticlesCount,
    DisagreeTitle, DisagreeMark,
    // Source panel.
    Sources, CloseSources, DisagreeOnDate, TimelineShows, ConflictSays, PhotoCaption, Disagrees,
    NoteDerived, NotePartYear, NoteNoYear, DisagreeOnFigure, FigureSpread,
    // Charts.
    TradeChartLabel, LogScale, LinearScale, VerticalScale, DownloadTrade, DownloadGrowth,
    DownloadEvents, FilePng, FileSvg, FileCsv, TipDerived, TipPartYear, LegendStated, LegendOver, LegendNearly,
    LegendDerived, LegendPartYear, LegendImplied, LegendMilestone, TableFigures, TableYears,
    TableReportedYears, ColPeriod, ColMeasure, ColValue, ColNote, ColArticle, ColYear, ColTotal,
    ColLow, ColHigh, ColMultipleLow, ColMultipleHigh, ColGrowthLow, ColGrowthHigh, BillionShort,
    RowDerived, RowPartYear, RowNoPeriod, GrowthTitle, GrowthLabel, ClaimsLabel, EventsTitle,
    EventsLabel, AxisTradeLog, AxisTradeLinear, AxisEvents, AxisGrowth, AxisGrowthNone, Claimed,
    PerYear, ClaimArticles,
    // Growth claims.
    VerdictConsistent, VerdictInconsistent, VerdictUnverifiable, ClaimRise, ClaimRisePercent, ClaimFall, ClaimGrowth,
    ClaimFromTo, ClaimTo, HedgeMoreThan, ImpliedRise, ImpliedChange, ImpliedGrowth, MoneyRange,
    NoPeriod, NoWholeYear, Stated, ConsistentWith, InconsistentWith, NoFigureEither, OnlyDerived,
    NoFigure,
    // The articles panel.
    LibrarySummary, Importing, ImportingProgress, ReadingArticle, DamagedIntro, DamagedCopy,
    DownloadIt, LetItGo, Remove, RemoveNamed, Yours, ShowMoreYours, AddArticle, ArticleText,
    TextPlaceholder, TitlePlaceholder, Title, DatePlaceholder, PublicationDate, AddButton,
    ChooseFiles, ExportYours, ImportSet, PastedText, FileUnreadable, Removed,
    // The articles' own messages (`library`).
    JsonWhere, JsonFoundEnd, JsonAfterEnd, JsonTooDeep, JsonExpectedValue, JsonExpectedName, JsonExpectedColon, JsonExpectedCommaBrace, JsonExpectedCommaBracket, JsonEndsInString, JsonControlInString, JsonBadEscape, JsonBadUnicode, JsonBadNumberStart, JsonDigitAfterPoint, JsonDigitInExponent, FieldMissing, FieldWrong, FieldNotADate, WantText, WantFlag, ShownList1, ShownList, ShownObject, ImportNotOurs, ImportNotJson, ImportNotObject, ImportNoField, ImportBadVersion, ImportNotList, ImportNotArticle, ImportArticleNamed, ImportArticle,
    NotADate, NotUtf8, ReadAs, EncodingVietnamese, EncodingWestern, ImportEmpty, RejectEmpty, RejectNotText, RejectTooLarge, RejectDuplicate, AddedNothing, Added, EventOne,
    EventMany, FigureOne, FigureMany, ImportedNothing, ImportedNotOne, ImportedNone, Imported,
    ImportedOne,
    // Storage.
    StorageFrozen, StorageFull, StorageSeedsFull, NoStorage, NotRemovedHere, RemoveRefused, WriteRefused,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holes(template: &str) -> usize {
        template.matches("{}").count()
    }

    #[test]
    fn both_catalogues_take_the_same_arguments() {
        for &key in Key::ALL {
            let (en, vi) = (Lang::En.t(key), Lang::Vi.t(key));
            assert_eq!(holes(en), holes(vi), "{key:?}: {en:?} / {vi:?}");
            assert!(!vi.is_empty() || en.is_empty(), "{key:?} is empty in Vietnamese");
        }
    }

    #[test]
    fn fills_in_order() {
        assert_eq!(fill("{} of {} events", &[&3, &31]), "3 of 31 events");
        assert_eq!(fill("no holes", &[&1]), "no holes");
        assert_eq!(fill("{} and {}", &[&1]), "1 and ");
    }

    #[test]
    fn preferred_language() {
        assert_eq!(Lang::preferred(["fr-FR", "vi-VN", "en"]), Lang::Vi);
        assert_eq!(Lang::preferred(["en-US", "vi"]), Lang::En);
        assert_eq!(Lang::preferred(["de"]), Lang::En);
        assert_eq!(Lang::from_code("VI"), Some(Lang::Vi));
        assert_eq!(Lang::from_code("vie"), None);
    }

    /// The English catalogue says what the model's own labels say, byte for byte.
    #[test]
    fn english_labels_are_the_models() {
        use crate::model::money::{Measure, Qualifier};
        use crate::model::{Category, Direction};
        for c in Category::ALL {
            assert_eq!(c.label_in(Lang::En), c.label());
        }
        for d in [Direction::VietnamToUs, Direction::UsToVietnam] {
            assert_eq!(d.label_in(Lang::En), d.label());
        }
        for q in [Qualifier::Exact, Qualifier::Over, Qualifier::Nearly, Qualifier::About] {
            assert_eq!(q.label_in(Lang::En), q.label());
        }
        for m in [Measure::TwoWayTrade, Measure::VnExportsToUs, Measure::UsExportsToVn, Measure::UsInvestmentInVn, Measure::Aid, Measure::Other] {
            assert_eq!(m.label_in(Lang::En), m.label());
        }
    }

    /// The charts draw their own words: in Vietnamese, the axes, legends and labels are the
    /// catalogue's, with decimal commas; the English drawing is unchanged.
    #[test]
    fn charts_draw_in_vietnamese() {
        use crate::charts::{events_per_year, growth, trade};
        let model = crate::extract::extract(&crate::seeds::articles());
        let vi = trade::to_svg_in(&model, trade::Scale::Log, 800, 450, Lang::Vi);
        assert!(vi.contains("Thương mại hai chiều, tỷ USD (thang logarit)"), "trade axis");
        assert!(!vi.contains("billion"), "no English left in the trade chart");
        assert_eq!(trade::to_svg(&model, trade::Scale::Log, 800, 450), trade::to_svg_in(&model, trade::Scale::Log, 800, 450, Lang::En));
        let events = events_per_year::to_svg_in(&model, 900, 400, Lang::Vi);
        assert!(events.contains("Số sự kiện mỗi năm") && events.contains("Chuyến thăm") && !events.contains(">Visit<"), "events title and legend");
        let growth = growth::to_svg_in(&model, 960, 540, Lang::Vi);
        assert!(growth.contains("gấp bao nhiêu lần năm 1995") && growth.contains("% mỗi năm") && !growth.contains("a year"), "growth labels");
        let analysis = growth::analysis_in(&model, Lang::Vi);
        assert!(analysis.claims.iter().all(|c| !c.explanation.contains(" the ")), "explanations in Vietnamese");
        assert!(analysis.claims.iter().any(|c| c.explanation.contains("tỷ USD")), "amounts in Vietnamese");
    }

    /// The articles panel's messages built in the pure core, in Vietnamese.
    #[test]
    fn articles_messages_in_vietnamese() {
        use crate::library::{import_in, read_import_in, text_from_bytes_in, Shelf};
        let note = text_from_bytes_in("viet.txt", b"Nguy\xEA\xDEn Ph\xFA Tr\x6F\xF2ng \xF0\xEA\xECn Hoa K\x79\xCC.", Lang::Vi).unwrap().note.unwrap();
        assert_eq!(note, "\u{201c}viet.txt\u{201d} không phải UTF-8; tệp đã được đọc theo bảng mã Windows-1258 (tiếng Việt). Nếu chữ hiển thị sai, hãy lưu tệp dưới dạng UTF-8 rồi thêm lại.");
        assert_eq!(read_import_in(" ", Lang::Vi).unwrap_err(), "Tệp trống; không có gì được nhập.");
        let mut shelf = Shelf::new(crate::seeds::SEEDS, Vec::new());
        let raw = r#"{"version":1,"articles":[{"text":"On July 4, 2024, the two sides met."},{"text":"On July 4, 2024, the two sides met."}]}"#;
        let report = import_in(&mut shelf, read_import_in(raw, Lang::Vi).unwrap(), Lang::Vi);
        let lines = report.lines_in(Lang::Vi);
        assert_eq!(lines[0], "Đã nhập 1/2 bài báo.");
        assert!(lines[1].contains("Bài báo này đã có trong lịch sử"), "{lines:?}");
    }

    #[test]
    fn vietnamese_dates_and_amounts() {
        use crate::model::date::{DateRange, PartialDate};
        let day = |y, m, d| PartialDate::day(y, m, d).unwrap();
        let check = |range: DateRange, en: &str, vi: &str| {
            assert_eq!(range.human_in(Lang::En), en);
            assert_eq!(range.human(), en);
            assert_eq!(range.human_in(Lang::Vi), vi);
        };
        check(DateRange::point(PartialDate::year(2016)), "2016", "năm 2016");
        check(DateRange::point(PartialDate::month(2000, 11)), "Nov 2000", "tháng 11/2000");
        check(DateRange::point(day(1995, 7, 12)), "12 Jul 1995", "12/7/1995");
        check(DateRange::span(day(2015, 7, 6), day(2015, 7, 10)), "6–10 Jul 2015", "6–10/7/2015");
        check(DateRange::span(day(2015, 7, 30), day(2015, 8, 2)), "30 Jul – 2 Aug 2015", "30/7 – 2/8/2015");
        check(DateRange::span(PartialDate::year(2013), PartialDate::year(2017)), "2013–2017", "2013–2017");
        check(DateRange::span(PartialDate::month(2023, 1), PartialDate::month(2023, 6)), "Jan 2023 – Jun 2023", "tháng 1–6/2023");
        check(DateRange::approximate(PartialDate::month(2013, 9), PartialDate::month(2013, 12)), "late 2013", "cuối năm 2013");
        check(DateRange::approximate(PartialDate::month(2013, 1), PartialDate::month(2013, 4)), "early 2013", "đầu năm 2013");
        assert_eq!(format_usd_in(Lang::Vi, 123_860_000_000), "123,86 tỷ USD");
        assert_eq!(format_usd_in(Lang::Vi, 451_000_000), "451 triệu USD");
        assert_eq!(format_usd_in(Lang::Vi, 51_200_000_000), "51,2 tỷ USD");
        assert_eq!(format_usd_in(Lang::Vi, 17), "17 USD");
        assert_eq!(format_usd_in(Lang::En, 123_860_000_000), "US$123.86 billion");
        assert_eq!(thousands_in(Lang::Vi, 1_000_000), "1.000.000");
        assert_eq!(thousands_in(Lang::En, 1_000), "1,000");
        assert_eq!(number_in(Lang::Vi, 2.5, 1), "2,5");
        assert_eq!(number_in(Lang::En, 2.5, 1), "2.5");
    }
}
