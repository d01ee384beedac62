//! The document model: plain data shared by every layer above it.
//!
//! An article is a [`Document`]: metadata, an ordered list of [`Block`]s and,
//! once `extract` has run, its [`Quote`]s and [`Speaker`]s. Every piece of text
//! keeps byte offsets into [`Document::source`], so anything a user sees can
//! be traced back to the bytes it came from.

mod block;
mod document;
mod offsets;
mod quote;
mod sanitize;
mod speaker;

pub use block::{Block, BlockKind, InlineKind, InlineSpan};
pub use document::{Document, Format, Meta};
pub use offsets::OffsetMap;
pub use quote::{Quote, QuoteKind, TextRef, Where};
pub use sanitize::sanitize_for_terminal;
pub use speaker::{Gender, Speaker, SpeakerKind};
