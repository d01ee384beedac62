//! What the benches (and `examples/library_profile`) share: the PolNeAR
//! train texts read from `../shared`, and the calling thread's CPU time.
#![allow(dead_code)] // each bench uses its own part of this

use std::path::Path;
use std::time::Duration;

/// The PolNeAR train texts as (file name, text), sorted by name; `None`
/// where `../shared` is absent.
pub fn train_texts() -> Option<Vec<(String, String)>> {
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
    (!texts.is_empty()).then_some(texts)
}

/// The train texts cycled to `n` articles, each name prefixed with its
/// number so that repeats stay distinct files.
pub fn train_texts_cycled(n: usize) -> Option<Vec<(String, String)>> {
    let texts = train_texts()?;
    Some(
        (0..n)
            .map(|i| {
                let (name, text) = &texts[i % texts.len()];
                (format!("{i:04}-{name}"), text.clone())
            })
            .collect(),
    )
}

/// CPU time of the calling thread: nanoseconds on CPU from the scheduler's
/// statistics (Linux `/proc/thread-self/schedstat`), or `None` where they
/// are not available.
pub fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    (ns > 0).then(|| Duration::from_nanos(ns))
}
