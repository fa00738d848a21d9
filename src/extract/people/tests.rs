//! Tests of `people`: names found by their titles, spellings folded into one person, roles and
//! countries, with the counter-examples that must not be names.

use super::*;

mod finding {
    use super::*;
    use crate::extract::text::tokenize;

    fn names(texts: &[&str]) -> Vec<String> {
        let mut registry = Registry::default();
        let titled: Vec<_> = texts.iter().map(|text| registry.learn_titled(text, &tokenize(text, 0, text.len()))).collect();
        registry.seal();
        let mut found = Vec::new();
        for (text, titled) in texts.iter().zip(&titled) {
            let tokens = tokenize(text, 0, text.len());
            for m in registry.mentions(text, &tokens, titled) {
                found.push(registry.entries[m.person].display_name());
            }
        }
        found
    }

    #[test]
    fn a_name_keeps_its_irish_prefix() {
        // Hanoi Times, 2020.
        let found = names(&["Mr. Phuc said at a meeting with US National Security Advisor Robert C. O’Brien in his visit to Hanoi."]);
        assert!(found.contains(&"Robert C. O’Brien".to_string()), "{found:?}");
        // Counter-example: a possessive after a name is not part of it.
        let found = names(&["Deputy Prime Minister Pham Binh Minh's visit to Washington."]);
        assert_eq!(found, ["Pham Binh Minh"]);
    }

    #[test]
    fn one_person_whatever_the_spelling() {
        let found = names(&[
            "Party General Secretary Nguyễn Phú Trọng said.",
            "General Secretary Nguyen Phu Trong will visit. Trong is the first.",
            "Vietnam’s Communist Party Chief Nguyen Phu Trong embarked.",
        ]);
        assert_eq!(found, ["Nguyễn Phú Trọng"; 4]);
    }

    #[test]
    fn western_names_with_nicknames_and_initials() {
        assert_eq!(names(&["U.S. Secretary of Commerce Gina Raimondo visited Hanoi."]), ["Gina Raimondo"]);
        let found = names(&[
            "President William Clinton announced it. In 2001, Bill Clinton made a visit.",
            "former US President Bill Clinton was there; President Clinton left.",
            "US President George W. Bush and President George Bush met Mr. Trump.",
            "US Ambassador to Vietnam Marc E.Knapper spoke with North Korean leader Kim Jong-un.",
        ]);
        assert_eq!(
            found,
            [
                "Bill Clinton", "Bill Clinton", "Bill Clinton", "Bill Clinton", "George W. Bush", "George W. Bush", "Trump",
                "Marc E.Knapper", "Kim Jong-un"
            ]
        );
    }

    #[test]
    fn a_former_holders_lowercase_title_introduces_a_name() {
        assert_eq!(names(&["since former president Bill Clinton normalized relations in 1995"]), ["Bill Clinton"]);
        assert_eq!(names(&["when then-president George W. Bush visited Hanoi"]), ["George W. Bush"]);
        assert!(names(&["The former president said nothing, and the then-president left."]).is_empty());
    }

    #[test]
    fn agency_heads_are_found_by_their_title() {
        let found = names(&["USAID Administrator Samantha Power arrived.", "Son received visiting Samantha Power in Hanoi."]);
        assert_eq!(found, ["Samantha Power", "Samantha Power"]);
        // A lower-case "administrator" is an office, not a title before a name.
        assert!(names(&["The administrator of the fund said trade grew."]).is_empty());
        // VnExpress, July 25, 2025: an agency's director.
        let found = names(&["During his visit to Vietnam from July 8 to 12, DPAA Director Kelly McKeague expressed his profound thanks."]);
        assert_eq!(found, ["Kelly McKeague"]);
        // Counter-example: a director with no name after the title is nobody.
        assert!(names(&["The director of the office said trade grew, and the Director spoke."]).is_empty());
    }

    #[test]
    fn countries_come_from_titles_and_family_names() {
        let mut registry = Registry::default();
        let text = "US President Joe Biden met Prime Minister Pham Minh Chinh and North Korean leader Kim Jong-un.";
        registry.learn_titled(text, &tokenize(text, 0, text.len()));
        let countries: Vec<_> = registry.entries.iter().map(|e| e.country).collect();
        assert_eq!(countries, [Some(Country::Us), Some(Country::Vietnam), Some(Country::Other)]);
    }
}

