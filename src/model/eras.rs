//! Eras of the relationship, drawn from the model's own milestone events: each era opens at a
//! milestone that changes the standing of the relations and runs until the next one.
//! Pure and computed from the whole model, never from a filtered list; nothing is typed in by hand.

use super::{Category, Event, Model, PartialDate};

/// The categories whose milestones open an era: diplomacy (relations normalized, a
/// partnership, its upgrade) and trade (a trade agreement signed, then in force). The
/// engine's other milestones, the first visits ("the first US president to do so") and the
/// defense agreements, are turning points inside an era: they stay bold in the timeline and
/// ruled on the trade chart, but opening an era at each would cut 1995–2023 into ten eras,
/// some of them weeks long.
const ERA_CATEGORIES: [Category; 2] = [Category::Diplomacy, Category::Trade];

/// One era: from its opening milestone's year to the year before the next era opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Era {
    /// The id of the milestone event that opens the era.
    pub event: String,
    /// The era's name: a name the opening event's title carries ("Comprehensive
    /// Partnership"), else the whole title.
    pub name: String,
    /// The date of the opening milestone.
    pub start: PartialDate,
    pub first_year: i32,
    /// The last year of the era; `None` for the last, which is still running.
    pub last_year: Option<i32>,
    /// Ids of the era-opening milestones it holds, in date order: the first opens it, the
    /// others joined it ("signed", then "takes effect" the next year).
    pub opened_by: Vec<String>,
}

impl Era {
    /// "1995–1999", or "since 2013" for the era still running.
    /// The years in the interface's language: "since 2013", "từ năm 2013".
    pub fn years_label_in(&self, lang: crate::i18n::Lang) -> String {
        match self.last_year {
            None => lang.f(crate::i18n::Key::EraSince, &[&self.first_year]),
            _ => self.years_label(),
        }
    }

    pub fn years_label(&self) -> String {
        match self.last_year {
            None => format!("since {}", self.first_year),
            Some(last) if last == self.first_year => self.first_year.to_string(),
            Some(last) => format!("{}–{}", self.first_year, last),
        }
    }

    pub fn contains_year(&self, year: i32) -> bool {
        year >= self.first_year && self.last_year.is_none_or(|last| year <= last)
    }
}

/// The eras of the model, in date order; none when it has no era-opening milestone.
///
/// Eras are whole years, because the timeline groups events by year and many dates are only a
/// year ("in 2013" cannot be put before or after July 2013): an era opened in July 2013 holds
/// all of 2013. A milestone in an era's first year or the year after joins that era instead of
/// opening a new one, so two milestones of one year never split it and an agreement signed one
/// year and in force the next is one era. Events before the first era belong to no era: a
/// lead era would have to be named for what it is not ("before normalization"), and nothing
/// the articles say marks where it would begin.
pub fn eras(model: &Model) -> Vec<Era> {
    let mut openers: Vec<&Event> =
        model.events.iter().filter(|e| e.milestone && ERA_CATEGORIES.contains(&e.category)).collect();
    // The model's events are in date order today; sorting here keeps that a convenience, not
    // an assumption. Ties by id, so the order never depends on the input's.
    crate::sort::sort_by(&mut openers, |a, b| (a.range(), &a.id).cmp(&(b.range(), &b.id)));
    let mut eras: Vec<Era> = Vec::new();
    for event in openers {
        match eras.last_mut() {
            Some(era) if event.date.year <= era.first_year.saturating_add(1) => era.opened_by.push(event.id.clone()),
            _ => eras.push(Era {
                event: event.id.clone(),
                name: short_name(&event.title, model).unwrap_or_else(|| event.title.clone()),
                start: event.date,
                first_year: event.date.year,
                last_year: None,
                opened_by: vec![event.id.clone()],
            }),
        }
    }
    let next_starts: Vec<i32> = eras.iter().skip(1).map(|e| e.first_year).collect();
    for (era, next) in eras.iter_mut().zip(next_starts) {
        era.last_year = Some(next.saturating_sub(1));
    }
    eras
}

/// The index of the era a year falls in; `None` before the first era.
pub fn era_of_year(eras: &[Era], year: i32) -> Option<usize> {
    eras.iter().rposition(|e| e.contains_year(year))
}

