//! Checks shared by the ingest formats' unit tests.

use crate::model::{BlockKind, Document};

pub fn kinds(doc: &Document) -> Vec<&BlockKind> {
    doc.blocks.iter().map(|b| &b.kind).collect()
}

/// Every space-separated word of every block maps back to the same bytes in
/// the source (blocks whose words are verbatim copies of it).
pub fn assert_offsets(doc: &Document) {
    for b in &doc.blocks {
        let mut pos = 0;
        for word in b.text.split(' ') {
            let r = b.source_range(pos..pos + word.len());
            assert_eq!(&doc.source[r], word, "in block {:?}", b.text);
            pos += word.len() + 1;
        }
    }
}
