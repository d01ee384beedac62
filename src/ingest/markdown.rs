//! Markdown articles, read with pulldown-cmark's offset iterator.
//!
//! Two passes: the first turns events into leaf blocks of clean text (links
//! and emphasis kept as spans, every byte mapped to the source); the second
//! decides what each block is: title, date line, caption, related link,
//! reporting credit, source URL or body text.

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::clean::CleanText;
use super::credit::{credit_of, split_credit};
use super::dates::parse_date_line;
use super::lines::{
    Note, bare_url, byline, is_related_label, is_reporting_credit, is_title_like, note,
    source_url_label,
};
use crate::model::{Block, BlockKind, Document, Format, InlineKind};

pub fn parse(path: &str, source: String) -> Document {
    let mut doc = Document {
        path: path.to_string(),
        format: Format::Markdown,
        ..Default::default()
    };
    let (raw, front) = leaf_blocks(&source);
    if let Some(front) = front {
        read_front_matter(&front, &mut doc);
    }
    Classifier::new(&mut doc, &source).run(raw);
    doc.source = source;
    doc
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Leaf {
    Paragraph,
    Heading(u8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Container {
    None,
    Quote,
    Item,
}

/// One leaf block of the Markdown: its clean text and what it held.
#[derive(Debug)]
struct Raw {
    leaf: Leaf,
    container: Container,
    clean: CleanText,
    source: Range<usize>,
    /// Link targets with their clean ranges, in order.
    links: Vec<(String, Range<usize>)>,
    has_image: bool,
    /// Clean ranges of top-level strong spans.
    strong: Vec<Range<usize>>,
    /// The whole text sits in one emphasis span.
    all_emphasis: bool,
}

impl Raw {
    fn new(leaf: Leaf, container: Container, start: usize) -> Self {
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

    fn text(&self) -> &str {
        self.clean.text()
    }

    /// The first link's target, unless it is a placeholder ("#", "").
    fn first_url(&self) -> Option<String> {
        self.links
            .iter()
            .map(|(u, _)| u)
            .find(|u| !u.is_empty() && *u != "#")
            .cloned()
    }
}

fn level_number(level: HeadingLevel) -> u8 {
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
fn leaf_blocks(source: &str) -> (Vec<Raw>, Option<String>) {
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

    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
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
fn push_text(clean: &mut CleanText, source: &str, text: &str, range: Range<usize>) {
    let raw = &source[range.clone()];
    if raw == text {
        clean.push_verbatim(text, range.start);
    } else if let Some(at) = raw.find(text) {
        clean.push_verbatim(text, range.start + at);
    } else {
        clean.push_replaced(text, range.start);
    }
}

fn trim_end(source: &str, end: usize) -> usize {
    source[..end].trim_end().len()
}

/// `key: value` lines of YAML front matter (the common keys only).
fn read_front_matter(front: &str, doc: &mut Document) {
    for line in front.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        if value.is_empty() {
            continue;
        }
        let meta = &mut doc.meta;
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => meta.title = Some(value.into()),
            "subtitle" | "description" | "dek" => meta.dek = Some(value.into()),
            "author" | "byline" | "by" => meta.byline = Some(value.into()),
            "url" | "link" | "source" | "canonical" | "canonical_url" => {
                meta.url = Some(value.into())
            }
            "date" | "published" => {
                meta.date = Some(value.into());
                meta.date_iso = super::dates::parse_date_prefix(value).map(|(iso, _)| iso);
            }
            "outlet" | "publication" | "site" => meta.outlet = Some(value.into()),
            _ => {}
        }
    }
}

/// A caption found in a raw block: where its text ends and its credit.
struct CaptionCut {
    text_end: usize,
    credit: Option<String>,
}

struct Classifier<'d> {
    doc: &'d mut Document,
    source_len: usize,
    in_header: bool,
    url_follows: bool,
}

impl<'d> Classifier<'d> {
    fn new(doc: &'d mut Document, source: &str) -> Self {
        Self {
            doc,
            source_len: source.len(),
            in_header: true,
            url_follows: false,
        }
    }

    fn run(mut self, raw: Vec<Raw>) {
        let cuts: Vec<Option<CaptionCut>> = raw
            .iter()
            .enumerate()
            .map(|(i, r)| caption_cut(r, i.checked_sub(1).map(|p| &raw[p])))
            .collect();
        let title_at = title_index(&raw, self.doc.meta.title.is_some());
        let mut title_seen = false;
        for (i, (r, cut)) in raw.into_iter().zip(cuts.iter()).enumerate() {
            let next_is_caption = cuts.get(i + 1).is_some_and(Option::is_some);
            if Some(i) == title_at {
                title_seen = true;
                self.doc.meta.title = Some(r.text().to_string());
                self.push(BlockKind::Title, r, None);
                continue;
            }
            let just_after_title = title_seen && self.doc.blocks.len() == 1;
            self.block(r, cut.as_ref(), next_is_caption, just_after_title);
        }
        let _ = self.source_len;
    }

    fn push(&mut self, kind: BlockKind, r: Raw, cut_at: Option<usize>) {
        let Raw {
            mut clean, source, ..
        } = r;
        if let Some(at) = cut_at {
            clean.truncate(at);
        }
        let (text, map, spans) = clean.finish();
        if text.is_empty() && !matches!(kind, BlockKind::Caption { .. }) {
            return;
        }
        self.doc.blocks.push(Block {
            kind,
            text,
            spans,
            source,
            map,
        });
    }

    fn block(
        &mut self,
        r: Raw,
        cut: Option<&CaptionCut>,
        next_is_caption: bool,
        after_title: bool,
    ) {
        let text = r.text().to_string();
        if r.clean.is_empty() {
            return; // an image on its own: its caption follows
        }
        if std::mem::take(&mut self.url_follows)
            && let Some(url) = bare_url(&text).or_else(|| r.first_url())
        {
            self.doc.meta.url.get_or_insert(url);
            return;
        }
        if let Some(rest) = source_url_label(&text) {
            match bare_url(rest).or_else(|| r.first_url()) {
                Some(url) => {
                    self.doc.meta.url.get_or_insert(url);
                }
                None if rest.is_empty() => self.url_follows = true,
                None => {}
            }
            if rest.is_empty() || bare_url(rest).is_some() || r.first_url().is_some() {
                return;
            }
        }
        if let Some(url) = bare_url(&text) {
            self.doc.meta.url.get_or_insert(url);
            return;
        }
        if let Leaf::Heading(level) = r.leaf {
            let kind = if after_title && self.doc.meta.dek.is_none() {
                self.doc.meta.dek = Some(text);
                BlockKind::Dek
            } else {
                BlockKind::Heading { level }
            };
            self.push(kind, r, None);
            return;
        }
        if self.in_header && self.header_line(&text) {
            return;
        }
        if let Some(n) = note(&text) {
            if let Note::Update(stamp) = n {
                self.doc.meta.updated.get_or_insert(stamp);
            }
            self.push(BlockKind::UpdateNote, r, None);
            return;
        }
        if is_reporting_credit(&text) {
            self.doc.meta.credits.push(text);
            self.push(BlockKind::Credit, r, None);
            return;
        }
        if is_related_label(&text) {
            let url = r.first_url();
            self.push(BlockKind::Related { url }, r, None);
            return;
        }
        if let Some(cut) = cut {
            let kind = BlockKind::Caption {
                credit: cut.credit.clone(),
            };
            self.push(kind, r, Some(cut.text_end));
            return;
        }
        if next_is_caption && is_caption_title(&r) {
            self.push(BlockKind::CaptionTitle, r, None);
            return;
        }
        if after_title && r.all_emphasis && self.doc.meta.dek.is_none() {
            self.doc.meta.dek = Some(text);
            self.push(BlockKind::Dek, r, None);
            return;
        }
        self.in_header = false;
        let kind = match r.container {
            Container::Quote => BlockKind::BlockQuote,
            Container::Item => BlockKind::ListItem,
            Container::None => BlockKind::Paragraph,
        };
        self.push(kind, r, None);
    }

    /// Reads a byline or a date line into the metadata.
    fn header_line(&mut self, text: &str) -> bool {
        let meta = &mut self.doc.meta;
        if let Some(b) = byline(text) {
            meta.byline.get_or_insert(b.name);
            if let Some(d) = b.date
                && meta.date.is_none()
            {
                meta.date = Some(d.written);
                meta.date_iso = d.iso;
            }
            return true;
        }
        if let Some(d) = parse_date_line(text) {
            if meta.date.is_none() {
                meta.date = Some(d.written);
                meta.date_iso = d.iso;
            }
            return true;
        }
        false
    }
}

/// The headline: the first heading if nothing but images precede it, else
/// a short first paragraph that reads like a title (when no front matter
/// gave one).
fn title_index(raw: &[Raw], have_title: bool) -> Option<usize> {
    let first = raw.iter().position(|r| !r.clean.is_empty())?;
    let r = &raw[first];
    match r.leaf {
        Leaf::Heading(_) => Some(first),
        Leaf::Paragraph
            if !have_title
                && raw.len() > first + 1
                && r.container == Container::None
                && is_title_like(r.text(), 150)
                && parse_date_line(r.text()).is_none()
                && byline(r.text()).is_none() =>
        {
            Some(first)
        }
        _ => None,
    }
}

fn is_caption_title(r: &Raw) -> bool {
    r.leaf == Leaf::Paragraph
        && is_title_like(r.text(), 100)
        && r.text().split_whitespace().count() <= 12
        && !r.text().contains(['"', '“', '”'])
}

/// Whether `r` is an image caption, and where its credit starts.
fn caption_cut(r: &Raw, prev: Option<&Raw>) -> Option<CaptionCut> {
    if r.leaf != Leaf::Paragraph || r.clean.is_empty() {
        return None;
    }
    let text = r.text();
    // "Caption text. **Jane Doe / AFP**": a bold tail is the credit.
    if let Some(last) = r.strong.last()
        && last.end == text.len()
        && last.start > 0
    {
        let tail = &text[last.clone()];
        if credit_of(tail).is_some() || is_name_like(tail) {
            let credit = credit_of(tail).unwrap_or_else(|| tail.to_string());
            return Some(CaptionCut {
                text_end: last.start,
                credit: Some(credit),
            });
        }
    }
    if let Some((end, credit)) = split_credit(text) {
        return Some(CaptionCut {
            text_end: end,
            credit: Some(credit),
        });
    }
    // Text beside an image, or an emphasised line right under one.
    let after_image = prev.is_some_and(|p| p.has_image && p.clean.is_empty());
    if (r.has_image || (after_image && r.all_emphasis)) && text.len() <= 600 {
        return Some(CaptionCut {
            text_end: text.len(),
            credit: None,
        });
    }
    None
}

/// "Aleksandr Sinita", "Reuters": a short run of capitalised words.
fn is_name_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 6
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && !s.ends_with(['.', ':', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BlockKind as K;

    fn parse_md(src: &str) -> Document {
        parse("a.md", src.into())
    }

    fn kinds(doc: &Document) -> Vec<&K> {
        doc.blocks.iter().map(|b| &b.kind).collect()
    }

    /// Every word that is a verbatim copy maps back to the same source bytes.
    fn assert_offsets(doc: &Document) {
        for b in &doc.blocks {
            let mut pos = 0;
            for word in b.text.split(' ') {
                let r = b.source_range(pos..pos + word.len());
                assert_eq!(&doc.source[r], word, "in block {:?}", b.text);
                pos += word.len() + 1;
            }
        }
    }

    #[test]
    fn title_date_and_body() {
        let doc = parse_md("\n\n# The Title\n\nMarch 29, 2022\n\nBody *text* here.\n");
        assert_eq!(doc.meta.title.as_deref(), Some("The Title"));
        assert_eq!(doc.meta.date.as_deref(), Some("March 29, 2022"));
        assert_eq!(doc.meta.date_iso.as_deref(), Some("2022-03-29"));
        assert_eq!(kinds(&doc), [&K::Title, &K::Paragraph]);
        assert_eq!(doc.blocks[1].text, "Body text here.");
        assert_eq!(doc.blocks[1].spans[0].kind, InlineKind::Emphasis);
        assert_offsets(&doc);
    }

    #[test]
    fn links_stay_inside_their_sentence() {
        let doc = parse_md("# T\n\nAlexander Fomin [told](#) state\ntelevision.\n");
        let b = &doc.blocks[1];
        assert_eq!(b.text, "Alexander Fomin told state television.");
        assert_eq!(b.spans.len(), 1);
        assert_eq!(&b.text[b.spans[0].range.clone()], "told");
        assert_eq!(b.spans[0].kind, InlineKind::Link { url: "#".into() });
        assert_offsets(&doc);
    }

    #[test]
    fn caption_with_bold_credit() {
        let doc =
            parse_md("# T\n\nAnti-tank hedgehogs in Kyiv. **Aleksandr Sinita / UNIAN**\n\nBody.\n");
        assert_eq!(
            doc.blocks[1].kind,
            K::Caption {
                credit: Some("Aleksandr Sinita / UNIAN".into())
            }
        );
        assert_eq!(doc.blocks[1].text, "Anti-tank hedgehogs in Kyiv.");
        assert_eq!(doc.blocks[2].kind, K::Paragraph);
        assert_offsets(&doc);
    }

    #[test]
    fn related_credit_and_original_url() {
        let doc = parse_md(
            "# T\n\nBody.\n\n**Related article:** [Talks Begin](https://x.example/a)\n\n*AFP contributed reporting.*\n\nOriginal url:\n\n<https://example.com/story>",
        );
        assert_eq!(
            kinds(&doc),
            [
                &K::Title,
                &K::Paragraph,
                &K::Related {
                    url: Some("https://x.example/a".into())
                },
                &K::Credit
            ]
        );
        assert_eq!(doc.blocks[2].text, "Related article: Talks Begin");
        assert_eq!(doc.meta.credits, ["AFP contributed reporting."]);
        assert_eq!(doc.meta.url.as_deref(), Some("https://example.com/story"));
        assert_offsets(&doc);
    }

    #[test]
    fn image_then_italic_caption() {
        let doc = parse_md("# T\n\n![](photo.jpg)\n\n*Troops in Kyiv on Tuesday.*\n\nBody.\n");
        assert_eq!(doc.blocks[1].kind, K::Caption { credit: None });
        assert_eq!(doc.blocks[1].text, "Troops in Kyiv on Tuesday.");
    }

    #[test]
    fn front_matter_byline_and_lists() {
        let doc = parse_md(
            "---\ntitle: \"From YAML\"\ndate: 2022-03-29\nurl: https://e.com/x\n---\n\nBy Jane Doe\n\n- one item\n- two\n\n> quoted para\n",
        );
        assert_eq!(doc.meta.title.as_deref(), Some("From YAML"));
        assert_eq!(doc.meta.date_iso.as_deref(), Some("2022-03-29"));
        assert_eq!(doc.meta.url.as_deref(), Some("https://e.com/x"));
        assert_eq!(doc.meta.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(kinds(&doc), [&K::ListItem, &K::ListItem, &K::BlockQuote]);
        assert_offsets(&doc);
    }

    #[test]
    fn entities_and_escapes_map_near_their_source() {
        let doc = parse_md("# T\n\nAT&amp;T said \\*no\\* today.\n");
        let b = &doc.blocks[1];
        assert_eq!(b.text, "AT&T said *no* today.");
        let said = b.text.find("said").unwrap();
        assert_eq!(&doc.source[b.source_range(said..said + 4)], "said");
        let today = b.text.find("today").unwrap();
        assert_eq!(&doc.source[b.source_range(today..today + 5)], "today");
    }
}
