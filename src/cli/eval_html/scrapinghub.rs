//! The ScrapingHub article-extraction benchmark: F1 over 4-token shingles of
//! the article body, for hark and for every extractor in `output/`.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use super::body_text;
use super::metrics::{aggregate, shingle_counts, tokens};
use crate::ingest::html;

/// One extractor's row of the table.
#[derive(Debug, Clone)]
pub struct Row {
    pub name: String,
    /// The extractor's version as its output file records it.
    pub version: String,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Share of pages whose token list equals the ground truth's.
    pub accuracy: f64,
}

/// The rows for hark and the stored outputs, best F1 first, and hark's
/// predictions (page id → body) for inspection.
pub fn evaluate(
    dir: &Path,
    limit: Option<usize>,
) -> Result<(Vec<Row>, BTreeMap<String, String>), String> {
    let (truth, _) = load_bodies(&dir.join("ground-truth.json"))?;
    let ids: Vec<&String> = truth.keys().take(limit.unwrap_or(usize::MAX)).collect();
    let mut ours = BTreeMap::new();
    for id in &ids {
        let body = match read_page(&dir.join("html").join(format!("{id}.html.gz"))) {
            Ok(text) => html::parse_text(id, text, Vec::new())
                .map(|doc| body_text(&doc))
                .unwrap_or_default(),
            Err(_) => String::new(),
        };
        ours.insert((*id).clone(), body);
    }
    let hark_version = concat!(env!("CARGO_PKG_VERSION"), " (dom_smoothie 0.19)");
    let mut rows = vec![row("hark", hark_version, &truth, &ids, &ours)];
    let mut outputs: Vec<_> = std::fs::read_dir(dir.join("output"))
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    outputs.sort();
    for path in outputs
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
    {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Ok((pred, version)) = load_bodies(path) {
            rows.push(row(&name, &version, &truth, &ids, &pred));
        }
    }
    rows.sort_by(|a, b| b.f1.total_cmp(&a.f1));
    Ok((rows, ours))
}

fn row(
    name: &str,
    version: &str,
    truth: &BTreeMap<String, String>,
    ids: &[&String],
    pred: &BTreeMap<String, String>,
) -> Row {
    let empty = String::new();
    let mut counts = Vec::with_capacity(ids.len());
    let mut exact = 0;
    for id in ids {
        let t = truth.get(*id).unwrap_or(&empty);
        let p = pred.get(*id).unwrap_or(&empty);
        counts.push(shingle_counts(t, p));
        if tokens(t) == tokens(p) {
            exact += 1;
        }
    }
    let (precision, recall, f1) = aggregate(&counts);
    Row {
        name: name.to_string(),
        version: version.to_string(),
        precision,
        recall,
        f1,
        accuracy: exact as f64 / ids.len().max(1) as f64,
    }
}

/// `{id: {"articleBody": …}}`, possibly wrapped as `{"version": …, "output": {…}}`.
type Bodies = (BTreeMap<String, String>, String);

fn load_bodies(path: &Path) -> Result<Bodies, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let map = match value.get("output") {
        Some(inner) if inner.is_object() => inner,
        _ => &value,
    };
    let obj = map
        .as_object()
        .ok_or_else(|| format!("{}: not a JSON object", path.display()))?;
    let version = value["version"].as_str().unwrap_or("").to_string();
    let bodies = obj
        .iter()
        .map(|(k, v)| {
            let body = v["articleBody"].as_str().unwrap_or("").to_string();
            (k.clone(), body)
        })
        .collect();
    Ok((bodies, version))
}

fn read_page(path: &Path) -> Result<String, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut text = String::new();
    flate2::read::GzDecoder::new(file)
        .read_to_string(&mut text)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(text)
}