mod role_tests_helper {
    use super::*;
    use crate::extract::text::tokenize;

    /// Reads `texts` as one set of articles: each person mentioned, in order of first mention,
    /// as "Name (country, role)".
    pub fn check(texts: &[&str]) -> Vec<String> {
        let mut registry = Registry::default();
        let titled: Vec<_> = texts.iter().map(|text| registry.learn_titled(text, &tokenize(text, 0, text.len()))).collect();
        registry.seal();
        let mut people = Vec::new();
        for (text, titled) in texts.iter().zip(&titled) {
            for m in registry.mentions(text, &tokenize(text, 0, text.len()), titled) {
                if !people.contains(&m.person) {
                    people.push(m.person);
                }
            }
        }
        people
            .iter()
            .map(|&p| {
                let e = &registry.entries[p];
                let country = match e.country {
                    Some(Country::Us) => "US",
                    Some(Country::Vietnam) => "VN",
                    Some(Country::Other) => "other",
                    None => "?",
                };
                format!("{} ({country}, {})", e.display_name(), e.role().unwrap_or_default())
            })
            .collect()
    }

}

mod role_tests {
    use super::role_tests_helper::check;
    use crate::extract::people::roles::ROLES;

    #[test]
    fn american_offices() {
        assert_eq!(check(&["Defense Secretary James N. Mattis met Ngo Xuan Lich."]), ["James N. Mattis (US, Secretary of Defense)", "Ngo Xuan Lich (VN, )"]);
        assert_eq!(check(&["Former Secretary of Defense Robert S. McNamara visits Hanoi."]), ["Robert S. McNamara (US, Secretary of Defense)"]);
        assert_eq!(check(&["U.S. Treasury Secretary Robert Rubin signed."]), ["Robert Rubin (US, Secretary of the Treasury)"]);
        assert_eq!(check(&["U.S. Trade Representative Susan C. Schwab met PM Dung."])[0], "Susan C. Schwab (US, US Trade Representative)");
        assert_eq!(check(&["USTR Katherine Tai arrived."]), ["Katherine Tai (US, US Trade Representative)"]);
        assert_eq!(check(&["National Security Adviser Anthony Lake visits Hanoi."]), ["Anthony Lake (US, National Security Adviser)"]);
        assert_eq!(check(&["Deputy Secretary of State Wendy Sherman said."]), ["Wendy Sherman (US, Deputy Secretary of State)"]);
        assert_eq!(check(&["Special Presidential Envoy for Climate John Kerry came."]), ["John Kerry (US, Special Presidential Envoy)"]);
        assert_eq!(check(&["Chargé d'affaires L. Desaix Anderson opened it."]), ["L. Desaix Anderson (US, Chargé d'Affaires)"]);
        assert_eq!(check(&["Sen. John McCain and Rep. Pete Peterson spoke."]), ["John McCain (US, Senator)", "Pete Peterson (US, Representative)"]);
        assert_eq!(check(&["Commerce Secretary Gina Raimondo visited."]), ["Gina Raimondo (US, Secretary of Commerce)"]);
        assert_eq!(check(&["Vice President Kamala Harris visited Hanoi."]), ["Kamala Harris (US, Vice President)"]);
    }

    #[test]
    fn vietnamese_offices() {
        assert_eq!(check(&["State President Vo Van Thuong hosted him."]), ["Vo Van Thuong (VN, President)"]);
        assert_eq!(check(&["National Assembly Chairman Vuong Dinh Hue met him."]), ["Vuong Dinh Hue (VN, National Assembly Chairman)"]);
        assert_eq!(check(&["Party chief Nguyen Phu Trong received him."]), ["Nguyen Phu Trong (VN, General Secretary)"]);
        assert_eq!(
            check(&["Deputy Minister of Industry and Trade Do Thang Hai said."]),
            ["Do Thang Hai (VN, Deputy Minister of Industry and Trade)"]
        );
        assert_eq!(check(&["Secretary Christopher and FM Cam met."]), ["Christopher (US, Secretary)", "Cam (VN, Foreign Minister)"]);
        assert_eq!(check(&["Deputy Prime Minister Tran Luu Quang said. Quang expects more."]), ["Tran Luu Quang (VN, Deputy Prime Minister)"]);
        assert_eq!(check(&["Vietnamese Ambassador to the US Nguyen Quoc Dung spoke."]), ["Nguyen Quoc Dung (VN, Ambassador)"]);
    }

