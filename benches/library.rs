//! Building the library index for 1,000 articles (PolNeAR train texts,
//! cycled to 1,000 when fewer) against extracting them. Criterion times
//! both; then both are measured directly (CPU time, least of five) and
//! printed side by side with their ratio, which the issue wants under 10%.
//! Skips when ../shared is absent.

use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

mod support;
use hark::library::Library;
use hark::model::Document;

const ARTICLES: usize = 1000;

fn texts() -> Option<Vec<(String, String)>> {
    support::train_texts_cycled(ARTICLES)
}

fn ingest(texts: &[(String, String)]) -> Vec<Document> {
    texts
        .iter()
        .map(|(name, text)| hark::ingest::text::parse(name, text.clone()))
        .collect()
}

fn extract_all(docs: &mut [Document]) {
    for doc in docs {
        hark::extract::extract(doc);
    }
}

fn bench(c: &mut Criterion) {
    let Some(texts) = texts() else {
        eprintln!("skipping the library bench: ../shared/eval/polnear/train/text not found");
        return;
    };
    let ingested = ingest(&texts);
    let mut extracted = ingested.clone();
    extract_all(&mut extracted);
    let quotes: usize = extracted.iter().map(|d| d.quotes.len()).sum();

    let mut group = c.benchmark_group("library");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("extract_1000", |b| {
        b.iter_batched(
            || ingested.clone(),
            |mut docs| extract_all(&mut docs),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("index_1000", |b| {
        b.iter_batched(|| extracted.clone(), Library::new, BatchSize::LargeInput)
    });
    group.finish();

    // The ratio, from direct measurements: CPU time of this thread (on a
    // shared machine, wall time mostly measures the other processes), the
    // least of RUNS runs of each; copies are made and dropped off the clock.
    const RUNS: usize = 5;
    let extract_time = least_of(RUNS, || {
        let mut docs = ingested.clone();
        let clock = Clock::start();
        extract_all(&mut docs);
        (clock.stop(), docs)
    });
    let mut library = None;
    let index_time = least_of(RUNS, || {
        let docs = extracted.clone();
        let clock = Clock::start();
        let built = Library::new(docs);
        let took = clock.stop();
        (took, library.replace(built))
    });
    let library = library.expect("RUNS > 0");
    let (extract_ms, index_ms) = (extract_time * 1e3, index_time * 1e3);
    eprintln!(
        "library bench: {ARTICLES} articles, {quotes} quotes, {} speakers, {} matches\n\
         library bench: {:>10} {:>10} {:>8}  ({}, least of {RUNS})\n\
         library bench: {extract_ms:>7.1} ms {index_ms:>7.1} ms {:>7.1}%",
        library.speakers.len(),
        library.matches.len(),
        "extract",
        "index",
        "index/ex",
        Clock::KIND,
        100.0 * index_time / extract_time.max(1e-9),
    );
}

/// The least of `runs` timings (seconds); what each run returns is dropped
/// after its clock stopped.
fn least_of<T>(runs: usize, mut run: impl FnMut() -> (f64, T)) -> f64 {
    (0..runs).map(|_| run().0).fold(f64::INFINITY, f64::min)
}

/// CPU time of this thread where Linux tells it, wall time elsewhere.
struct Clock {
    cpu: Option<f64>,
    wall: Instant,
}

impl Clock {
    const KIND: &str = if cfg!(target_os = "linux") {
        "CPU time"
    } else {
        "wall time"
    };

    fn start() -> Self {
        Self {
            cpu: thread_cpu_seconds(),
            wall: Instant::now(),
        }
    }

    fn stop(self) -> f64 {
        match (self.cpu, thread_cpu_seconds()) {
            (Some(a), Some(b)) => b - a,
            _ => self.wall.elapsed().as_secs_f64(),
        }
    }
}

/// Seconds this thread has run on a CPU (Linux `/proc`), if known.
fn thread_cpu_seconds() -> Option<f64> {
    support::thread_cpu().map(|d| d.as_secs_f64())
}

criterion_group!(benches, bench);
criterion_main!(benches);
