//! The reader's own articles: text read from a file's bytes (`decode`, `html`), the shelf that
//! refuses what may not be added, with the plain message why (`shelf`, `rejection`), imports
//! reported article by article (`import`), and the versioned stored form (`stored`), read with
//! a small JSON reader of our own (`json`). Pure: no browser, no clock, no panics on anything a
//! reader gives; the page only moves strings and bytes in and out.

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

pub use article::{added_message, added_message_in, parse_date, Added, UserArticle};
pub use decode::{text_from_bytes, text_from_bytes_in, Decoded};
pub use html::html_to_text;
pub use import::{import, import_in, queue_import_in, read_import, read_import_in, Candidate, ImportQueue, ImportReport};
pub use rejection::Rejection;
pub use shelf::Shelf;
pub use stored::{load, save, Loaded};

/// A name as lists and messages show it: at most 90 characters on one line, with an ellipsis
/// when cut (a title or a first line can be megabytes long).
pub fn shorten(name: &str) -> String {
    fields::shortened(name, 90)
}

/// The largest article accepted, in bytes of text.
pub const MAX_BYTES: usize = 5_000_000;

/// The storage key; the version in it changes when the stored form does.
pub const STORAGE_KEY: &str = "vnus.articles.v1";
