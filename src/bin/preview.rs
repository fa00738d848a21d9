//! `preview [WIDTH HEIGHT]`: prints the trade chart of the seed articles as SVG, by the same
//! chart code the page draws with, 1200×630 by default. The post-build hook turns it into the
//! share preview image (`preview.png`, scripts/assets.mjs).

use std::process::ExitCode;
use vnus::charts::trade::{to_svg, Scale};
use vnus::extract::extract;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let size = match args.as_slice() {
        [] => Some((1200, 630)),
        [width, height] => width.parse().ok().zip(height.parse().ok()),
        _ => None,
    };
    let Some((width, height)) = size else {
        eprintln!("usage: preview [WIDTH HEIGHT]");
        return ExitCode::from(2);
    };
    let model = extract(&vnus::seeds::articles());
    println!("{}", to_svg(&model, Scale::Log, width, height));
    ExitCode::SUCCESS
}
