//! Hand-built documents for the library tests: quotes and speakers set by
//! hand (or from the seeds gold), so the library can be tested without the
//! extractor.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use hark::library::Library;
use hark::model::{
    Block, BlockKind, Document, Meta, Quote, QuoteKind, Speaker, SpeakerKind, TextRef, Where,
};

pub fn speaker(name: &str, aliases: &[&str], role: Option<&str>, kind: SpeakerKind) -> Speaker {
    Speaker {
        name: name.to_string(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        role: role.map(str::to_string),
        kind,
        gender: None,
        quotes: 0,
    }
}

pub fn person(name: &str, aliases: &[&str], role: Option<&str>) -> Speaker {
    speaker(name, aliases, role, SpeakerKind::Person)
}

/// A document of one paragraph per quote: `“text,” NAME said.`, the quote
/// attributed to `speakers[index]`.
pub fn hand_doc(
    path: &str,
    title: &str,
    speakers: Vec<Speaker>,
    quotes: &[(&str, usize)],
) -> Document {
    let mut source = format!("{title}\n\n");
    let mut blocks = vec![Block::verbatim(BlockKind::Title, title, 0)];
    let mut doc_quotes = Vec::new();
    for (statement, (text, who)) in quotes.iter().enumerate() {
        let start = source.len();
        let paragraph = format!("“{text}” {} said.", speakers[*who].name);
        source.push_str(&paragraph);
        source.push_str("\n\n");
        let q_start = start + "“".len();
        blocks.push(Block::verbatim(BlockKind::Paragraph, paragraph, start));
        doc_quotes.push(quote(
            blocks.len() - 1,
            start,
            q_start,
            text,
            *who,
            statement,
            QuoteKind::Direct,
            Where::Body,
        ));
    }
    let mut speakers = speakers;
    for q in &doc_quotes {
        speakers[q.speaker.unwrap()].quotes += 1;
    }
    Document {
        path: path.to_string(),
        source,
        meta: Meta {
            title: Some(title.to_string()),
            ..Meta::default()
        },
        blocks,
        quotes: doc_quotes,
        speakers,
        ..Document::default()
    }
}

#[allow(clippy::too_many_arguments)]
fn quote(
    block: usize,
    block_start: usize,
    start: usize,
    text: &str,
    speaker: usize,
    statement: usize,
    kind: QuoteKind,
    place: Where,
) -> Quote {
    let local = start - block_start;
    Quote {
        span: TextRef {
            block,
            range: local..local + text.len(),
            start,
            end: start + text.len(),
            text: text.to_string(),
        },
        kind,
        statement,
        speaker: Some(speaker),
        mention: None,
        cue: None,
        place,
        confidence: 1.0,
        mark: Some('“'),
    }
}

pub fn shared_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// The two seed articles with the quotes and speakers of the seeds gold
/// (`../shared/gold/seeds.json`), or `None` (with a message) when the
/// shared data is absent.
pub fn seed_docs() -> Option<Vec<Document>> {
    let shared = shared_dir();
    let Ok(gold) = std::fs::read_to_string(shared.join("gold/seeds.json")) else {
        eprintln!("skipping: ../shared/gold/seeds.json not found");
        return None;
    };
    let gold: serde_json::Value = serde_json::from_str(&gold).expect("gold parses");
    let mut docs = Vec::new();
    for g in gold["documents"].as_array().unwrap() {
        let file = g["file"].as_str().unwrap();
        let source = std::fs::read_to_string(shared.join("seeds").join(file)).ok()?;
        docs.push(gold_doc(file, source, g));
    }
    Some(docs)
}

fn gold_doc(file: &str, source: String, g: &serde_json::Value) -> Document {
    // Blocks: paragraphs separated by blank lines, the first non-empty the title.
    let mut blocks = Vec::new();
    let mut offset = 0;
    for part in source.split("\n\n") {
        let trimmed = part.trim();
        if !trimmed.is_empty() {
            let start = offset + part.find(trimmed).unwrap();
            let kind = if blocks.is_empty() {
                BlockKind::Title
            } else {
                BlockKind::Paragraph
            };
            blocks.push(Block::verbatim(kind, trimmed, start));
        }
        offset += part.len() + 2;
    }
    let speakers: Vec<Speaker> = g["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let name = s["name"].as_str().unwrap();
            let aliases: Vec<&str> = s["aliases"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a.as_str().unwrap())
                .collect();
            let kind = if name
                .split_whitespace()
                .any(|w| w.starts_with(char::is_lowercase))
            {
                SpeakerKind::Group
            } else {
                SpeakerKind::Person
            };
            speaker(name, &aliases, s["role"].as_str(), kind)
        })
        .collect();
    let mut quotes = Vec::new();
    for (statement, gq) in g["quotes"].as_array().unwrap().iter().enumerate() {
        let text = gq["quote"].as_str().unwrap();
        let in_title = gq["where"].as_str() == Some("headline");
        let (block, at) =
            locate(&blocks, text, in_title).unwrap_or_else(|| panic!("{text} not found"));
        let b = &blocks[block];
        let who = speakers
            .iter()
            .position(|s| s.name == gq["speaker"].as_str().unwrap())
            .unwrap();
        let kind = if gq["kind"] == "partial" {
            QuoteKind::Partial
        } else {
            QuoteKind::Direct
        };
        let place = if in_title { Where::Title } else { Where::Body };
        quotes.push(quote(
            block,
            b.source.start,
            b.source.start + at,
            text,
            who,
            statement,
            kind,
            place,
        ));
    }
    let mut speakers = speakers;
    for (k, r) in g["reported_speech"].as_array().unwrap().iter().enumerate() {
        let starts = r["starts"].as_str().unwrap();
        let name = r["speaker"].as_str().unwrap();
        let (block, at) = blocks
            .iter()
            .enumerate()
            .find_map(|(i, b)| b.text.find(starts).map(|at| (i, at)))
            .unwrap_or_else(|| panic!("{starts} not found"));
        let b = &blocks[block];
        let end = b.text[at..]
            .find(['.', '"', '“'])
            .map_or(b.text.len(), |e| at + e);
        let who = match speakers.iter().position(|s| s.name == name) {
            Some(who) => who,
            None => {
                let short = name.rsplit(' ').next().unwrap();
                let kind = if name
                    .split_whitespace()
                    .any(|w| w.starts_with(char::is_lowercase))
                {
                    SpeakerKind::Group
                } else {
                    SpeakerKind::Person
                };
                let aliases: &[&str] = if kind == SpeakerKind::Person {
                    &[short]
                } else {
                    &[]
                };
                speakers.push(speaker(name, aliases, None, kind));
                speakers.len() - 1
            }
        };
        let text = &b.text[at..end];
        let mut q = quote(
            block,
            b.source.start,
            b.source.start + at,
            text,
            who,
            100 + k,
            QuoteKind::Indirect,
            Where::Body,
        );
        q.mark = None;
        quotes.push(q);
    }
    quotes.sort_by_key(|q| q.span.start);
    for q in &quotes {
        speakers[q.speaker.unwrap()].quotes += 1;
    }
    Document {
        path: file.to_string(),
        source,
        meta: Meta {
            title: g["title"].as_str().map(str::to_string),
            date: g["date"].as_str().map(str::to_string),
            url: g["url"].as_str().map(str::to_string),
            ..Meta::default()
        },
        blocks,
        quotes,
        speakers,
        ..Document::default()
    }
}

