//! Reported speech: "X said that …", "according to X, …".

use crate::model::{Document, Quote};

/// Finds reported-speech items (kind `Indirect`) with their cue and source
/// mention; `speaker` is left for the resolver.
pub fn find_reported(doc: &Document) -> Vec<Quote> {
    let _ = doc;
    Vec::new()
}
