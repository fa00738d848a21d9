//! The articles shipped with the app, embedded at compile time by `build.rs` from `seeds/`.

use crate::extract::Article;

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// The embedded articles, ready for the engine.
pub fn articles() -> Vec<Article<'static>> {
    SEEDS.iter().map(|&(id, text)| Article::new(id, text)).collect()
}
