//! The extractor on the two bundled articles against `../shared/gold/seeds.json`:
//! exactly the gold direct and partial quotes (no more), each with its
//! speaker and kind, and the gold speakers with their roles.

use hark::extract::extract;
use hark::model::{Document, QuoteKind, Where};

mod common;
use common::seeds::gold;

/// The gold's normalisation: case, whitespace, curly vs straight marks,
/// trailing , . ; : inside the quote.
fn norm(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        })
        .collect();
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .trim_end_matches([',', '.', ';', ':'])
        .to_string()
}

fn docs() -> Vec<Document> {
    let mut docs = hark::ingest::bundled();
    for d in &mut docs {
        extract(d);
    }
    docs
}

#[test]
fn seeds_quotes_speakers_and_kinds_are_exact() {
    let Some(gold) = gold() else { return };
    let docs = docs();
    for (gdoc, doc) in gold["documents"].as_array().unwrap().iter().zip(&docs) {
        let mut want: Vec<(String, String, String)> = gdoc["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| {
                (
                    norm(q["quote"].as_str().unwrap()),
                    q["speaker"].as_str().unwrap().to_string(),
                    q["kind"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let mut got: Vec<(String, String, String)> = doc
            .quotes
            .iter()
            .filter(|q| q.kind != QuoteKind::Indirect)
            .map(|q| {
                (
                    norm(&q.span.text),
                    q.speaker
                        .map(|s| doc.speakers[s].name.clone())
                        .unwrap_or_default(),
                    q.kind.as_str().to_string(),
                )
            })
            .collect();
        want.sort();
        got.sort();
        assert_eq!(got, want, "{}", doc.path);
        // The headline quote is marked as such.
        if gdoc["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|q| q["where"] == "headline")
        {
            assert!(doc.quotes.iter().any(|q| q.place == Where::Title));
        }
    }
}

#[test]
fn seeds_speakers_have_the_gold_roles() {
    let Some(gold) = gold() else { return };
    let docs = docs();
    for (gdoc, doc) in gold["documents"].as_array().unwrap().iter().zip(&docs) {
        for gs in gdoc["speakers"].as_array().unwrap() {
            let name = gs["name"].as_str().unwrap();
            let s = doc
                .speakers
                .iter()
                .find(|s| s.name == name)
                .unwrap_or_else(|| panic!("{}: speaker {name} missing", doc.path));
            assert_eq!(
                s.role.as_deref(),
                gs["role"].as_str(),
                "{}: role of {name}",
                doc.path
            );
            for alias in gs["aliases"].as_array().unwrap() {
                let alias = alias.as_str().unwrap();
                assert!(
                    s.aliases.iter().any(|a| a == alias),
                    "{}: {name} alias {alias}",
                    doc.path
                );
            }
        }
    }
}

#[test]
fn quote_offsets_point_into_the_source() {
    for doc in docs() {
        for q in &doc.quotes {
            assert_eq!(
                &doc.source[q.span.start..q.span.end],
                q.span.text,
                "{}",
                doc.path
            );
        }
    }
}