/// The block and offset of `text` right after an opening quotation mark.
fn locate(blocks: &[Block], text: &str, in_title: bool) -> Option<(usize, usize)> {
    for (i, b) in blocks.iter().enumerate() {
        if in_title != (b.kind == BlockKind::Title) {
            continue;
        }
        for (at, _) in b.text.match_indices(text) {
            let before = b.text[..at].chars().next_back();
            if before.is_some_and(|c| matches!(c, '"' | '“' | '\'' | '‘')) {
                return Some((i, at));
            }
        }
    }
    None
}

pub fn seeds_gold() -> Option<serde_json::Value> {
    let text = std::fs::read_to_string(shared_dir().join("gold/seeds.json")).ok()?;
    serde_json::from_str(&text).ok()
}

/// Checks a library of the two seed articles against the gold's
/// `across_documents`: each same speaker once with both articles, each
/// same-statement pair found, and no other match. `path_of` maps a gold
/// file name to the library document's path.
pub fn assert_across_documents(
    lib: &hark::library::Library,
    gold: &serde_json::Value,
    path_of: impl Fn(&str) -> String,
) {
    use hark::library::QuoteId;
    let across = &gold["across_documents"];
    for name in across["same_speakers"].as_array().unwrap() {
        let name = name.as_str().unwrap();
        let found: Vec<_> = lib.speakers.iter().filter(|s| s.name == name).collect();
        let all: Vec<&str> = lib.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(found.len(), 1, "{name} once among {all:?}");
        assert_eq!(found[0].articles, [0, 1], "{name} in both articles");
    }
    let text = |id: QuoteId| lib.quote(id).unwrap().span.text.clone();
    let is_quote = |id: QuoteId, side: &serde_json::Value| {
        let file = path_of(side["file"].as_str().unwrap());
        let starts = side["quote_starts"].as_str().unwrap().to_lowercase();
        lib.documents[id.doc].path == file && text(id).to_lowercase().starts_with(&starts)
    };
    let all: Vec<String> = lib
        .matches
        .iter()
        .map(|m| format!("{} | {} | {:.3}", text(m.a), text(m.b), m.similarity))
        .collect();
    let pairs = across["same_statement"].as_array().unwrap();
    for pair in pairs {
        let found = lib.matches.iter().any(|m| {
            is_quote(m.a, &pair["a"])
                && is_quote(m.b, &pair["b"])
                && lib.speakers[m.speaker].name == pair["speaker"]
        });
        assert!(found, "missing {pair}; found {all:#?}");
    }
    assert_eq!(lib.matches.len(), pairs.len(), "{all:#?}");
}

