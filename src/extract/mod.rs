//! Finding quotations, reported speech and their speakers in a [`Document`].
//!
//! Knows nothing about terminals or files: it reads blocks and fills
//! `Document::quotes` and `Document::speakers`.
//!
//! Modules: `tokens` (tokenizer), `scan` (quotation marks), `cues` (cue
//! lexicon learned from PolNeAR), `mentions` (possible speakers),
//! `attribute` (cue and subject around a quote), `speakers` (mentions →
//! entities), `reported` (reported speech), `scare` (quotation or scare
//! quote / title: a small model learned from PolNeAR), `pipeline` (all
//! together).

pub mod attribute;
mod clause;
pub mod cues;
pub mod mentions;
pub mod pipeline;
mod quote_credit;
pub mod reported;
pub mod scan;
pub mod scare;
pub mod speakers;
pub mod tokens;

use crate::model::Document;

/// Finds every quotation in `doc` and attributes it: fills `doc.quotes` (in
/// reading order, all kinds, with `statement` numbers) and `doc.speakers`.
pub fn extract(doc: &mut Document) {
    pipeline::run(doc);
}
