//! The charts rendered natively to SVG and read back: the markers, bars, rules and labels drawn,
//! and the layouts that map pixels back to data, on the seeds and on small hand-made models.

use plotters::coord::Shift;
use plotters::prelude::*;
use vnus::charts::style::Theme;
use vnus::charts::trade::{self, Scale};
use vnus::charts::{events_per_year, growth, table};
use vnus::model::{Category, DateRange, Event, Measure, Model, PartialDate, Qualifier, TradeFigure};

fn seeds() -> Model {
    vnus::extract::extract(&vnus::seeds::articles())
}

/// Draws into an SVG string and keeps what the drawing returned.
fn render<L>(
    width: u32,
    height: u32,
    draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> Result<L, DrawingAreaErrorKind<std::io::Error>>,
) -> (String, L) {
    let mut svg = String::new();
    let layout = {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        draw(&root).expect("chart drawn")
    };
    (svg, layout)
}

/// The opening tags of one element name, e.g. every `<circle …/>`.
fn tags<'a>(svg: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name} ");
    svg.match_indices(&open).map(|(i, _)| &svg[i..i + svg[i..].find('>').unwrap_or(0)]).collect()
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    Some(&tag[start..start + tag[start..].find('"')?])
}

fn num(tag: &str, name: &str) -> f64 {
    attr(tag, name).and_then(|v| v.parse().ok()).unwrap_or(f64::NAN)
}

fn with<'a>(tags: &[&'a str], name: &str, value: &str) -> Vec<&'a str> {
    tags.iter().copied().filter(|t| attr(t, name) == Some(value)).collect()
}

/// The text of every `<text>` element.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text ").skip(1).filter_map(|t| Some(t[t.find('>')? + 1..t.find("</text>")?].trim().to_string())).collect()
}

fn figure(period: DateRange, billions: f64, qualifier: Qualifier, derived: bool, partial_year: bool) -> TradeFigure {
    TradeFigure {
        period,
        measure: Measure::TwoWayTrade,
        value_usd: (billions * 1e9) as u64,
        qualifier,
        derived,
        partial_year,
        period_inferred: false,
        doc: "test".into(),
        start: 0,
        end: 0,
        quote: "A quote, with \"marks\".".into(),
        value_as_stated: format!("US${billions} billion"),
    }
}

fn year(y: i32) -> DateRange {
    DateRange::point(PartialDate::year(y))
}

const STATED: &str = "#1D4E89";
const DERIVED: &str = "#8A5A00";
const HIGHLIGHT: &str = "#FDE68A";

#[test]
fn each_kind_of_figure_has_its_marker() {
    let trade = vec![
        figure(year(2000), 1.0, Qualifier::Exact, false, false),
        figure(year(2005), 5.0, Qualifier::Over, false, false),
        figure(year(2010), 20.0, Qualifier::Nearly, false, false),
        figure(year(2012), 30.0, Qualifier::Over, true, false),
        figure(DateRange::span(PartialDate::month(2015, 1), PartialDate::month(2015, 6)), 25.0, Qualifier::Exact, false, true),
    ];
    let model = Model { trade, ..Model::default() };
    let svg = trade::to_svg(&model, Scale::Log, 800, 450);
    let circles = tags(&svg, "circle");
    assert_eq!(with(&circles, "fill", STATED).len(), 1, "one dot for the plain figure");
    assert_eq!(with(&circles, "stroke", DERIVED).len(), 1, "one ring for the derived figure, whatever its hedge");
    let triangles = with(&tags(&svg, "polygon"), "fill", STATED);
    assert_eq!(triangles.len(), 2);
    // Polygon points are "x,y x,y x,y": the apex is the third; up when it is above the base.
    let apex_above_base = |t: &str| {
        let ys: Vec<f64> = attr(t, "points").unwrap_or("").split_whitespace().filter_map(|p| p.split(',').nth(1)?.parse().ok()).collect();
        ys.len() == 3 && ys[2] < ys[0]
    };
    assert_eq!(triangles.iter().filter(|t| apex_above_base(t)).count(), 1, "“over” points up, “nearly” down");
    assert_eq!(with(&with(&tags(&svg, "rect"), "fill", "none"), "stroke", STATED).len(), 1, "one square for part of a year");
}

