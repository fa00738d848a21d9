//! The typed model the extraction engine produces and every view renders: documents, events,
//! trade figures and growth claims, each tied to the sentence it came from.
//! Nothing here knows about the browser; the JSON export is this model serialized.

pub mod date;
pub mod eras;
pub mod money;

pub use date::{DateRange, PartialDate, Precision};
pub use eras::{era_of_year, eras, Era};
pub use money::{Measure, Qualifier};


/// Everything read out of a set of articles.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Model {
    pub documents: Vec<Document>,
    pub events: Vec<Event>,
    pub trade: Vec<TradeFigure>,
    pub growth: Vec<GrowthClaim>,
    /// Periods for which the articles report figures too far apart to all be true.
    pub trade_conflicts: Vec<TradeConflict>,
    pub people: Vec<Person>,
}

/// One article, as the engine understood it.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Document {
    /// The file name without extension.
    pub id: String,
    pub title: Option<String>,
    /// The first words of the article, to name it when it has no title.
    pub lead: String,
    pub outlet: Option<String>,
    pub published: Option<Published>,
    /// Lines dropped as page furniture ("Forgot your password?", "Share your views"…).
    pub boilerplate_lines: usize,
    /// Photo captions, kept and marked: they may support an event but never create one.
    pub captions: Vec<Span>,
    /// Byte length of the original text, which every span indexes.
    pub length: usize,
}

impl Document {
    /// The title, or else the article's first words.
    pub fn display_title(&self) -> &str {
        self.title.as_deref().unwrap_or(&self.lead)
    }
}

/// When an article was published and how the engine knows.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Published {
    pub date: PartialDate,
    pub method: PublishedMethod,
    /// The words the date was read or inferred from.
    pub evidence: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
#[cfg_attr(test, serde(rename_all = "snake_case"))]
pub enum PublishedMethod {
    /// A date line: "date 2023-08-29", "July 12, 2015, 3:58 pm".
    Stated,
    /// A dateline without a year ("VIETNAM, September 10 -") completed with the year the text names.
    Dateline,
    /// "the 20th anniversary of diplomatic relations", relations established in 1995 → 2015.
    Anniversary,
    /// No better clue: the latest year the text speaks of.
    LatestYear,
    /// Given by the reader who added the article.
    Given,
}

/// A byte span of one document's original text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// One real-world happening, told by one or more articles.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Event {
    pub id: String,
    pub date: PartialDate,
    pub end: Option<PartialDate>,
    /// True when the date comes from words like "late 2013" or "last week".
    pub approximate: bool,
    pub title: String,
    pub category: Category,
    /// Canonical names of the people involved (see `Model::people`).
    pub actors: Vec<String>,
    pub direction: Option<Direction>,
    pub sources: Vec<Source>,
    /// Sources that tell this event with another date.
    pub conflicts: Vec<Conflict>,
    /// A turning point of the relationship, used to mark eras.
    pub milestone: bool,
}

impl Event {
    pub fn range(&self) -> DateRange {
        DateRange { start: self.date, end: self.end, approximate: self.approximate }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(test, derive(serde::Serialize))]
#[cfg_attr(test, serde(rename_all = "snake_case"))]
pub enum Category {
    Visit,
    Agreement,
    Diplomacy,
    Trade,
    DefenseSecurity,
    WarLegacy,
    Education,
    Health,
    Climate,
}

impl Category {
    pub const ALL: [Category; 9] = [
        Category::Visit,
        Category::Agreement,
        Category::Diplomacy,
        Category::Trade,
        Category::DefenseSecurity,
        Category::WarLegacy,
        Category::Education,
        Category::Health,
        Category::Climate,
    ];

    /// The category in the interface's language.
    pub fn label_in(self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::Key;
        lang.t(match self {
            Category::Visit => Key::CatVisit,
            Category::Agreement => Key::CatAgreement,
            Category::Diplomacy => Key::CatDiplomacy,
            Category::Trade => Key::CatTrade,
            Category::DefenseSecurity => Key::CatDefense,
            Category::WarLegacy => Key::CatWarLegacy,
            Category::Education => Key::CatEducation,
            Category::Health => Key::CatHealth,
            Category::Climate => Key::CatClimate,
        })
    }

