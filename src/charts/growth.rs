//! Growth of trade and the articles' growth claims checked against their own figures: the pure
//! `analysis` (multiples since the first reported year, compound annual growth between reported
//! years, a verdict per claim) and the chart that draws it. Only stated, whole-year figures
//! count as evidence: a derived figure would check a claim against itself. The drawing is in
//! `growth/chart.rs`.

use super::style::Theme;
use crate::i18n::{format_usd_in, Key, Lang};
use crate::model::{GrowthClaim, GrowthKind, Measure, Model, Qualifier};
use plotters::style::RGBColor;

/// Whether the figures bear a claim out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    Consistent,
    Inconsistent,
    /// The figures the claim needs are not stated (or only derived).
    Unverifiable,
}

impl Verdict {
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Consistent => "consistent",
            Verdict::Inconsistent => "inconsistent",
            Verdict::Unverifiable => "unverifiable",
        }
    }

    /// The verdict in the interface's language.
    pub fn label_in(self, lang: Lang) -> &'static str {
        lang.t(match self {
            Verdict::Consistent => Key::VerdictConsistent,
            Verdict::Inconsistent => Key::VerdictInconsistent,
            Verdict::Unverifiable => Key::VerdictUnverifiable,
        })
    }

    pub fn color(self, theme: Theme) -> RGBColor {
        match self {
            Verdict::Consistent => theme.consistent,
            Verdict::Inconsistent => theme.inconsistent,
            Verdict::Unverifiable => theme.unverifiable,
        }
    }
}

/// A year with at least one stated whole-year figure. Several reports give a range.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportedYear {
    pub year: i32,
    pub low_usd: u64,
    pub high_usd: u64,
    /// Indices into `Model::trade`.
    pub figures: Vec<usize>,
    /// The multiple since the first reported year, lowest and highest the reports allow.
    pub multiple: (f64, f64),
}

/// Compound annual growth between two consecutive reported years, in percent a year.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub from: i32,
    pub to: i32,
    pub cagr_percent: (f64, f64),
}

/// One growth claim held against the figures.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimCheck {
    /// Index into `Model::growth`.
    pub claim: usize,
    /// What the figures give for the claim's period, lowest and highest: a multiple for a
    /// `Multiple` claim, percent for a `Change`, percent a year for an `AnnualRate`.
    pub implied: Option<(f64, f64)>,
    pub verdict: Verdict,
    /// One plain sentence with the numbers.
    pub explanation: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct GrowthAnalysis {
    /// Two-way trade, in year order.
    pub years: Vec<ReportedYear>,
    pub steps: Vec<Step>,
    /// One per `Model::growth` claim, in order.
    pub claims: Vec<ClaimCheck>,
}

/// The multiples, the growth rates and a verdict on every claim.
pub fn analysis(model: &Model) -> GrowthAnalysis {
    analysis_in(model, Lang::En)
}

/// The analysis with its explanations in `lang`.
pub fn analysis_in(model: &Model, lang: Lang) -> GrowthAnalysis {
    let years = reported(model, Measure::TwoWayTrade);
    let steps = years
        .windows(2)
        .map(|pair| Step { from: pair[0].year, to: pair[1].year, cagr_percent: annual_percent(&pair[0], &pair[1]) })
        .collect();
    let claims = model.growth.iter().enumerate().map(|(i, claim)| check(model, i, claim, lang)).collect();
    GrowthAnalysis { years, steps, claims }
}

