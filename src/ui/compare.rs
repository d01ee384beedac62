//! The compare view's content: two reports of the same statement, side by
//! side, words marked as shared, near or different. Built (and wrapped)
//! when the view opens or the terminal is resized, never while drawing.

use crate::library::{Library, QuoteId, StatementMatch, WordMatch};
use crate::model::sanitize_for_terminal;
use std::ops::Range;
use unicode_width::UnicodeWidthStr;

/// How a word of one version relates to the other version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Diff {
    Same,
    Near,
    Different,
}

/// One version of the statement, wrapped to the column width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub id: QuoteId,
    /// "The Moscow Times · 2022-03-29".
    pub source: String,
    pub speaker: String,
    pub lines: Vec<Vec<(String, Diff)>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CompareView {
    /// The quote the view was opened on (always the left column).
    pub origin: QuoteId,
    /// Indices into `Library::matches` that involve `origin`.
    pub matches: Vec<usize>,
    /// Which of `matches` is shown.
    pub cursor: usize,
    pub similarity: f32,
    pub columns: Vec<Column>,
    /// The column width the lines were wrapped to.
    pub width: usize,
}

impl Eq for CompareView {}

impl CompareView {
    /// The view for `origin`, or None when it has no counterparts.
    pub fn open(library: &Library, origin: QuoteId, width: usize) -> Option<Self> {
        let matches: Vec<usize> = library
            .matches
            .iter()
            .enumerate()
            .filter(|(_, m)| m.a == origin || m.b == origin)
            .map(|(i, _)| i)
            .collect();
        if matches.is_empty() {
            return None;
        }
        let mut view = CompareView {
            origin,
            matches,
            cursor: 0,
            similarity: 0.0,
            columns: Vec::new(),
            width,
        };
        view.rebuild(library, width);
        Some(view)
    }

    /// Re-lays the current match out at `width` columns per version.
    pub fn rebuild(&mut self, library: &Library, width: usize) {
        self.width = width;
        let Some(m) = self
            .matches
            .get(self.cursor)
            .and_then(|&i| library.matches.get(i))
        else {
            return;
        };
        self.similarity = m.similarity;
        let origin_is_a = m.a == self.origin;
        let sides = if origin_is_a {
            [(m.a, true), (m.b, false)]
        } else {
            [(m.b, false), (m.a, true)]
        };
        self.columns = sides
            .into_iter()
            .map(|(id, is_a)| column(library, m, id, is_a, width))
            .collect();
    }

    pub fn step(&mut self, library: &Library, delta: isize) {
        let n = self.matches.len() as isize;
        self.cursor = (self.cursor as isize + delta).rem_euclid(n.max(1)) as usize;
        self.rebuild(library, self.width);
    }

    /// The counterpart shown on the right.
    pub fn other(&self) -> Option<QuoteId> {
        self.columns.get(1).map(|c| c.id)
    }
}

fn column(library: &Library, m: &StatementMatch, id: QuoteId, is_a: bool, width: usize) -> Column {
    let doc = &library.documents[id.doc];
    let text = library.quote(id).map_or("", |q| q.span.text.as_str());
    let aligned: Vec<(Range<usize>, WordMatch)> = m
        .words
        .iter()
        .map(|w| (if is_a { w.a.clone() } else { w.b.clone() }, w.kind))
        .collect();
    let words: Vec<(String, Diff)> = word_ranges(text)
        .map(|r| {
            let diff = aligned
                .iter()
                .filter(|(a, _)| a.start < r.end && r.start < a.end)
                .map(|(_, kind)| match kind {
                    WordMatch::Same => Diff::Same,
                    WordMatch::Near => Diff::Near,
                    WordMatch::Substitute => Diff::Different,
                })
                .min_by_key(|d| *d as u8)
                .unwrap_or(Diff::Different);
            (sanitize_for_terminal(&text[r], false).into_owned(), diff)
        })
        .collect();
    let mut source = vec![doc.display_source().to_string()];
    if let Some(date) = doc.meta.date_iso.as_ref().or(doc.meta.date.as_ref()) {
        source.push(date.clone());
    }
    let speaker = library
        .speaker_of(id)
        .and_then(|s| library.speakers.get(s))
        .map_or_else(String::new, |s| s.name.clone());
    Column {
        id,
        source: sanitize_for_terminal(&source.join(" · "), false).into_owned(),
        speaker: sanitize_for_terminal(&speaker, false).into_owned(),
        lines: wrap_words(words, width),
    }
}

fn word_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    text.split_whitespace().map(move |w| {
        let start = w.as_ptr() as usize - text.as_ptr() as usize;
        start..start + w.len()
    })
}

/// Greedy word wrap that keeps each word's mark.
fn wrap_words(words: Vec<(String, Diff)>, width: usize) -> Vec<Vec<(String, Diff)>> {
    let width = width.max(1);
    let mut lines: Vec<Vec<(String, Diff)>> = vec![Vec::new()];
    let mut used = 0;
    for (word, diff) in words {
        let w = word.width();
        let line = lines.last_mut().expect("one line at least");
        if !line.is_empty() && used + 1 + w > width {
            lines.push(vec![(word, diff)]);
            used = w;
        } else {
            used += w + usize::from(!line.is_empty());
            line.push((word, diff));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_wrap_with_their_marks() {
        let words = vec![
            ("one".to_string(), Diff::Same),
            ("two".to_string(), Diff::Different),
            ("three".to_string(), Diff::Near),
        ];
        let lines = wrap_words(words, 7);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1], vec![("three".to_string(), Diff::Near)]);
    }
}
