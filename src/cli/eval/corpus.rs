//! Reading an attribution corpus: PolNeAR's `derived/<split>.jsonl`, or its
//! brat standoff files (`<split>/text/*.txt`, `<split>/attributions/*.ann`).
//!
//! All offsets here are CHARACTER offsets, as in the corpus.

use std::collections::BTreeMap;
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::score::{GoldQuote, GoldReported, GoldSource, strip};

/// One article with its gold annotations.
#[derive(Debug, Clone)]
pub struct CorpusDoc {
    pub name: String,
    pub text: String,
    pub quotes: Vec<GoldQuote>,
    pub reported: Vec<GoldReported>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Direct,
    Mixed,
    Indirect,
}

/// One attribution relation as the corpus gives it.
#[derive(Debug, Clone)]
struct Attribution {
    sources: Vec<GoldSource>,
    content: Vec<Range<usize>>,
    /// Quotation-mark spans inside the content, marks included.
    quoted: Vec<Range<usize>>,
    kind: Kind,
}

/// Loads a split. `path` is a corpus folder (holding `derived/` or
/// `<split>/text`), a split folder (holding `text/`), or a `.jsonl` file.
pub fn load(path: &Path, split: &str) -> Result<Vec<CorpusDoc>, String> {
    if path.is_file() {
        let root = path
            .parent()
            .and_then(Path::parent)
            .unwrap_or(Path::new("."));
        return load_jsonl(path, root);
    }
    let jsonl = path.join("derived").join(format!("{split}.jsonl"));
    if jsonl.is_file() {
        return load_jsonl(&jsonl, path);
    }
    for dir in [path.join(split), path.to_path_buf()] {
        if dir.join("text").is_dir() && dir.join("attributions").is_dir() {
            return load_brat(&dir);
        }
    }
    Err(format!(
        "{}: no derived/{split}.jsonl, {split}/text or text/ folder found",
        path.display()
    ))
}

#[derive(Deserialize)]
struct JsonDoc {
    doc: String,
    text_file: String,
    attributions: Vec<JsonAttribution>,
}

type JsonSpan = (usize, usize, String);

#[derive(Deserialize)]
struct JsonAttribution {
    #[serde(default)]
    source: Vec<JsonSpan>,
    #[serde(default)]
    content: Vec<JsonSpan>,
    #[serde(default)]
    quoted_segments: Vec<JsonSpan>,
    kind: String,
}

fn load_jsonl(file: &Path, root: &Path) -> Result<Vec<CorpusDoc>, String> {
    let body = fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut docs = Vec::new();
    for (n, line) in body
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let doc: JsonDoc =
            serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", file.display(), n + 1))?;
        let text_path = root.join(&doc.text_file);
        let text =
            fs::read_to_string(&text_path).map_err(|e| format!("{}: {e}", text_path.display()))?;
        let spans = |v: &[JsonSpan]| v.iter().map(|s| s.0..s.1).collect::<Vec<_>>();
        let attributions = doc
            .attributions
            .iter()
            .map(|a| Attribution {
                sources: a
                    .source
                    .iter()
                    .map(|s| GoldSource {
                        span: s.0..s.1,
                        text: s.2.clone(),
                    })
                    .collect(),
                content: spans(&a.content),
                quoted: spans(&a.quoted_segments),
                kind: match a.kind.as_str() {
                    "direct" => Kind::Direct,
                    "mixed" => Kind::Mixed,
                    _ => Kind::Indirect,
                },
            })
            .collect();
        docs.push(build(doc.doc, text, attributions));
    }
    Ok(docs)
}

/// Gold quotes and reported speech from the attributions, per the README.
fn build(name: String, text: String, attributions: Vec<Attribution>) -> CorpusDoc {
    let chars: Vec<char> = text.chars().collect();
    // A quoted segment may sit in several (nested) attributions: one gold
    // quote, any of their sources right.
    let mut quotes: BTreeMap<(usize, usize), Vec<GoldSource>> = BTreeMap::new();
    let mut reported = Vec::new();
    for a in attributions.iter().filter(|a| !a.content.is_empty()) {
        for q in &a.quoted {
            quotes
                .entry((q.start, q.end))
                .or_default()
                .extend(a.sources.iter().cloned());
        }
        if a.kind == Kind::Indirect && !a.sources.is_empty() {
            let content: Vec<_> = a
                .content
                .iter()
                .map(|c| strip(&chars, c.clone()))
                .filter(|c| !c.is_empty())
                .collect();
            if !content.is_empty() {
                reported.push(GoldReported {
                    content,
                    sources: a.sources.clone(),
                });
            }
        }
    }
    let quotes = quotes
        .into_iter()
        .map(|((s, e), sources)| GoldQuote {
            span: strip(&chars, s..e),
            sources,
        })
        .collect();
    CorpusDoc {
        name,
        text,
        quotes,
        reported,
    }
}

