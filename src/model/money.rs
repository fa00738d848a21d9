//! Money as the articles state it: whole US dollars, with the hedge the writer put on them.


/// The hedge on a figure: "over", "nearly", "about" or none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(test, derive(serde::Serialize))]
#[cfg_attr(test, serde(rename_all = "snake_case"))]
pub enum Qualifier {
    Exact,
    /// "over", "more than", "above": the true value is at least this.
    Over,
    /// "nearly", "almost", "under": the true value is at most this.
    Nearly,
    /// "about", "around", "some", "roughly".
    About,
}

impl Qualifier {
    /// The hedge in the interface's language ("hơn", "gần", "khoảng").
    pub fn label_in(self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::Key;
        match self {
            Qualifier::Exact => "",
            Qualifier::Over => lang.t(Key::HedgeOver),
            Qualifier::Nearly => lang.t(Key::HedgeNearly),
            Qualifier::About => lang.t(Key::HedgeAbout),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::Over => "over",
            Qualifier::Nearly => "nearly",
            Qualifier::About => "about",
        }
    }
}

/// What a money figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(test, derive(serde::Serialize))]
#[cfg_attr(test, serde(rename_all = "snake_case"))]
pub enum Measure {
    TwoWayTrade,
    VnExportsToUs,
    UsExportsToVn,
    UsInvestmentInVn,
    /// Aid, project funding and other money that is not trade.
    Aid,
    Other,
}

impl Measure {
    /// What is measured, in the interface's language.
    pub fn label_in(self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::Key;
        lang.t(match self {
            Measure::TwoWayTrade => Key::MeasureTrade,
            Measure::VnExportsToUs => Key::MeasureVnExports,
            Measure::UsExportsToVn => Key::MeasureUsExports,
            Measure::UsInvestmentInVn => Key::MeasureInvestment,
            Measure::Aid => Key::MeasureAid,
            Measure::Other => Key::MeasureOther,
        })
    }

    pub fn label(self) -> &'static str {
        match self {
            Measure::TwoWayTrade => "Two-way trade",
            Measure::VnExportsToUs => "Vietnam's exports to the US",
            Measure::UsExportsToVn => "US exports to Vietnam",
            Measure::UsInvestmentInVn => "US investment in Vietnam",
            Measure::Aid => "Aid and project funding",
            Measure::Other => "Other",
        }
    }
}

/// Formats whole dollars the way the articles do: "451 million", "123.86 billion".
pub fn format_usd(value: u64) -> String {
    let (unit, name) = if value >= 1_000_000_000 {
        (1_000_000_000u64, "billion")
    } else if value >= 1_000_000 {
        (1_000_000, "million")
    } else {
        return format!("US${value}");
    };
    // Rounded to the hundredth, not cut: 111,585,585,586 is "111.59 billion".
    let hundredths_total = (value as u128 * 100 + unit as u128 / 2) / unit as u128;
    let whole = (hundredths_total / 100) as u64;
    let hundredths = (hundredths_total % 100) as u64;
    if hundredths == 0 {
        format!("US${whole} {name}")
    } else if hundredths % 10 == 0 {
        format!("US${whole}.{} {name}", hundredths / 10)
    } else {
        format!("US${whole}.{hundredths:02} {name}")
    }
}

#[cfg(test)]
mod tests {
    use super::format_usd;

    #[test]
    fn formats_like_the_articles() {
        assert_eq!(format_usd(451_000_000), "US$451 million");
        assert_eq!(format_usd(123_860_000_000), "US$123.86 billion");
        assert_eq!(format_usd(51_200_000_000), "US$51.2 billion");
        assert_eq!(format_usd(17), "US$17");
        assert_eq!(format_usd(111_585_585_586), "US$111.59 billion");
        assert_eq!(format_usd(999_996_000), "US$1000 million");
    }
}
