//! What `hark speakers` and `hark compare` print: one JSON object a line,
//! or a human-readable listing.

use serde::Serialize;
use serde_json::json;

use super::{Library, QuoteId, StatementMatch, WordMatch};
use crate::model::sanitize_for_terminal;

#[derive(Serialize)]
struct RoleJson<'a> {
    file: &'a str,
    role: &'a str,
}

/// `{"name", "aliases", "roles": [{"file", "role"}], "articles", "quotes"}`
/// per speaker, most quoted first.
pub fn speakers_json(library: &Library) -> String {
    let mut out = String::new();
    for s in &library.speakers {
        let roles: Vec<RoleJson> = s
            .roles
            .iter()
            .map(|(doc, role)| RoleJson {
                file: &library.documents[*doc].path,
                role,
            })
            .collect();
        let articles: Vec<&str> = s
            .articles
            .iter()
            .map(|&d| library.documents[d].path.as_str())
            .collect();
        let line = json!({
            "name": s.name,
            "aliases": s.aliases,
            "roles": roles,
            "articles": articles,
            "quotes": s.quotes,
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

/// The speakers for a person to read.
pub fn speakers_text(library: &Library) -> String {
    let mut out = String::new();
    for s in &library.speakers {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        out.push_str(&format!(
            "{} ({}) — {} in {}\n",
            clean(&s.name),
            kind_name(s.kind),
            plural(s.quotes, "quote"),
            plural(s.articles.len(), "article"),
        ));
        if !s.aliases.is_empty() {
            let aliases: Vec<String> = s.aliases.iter().map(|a| clean(a)).collect();
            out.push_str(&format!("  also: {}\n", aliases.join("; ")));
        }
        for (doc, role) in &s.roles {
            out.push_str(&format!(
                "  {}: {}\n",
                clean(library.documents[*doc].display_source()),
                clean(role)
            ));
        }
    }
    out
}

fn kind_name(kind: crate::model::SpeakerKind) -> &'static str {
    use crate::model::SpeakerKind::*;
    match kind {
        Person => "person",
        Organization => "organization",
        Group => "group",
        Unknown => "unknown",
    }
}

/// `{"speaker", "similarity", "quotes": [{"file", "start", "end", "text"}]}`
/// per matched pair.
pub fn compare_json(library: &Library) -> String {
    let mut out = String::new();
    for m in &library.matches {
        let quotes: Vec<serde_json::Value> = [m.a, m.b]
            .into_iter()
            .map(|id| {
                let q = library.quote(id).expect("matched quotes exist");
                json!({
                    "file": library.documents[id.doc].path,
                    "start": q.span.start,
                    "end": q.span.end,
                    "text": q.span.text,
                })
            })
            .collect();
        let line = json!({
            "speaker": library.speakers[m.speaker].name,
            "similarity": rounded(m.similarity),
            "quotes": quotes,
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

fn rounded(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

/// The matched statements for a person to read: both versions, each with
/// its source, and the words the translations differ in.
pub fn compare_text(library: &Library) -> String {
    let mut out = String::new();
    for m in &library.matches {
        out.push_str(&format!(
            "{} — similarity {:.2}\n",
            clean(&library.speakers[m.speaker].name),
            m.similarity
        ));
        for id in [m.a, m.b] {
            out.push_str(&format!("  {}\n", version_line(library, id)));
        }
        let differing = differing_pairs(library, m);
        if !differing.is_empty() {
            out.push_str(&format!("  differs: {}\n", differing.join(", ")));
        }
        out.push('\n');
    }
    out
}

fn version_line(library: &Library, id: QuoteId) -> String {
    let doc = &library.documents[id.doc];
    let q = library.quote(id).expect("matched quotes exist");
    let date = doc
        .meta
        .date
        .as_deref()
        .map(|d| format!(", {d}"))
        .unwrap_or_default();
    format!(
        "{}{} [{}..{}]: “{}”",
        clean(doc.display_source()),
        clean(&date),
        q.span.start,
        q.span.end,
        clean(q.span.text.trim())
    )
}

/// "radically / drastically" for each pair of aligned words that differ.
fn differing_pairs(library: &Library, m: &StatementMatch) -> Vec<String> {
    let a = &library.quote(m.a).expect("matched quotes exist").span.text;
    let b = &library.quote(m.b).expect("matched quotes exist").span.text;
    m.words
        .iter()
        .filter(|w| w.kind != WordMatch::Same)
        .map(|w| format!("{} / {}", clean(&a[w.a.clone()]), clean(&b[w.b.clone()])))
        .collect()
}

fn clean(text: &str) -> String {
    sanitize_for_terminal(text, false).into_owned()
}