/// The first name a title carries: a run of two or more capitalized words ("Comprehensive
/// Partnership", "Vietnam-US Bilateral Trade Agreement (BTA)") that is not a person's name.
/// `None` when there is none ("Vietnam and the US normalize diplomatic relations"), and the
/// era takes the whole title: a longer heading, never a made-up one.
fn short_name(title: &str, model: &Model) -> Option<String> {
    let is_person = |run: &str| {
        model.people.iter().any(|p| std::iter::once(&p.name).chain(&p.aliases).any(|n| !n.is_empty() && run.contains(n.as_str())))
    };
    let mut run: Vec<&str> = Vec::new();
    // A sentinel lowercase word closes the last run.
    for word in title.split_whitespace().chain(std::iter::once("end")) {
        let capitalized = word.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase);
        if capitalized {
            run.push(word);
            continue;
        }
        if run.len() >= 2 {
            let name = run.join(" ");
            let name = name.trim_end_matches([',', ';', ':', '.']);
            if !is_person(name) {
                return Some(name.to_string());
            }
        }
        run.clear();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Person;

    fn event(id: &str, date: PartialDate, category: Category, title: &str, milestone: bool) -> Event {
        Event {
            id: id.to_string(),
            date,
            end: None,
            approximate: false,
            title: title.to_string(),
            category,
            actors: Vec::new(),
            direction: None,
            sources: Vec::new(),
            conflicts: Vec::new(),
            milestone,
        }
    }

    fn day(year: i32, month: u8, day: u8) -> PartialDate {
        PartialDate::day(year, month, day).unwrap_or(PartialDate::month(year, month))
    }

    fn summary(eras: &[Era]) -> Vec<(String, String)> {
        eras.iter().map(|e| (e.name.clone(), e.years_label())).collect()
    }

    #[test]
    fn seeds_give_three_eras() {
        let model = crate::extract::extract(&crate::seeds::articles());
        let eras = eras(&model);
        for era in &eras {
            println!("{} ({}) opened by {:?}", era.name, era.years_label(), era.opened_by);
        }
        let want = [
            ("Vietnam and the US normalize diplomatic relations", "1995–1999"),
            ("Vietnam-US Bilateral Trade Agreement (BTA)", "2000–2012"),
            ("Comprehensive Partnership", "since 2013"),
        ];
        assert_eq!(summary(&eras), want.map(|(n, y)| (n.to_string(), y.to_string())));
        // Each era is opened by a milestone event of the model.
        for era in &eras {
            let opener = model.events.iter().find(|e| e.id == era.event);
            assert!(opener.is_some_and(|e| e.milestone && e.date == era.start), "{era:?}");
        }
        // The trade agreement is signed in 2000 and takes effect in 2001: one era, both in it.
        let titles: Vec<&str> = eras[1]
            .opened_by
            .iter()
            .filter_map(|id| model.events.iter().find(|e| &e.id == id))
            .map(|e| e.title.as_str())
            .collect();
        assert_eq!(titles.len(), 2, "{titles:?}");
        assert!(titles[0].contains("sign") && titles[1].contains("takes effect"), "{titles:?}");
        // Every event and every milestone falls in an era (the seeds start with normalization).
        for event in &model.events {
            assert!(era_of_year(&eras, event.date.year).is_some(), "{} is in no era", event.title);
        }
    }

    #[test]
    fn no_milestone_no_era() {
        let mut model = Model::default();
        assert!(eras(&model).is_empty());
        model.events.push(event("a", PartialDate::year(2001), Category::Diplomacy, "Talks", false));
        // A milestone of a category that does not open eras: still none.
        model.events.push(event("b", day(2005, 6, 20), Category::Visit, "Phan Văn Khải visits the US", true));
        assert!(eras(&model).is_empty());
        assert_eq!(era_of_year(&[], 2001), None);
    }

    #[test]
    fn milestones_of_one_year_are_ordered_by_date_and_make_one_era() {
        let mut model = Model::default();
        // Given out of date order on purpose.
        model.events.push(event("late", day(2013, 12, 1), Category::Trade, "A Trade Pact takes effect", true));
        model.events.push(event("early", day(2013, 7, 25), Category::Diplomacy, "Vietnam and the US establish a Comprehensive Partnership", true));
        model.events.push(event("first", PartialDate::year(1995), Category::Diplomacy, "Vietnam and the US normalize diplomatic relations", true));
        let eras = eras(&model);
        assert_eq!(
            summary(&eras),
            vec![
                ("Vietnam and the US normalize diplomatic relations".to_string(), "1995–2012".to_string()),
                ("Comprehensive Partnership".to_string(), "since 2013".to_string()),
            ]
        );
        assert_eq!(eras[1].opened_by, ["early", "late"]);
        assert_eq!(eras[1].start, day(2013, 7, 25));
    }

    #[test]
    fn years_before_the_first_era_are_in_none() {
        let mut model = Model::default();
        model.events.push(event("n", day(1995, 7, 12), Category::Diplomacy, "Vietnam and the US normalize diplomatic relations", true));
        model.events.push(event("c", day(2023, 9, 10), Category::Diplomacy, "Vietnam and the US upgrade ties to a Comprehensive Strategic Partnership", true));
        let eras = eras(&model);
        assert_eq!(era_of_year(&eras, 1994), None);
        assert_eq!(era_of_year(&eras, 1995), Some(0));
        assert_eq!(era_of_year(&eras, 2022), Some(0));
        assert_eq!(era_of_year(&eras, 2023), Some(1));
        assert_eq!(era_of_year(&eras, 2040), Some(1));
        assert_eq!(eras[1].name, "Comprehensive Strategic Partnership");
    }

    #[test]
    fn names_come_from_the_title_never_a_person() {
        let mut model = Model::default();
        model.people.push(Person { name: "Trương Tấn Sang".to_string(), aliases: vec![], country: None, role: None });
        let name = |title: &str| short_name(title, &model);
        assert_eq!(name("Comprehensive Partnership established during Trương Tấn Sang's visit to the US").as_deref(), Some("Comprehensive Partnership"));
        assert_eq!(name("Trương Tấn Sang and the US sign a Climate Pact, in Hanoi").as_deref(), Some("Climate Pact"));
        assert_eq!(name("Vietnam and the US normalize diplomatic relations"), None);
        assert_eq!(name(""), None);
        assert_eq!(name("Bilateral Trade Agreement (BTA) takes effect").as_deref(), Some("Bilateral Trade Agreement (BTA)"));
    }

    #[test]
    fn odd_years_do_not_panic() {
        let mut model = Model::default();
        for (i, year) in [i32::MAX, i32::MIN, 0, i32::MAX - 1].into_iter().enumerate() {
            model.events.push(event(&i.to_string(), PartialDate::year(year), Category::Trade, "X", true));
        }
        let eras = eras(&model);
        let labels: Vec<String> = eras.iter().map(Era::years_label).collect();
        assert_eq!(labels, ["-2147483648–-1", "0–2147483645", "since 2147483646"]);
        assert_eq!(era_of_year(&eras, i32::MAX), Some(2));
    }
}
