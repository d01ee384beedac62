//! Many documents at once: speakers across articles, matching statements,
//! export.
//!
//! [`Library::new`] takes extracted documents and builds the index the
//! reader and the `speakers`/`compare` commands use: one
//! [`LibrarySpeaker`] per person, organisation or group across articles, and
//! the [`StatementMatch`]es between quotes of one speaker that report the
//! same statement.

mod align;
mod context;
pub mod export;
mod forms;
mod names;
mod postings;
pub mod report;
mod speakers;
mod statements;
mod words;

use crate::model::{Document, Quote};
use words::FnvMap as HashMap;

pub use align::{Alignment, SAME_STATEMENT, WordMatch, align_texts};
pub use speakers::LibrarySpeaker;
pub use statements::{AlignedWords, StatementMatch};

/// A quote of the library: document index and index into its `quotes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuoteId {
    pub doc: usize,
    pub quote: usize,
}

/// The loaded articles, extracted, and what connects them.
#[derive(Debug, Default)]
pub struct Library {
    pub documents: Vec<Document>,
    /// Sorted by quote count, most first.
    pub speakers: Vec<LibrarySpeaker>,
    /// Pairs of quotes reporting the same statement, in document order.
    pub matches: Vec<StatementMatch>,
    /// For each document, the library speaker of each of its speakers.
    doc_speakers: Vec<Vec<usize>>,
    /// Every speaker's quotes, in document and reading order, one speaker
    /// after the other (one vector, not one per speaker)...
    quotes_by_speaker: Vec<QuoteId>,
    /// ...speaker `s`'s from `speaker_quotes[s]` to `speaker_quotes[s + 1]`.
    speaker_quotes: Vec<usize>,
    /// For each quote with counterparts, indices into `matches`.
    matches_by_quote: HashMap<QuoteId, Vec<usize>>,
}

impl Library {
    /// Builds the index over extracted documents.
    pub fn new(documents: Vec<Document>) -> Self {
        let (speakers, doc_speakers) = speakers::merge_speakers(&documents);
        let speaker_of: Vec<Vec<Option<usize>>> = documents
            .iter()
            .zip(&doc_speakers)
            .map(|(doc, map)| {
                doc.quotes
                    .iter()
                    .map(|q| q.speaker.and_then(|s| map.get(s).copied()))
                    .collect()
            })
            .collect();
        // Laid out by the quote counts each speaker already knows, then
        // filled in reading order.
        let mut speaker_quotes = Vec::with_capacity(speakers.len() + 1);
        speaker_quotes.push(0);
        for s in &speakers {
            speaker_quotes.push(speaker_quotes.last().copied().unwrap_or(0) + s.quotes);
        }
        let mut next = speaker_quotes.clone();
        let mut quotes_by_speaker = vec![QuoteId { doc: 0, quote: 0 }; next[speakers.len()]];
        for (doc, quotes) in speaker_of.iter().enumerate() {
            for (quote, speaker) in quotes.iter().enumerate() {
                if let Some(s) = *speaker {
                    quotes_by_speaker[next[s]] = QuoteId { doc, quote };
                    next[s] += 1;
                }
            }
        }
        let matches = statements::match_statements(&documents, &speaker_of);
        let mut matches_by_quote: HashMap<QuoteId, Vec<usize>> = HashMap::default();
        matches_by_quote.reserve(matches.len() * 2);
        for (i, m) in matches.iter().enumerate() {
            matches_by_quote.entry(m.a).or_default().push(i);
            matches_by_quote.entry(m.b).or_default().push(i);
        }
        Self {
            documents,
            speakers,
            matches,
            doc_speakers,
            quotes_by_speaker,
            speaker_quotes,
            matches_by_quote,
        }
    }

    /// The quote itself.
    pub fn quote(&self, id: QuoteId) -> Option<&Quote> {
        self.documents.get(id.doc)?.quotes.get(id.quote)
    }

    /// The library speaker (index into `speakers`) of a document's speaker.
    pub fn library_speaker(&self, doc: usize, doc_speaker: usize) -> Option<usize> {
        self.doc_speakers.get(doc)?.get(doc_speaker).copied()
    }

    /// The library speaker (index into `speakers`) of a quote.
    pub fn speaker_of(&self, id: QuoteId) -> Option<usize> {
        let speaker = self.quote(id)?.speaker?;
        self.library_speaker(id.doc, speaker)
    }

    /// All quotes of a library speaker, in document and reading order.
    pub fn quotes_of(&self, speaker: usize) -> &[QuoteId] {
        match (
            self.speaker_quotes.get(speaker),
            self.speaker_quotes.get(speaker + 1),
        ) {
            (Some(&start), Some(&end)) => &self.quotes_by_speaker[start..end],
            _ => &[],
        }
    }

    /// The matches a quote takes part in (its counterparts in other articles).
    pub fn matches_of(&self, id: QuoteId) -> impl Iterator<Item = &StatementMatch> {
        self.matches_by_quote
            .get(&id)
            .into_iter()
            .flatten()
            .map(|&i| &self.matches[i])
    }

    /// True when a quote has counterparts in other articles.
    pub fn has_counterparts(&self, id: QuoteId) -> bool {
        self.matches_by_quote.contains_key(&id)
    }

    /// The role wording a document gives a library speaker.
    pub fn role_in(&self, speaker: usize, doc: usize) -> Option<&str> {
        let s = self.speakers.get(speaker)?;
        s.roles
            .iter()
            .find(|(d, _)| *d == doc)
            .map(|(_, r)| r.as_str())
    }
}
