//! Plain-text articles: the first line is the headline, blank lines part
//! paragraphs. Around the body, saved articles carry bylines, date lines,
//! update notes, photo captions with credits, related links and reporting
//! credits; each is recognised and kept out of the body paragraphs.

use super::clean::CleanText;
use super::credit::{attach_to_previous, is_caption_like, is_labelled, split_credit};
use super::dates::parse_date_line;
use super::lines::{
    Note, bare_url, byline, find_url, is_boilerplate, is_related_label, is_reporting_credit,
    is_title_like, note, read_header_line, source_url_line,
};
use crate::model::{Block, BlockKind, Document, Format};

/// One line of the source, trailing whitespace removed.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    text: &'a str,
    start: usize,
}

impl Line<'_> {
    fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

pub fn parse(path: &str, source: String) -> Document {
    let mut doc = Document {
        path: path.to_string(),
        format: Format::Text,
        ..Default::default()
    };
    let groups = line_groups(&source);
    let layout = Layout::of(&groups);
    let mut reader = Reader {
        doc: &mut doc,
        layout,
        in_header: true,
        url_follows: false,
        pending_credit: None,
    };
    let mut rest: &[Vec<Line>] = &groups;
    if let Some((first, tail)) = groups.split_first()
        && is_headline(first[0].text)
    {
        reader.title_group(first);
        rest = tail;
    }
    for (i, group) in rest.iter().enumerate() {
        let next = rest.get(i + 1);
        reader.group(group, next);
    }
    doc.source = source;
    doc
}

/// The first line is the headline unless it is plainly a long sentence
/// (a file that starts with its body).
fn is_headline(line: &str) -> bool {
    line.len() <= 200 || !line.trim_end().ends_with(['.', '!', '?', '"', '”'])
}

/// Groups of consecutive non-blank lines.
fn line_groups(source: &str) -> Vec<Vec<Line<'_>>> {
    let mut groups = Vec::new();
    let mut current = Vec::new();
    let mut start = 0;
    for raw in lines_inclusive(source) {
        let mut text = raw.trim_end();
        let mut line_start = start;
        if line_start == 0 && text.starts_with('\u{feff}') {
            text = &text['\u{feff}'.len_utf8()..];
            line_start += '\u{feff}'.len_utf8();
        }
        start += raw.len();
        if text.trim().is_empty() {
            if !current.is_empty() {
                groups.push(std::mem::take(&mut current));
            }
            continue;
        }
        current.push(Line {
            text,
            start: line_start,
        });
    }
    if !current.is_empty() {
        groups.push(current);
    }
    // Nobody hard-wraps at more than 120 columns: a group with a longer line
    // holds one paragraph per line (files saved without blank lines).
    groups
        .into_iter()
        .flat_map(|g| {
            if g.len() > 1 && g.iter().any(|l| l.text.len() > 120) {
                g.into_iter().map(|l| vec![l]).collect()
            } else {
                vec![g]
            }
        })
        .collect()
}

/// The lines of `source` with their endings: `\n`, `\r\n`, or a lone `\r`
/// (files from classic Mac OS, which would otherwise be one line).
fn lines_inclusive(source: &str) -> impl Iterator<Item = &str> {
    let bytes = source.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let from = start;
        let mut end = bytes.len();
        let mut i = from;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => {
                    end = i + 1;
                    break;
                }
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => {
                    end = i + 1;
                    break;
                }
                _ => i += 1,
            }
        }
        start = end;
        Some(&source[from..end])
    })
}

/// Whether the file is hard-wrapped, which makes short first lines ambiguous.
#[derive(Debug, Clone, Copy)]
struct Layout {
    wrapped: bool,
    max_line: usize,
}

impl Layout {
    fn of(groups: &[Vec<Line>]) -> Self {
        let multi = groups.iter().skip(1).filter(|g| g.len() > 1).count();
        let max_line = groups
            .iter()
            .flatten()
            .map(|l| l.text.len())
            .max()
            .unwrap_or(0);
        Self {
            wrapped: groups.len() > 2 && multi * 2 > groups.len() - 1,
            max_line,
        }
    }

