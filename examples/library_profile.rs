//! Builds the library index once over the bench's 1,000 PolNeAR train
//! articles, for a profiler: `valgrind --tool=callgrind
//! --toggle-collect='*Library*new*' target/release/examples/library_profile`
//! counts the index's instructions only (extraction runs outside it).

use std::time::Instant;

use hark::library::Library;

#[path = "../benches/support/mod.rs"]
mod support;

const ARTICLES: usize = 1000;

fn main() {
    let Some(texts) = support::train_texts_cycled(ARTICLES) else {
        eprintln!("PolNeAR train texts not found under ../shared");
        return;
    };
    let docs: Vec<_> = texts
        .iter()
        .map(|(name, text)| {
            let mut doc = hark::ingest::text::parse(name, text.clone());
            hark::extract::extract(&mut doc);
            doc
        })
        .collect();
    let (started, cpu) = (Instant::now(), thread_cpu_ms());
    let library = Library::new(docs);
    eprintln!(
        "index: {} speakers, {} matches in {:.1} ms ({:.1} ms CPU)",
        library.speakers.len(),
        library.matches.len(),
        started.elapsed().as_secs_f64() * 1e3,
        thread_cpu_ms() - cpu,
    );
}

/// CPU time of this thread (Linux), 0 elsewhere.
fn thread_cpu_ms() -> f64 {
    support::thread_cpu().map_or(0.0, |d| d.as_secs_f64() * 1e3)
}