    #[test]
    fn the_country_is_the_one_next_to_the_title() {
        // "Vietnam" three words back belongs to "U.S.-Vietnam relations", not to the ambassador.
        assert_eq!(
            check(&["a cornerstone of U.S.-Vietnam relations, Ambassador Raymond Burghardt said."]),
            ["Raymond Burghardt (US, Ambassador)"]
        );
        assert_eq!(check(&["Ambassador to Vietnam Ted Osius said."]), ["Ted Osius (US, Ambassador)"]);
        assert_eq!(check(&["Vietnam's Prime Minister Nguyen Tan Dung arrived."]), ["Nguyen Tan Dung (VN, Prime Minister)"]);
        assert_eq!(check(&["South Korean Defense Minister Song Young-moo came."]), ["Song Young-moo (other, Defense Minister)"]);
        assert_eq!(check(&["the Vietnam” President Obama said."]), ["Obama (US, President)"]);
        // The name's form: Vietnamese, whatever the spelling.
        assert_eq!(check(&["President Troung Tan Sang came."]), ["Troung Tan Sang (VN, President)"]);
    }

    #[test]
    fn a_country_after_the_title_is_the_holders() {
        assert_eq!(
            check(&["Deputy Secretary of State of the US, Wendy Sherman met with Deputy Foreign Minister of Vietnam Nguyen Minh Vu."]),
            ["Wendy Sherman (US, Deputy Secretary of State)", "Nguyen Minh Vu (VN, Deputy Foreign Minister)"]
        );
        assert_eq!(
            check(&["Vice Chairman of the National Assembly Nguyen Duc Hai received a delegation."]),
            ["Nguyen Duc Hai (VN, Vice Chairman)"]
        );
        // No name after the country: the title stands alone.
        assert!(check(&["the President of Vietnam, who came, spoke."]).is_empty());
        // A place that is not a country is not skipped: "Chairman of Hanoi" names no one here.
        assert!(check(&["the Chairman of Hanoi People's Committee spoke."]).is_empty());
    }

    #[test]
    fn one_person_per_full_name() {
        assert_eq!(
            check(&["President George H. W. Bush came in 1995. President George W. Bush came in 2006."]),
            ["George H. W. Bush (US, President)", "George W. Bush (US, President)"]
        );
        assert_eq!(
            check(&["Secretary of State Hillary Clinton and President Bill Clinton came. Secretary Clinton spoke; President Clinton left."]),
            ["Hillary Clinton (US, Secretary of State)", "Bill Clinton (US, President)"]
        );
        // The older spelling "Dz" for "D" is one name.
        assert_eq!(
            check(&["Ambassador Nguyen Quoc Dzung presented.", "Nguyễn Quốc Dũng said. Ambassador Dung left."]),
            ["Nguyễn Quốc Dũng (VN, Ambassador)"]
        );
        // A shared given name: the title says whose it is.
        assert_eq!(
            check(&["Prime Minister Dung spoke. Ambassador Nguyen Quoc Dung and Prime Minister Nguyen Tan Dung came."]),
            ["Nguyen Tan Dung (VN, Prime Minister)", "Nguyen Quoc Dung (VN, Ambassador)"]
        );
        // One person under two titles.
        assert_eq!(
            check(&["Vice President Biden hosted Trong in 2015.", "President Joe Biden visited Hanoi in 2023."]),
            ["Joe Biden (US, President)"]
        );
        assert_eq!(check(&["President Bush arrived. Mr. Bush spoke.", "US President George W. Bush"]), ["George W. Bush (US, President)"]);
        // A family name used alone is the one full Vietnamese name with it.
        assert_eq!(
            check(&["Vietnamese President Truong Tan Sang came. President Obama and President Truong met."]),
            ["Truong Tan Sang (VN, President)", "Obama (US, President)"]
        );
        assert_eq!(
            check(&["former Rep. Douglas \u{201c}Pete\u{201d} Peterson", "former Congressman Pete Peterson spoke"]),
            ["Douglas \u{201c}Pete\u{201d} Peterson (US, Representative)"]
        );
    }

