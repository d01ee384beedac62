//! Hand-built documents for the reader's tests and bench, independent of
//! ingestion and extraction: blocks of every kind, quotes with speakers,
//! mentions and cues, all with block-local ranges.

use crate::library::Library;
use crate::model::{
    Block, BlockKind, Document, Format, Meta, Quote, QuoteKind, Speaker, SpeakerKind, TextRef,
    Where,
};

/// Builds a [`Document`] block by block; quotes are found by their text.
pub struct DocBuilder {
    doc: Document,
}

impl DocBuilder {
    pub fn new(path: &str, meta: Meta) -> Self {
        Self {
            doc: Document {
                path: path.to_string(),
                format: Format::Text,
                meta,
                ..Document::default()
            },
        }
    }

    /// Appends a block (blank line separated in the source); returns its index.
    pub fn block(&mut self, kind: BlockKind, text: &str) -> usize {
        if !self.doc.source.is_empty() {
            self.doc.source.push_str("\n\n");
        }
        let start = self.doc.source.len();
        self.doc.source.push_str(text);
        self.doc.blocks.push(Block::verbatim(kind, text, start));
        self.doc.blocks.len() - 1
    }

    pub fn speaker(&mut self, name: &str, role: Option<&str>, kind: SpeakerKind) -> usize {
        self.doc.speakers.push(Speaker {
            name: name.to_string(),
            aliases: Vec::new(),
            role: role.map(str::to_string),
            kind,
            gender: None,
            quotes: 0,
        });
        self.doc.speakers.len() - 1
    }

    /// A reference to the first whole-word occurrence of `text` in block
    /// `block` (after byte `from`).
    pub fn find(&self, block: usize, text: &str, from: usize) -> TextRef {
        let b = &self.doc.blocks[block];
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let at = b.text[from..]
            .match_indices(text)
            .map(|(i, _)| from + i)
            .find(|&i| {
                !word(b.text[..i].chars().next_back())
                    && !word(b.text[i + text.len()..].chars().next())
            })
            .unwrap_or_else(|| panic!("{text:?} not in block {block}"));
        let range = at..at + text.len();
        let source = b.source_range(range.clone());
        TextRef {
            block,
            range,
            start: source.start,
            end: source.end,
            text: text.to_string(),
        }
    }

    /// Adds a quote of `text` in `block`, said by `speaker` through `mention`
    /// and `cue` (both looked for in the same block).
    pub fn quote(
        &mut self,
        block: usize,
        text: &str,
        speaker: Option<usize>,
        mention: Option<&str>,
        cue: Option<&str>,
    ) -> usize {
        let span = self.find(block, text, 0);
        let mention = mention.map(|m| self.find(block, m, 0));
        let cue = cue.map(|c| self.find(block, c, 0));
        let b = &self.doc.blocks[block];
        let before = b.text[..span.range.start].chars().next_back();
        let mark = before.filter(|c| matches!(c, '"' | '“' | '‘' | '\''));
        let place = match b.kind {
            BlockKind::Title | BlockKind::Dek => Where::Title,
            BlockKind::Caption { .. } | BlockKind::CaptionTitle => Where::Caption,
            _ => Where::Body,
        };
        let statement = self.doc.quotes.len();
        self.doc.quotes.push(Quote {
            span,
            kind: if mark.is_some() {
                QuoteKind::Direct
            } else {
                QuoteKind::Indirect
            },
            statement,
            speaker,
            mention,
            cue,
            place,
            confidence: 0.9,
            mark,
        });
        if let Some(s) = speaker {
            self.doc.speakers[s].quotes += 1;
        }
        statement
    }

    pub fn build(mut self) -> Document {
        self.doc
            .quotes
            .sort_by_key(|q| (q.span.block, q.span.range.start));
        self.doc
    }
}

fn meta(title: &str, date: &str, byline: Option<&str>, outlet: &str, url: &str) -> Meta {
    Meta {
        title: Some(title.to_string()),
        date: Some(date.to_string()),
        byline: byline.map(str::to_string),
        url: Some(url.to_string()),
        outlet: Some(outlet.to_string()),
        ..Meta::default()
    }
}

