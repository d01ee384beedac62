//! Building a block's clean text from pieces of the source, keeping an
//! [`OffsetMap`] so every clean byte can be traced to its source byte.

use crate::model::{InlineKind, InlineSpan, OffsetMap};

/// Clean text under construction: whitespace folded to single spaces, no
/// leading or trailing space, with anchors into the source.
#[derive(Debug, Default)]
pub struct CleanText {
    text: String,
    anchors: Vec<(usize, usize)>,
    /// Source offset the next clean byte maps to if it continues in step.
    next_source: Option<usize>,
    /// A space is owed before the next visible piece (never at the start).
    pending_space: Option<usize>,
    spans: Vec<InlineSpan>,
}

impl CleanText {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Current clean length, counting a space still owed (so a span opened
    /// now starts where its first visible byte will go).
    pub fn len_with_pending(&self) -> usize {
        self.text.len() + usize::from(self.pending_space.is_some() && !self.text.is_empty())
    }

    /// Appends `piece`, which is a verbatim copy of the source from `source`
    /// on. Runs of whitespace fold into one space.
    pub fn push_verbatim(&mut self, piece: &str, source: usize) {
        let mut word_start: Option<usize> = None;
        for (i, c) in piece.char_indices() {
            if c.is_whitespace() {
                if let Some(w) = word_start.take() {
                    self.push_word(&piece[w..i], source + w);
                }
                self.space(source + i);
            } else if word_start.is_none() {
                word_start = Some(i);
            }
        }
        if let Some(w) = word_start {
            self.push_word(&piece[w..], source + w);
        }
    }

    /// Appends text that is not a verbatim copy (a decoded entity, an escape);
    /// it maps to `source` as a whole.
    pub fn push_replaced(&mut self, piece: &str, source: usize) {
        let folded: Vec<&str> = piece.split_whitespace().collect();
        if piece.starts_with(char::is_whitespace) {
            self.space(source);
        }
        for (i, word) in folded.iter().enumerate() {
            if i > 0 {
                self.space(source);
            }
            self.flush_space();
            self.anchor(source);
            self.text.push_str(word);
            self.next_source = None;
        }
        if piece.ends_with(char::is_whitespace) && !folded.is_empty() {
            self.space(source);
        }
    }

    /// Owes a space (for a line break or soft break at `source`).
    pub fn space(&mut self, source: usize) {
        if self.pending_space.is_none() {
            self.pending_space = Some(source);
        }
    }

    /// Records an inline span over the clean range `range`.
    pub fn add_span(&mut self, kind: InlineKind, start: usize) {
        let end = self.text.len();
        if end > start {
            self.spans.push(InlineSpan {
                kind,
                range: start..end,
            });
        }
    }

    fn push_word(&mut self, word: &str, source: usize) {
        self.flush_space();
        self.anchor(source);
        self.text.push_str(word);
        self.next_source = Some(source + word.len());
    }

    fn flush_space(&mut self) {
        if let Some(space_source) = self.pending_space.take()
            && !self.text.is_empty()
        {
            self.anchor(space_source);
            self.text.push(' ');
            self.next_source = Some(space_source + 1);
        }
    }

    fn anchor(&mut self, source: usize) {
        if self.next_source == Some(source) {
            return;
        }
        let clean = self.text.len();
        match self.anchors.last_mut() {
            Some(last) if last.0 == clean => *last = (clean, source),
            _ => self.anchors.push((clean, source)),
        }
    }

    /// Cuts the text back to `len` bytes (then trims trailing spaces),
    /// dropping anchors and clipping spans past it.
    pub fn truncate(&mut self, len: usize) {
        let len = self.text[..len].trim_end().len();
        self.text.truncate(len);
        self.anchors.retain(|a| a.0 < len || (a.0 == 0 && len == 0));
        self.spans.retain_mut(|s| {
            s.range.end = s.range.end.min(len);
            s.range.start < s.range.end
        });
        self.pending_space = None;
        self.next_source = None;
    }

    /// The clean text, its offset map and its inline spans.
    pub fn finish(self) -> (String, OffsetMap, Vec<InlineSpan>) {
        let mut map = OffsetMap::default();
        for (clean, source) in self.anchors {
            map.push(clean, source);
        }
        (self.text, map, self.spans)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_words(source: &str, text: &str, map: &OffsetMap) {
        let mut pos = 0;
        for word in text.split(' ') {
            let r = map.range_to_source(pos..pos + word.len());
            assert_eq!(&source[r], word, "word {word:?} in {text:?}");
            pos += word.len() + 1;
        }
    }

    #[test]
    fn whitespace_folds_and_maps() {
        let source = "  one\n  two   three\r\nfour ";
        let mut c = CleanText::new();
        c.push_verbatim(source, 0);
        let (text, map, _) = c.finish();
        assert_eq!(text, "one two three four");
        check_words(source, &text, &map);
    }

    #[test]
    fn pieces_with_gaps_map_to_their_source() {
        let source = "a [told](#) b";
        let mut c = CleanText::new();
        c.push_verbatim("a ", 0);
        c.push_verbatim("told", 3);
        c.push_verbatim(" b", 11);
        let (text, map, _) = c.finish();
        assert_eq!(text, "a told b");
        check_words(source, &text, &map);
    }

    #[test]
    fn truncate_keeps_the_map() {
        let source = "Some caption.\n Jane Doe / AFP";
        let mut c = CleanText::new();
        c.push_verbatim(source, 0);
        c.truncate("Some caption. ".len());
        let (text, map, _) = c.finish();
        assert_eq!(text, "Some caption.");
        check_words(source, &text, &map);
    }
}
