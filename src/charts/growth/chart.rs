//! The growth chart: two-way trade as a multiple of the first reported year (log scale), one
//! point or range per reported year with its label, growth a year between reports as a dashed
//! line, and above the plot a strip with each claim's period as a bracket in its verdict's
//! colour. Claims of a multiple also get a dashed rule at the level they claim.

use crate::i18n::{Key, Lang};
use super::{analysis_in, hedge, range_in, GrowthAnalysis, ReportedYear, Verdict};
use crate::charts::style::{self, PlotArea, Theme};
use crate::model::{GrowthKind, Model};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The bracket drawn for one claim, or for several identical claims from different articles.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimMark {
    /// Indices into `Model::growth` (and `GrowthAnalysis::claims`).
    pub claims: Vec<usize>,
    pub verdict: Verdict,
    pub label: String,
    pub left: i32,
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
}

/// Where the chart drew things, in backend pixels (canvas pixels in the browser).
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub plot: PlotArea,
    pub years: (f64, f64),
    /// The y range, a multiple of the first reported year, on a log scale.
    pub multiples: (f64, f64),
    pub claims: Vec<ClaimMark>,
}

impl Layout {
    /// The year under pixel column `px_x`, if it is inside the plot.
    pub fn year_at(&self, px_x: f64) -> Option<i32> {
        self.plot.year_at(self.years, px_x)
    }

    /// The claim bracket under the pixel (its row, across its period).
    pub fn claim_at(&self, px_x: f64, px_y: f64) -> Option<&ClaimMark> {
        self.claims
            .iter()
            .find(|c| (c.left as f64 - 4.0..=c.right as f64 + 4.0).contains(&px_x) && (c.top as f64..=c.bottom as f64).contains(&px_y))
    }
}

/// Identical claims (same kind, hedge, measure and period) from several articles, drawn once.
struct Group {
    claims: Vec<usize>,
    from: f64,
    to: f64,
    verdict: Verdict,
    label: String,
    /// The claim alone: "more than 240×".
    what: String,
    /// The claimed multiple, for the rule on the plot.
    times: Option<f64>,
}

fn groups(model: &Model, analysis: &GrowthAnalysis, lang: Lang) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for check in &analysis.claims {
        let Some(claim) = model.growth.get(check.claim) else { continue };
        let (Some(from), Some(to)) = (claim.from.or(claim.to), claim.to.or(claim.from)) else { continue };
        let same = groups.iter_mut().find(|g| {
            let first = &model.growth[g.claims[0]];
            first.kind == claim.kind && first.qualifier == claim.qualifier && first.measure == claim.measure && (first.from, first.to) == (claim.from, claim.to)
        });
        if let Some(group) = same {
            group.claims.push(check.claim);
            continue;
        }
        let hedge = hedge(claim.qualifier, lang);
        let decimal = |text: String| if lang == Lang::Vi { text.replace('.', ",") } else { text };
        let (what, times) = match claim.kind {
            GrowthKind::Multiple { times } => (decimal(format!("{hedge}{times}×")), Some(times)),
            GrowthKind::Change { percent } => (decimal(format!("{hedge}{percent:+}%")), None),
            GrowthKind::AnnualRate { percent, .. } => (format!("{hedge}{}", lang.f(Key::PerYear, &[&decimal(percent.to_string())])), None),
        };
        groups.push(Group {
            claims: vec![check.claim],
            from: from as f64,
            to: to as f64,
            verdict: check.verdict,
            label: format!("{what}, {from}–{to}: {}", check.verdict.label_in(lang)),
            what,
            times,
        });
    }
    for group in &mut groups {
        if group.claims.len() > 1 {
            group.label.push_str(&lang.f(Key::ClaimArticles, &[&group.claims.len()]));
        }
    }
    groups
}

