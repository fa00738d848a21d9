//! What the engine knows of acts between states, beyond the few it names with a fixed title:
//! event predicates grouped by category, each a head word and the words one of which must
//! stand near it ("opened" near "consulate", "lifts" near "ban", "arrived" near "carrier").
//! An act found here is told with the sentence's own words (`titles::clause_title`), so a
//! title says what the sentence says. Data, not code: a new kind of event is a row.

use super::text::Token;
use crate::model::Category;

mod names;

/// One row: any of `heads` with any of `near` within `reach` tokens either side (an empty
/// `near` means the head alone is enough).
struct Act {
    heads: &'static [&'static str],
    near: &'static [&'static str],
    reach: usize,
    category: Category,
    /// The first letters of `heads`, one bit per letter, so most words are passed over
    /// without a comparison.
    initials: u32,
}

const fn act(heads: &'static [&'static str], near: &'static [&'static str], reach: usize, category: Category) -> Act {
    Act { heads, near, reach, category, initials: initials(heads) }
}

const fn initials(words: &[&str]) -> u32 {
    let mut mask = 0;
    let mut k = 0;
    while k < words.len() {
        mask |= initial_bit(words[k].as_bytes());
        k += 1;
    }
    mask
}

/// A bit for a word's first letter (a–z), none for anything else.
const fn initial_bit(word: &[u8]) -> u32 {
    match word.first() {
        Some(&b) if b.is_ascii_lowercase() => 1 << (b - b'a'),
        _ => 0,
    }
}

const OPEN: &[&str] = &["opened", "opens", "open", "opening", "inaugurated", "inaugurates", "inaugurate", "established", "establishes", "establish", "set", "upgraded", "upgrade", "upgrades", "closed", "opened"];
const MISSIONS: &[&str] = &["embassy", "embassies", "consulate", "consulates", "office", "offices", "liaison", "center", "centre", "mission"];
const SHIPS: &[&str] = &["carrier", "warship", "warships", "destroyer", "frigate", "cutter", "cutters", "vessel", "vessels", "ship", "ships", "uss", "usns", "uscgc", "navy", "submarine"];
const LEVIES: &[&str] = &["tariff", "tariffs", "duties", "duty", "antidumping", "anti-dumping", "dumping", "quota", "quotas", "sanctions"];

/// Verbs that give a country a name: "branded", "labeled", "designated".
const DESIGNATING: &[&str] = &[
    "branded", "brands", "labeled", "labelled", "labels", "named", "names", "designated", "designates", "declared", "declares", "placed",
    "places", "called", "removed", "dropped",
];

use Category::*;