/// A one-paragraph document whose sentences quote words in “…” marks, each
/// quote a partial attributed to `speakers[0]`.
pub fn partial_doc(path: &str, paragraph: &str, speakers: Vec<Speaker>) -> Document {
    let title = "Title";
    let start = title.len() + 2;
    let source = format!("{title}\n\n{paragraph}\n");
    let blocks = vec![
        Block::verbatim(BlockKind::Title, title, 0),
        Block::verbatim(BlockKind::Paragraph, paragraph, start),
    ];
    let mut quotes = Vec::new();
    let mut from = 0;
    while let Some(open) = paragraph[from..].find('“') {
        let q = from + open + '“'.len_utf8();
        let close = q + paragraph[q..].find('”').expect("closing mark");
        let text = &paragraph[q..close];
        quotes.push(quote(
            1,
            start,
            start + q,
            text,
            0,
            quotes.len(),
            QuoteKind::Partial,
            Where::Body,
        ));
        from = close;
    }
    let mut speakers = speakers;
    speakers[0].quotes = quotes.len();
    Document {
        path: path.to_string(),
        source,
        blocks,
        quotes,
        speakers,
        ..Document::default()
    }
}

/// The texts of each matched pair of quotes, in the library's order.
pub fn matched_texts(lib: &Library) -> Vec<(String, String)> {
    lib.matches
        .iter()
        .map(|m| {
            (
                lib.quote(m.a).unwrap().span.text.clone(),
                lib.quote(m.b).unwrap().span.text.clone(),
            )
        })
        .collect()
}
