//! What the page and its background reader (the `reader` worker) say to each other: a job
//! (the articles to read, numbered) and the reply (the model), in the compact binary form of
//! `codec`. Pure Rust, so both sides and the native tests share one definition.
//!
//! The reply leaves out every quote that is only a sentence of an article (sources, trade
//! figures, growth claims): the page holds the texts, and cutting them out again there is
//! cheaper than sending a megabyte article back in thousands of copies.

#[macro_use]
pub mod codec;

use crate::extract::{extract, Article};
use crate::model::{Model, PartialDate};
use codec::{decode, encode, Codec};

/// The reader's first message: it is listening.
pub const READY: &str = "ready";

/// The articles to read. `generation` numbers the job, so a reply to a job that a newer one
/// has replaced is recognised and dropped.
#[derive(Debug, PartialEq)]
pub struct Job {
    pub generation: u32,
    pub articles: Vec<JobArticle>,
}

#[derive(Debug, PartialEq)]
pub struct JobArticle {
    pub id: String,
    pub text: String,
    pub title: Option<String>,
    pub published: Option<PartialDate>,
}

#[derive(Debug, PartialEq)]
pub struct Reply {
    pub generation: u32,
    /// The model, or what went wrong with the job.
    pub model: Result<Model, String>,
}

codec!(Job { generation, articles });
codec!(JobArticle { id, text, title, published });
codec!(Reply { generation, model });

impl Job {
    pub fn new(generation: u32, articles: &[Article]) -> Self {
        let articles = articles
            .iter()
            .map(|a| JobArticle { id: a.id.to_string(), text: a.text.to_string(), title: a.title.map(str::to_string), published: a.published })
            .collect();
        Job { generation, articles }
    }

    /// The job as it crosses to the reader: bytes, whose buffer is handed over, not copied.
    pub fn to_bytes(&self) -> Vec<u8> {
        encode(self)
    }
}

/// The reader's side: a job in, the reply out, both as bytes. Never fails: a job that cannot
/// be read gets a reply saying so.
pub fn answer(job: &[u8]) -> Vec<u8> {
    let reply = match decode::<Job>(job) {
        Some(job) => {
            let articles: Vec<Article> = job
                .articles
                .iter()
                .map(|a| Article { id: &a.id, text: &a.text, title: a.title.as_deref(), published: a.published })
                .collect();
            let mut model = extract(&articles);
            strip_quotes(&mut model);
            Reply { generation: job.generation, model: Ok(model) }
        }
        None => Reply { generation: 0, model: Err("the background reader could not read its job".to_string()) },
    };
    encode(&reply)
}

/// The page's side: the reply read back, with the quotes cut again from `texts` (document
/// id, text). A quote whose span does not fit its text is left empty rather than guessed.
pub fn read_reply(reply: &[u8], texts: &[(String, String)]) -> Result<(u32, Model), String> {
    let reply: Reply = decode(reply).ok_or_else(|| "the background reader's answer could not be read".to_string())?;
    let mut model = reply.model?;
    // By id: a reply from thousands of articles holds thousands of quotes to cut.
    // Indices, so this map is the same compiled type as the articles panel's.
    let by_id: std::collections::HashMap<&str, usize> = texts.iter().enumerate().map(|(i, (id, _))| (id.as_str(), i)).collect();
    let text_of = |doc: &str| by_id.get(doc).map(|&i| texts[i].1.as_str());
    let cut = |doc: &str, start: usize, end: usize| text_of(doc).and_then(|t| t.get(start..end)).unwrap_or_default().to_string();
    for source in model.events.iter_mut().flat_map(|e| e.sources.iter_mut()) {
        source.quote = cut(&source.doc, source.start, source.end);
    }
    for figure in &mut model.trade {
        figure.quote = cut(&figure.doc, figure.start, figure.end);
    }
    for claim in &mut model.growth {
        claim.quote = cut(&claim.doc, claim.start, claim.end);
    }
    Ok((reply.generation, model))
}

fn strip_quotes(model: &mut Model) {
    for source in model.events.iter_mut().flat_map(|e| e.sources.iter_mut()) {
        source.quote.clear();
    }
    for figure in &mut model.trade {
        figure.quote.clear();
    }
    for claim in &mut model.growth {
        claim.quote.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_model_read_in_the_background_is_the_model_read_here() {
        let seeds = crate::seeds::articles();
        let texts: Vec<(String, String)> = seeds.iter().map(|a| (a.id.to_string(), a.text.to_string())).collect();
        let job = Job::new(7, &seeds).to_bytes();
        let reply = answer(&job);
        assert!(reply.len() < serde_json::to_vec(&extract(&seeds)).unwrap().len() / 3, "{} bytes: quotes are not sent back", reply.len());
        let (generation, model) = read_reply(&reply, &texts).unwrap();
        assert_eq!(generation, 7);
        assert_eq!(model, extract(&seeds));
    }

    #[test]
    fn a_reader_s_title_and_date_travel_with_the_job() {
        let text = "The two sides signed a memorandum on education in March.";
        let published = PartialDate::day(2024, 5, 2);
        let articles = [Article { id: "user-1", text, title: Some("Mine"), published }];
        let job = Job::new(1, &articles).to_bytes();
        let (_, model) = read_reply(&answer(&job), &[("user-1".to_string(), text.to_string())]).unwrap();
        assert_eq!(model, extract(&articles));
        assert_eq!(model.documents[0].title.as_deref(), Some("Mine"));
    }

    #[test]
    fn bad_messages_get_a_message_not_a_panic() {
        let (generation, error) = match read_reply(&answer(b"not json"), &[]) {
            Ok(_) => panic!("a job that is not JSON was read"),
            Err(e) => (0, e),
        };
        assert_eq!(generation, 0);
        assert!(error.starts_with("the background reader could not read its job"), "{error}");
        assert!(read_reply(&[1, 0], &[]).unwrap_err().starts_with("the background reader's answer could not be read"));
    }
}