/// The table. Order matters only between rows of one sentence: the first row found wins.
const ACTS: &[Act] = &[
    // Diplomacy: missions, envoys, recognition, dialogues, letters.
    act(OPEN, MISSIONS, 7, Diplomacy),
    act(MISSIONS, &["opened", "opens", "inaugurated", "established", "upgraded"], 7, Diplomacy),
    // "completed negotiations to purchase $23.7 million site for a new embassy", a land lease
    // for an embassy signed: the mission's new home.
    act(&["embassy", "embassies", "consulate"], &["purchase", "purchased", "lease", "leased"], 9, Diplomacy),
    // Reaches past an aside: "I appointed former Congressman Pete Peterson -- himself, a former
    // prisoner of war -- to be our United States Ambassador".
    act(&["nominated", "nominates", "appointed", "appoints", "confirmed", "confirms", "named", "sworn", "credentials", "accredited"], &["ambassador", "ambassadors", "envoy", "charge"], 26, Diplomacy),
    // "The first U.S. ambassador to post-war Vietnam arrived in Hanoi": past the post's country.
    act(&["ambassador", "ambassadors"], &["became", "becomes", "arrived", "arrives", "exchanged", "exchange", "took", "takes", "presented", "presents"], 7, Diplomacy),
    act(&["recognized", "recognizes", "recognised", "recognition", "recognize"], &[], 0, Diplomacy),
    act(&["dialogue", "dialogues"], &["held", "hold", "holds", "resumed", "resumes", "launched", "launch", "first", "annual", "opened"], 4, Diplomacy),
    act(&["summit", "talks"], &["held", "hold", "holds", "holding"], 3, Diplomacy),
    act(&["meeting"], &["held", "hold", "holds", "convened", "convenes"], 7, Diplomacy),
    // "break ground on the new embassy": a mission's building begun.
    act(&["ground"], &["break", "broke", "breaks", "breaking"], 1, Diplomacy),
    act(&["groundbreaking"], MISSIONS, 6, Diplomacy),
    // Regional membership backed by the other side: "the U.S. supported Vietnam to enter APEC".
    act(&["apec"], &["enter", "entry", "join", "joined", "joins", "joining", "membership", "member", "admitted", "accession"], 5, Diplomacy),
    // "Vietnam sent the first military attaché to the United States".
    act(&["attache", "attaches"], &["first", "sent", "sends", "appointed", "appoints", "posted"], 4, Diplomacy),
    // "Zoellick exchanged letters December 10 with his Vietnamese counterpart".
    act(&["letter", "letters", "message", "messages"], &["sent", "sends", "send", "exchanged", "exchange", "exchanges", "exchanging"], 3, Diplomacy),
    act(&["roadmap"], &[], 0, Diplomacy),
    // "Le Mai and Solomon first negotiated the normalization of bilateral relations in New
    // York": talks on relations, held (talks on a pact are the pact's: trade, below).
    act(&["negotiated", "negotiate", "negotiations", "negotiating"], &["normalization", "normalisation", "normalizing", "normalising", "relations"], 6, Diplomacy),
    // "Secretary of State James Baker announces that Washington is ready to take steps toward
    // normalizing relations": a step announced, short of the normalization itself.
    act(&["announced", "announces", "announce", "declared", "declares"], &["normalizing", "normalising", "normalization", "normalisation", "normalize", "normalise"], 12, Diplomacy),
    act(&["partnership"], &["established", "establish", "announced", "announce", "announces", "upgraded", "elevated", "formed", "signed", "agreed"], 10, Diplomacy),
    act(&["travel", "ban"], &["lifts", "lifted", "lift", "lifting", "eased", "ends", "ended"], 6, Diplomacy),
    // Trade: levies, deals, PNTR, WTO, lending, investment treaties.
    act(LEVIES, &["imposed", "imposes", "impose", "announced", "announces", "paused", "pauses", "sets", "set", "slapped", "levied", "determined", "investigation", "ruled", "rules", "threatened", "raised", "cut", "lifted", "lifts"], 6, Trade),
    // A designation by the other side: "has branded Vietnam and Switzerland as currency
    // manipulators", "placed Vietnam on its currency manipulation watch list".
    act(&["manipulator", "manipulators", "manipulation"], DESIGNATING, 6, Trade),
    act(&["watch", "monitoring"], &["placed", "places", "put", "added", "adds", "removed", "removes", "dropped", "kept"], 10, Trade),
    act(&["deal", "accord"], &["trade", "tariff", "tariffs", "reached", "struck", "announced", "announces", "agreed", "clinched"], 4, Trade),
    // "has reached a trade agreement": an agreement reached is made, though not yet signed.
    act(&["agreement"], &["reached", "struck", "clinched", "concluded"], 3, Trade),
    act(&["pntr"], &[], 0, Trade),
    // "The U.S. Congress ratified the Agreement on October 3", "approved the resolution
    // ratifying the Agreement on November 28".
    act(&["ratified", "ratifies", "ratify", "ratifying", "ratification"], &["agreement", "treaty", "pact", "accord", "bta", "convention"], 6, Agreement),
    act(&["normalized", "normalised", "normalizing", "normalising", "normalization", "normalisation", "normalize", "normalise"], &["trade"], 2, Trade),
    act(&["normal"], &["permanent"], 1, Trade),
    // "declared the exemption from the Jackson-Vanik Amendment": a waiver of the emigration
    // condition on trade, granted year by year.
    act(&["jackson-vanik", "vanik"], &["waiver", "waived", "waives", "waive", "exemption", "exempted", "exempts", "lifted", "repealed", "graduated"], 6, Trade),
    act(&["wto"], &["joined", "join", "joins", "accession", "entry", "entered", "member", "membership", "admitted"], 6, Trade),
    act(&["lending", "loans"], &["resumption", "resumed", "resume", "cleared"], 6, Trade),
    act(&["treaty", "tifa"], &["investment", "negotiations", "talks", "council", "launched", "launch", "held"], 4, Trade),
    act(&["textile", "textiles"], &["agreement", "signed", "quota", "quotas"], 4, Trade),
    // Leaving a trade pact: "withdrew the United States from the Trans-Pacific Partnership".
    act(&["withdrew", "withdraws", "withdrawing", "withdrawal", "withdraw", "quit", "quits"], &["tpp", "pacific", "cptpp", "pact"], 8, Trade),
    // A joint statement of the two sides, issued on its day: "the two sides issued a joint
    // statement", "the June 2005 Joint Statement by President Bush and then Prime Minister".
    act(&["statement"], &["joint"], 1, Diplomacy),
    // A business summit or forum of the two sides, held on its day.
    act(&["summit", "forum"], &["business"], 1, Trade),
    // Defense and security: ships, handovers, memoranda.
    act(SHIPS, &["arrived", "arrives", "arriving", "docked", "docks", "port", "call", "visited", "visits", "transferred", "handed", "delivered", "leaves", "left", "departed", "anchored", "anchor", "visit"], 5, DefenseSecurity),
    // The noun of a ship's coming, past a long name: "the arrival of a former United States
    // Coast Guard cutter in Vietnam in December".
    act(&["arrival"], SHIPS, 9, DefenseSecurity),
    // "completing an historic port visit to Vietnam": the ship may be named in another clause.
    act(&["port"], &["visit", "visits", "call", "calls"], 1, DefenseSecurity),
    act(&["transferred", "handed", "handover", "delivered", "granted", "provided"], &["coast", "patrol", "boats", "vessel", "vessels", "cutter", "cutters", "aircraft"], 6, DefenseSecurity),
    act(&["defense", "defence", "military", "security"], &["memorandum", "agreement", "cooperation", "pact", "vision"], 3, DefenseSecurity),
    // War legacy.
    act(&["agent", "orange"], &["orange", "agent", "victims", "cleanup", "clean-up"], 1, WarLegacy),
    act(&["pow", "pows", "mia", "missing", "recovery", "accounting", "remains", "dioxin", "ordnance", "uxo", "landmines", "bombs", "mine"], &[], 0, WarLegacy),
    act(&["victims", "disabled"], &["war", "fund", "assistance"], 3, WarLegacy),
    // "the first joint efforts to search for missing US service members": a search is the act.
    act(&["search", "searches", "searched", "searching"], &["missing", "mia", "remains"], 3, WarLegacy),
    // Education, health, climate.
    act(&["fulbright", "scholarship", "scholarships", "university", "education", "corps"], &[], 0, Education),
    act(&["exchange", "exchanges"], &["program", "programs", "programme", "programmes", "student", "students", "educational", "academic"], 3, Education),
    act(&["health", "hiv", "aids", "pepfar", "vaccine", "vaccines", "covid", "orphans", "humanitarian", "pandemic"], &[], 0, Health),
    act(&["climate", "clean", "energy"], &["envoy", "change", "agreement", "partnership", "cooperation", "transition", "project", "program", "programme"], 3, Climate),
];

