fn main() {
    let seeds = vnus::seeds::articles();
    for _ in 0..200 { std::hint::black_box(vnus::extract::extract(&seeds)); }
}