/// Stated whole-year figures of one measure, grouped by year, with multiples since the first.
fn reported(model: &Model, measure: Measure) -> Vec<ReportedYear> {
    let mut years: Vec<ReportedYear> = Vec::new();
    for (i, f) in model.trade.iter().enumerate() {
        let whole_year = f.period.start.month == 0 && f.period.end.is_none_or(|end| end.year == f.period.start.year);
        if f.measure != measure || f.derived || f.partial_year || f.period_inferred || f.value_usd == 0 || !whole_year {
            continue;
        }
        let year = f.period.start.year;
        match years.binary_search_by_key(&year, |y| y.year) {
            Ok(k) => {
                let entry = &mut years[k];
                entry.low_usd = entry.low_usd.min(f.value_usd);
                entry.high_usd = entry.high_usd.max(f.value_usd);
                entry.figures.push(i);
            }
            Err(k) => years.insert(k, ReportedYear { year, low_usd: f.value_usd, high_usd: f.value_usd, figures: vec![i], multiple: (1.0, 1.0) }),
        }
    }
    if let Some(base) = years.first().cloned() {
        for y in &mut years {
            y.multiple = ratio(&base, y);
        }
    }
    years
}

/// `to` over `from`, lowest and highest the reports allow. Values are never zero (filtered).
fn ratio(from: &ReportedYear, to: &ReportedYear) -> (f64, f64) {
    (to.low_usd as f64 / from.high_usd as f64, to.high_usd as f64 / from.low_usd as f64)
}

fn annual_percent(from: &ReportedYear, to: &ReportedYear) -> (f64, f64) {
    let years = (to.year - from.year).max(1) as f64;
    let (low, high) = ratio(from, to);
    ((low.powf(1.0 / years) - 1.0) * 100.0, (high.powf(1.0 / years) - 1.0) * 100.0)
}

fn check(model: &Model, index: usize, claim: &GrowthClaim, lang: Lang) -> ClaimCheck {
    let unverifiable = |explanation: String| ClaimCheck { claim: index, implied: None, verdict: Verdict::Unverifiable, explanation };
    let said = claim_words_in(claim, lang);
    let (Some(from), Some(to)) = (claim.from, claim.to) else {
        return unverifiable(lang.f(Key::NoPeriod, &[&said]));
    };
    if to <= from {
        return unverifiable(lang.f(Key::NoWholeYear, &[&said]));
    }
    let reports = reported(model, claim.measure);
    let find = |year: i32| reports.iter().find(|r| r.year == year);
    let (Some(start), Some(end)) = (find(from), find(to)) else {
        return unverifiable(missing(model, claim, from, to, find(from).is_none(), find(to).is_none(), lang));
    };
    let (implied, claimed, absolute_tolerance) = match claim.kind {
        GrowthKind::Multiple { times } => (ratio(start, end), times, 0.0),
        GrowthKind::Change { percent } => {
            let (low, high) = ratio(start, end);
            (((low - 1.0) * 100.0, (high - 1.0) * 100.0), percent, 1.0)
        }
        GrowthKind::AnnualRate { percent, .. } => (annual_percent(start, end), percent, 1.0),
    };
    let verdict = judge(claimed, claim.qualifier, implied, absolute_tolerance);
    let explanation = lang.f(
        Key::Stated,
        &[
            &money(start, lang),
            &from,
            &money(end, lang),
            &to,
            &implied_words(claim.kind, implied, lang),
            &lang.t(if verdict == Verdict::Consistent { Key::ConsistentWith } else { Key::InconsistentWith }),
            &said,
        ],
    );
    ClaimCheck { claim: index, implied: Some(implied), verdict, explanation }
}

/// A hedge read as the range of true values it allows. "More than 240" allows anything from
/// 240 up; "nearly" allows up to a tenth below; a plain or "about" figure allows the rounding a
/// writer does (5% and 10%). Percentages also get a point either way for rounded figures.
fn judge(claimed: f64, qualifier: Qualifier, (low, high): (f64, f64), absolute: f64) -> Verdict {
    let relative = |share: f64| (claimed.abs() * share).max(absolute);
    let fits = match qualifier {
        Qualifier::Over => high + absolute >= claimed,
        Qualifier::Nearly => low - absolute <= claimed && high + relative(0.1) >= claimed,
        Qualifier::Exact => low <= claimed + relative(0.05) && high >= claimed - relative(0.05),
        Qualifier::About => low <= claimed + relative(0.1) && high >= claimed - relative(0.1),
    };
    if fits {
        Verdict::Consistent
    } else {
        Verdict::Inconsistent
    }
}

