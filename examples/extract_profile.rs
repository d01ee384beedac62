//! Runs the extractor over one of the bench's inputs, for a profiler and
//! for checking that a speed change keeps the output identical:
//!
//! `cargo build --release --example extract_profile`, then
//! `valgrind --tool=callgrind --toggle-collect='hark::extract::pipeline::run_recording'
//! target/release/examples/extract_profile train` counts the extractor's
//! instructions only; `extract_profile all --dump FILE` writes every
//! document's quotes and speakers as JSON Lines.
//!
//! Inputs: `train`, `one` (train as one 1 MB paragraph), `marks`, `prose`,
//! `unclosed` (the pathological ones), `dev` (the PolNeAR dev texts, for
//! output checks), `all` (every one of them).

use std::io::Write;

use hark::model::Document;

#[path = "../benches/support/mod.rs"]
mod support;

fn inputs(which: &str) -> Vec<(String, Vec<Document>)> {
    let mut out = Vec::new();
    let train = support::train_docs().unwrap_or_default();
    if which == "train" || which == "all" {
        out.push(("train".to_string(), train.clone()));
    }
    if (which == "one" || which == "all") && !train.is_empty() {
        out.push((
            "one".to_string(),
            vec![support::train_as_one_paragraph(&train)],
        ));
    }
    if which == "dev" || which == "all" {
        out.push((
            "dev".to_string(),
            support::split_docs("dev").unwrap_or_default(),
        ));
    }
    let names = ["marks", "prose", "unclosed"];
    for ((_, doc), name) in support::pathological().into_iter().zip(names) {
        if which == name || which == "all" {
            out.push((name.to_string(), vec![doc]));
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let which = args.first().map_or("train", String::as_str);
    let dump = args
        .iter()
        .position(|a| a == "--dump")
        .and_then(|i| args.get(i + 1));
    let mut out = dump.map(|p| std::io::BufWriter::new(std::fs::File::create(p).unwrap()));
    for (name, mut docs) in inputs(which) {
        let bytes: usize = docs.iter().map(|d| d.source.len()).sum();
        let cpu = support::thread_cpu();
        for d in &mut docs {
            hark::extract::extract(d);
        }
        let ms = match (cpu, support::thread_cpu()) {
            (Some(a), Some(b)) => (b - a).as_secs_f64() * 1e3,
            _ => 0.0,
        };
        eprintln!("{name}: {bytes} bytes in {ms:.1} ms CPU");
        if let Some(w) = out.as_mut() {
            for d in &docs {
                let line = serde_json::json!({
                    "input": name,
                    "title": d.meta.title,
                    "quotes": d.quotes,
                    "speakers": d.speakers,
                });
                writeln!(w, "{line}").unwrap();
            }
        }
    }
}
