//! Words that found a partnership or raise ties to one: the verbs ("established", "upgraded")
//! and the nouns English makes of them ("announced the establishment of a new Comprehensive
//! Partnership", "hailed the formulation of the comprehensive partnership in July 2013", "a
//! historic elevation of the relationship"), which news style uses as often as the verbs.

/// Verbs that set up a partnership, and their nouns of action.
pub(super) const FOUNDING: [&str; 17] = [
    "established",
    "establish",
    "establishing",
    "set",
    "upgraded",
    "upgrade",
    "formed",
    "forged",
    "announced",
    "elevated",
    // Nouns of the same acts.
    "establishment",
    "formation",
    "formulation",
    "elevation",
    "upgrading",
    "creation",
    "launch",
];