/// Reads brat standoff: for each text, the first annotator's file alphabetically.
fn load_brat(dir: &Path) -> Result<Vec<CorpusDoc>, String> {
    let mut texts: Vec<PathBuf> = read_dir(&dir.join("text"))?
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    texts.sort();
    let mut anns = read_dir(&dir.join("attributions"))?;
    anns.sort();
    let mut docs = Vec::new();
    for text_path in texts {
        let stem = text_path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let prefix = format!("{stem}_");
        let Some(ann) = anns.iter().find(|p| {
            p.file_name().is_some_and(|n| {
                let n = n.to_string_lossy();
                n.starts_with(&prefix) && n.ends_with(".ann") && !n[prefix.len()..].contains('_')
            })
        }) else {
            continue;
        };
        let text =
            fs::read_to_string(&text_path).map_err(|e| format!("{}: {e}", text_path.display()))?;
        let standoff = fs::read_to_string(ann).map_err(|e| format!("{}: {e}", ann.display()))?;
        let attributions = parse_brat(&standoff, &text);
        docs.push(build(stem, text, attributions));
    }
    Ok(docs)
}

fn read_dir(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
}

/// Parses `T` (text-bound) and `E` (event) lines; continuation lines of
/// multi-line span texts and other annotation kinds are ignored.
fn parse_brat(standoff: &str, text: &str) -> Vec<Attribution> {
    let chars: Vec<char> = text.chars().collect();
    let mut spans: BTreeMap<&str, Vec<Range<usize>>> = BTreeMap::new();
    let mut events = Vec::new();
    for line in standoff.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let Some((_, offsets)) = body.split_once(' ') else {
                continue;
            };
            let ranges: Option<Vec<Range<usize>>> = offsets
                .split(';')
                .map(|piece| {
                    let (s, e) = piece.trim().split_once(' ')?;
                    Some(s.parse().ok()?..e.parse().ok()?)
                })
                .collect();
            if let Some(ranges) = ranges {
                spans.insert(id, ranges);
            }
        } else if id.starts_with('E') {
            events.push(body);
        }
    }
    let segments = quote_segments(&chars);
    let text_of = |r: &Range<usize>| {
        chars[r.start.min(chars.len())..r.end.min(chars.len())]
            .iter()
            .collect()
    };
    events
        .into_iter()
        .map(|body| {
            let (mut sources, mut content) = (Vec::new(), Vec::new());
            for arg in body.split_whitespace().skip(1) {
                let Some((role, id)) = arg.split_once(':') else {
                    continue;
                };
                let ranges = spans.get(id).cloned().unwrap_or_default();
                match role.trim_end_matches(char::is_numeric) {
                    "Source" => sources.extend(ranges.iter().map(|r| GoldSource {
                        span: r.clone(),
                        text: text_of(r),
                    })),
                    "Content" => content.extend(ranges),
                    _ => {}
                }
            }
            let quoted: Vec<Range<usize>> = segments
                .iter()
                .filter(|q| content.iter().any(|c| c.start <= q.start && q.end <= c.end))
                .cloned()
                .collect();
            let kind = if quoted.is_empty() {
                Kind::Indirect
            } else if content.iter().all(|c| {
                let c = strip(&chars, c.clone());
                quoted.iter().any(|q| q.start <= c.start && c.end <= q.end)
            }) {
                Kind::Direct
            } else {
                Kind::Mixed
            };
            Attribution {
                sources,
                content,
                quoted,
                kind,
            }
        })
        .collect()
}

/// Spans between double quotation marks (marks included), never across a
/// paragraph break: an unclosed quote ends with its paragraph.
fn quote_segments(chars: &[char]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, &c) in chars.iter().enumerate() {
        match (open, c) {
            (None, '"' | '\u{201C}') => open = Some(i),
            (Some(s), '"' | '\u{201D}') => {
                out.push(s..i + 1);
                open = None;
            }
            (Some(s), '\n') => {
                out.push(s..i);
                open = None;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brat_attributions_and_kinds() {
        let text = "Smith said that taxes rise.\n\n“No,” Jones said.\n";
        let ann = "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 26\tthat taxes rise\n\
                   E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n\
                   T4\tContent 29 34\t“No,”\nT5\tSource 35 40\tJones\n\
                   E2\tAttribution:T2 Content:T4 Source:T5\n";
        let attrs = parse_brat(ann, text);
        assert_eq!(attrs.len(), 2);
        assert_eq!(attrs[0].kind, Kind::Indirect);
        assert_eq!(attrs[0].sources[0].text, "Smith");
        assert_eq!(attrs[1].kind, Kind::Direct);
        let doc = build("t".into(), text.into(), attrs);
        assert_eq!(doc.quotes.len(), 1);
        assert_eq!(doc.quotes[0].span, 30..32);
        assert_eq!(doc.reported[0].content, vec![11..26]);
    }
}
