//! Small invented articles for the extractor's phenomenon and attribution
//! tests: a title line, then blank-line paragraphs, copied verbatim.
#![allow(dead_code)] // not every test binary that includes `common` reads it

use hark::extract::extract;
use hark::model::{Block, BlockKind, Document};

/// The extracted document for `source` (first piece the title).
pub fn doc(source: &str) -> Document {
    let mut blocks = Vec::new();
    let mut at = 0;
    for (i, piece) in source.split("\n\n").enumerate() {
        let kind = if i == 0 {
            BlockKind::Title
        } else {
            BlockKind::Paragraph
        };
        if !piece.is_empty() {
            blocks.push(Block::verbatim(kind, piece, at));
        }
        at += piece.len() + 2;
    }
    let mut d = Document {
        source: source.to_string(),
        blocks,
        ..Default::default()
    };
    extract(&mut d);
    d
}
