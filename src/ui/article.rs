//! An article made ready for the screen, once per document: header lines,
//! sanitised block texts, and the styled ranges (quotes, attributions,
//! emphasis) as flat non-overlapping marks. Width-independent; see `wrap`.

use super::theme::Look;
use crate::model::{BlockKind, Document, InlineKind, TextRef, sanitize_for_terminal};
use std::ops::Range;

/// Inline style flags of a mark.
pub mod flags {
    pub const EMPHASIS: u8 = 1;
    pub const STRONG: u8 = 2;
    pub const LINK: u8 = 4;
    pub const DIM: u8 = 8;
    /// The speaker mention or cue of an attribution.
    pub const ATTRIBUTION: u8 = 16;
}

/// A styled stretch of a block's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub range: Range<usize>,
    /// The innermost quotation covering this stretch (index into `Document::quotes`).
    pub quote: Option<usize>,
    pub flags: u8,
}

/// One block as the reader shows it.
#[derive(Debug, Clone)]
pub struct TextBlock {
    pub look: Look,
    /// Sanitised: no control characters or escape sequences.
    pub text: String,
    /// Sorted, non-overlapping.
    pub marks: Vec<Mark>,
}

impl TextBlock {
    fn plain(look: Look, text: &str) -> Self {
        Self {
            look,
            text: sanitize_for_terminal(text, false).into_owned(),
            marks: Vec::new(),
        }
    }

    /// What is drawn before the first row and before the others.
    pub fn prefix(&self) -> (&'static str, &'static str) {
        match self.look {
            Look::ListItem => ("• ", "  "),
            Look::BlockQuote => ("│ ", "│ "),
            Look::Related => ("→ ", "  "),
            _ => ("", ""),
        }
    }

    /// True for the short lines under the headline (kept together, no gaps).
    pub fn is_header_line(&self) -> bool {
        matches!(self.look, Look::Meta | Look::Url | Look::Rule)
    }
}

/// Where a piece of the document sits in the prepared blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spot {
    pub block: usize,
    pub range: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct Article {
    pub blocks: Vec<TextBlock>,
    /// Indices into `Document::quotes`, in reading order.
    pub order: Vec<usize>,
    /// For each quote of the document, where its text is (None if its
    /// reference points outside the article).
    pub quote_at: Vec<Option<Spot>>,
    /// For each quote of the document, its position in `order`.
    pub rank: Vec<Option<usize>>,
}

/// A style layer before the sweep flattens the layers into marks.
#[derive(Debug, Clone, Copy)]
enum Layer {
    Quote(usize),
    Flag(u8),
}

impl Article {
    pub fn prepare(doc: &Document) -> Self {
        let mut builder = Builder::default();
        let leading = doc
            .blocks
            .iter()
            .take_while(|b| matches!(b.kind, BlockKind::Title | BlockKind::Dek))
            .count();
        let has_title = doc.blocks.iter().any(|b| b.kind == BlockKind::Title);
        if !has_title && let Some(title) = &doc.meta.title {
            builder.push_plain(Look::Headline, title);
        }
        let mut block_map = vec![0; doc.blocks.len()];
        for (i, block) in doc.blocks.iter().enumerate() {
            if i == leading {
                builder.push_header(doc);
            }
            block_map[i] = builder.push_block(block);
        }
        if leading == doc.blocks.len() {
            builder.push_header(doc);
        }

        let locate = |r: &TextRef, b: &Builder| -> Option<Spot> {
            let block = *block_map.get(r.block)?;
            let (remap, len) = (&b.remaps[block], doc.blocks[r.block].text.len());
            let range = clamp_range(&doc.blocks[r.block].text, r.range.clone(), len)?;
            Some(Spot {
                block,
                range: remap.map(range.start)..remap.map(range.end),
            })
        };
        let mut quote_at = Vec::with_capacity(doc.quotes.len());
        for (q, quote) in doc.quotes.iter().enumerate() {
            let spot = locate(&quote.span, &builder);
            if let Some(spot) = &spot {
                builder.layers[spot.block].push((spot.range.clone(), Layer::Quote(q)));
            }
            for r in [&quote.mention, &quote.cue].into_iter().flatten() {
                if let Some(at) = locate(r, &builder) {
                    builder.layers[at.block].push((at.range, Layer::Flag(flags::ATTRIBUTION)));
                }
            }
            quote_at.push(spot);
        }

        let mut order: Vec<usize> = (0..doc.quotes.len())
            .filter(|&q| quote_at[q].is_some())
            .collect();
        order.sort_by_key(|&q| {
            let spot = quote_at[q].as_ref().map(|s| (s.block, s.range.start));
            (spot, q)
        });

        let mut rank = vec![None; doc.quotes.len()];
        for (i, &q) in order.iter().enumerate() {
            rank[q] = Some(i);
        }
        let mut blocks = builder.blocks;
        for (block, layers) in blocks.iter_mut().zip(builder.layers) {
            block.marks = flatten(layers);
        }
        Article {
            blocks,
            order,
            quote_at,
            rank,
        }
    }
}

