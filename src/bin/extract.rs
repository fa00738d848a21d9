//! `extract FILE...`: reads articles and prints the extracted model as JSON, the same
//! document the app exports. With no file, reads the embedded seed articles.

use std::process::ExitCode;
use vnus::extract::{extract, Article};

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let mut loaded: Vec<(String, String)> = Vec::new();
    for path in &paths {
        match std::fs::read(path) {
            Ok(bytes) => {
                let id = std::path::Path::new(path).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| path.clone());
                loaded.push((id, String::from_utf8_lossy(&bytes).into_owned()));
            }
            Err(error) => {
                eprintln!("extract: cannot read {path}: {error}");
                return ExitCode::from(2);
            }
        }
    }
    let articles: Vec<Article> = if paths.is_empty() {
        vnus::seeds::articles()
    } else {
        loaded.iter().map(|(id, text)| Article::new(id, text)).collect()
    };
    println!("{}", vnus::export::to_json(&extract(&articles)));
    ExitCode::SUCCESS
}
