//! Building the library index for 1,000 articles (PolNeAR train texts,
//! cycled to 1,000 when fewer) against extracting them. Ingest and extract
//! run outside the timed library part; the extraction is timed separately
//! so the ratio can be printed. Skips when ../shared is absent.

use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use hark::library::Library;
use hark::model::Document;

const ARTICLES: usize = 1000;

fn texts() -> Option<Vec<(String, String)>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/polnear/train/text");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let texts: Vec<(String, String)> = files
        .iter()
        .filter_map(|p| {
            Some((
                p.file_name()?.to_string_lossy().into_owned(),
                std::fs::read_to_string(p).ok()?,
            ))
        })
        .collect();
    if texts.is_empty() {
        return None;
    }
    Some(
        (0..ARTICLES)
            .map(|i| {
                let (name, text) = &texts[i % texts.len()];
                (format!("{i:04}-{name}"), text.clone())
            })
            .collect(),
    )
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
    let started = Instant::now();
    extract_all(&mut extracted);
    let extract_time = started.elapsed();
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

    // One direct measurement of each, for the ratio.
    let runs = 5;
    let mut index_time = Duration::ZERO;
    let mut library = None;
    for _ in 0..runs {
        let docs = extracted.clone();
        let started = Instant::now();
        library = Some(Library::new(docs));
        index_time += started.elapsed();
    }
    let index_time = index_time / runs;
    let library = library.expect("runs > 0");
    eprintln!(
        "library bench: {ARTICLES} articles, {quotes} quotes, {} speakers, {} matches; \
         extract {:.1} ms, index {:.1} ms = {:.1}% of extracting",
        library.speakers.len(),
        library.matches.len(),
        extract_time.as_secs_f64() * 1e3,
        index_time.as_secs_f64() * 1e3,
        100.0 * index_time.as_secs_f64() / extract_time.as_secs_f64().max(1e-9),
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