#[derive(Default)]
struct Builder {
    blocks: Vec<TextBlock>,
    remaps: Vec<Remap>,
    layers: Vec<Vec<(Range<usize>, Layer)>>,
}

impl Builder {
    fn push_plain(&mut self, look: Look, text: &str) {
        self.blocks.push(TextBlock::plain(look, text));
        self.remaps.push(Remap::default());
        self.layers.push(Vec::new());
    }

    /// The date, byline and URL under the headline, and a rule.
    fn push_header(&mut self, doc: &Document) {
        let meta = &doc.meta;
        let has_dek = doc.blocks.iter().any(|b| b.kind == BlockKind::Dek);
        if !has_dek && let Some(dek) = &meta.dek {
            self.push_plain(Look::Dek, dek);
        }
        let line: Vec<&str> = [&meta.date, &meta.byline, &meta.outlet]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if !line.is_empty() {
            self.push_plain(Look::Meta, &line.join(" · "));
        }
        if let Some(url) = &meta.url {
            self.push_plain(Look::Url, url);
        }
        if !self.blocks.is_empty() {
            self.push_plain(Look::Rule, "");
        }
    }

    /// Adds a document block; returns its prepared index.
    fn push_block(&mut self, block: &crate::model::Block) -> usize {
        let sanitized = sanitize_for_terminal(&block.text, false);
        let remap = Remap::new(&block.text, &sanitized);
        let mut text = sanitized.into_owned();
        let mut layers = Vec::new();
        for span in &block.spans {
            let flag = match span.kind {
                InlineKind::Link { .. } => flags::LINK,
                InlineKind::Emphasis => flags::EMPHASIS,
                InlineKind::Strong => flags::STRONG,
            };
            if let Some(r) = clamp_range(&block.text, span.range.clone(), block.text.len()) {
                layers.push((remap.map(r.start)..remap.map(r.end), Layer::Flag(flag)));
            }
        }
        if let BlockKind::Caption {
            credit: Some(credit),
        } = &block.kind
        {
            if !text.is_empty() {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(&sanitize_for_terminal(credit, false));
            layers.push((start..text.len(), Layer::Flag(flags::DIM)));
        }
        self.blocks.push(TextBlock {
            look: look_of(&block.kind),
            text,
            marks: Vec::new(),
        });
        self.remaps.push(remap);
        self.layers.push(layers);
        self.blocks.len() - 1
    }
}

fn look_of(kind: &BlockKind) -> Look {
    match kind {
        BlockKind::Title => Look::Headline,
        BlockKind::Dek => Look::Dek,
        BlockKind::Paragraph => Look::Body,
        BlockKind::Heading { .. } => Look::Heading,
        BlockKind::CaptionTitle => Look::CaptionTitle,
        BlockKind::Caption { .. } => Look::Caption,
        BlockKind::Related { .. } => Look::Related,
        BlockKind::UpdateNote => Look::Update,
        BlockKind::Credit => Look::Credit,
        BlockKind::BlockQuote => Look::BlockQuote,
        BlockKind::ListItem => Look::ListItem,
    }
}

/// Keeps a range inside `text` and on character boundaries; None if empty
/// or reversed. Offsets from other layers must never panic the reader.
fn clamp_range(text: &str, range: Range<usize>, len: usize) -> Option<Range<usize>> {
    let mut start = range.start.min(len);
    let mut end = range.end.min(len);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    (start < end).then_some(start..end)
}

/// Byte offsets in a block's clean text → offsets in its sanitised text.
/// Sanitising swaps single characters (a control for U+FFFD), so the two
/// texts agree char by char; only byte positions can move.
#[derive(Debug, Clone, Default)]
struct Remap {
    /// (clean offset, sanitised offset) at each char boundary, when they differ.
    points: Option<Vec<(usize, usize)>>,
}

impl Remap {
    fn new(clean: &str, sanitized: &str) -> Self {
        if clean.len() == sanitized.len() {
            return Self::default();
        }
        let mut points: Vec<(usize, usize)> = clean
            .char_indices()
            .map(|(i, _)| i)
            .zip(sanitized.char_indices().map(|(i, _)| i))
            .collect();
        points.push((clean.len(), sanitized.len()));
        Self {
            points: Some(points),
        }
    }

