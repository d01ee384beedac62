//! Case-insensitive search over the prepared blocks of an article.

use super::article::{Article, Spot};

/// A finished search: its matches in reading order and the current one.
#[derive(Debug, Clone, Default)]
pub struct Search {
    pub query: String,
    pub matches: Vec<Spot>,
    pub current: Option<usize>,
}

impl Search {
    pub fn run(article: &Article, query: &str) -> Self {
        let mut matches = Vec::new();
        let needle: Vec<char> = query.chars().flat_map(char::to_lowercase).collect();
        if !needle.is_empty() {
            for (b, block) in article.blocks.iter().enumerate() {
                find_all(&block.text, &needle, |range| {
                    matches.push(Spot { block: b, range })
                });
            }
        }
        Search {
            query: query.to_string(),
            matches,
            current: None,
        }
    }

    /// Index of the first match at or after `(block, byte)`, wrapping round.
    pub fn first_from(&self, block: usize, byte: usize) -> Option<usize> {
        if self.matches.is_empty() {
            return None;
        }
        let i = self
            .matches
            .partition_point(|m| (m.block, m.range.start) < (block, byte));
        Some(i % self.matches.len())
    }

    /// Indices of the matches overlapping byte range `start..end` of `block`.
    pub fn in_block_range(&self, block: usize, start: usize, end: usize) -> std::ops::Range<usize> {
        let from = self
            .matches
            .partition_point(|m| (m.block, m.range.end) <= (block, start));
        let to = self
            .matches
            .partition_point(|m| (m.block, m.range.start) < (block, end));
        from..to.max(from)
    }
}

/// Calls `found` with the byte range of every non-overlapping match.
fn find_all(text: &str, needle: &[char], mut found: impl FnMut(std::ops::Range<usize>)) {
    let mut from = 0;
    while from < text.len() {
        let Some((start, end)) = text[from..]
            .char_indices()
            .find_map(|(i, _)| matches_at(text, from + i, needle).map(|end| (from + i, end)))
        else {
            return;
        };
        found(start..end);
        from = end.max(start + 1);
        while !text.is_char_boundary(from) {
            from += 1;
        }
    }
}

/// If `needle` (lower-cased) matches `text` at byte `at`, the match's end.
fn matches_at(text: &str, at: usize, needle: &[char]) -> Option<usize> {
    let mut lowered = text[at..].char_indices().flat_map(|(i, c)| {
        let next = at + i + c.len_utf8();
        c.to_lowercase().map(move |l| (l, next))
    });
    let mut end = at;
    for &want in needle {
        let (got, next) = lowered.next()?;
        if got != want {
            return None;
        }
        end = next;
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_match_ignoring_case() {
        let mut found = Vec::new();
        let needle: Vec<char> = "fomin".chars().collect();
        find_all("Fomin said. FOMIN, fomin!", &needle, |r| found.push(r));
        assert_eq!(found, [0..5, 12..17, 19..24]);
    }

    #[test]
    fn non_ascii_text_is_safe() {
        let mut found = Vec::new();
        let needle: Vec<char> = "é".chars().collect();
        find_all("Été, été", &needle, |r| found.push(r));
        assert_eq!(found, [0..2, 3..5, 7..9, 10..12]);
    }
}
