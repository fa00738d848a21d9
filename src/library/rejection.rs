//! Why an article was not added, and the plain message the reader is given for it.

use super::MAX_BYTES;
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
    }
}