#[test]
fn every_two_way_figure_of_the_seeds_is_drawn_and_found_by_its_pixel() {
    let model = seeds();
    let (svg, layout) = render(800, 450, |root| trade::draw(root, &model, Scale::Log, Theme::LIGHT, 1.0, None));
    let drawn = trade::points(&model);
    let expected = model.trade.iter().filter(|f| f.measure == Measure::TwoWayTrade && !f.period_inferred).count();
    assert_eq!(drawn.len(), expected);
    let markers = tags(&svg, "circle").len() + with(&tags(&svg, "polygon"), "fill", STATED).len() + with(&tags(&svg, "rect"), "fill", "none").len();
    assert_eq!(markers, expected, "one marker per figure");

    // Each circle's centre maps back to a figure drawn exactly there.
    let circles = tags(&svg, "circle");
    assert!(circles.len() >= 3);
    for circle in &circles {
        let (cx, cy) = (num(circle, "cx"), num(circle, "cy"));
        let index = layout.point_at(&model, cx, cy, 2.0).expect("a figure under the circle");
        let point = drawn.iter().find(|p| p.figure == index).expect("drawn");
        assert_eq!(layout.to_pixel(point.x, point.billions), (cx as i32, cy as i32));
    }
    let the_2014_figure = model.trade.iter().position(|f| f.measure == Measure::TwoWayTrade && f.period == year(2014)).expect("2014 in seeds");
    let (x, y) = layout.to_pixel(2014.0, 36.0);
    assert_eq!(layout.point_at(&model, x as f64 + 1.0, y as f64 - 1.0, 6.0), Some(the_2014_figure));
    assert_eq!(layout.year_at(x as f64), Some(2014));
    assert_eq!(layout.point_at(&model, x as f64, y as f64 + 60.0, 6.0), None);
    assert_eq!(layout.year_at(layout.plot.left as f64 - 5.0), None);
}

#[test]
fn several_reports_of_one_year_stand_side_by_side_inside_it() {
    let model = seeds();
    let (svg, layout) = render(800, 450, |root| trade::draw(root, &model, Scale::Log, Theme::LIGHT, 1.0, None));
    let triangles = with(&tags(&svg, "polygon"), "fill", STATED);
    assert_eq!(triangles.len(), 3, "2022 has three “over” reports");
    let mut apexes: Vec<f64> =
        triangles.iter().filter_map(|t| attr(t, "points")?.split_whitespace().nth(2)?.split(',').next()?.parse().ok()).collect();
    apexes.sort_by(f64::total_cmp);
    apexes.dedup();
    assert_eq!(apexes.len(), 3, "no report hides another");
    assert!(apexes.iter().all(|x| layout.year_at(*x) == Some(2022)));
}

#[test]
fn the_grid_has_bold_lines_only_at_round_values() {
    let model = seeds();
    for scale in [Scale::Log, Scale::Linear] {
        let (svg, layout) = render(800, 450, |root| trade::draw(root, &model, scale, Theme::LIGHT, 1.0, None));
        let grid = with(&tags(&svg, "line"), "stroke", "#D1D5DB");
        let vertical = grid.iter().filter(|l| attr(l, "x1") == attr(l, "x2")).count();
        let fives = (layout.years.0.ceil() as i32..=layout.years.1 as i32).filter(|y| y % 5 == 0).count();
        assert_eq!(vertical, fives, "a line every 5 years");
        let horizontal = grid.len() - vertical;
        if scale == Scale::Log {
            assert_eq!(horizontal, 4, "0.1, 1, 10 and 100");
            assert!(texts(&svg).iter().any(|t| t == "0.1"));
        } else {
            assert!(!layout.log && layout.values.0 == 0.0);
            assert!((3..=7).contains(&horizontal), "{horizontal} lines");
        }
    }
}

