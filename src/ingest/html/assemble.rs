//! Places blocks in the document's text. For HTML and feeds the source *is*
//! the plain text (`Document::plain_text`), so each block's offset map is a
//! plain shift to where its text lands.

use super::walk::RawBlock;
use crate::model::{Block, BlockKind, Document, Format, Meta};

/// Builds a document whose `source` equals its `plain_text()`: the title,
/// the dek (unless the body already opens with it), then the body blocks.
pub fn document(
    path: &str,
    format: Format,
    mut meta: Meta,
    mut body: Vec<RawBlock>,
    warnings: Vec<String>,
) -> Document {
    if meta
        .dek
        .as_deref()
        .is_some_and(|dek| body_repeats(&body, dek))
    {
        // Readability's fallback excerpt is the first paragraph: not a dek.
        meta.dek = None;
    }
    if let Some(byline) = &meta.byline {
        drop_byline_line(&mut body, byline);
    }
    meta.credits.extend(
        body.iter()
            .filter(|b| b.kind == BlockKind::Credit)
            .map(|b| b.text.clone()),
    );
    let mut raw = Vec::with_capacity(body.len() + 2);
    if let Some(title) = &meta.title {
        raw.push(simple(BlockKind::Title, title));
    }
    if let Some(dek) = &meta.dek
        && meta.title.as_deref() != Some(dek.as_str())
    {
        raw.push(simple(BlockKind::Dek, dek));
    }
    let title = meta.title.clone();
    raw.extend(body.into_iter().enumerate().filter_map(|(i, b)| {
        // Readability often keeps the headline as the body's first heading.
        let repeats_title = i == 0
            && matches!(b.kind, BlockKind::Heading { .. })
            && title.as_deref() == Some(b.text.as_str());
        (!repeats_title).then_some(b)
    }));

    let mut blocks = Vec::with_capacity(raw.len());
    let mut offset = 0;
    for (i, r) in raw.into_iter().enumerate() {
        if i > 0 {
            offset += 2; // the blank line between blocks
        }
        let mut len = r.text.len();
        if let BlockKind::Caption {
            credit: Some(credit),
        } = &r.kind
        {
            len += 1 + credit.len();
        }
        let mut block = Block::verbatim(r.kind, r.text, offset);
        block.spans = r.spans;
        block.source = offset..offset + len;
        blocks.push(block);
        offset += len;
    }
    let mut doc = Document {
        path: path.to_string(),
        format,
        meta,
        blocks,
        warnings,
        ..Default::default()
    };
    doc.source = doc.plain_text();
    doc
}

fn simple(kind: BlockKind, text: &str) -> RawBlock {
    RawBlock {
        kind,
        text: text.to_string(),
        spans: Vec::new(),
    }
}

/// True when the first body paragraph already says what the dek says
/// (Readability falls back to the first paragraph as the excerpt).
fn body_repeats(body: &[RawBlock], dek: &str) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let dek = norm(dek);
    if dek.is_empty() {
        return true;
    }
    let prefix = dek.chars().take(60).collect::<String>();
    body.iter()
        .take(3)
        .any(|b| norm(&b.text).starts_with(&prefix))
}

/// Removes the "By Jane Doe" line near the top of the body: the byline is
/// metadata, shown by the reader apart from the text.
fn drop_byline_line(body: &mut Vec<RawBlock>, byline: &str) {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let byline = norm(byline);
    if byline.is_empty() {
        return;
    }
    let found = body.iter().take(4).position(|b| {
        let text = norm(&b.text);
        b.kind == BlockKind::Paragraph
            && text.len() <= byline.len() + 12
            && (text == byline || text.ends_with(&byline) && text.starts_with("by"))
    });
    if let Some(i) = found {
        body.remove(i);
    }
}

/// Folds whitespace runs to one space, trims, drops control characters.
pub fn clean_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().filter(|c| !c.is_control()));
    }
    out
}

/// `Some(clean)` when the cleaned string is not empty.
pub fn non_empty(s: Option<&str>) -> Option<String> {
    s.map(clean_line).filter(|s| !s.is_empty())
}
