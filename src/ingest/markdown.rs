//! Markdown articles, read with pulldown-cmark's offset iterator.
//!
//! Two passes: the first turns events into leaf blocks of clean text (links
//! and emphasis kept as spans, every byte mapped to the source); the second
//! decides what each block is: title, date line, caption, related link,
//! reporting credit, source URL or body text.

use super::credit::{attach_to_previous, credit_of, split_credit};
use super::dates::parse_date_line;
use super::lines::{
    Note, bare_url, byline, is_boilerplate, is_related_label, is_reporting_credit, is_title_like,
    note, read_header_line, source_url_label,
};
use super::markdown_leaves::{Container, Leaf, Raw, leaf_blocks};
use crate::model::{Block, BlockKind, Document, Format};

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
    Classifier::new(&mut doc).run(raw);
    doc.source = source;
    doc
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
    in_header: bool,
    url_follows: bool,
    /// The block being classified is the last one.
    at_last: bool,
}

impl<'d> Classifier<'d> {
    fn new(doc: &'d mut Document) -> Self {
        Self {
            doc,
            in_header: true,
            url_follows: false,
            at_last: false,
        }
    }

    fn run(mut self, raw: Vec<Raw>) {
        let cuts: Vec<Option<CaptionCut>> = raw
            .iter()
            .enumerate()
            .map(|(i, r)| caption_cut(r, i.checked_sub(1).map(|p| &raw[p])))
            .collect();
        let title_at = title_index(&raw, self.doc.meta.title.is_some());
        let count = raw.len();
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
            self.at_last = i + 1 == count;
            self.block(r, cut.as_ref(), next_is_caption, just_after_title);
        }
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
        if r.clean.is_empty() || is_boilerplate(&text) {
            return; // an image on its own (its caption follows), or page furniture
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
        // A URL alone at the top or the very end is the article's own.
        if let Some(url) = bare_url(&text)
            && (self.in_header || self.at_last)
        {
            self.doc.meta.url.get_or_insert(url);
            return;
        }
        if let Leaf::Heading(level) = r.leaf {
            if self.in_header && self.header_line(&text) {
                return;
            }
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
            let mut credit = cut.credit.clone();
            // A credit paragraph alone belongs to the caption just before it.
            if cut.text_end == 0
                && let Some(c) = credit.take()
            {
                match attach_to_previous(&mut self.doc.blocks, c, true) {
                    Ok(()) => return,
                    Err(c) => credit = Some(c),
                }
            }
            let kind = BlockKind::Caption { credit };
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
        read_header_line(&mut self.doc.meta, text)
    }
}

/// The headline: the first heading before any body text (dates, bylines
/// and images may come first), else a short first paragraph that reads like
/// a title (when no front matter gave one).
fn title_index(raw: &[Raw], have_title: bool) -> Option<usize> {
    for (i, r) in raw.iter().enumerate() {
        let text = r.text();
        match r.leaf {
            // With a title from front matter, only a level-1 heading repeats it.
            Leaf::Heading(level) if !have_title || level == 1 => return Some(i),
            Leaf::Heading(_) => return None,
            Leaf::Paragraph
                if r.clean.is_empty()
                    || parse_date_line(text).is_some()
                    || byline(text).is_some() =>
            {
                continue;
            }
            Leaf::Paragraph => {
                let titled = !have_title
                    && raw.len() > i + 1
                    && r.container == Container::None
                    && is_title_like(text, 150);
                return titled.then_some(i);
            }
        }
    }
    None
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
        && text[..last.start]
            .trim_end()
            .ends_with(['.', '!', '?', '"', '”', ')', '|'])
        && let Some(credit) = credit_of(&text[last.clone()])
    {
        return Some(CaptionCut {
            text_end: last.start,
            credit: Some(credit),
        });
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::test_support::{assert_offsets, kinds};
    use crate::model::BlockKind as K;
    use crate::model::InlineKind;

    fn parse_md(src: &str) -> Document {
        parse("a.md", src.into())
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
    fn a_bold_tail_that_is_no_credit_stays_body() {
        let doc = parse_md("# T\n\nThe talks went on. **Read More**\n");
        assert_eq!(doc.blocks[1].kind, K::Paragraph);
        let doc = parse_md("# T\n\nThe news was first reported by **Reuters**\n");
        assert_eq!(doc.blocks[1].kind, K::Paragraph);
    }

    #[test]
    fn date_and_byline_may_precede_the_title() {
        let doc = parse_md("*March 29, 2022*\n\nBy Jane Doe\n\n# The Title\n\nBody.\n");
        assert_eq!(doc.meta.title.as_deref(), Some("The Title"));
        assert_eq!(doc.meta.date_iso.as_deref(), Some("2022-03-29"));
        assert_eq!(doc.meta.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(kinds(&doc), [&K::Title, &K::Paragraph]);
    }

    #[test]
    fn image_then_italic_caption() {
        let doc = parse_md("# T\n\n![](photo.jpg)\n\n*Troops in Kyiv on Tuesday.*\n\nBody.\n");
        assert_eq!(doc.blocks[1].kind, K::Caption { credit: None });
        assert_eq!(doc.blocks[1].text, "Troops in Kyiv on Tuesday.");
    }

    #[test]
    fn image_caption_then_credit_paragraph() {
        let doc = parse_md(
            "# T\n\n![](p.jpg)\n\n*Troops in Kyiv.*\n\nPhotograph: Rodrigo Abd/AP\n\nBody.\n",
        );
        assert_eq!(
            doc.blocks[1].kind,
            K::Caption {
                credit: Some("Rodrigo Abd/AP".into())
            }
        );
        assert_eq!(doc.blocks[1].text, "Troops in Kyiv.");
        assert_eq!(doc.blocks[2].kind, K::Paragraph);
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
    fn crlf_and_bom() {
        let doc = parse_md("\u{feff}# The Title\r\n\r\nOne [two](#)\r\nthree.\r\n");
        assert_eq!(doc.meta.title.as_deref(), Some("The Title"));
        assert_eq!(doc.blocks[1].text, "One two three.");
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
