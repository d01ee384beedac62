use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A piece of an article's text: where it is in its block and in the source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextRef {
    /// Index into `Document::blocks`.
    pub block: usize,
    /// Byte range in that block's `text`.
    pub range: Range<usize>,
    /// Byte range in `Document::source`.
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// One quotation span. An utterance split by its attribution or continued
/// over paragraphs is several `Quote`s sharing one `statement` number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted content, marks excluded (for `Indirect`: the content clause).
    pub span: TextRef,
    pub kind: QuoteKind,
    /// Quotes of one utterance share this number (0-based, per article).
    pub statement: usize,
    /// Index into `Document::speakers`.
    pub speaker: Option<usize>,
    /// The mention the attribution rests on ("Fomin", "he", "the Kremlin").
    pub mention: Option<TextRef>,
    /// The cue ("said", "according to").
    pub cue: Option<TextRef>,
    pub place: Where,
    /// How sure the attribution is, 0..=1.
    pub confidence: f32,
    /// The opening quotation mark, `None` for reported speech.
    pub mark: Option<char>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A quoted sentence or clause.
    Direct,
    /// A word or phrase quoted inside the writer's own sentence.
    Partial,
    /// Reported speech: "X said that …".
    Indirect,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Where {
    Title,
    Body,
    Caption,
}

impl Where {
    pub fn as_str(self) -> &'static str {
        match self {
            Where::Title => "title",
            Where::Body => "body",
            Where::Caption => "caption",
        }
    }
}