/// Draws the chart and returns where it drew.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    model: &Model,
    theme: Theme,
    scale_factor: f64,
    highlight_year: Option<i32>,
) -> Result<Layout, DrawingAreaErrorKind<DB::ErrorType>> {
    let sf = style::sane_scale(scale_factor);
    root.fill(&theme.background)?;
    let lang = theme.lang;
    let analysis = analysis_in(model, lang);
    let groups = groups(model, &analysis, lang);
    let title = match analysis.years.first() {
        Some(base) => lang.f(Key::AxisGrowth, &[&base.year]),
        None => lang.t(Key::AxisGrowthNone).to_string(),
    };
    let area = style::titled(root, &title, style::text_style(theme, sf, 15.0))?;

    // The claims strip takes a row per claim, at most two fifths of the height.
    let row = style::px(sf, 20.0).max(1);
    let rows = groups.len().min((area.dim_in_pixel().1 as f64 * 0.4 / row as f64) as usize);
    let (strip, main) = area.split_vertically(rows as u32 * row);

    let xs = analysis.years.iter().map(|y| y.year as f64).chain(groups.iter().flat_map(|g| [g.from, g.to]));
    let years = (xs.clone().fold(1995.0, f64::min) - 1.0, xs.fold(2023.0, f64::max) + 1.0);
    let highest = analysis.years.iter().map(|y| y.multiple.1).chain(groups.iter().filter_map(|g| g.times)).fold(10.0, f64::max);
    let multiples = (0.5, highest * 1.8);
    let y_ticks = [1.0, 10.0, 100.0, 1000.0, 10000.0, 100000.0].into_iter().filter(|v| *v <= multiples.1).collect();
    let (margin, y_labels) = (style::px(sf, 10.0), style::px(sf, 52.0));

    let mut chart = ChartBuilder::on(&main)
        .margin_left(margin)
        .margin_right(margin)
        .margin_bottom(margin)
        .margin_top(style::px(sf, 4.0))
        .x_label_area_size(style::px(sf, 28.0))
        .y_label_area_size(y_labels)
        .build_cartesian_2d(style::linear_axis(years, style::year_ticks(years, 5)), style::log_axis(multiples, y_ticks))?;
    style::mesh(&mut chart, theme, sf, &|y| format!("{y:.0}"), &|v| format!("×{v:.0}"))?;

    style::highlight_band(&mut chart, theme, years, multiples, highlight_year)?;

    let line = style::px(sf, 1.0).max(1);
    let dash = (5.0 * sf).round().max(1.0) as u32;
    let small = style::text_style(theme, sf, 11.0);
    let above = |style: &TextStyle<'static>, h: HPos| style.pos(Pos::new(h, VPos::Bottom));
    let lift = -(style::px(sf, 6.0) as i32);
    for group in &groups {
        let Some(times) = group.times else { continue };
        let color = group.verdict.color(theme);
        chart.draw_series(DashedLineSeries::new([(group.from, times), (group.to, times)], dash, dash, color.stroke_width(line)))?;
        let mut text = above(&small, HPos::Left);
        text.color = color.to_backend_color();
        chart.draw_series(std::iter::once(EmptyElement::at((group.from, times)) + Text::new(lang.f(Key::Claimed, &[&group.what]), (4, -2), text)))?;
    }

    // Growth a year between reports: drawn dashed through each year's middle, as it is what
    // the figures imply, not a figure.
    let middle = |y: &ReportedYear| (y.year as f64, (y.multiple.0 * y.multiple.1).sqrt());
    for (pair, step) in analysis.years.windows(2).zip(&analysis.steps) {
        let (a, b) = (middle(&pair[0]), middle(&pair[1]));
        chart.draw_series(DashedLineSeries::new([a, b], dash, dash, theme.implied.stroke_width(2 * line)))?;
        let at = ((a.0 + b.0) / 2.0, (a.1 * b.1).sqrt());
        let label = lang.f(Key::PerYear, &[&range_in(step.cagr_percent.0, step.cagr_percent.1, 1, lang)]);
        chart.draw_series(std::iter::once(EmptyElement::at(at) + Text::new(label, (0, lift), above(&small, HPos::Right))))?;
    }

    let size = (4.0 * sf).round().max(2.0) as i32;
    for year in &analysis.years {
        let (x, (low, high)) = (year.year as f64, year.multiple);
        if high > low {
            chart.draw_series(std::iter::once(PathElement::new(vec![(x, low), (x, high)], theme.stated.stroke_width(2 * line))))?;
            chart.draw_series(std::iter::once(Circle::new((x, low), size, theme.stated.filled())))?;
        }
        chart.draw_series(std::iter::once(Circle::new((x, high), size, theme.stated.filled())))?;
        // One decimal only where it says something: "×2.5", but "×1" and "×80".
        let whole = high >= 10.0 || ((low - low.round()).abs() < 0.05 && (high - high.round()).abs() < 0.05);
        let label = format!("×{}", range_in(low, high, if whole { 0 } else { 1 }, lang));
        chart.draw_series(std::iter::once(EmptyElement::at((x, high)) + Text::new(label, (0, lift), above(&style::text_style(theme, sf, 12.0), HPos::Center))))?;
    }
    let plot = PlotArea::of(chart.plotting_area());

    let mut marks = Vec::new();
    if rows > 0 {
        let strip_chart = ChartBuilder::on(&strip)
            .margin_left(margin)
            .margin_right(margin)
            .y_label_area_size(y_labels)
            .build_cartesian_2d(style::linear_axis(years, Vec::new()), style::linear_axis((0.0, rows as f64), Vec::new()))?;
        for (r, group) in groups.iter().take(rows).enumerate() {
            let y = (rows - r) as f64 - 0.75;
            let color = group.verdict.color(theme);
            let tick = size + 1;
            strip_chart.plotting_area().draw(&PathElement::new(vec![(group.from, y), (group.to, y)], color.stroke_width(2 * line)))?;
            for end in [group.from, group.to] {
                strip_chart.plotting_area().draw(&(EmptyElement::at((end, y)) + PathElement::new(vec![(0, -tick), (0, tick)], color.stroke_width(2 * line))))?;
            }
            // Labels read from the bracket's start, or end at its end in the right half, so
            // they stay inside the chart.
            let left_half = plot.x_px(years, group.from) < (plot.left + plot.right) / 2;
            let (anchor, h) = if left_half { (group.from, HPos::Left) } else { (group.to, HPos::Right) };
            let mut text = above(&small, h);
            text.color = color.to_backend_color();
            strip_chart.plotting_area().draw(&(EmptyElement::at((anchor, y)) + Text::new(group.label.clone(), (0, -tick), text)))?;
            let (left, top) = strip_chart.backend_coord(&(group.from, (rows - r) as f64));
            let (right, bottom) = strip_chart.backend_coord(&(group.to, (rows - r - 1) as f64));
            marks.push(ClaimMark { claims: group.claims.clone(), verdict: group.verdict, label: group.label.clone(), left, top, right, bottom });
        }
    }
    root.present()?;
    Ok(Layout { plot, years, multiples, claims: marks })
}

/// The chart as an SVG document, for the SVG download and tests.
pub fn to_svg(model: &Model, width: u32, height: u32) -> String {
    to_svg_in(model, width, height, Lang::En)
}

/// The chart as an SVG document with its words in `lang`.
pub fn to_svg_in(model: &Model, width: u32, height: u32, lang: Lang) -> String {
    style::svg_document(width, height, |root| draw(root, model, Theme::LIGHT.in_lang(lang), 1.0, None).map(|_| ()))
}