/// Verbs of doing: a row with no words of its own needs one of these near its head in
/// running prose ("the Fulbright program was launched"), since the head alone is often only a
/// topic ("students at U.S. universities", "despite the pandemic").
const DOING: &[&str] = &[
    "opened", "opens", "launched", "launches", "began", "begins", "started", "starts", "signed", "signs", "established",
    "establishes", "provided", "provides", "granted", "grants", "presented", "presents", "donated", "donates", "funded",
    "completed", "completes", "held", "holds", "announced", "announces", "arrived", "arrives", "received", "receives",
    "agreed", "agree", "inaugurated", "handed", "delivered", "awarded", "approved", "approves", "recognized",
    "recognizes", "recognised", "repatriated", "returned", "resumed", "ended", "lifted", "lifts",
];

/// Whether a sentence uses a verb of doing in the past ("launched", "signed", "announced"):
/// what an undated act needs to be dated by its story's news day.
pub fn tells_deed(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| t.folded.as_str().ends_with("ed") && t.is_any(DOING))
}

/// Heads that are also a person's title.
const TITLES: &[&str] = &["ambassador", "envoy"];

/// "Ambassador Schwab and Prime Minister Dung also exchanged views": a title before a name
/// names the person, not an exchange of ambassadors.
fn is_title_of_name(tokens: &[Token], i: usize) -> bool {
    tokens[i].capitalized && tokens[i].is_any(TITLES) && tokens.get(i + 1).is_some_and(|t| t.capitalized && t.kind == super::text::Kind::Word)
}

