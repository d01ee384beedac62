//! Mozilla Readability's test pages: title and byline against
//! `expected-metadata.json`, body tokens against `expected.html`.

use std::path::Path;

use super::content_text;
use super::metrics::token_f1;
use crate::ingest::html;

/// One test page's outcome.
#[derive(Debug, Clone)]
pub struct PageResult {
    pub name: String,
    pub title_ok: bool,
    pub byline_ok: bool,
    pub f1: f64,
    pub error: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub pages: usize,
    pub titles: usize,
    pub bylines: usize,
    pub mean_f1: f64,
    pub results: Vec<PageResult>,
}

/// Scores every case under `dir` (`…/mozilla-readability-test-pages/test-pages`),
/// or only the first `limit` cases in name order.
pub fn evaluate(dir: &Path, limit: Option<usize>) -> Result<Summary, String> {
    let mut cases: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("source.html").is_file())
        .collect();
    cases.sort();
    if let Some(limit) = limit {
        cases.truncate(limit);
    }
    let results: Vec<PageResult> = cases.iter().map(|case| score_case(case)).collect();
    let n = results.len();
    Ok(Summary {
        pages: n,
        titles: results.iter().filter(|r| r.title_ok).count(),
        bylines: results.iter().filter(|r| r.byline_ok).count(),
        mean_f1: results.iter().map(|r| r.f1).sum::<f64>() / n.max(1) as f64,
        results,
    })
}

fn score_case(case: &Path) -> PageResult {
    let name = case
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let read = |f: &str| std::fs::read(case.join(f)).unwrap_or_default();
    let expected_meta: serde_json::Value =
        serde_json::from_slice(&read("expected-metadata.json")).unwrap_or_default();
    let expected_title = expected_meta["title"].as_str().map(html::clean_line);
    let expected_byline = expected_meta["byline"].as_str().map(html::clean_line);
    let expected_html = String::from_utf8_lossy(&read("expected.html")).into_owned();
    let expected_text = dom_query::Document::from(expected_html)
        .root()
        .text()
        .to_string();
    match html::parse(&name, &read("source.html")) {
        Ok(doc) => PageResult {
            title_ok: doc.meta.title == expected_title.filter(|t| !t.is_empty()),
            byline_ok: doc.meta.byline == expected_byline.filter(|b| !b.is_empty()),
            f1: token_f1(&expected_text, &content_text(&doc)),
            name,
            error: None,
        },
        Err(e) => PageResult {
            name,
            title_ok: false,
            byline_ok: false,
            f1: 0.0,
            error: Some(e),
        },
    }
}