/// An invented local-news article with every kind of block and eight quotes
/// by three speakers and one unattributed voice.
pub fn harbour_article() -> Document {
    let mut b = DocBuilder::new(
        "harbour-gazette-pier.txt",
        meta(
            "Harbour Council Votes to Close the Old Pier",
            "June 3, 2025",
            Some("By Ada Marsh"),
            "Harbour Gazette",
            "https://example.org/harbour/pier-vote",
        ),
    );
    let mayor = b.speaker(
        "Maria Lindqvist",
        Some("Mayor of Eastport"),
        SpeakerKind::Person,
    );
    let fisher = b.speaker("Tom Okafor", Some("a trawler captain"), SpeakerKind::Person);
    let authority = b.speaker("the harbour authority", None, SpeakerKind::Organization);

    b.block(
        BlockKind::Title,
        "Harbour Council Votes to Close the Old Pier",
    );
    b.block(
        BlockKind::Dek,
        "Fishermen say the decision leaves them without a place to land their catch.",
    );
    b.block(BlockKind::CaptionTitle, "The old pier at dawn");
    let caption = b.block(
        BlockKind::Caption {
            credit: Some("Photo: J. Rivers".to_string()),
        },
        "Boats tied up at the old pier, which engineers called \"beyond repair\" last winter.",
    );
    b.quote(caption, "beyond repair", None, None, None);
    let p1 = b.block(
        BlockKind::Paragraph,
        "The town council voted on Tuesday to close the old pier by the end of the summer, \
         after a survey found its timber supports rotten. \"We cannot ask people to walk on \
         a structure we know is failing,\" Mayor Maria Lindqvist said after the vote.",
    );
    b.quote(
        p1,
        "We cannot ask people to walk on a structure we know is failing,",
        Some(mayor),
        Some("Mayor Maria Lindqvist"),
        Some("said"),
    );
    let p2 = b.block(
        BlockKind::Paragraph,
        "Tom Okafor, who has fished from Eastport for thirty years, said the closure would \
         push boats to harbours an hour away. \"Nobody asked us,\" he told the Gazette. \
         \"They will save a pier and lose a fleet.\"",
    );
    b.quote(
        p2,
        "the closure would push boats to harbours an hour away",
        Some(fisher),
        Some("Tom Okafor"),
        Some("said"),
    );
    b.quote(
        p2,
        "Nobody asked us,",
        Some(fisher),
        Some("he"),
        Some("told"),
    );
    b.quote(
        p2,
        "They will save a pier and lose a fleet.",
        Some(fisher),
        None,
        None,
    );
    b.block(
        BlockKind::Related {
            url: Some("https://example.org/harbour/survey".to_string()),
        },
        "Related: What the pier survey found",
    );
    b.block(BlockKind::Heading { level: 2 }, "What happens next");
    let p3 = b.block(
        BlockKind::Paragraph,
        "According to the harbour authority, a temporary landing stage \"could be in place \
         before the autumn season\" if the council approves the budget in July.",
    );
    b.quote(
        p3,
        "could be in place before the autumn season",
        Some(authority),
        Some("the harbour authority"),
        Some("According to"),
    );
    b.block(
        BlockKind::ListItem,
        "A vote on the budget is set for July 8.",
    );
    b.block(
        BlockKind::ListItem,
        "Demolition would begin in September at the earliest.",
    );
    let bq = b.block(
        BlockKind::BlockQuote,
        "\"The sea does not wait for committees,\" read a sign at the harbour gate.",
    );
    b.quote(
        bq,
        "The sea does not wait for committees,",
        None,
        None,
        None,
    );
    let p4 = b.block(
        BlockKind::Paragraph,
        "Lindqvist said the council would \"listen to every boat owner\" before the budget vote.",
    );
    b.quote(
        p4,
        "listen to every boat owner",
        Some(mayor),
        Some("Lindqvist"),
        Some("said"),
    );
    b.block(
        BlockKind::UpdateNote,
        "Update June 4, 2025: This article was updated with the date of the budget vote.",
    );
    b.block(BlockKind::Credit, "Additional reporting by Lee Chan.");
    b.build()
}