    pub fn label(self) -> &'static str {
        match self {
            Category::Visit => "Visit",
            Category::Agreement => "Agreement",
            Category::Diplomacy => "Diplomacy",
            Category::Trade => "Trade",
            Category::DefenseSecurity => "Defense & security",
            Category::WarLegacy => "War legacy",
            Category::Education => "Education",
            Category::Health => "Health",
            Category::Climate => "Climate",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
#[cfg_attr(test, serde(rename_all = "snake_case"))]
pub enum Direction {
    VietnamToUs,
    UsToVietnam,
}

impl Direction {
    /// The direction in the interface's language.
    pub fn label_in(self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::Key;
        lang.t(match self {
            Direction::VietnamToUs => Key::VietnamToUs,
            Direction::UsToVietnam => Key::UsToVietnam,
        })
    }

    pub fn label(self) -> &'static str {
        match self {
            Direction::VietnamToUs => "Vietnam → US",
            Direction::UsToVietnam => "US → Vietnam",
        }
    }
}

/// A sentence that tells an event.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Source {
    pub doc: String,
    pub start: usize,
    pub end: usize,
    pub quote: String,
    /// The date words exactly as this sentence puts them.
    pub date_as_stated: String,
    /// What this sentence's date resolves to.
    pub date: DateRange,
    pub caption: bool,
}

/// A source whose date disagrees with the event's best-supported date.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Conflict {
    pub doc: String,
    pub date: PartialDate,
    pub quote: String,
    pub date_as_stated: String,
}

/// A money amount from the text, with what it measures and over which period.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct TradeFigure {
    pub period: DateRange,
    pub measure: Measure,
    pub value_usd: u64,
    pub qualifier: Qualifier,
    /// Computed from another figure and a stated change ("up 11% compared to 2021").
    pub derived: bool,
    /// True when the period covers only part of a year ("the first 6 months of 2023").
    pub partial_year: bool,
    /// True when the text gives no period ("currently") and the article's own year stands in.
    pub period_inferred: bool,
    pub doc: String,
    pub start: usize,
    pub end: usize,
    pub quote: String,
    /// The amount's words as written ("US$130 billion"), or for a derived value the change
    /// it was derived from ("11%").
    pub value_as_stated: String,
}

/// Reports of one measure for one period that disagree by more than rounding.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct TradeConflict {
    pub measure: Measure,
    pub period: DateRange,
    /// Indices into `Model::trade`.
    pub figures: Vec<usize>,
    pub low_usd: u64,
    pub high_usd: u64,
    /// How far the highest report is above the lowest, in percent.
    pub spread_percent: f64,
}

/// A statement about growth that can be checked against the figures.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct GrowthClaim {
    pub kind: GrowthKind,
    pub measure: Measure,
    pub qualifier: Qualifier,
    /// The period the growth runs over, when the text gives it.
    pub from: Option<i32>,
    pub to: Option<i32>,
    /// The claim's words as written ("240 times", "11%").
    pub as_stated: String,
    pub doc: String,
    pub start: usize,
    pub end: usize,
    pub quote: String,
}

#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize))]
#[cfg_attr(test, serde(rename_all = "snake_case", tag = "type"))]
pub enum GrowthKind {
    /// "increased more than 240 times".
    Multiple { times: f64 },
    /// "up 11% compared to 2021".
    Change { percent: f64 },
    /// "over 20% a year in the past 3 years".
    AnnualRate { percent: f64, years: u32 },
}

/// A person as the articles name them, with every spelling seen.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Person {
    pub name: String,
    pub aliases: Vec<String>,
    pub country: Option<Country>,
    pub role: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
#[cfg_attr(test, serde(rename_all = "snake_case"))]
pub enum Country {
    Vietnam,
    Us,
    Other,
}

/// The model's structs and their fields in declaration order, listed once for every hand-written
/// form that walks them: `transfer::codec` (the binary trip to the background reader) and
/// `json_out` (the JSON export) each call it with their own macro. A field missing here fails to
/// compile in both, since each form builds or destructures the whole struct.
#[macro_export]
#[doc(hidden)]
macro_rules! model_structs {
    ($form:ident) => {
        $form!(Model { documents, events, trade, growth, trade_conflicts, people });
        $form!(Document { id, title, lead, outlet, published, boilerplate_lines, captions, length });
        $form!(Published { date, method, evidence });
        $form!(Span { start, end });
        $form!(Event { id, date, end, approximate, title, category, actors, direction, sources, conflicts, milestone });
        $form!(Source { doc, start, end, quote, date_as_stated, date, caption });
        $form!(Conflict { doc, date, quote, date_as_stated });
        $form!(TradeFigure {
            period,
            measure,
            value_usd,
            qualifier,
            derived,
            partial_year,
            period_inferred,
            doc,
            start,
            end,
            quote,
            value_as_stated,
        });
        $form!(TradeConflict { measure, period, figures, low_usd, high_usd, spread_percent });
        $form!(GrowthClaim { kind, measure, qualifier, from, to, as_stated, doc, start, end, quote });
        $form!(Person { name, aliases, country, role });
    };
}