    /// A short line that heads what follows rather than starting a wrapped
    /// paragraph.
    fn is_heading_line(&self, line: &str) -> bool {
        is_title_like(line, 100) && (!self.wrapped || line.len() * 10 < self.max_line * 7)
    }
}

struct Reader<'d> {
    doc: &'d mut Document,
    layout: Layout,
    /// Before the first body paragraph: bylines and date lines live here.
    in_header: bool,
    /// The last line was "Original url:"; the URL comes next.
    url_follows: bool,
    /// A credit line alone, waiting for the caption that follows it.
    pending_credit: Option<String>,
}

fn clean(lines: &[Line]) -> CleanText {
    let mut c = CleanText::new();
    for line in lines {
        c.space(line.start);
        c.push_verbatim(line.text, line.start);
    }
    c
}

fn block(kind: BlockKind, lines: &[Line], c: CleanText) -> Block {
    let (text, map, spans) = c.finish();
    let start = lines.first().map_or(0, |l| l.start);
    let end = lines.last().map_or(start, Line::end);
    Block {
        kind,
        text,
        spans,
        source: start..end,
        map,
    }
}

impl Reader<'_> {
    fn push(&mut self, kind: BlockKind, lines: &[Line]) {
        let c = clean(lines);
        self.doc.blocks.push(block(kind, lines, c));
    }

    fn title_group(&mut self, group: &[Line]) {
        let (title, rest) = group.split_first().expect("groups are never empty");
        self.push(BlockKind::Title, std::slice::from_ref(title));
        self.doc.meta.title = self.doc.blocks.last().map(|b| b.text.clone());
        for (i, line) in rest.iter().enumerate() {
            if self.header_line(line.text) {
                continue;
            }
            // A line right under the headline, before any byline: the dek.
            if i == 0 && self.doc.meta.dek.is_none() {
                self.push(BlockKind::Dek, std::slice::from_ref(line));
                self.doc.meta.dek = self.doc.blocks.last().map(|b| b.text.clone());
            } else {
                self.push(BlockKind::Paragraph, std::slice::from_ref(line));
            }
        }
    }

    /// Reads a byline or date line into the metadata; false if it is neither.
    fn header_line(&mut self, text: &str) -> bool {
        read_header_line(&mut self.doc.meta, text)
    }

    fn group(&mut self, group: &[Line], next: Option<&Vec<Line>>) {
        let c = clean(group);
        let text = c.text().to_string();
        let pending_credit = self.pending_credit.take();

        if std::mem::take(&mut self.url_follows)
            && let Some(url) = bare_url(&text)
        {
            self.doc.meta.url.get_or_insert(url);
            return;
        }
        if group.len() == 1 {
            if is_boilerplate(&text) {
                return;
            }
            if let Some(url) = source_url_line(&text) {
                match url {
                    Some(url) => {
                        self.doc.meta.url.get_or_insert(url);
                    }
                    None => self.url_follows = true,
                }
                return;
            }
            // A URL alone at the top or the very end is the article's own;
            // in the body it is text like any other.
            if let Some(url) = bare_url(&text)
                && (self.in_header || next.is_none())
            {
                self.doc.meta.url.get_or_insert(url);
                return;
            }
        }
        if self.in_header && group.iter().all(|l| self.header_line_peek(l.text)) {
            for line in group {
                self.header_line(line.text);
            }
            return;
        }
        if let Some(n) = note(&text) {
            if let Note::Update(stamp) = n {
                self.doc.meta.updated.get_or_insert(stamp);
            }
            self.doc.blocks.push(block(BlockKind::UpdateNote, group, c));
            return;
        }
        if is_reporting_credit(&text) {
            self.doc.meta.credits.push(text);
            self.doc.blocks.push(block(BlockKind::Credit, group, c));
            return;
        }
        if is_related_label(&text) {
            let url = find_url(&text);
            self.doc
                .blocks
                .push(block(BlockKind::Related { url }, group, c));
            return;
        }
        if self.caption(group, next) {
            return;
        }
        if let Some(credit) = pending_credit
            && is_caption_like(&text)
        {
            let kind = BlockKind::Caption {
                credit: Some(credit),
            };
            self.doc.blocks.push(block(kind, group, c));
            return;
        }
        let short_line = group.len() == 1
            && self.layout.is_heading_line(&text)
            && text.split_whitespace().count() <= 12
            && !text.contains(['"', '“', '”']);
        let before_caption = next.is_some_and(|n| self.is_caption_group(n));
        let kind = match (short_line, before_caption) {
            (true, true) => BlockKind::CaptionTitle,
            (true, false) if next.is_some() => BlockKind::Heading { level: 2 },
            _ => BlockKind::Paragraph,
        };
        if kind == BlockKind::Paragraph {
            self.in_header = false;
        }
        self.doc.blocks.push(block(kind, group, c));
    }

    fn header_line_peek(&self, text: &str) -> bool {
        byline(text).is_some() || parse_date_line(text).is_some()
    }

    fn is_caption_group(&self, group: &[Line]) -> bool {
        split_credit(clean(group).text()).is_some()
    }

    /// A caption ending in a photo credit, maybe headed by a short title line
    /// (in the same group or just before it).
    fn caption(&mut self, group: &[Line], next: Option<&Vec<Line>>) -> bool {
        let whole = clean(group);
        let Some((credit_start, credit)) = split_credit(whole.text()) else {
            return false;
        };
        // A credit line alone belongs to a caption next to it. A labelled
        // one ("Photograph: …") follows its caption; a bare "Name/Agency."
        // line usually comes first (HuffPost and others print it so).
        let credit = if credit_start == 0 {
            let next_fits = next.is_some_and(|n| {
                let t = clean(n);
                is_caption_like(t.text()) && split_credit(t.text()).is_none()
            });
            if next_fits && !is_labelled(whole.text()) {
                self.pending_credit = Some(credit);
                return true;
            }
            // A labelled credit with no caption before it is the credit of
            // a picture the page no longer shows: it stays a caption of its
            // own rather than turn the next paragraph into one.
            match attach_to_previous(&mut self.doc.blocks, credit, true) {
                Ok(()) => return true,
                Err(credit) => credit,
            }
        } else {
            credit
        };
        let mut body = group;
        let mut cut = credit_start;
        if group.len() >= 2 && self.layout.is_heading_line(group[0].text) {
            // The body's clean text is a suffix of the group's.
            let rest = clean(&group[1..]);
            let skipped = whole.text().len() - rest.text().len();
            if let Some(at) = credit_start.checked_sub(skipped) {
                self.push(BlockKind::CaptionTitle, &group[..1]);
                body = &group[1..];
                cut = at;
            }
        }
        let mut c = clean(body);
        c.truncate(cut);
        let kind = BlockKind::Caption {
            credit: Some(credit),
        };
        let mut b = block(kind, body, c);
        // The block's source covers the credit too: it is part of the caption.
        b.source.end = body.last().map_or(b.source.end, Line::end);
        self.doc.blocks.push(b);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::test_support::{assert_offsets, kinds};
    use crate::model::BlockKind as K;

    #[test]
    fn first_line_is_the_headline_and_blank_lines_part_paragraphs() {
        let src = "The Headline\n\nFirst para\nwraps here.\n\nSecond para.\n";
        let doc = parse("a.txt", src.into());
        assert_eq!(doc.meta.title.as_deref(), Some("The Headline"));
        assert_eq!(kinds(&doc), [&K::Title, &K::Paragraph, &K::Paragraph]);
        assert_eq!(doc.blocks[1].text, "First para wraps here.");
        assert_offsets(&doc);
    }

    #[test]
    fn update_note_sets_updated() {
        let src =
            "Title\n\nBody text.\n\nUpdate 03/29/22 11.13 a.m. E.T.: This article was updated.\n";
        let doc = parse("a.txt", src.into());
        assert_eq!(
            doc.meta.updated.as_deref(),
            Some("03/29/22 11.13 a.m. E.T.")
        );
        assert_eq!(doc.blocks[2].kind, K::UpdateNote);
    }

    #[test]
    fn a_labelled_credit_alone_stays_with_no_caption_rather_than_take_the_next_paragraph() {
        let src = "Headline\n\nHe said \u{201c}we will win,\u{201d} Smith said.\n\nPhoto: Reuters\n\nNext paragraph.\n";
        let doc = parse("a.txt", src.into());
        let caption = doc
            .blocks
            .iter()
            .find(|b| matches!(b.kind, K::Caption { .. }))
            .expect("the credit is a caption");
        assert_eq!(caption.display_text(), "Reuters");
        assert_eq!(doc.blocks.last().unwrap().kind, K::Paragraph);
        assert_eq!(doc.blocks.last().unwrap().text, "Next paragraph.");
    }

    #[test]
    fn caption_title_and_caption_with_credit() {
        let src = "Title\n\nBody text.\n\nA Soldier in Kyiv\nA soldier stands in a village. Anatolii Stepanov / AFP/Getty Images";
        let doc = parse("a.txt", src.into());
        assert_eq!(
            kinds(&doc)[2..],
            [
                &K::CaptionTitle,
                &K::Caption {
                    credit: Some("Anatolii Stepanov / AFP/Getty Images".into())
                }
            ]
        );
        assert_eq!(doc.blocks[2].text, "A Soldier in Kyiv");
        assert_eq!(doc.blocks[3].text, "A soldier stands in a village.");
        assert_offsets(&doc);
    }

    #[test]
    fn caption_title_on_its_own_line_before_the_caption() {
        let src = "Title\n\nBody text.\n\nTroops in Kyiv\n\nTroops march. Photo: Jane Doe/Reuters\n\nMore body.";
        let doc = parse("a.txt", src.into());
        assert_eq!(doc.blocks[2].kind, K::CaptionTitle);
        assert_eq!(
            doc.blocks[3].kind,
            K::Caption {
                credit: Some("Jane Doe/Reuters".into())
            }
        );
        assert_eq!(doc.blocks[4].kind, K::Paragraph);
    }

    #[test]
    fn a_credit_line_alone_joins_the_caption_before_it() {
        let src = "Title\n\nBody text that is long enough.\n\nTroops march through Kyiv on Tuesday.\n\nPhoto: Jane Doe/Reuters\n";
        let doc = parse("a.txt", src.into());
        assert_eq!(doc.blocks.len(), 3);
        assert_eq!(
            doc.blocks[2].kind,
            K::Caption {
                credit: Some("Jane Doe/Reuters".into())
            }
        );
        assert_eq!(doc.blocks[2].text, "Troops march through Kyiv on Tuesday.");
    }

    #[test]
    fn a_credit_line_before_its_caption() {
        let src = "Title\n\n“We will win,” he said.\n\nSamantha-Jo Roth/HuffPost.\n\nJim Bennett stands in front of a polling location.\n\nBody text goes on.\n";
        let doc = parse("a.txt", src.into());
        assert_eq!(doc.blocks[1].kind, K::Paragraph);
        assert_eq!(
            doc.blocks[2].kind,
            K::Caption {
                credit: Some("Samantha-Jo Roth/HuffPost".into())
            }
        );
        assert_eq!(
            doc.blocks[2].text,
            "Jim Bennett stands in front of a polling location."
        );
        assert_eq!(doc.blocks[3].kind, K::Paragraph);
    }

    #[test]
    fn byline_date_and_dek() {
        let src = "Big Headline\nA dek that explains it\n\nBy Jane Doe\nMarch 29, 2022\n\nBody.\n";
        let doc = parse("a.txt", src.into());
        assert_eq!(doc.meta.dek.as_deref(), Some("A dek that explains it"));
        assert_eq!(doc.meta.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(doc.meta.date.as_deref(), Some("March 29, 2022"));
        assert_eq!(doc.meta.date_iso.as_deref(), Some("2022-03-29"));
        assert_eq!(kinds(&doc), [&K::Title, &K::Dek, &K::Paragraph]);
    }

    #[test]
    fn credits_related_and_url_leave_the_body() {
        let src = "T\n\nBody.\n\nRelated: Talks Begin https://x.example/a\n\nReuters contributed reporting.\n\nOriginal url:\n\nhttps://example.com/story\n";
        let doc = parse("a.txt", src.into());
        assert_eq!(doc.meta.url.as_deref(), Some("https://example.com/story"));
        assert_eq!(doc.meta.credits, ["Reuters contributed reporting."]);
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
    }

    #[test]
    fn a_url_inside_the_body_stays_text() {
        let src = "T\n\nBody.\n\nhttp://ap-gfkpoll.com.\n\nMore body.\n";
        let doc = parse("a.txt", src.into());
        assert_eq!(doc.meta.url, None);
        assert_eq!(doc.blocks[2].text, "http://ap-gfkpoll.com.");
    }

    #[test]
    fn crlf_and_bom_keep_offsets() {
        let src = "\u{feff}Title\r\n\r\nOne  two\r\nthree.\r\n";
        let doc = parse("a.txt", src.into());
        assert_eq!(doc.meta.title.as_deref(), Some("Title"));
        assert_eq!(doc.blocks[1].text, "One two three.");
        assert_offsets(&doc);
    }

    #[test]
    fn lone_carriage_returns_end_lines() {
        let src = "Title\r\r\"Quote,\" said Al Roe.\r\rMore.\r";
        let doc = parse("mac.txt", src.to_string());
        assert_eq!(doc.meta.title.as_deref(), Some("Title"));
        let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Title", "\"Quote,\" said Al Roe.", "More."]);
        assert_offsets(&doc);
        let lines: Vec<&str> = lines_inclusive("a\r\nb\rc\n\nd").collect();
        assert_eq!(lines, ["a\r\n", "b\r", "c\n", "\n", "d"]);
    }

    #[test]
    fn one_paragraph_per_line_without_blank_lines() {
        let long = "This paragraph is long enough that nobody would hard-wrap a file at this width, so it stands alone on its own line of the file.";
        let src = format!(
            "Headline\n{long} One.\n{long} Two.\nA Soldier in Kyiv\nA soldier stands. Jane Doe / AFP\n"
        );
        let doc = parse("a.txt", src);
        assert_eq!(
            kinds(&doc),
            [
                &K::Title,
                &K::Paragraph,
                &K::Paragraph,
                &K::CaptionTitle,
                &K::Caption {
                    credit: Some("Jane Doe / AFP".into())
                }
            ]
        );
        assert_offsets(&doc);
    }

    #[test]
    fn a_file_that_starts_with_its_body_has_no_headline() {
        let first = "This is a long opening sentence of a story that was saved without its headline, which happens with copied text. ".repeat(2);
        let doc = parse("a.txt", format!("{}\n\nSecond.\n", first.trim_end()));
        assert_eq!(doc.meta.title, None);
        assert_eq!(kinds(&doc), [&K::Paragraph, &K::Paragraph]);
    }

    #[test]
    fn page_furniture_is_dropped() {
        let src = "Title\n\n4 min read\n\nBody one.\n\nAdvertisement\n\nBody two.\n";
        let doc = parse("a.txt", src.into());
        assert_eq!(kinds(&doc), [&K::Title, &K::Paragraph, &K::Paragraph]);
    }

    #[test]
    fn short_subheads_are_headings() {
        let src = "Title\n\nBody one.\n\nWhat Comes Next\n\nBody two.\n";
        let doc = parse("a.txt", src.into());
        assert_eq!(doc.blocks[2].kind, K::Heading { level: 2 });
    }
}
