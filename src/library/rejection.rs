//! Why an article was not added, and the plain message the reader is given for it.

use super::MAX_BYTES;
use crate::i18n::{number_in, Key, Lang};
use std::fmt;

/// Why an article was not added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejection {
    Empty,
    /// Binary data: an image, a PDF, an archive.
    NotText,
    TooLarge { bytes: usize },
    /// The same text is already there, named by its title (or the name its head gives).
    Duplicate { of: String },
}

impl Rejection {
    /// The message in the interface's language; in English, the `Display` text.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Rejection::Empty => lang.t(Key::RejectEmpty).to_string(),
            Rejection::NotText => lang.t(Key::RejectNotText).to_string(),
            Rejection::TooLarge { bytes } => lang.f(Key::RejectTooLarge, &[&number_in(lang, *bytes as f64 / 1e6, 1), &(MAX_BYTES / 1_000_000)]),
            Rejection::Duplicate { of } => lang.f(Key::RejectDuplicate, &[of]),
        }
    }
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejection::Empty => write!(f, "There is no text to add: the article is empty."),
            Rejection::NotText => write!(f, "This is not text (it looks like an image or another binary file). Add .txt, .md or .html files, or paste the article's text."),
            Rejection::TooLarge { bytes } => write!(
                f,
                "This article is {:.1} MB; the limit is {} MB. Split it into several articles.",
                *bytes as f64 / 1e6,
                MAX_BYTES / 1_000_000
            ),
            Rejection::Duplicate { of } => write!(f, "This article is already in the history, as \u{201c}{of}\u{201d}. It was not added twice."),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages() {
        assert_eq!(Rejection::TooLarge { bytes: 6_200_000 }.to_string(), "This article is 6.2 MB; the limit is 5 MB. Split it into several articles.");
        for rejection in [Rejection::Empty, Rejection::NotText, Rejection::TooLarge { bytes: 6_200_000 }, Rejection::Duplicate { of: "Tiêu đề".into() }] {
            assert_eq!(rejection.message(Lang::En), rejection.to_string());
        }
        assert_eq!(Rejection::TooLarge { bytes: 6_200_000 }.message(Lang::Vi), "Bài báo này nặng 6,2 MB; giới hạn là 5 MB. Hãy tách thành nhiều bài.");
    }
}