    fn map(&self, offset: usize) -> usize {
        match &self.points {
            None => offset,
            Some(points) => {
                let i = points.partition_point(|p| p.0 <= offset);
                points[i.saturating_sub(1)].1
            }
        }
    }
}

/// Flattens overlapping layers into sorted, non-overlapping marks.
fn flatten(mut layers: Vec<(Range<usize>, Layer)>) -> Vec<Mark> {
    if layers.is_empty() {
        return Vec::new();
    }
    layers.sort_by_key(|(r, _)| (r.start, r.end));
    let mut bounds: Vec<usize> = layers.iter().flat_map(|(r, _)| [r.start, r.end]).collect();
    bounds.sort_unstable();
    bounds.dedup();
    let mut marks: Vec<Mark> = Vec::new();
    let mut active: Vec<(Range<usize>, Layer)> = Vec::new();
    let mut next = 0;
    for pair in bounds.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        active.retain(|(r, _)| r.end > a);
        while next < layers.len() && layers[next].0.start <= a {
            if layers[next].0.end > a {
                active.push(layers[next].clone());
            }
            next += 1;
        }
        if active.is_empty() {
            continue;
        }
        let mut mark = Mark {
            range: a..b,
            quote: None,
            flags: 0,
        };
        let mut quote_start = 0;
        for (r, layer) in &active {
            match *layer {
                Layer::Flag(f) => mark.flags |= f,
                // The latest-starting quote is the innermost one.
                Layer::Quote(q) if mark.quote.is_none() || r.start >= quote_start => {
                    mark.quote = Some(q);
                    quote_start = r.start;
                }
                Layer::Quote(_) => {}
            }
        }
        match marks.last_mut() {
            Some(last)
                if last.range.end == a && last.quote == mark.quote && last.flags == mark.flags =>
            {
                last.range.end = b;
            }
            _ => marks.push(mark),
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_layers_flatten_to_innermost_quote() {
        let marks = flatten(vec![
            (0..10, Layer::Quote(0)),
            (3..5, Layer::Quote(1)),
            (12..15, Layer::Flag(flags::ATTRIBUTION)),
        ]);
        assert_eq!(
            marks,
            vec![
                Mark {
                    range: 0..3,
                    quote: Some(0),
                    flags: 0
                },
                Mark {
                    range: 3..5,
                    quote: Some(1),
                    flags: 0
                },
                Mark {
                    range: 5..10,
                    quote: Some(0),
                    flags: 0
                },
                Mark {
                    range: 12..15,
                    quote: None,
                    flags: flags::ATTRIBUTION
                },
            ]
        );
    }

    #[test]
    fn remap_follows_replaced_control_characters() {
        let clean = "a\u{1b}b”c";
        let sanitized = sanitize_for_terminal(clean, false);
        let remap = Remap::new(clean, &sanitized);
        assert_eq!(remap.map(2), 4); // 'b' after the 3-byte U+FFFD
        assert_eq!(&sanitized[remap.map(3)..], "”c");
    }

    #[test]
    fn bad_ranges_are_clamped_not_panicking() {
        assert_eq!(clamp_range("héllo", 2..99, 6), Some(1..6));
        assert_eq!(clamp_range("abc", 5..9, 3), None);
    }
}
