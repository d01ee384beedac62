//! Every reported-speech item of the seeds gold is found, with its speaker.

use hark::model::{Document, QuoteKind};

fn normalise(s: &str) -> String {
    s.replace(['’', '‘'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

mod common;
use common::seeds::gold;

/// The reported-speech items of `doc` as (content, speaker name).
fn reported(doc: &Document) -> Vec<(String, String)> {
    doc.quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .map(|q| {
            let speaker = q
                .speaker
                .and_then(|s| doc.speakers.get(s))
                .map_or(String::new(), |s| s.name.clone());
            let mention = q.mention.as_ref().map_or("", |m| m.text.as_str());
            (normalise(&q.span.text), format!("{speaker} <{mention}>"))
        })
        .collect()
}

#[test]
fn seeds_reported_speech_is_found_with_its_speaker() {
    let Some(gold) = gold() else { return };
    let mut docs = hark::ingest::bundled();
    for doc in &mut docs {
        hark::extract::extract(doc);
    }
    let mut missing = Vec::new();
    for (index, article) in gold["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .enumerate()
    {
        let name = article["title"].as_str().expect("title");
        // Gold documents follow the order of the bundled files.
        let doc = &docs[index];
        let found = reported(doc);
        for item in article["reported_speech"].as_array().into_iter().flatten() {
            let starts = normalise(item["starts"].as_str().expect("starts"));
            let speaker = item["speaker"].as_str().expect("speaker");
            // Found: the content, with a source mention naming the speaker.
            // The resolved speaker is the resolver's job; a mismatch there is
            // reported, not failed, here.
            let words: Vec<String> = speaker.split_whitespace().map(str::to_lowercase).collect();
            let hit = found.iter().find(|(text, who)| {
                let mention = who.split_once(" <").map_or("", |x| x.1).to_lowercase();
                let named = words.iter().any(|w| mention.contains(w.as_str()));
                let resolved = who.starts_with(&format!("{speaker} <"));
                text.starts_with(&starts) && (named || resolved)
            });
            match hit {
                None => missing.push(format!("{name}: {speaker}: {starts:?}; found {found:?}")),
                Some((_, who)) if !who.starts_with(&format!("{speaker} <")) => {
                    eprintln!("note: {starts:?} resolved to {who}, gold {speaker}")
                }
                Some(_) => {}
            }
        }
    }
    assert!(
        missing.is_empty(),
        "missing reported speech:\n{}",
        missing.join("\n")
    );
}