/// Why a claim cannot be checked: which year lacks a stated figure, and whether a derived one
/// stands in (it would check the claim against itself).
fn missing(model: &Model, claim: &GrowthClaim, from: i32, to: i32, no_from: bool, no_to: bool, lang: Lang) -> String {
    let said = claim_words_in(claim, lang);
    let measure = lowered(claim.measure.label_in(lang), lang);
    if no_from && no_to {
        return lang.f(Key::NoFigureEither, &[&measure, &from, &to, &said]);
    }
    let year = if no_from { from } else { to };
    let derived = model.trade.iter().find(|f| f.measure == claim.measure && f.derived && f.period.start.year == year);
    match derived {
        Some(f) => lang.f(Key::OnlyDerived, &[&year, &format_usd_in(lang, f.value_usd), &said]),
        None => lang.f(Key::NoFigure, &[&measure, &year, &said]),
    }
}

/// A measure's name inside a sentence: all lower case in English ("two-way trade"); in
/// Vietnamese only its first letter, so "Hoa Kỳ" keeps its capitals. No Unicode case tables
/// (`str::to_lowercase` would bring them into the page): the first letters are known.
fn lowered(label: &str, lang: Lang) -> String {
    match lang {
        Lang::En => label.to_ascii_lowercase(),
        Lang::Vi => match label.chars().next() {
            Some('Đ') => format!("đ{}", &label['Đ'.len_utf8()..]),
            Some(first) => format!("{}{}", first.to_ascii_lowercase(), &label[first.len_utf8()..]),
            None => String::new(),
        },
    }
}

/// The hedge as words before a number.
pub(crate) fn hedge(qualifier: Qualifier, lang: Lang) -> String {
    match qualifier {
        Qualifier::Over => lang.t(Key::HedgeMoreThan).to_string(),
        Qualifier::Exact => String::new(),
        other => format!("{} ", other.label_in(lang)),
    }
}

/// The claim in words: "rise of more than 240 times from 1995 to 2022".
pub fn claim_words(claim: &GrowthClaim) -> String {
    claim_words_in(claim, Lang::En)
}

/// The claim in `lang`: "tăng hơn 240 lần từ năm 1995 đến năm 2022".
pub fn claim_words_in(claim: &GrowthClaim, lang: Lang) -> String {
    let hedge = hedge(claim.qualifier, lang);
    let period = match (claim.from, claim.to) {
        (Some(from), Some(to)) => lang.f(Key::ClaimFromTo, &[&from, &to]),
        (None, Some(to)) => lang.f(Key::ClaimTo, &[&to]),
        _ => String::new(),
    };
    match claim.kind {
        GrowthKind::Multiple { times } => lang.f(Key::ClaimRise, &[&hedge, &number(times, lang), &period]),
        GrowthKind::Change { percent } if percent < 0.0 => lang.f(Key::ClaimFall, &[&hedge, &number(-percent, lang), &period]),
        GrowthKind::Change { percent } => lang.f(Key::ClaimRisePercent, &[&hedge, &number(percent, lang), &period]),
        GrowthKind::AnnualRate { percent, .. } => lang.f(Key::ClaimGrowth, &[&hedge, &number(percent, lang), &period]),
    }
}

fn implied_words(kind: GrowthKind, (low, high): (f64, f64), lang: Lang) -> String {
    match kind {
        GrowthKind::Multiple { .. } => lang.f(Key::ImpliedRise, &[&range_in(low, high, 0, lang)]),
        GrowthKind::Change { .. } => lang.f(Key::ImpliedChange, &[&range_in(low, high, 1, lang)]),
        GrowthKind::AnnualRate { .. } => lang.f(Key::ImpliedGrowth, &[&range_in(low, high, 1, lang)]),
    }
}

