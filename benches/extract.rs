//! Extraction speed: PolNeAR train texts (read from ../shared at bench time,
//! skipped when absent), the same run together as one paragraph, and three
//! pathological inputs that must stay linear.
//!
//! Run: `cargo bench --bench extract`. Criterion prints throughput in MiB/s.
//! Time is the benchmark thread's CPU time (Linux `/proc/thread-self/schedstat`,
//! wall clock elsewhere): "on one core" means what it says even on a loaded
//! machine, where wall-clock figures mostly measure the other processes.

use std::hint::black_box;

use std::time::{Duration, Instant};

mod support;

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use hark::cli::eval::document::load_text;
use hark::extract::extract;
use hark::model::Document;

fn train_docs() -> Option<Vec<Document>> {
    let texts = support::train_texts()?;
    Some(
        texts
            .iter()
            .map(|(name, text)| load_text(name, text))
            .collect(),
    )
}

/// The train texts run together as one 1 MB article with no paragraph
/// break: ordinary news, only long and unbroken (the issue's "1 MB with no
/// paragraph breaks", against which the same news in 840 articles is the
/// yardstick).
fn train_as_one_paragraph(docs: &[Document]) -> Document {
    let mut text = String::from("Title\n\n");
    for d in docs {
        for word in d.source.split_whitespace() {
            text.push_str(word);
            text.push(' ');
        }
        if text.len() >= 1 << 20 {
            break;
        }
    }
    load_text("train-one-paragraph", &text)
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
            "1 MB of quote-dense prose without paragraph breaks",
            load_text("prose", &format!("Title\n\n{prose}")),
        ),
        (
            "100 000 unclosed openings",
            load_text("unclosed", &format!("Title\n\n{unclosed}")),
        ),
    ]
}

use support::thread_cpu;

/// Criterion measurement of thread CPU time (falls back to the wall clock).
struct CpuTime;

static WALL: WallTime = WallTime;

impl Measurement for CpuTime {
    type Intermediate = (Option<Duration>, Instant);
    type Value = Duration;
    fn start(&self) -> Self::Intermediate {
        (thread_cpu(), Instant::now())
    }
    fn end(&self, (cpu, wall): Self::Intermediate) -> Duration {
        match (cpu, thread_cpu()) {
            (Some(a), Some(b)) => b.saturating_sub(a),
            _ => wall.elapsed(),
        }
    }
    fn add(&self, a: &Duration, b: &Duration) -> Duration {
        *a + *b
    }
    fn zero(&self) -> Duration {
        Duration::ZERO
    }
    fn to_f64(&self, d: &Duration) -> f64 {
        d.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        WALL.formatter()
    }
}

fn bench(c: &mut Criterion<CpuTime>) {
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    match train_docs() {
        Some(docs) => {
            group.throughput(Throughput::Bytes(bytes(&docs)));
            group.bench_function("polnear train", |b| {
                b.iter_batched(|| docs.clone(), run_all, BatchSize::LargeInput)
            });
            let one = vec![train_as_one_paragraph(&docs)];
            group.throughput(Throughput::Bytes(bytes(&one)));
            group.bench_function("polnear train as one 1 MB paragraph", |b| {
                b.iter_batched(|| one.clone(), run_all, BatchSize::LargeInput)
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

criterion_group! {
    name = benches;
    config = Criterion::default().with_measurement(CpuTime);
    targets = bench
}
criterion_main!(benches);
