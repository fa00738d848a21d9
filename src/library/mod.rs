//! The reader's own articles: what may be added (and the plain message when not), text read
//! from the bytes of a file, HTML reduced to text, and the stored form with its versioned
//! round trip. Pure; the browser layer only moves the stored string in and out of local
//! storage.

mod article;
mod codepages;
mod decode;
mod entities;
mod fields;
mod html;
mod import;
mod json;
mod rejection;
mod shelf;
mod stored;

pub use article::{added_message, parse_date, Added, UserArticle};
pub use decode::{text_from_bytes, Decoded};
pub use html::html_to_text;
pub use import::{import, read_import, Candidate, ImportReport};
pub use rejection::Rejection;
pub use shelf::Shelf;
pub use stored::{load, save, Loaded};

/// The largest article accepted, in bytes of text.
pub const MAX_BYTES: usize = 5_000_000;

/// The storage key; the version in it changes when the stored form does.
pub const STORAGE_KEY: &str = "vnus.articles.v1";