#[test]
fn milestones_are_dashed_rules_whose_pixels_and_ids_are_returned() {
    let model = seeds();
    let (svg, layout) = render(800, 450, |root| trade::draw(root, &model, Scale::Log, Theme::LIGHT, 1.0, None));
    let ids: Vec<&str> = model.events.iter().filter(|e| e.milestone).map(|e| e.id.as_str()).collect();
    assert!(!ids.is_empty());
    assert_eq!(layout.milestones.iter().map(|(_, id)| id.as_str()).collect::<Vec<_>>(), ids);
    let rules = with(&tags(&svg, "polyline"), "stroke", "#B42318");
    for (x, id) in &layout.milestones {
        let dashes = rules.iter().filter(|p| attr(p, "points").and_then(|p| p.split(',').next()) == Some(&format!("{x}"))).count();
        assert!(dashes > 5, "{id}: a dashed rule at x={x}, {dashes} dashes");
        let nearest = layout.milestone_at(*x + 0.5, 1.0).expect("a rule under the pointer");
        assert!(layout.milestones.iter().any(|(other, id)| other == x && id == nearest));
    }
}

#[test]
fn a_highlighted_year_gets_a_translucent_band_in_every_chart() {
    let model = seeds();
    let events: Vec<&Event> = model.events.iter().collect();
    let (plain, _) = render(800, 450, |root| trade::draw(root, &model, Scale::Log, Theme::LIGHT, 1.0, None));
    assert!(with(&tags(&plain, "rect"), "fill", HIGHLIGHT).is_empty());
    let (svg, trade_layout) = render(800, 450, |root| trade::draw(root, &model, Scale::Log, Theme::LIGHT, 1.0, Some(2014)));
    let (bars_svg, bars_layout) = render(800, 450, |root| events_per_year::draw(root, &events, Theme::LIGHT, 1.0, Some(2014)));
    let (growth_svg, growth_layout) = render(800, 450, |root| growth::draw(root, &model, Theme::LIGHT, 1.0, Some(2014)));
    for (svg, year_at) in [
        (svg.as_str(), Box::new(|x| trade_layout.year_at(x)) as Box<dyn Fn(f64) -> Option<i32>>),
        (bars_svg.as_str(), Box::new(|x| bars_layout.year_at(x))),
        (growth_svg.as_str(), Box::new(|x| growth_layout.year_at(x))),
    ] {
        let bands = with(&tags(svg, "rect"), "fill", HIGHLIGHT);
        assert_eq!(bands.len(), 1);
        assert_eq!(attr(bands[0], "opacity"), Some("0.5"));
        let middle = num(bands[0], "x") + num(bands[0], "width") / 2.0;
        assert_eq!(year_at(middle), Some(2014));
    }
}

