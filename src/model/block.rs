use serde::{Deserialize, Serialize};
use std::ops::Range;

use super::OffsetMap;

/// One block of an article, in reading order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    /// The clean text as the reader shows it: markup removed, whitespace
    /// folded to single spaces, no newlines.
    pub text: String,
    /// Links and emphasis, as byte ranges into `text`.
    pub spans: Vec<InlineSpan>,
    /// The byte range of the whole block in [`super::Document::source`].
    pub source: Range<usize>,
    /// Maps offsets in `text` to offsets in the source.
    pub map: OffsetMap,
}

impl Block {
    /// A block whose text is a verbatim copy of `source[start..start + text.len()]`.
    pub fn verbatim(kind: BlockKind, text: impl Into<String>, start: usize) -> Self {
        let text = text.into();
        let end = start + text.len();
        Self {
            kind,
            text,
            spans: Vec::new(),
            source: start..end,
            map: OffsetMap::identity(start),
        }
    }

    /// The block as plain text shows it: the text, and a caption's photo
    /// credit after it.
    pub fn display_text(&self) -> std::borrow::Cow<'_, str> {
        match &self.kind {
            BlockKind::Caption {
                credit: Some(credit),
            } if self.text.is_empty() => credit.as_str().into(),
            BlockKind::Caption {
                credit: Some(credit),
            } => format!("{} {credit}", self.text).into(),
            _ => self.text.as_str().into(),
        }
    }

    /// Source byte range of a byte range of this block's text.
    pub fn source_range(&self, range: Range<usize>) -> Range<usize> {
        self.map.range_to_source(range)
    }

    /// True for blocks that carry the article's running text (where quotes
    /// are looked for and attributed).
    pub fn is_body(&self) -> bool {
        matches!(
            self.kind,
            BlockKind::Paragraph | BlockKind::BlockQuote | BlockKind::ListItem
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum BlockKind {
    /// The headline.
    Title,
    /// Subtitle or standfirst under the headline.
    Dek,
    Paragraph,
    Heading {
        level: u8,
    },
    /// A short line naming a photo, just before its caption.
    CaptionTitle,
    /// An image caption; the photo credit is split off its end.
    Caption {
        credit: Option<String>,
    },
    /// "Related article: …" and similar link blocks.
    Related {
        url: Option<String>,
    },
    /// "Update 03/29/22 …: This article was updated …".
    UpdateNote,
    /// Editorial notes such as "AFP contributed reporting."
    Credit,
    BlockQuote,
    ListItem,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InlineSpan {
    pub kind: InlineKind,
    /// Byte range into the block's `text`.
    pub range: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum InlineKind {
    Link { url: String },
    Emphasis,
    Strong,
}
