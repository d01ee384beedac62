//! Corpus texts as [`Document`]s, and the extractor's output in character offsets.

use std::ops::Range;

use crate::ingest;
use crate::model::{Block, BlockKind, Document, OffsetMap, Quote, QuoteKind};

use super::score::{Predicted, strip};

/// Reads a corpus text as a plain-text article. Uses `ingest::text::parse`
/// when it yields blocks, else the same convention built here: first line
/// the headline, blank lines between paragraphs, whitespace folded.
pub fn load_text(name: &str, text: &str) -> Document {
    let doc = ingest::text::parse(name, text.to_string());
    if !doc.blocks.is_empty() {
        return doc;
    }
    let mut doc = doc;
    doc.blocks = plain_blocks(text);
    doc.meta.title = doc.blocks.first().map(|b| b.text.clone());
    doc
}

fn plain_blocks(source: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut start = 0;
    let bytes = source.as_bytes();
    let mut i = 0;
    // Paragraphs end at a blank line; the first line alone is the headline.
    while i <= bytes.len() {
        let at_end = i == bytes.len();
        let title_end = blocks.is_empty() && !at_end && bytes[i] == b'\n';
        let blank = !at_end
            && bytes[i] == b'\n'
            && source[i + 1..]
                .trim_start_matches([' ', '\t', '\r'])
                .starts_with('\n');
        if at_end || title_end || blank {
            let kind = if blocks.is_empty() {
                BlockKind::Title
            } else {
                BlockKind::Paragraph
            };
            if let Some(block) = folded_block(kind, source, start..i) {
                blocks.push(block);
            }
            start = i + 1;
        }
        i += 1;
    }
    blocks
}

/// A block whose text is `source[range]` trimmed, with whitespace runs folded to one space.
fn folded_block(kind: BlockKind, source: &str, range: Range<usize>) -> Option<Block> {
    let piece = &source[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let piece = piece.trim();
    if piece.is_empty() {
        return None;
    }
    let base = range.start + lead;
    let mut text = String::with_capacity(piece.len());
    let mut map = OffsetMap::identity(base);
    let (mut in_space, mut shift) = (false, 0);
    for (off, c) in piece.char_indices() {
        if c.is_whitespace() {
            if !in_space {
                text.push(' ');
            }
            in_space = true;
            continue;
        }
        // A new anchor only where folding has shifted the text against the source.
        if off - text.len() != shift {
            shift = off - text.len();
            map.push(text.len(), base + off);
        }
        in_space = false;
        text.push(c);
    }
    Some(Block {
        kind,
        text,
        spans: Vec::new(),
        source: base..base + piece.len(),
        map,
    })
}

/// Converts byte offsets of `text` to character offsets.
pub struct CharIndex {
    of_byte: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut of_byte = vec![0; text.len() + 1];
        let mut n = 0;
        for (b, c) in text.char_indices() {
            for slot in &mut of_byte[b..b + c.len_utf8()] {
                *slot = n;
            }
            n += 1;
        }
        of_byte[text.len()] = n;
        Self { of_byte }
    }

    pub fn char_range(&self, start: usize, end: usize) -> Range<usize> {
        let at = |b: usize| self.of_byte[b.min(self.of_byte.len() - 1)];
        at(start)..at(end)
    }
}

/// The extractor's quotes as the scorer sees them.
pub fn predictions(doc: &Document, text: &str) -> Vec<Predicted> {
    let index = CharIndex::new(text);
    let chars: Vec<char> = text.chars().collect();
    doc.quotes
        .iter()
        .map(|q: &Quote| Predicted {
            span: strip(&chars, index.char_range(q.span.start, q.span.end)),
            mark: q.mark,
            indirect: q.kind == QuoteKind::Indirect,
            mention: q.mention.as_ref().map(|m| index.char_range(m.start, m.end)),
            speaker_name: q
                .speaker
                .and_then(|s| doc.speakers.get(s))
                .map(|s| s.name.clone()),
            cue: q.cue.as_ref().map(|c| c.text.clone()),
            confidence: q.confidence,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_keep_source_offsets() {
        let src = "Head line\n\nFirst  para\nwraps “here”.\n\n\nSecond.\n";
        let blocks = plain_blocks(src);
        assert_eq!(blocks.len(), 3);
        assert_eq!(blocks[0].kind, BlockKind::Title);
        assert_eq!(blocks[1].text, "First para wraps “here”.");
        let at = blocks[1].text.find("here").unwrap();
        let r = blocks[1].source_range(at..at + 4);
        assert_eq!(&src[r], "here");
        assert_eq!(blocks[2].text, "Second.");
    }

    #[test]
    fn char_index_counts_multibyte() {
        let ix = CharIndex::new("a“b”c");
        assert_eq!(ix.char_range(1, 4), 1..2);
        assert_eq!(ix.char_range(4, 8), 2..4);
    }
}