/// A second invented article: the mayor again (same colour), a new speaker.
pub fn protest_article() -> Document {
    let mut b = DocBuilder::new(
        "coast-weekly-protest.md",
        meta(
            "Pier Closure Delayed After Protest",
            "June 10, 2025",
            None,
            "Coast Weekly",
            "https://example.org/coast/pier-protest",
        ),
    );
    let organiser = b.speaker("Jonas Berg", Some("protest organiser"), SpeakerKind::Person);
    let mayor = b.speaker("Maria Lindqvist", Some("the mayor"), SpeakerKind::Person);
    b.block(BlockKind::Title, "Pier Closure Delayed After Protest");
    let p1 = b.block(
        BlockKind::Paragraph,
        "About two hundred people marched to the town hall on Saturday. \"This pier \
         is our workplace,\" organiser Jonas Berg said.",
    );
    b.quote(
        p1,
        "This pier is our workplace,",
        Some(organiser),
        Some("organiser Jonas Berg"),
        Some("said"),
    );
    let p2 = b.block(
        BlockKind::Paragraph,
        "The mayor said the closure would wait until a temporary landing stage is ready. \
         \"We heard them,\" Lindqvist said.",
    );
    b.quote(
        p2,
        "the closure would wait until a temporary landing stage is ready",
        Some(mayor),
        Some("The mayor"),
        Some("said"),
    );
    b.quote(
        p2,
        "We heard them,",
        Some(mayor),
        Some("Lindqvist"),
        Some("said"),
    );
    let p3 = b.block(
        BlockKind::Paragraph,
        "She repeated that \"we can not ask anyone to walk on a structure that we know \
         is failing.\"",
    );
    b.quote(
        p3,
        "we can not ask anyone to walk on a structure that we know is failing.",
        Some(mayor),
        Some("She"),
        Some("repeated"),
    );
    b.build()
}

/// The two invented articles as a library.
pub fn library() -> Library {
    Library::new(vec![harbour_article(), protest_article()])
}

/// One long article of about `bytes` bytes: the harbour article's body
/// repeated, with every quote kept.
pub fn big_article(bytes: usize) -> Document {
    let base = harbour_article();
    let mut b = DocBuilder::new("big.txt", base.meta.clone());
    let speakers: Vec<usize> = base
        .speakers
        .iter()
        .map(|s| b.speaker(&s.name, s.role.as_deref(), s.kind))
        .collect();
    b.block(BlockKind::Title, base.meta.title.as_deref().unwrap_or(""));
    while b.doc.source.len() < bytes {
        for (i, block) in base.blocks.iter().enumerate().skip(1) {
            let new = b.block(block.kind.clone(), &block.text);
            for q in base.quotes.iter().filter(|q| q.span.block == i) {
                let text = |r: &Option<TextRef>| r.as_ref().map(|r| r.text.clone());
                let (m, c) = (text(&q.mention), text(&q.cue));
                b.quote(
                    new,
                    &q.span.text,
                    q.speaker.map(|s| speakers[s]),
                    m.as_deref(),
                    c.as_deref(),
                );
            }
        }
    }
    b.build()
}

/// The reader over `library` at `width`×`height`, with the default keys and
/// colours (no user config).
pub fn app(library: Library, width: u16, height: u16) -> super::App {
    let mut app = super::App::new(library, super::Config::from_sources(None, false));
    app.resize(ratatui::layout::Rect::new(0, 0, width, height));
    app
}

/// One frame of `app`, drawn on ratatui's `TestBackend` at the app's size.
pub fn draw(app: &super::App) -> ratatui::buffer::Buffer {
    let backend = ratatui::backend::TestBackend::new(app.area.width, app.area.height);
    let mut terminal = ratatui::Terminal::new(backend).expect("a test terminal");
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .expect("drawing on a test terminal");
    terminal.backend().buffer().clone()
}