    #[test]
    fn names_without_titles() {
        assert_eq!(check(&["President Joe Biden came at Nguyen Phu Trong's invitation. Biden's visit."]), [
            "Joe Biden (US, President)",
            "Nguyen Phu Trong (VN, )"
        ]);
        // A headline in capitals: the name comes from the body.
        assert_eq!(
            check(&["PRESIDENT BILL CLINTON LIFTS ECONOMIC EMBARGO", "President Clinton lifted it. Clinton said so."]),
            ["Clinton (US, President)"]
        );
    }

    #[test]
    fn not_people() {
        for text in [
            "General Electric signed a deal in Ho Chi Minh City.",
            "The Representative Office of the ministry opened.",
            "Lam Dong province exports coffee to the US.",
            "the talks ended at 3 pm on Monday.",
            "the former rep said so.",
            "Secretary of State's Speeches and the President.",
            "Gen Z buyers.",
        ] {
            assert_eq!(check(&[text]), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn no_title_is_hidden_by_an_earlier_one() {
        for (i, later) in ROLES.iter().enumerate() {
            for earlier in &ROLES[..i] {
                let prefix = earlier.words.len() <= later.words.len() && later.words[..earlier.words.len()] == *earlier.words;
                assert!(!prefix, "{:?} hides {:?}", earlier.words, later.words);
            }
        }
    }
}

mod appositive_tests {
    use super::role_tests_helper::check;

    #[test]
    fn titles_after_the_name() {
        assert_eq!(
            check(&["he met with Nguyen Phu Trong, general secretary of Vietnam's Communist Party."]),
            ["Nguyen Phu Trong (VN, General Secretary)"]
        );
        assert_eq!(check(&["Marc Knapper, the US ambassador to Vietnam, said."]), ["Marc Knapper (US, Ambassador)"]);
        assert_eq!(check(&["Hoang Quang Phong, Vice Chairman of the chamber, said."]), ["Hoang Quang Phong (VN, Vice Chairman)"]);
        assert_eq!(check(&["the US ambassador, Ted Osius, said."]), ["Ted Osius (US, Ambassador)"]);
        assert_eq!(
            check(&["He met Vietnam's minister of foreign affairs, Bui Thanh Son."]),
            ["Bui Thanh Son (VN, Minister of Foreign Affairs)"]
        );
        // Not a title set off before a name: a list, or a name that goes on.
        assert_eq!(check(&["the president, Vietnam and China agreed."]), Vec::<String>::new());
        assert_eq!(check(&["the ambassador, John Smith and others"]), Vec::<String>::new());
        // A title followed by a name is that name's, not the one before the comma.
        assert_eq!(
            check(&["the Chairman of Hanoi Nguyen Ngoc Tuan, Vietnamese Ambassador to the US Nguyen Quoc Dung"]),
            ["Nguyen Ngoc Tuan (VN, )", "Nguyen Quoc Dung (VN, Ambassador)"]
        );
        // Capitalized words before a comma and a title are not a name by themselves.
        assert_eq!(check(&["In Washington, President Joe Biden said."]), ["Joe Biden (US, President)"]);
        assert_eq!(check(&["Last Tuesday, the president said."]), Vec::<String>::new());
    }
}

mod mention_role_tests {
    use super::*;
    use crate::extract::text::tokenize;

    #[test]
    fn each_mention_keeps_the_title_given_there() {
        let texts = ["Vice President Biden hosted Trong in 2015.", "President Joe Biden visited Hanoi in 2023. Biden left."];
        let mut registry = Registry::default();
        let titled: Vec<_> = texts.iter().map(|text| registry.learn_titled(text, &tokenize(text, 0, text.len()))).collect();
        registry.seal();
        let mut roles = Vec::new();
        for (text, titled) in texts.iter().zip(&titled) {
            for m in registry.mentions(text, &tokenize(text, 0, text.len()), titled) {
                roles.push((registry.entries[m.person].display_name(), m.role(&registry.entries).map(str::to_string)));
            }
        }
        let biden = "Joe Biden".to_string();
        assert_eq!(
            roles,
            [(biden.clone(), Some("Vice President".to_string())), (biden.clone(), Some("President".to_string())), (biden, None)]
        );
    }
}
