//! What the engine knows about the titles that introduce people in English news prose about
//! Vietnam and the US: the title's words, the role to show, and which side holds it.
//! Data only; `people` matches it. Examples and counter-examples are in `people`'s tests.

/// Which side a title belongs to, when the text does not say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Only the US has it: a Secretary of State, a senator, the Trade Representative.
    Us,
    /// Only Vietnam has it among the two: the Party's General Secretary.
    Vietnam,
    /// A post both have or an American holds in these texts unless the name is Vietnamese:
    /// president, vice president, ambassador, secretary.
    Official,
    /// A post the US does not have: a prime minister or minister is Vietnamese when the name
    /// is, else of a third country the text should name.
    Minister,
    /// Says nothing of a side: "Mr.", "spokesman", "leader".
    Unknown,
}

/// One title: its folded words, the role it gives ("" for a courtesy title), its side.
pub struct Role {
    pub words: &'static [&'static str],
    pub name: &'static str,
    pub side: Side,
}

const fn role(words: &'static [&'static str], name: &'static str, side: Side) -> Role {
    Role { words, name, side }
}

/// Every title, longest first where one begins another ("deputy prime minister" before
/// "deputy"), as the first that fits is taken. A title ending in "secretary" or "minister"
/// may go on with a department: "Secretary of Commerce", "Minister of Industry and Trade".
pub const ROLES: [Role; 73] = [
    role(&["communist", "party", "general", "secretary"], "General Secretary", Side::Vietnam),
    role(&["communist", "party", "chief"], "General Secretary", Side::Vietnam),
    role(&["party", "general", "secretary"], "General Secretary", Side::Vietnam),
    role(&["party", "chief"], "General Secretary", Side::Vietnam),
    role(&["general", "secretary"], "General Secretary", Side::Vietnam),
    role(&["secretary", "general"], "General Secretary", Side::Vietnam),
    role(&["state", "president"], "President", Side::Vietnam),
    role(&["national", "assembly", "chairman"], "National Assembly Chairman", Side::Vietnam),
    role(&["national", "assembly", "chairwoman"], "National Assembly Chairwoman", Side::Vietnam),
    role(&["na", "chairman"], "National Assembly Chairman", Side::Vietnam),
    role(&["vice", "president"], "Vice President", Side::Official),
    role(&["vice", "chairman"], "Vice Chairman", Side::Unknown),
    role(&["vice", "chairwoman"], "Vice Chairwoman", Side::Unknown),
    role(&["president"], "President", Side::Official),
    role(&["deputy", "prime", "minister"], "Deputy Prime Minister", Side::Minister),
    role(&["deputy", "pm"], "Deputy Prime Minister", Side::Minister),
    role(&["deputy", "foreign", "minister"], "Deputy Foreign Minister", Side::Minister),
    role(&["deputy", "national", "security", "adviser"], "Deputy National Security Adviser", Side::Us),
    role(&["deputy", "national", "security", "advisor"], "Deputy National Security Adviser", Side::Us),
    role(&["deputy", "secretary", "of", "state"], "Deputy Secretary of State", Side::Us),
    role(&["deputy", "secretary"], "Deputy Secretary", Side::Us),
    role(&["deputy", "minister"], "Deputy Minister", Side::Minister),
    role(&["prime", "minister"], "Prime Minister", Side::Minister),
    role(&["pm"], "Prime Minister", Side::Minister),
    role(&["foreign", "minister"], "Foreign Minister", Side::Minister),
    role(&["fm"], "Foreign Minister", Side::Minister),
    role(&["defense", "minister"], "Defense Minister", Side::Minister),
    role(&["defence", "minister"], "Defence Minister", Side::Minister),
    role(&["trade", "minister"], "Trade Minister", Side::Minister),
    role(&["finance", "minister"], "Finance Minister", Side::Minister),
    role(&["minister"], "Minister", Side::Minister),
    role(&["secretary", "of", "state"], "Secretary of State", Side::Us),
    role(&["secretary", "of", "defense"], "Secretary of Defense", Side::Us),
    role(&["secretary", "of", "defence"], "Secretary of Defense", Side::Us),
    role(&["defense", "secretary"], "Secretary of Defense", Side::Us),
    role(&["defence", "secretary"], "Secretary of Defense", Side::Us),
    role(&["treasury", "secretary"], "Secretary of the Treasury", Side::Us),
    role(&["commerce", "secretary"], "Secretary of Commerce", Side::Us),
    role(&["state", "secretary"], "Secretary of State", Side::Us),
    role(&["press", "secretary"], "Press Secretary", Side::Us),
    role(&["national", "security", "adviser"], "National Security Adviser", Side::Us),
    role(&["national", "security", "advisor"], "National Security Adviser", Side::Us),
    role(&["trade", "representative"], "US Trade Representative", Side::Us),
    role(&["ustr"], "US Trade Representative", Side::Us),
    role(&["special", "presidential", "envoy"], "Special Presidential Envoy", Side::Us),
    role(&["climate", "envoy"], "Climate Envoy", Side::Us),
    role(&["special", "envoy"], "Special Envoy", Side::Official),
    role(&["envoy"], "Envoy", Side::Official),
    role(&["ambassador"], "Ambassador", Side::Official),
    // The head of a US agency: "USAID Administrator Samantha Power".
    role(&["administrator"], "Administrator", Side::Official),
    role(&["charge", "d", "'", "affaires"], "Chargé d'Affaires", Side::Official),
    role(&["senator"], "Senator", Side::Us),
    role(&["sen"], "Senator", Side::Us),
    role(&["congressman"], "Congressman", Side::Us),
    role(&["congresswoman"], "Congresswoman", Side::Us),
    role(&["representative"], "Representative", Side::Us),
    role(&["rep"], "Representative", Side::Us),
    // The head of an agency or office: "DPAA Director Kelly McKeague".
    role(&["director"], "Director", Side::Unknown),
    role(&["spokesperson"], "Spokesperson", Side::Unknown),
    role(&["spokesman"], "Spokesman", Side::Unknown),
    role(&["spokeswoman"], "Spokeswoman", Side::Unknown),
    role(&["chairman"], "Chairman", Side::Unknown),
    role(&["chairwoman"], "Chairwoman", Side::Unknown),
    role(&["speaker"], "Speaker", Side::Unknown),
    role(&["leader"], "Leader", Side::Unknown),
    role(&["admiral"], "Admiral", Side::Unknown),
    role(&["adm"], "Admiral", Side::Unknown),
    role(&["gen"], "General", Side::Unknown),
    role(&["secretary"], "Secretary", Side::Official),
    role(&["mr"], "", Side::Unknown),
    role(&["mrs"], "", Side::Unknown),
    role(&["ms"], "", Side::Unknown),
    role(&["dr"], "", Side::Unknown),
];

/// Capitalized words that name a department after "Secretary of" or "Minister of": they are
/// the role's, not the name's ("Minister of Defence Nguyen Chi Vinh").
pub const DEPARTMENT_WORDS: [&str; 44] = [
    "state", "defense", "defence", "commerce", "treasury", "agriculture", "labor", "labour", "energy",
    "education", "health", "homeland", "security", "interior", "justice", "transportation", "transport",
    "veterans", "affairs", "foreign", "industry", "trade", "finance", "planning", "investment", "public",
    "natural", "resources", "environment", "rural", "development", "information", "communications",
    "culture", "sports", "tourism", "construction", "science", "technology", "home", "invalids", "social",
    "training", "national",
];

/// Nationality words before a title that put its holder in a third country.
pub const OTHER_NATIONALITIES: [&str; 22] = [
    "korean", "chinese", "china", "japanese", "japan", "russian", "russia", "french", "british", "german",
    "australian", "indian", "thai", "cambodian", "laotian", "philippine", "indonesian", "malaysian",
    "singaporean", "un", "canadian", "taiwanese",
];