/// The category of the first act in `tokens[from..to]` that `allowed` lets count, with the
/// token of its head. In a chronology `item`, a row's head alone is enough.
pub fn find(tokens: &[Token], from: usize, to: usize, item: bool, allowed: &dyn Fn(usize) -> bool) -> Option<(Category, usize)> {
    let to = to.min(tokens.len());
    let bits: Vec<u32> = tokens[from.min(to)..to].iter().map(|t| initial_bit(t.folded.as_bytes())).collect();
    let present = bits.iter().fold(0, |all, b| all | b);
    for row in ACTS.iter().filter(|row| row.initials & present != 0) {
        for i in from..to {
            // A full name's first word has its initials' first letter: "World" for "wto".
            let head = bits[i - from] & row.initials != 0 && (tokens[i].is_any(row.heads) || names::names_one_of(tokens, i, row.heads));
            if !head || !allowed(i) || is_title_of_name(tokens, i) {
                continue;
            }
            let (near, reach) = if row.near.is_empty() { (DOING, 8) } else { (row.near, row.reach) };
            let lo = i.saturating_sub(reach).max(from);
            let hi = (i + reach + 1).min(to);
            let near_at = |j: usize| tokens[j].is_any(near) || names::names_one_of(tokens, j, near);
            let told = (row.near.is_empty() && (item || tokens[i].is_any(DOING))) || (lo..hi).any(|j| j != i && near_at(j));
            if told {
                return Some((row.category, i));
            }
        }
    }
    None
}

