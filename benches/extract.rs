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
use hark::extract::extract;
use hark::model::Document;

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
    match support::train_docs() {
        Some(docs) => {
            group.throughput(Throughput::Bytes(bytes(&docs)));
            group.bench_function("polnear train", |b| {
                b.iter_batched(|| docs.clone(), run_all, BatchSize::LargeInput)
            });
            let one = vec![support::train_as_one_paragraph(&docs)];
            group.throughput(Throughput::Bytes(bytes(&one)));
            group.bench_function("polnear train as one 1 MB paragraph", |b| {
                b.iter_batched(|| one.clone(), run_all, BatchSize::LargeInput)
            });
        }
        None => eprintln!("skipping PolNeAR train bench: ../shared/eval/polnear absent"),
    }
    for (name, doc) in support::pathological() {
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
