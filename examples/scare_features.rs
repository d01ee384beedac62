//! Dumps every body quotation of a PolNeAR split with the scare-quote
//! model's features and its gold label, for `tools/learn_scare.py`:
//!
//!   cargo run --release --example scare_features -- ../shared/eval/polnear train > /tmp/scare.jsonl
//!
//! A line per quotation: doc, text, features, `structural_keep`, `in_scope`
//! (opened by " or “, the marks the gold knows) and `gold`, the index of the
//! gold quote it matches by the README's rule (overlap/union ≥ 0.5) or -1.
//! The last line gives the number of gold quotes.

use std::path::Path;

use hark::cli::eval::{corpus, document, score};
use hark::extract::pipeline::candidates;
use serde_json::json;

fn main() {
    let mut args = std::env::args().skip(1);
    let root = args
        .next()
        .unwrap_or_else(|| "../shared/eval/polnear".into());
    let split = args.next().unwrap_or_else(|| "train".into());
    let docs = corpus::load(Path::new(&root), &split).expect("corpus loads");
    let mut gold_total = 0;
    for gold in &docs {
        let mut doc = document::load_text(&gold.name, &gold.text);
        let found = candidates(&mut doc);
        let index = document::CharIndex::new(&gold.text);
        let chars: Vec<char> = gold.text.chars().collect();
        for c in found {
            let block = &doc.blocks[c.block].text;
            let src = doc.blocks[c.block].source_range(c.range.clone());
            let span = score::strip(&chars, index.char_range(src.start, src.end));
            let best = gold
                .quotes
                .iter()
                .enumerate()
                .map(|(g, q)| (g, score::jaccard(&span, std::slice::from_ref(&q.span))))
                .filter(|&(_, j)| j >= 0.5)
                .max_by(|a, b| a.1.total_cmp(&b.1));
            let line = json!({
                "doc": gold.name,
                "text": &block[c.range.clone()],
                "before": tail(&block[..c.range.start], 50),
                "after": &block[c.range.end..][..head(&block[c.range.end..], 30)],
                "features": c.features.to_vec(),
                "structural_keep": c.structural_keep,
                "in_scope": score::in_scope(c.mark),
                "gold": best.map_or(-1, |(g, _)| g as i64),
            });
            println!("{line}");
        }
        gold_total += gold.quotes.len();
    }
    println!("{}", json!({ "gold_total": gold_total }));
}

/// The last `n` bytes of `s` or fewer, cut at a character boundary.
fn tail(s: &str, n: usize) -> &str {
    let mut at = s.len().saturating_sub(n);
    while !s.is_char_boundary(at) {
        at += 1;
    }
    &s[at..]
}

/// Byte length of the first `n` bytes of `s` or fewer, cut at a character boundary.
fn head(s: &str, n: usize) -> usize {
    let mut at = n.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}