/// The category a chronology item's words suggest when no act is named: the first row whose
/// head appears, else diplomacy.
pub fn category_of(tokens: &[Token], from: usize, to: usize) -> Category {
    let to = to.min(tokens.len());
    ACTS.iter().find(|row| tokens[from..to].iter().any(|t| t.is_any(row.heads))).map_or(Diplomacy, |row| row.category)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::tokenize;

    fn category(sentence: &str) -> Option<Category> {
        let tokens = tokenize(sentence, 0, sentence.len());
        find(&tokens, 0, tokens.len(), false, &|_| true).map(|(c, _)| c)
    }

    #[test]
    fn acts_of_many_kinds_are_known() {
        let cases = [
            ("In 2009, the United States received permission to open a consulate in Da Nang", Diplomacy),
            ("In 1997, Clinton nominated Douglas Peterson as the first U.S. ambassador to Vietnam", Diplomacy),
            ("Washington lifts the ban on organized U.S. travel to Vietnam", Diplomacy),
            ("The Commerce Department set antidumping duties of 36 to 64 percent on catfish", Trade),
            ("Trump announced a trade deal with Vietnam on Wednesday", Trade),
            ("Congress approved PNTR for Vietnam in December 2006", Trade),
            ("Vietnam joined the WTO in January 2007", Trade),
            // Politico, 2017: the body named in full.
            ("On Jan. 11, 2007, Vietnam became the 150th member of the World Trade Organization", Trade),
            // Congressional Research Service, 2018: the pact named in full, past an adjective.
            ("President Trump's decision in January 2017 to withdraw the United States from the proposed Trans-Pacific Partnership (TPP) trade agreement", Trade),
            ("The aircraft carrier USS Carl Vinson arrived in Da Nang on March 5", DefenseSecurity),
            ("The cutter was officially transferred to the Vietnam Coast Guard in 2020", DefenseSecurity),
            ("The first Vietnamese Fulbright grantees arrived in 1992", Education),
            ("The Displaced Children and Orphans Fund began work in 1992", Health),
            ("The United States Office for MIA Affairs opens in Hanoi", Diplomacy),
            ("Earlier today, the foreign minister and I were able to break ground on the new U.S. embassy", Diplomacy),
            ("The two nations held the first Trade and Investment Council meeting since 2011 in Hanoi", Diplomacy),
            ("In 1996, I appointed former Congressman Pete Peterson -- himself, a former prisoner of war -- to be our United States Ambassador in Vietnam", Diplomacy),
            ("On his first day in office, the president withdrew the United States from the Trans-Pacific Partnership", Trade),
            ("The Vietnam-US Business Forum opened in Ho Chi Minh City on May 5", Trade),
            ("In 1985 the two sides made their first joint efforts to search for missing American servicemen", WarLegacy),
            ("1998: U.S. President Clinton first declared the exemption from the Jackson-Vanik Amendment Act for Vietnam", Trade),
            ("In November, at the APEC High-level Meeting in Canada, the U.S. supported Vietnam to enter APEC", Diplomacy),
            ("Vietnam sent the first military attaché to the United States", Diplomacy),
            // VCCI News, 2019.
            ("In November, Deputy Foreign Minister Le Mai and East Asia-Pacific White House Assistant Solomon first negotiated the normalization of bilateral relations in New York", Diplomacy),
            // Wikipedia (wikifwd), 2022.
            ("In 2022, Vietnam completed negotiations to purchase $23.7 million site for a new embassy location at 3330 Garfield Street", Diplomacy),
            // U.S. Embassy Hanoi, 2010.
            ("Secretary of State James Baker announces that Washington is ready to take steps toward normalizing relations with Hanoi", Diplomacy),
            ("An American warship made a rare visit to Vietnam on Tuesday", DefenseSecurity),
            // OhmyNews, 2006, and a White House release of 2006.
            ("On Friday, the two sides issued a joint statement, in which Bush applauded the milestone", Diplomacy),
            ("Looking back on the June 2005 Joint Statement by President Bush and then Prime Minister Phan Van Khai", Diplomacy),
            // U.S. Navy, 2003: the port visit told before the ship.
            ("After completing an historic port visit to Vietnam Nov. 22, the frigate departed", DefenseSecurity),
            ("President Donald Trump said Wednesday the United States has reached a trade agreement with Vietnam", Trade),
            // USINFO, 2001: a ratification.
            ("The U.S. Congress ratified the Agreement on October 3 this year", Agreement),
            ("the National Assembly of Vietnam approved the resolution ratifying the Agreement on November 28", Agreement),
            // CNN, 1997: the ambassador's arrival, past the country of his post.
            ("The first U.S. ambassador to post-war Vietnam arrived in Hanoi on Friday", Diplomacy),
            ("U.S. Trade Representative Robert B. Zoellick exchanged letters December 10 with his Vietnamese counterpart", Diplomacy),
            // DoD News, 2018.
            ("They also noted robust Coast Guard cooperation, including the arrival of a former United States Coast Guard cutter in Vietnam in December", DefenseSecurity),
            // AP, 2020, and ASEAN Today, 2021: a designation by the other side.
            ("The U.S. Treasury Department has branded Vietnam and Switzerland as currency manipulators", Trade),
            ("In May 2019, the US placed Vietnam on its currency manipulation watch list", Trade),
            ("Another US Treasury report in January 2020 placed 10 countries, including Vietnam, on its monitoring list", Trade),
        ];
        for (sentence, want) in cases {
            assert_eq!(category(sentence), Some(want), "{sentence}");
        }
    }

    #[test]
    fn words_that_name_no_act_are_not_acts() {
        for sentence in [
            "Trade between the two countries grew by 20 percent a year",
            "Vietnam is one of the most pro-American countries in Southeast Asia",
            "The ban was widely criticized",
            "The ship is 115 meters long",
            "The port of Hai Phong handled more containers than any other in the north",
            "The officials discussed the deal",
            "Despite the COVID-19 pandemic, trade grew",
            "Vietnamese students are increasingly pursuing degrees at U.S. universities",
            "The ground was hard and the meeting room was cold",
            "Embassy staff were told to buy local goods and to spend their money in town",
            "The two firms negotiated a lower price for the turbines",
            "The ministry announced that relations between the two countries were at their best",
            "Exporters gained ground in the U.S. market",
            "The troops withdrew from the border in 1979",
            "Business leaders hope the summit brings clarity",
            "Analysts search for reasons behind the slowdown",
            "Ambassador Schwab and Prime Minister Dung exchanged views on reform",
            "The Jackson-Vanik Amendment tied trade to emigration",
            "Leaders gathered in Da Nang for the APEC summit",
            "The defense attaché spoke at the reception",
            "The two sides hope to reach an agreement soon",
            "The World Trade Organization published its annual report",
            "World trade organizations met in Geneva",
            "The ratified text was published in the official gazette",
            "The letters of the alphabet were exchanged for numbers long ago in the code",
            "The ministry issued a statement on the talks",
            "The ambassador said the trade talks that began in March would go on for years and more",
            // A manipulator or a watch list talked about, not named or placed.
            "Vietnam denies currency manipulation and says it will work with US authorities",
            "Investors watch the monitoring report closely",
            // An arrival of no ship.
            "The arrival of the delegation was delayed by rain",
        ] {
            assert_eq!(category(sentence), None, "{sentence}");
        }
    }
}