/// "451 million" for one value, "US$123 billion to US$130 billion" for several reports.
fn money(year: &ReportedYear, lang: Lang) -> String {
    if year.low_usd == year.high_usd {
        format_usd_in(lang, year.low_usd)
    } else {
        lang.f(Key::MoneyRange, &[&format_usd_in(lang, year.low_usd), &format_usd_in(lang, year.high_usd)])
    }
}

/// A number without a needless ".0": 240, 11, 2.5 ("2,5" in Vietnamese).
fn number(value: f64, lang: Lang) -> String {
    let text = if value.fract() == 0.0 { format!("{value:.0}") } else { format!("{value}") };
    if lang == Lang::Vi {
        text.replace('.', ",")
    } else {
        text
    }
}

/// "273–288" or "80" when both ends round alike, in the language's decimal mark.
pub(crate) fn range_in(low: f64, high: f64, decimals: usize, lang: Lang) -> String {
    let (a, b) = (crate::i18n::number_in(lang, low, decimals), crate::i18n::number_in(lang, high, decimals));
    if a == b {
        a
    } else {
        format!("{a}–{b}")
    }
}

mod chart;
pub use chart::{draw, to_svg, to_svg_in, ClaimMark, Layout};

#[cfg(test)]
mod tests {
    use super::*;

    fn range(low: f64, high: f64, decimals: usize) -> String {
        range_in(low, high, decimals, Lang::En)
    }
    use crate::model::{DateRange, PartialDate, TradeFigure};

    fn figure(year: i32, billions: f64, derived: bool) -> TradeFigure {
        TradeFigure {
            period: DateRange::point(PartialDate::year(year)),
            measure: Measure::TwoWayTrade,
            value_usd: (billions * 1e9).round() as u64,
            qualifier: Qualifier::Exact,
            derived,
            partial_year: false,
            period_inferred: false,
            doc: "a".into(),
            start: 0,
            end: 0,
            quote: String::new(),
            value_as_stated: String::new(),
        }
    }

    fn claim(kind: GrowthKind, qualifier: Qualifier, from: i32, to: i32) -> GrowthClaim {
        GrowthClaim {
            kind,
            measure: Measure::TwoWayTrade,
            qualifier,
            from: Some(from),
            to: Some(to),
            as_stated: String::new(),
            doc: "a".into(),
            start: 0,
            end: 0,
            quote: String::new(),
        }
    }

    /// Checks one claim against figures `(year, billions, derived)`.
    fn check_claim(figures: &[(i32, f64, bool)], claim: GrowthClaim) -> ClaimCheck {
        let model = Model {
            trade: figures.iter().map(|&(y, b, d)| figure(y, b, d)).collect(),
            growth: vec![claim],
            ..Model::default()
        };
        analysis(&model).claims.remove(0)
    }

    #[test]
    fn the_seeds_claims_get_the_verdicts_the_figures_allow() {
        let model = crate::extract::extract(&crate::seeds::articles());
        let result = analysis(&model);
        let years: Vec<(i32, String)> = result.years.iter().map(|y| (y.year, range(y.multiple.0, y.multiple.1, 0))).collect();
        assert_eq!(years, [(1995, "1".to_string()), (2014, "80".to_string()), (2022, "273–288".to_string())]);
        assert_eq!(range(result.steps[0].cagr_percent.0, result.steps[0].cagr_percent.1, 1), "25.9");
        for check in &result.claims {
            let claim = &model.growth[check.claim];
            let expected = match claim.kind {
                GrowthKind::Multiple { .. } => Verdict::Consistent,
                _ => Verdict::Unverifiable,
            };
            assert_eq!(check.verdict, expected, "{}", check.explanation);
        }
        let multiple = result.claims.iter().find(|c| c.verdict == Verdict::Consistent).expect("the 240 times claim");
        assert_eq!(
            multiple.explanation,
            "The stated figures, US$451 million in 1995 and US$123 billion to US$130 billion in 2022, give a rise of \
             273–288 times, consistent with the claimed rise of more than 240 times from 1995 to 2022."
        );
    }