#[test]
fn stacked_bars_count_the_events_of_each_year_in_the_timeline_colours() {
    let model = seeds();
    let events: Vec<&Event> = model.events.iter().collect();
    let (svg, layout) = render(900, 400, |root| events_per_year::draw(root, &events, Theme::LIGHT, 1.0, None));
    let years = events_per_year::counts(&events);
    let segments: usize = years.iter().map(|y| y.counts.iter().filter(|c| **c > 0).count()).sum();
    assert_eq!(layout.bars.len(), segments);
    assert_eq!(years.iter().map(|y| y.total()).sum::<usize>(), model.events.len());
    // The colours of style.css, category by category.
    let css = [
        ("Visit", "#1D4E89"),
        ("Agreement", "#6D28D9"),
        ("Diplomacy", "#0F766E"),
        ("Trade", "#B45309"),
        ("Defense & security", "#374151"),
        ("War legacy", "#9F1239"),
        ("Education", "#4D7C0F"),
        ("Health", "#BE123C"),
        ("Climate", "#15803D"),
    ];
    let rects = tags(&svg, "rect");
    let labels = texts(&svg);
    for (label, colour) in css {
        let bars = layout.bars.iter().filter(|b| b.category.label() == label).count();
        // A legend swatch beside each category present, besides its bars.
        let expected = if bars > 0 { bars + 1 } else { 0 };
        assert_eq!(with(&rects, "fill", colour).len(), expected, "{label}");
        assert_eq!(labels.iter().any(|t| t == label.replace('&', "&amp;").as_str() || t == label), bars > 0, "{label} in the legend");
    }
    // One event is as tall in every bar, and a bar's centre maps back to it.
    let unit = |b: &events_per_year::Bar| (b.bottom - b.top) as f64 / b.count as f64;
    let first = unit(&layout.bars[0]);
    for bar in &layout.bars {
        assert!((unit(bar) - first).abs() <= 1.0, "{bar:?}");
        let (x, y) = ((bar.left + bar.right) as f64 / 2.0, (bar.top + bar.bottom) as f64 / 2.0);
        assert_eq!(layout.bar_at(x, y), Some(bar));
        assert_eq!(layout.year_at(x), Some(bar.year));
    }
    let tallest = years.iter().map(|y| y.total()).max().unwrap_or(0);
    assert!(layout.max_count > tallest as f64);

    // The dark scheme takes style.css's dark category colours.
    let (dark, _) = render(900, 400, |root| events_per_year::draw(root, &events, Theme::DARK, 1.0, None));
    let visits = layout.bars.iter().filter(|b| b.category == Category::Visit).count();
    assert_eq!(with(&tags(&dark, "rect"), "fill", "#93C5FD").len(), visits + 1);
}

#[test]
fn the_growth_chart_labels_each_reported_year_and_each_claim_with_its_verdict() {
    let model = seeds();
    let analysis = growth::analysis(&model);
    let (svg, layout) = render(800, 450, |root| growth::draw(root, &model, Theme::LIGHT, 1.0, None));
    let ranged = analysis.years.iter().filter(|y| y.multiple.1 > y.multiple.0).count();
    assert_eq!(with(&tags(&svg, "circle"), "fill", STATED).len(), analysis.years.len() + ranged);
    let labels = texts(&svg);
    for label in ["×1", "×80", "×273–288", "25.9% a year", "16.6–17.4% a year", "claimed more than 240×"] {
        assert!(labels.iter().any(|t| t == label), "{label} in {labels:?}");
    }
    // Identical claims from two articles are one bracket; every claim is in one.
    let mut covered: Vec<usize> = layout.claims.iter().flat_map(|c| c.claims.clone()).collect();
    covered.sort();
    assert_eq!(covered, (0..model.growth.len()).collect::<Vec<_>>());
    for mark in &layout.claims {
        let verdict = analysis.claims[mark.claims[0]].verdict;
        assert_eq!(mark.verdict, verdict);
        assert!(labels.iter().any(|t| t == &mark.label) && mark.label.contains(verdict.label()));
        let colour = verdict.color(Theme::LIGHT);
        let hex = format!("#{:02X}{:02X}{:02X}", colour.0, colour.1, colour.2);
        assert!(!with(&tags(&svg, "polyline"), "stroke", &hex).is_empty());
        let (x, y) = ((mark.left + mark.right) as f64 / 2.0, (mark.top + mark.bottom) as f64 / 2.0);
        assert_eq!(layout.claim_at(x, y), Some(mark));
    }
    let shared = layout.claims.iter().find(|c| c.claims.len() == 2).expect("the 240 times claim of two articles");
    assert!(shared.label.starts_with("more than 240×, 1995–2022: consistent"));
}

