//! What the benches (and `examples/library_profile`) share: the PolNeAR
//! train texts read from `../shared`, and the calling thread's CPU time.
#![allow(dead_code)] // each bench uses its own part of this

use std::path::Path;
use std::time::Duration;

use hark::cli::eval::document::load_text;
use hark::model::Document;

/// The PolNeAR train texts as (file name, text), sorted by name; `None`
/// where `../shared` is absent.
pub fn train_texts() -> Option<Vec<(String, String)>> {
    split_texts("train")
}

/// The texts of a PolNeAR split (`train`, `dev`) as (file name, text),
/// sorted by name; `None` where `../shared` is absent.
pub fn split_texts(split: &str) -> Option<Vec<(String, String)>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/eval/polnear")
        .join(split)
        .join("text");
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

/// The train texts as documents, read as `hark eval` reads them.
pub fn train_docs() -> Option<Vec<Document>> {
    split_docs("train")
}

/// The texts of a PolNeAR split as documents.
pub fn split_docs(split: &str) -> Option<Vec<Document>> {
    let texts = split_texts(split)?;
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
pub fn train_as_one_paragraph(docs: &[Document]) -> Document {
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
