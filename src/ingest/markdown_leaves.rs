//! Markdown, first pass: pulldown-cmark events → leaf blocks of clean text
//! (links and emphasis kept as spans, every byte mapped to the source).

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::clean::CleanText;
use crate::model::InlineKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Leaf {
    Paragraph,
    Heading(u8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Container {
    None,
    Quote,
    Item,
}

/// One leaf block of the Markdown: its clean text and what it held.
#[derive(Debug)]
pub(super) struct Raw {
    pub(super) leaf: Leaf,
    pub(super) container: Container,
    pub(super) clean: CleanText,
    pub(super) source: Range<usize>,
    /// Link targets with their clean ranges, in order.
    pub(super) links: Vec<(String, Range<usize>)>,
    pub(super) has_image: bool,
    /// Clean ranges of top-level strong spans.
    pub(super) strong: Vec<Range<usize>>,
    /// The whole text sits in one emphasis span.
    pub(super) all_emphasis: bool,
}

impl Raw {
    pub(super) fn new(leaf: Leaf, container: Container, start: usize) -> Self {
        Self {
            leaf,
            container,
            clean: CleanText::new(),
            source: start..start,
            links: Vec::new(),
            has_image: false,
            strong: Vec::new(),
            all_emphasis: false,
        }
    }

    pub(super) fn text(&self) -> &str {
        self.clean.text()
    }

    /// The first link's target, unless it is a placeholder ("#", "").
    pub(super) fn first_url(&self) -> Option<String> {
        self.links
            .iter()
            .map(|(u, _)| u)
            .find(|u| !u.is_empty() && *u != "#")
            .cloned()
    }
}

pub(super) fn level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// First pass: leaf blocks of clean text, and any YAML front matter.
pub(super) fn leaf_blocks(source: &str) -> (Vec<Raw>, Option<String>) {
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS | Options::ENABLE_STRIKETHROUGH;
    let mut out: Vec<Raw> = Vec::new();
    let mut current: Option<Raw> = None;
    let mut containers: Vec<Container> = Vec::new();
    // Open inline spans: kind, clean start.
    let mut inline: Vec<(InlineKind, usize)> = Vec::new();
    let mut image_depth = 0usize;
    let mut front: Option<String> = None;
    let mut in_front = false;
    let mut skip_depth = 0usize;

    let container = |cs: &[Container]| cs.last().copied().unwrap_or(Container::None);
    let finish = |current: &mut Option<Raw>, out: &mut Vec<Raw>, end: usize| {
        if let Some(mut raw) = current.take() {
            raw.source.end = raw.source.end.max(end);
            if !raw.clean.is_empty() || raw.has_image {
                out.push(raw);
            }
        }
    };

    // A byte-order mark would hide a first-line "# Title" from the parser:
    // parse after it, keeping offsets into the whole source.
    let skip = if source.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    for (event, range) in Parser::new_ext(&source[skip..], options).into_offset_iter() {
        let range = range.start + skip..range.end + skip;
        if in_front {
            match event {
                Event::Text(t) => front.get_or_insert_with(String::new).push_str(&t),
                Event::End(TagEnd::MetadataBlock(_)) => in_front = false,
                _ => {}
            }
            continue;
        }
        if skip_depth > 0 {
            match event {
                Event::Start(Tag::HtmlBlock) => skip_depth += 1,
                Event::End(TagEnd::HtmlBlock) => skip_depth -= 1,
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::MetadataBlock(_)) => in_front = true,
            Event::Start(Tag::HtmlBlock) => skip_depth = 1,
            Event::Start(Tag::BlockQuote(_)) => containers.push(Container::Quote),
            Event::End(TagEnd::BlockQuote(_)) => {
                finish(&mut current, &mut out, range.start);
                containers.pop();
            }
            Event::Start(Tag::Item) => {
                finish(&mut current, &mut out, range.start);
                containers.push(Container::Item);
                current = Some(Raw::new(Leaf::Paragraph, Container::Item, range.start));
            }
            Event::End(TagEnd::Item) => {
                finish(&mut current, &mut out, trim_end(source, range.end));
                containers.pop();
            }
            Event::Start(Tag::List(_)) => finish(&mut current, &mut out, range.start),
            Event::Start(Tag::Paragraph) => {
                // A tight list item already has its block open and empty.
                let reuse = current.as_ref().is_some_and(|c| c.clean.is_empty());
                if !reuse {
                    finish(&mut current, &mut out, range.start);
                    current = Some(Raw::new(
                        Leaf::Paragraph,
                        container(&containers),
                        range.start,
                    ));
                }
            }
            Event::Start(Tag::Heading { level, .. }) => {
                finish(&mut current, &mut out, range.start);
                current = Some(Raw::new(
                    Leaf::Heading(level_number(level)),
                    container(&containers),
                    range.start,
                ));
            }
            Event::Start(Tag::CodeBlock(_)) => {
                finish(&mut current, &mut out, range.start);
                current = Some(Raw::new(
                    Leaf::Paragraph,
                    container(&containers),
                    range.start,
                ));
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock) => {
                finish(&mut current, &mut out, trim_end(source, range.end));
            }
            Event::Start(Tag::Image { .. }) => {
                image_depth += 1;
                if let Some(c) = current.as_mut() {
                    c.has_image = true;
                }
            }
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            _ if image_depth > 0 => {}
            Event::Start(tag @ (Tag::Emphasis | Tag::Strong | Tag::Link { .. })) => {
                let kind = match tag {
                    Tag::Emphasis => InlineKind::Emphasis,
                    Tag::Strong => InlineKind::Strong,
                    Tag::Link { dest_url, .. } => InlineKind::Link {
                        url: dest_url.to_string(),
                    },
                    _ => unreachable!(),
                };
                let start = current.as_ref().map_or(0, |c| c.clean.len_with_pending());
                inline.push((kind, start));
            }
            Event::End(TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link) => {
                if let (Some((kind, start)), Some(c)) = (inline.pop(), current.as_mut()) {
                    let end = c.clean.text().len();
                    if start == 0 && inline.is_empty() && kind == InlineKind::Emphasis {
                        c.all_emphasis = true;
                    } else if c.all_emphasis {
                        c.all_emphasis = false;
                    }
                    match &kind {
                        InlineKind::Link { url } => c.links.push((url.clone(), start..end)),
                        InlineKind::Strong if inline.is_empty() => c.strong.push(start..end),
                        _ => {}
                    }
                    c.clean.add_span(kind, start);
                }
            }
            Event::Text(t) | Event::Code(t) => {
                let c = current.get_or_insert_with(|| {
                    Raw::new(Leaf::Paragraph, container(&containers), range.start)
                });
                if c.all_emphasis {
                    // Text after a closed emphasis: not all emphasis after all.
                    c.all_emphasis = false;
                }
                push_text(&mut c.clean, source, &t, range);
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(c) = current.as_mut() {
                    c.clean.space(range.start);
                }
            }
            _ => {}
        }
    }
    finish(&mut current, &mut out, source.len());
    (out, front)
}

/// Adds an event's text, locating it in its source range when it is a
/// verbatim copy (plain text, a backslash escape, inline code).
pub(super) fn push_text(clean: &mut CleanText, source: &str, text: &str, range: Range<usize>) {
    let raw = &source[range.clone()];
    if raw == text {
        clean.push_verbatim(text, range.start);
    } else if let Some(at) = raw.find(text) {
        clean.push_verbatim(text, range.start + at);
    } else {
        clean.push_replaced(text, range.start);
    }
}

pub(super) fn trim_end(source: &str, end: usize) -> usize {
    source[..end].trim_end().len()
}