#[test]
fn an_empty_model_draws_empty_charts() {
    let model = Model::default();
    let (svg, layout) = render(640, 360, |root| trade::draw(root, &model, Scale::Log, Theme::DARK, 2.0, Some(2000)));
    assert!(tags(&svg, "circle").is_empty() && tags(&svg, "polygon").is_empty());
    assert!(layout.milestones.is_empty() && layout.point_at(&model, 100.0, 100.0, 50.0).is_none());
    let (svg, layout) = render(640, 360, |root| events_per_year::draw(root, &[], Theme::DARK, 2.0, None));
    assert!(layout.bars.is_empty() && texts(&svg).iter().all(|t| t != "Visit"));
    let (svg, layout) = render(640, 360, |root| growth::draw(root, &model, Theme::DARK, 2.0, None));
    assert!(layout.claims.is_empty() && tags(&svg, "circle").is_empty());
    for svg in [
        trade::to_svg(&model, Scale::Linear, 640, 360),
        events_per_year::to_svg(&model, 640, 360),
        growth::to_svg(&model, 640, 360),
    ] {
        assert!(svg.starts_with("<svg") && !svg.contains("chart not drawn"), "{svg}");
    }
}

#[test]
fn tiny_areas_and_odd_scale_factors_do_not_panic() {
    let model = seeds();
    for (width, height) in [(1, 1), (20, 20), (120, 40)] {
        for scale_factor in [0.0, f64::NAN, 3.0] {
            let _ = render(width, height, |root| Ok(trade::draw(root, &model, Scale::Log, Theme::LIGHT, scale_factor, Some(2022)).is_ok()));
            let events: Vec<&Event> = model.events.iter().collect();
            let _ = render(width, height, |root| Ok(events_per_year::draw(root, &events, Theme::LIGHT, scale_factor, None).is_ok()));
            let _ = render(width, height, |root| Ok(growth::draw(root, &model, Theme::LIGHT, scale_factor, None).is_ok()));
        }
        assert!(growth::to_svg(&model, width, height).starts_with("<svg"));
    }
}

#[test]
fn markers_and_text_scale_with_the_device_pixel_ratio() {
    let model = seeds();
    let (one, _) = render(800, 450, |root| trade::draw(root, &model, Scale::Log, Theme::LIGHT, 1.0, None));
    let (two, _) = render(1600, 900, |root| trade::draw(root, &model, Scale::Log, Theme::LIGHT, 2.0, None));
    let radius = |svg: &str| num(tags(svg, "circle")[0], "r");
    assert_eq!(radius(&two), 2.0 * radius(&one));
}

/// Parses CSV as RFC 4180 writes it, to check `to_csv` round-trips.
fn parse_csv(csv: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field, mut quoted) = (Vec::new(), Vec::new(), String::new(), false);
    let mut chars = csv.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn tables_hold_the_charts_data_and_survive_csv() {
    let model = seeds();
    let rows = table::trade_rows(&model);
    assert_eq!(rows.len(), model.trade.len());
    let part = rows.iter().find(|r| r.partial_year).expect("the first half of 2023");
    assert_eq!((part.period.as_str(), part.qualifier, part.billions, part.note.as_str()), ("2023-01/2023-06", "over", 51.2, "part of a year"));
    let csv = table::trade_csv(&model);
    let parsed = parse_csv(&csv);
    assert_eq!(parsed[0], table::TradeRow::HEADER);
    assert_eq!(parsed[1..], rows.iter().map(table::TradeRow::fields).collect::<Vec<_>>()[..], "quotes with commas and marks come back whole");

    let events: Vec<&Event> = model.events.iter().collect();
    let per_year = table::events_per_year_rows(&events);
    assert_eq!(per_year.iter().map(|r| r.total).sum::<usize>(), model.events.len());
    let csv = table::events_per_year_csv(&events);
    assert!(csv.starts_with("year,Visit,Agreement,Diplomacy,Trade,Defense & security,"));

    let analysis = growth::analysis(&model);
    let growth_rows = table::growth_rows(&analysis);
    let row_2014 = growth_rows.iter().find(|r| r.year == 2014).expect("2014");
    assert_eq!(row_2014.fields()[3..6], ["79.82", "79.82", "25.92"]);
    let claims = table::claim_rows(&model, &analysis);
    assert_eq!(claims.len(), model.growth.len());
    let csv = table::claims_csv(&model, &analysis);
    assert_eq!(parse_csv(&csv).len(), claims.len() + 1);
    assert_eq!(parse_csv(&table::growth_csv(&analysis)).len(), growth_rows.len() + 1);
}
