//! Extraction speed: PolNeAR train texts (read from ../shared at bench time,
//! skipped when absent) and three pathological inputs that must stay linear.
//!
//! Run: `cargo bench --bench extract`. Criterion prints throughput in MiB/s.

use std::hint::black_box;
use std::path::Path;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use hark::cli::eval::document::load_text;
use hark::extract::extract;
use hark::model::Document;

fn train_docs() -> Option<Vec<Document>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/polnear/train/text");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    let docs: Vec<Document> = paths
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            Some(load_text(&p.display().to_string(), &text))
        })
        .collect();
    (!docs.is_empty()).then_some(docs)
}

fn bytes(docs: &[Document]) -> u64 {
    docs.iter().map(|d| d.source.len() as u64).sum()
}

/// Extracts every document (ingestion and the copy of the input stay out
/// of the timing: `iter_batched` prepares the copies).
fn run_all(mut docs: Vec<Document>) -> Vec<Document> {
    for d in &mut docs {
        extract(d);
        black_box(&d.quotes);
    }
    docs
}

/// The three inputs that must not be slower per byte than news.
pub fn pathological() -> Vec<(&'static str, Document)> {
    let mb = 1 << 20;
    let marks = "\"".repeat(mb);
    let mut prose = String::with_capacity(mb + 200);
    while prose.len() < mb {
        prose.push_str("\"We will win,\" Smith said, \"and soon.\" The minister told reporters that talks would go on, and 'drastically' so. ");
    }
    let unclosed = "“a ".repeat(100_000);
    vec![
        (
            "1 MB of \" marks",
            load_text("marks", &format!("Title\n\n{marks}")),
        ),
        (
            "1 MB without paragraph breaks",
            load_text("prose", &format!("Title\n\n{prose}")),
        ),
        (
            "100 000 unclosed openings",
            load_text("unclosed", &format!("Title\n\n{unclosed}")),
        ),
    ]
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    match train_docs() {
        Some(docs) => {
            group.throughput(Throughput::Bytes(bytes(&docs)));
            group.bench_function("polnear train", |b| {
                b.iter_batched(|| docs.clone(), run_all, BatchSize::LargeInput)
            });
        }
        None => eprintln!("skipping PolNeAR train bench: ../shared/eval/polnear absent"),
    }
    for (name, doc) in pathological() {
        let docs = vec![doc];
        group.throughput(Throughput::Bytes(bytes(&docs)));
        group.bench_function(name, |b| {
            b.iter_batched(|| docs.clone(), run_all, BatchSize::LargeInput)
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