    #[test]
    fn a_multiple_is_held_to_its_hedge() {
        let figures = [(1995, 0.451, false), (2022, 130.0, false)];
        let over = |times| check_claim(&figures, claim(GrowthKind::Multiple { times }, Qualifier::Over, 1995, 2022));
        assert_eq!(over(240.0).verdict, Verdict::Consistent);
        assert_eq!(over(300.0).verdict, Verdict::Inconsistent);
        assert!(over(300.0).explanation.contains("a rise of 288 times, inconsistent with the claimed rise of more than 300 times"));
        let nearly = |times| check_claim(&figures, claim(GrowthKind::Multiple { times }, Qualifier::Nearly, 1995, 2022)).verdict;
        assert_eq!(nearly(300.0), Verdict::Consistent);
        assert_eq!(nearly(250.0), Verdict::Inconsistent, "288 is not nearly 250");
        assert_eq!(nearly(600.0), Verdict::Inconsistent, "288 is not nearly 600");
        let about = |times| check_claim(&figures, claim(GrowthKind::Multiple { times }, Qualifier::About, 1995, 2022)).verdict;
        assert_eq!(about(280.0), Verdict::Consistent);
        assert_eq!(about(200.0), Verdict::Inconsistent);
    }

    #[test]
    fn a_change_needs_a_stated_base() {
        let change = claim(GrowthKind::Change { percent: 11.0 }, Qualifier::Exact, 2021, 2022);
        let derived = check_claim(&[(2021, 111.59, true), (2022, 123.86, false)], change.clone());
        assert_eq!((derived.verdict, derived.implied), (Verdict::Unverifiable, None));
        assert!(derived.explanation.starts_with("The only 2021 figure, US$111.59 billion, is itself derived"), "{}", derived.explanation);
        let stated = check_claim(&[(2021, 111.5, false), (2022, 123.86, false)], change.clone());
        assert_eq!(stated.verdict, Verdict::Consistent, "{}", stated.explanation);
        let wrong = check_claim(&[(2021, 100.0, false), (2022, 123.86, false)], change.clone());
        assert_eq!(wrong.verdict, Verdict::Inconsistent, "23.9% is not 11%");
        assert_eq!(check_claim(&[(2022, 123.86, false)], change).explanation,
            "No two-way trade figure is stated for 2021, so the claimed rise of 11% from 2021 to 2022 cannot be checked.");
    }

    #[test]
    fn an_annual_rate_needs_both_ends() {
        let rate = claim(GrowthKind::AnnualRate { percent: 20.0, years: 3 }, Qualifier::Over, 2011, 2014);
        let missing = check_claim(&[(2014, 36.0, false)], rate.clone());
        assert_eq!(missing.verdict, Verdict::Unverifiable);
        assert!(missing.explanation.contains("No two-way trade figure is stated for 2011"));
        // 36 / 1.2³ = 20.83: 20% a year.
        let checked = check_claim(&[(2011, 20.83, false), (2014, 36.0, false)], rate.clone());
        assert_eq!(checked.verdict, Verdict::Consistent, "{}", checked.explanation);
        assert_eq!(checked.implied.map(|(l, h)| range(l, h, 1)), Some("20.0".to_string()));
        let slower = check_claim(&[(2011, 27.0, false), (2014, 36.0, false)], rate);
        assert_eq!(slower.verdict, Verdict::Inconsistent, "{}", slower.explanation);
    }

    #[test]
    fn a_claim_without_a_period_is_unverifiable() {
        let mut open = claim(GrowthKind::Multiple { times: 2.0 }, Qualifier::Exact, 0, 0);
        (open.from, open.to) = (None, None);
        let check = check_claim(&[(1995, 1.0, false), (2000, 2.0, false)], open);
        assert_eq!(check.verdict, Verdict::Unverifiable);
        assert_eq!(analysis(&Model::default()), GrowthAnalysis::default());
    }
}
