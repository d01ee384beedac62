//! `hark speakers [--json] PATH...`: the library's speakers across articles.

use std::process::ExitCode;

use super::{EXIT_OK, EXIT_SKIPPED};
use crate::library::{Library, report};
use crate::model::Document;

pub fn run(json: bool, paths: &[String]) -> ExitCode {
    let (library, skipped) = load_library(paths);
    let out = if json {
        report::speakers_json(&library)
    } else {
        report::speakers_text(&library)
    };
    print!("{out}");
    ExitCode::from(if skipped { EXIT_SKIPPED } else { EXIT_OK })
}

/// Reads, extracts and indexes the articles at `paths` (the bundled ones
/// when none). Unreadable inputs are reported on stderr and skipped.
pub(crate) fn load_library(paths: &[String]) -> (Library, bool) {
    let (docs, skipped) = load_documents(paths);
    (Library::new(docs), skipped)
}

fn load_documents(paths: &[String]) -> (Vec<Document>, bool) {
    use crate::ingest;
    let mut docs = Vec::new();
    let mut skipped = false;
    if paths.is_empty() {
        for (name, text) in ingest::BUNDLED {
            docs.extend(parse_file(name, text.as_bytes()).unwrap_or_default());
        }
    }
    let mut files = Vec::new();
    for path in paths {
        let p = std::path::Path::new(path);
        if p.is_dir() {
            let mut inside: Vec<String> = std::fs::read_dir(p)
                .into_iter()
                .flatten()
                .flatten()
                .filter(|e| e.path().is_file())
                .map(|e| e.path().to_string_lossy().into_owned())
                .collect();
            inside.sort();
            files.extend(inside);
        } else {
            files.push(path.clone());
        }
    }
    for file in files {
        match std::fs::read(&file)
            .map_err(|e| e.to_string())
            .and_then(|bytes| parse_file(&file, &bytes))
        {
            Ok(parsed) => docs.extend(parsed),
            Err(e) => {
                eprintln!("hark: skipping {file}: {e}");
                skipped = true;
            }
        }
    }
    for doc in &mut docs {
        crate::extract::extract(doc);
    }
    (docs, skipped)
}

// TODO(lead): replace with ingest's shared loader once it lands.
fn parse_file(path: &str, bytes: &[u8]) -> Result<Vec<Document>, String> {
    use crate::ingest::{feed, html, markdown, text};
    let lower = path.to_ascii_lowercase();
    let as_text = || String::from_utf8_lossy(bytes).into_owned();
    let has = |exts: &[&str]| exts.iter().any(|e| lower.ends_with(e));
    if has(&[".md", ".markdown"]) {
        Ok(vec![markdown::parse(path, as_text())])
    } else if has(&[".html", ".htm"]) {
        html::parse(path, bytes).map(|d| vec![d])
    } else if has(&[".xml", ".rss", ".atom", ".feed"]) {
        feed::parse(path, bytes)
    } else {
        Ok(vec![text::parse(path, as_text())])
    }
}
