use serde::{Deserialize, Serialize};

/// Maps byte offsets in a block's clean text to byte offsets in the source.
///
/// Clean text is built from pieces of the source copied verbatim (Markdown
/// markup such as `[told](#)` is dropped, entities are decoded, whitespace is
/// folded). Each anchor `(clean, source)` says "from this clean offset on, bytes
/// run in step with the source from this source offset", until the next anchor.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffsetMap {
    anchors: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// A map for text copied verbatim from `source_start` on.
    pub fn identity(source_start: usize) -> Self {
        Self {
            anchors: vec![(0, source_start)],
        }
    }

    /// Records that clean offset `clean` corresponds to source offset `source`.
    /// Anchors must be pushed in increasing clean order; an anchor at the same
    /// clean offset as the last one replaces it.
    pub fn push(&mut self, clean: usize, source: usize) {
        if let Some(last) = self.anchors.last_mut()
            && last.0 == clean
        {
            *last = (clean, source);
            return;
        }
        debug_assert!(self.anchors.last().is_none_or(|a| a.0 < clean));
        self.anchors.push((clean, source));
    }

    /// Source offset of the byte at clean offset `clean`.
    pub fn to_source(&self, clean: usize) -> usize {
        let i = self.anchors.partition_point(|a| a.0 <= clean);
        match i {
            0 => self.anchors.first().map_or(clean, |a| a.1),
            _ => {
                let (c, s) = self.anchors[i - 1];
                s + (clean - c)
            }
        }
    }

    /// Source offset just past the clean range ending at `clean_end`
    /// (exclusive), so that a range never swallows dropped markup after it.
    pub fn to_source_end(&self, clean_end: usize) -> usize {
        if clean_end == 0 {
            self.to_source(0)
        } else {
            self.to_source(clean_end - 1) + 1
        }
    }

    /// Maps a clean byte range to a source byte range.
    pub fn range_to_source(&self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        self.to_source(range.start)..self.to_source_end(range.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_shifts_by_start() {
        let m = OffsetMap::identity(10);
        assert_eq!(m.to_source(0), 10);
        assert_eq!(m.to_source_end(5), 15);
    }

    #[test]
    fn dropped_markup_is_skipped() {
        // source: "a [told](#) b" ; clean: "a told b"
        let mut m = OffsetMap::identity(0);
        m.push(2, 3); // "told" starts at source 3
        m.push(6, 11); // " b" starts at source 11
        assert_eq!(m.range_to_source(2..6), 3..7);
        assert_eq!(m.to_source(7), 12);
    }
}
