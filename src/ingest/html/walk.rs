//! Walks a cleaned DOM (Readability's output, or a feed item's HTML) into
//! hark's blocks: headings, paragraphs, block quotes, list items and captions,
//! with links and emphasis kept as spans.
//!
//! The walk is iterative (an explicit stack), so arbitrarily deep markup
//! cannot overflow the call stack.

use dom_query::NodeRef;

use super::caption;
use crate::model::{BlockKind, InlineKind, InlineSpan};

/// A block before it is placed in the document's text.
#[derive(Debug, Clone, PartialEq)]
pub struct RawBlock {
    pub kind: BlockKind,
    pub text: String,
    pub spans: Vec<InlineSpan>,
}

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "button", "nav", "form", "svg", "iframe", "object",
    "embed", "video", "audio", "canvas", "select", "input", "textarea", "head", "title", "meta",
    "link",
];

/// Elements that end the running paragraph and start a new one.
const BLOCK_LEVEL: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "details",
    "dialog",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "caption",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "ul",
];

/// What an open element contributes to the blocks inside it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Context {
    Heading(u8),
    Caption,
    ListItem,
    Quote,
    /// Inside a figcaption, an element marked as the photo credit.
    Credit,
}

enum Step<'a> {
    Enter(NodeRef<'a>),
    Leave(Leave),
}

/// What to undo when an element closes.
struct Leave {
    block: bool,
    context: bool,
    span: Option<(InlineKind, usize)>,
}

#[derive(Default)]
struct Builder {
    blocks: Vec<RawBlock>,
    text: String,
    credit: String,
    pending_space: bool,
    spans: Vec<InlineSpan>,
    contexts: Vec<Context>,
}

/// The blocks under `root`, in document order.
pub fn blocks_of(root: &NodeRef) -> Vec<RawBlock> {
    let mut b = Builder::default();
    let mut stack = vec![Step::Enter(*root)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Enter(node) => b.enter(node, &mut stack),
            Step::Leave(leave) => b.leave(leave),
        }
    }
    b.flush();
    b.blocks
}

impl Builder {
    fn enter<'a>(&mut self, node: NodeRef<'a>, stack: &mut Vec<Step<'a>>) {
        if node.is_text() {
            self.push_text(&node.text());
            return;
        }
        if !(node.is_element() || node.is_document() || node.is_fragment()) {
            return;
        }
        let name = node.node_name().map(|n| n.to_ascii_lowercase());
        let name = name.as_deref().unwrap_or("");
        if SKIPPED.contains(&name) || is_hidden(&node) {
            return;
        }
        if name == "br" {
            self.pending_space = true;
            return;
        }
        if name == "img" {
            return;
        }
        let block = BLOCK_LEVEL.contains(&name);
        if block {
            self.flush();
        }
        let context = self.context_of(name, &node);
        if let Some(c) = context {
            self.contexts.push(c);
        }
        let span = span_kind(name, &node).map(|kind| (kind, self.text.len()));
        stack.push(Step::Leave(Leave {
            block,
            context: context.is_some(),
            span,
        }));
        let children: Vec<NodeRef<'a>> = node.children_it(true).collect();
        stack.extend(children.into_iter().map(Step::Enter));
    }

    fn leave(&mut self, leave: Leave) {
        if let Some((kind, start)) = leave.span {
            self.close_span(kind, start);
        }
        if leave.block {
            self.flush();
        }
        if leave.context {
            let closed = self.contexts.pop();
            if closed == Some(Context::Credit) {
                self.pending_space = true;
            }
        }
    }

    fn context_of(&self, name: &str, node: &NodeRef) -> Option<Context> {
        let in_caption = self.contexts.contains(&Context::Caption);
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                Some(Context::Heading(name.as_bytes()[1] - b'0'))
            }
            "figcaption" | "caption" => Some(Context::Caption),
            "li" | "dd" | "dt" => Some(Context::ListItem),
            "blockquote" => Some(Context::Quote),
            _ if in_caption && caption::marks_credit(name, node) => Some(Context::Credit),
            _ => None,
        }
    }

    fn in_credit(&self) -> bool {
        self.contexts.last() == Some(&Context::Credit)
    }

    /// Appends text with whitespace folded to single spaces.
    fn push_text(&mut self, raw: &str) {
        let in_credit = self.in_credit();
        for c in raw.chars() {
            if c.is_whitespace() {
                self.pending_space = true;
                continue;
            }
            let out = if in_credit {
                &mut self.credit
            } else {
                &mut self.text
            };
            if self.pending_space && !out.is_empty() {
                out.push(' ');
            }
            self.pending_space = false;
            // Controls (other than whitespace) never reach the reader.
            if c.is_control() {
                continue;
            }
            out.push(c);
        }
    }

    fn close_span(&mut self, kind: InlineKind, start: usize) {
        let text = &self.text;
        let start = start + (text.len() - start - text[start..].trim_start().len());
        let end = text.len();
        if start < end {
            self.spans.push(InlineSpan {
                kind,
                range: start..end,
            });
        }
    }

    /// Ends the running block.
    fn flush(&mut self) {
        self.pending_space = false;
        let kind = match self
            .contexts
            .iter()
            .rev()
            .find(|c| !matches!(c, Context::Credit))
        {
            Some(Context::Heading(level)) => BlockKind::Heading { level: *level },
            Some(Context::Caption) => BlockKind::Caption { credit: None },
            Some(Context::ListItem) => BlockKind::ListItem,
            Some(Context::Quote) => BlockKind::BlockQuote,
            _ => BlockKind::Paragraph,
        };
        let text = std::mem::take(&mut self.text);
        let credit = std::mem::take(&mut self.credit);
        let mut spans = std::mem::take(&mut self.spans);
        if text.is_empty() && credit.is_empty() {
            return;
        }
        spans.sort_by_key(|s| (s.range.start, std::cmp::Reverse(s.range.end)));
        let block = RawBlock { kind, text, spans };
        let block = match block.kind {
            BlockKind::Caption { .. } => caption::split_credit(block, credit),
            _ => block,
        };
        if !block.text.is_empty() {
            self.blocks.push(block);
        }
    }
}

fn span_kind(name: &str, node: &NodeRef) -> Option<InlineKind> {
    match name {
        "a" => node
            .attr("href")
            .map(|h| h.trim().to_string())
            .filter(|h| !h.is_empty() && !h.starts_with("javascript:"))
            .map(|url| InlineKind::Link { url }),
        "em" | "i" => Some(InlineKind::Emphasis),
        "strong" | "b" => Some(InlineKind::Strong),
        _ => None,
    }
}

fn is_hidden(node: &NodeRef) -> bool {
    node.has_attr("hidden")
        || node
            .attr("aria-hidden")
            .is_some_and(|v| v.as_ref() == "true")
        || node.attr("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}
