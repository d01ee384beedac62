//! Builds the library index once over the bench's 1,000 PolNeAR train
//! articles, for a profiler: `valgrind --tool=callgrind
//! --toggle-collect='*Library*new*' target/release/examples/library_profile`
//! counts the index's instructions only (extraction runs outside it).

use std::path::Path;
use std::time::Instant;

use hark::library::Library;

const ARTICLES: usize = 1000;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/polnear/train/text");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("{} not found", dir.display());
        return;
    };
    let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
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
    let docs: Vec<_> = (0..ARTICLES)
        .map(|i| {
            let (name, text) = &texts[i % texts.len()];
            let mut doc = hark::ingest::text::parse(&format!("{i:04}-{name}"), text.clone());
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
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e6)
}
